// Requests the API cannot take: unknown routes, wrong methods, oversized bodies, wrong content
// types, malformed JSON. Each gets a clear 4xx in the error shape, and the server carries on.

#include "sandbox/sandbox_test_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answersUnknownRoutesWithNotFound_data();
    void answersUnknownRoutesWithNotFound();
    void answersWrongMethodsWithAllow_data();
    void answersWrongMethodsWithAllow();
    void refusesOversizedBodies();
    void refusesBodiesThatAreNotJson_data();
    void refusesBodiesThatAreNotJson();
    void rejectsMalformedJson_data();
    void rejectsMalformedJson();

private:
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxHttp::init()
{
    m_server = startServer();
}

void TestSandboxHttp::cleanup()
{
    // Whatever came before, the server still answers.
    HttpClient client(m_server->port());
    QCOMPARE(client.apiGet(u"payment-customers"_s).status, 200);
    QCOMPARE(m_server->count(Resource::PaymentIntents), 0);
    m_server.reset();
}

void TestSandboxHttp::answersUnknownRoutesWithNotFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown resource") << u"/api/v2/payouts"_s;
    QTest::newRow("old version") << u"/api/v1/payment-intents"_s;
    QTest::newRow("too deep") << u"/api/v2/payment-intents/a/b/c"_s;
    QTest::newRow("outside the API") << u"/v2/payment-intents"_s;
    QTest::newRow("root") << u"/"_s;
}

void TestSandboxHttp::answersUnknownRoutesWithNotFound()
{
    QFETCH(QString, path);
    HttpClient client(m_server->port());

    const HttpResult answer = client.get(path);

    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.header("content-type"), "application/json");
    QCOMPARE(answer.json()[u"code"_s].toString(), u"not-found"_s);
    QVERIFY(answer.json()[u"error"_s].toString().contains(path));
}

void TestSandboxHttp::answersWrongMethodsWithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("delete an intent")
        << QByteArray("DELETE") << u"/api/v2/payment-intents/x"_s << QByteArray("GET");
    QTest::newRow("put customers")
        << QByteArray("PUT") << u"/api/v2/payment-customers"_s << QByteArray("GET, POST");
    QTest::newRow("get a confirm")
        << QByteArray("GET") << u"/api/v2/payment-intents/x/confirm"_s << QByteArray("POST");
    QTest::newRow("post payment methods")
        << QByteArray("POST") << u"/api/v2/payment-methods"_s << QByteArray("GET");
    QTest::newRow("patch the faults")
        << QByteArray("PATCH") << u"/admin/faults"_s << QByteArray("GET, PUT");
}

void TestSandboxHttp::answersWrongMethodsWithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    HttpClient client(m_server->port());

    const HttpResult answer =
        client.send(method, path, "{}", {{"Content-Type", "application/json"}});

    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.header("allow"), allow);
    QCOMPARE(answer.json()[u"code"_s].toString(), u"method-not-allowed"_s);
}

void TestSandboxHttp::refusesOversizedBodies()
{
    HttpClient client(m_server->port());
    const QByteArray description(2 * 1024 * 1024, 'x');
    const QByteArray body =
        R"({"amount": 100, "currency": "usd", "description": ")" + description + "\"}";

    const HttpResult answer = client.send("POST", u"/api/v2/payment-intents"_s, body,
                                          {{"Content-Type", "application/json"}});

    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.json()[u"code"_s].toString(), u"payload-too-large"_s);
}

void TestSandboxHttp::refusesBodiesThatAreNotJson_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("text") << QByteArray("text/plain");
    QTest::newRow("json lookalike") << QByteArray("application/jsonp");
}

void TestSandboxHttp::refusesBodiesThatAreNotJson()
{
    QFETCH(QByteArray, contentType);
    HttpClient client(m_server->port());
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.emplaceBack("Content-Type", contentType);

    const HttpResult answer = client.send("POST", u"/api/v2/payment-intents"_s,
                                          R"({"amount": 100, "currency": "usd"})", headers);

    QCOMPARE(answer.status, 415);
    QCOMPARE(answer.json()[u"code"_s].toString(), u"unsupported-media-type"_s);
}

void TestSandboxHttp::rejectsMalformedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("rule");
    QTest::newRow("empty") << QByteArray() << u"json"_s;
    QTest::newRow("cut short") << QByteArray(R"({"amount": 100, "curr)") << u"json"_s;
    QTest::newRow("trailing comma") << QByteArray(R"({"amount": 100,})") << u"json"_s;
    QTest::newRow("single quotes") << QByteArray("{'amount': 100}") << u"json"_s;
    QTest::newRow("not UTF-8") << QByteArray("{\"description\": \"\xff\xfe\"}") << u"json"_s;
    QTest::newRow("an array") << QByteArray(R"([{"amount": 100}])") << u"type"_s;
}

void TestSandboxHttp::rejectsMalformedJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, rule);
    HttpClient client(m_server->port());

    const HttpResult answer = client.send("POST", u"/api/v2/payment-intents"_s, body,
                                          {{"Content-Type", "application/json; charset=utf-8"}});

    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()[u"code"_s].toString(), u"invalid-input"_s);
    QCOMPARE(answer.json()[u"field"_s].toString(), u"body"_s);
    QCOMPARE(answer.json()[u"rule"_s].toString(), rule);
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
