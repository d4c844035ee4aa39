// The finance overview: the chart of payment volume per day under the payment intents. On fixed
// data it draws what the aggregation says, one currency at a time, in the palette's colours, and
// saves itself as PNG and SVG; on the console over a real sandbox it follows the filters, and a
// bar clicked narrows the table to its days and back.
#include "models/daily_volume.h"
#include "models/intent_totals.h"
#include "models/payment_intent_filter_model.h"
#include "models/payment_intent_table_model.h"
#include "sandbox/sandbox_server.h"
#include "services/workspace.h"
#include "ui/finance_overview.h"
#include "ui/main_window.h"
#include "ui/payment_intents_page.h"
#include "ui/widgets/date_field.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <cstdlib>
#include <ctime>
#include <limits>

using namespace paydesk;

namespace {

const QString kUsd = QStringLiteral("USD");
const QString kEur = QStringLiteral("EUR");

QDateTime localTime(const QDate &day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0));
}

PaymentIntent intent(const QString &id, qint64 minorUnits, const QString &currency,
                     const QString &status, const QDateTime &created, qint64 refunded = 0)
{
    PaymentIntent result;
    result.id = id;
    result.amount = Money(minorUnits, currency);
    result.status = IntentStatus(status);
    result.created = created;
    if (refunded > 0)
        result.amountRefunded = refunded;
    return result;
}

// Three days of dollars (one refunded in part), and a day of euros.
QList<PaymentIntent> ledger()
{
    const QDate day(2024, 5, 6);
    return {
        intent(QStringLiteral("pi_1"), 1250, kUsd, QStringLiteral("succeeded"), localTime(day, 9)),
        intent(QStringLiteral("pi_2"), 4000, kUsd, QStringLiteral("succeeded"), localTime(day, 17),
               1000),
        intent(QStringLiteral("pi_3"), 700, kUsd, QStringLiteral("failed"), localTime(day)),
        intent(QStringLiteral("pi_4"), 300, kUsd, QStringLiteral("requires_payment_method"),
               localTime(day.addDays(1))),
        intent(QStringLiteral("pi_5"), 999, kUsd, QStringLiteral("succeeded"),
               localTime(day.addDays(3), 23)),
        intent(QStringLiteral("pi_6"), 50000, kEur, QStringLiteral("succeeded"), localTime(day)),
    };
}

// A table model, its filter, and an overview of what the filter shows, on screen.
struct Overview
{
    explicit Overview(const QList<PaymentIntent> &intents)
    {
        // Filters apply before setFilter() returns, so "the rows shown" is one thing while the
        // overview counts (a large table is otherwise filtered in slices, as the page's own
        // wiring then tells the overview to count again).
        filter.setSynchronousRowLimit(std::numeric_limits<int>::max());
        filter.setSourceModel(&table);
        table.upsert(intents);
        widget.resize(900, 360);
        widget.show();
    }
    // Waits for the count the overview makes over the next turns of the event loop.
    bool counted()
    {
        return QTest::qWaitFor([this] { return !widget.isStale(); }, 10000);
    }
    PaymentIntentTableModel table;
    PaymentIntentFilterModel filter;
    FinanceOverview widget{&filter};
};

double setTotal(const QBarSet *set)
{
    double sum = 0;
    for (int i = 0; i < set->count(); ++i)
        sum += set->at(i);
    return sum;
}

int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                ++count;
    return count;
}

} // namespace

class TestFinanceOverview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    std::unique_ptr<Workspace> openSession()
    {
        Profile p;
        p.name = QStringLiteral("Local");
        p.environment = Environment::Custom;
        p.customBaseUrl = m_server->apiBaseUrl();
        p.clientId = m_server->options().clientId;
        return std::make_unique<Workspace>(
            p,
            Credentials{m_server->options().clientId, m_server->options().apiKey.toUtf8(), {}, {}},
            false);
    }

    // The local days of the intents of the whole model, counted independently of the chart.
    static int intentsBetween(const PaymentIntentTableModel &model, const QDate &first,
                              const QDate &last)
    {
        int count = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDate day = model.at(row).created.toLocalTime().date();
            if (day >= first && day <= last)
                ++count;
        }
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PaydeskTest"));
        sandbox::SandboxOptions options;
        options.seedSizes.customers = 20;
        options.seedSizes.paymentIntents = 300;
        options.seedSizes.checkoutSessions = 2;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_server->listen());
    }

    // Each day is a bar; its parts are what the aggregation says, refunds taken out of what
    // succeeded and shown on their own.
    void drawsTheVolumeOfEachDayByOutcome()
    {
        Overview o(ledger());
        QVERIFY(o.widget.isStale()); // counted on the next turns, not while shown
        QVERIFY(o.counted());
        QCOMPARE(o.widget.currency(), kUsd); // five dollar payments against one in euros
        QCOMPARE(o.widget.period(), VolumePeriod::Day);
        const QList<VolumeBucket> &bars = o.widget.buckets();
        QCOMPARE(bars.size(), 4); // 6 to 9 May, the empty 8th included
        QCOMPARE(bars.at(0).first, QDate(2024, 5, 6));
        QCOMPARE(bars.at(2).all().count, 0);
        QCOMPARE(o.widget.segments(),
                 QList<FinanceOverview::Segment>(
                     {FinanceOverview::SucceededSegment, FinanceOverview::RefundedSegment,
                      FinanceOverview::WaitingSegment, FinanceOverview::FailedSegment}));
        QCOMPARE(o.widget.valueAt(FinanceOverview::SucceededSegment, 0), 42.50);
        QCOMPARE(o.widget.valueAt(FinanceOverview::RefundedSegment, 0), 10.00);
        QCOMPARE(o.widget.valueAt(FinanceOverview::FailedSegment, 0), 7.00);
        QCOMPARE(o.widget.valueAt(FinanceOverview::WaitingSegment, 1), 3.00);
        QCOMPARE(o.widget.valueAt(FinanceOverview::SucceededSegment, 3), 9.99);

        // The series drawn holds the same, and adds up to the totals of the dollars.
        const QList<QBarSet *> sets =
            qobject_cast<QStackedBarSeries *>(o.widget.chart()->series().value(0))->barSets();
        QCOMPARE(sets.size(), 4);
        QCOMPARE(sets.at(0)->label(), FinanceOverview::tr("Succeeded"));
        QCOMPARE(sets.at(0)->count(), 4);
        QCOMPARE(sets.at(1)->at(0), 10.00);
        double drawn = 0;
        for (const QBarSet *set : sets)
            drawn += setTotal(set);
        const AmountTotal usd = IntentTotals::of(o.filter).total(kUsd);
        QCOMPARE(qRound64(drawn * 100), usd.minorUnits);

        // The tooltip: the day, its count and sum in the locale's money format, its parts.
        const QString tip = o.widget.toolTipFor(0);
        QVERIFY2(tip.contains(QLocale().toString(QDate(2024, 5, 6), QLocale::LongFormat)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(FinanceOverview::tr("%n payment intent(s)", nullptr, 3)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(Money(5950, kUsd).toString(QLocale())), qPrintable(tip));
        QVERIFY2(tip.contains(Money(1000, kUsd).toString(QLocale())), qPrintable(tip));
        QVERIFY(!o.widget.toolTipFor(1).contains(FinanceOverview::tr("Failed or canceled")));
        QVERIFY(o.widget.toolTipFor(7).isEmpty());
    }

    // Amounts of different currencies are never added: one is charted, the others chosen.
    void chartsOneCurrencyAtATime()
    {
        Overview o(ledger());
        QVERIFY(o.counted());
        auto *choice = o.widget.findChild<QComboBox *>();
        QVERIFY(choice && choice->isVisible());
        QCOMPARE(choice->count(), 2);
        o.widget.setCurrency(kEur);
        QCOMPARE(o.widget.currency(), kEur);
        QCOMPARE(o.widget.buckets().size(), 1);
        QCOMPARE(o.widget.valueAt(FinanceOverview::SucceededSegment, 0), 500.00);
        QVERIFY(o.widget.chart()->title().contains(kEur));
        QCOMPARE(o.widget.segments().contains(FinanceOverview::RefundedSegment), false);

        // The choice stays while the euros are shown, and gives way when they are filtered out.
        o.filter.setStatuses({QStringLiteral("succeeded")});
        o.widget.refresh();
        QVERIFY(o.counted());
        QCOMPARE(o.widget.currency(), kEur);
        o.filter.setCurrency(kUsd);
        o.widget.refresh();
        QVERIFY(o.counted());
        QCOMPARE(o.widget.currency(), kUsd);
        QVERIFY(!choice->isVisible());
        QCOMPARE(o.widget.buckets().size(), 4);
        QCOMPARE(o.widget.valueAt(FinanceOverview::FailedSegment, 0), 0.0);
    }

    // A year of days is read by the week; the axis says so.
    void gathersALongRangeIntoWeeks()
    {
        QList<PaymentIntent> year;
        const QDate start(2023, 6, 1);
        for (int i = 0; i < 365; ++i)
            year.append(intent(QStringLiteral("pi_%1").arg(i), 100 + i, kUsd,
                               QStringLiteral("succeeded"), localTime(start.addDays(i))));
        Overview o(year);
        QVERIFY(o.counted());
        QCOMPARE(o.widget.period(), VolumePeriod::Week);
        QVERIFY(o.widget.buckets().size() <= 54);
        const auto *axis =
            qobject_cast<QCategoryAxis *>(o.widget.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QVERIFY(
            axis->titleText().contains(FinanceOverview::tr("Week, from %1").section('%', 0, 0)));
        // Not every week is named: as many as fit, evenly.
        QVERIFY(axis->count() > 1);
        QVERIFY(axis->count() < o.widget.buckets().size());
    }

    void followsThePalette()
    {
        Overview o(ledger());
        QVERIFY(o.counted());
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        const QColor lightSucceeded =
            qobject_cast<QStackedBarSeries *>(o.widget.chart()->series().value(0))
                ->barSets()
                .at(0)
                ->color();
        o.widget.setPalette(dark);
        QCOMPARE(o.widget.chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
        QCOMPARE(o.widget.chart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
        const QColor darkSucceeded =
            qobject_cast<QStackedBarSeries *>(o.widget.chart()->series().value(0))
                ->barSets()
                .at(0)
                ->color();
        QVERIFY(darkSucceeded != lightSucceeded);
        QVERIFY(darkSucceeded.lightness() > lightSucceeded.lightness());
    }

    // With the mouse: hovering a bar shows its tooltip, clicking it asks for its days.
    void answersTheMouse()
    {
        Overview o(ledger());
        QVERIFY(o.counted());
        QVERIFY(QTest::qWaitForWindowExposed(&o.widget));
        QChart *chart = o.widget.chart();
        QAbstractSeries *series = chart->series().value(0);
        // The middle of the succeeded part of the first day's bar, on the view's viewport.
        const double middle = o.widget.valueAt(FinanceOverview::SucceededSegment, 0) / 2;
        const QPointF inChart = chart->mapToPosition(QPointF(0, middle), series);
        const QPoint at = o.widget.chartView()->mapFromScene(chart->mapToScene(inChart));
        QWidget *viewport = o.widget.chartView()->viewport();

        QTest::mouseMove(viewport, at);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), o.widget.toolTipFor(0));

        QSignalSpy chosen(&o.widget, &FinanceOverview::rangeChosen);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toDate(), QDate(2024, 5, 6));
        QCOMPARE(chosen.at(0).at(1).toDate(), QDate(2024, 5, 6));
    }

    void savesPngAndSvg()
    {
        Overview o(ledger());
        QVERIFY(o.counted());
        QVERIFY(QTest::qWaitForWindowExposed(&o.widget));
        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(o.widget.exportPng(png, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        const qreal ratio = o.widget.chartView()->devicePixelRatioF();
        QCOMPARE(image.size(), o.widget.chartView()->size() * ratio);
        // The bars are in it, in the colour of what succeeded.
        const QColor succeeded =
            qobject_cast<QStackedBarSeries *>(o.widget.chart()->series().value(0))
                ->barSets()
                .at(0)
                ->color();
        QVERIFY(pixelsOf(image, succeeded) > 200);

        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY2(o.widget.exportSvg(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QLatin1String("<?xml")));
        QVERIFY(text.contains(QLatin1String("<svg")));
        QVERIFY(text.contains(QLatin1String("</svg>")));
        QVERIFY2(text.contains(o.widget.chart()->title().toHtmlEscaped()),
                 qPrintable(text.left(800)));
        // The legend's words are text in the file, not only shapes.
        QVERIFY(text.contains(QLatin1String(">") + FinanceOverview::tr("Failed or canceled")));
        QVERIFY(text.contains(succeeded.name(), Qt::CaseInsensitive));

        QVERIFY(!o.widget.exportPng(dir.filePath(QStringLiteral("missing/chart.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    // Many rows are counted a block at a time over several turns; the result is the one-pass
    // count, and a refresh while counting starts again with the rows as they are then.
    void countsManyRowsInSteps()
    {
        QList<PaymentIntent> many;
        const QDate start(2024, 1, 1);
        for (int i = 0; i < 30000; ++i)
            many.append(intent(QStringLiteral("pi_%1").arg(i), 100 + i % 977, i % 3 ? kUsd : kEur,
                               i % 4 ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                               localTime(start.addDays(i % 90), i % 24)));
        Overview o(many);
        QVERIFY(o.counted());
        QCOMPARE(o.widget.volume(), DailyVolume::of(o.filter));
        QCOMPARE(o.widget.volume().count, qint64(30000));

        o.widget.refresh();
        QCoreApplication::processEvents(); // a first block or more
        o.filter.setStatuses({QStringLiteral("failed")});
        o.widget.refresh();
        QVERIFY(o.counted());
        QCOMPARE(o.widget.volume(), DailyVolume::of(o.filter));
        QCOMPARE(o.widget.volume().count, qint64(7500));
    }

    void saysWhenThereIsNothingToChart()
    {
        QList<PaymentIntent> undated = ledger().mid(0, 1);
        undated[0].created = QDateTime();
        Overview o(undated);
        QVERIFY(o.counted());
        QVERIFY(o.widget.buckets().isEmpty());
        QVERIFY(!o.widget.chartView()->isVisible());
        const auto *note = o.widget.findChild<QLabel *>(QStringLiteral("overviewNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(FinanceOverview::tr("%n payment intent(s)", nullptr, 1)),
                 qPrintable(note->text()));
        QVERIFY(!o.widget.findChild<QToolButton *>(QStringLiteral("saveChartButton"))->isEnabled());
    }

    // On the console: the overview counts what the filters show, follows them, and a bar clicked
    // narrows the table to its days; the way back brings the dates before.
    void followsTheFiltersAndFiltersByClick()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        window.resize(1280, 800);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isLoading() && session->lastRefreshed().isValid(),
                                 30000);
        PaymentIntentsPage *page = window.paymentIntentsPage();
        PaymentIntentFilterModel *shown = page->intentFilter();
        FinanceOverview *overview = page->overview();
        const int all = shown->rowCount();
        QVERIFY(all > 0);
        // Hidden, it does not count.
        QVERIFY(!overview->isVisible());
        QVERIFY(overview->isStale());
        page->showOverview(true);
        QTRY_VERIFY(overview->isVisible()); // once the totals have followed the rows loaded
        QTRY_VERIFY(!overview->isStale());
        QCOMPARE(overview->volume(), DailyVolume::of(*shown));
        QCOMPARE(overview->volume().count, qint64(all));
        QVERIFY(!overview->buckets().isEmpty());

        // A status filter: the chart follows, with what succeeded alone.
        auto *statusButton = page->findChild<QToolButton *>();
        QAction *succeeded = nullptr;
        for (QAction *a : statusButton->menu()->actions())
            if (a->data().toString() == QLatin1String("succeeded"))
                succeeded = a;
        QVERIFY(succeeded);
        succeeded->setChecked(true);
        QVERIFY(shown->rowCount() < all);
        QTRY_COMPARE(overview->volume().count, qint64(shown->rowCount()));
        QCOMPARE(overview->volume(), DailyVolume::of(*shown));
        for (const VolumeBucket &bucket : overview->buckets()) {
            QCOMPARE(bucket.byOutcome[size_t(PaymentOutcome::Waiting)].count, 0);
            QCOMPARE(bucket.byOutcome[size_t(PaymentOutcome::FailedOrCanceled)].count, 0);
        }
        succeeded->setChecked(false);
        QTRY_COMPARE(overview->volume().count, qint64(all));

        // The busiest bar, clicked: the dates are its days, the table its intents.
        int busiest = 0;
        for (int i = 0; i < overview->buckets().size(); ++i)
            if (overview->buckets().at(i).all().count > overview->buckets().at(busiest).all().count)
                busiest = i;
        const VolumeBucket bar = overview->buckets().at(busiest);
        QVERIFY(bar.all().count > 0);
        overview->selectBucket(busiest);
        QCOMPARE(page->fromField()->date(), bar.first);
        QCOMPARE(page->toField()->date(), bar.last);
        QTRY_VERIFY(!shown->isFiltering());
        QCOMPARE(shown->rowCount(),
                 intentsBetween(*session->paymentIntents(), bar.first, bar.last));
        QVERIFY(shown->rowCount() >= bar.all().count);
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QDate day = shown->intentAt(row).created.toLocalTime().date();
            QVERIFY(day >= bar.first && day <= bar.last);
        }
        // The chart follows: only those days.
        QTRY_COMPARE(overview->volume().count, qint64(shown->rowCount()));
        for (const VolumeBucket &bucket : overview->buckets())
            QVERIFY(bucket.all().count == 0 ||
                    (bucket.first >= bar.first && bucket.last <= bar.last));
        auto *back = page->findChild<QToolButton *>(QStringLiteral("returnToDatesButton"));
        QVERIFY(back && back->isVisible());
        back->click();
        QVERIFY(!page->fromField()->date().isValid());
        QVERIFY(!page->toField()->date().isValid());
        QTRY_COMPARE(shown->rowCount(), all);
        QVERIFY(!back->isVisible());

        // Clicked again, then the dates changed by hand: no way back is offered any more.
        overview->selectBucket(0);
        QVERIFY(back->isVisible());
        page->toField()->setDate(bar.last.addDays(30));
        QVERIFY(!back->isVisible());
        window.setSession(nullptr);
    }
};

int main(int argc, char *argv[])
{
    // A zone with daylight saving, so local days are not UTC ones.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
    QApplication app(argc, argv);
    TestFinanceOverview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_finance_overview.moc"
