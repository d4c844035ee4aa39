#pragma once

#include "ui/detail_pane.h"
#include "ui/resource_page.h"

#include <QPointer>
#include <QSet>

class QComboBox;
class QLineEdit;
class QMenu;
class QTableWidget;
class QTimer;
class QToolButton;

namespace paydesk {

class IntentTotalsTracker;
class PaymentIntentFilterModel;

// Payment intents: what shop staff check after taking a payment and what finance reviews.
// Filters by status, currency, amount, date and customer; shows the totals of what the filters
// show; confirms waiting intents and refunds succeeded ones; prints or saves a succeeded payment's
// receipt.
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

protected:
    void extendFilter(ResourceFilter &filter) const override;
    void describe(int sourceRow) override;
    void updateRowActions(int sourceRow) override;

private:
    // The Details tab's lines for `intent`.
    QList<DetailLine> summaryOf(const PaymentIntent &intent) const;
    void readAmountBounds();
    void rebuildStatusMenu();
    void noteStatuses(const QModelIndex &parent, int first, int last);
    void updateStatusButton();
    void updateTotals();
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
    QTimer *m_totalsRefresh;
    QAction *m_confirm;
    QAction *m_refund;
    QAction *m_printReceipt;
    QAction *m_saveReceipt;
};

} // namespace paydesk
