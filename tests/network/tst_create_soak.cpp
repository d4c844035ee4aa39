// 500 payment-intent creates against a sandbox failing 30% of all requests in every way it can,
// once through Dots (no idempotency key: a lost answer is looked up, never resent) and once
// through SynaptoPay (an Idempotency-Key on every create: a lost answer is resent with the same
// key). Whatever happens, no request id may exist twice on the server, every create must end as
// created, not created or unknown, every "created" must be there and every "not created" absent.
// Each prints its counts, and the two lines are printed again side by side at the end.
#include "models/metadata.h"
#include "network/list_walker.h"
#include "network/synaptopay/synaptopay_provider.h"
#include "network_fixture.h"

#include <QTest>

#include <array>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

// The same faults for both providers: 30% of all requests, reads included, 6% of each kind.
sandbox::FaultSettings thirtyPercentFaults(int latencyMs)
{
    sandbox::FaultSettings faults;
    faults.latencyMs = latencyMs;
    faults.serviceUnavailableShare = 0.06;
    faults.rateLimitShare = 0.06;
    faults.retryAfterSeconds = 0;
    faults.dropBeforeShare = 0.06;
    faults.dropAfterShare = 0.06;
    faults.truncateShare = 0.06;
    return faults;
}

} // namespace

class TestCreateSoak : public QObject
{
    Q_OBJECT

    QStringList m_summary;

private slots:
    void fiveHundredCreatesUnderThirtyPercentFaults()
    {
        SandboxClient sb;
        sandbox::FaultSettings faults;
        faults.serviceUnavailableShare = 0.06;
        faults.rateLimitShare = 0.06;
        faults.retryAfterSeconds = 0;
        faults.dropBeforeShare = 0.06;
        faults.dropAfterShare = 0.06;
        faults.truncateShare = 0.06;
        sb.setFaults(faults);

        constexpr int Creates = 500;
        constexpr int Concurrency = 8;
        QHash<QString, CreateOutcome<PaymentIntent>> outcomes;
        int started = 0;
        std::function<void()> startNext = [&] {
            if (started >= Creates)
                return;
            const QString requestId =
                QStringLiteral("soak-%1").arg(started, 4, 10, QLatin1Char('0'));
            PaymentIntentDraft draft;
            draft.amount = Money(100 + started, QStringLiteral("USD"));
            draft.description = requestId;
            ++started;
            sb.provider->createPaymentIntent(
                draft, nullptr,
                [&, requestId](const CreateOutcome<PaymentIntent> &outcome) {
                    QVERIFY2(!outcomes.contains(requestId), "one outcome per create");
                    outcomes.insert(requestId, outcome);
                    startNext();
                },
                requestId);
        };
        for (int i = 0; i < Concurrency; ++i)
            startNext();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), qsizetype(Creates), 240000);

        int created = 0, foundByLookup = 0, notCreated = 0, unknown = 0, duplicates = 0,
            createdMissing = 0, notCreatedButThere = 0, unknownThere = 0;
        const QString key = QString::fromLatin1(RequestIdMetadataKey);
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
            const qsizetype onServer =
                sb.server->countWithMetadata(sandbox::Resource::PaymentIntents, key, it.key());
            if (onServer > 1)
                ++duplicates;
            switch (it->status) {
            case CreateStatus::Created:
                ++created;
                foundByLookup += it->foundByLookup ? 1 : 0;
                if (onServer != 1 || !it->object ||
                    sb.server->object(sandbox::Resource::PaymentIntents, it->object->id).isEmpty())
                    ++createdMissing;
                break;
            case CreateStatus::NotCreated:
                ++notCreated;
                if (onServer != 0)
                    ++notCreatedButThere;
                break;
            case CreateStatus::Unknown:
                ++unknown;
                unknownThere += onServer == 1 ? 1 : 0;
                QVERIFY(!it->guidance.isEmpty());
                break;
            }
        }
        qInfo("SOAK creates=%d created=%d (found by look-up %d) not_created=%d unknown=%d "
              "(of which on the server %d) duplicates=%d created_missing=%d "
              "not_created_but_present=%d server_total=%lld",
              Creates, created, foundByLookup, notCreated, unknown, unknownThere, duplicates,
              createdMissing, notCreatedButThere,
              static_cast<long long>(sb.server->count(sandbox::Resource::PaymentIntents)));
        m_summary.append(
            QStringLiteral("SOAK dots       creates=%1 created=%2 not_created=%3 unknown=%4 "
                           "found_by_lookup=%5 duplicates=%6")
                .arg(Creates)
                .arg(created)
                .arg(notCreated)
                .arg(unknown)
                .arg(foundByLookup)
                .arg(duplicates));
        QCOMPARE(created + notCreated + unknown, Creates);
        QCOMPARE(duplicates, 0);
        QCOMPARE(createdMissing, 0);
        QCOMPARE(notCreatedButThere, 0);
        QVERIFY2(foundByLookup > 0, "the faults must have hit some creates after applying");
    }

    // Half of the creates take the payment on one of the three active card terminals (confirm +
    // device, GBP, EUR and USD); a quarter pay at once with the test card and a quarter only
    // create the intent. A terminal takes one payment at a time: with no terminal delay it
    // settles before the next request is served (the sandbox settles what is due first), so a
    // terminal is idle whenever a create for it arrives. Amounts ending in 02 and 03 settle too,
    // declined or timed out.
    void synaptoPayFiveHundredCreatesUnderThirtyPercentFaults()
    {
        sandbox::SandboxOptions options;
        options.processingDelayMs = 0;
        options.terminalDelayMs = 0;
        options.randomSeed = 7;
        sandbox::SandboxServer server(options);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        HttpTransport transport;
        TransportOptions transportOptions;
        transportOptions.inactivityTimeoutMs = 5000;
        transportOptions.retry.initialDelayMs = 2;
        transportOptions.retry.maxDelayMs = 20;
        transport.setOptions(transportOptions);
        Credentials credentials;
        credentials.account = QString::fromLatin1(sandbox::kSynaptoPayDemoAccount);
        credentials.apiKey = sandbox::kSynaptoPayDemoApiKey;
        SynaptoPayProvider provider(server.synaptoPayBaseUrl(), credentials, &transport);
        provider.setInProgressRetries(5, 5);
        // A little latency on every answer, so that answers and resends overlap as they would
        // over a real network, yet 500 creates stay within seconds.
        QVERIFY(server.setFaults(thirtyPercentFaults(2)));

        struct Terminal
        {
            const char *device;
            const char *currency;
        };
        static constexpr std::array<Terminal, 3> Terminals{
            {{"dvc_front_counter", "GBP"}, {"dvc_cafe_bar", "EUR"}, {"dvc_popup_stand", "USD"}}};
        constexpr int Creates = 500;
        constexpr int Concurrency = 8;
        QHash<QString, CreateOutcome<PaymentIntent>> outcomes;
        int started = 0;
        std::function<void()> startNext = [&] {
            if (started >= Creates)
                return;
            const int n = started++;
            const QString requestId = QStringLiteral("sp-soak-%1").arg(n, 4, 10, QLatin1Char('0'));
            PaymentIntentDraft draft;
            draft.description = requestId;
            if (n % 2 == 1) {
                const Terminal &terminal = Terminals.at((n / 2) % Terminals.size());
                draft.amount = Money(100 + n, QString::fromLatin1(terminal.currency));
                draft.confirm = true;
                draft.device = QString::fromLatin1(terminal.device);
            } else {
                draft.amount = Money(100 + n, QStringLiteral("USD"));
                if (n % 4 == 0) {
                    draft.confirm = true;
                    draft.paymentMethodId = QStringLiteral("pm_card_visa");
                }
            }
            provider.createPaymentIntent(
                draft, nullptr,
                [&, requestId](const CreateOutcome<PaymentIntent> &outcome) {
                    QVERIFY2(!outcomes.contains(requestId), "one outcome per create");
                    outcomes.insert(requestId, outcome);
                    startNext();
                },
                requestId);
        };
        for (int i = 0; i < Concurrency; ++i)
            startNext();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), qsizetype(Creates), 90000);
        // Nothing is left running: no request in flight, no create still waiting to resend.
        QTRY_COMPARE(transport.requestsInFlight(), 0);
        QTRY_VERIFY(provider.findChildren<Operation *>().isEmpty());

        // With the faults stopped, walk the whole list and count the intents of each request id.
        QVERIFY(server.setFaults({}));
        QHash<QString, int> perRequestId;
        QSet<QString> names;
        bool walkedAll = false;
        const QString key = QString::fromLatin1(RequestIdMetadataKey);
        PageFetcher<PaymentIntent> fetch = [&provider](const PageQuery &q, QObject *ctx,
                                                       Callback<Page<PaymentIntent>> cb) {
            return provider.listPaymentIntents(q, ctx, std::move(cb));
        };
        walkPages<PaymentIntent>(
            fetch, 100, nullptr,
            [&](const QList<PaymentIntent> &items, const WalkProgress &) {
                for (const PaymentIntent &intent : items) {
                    names.insert(intent.id);
                    const QString requestId = intent.metadata.text(key);
                    if (!requestId.isEmpty())
                        ++perRequestId[requestId];
                }
                return true;
            },
            [&walkedAll](const Result<WalkProgress> &r) {
                walkedAll = r.ok() && r.value().complete;
                QVERIFY2(walkedAll, r.ok() ? "incomplete walk" : qPrintable(r.error().message));
            });
        QTRY_VERIFY_WITH_TIMEOUT(walkedAll, 30000);

        int created = 0, foundByLookup = 0, resentSameKey = 0, notCreated = 0, unknown = 0,
            duplicates = 0, createdMissing = 0, notCreatedButThere = 0, unknownThere = 0;
        for (auto it = perRequestId.cbegin(); it != perRequestId.cend(); ++it)
            duplicates += it.value() > 1 ? 1 : 0;
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
            const int onServer = perRequestId.value(it.key());
            switch (it->status) {
            case CreateStatus::Created:
                ++created;
                foundByLookup += it->foundByLookup ? 1 : 0;
                resentSameKey += !it->foundByLookup && !it->proof.isEmpty() ? 1 : 0;
                if (onServer != 1 || !it->object || !names.contains(it->object->id))
                    ++createdMissing;
                break;
            case CreateStatus::NotCreated:
                ++notCreated;
                if (onServer != 0) {
                    ++notCreatedButThere;
                    qWarning("not created, yet on the server: %s (%s)", qPrintable(it.key()),
                             it->error ? qPrintable(it->error->message) : "no error");
                }
                break;
            case CreateStatus::Unknown:
                ++unknown;
                unknownThere += onServer == 1 ? 1 : 0;
                QVERIFY(!it->guidance.isEmpty());
                break;
            }
        }
        qInfo("SOAK synaptopay creates=%d created=%d (found by look-up %d, answered on a resend "
              "with the same key %d) not_created=%d unknown=%d (of which on the server %d) "
              "duplicates=%d created_missing=%d not_created_but_present=%d server_total=%lld",
              Creates, created, foundByLookup, resentSameKey, notCreated, unknown, unknownThere,
              duplicates, createdMissing, notCreatedButThere,
              static_cast<long long>(perRequestId.size()));
        m_summary.append(
            QStringLiteral("SOAK synaptopay creates=%1 created=%2 not_created=%3 unknown=%4 "
                           "found_by_lookup=%5 duplicates=%6")
                .arg(Creates)
                .arg(created)
                .arg(notCreated)
                .arg(unknown)
                .arg(foundByLookup)
                .arg(duplicates));
        QCOMPARE(created + notCreated + unknown, Creates);
        QCOMPARE(duplicates, 0);
        QCOMPARE(createdMissing, 0);
        QCOMPARE(notCreatedButThere, 0);
        QVERIFY2(resentSameKey > 0, "the faults must have made some creates go out again");
    }

    // Both soaks' counts one above the other, for comparing the two ways of never charging twice.
    void cleanupTestCase()
    {
        for (const QString &line : std::as_const(m_summary))
            qInfo("%s", qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestCreateSoak)
#include "tst_create_soak.moc"
