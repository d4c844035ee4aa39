#pragma once

#include "network/credentials.h"
#include "network/http_transport.h"
#include "network/payment_provider.h"

#include <QUrl>

namespace paydesk {

// SynaptoPay (../shared/specs/synaptopay.md): `Authorization: Api-Key <key>`, every object named
// by its path under accounts/{account}/, lists as POST `...:list` custom methods paged by token,
// errors as google.rpc.Status bodies. Every write carries an Idempotency-Key (the request id), so
// a write whose answer is lost is sent again with the same key until the server answers: the
// server then returns the first result instead of making a second object.
class SynaptoPayProvider : public PaymentProvider
{
    Q_OBJECT
public:
    static QUrl productionBaseUrl();
    static QUrl sandboxBaseUrl();

    // `baseUrl` such as https://api.synaptopay.com/v1/ or http://127.0.0.1:PORT/v1;
    // `credentials.account` is the account the key acts for ("acct_...").
    SynaptoPayProvider(const QUrl &baseUrl, const Credentials &credentials,
                       HttpTransport *transport, QObject *parent = nullptr);

    QString displayName() const override { return QStringLiteral("SynaptoPay"); }
    ProviderLimits limits() const override { return ProviderLimits::synaptoPay(); }
    ProviderCapabilities capabilities() const override;
    QJsonObject rawJson(const Customer &customer) const override;
    QJsonObject rawJson(const PaymentIntent &intent) const override;
    QJsonObject rawJson(const CheckoutSession &session) const override;
    QJsonObject rawJson(const PaymentMethod &method) const override;
    QJsonObject rawJson(const Refund &refund) const override;
    QJsonObject rawJson(const Device &device) const override;
    QString fullId(ObjectKind kind, const QString &typed) const override;

    // "accounts/acct_X/payment-intents/pi_Y" for "pi_Y" or for the full name, in this account.
    QString resourceName(const QString &collection, const QString &idOrName) const;
    // How often a write the server says is still in progress (409) is sent again, and the pause
    // before the first resend (it doubles each time).
    void setInProgressRetries(int retries, int firstPauseMs);

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

    CallHandle listDevices(const PageQuery &query, QObject *context,
                           Callback<Page<Device>> done) override;

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
    template <typename T>
    struct Traits;

    HttpRequestSpec request(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QString &label, const QString &idempotencyKey = {}) const;
    template <typename T>
    CallHandle getOne(const QString &name, const QString &label, QObject *context,
                      Callback<T> done);
    template <typename T>
    CallHandle getPage(const PageQuery &page, QJsonObject body, const QString &label,
                       QObject *context, Callback<Page<T>> done);
    template <typename T>
    CallHandle create(const QJsonObject &body, const QString &requestId, const QString &label,
                      QObject *context, CreateCallback<T> done);
    template <typename T>
    CallHandle findCreated(const QString &requestId, QObject *context, CreateCallback<T> done);

    QUrl m_baseUrl;
    Credentials m_credentials;
    HttpTransport *m_transport;
    int m_inProgressRetries = 5;
    int m_inProgressPauseMs = 500;
    int m_lookupPageLimit = 20;
};

} // namespace paydesk
