// Refunds: only of a succeeded payment, never more than what is left of it.

#include "sandbox/sandbox_test_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

// A payment intent of `amount` cents paid with the card that succeeds (or is declined).
QString paidIntent(HttpClient &client, qint64 amount, bool succeeds = true)
{
    const QString customer = client.createCustomer();
    return client
        .apiPost(u"payment-intents"_s,
                 {{u"amount"_s, amount},
                  {u"currency"_s, u"usd"_s},
                  {u"confirm"_s, true},
                  {u"payment_method_id"_s, client.testCard(customer, succeeds)}})
        .json()
        .value(u"id"_s)
        .toString();
}

HttpResult refund(HttpClient &client, const QString &intentId, qint64 amount)
{
    return client.apiPost(u"refunds"_s, {{u"payment_intent_id"_s, intentId},
                                         {u"amount"_s, amount},
                                         {u"reason"_s, u"requested_by_customer"_s}});
}

qint64 refunded(HttpClient &client, const QString &intentId)
{
    return client.apiGet(u"payment-intents/"_s + intentId).json()[u"amount_refunded"_s].toInteger();
}

} // namespace

class TestSandboxRefunds : public QObject
{
    Q_OBJECT

private slots:
    void refundsInPartsUpToTheAmount();
    void refusesMoreThanWhatIsLeft();
    void refusesAPaymentThatDidNotSucceed();
    void refusesAPaymentStillProcessing();
    void listsAndReadsRefunds();
};

void TestSandboxRefunds::refundsInPartsUpToTheAmount()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QString intent = paidIntent(client, 10000);

    const HttpResult first = refund(client, intent, 2500);
    const HttpResult rest = refund(client, intent, 7500);

    QCOMPARE(first.status, 200);
    QCOMPARE(first.json()[u"amount"_s].toInteger(), 2500);
    QCOMPARE(first.json()[u"payment_intent_id"_s].toString(), intent);
    QCOMPARE(first.json()[u"status"_s].toString(), u"succeeded"_s);
    QCOMPARE(first.json()[u"reason"_s].toString(), u"requested_by_customer"_s);
    QCOMPARE(rest.status, 200);
    QCOMPARE(refunded(client, intent), 10000);
    QCOMPARE(server->count(Resource::Refunds), 2);
}

void TestSandboxRefunds::refusesMoreThanWhatIsLeft()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QString intent = paidIntent(client, 5000);
    QCOMPARE(refund(client, intent, 3000).status, 200);

    const HttpResult tooMuch = refund(client, intent, 2001);

    QCOMPARE(tooMuch.status, 400);
    QCOMPARE(tooMuch.json()[u"field"_s].toString(), u"amount"_s);
    QCOMPARE(tooMuch.json()[u"rule"_s].toString(), u"maximum"_s);
    QVERIFY2(tooMuch.json()[u"error"_s].toString().contains(u"2000 cents left"_s), tooMuch.body);
    QCOMPARE(refunded(client, intent), 3000);
    QCOMPARE(refund(client, intent, 2000).status, 200);
    QCOMPARE(refund(client, intent, 1).status, 400);
}

void TestSandboxRefunds::refusesAPaymentThatDidNotSucceed()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QString declined = paidIntent(client, 5000, false);
    const QString waiting =
        client.apiPost(u"payment-intents"_s, {{u"amount"_s, 100}, {u"currency"_s, u"usd"_s}})
            .json()[u"id"_s]
            .toString();

    for (const QString &intent : {declined, waiting}) {
        const HttpResult refused = refund(client, intent, 100);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json()[u"field"_s].toString(), u"payment_intent_id"_s);
        QCOMPARE(refused.json()[u"rule"_s].toString(), u"state"_s);
        QVERIFY(refused.json()[u"error"_s].toString().contains(u"only a succeeded payment"_s));
    }
    QCOMPARE(server->count(Resource::Refunds), 0);
}

void TestSandboxRefunds::refusesAPaymentStillProcessing()
{
    SandboxOptions options = testOptions();
    options.processingDelayMs = 3'600'000;
    const auto server = startServer(options);
    HttpClient client(server->port());
    const QString intent = paidIntent(client, 5000);

    QCOMPARE(refund(client, intent, 100).status, 400);
    server->advanceClock(3600);
    QCOMPARE(refund(client, intent, 100).status, 200);
    QCOMPARE(refunded(client, intent), 100);
}

void TestSandboxRefunds::listsAndReadsRefunds()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QString intent = paidIntent(client, 9000);
    const QString first = refund(client, intent, 1000).json()[u"id"_s].toString();
    const QString second = refund(client, intent, 2000).json()[u"id"_s].toString();

    const QJsonArray listed = client.apiGet(u"refunds"_s).json()[u"data"_s].toArray();
    const QJsonObject read = client.apiGet(u"refunds/"_s + first).json();

    QCOMPARE(listed.size(), 2);
    QCOMPARE(QSet<QString>({listed[0][u"id"_s].toString(), listed[1][u"id"_s].toString()}),
             QSet<QString>({first, second}));
    QCOMPARE(read[u"amount"_s].toInteger(), 1000);
    QCOMPARE(read[u"currency"_s].toString(), u"usd"_s);
}

QTEST_GUILESS_MAIN(TestSandboxRefunds)
#include "tst_sandbox_refunds.moc"
