// The payment intent state machine with both test cards, and what an intent carries.

#include "sandbox/sandbox_test_support.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

QString status(HttpClient &client, const QString &intentId)
{
    return client.apiGet(u"payment-intents/"_s + intentId).json().value(u"status"_s).toString();
}

HttpResult confirm(HttpClient &client, const QString &intentId, const QString &cardId)
{
    return client.apiPost(u"payment-intents/%1/confirm"_s.arg(intentId),
                          {{u"payment_method_id"_s, cardId}});
}

QString createIntent(HttpClient &client, const QString &customerId, qint64 amount = 2500)
{
    return client
        .apiPost(u"payment-intents"_s,
                 {{u"amount"_s, amount}, {u"currency"_s, u"usd"_s}, {u"customer_id"_s, customerId}})
        .json()
        .value(u"id"_s)
        .toString();
}

} // namespace

class TestSandboxIntents : public QObject
{
    Q_OBJECT

private slots:
    void startsInitialized();
    void settlesAtOnceWithoutDelay_data();
    void settlesAtOnceWithoutDelay();
    void staysProcessingForTheDelay_data();
    void staysProcessingForTheDelay();
    void settlesWhenTheClockMovesOn();
    void confirmsOnCreation();
    void refusesToConfirmAFinalIntent();
    void refusesToConfirmAProcessingIntent();
    void takesTheCustomerOfItsCard();
    void keepsMetadataExactly();
    void listsWriteEachIntentAsItsOwnReadDoes();
    void carriesTheFieldsAConsoleNeeds();
    void showsTheClientSecretOnCreationOnly();
    void answersNotFoundInTheContractsWords();
};

void TestSandboxIntents::startsInitialized()
{
    const auto server = startServer();
    HttpClient client(server->port());

    const HttpResult created =
        client.apiPost(u"payment-intents"_s, {{u"amount"_s, 1200}, {u"currency"_s, u"usd"_s}});

    QCOMPARE(created.status, 200);
    QCOMPARE(created.json().value(u"status"_s).toString(), u"initialized"_s);
    QCOMPARE(status(client, created.json().value(u"id"_s).toString()), u"initialized"_s);
}

void TestSandboxIntents::settlesAtOnceWithoutDelay_data()
{
    QTest::addColumn<bool>("succeedingCard");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("card that succeeds") << true << u"succeeded"_s;
    QTest::newRow("card that is declined") << false << u"failed"_s;
}

void TestSandboxIntents::settlesAtOnceWithoutDelay()
{
    QFETCH(bool, succeedingCard);
    QFETCH(QString, outcome);
    const auto server = startServer(); // processing delay 0
    HttpClient client(server->port());
    const QString customer = client.createCustomer();
    const QString intent = createIntent(client, customer);

    const HttpResult confirmed = confirm(client, intent, client.testCard(customer, succeedingCard));

    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.json().value(u"status"_s).toString(), outcome);
    QCOMPARE(status(client, intent), outcome);
    const QJsonObject read = client.apiGet(u"payment-intents/"_s + intent).json();
    QCOMPARE(read.value(u"payment_method_id"_s).toString(),
             client.testCard(customer, succeedingCard));
    QCOMPARE(read.contains(u"last_payment_error"_s), !succeedingCard);
}

void TestSandboxIntents::staysProcessingForTheDelay_data()
{
    settlesAtOnceWithoutDelay_data();
}

void TestSandboxIntents::staysProcessingForTheDelay()
{
    QFETCH(bool, succeedingCard);
    QFETCH(QString, outcome);
    SandboxOptions options = testOptions();
    options.processingDelayMs = 300;
    const auto server = startServer(options);
    HttpClient client(server->port());
    const QString customer = client.createCustomer();
    const QString intent = createIntent(client, customer);

    const HttpResult confirmed = confirm(client, intent, client.testCard(customer, succeedingCard));

    QCOMPARE(confirmed.json().value(u"status"_s).toString(), u"processing"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status(client, intent), outcome, 10000);
}

void TestSandboxIntents::settlesWhenTheClockMovesOn()
{
    SandboxOptions options = testOptions();
    options.processingDelayMs = 3'600'000;
    const auto server = startServer(options);
    HttpClient client(server->port());
    const QString customer = client.createCustomer();
    const QString intent = createIntent(client, customer);
    confirm(client, intent, client.testCard(customer, true));
    QCOMPARE(status(client, intent), u"processing"_s);

    const HttpResult clock = client.post(u"/admin/clock"_s, {{u"advance_seconds"_s, 3601}});

    QCOMPARE(clock.status, 200);
    QCOMPARE(clock.json().value(u"offset_seconds"_s).toInt(), 3601);
    QCOMPARE(status(client, intent), u"succeeded"_s);
}

void TestSandboxIntents::confirmsOnCreation()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QString customer = client.createCustomer();

    const HttpResult created = client.apiPost(
        u"payment-intents"_s, {{u"amount"_s, 990},
                               {u"currency"_s, u"usd"_s},
                               {u"confirm"_s, true},
                               {u"payment_method_id"_s, client.testCard(customer, false)}});

    QCOMPARE(created.status, 200);
    QCOMPARE(status(client, created.json().value(u"id"_s).toString()), u"failed"_s);
}

void TestSandboxIntents::refusesToConfirmAFinalIntent()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QString customer = client.createCustomer();
    const QString intent = createIntent(client, customer);
    confirm(client, intent, client.testCard(customer, true));

    const HttpResult again = confirm(client, intent, client.testCard(customer, true));

    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(u"field"_s).toString(), u"payment_intent_id"_s);
    QCOMPARE(again.json().value(u"rule"_s).toString(), u"state"_s);
    QVERIFY(again.json().value(u"error"_s).toString().contains(u"already succeeded"_s));
    QCOMPARE(status(client, intent), u"succeeded"_s);
}

void TestSandboxIntents::refusesToConfirmAProcessingIntent()
{
    SandboxOptions options = testOptions();
    options.processingDelayMs = 3'600'000;
    const auto server = startServer(options);
    HttpClient client(server->port());
    const QString customer = client.createCustomer();
    const QString intent = createIntent(client, customer);
    confirm(client, intent, client.testCard(customer, false));

    const HttpResult again = confirm(client, intent, client.testCard(customer, true));

    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(u"rule"_s).toString(), u"state"_s);
    QCOMPARE(status(client, intent), u"processing"_s);
}

void TestSandboxIntents::takesTheCustomerOfItsCard()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QString customer = client.createCustomer();
    const QString intent =
        client.apiPost(u"payment-intents"_s, {{u"amount"_s, 700}, {u"currency"_s, u"usd"_s}})
            .json()
            .value(u"id"_s)
            .toString();

    const HttpResult confirmed = confirm(client, intent, client.testCard(customer, true));

    QCOMPARE(confirmed.json().value(u"customer_id"_s).toString(), customer);
}

void TestSandboxIntents::keepsMetadataExactly()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QJsonObject metadata =
        QJsonDocument::fromJson(R"({"paydesk_request_id": "5b0c7e8e-1f2a-4c3d-9e4f-a0b1c2d3e4f5",
                                    "note": "Grüße, 東京 & \"quotes\"",
                                    "count": 3, "ratio": 0.25, "flag": false, "none": null,
                                    "nested": {"list": [1, "two", {"three": 3}]}})")
            .object();

    const HttpResult created =
        client.apiPost(u"payment-intents"_s,
                       {{u"amount"_s, 1000}, {u"currency"_s, u"usd"_s}, {u"metadata"_s, metadata}});
    const QString id = created.json().value(u"id"_s).toString();

    QCOMPARE(created.json().value(u"metadata"_s).toObject(), metadata);
    QCOMPARE(client.apiGet(u"payment-intents/"_s + id).json().value(u"metadata"_s).toObject(),
             metadata);
    QCOMPARE(client.apiGet(u"payment-intents"_s).jsonArray().first()[u"metadata"_s].toObject(),
             metadata);
    QCOMPARE(server->countWithMetadata(Resource::PaymentIntents, u"paydesk_request_id"_s,
                                       u"5b0c7e8e-1f2a-4c3d-9e4f-a0b1c2d3e4f5"_s),
             1);
    QCOMPARE(
        server->countWithMetadata(Resource::PaymentIntents, u"paydesk_request_id"_s, u"another"_s),
        0);
}

void TestSandboxIntents::listsWriteEachIntentAsItsOwnReadDoes()
{
    // A list page is written as text, intent by intent, without building the objects; a read of
    // one intent builds its object. Both must say the same, whatever the strings hold.
    const auto server = startServer();
    HttpClient client(server->port());
    const QString awkward =
        u"\"quoted\" back\\slash\nnew line\ttab \x01\x1f Grüße 東京 ☕ 😀 </script>"_s;
    QStringList ids;
    const HttpResult plain =
        client.apiPost(u"payment-intents"_s, {{u"amount"_s, 1000}, {u"currency"_s, u"usd"_s}});
    ids << plain.json().value(u"id"_s).toString();
    const HttpResult odd = client.apiPost(
        u"payment-intents"_s,
        {{u"amount"_s, 2500},
         {u"currency"_s, u"usd"_s},
         {u"description"_s, awkward},
         {u"application_fee_amount"_s, 25},
         {u"metadata"_s,
          QJsonObject{{u"k\"\\\n\x01 ☕"_s, awkward}, {u"n"_s, 1.5}, {u"b"_s, true}}}});
    QVERIFY2(odd.status == 200, odd.body.constData());
    ids << odd.json().value(u"id"_s).toString();

    const HttpResult list = client.apiGet(u"payment-intents"_s);
    QCOMPARE(list.status, 200);
    QVERIFY(list.isValidJson());
    for (const QJsonValue &listed : list.jsonArray()) {
        const QString id = listed[u"id"_s].toString();
        QVERIFY(ids.contains(id));
        QCOMPARE(listed.toObject(), client.apiGet(u"payment-intents/"_s + id).json());
    }
    QCOMPARE(list.jsonArray().size(), 2);
    for (const QJsonValue &listed : list.jsonArray()) {
        if (listed[u"id"_s].toString() == ids.at(1))
            QCOMPARE(listed[u"description"_s].toString(), awkward);
    }
}

void TestSandboxIntents::carriesTheFieldsAConsoleNeeds()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QString customer = client.createCustomer();
    const QString destination = u"0c6f3a52-3f4e-4d6b-9a8e-2b7f1c0d9e8a"_s;

    const QJsonObject created =
        client
            .apiPost(u"payment-intents"_s,
                     {{u"amount"_s, 4200},
                      {u"currency"_s, u"usd"_s},
                      {u"customer_id"_s, customer},
                      {u"description"_s, u"Invoice INV-2031"_s},
                      {u"application_fee_amount"_s, 120},
                      {u"transfer_data"_s, QJsonObject{{u"destination_user_id"_s, destination}}}})
            .json();

    static const QRegularExpression isoTime(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY(uuid.match(created[u"id"_s].toString()).hasMatch());
    QCOMPARE(created[u"amount"_s].toInteger(), 4200);
    QCOMPARE(created[u"currency"_s].toString(), u"usd"_s);
    QCOMPARE(created[u"customer_id"_s].toString(), customer);
    QCOMPARE(created[u"description"_s].toString(), u"Invoice INV-2031"_s);
    QCOMPARE(created[u"application_fee_amount"_s].toInteger(), 120);
    QCOMPARE(created[u"transfer_data"_s][u"destination_user_id"_s].toString(), destination);
    QCOMPARE(created[u"amount_refunded"_s].toInteger(), 0);
    QVERIFY(isoTime.match(created[u"created"_s].toString()).hasMatch());
    QVERIFY(isoTime.match(created[u"updated"_s].toString()).hasMatch());
}

void TestSandboxIntents::showsTheClientSecretOnCreationOnly()
{
    const auto server = startServer();
    HttpClient client(server->port());

    const QJsonObject created =
        client.apiPost(u"payment-intents"_s, {{u"amount"_s, 500}, {u"currency"_s, u"usd"_s}})
            .json();
    const QJsonObject read =
        client.apiGet(u"payment-intents/"_s + created[u"id"_s].toString()).json();

    QVERIFY(created[u"client_secret"_s].toString().startsWith(created[u"id"_s].toString()));
    QVERIFY(!read.contains(u"client_secret"_s));
}

void TestSandboxIntents::answersNotFoundInTheContractsWords()
{
    const auto server = startServer();
    HttpClient client(server->port());

    const HttpResult missing =
        client.apiGet(u"payment-intents/3fa85f64-5717-4562-b3fc-2c963f66afa6"_s);
    const HttpResult confirmMissing =
        confirm(client, u"3fa85f64-5717-4562-b3fc-2c963f66afa6"_s, u"x"_s);

    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"error"_s).toString(), u"PaymentIntent not found"_s);
    QCOMPARE(confirmMissing.status, 404);
    QCOMPARE(client.apiGet(u"checkout-sessions/nope"_s).json().value(u"error"_s).toString(),
             u"CheckoutSession not found"_s);
    QCOMPARE(client.apiGet(u"payment-customers/nope"_s).json().value(u"error"_s).toString(),
             u"PaymentCustomer not found"_s);
    QCOMPARE(client.apiGet(u"payment-methods/nope"_s).json().value(u"error"_s).toString(),
             u"PaymentMethod not found"_s);
    QCOMPARE(client.apiGet(u"refunds/nope"_s).json().value(u"error"_s).toString(),
             u"Refund not found"_s);
}

QTEST_GUILESS_MAIN(TestSandboxIntents)
#include "tst_sandbox_intents.moc"
