#pragma once

#include "models/daily_volume.h"

#include <QPointer>
#include <QWidget>

class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedBarSeries;
class QStackedWidget;
class QTimer;
class QToolButton;
class QValueAxis;

namespace paydesk {

class PaymentIntentFilterModel;

// Finance's picture of the payment intents a filter shows: their volume per day (per week or
// month over a long range), each bar stacked by outcome: what succeeded and was kept, what was
// refunded of it, what is still waiting, what failed or was canceled. One currency at a time,
// chosen beside the chart when several are shown: amounts of different currencies are never
// added up. Hovering a bar tells its count and sum in the locale's money format; clicking it asks
// for the table to show those days (rangeChosen). The chart can be saved as PNG or SVG. The
// totals table under the list stays the exact, accessible account of the same rows.
//
// The chart is recounted by refresh(), which the owner calls once per change of the rows shown
// (already coalesced), and only while it is visible: hidden, it waits until it is shown. The
// count runs in steps of a few milliseconds on later turns of the event loop, so even 100,000
// rows never hold the window up; rows that change meanwhile are the owner's next refresh().
class FinanceOverview : public QWidget
{
    Q_OBJECT

public:
    // The parts of a bar, bottom up. A payment's refunds are taken out of its outcome's part
    // and shown as a part of their own, so a bar's height is still what was charged.
    enum Segment
    {
        SucceededSegment,
        RefundedSegment,
        WaitingSegment,
        FailedSegment,
        OtherSegment,
    };

    explicit FinanceOverview(PaymentIntentFilterModel *shown, QWidget *parent = nullptr);
    ~FinanceOverview() override;

    // Recounts the rows shown and redraws: from the next turn of the event loop when visible,
    // else once it is shown. Stale until the count is done and drawn.
    void refresh();
    bool isStale() const { return m_stale; }

    const DailyVolume &volume() const { return m_volume; }
    // The currency charted (empty when nothing is shown) and the ones to choose from.
    QString currency() const { return m_currencyCode; }
    QStringList currencies() const { return m_volume.currencies(); }
    // Charts `code` (one of currencies()) from now on, for as long as it is shown.
    void setCurrency(const QString &code);
    // The bars drawn, oldest first, and how long each lasts.
    const QList<VolumeBucket> &buckets() const { return m_buckets; }
    VolumePeriod period() const { return m_period; }
    // Which segments are drawn (Refunded only where refunds are known, Other only when present),
    // and the value drawn for bar `bucket` of `segment`, in major units.
    QList<Segment> segments() const { return m_segments; }
    double valueAt(Segment segment, int bucket) const;

    // What hovering bar `bucket` shows.
    QString toolTipFor(int bucket) const;
    // What clicking bar `bucket` does: asks for the table to show its days.
    void selectBucket(int bucket);
    // A button beside the chart that brings back the dates shown before a bar was clicked.
    void offerReturn(bool offered);

    // Saves the chart as it is drawn: PNG at the screen's device pixel ratio, or SVG.
    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;

    // The currency choice, the way back and "Save chart", for the owner to place elsewhere (a
    // tab bar's corner); until taken they sit above the chart.
    QWidget *takeControls();

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

signals:
    // The days of a clicked bar, first and last included.
    void rangeChosen(const QDate &first, const QDate &last);
    void returnRequested();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startCount();
    void countSome();
    void updateCurrencyChoice();
    void redraw();
    void labelDays();
    void applyPalette();
    QString bucketTitle(const VolumeBucket &bucket) const;
    QString periodTitle() const;
    void chooseExportFile(const QString &suffix);

    QPointer<PaymentIntentFilterModel> m_shown;
    DailyVolumeCounter m_counter;
    int m_counted = -1; // rows of the count under way; -1 when none is
    QTimer *m_countStep;
    DailyVolume m_volume;
    QString m_currencyCode;
    bool m_currencyChosen = false; // picked by the person, kept while it is shown
    QList<VolumeBucket> m_buckets;
    VolumePeriod m_period = VolumePeriod::Day;
    QList<Segment> m_segments;
    bool m_stale = true;

    QWidget *m_controls;
    QLabel *m_currencyLabel;
    QComboBox *m_currencies;
    QToolButton *m_return;
    QToolButton *m_export;
    QLabel *m_note;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QChart *m_chart;
    QChartView *m_view;
    QStackedBarSeries *m_series;
    QCategoryAxis *m_daysAxis;
    QValueAxis *m_amountAxis;
};

} // namespace paydesk
