#pragma once

#include "models/metadata.h"
#include "models/money.h"
#include "models/status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The objects a payment provider keeps, as Paydesk holds them. Each keeps `extra`: every field
// the server sent that this build does not know, so a detail view can still show it.

namespace paydesk {

struct Address
{
    QString line1;
    QString line2;
    QString city;
    QString state;
    QString postcode;
    QString country;
    QJsonObject extra; // fields of the address object this build does not know

    // True when no known field is set.
    bool isEmpty() const;
    // One line for tables: "1 Main St, Springfield, IL 62701, US".
    QString singleLine() const;
    friend bool operator==(const Address &, const Address &) = default;
};

struct Customer
{
    QString id;
    QString userId;
    QString firstName;
    QString middleName;
    QString lastName;
    QString businessName;
    QString email;
    QString phoneNumber;
    QString countryCode;
    std::optional<Address> address;
    Metadata metadata;
    QDateTime created;
    QDateTime updated;
    QJsonObject extra;
    // The customer's name as one string, for providers that keep it so (SynaptoPay's
    // `full_name`); empty where the provider splits names (Dots).
    QString fullName;

    bool isBusiness() const { return !businessName.isEmpty(); }
    // Business name, else "First Middle Last", else the full name, else the email, else the id.
    QString displayName() const;
    // The phone in international form, "+1 212 555 0142": the calling code (`countryCode`)
    // before the number in groups; a number already written with its "+" stays as it is.
    QString internationalPhone() const;
    // The address's country by name ("United States"); the code as it came when it is not a
    // known ISO 3166 code; empty without one.
    QString countryName() const;
    friend bool operator==(const Customer &, const Customer &) = default;
};

// Why the last attempt to pay an intent failed, as the provider said it.
struct PaymentError
{
    QString message; // for a person: "The card was declined."
    QString code;    // for support and scripts: "card_declined"
    QString device;  // the card terminal the attempt was made on, when there was one
    QJsonObject extra;

    friend bool operator==(const PaymentError &, const PaymentError &) = default;
};

// Part of a payment passed on to another account once the payment succeeds (SynaptoPay's
// `transfers[]`: one per recipient, in the payment's currency, together at most its amount).
struct Transfer
{
    QString recipient; // the receiving account's name: "accounts/acct_123"
    Money amount;
    QString id; // the transfer made once the payment succeeded, when the server names it
    QJsonObject extra;

    friend bool operator==(const Transfer &, const Transfer &) = default;
};

// Held by the million in a finance table, so its fields are laid out for size: ids that repeat
// from row to row or are mostly absent are SharedText (8 bytes, shared by equal rows), and what
// few rows have (why a payment failed) is Boxed on the heap.
struct PaymentIntent
{
    QString id;
    Money amount;
    IntentStatus status;
    SharedText userId;
    SharedText customerId;
    SharedText paymentMethodId;
    QString description;
    SharedText transferId;
    SharedText transferDestinationUserId;    // transfer_data.destination_user_id
    OptionalMinorUnits applicationFeeAmount; // minor units, same currency as amount
    // What was refunded of it so far, in minor units of its currency; unset when the server
    // does not say (Dots' contract has no such field; its sandbox and some servers send it).
    OptionalMinorUnits amountRefunded;
    Boxed<PaymentError> lastPaymentError;
    Metadata metadata;
    QDateTime created; // not in the contract's schema; read when a server sends it
    QDateTime updated;
    QJsonObject extra;
    // The card terminal the payment is taken on (SynaptoPay's `device`), when there is one.
    SharedText device;
    // Parts passed on to other accounts once the payment succeeds.
    CompactList<Transfer> transfers;
    // The payment method is also saved on the customer for charges the merchant starts later
    // (SynaptoPay's `setup_future_usage: OFF_SESSION`).
    bool saveForLater = false;

    friend bool operator==(const PaymentIntent &, const PaymentIntent &) = default;
};

// How much of a payment went back to the customer.
enum class RefundState
{
    None,    // nothing refunded, or the server does not say
    Partial, // some of the amount
    Full,    // all of it
};

RefundState refundState(const PaymentIntent &intent);
// The refunded amount in the payment's currency; nullopt when the server does not say it or the
// payment has no valid amount.
std::optional<Money> refundedAmount(const PaymentIntent &intent);
// What the payment keeps: its amount less what was refunded (the amount when nothing was).
std::optional<Money> netAmount(const PaymentIntent &intent);
// The status as a person reads it: "Refunded" or "Partially refunded" once money went back,
// else the status's own name.
QString intentStatusText(const PaymentIntent &intent);

// The last part of an object's id: "pi_2" for SynaptoPay's
// "accounts/acct_1/payment-intents/pi_2"; an id without a path (a Dots UUID) as it is.
QString shortId(const QString &id);

struct LineItem
{
    QString name;
    QString description;
    std::optional<Money> unitPrice; // price_data.amount + currency; absent when only price_id came
    qint64 quantity = 1;
    QString priceId;
    QStringList images;
    QJsonObject extra;

    // unitPrice * quantity, nullopt on overflow or without a price.
    std::optional<Money> total() const;
    friend bool operator==(const LineItem &, const LineItem &) = default;
};

struct CheckoutSession
{
    QString id;
    CheckoutStatus status;
    QString url; // checkout_session_url: the link a customer pays at
    QString successUrl;
    QString cancelUrl;
    QList<LineItem> lineItems;
    std::optional<Money> amountTotal;
    QString customerId;
    QString customerEmail;
    QString userId;
    QString clientReferenceId;
    QString paymentIntentId;
    QDateTime expiry;
    QDateTime created;
    QDateTime updated;
    Metadata metadata;
    QJsonObject extra;
    // Whether the session was paid, when the provider says so (SynaptoPay's `paid`).
    std::optional<bool> paid;

    friend bool operator==(const CheckoutSession &, const CheckoutSession &) = default;
};

struct PaymentMethod
{
    QString id;
    QString type;        // the contract's `platform` (ach, paypal, ...), or a card form's "card"
    QString description; // sandbox: says in plain words whether payments succeed or are declined
    QString brand;       // `brand`, or a card form's `card.brand`
    QString last4;       // the contract's `mask`, or `last4` / `card.last4`
    QString customerId;
    QJsonObject extra;

    QString displayName() const;
    friend bool operator==(const PaymentMethod &, const PaymentMethod &) = default;
};

struct Refund
{
    QString id;
    QString paymentIntentId;
    std::optional<Money> amount;
    QString reason;
    QString status;
    QDateTime created;
    QJsonObject extra;
    QString chargeId; // the charge refunded, where a provider refunds charges (SynaptoPay)

    friend bool operator==(const Refund &, const Refund &) = default;
};

// A card terminal a provider takes payments on (SynaptoPay's Clover devices). Devices are set up
// in the provider's dashboard; Paydesk only lists them and names one for a payment.
struct Device
{
    QString id;          // its name: "accounts/acct_123/devices/dvc_456"
    QString displayName; // what the merchant called it: "Front counter"
    QString model;       // "CLOVER_FLEX"
    QString serialNumber;
    QString state;                   // ACTIVE, PENDING, SUSPENDED, or what else the server says
    QStringList supportedCurrencies; // upper-case ISO 4217 codes; empty when not said
    QStringList supportedRails;      // "card"
    QDateTime created;
    QDateTime updated;
    QJsonObject extra;

    // Its display name, else its serial number, else its id.
    QString label() const;
    // Only an ACTIVE device takes payments (PENDING ones are not paired yet).
    bool canTakePayments() const;
    // True when it takes payments in `currency`; a device that does not list its currencies is
    // left to the server to judge.
    bool takesCurrency(const QString &currency) const;
    // Whether it can take a payment in `currency` now; if not, `reason` gets a sentence for a
    // person saying why.
    bool canTakePayment(const QString &currency, QString *reason = nullptr) const;
    friend bool operator==(const Device &, const Device &) = default;
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::Customer)
Q_DECLARE_METATYPE(paydesk::PaymentIntent)
Q_DECLARE_METATYPE(paydesk::CheckoutSession)
Q_DECLARE_METATYPE(paydesk::PaymentMethod)
Q_DECLARE_METATYPE(paydesk::Refund)
Q_DECLARE_METATYPE(paydesk::Transfer)
Q_DECLARE_METATYPE(paydesk::Device)
