// Durability of --state-file: an answer of 200 means the write survives kill -9. Every suite here
// runs paydesk-sandbox as a process of its own, talks to it over loopback HTTP and kills it with
// SIGKILL, so nothing but the files on disk carries the state over.

#include "sandbox/journal.h"
#include "sandbox/sandbox_test_support.h"
#include "sandbox/state_file.h"
#include "sandbox/synaptopay_test_support.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

constexpr int kStartTimeoutMs = 30000;

// A paydesk-sandbox process; killed and waited for when it goes.
class Sandbox
{
public:
    explicit Sandbox(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(PAYDESK_SANDBOX_EXECUTABLE), arguments);
        while (!m_process.canReadLine() && m_process.waitForReadyRead(kStartTimeoutMs)) {
        }
        static const QRegularExpression promise(
            u"^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"_s);
        const QRegularExpressionMatch match =
            promise.match(QString::fromUtf8(m_process.readLine()));
        m_port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }
    ~Sandbox() { killNine(); }

    // 0 when it did not start; standardError() then says why.
    quint16 port() const { return m_port; }
    QString standardError()
    {
        if (m_port == 0)
            m_process.waitForFinished(kStartTimeoutMs);
        return QString::fromUtf8(m_process.readAllStandardError());
    }

    // SIGKILL: no handler runs, nothing is flushed or saved.
    void killNine()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(kStartTimeoutMs);
    }

    bool stop()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        return m_process.waitForFinished(kStartTimeoutMs) && m_process.exitCode() == 0;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

QStringList arguments(const QString &stateFile, QStringList extra = {})
{
    return QStringList{u"--port"_s,         u"0"_s,   u"--seed-customers"_s, u"2"_s,
                       u"--seed-intents"_s, u"5"_s,   u"--seed-sessions"_s,  u"1"_s,
                       u"--state-file"_s,   stateFile} +
           extra;
}

QString journalOf(const QString &stateFile)
{
    return stateFile + u".journal"_s;
}

// Every record of a paged list.
QJsonArray allOf(HttpClient &client, const QString &route, const QUrlQuery &filter = {})
{
    QJsonArray records;
    QString cursor;
    for (bool more = true; more;) {
        QUrlQuery query = filter;
        query.addQueryItem(u"limit"_s, u"100"_s);
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
    return records;
}

// Everything the API shows, as text with the server's port taken out of the checkout links.
QByteArray everything(HttpClient &client, quint16 port)
{
    QJsonArray methods;
    const QJsonArray customers = allOf(client, u"payment-customers"_s);
    for (const QJsonValue &customer : customers) {
        for (const QJsonValue &method :
             allOf(client, u"payment-methods"_s,
                   QUrlQuery{{u"customer_id"_s, customer[u"id"_s].toString()}}))
            methods.append(method);
    }
    const QJsonObject all{{u"customers"_s, customers},
                          {u"payment_methods"_s, methods},
                          {u"payment_intents"_s, client.apiGet(u"payment-intents"_s).jsonArray()},
                          {u"checkout_sessions"_s, allOf(client, u"checkout-sessions"_s)},
                          {u"refunds"_s, allOf(client, u"refunds"_s)},
                          {u"clock_offset_seconds"_s,
                           client.get(u"/admin/clock"_s).json()[u"offset_seconds"_s].toInteger()}};
    QByteArray text = QJsonDocument(all).toJson();
    text.replace(":" + QByteArray::number(port) + "/", ":PORT/");
    return text;
}

QSet<QString> idsOf(const QJsonArray &records)
{
    QSet<QString> ids;
    for (const QJsonValue &record : records)
        ids.insert(record[u"id"_s].toString());
    return ids;
}

QJsonObject sessionBody(const QJsonObject &extra = {})
{
    QJsonObject body{
        {u"mode"_s, u"payment"_s},
        {u"success_url"_s, u"https://shop.example.com/thanks"_s},
        {u"line_items"_s,
         QJsonArray{QJsonObject{
             {u"price_data"_s,
              QJsonObject{{u"currency"_s, u"usd"_s},
                          {u"amount"_s, 1250},
                          {u"product_data"_s, QJsonObject{{u"name"_s, u"Sourdough"_s}}}}},
             {u"quantity"_s, 2}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QJsonObject post(HttpClient &client, const QString &route, const QJsonObject &body)
{
    const HttpResult answer = client.apiPost(route, body);
    if (answer.status != 200)
        QTest::qFail(answer.body.constData(), __FILE__, __LINE__);
    return answer.json();
}

enum class Kind
{
    Customer,
    Intent,
    Session,
};

struct Acknowledged
{
    Kind kind;
    QString id;
};

// Creates from several clients at once, each with one request in flight at all times, until
// `killAfter` of them were answered with 200; then SIGKILL while the others are still in flight.
// Answers the creates acknowledged with 200, including any that arrived in the same instant.
QList<Acknowledged> burstThenKill(Sandbox &sandbox, int clients, int killAfter, int &inFlightAtKill)
{
    HttpClient client(sandbox.port());
    // Kept until the end: their signals may still be on their way.
    std::vector<std::pair<std::unique_ptr<PendingHttp>, Kind>> requests;
    QEventLoop loop;
    int sent = 0;
    int answered = 0;
    bool killed = false;
    std::function<void()> sendNext = [&] {
        const Kind kind = Kind(sent++ % 3);
        QString route;
        QJsonObject body;
        switch (kind) {
        case Kind::Customer:
            route = u"payment-customers"_s;
            body = {{u"first_name"_s, u"Burst %1"_s.arg(sent)}};
            break;
        case Kind::Intent:
            route = u"payment-intents"_s;
            body = {{u"amount"_s, 100 + sent}, {u"currency"_s, u"usd"_s}};
            break;
        case Kind::Session:
            route = u"checkout-sessions"_s;
            body = sessionBody();
            break;
        }
        requests.emplace_back(client.start("POST", u"/api/v2/"_s + route,
                                           QJsonDocument(body).toJson(QJsonDocument::Compact),
                                           {{"Content-Type", "application/json"}}),
                              kind);
        PendingHttp *request = requests.back().first.get();
        QObject::connect(request, &PendingHttp::finished, &loop, [&, request] {
            if (killed)
                return;
            answered += request->result().status == 200;
            if (answered >= killAfter) {
                killed = true;
                inFlightAtKill =
                    int(std::count_if(requests.cbegin(), requests.cend(), [](const auto &pending) {
                        return !pending.first->isFinished();
                    }));
                sandbox.killNine();
                loop.quit();
                return;
            }
            sendNext();
        });
    };
    for (int i = 0; i < clients; ++i)
        sendNext();
    QTimer::singleShot(kStartTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    // Answers that were already on their way when the kill came count as acknowledged too.
    QList<Acknowledged> acknowledged;
    for (const auto &[request, kind] : requests) {
        if (!request->isFinished())
            request->wait(5000);
        const HttpResult &result = request->result();
        if (result.answered && result.status == 200)
            acknowledged.append({kind, result.json()[u"id"_s].toString()});
    }
    return acknowledged;
}

} // namespace

class TestSandboxDurability : public QObject
{
    Q_OBJECT

private slots:
    void losesNoAcknowledgedCreateToKillNine();
    void recoversEveryKindOfWriteAfterKillNine();
    void forgetsWhatAResetDroppedAfterKillNine();
    void ignoresATornLastJournalLine();
    void refusesAJournalDamagedBeforeItsEnd();
    void compactsTheJournalOnACleanStop();
    void ignoresTheJournalOfAnOlderSnapshot();
    void compactsAJournalThatGrowsLarge();
    void keepsASecondSandboxOffTheFiles();
    void tracksEveryChangeToTheStore();
    void keepsAcknowledgedSynaptoPayWritesAfterKillNine();
};

void TestSandboxDurability::losesNoAcknowledgedCreateToKillNine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    constexpr int kRounds = 20;
    constexpr int kClients = 6;
    QRandomGenerator random(20261204);
    QList<Acknowledged> acknowledged;
    int lost = 0;
    int inFlightAtKills = 0;
    QElapsedTimer timer;
    timer.start();
    auto sandbox = std::make_unique<Sandbox>(arguments(stateFile));
    for (int round = 1; round <= kRounds; ++round) {
        QVERIFY2(sandbox->port() != 0, qPrintable(sandbox->standardError()));
        int inFlight = 0;
        acknowledged += burstThenKill(*sandbox, kClients, 5 + int(random.bounded(30)), inFlight);
        inFlightAtKills += inFlight;

        sandbox = std::make_unique<Sandbox>(arguments(stateFile));
        QVERIFY2(sandbox->port() != 0, qPrintable(sandbox->standardError()));
        HttpClient client(sandbox->port());
        const QSet<QString> customers = idsOf(allOf(client, u"payment-customers"_s));
        const QSet<QString> intents = idsOf(client.apiGet(u"payment-intents"_s).jsonArray());
        const QSet<QString> sessions = idsOf(allOf(client, u"checkout-sessions"_s));
        lost = 0;
        for (const Acknowledged &create : std::as_const(acknowledged)) {
            const QSet<QString> &present = create.kind == Kind::Customer ? customers
                                           : create.kind == Kind::Intent ? intents
                                                                         : sessions;
            lost += !present.contains(create.id);
        }
        QVERIFY2(lost == 0, qPrintable(u"round %1: %2 of %3 acknowledged creates lost"_s.arg(
                                QString::number(round), QString::number(lost),
                                QString::number(acknowledged.size()))));
    }
    qInfo("%d rounds of kill -9: %lld creates acknowledged, %d lost, %d requests in flight at "
          "the kills, %lld ms",
          kRounds, qlonglong(acknowledged.size()), lost, inFlightAtKills, timer.elapsed());
    // The kills did land mid-burst.
    QVERIFY(inFlightAtKills >= kRounds);
}

void TestSandboxDurability::recoversEveryKindOfWriteAfterKillNine()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    // Confirmed payments stay processing for an hour, so both sides see them processing.
    const QStringList options = arguments(stateFile, {u"--processing-delay-ms"_s, u"3600000"_s});
    QByteArray before;
    QString processing, declined, paid, expiring;
    {
        Sandbox sandbox(options);
        QVERIFY(sandbox.port() != 0);
        HttpClient client(sandbox.port());
        const QString customer = client.createCustomer(u"Durable"_s);
        post(client, u"payment-intents"_s, {{u"amount"_s, 500}, {u"currency"_s, u"usd"_s}});
        processing = post(client, u"payment-intents"_s,
                          {{u"amount"_s, 700},
                           {u"currency"_s, u"usd"_s},
                           {u"confirm"_s, true},
                           {u"customer_id"_s, customer},
                           {u"payment_method_id"_s, client.testCard(customer, true)}})[u"id"_s]
                         .toString();
        declined = post(client, u"payment-intents"_s,
                        {{u"amount"_s, 900}, {u"currency"_s, u"usd"_s}})[u"id"_s]
                       .toString();
        post(client, u"payment-intents/%1/confirm"_s.arg(declined),
             {{u"payment_method_id"_s, client.testCard(customer, false)}});
        const QJsonObject session =
            post(client, u"checkout-sessions"_s, sessionBody({{u"customer_id"_s, customer}}));
        QCOMPARE(client
                     .send("POST",
                           QUrl(session[u"checkout_session_url"_s].toString()).path() + u"/pay"_s)
                     .status,
                 303);
        paid = client.apiGet(u"checkout-sessions/"_s + session[u"id"_s].toString())
                   .json()[u"payment_intent_id"_s]
                   .toString();
        QVERIFY(!paid.isEmpty());
        post(client, u"refunds"_s, {{u"payment_intent_id"_s, paid}, {u"amount"_s, 300}});
        expiring =
            post(client, u"checkout-sessions"_s, sessionBody({{u"expires_in"_s, 60}}))[u"id"_s]
                .toString();
        QCOMPARE(client.post(u"/admin/clock"_s, {{u"advance_seconds"_s, 120}}).status, 200);
        before = everything(client, sandbox.port());
        sandbox.killNine();
    }

    Sandbox restarted(options);
    QVERIFY2(restarted.port() != 0, qPrintable(restarted.standardError()));
    HttpClient client(restarted.port());
    QCOMPARE(everything(client, restarted.port()), before);
    const auto status = [&](const QString &route) {
        return client.apiGet(route).json()[u"status"_s].toString();
    };
    QCOMPARE(status(u"payment-intents/"_s + processing), u"processing"_s);
    QCOMPARE(status(u"payment-intents/"_s + paid), u"succeeded"_s);
    QCOMPARE(client.apiGet(u"payment-intents/"_s + paid).json()[u"amount_refunded"_s].toInteger(),
             300);
    QCOMPARE(status(u"checkout-sessions/"_s + expiring), u"expired"_s);
    // Payments still processing at the kill settle when their time comes, as they would have.
    QCOMPARE(client.post(u"/admin/clock"_s, {{u"advance_seconds"_s, 3600}}).status, 200);
    QCOMPARE(status(u"payment-intents/"_s + processing), u"succeeded"_s);
    QCOMPARE(status(u"payment-intents/"_s + declined), u"failed"_s);
}

void TestSandboxDurability::forgetsWhatAResetDroppedAfterKillNine()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    QByteArray before;
    QString dropped, kept;
    {
        Sandbox sandbox(arguments(stateFile));
        HttpClient client(sandbox.port());
        dropped = client.createCustomer(u"Dropped"_s);
        const HttpResult reset = client.post(
            u"/admin/reset"_s,
            {{u"payment_customers"_s, 3}, {u"payment_intents"_s, 7}, {u"random_seed"_s, 4}});
        QCOMPARE(reset.status, 200);
        kept = client.createCustomer(u"Kept"_s);
        before = everything(client, sandbox.port());
        sandbox.killNine();
    }
    {
        Sandbox restarted(arguments(stateFile));
        HttpClient client(restarted.port());
        QCOMPARE(everything(client, restarted.port()), before);
        QCOMPARE(client.apiGet(u"payment-customers/"_s + dropped).status, 404);
        QCOMPARE(client.apiGet(u"payment-customers/"_s + kept).status, 200);
        // An emptying reset too.
        QCOMPARE(client.send("POST", u"/admin/reset"_s).status, 200);
        restarted.killNine();
    }
    Sandbox emptied(arguments(stateFile));
    HttpClient client(emptied.port());
    QCOMPARE(allOf(client, u"payment-customers"_s).size(), 0);
    QCOMPARE(client.apiGet(u"payment-intents"_s).jsonArray().size(), 0);
}

void TestSandboxDurability::ignoresATornLastJournalLine()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    QString first;
    {
        Sandbox sandbox(arguments(stateFile));
        first = HttpClient(sandbox.port()).createCustomer(u"Before the tear"_s);
        sandbox.killNine();
    }
    // A crash in the middle of appending leaves part of a line.
    QFile journal(journalOf(stateFile));
    QVERIFY(journal.open(QIODevice::Append));
    journal.write(R"({"payment_customers":[{"id":"5d0c)");
    journal.close();

    QString second;
    {
        Sandbox sandbox(arguments(stateFile));
        QVERIFY2(sandbox.port() != 0, qPrintable(sandbox.standardError()));
        HttpClient client(sandbox.port());
        QCOMPARE(client.apiGet(u"payment-customers/"_s + first).status, 200);
        second = client.createCustomer(u"After the tear"_s);
        sandbox.killNine();
    }
    Sandbox sandbox(arguments(stateFile));
    HttpClient client(sandbox.port());
    QCOMPARE(client.apiGet(u"payment-customers/"_s + first).status, 200);
    QCOMPARE(client.apiGet(u"payment-customers/"_s + second).status, 200);
}

void TestSandboxDurability::refusesAJournalDamagedBeforeItsEnd()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    {
        Sandbox sandbox(arguments(stateFile));
        HttpClient client(sandbox.port());
        for (int i = 0; i < 3; ++i)
            client.createCustomer();
        sandbox.killNine();
    }
    QFile journal(journalOf(stateFile));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = journal.readAll().split('\n');
    journal.close();
    QVERIFY(lines.size() >= 4); // the header, three creates and what follows the last newline
    lines[2] = "{\"payment_customers\": [{\"id\": 17}]}";
    QVERIFY(journal.open(QIODevice::WriteOnly | QIODevice::Truncate));
    journal.write(lines.join('\n'));
    journal.close();
    QFile state(stateFile);
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray stateBefore = state.readAll();
    state.close();

    Sandbox refusing(arguments(stateFile));

    QCOMPARE(refusing.port(), 0);
    const QString error = refusing.standardError();
    QVERIFY2(error.contains(u"sandbox.json.journal"_s) && error.contains(u"line 3"_s),
             qPrintable(error));
    // Nothing was thrown away: both files are as they were, for someone to look at.
    QVERIFY(state.open(QIODevice::ReadOnly));
    QCOMPARE(state.readAll(), stateBefore);
}

void TestSandboxDurability::compactsTheJournalOnACleanStop()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    QString customer;
    {
        Sandbox sandbox(arguments(stateFile));
        customer = HttpClient(sandbox.port()).createCustomer(u"Compacted"_s);
        QVERIFY(QFileInfo(journalOf(stateFile)).size() > 0);
        QVERIFY(sandbox.stop());
    }
    QFile journal(journalOf(stateFile));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    // Only the header is left; the state file holds the customer.
    QCOMPARE(journal.readAll().count('\n'), 1);
    Store store;
    QString error;
    QVERIFY2(loadStateFile(store, stateFile, &error), qPrintable(error));
    QVERIFY(store.customers.find(customer));
}

void TestSandboxDurability::ignoresTheJournalOfAnOlderSnapshot()
{
    // A crash between writing the snapshot and starting its journal leaves the journal of the
    // snapshot before: everything in it is in the new snapshot already, and replaying it could
    // bring back what a reset dropped.
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    QString error;
    {
        Store store;
        Journal journal(store, stateFile);
        QVERIFY2(journal.open([](Store &) {}, &error), qPrintable(error));
        Customer dropped;
        dropped.id = u"dropped"_s;
        store.addCustomer(dropped, u"card-1"_s, u"card-2"_s);
        QVERIFY2(journal.commit(&error), qPrintable(error));
        QFile::copy(journalOf(stateFile), dir.filePath(u"older.journal"_s));
        store.clear();
        QVERIFY2(journal.commit(&error), qPrintable(error)); // a new snapshot and a new journal
    }
    QFile::remove(journalOf(stateFile));
    QFile::copy(dir.filePath(u"older.journal"_s), journalOf(stateFile));

    Store recovered;
    Journal reopened(recovered, stateFile);
    QVERIFY2(reopened.open([](Store &) { QFAIL("seeded although the state file exists"); }, &error),
             qPrintable(error));
    QCOMPARE(recovered.customers.size(), 0);
}

void TestSandboxDurability::compactsAJournalThatGrowsLarge()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    constexpr qint64 kThreshold = 8 * 1024;
    constexpr int kIntents = 200;
    QString error;
    Store store;
    auto journal = std::make_unique<Journal>(store, stateFile, kThreshold);
    QVERIFY2(journal->open([](Store &) {}, &error), qPrintable(error));
    qint64 previous = 0;
    int compactions = 0;
    for (int i = 0; i < kIntents; ++i) {
        PaymentIntent intent;
        intent.id = u"intent-%1"_s.arg(i);
        intent.createdMs = i;
        intent.amount = 100 + i;
        store.intents.insert(intent);
        QVERIFY2(journal->commit(&error), qPrintable(error));
        const qint64 size = QFileInfo(journalOf(stateFile)).size();
        compactions += size < previous;
        previous = size;
        // Bounded by the threshold or the snapshot's size, whichever is larger, plus one entry.
        const qint64 bound = std::max(kThreshold, QFileInfo(stateFile).size()) + 1024;
        QVERIFY2(size <= bound, qPrintable(u"the journal reached %1 bytes"_s.arg(size)));
    }
    QVERIFY(compactions >= 2);
    journal.reset();

    Store recovered;
    Journal reopened(recovered, stateFile);
    QVERIFY2(reopened.open([](Store &) {}, &error), qPrintable(error));
    QCOMPARE(recovered.intents.size(), kIntents);
    QCOMPARE(recovered.intents.find(u"intent-%1"_s.arg(kIntents - 1))->amount, 100 + kIntents - 1);
}

void TestSandboxDurability::keepsASecondSandboxOffTheFiles()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    auto first = std::make_unique<Sandbox>(arguments(stateFile));
    QVERIFY(first->port() != 0);

    Sandbox second(arguments(stateFile));

    QCOMPARE(second.port(), 0);
    const QString error = second.standardError();
    QVERIFY2(error.contains(u"in use by another paydesk-sandbox"_s), qPrintable(error));
    // The lock goes with the process, however it ends.
    first->killNine();
    first = std::make_unique<Sandbox>(arguments(stateFile));
    QVERIFY(first->port() != 0);
}

void TestSandboxDurability::tracksEveryChangeToTheStore()
{
    Store store;
    Customer customer;
    customer.id = u"c"_s;
    store.addCustomer(customer, u"m1"_s, u"m2"_s);
    // Without tracking nothing is remembered (the in-memory sandbox pays nothing for it).
    QVERIFY(store.takeChanges().isEmpty());

    store.startTracking();
    PaymentIntent intent;
    intent.id = u"i"_s;
    store.intents.insert(intent);
    store.customers.edit(u"c"_s)->email = u"c@example.com"_s;
    QVERIFY(store.paymentMethods.find(u"m1"_s)); // reading only
    store.clockOffsetMs += 1000;
    StoreChanges changes = store.takeChanges();
    QCOMPARE(changes.intents, QStringList{u"i"_s});
    QCOMPARE(changes.customers, QStringList{u"c"_s});
    QVERIFY(changes.paymentMethods.isEmpty());
    QVERIFY(changes.clockChanged);
    QVERIFY(!changes.replaced);
    QVERIFY(store.takeChanges().isEmpty());

    store.clear();
    QVERIFY(store.takeChanges().replaced);
}

void TestSandboxDurability::keepsAcknowledgedSynaptoPayWritesAfterKillNine()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sandbox.json"_s);
    // Terminals wait an hour, so the payment is still waiting on both sides of the kill.
    const QStringList options =
        arguments(stateFile, {u"--terminal-delay-ms"_s, u"3600000"_s, u"--no-synaptopay-data"_s});
    const QJsonObject onTerminal{{u"amount"_s, u"2500"_s},
                                 {u"currency"_s, u"GBP"_s},
                                 {u"confirm"_s, true},
                                 {u"device"_s, u"accounts/acct_demo/devices/dvc_front_counter"_s}};
    QString customer, refund;
    QByteArray created;
    {
        Sandbox sandbox(options);
        QVERIFY2(sandbox.port() != 0, qPrintable(sandbox.standardError()));
        SynaptoPayClient client(sandbox.port());
        customer = client.createCustomer(u"Durable"_s)[u"name"_s].toString();
        const QJsonObject paid =
            client.create(u"payment-intents"_s,
                          {{u"amount"_s, u"900"_s},
                           {u"currency"_s, u"GBP"_s},
                           {u"confirm"_s, true},
                           {u"payment_method"_s, client.name(u"payment-methods/pm_card_visa"_s)}});
        refund = client
                     .create(u"refunds"_s, {{u"charge"_s, paid[u"latest_charge"_s]},
                                            {u"amount"_s, u"400"_s}})[u"name"_s]
                     .toString();
        const HttpResult answer =
            client.postWithKey(u"payment-intents"_s, onTerminal, "durable-key-1");
        QCOMPARE(answer.status, 200);
        created = answer.body;
        sandbox.killNine();
    }

    Sandbox restarted(options);
    QVERIFY2(restarted.port() != 0, qPrintable(restarted.standardError()));
    SynaptoPayClient client(restarted.port());
    QCOMPARE(client.getName(customer).status, 200);
    QCOMPARE(client.getName(refund).json()[u"amount"_s].toString(), u"400"_s);
    const QString intent = QJsonDocument::fromJson(created).object()[u"name"_s].toString();
    QCOMPARE(client.getName(intent).json()[u"state"_s].toString(), u"PROCESSING"_s);
    // The kept answer came through the kill too: the retry gets it, and nothing new is made.
    const HttpResult retry = client.postWithKey(u"payment-intents"_s, onTerminal, "durable-key-1");
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body, created);
    QCOMPARE(client.post(u"payment-intents:list"_s, {{u"page_size"_s, 100}})
                 .json()[u"payment_intents"_s]
                 .toArray()
                 .size(),
             2);
}

QTEST_GUILESS_MAIN(TestSandboxDurability)
#include "tst_sandbox_durability.moc"
