#pragma once

#include "sandbox/resources.h"

#include <QString>

namespace paydesk::sandbox {

// All sandbox state, and the state changes shared by the API, the checkout page and the seeder.
// Callers validate first: these operations assume their preconditions hold.
class Store
{
public:
    Collection<Customer> customers;
    Collection<PaymentMethod> paymentMethods;
    Collection<PaymentIntent> intents;
    Collection<CheckoutSession> sessions;
    Collection<Refund> refunds;
    // The sandbox clock runs this far ahead of the wall clock; the admin route moves it forward so
    // tests can reach an expiry without waiting for it.
    qint64 clockOffsetMs = 0;

    qint64 nowMs() const;
    void clear();
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
};

} // namespace paydesk::sandbox
