#include "models/intent_totals.h"

#include "models/payment_intent_filter_model.h"
#include "models/payment_intent_table_model.h"
#include "models/resources.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtNumeric>

#include <vector>

namespace paydesk {

void AmountTotal::add(qint64 amountMinorUnits, qint64 refunded)
{
    ++count;
    if (overflowed)
        return;
    qint64 sum = 0;
    qint64 refundedSum = 0;
    if (qAddOverflow(minorUnits, amountMinorUnits, &sum) ||
        qAddOverflow(refundedMinorUnits, refunded, &refundedSum)) {
        overflowed = true;
    } else {
        minorUnits = sum;
        refundedMinorUnits = refundedSum;
    }
}

std::optional<Money> AmountTotal::sum(const QString &currency) const
{
    if (overflowed)
        return std::nullopt;
    return Money(minorUnits, currency);
}

std::optional<Money> AmountTotal::refunded(const QString &currency) const
{
    if (overflowed)
        return std::nullopt;
    return Money(refundedMinorUnits, currency);
}

std::optional<Money> AmountTotal::net(const QString &currency) const
{
    qint64 net = 0;
    if (overflowed || qSubOverflow(minorUnits, refundedMinorUnits, &net))
        return std::nullopt;
    return Money(net, currency);
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
    const qint64 refunded = intent.amountRefunded.value_or(0);
    currency.all.add(minor, refunded);
    currency.byStatus[status].add(minor, refunded);
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

namespace {

// Adds up many intents faster than IntentTotals::add() one by one: their statuses and
// currencies are a handful of strings, which the table models share between rows, so each is
// found in a short list by its address (by its text when not shared), and the maps are filled
// once at the end. The result, overflows included, is what add() gives for the same intents in
// the same order.
class TotalsBuilder
{
public:
    void add(const PaymentIntent &intent)
    {
        ++m_count;
        const QString &status = intent.status.raw();
        ++find(m_countByStatus, status).value;
        if (!intent.amount.isValid())
            return;
        Currency &currency = find(m_currencies, intent.amount.currency()).value;
        const qint64 minor = intent.amount.minorUnits();
        const qint64 refunded = intent.amountRefunded.value_or(0);
        currency.all.add(minor, refunded);
        find(currency.byStatus, status).value.add(minor, refunded);
    }

    IntentTotals finish() const
    {
        IntentTotals totals;
        totals.count = m_count;
        for (const auto &[status, count] : m_countByStatus)
            totals.countByStatus.insert(status, count);
        for (const auto &[code, currency] : m_currencies) {
            CurrencyTotals &target = totals.byCurrency[code];
            target.all = currency.all;
            for (const auto &[status, total] : currency.byStatus)
                target.byStatus.insert(status, total);
        }
        return totals;
    }

private:
    template <typename Value>
    struct Entry
    {
        QString key;
        Value value{};
    };
    struct Currency
    {
        AmountTotal all;
        std::vector<Entry<AmountTotal>> byStatus;
    };

    template <typename Value>
    static Entry<Value> &find(std::vector<Entry<Value>> &entries, const QString &key)
    {
        for (Entry<Value> &entry : entries) {
            if (entry.key.constData() == key.constData() && entry.key.size() == key.size())
                return entry;
        }
        for (Entry<Value> &entry : entries) {
            if (entry.key == key)
                return entry;
        }
        entries.push_back(Entry<Value>{key, {}});
        return entries.back();
    }

    qint64 m_count = 0;
    std::vector<Entry<qint64>> m_countByStatus;
    std::vector<Entry<Currency>> m_currencies;
};

} // namespace

IntentTotals IntentTotals::of(const PaymentIntentFilterModel &shown)
{
    const PaymentIntentTableModel *model = shown.intents();
    if (!model)
        return IntentTotals();
    TotalsBuilder builder;
    const int rows = shown.rowCount();
    for (int row = 0; row < rows; ++row)
        builder.add(model->at(shown.sourceRowAt(row)));
    return builder.finish();
}

IntentTotals IntentTotals::of(const PaymentIntentTableModel &all)
{
    TotalsBuilder builder;
    for (const PaymentIntent &intent : all.resources())
        builder.add(intent);
    return builder.finish();
}

IntentTotals IntentTotals::of(const QList<PaymentIntent> &intents)
{
    TotalsBuilder builder;
    for (const PaymentIntent &intent : intents)
        builder.add(intent);
    return builder.finish();
}

// A count in slices: the rows counted so far.
struct IntentTotalsTracker::Count
{
    TotalsBuilder builder;
    int next = 0; // the next proxy row to count
};

IntentTotalsTracker::IntentTotalsTracker(PaymentIntentFilterModel *shown, QObject *parent)
    : QObject(parent)
    , m_shown(shown)
    , m_countStep(new QTimer(this))
{
    Q_ASSERT(shown);
    m_countStep->setInterval(0);
    connect(m_countStep, &QTimer::timeout, this, &IntentTotalsTracker::countSome);
    connect(shown, &QAbstractItemModel::rowsInserted, this, &IntentTotalsTracker::addRows);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractItemModel::rowsMoved, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractItemModel::dataChanged, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractItemModel::modelReset, this, &IntentTotalsTracker::invalidate);
    connect(shown, &QAbstractProxyModel::sourceModelChanged, this,
            &IntentTotalsTracker::invalidate);
}

IntentTotalsTracker::~IntentTotalsTracker() = default;

const IntentTotals &IntentTotalsTracker::totals() const
{
    if (m_dirty) {
        m_totals = m_shown ? IntentTotals::of(*m_shown) : IntentTotals();
        m_dirty = false;
        if (m_count) { // asked for now: the count under way has nothing left to do
            m_count.reset();
            m_countStep->stop();
            QTimer::singleShot(0, this, &IntentTotalsTracker::counted);
        }
    }
    return m_totals;
}

void IntentTotalsTracker::countInSlices()
{
    if (!m_dirty) {
        emit counted();
        return;
    }
    if (!m_count)
        m_count = std::make_unique<Count>();
    m_countStep->start();
}

void IntentTotalsTracker::countSome()
{
    const PaymentIntentTableModel *model = m_shown ? m_shown->intents() : nullptr;
    if (!m_count || !model) {
        m_countStep->stop();
        m_count.reset();
        if (m_dirty)
            totals();
        emit counted();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const int rows = m_shown->rowCount();
    constexpr int RowsPerClockCheck = 4096;
    while (m_count->next < rows) {
        const int end = std::min(rows, m_count->next + RowsPerClockCheck);
        for (int row = m_count->next; row < end; ++row)
            m_count->builder.add(model->at(m_shown->sourceRowAt(row)));
        m_count->next = end;
        if (clock.nsecsElapsed() >= m_sliceBudgetNs)
            return; // the rest in the next turn
    }
    m_totals = m_count->builder.finish();
    m_dirty = false;
    m_count.reset();
    m_countStep->stop();
    emit counted();
}

void IntentTotalsTracker::addRows(const QModelIndex &parent, int first, int last)
{
    // Rows arriving a page at a time: add them to totals that are current rather than adding up
    // every row again. Sums overflowing stop at an order-dependent value, so then recompute.
    if (!m_dirty && !parent.isValid() && m_shown && m_shown->intents()) {
        for (int row = first; row <= last; ++row) {
            const PaymentIntent &intent = m_shown->intentAt(row);
            m_totals.add(intent);
            if (!intent.amount.isValid())
                continue;
            const CurrencyTotals currency = m_totals.byCurrency.value(intent.amount.currency());
            if (currency.all.overflowed ||
                currency.byStatus.value(intent.status.raw()).overflowed) {
                m_dirty = true;
                break;
            }
        }
    } else {
        m_dirty = true;
    }
    if (m_dirty && m_count) // rows moved under the count: start it again
        m_count = std::make_unique<Count>();
    announce();
}

void IntentTotalsTracker::invalidate()
{
    m_dirty = true;
    if (m_count) // the rows counted so far may have changed: count again from the start
        m_count = std::make_unique<Count>();
    announce();
}

void IntentTotalsTracker::announce()
{
    if (m_announcePending)
        return;
    m_announcePending = true;
    QTimer::singleShot(0, this, [this] {
        m_announcePending = false;
        emit changed();
    });
}

} // namespace paydesk
