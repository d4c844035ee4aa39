#pragma once

#include "models/drafts.h"
#include "models/metadata.h"
#include "models/resources.h"
#include "network/activity.h"
#include "network/api_error.h"
#include "network/call_handle.h"
#include "network/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace paydesk {

// One page of a list: at most `limit` objects, starting after `cursor` (empty: the first page).
// The cursor is opaque: the `next` of the page before, whatever the provider makes of it (the
// last object's id for Dots, a page token for SynaptoPay).
struct PageQuery
{
    int limit = 100;
    QString cursor;
    // When set, a provider that can read the next page's cursor before decoding the page's
    // objects calls this with it first, so a walk can ask for the next page while this one is
    // decoded. It is a hint: only for a page that says there is more, and the `next` of the
    // page handed over afterwards is still the word that counts.
    std::function<void(const QString &next)> onNextCursor;
};

template <typename T>
struct Page
{
    QList<T> items;
    // There may be more after the last item (a provider whose list does not say takes a full
    // page to mean there may be).
    bool hasMore = false;
    // The cursor of the page after this one; empty when there is none.
    QString next;
};

// The three answers a create can have. A create is never resent blindly: when its answer is
// lost, the provider finds out what the server did before it says anything.
//
// The rule every provider keeps, for every write whose answer may be lost (create, confirm,
// refund), and the only place it is stated:
//  - Created: the object the server holds is in hand, either from the answer or from a look-up
//    that proved it is this request's (its request id, or for a provider that cannot echo one,
//    a match that nothing else explains: see CreateOutcome::proof).
//  - NotCreated, "safe to try again": only with proof that the server did not apply it. It
//    refused it (4xx), or the request never left this machine (connection refused, TLS failure,
//    URL refused), or a complete look-up over every object the request could have made found
//    none, and it could see the request id on each of them (an object that hides its request
//    id and could be this request's is never counted as "not this one").
//  - Unknown: anything else. The person is told how to check, never "try again".
// A confirm is answered the same way: read back, it is success only when the intent moved on,
// and "safe to confirm again" only when it still waits (an intent succeeds at most once).
enum class CreateStatus
{
    Created,    // `object` is what the server holds
    NotCreated, // nothing was created; safe to try again. `error` says why
    Unknown,    // could not find out; `guidance` tells a person how to check
};

template <typename T>
struct CreateOutcome
{
    CreateStatus status = CreateStatus::Unknown;
    std::optional<T> object;
    std::optional<ApiError> error;
    QString requestId;
    bool foundByLookup = false; // created, but the answer was lost and the look-up found it
    // How a look-up established its answer, in words a person can check ("found by its request
    // id"; "no new refund on the payment intent, and its refunded amount did not change").
    QString proof;
    QString guidance;
};

template <typename T>
using CreateCallback = std::function<void(const CreateOutcome<T> &)>;

// The kinds of object a person names by id, for PaymentProvider::fullId().
enum class ObjectKind
{
    Customer,
    PaymentIntent,
    CheckoutSession,
    PaymentMethod,
    Device,
    Refund,
};

// What a provider can do beyond what its drafts take (ProviderLimits says that: devices,
// transfers, saving a card, ...), so that a front end hides or explains an action instead of
// offering one that can only fail. Each "why not" is a sentence for a person.
struct ProviderCapabilities
{
    // Refund a succeeded payment intent.
    bool refunds = true;
    QString whyNoRefunds;
    // Confirm a waiting intent later, with one of the customer's payment methods.
    bool confirmLater = true;
    QString whyNoConfirmLater;
};

// Everything Paydesk asks of a payment provider, in provider-neutral terms: the domain types of
// models/, async results delivered to a context object, every call cancellable. A provider's
// own wire details (auth, paths, list and error shapes) stay inside its implementation.
class PaymentProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PaymentProvider() override = default;

    virtual QString displayName() const = 0;
    virtual ProviderLimits limits() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;
    // The object exactly as the provider sent it (unknown fields included), for a raw view.
    virtual QJsonObject rawJson(const Customer &customer) const = 0;
    virtual QJsonObject rawJson(const PaymentIntent &intent) const = 0;
    virtual QJsonObject rawJson(const CheckoutSession &session) const = 0;
    virtual QJsonObject rawJson(const PaymentMethod &method) const = 0;
    virtual QJsonObject rawJson(const Refund &refund) const = 0;
    // A provider without card terminals never hands out a Device; this writes one in neutral
    // keys all the same.
    virtual QJsonObject rawJson(const Device &device) const;
    // The id a draft and the server take for what a person typed: a provider that names its
    // objects by path accepts the short id as well (SynaptoPay: "pi_1" for
    // "accounts/acct_X/payment-intents/pi_1"). Empty stays empty; the default keeps it as typed.
    virtual QString fullId(ObjectKind kind, const QString &typed) const;

    virtual CallHandle listCustomers(const PageQuery &query, QObject *context,
                                     Callback<Page<Customer>> done) = 0;
    virtual CallHandle getCustomer(const QString &id, QObject *context,
                                   Callback<Customer> done) = 0;
    virtual CallHandle createCustomer(const CustomerDraft &draft, QObject *context,
                                      CreateCallback<Customer> done,
                                      const QString &requestId = {}) = 0;

    virtual CallHandle listPaymentIntents(const PageQuery &query, QObject *context,
                                          Callback<Page<PaymentIntent>> done) = 0;
    virtual CallHandle getPaymentIntent(const QString &id, QObject *context,
                                        Callback<PaymentIntent> done) = 0;
    virtual CallHandle createPaymentIntent(const PaymentIntentDraft &draft, QObject *context,
                                           CreateCallback<PaymentIntent> done,
                                           const QString &requestId = {}) = 0;
    // When the answer is lost, the intent is read back: a confirmed intent is reported as
    // success, an unconfirmed one as the original error (safe to confirm again).
    virtual CallHandle confirmPaymentIntent(const ConfirmIntentDraft &draft, QObject *context,
                                            Callback<PaymentIntent> done) = 0;

    virtual CallHandle listCheckoutSessions(const PageQuery &query, QObject *context,
                                            Callback<Page<CheckoutSession>> done) = 0;
    virtual CallHandle getCheckoutSession(const QString &id, QObject *context,
                                          Callback<CheckoutSession> done) = 0;
    virtual CallHandle createCheckoutSession(const CheckoutSessionDraft &draft, QObject *context,
                                             CreateCallback<CheckoutSession> done,
                                             const QString &requestId = {}) = 0;

    virtual CallHandle listPaymentMethods(const QString &customerId, const PageQuery &query,
                                          QObject *context, Callback<Page<PaymentMethod>> done) = 0;
    virtual CallHandle getPaymentMethod(const QString &id, QObject *context,
                                        Callback<PaymentMethod> done) = 0;

    // The card terminals of the account (ProviderLimits::takesDevices). A provider without
    // terminals answers with an error that says so.
    virtual CallHandle listDevices(const PageQuery &query, QObject *context,
                                   Callback<Page<Device>> done);

    // Follows a payment intent until it stops moving on its own (a card terminal waiting for a
    // card, a payment processing): reads it again with growing pauses, calls `changed` each time
    // its status differs from the last one seen, and `done` with the intent once it no longer
    // moves, or with a Timeout error after `timeoutMs`. Cancelling the handle stops it.
    CallHandle followPaymentIntent(const QString &id, int timeoutMs, QObject *context,
                                   std::function<void(const PaymentIntent &)> changed,
                                   Callback<PaymentIntent> done);

    virtual CallHandle listRefunds(const PageQuery &query, QObject *context,
                                   Callback<Page<Refund>> done) = 0;
    virtual CallHandle getRefund(const QString &id, QObject *context, Callback<Refund> done) = 0;
    virtual CallHandle createRefund(const RefundDraft &draft, QObject *context,
                                    CreateCallback<Refund> done, const QString &requestId = {}) = 0;

    // Looks again for an object whose create ended Unknown ("Check again" in the console).
    virtual CallHandle findCreatedCustomer(const QString &requestId, QObject *context,
                                           CreateCallback<Customer> done) = 0;
    virtual CallHandle findCreatedPaymentIntent(const QString &requestId, QObject *context,
                                                CreateCallback<PaymentIntent> done) = 0;
    virtual CallHandle findCreatedCheckoutSession(const QString &requestId, QObject *context,
                                                  CreateCallback<CheckoutSession> done) = 0;
    virtual CallHandle findCreatedRefund(const QString &requestId, QObject *context,
                                         CreateCallback<Refund> done) = 0;

signals:
    // What the connection is doing, for a status bar: requests in flight, retries to come.
    void requestsInFlightChanged(int count);
    void retryScheduled(const paydesk::RetryNotice &notice);
};

QString createStatusName(CreateStatus status);

} // namespace paydesk
