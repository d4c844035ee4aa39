#pragma once

#include "models/money.h"

#include <QMap>
#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace paydesk {

struct PaymentIntent;
class PaymentIntentFilterModel;
class PaymentIntentTableModel;

// A count of intents and the sums of their amounts and of what was refunded of them, in one
// currency. Sums are checked: when one no longer fits in qint64 minor units, `overflowed` is set
// and the sums keep the last values that fitted (the count goes on), so a report can say "too
// large" instead of showing a wrapped number.
struct AmountTotal
{
    qint64 count = 0;
    qint64 minorUnits = 0;
    qint64 refundedMinorUnits = 0;
    bool overflowed = false;

    void add(qint64 amountMinorUnits, qint64 refundedMinorUnits = 0);
    // The sum as Money in `currency`, or nullopt after an overflow.
    std::optional<Money> sum(const QString &currency) const;
    // What was refunded of it, and what it keeps (the sum less the refunds); nullopt after an
    // overflow.
    std::optional<Money> refunded(const QString &currency) const;
    std::optional<Money> net(const QString &currency) const;

    friend bool operator==(const AmountTotal &, const AmountTotal &) = default;
};

// The totals of one currency: over every status, and per raw status.
struct CurrencyTotals
{
    AmountTotal all;
    QMap<QString, AmountTotal> byStatus; // raw status -> total

    friend bool operator==(const CurrencyTotals &, const CurrencyTotals &) = default;
};

// What finance reads under a list of payment intents: how many there are, and what they sum to
// per currency, overall and per status. Amounts of different currencies are never added up.
// Intents without a valid amount are counted in `count` and `countByStatus` only.
struct IntentTotals
{
    qint64 count = 0;
    QMap<QString, qint64> countByStatus;      // raw status -> intents
    QMap<QString, CurrencyTotals> byCurrency; // ISO 4217 code -> totals

    void add(const PaymentIntent &intent);

    QStringList currencies() const { return byCurrency.keys(); }
    // The total of `currency` (all statuses), or of one raw status in it; empty when none.
    AmountTotal total(const QString &currency) const;
    AmountTotal total(const QString &currency, const QString &rawStatus) const;

    // Totals of the rows a proxy shows now (its filter applied), of every row of a model, and of
    // a list.
    static IntentTotals of(const PaymentIntentFilterModel &shown);
    static IntentTotals of(const PaymentIntentTableModel &all);
    static IntentTotals of(const QList<PaymentIntent> &intents);

    friend bool operator==(const IntentTotals &, const IntentTotals &) = default;
};

// Keeps the totals of what a PaymentIntentFilterModel shows. totals() is always current (rows
// inserted are added to it; after any other change it is recomputed on demand); changed() is
// emitted once per event loop turn however many rows changed in it, so a status bar follows
// polling and filtering without recomputing per signal.
//
// On a million rows a recount holds the event loop for about 40 ms, so a view that only needs
// the totals soon asks countInSlices() instead of totals(): the rows are counted in slices of
// the event loop, and counted() says when totals() is current again.
class IntentTotalsTracker : public QObject
{
    Q_OBJECT

public:
    explicit IntentTotalsTracker(PaymentIntentFilterModel *shown, QObject *parent = nullptr);
    ~IntentTotalsTracker() override;

    const IntentTotals &totals() const;

    // Brings totals() up to date in slices of at most sliceBudget() each, then emits counted()
    // (at once when they are current already). A change meanwhile starts the count again.
    void countInSlices();
    bool isCounting() const { return m_count != nullptr; }
    qint64 sliceBudget() const { return m_sliceBudgetNs; }
    void setSliceBudget(qint64 nanoseconds) { m_sliceBudgetNs = std::max<qint64>(0, nanoseconds); }

signals:
    void changed();
    void counted();

private:
    struct Count;
    void addRows(const QModelIndex &parent, int first, int last);
    void invalidate();
    void announce();
    void countSome();

    QPointer<PaymentIntentFilterModel> m_shown;
    mutable IntentTotals m_totals;
    mutable bool m_dirty = true;
    bool m_announcePending = false;
    mutable std::unique_ptr<Count> m_count; // a count in slices under way
    QTimer *m_countStep;
    qint64 m_sliceBudgetNs = 8'000'000;
};

} // namespace paydesk
