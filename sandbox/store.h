#pragma once

#include "sandbox/resources.h"
#include "sandbox/synaptopay/records.h"
#include "sandbox/tracked_collection.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace paydesk::sandbox {

// What changed in a tracking Store since its changes were last taken.
struct StoreChanges
{
    // Everything was dropped or replaced (clear(), a load): only a full snapshot records that.
    bool replaced = false;
    bool clockChanged = false;
    // Records added or handed out for changing, by id, in no particular order.
    QStringList customers;
    QStringList paymentMethods;
    QStringList intents;
    QStringList sessions;
    QStringList refunds;
    // SynaptoPay's, by the collection's name in the state file.
    QHash<QString, QStringList> synaptoPay;

    bool isEmpty() const
    {
        return !replaced && !clockChanged && customers.isEmpty() && paymentMethods.isEmpty() &&
               intents.isEmpty() && sessions.isEmpty() && refunds.isEmpty() && synaptoPay.isEmpty();
    }
};

// All sandbox state, and the state changes shared by the API, the checkout page and the seeder.
// Callers validate first: these operations assume their preconditions hold.
class Store
{
public:
    TrackedCollection<Customer> customers;
    TrackedCollection<PaymentMethod> paymentMethods;
    TrackedCollection<PaymentIntent> intents;
    TrackedCollection<CheckoutSession> sessions;
    TrackedCollection<Refund> refunds;
    // The SynaptoPay API's records, beside Dots' (sandbox/synaptopay/).
    synaptopay::SynaptoPayStore synaptoPay;
    // The sandbox clock runs this far ahead of the wall clock; the admin route moves it forward so
    // tests can reach an expiry without waiting for it.
    qint64 clockOffsetMs = 0;

    Store() = default;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;
    // Takes over the other store's records; whether this one tracks changes stays as it was, and
    // a tracking store then counts as replaced.
    Store &operator=(Store &&other) noexcept;

    qint64 nowMs() const;
    void clear();

    // From now on remembers what changes (off by default: the in-memory sandbox pays nothing).
    void startTracking();
    bool isTracking() const { return customers.m_tracking; }
    // What changed since tracking started or the changes were last taken; empty when not
    // tracking.
    StoreChanges takeChanges();
    // A fresh random UUID for a record made through the API or the checkout page.
    static QString newId();

    // Adds the customer with its two test cards; the card ids are passed in so that seeding
    // stays deterministic.
    Customer &addCustomer(Customer customer, const QString &succeedingCardId,
                          const QString &decliningCardId);

    // Confirms with the given card: processing now, settled processingDelayMs later.
    static void startProcessing(PaymentIntent &intent, const PaymentMethod &method, qint64 nowMs,
                                qint64 processingDelayMs);

    // Pays an open session with a card that succeeds: the session completes and its new payment
    // intent is succeeded at once (the customer waited on the page for the answer).
    PaymentIntent &completeCheckout(CheckoutSession &session, const QString &intentId,
                                    qint64 nowMs);

    // The refund's intent must be succeeded with at least refund.amount left to refund.
    Refund &addRefund(Refund refund);

private:
    template <typename Visit>
    void forEachCollection(Visit &&visit)
    {
        visit(customers);
        visit(paymentMethods);
        visit(intents);
        visit(sessions);
        visit(refunds);
        synaptopay::SynaptoPayStore::forEachCollection(
            synaptoPay, [&](const QString &, auto &collection) { visit(collection); });
    }

    qint64 m_trackedClockOffsetMs = 0;
    bool m_replaced = false;
};

} // namespace paydesk::sandbox
