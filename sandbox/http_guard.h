// The sandbox's own reading of HTTP/1.1 framing, in front of QtHttpServer.
//
// QtHttpServer (6.4 in particular) trusts whatever framing a client sends: it takes
// Content-Length beside Transfer-Encoding, the first of two different Content-Lengths, any
// Transfer-Encoding containing "chunked", a space before a header's colon, and it waits for a
// declared body of any size while holding all of it in memory. It drops header fields past its own
// limits without a word. So every connection is read here first: ConnectionGuard takes all bytes
// off the socket, checks each request head with checkRequestHead(), and only once a whole request
// (head and body) is in and acceptable gives exactly those bytes back to the socket for
// QtHttpServer to parse. A request it refuses never reaches QtHttpServer: the guard answers it
// itself and closes the connection. It also times out connections that are slow to send a head,
// idle between requests, or stalled in a body.
#pragma once

#include <QBasicTimer>
#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace paydesk::sandbox {

struct HttpLimits
{
    // The request line and header fields together, and any one line of them.
    qsizetype maxHeadBytes = 32 * 1024;
    qsizetype maxHeadLineBytes = 8 * 1024;
    int maxHeaderFields = 64;
    // The largest legitimate body (a checkout session with many line items) is a few kilobytes.
    qint64 maxBodyBytes = 1024 * 1024;
    // From the connection's start, or a later request's first byte, to the end of its head.
    int headTimeoutMs = 10'000;
    // Silence allowed between requests on a kept-alive connection, and within a body.
    int idleTimeoutMs = 60'000;
};

// What checkRequestHead() makes of one request head.
struct RequestHead
{
    // 0 when the head is acceptable; otherwise the status to refuse it with (400, 413, 414, 431,
    // 501, 505) and a sentence saying why.
    int status = 0;
    QString message;
    qint64 contentLength = 0;
    bool expectsContinue = false;
    // Has Expect or Upgrade fields, which the guard handles itself and removes before QtHttpServer
    // parses the request.
    bool dropsFields = false;
};

// Checks one request head: the request line and header fields, each ended by CRLF, without the
// empty line that ends the head. A plain function of its bytes, for tests and fuzzers.
RequestHead checkRequestHead(QByteArrayView head, const HttpLimits &limits);

// Reads one connection ahead of QtHttpServer (see the top of this file). It is made a child of
// the socket before QtHttpServer sees the socket, so its readyRead slot runs first.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits);

    // The guard of this socket, if it has one.
    static ConnectionGuard *of(QTcpSocket *socket);

    // QtHttpServer parsed the request it was given and handed it to the sandbox.
    void requestTaken();
    // The sandbox answered it (or dropped the connection): the next request may go through.
    void replied();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class State
    {
        Reading, // taking in the next request
        Handed,  // a whole request is back on the socket for QtHttpServer
        Busy,    // the sandbox is working on it; nothing more goes through until it answers
        Closing, // refused: discarding what still comes until the client hangs up
    };

    void readIncoming();
    void take(const QByteArray &incoming);
    void process();
    void handOver(qsizetype size);
    void refuse(int status, const QString &message);
    void dropSoon();
    void startHeadTimer();
    void startIdleTimer();

    QTcpSocket *const m_socket;
    const HttpLimits m_limits;
    State m_state = State::Reading;
    QByteArray m_pending; // received and not yet handed over
    qsizetype m_headScanned = 0;
    std::optional<RequestHead> m_head;
    qsizetype m_headSize = 0;
    qsizetype m_handedSize = 0;
    qint64 m_discarded = 0;
    QBasicTimer m_headTimer;
    QBasicTimer m_idleTimer;
    QBasicTimer m_lingerTimer;
};

} // namespace paydesk::sandbox
