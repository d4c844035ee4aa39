#pragma once

#include "models/intent_totals.h"
#include "models/status.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <memory>

namespace paydesk {

struct PaymentIntent;
class PaymentIntentFilterModel;

// What became of a payment, as a finance overview groups it. Refunds are not an outcome of
// their own: what was refunded of a payment is kept beside its amount (AmountTotal's
// refundedMinorUnits), so a chart can show it as a part of the day's volume.
enum class PaymentOutcome
{
    Succeeded,
    Waiting,          // requires_*, initialized, created, processing: not settled yet
    FailedOrCanceled, // failed, canceled
    Other,            // a status this build does not know
};
inline constexpr int kPaymentOutcomeCount = 4;

PaymentOutcome paymentOutcome(const IntentStatus &status);

// Totals per outcome, indexed by int(PaymentOutcome).
using OutcomeTotals = std::array<AmountTotal, kPaymentOutcomeCount>;

// Adds `part` into `into`: counts add up, sums are checked as AmountTotal::add() checks them
// (after an overflow, `overflowed` is set and the sums stop).
void addTotal(AmountTotal &into, const AmountTotal &part);
AmountTotal sumOfOutcomes(const OutcomeTotals &totals);

// One local calendar day of one currency.
struct DayVolume
{
    QDate day;
    OutcomeTotals byOutcome;

    AmountTotal all() const { return sumOfOutcomes(byOutcome); }
    friend bool operator==(const DayVolume &, const DayVolume &) = default;
};

// The days of one currency that have intents, oldest first, and the intents without a creation
// time (a server need not send one), which belong to no day.
struct CurrencyVolume
{
    QList<DayVolume> days;
    OutcomeTotals undated;

    // Everything of this currency: equals IntentTotals::total(currency) for the same intents.
    AmountTotal all() const;
    friend bool operator==(const CurrencyVolume &, const CurrencyVolume &) = default;
};

// The payment volume of a list of intents per local day (the day the person's clock showed when
// each was created), per currency and outcome: counts and sums in minor units, never adding
// amounts of different currencies. Intents without a valid amount are counted in `count` and
// `withoutAmount` only.
struct DailyVolume
{
    qint64 count = 0;
    qint64 withoutAmount = 0;
    QMap<QString, CurrencyVolume> byCurrency; // ISO 4217 code -> days

    QStringList currencies() const { return byCurrency.keys(); }

    // The volume of the rows a proxy shows now, and of a list. One pass, no per-row allocation
    // beyond a new day; the local day of a time is worked out once per day, not per intent.
    static DailyVolume of(const PaymentIntentFilterModel &shown);
    static DailyVolume of(const QList<PaymentIntent> &intents);

    friend bool operator==(const DailyVolume &, const DailyVolume &) = default;
};

// Counts a DailyVolume a part at a time, so that a long list can be counted over several turns
// of the event loop instead of in one that keeps the window waiting. What finish() returns is
// what DailyVolume::of() gives for the same intents in the same order.
class DailyVolumeCounter
{
public:
    DailyVolumeCounter();
    ~DailyVolumeCounter();
    DailyVolumeCounter(const DailyVolumeCounter &) = delete;
    DailyVolumeCounter &operator=(const DailyVolumeCounter &) = delete;

    void add(const PaymentIntent &intent);
    // Adds up to `count` of the rows `shown` shows, from proxy row `first`; returns how many it
    // added (fewer at the end of the rows, none past it).
    int addShown(const PaymentIntentFilterModel &shown, int first, int count);
    // The volume of everything added so far; the counter then starts again from nothing.
    DailyVolume finish();

private:
    class Private;
    std::unique_ptr<Private> d;
};

// How long one bar of an overview lasts. A long range read day by day is a comb of hairlines, so
// it is shown by week or month instead.
enum class VolumePeriod
{
    Day,
    Week,
    Month,
};

// The period that keeps the bars from `first` to `last` to a readable number: days up to
// kMaxDailyBars days, weeks up to a year (53 bars), months beyond.
VolumePeriod volumePeriodFor(const QDate &first, const QDate &last);
inline constexpr int kMaxDailyBars = 62;

// One bar: the days from `first` to `last` (both included) and their totals.
struct VolumeBucket
{
    QDate first;
    QDate last;
    OutcomeTotals byOutcome;

    AmountTotal all() const { return sumOfOutcomes(byOutcome); }
    friend bool operator==(const VolumeBucket &, const VolumeBucket &) = default;
};

// The days of `volume` gathered into consecutive periods from the one holding its first day to
// the one holding its last, empty periods included so the axis runs evenly. Weeks start on
// `firstDayOfWeek` (the locale's); months on the 1st. The first and last bucket keep their whole
// period (a week from its first day), so a bucket's dates say exactly what it covers.
QList<VolumeBucket> bucketVolume(const CurrencyVolume &volume, VolumePeriod period,
                                 Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

} // namespace paydesk
