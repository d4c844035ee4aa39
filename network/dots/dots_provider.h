#pragma once

#include "network/credentials.h"
#include "network/http_transport.h"
#include "network/payment_provider.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <functional>
#include <tuple>

namespace paydesk {

// Dots v2 (../shared/specs/dots-v2.yaml): HTTP Basic auth with client id and API key, paths
// under {base}/v2/, `{data, has_more}` lists except the bare array of payment intents, errors
// as `{"error": ...}` with optional code and field. Dots has no idempotency keys for customers,
// intents, checkout sessions or refunds, so every create carries a request id in its metadata
// and a create whose answer is lost is looked up, never resent.
class DotsProvider : public PaymentProvider
{
    Q_OBJECT
public:
    static QUrl productionBaseUrl();
    static QUrl sandboxBaseUrl();

    // `baseUrl` such as https://api.dots.dev/api or http://127.0.0.1:PORT/api.
    DotsProvider(const QUrl &baseUrl, const Credentials &credentials, HttpTransport *transport,
                 QObject *parent = nullptr);

    QString displayName() const override { return QStringLiteral("Dots"); }
    ProviderLimits limits() const override { return ProviderLimits::dots(); }
    ProviderCapabilities capabilities() const override;
    QJsonObject rawJson(const Customer &customer) const override;
    QJsonObject rawJson(const PaymentIntent &intent) const override;
    QJsonObject rawJson(const CheckoutSession &session) const override;
    QJsonObject rawJson(const PaymentMethod &method) const override;
    QJsonObject rawJson(const Refund &refund) const override;
    QUrl baseUrl() const { return m_baseUrl; }

    // How many pages of newest-first objects a look-up reads before it gives up as unknown.
    void setLookupPageLimit(int pages) { m_lookupPageLimit = pages; }

    CallHandle listCustomers(const PageQuery &query, QObject *context,
                             Callback<Page<Customer>> done) override;
    CallHandle getCustomer(const QString &id, QObject *context, Callback<Customer> done) override;
    CallHandle createCustomer(const CustomerDraft &draft, QObject *context,
                              CreateCallback<Customer> done,
                              const QString &requestId = {}) override;

    CallHandle listPaymentIntents(const PageQuery &query, QObject *context,
                                  Callback<Page<PaymentIntent>> done) override;
    CallHandle getPaymentIntent(const QString &id, QObject *context,
                                Callback<PaymentIntent> done) override;
    CallHandle createPaymentIntent(const PaymentIntentDraft &draft, QObject *context,
                                   CreateCallback<PaymentIntent> done,
                                   const QString &requestId = {}) override;
    CallHandle confirmPaymentIntent(const ConfirmIntentDraft &draft, QObject *context,
                                    Callback<PaymentIntent> done) override;

    CallHandle listCheckoutSessions(const PageQuery &query, QObject *context,
                                    Callback<Page<CheckoutSession>> done) override;
    CallHandle getCheckoutSession(const QString &id, QObject *context,
                                  Callback<CheckoutSession> done) override;
    CallHandle createCheckoutSession(const CheckoutSessionDraft &draft, QObject *context,
                                     CreateCallback<CheckoutSession> done,
                                     const QString &requestId = {}) override;

    CallHandle listPaymentMethods(const QString &customerId, const PageQuery &query,
                                  QObject *context, Callback<Page<PaymentMethod>> done) override;
    CallHandle getPaymentMethod(const QString &id, QObject *context,
                                Callback<PaymentMethod> done) override;

    CallHandle listRefunds(const PageQuery &query, QObject *context,
                           Callback<Page<Refund>> done) override;
    CallHandle getRefund(const QString &id, QObject *context, Callback<Refund> done) override;
    CallHandle createRefund(const RefundDraft &draft, QObject *context, CreateCallback<Refund> done,
                            const QString &requestId = {}) override;

    CallHandle findCreatedCustomer(const QString &requestId, QObject *context,
                                   CreateCallback<Customer> done) override;
    CallHandle findCreatedPaymentIntent(const QString &requestId, QObject *context,
                                        CreateCallback<PaymentIntent> done) override;
    CallHandle findCreatedCheckoutSession(const QString &requestId, QObject *context,
                                          CreateCallback<CheckoutSession> done) override;
    CallHandle findCreatedRefund(const QString &requestId, QObject *context,
                                 CreateCallback<Refund> done) override;

    // Turns an HTTP answer that is not a success into an error a person can act on.
    ApiError errorFromResponse(const HttpResponse &response, const QString &subject) const;

private:
    // What differs between the kinds of object (path, noun, decoding, request id).
    template <typename T>
    struct Traits;

    HttpRequestSpec request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                            const QByteArray &body, const QString &label) const;

    template <typename T>
    CallHandle getOne(const QString &path, const QString &label, QObject *context,
                      Callback<T> done);
    template <typename T>
    CallHandle getPage(const QString &path, QUrlQuery query, const PageQuery &page,
                       const QString &label, QObject *context, Callback<Page<T>> done);
    // What a look-up for a create whose answer was lost knows besides the request id.
    template <typename T>
    struct Lookup
    {
        QString requestId;
        QDateTime sentAt; // invalid when unknown ("Check again" later)
        std::optional<ApiError> cause;
        // For an object that does not show its request id: could it be this request's (same
        // amount, customer, ...)? Null: any such object could be.
        std::function<bool(const T &)> couldBeThis;
        // For such an object: does it prove itself this request's (a refund on the intent, of
        // the amount, that did not exist before the request was sent)? Null: none can.
        std::function<bool(const T &)> provesThis;
        QString provedBy; // how provesThis proves it, for the person
    };

    template <typename T>
    CallHandle create(const QString &path, const QJsonObject &body, Lookup<T> lookup,
                      const QString &label, QObject *context, CreateCallback<T> done);
    template <typename T>
    CallHandle findCreated(Lookup<T> lookup, QObject *context, CreateCallback<T> done);
    // The ids of the objects created since `since` (or as many as the look-up page limit
    // reads), so that a later look-up can tell them from what a request made.
    template <typename T>
    CallHandle recentIds(const QDateTime &since, QObject *context,
                         std::function<void(const Result<QSet<QString>> &)> done);

    void checkRefundedAmount(const QString &intentId, qint64 refundedBefore, const Money &amount,
                             const CreateOutcome<Refund> &outcome, Operation *operation,
                             CreateCallback<Refund> deliver);

    // What a create that ended unknown knew (its time, what could be it), kept so that a later
    // findCreated*() for its request id ("Check again") looks as closely as the first look-up.
    template <typename T>
    QHash<QString, Lookup<T>> &unresolved()
    {
        return std::get<QHash<QString, Lookup<T>>>(m_unresolved);
    }
    template <typename T>
    void rememberUnresolved(const Lookup<T> &lookup);
    template <typename T>
    CallHandle findCreatedAgain(const QString &requestId, QObject *context, CreateCallback<T> done);

    QUrl m_baseUrl;
    Credentials m_credentials;
    HttpTransport *m_transport;
    int m_lookupPageLimit = 20;
    std::tuple<QHash<QString, Lookup<Customer>>, QHash<QString, Lookup<PaymentIntent>>,
               QHash<QString, Lookup<CheckoutSession>>, QHash<QString, Lookup<Refund>>>
        m_unresolved;
};

} // namespace paydesk
