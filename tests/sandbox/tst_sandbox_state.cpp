// State: seed data, reset, the state file round trip, and the server in a thread of its own.

#include "sandbox/render.h"
#include "sandbox/sandbox_test_support.h"
#include "sandbox/sandbox_thread.h"
#include "sandbox/state_file.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

enum class Fields
{
    All,
    // Without what differs between two servers seeded alike: times (seed data is placed back
    // from the moment of seeding) and the checkout page links (they name the server's port).
    Comparable,
};

// Everything the API lists, in list order.
QJsonObject snapshot(HttpClient &client, Fields fields = Fields::All)
{
    const auto strip = [&](QJsonArray records) {
        if (fields == Fields::All)
            return records;
        for (QJsonValueRef record : records) {
            QJsonObject object = record.toObject();
            for (const auto &field :
                 {u"created"_s, u"updated"_s, u"expiry"_s, u"checkout_session_url"_s})
                object.remove(field);
            record = object;
        }
        return records;
    };
    const auto all = [&](const QString &route) {
        QJsonArray records;
        QString cursor;
        for (bool more = true; more;) {
            QUrlQuery query{{u"limit"_s, u"100"_s}};
            if (!cursor.isEmpty())
                query.addQueryItem(u"starting_after"_s, cursor);
            const QJsonObject page = client.apiGet(route, query).json();
            const QJsonArray data = page[u"data"_s].toArray();
            for (const QJsonValue &record : data)
                records.append(record);
            more = page[u"has_more"_s].toBool() && !data.isEmpty();
            if (more)
                cursor = data.last()[u"id"_s].toString();
        }
        return strip(records);
    };
    QJsonArray methods;
    for (const QJsonValue &customer : all(u"payment-customers"_s)) {
        const QJsonObject page =
            client
                .apiGet(u"payment-methods"_s,
                        QUrlQuery{{u"customer_id"_s, customer[u"id"_s].toString()}})
                .json();
        for (const QJsonValue &method : page[u"data"_s].toArray())
            methods.append(method);
    }
    return {{u"customers"_s, all(u"payment-customers"_s)},
            {u"payment_methods"_s, strip(methods)},
            {u"payment_intents"_s, strip(client.apiGet(u"payment-intents"_s).jsonArray())},
            {u"checkout_sessions"_s, all(u"checkout-sessions"_s)},
            {u"refunds"_s, all(u"refunds"_s)}};
}

QStringList statuses(const QJsonArray &records)
{
    QStringList seen;
    for (const QJsonValue &record : records) {
        if (!seen.contains(record[u"status"_s].toString()))
            seen.append(record[u"status"_s].toString());
    }
    seen.sort();
    return seen;
}

} // namespace

class TestSandboxState : public QObject
{
    Q_OBJECT

private slots:
    void seedsEveryStatusAndKind();
    void seedsTheSameDataForTheSameSeed();
    void seedsAHundredThousandIntents();
    void resetsThroughTheAdminRoute();
    void roundTripsTheStateFile();
    void keepsProcessingPaymentsAcrossTheStateFile();
    void startsFromTheStateFileOfItsOptions();
    void refusesADamagedStateFile();
    void refusesALineItemPastTheSafeRange();
    void runsInAThreadOfItsOwn();
    void savesTheStateFileWhenTheThreadStops();
    void reportsAPortInUseFromTheThread();
};

void TestSandboxState::seedsEveryStatusAndKind()
{
    SandboxOptions options = testOptions();
    options.seedSizes = {30, 300, 20};
    // Seeded processing payments then stay processing while the test looks.
    options.processingDelayMs = 3'600'000;
    const auto server = startServer(options);
    HttpClient client(server->port());

    const QJsonObject all = snapshot(client);

    QCOMPARE(all[u"customers"_s].toArray().size(), 30);
    QCOMPARE(all[u"payment_methods"_s].toArray().size(), 60);
    QCOMPARE(
        statuses(all[u"payment_intents"_s].toArray()),
        QStringList({u"canceled"_s, u"created"_s, u"failed"_s, u"initialized"_s, u"processing"_s,
                     u"requires_action"_s, u"requires_capture"_s, u"requires_confirmation"_s,
                     u"requires_payment_method"_s, u"succeeded"_s}));
    QCOMPARE(statuses(all[u"checkout_sessions"_s].toArray()),
             QStringList({u"complete"_s, u"expired"_s, u"open"_s}));
    // Addresses under the domains set aside for examples (RFC 2606), so no mail goes anywhere.
    static const QRegularExpression reservedEmail(u"@([a-z0-9]+\\.)?example\\.(com|org|net)$"_s);
    int people = 0, businesses = 0, described = 0, tagged = 0;
    qint64 smallest = std::numeric_limits<qint64>::max(), largest = 0;
    QSet<QString> days;
    for (const QJsonValue &customer : all[u"customers"_s].toArray()) {
        customer.toObject().contains(u"business_name"_s) ? ++businesses : ++people;
        QVERIFY(reservedEmail.match(customer[u"email"_s].toString()).hasMatch());
        QVERIFY(customer[u"address"_s][u"line_1"_s].isString());
    }
    for (const QJsonValue &intent : all[u"payment_intents"_s].toArray()) {
        described += intent.toObject().contains(u"description"_s);
        tagged += !intent[u"metadata"_s].toObject().isEmpty();
        smallest = std::min(smallest, intent[u"amount"_s].toInteger());
        largest = std::max(largest, intent[u"amount"_s].toInteger());
        days.insert(intent[u"created"_s].toString().left(10));
    }
    QVERIFY(people > 0 && businesses > 0);
    QVERIFY(described > 0 && described < 300 + 20);
    QVERIFY(tagged > 0);
    QVERIFY(largest > 100 * smallest);
    QVERIFY(days.size() > 60);
    QVERIFY(!all[u"refunds"_s].toArray().isEmpty());
}

void TestSandboxState::seedsTheSameDataForTheSameSeed()
{
    SandboxOptions options = testOptions();
    options.seedSizes = {10, 60, 8};
    options.randomSeed = 42;
    // Seeded processing payments then stay processing while the test compares.
    options.processingDelayMs = 3'600'000;
    const auto first = startServer(options);
    const auto second = startServer(options);
    options.randomSeed = 43;
    const auto other = startServer(options);
    HttpClient firstClient(first->port()), secondClient(second->port()), otherClient(other->port());

    const QJsonObject seeded = snapshot(firstClient, Fields::Comparable);

    QCOMPARE(snapshot(secondClient, Fields::Comparable), seeded);
    QVERIFY(snapshot(otherClient, Fields::Comparable) != seeded);
}

void TestSandboxState::seedsAHundredThousandIntents()
{
    SandboxServer server(testOptions());
    QElapsedTimer timer;
    timer.start();

    server.seed({1000, 100'000, 1000}, 5);

    const qint64 elapsed = timer.elapsed();
    qInfo("seeded 100,000 intents, 1,000 customers and 1,000 sessions in %lld ms", elapsed);
    QVERIFY(server.count(Resource::PaymentIntents) >= 100'000);
    QCOMPARE(server.count(Resource::PaymentCustomers), 1000);
}

void TestSandboxState::resetsThroughTheAdminRoute()
{
    SandboxOptions options = testOptions();
    options.seedSizes = {5, 20, 4};
    const auto server = startServer(options);
    HttpClient client(server->port());

    const HttpResult emptied = client.post(u"/admin/reset"_s, {});
    QCOMPARE(emptied.status, 200);
    QCOMPARE(emptied.json()[u"payment_intents"_s].toInt(), 0);
    QCOMPARE(client.apiGet(u"payment-intents"_s).jsonArray().size(), 0);

    const HttpResult reseeded = client.post(
        u"/admin/reset"_s,
        {{u"payment_customers"_s, 3}, {u"payment_intents"_s, 12}, {u"random_seed"_s, 9}});
    QCOMPARE(reseeded.status, 200);
    QCOMPARE(reseeded.json()[u"payment_customers"_s].toInt(), 3);
    QCOMPARE(reseeded.json()[u"payment_methods"_s].toInt(), 6);
    QCOMPARE(reseeded.json()[u"payment_intents"_s].toInt(), 12);
    QCOMPARE(client.apiGet(u"payment-intents"_s).jsonArray().size(), 12);

    const HttpResult noBody = client.send("POST", u"/admin/reset"_s);
    QCOMPARE(noBody.status, 200);
    QCOMPARE(server->count(Resource::PaymentCustomers), 0);

    const HttpResult bad = client.post(u"/admin/reset"_s, {{u"payment_intents"_s, -1}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json()[u"field"_s].toString(), u"payment_intents"_s);
}

void TestSandboxState::roundTripsTheStateFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sandbox.json"_s);
    SandboxOptions options = testOptions();
    options.seedSizes = {8, 40, 6};
    // Seeded processing payments then stay processing between the two snapshots.
    options.processingDelayMs = 3'600'000;
    const auto saved = startServer(options);
    HttpClient savedClient(saved->port());
    const QString customer = savedClient.createCustomer(u"Grace"_s);
    savedClient.apiPost(u"payment-intents"_s,
                        {{u"amount"_s, 777},
                         {u"currency"_s, u"usd"_s},
                         {u"customer_id"_s, customer},
                         {u"metadata"_s, QJsonObject{{u"paydesk_request_id"_s, u"r-77"_s}}}});
    saved->advanceClock(90);
    QString error;
    QVERIFY2(saved->saveState(path, &error), qPrintable(error));

    const auto loaded = startServer(testOptions());
    QVERIFY2(loaded->loadState(path, &error), qPrintable(error));
    HttpClient loadedClient(loaded->port());

    // The checkout page links name their own server, so compare with the port swapped.
    QByteArray before = QJsonDocument(snapshot(savedClient)).toJson();
    before.replace(":" + QByteArray::number(saved->port()) + "/",
                   ":" + QByteArray::number(loaded->port()) + "/");
    QCOMPARE(QJsonDocument(snapshot(loadedClient)).toJson(), before);
    QCOMPARE(
        loaded->countWithMetadata(Resource::PaymentIntents, u"paydesk_request_id"_s, u"r-77"_s), 1);
    QCOMPARE(loadedClient.get(u"/admin/clock"_s).json()[u"offset_seconds"_s].toInt(), 90);
}

void TestSandboxState::keepsProcessingPaymentsAcrossTheStateFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.json"_s);
    SandboxOptions options = testOptions();
    options.processingDelayMs = 3'600'000;
    const auto saved = startServer(options);
    HttpClient client(saved->port());
    const QString customer = client.createCustomer();
    const QString intent =
        client
            .apiPost(u"payment-intents"_s,
                     {{u"amount"_s, 300},
                      {u"currency"_s, u"usd"_s},
                      {u"confirm"_s, true},
                      {u"payment_method_id"_s, client.testCard(customer, false)}})
            .json()[u"id"_s]
            .toString();
    QVERIFY(saved->saveState(path));

    SandboxServer loaded(options);
    QVERIFY(loaded.loadState(path));
    QCOMPARE(loaded.object(Resource::PaymentIntents, intent)[u"status"_s].toString(),
             u"processing"_s);
    loaded.advanceClock(3600);
    QCOMPARE(loaded.object(Resource::PaymentIntents, intent)[u"status"_s].toString(), u"failed"_s);
}

void TestSandboxState::startsFromTheStateFileOfItsOptions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.json"_s);
    SandboxOptions options = testOptions();
    options.seedSizes = {4, 10, 2};
    options.randomSeed = 11;
    QVERIFY(SandboxServer(options).saveState(path));

    options.seedSizes = {};
    options.stateFilePath = path;
    SandboxServer server(options);

    QVERIFY(server.listen());
    QCOMPARE(server.count(Resource::PaymentCustomers), 4);
    QVERIFY(server.count(Resource::PaymentIntents) >= 10);
}

void TestSandboxState::refusesADamagedStateFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.json"_s);
    SandboxOptions seeded = testOptions();
    seeded.seedSizes = {2, 3, 0};
    QVERIFY(SandboxServer(seeded).saveState(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray intents = state[u"payment_intents"_s].toArray();
    QJsonObject broken = intents[1].toObject();
    broken[u"amount"_s] = u"lots"_s;
    intents[1] = broken;
    state[u"payment_intents"_s] = intents;
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(state).toJson());
    file.close();

    SandboxServer server(testOptions());
    server.seed({1, 0, 0}, 1);
    QString error;
    QVERIFY(!server.loadState(path, &error));
    QVERIFY2(error.contains(u"payment_intents[1].amount"_s), qPrintable(error));
    QCOMPARE(server.count(Resource::PaymentCustomers), 1);

    SandboxOptions fromFile = testOptions();
    fromFile.stateFilePath = path;
    SandboxServer refusing(fromFile);
    QVERIFY(!refusing.listen());
    QVERIFY(refusing.errorString().contains(u"payment_intents[1].amount"_s));
}

void TestSandboxState::refusesALineItemPastTheSafeRange()
{
    // Found by fuzzing (fuzz_state_file): a line item whose unit_amount times quantity does not
    // fit in 64 bits loaded, and rendering its session (the API, the checkout page) overflowed.
    const QByteArray file = R"({"format": "paydesk-sandbox-state", "version": 1,
        "clock_offset_ms": 0, "payment_customers": [], "payment_methods": [],
        "payment_intents": [], "refunds": [], "checkout_sessions": [{"id": "s1",
        "created_ms": 0, "updated_ms": 0, "expires_at_ms": 0, "amount_total": 0,
        "line_items": [{"quantity": 9007199254740991, "unit_amount": 9007199254740991}]}]})";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.json"_s);
    const auto write = [&](const QByteArray &content) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
    };
    write(file);
    Store store;
    QString error;
    QVERIFY(!loadStateFile(store, path, &error));
    QVERIFY2(error.contains(u"checkout_sessions[0].line_items[0].unit_amount"_s),
             qPrintable(error));

    // Up to the edge of what a JSON number carries exactly, it loads and renders.
    write(QByteArray(file).replace(R"("quantity": 9007199254740991)", R"("quantity": 1)"));
    QVERIFY2(loadStateFile(store, path, &error), qPrintable(error));
    const CheckoutSession *session = store.sessions.find(u"s1"_s);
    QVERIFY(session);
    const QJsonObject rendered = renderSession(*session, 0, QUrl(u"http://127.0.0.1/"_s));
    QCOMPARE(rendered[u"line_items"_s][0][u"amount_total"_s].toInteger(), qint64(9007199254740991));
}

void TestSandboxState::runsInAThreadOfItsOwn()
{
    SandboxOptions options = testOptions();
    options.seedSizes = {3, 10, 2};
    SandboxThread sandbox(options);
    QSignalSpy listening(&sandbox, &SandboxThread::listening);

    sandbox.start();

    QVERIFY(listening.wait());
    const QUrl base = listening.at(0).at(0).toUrl();
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    QCOMPARE(base.path(), u"/api"_s);
    HttpClient client(quint16(base.port()));
    QCOMPARE(client.apiGet(u"payment-customers"_s).json()[u"data"_s].toArray().size(), 3);

    FaultSettings faults;
    faults.serviceUnavailableShare = 1;
    sandbox.setFaults(faults);
    QTRY_COMPARE(client.apiGet(u"payment-customers"_s).status, 503);
}

void TestSandboxState::savesTheStateFileWhenTheThreadStops()
{
    QTemporaryDir dir;
    SandboxOptions options = testOptions();
    options.stateFilePath = dir.filePath(u"demo.json"_s);
    QString customer;
    {
        SandboxThread sandbox(options);
        QSignalSpy listening(&sandbox, &SandboxThread::listening);
        sandbox.start();
        QVERIFY(listening.wait());
        HttpClient client(quint16(listening.at(0).at(0).toUrl().port()));
        customer = client.createCustomer(u"Kept"_s);
    }

    SandboxServer restarted(options);
    QVERIFY(restarted.listen());
    QCOMPARE(restarted.object(Resource::PaymentCustomers, customer)[u"first_name"_s].toString(),
             u"Kept"_s);
}

void TestSandboxState::reportsAPortInUseFromTheThread()
{
    const auto taken = startServer();
    SandboxThread sandbox(testOptions());
    QSignalSpy failed(&sandbox, &SandboxThread::failed);

    sandbox.start(taken->port());

    QVERIFY(failed.wait());
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandbox_state.moc"
