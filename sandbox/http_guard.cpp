#include "sandbox/http_guard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QTimerEvent>

#include <algorithm>
#include <initializer_list>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

// What Qt's socket may hold before the guard takes it: the guard reads it all each time.
constexpr qint64 kSocketBufferBytes = 64 * 1024;
// After a refusal, what the guard still reads (and drops) so that the client sees the answer
// rather than a reset, and for how long.
constexpr qint64 kMaxDiscardBytes = 1024 * 1024;
constexpr int kLingerMs = 2000;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

QString printable(QByteArrayView text)
{
    constexpr qsizetype kShown = 40;
    QString shown;
    for (const char c : text.first(qMin(text.size(), kShown)))
        shown += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : u'?';
    if (text.size() > kShown)
        shown += u'…';
    return shown;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QString errorCode(int status)
{
    switch (status) {
    case 408:
        return u"request-timeout"_s;
    case 411:
        return u"length-required"_s;
    case 413:
        return u"payload-too-large"_s;
    case 414:
        return u"uri-too-long"_s;
    case 417:
        return u"expectation-failed"_s;
    case 431:
        return u"header-fields-too-large"_s;
    case 501:
        return u"not-implemented"_s;
    case 505:
        return u"http-version-not-supported"_s;
    default:
        return u"bad-request"_s;
    }
}

// The request head without the named header fields (lower case), each line kept as it was.
QByteArray withoutFields(QByteArrayView head, std::initializer_list<QByteArrayView> names)
{
    QByteArray kept;
    kept.reserve(head.size());
    qsizetype lineStart = 0;
    while (lineStart < head.size()) {
        qsizetype lineEnd = head.indexOf("\r\n", lineStart);
        lineEnd = lineEnd < 0 ? head.size() : lineEnd + 2;
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name =
            colon < 0 ? QByteArray() : line.first(colon).toByteArray().toLower();
        if (lineStart == 0 || std::find(names.begin(), names.end(), name) == names.end())
            kept += line;
        lineStart = lineEnd;
    }
    return kept;
}

} // namespace

RequestHead checkRequestHead(QByteArrayView head, const HttpLimits &limits)
{
    RequestHead out;
    const auto refuse = [&out](int status, const QString &message) {
        out.status = status;
        out.message = message;
        return out;
    };
    if (head.size() > limits.maxHeadBytes) {
        return refuse(431, u"The request line and header fields take more than %1 bytes"_s.arg(
                               limits.maxHeadBytes));
    }

    // Lines end with CRLF and nothing else: a lone CR or LF is where parsers disagree.
    QList<QByteArrayView> lines;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const char c = head[i];
        if (c == '\r') {
            if (i + 1 >= head.size() || head[i + 1] != '\n')
                return refuse(400, u"The request head has a CR that is not followed by LF"_s);
            lines.append(head.sliced(lineStart, i - lineStart));
            lineStart = i + 2;
            ++i;
        } else if (c == '\n') {
            return refuse(400, u"The request head has a line ended by LF alone; use CRLF"_s);
        } else if (c == '\0') {
            return refuse(400, u"The request head has a NUL byte"_s);
        }
    }
    lines.append(head.sliced(lineStart));

    // request-line = method SP request-target SP HTTP-version
    const QByteArrayView requestLine = lines.constFirst();
    if (requestLine.size() > limits.maxHeadLineBytes)
        return refuse(414,
                      u"The request line is longer than %1 bytes"_s.arg(limits.maxHeadLineBytes));
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1) {
        return refuse(400, u"The request line \"%1\" is not METHOD TARGET HTTP/1.1"_s.arg(
                               printable(requestLine)));
    }
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method))
        return refuse(400, u"The method \"%1\" is not a token"_s.arg(printable(method)));
    for (const char c : target) {
        if (c <= ' ' || c >= 0x7f) {
            return refuse(400, u"The request target has a space, control or non-ASCII byte; "
                               "percent-encode it"_s);
        }
    }
    const bool originForm = target.startsWith('/');
    const bool absoluteForm = target.startsWith("http://") || target.startsWith("https://");
    if (!originForm && !absoluteForm && target != "*") {
        return refuse(400, u"The request target \"%1\" is not a path"_s.arg(printable(target)));
    }
    const bool http11 = version == "HTTP/1.1";
    if (!http11 && version != "HTTP/1.0") {
        const bool looksLikeHttp =
            version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.';
        return refuse(
            looksLikeHttp ? 505 : 400,
            u"The HTTP version \"%1\" is not HTTP/1.1 or HTTP/1.0"_s.arg(printable(version)));
    }

    if (lines.size() - 1 > limits.maxHeaderFields) {
        return refuse(431,
                      u"The request has more than %1 header fields"_s.arg(limits.maxHeaderFields));
    }
    QList<QByteArrayView> contentLengths;
    QList<QByteArrayView> transferEncodings;
    QList<QByteArrayView> expectations;
    int hosts = 0;
    int authorizations = 0;
    int contentTypes = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? line : line.first(colon);
        if (line.size() > limits.maxHeadLineBytes) {
            return refuse(
                431, u"The header field %1 is longer than %2 bytes"_s.arg(
                         printable(trimmedOws(name)), QString::number(limits.maxHeadLineBytes)));
        }
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refuse(400, u"A header field is continued on another line (obsolete line "
                               "folding)"_s);
        if (colon < 0)
            return refuse(400, u"The header line \"%1\" has no colon"_s.arg(printable(line)));
        if (name.endsWith(' ') || name.endsWith('\t')) {
            return refuse(400, u"The header field %1 has whitespace before its colon"_s.arg(
                                   printable(trimmedOws(name))));
        }
        if (!isToken(name))
            return refuse(400, u"The header name \"%1\" is not a token"_s.arg(printable(name)));
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        for (const char c : value) {
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) {
                return refuse(400,
                              u"The header field %1 has a control character in its value"_s.arg(
                                  printable(name)));
            }
        }
        const QByteArray lowerName = name.toByteArray().toLower();
        if (lowerName == "content-length")
            contentLengths.append(value);
        else if (lowerName == "transfer-encoding")
            transferEncodings.append(value);
        else if (lowerName == "expect")
            expectations.append(value);
        else if (lowerName == "upgrade")
            out.dropsFields = true;
        else if (lowerName == "host")
            ++hosts;
        else if (lowerName == "authorization")
            ++authorizations;
        else if (lowerName == "content-type")
            ++contentTypes;
    }

    if (contentLengths.size() > 1) {
        return refuse(400, u"The request has %1 Content-Length fields; send one"_s.arg(
                               contentLengths.size()));
    }
    if (!transferEncodings.isEmpty() && !contentLengths.isEmpty()) {
        return refuse(400, u"The request has both Content-Length and Transfer-Encoding, which "
                           "leaves its length ambiguous"_s);
    }
    if (!transferEncodings.isEmpty()) {
        const bool chunkedOnly =
            transferEncodings.size() == 1 &&
            transferEncodings.constFirst().compare("chunked", Qt::CaseInsensitive) == 0;
        if (chunkedOnly) {
            return refuse(411, u"Chunked bodies are not accepted; send the body with "
                               "Content-Length"_s);
        }
        return refuse(501, u"The transfer coding \"%1\" is not supported; send the body with "
                           "Content-Length"_s.arg(printable(transferEncodings.constFirst())));
    }
    if (!contentLengths.isEmpty()) {
        const QByteArrayView text = contentLengths.constFirst();
        if (text.isEmpty())
            return refuse(400, u"Content-Length is empty"_s);
        qint64 length = 0;
        for (const char c : text) {
            if (c < '0' || c > '9') {
                return refuse(
                    400, u"Content-Length \"%1\" is not a number of bytes"_s.arg(printable(text)));
            }
            length = qMin<qint64>(length * 10 + (c - '0'), limits.maxBodyBytes + 1);
        }
        if (length > limits.maxBodyBytes) {
            return refuse(413, u"The body is %1 bytes; the limit is %2"_s.arg(
                                   printable(text), QString::number(limits.maxBodyBytes)));
        }
        out.contentLength = length;
    }
    if (hosts > 1)
        return refuse(400, u"The request has %1 Host fields; send one"_s.arg(hosts));
    if (hosts == 0 && http11)
        return refuse(400, u"An HTTP/1.1 request needs a Host field"_s);
    if (authorizations > 1)
        return refuse(400,
                      u"The request has %1 Authorization fields; send one"_s.arg(authorizations));
    if (contentTypes > 1)
        return refuse(400, u"The request has %1 Content-Type fields; send one"_s.arg(contentTypes));
    for (const QByteArrayView expectation : std::as_const(expectations)) {
        if (expectation.compare("100-continue", Qt::CaseInsensitive) != 0) {
            out.status = 0;
            return refuse(417, u"Expect: %1 cannot be met; only 100-continue can"_s.arg(
                                   printable(expectation)));
        }
        out.expectsContinue = true;
        out.dropsFields = true;
    }
    return out;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    socket->setReadBufferSize(kSocketBufferBytes);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::readIncoming);
    startHeadTimer();
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::requestTaken()
{
    if (m_state == State::Handed) {
        m_state = State::Busy;
        m_handedSize = 0;
    }
}

void ConnectionGuard::replied()
{
    if (m_state != State::Busy && m_state != State::Handed)
        return;
    m_state = State::Reading;
    m_handedSize = 0;
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_pending.isEmpty()) {
        startIdleTimer();
        return;
    }
    // The next request came early. It goes through from a readyRead of its own, where the guard
    // runs before QtHttpServer as always.
    startHeadTimer();
    QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void ConnectionGuard::readIncoming()
{
    // QtHttpServer reads within a transaction it leaves open when there was nothing to read;
    // bytes can be given back only outside one. Whatever QtHttpServer reads is a whole request
    // the guard gave it, which it has taken in full by now.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    QByteArray incoming = m_socket->readAll();
    if (m_state == State::Closing) {
        m_discarded += incoming.size();
        if (m_discarded > kMaxDiscardBytes)
            dropSoon();
        return;
    }
    if (m_state == State::Handed && m_handedSize > 0) {
        // QtHttpServer has not read what it was given yet: that goes back in front.
        const qsizetype back = qMin(m_handedSize, incoming.size());
        const QByteArray handed = incoming.first(back);
        incoming.remove(0, back);
        for (qsizetype i = handed.size() - 1; i >= 0; --i)
            m_socket->ungetChar(handed.at(i));
    }
    if (!incoming.isEmpty())
        take(incoming);
    process();
    // Only a client that keeps sending while its earlier request is answered gets this far.
    const qint64 cap = m_limits.maxHeadBytes + m_limits.maxBodyBytes + kSocketBufferBytes;
    if (m_state != State::Closing && m_pending.size() > cap)
        dropSoon();
}

void ConnectionGuard::dropSoon()
{
    // Not at once: QtHttpServer's readyRead slot still runs after this one, and would read a
    // closed socket.
    m_state = State::Closing;
    m_pending.clear();
    m_head.reset();
    m_headTimer.stop();
    m_idleTimer.stop();
    m_discarded = kMaxDiscardBytes + 1;
    QMetaObject::invokeMethod(m_socket, &QAbstractSocket::abort, Qt::QueuedConnection);
}

void ConnectionGuard::take(const QByteArray &incoming)
{
    if (m_state == State::Reading) {
        if (m_pending.isEmpty() && !m_head) {
            // The first byte of a request after an idle spell starts its head's clock.
            if (!m_headTimer.isActive())
                startHeadTimer();
        } else if (m_head) {
            startIdleTimer(); // the body moves on
        }
    }
    m_pending += incoming;
}

void ConnectionGuard::process()
{
    while (m_state == State::Reading) {
        if (!m_head) {
            // Empty lines before a request line are ignored (RFC 9112, section 2.2).
            while (m_pending.startsWith("\r\n"))
                m_pending.remove(0, 2);
            if (m_pending.isEmpty())
                return;
            const qsizetype end =
                m_pending.indexOf("\r\n\r\n", qMax<qsizetype>(0, m_headScanned - 3));
            if (end < 0) {
                if (m_pending.size() > m_limits.maxHeadBytes) {
                    return refuse(431, u"The request line and header fields take more than %1 "
                                       "bytes"_s.arg(m_limits.maxHeadBytes));
                }
                // A head with lines ended by LF alone would never end here: say so now.
                for (qsizetype i = qMax<qsizetype>(m_headScanned, 0); i < m_pending.size(); ++i) {
                    if (m_pending.at(i) == '\n' && (i == 0 || m_pending.at(i - 1) != '\r')) {
                        return refuse(400, u"The request head has a line ended by LF alone; use "
                                           "CRLF"_s);
                    }
                }
                m_headScanned = m_pending.size();
                return;
            }
            m_headScanned = 0;
            const RequestHead head =
                checkRequestHead(QByteArrayView(m_pending).first(end), m_limits);
            if (head.status != 0)
                return refuse(head.status, head.message);
            m_head = head;
            m_headSize = end + 4;
            m_headTimer.stop();
            if (head.contentLength > 0 && m_pending.size() < m_headSize + head.contentLength) {
                if (head.expectsContinue)
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                startIdleTimer();
            }
        }
        const qsizetype total = m_headSize + qsizetype(m_head->contentLength);
        if (m_pending.size() < total)
            return;
        handOver(total);
    }
}

void ConnectionGuard::handOver(qsizetype size)
{
    QByteArray request = m_pending.first(size);
    m_pending.remove(0, size);
    if (m_head->dropsFields) {
        // Expect was answered here already, and the sandbox speaks no other protocol: with an
        // Upgrade field QtHttpServer 6.4 would hand the request to the sandbox a second time.
        request = withoutFields(QByteArrayView(request).first(m_headSize), {"expect", "upgrade"}) +
                  request.sliced(m_headSize);
        size = request.size();
    }
    m_head.reset();
    m_headTimer.stop();
    m_idleTimer.stop();
    m_state = State::Handed;
    m_handedSize = size;
    // QtHttpServer's readyRead slot runs next and finds exactly this request.
    for (qsizetype i = request.size() - 1; i >= 0; --i)
        m_socket->ungetChar(request.at(i));
}

void ConnectionGuard::refuse(int status, const QString &message)
{
    m_state = State::Closing;
    m_pending.clear();
    m_head.reset();
    m_headTimer.stop();
    m_idleTimer.stop();
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"error"_s, message}, {u"code"_s, errorCode(status)}})
            .toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    m_socket->flush();
#if defined(Q_OS_UNIX)
    // Closing outright with unread bytes would reset the connection, and the client could lose
    // the answer: end the sending side only, and drop what still comes for a while.
    if (m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0) {
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        m_lingerTimer.start(kLingerMs, this);
        return;
    }
#endif
    m_socket->disconnectFromHost();
    m_lingerTimer.start(kLingerMs, this);
}

void ConnectionGuard::startHeadTimer()
{
    m_idleTimer.stop();
    m_headTimer.start(m_limits.headTimeoutMs, this);
}

void ConnectionGuard::startIdleTimer()
{
    m_idleTimer.start(m_limits.idleTimeoutMs, this);
}

void ConnectionGuard::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (id == m_lingerTimer.timerId()) {
        m_lingerTimer.stop();
        m_socket->abort();
        return;
    }
    if (id == m_headTimer.timerId()) {
        m_headTimer.stop();
        if (m_state != State::Reading)
            return;
        if (m_pending.isEmpty() && !m_head) {
            m_socket->abort(); // it never said anything
            return;
        }
        refuse(408, u"The request head did not arrive within %1 ms"_s.arg(m_limits.headTimeoutMs));
        return;
    }
    if (id == m_idleTimer.timerId()) {
        m_idleTimer.stop();
        if (m_state != State::Reading)
            return;
        if (m_head) {
            refuse(408, u"The body stalled for %1 ms"_s.arg(m_limits.idleTimeoutMs));
            return;
        }
        m_socket->disconnectFromHost();
        return;
    }
    QObject::timerEvent(event);
}

} // namespace paydesk::sandbox
