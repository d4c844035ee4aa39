// Support for the sandbox suites: a server started for one test, and a deliberately small HTTP
// client on a raw socket. The client opens one connection per request and shows exactly what
// came over the wire: QNetworkAccessManager would retry dropped requests, follow redirects and
// pool connections, which hides the very faults these suites look for.
#pragma once

#include "sandbox/sandbox_server.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace paydesk::sandbox::testing {

// Options for a test server: empty, demo credentials, payments that settle at once.
SandboxOptions testOptions();
// A listening server; the running test fails when it cannot listen.
std::unique_ptr<SandboxServer> startServer(const SandboxOptions &options = testOptions());

QByteArray basicAuthorization(const QString &clientId = QString::fromLatin1(kDemoClientId),
                              const QString &apiKey = QString::fromLatin1(kDemoApiKey));

struct HttpResult
{
    // False when the connection closed (or timed out) before a complete answer.
    bool answered = false;
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    bool isValidJson() const;
};

// One request on its own connection, answered asynchronously: finished() comes once the answer
// is complete or the connection is gone.
class PendingHttp : public QObject
{
    Q_OBJECT

public:
    PendingHttp(quint16 port, const QByteArray &request);

    bool isFinished() const { return m_finished; }
    const HttpResult &result() const { return m_result; }
    // Runs the event loop until finished (never sleeps); false on timeout.
    bool wait(int timeoutMs = 15000);

signals:
    void finished();

private:
    void read();
    void finish();

    QTcpSocket m_socket;
    QByteArray m_received;
    HttpResult m_result;
    qsizetype m_bodyStart = -1;
    qsizetype m_contentLength = -1;
    bool m_finished = false;
};

class HttpClient
{
public:
    explicit HttpClient(quint16 port, QByteArray authorization = basicAuthorization());

    HttpResult get(const QString &path, const QUrlQuery &query = {});
    HttpResult post(const QString &path, const QJsonObject &body);
    HttpResult put(const QString &path, const QJsonObject &body);
    // Any method, body and headers; authorization is added unless headers carry their own.
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    QList<std::pair<QByteArray, QByteArray>> headers = {});
    std::unique_ptr<PendingHttp> start(const QByteArray &method, const QString &path,
                                       const QByteArray &body = {},
                                       QList<std::pair<QByteArray, QByteArray>> headers = {});

    // The API's own routes, for brevity: "/api/v2/" + route.
    HttpResult apiGet(const QString &route, const QUrlQuery &query = {})
    {
        return get(QStringLiteral("/api/v2/") + route, query);
    }
    HttpResult apiPost(const QString &route, const QJsonObject &body)
    {
        return post(QStringLiteral("/api/v2/") + route, body);
    }

    // Creates a person customer and answers its id; the running test fails otherwise.
    QString createCustomer(const QString &firstName = QStringLiteral("Ada"));
    // The customer's test card whose payments succeed (or are declined).
    QString testCard(const QString &customerId, bool succeeds);

private:
    quint16 m_port;
    QByteArray m_authorization;
};

} // namespace paydesk::sandbox::testing
