#include "models/daily_volume.h"

#include "models/payment_intent_filter_model.h"
#include "models/payment_intent_table_model.h"
#include "models/resources.h"

#include <QDateTime>
#include <QHash>
#include <QtNumeric>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace paydesk {

PaymentOutcome paymentOutcome(const IntentStatus &status)
{
    switch (status.known()) {
    case IntentStatus::Succeeded:
        return PaymentOutcome::Succeeded;
    case IntentStatus::Failed:
    case IntentStatus::Canceled:
        return PaymentOutcome::FailedOrCanceled;
    case IntentStatus::Unrecognized:
        return PaymentOutcome::Other;
    case IntentStatus::Initialized:
    case IntentStatus::Created:
    case IntentStatus::RequiresPaymentMethod:
    case IntentStatus::RequiresConfirmation:
    case IntentStatus::RequiresAction:
    case IntentStatus::RequiresCapture:
    case IntentStatus::Processing:
        break;
    }
    return PaymentOutcome::Waiting;
}

void addTotal(AmountTotal &into, const AmountTotal &part)
{
    into.count += part.count;
    if (into.overflowed)
        return;
    qint64 sum = 0;
    qint64 refunded = 0;
    if (part.overflowed || qAddOverflow(into.minorUnits, part.minorUnits, &sum) ||
        qAddOverflow(into.refundedMinorUnits, part.refundedMinorUnits, &refunded)) {
        into.overflowed = true;
    } else {
        into.minorUnits = sum;
        into.refundedMinorUnits = refunded;
    }
}

AmountTotal sumOfOutcomes(const OutcomeTotals &totals)
{
    AmountTotal all;
    for (const AmountTotal &part : totals)
        addTotal(all, part);
    return all;
}

AmountTotal CurrencyVolume::all() const
{
    AmountTotal total = sumOfOutcomes(undated);
    for (const DayVolume &day : days)
        addTotal(total, day.all());
    return total;
}

namespace {

// The local day of an instant, worked out by QDateTime once per local day met: each day's span
// [start, end) in UTC milliseconds is kept, keyed by the UTC day it starts in, so the instants of
// a day already seen are placed by two comparisons. Exact across daylight-saving changes and for
// offsets that are not whole hours, since the spans come from QDate::startOfDay() itself.
class LocalDays
{
public:
    QDate dayOf(const QDateTime &time)
    {
        const qint64 ms = time.toMSecsSinceEpoch();
        if (ms >= m_last.start && ms < m_last.end)
            return m_last.day;
        const qint64 utcDay = floorDiv(ms, kDayMs);
        // A local day starts in the UTC day of the instant or the one before it (offsets are
        // under a day), and may have begun two UTC days before for offsets past +12 h.
        for (qint64 key = utcDay; key >= utcDay - 2; --key) {
            const auto it = m_spans.constFind(key);
            if (it == m_spans.cend())
                continue;
            for (const Span &span : *it) {
                if (ms >= span.start && ms < span.end) {
                    m_last = span;
                    return span.day;
                }
            }
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(ms).date();
        Span span{day.startOfDay().toMSecsSinceEpoch(),
                  day.addDays(1).startOfDay().toMSecsSinceEpoch(), day};
        if (span.start > ms || span.end <= ms) {
            // A time zone whose day cannot be bounded this way (a day skipped entirely): answer
            // without keeping it.
            return day;
        }
        m_spans[floorDiv(span.start, kDayMs)].append(span);
        m_last = span;
        return day;
    }

private:
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0; // empty until a day is met
        QDate day;
    };
    static constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - (a % b < 0 ? 1 : 0); }

    QHash<qint64, QList<Span>> m_spans;
    Span m_last;
};

} // namespace

// Adds intents up by currency and day. Currencies are a handful of strings the table models
// share between rows, so each is found in a short list by its address first (as IntentTotals
// does); days by their Julian day number in a hash, the last day used checked first since
// sorted rows come day after day.
class DailyVolumeCounter::Private
{
public:
    void add(const PaymentIntent &intent)
    {
        ++m_count;
        if (!intent.amount.isValid()) {
            ++m_withoutAmount;
            return;
        }
        Currency &currency = find(intent.amount.currency());
        const int outcome = int(paymentOutcome(intent.status));
        const qint64 minor = intent.amount.minorUnits();
        const qint64 refunded = intent.amountRefunded.value_or(0);
        if (!intent.created.isValid()) {
            currency.undated[size_t(outcome)].add(minor, refunded);
            return;
        }
        const qint64 julian = m_days.dayOf(intent.created).toJulianDay();
        if (julian != currency.lastJulian) {
            const auto it = currency.dayIndex.constFind(julian);
            if (it != currency.dayIndex.cend()) {
                currency.lastIndex = *it;
            } else {
                currency.lastIndex = qsizetype(currency.days.size());
                currency.dayIndex.insert(julian, currency.lastIndex);
                currency.days.push_back(DayVolume{QDate::fromJulianDay(julian), {}});
            }
            currency.lastJulian = julian;
        }
        currency.days[size_t(currency.lastIndex)].byOutcome[size_t(outcome)].add(minor, refunded);
    }

    DailyVolume finish()
    {
        DailyVolume volume;
        volume.count = m_count;
        volume.withoutAmount = m_withoutAmount;
        for (Currency &currency : m_currencies) {
            std::sort(currency.days.begin(), currency.days.end(),
                      [](const DayVolume &a, const DayVolume &b) { return a.day < b.day; });
            CurrencyVolume &target = volume.byCurrency[currency.code];
            target.days = QList<DayVolume>(currency.days.cbegin(), currency.days.cend());
            target.undated = currency.undated;
        }
        return volume;
    }

private:
    struct Currency
    {
        QString code;
        std::vector<DayVolume> days;
        QHash<qint64, qsizetype> dayIndex;
        OutcomeTotals undated;
        qint64 lastJulian = std::numeric_limits<qint64>::min();
        qsizetype lastIndex = -1;
    };

    Currency &find(const QString &code)
    {
        for (Currency &currency : m_currencies) {
            if (currency.code.constData() == code.constData() &&
                currency.code.size() == code.size())
                return currency;
        }
        for (Currency &currency : m_currencies) {
            if (currency.code == code)
                return currency;
        }
        m_currencies.push_back(Currency{code, {}, {}, {}});
        return m_currencies.back();
    }

    qint64 m_count = 0;
    qint64 m_withoutAmount = 0;
    LocalDays m_days;
    std::vector<Currency> m_currencies;
};

DailyVolumeCounter::DailyVolumeCounter()
    : d(std::make_unique<Private>())
{}

DailyVolumeCounter::~DailyVolumeCounter() = default;

void DailyVolumeCounter::add(const PaymentIntent &intent)
{
    d->add(intent);
}

int DailyVolumeCounter::addShown(const PaymentIntentFilterModel &shown, int first, int count)
{
    const PaymentIntentTableModel *model = shown.intents();
    if (!model || first < 0 || count <= 0)
        return 0;
    const int last = int(std::min<qint64>(shown.rowCount(), qint64(first) + count));
    for (int row = first; row < last; ++row)
        d->add(model->at(shown.sourceRowAt(row)));
    return std::max(0, last - first);
}

DailyVolume DailyVolumeCounter::finish()
{
    DailyVolume volume = d->finish();
    d = std::make_unique<Private>();
    return volume;
}

DailyVolume DailyVolume::of(const PaymentIntentFilterModel &shown)
{
    DailyVolumeCounter counter;
    counter.addShown(shown, 0, shown.rowCount());
    return counter.finish();
}

DailyVolume DailyVolume::of(const QList<PaymentIntent> &intents)
{
    DailyVolumeCounter counter;
    for (const PaymentIntent &intent : intents)
        counter.add(intent);
    return counter.finish();
}

VolumePeriod volumePeriodFor(const QDate &first, const QDate &last)
{
    const qint64 days = first.daysTo(last) + 1;
    if (days <= kMaxDailyBars)
        return VolumePeriod::Day;
    if (days <= 366)
        return VolumePeriod::Week;
    return VolumePeriod::Month;
}

namespace {

QDate periodStart(const QDate &day, VolumePeriod period, Qt::DayOfWeek firstDayOfWeek)
{
    switch (period) {
    case VolumePeriod::Day:
        break;
    case VolumePeriod::Week:
        return day.addDays(-((day.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
    case VolumePeriod::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate nextPeriod(const QDate &start, VolumePeriod period)
{
    switch (period) {
    case VolumePeriod::Day:
        break;
    case VolumePeriod::Week:
        return start.addDays(7);
    case VolumePeriod::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

} // namespace

QList<VolumeBucket> bucketVolume(const CurrencyVolume &volume, VolumePeriod period,
                                 Qt::DayOfWeek firstDayOfWeek)
{
    QList<VolumeBucket> buckets;
    if (volume.days.isEmpty())
        return buckets;
    QDate start = periodStart(volume.days.constFirst().day, period, firstDayOfWeek);
    const QDate end = volume.days.constLast().day;
    auto day = volume.days.cbegin();
    while (start <= end) {
        const QDate next = nextPeriod(start, period);
        VolumeBucket bucket{start, next.addDays(-1), {}};
        for (; day != volume.days.cend() && day->day < next; ++day) {
            for (size_t outcome = 0; outcome < bucket.byOutcome.size(); ++outcome)
                addTotal(bucket.byOutcome[outcome], day->byOutcome[outcome]);
        }
        buckets.append(bucket);
        start = next;
    }
    return buckets;
}

} // namespace paydesk
