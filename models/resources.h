#pragma once

#include "models/metadata.h"
#include "models/money.h"
#include "models/status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

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

    bool isBusiness() const { return !businessName.isEmpty(); }
    // Business name, else "First Middle Last", else the email, else the id.
    QString displayName() const;
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

struct PaymentIntent
{
    QString id;
    Money amount;
    IntentStatus status;
    QString userId;
    QString customerId;
    QString paymentMethodId;
    QString description;
    QString transferId;
    QString transferDestinationUserId;          // transfer_data.destination_user_id
    std::optional<qint64> applicationFeeAmount; // minor units, same currency as amount
    // What was refunded of it so far, in minor units of its currency; unset when the server
    // does not say (Dots' contract has no such field; its sandbox and some servers send it).
    std::optional<qint64> amountRefunded;
    std::optional<PaymentError> lastPaymentError;
    Metadata metadata;
    QDateTime created; // not in the contract's schema; read when a server sends it
    QDateTime updated;
    QJsonObject extra;

    friend bool operator==(const PaymentIntent &, const PaymentIntent &) = default;
};

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

    friend bool operator==(const Refund &, const Refund &) = default;
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::Customer)
Q_DECLARE_METATYPE(paydesk::PaymentIntent)
Q_DECLARE_METATYPE(paydesk::CheckoutSession)
Q_DECLARE_METATYPE(paydesk::PaymentMethod)
Q_DECLARE_METATYPE(paydesk::Refund)
