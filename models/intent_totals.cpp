#include "models/intent_totals.h"

#include "models/payment_intent_filter_model.h"
#include "models/payment_intent_table_model.h"
#include "models/resources.h"

#include <QTimer>
#include <QtNumeric>

namespace paydesk {

void AmountTotal::add(qint64 amountMinorUnits)
{
    ++count;
    if (overflowed)
        return;
    qint64 sum = 0;
    if (qAddOverflow(minorUnits, amountMinorUnits, &sum))
        overflowed = true;
    else
        minorUnits = sum;
}

std::optional<Money> AmountTotal::sum(const QString &currency) const
{
    if (overflowed)
        return std::nullopt;
    return Money(minorUnits, currency);
}

void IntentTotals::add(const PaymentIntent &intent)
{
    ++count;
    const QString &status = intent.status.raw();
    ++countByStatus[status];
    if (!intent.amount.isValid())
        return;
    CurrencyTotals &currency = byCurrency[intent.amount.currency()];
    const qint64 minor = intent.amount.minorUnits();
    currency.all.add(minor);
    currency.byStatus[status].add(minor);
}

AmountTotal IntentTotals::total(const QString &currency) const
{
    const auto it = byCurrency.constFind(currency);
    return it == byCurrency.cend() ? AmountTotal() : it->all;
}

AmountTotal IntentTotals::total(const QString &currency, const QString &rawStatus) const
{
    const auto it = byCurrency.constFind(currency);
    return it == byCurrency.cend() ? AmountTotal() : it->byStatus.value(rawStatus);
}

IntentTotals IntentTotals::of(const PaymentIntentFilterModel &shown)
{
    IntentTotals totals;
    const PaymentIntentTableModel *model = shown.intents();
    if (!model)
        return totals;
    const int rows = shown.rowCount();
    for (int row = 0; row < rows; ++row)
        totals.add(model->at(shown.mapToSource(shown.index(row, 0)).row()));
    return totals;
}

IntentTotals IntentTotals::of(const PaymentIntentTableModel &all)
{
    IntentTotals totals;
    for (const PaymentIntent &intent : all.resources())
        totals.add(intent);
    return totals;
}

IntentTotals IntentTotals::of(const QList<PaymentIntent> &intents)
{
    IntentTotals totals;
    for (const PaymentIntent &intent : intents)
        totals.add(intent);
    return totals;
}

IntentTotalsTracker::IntentTotalsTracker(PaymentIntentFilterModel *shown, QObject *parent)
    : QObject(parent)
    , m_shown(shown)
{
    Q_ASSERT(shown);
    connect(shown, &QAbstractItemModel::rowsInserted, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractItemModel::rowsMoved, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractItemModel::dataChanged, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractItemModel::modelReset, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractProxyModel::sourceModelChanged, this,
            &IntentTotalsTracker::invalidate);
}

const IntentTotals &IntentTotalsTracker::totals() const
{
    if (m_dirty) {
        m_totals = m_shown ? IntentTotals::of(*m_shown) : IntentTotals();
        m_dirty = false;
    }
    return m_totals;
}

void IntentTotalsTracker::invalidate()
{
    m_dirty = true;
    if (m_announcePending)
        return;
    m_announcePending = true;
    QTimer::singleShot(0, this, [this] {
        m_announcePending = false;
        emit changed();
    });
}

} // namespace paydesk
