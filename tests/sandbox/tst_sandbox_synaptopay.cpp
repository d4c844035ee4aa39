// SynaptoPay in the sandbox, over real HTTP on loopback: Api-Key authentication, every create
// and its validation errors, the colon custom methods, pagination, idempotency, the card
// terminal, devices, refunds, transfers and saved cards, the faults, and a restart from the
// state file.

#include "sandbox/synaptopay_test_support.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

constexpr int kHourMs = 3600 * 1000;

// Terminals wait for a card for an hour unless a test settles them.
SandboxOptions synaptoPayOptions()
{
    SandboxOptions options = testOptions();
    options.terminalDelayMs = kHourMs;
    return options;
}

QJsonObject intentBody(const QJsonObject &extra = {})
{
    QJsonObject body{{u"amount"_s, u"1500"_s}, {u"currency"_s, u"GBP"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QDateTime rfc3339(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QStringList namesOf(const QJsonArray &records)
{
    QStringList names;
    for (const QJsonValue &record : records)
        names.append(record[u"name"_s].toString());
    return names;
}

// Every record of a :list, page by page; fails the running test on a page that is not 200.
QJsonArray listAll(SynaptoPayClient &client, const QString &collection, const QString &key,
                   int pageSize, int *pages = nullptr, const QJsonObject &filter = {})
{
    QJsonArray all;
    QString token;
    int count = 0;
    do {
        QJsonObject body = filter;
        body.insert(u"page_size"_s, pageSize);
        if (!token.isEmpty())
            body.insert(u"page_token"_s, token);
        const HttpResult page = client.post(collection + u":list"_s, body);
        if (page.status != 200) {
            QTest::qFail(page.body.constData(), __FILE__, __LINE__);
            return all;
        }
        for (const QJsonValue &record : page.json()[key].toArray())
            all.append(record);
        token = page.json()[u"next_page_token"_s].toString();
        ++count;
    } while (!token.isEmpty() && count < 1000);
    if (pages)
        *pages = count;
    return all;
}

} // namespace

class TestSandboxSynaptoPay : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusesMissingWrongAndForeignKeys_data();
    void refusesMissingWrongAndForeignKeys();
    void routesTheColonCustomMethods_data();
    void routesTheColonCustomMethods();
    void createsAndGetsPaymentIntents();
    void refusesInvalidPaymentIntents_data();
    void refusesInvalidPaymentIntents();
    void createsAndListsCustomers();
    void refusesInvalidCustomers_data();
    void refusesInvalidCustomers();
    void paysACheckoutSessionOnItsPage();
    void refusesInvalidCheckoutSessions();
    void pagesAcrossALongList();
    void refusesBadPageRequests_data();
    void refusesBadPageRequests();
    void listsDevicesInEveryState();
    void paysOnlineWithATestCard();
    void terminalSucceedsThroughTheAdminRoute();
    void terminalDeclinesAndTimesOut_data();
    void terminalDeclinesAndTimesOut();
    void terminalPageTakesTheCard();
    void terminalSettlesByItselfWithTestAmounts();
    void refusesABusyTerminal();
    void refundsACharge();
    void replaysTheFirstAnswerForTheSameKey();
    void refusesAKeyReusedForAnotherRequest();
    void refusesMalformedKeys_data();
    void refusesMalformedKeys();
    void forgetsKeysAfter96Hours();
    void refusesAKeyStillInProgress();
    void answersARetryAfterADroppedAnswer();
    void meetsTheFaultsInItsOwnErrorShape();
    void keepsWritesAndKeysAcrossARestart();
    void seedsDemoDataInEveryState();

private:
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxSynaptoPay::init()
{
    m_server = startServer(synaptoPayOptions());
}

void TestSandboxSynaptoPay::cleanup()
{
    m_server.reset();
}

void TestSandboxSynaptoPay::refusesMissingWrongAndForeignKeys_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("message");
    QTest::newRow("no key") << QByteArray() << u"acct_demo"_s << u"Missing API key"_s;
    QTest::newRow("bearer") << QByteArray("Bearer sk_sandbox_demo_not_secret") << u"acct_demo"_s
                            << u"Api-Key scheme"_s;
    QTest::newRow("dots credentials")
        << basicAuthorization() << u"acct_demo"_s << u"Api-Key scheme"_s;
    QTest::newRow("wrong key") << QByteArray("Api-Key sk_sandbox_wrong") << u"acct_demo"_s
                               << u"Invalid API key"_s;
    QTest::newRow("another account's key")
        << apiKeyAuthorization(QString::fromLatin1(kSynaptoPaySecondApiKey)) << u"acct_demo"_s
        << u"accounts/acct_second; it cannot act for accounts/acct_demo"_s;
    QTest::newRow("an account that is not there")
        << apiKeyAuthorization() << u"acct_nobody"_s << u"cannot act for accounts/acct_nobody"_s;
}

void TestSandboxSynaptoPay::refusesMissingWrongAndForeignKeys()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, account);
    QFETCH(QString, message);
    // An empty authorization sends none at all.
    HttpClient client(m_server->port(), authorization);

    const HttpResult answer =
        client.send("POST", u"/v1/accounts/%1/payment-intents"_s.arg(account),
                    QJsonDocument(intentBody()).toJson(), {{"Content-Type", "application/json"}});

    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.json()[u"code"_s].toInt(), 7);
    QVERIFY2(answer.json()[u"message"_s].toString().contains(message), answer.body.constData());
    // Nothing was created for anyone.
    SynaptoPayClient demo(m_server->port());
    QCOMPARE(demo.post(u"payment-intents:list"_s, {}).json()[u"payment_intents"_s].toArray().size(),
             0);
    // The right key for the right account gets through.
    SynaptoPayClient second(m_server->port(), QString::fromLatin1(kSynaptoPaySecondApiKey),
                            QString::fromLatin1(kSynaptoPaySecondAccount));
    QCOMPARE(second.post(u"payment-intents"_s, intentBody()).status, 200);
}

void TestSandboxSynaptoPay::routesTheColonCustomMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("customers:list") << QByteArray("POST") << u"customers:list"_s << 200;
    // A client that percent-encodes the colon reaches the same method.
    QTest::newRow("customers%3Alist") << QByteArray("POST") << u"customers%3Alist"_s << 200;
    QTest::newRow("devices:list") << QByteArray("POST") << u"devices:list"_s << 200;
    QTest::newRow("payment-intents:list") << QByteArray("POST") << u"payment-intents:list"_s << 200;
    QTest::newRow("GET of a list") << QByteArray("GET") << u"customers:list"_s << 405;
    QTest::newRow("unknown custom method") << QByteArray("POST") << u"customers:purge"_s << 404;
    QTest::newRow("a colon in an id") << QByteArray("GET") << u"customers/cus_1:list"_s << 404;
}

void TestSandboxSynaptoPay::routesTheColonCustomMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    HttpClient client(m_server->port(), apiKeyAuthorization());

    const HttpResult answer = client.send(method, u"/v1/accounts/acct_demo/"_s + path, "{}",
                                          {{"Content-Type", "application/json"}});

    QCOMPARE(answer.status, status);
    if (status == 200) {
        const QString list = path.section(u':', 0, 0).section(u'%', 0, 0).replace(u'-', u'_');
        QVERIFY2(answer.json()[list].isArray(), answer.body.constData());
    } else {
        QCOMPARE(answer.json()[u"code"_s].toInt(), 5);
        QVERIFY(answer.json()[u"message"_s].toString().contains(u"/v1/accounts/acct_demo/"_s));
    }
    if (status == 405)
        QCOMPARE(answer.header("allow"), "POST");
}

void TestSandboxSynaptoPay::createsAndGetsPaymentIntents()
{
    SynaptoPayClient client(m_server->port());
    const QJsonObject customer = client.createCustomer();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    const HttpResult created =
        client.post(u"payment-intents"_s,
                    intentBody({{u"customer"_s, customer[u"name"_s]},
                                {u"metadata"_s, QJsonObject{{u"order_id"_s, u"A-1"_s}}}}));

    QCOMPARE(created.status, 200);
    const QJsonObject intent = created.json();
    QVERIFY(intent[u"name"_s].toString().startsWith(u"accounts/acct_demo/payment-intents/pi_"_s));
    QCOMPARE(intent[u"amount"_s], QJsonValue(u"1500"_s));
    QCOMPARE(intent[u"currency"_s].toString(), u"GBP"_s);
    QCOMPARE(intent[u"state"_s].toString(), u"REQUIRES_PAYMENT_METHOD"_s);
    QCOMPARE(intent[u"customer"_s], customer[u"name"_s]);
    QCOMPARE(intent[u"metadata"_s][u"order_id"_s].toString(), u"A-1"_s);
    QVERIFY(intent[u"client_secret"_s].toString().contains(u"_secret_"_s));
    QVERIFY(!intent.contains(u"last_payment_error"_s));
    QVERIFY(rfc3339(intent[u"create_time"_s]) >= before);
    QCOMPARE(intent[u"update_time"_s], intent[u"create_time"_s]);
    QCOMPARE(client.getName(intent[u"name"_s].toString()).json(), intent);

    // A JSON number is taken for the amount; the answer has a string all the same.
    const QJsonObject numeric =
        client.create(u"payment-intents"_s, intentBody({{u"amount"_s, 990}}));
    QCOMPARE(numeric[u"amount"_s], QJsonValue(u"990"_s));

    const HttpResult missing = client.get(u"payment-intents/pi_nothere"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json()[u"code"_s].toInt(), 5);
    QVERIFY(missing.json()[u"message"_s].toString().contains(u"pi_nothere"_s));
}

void TestSandboxSynaptoPay::refusesInvalidPaymentIntents_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code");

    const QString front = u"accounts/acct_demo/devices/dvc_front_counter"_s;
    const auto row = [](const char *name, const QJsonObject &body, const QString &field,
                        const QString &message,
                        int code = 3) { QTest::newRow(name) << body << field << message << code; };
    row("no amount", {{u"currency"_s, u"GBP"_s}}, u"amount"_s, u"amount is required"_s);
    row("zero amount", intentBody({{u"amount"_s, u"0"_s}}), u"amount"_s,
        u"amount must be greater than 0"_s);
    row("amount with decimals", intentBody({{u"amount"_s, u"12.50"_s}}), u"amount"_s,
        u"amount must be a whole number of minor units"_s);
    row("negative amount", intentBody({{u"amount"_s, -5}}), u"amount"_s,
        u"amount must be a whole number of minor units"_s);
    row("no currency", {{u"amount"_s, u"100"_s}}, u"currency"_s, u"currency is required"_s);
    row("lower-case currency", intentBody({{u"currency"_s, u"gbp"_s}}), u"currency"_s,
        u"currency must be an upper-case ISO 4217 code"_s);
    row("unsupported currency", intentBody({{u"currency"_s, u"JPY"_s}}), u"currency"_s,
        u"currency JPY is not supported"_s);
    row("confirm without a payment method", intentBody({{u"confirm"_s, true}}), u"payment_method"_s,
        u"payment_method is required when confirm is true, unless device"_s);
    row("device without confirm", intentBody({{u"device"_s, front}}), u"device"_s,
        u"device is only used with confirm: true"_s);
    row("unknown device",
        intentBody(
            {{u"confirm"_s, true}, {u"device"_s, u"accounts/acct_demo/devices/dvc_nowhere"_s}}),
        u"device"_s,
        u"device names accounts/acct_demo/devices/dvc_nowhere, which does not exist"_s);
    row("pending device",
        intentBody(
            {{u"confirm"_s, true}, {u"device"_s, u"accounts/acct_demo/devices/dvc_back_office"_s}}),
        u"device"_s, u"is PENDING: only an ACTIVE device takes payments"_s, 9);
    row("suspended device",
        intentBody(
            {{u"confirm"_s, true}, {u"device"_s, u"accounts/acct_demo/devices/dvc_old_till"_s}}),
        u"device"_s, u"is SUSPENDED: only an ACTIVE device takes payments"_s, 9);
    row("another account's device",
        intentBody({{u"confirm"_s, true},
                    {u"device"_s, u"accounts/acct_second/devices/dvc_second_counter"_s}}),
        u"device"_s, u"device names a record of accounts/acct_second"_s);
    row("currency the device does not take",
        intentBody({{u"currency"_s, u"EUR"_s}, {u"confirm"_s, true}, {u"device"_s, front}}),
        u"currency"_s,
        u"currency EUR is not supported by device "_s + front + u", which takes GBP"_s);
    row("transfer to no account",
        intentBody({{u"transfers"_s, QJsonArray{QJsonObject{{u"account_name"_s, u"acct_partner"_s},
                                                            {u"amount"_s, u"100"_s}}}}}),
        u"transfers[0].account_name"_s, u"transfers[0].account_name must name an account"_s);
    row("transfer of nothing",
        intentBody({{u"transfers"_s,
                     QJsonArray{QJsonObject{{u"account_name"_s, u"accounts/acct_partner"_s},
                                            {u"amount"_s, u"0"_s}}}}}),
        u"transfers[0].amount"_s, u"transfers[0].amount must be greater than 0"_s);
    row("two transfers to one recipient",
        intentBody({{u"transfers"_s,
                     QJsonArray{QJsonObject{{u"account_name"_s, u"accounts/acct_partner"_s},
                                            {u"amount"_s, u"100"_s}},
                                QJsonObject{{u"account_name"_s, u"accounts/acct_partner"_s},
                                            {u"amount"_s, u"200"_s}}}}}),
        u"transfers[1].account_name"_s, u"at most one transfer per recipient account"_s);
    row("transfers past the amount",
        intentBody(
            {{u"transfers"_s, QJsonArray{QJsonObject{{u"account_name"_s, u"accounts/acct_a"_s},
                                                     {u"amount"_s, u"1000"_s}},
                                         QJsonObject{{u"account_name"_s, u"accounts/acct_b"_s},
                                                     {u"amount"_s, u"501"_s}}}}}),
        u"transfers"_s,
        u"transfers add up to 1501, more than the payment intent's amount of 1500"_s);
    row("setup_future_usage without a customer",
        intentBody({{u"setup_future_usage"_s, u"OFF_SESSION"_s}}), u"setup_future_usage"_s,
        u"setup_future_usage needs customer"_s);
    row("unknown setup_future_usage", intentBody({{u"setup_future_usage"_s, u"SOMETIMES"_s}}),
        u"setup_future_usage"_s, u"setup_future_usage must be one of: OFF_SESSION"_s);
    QJsonObject many;
    for (int i = 0; i < 51; ++i)
        many.insert(u"key%1"_s.arg(i), u"v"_s);
    row("51 metadata keys", intentBody({{u"metadata"_s, many}}), u"metadata"_s,
        u"metadata must have at most 50 keys"_s);
    const QString longKey(41, u'k');
    row("long metadata key", intentBody({{u"metadata"_s, QJsonObject{{longKey, u"v"_s}}}}),
        u"metadata."_s + longKey, u"a metadata key must be at most 40 characters"_s);
    row("long metadata value",
        intentBody({{u"metadata"_s, QJsonObject{{u"note"_s, QString(501, u'v')}}}}),
        u"metadata.note"_s, u"metadata.note must be at most 500 characters"_s);
    row("metadata number", intentBody({{u"metadata"_s, QJsonObject{{u"count"_s, 3}}}}),
        u"metadata.count"_s, u"metadata.count must be a string"_s);
    row("unknown customer", intentBody({{u"customer"_s, u"accounts/acct_demo/customers/cus_x"_s}}),
        u"customer"_s,
        u"customer names accounts/acct_demo/customers/cus_x, which does not exist"_s);
    row("customer that is no name", intentBody({{u"customer"_s, u"cus_x"_s}}), u"customer"_s,
        u"customer must be a resource name such as accounts/acct_demo/customers/cus_123"_s);
    row("unknown payment method",
        intentBody({{u"confirm"_s, true},
                    {u"payment_method"_s, u"accounts/acct_demo/payment-methods/pm_gone"_s}}),
        u"payment_method"_s, u"payment_method names accounts/acct_demo/payment-methods/pm_gone"_s);
}

void TestSandboxSynaptoPay::refusesInvalidPaymentIntents()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, code);
    SynaptoPayClient client(m_server->port());

    const HttpResult answer = client.post(u"payment-intents"_s, body);

    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()[u"code"_s].toInt(), code);
    QVERIFY2(answer.json()[u"message"_s].toString().contains(message), answer.body.constData());
    QCOMPARE(violatedField(answer), field);
    const QJsonObject violation =
        answer.json()[u"details"_s][0][u"field_violations"_s][0].toObject();
    QCOMPARE(violation[u"description"_s], answer.json()[u"message"_s]);
    QVERIFY(!violation[u"reason"_s].toString().isEmpty());
    QCOMPARE(
        client.post(u"payment-intents:list"_s, {}).json()[u"payment_intents"_s].toArray().size(),
        0);
}

void TestSandboxSynaptoPay::createsAndListsCustomers()
{
    SynaptoPayClient client(m_server->port());
    const QJsonObject address{{u"line1"_s, u"1 Quay Side"_s}, {u"country"_s, u"GB"_s}};

    const QJsonObject customer = client.create(
        u"customers"_s,
        {{u"customer"_s, QJsonObject{{u"full_name"_s, u"Grace Hopper"_s},
                                     {u"email"_s, u"grace@example.com"_s},
                                     {u"phone"_s, u"+12025550143"_s},
                                     {u"address"_s, address},
                                     {u"metadata"_s, QJsonObject{{u"tier"_s, u"gold"_s}}}}}});

    QVERIFY(customer[u"name"_s].toString().startsWith(u"accounts/acct_demo/customers/cus_"_s));
    QCOMPARE(customer[u"full_name"_s].toString(), u"Grace Hopper"_s);
    QCOMPARE(customer[u"phone"_s].toString(), u"+12025550143"_s);
    QCOMPARE(customer[u"address"_s].toObject(), address);
    QCOMPARE(customer[u"metadata"_s][u"tier"_s].toString(), u"gold"_s);
    QCOMPARE(client.getName(customer[u"name"_s].toString()).json(), customer);
    const QJsonArray listed = client.post(u"customers:list"_s, {}).json()[u"customers"_s].toArray();
    QCOMPARE(namesOf(listed), QStringList{customer[u"name"_s].toString()});
    // Another account sees none of them.
    SynaptoPayClient second(m_server->port(), QString::fromLatin1(kSynaptoPaySecondApiKey),
                            QString::fromLatin1(kSynaptoPaySecondAccount));
    QCOMPARE(second.post(u"customers:list"_s, {}).json()[u"customers"_s].toArray().size(), 0);
    QCOMPARE(second.getName(customer[u"name"_s].toString()).status, 403);
}

void TestSandboxSynaptoPay::refusesInvalidCustomers_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const auto wrapped = [](const QJsonObject &customer) {
        return QJsonObject{{u"customer"_s, customer}};
    };
    QTest::newRow("flat body") << QJsonObject{{u"full_name"_s, u"Ada"_s}} << u"customer"_s
                               << u"customer is required"_s;
    QTest::newRow("phone not E.164")
        << wrapped({{u"phone"_s, u"020 7183 8750"_s}}) << u"customer.phone"_s
        << u"customer.phone must be in E.164 form"_s;
    QTest::newRow("bad email") << wrapped({{u"email"_s, u"ada-at-example"_s}})
                               << u"customer.email"_s << u"customer.email must be an email"_s;
    QTest::newRow("empty name") << wrapped({{u"full_name"_s, u"  "_s}}) << u"customer.full_name"_s
                                << u"customer.full_name must not be empty"_s;
    QTest::newRow("address number")
        << wrapped({{u"address"_s, QJsonObject{{u"line1"_s, 7}}}}) << u"customer.address.line1"_s
        << u"customer.address.line1 must be a string"_s;
    QTest::newRow("metadata value")
        << wrapped({{u"metadata"_s, QJsonObject{{u"k"_s, QString(501, u'x')}}}})
        << u"customer.metadata.k"_s << u"at most 500 characters"_s;
}

void TestSandboxSynaptoPay::refusesInvalidCustomers()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    SynaptoPayClient client(m_server->port());

    const HttpResult answer = client.post(u"customers"_s, body);

    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()[u"code"_s].toInt(), 3);
    QVERIFY2(answer.json()[u"message"_s].toString().contains(message), answer.body.constData());
    QCOMPARE(violatedField(answer), field);
}

void TestSandboxSynaptoPay::paysACheckoutSessionOnItsPage()
{
    SynaptoPayClient client(m_server->port());
    const QJsonObject session = client.create(
        u"checkout-sessions"_s, {{u"amount"_s, u"4999"_s},
                                 {u"currency"_s, u"EUR"_s},
                                 {u"client_reference_id"_s, u"order-77"_s},
                                 {u"success_url"_s, u"https://shop.example.com/thanks"_s},
                                 {u"cancel_url"_s, u"https://shop.example.com/basket"_s}});
    QVERIFY(
        session[u"name"_s].toString().startsWith(u"accounts/acct_demo/checkout-sessions/cs_"_s));
    QCOMPARE(session[u"state"_s].toString(), u"OPEN"_s);
    QCOMPARE(session[u"paid"_s].toBool(), false);
    QVERIFY(!session.contains(u"payment_intent"_s));
    QCOMPARE(rfc3339(session[u"create_time"_s]).msecsTo(rfc3339(session[u"expire_time"_s])),
             qint64(24) * kHourMs);
    const QUrl url(session[u"url"_s].toString());
    QCOMPARE(url.port(), int(m_server->port()));

    HttpClient browser(m_server->port(), {});
    const HttpResult page = browser.get(url.path());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("€49.99"));
    QVERIFY(page.body.contains("order-77"));
    QCOMPARE(browser.send("POST", url.path()).status, 303);

    const QJsonObject paid = client.getName(session[u"name"_s].toString()).json();
    QCOMPARE(paid[u"state"_s].toString(), u"COMPLETE"_s);
    QCOMPARE(paid[u"paid"_s].toBool(), true);
    const QJsonObject intent = client.getName(paid[u"payment_intent"_s].toString()).json();
    QCOMPARE(intent[u"state"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(intent[u"amount"_s], QJsonValue(u"4999"_s));
    QCOMPARE(intent[u"currency"_s].toString(), u"EUR"_s);
    QCOMPARE(client.getName(intent[u"latest_charge"_s].toString()).json()[u"amount"_s],
             QJsonValue(u"4999"_s));
    // A second click charges nothing more.
    QCOMPARE(browser.send("POST", url.path()).status, 303);
    QCOMPARE(
        client.post(u"payment-intents:list"_s, {}).json()[u"payment_intents"_s].toArray().size(),
        1);
    QVERIFY(browser.get(url.path()).body.contains("Payment received"));

    // After its 24 hours an unpaid session can no longer be paid.
    const QJsonObject late =
        client.create(u"checkout-sessions"_s, {{u"amount"_s, u"100"_s}, {u"currency"_s, u"GBP"_s}});
    QCOMPARE(browser.post(u"/admin/clock"_s, {{u"advance_seconds"_s, 24 * 3600}}).status, 401);
    QCOMPARE(client.http().post(u"/admin/clock"_s, {{u"advance_seconds"_s, 24 * 3600}}).status,
             200);
    QCOMPARE(client.getName(late[u"name"_s].toString()).json()[u"state"_s].toString(),
             u"EXPIRED"_s);
    QCOMPARE(browser.send("POST", QUrl(late[u"url"_s].toString()).path()).status, 410);
}

void TestSandboxSynaptoPay::refusesInvalidCheckoutSessions()
{
    SynaptoPayClient client(m_server->port());
    const HttpResult noCurrency = client.post(u"checkout-sessions"_s, {{u"amount"_s, u"100"_s}});
    QCOMPARE(noCurrency.status, 400);
    QCOMPARE(violatedField(noCurrency), u"currency"_s);
    QVERIFY(noCurrency.json()[u"message"_s].toString().contains(u"currency is required"_s));

    const HttpResult badUrl = client.post(
        u"checkout-sessions"_s,
        {{u"amount"_s, u"100"_s}, {u"currency"_s, u"GBP"_s}, {u"success_url"_s, u"thanks"_s}});
    QCOMPARE(badUrl.status, 400);
    QCOMPARE(violatedField(badUrl), u"success_url"_s);
    QVERIFY(badUrl.json()[u"message"_s].toString().contains(u"absolute URL"_s));
}

void TestSandboxSynaptoPay::pagesAcrossALongList()
{
    SynaptoPayClient client(m_server->port());
    QStringList created;
    for (int i = 0; i < 23; ++i)
        created.append(client.createCustomer(u"Customer %1"_s.arg(i))[u"name"_s].toString());

    int pages = 0;
    const QJsonArray all = listAll(client, u"customers"_s, u"customers"_s, 10, &pages);

    QCOMPARE(pages, 3);
    QStringList names = namesOf(all);
    QCOMPARE(names.size(), 23);
    names.removeDuplicates();
    QCOMPARE(names.size(), 23);
    std::sort(names.begin(), names.end());
    std::sort(created.begin(), created.end());
    QCOMPARE(names, created);
    // The last page has no token; the default page holds ten; page_size may be a string.
    QCOMPARE(client.post(u"customers:list"_s, {}).json()[u"customers"_s].toArray().size(), 10);
    const QJsonObject all23 = client.post(u"customers:list"_s, {{u"page_size"_s, u"50"_s}}).json();
    QCOMPARE(all23[u"customers"_s].toArray().size(), 23);
    QVERIFY(!all23.contains(u"next_page_token"_s));
    // Past the largest page it is cut to 100, not refused.
    QCOMPARE(client.post(u"customers:list"_s, {{u"page_size"_s, 5000}}).status, 200);
}

void TestSandboxSynaptoPay::refusesBadPageRequests_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("garbage token")
        << QJsonObject{{u"page_token"_s, u"not-a-token!"_s}} << u"page_token"_s;
    QTest::newRow("token of another list") << QJsonObject() << u"page_token"_s;
    QTest::newRow("negative page_size") << QJsonObject{{u"page_size"_s, -1}} << u"page_size"_s;
    QTest::newRow("page_size text") << QJsonObject{{u"page_size"_s, u"ten"_s}} << u"page_size"_s;
}

void TestSandboxSynaptoPay::refusesBadPageRequests()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    SynaptoPayClient client(m_server->port());
    for (int i = 0; i < 3; ++i)
        client.createCustomer();
    if (body.isEmpty()) {
        const QJsonObject page = client.post(u"customers:list"_s, {{u"page_size"_s, 1}}).json();
        body.insert(u"page_token"_s, page[u"next_page_token"_s]);
        QVERIFY(!body[u"page_token"_s].toString().isEmpty());
    }

    const HttpResult answer = client.post(u"payment-intents:list"_s, body);

    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()[u"code"_s].toInt(), 3);
    QCOMPARE(violatedField(answer), field);
}

void TestSandboxSynaptoPay::listsDevicesInEveryState()
{
    SynaptoPayClient client(m_server->port());
    const QJsonArray devices = client.post(u"devices:list"_s, {}).json()[u"devices"_s].toArray();

    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &device : devices)
        byId.insert(device[u"name"_s].toString().section(u'/', -1), device.toObject());
    QCOMPARE(byId.size(), 5);
    const auto check = [&](const QString &id, const QString &state, const QString &model,
                           const QString &currency) {
        const QJsonObject device = byId.value(id);
        QCOMPARE(device[u"name"_s].toString(), client.name(u"devices/"_s + id));
        QCOMPARE(device[u"state"_s].toString(), state);
        QCOMPARE(device[u"model"_s].toString(), model);
        QCOMPARE(device[u"supported_currency_codes"_s].toArray(), QJsonArray{currency});
        QCOMPARE(device[u"supported_payment_rails"_s].toArray(), QJsonArray{u"card"_s});
        QVERIFY(!device[u"display_name"_s].toString().isEmpty());
        QVERIFY(!device[u"serial_number"_s].toString().isEmpty());
        QVERIFY(rfc3339(device[u"create_time"_s]).isValid());
    };
    check(u"dvc_front_counter"_s, u"ACTIVE"_s, u"CLOVER_FLEX"_s, u"GBP"_s);
    check(u"dvc_cafe_bar"_s, u"ACTIVE"_s, u"CLOVER_MINI"_s, u"EUR"_s);
    check(u"dvc_popup_stand"_s, u"ACTIVE"_s, u"CLOVER_FLEX"_s, u"USD"_s);
    check(u"dvc_back_office"_s, u"PENDING"_s, u"CLOVER_MINI"_s, u"GBP"_s);
    check(u"dvc_old_till"_s, u"SUSPENDED"_s, u"CLOVER_FLEX"_s, u"GBP"_s);
    QCOMPARE(client.get(u"devices/dvc_cafe_bar"_s).json(), byId.value(u"dvc_cafe_bar"_s));

    SynaptoPayClient second(m_server->port(), QString::fromLatin1(kSynaptoPaySecondApiKey),
                            QString::fromLatin1(kSynaptoPaySecondAccount));
    const QJsonArray theirs = second.post(u"devices:list"_s, {}).json()[u"devices"_s].toArray();
    QCOMPARE(namesOf(theirs), QStringList{u"accounts/acct_second/devices/dvc_second_counter"_s});
    // A reset keeps the devices: they are the accounts' configuration.
    QCOMPARE(client.http().post(u"/admin/reset"_s, {}).status, 200);
    QCOMPARE(client.post(u"devices:list"_s, {}).json()[u"devices"_s].toArray().size(), 5);
}

void TestSandboxSynaptoPay::paysOnlineWithATestCard()
{
    SynaptoPayClient client(m_server->port());
    const QString visa = client.name(u"payment-methods/pm_card_visa"_s);
    const QString declining = client.name(u"payment-methods/pm_card_declined"_s);
    const QString customer = client.createCustomer()[u"name"_s].toString();

    const QJsonObject paid = client.create(
        u"payment-intents"_s, intentBody({{u"confirm"_s, true}, {u"payment_method"_s, visa}}));
    QCOMPARE(paid[u"state"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(paid[u"payment_method"_s].toString(), visa);
    QVERIFY(paid[u"latest_charge"_s].toString().startsWith(u"accounts/acct_demo/charges/ch_"_s));

    const QJsonObject declinedAmount = client.create(
        u"payment-intents"_s,
        intentBody({{u"amount"_s, u"1002"_s}, {u"confirm"_s, true}, {u"payment_method"_s, visa}}));
    QCOMPARE(declinedAmount[u"state"_s].toString(), u"REQUIRES_PAYMENT_METHOD"_s);
    QCOMPARE(declinedAmount[u"last_payment_error"_s][u"code"_s].toString(), u"card_declined"_s);
    QVERIFY(!declinedAmount[u"last_payment_error"_s].toObject().contains(u"device"_s));
    QVERIFY(!declinedAmount.contains(u"latest_charge"_s));

    const QJsonObject declinedCard = client.create(
        u"payment-intents"_s, intentBody({{u"confirm"_s, true}, {u"payment_method"_s, declining}}));
    QCOMPARE(declinedCard[u"state"_s].toString(), u"REQUIRES_PAYMENT_METHOD"_s);
    QCOMPARE(declinedCard[u"last_payment_error"_s][u"code"_s].toString(), u"card_declined"_s);

    // Saving the shared test card on a customer saves the customer's own copy of it.
    const QJsonObject saved = client.create(
        u"payment-intents"_s, intentBody({{u"confirm"_s, true},
                                          {u"payment_method"_s, visa},
                                          {u"customer"_s, customer},
                                          {u"setup_future_usage"_s, u"OFF_SESSION"_s}}));
    QCOMPARE(saved[u"state"_s].toString(), u"SUCCEEDED"_s);
    const QString copy = saved[u"payment_method"_s].toString();
    QVERIFY(copy != visa);
    QCOMPARE(client.getName(copy).json()[u"customer"_s].toString(), customer);
    QCOMPARE(namesOf(client.post(u"payment-methods:list"_s, {{u"customer"_s, customer}})
                         .json()[u"payment_methods"_s]
                         .toArray()),
             QStringList{copy});
    // That card can only pay for its own customer.
    const QString other = client.createCustomer(u"Someone Else"_s)[u"name"_s].toString();
    const HttpResult foreign = client.post(
        u"payment-intents"_s,
        intentBody({{u"confirm"_s, true}, {u"payment_method"_s, copy}, {u"customer"_s, other}}));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(violatedField(foreign), u"payment_method"_s);
    QVERIFY(foreign.json()[u"message"_s].toString().contains(u"another customer"_s));
}

void TestSandboxSynaptoPay::terminalSucceedsThroughTheAdminRoute()
{
    SynaptoPayClient client(m_server->port());
    const QString customer = client.createCustomer()[u"name"_s].toString();
    const QString device = client.name(u"devices/dvc_front_counter"_s);
    const QJsonArray transfers{
        QJsonObject{{u"account_name"_s, u"accounts/acct_partner"_s}, {u"amount"_s, u"300"_s}},
        QJsonObject{{u"account_name"_s, u"accounts/acct_landlord"_s}, {u"amount"_s, u"200"_s}}};

    const QJsonObject started = client.create(
        u"payment-intents"_s,
        intentBody({{u"confirm"_s, true},
                    {u"device"_s, device},
                    {u"customer"_s, customer},
                    {u"payment_method"_s, client.name(u"payment-methods/pm_card_declined"_s)},
                    {u"setup_future_usage"_s, u"OFF_SESSION"_s},
                    {u"transfers"_s, transfers}}));
    QCOMPARE(started[u"state"_s].toString(), u"PROCESSING"_s);
    QCOMPARE(started[u"device"_s].toString(), device);
    // On a terminal the payment_method given is ignored.
    QVERIFY(!started.contains(u"payment_method"_s));
    const QString name = started[u"name"_s].toString();
    // It stays processing while the terminal waits.
    QCOMPARE(client.getName(name).json()[u"state"_s].toString(), u"PROCESSING"_s);
    const QJsonArray terminals =
        client.http().get(u"/admin/terminals"_s).json()[u"terminals"_s].toArray();
    QJsonObject waiting;
    for (const QJsonValue &terminal : terminals) {
        if (terminal[u"device"_s].toString() == device)
            waiting = terminal[u"waiting"_s].toObject();
    }
    QCOMPARE(waiting[u"payment_intent"_s].toString(), name);
    QCOMPARE(waiting[u"amount"_s].toString(), u"1500"_s);

    const HttpResult settled = client.http().post(u"/admin/terminals/dvc_front_counter"_s,
                                                  {{u"action"_s, u"present_card"_s}});

    QCOMPARE(settled.status, 200);
    const QJsonObject intent = client.getName(name).json();
    QCOMPARE(settled.json(), intent);
    QCOMPARE(intent[u"state"_s].toString(), u"SUCCEEDED"_s);
    QVERIFY(!intent.contains(u"last_payment_error"_s));
    QVERIFY(rfc3339(intent[u"update_time"_s]) >= rfc3339(intent[u"create_time"_s]));
    // The card actually used on the terminal, saved on the customer.
    const QJsonObject card = client.getName(intent[u"payment_method"_s].toString()).json();
    QCOMPARE(card[u"type"_s].toString(), u"CARD_PRESENT"_s);
    QCOMPARE(card[u"card"_s][u"brand"_s].toString(), u"visa"_s);
    QCOMPARE(card[u"card"_s][u"last4"_s].toString(), u"4242"_s);
    QCOMPARE(card[u"customer"_s].toString(), customer);
    QCOMPARE(namesOf(client.post(u"payment-methods:list"_s, {{u"customer"_s, customer}})
                         .json()[u"payment_methods"_s]
                         .toArray()),
             QStringList{card[u"name"_s].toString()});
    // The charge, and a transfer per split under the paying account.
    const QJsonObject charge = client.getName(intent[u"latest_charge"_s].toString()).json();
    QCOMPARE(charge[u"payment_intent"_s].toString(), name);
    QCOMPARE(charge[u"amount"_s].toString(), u"1500"_s);
    const QJsonArray splits = intent[u"transfers"_s].toArray();
    QCOMPARE(splits.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString transferName = splits[i][u"transfer"_s].toString();
        QVERIFY(transferName.startsWith(u"accounts/acct_demo/transfers/txfr_"_s));
        const QJsonObject transfer = client.getName(transferName).json();
        QCOMPARE(transfer[u"account_name"_s], transfers[i][u"account_name"_s]);
        QCOMPARE(transfer[u"amount"_s], transfers[i][u"amount"_s]);
        QCOMPARE(transfer[u"currency"_s].toString(), u"GBP"_s);
        QCOMPARE(transfer[u"type"_s].toString(), u"CHARGE_SPLIT"_s);
        QCOMPARE(transfer[u"charge"_s], charge[u"name"_s]);
    }
    QCOMPARE(client.post(u"transfers:list"_s, {}).json()[u"transfers"_s].toArray().size(), 2);
    // Nothing waits any more.
    const HttpResult again =
        client.http().post(u"/admin/terminals/dvc_front_counter"_s, {{u"action"_s, u"decline"_s}});
    QCOMPARE(again.status, 409);
    QCOMPARE(client.getName(name).json()[u"state"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(
        client.http().post(u"/admin/terminals/dvc_nowhere"_s, {{u"action"_s, u"decline"_s}}).status,
        404);
    QCOMPARE(client.http()
                 .post(u"/admin/terminals/dvc_front_counter"_s, {{u"action"_s, u"explode"_s}})
                 .status,
             400);
}

void TestSandboxSynaptoPay::terminalDeclinesAndTimesOut_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code");
    QTest::newRow("declined") << u"decline"_s << u"card_declined"_s;
    QTest::newRow("timed out") << u"time_out"_s << u"terminal_timeout"_s;
}

void TestSandboxSynaptoPay::terminalDeclinesAndTimesOut()
{
    QFETCH(QString, action);
    QFETCH(QString, code);
    SynaptoPayClient client(m_server->port());
    const QString device = client.name(u"devices/dvc_cafe_bar"_s);
    const QString name =
        client
            .create(
                u"payment-intents"_s,
                intentBody({{u"currency"_s, u"EUR"_s},
                            {u"confirm"_s, true},
                            {u"device"_s, device},
                            {u"transfers"_s,
                             QJsonArray{QJsonObject{{u"account_name"_s, u"accounts/acct_partner"_s},
                                                    {u"amount"_s, u"100"_s}}}}}))[u"name"_s]
            .toString();

    QCOMPARE(client.http().post(u"/admin/terminals/dvc_cafe_bar"_s, {{u"action"_s, action}}).status,
             200);

    const QJsonObject intent = client.getName(name).json();
    QCOMPARE(intent[u"state"_s].toString(), u"REQUIRES_PAYMENT_METHOD"_s);
    const QJsonObject error = intent[u"last_payment_error"_s].toObject();
    QCOMPARE(error[u"code"_s].toString(), code);
    QCOMPARE(error[u"device"_s].toString(), device);
    QVERIFY(!error[u"message"_s].toString().isEmpty());
    QVERIFY(!intent.contains(u"payment_method"_s));
    QVERIFY(!intent.contains(u"latest_charge"_s));
    // No transfer is made for a payment that failed.
    QVERIFY(!intent[u"transfers"_s][0].toObject().contains(u"transfer"_s));
    QCOMPARE(client.post(u"transfers:list"_s, {}).json()[u"transfers"_s].toArray().size(), 0);
    // The terminal is free again.
    QCOMPARE(client
                 .post(u"payment-intents"_s, intentBody({{u"currency"_s, u"EUR"_s},
                                                         {u"confirm"_s, true},
                                                         {u"device"_s, device}}))
                 .status,
             200);
}

void TestSandboxSynaptoPay::terminalPageTakesTheCard()
{
    SynaptoPayClient client(m_server->port());
    HttpClient browser(m_server->port(), {});
    QVERIFY(browser.get(u"/terminal/dvc_front_counter"_s).body.contains("No payment is waiting"));
    const QString name =
        client
            .create(
                u"payment-intents"_s,
                intentBody({{u"amount"_s, u"123456"_s},
                            {u"confirm"_s, true},
                            {u"device"_s, client.name(u"devices/dvc_front_counter"_s)}}))[u"name"_s]
            .toString();

    const HttpResult page = browser.get(u"/terminal/dvc_front_counter"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("content-type"), "text/html; charset=utf-8");
    QVERIFY(page.body.contains("£1,234.56"));
    QVERIFY(page.body.contains("action=\"/terminal/dvc_front_counter/present\""));
    QVERIFY(page.body.contains("action=\"/terminal/dvc_front_counter/decline\""));
    QVERIFY(page.body.contains("action=\"/terminal/dvc_front_counter/timeout\""));
    QVERIFY(!page.body.contains("<script"));

    const HttpResult presented = browser.send("POST", u"/terminal/dvc_front_counter/present"_s);
    QCOMPARE(presented.status, 303);
    QCOMPARE(presented.header("location"), "/terminal/dvc_front_counter");
    QCOMPARE(client.getName(name).json()[u"state"_s].toString(), u"SUCCEEDED"_s);
    QVERIFY(browser.get(u"/terminal/dvc_front_counter"_s).body.contains("No payment is waiting"));
    QCOMPARE(browser.get(u"/terminal/dvc_nowhere"_s).status, 404);
}

void TestSandboxSynaptoPay::terminalSettlesByItselfWithTestAmounts()
{
    SandboxOptions options = synaptoPayOptions();
    options.terminalDelayMs = 300;
    m_server = startServer(options);
    SynaptoPayClient client(m_server->port());
    const auto start = [&](const QString &amount, const QString &currency, const QString &device) {
        return client
            .create(u"payment-intents"_s,
                    {{u"amount"_s, amount},
                     {u"currency"_s, currency},
                     {u"confirm"_s, true},
                     {u"device"_s, client.name(u"devices/"_s + device)}})[u"name"_s]
            .toString();
    };
    const QString declined = start(u"1002"_s, u"GBP"_s, u"dvc_front_counter"_s);
    const QString timedOut = start(u"1003"_s, u"EUR"_s, u"dvc_cafe_bar"_s);
    const QString paid = start(u"1004"_s, u"USD"_s, u"dvc_popup_stand"_s);
    QCOMPARE(client.getName(paid).json()[u"state"_s].toString(), u"PROCESSING"_s);

    QTRY_COMPARE_WITH_TIMEOUT(client.getName(paid).json()[u"state"_s].toString(), u"SUCCEEDED"_s,
                              5000);

    const QJsonObject decline = client.getName(declined).json();
    QCOMPARE(decline[u"state"_s].toString(), u"REQUIRES_PAYMENT_METHOD"_s);
    QCOMPARE(decline[u"last_payment_error"_s][u"code"_s].toString(), u"card_declined"_s);
    const QJsonObject timeout = client.getName(timedOut).json();
    QCOMPARE(timeout[u"state"_s].toString(), u"REQUIRES_PAYMENT_METHOD"_s);
    QCOMPARE(timeout[u"last_payment_error"_s][u"code"_s].toString(), u"terminal_timeout"_s);
    QCOMPARE(timeout[u"last_payment_error"_s][u"device"_s].toString(),
             client.name(u"devices/dvc_cafe_bar"_s));
    // It settled when its time came, not when it was read.
    const QJsonObject success = client.getName(paid).json();
    QCOMPARE(rfc3339(success[u"create_time"_s]).msecsTo(rfc3339(success[u"update_time"_s])), 300);
}

void TestSandboxSynaptoPay::refusesABusyTerminal()
{
    SynaptoPayClient client(m_server->port());
    const QJsonObject onTerminal = intentBody(
        {{u"confirm"_s, true}, {u"device"_s, client.name(u"devices/dvc_front_counter"_s)}});
    const QString first = client.create(u"payment-intents"_s, onTerminal)[u"name"_s].toString();

    const HttpResult second = client.post(u"payment-intents"_s, onTerminal);

    QCOMPARE(second.status, 400);
    QCOMPARE(second.json()[u"code"_s].toInt(), 9);
    QCOMPARE(violatedField(second), u"device"_s);
    QVERIFY(second.json()[u"message"_s].toString().contains(first));
}

void TestSandboxSynaptoPay::refundsACharge()
{
    SynaptoPayClient client(m_server->port());
    const QJsonObject intent = client.create(
        u"payment-intents"_s,
        intentBody({{u"amount"_s, u"5000"_s},
                    {u"confirm"_s, true},
                    {u"payment_method"_s, client.name(u"payment-methods/pm_card_visa"_s)}}));
    const QString charge = intent[u"latest_charge"_s].toString();

    const QJsonObject part = client.create(
        u"refunds"_s,
        {{u"charge"_s, charge}, {u"amount"_s, u"2000"_s}, {u"reason"_s, u"CUSTOMER_REQUEST"_s}});
    QVERIFY(part[u"name"_s].toString().startsWith(u"accounts/acct_demo/refunds/re_"_s));
    QCOMPARE(part[u"amount"_s].toString(), u"2000"_s);
    QCOMPARE(part[u"charge"_s].toString(), charge);
    QCOMPARE(part[u"payment_intent"_s], intent[u"name"_s]);
    QCOMPARE(part[u"reason"_s].toString(), u"CUSTOMER_REQUEST"_s);
    QCOMPARE(client.getName(charge).json()[u"amount_refunded"_s].toString(), u"2000"_s);

    const HttpResult tooMuch =
        client.post(u"refunds"_s, {{u"charge"_s, charge}, {u"amount"_s, u"3001"_s}});
    QCOMPARE(tooMuch.status, 400);
    QCOMPARE(violatedField(tooMuch), u"amount"_s);
    QVERIFY(tooMuch.json()[u"message"_s].toString().contains(u"more than the 3000 left"_s));

    // No amount refunds what remains.
    const QJsonObject rest = client.create(u"refunds"_s, {{u"charge"_s, charge}});
    QCOMPARE(rest[u"amount"_s].toString(), u"3000"_s);
    const QJsonObject refunded = client.getName(charge).json();
    QCOMPARE(refunded[u"amount_refunded"_s].toString(), u"5000"_s);
    QCOMPARE(refunded[u"refunded"_s].toBool(), true);
    const HttpResult nothingLeft = client.post(u"refunds"_s, {{u"charge"_s, charge}});
    QCOMPARE(nothingLeft.status, 400);
    QCOMPARE(nothingLeft.json()[u"code"_s].toInt(), 9);
    QVERIFY(nothingLeft.json()[u"message"_s].toString().contains(u"already refunded in full"_s));
    QCOMPARE(client.post(u"refunds:list"_s, {}).json()[u"refunds"_s].toArray().size(), 2);

    const HttpResult badReason =
        client.post(u"refunds"_s, {{u"charge"_s, charge}, {u"reason"_s, u"BORED"_s}});
    QCOMPARE(violatedField(badReason), u"reason"_s);
    const HttpResult noCharge = client.post(u"refunds"_s, {{u"amount"_s, u"1"_s}});
    QCOMPARE(violatedField(noCharge), u"charge"_s);
    QVERIFY(noCharge.json()[u"message"_s].toString().contains(u"charge is required"_s));
    const HttpResult unknown =
        client.post(u"refunds"_s, {{u"charge"_s, client.name(u"charges/ch_gone"_s)}});
    QCOMPARE(violatedField(unknown), u"charge"_s);
    QVERIFY(unknown.json()[u"message"_s].toString().contains(u"does not exist"_s));
}

void TestSandboxSynaptoPay::replaysTheFirstAnswerForTheSameKey()
{
    SynaptoPayClient client(m_server->port());
    const QJsonObject body = intentBody(
        {{u"confirm"_s, true}, {u"device"_s, client.name(u"devices/dvc_front_counter"_s)}});

    const HttpResult first = client.postWithKey(u"payment-intents"_s, body, "order-1001-try");
    const HttpResult retry = client.postWithKey(u"payment-intents"_s, body, "order-1001-try");

    QCOMPARE(first.status, 200);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body, first.body);
    QCOMPARE(retry.header("idempotent-replayed"), "true");
    QVERIFY(first.header("idempotent-replayed").isEmpty());
    QCOMPARE(
        client.post(u"payment-intents:list"_s, {}).json()[u"payment_intents"_s].toArray().size(),
        1);
    // The first answer, even though the intent moved on since.
    QCOMPARE(client.http()
                 .post(u"/admin/terminals/dvc_front_counter"_s, {{u"action"_s, u"present_card"_s}})
                 .status,
             200);
    QCOMPARE(client.postWithKey(u"payment-intents"_s, body, "order-1001-try").json()[u"state"_s],
             QJsonValue(u"PROCESSING"_s));
    // Keys belong to one account: the other account's same key is a new request.
    SynaptoPayClient second(m_server->port(), QString::fromLatin1(kSynaptoPaySecondApiKey),
                            QString::fromLatin1(kSynaptoPaySecondAccount));
    const HttpResult theirs =
        second.postWithKey(u"payment-intents"_s, intentBody(), "order-1001-try");
    QCOMPARE(theirs.status, 200);
    QVERIFY(theirs.json()[u"name"_s].toString().startsWith(u"accounts/acct_second/"_s));
    // Without a key nothing is deduplicated; a refused create keeps no answer for its key.
    client.create(u"customers"_s, {{u"customer"_s, QJsonObject{}}});
    client.create(u"customers"_s, {{u"customer"_s, QJsonObject{}}});
    QCOMPARE(client.post(u"customers:list"_s, {}).json()[u"customers"_s].toArray().size(), 2);
    QCOMPARE(client.postWithKey(u"customers"_s, {}, "fix-me").status, 400);
    QCOMPARE(client.postWithKey(u"customers"_s, {{u"customer"_s, QJsonObject{}}}, "fix-me").status,
             200);
}

void TestSandboxSynaptoPay::refusesAKeyReusedForAnotherRequest()
{
    SynaptoPayClient client(m_server->port());
    QCOMPARE(client.postWithKey(u"payment-intents"_s, intentBody(), "k-1").status, 200);

    const HttpResult otherBody =
        client.postWithKey(u"payment-intents"_s, intentBody({{u"amount"_s, u"1501"_s}}), "k-1");
    const HttpResult otherPath = client.postWithKey(u"checkout-sessions"_s, intentBody(), "k-1");

    for (const HttpResult &answer : {otherBody, otherPath}) {
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json()[u"code"_s].toInt(), 3);
        QCOMPARE(violatedField(answer), u"Idempotency-Key"_s);
        QVERIFY2(answer.json()[u"message"_s].toString().contains(u"for another request"_s),
                 answer.body.constData());
    }
    QCOMPARE(
        client.post(u"payment-intents:list"_s, {}).json()[u"payment_intents"_s].toArray().size(),
        1);
    QCOMPARE(client.post(u"checkout-sessions:list"_s, {})
                 .json()[u"checkout_sessions"_s]
                 .toArray()
                 .size(),
             0);
}

void TestSandboxSynaptoPay::refusesMalformedKeys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("256 characters") << QByteArray(256, 'k') << u"at most 255 characters"_s;
    QTest::newRow("a space") << QByteArray("two words") << u"only letters, digits"_s;
    QTest::newRow("empty") << QByteArray() << u"only letters, digits"_s;
}

void TestSandboxSynaptoPay::refusesMalformedKeys()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, message);
    SynaptoPayClient client(m_server->port());

    const HttpResult answer = client.postWithKey(u"payment-intents"_s, intentBody(), key);

    QCOMPARE(answer.status, 400);
    QCOMPARE(violatedField(answer), u"Idempotency-Key"_s);
    QVERIFY(answer.json()[u"message"_s].toString().contains(message));
    // The longest key and every allowed character are fine.
    const QByteArray longest = QByteArray(250, 'a') + "._:+/=-";
    QCOMPARE(client.postWithKey(u"payment-intents"_s, intentBody(), longest.left(255)).status, 200);
}

void TestSandboxSynaptoPay::forgetsKeysAfter96Hours()
{
    SynaptoPayClient client(m_server->port());
    const QString first =
        client.postWithKey(u"payment-intents"_s, intentBody(), "k-96").json()[u"name"_s].toString();
    const auto advance = [&](int seconds) {
        return client.http().post(u"/admin/clock"_s, {{u"advance_seconds"_s, seconds}}).status;
    };
    QCOMPARE(advance(96 * 3600 - 60), 200);
    QCOMPARE(
        client.postWithKey(u"payment-intents"_s, intentBody(), "k-96").json()[u"name"_s].toString(),
        first);

    QCOMPARE(advance(60), 200);

    const HttpResult renewed =
        client.postWithKey(u"payment-intents"_s, intentBody({{u"amount"_s, u"777"_s}}), "k-96");
    QCOMPARE(renewed.status, 200);
    QVERIFY(renewed.json()[u"name"_s].toString() != first);
    QCOMPARE(client.postWithKey(u"payment-intents"_s, intentBody({{u"amount"_s, u"777"_s}}), "k-96")
                 .body,
             renewed.body);
}

void TestSandboxSynaptoPay::refusesAKeyStillInProgress()
{
    SynaptoPayClient client(m_server->port());
    QCOMPARE(client.http().put(u"/admin/faults"_s, {{u"latency_ms"_s, 1500}}).status, 200);
    const QJsonObject body = intentBody();
    const auto first = client.start(u"payment-intents"_s, body, {{"Idempotency-Key", "slow-1"}});
    // The first is applied at once and its answer held back for the latency: let it arrive.
    QTest::qWait(300);
    QVERIFY(!first->isFinished());

    const HttpResult second = client.postWithKey(u"payment-intents"_s, body, "slow-1");

    QCOMPARE(second.status, 409);
    QCOMPARE(second.json()[u"code"_s].toInt(), 10);
    QVERIFY2(second.json()[u"message"_s].toString().startsWith(u"request in progress"_s),
             second.body.constData());
    QVERIFY(first->wait());
    QCOMPARE(first->result().status, 200);
    QCOMPARE(client.http().put(u"/admin/faults"_s, {}).status, 200);
    const HttpResult third = client.postWithKey(u"payment-intents"_s, body, "slow-1");
    QCOMPARE(third.status, 200);
    QCOMPARE(third.body, first->result().body);
    QCOMPARE(
        client.post(u"payment-intents:list"_s, {}).json()[u"payment_intents"_s].toArray().size(),
        1);
}

void TestSandboxSynaptoPay::answersARetryAfterADroppedAnswer()
{
    SynaptoPayClient client(m_server->port());
    FaultSettings faults;
    faults.dropAfterShare = 1;
    faults.writesOnly = true;
    QVERIFY(m_server->setFaults(faults));
    const QJsonObject body = intentBody({{u"metadata"_s, QJsonObject{{u"try"_s, u"lost"_s}}}});

    const HttpResult lost = client.postWithKey(u"payment-intents"_s, body, "lost-answer");
    QVERIFY(!lost.answered);
    QVERIFY(m_server->setFaults({}));

    const HttpResult retry = client.postWithKey(u"payment-intents"_s, body, "lost-answer");

    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.header("idempotent-replayed"), "true");
    const QJsonArray intents =
        client.post(u"payment-intents:list"_s, {}).json()[u"payment_intents"_s].toArray();
    QCOMPARE(namesOf(intents), QStringList{retry.json()[u"name"_s].toString()});
}

void TestSandboxSynaptoPay::meetsTheFaultsInItsOwnErrorShape()
{
    SynaptoPayClient client(m_server->port());
    FaultSettings faults;
    faults.serviceUnavailableShare = 1;
    QVERIFY(m_server->setFaults(faults));
    const HttpResult unavailable = client.post(u"payment-intents"_s, intentBody());
    QCOMPARE(unavailable.status, 503);
    QCOMPARE(unavailable.json()[u"code"_s].toInt(), 14);
    QVERIFY(unavailable.json()[u"message"_s].toString().contains(u"nothing was applied"_s));

    faults = {};
    faults.rateLimitShare = 1;
    faults.retryAfterSeconds = 3;
    QVERIFY(m_server->setFaults(faults));
    const HttpResult limited = client.post(u"customers:list"_s, {});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json()[u"code"_s].toInt(), 8);
    QCOMPARE(limited.header("retry-after"), "3");

    QVERIFY(m_server->setFaults({}));
    QCOMPARE(
        client.post(u"payment-intents:list"_s, {}).json()[u"payment_intents"_s].toArray().size(),
        0);
    // A body the sandbox cannot read is an INVALID_ARGUMENT naming it.
    const HttpResult broken =
        client.http().send("POST", u"/v1/accounts/acct_demo/customers"_s, "{\"customer\": ", {});
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.json()[u"code"_s].toInt(), 3);
    QCOMPARE(violatedField(broken), u"body"_s);
}

void TestSandboxSynaptoPay::keepsWritesAndKeysAcrossARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options = synaptoPayOptions();
    options.stateFilePath = dir.filePath(u"sandbox.json"_s);
    m_server = startServer(options);
    QString customer, waiting;
    QByteArray firstAnswer;
    {
        SynaptoPayClient client(m_server->port());
        customer = client.createCustomer()[u"name"_s].toString();
        const HttpResult created = client.postWithKey(
            u"payment-intents"_s,
            intentBody({{u"confirm"_s, true},
                        {u"device"_s, client.name(u"devices/dvc_front_counter"_s)},
                        {u"customer"_s, customer}}),
            "restart-1");
        QCOMPARE(created.status, 200);
        firstAnswer = created.body;
        waiting = created.json()[u"name"_s].toString();
    }
    // Gone without saving: the journal alone carries the writes over.
    m_server.reset();
    m_server = startServer(options);
    SynaptoPayClient client(m_server->port());

    QCOMPARE(client.getName(customer).status, 200);
    QCOMPARE(client.getName(waiting).json()[u"state"_s].toString(), u"PROCESSING"_s);
    const HttpResult retry =
        client.postWithKey(u"payment-intents"_s,
                           intentBody({{u"confirm"_s, true},
                                       {u"device"_s, client.name(u"devices/dvc_front_counter"_s)},
                                       {u"customer"_s, customer}}),
                           "restart-1");
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body, firstAnswer);
    // The terminal still waits for that payment.
    QCOMPARE(client.http()
                 .post(u"/admin/terminals/dvc_front_counter"_s, {{u"action"_s, u"present_card"_s}})
                 .json()[u"name"_s]
                 .toString(),
             waiting);
    QCOMPARE(client.getName(waiting).json()[u"state"_s].toString(), u"SUCCEEDED"_s);
}

void TestSandboxSynaptoPay::seedsDemoDataInEveryState()
{
    SandboxOptions options = synaptoPayOptions();
    options.seedSizes.synaptoPayData = true;
    m_server = startServer(options);
    SynaptoPayClient client(m_server->port());

    const QJsonArray intents = listAll(client, u"payment-intents"_s, u"payment_intents"_s, 100);
    QSet<QString> states, errors;
    for (const QJsonValue &intent : intents) {
        states.insert(intent[u"state"_s].toString());
        errors.insert(intent[u"last_payment_error"_s][u"code"_s].toString());
    }
    QCOMPARE(states,
             (QSet<QString>{u"REQUIRES_PAYMENT_METHOD"_s, u"PROCESSING"_s, u"SUCCEEDED"_s}));
    QVERIFY(errors.contains(u"card_declined"_s));
    QVERIFY(errors.contains(u"terminal_timeout"_s));
    QVERIFY(listAll(client, u"customers"_s, u"customers"_s, 100).size() >= 8);
    QVERIFY(listAll(client, u"refunds"_s, u"refunds"_s, 100).size() >= 2);
    QVERIFY(listAll(client, u"transfers"_s, u"transfers"_s, 100).size() >= 1);
    QSet<QString> sessionStates;
    for (const QJsonValue &session :
         listAll(client, u"checkout-sessions"_s, u"checkout_sessions"_s, 100))
        sessionStates.insert(session[u"state"_s].toString());
    QVERIFY(sessionStates.contains(u"OPEN"_s));
    QVERIFY(sessionStates.contains(u"COMPLETE"_s));
    // The same seed gives the same names.
    auto again = startServer(options);
    SynaptoPayClient twin(again->port());
    QCOMPARE(namesOf(listAll(twin, u"payment-intents"_s, u"payment_intents"_s, 100)),
             namesOf(intents));
}

QTEST_GUILESS_MAIN(TestSandboxSynaptoPay)
#include "tst_sandbox_synaptopay.moc"
