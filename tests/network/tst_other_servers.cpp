// The Dots client against servers that are not our sandbox: they share none of its
// assumptions. Other error bodies, refunds listed without metadata, intents whose metadata is
// stripped, one object per page, answers lost after the write was applied, bytes that trickle.
// Every "not created, safe to try again" here must be backed by what the server shows.
#include "network/dots/dots_provider.h"
#include "network/http_transport.h"
#include "scripted_server.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

template <typename R>
struct Capture
{
    std::optional<R> value;
    auto callback()
    {
        return [this](const R &r) { value = r; };
    }
};

template <typename T>
T waitFor(Capture<T> &capture, int timeoutMs = 15000)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(capture.value.has_value(), timeoutMs); }();
    if (!capture.value)
        qFatal("no result arrived");
    return *capture.value;
}

// Dots ids are UUIDs, and paydesk-cli checks that before sending.
const QString IntentId = QStringLiteral("0b7d7f57-3c3e-4d55-9a61-2f1d1b2a9c01");

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

struct Client
{
    explicit Client(const QUrl &baseUrl)
    {
        TransportOptions options;
        options.inactivityTimeoutMs = 5000;
        options.retry.initialDelayMs = 2;
        options.retry.maxDelayMs = 10;
        transport.setOptions(options);
        provider = std::make_unique<DotsProvider>(
            baseUrl, Credentials{QStringLiteral("client"), "key", {}, {}}, &transport);
    }
    void noRetries()
    {
        TransportOptions options = transport.options();
        options.retry.maxRetries = 0;
        transport.setOptions(options);
    }
    HttpTransport transport;
    std::unique_ptr<DotsProvider> provider;
};

// A Dots-compatible server that keeps one succeeded payment intent and its refunds, and lists
// refunds the way the contract allows: without metadata, or as bare ids.
struct RefundServer
{
    enum class OnCreate
    {
        Answer,
        ApplyThenDrop, // stores the refund, closes the connection without answering
        DropBeforeApply,
    };
    enum class RefundShape
    {
        NoMetadata, // id, amount, payment_intent_id, created: no metadata
        IdOnly,     // {"id": ...}, as the contract documents
    };

    OnCreate onCreate = OnCreate::ApplyThenDrop;
    RefundShape shape = RefundShape::NoMetadata;
    bool intentShowsRefunded = true;
    qint64 intentAmount = 5000;
    qint64 refundedElsewhere = 0; // refunded without a refund the list shows
    QJsonArray refunds;           // newest first, as stored (with metadata)

    qint64 refunded() const
    {
        qint64 sum = refundedElsewhere;
        for (const QJsonValue &r : refunds)
            sum += r.toObject().value(QLatin1String("amount")).toInteger();
        return sum;
    }

    void addRefund(const QString &id, qint64 amount, const QDateTime &created,
                   const QJsonObject &metadata = {})
    {
        refunds.prepend(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("amount"), amount},
                                    {QStringLiteral("payment_intent_id"), IntentId},
                                    {QStringLiteral("created"), iso(created)},
                                    {QStringLiteral("metadata"), metadata}});
    }

    QJsonObject shown(const QJsonObject &refund) const
    {
        if (shape == RefundShape::IdOnly)
            return {{QStringLiteral("id"), refund.value(QLatin1String("id"))}};
        QJsonObject copy = refund;
        copy.remove(QStringLiteral("metadata"));
        return copy;
    }

    ScriptedServer::Handler handler()
    {
        return [this](const ScriptedRequest &request, ScriptedReply &reply) {
            if (request.method == "GET" &&
                request.path == QStringLiteral("/api/v2/payment-intents/") + IntentId) {
                QJsonObject intent{{QStringLiteral("id"), IntentId},
                                   {QStringLiteral("amount"), intentAmount},
                                   {QStringLiteral("currency"), QStringLiteral("usd")},
                                   {QStringLiteral("status"), QStringLiteral("succeeded")}};
                if (intentShowsRefunded)
                    intent.insert(QStringLiteral("amount_refunded"), refunded());
                reply.sendJson(200, intent);
            } else if (request.method == "GET" &&
                       request.path == QLatin1String("/api/v2/refunds")) {
                QJsonArray page;
                for (const QJsonValue &r : refunds)
                    page.append(shown(r.toObject()));
                reply.sendJson(200, QJsonObject{{QStringLiteral("data"), page},
                                                {QStringLiteral("has_more"), false}});
            } else if (request.method == "POST" &&
                       request.path == QLatin1String("/api/v2/refunds")) {
                if (onCreate == OnCreate::DropBeforeApply) {
                    reply.drop();
                    return;
                }
                const QJsonObject body = request.json();
                const QString id = QStringLiteral("re_%1").arg(refunds.size() + 1);
                addRefund(id, body.value(QLatin1String("amount")).toInteger(),
                          QDateTime::currentDateTimeUtc(),
                          body.value(QLatin1String("metadata")).toObject());
                if (onCreate == OnCreate::ApplyThenDrop)
                    reply.drop();
                else
                    reply.sendJson(200, shown(refunds.at(0).toObject()));
            } else {
                reply.sendJson(404, {{QStringLiteral("error"), QStringLiteral("not found")}});
            }
        };
    }
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

// paydesk-cli as a script runs it, against `baseUrl`; this thread's event loop keeps serving.
Run cli(const QUrl &baseUrl, const QStringList &args)
{
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("PAYDESK_BASE_URL"), baseUrl.toString());
    env.insert(QStringLiteral("PAYDESK_CLIENT_ID"), QStringLiteral("client"));
    env.insert(QStringLiteral("PAYDESK_API_KEY"), QStringLiteral("key"));
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(qEnvironmentVariable("PAYDESK_CLI"), args);
    [&] { QVERIFY(process.waitForStarted(10000)); }();
    process.closeWriteChannel();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000); }();
    Run run;
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

RefundDraft refundOf(qint64 cents)
{
    return RefundDraft{IntentId, Money(cents, QStringLiteral("USD")), {}};
}

} // namespace

class TestOtherServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("PAYDESK_CLI"))); }

    // The server's own words, in every error shape seen in the wild.
    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::addColumn<QString>("said");       // the server's message, as shown
        QTest::addColumn<QString>("code");       // the server's code, kept apart
        QTest::addColumn<QStringList>("fields"); // field=message for each named field

        QTest::newRow("code beside a message")
            << 400
            << QByteArray(R"({"error": "invalid-input", "message": "description is not allowed"})")
            << ApiErrorKind::Validation << QStringLiteral("description is not allowed")
            << QStringLiteral("invalid-input") << QStringList();
        QTest::newRow("500 with a message")
            << 500 << QByteArray(R"({"error": "internal", "message": "database is down"})")
            << ApiErrorKind::Server << QStringLiteral("database is down")
            << QStringLiteral("internal") << QStringList();
        QTest::newRow("403 with a message")
            << 403 << QByteArray(R"({"error": "forbidden", "message": "key lacks payments:write"})")
            << ApiErrorKind::Credentials << QStringLiteral("key lacks payments:write")
            << QStringLiteral("forbidden") << QStringList();
        QTest::newRow("sentence in error")
            << 404 << QByteArray(R"({"error": "PaymentIntent not found"})")
            << ApiErrorKind::NotFound << QStringLiteral("PaymentIntent not found") << QString()
            << QStringList();
        QTest::newRow("detail") << 422 << QByteArray(R"({"detail": "amount must be positive"})")
                                << ApiErrorKind::Validation
                                << QStringLiteral("amount must be positive") << QString()
                                << QStringList();
        QTest::newRow("problem details")
            << 400
            << QByteArray(
                   R"({"type": "invalid-amount", "title": "Bad Request", "detail": "amount must be positive"})")
            << ApiErrorKind::Validation << QStringLiteral("amount must be positive")
            << QStringLiteral("invalid-amount") << QStringList();
        QTest::newRow("errors list")
            << 400
            << QByteArray(
                   R"({"errors": [{"field": "amount", "message": "must be positive"}, {"field": "currency", "message": "is not supported"}]})")
            << ApiErrorKind::Validation
            << QStringLiteral("amount: must be positive; currency: is not supported") << QString()
            << QStringList{QStringLiteral("amount=must be positive"),
                           QStringLiteral("currency=is not supported")};
        QTest::newRow("errors map")
            << 400
            << QByteArray(
                   R"({"message": "Invalid request", "errors": {"line_items[0].price_data.amount": ["must be positive"]}})")
            << ApiErrorKind::Validation << QStringLiteral("Invalid request") << QString()
            << QStringList{QStringLiteral("lineItems[0].unitPrice=must be positive")};
        QTest::newRow("nested error with param")
            << 400
            << QByteArray(
                   R"({"error": {"code": "parameter_invalid", "message": "Bad amount", "param": "amount"}})")
            << ApiErrorKind::Validation << QStringLiteral("Bad amount")
            << QStringLiteral("parameter_invalid")
            << QStringList{QStringLiteral("amount=Bad amount")};
        QTest::newRow("field beside a sentence")
            << 400 << QByteArray(R"({"error": "amount is too large", "field": "amount"})")
            << ApiErrorKind::Validation << QStringLiteral("amount is too large") << QString()
            << QStringList{QStringLiteral("amount=amount is too large")};
        QTest::newRow("gRPC style")
            << 403 << QByteArray(R"({"message": "Permission denied on account", "code": 7})")
            << ApiErrorKind::Credentials << QStringLiteral("Permission denied on account")
            << QStringLiteral("7") << QStringList();
        QTest::newRow("validation list with loc")
            << 422
            << QByteArray(
                   R"({"detail": [{"loc": ["body", "line_items", 0, "quantity"], "msg": "must be at least 1"}]})")
            << ApiErrorKind::Validation
            << QStringLiteral("line_items[0].quantity: must be at least 1") << QString()
            << QStringList{QStringLiteral("lineItems[0].quantity=must be at least 1")};
        QTest::newRow("JSON pointers")
            << 400
            << QByteArray(
                   R"({"title": "Invalid request", "errors": [{"pointer": "/line_items/1/price_data/currency", "detail": "must be usd"}, {"pointer": "/metadata/a~1b", "detail": "too long"}]})")
            << ApiErrorKind::Validation << QStringLiteral("Invalid request") << QString()
            << QStringList{QStringLiteral("lineItems[1].currency=must be usd"),
                           QStringLiteral("metadata.a/b=too long")};
        QTest::newRow("dotted indexes and bracketed keys")
            << 400
            << QByteArray(
                   R"({"message": "Invalid request", "errors": {"line_items.2.quantity": "must be at least 1", "metadata[order]": "is reserved", "customer_id": "no such customer", "shipping_rate": "unknown"}})")
            << ApiErrorKind::Validation << QStringLiteral("Invalid request") << QString()
            << QStringList{QStringLiteral("customer=no such customer"),
                           QStringLiteral("lineItems[2].quantity=must be at least 1"),
                           QStringLiteral("metadata.order=is reserved"),
                           QStringLiteral("shipping_rate=unknown")};
        QTest::newRow("html from a gateway")
            << 502 << QByteArray("<html><body>Bad Gateway</body></html>\nnginx")
            << ApiErrorKind::Server << QStringLiteral("<html><body>Bad Gateway</body></html>")
            << QString() << QStringList();
    }

    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiErrorKind, kind);
        QFETCH(QString, said);
        QFETCH(QString, code);
        QFETCH(QStringList, fields);
        ScriptedServer server([&](const ScriptedRequest &, ScriptedReply &reply) {
            reply.send(status, body,
                       body.startsWith('{') ? QByteArrayLiteral("application/json")
                                            : QByteArrayLiteral("text/html"));
        });
        Client client(server.baseUrl());
        client.noRetries();
        Capture<Result<Page<Customer>>> list;
        client.provider->listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        const ApiError &e = r.error();
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.serverMessage, said);
        QCOMPARE(e.code, code);
        // The person reads the server's words, never only its code.
        QVERIFY2(e.message.contains(said), qPrintable(e.message));
        if (!code.isEmpty() && !said.contains(code))
            QVERIFY2(!e.message.contains(code), qPrintable(e.message));
        QStringList named;
        for (const FieldError &f : e.fieldErrors)
            named << QStringLiteral("%1=%2").arg(f.field, f.message);
        QCOMPARE(named, fields);
        QCOMPARE(e.field,
                 fields.isEmpty() ? QString() : fields.first().section(QLatin1Char('='), 0, 0));
    }

    // --- Refunds: Dots' refund has no metadata, so the request id can never be seen on it.

    void lostRefundAnswerIsFoundByItsIntentAndAmount()
    {
        RefundServer state;
        // A refund of the same amount made a minute earlier is not this one.
        state.addRefund(QStringLiteral("re_old"), 100,
                        QDateTime::currentDateTimeUtc().addSecs(-60));
        ScriptedServer server(state.handler());
        Client client(server.baseUrl());
        Capture<CreateOutcome<Refund>> created;
        client.provider->createRefund(refundOf(100), nullptr, created.callback());
        const CreateOutcome<Refund> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QVERIFY(outcome.foundByLookup);
        QCOMPARE(outcome.object->id, QStringLiteral("re_2"));
        QVERIFY2(outcome.proof.contains(QLatin1String("one refund of this amount")),
                 qPrintable(outcome.proof));
        QCOMPARE(server.count("POST", QStringLiteral("/api/v2/refunds")), 1);
        QCOMPARE(state.refunds.size(), 2);
    }

    void refundThatNeverArrivedIsNotCreated()
    {
        RefundServer state;
        state.onCreate = RefundServer::OnCreate::DropBeforeApply;
        ScriptedServer server(state.handler());
        Client client(server.baseUrl());
        Capture<CreateOutcome<Refund>> created;
        client.provider->createRefund(refundOf(100), nullptr, created.callback());
        const CreateOutcome<Refund> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QVERIFY(outcome.error);
        QVERIFY(outcome.error->message.contains(QLatin1String("safe to try again")));
        // Both proofs: no new refund that could be it, and the intent's refunded amount as before.
        QVERIFY2(outcome.proof.contains(QLatin1String("refunded amount is what it was")),
                 qPrintable(outcome.proof));
        QCOMPARE(server.count("POST", QStringLiteral("/api/v2/refunds")), 1);
        QVERIFY(state.refunds.isEmpty());
    }

    void refundListedAsBareIdsIsUnknownNeverSafeToRetry()
    {
        // The contract's refund is {"id"} only: a new refund cannot be told from this one, nor
        // from another, so Paydesk cannot say either way.
        RefundServer state;
        state.shape = RefundServer::RefundShape::IdOnly;
        ScriptedServer server(state.handler());
        Client client(server.baseUrl());
        Capture<CreateOutcome<Refund>> created;
        client.provider->createRefund(refundOf(100), nullptr, created.callback());
        const CreateOutcome<Refund> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Unknown);
        QVERIFY2(outcome.guidance.contains(QLatin1String("re_1")), qPrintable(outcome.guidance));
        QVERIFY(!outcome.guidance.contains(QLatin1String("safe to try again")));
        QVERIFY(!outcome.error || !outcome.error->message.contains(QLatin1String("safe")));

        // "Check again" later knows what the first look-up knew, and still cannot prove it.
        Capture<CreateOutcome<Refund>> again;
        client.provider->findCreatedRefund(outcome.requestId, nullptr, again.callback());
        QCOMPARE(waitFor(again).status, CreateStatus::Unknown);
        QCOMPARE(server.count("POST", QStringLiteral("/api/v2/refunds")), 1);
    }

    void refundedAmountThatMovedMakesTheAnswerUnknown()
    {
        // Nothing new in the refunds list, but the intent's refunded amount grew: the two tell
        // different stories, so "not created" would be a guess.
        RefundServer state;
        state.onCreate = RefundServer::OnCreate::DropBeforeApply;
        ScriptedServer server([&state, inner = state.handler()](const ScriptedRequest &request,
                                                                ScriptedReply &reply) {
            if (request.method == "POST")
                state.refundedElsewhere = 100;
            inner(request, reply);
        });
        Client client(server.baseUrl());
        Capture<CreateOutcome<Refund>> created;
        client.provider->createRefund(refundOf(100), nullptr, created.callback());
        const CreateOutcome<Refund> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Unknown);
        QVERIFY2(outcome.guidance.contains(QLatin1String("refunded amount changed")),
                 qPrintable(outcome.guidance));
        QVERIFY(!outcome.error || !outcome.error->message.contains(QLatin1String("safe")));
    }

    void refundIsNotSentWhenItCannotBeCheckedFirst()
    {
        RefundServer state;
        ScriptedServer server([&state, inner = state.handler()](const ScriptedRequest &request,
                                                                ScriptedReply &reply) {
            if (request.path == QLatin1String("/api/v2/refunds") && request.method == "GET") {
                reply.sendJson(500,
                               {{QStringLiteral("message"), QStringLiteral("database is down")}});
                return;
            }
            inner(request, reply);
        });
        Client client(server.baseUrl());
        client.noRetries();
        Capture<CreateOutcome<Refund>> created;
        client.provider->createRefund(refundOf(100), nullptr, created.callback());
        const CreateOutcome<Refund> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QVERIFY2(outcome.error->message.contains(QLatin1String("nothing was sent")),
                 qPrintable(outcome.error->message));
        QVERIFY(outcome.error->message.contains(QLatin1String("database is down")));
        QCOMPARE(server.count("POST", QStringLiteral("/api/v2/refunds")), 0);
    }

    // --- Creates against a server that strips metadata.

    void intentCreateOnAServerThatHidesMetadataIsUnknown()
    {
        QJsonArray intents;
        ScriptedServer server([&](const ScriptedRequest &request, ScriptedReply &reply) {
            if (request.method == "POST") {
                QJsonObject intent = request.json();
                intent.remove(QStringLiteral("metadata"));
                intent.insert(QStringLiteral("id"),
                              QStringLiteral("pi_%1").arg(intents.size() + 1));
                intent.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
                intents.prepend(intent);
                reply.drop(); // applied, answer lost
                return;
            }
            reply.sendArray(200, intents); // the bare array the contract documents
        });
        Client client(server.baseUrl());
        PaymentIntentDraft draft;
        draft.amount = Money(1234, QStringLiteral("USD"));
        draft.description = QStringLiteral("Counter sale");
        Capture<CreateOutcome<PaymentIntent>> created;
        client.provider->createPaymentIntent(draft, nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Unknown);
        QVERIFY2(outcome.guidance.contains(QLatin1String("pi_1")), qPrintable(outcome.guidance));
        QCOMPARE(server.count("POST", QStringLiteral("/api/v2/payment-intents")), 1);
    }

    void intentsThatCannotBeThisOneDoNotBlockTheProof()
    {
        // Other intents without metadata, of other amounts: they cannot be this request's, so a
        // create that never arrived is still provably not created.
        QJsonArray intents;
        for (int i = 0; i < 3; ++i)
            intents.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("pi_other%1").arg(i)},
                                       {QStringLiteral("amount"), 999 + i},
                                       {QStringLiteral("currency"), QStringLiteral("usd")},
                                       {QStringLiteral("status"), QStringLiteral("succeeded")}});
        ScriptedServer server([&](const ScriptedRequest &request, ScriptedReply &reply) {
            if (request.method == "POST")
                reply.drop(); // never applied
            else
                reply.sendArray(200, intents);
        });
        Client client(server.baseUrl());
        PaymentIntentDraft draft;
        draft.amount = Money(1234, QStringLiteral("USD"));
        Capture<CreateOutcome<PaymentIntent>> created;
        client.provider->createPaymentIntent(draft, nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QVERIFY(outcome.error->message.contains(QLatin1String("safe to try again")));
    }

    void lookupWalksShortPages()
    {
        // One object a page whatever the limit, has_more until the end: the look-up follows
        // every page and finds the intent on the last one.
        QList<QJsonObject> intents;
        QString requestId;
        ScriptedServer server([&](const ScriptedRequest &request, ScriptedReply &reply) {
            if (request.method == "POST") {
                const QJsonObject body = request.json();
                requestId = body.value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("paydesk_request_id"))
                                .toString();
                intents.append(
                    {{QStringLiteral("id"), QStringLiteral("pi_new")},
                     {QStringLiteral("amount"), 1234},
                     {QStringLiteral("currency"), QStringLiteral("usd")},
                     {QStringLiteral("status"), QStringLiteral("requires_payment_method")},
                     {QStringLiteral("metadata"), body.value(QLatin1String("metadata"))}});
                reply.drop();
                return;
            }
            const QString after = request.query.queryItemValue(QStringLiteral("starting_after"));
            qsizetype index = 0;
            for (qsizetype i = 0; i < intents.size(); ++i)
                if (intents.at(i).value(QLatin1String("id")).toString() == after)
                    index = i + 1;
            QJsonArray page;
            if (index < intents.size())
                page.append(intents.at(index));
            reply.sendJson(200,
                           QJsonObject{{QStringLiteral("data"), page},
                                       {QStringLiteral("has_more"), index + 1 < intents.size()}});
        });
        for (int i = 0; i < 6; ++i)
            intents.append(
                {{QStringLiteral("id"), QStringLiteral("pi_%1").arg(i)},
                 {QStringLiteral("amount"), 1234},
                 {QStringLiteral("currency"), QStringLiteral("usd")},
                 {QStringLiteral("status"), QStringLiteral("succeeded")},
                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("order"), i}}}});
        Client client(server.baseUrl());
        PaymentIntentDraft draft;
        draft.amount = Money(1234, QStringLiteral("USD"));
        Capture<CreateOutcome<PaymentIntent>> created;
        client.provider->createPaymentIntent(draft, nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QCOMPARE(outcome.object->id, QStringLiteral("pi_new"));
        QVERIFY(server.count("GET", QStringLiteral("/api/v2/payment-intents")) >= 7);
    }

    // --- Time.

    void tricklingServerMeetsTheDeadline()
    {
        ScriptedServer server(
            [](const ScriptedRequest &, ScriptedReply &reply) { reply.trickle(50); });
        Client client(server.baseUrl());
        client.noRetries();
        TransportOptions options = client.transport.options();
        options.inactivityTimeoutMs = 1000; // never reached: a byte comes every 50 ms
        options.deadlineMs = 400;
        client.transport.setOptions(options);
        QElapsedTimer clock;
        clock.start();
        Capture<Result<Page<Customer>>> list;
        client.provider->listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list, 10000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::Timeout);
        QVERIFY2(r.error().message.contains(QLatin1String("within 0.4 seconds")),
                 qPrintable(r.error().message));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    // --- paydesk-cli, as a script meets these servers.

    void cliRefundWhoseAnswerIsLostIsMadeOnce()
    {
        RefundServer state;
        ScriptedServer server(state.handler());
        const QStringList args{QStringLiteral("refunds"),  QStringLiteral("create"),
                               QStringLiteral("--intent"), IntentId,
                               QStringLiteral("--amount"), QStringLiteral("1.00")};
        const Run first = cli(server.baseUrl(), args);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains(QLatin1String("found the refund it created")),
                 qPrintable(first.err));
        QCOMPARE(state.refunds.size(), 1);

        // Where the refunds list cannot tell, the answer is unknown, with how to check.
        state.shape = RefundServer::RefundShape::IdOnly;
        const Run second = cli(server.baseUrl(), args);
        QCOMPARE(second.exitCode, 5);
        QVERIFY2(second.err.contains(QLatin1String("Check with: paydesk-cli refunds check ")),
                 qPrintable(second.err));
        QVERIFY(!second.err.contains(QLatin1String("Check again")));
        QVERIFY(!second.err.contains(QLatin1String("nothing was created")));
        QCOMPARE(state.refunds.size(), 2); // each run sent once, never resent
    }

    void cliShowsTheServersWordsAndFields()
    {
        ScriptedServer server([](const ScriptedRequest &, ScriptedReply &reply) {
            reply.send(400,
                       R"({"error": "invalid-input", "message": "amount is too small", )"
                       R"("errors": [{"field": "amount", "message": "must be at least 0.50"}]})");
        });
        const Run r = cli(server.baseUrl(), {QStringLiteral("intents"), QStringLiteral("create"),
                                             QStringLiteral("--amount"), QStringLiteral("0.10"),
                                             QStringLiteral("--currency"), QStringLiteral("usd")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("amount is too small")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Field --amount: must be at least 0.50")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Error code: invalid-input")), qPrintable(r.err));
    }

    void cliDeadlineStopsATricklingServer()
    {
        ScriptedServer server(
            [](const ScriptedRequest &, ScriptedReply &reply) { reply.trickle(100); });
        const Run r = cli(server.baseUrl(), {QStringLiteral("--timeout"), QStringLiteral("1"),
                                             QStringLiteral("--deadline"), QStringLiteral("2"),
                                             QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("within 1 second")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("seconds.")) ||
                     !r.err.contains(QLatin1String(" 1 seconds")),
                 qPrintable(r.err));
        QVERIFY2(r.elapsedMs < 15000, qPrintable(QString::number(r.elapsedMs)));
    }

    void cliRefusesTimesNoOneMeant_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("tiny timeout")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("0.0001")}
            << QStringLiteral("--timeout must be a number of seconds from 1 to 3600");
        QTest::newRow("words") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")}
                               << QStringLiteral(
                                      "--timeout must be a number of seconds from 1 to 3600");
        QTest::newRow("zero deadline")
            << QStringList{QStringLiteral("--deadline"), QStringLiteral("0")}
            << QStringLiteral("--deadline must be a number of seconds from 1 to 86400");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--deadline"), QStringLiteral("nan")}
            << QStringLiteral("--deadline must be a number of seconds from 1 to 86400");
    }

    void cliRefusesTimesNoOneMeant()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        ScriptedServer server([](const ScriptedRequest &, ScriptedReply &reply) {
            reply.sendJson(200, {{QStringLiteral("data"), QJsonArray()}});
        });
        const Run r = cli(server.baseUrl(),
                          args + QStringList{QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(server.requests.isEmpty()); // bad input: nothing sent
    }

    void lostConnectionIsSaidInWords()
    {
        ScriptedServer server([](const ScriptedRequest &, ScriptedReply &reply) { reply.drop(); });
        Client client(server.baseUrl());
        client.noRetries();
        Capture<Result<Page<Customer>>> list;
        client.provider->listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::ConnectionLost);
        QVERIFY2(!r.error().message.contains(QLatin1String("Unknown error")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().serverMessage.isEmpty()); // Qt's words are not the server's

        const Run run =
            cli(server.baseUrl(), {QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QLatin1String("was lost before an answer came.")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Unknown error")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestOtherServers)
#include "tst_other_servers.moc"
