#pragma once

#include "ui/detail_pane.h"
#include "ui/resource_page.h"

#include <QDate>
#include <QPointer>
#include <QSet>

#include <optional>
#include <utility>

class QComboBox;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableWidget;
class QTimer;
class QToolButton;

namespace paydesk {

class FinanceOverview;
class IntentTotalsTracker;
class PaymentIntentFilterModel;

// Payment intents: what shop staff check after taking a payment and what finance reviews.
// Filters by status, currency, amount, date and customer; shows the totals of what the filters
// show, as a table or as a chart of the volume per day (the finance overview); confirms waiting
// intents and refunds succeeded ones; prints or saves a succeeded payment's receipt.
class PaymentIntentsPage : public ResourcePage
{
    Q_OBJECT
public:
    explicit PaymentIntentsPage(QWidget *parent = nullptr);
    ~PaymentIntentsPage() override;

    void setSession(Workspace *session) override;
    // Narrows the list to one customer's intents (empty: all), shown as a removable filter.
    void showCustomer(const QString &customerId, const QString &name);

    PaymentIntentFilterModel *intentFilter() const { return m_filter; }
    const IntentTotalsTracker *totals() const { return m_totals; }
    FinanceOverview *overview() const { return m_overview; }
    // Under the list: the totals table, or the overview chart.
    QTabWidget *totalsTabs() const { return m_totalsTabs; }
    void showOverview(bool overview);

protected:
    void extendFilter(ResourceFilter &filter) const override;
    void describe(int sourceRow) override;
    void updateRowActions(int sourceRow) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The Details tab's lines for `intent`.
    QList<DetailLine> summaryOf(const PaymentIntent &intent) const;
    void readAmountBounds();
    void rebuildStatusMenu();
    void noteStatuses(const QModelIndex &parent, int first, int last);
    void updateStatusButton();
    void updateTotals();
    void fitTotalsTabs();
    // Narrows the list to the days of a bar clicked in the overview, and back.
    void showDays(const QDate &first, const QDate &last);
    void restoreDays();
    void setDays(const QDate &from, const QDate &to);
    void confirmCurrent();
    void refundCurrent();
    void printCurrentReceipt();
    void saveCurrentReceipt();

    QPointer<Workspace> m_session;
    PaymentIntentFilterModel *m_filter;
    IntentTotalsTracker *m_totals;
    QToolButton *m_statusButton;
    QMenu *m_statusMenu;
    QSet<QString> m_seenStatuses;
    QComboBox *m_currency;
    QLineEdit *m_minAmount;
    QLineEdit *m_maxAmount;
    std::optional<qint64> m_minBound;
    std::optional<qint64> m_maxBound;
    QToolButton *m_customerChip;
    QString m_customerId;
    QLabel *m_totalsTitle;
    QTableWidget *m_totalsTable;
    FinanceOverview *m_overview;
    QTabWidget *m_totalsTabs;
    QTimer *m_totalsRefresh;
    // The dates before a bar was clicked, and the ones it set: while the fields still hold the
    // latter, the overview offers to go back.
    std::optional<std::pair<QDate, QDate>> m_daysBeforeChart;
    std::pair<QDate, QDate> m_daysFromChart;
    QAction *m_confirm;
    QAction *m_refund;
    QAction *m_printReceipt;
    QAction *m_saveReceipt;
};

} // namespace paydesk
