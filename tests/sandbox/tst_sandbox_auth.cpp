// HTTP Basic authentication on the API and the admin routes; none on the checkout pages.

#include "sandbox/sandbox_test_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private slots:
    void rejectsMissingOrWrongCredentials_data();
    void rejectsMissingOrWrongCredentials();
    void acceptsTheConfiguredCredentials();
    void ignoresAnApiAppIdHeader();
    void demoCredentialsStopWorkingWhenOthersAreSet();
    void protectsTheAdminRoutes();
    void leavesTheCheckoutPageOpen();
};

void TestSandboxAuth::rejectsMissingOrWrongCredentials_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("message");
    QTest::newRow("none") << QByteArray() << u"Missing credentials"_s;
    QTest::newRow("bearer scheme")
        << QByteArray("Bearer demo-key-not-secret") << u"Missing credentials"_s;
    QTest::newRow("wrong key") << basicAuthorization(u"demo-client"_s, u"guess"_s)
                               << u"Invalid client id or API key"_s;
    QTest::newRow("wrong client id") << basicAuthorization(u"someone"_s, u"demo-key-not-secret"_s)
                                     << u"Invalid client id or API key"_s;
    QTest::newRow("key only") << QByteArray("Basic " + QByteArray("demo-key-not-secret").toBase64())
                              << u"Invalid client id or API key"_s;
    QTest::newRow("not base64") << QByteArray("Basic %%%") << u"Invalid client id or API key"_s;
}

void TestSandboxAuth::rejectsMissingOrWrongCredentials()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, message);
    const auto server = startServer();
    HttpClient client(server->port(), authorization);

    const HttpResult answer = client.apiGet(u"payment-customers"_s);

    QCOMPARE(answer.status, 401);
    QVERIFY(answer.header("www-authenticate").startsWith("Basic realm="));
    QCOMPARE(answer.header("content-type"), "application/json");
    QVERIFY(answer.json().value(u"error"_s).isString());
    QVERIFY2(answer.json().value(u"error"_s).toString().startsWith(message), answer.body);
    QCOMPARE(answer.json().value(u"code"_s).toString(), u"unauthorized"_s);
}

void TestSandboxAuth::acceptsTheConfiguredCredentials()
{
    const auto server = startServer();
    HttpClient client(server->port());

    const HttpResult answer = client.apiGet(u"payment-customers"_s);

    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"data"_s).toArray().size(), 0);
}

void TestSandboxAuth::ignoresAnApiAppIdHeader()
{
    const auto server = startServer();
    HttpClient client(server->port());

    const HttpResult answer = client.send("GET", u"/api/v2/refunds"_s, {},
                                          {{"Api-App-Id", "8c2b1d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"}});

    QCOMPARE(answer.status, 200);
}

void TestSandboxAuth::demoCredentialsStopWorkingWhenOthersAreSet()
{
    SandboxOptions options = testOptions();
    options.clientId = u"shop-42"_s;
    options.apiKey = u"sk_test_shop_42"_s;
    const auto server = startServer(options);

    HttpClient demo(server->port());
    QCOMPARE(demo.apiGet(u"payment-intents"_s).status, 401);
    HttpClient shop(server->port(), basicAuthorization(u"shop-42"_s, u"sk_test_shop_42"_s));
    QCOMPARE(shop.apiGet(u"payment-intents"_s).status, 200);
}

void TestSandboxAuth::protectsTheAdminRoutes()
{
    const auto server = startServer();
    HttpClient anonymous(server->port(), {});
    HttpClient admin(server->port());

    QCOMPARE(anonymous.get(u"/admin/faults"_s).status, 401);
    QCOMPARE(anonymous.post(u"/admin/reset"_s, {}).status, 401);
    QCOMPARE(admin.get(u"/admin/faults"_s).status, 200);
}

void TestSandboxAuth::leavesTheCheckoutPageOpen()
{
    SandboxOptions options = testOptions();
    options.seedSizes.checkoutSessions = 1;
    const auto server = startServer(options);
    HttpClient admin(server->port());
    const QString url = admin.apiGet(u"checkout-sessions"_s)
                            .json()[u"data"_s][0][u"checkout_session_url"_s]
                            .toString();

    HttpClient customer(server->port(), {});
    const HttpResult page = customer.get(QUrl(url).path());

    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
