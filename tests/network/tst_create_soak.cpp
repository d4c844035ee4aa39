// 500 payment-intent creates against a sandbox failing 30% of all requests in every way it can.
// Whatever happens, no request id may exist twice on the server, every create must end as
// created, not created or unknown, and every "created" must be there. Prints the counts.
#include "network_fixture.h"

#include <QTest>

using namespace paydesk;
using namespace paydesk::testing;

class TestCreateSoak : public QObject
{
    Q_OBJECT

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
        QCOMPARE(created + notCreated + unknown, Creates);
        QCOMPARE(duplicates, 0);
        QCOMPARE(createdMissing, 0);
        QCOMPARE(notCreatedButThere, 0);
        QVERIFY2(foundByLookup > 0, "the faults must have hit some creates after applying");
    }
};

QTEST_GUILESS_MAIN(TestCreateSoak)
#include "tst_create_soak.moc"
