// A SynaptoPay client for the sandbox suites: the raw HTTP client of sandbox_test_support.h with
// "Authorization: Api-Key <key>" and paths relative to /v1/accounts/{account}/.
#pragma once

#include "sandbox/sandbox_test_support.h"

namespace paydesk::sandbox::testing {

QByteArray apiKeyAuthorization(const QString &key = QString::fromLatin1(kSynaptoPayDemoApiKey));

class SynaptoPayClient
{
public:
    explicit SynaptoPayClient(quint16 port,
                              const QString &key = QString::fromLatin1(kSynaptoPayDemoApiKey),
                              const QString &account = QString::fromLatin1(kSynaptoPayDemoAccount));

    // "accounts/acct_demo"
    QString accountName() const { return QStringLiteral("accounts/") + m_account; }
    // A resource name of this account: name("devices/dvc_front_counter").
    QString name(const QString &relative) const { return accountName() + u'/' + relative; }

    // POST /v1/accounts/{account}/{route} with a JSON body and any extra headers.
    HttpResult post(const QString &route, const QJsonObject &body,
                    QList<std::pair<QByteArray, QByteArray>> headers = {});
    // The same with an Idempotency-Key.
    HttpResult postWithKey(const QString &route, const QJsonObject &body, const QByteArray &key);
    HttpResult get(const QString &route);
    // GET of a resource name such as an intent's "name".
    HttpResult getName(const QString &name);
    std::unique_ptr<PendingHttp> start(const QString &route, const QJsonObject &body,
                                       QList<std::pair<QByteArray, QByteArray>> headers = {});

    // Creates and answers the object; the running test fails on anything but 200.
    QJsonObject create(const QString &route, const QJsonObject &body);
    QJsonObject createCustomer(const QString &fullName = QStringLiteral("Ada Lovelace"));

    HttpClient &http() { return m_http; }

private:
    HttpClient m_http;
    QString m_account;
};

// The field a google.rpc.BadRequest detail of this error names, or an empty string.
QString violatedField(const HttpResult &result);

} // namespace paydesk::sandbox::testing
