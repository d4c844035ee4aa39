// paydesk-bench-gui: what a person feels of the console, in figures.
//   - time from starting the paydesk program to its window's first paint (median of 5 runs);
//   - the longest event-loop stall while 10,000 payment intents load into the window;
//   - the longest stall while the search text changes, keystroke by keystroke, on 100,000 rows
//     (or as many as the first argument says: paydesk-bench-gui 1000000), and the time from each
//     keystroke to its rows on screen;
//   - the memory the process holds with those intents loaded, and the time to sort them.
// The sandbox runs as its own process, as a real server would, so its memory is not counted.
// Prints BENCH lines; not part of ctest (timings on a shared machine are figures, not tests).
#include "models/resource_filter_model.h"
#include "sandbox/sandbox_server.h"
#include "services/workspace.h"
#include "ui/main_window.h"
#include "ui/payment_intents_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace paydesk;

namespace {

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
    const QRegularExpressionMatch m = rss.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

void bench(const QByteArray &name, double value, const char *unit, const char *goal)
{
    std::printf("BENCH %s value=%.1f unit=%s goal=%s\n", name.constData(), value, unit, goal);
    std::fflush(stdout);
}

// Runs the event loop until `done` holds, recording the longest gap between two turns of a
// 2 ms heartbeat timer: how long the loop was kept from answering the person.
struct StallMeter
{
    double longestMs = 0;
    QList<double> gaps;

    void runUntil(const std::function<bool()> &done, int timeoutMs)
    {
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(2);
        QElapsedTimer sinceLast;
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            const double gap = sinceLast.nsecsElapsed() / 1e6;
            gaps.append(gap);
            longestMs = std::max(longestMs, gap);
            sinceLast.restart();
        });
        QElapsedTimer total;
        total.start();
        sinceLast.start();
        heartbeat.start();
        while (!done() && total.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        heartbeat.stop();
    }
    double percentile(double p) const
    {
        if (gaps.isEmpty())
            return 0;
        QList<double> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(
            qsizetype(std::min<double>(double(sorted.size() - 1), p * double(sorted.size()))));
    }
};

// A paydesk-sandbox process; its first line says where it listens.
struct SandboxProcess
{
    QProcess process;
    QUrl apiBaseUrl;

    bool start(int intents)
    {
        process.setProgram(QStringLiteral(PAYDESK_SANDBOX_PATH));
        process.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--seed-intents"), QString::number(intents),
                              QStringLiteral("--seed-customers"), QStringLiteral("500"),
                              QStringLiteral("--seed-sessions"), QStringLiteral("50")});
        process.start();
        if (!process.waitForStarted(10000) || !process.waitForReadyRead(60000))
            return false;
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        apiBaseUrl = QUrl(line.section(QLatin1Char(' '), -1) + QStringLiteral("/api"));
        return apiBaseUrl.isValid();
    }
    ~SandboxProcess()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
};

std::unique_ptr<Workspace> connectTo(const QUrl &apiBaseUrl)
{
    Profile profile;
    profile.name = QStringLiteral("Benchmark");
    profile.environment = Environment::Custom;
    profile.customBaseUrl = apiBaseUrl;
    profile.clientId = QString::fromLatin1(sandbox::kDemoClientId);
    return std::make_unique<Workspace>(
        profile, Credentials{profile.clientId, QByteArray(sandbox::kDemoApiKey), {}, {}}, false);
}

double startupToFirstPaint()
{
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAYDESK_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        app.start(QStringLiteral(PAYDESK_PATH), {QStringLiteral("--demo")});
        double ms = -1;
        while (app.waitForReadyRead(30000)) {
            const QByteArray line = app.readLine();
            if (line.startsWith("first-paint-ms")) {
                ms = clock.nsecsElapsed() / 1e6;
                break;
            }
        }
        app.kill();
        app.waitForFinished();
        if (ms > 0)
            runs.append(ms);
    }
    if (runs.isEmpty())
        return -1;
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

// "100k" for 100000 rows, "1m" for 1000000, else the number.
QByteArray countLabel(int rows)
{
    if (rows % 1'000'000 == 0)
        return QByteArray::number(rows / 1'000'000) + "m";
    if (rows % 1000 == 0)
        return QByteArray::number(rows / 1000) + "k";
    return QByteArray::number(rows);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int largeRows = 100'000;
    if (argc > 1) {
        bool ok = false;
        largeRows = QString::fromLocal8Bit(argv[1]).toInt(&ok);
        if (!ok || largeRows < 1000) {
            std::fprintf(stderr, "usage: %s [ROWS]  (at least 1000; 100000 by default)\n", argv[0]);
            return 2;
        }
    }
    const QByteArray large = countLabel(largeRows);
    const auto name = [&](const char *pattern) { return QByteArray(pattern).replace("%N", large); };

    bench("startup_to_first_paint", startupToFirstPaint(), "ms", "none");

    {
        SandboxProcess server;
        if (!server.start(10000)) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        MainWindow window;
        window.show();
        auto session = connectTo(server.apiBaseUrl);
        StallMeter meter;
        QElapsedTimer clock;
        clock.start();
        window.setSession(session.get());
        meter.runUntil([&] { return !session->isLoading(); }, 120000);
        bench("load_10k_intents_time", clock.elapsed(), "ms", "none");
        bench("load_10k_intents_longest_stall", meter.longestMs, "ms", "<=50");
        bench("load_10k_intents_p99_stall", meter.percentile(0.99), "ms", "none");
        window.setSession(nullptr);
    }

    {
        SandboxProcess server;
        if (!server.start(largeRows)) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        MainWindow window;
        window.show();
        QCoreApplication::processEvents();
        const double before = residentMiB();
        auto session = connectTo(server.apiBaseUrl);
        window.setSession(session.get());
        StallMeter loading;
        QElapsedTimer loadClock;
        loadClock.start();
        loading.runUntil([&] { return !session->isLoading(); }, 3'600'000);
        const double loadMs = double(loadClock.elapsed());
        const int rows = session->paymentIntents()->rowCount();
        const double after = residentMiB();
        bench(name("memory_%N_intents_rss"), after, "MiB",
              largeRows >= 1'000'000 ? "<1024" : "<200");
        bench(name("memory_%N_intents_growth"), after - before, "MiB", "none");
        bench(name("load_%N_intents_time"), loadMs, "ms", "none");
        bench(name("load_%N_intents_longest_stall"), loading.longestMs, "ms", "<=50");
        std::printf("# %d intents loaded\n", rows);

        // Sorting the table by amount with a click on its header, and back by date: the time
        // the event loop is held.
        {
            QHeaderView *header = window.paymentIntentsPage()->view()->horizontalHeader();
            QElapsedTimer clock;
            clock.start();
            header->setSortIndicator(1, Qt::AscendingOrder);
            QCoreApplication::processEvents();
            bench(name("sort_%N_by_amount"), double(clock.nsecsElapsed()) / 1e6, "ms", "<1000");
            header->setSortIndicator(0, Qt::DescendingOrder);
            QCoreApplication::processEvents();
        }

        // Typing a search one keystroke at a time, then deleting it again. Each keystroke waits
        // until the rows it asked for are shown (the page debounces typing by 200 ms, and on
        // 100,000 rows the filter runs in slices between other events), then 150 ms more.
        // Recorded: the longest stall of the event loop over the whole run, and for each
        // keystroke the time until its rows were on screen.
        auto *search = window.paymentIntentsPage()->findChild<QLineEdit *>();
        auto *proxy =
            qobject_cast<ResourceFilterModel *>(window.paymentIntentsPage()->view()->model());
        if (!search || !proxy) {
            std::fprintf(stderr, "the intents page has no search field or filter model\n");
            return 1;
        }
        const QString query = QStringLiteral("coffee");
        QStringList steps;
        for (int i = 1; i <= query.size(); ++i)
            steps.append(query.left(i));
        for (int i = query.size() - 1; i >= 0; --i)
            steps.append(query.left(i));
        StallMeter typing;
        QList<double> latencies;
        int step = 0;
        bool shownNow = true;
        QElapsedTimer sinceKeystroke;
        QObject::connect(proxy, &ResourceFilterModel::filterChanged, [&] {
            if (step == 0 || shownNow || proxy->filter().text != steps.at(step - 1))
                return;
            shownNow = true;
            latencies.append(sinceKeystroke.nsecsElapsed() / 1e6);
            std::printf("# \"%s\": %d rows shown after %.0f ms\n", qPrintable(steps.at(step - 1)),
                        proxy->rowCount(), latencies.last());
            QTimer::singleShot(150, [&] {
                if (step < steps.size()) {
                    shownNow = false;
                    sinceKeystroke.start();
                    search->setText(steps.at(step++));
                }
            });
        });
        shownNow = false;
        sinceKeystroke.start();
        search->setText(steps.at(step++));
        typing.runUntil([&] { return step >= steps.size() && shownNow; }, 120000);
        if (!shownNow)
            std::fprintf(stderr, "the filter for \"%s\" was never shown\n",
                         qPrintable(steps.at(step - 1)));
        std::sort(latencies.begin(), latencies.end());
        bench(name("filter_typing_%N_longest_stall"), typing.longestMs, "ms", "<=50");
        bench(name("filter_typing_%N_p99_stall"), typing.percentile(0.99), "ms", "none");
        if (!latencies.isEmpty()) {
            bench(name("filter_keystroke_to_rows_%N_median"), latencies.at(latencies.size() / 2),
                  "ms", "<=100");
            bench(name("filter_keystroke_to_rows_%N_max"), latencies.last(), "ms", "<=150");
        }
        window.setSession(nullptr);
    }
    return 0;
}
