// The only place that knows QtHttpServer's version differences. Qt 6.4 hands handlers the socket;
// 6.5 replaced it by a responder; 6.8 moved headers to QHttpHeaders and dropped listen(). The rest
// of the sandbox sees a plain request copy and a PendingReply that can be answered later.
#pragma once

#include "sandbox/http_guard.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
class QTcpSocket;
QT_END_NAMESPACE

namespace paydesk::sandbox {

class LoopbackTcpServer;

// A request copied out of QtHttpServer, so that it outlives the library's objects when the answer
// is delayed.
struct HttpRequest
{
    QByteArray method; // upper case: "GET", "POST", ...
    QString path;      // decoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
};

// The answer owed to one request. It may be kept past the request handler (for example in a
// timer) and answered from the event loop later; if the client has gone by then, nothing is sent.
class PendingReply
{
public:
    PendingReply(PendingReply &&other) noexcept;
    PendingReply &operator=(PendingReply &&other) noexcept;
    ~PendingReply();

    void send(const HttpResponse &response);
    // Closes the connection without answering, as a crashed proxy or a network cut would.
    void dropConnection();

private:
    friend class HttpServer;
    PendingReply(QTcpSocket *socket, std::unique_ptr<QHttpServerResponder> responder);

    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<QHttpServerResponder> m_responder;
};

// An HTTP/1.1 server on 127.0.0.1 that hands every request, whatever its method and path, to one
// handler function; routing is the handler's business. Every connection is read by a
// ConnectionGuard first (see http_guard.h), and QtHttpServer's own request logging, which prints
// each request's headers and so the API key, is kept off.
class HttpServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(HttpRequest request, PendingReply reply)>;

    HttpServer(Handler handler, const HttpLimits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one.
    bool listenOnLoopback(quint16 port, QString *error);
    quint16 port() const;

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#else
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#endif
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    Handler m_handler;
    HttpLimits m_limits;
    LoopbackTcpServer *m_tcpServer = nullptr;
};

} // namespace paydesk::sandbox
