// Faults on demand: latency, 503, 429 with Retry-After, dropped connections before and after the
// request is applied, truncated bodies; set at start or through the admin route, on /api only.

#include "sandbox/sandbox_test_support.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

const QJsonObject kCreate{{u"amount"_s, 1500},
                          {u"currency"_s, u"usd"_s},
                          {u"metadata"_s, QJsonObject{{u"paydesk_request_id"_s, u"req-1"_s}}}};

qsizetype createsApplied(const SandboxServer &server)
{
    return server.countWithMetadata(Resource::PaymentIntents, u"paydesk_request_id"_s, u"req-1"_s);
}

std::unique_ptr<SandboxServer> serverWithFaults(const FaultSettings &faults)
{
    SandboxOptions options = testOptions();
    options.faults = faults;
    return startServer(options);
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void failsWithServiceUnavailable();
    void rateLimitsWithRetryAfter_data();
    void rateLimitsWithRetryAfter();
    void limitsRequestsPerSecond();
    void dropsTheConnectionBeforeApplying();
    void dropsTheConnectionAfterApplying();
    void truncatesTheJsonBody();
    void writesOnlySparesReads();
    void delaysAnswersWithoutBlocking();
    void survivesAClientLeavingBeforeItsAnswer();
    void changesFaultsThroughTheAdminRoute();
    void rejectsBadFaultSettings_data();
    void rejectsBadFaultSettings();
    void refusesInvalidFaultOptions();
    void spareTheAdminRoutesAndCheckoutPages();
    void meetsTheSameFaultsForTheSameSeed();
};

void TestSandboxFaults::failsWithServiceUnavailable()
{
    FaultSettings faults;
    faults.serviceUnavailableShare = 1;
    const auto server = serverWithFaults(faults);
    HttpClient client(server->port());

    const HttpResult answer = client.apiPost(u"payment-intents"_s, kCreate);

    QCOMPARE(answer.status, 503);
    QCOMPARE(answer.json()[u"code"_s].toString(), u"service-unavailable"_s);
    QVERIFY(answer.json()[u"error"_s].isString());
    QCOMPARE(createsApplied(*server), 0);
}

void TestSandboxFaults::rateLimitsWithRetryAfter_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("retry at once") << 0;
    QTest::newRow("retry after 7 s") << 7;
}

void TestSandboxFaults::rateLimitsWithRetryAfter()
{
    QFETCH(int, retryAfter);
    FaultSettings faults;
    faults.rateLimitShare = 1;
    faults.retryAfterSeconds = retryAfter;
    const auto server = serverWithFaults(faults);
    HttpClient client(server->port());

    const HttpResult answer = client.apiPost(u"payment-intents"_s, kCreate);

    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.header("retry-after"), QByteArray::number(retryAfter));
    QCOMPARE(answer.json()[u"code"_s].toString(), u"rate-limited"_s);
    QCOMPARE(createsApplied(*server), 0);
}

void TestSandboxFaults::limitsRequestsPerSecond()
{
    FaultSettings faults;
    faults.requestsPerSecond = 1;
    const auto server = serverWithFaults(faults);
    HttpClient client(server->port());

    // A burst of one a second: the first passes, the next (a few milliseconds later) waits.
    const HttpResult first = client.apiGet(u"refunds"_s);
    const HttpResult second = client.apiGet(u"refunds"_s);

    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 429);
    QCOMPARE(second.header("retry-after"), "1");
}

void TestSandboxFaults::dropsTheConnectionBeforeApplying()
{
    FaultSettings faults;
    faults.dropBeforeShare = 1;
    const auto server = serverWithFaults(faults);
    HttpClient client(server->port());

    const HttpResult answer = client.apiPost(u"payment-intents"_s, kCreate);

    QVERIFY(!answer.answered);
    QCOMPARE(answer.status, 0);
    QCOMPARE(createsApplied(*server), 0);
}

void TestSandboxFaults::dropsTheConnectionAfterApplying()
{
    FaultSettings faults;
    faults.dropAfterShare = 1;
    const auto server = serverWithFaults(faults);
    HttpClient client(server->port());

    const HttpResult answer = client.apiPost(u"payment-intents"_s, kCreate);

    QVERIFY(!answer.answered);
    QCOMPARE(answer.status, 0);
    // The client cannot tell, but the payment intent exists.
    QCOMPARE(createsApplied(*server), 1);
}

void TestSandboxFaults::writesOnlySparesReads()
{
    FaultSettings faults;
    faults.dropAfterShare = 1;
    faults.writesOnly = true;
    SandboxOptions options = testOptions();
    options.faults = faults;
    options.seedSizes.paymentIntents = 3;
    const auto server = startServer(options);
    HttpClient client(server->port());

    // The create is applied and its answer lost; the read that looks for it gets through.
    QVERIFY(!client.apiPost(u"payment-intents"_s, kCreate).answered);
    QCOMPARE(createsApplied(*server), 1);
    const HttpResult list = client.apiGet(u"payment-intents"_s);
    QCOMPARE(list.status, 200);
    QVERIFY(list.isValidJson());
    QCOMPARE(client.get(u"/admin/faults"_s).json()[u"writes_only"_s].toBool(), true);
}

void TestSandboxFaults::truncatesTheJsonBody()
{
    FaultSettings faults;
    faults.truncateShare = 1;
    SandboxOptions options = testOptions();
    options.faults = faults;
    options.seedSizes.paymentIntents = 5;
    const auto server = startServer(options);
    HttpClient client(server->port());

    const HttpResult list = client.apiGet(u"payment-intents"_s);
    const HttpResult created = client.apiPost(u"payment-intents"_s, kCreate);

    QCOMPARE(list.status, 200);
    QVERIFY(list.answered);
    QVERIFY(!list.body.isEmpty());
    QVERIFY(!list.isValidJson());
    QCOMPARE(created.status, 200);
    QVERIFY(!created.isValidJson());
    QCOMPARE(createsApplied(*server), 1);
}

void TestSandboxFaults::delaysAnswersWithoutBlocking()
{
    FaultSettings faults;
    faults.latencyMs = 300;
    auto server = serverWithFaults(faults);
    HttpClient client(server->port());

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.apiGet(u"refunds"_s).status, 200);
    QVERIFY(timer.elapsed() >= 300);

    // Delays overlap: eight concurrent requests take about one delay, not eight.
    std::vector<std::unique_ptr<PendingHttp>> concurrent;
    timer.restart();
    for (int i = 0; i < 8; ++i)
        concurrent.push_back(client.start("GET", u"/api/v2/refunds"_s));
    for (const auto &request : concurrent) {
        QVERIFY(request->wait());
        QCOMPARE(request->result().status, 200);
    }
    QVERIFY2(timer.elapsed() < 8 * 300, qPrintable(QString::number(timer.elapsed())));

    // While answers wait, the routes without latency are answered at once.
    faults.latencyMs = 60'000;
    QVERIFY(server->setFaults(faults));
    const auto slow = client.start("GET", u"/api/v2/refunds"_s);
    const HttpResult admin = client.get(u"/admin/faults"_s);
    QCOMPARE(admin.status, 200);
    QCOMPARE(admin.json()[u"latency_ms"_s].toInt(), 60'000);
    QVERIFY(!slow->isFinished());

    // A server destroyed with answers still waiting just closes their connections.
    server.reset();
    QVERIFY(slow->wait());
    QVERIFY(!slow->result().answered);
}

void TestSandboxFaults::survivesAClientLeavingBeforeItsAnswer()
{
    FaultSettings faults;
    faults.latencyMs = 200;
    const auto server = serverWithFaults(faults);
    HttpClient client(server->port());
    auto leaving =
        client.start("POST", u"/api/v2/payment-intents"_s, QJsonDocument(kCreate).toJson(),
                     {{"Content-Type", "application/json"}});
    // The create applies on arrival; only its answer waits.
    QTRY_COMPARE(createsApplied(*server), 1);

    leaving.reset(); // hangs up before the answer

    // Answers leave in order, so this one comes after the server tried the abandoned one.
    const HttpResult next = client.apiGet(u"refunds"_s);
    QCOMPARE(next.status, 200);
}

void TestSandboxFaults::changesFaultsThroughTheAdminRoute()
{
    const auto server = startServer();
    HttpClient client(server->port());

    const HttpResult set =
        client.put(u"/admin/faults"_s, {{u"drop_after_share"_s, 1}, {u"retry_after_seconds"_s, 0}});

    QCOMPARE(set.status, 200);
    QCOMPARE(set.json()[u"drop_after_share"_s].toDouble(), 1.0);
    QCOMPARE(server->faults().dropAfterShare, 1.0);
    QCOMPARE(server->faults().retryAfterSeconds, 0);
    QVERIFY(!client.apiPost(u"payment-intents"_s, kCreate).answered);
    QCOMPARE(createsApplied(*server), 1);

    QCOMPARE(client.put(u"/admin/faults"_s, {}).status, 200);
    QCOMPARE(server->faults(), FaultSettings());
    QCOMPARE(client.apiPost(u"payment-intents"_s, kCreate).status, 200);
    QCOMPARE(client.get(u"/admin/faults"_s).json()[u"drop_after_share"_s].toDouble(), 0.0);
}

void TestSandboxFaults::rejectsBadFaultSettings_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::newRow("share above 1")
        << QJsonObject{{u"truncate_share"_s, 1.5}} << u"truncate_share"_s << u"maximum"_s;
    QTest::newRow("negative share")
        << QJsonObject{{u"drop_before_share"_s, -0.1}} << u"drop_before_share"_s << u"minimum"_s;
    QTest::newRow("shares over 1 together")
        << QJsonObject{{u"service_unavailable_share"_s, 0.6}, {u"rate_limit_share"_s, 0.6}}
        << u"rate_limit_share"_s << u"maximum"_s;
    QTest::newRow("negative latency")
        << QJsonObject{{u"latency_ms"_s, -5}} << u"latency_ms"_s << u"minimum"_s;
    QTest::newRow("share as text")
        << QJsonObject{{u"rate_limit_share"_s, u"half"_s}} << u"rate_limit_share"_s << u"type"_s;
    QTest::newRow("misspelt field")
        << QJsonObject{{u"latency"_s, 500}} << u"latency"_s << u"additionalProperties"_s;
}

void TestSandboxFaults::rejectsBadFaultSettings()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    const auto server = startServer();
    HttpClient client(server->port());

    const HttpResult answer = client.put(u"/admin/faults"_s, body);

    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()[u"field"_s].toString(), field);
    QCOMPARE(answer.json()[u"rule"_s].toString(), rule);
    QCOMPARE(server->faults(), FaultSettings());
    FaultSettings invalid;
    invalid.truncateShare = 2;
    QVERIFY(!server->setFaults(invalid));
}

void TestSandboxFaults::refusesInvalidFaultOptions()
{
    SandboxOptions options = testOptions();
    options.faults.dropBeforeShare = 0.8;
    options.faults.dropAfterShare = 0.8;
    SandboxServer server(options);

    QVERIFY(!server.listen());
    QVERIFY(server.errorString().contains(u"fault"_s));
}

void TestSandboxFaults::spareTheAdminRoutesAndCheckoutPages()
{
    SandboxOptions options = testOptions();
    options.seedSizes.checkoutSessions = 1;
    const auto server = startServer(options);
    HttpClient client(server->port());
    const QString page = QUrl(client.apiGet(u"checkout-sessions"_s)
                                  .json()[u"data"_s][0][u"checkout_session_url"_s]
                                  .toString())
                             .path();
    FaultSettings faults;
    faults.serviceUnavailableShare = 1;
    QVERIFY(server->setFaults(faults));

    QCOMPARE(client.apiGet(u"checkout-sessions"_s).status, 503);
    QCOMPARE(client.get(u"/admin/clock"_s).status, 200);
    QCOMPARE(client.get(page).status, 200);
}

void TestSandboxFaults::meetsTheSameFaultsForTheSameSeed()
{
    FaultSettings faults;
    faults.serviceUnavailableShare = 0.3;
    faults.truncateShare = 0.3;
    const auto outcomes = [&](quint64 seed) {
        SandboxOptions options = testOptions();
        options.randomSeed = seed;
        options.faults = faults;
        const auto server = startServer(options);
        HttpClient client(server->port());
        QList<int> seen;
        for (int i = 0; i < 40; ++i) {
            const HttpResult answer = client.apiGet(u"refunds"_s);
            seen.append(answer.status == 200 && !answer.isValidJson() ? -200 : answer.status);
        }
        return seen;
    };

    const QList<int> first = outcomes(7);

    QCOMPARE(outcomes(7), first);
    QVERIFY(outcomes(8) != first);
    QVERIFY(first.contains(503));
    QVERIFY(first.contains(-200));
    QVERIFY(first.contains(200));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
