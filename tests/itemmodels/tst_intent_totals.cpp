#include "itemmodel_fixtures.h"
#include "models/intent_totals.h"
#include "models/payment_intent_filter_model.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

using Fixture = ProxyUnderTest<PaymentIntentTableModel, PaymentIntentFilterModel>;

QList<PaymentIntent> ledger()
{
    return {
        intent(QStringLiteral("pi_1"), 1000, QStringLiteral("USD"), QStringLiteral("succeeded")),
        intent(QStringLiteral("pi_2"), 2500, QStringLiteral("USD"), QStringLiteral("succeeded")),
        intent(QStringLiteral("pi_3"), 700, QStringLiteral("USD"), QStringLiteral("failed")),
        intent(QStringLiteral("pi_4"), 4000, QStringLiteral("EUR"), QStringLiteral("succeeded")),
        intent(QStringLiteral("pi_5"), 300, QStringLiteral("EUR"), QStringLiteral("processing")),
        intent(QStringLiteral("pi_6"), 50, QStringLiteral("USD"), QStringLiteral("under_review")),
        intent(QStringLiteral("pi_7"), 1500, QStringLiteral("JPY"), QStringLiteral("succeeded")),
    };
}

AmountTotal amountTotal(qint64 count, qint64 minorUnits)
{
    AmountTotal total;
    total.count = count;
    total.minorUnits = minorUnits;
    return total;
}

} // namespace

class TestIntentTotals : public QObject
{
    Q_OBJECT

private slots:
    void sumsPerCurrencyAndStatus()
    {
        const IntentTotals totals = IntentTotals::of(ledger());

        QCOMPARE(totals.count, 7);
        QCOMPARE(totals.currencies(), QStringList({"EUR", "JPY", "USD"}));

        QCOMPARE(totals.total(QStringLiteral("USD")), amountTotal(4, 4250));
        QCOMPARE(totals.total(QStringLiteral("USD"), QStringLiteral("succeeded")),
                 amountTotal(2, 3500));
        QCOMPARE(totals.total(QStringLiteral("USD"), QStringLiteral("failed")),
                 amountTotal(1, 700));
        QCOMPARE(totals.total(QStringLiteral("USD"), QStringLiteral("under_review")),
                 amountTotal(1, 50));
        QCOMPARE(totals.total(QStringLiteral("EUR")), amountTotal(2, 4300));
        QCOMPARE(totals.total(QStringLiteral("EUR"), QStringLiteral("processing")),
                 amountTotal(1, 300));
        QCOMPARE(totals.total(QStringLiteral("JPY")), amountTotal(1, 1500));
        QCOMPARE(totals.total(QStringLiteral("EUR"), QStringLiteral("failed")), AmountTotal());
        QCOMPARE(totals.total(QStringLiteral("GBP")), AmountTotal());

        QCOMPARE(totals.countByStatus.value(QStringLiteral("succeeded")), 4);
        QCOMPARE(totals.countByStatus.value(QStringLiteral("under_review")), 1);
        QCOMPARE(totals.byCurrency.value(QStringLiteral("USD")).byStatus.keys(),
                 QStringList({"failed", "succeeded", "under_review"}));

        QCOMPARE(totals.total(QStringLiteral("USD")).sum(QStringLiteral("USD")),
                 Money(4250, QStringLiteral("USD")));
    }

    void followsTheFilter()
    {
        Fixture f;
        f.table.upsert(ledger());
        QCOMPARE(IntentTotals::of(f.proxy), IntentTotals::of(ledger()));
        QCOMPARE(IntentTotals::of(f.table), IntentTotals::of(ledger()));

        f.proxy.setStatuses({QStringLiteral("succeeded")});
        IntentTotals shown = IntentTotals::of(f.proxy);
        QCOMPARE(shown.count, 4);
        QCOMPARE(shown.total(QStringLiteral("USD")), amountTotal(2, 3500));
        QCOMPARE(shown.total(QStringLiteral("EUR")), amountTotal(1, 4000));
        QCOMPARE(shown.total(QStringLiteral("USD"), QStringLiteral("failed")), AmountTotal());

        f.proxy.setCurrency(QStringLiteral("USD"));
        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::DescendingOrder);
        shown = IntentTotals::of(f.proxy);
        QCOMPARE(shown.count, 2);
        QCOMPARE(shown.currencies(), QStringList({"USD"}));
        QCOMPARE(shown.total(QStringLiteral("USD")), amountTotal(2, 3500));

        f.proxy.clearFilter();
        f.proxy.setAmountRange(1000, 2500);
        shown = IntentTotals::of(f.proxy);
        QCOMPARE(shown.count, 3);
        QCOMPARE(shown.total(QStringLiteral("USD")), amountTotal(2, 3500));
        QCOMPARE(shown.total(QStringLiteral("JPY")), amountTotal(1, 1500));
    }

    // What was refunded is summed beside the amounts, and the net is what the payments keep.
    void sumsRefundsAndNet()
    {
        QList<PaymentIntent> intents = ledger();
        PaymentIntent part = intent(QStringLiteral("pi_part"), 794300);
        part.amountRefunded = 10000;
        PaymentIntent full = intent(QStringLiteral("pi_full"), 2500);
        full.amountRefunded = 2500;
        intents << part << full;
        const IntentTotals totals = IntentTotals::of(intents);
        const QString usd = QStringLiteral("USD");
        const AmountTotal all = totals.total(usd);
        QCOMPARE(all.count, 6);
        QCOMPARE(all.sum(usd), Money(4250 + 794300 + 2500, usd));
        QCOMPARE(all.refunded(usd), Money(12500, usd));
        QCOMPARE(all.net(usd), Money(4250 + 794300 + 2500 - 12500, usd));
        QCOMPARE(totals.total(usd, QStringLiteral("succeeded")).refunded(usd), Money(12500, usd));
        QCOMPARE(totals.total(usd, QStringLiteral("failed")).refunded(usd), Money(0, usd));
        QCOMPARE(totals.total(QStringLiteral("EUR")).net(QStringLiteral("EUR")),
                 Money(4300, QStringLiteral("EUR")));

        // One at a time, the same.
        IntentTotals added;
        for (const PaymentIntent &each : std::as_const(intents))
            added.add(each);
        QCOMPARE(added, totals);
    }

    void flagsOverflowInsteadOfWrapping()
    {
        const qint64 max = std::numeric_limits<qint64>::max();
        const IntentTotals totals = IntentTotals::of({
            intent(QStringLiteral("pi_1"), max - 10),
            intent(QStringLiteral("pi_2"), 10),
            intent(QStringLiteral("pi_3"), 1),
            intent(QStringLiteral("pi_4"), 5, QStringLiteral("EUR")),
        });

        const AmountTotal usd = totals.total(QStringLiteral("USD"));
        QVERIFY(usd.overflowed);
        QCOMPARE(usd.count, 3);
        QCOMPARE(usd.minorUnits, max);
        QCOMPARE(usd.sum(QStringLiteral("USD")), std::nullopt);
        // Other currencies are not affected.
        QCOMPARE(totals.total(QStringLiteral("EUR")), amountTotal(1, 5));
    }

    void countsIntentsWithoutAValidAmount()
    {
        PaymentIntent noAmount;
        noAmount.id = QStringLiteral("pi_x");
        noAmount.status = IntentStatus(QStringLiteral("created"));
        const IntentTotals totals =
            IntentTotals::of({noAmount, intent(QStringLiteral("pi_1"), 10)});

        QCOMPARE(totals.count, 2);
        QCOMPARE(totals.countByStatus.value(QStringLiteral("created")), 1);
        QCOMPARE(totals.currencies(), QStringList({"USD"}));
    }

    void trackerFollowsChangesAndAnnouncesOncePerTurn()
    {
        Fixture f;
        IntentTotalsTracker tracker(&f.proxy);
        QSignalSpy changed(&tracker, &IntentTotalsTracker::changed);
        QCOMPARE(tracker.totals().count, 0);

        f.table.upsert(ledger());
        f.table.upsert(
            {intent(QStringLiteral("pi_8"), 1, QStringLiteral("USD"), QStringLiteral("failed"))});
        f.proxy.setCurrency(QStringLiteral("USD"));
        // Current at once, announced later.
        QCOMPARE(tracker.totals().count, 5);
        QCOMPARE(tracker.totals().total(QStringLiteral("USD"), QStringLiteral("failed")),
                 amountTotal(2, 701));
        QCOMPARE(changed.count(), 0);
        QVERIFY(changed.wait());
        QCOMPARE(changed.count(), 1);

        PaymentIntent updated = f.table.at(0);
        updated.amount = Money(9000, QStringLiteral("USD"));
        f.table.upsert({updated});
        QCOMPARE(tracker.totals().total(QStringLiteral("USD"), QStringLiteral("succeeded")),
                 amountTotal(2, 11500));
        QVERIFY(changed.wait());
        QCOMPARE(changed.count(), 2);

        f.table.clear();
        QCOMPARE(tracker.totals(), IntentTotals());
        QVERIFY(changed.wait());
        QCOMPARE(changed.count(), 3);
    }

    void trackerCountsInSlicesToWhatACountAtOnceGives()
    {
        Fixture f;
        QList<PaymentIntent> many;
        const QStringList statuses{QStringLiteral("succeeded"), QStringLiteral("failed"),
                                   QStringLiteral("processing")};
        for (int i = 0; i < 10000; ++i)
            many.append(intent(QStringLiteral("pi_%1").arg(i), 100 + i,
                               i % 7 ? QStringLiteral("USD") : QStringLiteral("EUR"),
                               statuses.at(i % 3)));
        f.table.upsert(many);
        IntentTotalsTracker tracker(&f.proxy);
        tracker.setSliceBudget(0); // one slice per turn of the event loop
        QSignalSpy counted(&tracker, &IntentTotalsTracker::counted);

        f.proxy.setStatuses({QStringLiteral("succeeded"), QStringLiteral("failed")});
        tracker.countInSlices();
        QVERIFY(tracker.isCounting());
        QCoreApplication::processEvents();
        QVERIFY(tracker.isCounting()); // 10,000 rows take more than one slice
        QCOMPARE(counted.count(), 0);

        // A change during the count starts it again, and the totals count it.
        PaymentIntent changed = f.table.at(0);
        changed.amount = Money(99999, QStringLiteral("USD"));
        f.table.upsert({changed});
        QVERIFY(counted.wait());
        QCOMPARE(counted.count(), 1);
        QVERIFY(!tracker.isCounting());
        const IntentTotals expected = IntentTotals::of(f.proxy);
        QCOMPARE(tracker.totals(), expected);
        QVERIFY(expected.total(QStringLiteral("USD")).count > 0);
        QVERIFY(expected.total(QStringLiteral("EUR")).count > 0);

        // Current already: said at once.
        tracker.countInSlices();
        QCOMPARE(counted.count(), 2);

        // Asked for while counting: exact at once, and the count is done.
        f.proxy.setCurrency(QStringLiteral("EUR"));
        tracker.countInSlices();
        QVERIFY(tracker.isCounting());
        QCOMPARE(tracker.totals(), IntentTotals::of(f.proxy));
        QVERIFY(!tracker.isCounting());
        QVERIFY(counted.wait());
        QCOMPARE(counted.count(), 3);
    }

    void trackerAddsInsertedRowsAsARecountWould()
    {
        Fixture f;
        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::DescendingOrder);
        f.proxy.setStatuses({QStringLiteral("succeeded"), QStringLiteral("failed")});
        IntentTotalsTracker tracker(&f.proxy);
        QCOMPARE(tracker.totals(), IntentTotals());

        // Pages arriving while the totals are current: added row by row, as counted afresh.
        for (int page = 0; page < 3; ++page) {
            QList<PaymentIntent> intents = ledger();
            for (PaymentIntent &intent : intents)
                intent.id += QStringLiteral("_%1").arg(page);
            f.table.upsert(intents);
            QCOMPARE(tracker.totals(), IntentTotals::of(f.proxy));
            QCOMPARE(tracker.totals().count, 5 * (page + 1));
        }

        // A sum that overflows stops where it stopped in the rows' order.
        const qint64 max = std::numeric_limits<qint64>::max();
        f.table.upsert({intent(QStringLiteral("pi_big"), max - 1000),
                        intent(QStringLiteral("pi_huge"), max - 10)});
        QCOMPARE(tracker.totals(), IntentTotals::of(f.proxy));
        QVERIFY(tracker.totals().total(QStringLiteral("USD")).overflowed);
        f.table.upsert({intent(QStringLiteral("pi_small"), 5)});
        QCOMPARE(tracker.totals(), IntentTotals::of(f.proxy));
    }
};

QTEST_GUILESS_MAIN(TestIntentTotals)
#include "tst_intent_totals.moc"
