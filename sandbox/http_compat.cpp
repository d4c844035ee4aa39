#include "sandbox/http_compat.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <mutex>

namespace paydesk::sandbox {

// Every connection passes through here on its way to QtHttpServer.
class LoopbackTcpServer : public QTcpServer
{
public:
    LoopbackTcpServer(const HttpLimits &limits, QObject *parent)
        : QTcpServer(parent)
        , m_limits(limits)
    {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QTcpServer::nextPendingConnection();
        if (!socket)
            return nullptr;
        // An answer leaves in several writes; with Nagle's algorithm its last small segment
        // waits for the client's delayed acknowledgement, some 40 ms on Linux.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Before QtHttpServer connects to the socket, so that the guard reads every byte first.
        new ConnectionGuard(socket, m_limits);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        track(socket);
#endif
        return socket;
    }

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Since Qt 6.5 a request handler no longer sees its socket, yet dropping a connection on
    // purpose needs it. On loopback the peer port tells connections apart, so the socket is
    // found again from QHttpServerRequest::remotePort(). (Qt 6.4 hands the socket over.)
    QTcpSocket *socketForPeerPort(quint16 peerPort) const
    {
        return m_sockets.value(peerPort);
    }

private:
    void track(QTcpSocket *socket)
    {
        const quint16 peerPort = socket->peerPort();
        m_sockets.insert(peerPort, socket);
        connect(socket, &QObject::destroyed, this, [this, peerPort] {
            // The entry may already belong to a newer connection from the same port.
            const auto it = m_sockets.constFind(peerPort);
            if (it != m_sockets.cend() && it->isNull())
                m_sockets.erase(it);
        });
    }

    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
#endif
private:
    const HttpLimits m_limits;
};

namespace {

// QtHttpServer logs every request with its header fields at debug level (in 6.4 as
// "qt.httpserver", later as "qt.httpserver.http1" and the like), Authorization and so the API
// key included. Those categories' debug and info output stays off whatever the logging rules
// say; warnings still come through.
QLoggingCategory::CategoryFilter previousCategoryFilter = nullptr;

void quietHttpServerCategories(QLoggingCategory *category)
{
    if (previousCategoryFilter)
        previousCategoryFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

void keepRequestLoggingOff()
{
    static std::once_flag installed;
    std::call_once(installed, [] {
        // Restoring the default filter first yields the previous one without running ours
        // before it is known.
        previousCategoryFilter = QLoggingCategory::installFilter(nullptr);
        QLoggingCategory::installFilter(quietHttpServerCategories);
    });
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Connect:
        return "CONNECT";
    case Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

HttpRequest copyRequest(const QHttpServerRequest &request)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    copy.body = request.body();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto headers = request.headers().toListOfPairs();
#else
    const auto headers = request.headers();
#endif
    for (const auto &[name, value] : headers)
        copy.headers.insert(name.toLower(), value);
    return copy;
}

} // namespace

PendingReply::PendingReply(QTcpSocket *socket, std::unique_ptr<QHttpServerResponder> responder)
    : m_socket(socket)
    , m_responder(std::move(responder))
{}

PendingReply::PendingReply(PendingReply &&other) noexcept = default;
PendingReply &PendingReply::operator=(PendingReply &&other) noexcept = default;
PendingReply::~PendingReply() = default;

void PendingReply::send(const HttpResponse &response)
{
    // Once the responder is gone (declared after this, it goes first), the connection's next
    // request may go through.
    const auto replied = qScopeGuard([this] {
        if (ConnectionGuard *guard = ConnectionGuard::of(m_socket))
            guard->replied();
    });
    const std::unique_ptr<QHttpServerResponder> responder = std::move(m_responder);
    if (!responder)
        return;
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    responder->write(response.body, headers, status);
#else
    QHttpServerResponse reply(response.contentType, response.body, status);
    for (const auto &[name, value] : response.headers)
        reply.addHeader(name, value);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    responder->sendResponse(reply);
#else
    // Qt 6.4's responder holds a raw pointer to a socket that is deleted once the client hangs up.
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    reply.write(std::move(*responder));
#endif
#endif
}

void PendingReply::dropConnection()
{
    // Abort before the responder goes: a responder destroyed unanswered on a live connection
    // makes newer Qt wait for the next request on it, and the client would hang instead.
    // (The socket is only missing once the client has gone by itself.)
    if (m_socket)
        m_socket->abort();
    m_responder.reset();
}

HttpServer::HttpServer(Handler handler, const HttpLimits &limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
{
    keepRequestLoggingOff();
}

HttpServer::~HttpServer() = default;

bool HttpServer::listenOnLoopback(quint16 port, QString *error)
{
    auto *server = new LoopbackTcpServer(m_limits, this);
    // Test suites open hundreds of connections at once; the default backlog of 50 would leave
    // some waiting for the handshake to be retried, seconds later.
    server->setListenBacklogSize(1024);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return false;
    }
    // Qt 6.8 returns false from bind() only for a server that is not listening.
    bind(server);
    m_tcpServer = server;
    return true;
}

quint16 HttpServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

bool HttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *socket = m_tcpServer->socketForPeerPort(request.remotePort());
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->requestTaken();
    m_handler(copyRequest(request),
              PendingReply(socket, std::make_unique<QHttpServerResponder>(std::move(responder))));
    return true;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
void HttpServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
#else
void HttpServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder)
#endif
{
    // Not reached: handleRequest() takes every request. Required by the base class.
    handleRequest(request, responder);
}

#else

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->requestTaken();
    m_handler(copyRequest(request), PendingReply(socket, std::make_unique<QHttpServerResponder>(
                                                             makeResponder(request, socket))));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request. Required by the base class.
    handleRequest(request, socket);
}

#endif

} // namespace paydesk::sandbox
