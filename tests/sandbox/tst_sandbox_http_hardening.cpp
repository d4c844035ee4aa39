// What a hostile or broken client sends on the wire: ambiguous framing (request smuggling),
// oversized and never-ending heads and bodies, connections that say nothing, and request logging
// that would show the API key. Raw sockets against a real server on loopback.

#include "sandbox/sandbox_test_support.h"
#include "sandbox/validation.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

// One raw connection: sends bytes as given and keeps everything that comes back.
class RawConnection
{
public:
    explicit RawConnection(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                         [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket,
                         [this] { m_closed = true; });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                         [this](QAbstractSocket::SocketError error) {
                             if (error != QAbstractSocket::SocketTimeoutError)
                                 m_closed = true;
                         });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Runs the event loop until the server closes the connection; false on timeout.
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
    }
    bool waitReceived(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_received.contains("\r\n\r\n"); }, timeoutMs);
    }
    bool closed() const { return m_closed; }
    const QByteArray &received() const { return m_received; }
    int status() const
    {
        return m_received.startsWith("HTTP/1.1 ") ? m_received.mid(9, 3).toInt() : 0;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

QByteArray intentBody(const QByteArray &description)
{
    return R"({"amount": 100, "currency": "usd", "description": ")" + description + "\"}";
}

// A request line and Host; the caller adds the rest of the head.
QByteArray requestStart(const QByteArray &method, const QByteArray &path)
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
}

QByteArray authorizationLine()
{
    return "Authorization: " + basicAuthorization() + "\r\n";
}

QByteArray createIntentRequest(const QByteArray &description)
{
    const QByteArray body = intentBody(description);
    return requestStart("POST", "/api/v2/payment-intents") + authorizationLine() +
           "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

QMutex capturedMutex;
QStringList captured;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&capturedMutex);
    captured.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s +
                    message);
}

} // namespace

class TestSandboxHttpHardening : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsTheApiKeyOutOfDebugLogging();
    void keepsTheApiKeyOutOfTheProgramsDebugLogging();
    void refusesAmbiguousFraming_data();
    void refusesAmbiguousFraming();
    void refusesADeclaredBodyOverTheLimitAtOnce_data();
    void refusesADeclaredBodyOverTheLimitAtOnce();
    void capsWhatOneConnectionHolds();
    void stillServesKeptAliveAndPipelinedRequests();
    void answersAnUpgradeRequestOnce();
    void answersExpectContinueBeforeTheBody();
    void closesConnectionsThatSendNoHead();
    void closesIdleAndStalledConnections();
    void refusesRawControlCharactersAndRepeatedKeys_data();
    void refusesRawControlCharactersAndRepeatedKeys();
    void limitsTheLengthOfStringFields_data();
    void limitsTheLengthOfStringFields();

private:
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxHttpHardening::init()
{
    m_server = startServer();
}

void TestSandboxHttpHardening::cleanup()
{
    // Whatever came before, the server still answers, and nothing slipped through.
    HttpClient client(m_server->port());
    QCOMPARE(client.apiGet(u"payment-customers"_s).status, 200);
    QCOMPARE(m_server->count(Resource::PaymentIntents), 0);
    m_server.reset();
}

void TestSandboxHttpHardening::keepsTheApiKeyOutOfDebugLogging()
{
    captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    HttpClient client(m_server->port());
    const HttpResult answer = client.apiGet(u"payment-customers"_s);
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);

    QCOMPARE(answer.status, 200);
    const QString encodedKey = QString::fromLatin1(basicAuthorization().mid(6));
    const QMutexLocker lock(&capturedMutex);
    for (const QString &message : std::as_const(captured)) {
        QVERIFY2(!message.contains(encodedKey) && !message.contains(QLatin1String(kDemoApiKey)),
                 qPrintable(message));
        QVERIFY2(!message.contains(u"authorization"_s, Qt::CaseInsensitive), qPrintable(message));
    }
}

void TestSandboxHttpHardening::keepsTheApiKeyOutOfTheProgramsDebugLogging()
{
    // The program, with every debug category turned on from its environment before it starts.
    QProcess sandbox;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    sandbox.setProcessEnvironment(environment);
    sandbox.start(QStringLiteral(PAYDESK_SANDBOX_EXECUTABLE),
                  {u"--port"_s, u"0"_s, u"--seed-customers"_s, u"1"_s, u"--seed-intents"_s, u"0"_s,
                   u"--seed-sessions"_s, u"0"_s});
    QVERIFY(sandbox.waitForStarted(5000));
    QVERIFY(QTest::qWaitFor([&] { return sandbox.canReadLine(); }, 10000));
    const auto listening = QRegularExpression(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s)
                               .match(QString::fromUtf8(sandbox.readLine()));
    QVERIFY(listening.hasMatch());
    HttpClient client(quint16(listening.captured(1).toUInt()));

    const HttpResult answer = client.apiGet(u"payment-customers"_s);
    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));

    QCOMPARE(answer.status, 200);
    const QByteArray log = sandbox.readAllStandardError();
    QVERIFY2(log.contains("qt."), "debug logging did not come on"); // the test itself works
    QVERIFY(!log.contains(basicAuthorization().mid(6)));
    QVERIFY(!log.contains(kDemoApiKey));
    QVERIFY(!log.contains("Authorization"));
}

void TestSandboxHttpHardening::refusesAmbiguousFraming_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray post = requestStart("POST", "/api/v2/payment-intents") + authorizationLine() +
                            "Content-Type: application/json\r\n";
    const QByteArray body = intentBody("first");
    const QByteArray length = QByteArray::number(body.size());
    const QByteArray smuggled = createIntentRequest("smuggled");

    QTest::newRow("Content-Length and Transfer-Encoding")
        << QByteArray(post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" +
                      smuggled)
        << 400;
    QTest::newRow("Transfer-Encoding and Content-Length")
        << QByteArray(post + "Transfer-Encoding: chunked\r\nContent-Length: " +
                      QByteArray::number(smuggled.size() + 5) + "\r\n\r\n0\r\n\r\n" + smuggled)
        << 400;
    QTest::newRow("two different Content-Lengths")
        << QByteArray(post + "Content-Length: " + length + "\r\nContent-Length: 0\r\n\r\n" + body)
        << 400;
    QTest::newRow("two equal Content-Lengths")
        << QByteArray(post + "Content-Length: " + length + "\r\nContent-Length: " + length +
                      "\r\n\r\n" + body)
        << 400;
    QTest::newRow("Content-Length list")
        << QByteArray(post + "Content-Length: " + length + ", " + length + "\r\n\r\n" + body)
        << 400;
    QTest::newRow("signed Content-Length")
        << QByteArray(post + "Content-Length: +" + length + "\r\n\r\n" + body) << 400;
    QTest::newRow("chunked, identity")
        << QByteArray(post + "Transfer-Encoding: chunked, identity\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        << 501;
    QTest::newRow("gzip") << QByteArray(post + "Transfer-Encoding: gzip\r\n\r\n" + body) << 501;
    QTest::newRow("chunked") << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n" +
                                           QByteArray::number(body.size(), 16) + "\r\n" + body +
                                           "\r\n0\r\n\r\n")
                             << 411;
    QTest::newRow("space before a colon")
        << QByteArray(requestStart("GET", "/api/v2/payment-customers") +
                      "Authorization : " + basicAuthorization() + "\r\n\r\n")
        << 400;
    QTest::newRow("folded header line")
        << QByteArray(requestStart("GET", "/api/v2/payment-customers") + "Authorization:\r\n " +
                      basicAuthorization() + "\r\n\r\n")
        << 400;
    QTest::newRow("lines ended by LF alone")
        << QByteArray("GET /api/v2/payment-customers HTTP/1.1\nHost: 127.0.0.1\nAuthorization: " +
                      basicAuthorization() + "\n\n")
        << 400;
    QTest::newRow("CR alone in a value")
        << QByteArray(requestStart("GET", "/api/v2/payment-customers") + authorizationLine() +
                      "X-Note: a\rb\r\n\r\n")
        << 400;
    QTest::newRow("two Authorization fields")
        << QByteArray(requestStart("GET", "/api/v2/payment-customers") + authorizationLine() +
                      "Authorization: Basic eDp5\r\n\r\n")
        << 400;
    QTest::newRow("two Host fields")
        << QByteArray(requestStart("GET", "/api/v2/payment-customers") + "Host: example.com\r\n" +
                      authorizationLine() + "\r\n")
        << 400;
    QTest::newRow("no Host") << QByteArray("GET /api/v2/payment-customers HTTP/1.1\r\n" +
                                           authorizationLine() + "\r\n")
                             << 400;
    QTest::newRow("HTTP/2.0 request line")
        << QByteArray("GET /api/v2/payment-customers HTTP/2.0\r\nHost: 127.0.0.1\r\n" +
                      authorizationLine() + "\r\n")
        << 505;
    QTest::newRow("space in the target")
        << QByteArray("GET /api/v2/payment customers HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                      authorizationLine() + "\r\n")
        << 400;

    QByteArray manyFields = requestStart("GET", "/api/v2/payment-customers");
    for (int i = 0; i < 120; ++i)
        manyFields += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
    QTest::newRow("120 header fields")
        << QByteArray(manyFields + authorizationLine() + "\r\n") << 431;
    QTest::newRow("a 200 KB header field")
        << QByteArray(requestStart("GET", "/api/v2/payment-customers") + "X-Big: " +
                      QByteArray(200 * 1024, 'x') + "\r\n" + authorizationLine() + "\r\n")
        << 431;
    QTest::newRow("a 20 KB header field")
        << QByteArray(requestStart("GET", "/api/v2/payment-customers") + "X-Big: " +
                      QByteArray(20 * 1024, 'x') + "\r\n" + authorizationLine() + "\r\n")
        << 431;
}

void TestSandboxHttpHardening::refusesAmbiguousFraming()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawConnection connection(m_server->port());

    connection.send(request);

    QVERIFY2(connection.waitClosed(), "the connection stayed open");
    QCOMPARE(connection.status(), status);
    QVERIFY(connection.received().contains("\r\nConnection: close\r\n"));
    // One answer, the refusal: nothing after it was read as a request.
    QCOMPARE(connection.received().count("\r\nContent-Length: "), 1);
}

void TestSandboxHttpHardening::refusesADeclaredBodyOverTheLimitAtOnce_data()
{
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<int>("sent");
    QTest::newRow("10 GB, nothing sent") << QByteArray("10737418240") << 0;
    QTest::newRow("300 MB, 256 KB sent") << QByteArray("314572800") << 256 * 1024;
    QTest::newRow("more digits than any integer") << QByteArray(40, '9') << 0;
    QTest::newRow("just over 1 MiB") << QByteArray("1048577") << 1024;
}

void TestSandboxHttpHardening::refusesADeclaredBodyOverTheLimitAtOnce()
{
    QFETCH(QByteArray, declared);
    QFETCH(int, sent);
    RawConnection connection(m_server->port());
    QElapsedTimer clock;
    clock.start();

    connection.send(requestStart("POST", "/api/v2/payment-intents") + authorizationLine() +
                    "Content-Type: application/json\r\nContent-Length: " + declared + "\r\n\r\n" +
                    QByteArray(sent, 'x'));

    QVERIFY2(connection.waitClosed(), "the server waited for the body");
    QCOMPARE(connection.status(), 413);
    QVERIFY(connection.received().contains("payload-too-large"));
    QVERIFY2(clock.elapsed() < 3000, "the refusal took its time");
}

void TestSandboxHttpHardening::capsWhatOneConnectionHolds()
{
    // While an answer is held back, a client that keeps on sending is cut off once it has sent
    // more than one request's worth, without the server holding it all.
    FaultSettings slow;
    slow.latencyMs = 1500;
    QVERIFY(m_server->setFaults(slow));
    RawConnection connection(m_server->port());
    QVERIFY(QTest::qWaitFor([&] { return connection.connected(); }, 5000));
    connection.send(requestStart("GET", "/api/v2/payment-customers") + authorizationLine() +
                    "\r\n");
    const QByteArray flood(256 * 1024, 'x');
    for (int i = 0; i < 8 && connection.connected(); ++i) {
        connection.send(flood);
        QTest::qWait(20);
    }

    QVERIFY2(connection.waitClosed(1000), "the server kept taking bytes");
    QVERIFY2(!connection.received().startsWith("HTTP/1.1 200"), connection.received().left(80));
    QVERIFY(m_server->setFaults({}));
}

void TestSandboxHttpHardening::stillServesKeptAliveAndPipelinedRequests()
{
    // Several requests on one connection, the last two sent together, and one whose body comes
    // in pieces: each is answered once, in order.
    RawConnection connection(m_server->port());
    const QByteArray get =
        requestStart("GET", "/api/v2/payment-customers") + authorizationLine() + "\r\n";
    connection.send(get);
    QVERIFY(connection.waitReceived());
    const QByteArray customer = R"({"first_name": "Ada", "last_name": "Lovelace"})";
    const QByteArray post =
        requestStart("POST", "/api/v2/payment-customers") + authorizationLine() +
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(customer.size()) +
        "\r\n\r\n";
    connection.send(post + customer.left(10));
    QTest::qWait(50);
    connection.send(customer.mid(10) + get);
    QVERIFY(
        QTest::qWaitFor([&] { return connection.received().count("HTTP/1.1 200") == 3; }, 5000));
    QVERIFY(!connection.closed());
    QCOMPARE(m_server->count(Resource::PaymentCustomers), 1);
}

void TestSandboxHttpHardening::answersAnUpgradeRequestOnce()
{
    // The sandbox speaks no WebSocket: such a request is an ordinary one, applied once.
    RawConnection connection(m_server->port());
    const QByteArray customer = R"({"first_name": "Ada", "last_name": "Lovelace"})";
    connection.send(requestStart("POST", "/api/v2/payment-customers") + authorizationLine() +
                    "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(customer.size()) + "\r\n\r\n" + customer);

    QVERIFY(connection.waitReceived());
    QTest::qWait(200);
    QCOMPARE(connection.status(), 200);
    QCOMPARE(connection.received().count("\r\nContent-Length: "), 1);
    QCOMPARE(m_server->count(Resource::PaymentCustomers), 1);
}

void TestSandboxHttpHardening::answersExpectContinueBeforeTheBody()
{
    RawConnection connection(m_server->port());
    const QByteArray customer = R"({"first_name": "Ada", "last_name": "Lovelace"})";
    connection.send(requestStart("POST", "/api/v2/payment-customers") + authorizationLine() +
                    "Expect: 100-continue\r\nContent-Type: application/json\r\n"
                    "Content-Length: " +
                    QByteArray::number(customer.size()) + "\r\n\r\n");

    QVERIFY(connection.waitReceived(3000));
    QVERIFY(connection.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    connection.send(customer);
    QVERIFY(QTest::qWaitFor([&] { return connection.received().contains("HTTP/1.1 200"); }, 5000));
    QCOMPARE(connection.received().count("HTTP/1.1 100"), 1);
    QCOMPARE(m_server->count(Resource::PaymentCustomers), 1);
}

void TestSandboxHttpHardening::closesConnectionsThatSendNoHead()
{
    SandboxOptions options = testOptions();
    options.http.headTimeoutMs = 300;
    m_server = startServer(options);
    // Half of them say nothing; the other half start a head and never end it.
    constexpr int kConnections = 200;
    std::vector<std::unique_ptr<RawConnection>> connections;
    for (int i = 0; i < kConnections; ++i) {
        connections.push_back(std::make_unique<RawConnection>(m_server->port()));
        if (i % 2 == 1)
            connections.back()->send("GET /api/v2/payment-customers HTTP/1.1\r\nHost: x\r\n");
    }

    const auto open = [&] {
        return std::count_if(connections.cbegin(), connections.cend(),
                             [](const auto &connection) { return !connection->closed(); });
    };
    const bool allClosed = QTest::qWaitFor([&] { return open() == 0; }, 5000);
    QVERIFY2(allClosed, qPrintable(u"%1 connections still open"_s.arg(open())));
    for (int i = 1; i < kConnections; i += 2)
        QCOMPARE(connections.at(i)->status(), 408);
}

void TestSandboxHttpHardening::closesIdleAndStalledConnections()
{
    SandboxOptions options = testOptions();
    options.http.idleTimeoutMs = 400;
    m_server = startServer(options);

    RawConnection idle(m_server->port());
    idle.send(requestStart("GET", "/api/v2/payment-customers") + authorizationLine() + "\r\n");
    QVERIFY(idle.waitReceived());
    QCOMPARE(idle.status(), 200);

    RawConnection stalled(m_server->port());
    stalled.send(requestStart("POST", "/api/v2/payment-customers") + authorizationLine() +
                 "Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"first");

    QVERIFY2(idle.waitClosed(3000), "an idle connection stayed open");
    QVERIFY2(stalled.waitClosed(3000), "a stalled body kept its connection");
    QCOMPARE(stalled.status(), 408);
}

void TestSandboxHttpHardening::refusesRawControlCharactersAndRepeatedKeys_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    const QByteArray nul(1, '\0');
    QTest::newRow("NUL in a value")
        << u"payment-intents"_s
        << QByteArray(R"({"amount": 100, "currency": "usd", "description": "a)" + nul + "b\"}")
        << u"description"_s << u"control-character"_s;
    QTest::newRow("NUL in a nested value")
        << u"payment-intents"_s
        << QByteArray(R"({"amount": 100, "currency": "usd", "metadata": {"order": "1)" + nul +
                      "\"}}")
        << u"metadata.order"_s << u"control-character"_s;
    QTest::newRow("NUL in a key") << u"payment-intents"_s
                                  << QByteArray(
                                         R"({"amount": 100, "currency": "usd", "metadata": {"or)" +
                                         nul + R"(der": "1"}})")
                                  << u"metadata.or\u0000der"_s.replace(u"\\u0000"_s,
                                                                       QString(QChar(0)))
                                  << u"control-character"_s;
    QTest::newRow("repeated amount")
        << u"payment-intents"_s << QByteArray(R"({"amount": 100, "currency": "usd", "amount": 1})")
        << u"amount"_s << u"duplicate-key"_s;
    QTest::newRow("repeated key, written differently")
        << u"payment-intents"_s
        << QByteArray(R"({"amount": 100, "currency": "usd", "\u0061mount": 1})") << u"amount"_s
        << u"duplicate-key"_s;
    QTest::newRow("repeated nested key")
        << u"checkout-sessions"_s
        << QByteArray(R"({"mode": "payment", "success_url": "https://shop.example.com/ok",
            "line_items": [{"quantity": 1, "price_data": {"currency": "usd", "amount": 5,
            "product_data": {"name": "Tea", "name": "Free tea"}}}]})")
        << u"line_items[0].price_data.product_data.name"_s << u"duplicate-key"_s;
}

void TestSandboxHttpHardening::refusesRawControlCharactersAndRepeatedKeys()
{
    QFETCH(QString, route);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    HttpClient client(m_server->port());

    const HttpResult answer =
        client.send("POST", u"/api/v2/"_s + route, body, {{"Content-Type", "application/json"}});

    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()[u"code"_s].toString(), u"invalid-input"_s);
    QCOMPARE(answer.json()[u"field"_s].toString(), field);
    QCOMPARE(answer.json()[u"rule"_s].toString(), rule);
    QCOMPARE(checkJsonText(body).value_or(FieldError{}).field, field);
    QCOMPARE(m_server->count(Resource::CheckoutSessions), 0);
}

void TestSandboxHttpHardening::limitsTheLengthOfStringFields_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("limit");
    const auto text = [](int length) { return QString(length, u'x'); };
    const QJsonObject intent{{u"amount"_s, 100}, {u"currency"_s, u"usd"_s}};
    const auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        object.insert(key, value);
        return object;
    };
    QTest::newRow("description") << u"payment-intents"_s
                                 << with(intent, u"description"_s, text(1001)) << u"description"_s
                                 << 1000;
    QTest::newRow("metadata value")
        << u"payment-intents"_s << with(intent, u"metadata"_s, QJsonObject{{u"note"_s, text(501)}})
        << u"metadata.note"_s << 500;
    QTest::newRow("metadata key") << u"payment-intents"_s
                                  << with(intent, u"metadata"_s, QJsonObject{{text(41), u"x"_s}})
                                  << u"metadata."_s + text(41) << 40;
    const QJsonObject person{{u"first_name"_s, u"Ada"_s}, {u"last_name"_s, u"Lovelace"_s}};
    QTest::newRow("first name") << u"payment-customers"_s
                                << with(person, u"first_name"_s, text(101)) << u"first_name"_s
                                << 100;
    QTest::newRow("phone number") << u"payment-customers"_s
                                  << with(person, u"phone_number"_s, text(31)) << u"phone_number"_s
                                  << 30;
    QTest::newRow("email") << u"payment-customers"_s
                           << with(person, u"email"_s, text(250) + u"@example.com"_s) << u"email"_s
                           << 254;
    QTest::newRow("address line") << u"payment-customers"_s
                                  << with(person, u"address"_s,
                                          QJsonObject{{u"country"_s, u"US"_s},
                                                      {u"city"_s, u"Boston"_s},
                                                      {u"state"_s, u"MA"_s},
                                                      {u"postcode"_s, u"02110"_s},
                                                      {u"line_1"_s, text(101)}})
                                  << u"address.line_1"_s << 100;
    QTest::newRow("success URL")
        << u"checkout-sessions"_s
        << QJsonObject{{u"mode"_s, u"payment"_s},
                       {u"success_url"_s, u"https://shop.example.com/"_s + text(2048)},
                       {u"line_items"_s,
                        QJsonArray{QJsonObject{
                            {u"quantity"_s, 1},
                            {u"price_data"_s, QJsonObject{{u"currency"_s, u"usd"_s},
                                                          {u"amount"_s, 5},
                                                          {u"product_data"_s,
                                                           QJsonObject{{u"name"_s, u"Tea"_s}}}}}}}}}
        << u"success_url"_s << 2048;
}

void TestSandboxHttpHardening::limitsTheLengthOfStringFields()
{
    QFETCH(QString, route);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(int, limit);
    HttpClient client(m_server->port());

    const HttpResult answer = client.apiPost(route, body);

    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()[u"field"_s].toString(), field);
    QCOMPARE(answer.json()[u"rule"_s].toString(), u"maxLength"_s);
    QVERIFY2(answer.json()[u"error"_s].toString().contains(QString::number(limit)),
             answer.body.constData());
    QCOMPARE(m_server->count(Resource::PaymentCustomers), 0);
    QCOMPARE(m_server->count(Resource::CheckoutSessions), 0);
}

QTEST_GUILESS_MAIN(TestSandboxHttpHardening)
#include "tst_sandbox_http_hardening.moc"
