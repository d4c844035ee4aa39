// The sandbox's own records of the SynaptoPay resources (synaptopay.md in the specs). Every record
// is keyed by its full resource name ("accounts/acct_demo/payment-intents/pi_..."), so names are
// unique across accounts and a reference from another record is simply that name. Like the Dots
// records, they are independent of models/.
#pragma once

#include "sandbox/tracked_collection.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk::sandbox::synaptopay {

// The intent states the reference confirms; nothing else is ever set.
enum class IntentState
{
    RequiresPaymentMethod,
    Processing,
    Succeeded,
};

enum class DeviceState
{
    Active,
    Pending,
    Suspended,
};

// Why the last attempt to pay failed; an empty code means there was none.
struct PaymentError
{
    QString message;
    QString code;   // "card_declined", "terminal_timeout"
    QString device; // the device's name when the attempt was on a terminal

    bool isSet() const { return !code.isEmpty(); }
};

struct TransferSplit
{
    QString accountName; // the recipient, "accounts/acct_..."
    qint64 amount = 0;
    QString transfer; // the transfer's name, once the intent succeeded and it was made
};

struct Customer
{
    QString id; // the resource name
    QString account;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString fullName;
    QString email;
    QString phone;
    QJsonObject address;
    QJsonObject metadata;
};

struct PaymentMethod
{
    QString id;
    QString account;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    // The customer it is saved on; empty for the account's shared test cards and for a card used
    // once on a terminal.
    QString customer;
    QString brand = QStringLiteral("visa");
    QString last4;
    int expMonth = 12;
    int expYear = 2034;
    bool cardPresent = false; // read by a terminal rather than typed in
    bool declines = false;    // a test card every payment with is declined
};

struct PaymentIntent
{
    QString id;
    QString account;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 amount = 0;
    QString currency;
    IntentState state = IntentState::RequiresPaymentMethod;
    QString customer;
    QString paymentMethod;
    QString device;
    QString setupFutureUsage;
    QList<TransferSplit> transfers;
    QJsonObject metadata;
    QString clientSecret;
    PaymentError lastPaymentError;
    QString latestCharge;
    QString checkoutSession;
    // While processing on a terminal: when the terminal settles by itself.
    qint64 settlesAtMs = 0;
};

struct Charge
{
    QString id;
    QString account;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString paymentIntent;
    QString paymentMethod;
    qint64 amount = 0;
    qint64 amountRefunded = 0;
    QString currency;
};

struct Refund
{
    QString id;
    QString account;
    qint64 createdMs = 0;
    QString charge;
    QString paymentIntent;
    qint64 amount = 0;
    QString currency;
    QString reason;
    QString description;
    QJsonObject metadata;
};

struct Transfer
{
    QString id; // under the paying (parent) account: accounts/{parent}/transfers/txfr_...
    QString account;
    qint64 createdMs = 0;
    QString destination; // account_name, the recipient
    qint64 amount = 0;
    QString currency;
    QString paymentIntent;
    QString charge;
};

struct CheckoutSession
{
    QString id;
    QString account;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 expireMs = 0;
    qint64 amount = 0;
    QString currency;
    QString clientReferenceId;
    QString successUrl;
    QString cancelUrl;
    QJsonObject metadata;
    QString paymentIntent;
    bool paid = false;
};

struct Device
{
    QString id;
    QString account;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    DeviceState state = DeviceState::Active;
    QString model; // CLOVER_FLEX, CLOVER_MINI
    QString displayName;
    QString serialNumber;
    QStringList currencies;
    // The payment intent waiting on this terminal for a card; empty when idle.
    QString waitingIntent;
};

// The first answer to a write sent with an Idempotency-Key, kept to answer its retries.
struct IdempotencyRecord
{
    QString id;             // "<account> <key>": a key is scoped to its account
    qint64 createdMs = 0;   // when the key was first used; its place in the collection
    qint64 usedMs = 0;      // when the answer kept now was made; a key lapses 96 hours after
    QByteArray fingerprint; // of the method, path and body
    int status = 0;
    QByteArray body;
};

QString intentStateName(IntentState state);
QString deviceStateName(DeviceState state);

// All SynaptoPay state. Part of the sandbox's Store, so it shares its journal and state file.
struct SynaptoPayStore
{
    TrackedCollection<Customer> customers;
    TrackedCollection<PaymentMethod> paymentMethods;
    TrackedCollection<PaymentIntent> intents;
    TrackedCollection<Charge> charges;
    TrackedCollection<Refund> refunds;
    TrackedCollection<Transfer> transfers;
    TrackedCollection<CheckoutSession> sessions;
    TrackedCollection<Device> devices;
    TrackedCollection<IdempotencyRecord> idempotency;

    // Visits each collection with the name it has in the state file and the journal.
    template <typename Store, typename Visit>
    static void forEachCollection(Store &store, Visit &&visit)
    {
        visit(QStringLiteral("customers"), store.customers);
        visit(QStringLiteral("payment_methods"), store.paymentMethods);
        visit(QStringLiteral("payment_intents"), store.intents);
        visit(QStringLiteral("charges"), store.charges);
        visit(QStringLiteral("refunds"), store.refunds);
        visit(QStringLiteral("transfers"), store.transfers);
        visit(QStringLiteral("checkout_sessions"), store.sessions);
        visit(QStringLiteral("devices"), store.devices);
        visit(QStringLiteral("idempotency_keys"), store.idempotency);
    }
    // The same collection of two stores side by side.
    template <typename Visit>
    void forEachCollectionWith(SynaptoPayStore &other, Visit &&visit)
    {
        visit(customers, other.customers);
        visit(paymentMethods, other.paymentMethods);
        visit(intents, other.intents);
        visit(charges, other.charges);
        visit(refunds, other.refunds);
        visit(transfers, other.transfers);
        visit(sessions, other.sessions);
        visit(devices, other.devices);
        visit(idempotency, other.idempotency);
    }
};

} // namespace paydesk::sandbox::synaptopay
