#include "sandbox/sandbox_test_support.h"

#include <QHostAddress>
#include <QJsonParseError>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::testing {

SandboxOptions testOptions()
{
    SandboxOptions options;
    options.processingDelayMs = 0;
    return options;
}

std::unique_ptr<SandboxServer> startServer(const SandboxOptions &options)
{
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->listen())
        QTest::qFail(qPrintable(u"cannot listen: "_s + server->errorString()), __FILE__, __LINE__);
    return server;
}

QByteArray basicAuthorization(const QString &clientId, const QString &apiKey)
{
    return "Basic " + (clientId + u':' + apiKey).toUtf8().toBase64();
}

bool HttpResult::isValidJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

PendingHttp::PendingHttp(quint16 port, const QByteArray &request)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &PendingHttp::read);
    connect(&m_socket, &QTcpSocket::disconnected, this, &PendingHttp::finish);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &PendingHttp::finish);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.write(request);
}

bool PendingHttp::wait(int timeoutMs)
{
    if (m_finished)
        return true;
    QSignalSpy spy(this, &PendingHttp::finished);
    return spy.wait(timeoutMs);
}

void PendingHttp::read()
{
    m_received += m_socket.readAll();
    if (m_bodyStart < 0) {
        const qsizetype headerEnd = m_received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = m_received.left(headerEnd).split('\n');
        m_result.status = lines.constFirst().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            m_result.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                    lines.at(i).mid(colon + 1).trimmed());
        }
        m_bodyStart = headerEnd + 4;
        m_contentLength = m_result.header("content-length").toLongLong();
    }
    if (m_received.size() - m_bodyStart >= m_contentLength) {
        m_result.body = m_received.mid(m_bodyStart, m_contentLength);
        m_result.answered = true;
        finish();
    }
}

void PendingHttp::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_socket.abort();
    emit finished();
}

HttpClient::HttpClient(quint16 port, QByteArray authorization)
    : m_port(port)
    , m_authorization(std::move(authorization))
{}

HttpResult HttpClient::get(const QString &path, const QUrlQuery &query)
{
    QUrl url;
    url.setPath(path);
    url.setQuery(query);
    return send("GET", url.toString(QUrl::FullyEncoded));
}

HttpResult HttpClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
}

HttpResult HttpClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
}

HttpResult HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            QList<std::pair<QByteArray, QByteArray>> headers)
{
    const auto pending = start(method, path, body, std::move(headers));
    pending->wait();
    return pending->result();
}

std::unique_ptr<PendingHttp> HttpClient::start(const QByteArray &method, const QString &path,
                                               const QByteArray &body,
                                               QList<std::pair<QByteArray, QByteArray>> headers)
{
    const bool ownAuthorization =
        std::any_of(headers.cbegin(), headers.cend(), [](const auto &header) {
            return header.first.compare("authorization", Qt::CaseInsensitive) == 0;
        });
    if (!ownAuthorization && !m_authorization.isEmpty())
        headers.emplaceBack("Authorization", m_authorization);
    QByteArray request = method + ' ' + path.toUtf8() +
                         " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    for (const auto &[name, value] : std::as_const(headers))
        request += name + ": " + value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return std::make_unique<PendingHttp>(m_port, request);
}

QString HttpClient::createCustomer(const QString &firstName)
{
    const HttpResult created =
        apiPost(u"payment-customers"_s, {{u"first_name"_s, firstName},
                                         {u"last_name"_s, u"Tester"_s},
                                         {u"email"_s, u"ada@example.com"_s}});
    if (created.status != 200)
        QTest::qFail(created.body.constData(), __FILE__, __LINE__);
    return created.json().value(u"id"_s).toString();
}

QString HttpClient::testCard(const QString &customerId, bool succeeds)
{
    const HttpResult methods =
        apiGet(u"payment-methods"_s, QUrlQuery{{u"customer_id"_s, customerId}});
    for (const QJsonValue &method : methods.json().value(u"data"_s).toArray()) {
        const bool declines = method[u"description"_s].toString().contains(u"declined"_s);
        if (declines != succeeds)
            return method[u"id"_s].toString();
    }
    return {};
}

} // namespace paydesk::sandbox::testing
