// The SynaptoPay client against the sandbox's SynaptoPay routes over loopback HTTP (auth, account
// paths, token pages, gRPC error bodies, idempotency keys, the card terminal), and against small
// scripted servers for what the sandbox cannot be asked for on demand.
#include "models/fields.h"
#include "models/metadata.h"
#include "network/list_walker.h"
#include "network/synaptopay/synaptopay_provider.h"
#include "network_fixture.h"
#include "scripted_server.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace paydesk;
using namespace paydesk::testing;
using sandbox::FaultSettings;

namespace {

const QString Account = QString::fromLatin1(sandbox::kSynaptoPayDemoAccount);

// A sandbox on loopback with a SynaptoPay client for acct_demo pointed at it.
struct SynaptoPaySandbox
{
    explicit SynaptoPaySandbox(int terminalDelayMs = 60000, bool demoData = false,
                               const QByteArray &apiKey = sandbox::kSynaptoPayDemoApiKey,
                               const QString &account = Account)
    {
        sandbox::SandboxOptions options;
        options.processingDelayMs = 0;
        options.terminalDelayMs = terminalDelayMs;
        options.randomSeed = 11;
        options.seedSizes.synaptoPayData = demoData;
        server = std::make_unique<sandbox::SandboxServer>(options);
        if (!server->listen())
            qFatal("sandbox did not start: %s", qPrintable(server->errorString()));
        transport = std::make_unique<HttpTransport>();
        TransportOptions transportOptions;
        transportOptions.inactivityTimeoutMs = 5000;
        transportOptions.retry.initialDelayMs = 2;
        transportOptions.retry.maxDelayMs = 20;
        transport->setOptions(transportOptions);
        Credentials credentials;
        credentials.account = account;
        credentials.apiKey = apiKey;
        provider = std::make_unique<SynaptoPayProvider>(server->synaptoPayBaseUrl(), credentials,
                                                        transport.get());
        provider->setInProgressRetries(5, 5);
    }

    void setFaults(const FaultSettings &faults) { QVERIFY(server->setFaults(faults)); }

    // Settles the payment waiting on a terminal the way the terminal's own buttons do.
    bool settleTerminal(const QString &deviceId, const QString &action)
    {
        QNetworkAccessManager manager;
        QUrl url = server->adminUrl();
        url.setPath(url.path() + QStringLiteral("/terminals/") + deviceId);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization",
                             QByteArray("Api-Key ") + sandbox::kSynaptoPayDemoApiKey);
        QNetworkReply *reply =
            manager.post(request, QByteArray(R"({"action":")") + action.toUtf8() + "\"}");
        QDeadlineTimer deadline(10000);
        while (!reply->isFinished() && !deadline.hasExpired())
            QTest::qWait(10);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status == 200;
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<SynaptoPayProvider> provider;
};

template <typename T>
T waitFor(Capture<T> &capture, int timeoutMs = 10000)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(capture.value.has_value(), timeoutMs); }();
    if (!capture.value)
        qFatal("no result arrived");
    return *capture.value;
}

CustomerDraft person(const QString &first = QStringLiteral("Grace"))
{
    CustomerDraft draft;
    draft.firstName = first;
    draft.lastName = QStringLiteral("Hopper");
    draft.email = QStringLiteral("%1@example.com").arg(first.toLower());
    return draft;
}

PaymentIntentDraft terminalPayment(qint64 minor, const QString &currency = QStringLiteral("GBP"),
                                   const QString &device = QStringLiteral("dvc_front_counter"))
{
    PaymentIntentDraft draft;
    draft.amount = Money(minor, currency);
    draft.description = QStringLiteral("Counter sale");
    draft.confirm = true;
    draft.device = device;
    return draft;
}

// Every payment intent of the account, walked page by page.
QList<PaymentIntent> allIntents(SynaptoPayProvider &provider, int pageSize = 100)
{
    QList<PaymentIntent> all;
    Capture<Result<WalkProgress>> walked;
    PageFetcher<PaymentIntent> fetch = [&provider](const PageQuery &q, QObject *ctx,
                                                   Callback<Page<PaymentIntent>> cb) {
        return provider.listPaymentIntents(q, ctx, std::move(cb));
    };
    walkPages<PaymentIntent>(
        fetch, pageSize, nullptr,
        [&all](const QList<PaymentIntent> &items, const WalkProgress &) {
            all.append(items);
            return true;
        },
        walked.callback());
    const Result<WalkProgress> result = waitFor(walked, 30000);
    if (!result.ok() || !result.value().complete)
        qFatal("could not walk the intents: %s", qPrintable(result.error().message));
    return all;
}

qsizetype intentsWithRequestId(SynaptoPayProvider &provider, const QString &requestId)
{
    const QList<PaymentIntent> all = allIntents(provider);
    return std::count_if(all.cbegin(), all.cend(), [&](const PaymentIntent &i) {
        return i.metadata.text(QString::fromLatin1(RequestIdMetadataKey)) == requestId;
    });
}

QByteArray header(const ScriptedRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers)
        if (key == name)
            return value;
    return {};
}

QJsonObject intentJson(const QString &name, const QString &state, qint64 amount = 1500)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("amount"), QString::number(amount)},
            {QStringLiteral("currency"), QStringLiteral("GBP")},
            {QStringLiteral("state"), state}};
}

} // namespace

class TestSynaptoPayProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<RetryNotice>(); }

    void createsAndReadsACustomerByShortIdAndName()
    {
        SynaptoPaySandbox sb;
        Capture<CreateOutcome<Customer>> created;
        sb.provider->createCustomer(person(), nullptr, created.callback());
        const CreateOutcome<Customer> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QVERIFY(outcome.object->id.startsWith(QStringLiteral("accounts/acct_demo/customers/")));
        QCOMPARE(outcome.object->displayName(), QStringLiteral("Grace Hopper"));
        QCOMPARE(outcome.object->metadata.text(QString::fromLatin1(RequestIdMetadataKey)),
                 outcome.requestId);

        for (const QString &id : {outcome.object->id, shortId(outcome.object->id)}) {
            Capture<Result<Customer>> read;
            sb.provider->getCustomer(id, nullptr, read.callback());
            const Result<Customer> got = waitFor(read);
            QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().message));
            QCOMPARE(got.value().id, outcome.object->id);
            QCOMPARE(got.value().email, QStringLiteral("grace@example.com"));
        }
    }

    void wrongKeyIsACredentialsError()
    {
        SynaptoPaySandbox sb(60000, false, "sk_sandbox_wrong");
        Capture<Result<Page<Customer>>> listed;
        sb.provider->listCustomers({}, nullptr, listed.callback());
        const Result<Page<Customer>> result = waitFor(listed);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::Credentials);
        QCOMPARE(result.error().httpStatus, 403);
        QVERIFY(!result.error().serverMessage.isEmpty());
        QVERIFY(result.error().message.contains(result.error().serverMessage));
    }

    void keyOfAnotherAccountIsRefused()
    {
        // acct_second's key on acct_demo's path: the server says no, the person is told why.
        SynaptoPaySandbox sb(60000, false, sandbox::kSynaptoPaySecondApiKey, Account);
        Capture<Result<Page<Device>>> listed;
        sb.provider->listDevices({}, nullptr, listed.callback());
        const Result<Page<Device>> result = waitFor(listed);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::Credentials);
    }

    void missingObjectIsNotFound()
    {
        SynaptoPaySandbox sb;
        Capture<Result<PaymentIntent>> read;
        sb.provider->getPaymentIntent(QStringLiteral("pi_nothere"), nullptr, read.callback());
        const Result<PaymentIntent> result = waitFor(read);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::NotFound);
        QVERIFY(result.error().message.contains(QLatin1String("payment intent")));
    }

    void listsTheDevicesWithTheirStates()
    {
        SynaptoPaySandbox sb;
        Capture<Result<Page<Device>>> listed;
        sb.provider->listDevices({}, nullptr, listed.callback());
        const Result<Page<Device>> result = waitFor(listed);
        QVERIFY(result.ok());
        QHash<QString, Device> byId;
        for (const Device &d : result.value().items)
            byId.insert(shortId(d.id), d);
        QVERIFY(byId.contains(QStringLiteral("dvc_front_counter")));
        const Device front = byId.value(QStringLiteral("dvc_front_counter"));
        QCOMPARE(front.state, QStringLiteral("ACTIVE"));
        QVERIFY(front.canTakePayment(QStringLiteral("GBP")));
        QVERIFY(!front.displayName.isEmpty());
        QString reason;
        QVERIFY(!byId.value(QStringLiteral("dvc_back_office"))
                     .canTakePayment(QStringLiteral("GBP"), &reason));
        QVERIFY(!reason.isEmpty());
        QCOMPARE(byId.value(QStringLiteral("dvc_old_till")).state, QStringLiteral("SUSPENDED"));
        QVERIFY(!byId.contains(QStringLiteral("dvc_second_counter"))); // another account's
    }

    void walksEveryTokenPageWithoutGapOrRepeat()
    {
        SynaptoPaySandbox sb(60000, true);
        const QList<PaymentIntent> big = allIntents(*sb.provider, 100);
        const QList<PaymentIntent> small = allIntents(*sb.provider, 7);
        QVERIFY(big.size() > 14);
        QCOMPARE(small.size(), big.size());
        QSet<QString> ids;
        for (const PaymentIntent &i : small)
            ids.insert(i.id);
        QCOMPARE(ids.size(), small.size());
        for (const PaymentIntent &i : big)
            QVERIFY(ids.contains(i.id));
    }

    void serverValidationNamesTheNeutralField()
    {
        SynaptoPaySandbox sb;
        // A device without confirm: Paydesk's own check would stop it, so the server's is seen.
        PaymentIntentDraft draft = terminalPayment(1500);
        draft.confirm = false;
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(draft, nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QCOMPARE(outcome.error->kind, ApiErrorKind::Validation);
        QCOMPARE(outcome.error->httpStatus, 400);
        QVERIFY(std::any_of(outcome.error->fieldErrors.cbegin(), outcome.error->fieldErrors.cend(),
                            [](const FieldError &e) { return e.field == field::Device; }));
        QVERIFY(!outcome.error->message.isEmpty());
    }

    void transferViolationLandsAtItsRow()
    {
        SynaptoPaySandbox sb;
        PaymentIntentDraft draft = terminalPayment(1500);
        draft.transfers = {
            {QStringLiteral("accounts/acct_second"), Money(2000, QStringLiteral("GBP"))}};
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(draft, nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QCOMPARE(outcome.error->kind, ApiErrorKind::Validation);
        QVERIFY2(!outcome.error->fieldErrors.isEmpty(), qPrintable(outcome.error->message));
        QVERIFY2(outcome.error->field.startsWith(QString(field::Transfers)),
                 qPrintable(outcome.error->field));
    }

    void terminalPaymentSucceedsWhenTheCardIsPresented()
    {
        SynaptoPaySandbox sb;
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(terminalPayment(2500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QCOMPARE(outcome.object->status.raw(), QStringLiteral("PROCESSING"));
        QCOMPARE(shortId(outcome.object->device), QStringLiteral("dvc_front_counter"));

        QStringList seen;
        Capture<Result<PaymentIntent>> followed;
        sb.provider->followPaymentIntent(
            outcome.object->id, 20000, nullptr,
            [&seen](const PaymentIntent &i) { seen.append(i.status.raw()); }, followed.callback());
        QTRY_COMPARE(seen, QStringList{QStringLiteral("PROCESSING")});
        QVERIFY(
            sb.settleTerminal(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        const Result<PaymentIntent> result = waitFor(followed, 20000);
        QVERIFY(result.ok());
        QCOMPARE(result.value().status.raw(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(result.value().status.phase(), IntentPhase::Final);
        QVERIFY(!result.value().paymentMethodId.isEmpty()); // the card actually used
        QCOMPARE(seen, (QStringList{QStringLiteral("PROCESSING"), QStringLiteral("SUCCEEDED")}));
    }

    void terminalDeclineNamesTheDevice()
    {
        SynaptoPaySandbox sb(50); // left alone, 1002 is declined
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(terminalPayment(1002), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        Capture<Result<PaymentIntent>> followed;
        sb.provider->followPaymentIntent(outcome.object->id, 20000, nullptr, {},
                                         followed.callback());
        const Result<PaymentIntent> result = waitFor(followed, 20000);
        QVERIFY(result.ok());
        QCOMPARE(result.value().status.raw(), QStringLiteral("REQUIRES_PAYMENT_METHOD"));
        QCOMPARE(result.value().status.phase(), IntentPhase::Waiting);
        QVERIFY(result.value().lastPaymentError.has_value());
        QCOMPARE(result.value().lastPaymentError->code, QStringLiteral("card_declined"));
        QCOMPARE(shortId(result.value().lastPaymentError->device),
                 QStringLiteral("dvc_front_counter"));
        QVERIFY(!result.value().lastPaymentError->message.isEmpty());
    }

    void terminalThatTimesOutSaysSo()
    {
        SynaptoPaySandbox sb(50); // left alone, 1003 times out on the terminal
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(
            terminalPayment(1003, QStringLiteral("EUR"), QStringLiteral("dvc_cafe_bar")), nullptr,
            created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        Capture<Result<PaymentIntent>> followed;
        sb.provider->followPaymentIntent(outcome.object->id, 20000, nullptr, {},
                                         followed.callback());
        const Result<PaymentIntent> result = waitFor(followed, 20000);
        QVERIFY(result.ok());
        QCOMPARE(result.value().lastPaymentError->code, QStringLiteral("terminal_timeout"));
        QCOMPARE(shortId(result.value().lastPaymentError->device), QStringLiteral("dvc_cafe_bar"));
    }

    void followingStopsAtItsTimeWithThePaymentStillOpen()
    {
        SynaptoPaySandbox sb; // the terminal waits a minute
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(terminalPayment(2500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        Capture<Result<PaymentIntent>> followed;
        sb.provider->followPaymentIntent(outcome.object->id, 700, nullptr, {}, followed.callback());
        const Result<PaymentIntent> result = waitFor(followed, 10000);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::Timeout);
        QVERIFY(result.error().message.contains(QLatin1String("may still complete")));
        // It is still waiting on the terminal, and settles when a card comes.
        QVERIFY(
            sb.settleTerminal(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
    }

    void cancellingTheFollowStopsIt()
    {
        SynaptoPaySandbox sb;
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(terminalPayment(2500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        Capture<Result<PaymentIntent>> followed;
        const CallHandle handle = sb.provider->followPaymentIntent(
            outcome.object->id, 20000, nullptr, {}, followed.callback());
        QTest::qWait(50);
        handle.cancel();
        const Result<PaymentIntent> result = waitFor(followed);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::Cancelled);
        QCOMPARE(followed.calls, 1);
        QTRY_VERIFY(!handle.isRunning());
    }

    void sameKeyWithAnotherBodyIsRefusedWithItsOwnMessage()
    {
        SynaptoPaySandbox sb;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Capture<CreateOutcome<PaymentIntent>> first;
        sb.provider->createPaymentIntent(terminalPayment(2500), nullptr, first.callback(), key);
        QCOMPARE(waitFor(first).status, CreateStatus::Created);

        Capture<CreateOutcome<PaymentIntent>> again;
        sb.provider->createPaymentIntent(terminalPayment(2600), nullptr, again.callback(), key);
        const CreateOutcome<PaymentIntent> outcome = waitFor(again);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QVERIFY2(outcome.error->message.contains(QLatin1String("already seen this request's key")),
                 qPrintable(outcome.error->message));
        QCOMPARE(intentsWithRequestId(*sb.provider, key), 1);
    }

    void sameKeyAndBodyReturnsTheFirstIntent()
    {
        SynaptoPaySandbox sb;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Capture<CreateOutcome<PaymentIntent>> first;
        sb.provider->createPaymentIntent(terminalPayment(2500), nullptr, first.callback(), key);
        const CreateOutcome<PaymentIntent> one = waitFor(first);
        QCOMPARE(one.status, CreateStatus::Created);
        QVERIFY(
            sb.settleTerminal(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        Capture<CreateOutcome<PaymentIntent>> second;
        sb.provider->createPaymentIntent(terminalPayment(2500), nullptr, second.callback(), key);
        const CreateOutcome<PaymentIntent> two = waitFor(second);
        QCOMPARE(two.status, CreateStatus::Created);
        QCOMPARE(two.object->id, one.object->id);
        QCOMPARE(intentsWithRequestId(*sb.provider, key), 1);
    }

    void createWhoseAnswersAreLostIsResentWithTheSameKeyNeverTwice()
    {
        // Half the write answers are lost after the server applied the write: the transport
        // sends again with the same key, and the server answers the first result.
        SynaptoPaySandbox sb;
        FaultSettings faults;
        faults.dropAfterShare = 0.5;
        faults.writesOnly = true;
        sb.setFaults(faults);
        QStringList keys;
        for (int i = 0; i < 12; ++i) {
            Capture<CreateOutcome<Customer>> created;
            sb.provider->createCustomer(person(QStringLiteral("Lost%1").arg(i)), nullptr,
                                        created.callback());
            const CreateOutcome<Customer> outcome = waitFor(created, 20000);
            QCOMPARE(outcome.status, CreateStatus::Created);
            keys.append(outcome.requestId);
        }
        sb.setFaults({});
        Capture<Result<WalkProgress>> walked;
        QHash<QString, int> seen;
        PageFetcher<Customer> fetch = [&sb](const PageQuery &q, QObject *ctx,
                                            Callback<Page<Customer>> cb) {
            return sb.provider->listCustomers(q, ctx, std::move(cb));
        };
        walkPages<Customer>(
            fetch, 100, nullptr,
            [&seen](const QList<Customer> &items, const WalkProgress &) {
                for (const Customer &c : items)
                    ++seen[c.metadata.text(QString::fromLatin1(RequestIdMetadataKey))];
                return true;
            },
            walked.callback());
        QVERIFY(waitFor(walked).ok());
        for (const QString &key : keys)
            QCOMPARE(seen.value(key), 1);
    }

    void createWhoseEveryAnswerIsLostIsFoundByItsKey()
    {
        SynaptoPaySandbox sb;
        FaultSettings faults;
        faults.dropAfterShare = 1.0;
        faults.writesOnly = true;
        sb.setFaults(faults);
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(terminalPayment(2500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created, 30000);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QVERIFY(outcome.foundByLookup);
        sb.setFaults({});
        QCOMPARE(intentsWithRequestId(*sb.provider, outcome.requestId), 1);
    }

    void createThatNeverReachedTheServerIsNotCreated()
    {
        // Every write is dropped before the server applies it, and the look-up finds nothing;
        // the last word comes from the server answering the same key once the faults stop.
        SynaptoPaySandbox sb;
        FaultSettings faults;
        faults.dropBeforeShare = 1.0;
        faults.writesOnly = true;
        sb.setFaults(faults);
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(terminalPayment(2500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created, 30000);
        // Nothing answered, so nothing proves it was not made: unknown, never "try again".
        QCOMPARE(outcome.status, CreateStatus::Unknown);
        QVERIFY(!outcome.guidance.isEmpty());
        sb.setFaults({});
        QCOMPARE(intentsWithRequestId(*sb.provider, outcome.requestId), 0);
        // Asking again with the same key makes it exactly once.
        Capture<CreateOutcome<PaymentIntent>> again;
        sb.provider->createPaymentIntent(terminalPayment(2500), nullptr, again.callback(),
                                         outcome.requestId);
        QCOMPARE(waitFor(again).status, CreateStatus::Created);
        QCOMPARE(intentsWithRequestId(*sb.provider, outcome.requestId), 1);
    }

    void confirmLaterAndRefundWithoutAChargeAreExplained()
    {
        SynaptoPaySandbox sb;
        const ProviderCapabilities can = sb.provider->capabilities();
        QVERIFY(!can.refunds);
        QVERIFY(!can.whyNoRefunds.isEmpty());
        QVERIFY(!can.confirmLater);

        Capture<Result<PaymentIntent>> confirmed;
        ConfirmIntentDraft confirm;
        confirm.paymentIntentId = QStringLiteral("pi_1");
        confirm.paymentMethodId = QStringLiteral("pm_1");
        sb.provider->confirmPaymentIntent(confirm, nullptr, confirmed.callback());
        const Result<PaymentIntent> c = waitFor(confirmed);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().message, can.whyNoConfirmLater);

        Capture<CreateOutcome<Refund>> refunded;
        RefundDraft refund;
        refund.paymentIntentId = QStringLiteral("pi_1");
        sb.provider->createRefund(refund, nullptr, refunded.callback());
        const CreateOutcome<Refund> r = waitFor(refunded);
        QCOMPARE(r.status, CreateStatus::NotCreated);
        QCOMPARE(r.error->message, can.whyNoRefunds);
    }

    // --- Scripted servers ---------------------------------------------------------------------

    void listGoesOnTheWireWithItsColonAndTheKeyHeader()
    {
        ScriptedServer server([](const ScriptedRequest &, ScriptedReply &reply) {
            reply.sendJson(200, {{QStringLiteral("payment_intents"), QJsonArray{}}});
        });
        HttpTransport transport;
        Credentials credentials;
        credentials.account = QStringLiteral("acct_shop");
        credentials.apiKey = "sk_test_scripted";
        QUrl base(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
        SynaptoPayProvider provider(base, credentials, &transport);
        Capture<Result<Page<PaymentIntent>>> listed;
        provider.listPaymentIntents({25, {}, {}}, nullptr, listed.callback());
        const Result<Page<PaymentIntent>> result = waitFor(listed);
        QVERIFY(result.ok());
        QVERIFY(!result.value().hasMore);
        QCOMPARE(server.requests.size(), 1);
        const ScriptedRequest &request = server.requests.constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v1/accounts/acct_shop/payment-intents:list"));
        QCOMPARE(header(request, "authorization"), QByteArray("Api-Key sk_test_scripted"));
        QCOMPARE(request.json().value(QStringLiteral("page_size")).toInt(), 25);
    }

    void shortPagesWithATokenAreFollowedToTheEnd()
    {
        // Two rows a page whatever was asked, and the token decides whether there is more.
        ScriptedServer server([](const ScriptedRequest &request, ScriptedReply &reply) {
            const int page = request.json().value(QStringLiteral("page_token")).toString().toInt();
            QJsonArray items;
            for (int i = 0; i < 2; ++i)
                items.append(intentJson(
                    QStringLiteral("accounts/acct_shop/payment-intents/pi_%1").arg(page * 2 + i),
                    QStringLiteral("SUCCEEDED")));
            QJsonObject body{{QStringLiteral("payment_intents"), items}};
            if (page < 2)
                body.insert(QStringLiteral("next_page_token"), QString::number(page + 1));
            reply.sendJson(200, body);
        });
        HttpTransport transport;
        Credentials credentials;
        credentials.account = QStringLiteral("acct_shop");
        credentials.apiKey = "sk_test";
        SynaptoPayProvider provider(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/").arg(server.serverPort())), credentials,
            &transport);
        QList<PaymentIntent> all = allIntents(provider, 100);
        QCOMPARE(all.size(), 6);
        QCOMPARE(shortId(all.constLast().id), QStringLiteral("pi_5"));
        QCOMPARE(server.requests.size(), 3);
    }

    void requestInProgressIsAskedAgainWithTheSameKey()
    {
        int calls = 0;
        ScriptedServer server([&calls](const ScriptedRequest &, ScriptedReply &reply) {
            if (++calls <= 2) {
                reply.sendJson(
                    409, {{QStringLiteral("code"), 10},
                          {QStringLiteral("message"), QStringLiteral("request in progress")}});
                return;
            }
            reply.sendJson(200,
                           intentJson(QStringLiteral("accounts/acct_shop/payment-intents/pi_1"),
                                      QStringLiteral("PROCESSING")));
        });
        HttpTransport transport;
        Credentials credentials;
        credentials.account = QStringLiteral("acct_shop");
        credentials.apiKey = "sk_test";
        SynaptoPayProvider provider(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort())), credentials,
            &transport);
        provider.setInProgressRetries(5, 5);
        Capture<CreateOutcome<PaymentIntent>> created;
        provider.createPaymentIntent(terminalPayment(1500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QCOMPARE(server.requests.size(), 3);
        const QByteArray key = header(server.requests.at(0), "idempotency-key");
        QVERIFY(!QUuid::fromString(QString::fromLatin1(key)).isNull());
        for (const ScriptedRequest &r : server.requests) {
            QCOMPARE(header(r, "idempotency-key"), key);
            QCOMPARE(r.body, server.requests.at(0).body);
        }
        QCOMPARE(outcome.requestId, QString::fromLatin1(key));
    }

    void requestStillInProgressAfterTheBoundIsUnknown()
    {
        ScriptedServer server([](const ScriptedRequest &request, ScriptedReply &reply) {
            if (request.path.endsWith(QLatin1String(":list"))) {
                reply.sendJson(200, {{QStringLiteral("payment_intents"), QJsonArray{}}});
                return;
            }
            reply.sendJson(409,
                           {{QStringLiteral("code"), 10},
                            {QStringLiteral("message"), QStringLiteral("request in progress")}});
        });
        HttpTransport transport;
        Credentials credentials;
        credentials.account = QStringLiteral("acct_shop");
        credentials.apiKey = "sk_test";
        SynaptoPayProvider provider(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort())), credentials,
            &transport);
        provider.setInProgressRetries(3, 5);
        Capture<CreateOutcome<PaymentIntent>> created;
        provider.createPaymentIntent(terminalPayment(1500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        // The server never finished the first attempt: it may still, so never "try again".
        QCOMPARE(outcome.status, CreateStatus::Unknown);
        QVERIFY(outcome.error.has_value());
        QVERIFY2(outcome.error->message.contains(QLatin1String("still working")),
                 qPrintable(outcome.error->message));
        // The first attempt, three resends while in progress, and one more after the look-up
        // found nothing.
        QCOMPARE(server.count("POST", QStringLiteral("/v1/accounts/acct_shop/payment-intents")), 5);
        QCOMPARE(
            server.count("POST", QStringLiteral("/v1/accounts/acct_shop/payment-intents:list")), 1);
    }

    void rateLimitAfterALostAnswerIsNoProofThatNothingWasCreated()
    {
        // The first attempt is applied and its answer lost; every resend with the same key is
        // turned away by a rate limit that answers before it looks at the key. Those 429s say
        // only that the resends were not applied, not the first attempt: the create is looked
        // up and found, never reported "not created, safe to try again".
        QJsonObject applied;
        ScriptedServer server([&applied](const ScriptedRequest &request, ScriptedReply &reply) {
            if (request.path.endsWith(QLatin1String(":list"))) {
                reply.sendJson(200, {{QStringLiteral("payment_intents"), QJsonArray{applied}}});
                return;
            }
            if (applied.isEmpty()) {
                applied = intentJson(QStringLiteral("accounts/acct_shop/payment-intents/pi_1"),
                                     QStringLiteral("PROCESSING"));
                applied.insert(
                    QStringLiteral("metadata"),
                    QJsonObject{{QString::fromLatin1(RequestIdMetadataKey),
                                 QString::fromLatin1(header(request, "idempotency-key"))}});
                reply.drop();
                return;
            }
            reply.sendJson(429, {{QStringLiteral("code"), 8},
                                 {QStringLiteral("message"), QStringLiteral("slow down")}});
        });
        HttpTransport transport;
        TransportOptions options;
        options.retry.initialDelayMs = 2;
        options.retry.maxDelayMs = 10;
        transport.setOptions(options);
        Credentials credentials;
        credentials.account = QStringLiteral("acct_shop");
        credentials.apiKey = "sk_test";
        SynaptoPayProvider provider(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort())), credentials,
            &transport);
        Capture<CreateOutcome<PaymentIntent>> created;
        provider.createPaymentIntent(terminalPayment(1500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QVERIFY(outcome.foundByLookup);
        QCOMPARE(outcome.object->id, QStringLiteral("accounts/acct_shop/payment-intents/pi_1"));
    }

    void serverGoneAfterALostAnswerIsNoProofThatNothingWasCreated()
    {
        // The first attempt is applied and its answer lost, then the server stops listening:
        // every resend is refused a connection. A refused connection proves only that the
        // resends never arrived, not the first attempt, so the outcome is unknown.
        ScriptedServer *self = nullptr;
        ScriptedServer server([&self](const ScriptedRequest &, ScriptedReply &reply) {
            self->close();
            reply.drop();
        });
        self = &server;
        HttpTransport transport;
        TransportOptions options;
        options.retry.initialDelayMs = 2;
        options.retry.maxDelayMs = 10;
        transport.setOptions(options);
        Credentials credentials;
        credentials.account = QStringLiteral("acct_shop");
        credentials.apiKey = "sk_test";
        SynaptoPayProvider provider(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort())), credentials,
            &transport);
        Capture<CreateOutcome<PaymentIntent>> created;
        provider.createPaymentIntent(terminalPayment(1500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(outcome.status, CreateStatus::Unknown);
        QVERIFY(!outcome.guidance.isEmpty());
    }

    void serverGoneWhileStillWorkingOnTheRequestIsUnknown()
    {
        // The server says it is still working on the request (409), then stops listening: the
        // resend after the pause is refused a connection. The server had the request, so
        // refused connections afterwards prove nothing: unknown, never "try again".
        ScriptedServer *self = nullptr;
        ScriptedServer server([&self](const ScriptedRequest &, ScriptedReply &reply) {
            // The answer closes its connection, so the resend needs a new one.
            reply.send(409, R"({"code":10,"message":"request in progress"})",
                       "application/json\r\nConnection: close");
            self->close();
        });
        self = &server;
        HttpTransport transport;
        TransportOptions options;
        options.retry.initialDelayMs = 2;
        options.retry.maxDelayMs = 10;
        transport.setOptions(options);
        Credentials credentials;
        credentials.account = QStringLiteral("acct_shop");
        credentials.apiKey = "sk_test";
        SynaptoPayProvider provider(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort())), credentials,
            &transport);
        provider.setInProgressRetries(3, 5);
        Capture<CreateOutcome<PaymentIntent>> created;
        provider.createPaymentIntent(terminalPayment(1500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(outcome.status, CreateStatus::Unknown);
        QVERIFY(!outcome.guidance.isEmpty());
    }

    void createThatNeverConnectsIsNotCreated()
    {
        // Every attempt is refused a connection: nothing ever reached a server, so nothing
        // was created and it is safe to try again.
        quint16 port = 0;
        {
            ScriptedServer gone([](const ScriptedRequest &, ScriptedReply &) {});
            port = gone.serverPort();
        }
        HttpTransport transport;
        TransportOptions options;
        options.retry.initialDelayMs = 2;
        options.retry.maxDelayMs = 10;
        transport.setOptions(options);
        Credentials credentials;
        credentials.account = QStringLiteral("acct_shop");
        credentials.apiKey = "sk_test";
        SynaptoPayProvider provider(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)),
                                    credentials, &transport);
        Capture<CreateOutcome<PaymentIntent>> created;
        provider.createPaymentIntent(terminalPayment(1500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QCOMPARE(outcome.error->kind, ApiErrorKind::Offline);
    }

    void camelCaseFieldViolationsLandAtTheField()
    {
        ScriptedServer server([](const ScriptedRequest &, ScriptedReply &reply) {
            const QJsonObject violation{
                {QStringLiteral("field"), QStringLiteral("transfers[1].accountName")},
                {QStringLiteral("description"), QStringLiteral("unknown account")}};
            const QJsonObject detail{{QStringLiteral("@type"),
                                      QStringLiteral("type.googleapis.com/google.rpc.BadRequest")},
                                     {QStringLiteral("fieldViolations"), QJsonArray{violation}}};
            reply.sendJson(400, {{QStringLiteral("code"), 3},
                                 {QStringLiteral("message"), QStringLiteral("invalid transfer")},
                                 {QStringLiteral("details"), QJsonArray{detail}}});
        });
        HttpTransport transport;
        Credentials credentials;
        credentials.account = QStringLiteral("acct_shop");
        credentials.apiKey = "sk_test";
        SynaptoPayProvider provider(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort())), credentials,
            &transport);
        Capture<CreateOutcome<PaymentIntent>> created;
        provider.createPaymentIntent(terminalPayment(1500), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QCOMPARE(outcome.error->kind, ApiErrorKind::Validation);
        QCOMPARE(outcome.error->fieldErrors.size(), 1);
        QCOMPARE(outcome.error->fieldErrors.constFirst().field,
                 QStringLiteral("transfers[1].recipient"));
        QCOMPARE(outcome.error->fieldErrors.constFirst().message,
                 QStringLiteral("unknown account"));
        QVERIFY(outcome.error->message.contains(QLatin1String("invalid transfer")));
        QCOMPARE(server.requests.size(), 1); // a refusal is never resent
    }
};

QTEST_GUILESS_MAIN(TestSynaptoPayProvider)
#include "tst_synaptopay_provider.moc"
