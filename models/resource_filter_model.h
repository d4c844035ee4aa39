#pragma once

#include "models/metadata.h"
#include "models/sort_key.h"
#include "models/text_matcher.h"

#include <QAbstractProxyModel>
#include <QDateTime>
#include <QList>
#include <QPersistentModelIndex>
#include <QSet>
#include <QString>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace paydesk {

class ResourceTableModel;

// What a list page narrows its rows to. Every criterion left empty lets every row through; a row
// must meet all the criteria that are set. A criterion that does not apply to a resource
// (customers have no status or amount) is ignored by that resource's proxy.
struct ResourceFilter
{
    // Raw status strings ("succeeded", or a status this build does not know); empty: all.
    QSet<QString> statuses;
    // Words, each of which must appear (case-insensitively) in one of the row's searchable
    // texts: id, email, names, description, metadata keys and values, as the resource has them.
    QString text;
    // Amount bounds in minor units, inclusive. A row without an amount fails a set bound.
    std::optional<qint64> minAmount;
    std::optional<qint64> maxAmount;
    // Creation time bounds, inclusive. A row without a creation time fails a set bound.
    std::optional<QDateTime> createdFrom;
    std::optional<QDateTime> createdTo;
    // ISO 4217 code, any case; empty: all.
    QString currency;
    // Customer id; empty: all.
    QString customerId;

    bool isEmpty() const;
    friend bool operator==(const ResourceFilter &, const ResourceFilter &) = default;
};

// The shared base of the per-resource filter/sort proxies: a flat table proxy built for lists of
// 100,000 rows and more. A subclass reads its source model's objects directly (no data() calls,
// no QVariants): filterAcceptsRow() decides whether a row is shown, sortKey() what it sorts by.
//
// The proxy keeps every source row in sort order and, apart, the rows the filter accepts (a
// subsequence of that order), so:
//   - changing the filter tests the rows again but never sorts them again; on a table of at
//     least synchronousRowLimit() rows the rows are tested a few milliseconds per turn of the
//     event loop, the old rows staying on show meanwhile, and the new ones are shown at once in
//     one layout change, after which filterChanged() is emitted (isFiltering() tells whether a
//     filter is still being applied; a newer filter cancels the one in progress). A filter that
//     only narrows a known result tests only the rows that result kept: a word typed on narrows
//     the rows shown, the rows the cancelled filter had already kept, and the last few results
//     (until the source changes), so deleting what was just typed shows the earlier rows without
//     testing any; an empty filter tests none. Smaller tables are filtered before setFilter()
//     returns.
//   - sorting computes each row's key once and sorts stably (rows with equal keys keep their
//     previous order), announced as one layout change;
//   - a page of rows inserted in the source is sorted, merged into place, and announced as
//     insertions; a row changed in the source is tested and moved into place.
// Build a ResourceFilter and call setFilter(), or use one of the single-criterion setters.
class ResourceFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    // Tables with fewer rows than this are filtered synchronously.
    static constexpr int DefaultSynchronousRowLimit = 20'000;

    explicit ResourceFilterModel(QObject *parent = nullptr);
    ~ResourceFilterModel() override;

    // The filter last asked for (it may still be being applied: see isFiltering()).
    const ResourceFilter &filter() const { return m_requested.filter; }
    void setFilter(const ResourceFilter &filter);
    void clearFilter() { setFilter(ResourceFilter()); }

    void setStatuses(const QSet<QString> &statuses);
    void setText(const QString &text);
    void setAmountRange(std::optional<qint64> min, std::optional<qint64> max);
    void setCreatedRange(const std::optional<QDateTime> &from, const std::optional<QDateTime> &to);
    void setCurrency(const QString &currency);
    void setCustomerId(const QString &customerId);

    // True while the rows shown do not reflect filter() yet; filterChanged() follows when they do.
    bool isFiltering() const { return m_job != nullptr; }
    int synchronousRowLimit() const { return m_synchronousRowLimit; }
    void setSynchronousRowLimit(int rows);
    // How long one slice of a filter being applied may run, in nanoseconds: the longest the
    // event loop waits for it (8 ms unless set). 0 tests one small batch of rows per turn.
    qint64 sliceBudget() const { return m_sliceBudgetNs; }
    void setSliceBudget(qint64 nanoseconds) { m_sliceBudgetNs = std::max<qint64>(0, nanoseconds); }

    // Sorting: by sortKey() of `column`; -1 shows the source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // How texts compare (SortKey::CollatedText); case-insensitive and not locale-aware unless set.
    Qt::CaseSensitivity sortCaseSensitivity() const { return m_sortCaseSensitivity; }
    void setSortCaseSensitivity(Qt::CaseSensitivity sensitivity);
    bool isSortLocaleAware() const { return m_sortLocaleAware; }
    void setSortLocaleAware(bool on);
    // Sorting always compares the raw values the subclass reads from the objects.

    // The source row shown in proxy row `proxyRow` (0 <= proxyRow < rowCount()).
    int sourceRowAt(int proxyRow) const { return m_visible[size_t(proxyRow)]; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    // The rows shown now reflect filter().
    void filterChanged();

protected:
    // Whether source row `sourceRow` (of the root) is shown, read through the criteria helpers
    // below. The default shows every row. Must be a conjunction of the criteria: a row that
    // fails a criterion fails every stricter one (the proxy relies on it to narrow).
    virtual bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const;
    // What source row `sourceRow` sorts by in `column`. The default: the ResourceTableModel's
    // column spec; no key (source order) over any other model.
    virtual SortKey sortKey(int sourceRow, int column) const;

    // The filter filterAcceptsRow() is testing against (the one shown, or one being applied).
    const ResourceFilter &testedFilter() const { return m_testing->filter; }
    // The words of the filter being tested, as textAccepted() hands them over one by one.
    const QList<TextMatcher> &testedWords() const { return m_testing->words; }

    // Criteria checks for subclasses' filterAcceptsRow(); each passes when its criterion is unset.
    bool statusAccepted(const QString &rawStatus) const
    {
        return testedFilter().statuses.isEmpty() || testedFilter().statuses.contains(rawStatus);
    }
    bool hasCurrency() const { return !testedFilter().currency.isEmpty(); }
    bool currencyAccepted(const QString &currency) const
    {
        return testedFilter().currency.isEmpty() ||
               testedFilter().currency.compare(currency, Qt::CaseInsensitive) == 0;
    }
    bool customerAccepted(const QString &customerId) const
    {
        return testedFilter().customerId.isEmpty() || testedFilter().customerId == customerId;
    }
    bool hasAmountBounds() const { return testedFilter().minAmount || testedFilter().maxAmount; }
    bool amountAccepted(qint64 minorUnits) const
    {
        return (!testedFilter().minAmount || minorUnits >= *testedFilter().minAmount) &&
               (!testedFilter().maxAmount || minorUnits <= *testedFilter().maxAmount);
    }
    bool createdAccepted(const QDateTime &created) const;

    // Free text. A subclass passes, for each word of the filter text, whether one of the row's
    // texts contains it: `matchesAnyText(word)` is called once per word and returns true on
    // the first hit. Words are matched case-insensitively with precomputed matchers.
    bool hasText() const { return !m_testing->words.isEmpty(); }
    template <typename MatchesAnyText>
    bool textAccepted(MatchesAnyText &&matchesAnyText) const
    {
        for (const TextMatcher &word : m_testing->words) {
            if (!matchesAnyText(word))
                return false;
        }
        return true;
    }
    static bool contains(const TextMatcher &word, QStringView text)
    {
        return !text.isEmpty() && word.indexIn(text) >= 0;
    }
    // Metadata keys and values of source row `sourceRow`, searched in the form Metadata keeps
    // them (Metadata::searchable()): nothing is built or kept per row.
    bool metadataContains(const TextMatcher &word, int sourceRow, const Metadata &metadata) const;

    // Three-way comparison of texts honouring sortCaseSensitivity() and isSortLocaleAware().
    int compareText(const QString &left, const QString &right) const;
    // Three-way comparison of keys (see SortKey).
    int compareKeys(const SortKey &left, const SortKey &right) const;

private:
    struct Criteria
    {
        ResourceFilter filter;
        QList<TextMatcher> words;
        bool acceptsAll = true; // no criterion set: every row passes without a test

        static Criteria of(const ResourceFilter &filter);
        // True when every row `narrower` accepts is accepted by this (`narrower` is stricter).
        bool includes(const Criteria &narrower) const;
    };
    struct FilterJob;
    enum Verdict : quint8
    {
        Untested,
        Rejected,
        Accepted,
        Excluded, // rejected by a broader filter: rejected by this one without a test
    };
    // The rows a filter accepted, kept while the source does not change.
    struct Result
    {
        Criteria criteria;
        std::vector<bool> accepted; // per source row
        qsizetype count = 0;        // rows accepted
    };

    bool test(int sourceRow, const Criteria &criteria) const;
    bool isShown(int sourceRow) const;
    void ensureProxyRows() const;

    // Filtering.
    // Applies `criteria`: only to the rows shown when `onlyShown`; skipping the rows `cancelled`
    // (a broader filter's pass) had rejected; from a result remembered when `useRemembered`.
    void applyCriteria(const Criteria &criteria, bool onlyShown,
                       const FilterJob *cancelled = nullptr, bool useRemembered = false);
    const Result *rememberedResult(const Criteria &criteria, bool exact) const;
    void remember(const FilterJob &job);
    void forgetResults() { m_results.clear(); }
    bool runFilter(FilterJob &job, qint64 budgetNs);
    void continueFilter();
    void finishFilter(FilterJob &job);
    void cancelFilter();
    void testForJob(int first, int last);

    // Ordering.
    void sortRows(std::vector<int> &rows) const;
    bool comesBefore(int row, const SortKey &key, int other) const;
    int orderUpperBound(int row, const SortKey &key) const;
    std::vector<int> orderedRows(int first, int last) const;
    void mergeIntoOrder(const std::vector<int> &rows);

    // Publishing: one layout change to `visible`, persistent indexes following their rows.
    void publish(std::vector<int> visible, QAbstractItemModel::LayoutChangeHint hint);
    void resort();
    void rebuild();

    // Source signals.
    void onSourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    void updateRow(int sourceRow, bool reorder);
    void updateRows(int first, int last, bool reorder);
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceDestroyed();

    Criteria m_shown;     // what the rows shown were filtered by
    Criteria m_requested; // filter(): m_shown, or the criteria m_job applies
    mutable const Criteria *m_testing = &m_shown;
    std::unique_ptr<FilterJob> m_job;
    std::vector<Result> m_results; // the last few filters' results, newest last
    QTimer *m_jobTimer;
    int m_synchronousRowLimit = DefaultSynchronousRowLimit;
    qint64 m_sliceBudgetNs = 8'000'000;

    int m_sourceRows = 0;
    std::vector<int> m_order;            // every source row, in sort order
    std::vector<int> m_visible;          // proxy row -> source row: the accepted rows of m_order
    mutable std::vector<int> m_proxyRow; // source row -> proxy row, -1 when hidden
    mutable bool m_proxyRowDirty = true;

    const ResourceTableModel *m_table = nullptr; // the source, when it is one
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Qt::CaseSensitivity m_sortCaseSensitivity = Qt::CaseInsensitive;
    bool m_sortLocaleAware = false;

    QList<QMetaObject::Connection> m_sourceConnections;
    QModelIndexList m_layoutProxyIndexes;
    QList<QPersistentModelIndex> m_layoutSourceIndexes;
};

} // namespace paydesk
