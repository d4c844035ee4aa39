// paydesk-bench-overview: what the finance overview costs on 100,000 payment intents.
//   - counting the volume per day of the rows a filter shows in one pass (DailyVolume::of), and
//     for scale the totals table's count of the same rows;
//   - a refresh as the page asks for one per change: the rows counted in steps over several
//     turns of the event loop, the chart rebuilt and drawn; its time to done, and the longest
//     the event loop was kept waiting meanwhile (the goal: never over 50 ms);
// over a range of 60 days (a bar per day) and of a year (a bar per week), and after a status
// filter narrows the rows. Times are wall-clock milliseconds, medians of several runs.
// Prints BENCH lines; not part of ctest. Run a Release build:
//   <build>/tests/bench/ui/paydesk-bench-overview
#include "models/daily_volume.h"
#include "models/intent_totals.h"
#include "models/payment_intent_filter_model.h"
#include "models/payment_intent_table_model.h"
#include "ui/finance_overview.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace paydesk;

namespace {

constexpr int IntentCount = 100'000;
constexpr int Runs = 7;

void bench(const char *name, double value, const char *unit, const char *goal)
{
    std::printf("BENCH %s value=%.1f unit=%s goal=%s\n", name, value, unit, goal);
    std::fflush(stdout);
}

struct Timing
{
    double median = 0;
    double worst = 0;
};

Timing time(const std::function<void()> &work)
{
    QList<double> runs;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        runs.append(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return {runs.at(runs.size() / 2), runs.constLast()};
}

// Deterministic intents over `days` days up to a fixed day: mostly dollars, some euros and
// pounds; every status the chart tells apart, refunds on some of the succeeded ones. Statuses
// and currencies share their strings between rows, as the codecs' rows do.
QList<PaymentIntent> intents(int days)
{
    const IntentStatus statuses[] = {
        IntentStatus(QStringLiteral("succeeded")),
        IntentStatus(QStringLiteral("succeeded")),
        IntentStatus(QStringLiteral("succeeded")),
        IntentStatus(QStringLiteral("requires_payment_method")),
        IntentStatus(QStringLiteral("processing")),
        IntentStatus(QStringLiteral("failed")),
        IntentStatus(QStringLiteral("canceled")),
    };
    const QString currencies[] = {QStringLiteral("USD"), QStringLiteral("USD"),
                                  QStringLiteral("USD"), QStringLiteral("EUR"),
                                  QStringLiteral("GBP")};
    const qint64 end =
        QDateTime(QDate(2026, 11, 22), QTime(18, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QList<PaymentIntent> list;
    list.reserve(IntentCount);
    quint64 state = 20240301;
    const auto next = [&state] {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    };
    for (int i = 0; i < IntentCount; ++i) {
        PaymentIntent intent;
        intent.id = QStringLiteral("pi_%1").arg(i);
        intent.status = statuses[next() % std::size(statuses)];
        intent.amount = Money(qint64(100 + next() % 200'000), currencies[next() % 5]);
        if (intent.status.known() == IntentStatus::Succeeded && next() % 10 == 0)
            intent.amountRefunded = intent.amount.minorUnits() / 2;
        intent.created = QDateTime::fromSecsSinceEpoch(end - qint64(next() % quint64(days * 86400)),
                                                       QTimeZone::utc());
        list.append(intent);
    }
    return list;
}

// Runs the event loop until `done` holds, recording the longest gap between two turns of a
// 2 ms heartbeat timer: how long the window was kept from answering.
double longestStall(const std::function<bool()> &done)
{
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(2);
    QElapsedTimer sinceLast;
    double longest = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceLast.nsecsElapsed()) / 1e6);
        sinceLast.restart();
    });
    sinceLast.start();
    heartbeat.start();
    QElapsedTimer total;
    total.start();
    while (!done() && total.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // And the paint that follows.
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 40)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    longest = std::max(longest, double(sinceLast.nsecsElapsed()) / 1e6);
    return longest;
}

void measure(const char *range, int days)
{
    PaymentIntentTableModel table;
    PaymentIntentFilterModel filter;
    filter.setSourceModel(&table);
    table.upsert(intents(days));
    // As the page shows them: newest first.
    filter.sort(PaymentIntentTableModel::CreatedColumn, Qt::DescendingOrder);
    FinanceOverview overview(&filter);
    overview.resize(1000, 330);
    overview.show();
    longestStall([&overview] { return !overview.isStale(); });

    const auto name = [range](const char *what) {
        return QByteArray("overview_") + what + "_100k_" + range;
    };
    // The count in one pass, and for scale the totals table's count of the same rows.
    const Timing count = time([&filter] { DailyVolume::of(filter); });
    bench(name("count_one_pass").constData(), count.median, "ms", "none");
    const Timing totals = time([&filter] { IntentTotals::of(filter); });
    bench(name("totals_count_one_pass").constData(), totals.median, "ms", "none");

    // A refresh as the page asks for one: counted in steps, then drawn.
    const auto update = [&overview](const char *label, const QByteArray &prefix) {
        QList<double> times;
        double worst = 0;
        for (int i = 0; i < Runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            overview.refresh();
            double took = 0;
            worst = std::max(worst, longestStall([&] {
                                 if (!overview.isStale() && took == 0)
                                     took = double(clock.nsecsElapsed()) / 1e6;
                                 return !overview.isStale();
                             }));
            times.append(took);
        }
        std::sort(times.begin(), times.end());
        bench((prefix + "_update_time").constData(), times.at(times.size() / 2), "ms", "none");
        bench((prefix + "_update_longest_stall").constData(), worst, "ms", "<=50");
        std::printf("# %s: %lld bars of %s\n", label, qint64(overview.buckets().size()),
                    qPrintable(overview.currency()));
    };
    update(range, name("all"));

    // Narrowed to what succeeded: fewer rows.
    filter.setStatuses({QStringLiteral("succeeded")});
    while (filter.isFiltering())
        QCoreApplication::processEvents();
    update("succeeded", name("succeeded"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    measure("60_days", 60);
    measure("a_year", 365);
    return 0;
}
