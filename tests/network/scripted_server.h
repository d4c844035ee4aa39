// A small HTTP/1.1 server on loopback whose every answer a test scripts: servers that behave
// differently from our sandbox but legally (other error shapes, short pages, bodies without
// metadata), and the faults a real server cannot be asked for (an answer lost after the write
// was applied, bytes that trickle).
#pragma once

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace paydesk::testing {

struct ScriptedRequest
{
    QByteArray method;
    QString path; // without the query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// What the handler does with one request: answer, close without answering, or trickle.
class ScriptedReply
{
public:
    explicit ScriptedReply(QTcpSocket *socket)
        : m_socket(socket)
    {}

    void send(int status, const QByteArray &body,
              const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
        head += "Content-Type: " + contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        m_socket->write(head + body);
    }
    void sendJson(int status, const QJsonObject &json)
    {
        send(status, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    void sendArray(int status, const QJsonArray &json)
    {
        send(status, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    // The connection closes with no answer at all.
    void drop() { m_socket->abort(); }
    // Promises a large body, then sends one byte each interval, for ever (until the client
    // goes away or the server is destroyed).
    void trickle(int intervalMs)
    {
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        "Content-Length: 1000000\r\n\r\n[");
        auto *timer = new QTimer(m_socket);
        QObject::connect(timer, &QTimer::timeout, m_socket,
                         [socket = m_socket] { socket->write(" "); });
        timer->start(intervalMs);
    }

private:
    QTcpSocket *m_socket;
};

class ScriptedServer : public QTcpServer
{
public:
    using Handler = std::function<void(const ScriptedRequest &, ScriptedReply &)>;

    explicit ScriptedServer(Handler handler)
        : m_handler(std::move(handler))
    {
        listen(QHostAddress::LocalHost);
    }

    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(serverPort()));
    }
    QList<ScriptedRequest> requests;

    int count(const QByteArray &method, const QString &path) const
    {
        return int(std::count_if(requests.cbegin(), requests.cend(), [&](const ScriptedRequest &r) {
            return r.method == method && r.path == path;
        }));
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            while (socket->state() == QAbstractSocket::ConnectedState) {
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
                ScriptedRequest request;
                const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
                request.method = start.value(0);
                const QUrl url(QString::fromLatin1(start.value(1)));
                request.path = url.path();
                request.query = QUrlQuery(url);
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
                    const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                    request.headers.append({name, value});
                    if (name == "content-length")
                        length = value.toLongLong();
                }
                if (buffer->size() < headEnd + 4 + length)
                    return;
                request.body = buffer->mid(headEnd + 4, length);
                buffer->remove(0, headEnd + 4 + length);
                requests.append(request);
                ScriptedReply reply(socket);
                m_handler(request, reply);
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    Handler m_handler;
};

} // namespace paydesk::testing
