#include "ui/finance_overview.h"

#include "models/money.h"
#include "models/payment_intent_filter_model.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/palette_colours.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <climits>
#include <cmath>

namespace paydesk {

namespace {

// Colours told apart with every common form of colour blindness (Okabe and Ito's set), a
// little lighter on a dark background.
QColor segmentColour(FinanceOverview::Segment segment, const QPalette &palette)
{
    const bool dark = colours::isDark(palette);
    switch (segment) {
    case FinanceOverview::SucceededSegment:
        return dark ? QColor(0x2e, 0xc4, 0x96) : QColor(0x00, 0x9e, 0x73);
    case FinanceOverview::RefundedSegment:
        return dark ? QColor(0xe0, 0x9c, 0xc4) : QColor(0xcc, 0x79, 0xa7);
    case FinanceOverview::WaitingSegment:
        return dark ? QColor(0x7d, 0xc8, 0xf0) : QColor(0x56, 0xb4, 0xe9);
    case FinanceOverview::FailedSegment:
        return dark ? QColor(0xf0, 0x7d, 0x3c) : QColor(0xd5, 0x5e, 0x00);
    case FinanceOverview::OtherSegment:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QString segmentName(FinanceOverview::Segment segment)
{
    switch (segment) {
    case FinanceOverview::SucceededSegment:
        return FinanceOverview::tr("Succeeded");
    case FinanceOverview::RefundedSegment:
        return FinanceOverview::tr("Refunded");
    case FinanceOverview::WaitingSegment:
        return FinanceOverview::tr("Waiting");
    case FinanceOverview::FailedSegment:
        return FinanceOverview::tr("Failed or canceled");
    case FinanceOverview::OtherSegment:
        break;
    }
    return FinanceOverview::tr("Other status");
}

PaymentOutcome outcomeOf(FinanceOverview::Segment segment)
{
    switch (segment) {
    case FinanceOverview::SucceededSegment:
    case FinanceOverview::RefundedSegment:
        break;
    case FinanceOverview::WaitingSegment:
        return PaymentOutcome::Waiting;
    case FinanceOverview::FailedSegment:
        return PaymentOutcome::FailedOrCanceled;
    case FinanceOverview::OtherSegment:
        return PaymentOutcome::Other;
    }
    return PaymentOutcome::Succeeded;
}

// The minor units `segment` holds of a bar: an outcome's amount less what was refunded of it,
// or the refunds of every outcome. Nullopt when a sum overflowed.
std::optional<qint64> segmentMinorUnits(const VolumeBucket &bucket,
                                        FinanceOverview::Segment segment)
{
    if (segment == FinanceOverview::RefundedSegment) {
        const AmountTotal all = bucket.all();
        return all.overflowed ? std::nullopt : std::optional<qint64>(all.refundedMinorUnits);
    }
    const AmountTotal &part = bucket.byOutcome[size_t(outcomeOf(segment))];
    qint64 kept = 0;
    if (part.overflowed || qSubOverflow(part.minorUnits, part.refundedMinorUnits, &kept))
        return std::nullopt;
    return kept;
}

double majorUnits(qint64 minorUnits, const QString &currency)
{
    return double(minorUnits) / std::pow(10.0, Currency::minorDigits(currency).value_or(0));
}

// How many intents as text, for a count that may pass what an int holds.
QString intentCount(qint64 count)
{
    const int shown = int(std::min<qint64>(count, INT_MAX));
    return FinanceOverview::tr("%n payment intent(s)", nullptr, shown);
}

} // namespace

FinanceOverview::FinanceOverview(PaymentIntentFilterModel *shown, QWidget *parent)
    : QWidget(parent)
    , m_shown(shown)
    , m_countStep(new QTimer(this))
    , m_controls(new QWidget(this))
    , m_currencyLabel(new QLabel(tr("&Currency"), this))
    , m_currencies(new QComboBox(this))
    , m_return(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(m_stack))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, m_stack))
    , m_series(new QStackedBarSeries(m_chart))
    , m_daysAxis(new QCategoryAxis(m_chart))
    , m_amountAxis(new QValueAxis(m_chart))
{
    setObjectName(QStringLiteral("financeOverview"));
    m_countStep->setSingleShot(true);
    m_countStep->setInterval(0);
    connect(m_countStep, &QTimer::timeout, this, &FinanceOverview::countSome);
    m_currencyLabel->setBuddy(m_currencies);
    m_currencies->setAccessibleName(tr("Currency charted"));
    m_currencies->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_currencies, &QComboBox::activated, this,
            [this](int index) { setCurrency(m_currencies->itemData(index).toString()); });

    m_return->setText(tr("Back to the previous dates"));
    m_return->setToolTip(tr("Bring back the dates the table showed before a bar was clicked"));
    m_return->setObjectName(QStringLiteral("returnToDatesButton"));
    m_return->hide();
    connect(m_return, &QToolButton::clicked, this, &FinanceOverview::returnRequested);

    m_export->setObjectName(QStringLiteral("saveChartButton"));
    m_export->setText(tr("Save chart"));
    m_export->setToolTip(tr("Save the chart as a PNG or SVG image"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    connect(exportMenu->addAction(tr("As PNG image…")), &QAction::triggered, this,
            [this] { chooseExportFile(QStringLiteral("png")); });
    connect(exportMenu->addAction(tr("As SVG image…")), &QAction::triggered, this,
            [this] { chooseExportFile(QStringLiteral("svg")); });
    m_export->setMenu(exportMenu);

    m_note->setObjectName(QStringLiteral("overviewNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addSeries(m_series);
    m_series->setBarWidth(0.8);
    m_daysAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_daysAxis->setGridLineVisible(false);
    m_chart->addAxis(m_daysAxis, Qt::AlignBottom);
    m_chart->addAxis(m_amountAxis, Qt::AlignLeft);
    m_series->attachAxis(m_daysAxis);
    m_series->attachAxis(m_amountAxis);
    connect(m_series, &QStackedBarSeries::clicked, this,
            [this](int index, QBarSet *) { selectBucket(index); });
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool over, int index, QBarSet *) {
        if (over)
            QToolTip::showText(QCursor::pos(), toolTipFor(index), m_view);
        else
            QToolTip::hideText();
    });

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->installEventFilter(this);
    m_view->setMinimumHeight(220);
    m_view->setAccessibleName(tr("Payment volume chart"));
    m_view->setAccessibleDescription(tr("The totals table holds the same figures as text."));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *bar = new QHBoxLayout(m_controls);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_currencyLabel);
    bar->addWidget(m_currencies);
    bar->addSpacing(8);
    bar->addWidget(m_return);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_controls, 0, Qt::AlignRight);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);

    applyPalette();
    redraw();
}

FinanceOverview::~FinanceOverview() = default;

QWidget *FinanceOverview::takeControls()
{
    layout()->removeWidget(m_controls);
    return m_controls;
}

void FinanceOverview::refresh()
{
    m_stale = true;
    if (isVisible())
        startCount();
}

void FinanceOverview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_counted < 0)
        startCount();
}

bool FinanceOverview::eventFilter(QObject *watched, QEvent *event)
{
    // The days named on the axis are as many as the chart's width holds.
    if (watched == m_view && event->type() == QEvent::Resize)
        labelDays();
    return QWidget::eventFilter(watched, event);
}

void FinanceOverview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        m_chart->setLocale(QLocale());
        redraw();
    }
}

void FinanceOverview::startCount()
{
    // A count under way starts again from the first row.
    m_counter.finish();
    m_counted = 0;
    m_countStep->start();
}

void FinanceOverview::countSome()
{
    // Rows in blocks, for about 8 ms a turn: long enough to get on, short enough that the window
    // answers between two turns.
    constexpr int kBlock = 2048;
    constexpr qint64 kTurnNs = 8'000'000;
    QElapsedTimer clock;
    clock.start();
    int added = 0;
    do {
        added = m_shown ? m_counter.addShown(*m_shown, m_counted, kBlock) : 0;
        m_counted += added;
    } while (added == kBlock && clock.nsecsElapsed() < kTurnNs);
    if (added == kBlock) {
        m_countStep->start();
        return;
    }
    m_counted = -1;
    m_volume = m_counter.finish();
    m_stale = false;
    updateCurrencyChoice();
    redraw();
}

void FinanceOverview::updateCurrencyChoice()
{
    // The person's choice stays while it is shown; otherwise the currency with the most intents.
    const QStringList codes = m_volume.currencies();
    if (!codes.contains(m_currencyCode) || !m_currencyChosen) {
        m_currencyChosen = false;
        QString busiest;
        qint64 most = -1;
        for (const QString &code : codes) {
            const qint64 count = m_volume.byCurrency.value(code).all().count;
            if (count > most) {
                most = count;
                busiest = code;
            }
        }
        m_currencyCode = busiest;
    }
    m_currencies->clear();
    for (const QString &code : codes)
        m_currencies->addItem(code, code);
    m_currencies->setCurrentIndex(m_currencies->findData(m_currencyCode));
    const bool several = codes.size() > 1;
    m_currencies->setVisible(several);
    m_currencyLabel->setVisible(several);
}

void FinanceOverview::setCurrency(const QString &code)
{
    if (!m_volume.byCurrency.contains(code))
        return;
    m_currencyChosen = true;
    if (code == m_currencyCode)
        return;
    m_currencyCode = code;
    m_currencies->setCurrentIndex(m_currencies->findData(code));
    redraw();
}

double FinanceOverview::valueAt(Segment segment, int bucket) const
{
    if (bucket < 0 || bucket >= m_buckets.size())
        return 0;
    return majorUnits(segmentMinorUnits(m_buckets.at(bucket), segment).value_or(0), m_currencyCode);
}

void FinanceOverview::redraw()
{
    const CurrencyVolume volume = m_volume.byCurrency.value(m_currencyCode);
    m_period = volume.days.isEmpty()
                   ? VolumePeriod::Day
                   : volumePeriodFor(volume.days.constFirst().day, volume.days.constLast().day);
    m_buckets = bucketVolume(volume, m_period, QLocale().firstDayOfWeek());

    // Refunds where the server tells them, other statuses where there are any: a legend entry
    // for nothing only confuses.
    bool refunds = false;
    bool others = false;
    for (const VolumeBucket &bucket : std::as_const(m_buckets)) {
        const AmountTotal all = bucket.all();
        refunds = refunds || all.overflowed || all.refundedMinorUnits != 0;
        others = others || bucket.byOutcome[size_t(PaymentOutcome::Other)].count > 0;
    }
    m_segments = {SucceededSegment};
    if (refunds)
        m_segments.append(RefundedSegment);
    m_segments << WaitingSegment << FailedSegment;
    if (others)
        m_segments.append(OtherSegment);

    m_series->clear();
    double highest = 0;
    QList<double> stacked(m_buckets.size(), 0.0);
    QList<QBarSet *> sets;
    for (Segment segment : std::as_const(m_segments)) {
        auto *set = new QBarSet(segmentName(segment));
        QList<double> values;
        values.reserve(m_buckets.size());
        for (qsizetype i = 0; i < m_buckets.size(); ++i) {
            const double value = valueAt(segment, int(i));
            values.append(value);
            stacked[i] += value;
            highest = std::max(highest, stacked[i]);
        }
        set->append(values);
        sets.append(set);
    }
    m_series->append(sets);
    m_amountAxis->setRange(0, highest > 0 ? highest : 1);
    m_amountAxis->applyNiceNumbers();
    m_amountAxis->setLabelFormat(m_amountAxis->max() >= 10 ? QStringLiteral("%.0f")
                                                           : QStringLiteral("%.2f"));
    m_amountAxis->setTitleText(m_currencyCode);
    m_daysAxis->setTitleText(periodTitle());
    labelDays();

    const QLocale locale;
    if (m_buckets.isEmpty()) {
        m_chart->setTitle(QString());
    } else {
        const QString format = DateField::displayFormat(locale);
        const QString from = locale.toString(m_buckets.constFirst().first, format);
        const QString to = locale.toString(m_buckets.constLast().last, format);
        //: The chart's title: %1 the currency, %2 and %3 the first and last day.
        const QString title = m_period == VolumePeriod::Day    ? tr("Payment volume per day in %1, "
                                                                       "%2 to %3")
                              : m_period == VolumePeriod::Week ? tr("Payment volume per week in "
                                                                    "%1, %2 to %3")
                                                               : tr("Payment volume per month in "
                                                                    "%1, %2 to %3");
        m_chart->setTitle(title.arg(m_currencyCode, from, to));
    }

    // What the chart cannot show is said under it.
    qint64 undated = 0;
    for (const CurrencyVolume &currency : std::as_const(m_volume.byCurrency))
        undated += sumOfOutcomes(currency.undated).count;
    QStringList notes;
    if (undated > 0)
        notes << tr("Not in the chart: %1 without a creation date.").arg(intentCount(undated));
    if (m_volume.withoutAmount > 0)
        notes << tr("Not in the chart: %1 without an amount.")
                     .arg(intentCount(m_volume.withoutAmount));
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());

    if (m_buckets.isEmpty()) {
        m_empty->setText(m_volume.count == 0
                             ? tr("No payment intents shown: nothing to chart.")
                             : tr("None of the payment intents shown has a date and an amount "
                                  "to chart."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    m_export->setEnabled(!m_buckets.isEmpty());
    applyPalette();
}

void FinanceOverview::labelDays()
{
    // Every bar has its place on the axis; as many of them are named as fit side by side.
    const QStringList old = m_daysAxis->categoriesLabels();
    for (const QString &label : old)
        m_daysAxis->remove(label);
    const qsizetype count = m_buckets.size();
    m_daysAxis->setStartValue(-0.5);
    m_daysAxis->setRange(-0.5, std::max<double>(double(count) - 0.5, 0.5));
    if (count == 0)
        return;
    const QLocale locale;
    const auto label = [this, &locale](const VolumeBucket &bucket) {
        return m_period == VolumePeriod::Month
                   ? locale.toString(bucket.first, QStringLiteral("MMM yyyy"))
                   : locale.toString(bucket.first, QLocale::ShortFormat);
    };
    const int labelWidth =
        m_view->fontMetrics().horizontalAdvance(label(m_buckets.constFirst())) + 24;
    const int room = std::max(1, (m_view->width() - 120) / std::max(1, labelWidth));
    const qsizetype step = std::max<qsizetype>(1, (count + room - 1) / room);
    for (qsizetype i = 0; i < count; i += step)
        m_daysAxis->append(label(m_buckets.at(i)), double(i));
}

QString FinanceOverview::periodTitle() const
{
    switch (m_period) {
    case VolumePeriod::Day:
        break;
    case VolumePeriod::Week:
        //: The axis of a chart by week; %1 is the day weeks start on ("Monday").
        return tr("Week, from %1").arg(QLocale().dayName(QLocale().firstDayOfWeek()));
    case VolumePeriod::Month:
        return tr("Month");
    }
    return tr("Day");
}

QString FinanceOverview::bucketTitle(const VolumeBucket &bucket) const
{
    const QLocale locale;
    switch (m_period) {
    case VolumePeriod::Day:
        break;
    case VolumePeriod::Week:
        //: A week in the chart's tooltip: its first and last day.
        return tr("%1 to %2")
            .arg(locale.toString(bucket.first, QLocale::ShortFormat),
                 locale.toString(bucket.last, QLocale::ShortFormat));
    case VolumePeriod::Month:
        return locale.toString(bucket.first, QStringLiteral("MMMM yyyy"));
    }
    return locale.toString(bucket.first, QLocale::LongFormat);
}

QString FinanceOverview::toolTipFor(int index) const
{
    if (index < 0 || index >= m_buckets.size())
        return QString();
    const VolumeBucket &bucket = m_buckets.at(index);
    const QLocale locale;
    const auto money = [this, &locale](std::optional<qint64> minorUnits) {
        return minorUnits ? Money(*minorUnits, m_currencyCode).toString(locale) : tr("too large");
    };
    const AmountTotal all = bucket.all();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(bucketTitle(bucket).toHtmlEscaped());
    //: A bar's tooltip: %1 how many payment intents ("3 payment intents"), %2 their sum.
    lines << tr("%1, %2")
                 .arg(intentCount(all.count),
                      money(all.overflowed ? std::nullopt : std::optional(all.minorUnits)))
                 .toHtmlEscaped();
    for (Segment segment : m_segments) {
        const std::optional<qint64> minor = segmentMinorUnits(bucket, segment);
        if (segment == RefundedSegment) {
            if (minor != 0)
                lines << tr("Refunded: %1").arg(money(minor)).toHtmlEscaped();
            continue;
        }
        const qint64 count = bucket.byOutcome[size_t(outcomeOf(segment))].count;
        if (count == 0)
            continue;
        //: A bar's tooltip: %1 an outcome ("Succeeded"), %2 how many, %3 what they keep.
        lines << tr("%1: %2, %3")
                     .arg(segmentName(segment), locale.toString(count), money(minor))
                     .toHtmlEscaped();
    }
    lines << QStringLiteral("<i>%1</i>")
                 .arg(tr("Click to show these payment intents in the table.").toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void FinanceOverview::selectBucket(int index)
{
    if (index < 0 || index >= m_buckets.size())
        return;
    QToolTip::hideText();
    emit rangeChosen(m_buckets.at(index).first, m_buckets.at(index).last);
}

void FinanceOverview::offerReturn(bool offered)
{
    m_return->setVisible(offered);
}

void FinanceOverview::applyPalette()
{
    // The chart follows the palette the window uses, light or dark, rather than a chart theme.
    const QPalette palette = this->palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(font());
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_daysAxis), static_cast<QAbstractAxis *>(m_amountAxis)}) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setTitleFont(font());
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
    m_view->setBackgroundBrush(base);
    const QList<QBarSet *> sets = m_series->barSets();
    for (qsizetype i = 0; i < sets.size() && i < m_segments.size(); ++i) {
        sets.at(i)->setColor(segmentColour(m_segments.at(i), palette));
        // A thin line of the background between the parts of a bar.
        sets.at(i)->setBorderColor(base);
    }
    QPalette emptyPalette = m_empty->palette();
    emptyPalette.setColor(QPalette::WindowText,
                          palette.color(QPalette::Disabled, QPalette::WindowText));
    m_empty->setPalette(emptyPalette);
}

bool FinanceOverview::exportPng(const QString &path, QString *error) const
{
    // As sharp as the screen shows it: rendered at the view's device pixel ratio.
    const qreal ratio = std::max<qreal>(1.0, m_view->devicePixelRatioF());
    QImage image(m_view->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->render(&painter, QRectF(QPointF(0, 0), m_view->size()), m_view->rect());
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool FinanceOverview::exportSvg(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    // A pixel on screen is a CSS pixel in the file, so the drawing opens at the size it had.
    svg.setResolution(96);
    svg.setTitle(m_chart->title());
    QStringList parts;
    for (Segment segment : m_segments)
        parts.append(segmentName(segment));
    //: Described in the saved SVG file; %1 lists the parts of a bar ("Succeeded, Waiting").
    svg.setDescription(tr("Payment volume by outcome: %1").arg(parts.join(QStringLiteral(", "))));
    {
        QPainter painter(&svg);
        m_view->render(&painter, QRectF(QPointF(0, 0), m_view->size()), m_view->rect());
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void FinanceOverview::chooseExportFile(const QString &suffix)
{
    // Not the static getSaveFileName(): that runs a nested event loop.
    const bool png = suffix == QLatin1String("png");
    auto *chooser = new QFileDialog(this, png ? tr("Save chart as PNG") : tr("Save chart as SVG"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilter(png ? tr("PNG images (*.png)") : tr("SVG images (*.svg)"));
    chooser->setDefaultSuffix(suffix);
    chooser->setDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    chooser->selectFile(
        QStringLiteral("payment-volume-%1-%2.%3")
            .arg(m_currencyCode.toLower(), QDate::currentDate().toString(Qt::ISODate), suffix));
    connect(chooser, &QFileDialog::fileSelected, this, [this, png](const QString &path) {
        QString error;
        const bool saved = png ? exportPng(path, &error) : exportSvg(path, &error);
        if (saved)
            return;
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Chart not saved"),
            tr("Paydesk could not write %1: %2").arg(QDir::toNativeSeparators(path), error),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    chooser->open();
}

} // namespace paydesk
