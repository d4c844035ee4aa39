#include "itemmodel_fixtures.h"
#include "models/daily_volume.h"
#include "models/intent_totals.h"
#include "models/payment_intent_filter_model.h"

#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <random>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

using Fixture = ProxyUnderTest<PaymentIntentTableModel, PaymentIntentFilterModel>;

const QString kUsd = QStringLiteral("USD");
const QString kEur = QStringLiteral("EUR");

PaymentIntent at(const QString &id, qint64 minorUnits, const QString &currency,
                 const QString &status, const QDateTime &created, qint64 refunded = -1)
{
    PaymentIntent result = intent(id, minorUnits, currency, status);
    result.created = created;
    if (refunded >= 0)
        result.amountRefunded = refunded;
    return result;
}

// Days, currencies and outcomes mixed, with a refund, an intent without a creation time and one
// without an amount. The suite runs in Central European time (see main), so 23:30 UTC is already
// the next day.
QList<PaymentIntent> ledger()
{
    return {
        at(QStringLiteral("pi_1"), 1000, kUsd, QStringLiteral("succeeded"), utc(2024, 3, 1, 9)),
        at(QStringLiteral("pi_2"), 2500, kUsd, QStringLiteral("succeeded"), utc(2024, 3, 1, 22, 59),
           500),
        at(QStringLiteral("pi_3"), 700, kUsd, QStringLiteral("failed"), utc(2024, 3, 1, 23, 30)),
        at(QStringLiteral("pi_4"), 300, kUsd, QStringLiteral("canceled"), utc(2024, 3, 2, 8)),
        at(QStringLiteral("pi_5"), 450, kUsd, QStringLiteral("requires_payment_method"),
           utc(2024, 3, 2, 10)),
        at(QStringLiteral("pi_6"), 50, kUsd, QStringLiteral("processing"), utc(2024, 3, 4, 10)),
        at(QStringLiteral("pi_7"), 75, kUsd, QStringLiteral("under_review"), utc(2024, 3, 4, 11)),
        at(QStringLiteral("pi_8"), 4000, kEur, QStringLiteral("succeeded"), utc(2024, 3, 1, 12),
           4000),
        at(QStringLiteral("pi_9"), 300, kEur, QStringLiteral("requires_action"), utc(2024, 3, 3)),
        at(QStringLiteral("pi_10"), 999, kEur, QStringLiteral("succeeded"), QDateTime()),
        [] {
            PaymentIntent noAmount;
            noAmount.id = QStringLiteral("pi_11");
            noAmount.status = IntentStatus(QStringLiteral("created"));
            noAmount.created = utc(2024, 3, 1);
            return noAmount;
        }(),
    };
}

AmountTotal total(qint64 count, qint64 minorUnits, qint64 refunded = 0)
{
    AmountTotal result;
    result.count = count;
    result.minorUnits = minorUnits;
    result.refundedMinorUnits = refunded;
    return result;
}

const AmountTotal &part(const OutcomeTotals &totals, PaymentOutcome outcome)
{
    return totals[size_t(outcome)];
}

QList<QDate> daysOf(const CurrencyVolume &volume)
{
    QList<QDate> days;
    for (const DayVolume &day : volume.days)
        days.append(day.day);
    return days;
}

// The totals of one outcome of a currency, added up from the model's totals per raw status.
AmountTotal totalsOfOutcome(const IntentTotals &totals, const QString &currency,
                            PaymentOutcome outcome)
{
    AmountTotal sum;
    const CurrencyTotals byStatus = totals.byCurrency.value(currency);
    for (auto it = byStatus.byStatus.cbegin(); it != byStatus.byStatus.cend(); ++it)
        if (paymentOutcome(IntentStatus(it.key())) == outcome)
            addTotal(sum, it.value());
    return sum;
}

OutcomeTotals outcomesOf(const CurrencyVolume &volume)
{
    OutcomeTotals sums = volume.undated;
    for (const DayVolume &day : volume.days)
        for (size_t outcome = 0; outcome < sums.size(); ++outcome)
            addTotal(sums[outcome], day.byOutcome[outcome]);
    return sums;
}

} // namespace

class TestDailyVolume : public QObject
{
    Q_OBJECT

private slots:
    void groupsStatusesIntoOutcomes()
    {
        const auto outcome = [](const char *raw) {
            return paymentOutcome(IntentStatus(QString::fromLatin1(raw)));
        };
        QCOMPARE(outcome("succeeded"), PaymentOutcome::Succeeded);
        QCOMPARE(outcome("SUCCEEDED"), PaymentOutcome::Succeeded);
        QCOMPARE(outcome("failed"), PaymentOutcome::FailedOrCanceled);
        QCOMPARE(outcome("canceled"), PaymentOutcome::FailedOrCanceled);
        for (const char *waiting :
             {"initialized", "created", "requires_payment_method", "requires_confirmation",
              "requires_action", "requires_capture", "processing"})
            QCOMPARE(outcome(waiting), PaymentOutcome::Waiting);
        QCOMPARE(outcome("under_review"), PaymentOutcome::Other);
        QCOMPARE(outcome(""), PaymentOutcome::Other);
    }

    // Whatever is spread over days adds up to what the totals table says, per currency and per
    // outcome, refunds included.
    void addsUpToTheTotals()
    {
        const QList<PaymentIntent> intents = ledger();
        const DailyVolume volume = DailyVolume::of(intents);
        const IntentTotals totals = IntentTotals::of(intents);

        QCOMPARE(volume.count, totals.count);
        QCOMPARE(volume.count, 11);
        QCOMPARE(volume.withoutAmount, 1);
        QCOMPARE(volume.currencies(), totals.currencies());
        for (const QString &currency : totals.currencies()) {
            const CurrencyVolume &days = volume.byCurrency[currency];
            QCOMPARE(days.all(), totals.total(currency));
            const OutcomeTotals outcomes = outcomesOf(days);
            for (PaymentOutcome outcome : {PaymentOutcome::Succeeded, PaymentOutcome::Waiting,
                                           PaymentOutcome::FailedOrCanceled, PaymentOutcome::Other})
                QCOMPARE(part(outcomes, outcome), totalsOfOutcome(totals, currency, outcome));
        }
        QCOMPARE(volume.byCurrency[kUsd].all(), total(7, 5075, 500));
        QCOMPARE(volume.byCurrency[kEur].all(), total(3, 5299, 4000));
    }

    void splitsEachDayByOutcome()
    {
        const DailyVolume volume = DailyVolume::of(ledger());
        const CurrencyVolume usd = volume.byCurrency.value(kUsd);
        QCOMPARE(daysOf(usd),
                 QList<QDate>({QDate(2024, 3, 1), QDate(2024, 3, 2), QDate(2024, 3, 4)}));

        const OutcomeTotals &first = usd.days.at(0).byOutcome;
        QCOMPARE(part(first, PaymentOutcome::Succeeded), total(2, 3500, 500));
        QCOMPARE(part(first, PaymentOutcome::FailedOrCanceled), AmountTotal());
        QCOMPARE(part(first, PaymentOutcome::Waiting), AmountTotal());

        const OutcomeTotals &second = usd.days.at(1).byOutcome;
        QCOMPARE(part(second, PaymentOutcome::FailedOrCanceled), total(2, 1000));
        QCOMPARE(part(second, PaymentOutcome::Waiting), total(1, 450));
        QCOMPARE(part(second, PaymentOutcome::Succeeded), AmountTotal());

        const OutcomeTotals &fourth = usd.days.at(2).byOutcome;
        QCOMPARE(part(fourth, PaymentOutcome::Waiting), total(1, 50));
        QCOMPARE(part(fourth, PaymentOutcome::Other), total(1, 75));
        QCOMPARE(usd.days.at(2).all(), total(2, 125));

        // EUR: a fully refunded payment on its day; the undated one on no day.
        const CurrencyVolume eur = volume.byCurrency.value(kEur);
        QCOMPARE(daysOf(eur), QList<QDate>({QDate(2024, 3, 1), QDate(2024, 3, 3)}));
        QCOMPARE(part(eur.days.at(0).byOutcome, PaymentOutcome::Succeeded), total(1, 4000, 4000));
        QCOMPARE(part(eur.undated, PaymentOutcome::Succeeded), total(1, 999));
        QCOMPARE(eur.undated[size_t(PaymentOutcome::Waiting)], AmountTotal());
    }

    // The day is the one the local clock showed, across a daylight-saving change too, whatever
    // order the intents come in.
    void placesIntentsOnTheirLocalDay()
    {
        QList<PaymentIntent> intents;
        QList<QDateTime> times;
        // Every 37 minutes through the week of the spring change (2024-03-31, 02:00 -> 03:00).
        for (QDateTime time = utc(2024, 3, 27, 0); time < utc(2024, 4, 3, 0);
             time = time.addSecs(37 * 60))
            times.append(time);
        // And around the autumn change (2024-10-27, 03:00 -> 02:00), minute by minute.
        for (QDateTime time = utc(2024, 10, 26, 21); time < utc(2024, 10, 27, 2);
             time = time.addSecs(60))
            times.append(time);
        std::shuffle(times.begin(), times.end(), std::mt19937(7));
        QMap<QDate, qint64> expected;
        for (const QDateTime &time : std::as_const(times)) {
            intents.append(at(QStringLiteral("pi_%1").arg(intents.size()), 1, kUsd,
                              QStringLiteral("succeeded"), time));
            ++expected[time.toLocalTime().date()];
        }
        const CurrencyVolume usd = DailyVolume::of(intents).byCurrency.value(kUsd);
        QMap<QDate, qint64> counted;
        for (const DayVolume &day : usd.days)
            counted.insert(day.day, day.all().count);
        QCOMPARE(counted, expected);

        // Named cases: 22:59 UTC is 23:59 in winter, 23:30 UTC already the next day; in summer
        // the day turns at 22:00 UTC.
        const auto dayOf = [](const QDateTime &time) {
            const DailyVolume volume = DailyVolume::of(
                {at(QStringLiteral("pi"), 1, kUsd, QStringLiteral("succeeded"), time)});
            return volume.byCurrency.value(kUsd).days.value(0).day;
        };
        QCOMPARE(dayOf(utc(2024, 3, 1, 22, 59)), QDate(2024, 3, 1));
        QCOMPARE(dayOf(utc(2024, 3, 1, 23, 30)), QDate(2024, 3, 2));
        QCOMPARE(dayOf(utc(2024, 3, 31, 21, 59)), QDate(2024, 3, 31));
        QCOMPARE(dayOf(utc(2024, 3, 31, 22, 0)), QDate(2024, 4, 1));
    }

    void flagsOverflowPerDay()
    {
        const qint64 max = std::numeric_limits<qint64>::max();
        const QList<PaymentIntent> intents{
            at(QStringLiteral("pi_1"), max - 10, kUsd, QStringLiteral("succeeded"),
               utc(2024, 3, 1)),
            at(QStringLiteral("pi_2"), 11, kUsd, QStringLiteral("succeeded"), utc(2024, 3, 1, 13)),
            at(QStringLiteral("pi_3"), 5, kUsd, QStringLiteral("succeeded"), utc(2024, 3, 2)),
        };
        const CurrencyVolume usd = DailyVolume::of(intents).byCurrency.value(kUsd);
        const AmountTotal first = usd.days.at(0).all();
        QVERIFY(first.overflowed);
        QCOMPARE(first.count, 2);
        QCOMPARE(first.sum(kUsd), std::nullopt);
        // The next day is its own sum; the currency as a whole is too large, as the totals say.
        QCOMPARE(usd.days.at(1).all(), total(1, 5));
        QVERIFY(usd.all().overflowed);
        QCOMPARE(usd.all().count, 3);
        QVERIFY(IntentTotals::of(intents).total(kUsd).overflowed);

        // A week holding both days says so too, and a week without them does not.
        const QList<VolumeBucket> weeks = bucketVolume(usd, VolumePeriod::Week);
        QCOMPARE(weeks.size(), 1);
        QVERIFY(weeks.at(0).all().overflowed);

        AmountTotal refunds;
        addTotal(refunds, total(1, 10, max));
        addTotal(refunds, total(1, 10, 1));
        QVERIFY(refunds.overflowed);
        QCOMPARE(refunds.count, 2);
    }

    // The rows a filter shows, not the whole model; the same as adding up the rows it shows.
    void followsTheFilter()
    {
        Fixture f;
        f.table.upsert(ledger());
        QCOMPARE(DailyVolume::of(f.proxy), DailyVolume::of(ledger()));

        f.proxy.setCurrency(kEur);
        const DailyVolume eur = DailyVolume::of(f.proxy);
        QCOMPARE(eur.currencies(), QStringList({kEur}));
        QCOMPARE(eur.byCurrency.value(kEur).all(), IntentTotals::of(f.proxy).total(kEur));
        QCOMPARE(eur.byCurrency.value(kEur).all(), total(3, 5299, 4000));

        f.proxy.setCurrency(QString());
        f.proxy.setStatuses({QStringLiteral("failed"), QStringLiteral("canceled")});
        const DailyVolume failed = DailyVolume::of(f.proxy);
        QCOMPARE(failed.count, 2);
        QCOMPARE(daysOf(failed.byCurrency.value(kUsd)), QList<QDate>({QDate(2024, 3, 2)}));
    }

    // Counted a few rows at a time, as the overview does over several turns: the same result.
    void countsInBlocksAsInOnePass()
    {
        Fixture f;
        f.table.upsert(ledger());
        f.proxy.sort(PaymentIntentTableModel::CreatedColumn, Qt::DescendingOrder);
        DailyVolumeCounter counter;
        int counted = 0;
        for (int added = 0; (added = counter.addShown(f.proxy, counted, 3)) > 0;)
            counted += added;
        QCOMPARE(counted, 11);
        QCOMPARE(counter.addShown(f.proxy, 11, 3), 0);
        QCOMPARE(counter.addShown(f.proxy, -1, 3), 0);
        QCOMPARE(counter.finish(), DailyVolume::of(f.proxy));
        // finish() starts again from nothing.
        QCOMPARE(counter.finish(), DailyVolume());
    }

    void choosesThePeriodByTheRange()
    {
        const QDate start(2024, 1, 1);
        QCOMPARE(volumePeriodFor(start, start), VolumePeriod::Day);
        QCOMPARE(volumePeriodFor(start, start.addDays(kMaxDailyBars - 1)), VolumePeriod::Day);
        QCOMPARE(volumePeriodFor(start, start.addDays(kMaxDailyBars)), VolumePeriod::Week);
        QCOMPARE(volumePeriodFor(start, start.addDays(365)), VolumePeriod::Week);
        QCOMPARE(volumePeriodFor(start, start.addDays(366)), VolumePeriod::Month);
    }

    void gathersDaysIntoWeeksAndMonths()
    {
        // Wednesday 2024-01-03, Sunday 2024-01-07, Monday 2024-01-08, Thursday 2024-02-01.
        const QList<PaymentIntent> intents{
            at(QStringLiteral("pi_1"), 100, kUsd, QStringLiteral("succeeded"), utc(2024, 1, 3)),
            at(QStringLiteral("pi_2"), 200, kUsd, QStringLiteral("failed"), utc(2024, 1, 7)),
            at(QStringLiteral("pi_3"), 400, kUsd, QStringLiteral("succeeded"), utc(2024, 1, 8)),
            at(QStringLiteral("pi_4"), 800, kUsd, QStringLiteral("succeeded"), utc(2024, 2, 1)),
        };
        const CurrencyVolume usd = DailyVolume::of(intents).byCurrency.value(kUsd);

        const QList<VolumeBucket> days = bucketVolume(usd, VolumePeriod::Day);
        QCOMPARE(days.size(), 30); // 3 January to 1 February, empty days included
        QCOMPARE(days.first().first, QDate(2024, 1, 3));
        QCOMPARE(days.first().last, QDate(2024, 1, 3));
        QCOMPARE(days.at(1).all(), AmountTotal());

        // Weeks from Monday: 1-7, 8-14, ..., 29 Jan-4 Feb.
        const QList<VolumeBucket> weeks = bucketVolume(usd, VolumePeriod::Week, Qt::Monday);
        QCOMPARE(weeks.size(), 5);
        QCOMPARE(weeks.at(0).first, QDate(2024, 1, 1));
        QCOMPARE(weeks.at(0).last, QDate(2024, 1, 7));
        QCOMPARE(part(weeks.at(0).byOutcome, PaymentOutcome::Succeeded), total(1, 100));
        QCOMPARE(part(weeks.at(0).byOutcome, PaymentOutcome::FailedOrCanceled), total(1, 200));
        QCOMPARE(weeks.at(1).all(), total(1, 400));
        QCOMPARE(weeks.at(2).all(), AmountTotal());
        QCOMPARE(weeks.at(4).first, QDate(2024, 1, 29));
        QCOMPARE(weeks.at(4).all(), total(1, 800));

        // Weeks from Sunday: the 7th opens the second week.
        const QList<VolumeBucket> sundays = bucketVolume(usd, VolumePeriod::Week, Qt::Sunday);
        QCOMPARE(sundays.at(0).first, QDate(2023, 12, 31));
        QCOMPARE(sundays.at(0).all(), total(1, 100));
        QCOMPARE(sundays.at(1).first, QDate(2024, 1, 7));
        QCOMPARE(sundays.at(1).all(), total(2, 600));

        const QList<VolumeBucket> months = bucketVolume(usd, VolumePeriod::Month);
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).first, QDate(2024, 1, 1));
        QCOMPARE(months.at(0).last, QDate(2024, 1, 31));
        QCOMPARE(months.at(0).all(), total(3, 700));
        QCOMPARE(months.at(1).last, QDate(2024, 2, 29));
        QCOMPARE(months.at(1).all(), total(1, 800));

        // Nothing is lost or counted twice.
        for (const QList<VolumeBucket> &buckets : {days, weeks, sundays, months}) {
            AmountTotal sum;
            for (const VolumeBucket &bucket : buckets)
                addTotal(sum, bucket.all());
            QCOMPARE(sum, usd.all());
        }
        QVERIFY(bucketVolume(CurrencyVolume(), VolumePeriod::Day).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // Central European time, daylight saving included, whatever the machine's zone: days must
    // be local ones.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
    QCoreApplication app(argc, argv);
    TestDailyVolume test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_daily_volume.moc"
