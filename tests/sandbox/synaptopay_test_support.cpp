#include "sandbox/synaptopay_test_support.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::testing {

QByteArray apiKeyAuthorization(const QString &key)
{
    return "Api-Key " + key.toUtf8();
}

SynaptoPayClient::SynaptoPayClient(quint16 port, const QString &key, const QString &account)
    : m_http(port, apiKeyAuthorization(key))
    , m_account(account)
{}

HttpResult SynaptoPayClient::post(const QString &route, const QJsonObject &body,
                                  QList<std::pair<QByteArray, QByteArray>> headers)
{
    headers.emplaceBack("Content-Type", "application/json");
    return m_http.send("POST", u"/v1/"_s + name(route),
                       QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult SynaptoPayClient::postWithKey(const QString &route, const QJsonObject &body,
                                         const QByteArray &key)
{
    return post(route, body, {{"Idempotency-Key", key}});
}

HttpResult SynaptoPayClient::get(const QString &route)
{
    return m_http.send("GET", u"/v1/"_s + name(route));
}

HttpResult SynaptoPayClient::getName(const QString &resourceName)
{
    return m_http.send("GET", u"/v1/"_s + resourceName);
}

std::unique_ptr<PendingHttp>
SynaptoPayClient::start(const QString &route, const QJsonObject &body,
                        QList<std::pair<QByteArray, QByteArray>> headers)
{
    headers.emplaceBack("Content-Type", "application/json");
    return m_http.start("POST", u"/v1/"_s + name(route),
                        QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QJsonObject SynaptoPayClient::create(const QString &route, const QJsonObject &body)
{
    const HttpResult created = post(route, body);
    if (created.status != 200)
        QTest::qFail(created.body.constData(), __FILE__, __LINE__);
    return created.json();
}

QJsonObject SynaptoPayClient::createCustomer(const QString &fullName)
{
    return create(u"customers"_s, {{u"customer"_s, QJsonObject{{u"full_name"_s, fullName},
                                                               {u"email"_s, u"ada@example.com"_s},
                                                               {u"phone"_s, u"+442071838750"_s}}}});
}

QString violatedField(const HttpResult &result)
{
    for (const QJsonValue &detail : result.json()[u"details"_s].toArray()) {
        if (detail[u"@type"_s].toString() == "type.googleapis.com/google.rpc.BadRequest"_L1)
            return detail[u"field_violations"_s][0][u"field"_s].toString();
    }
    return {};
}

} // namespace paydesk::sandbox::testing
