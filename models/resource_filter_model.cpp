#include "models/resource_filter_model.h"

#include "models/resource_table_model.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <numeric>

namespace paydesk {

namespace {

// Rows tested between two looks at the clock.
constexpr int RowsPerClockCheck = 128;
// Changes of at most this many source rows are announced row by row (inserted, removed, moved);
// larger ones as one layout change.
constexpr int RowByRowLimit = 64;
// New rows that land in more places than this are announced as one layout change rather than
// one insertion per place.
constexpr int InsertRunLimit = 16;

} // namespace

bool ResourceFilter::isEmpty() const
{
    return *this == ResourceFilter();
}

// A filter being applied a slice at a time: the verdict on every source row, in source order.
struct ResourceFilterModel::FilterJob
{
    Criteria criteria;
    std::vector<quint8> verdicts; // Verdict per source row
    int cursor = 0;               // the next source row to test
    bool onlyShown = false;       // the criteria narrow the shown ones: hidden rows stay hidden
};

ResourceFilterModel::Criteria ResourceFilterModel::Criteria::of(const ResourceFilter &filter)
{
    Criteria criteria;
    criteria.filter = filter;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = filter.text.split(whitespace, Qt::SkipEmptyParts);
    criteria.words.reserve(words.size());
    for (const QString &word : words)
        criteria.words.append(TextMatcher(word));
    ResourceFilter withoutText = filter;
    withoutText.text.clear();
    criteria.acceptsAll = criteria.words.isEmpty() && withoutText.isEmpty();
    return criteria;
}

bool ResourceFilterModel::Criteria::includes(const Criteria &narrower) const
{
    const ResourceFilter &a = filter;
    const ResourceFilter &b = narrower.filter;
    if (!a.statuses.isEmpty() && (b.statuses.isEmpty() || !a.statuses.contains(b.statuses)))
        return false;
    if (a.minAmount && (!b.minAmount || *b.minAmount < *a.minAmount))
        return false;
    if (a.maxAmount && (!b.maxAmount || *b.maxAmount > *a.maxAmount))
        return false;
    if (a.createdFrom && (!b.createdFrom || *b.createdFrom < *a.createdFrom))
        return false;
    if (a.createdTo && (!b.createdTo || *b.createdTo > *a.createdTo))
        return false;
    if (!a.currency.isEmpty() && a.currency.compare(b.currency, Qt::CaseInsensitive) != 0)
        return false;
    if (!a.customerId.isEmpty() && a.customerId != b.customerId)
        return false;
    // A text containing a word contains every part of it: each word of ours must be part of one
    // of the narrower words.
    for (const TextMatcher &word : words) {
        const QString pattern = word.pattern();
        if (std::none_of(narrower.words.cbegin(), narrower.words.cend(),
                         [&](const TextMatcher &longer) {
                             return longer.pattern().contains(pattern, Qt::CaseInsensitive);
                         }))
            return false;
    }
    return true;
}

ResourceFilterModel::ResourceFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_jobTimer(new QTimer(this))
{
    m_jobTimer->setInterval(0);
    connect(m_jobTimer, &QTimer::timeout, this, &ResourceFilterModel::continueFilter);
}

ResourceFilterModel::~ResourceFilterModel() = default;

// --- The filter ------------------------------------------------------------------------------

void ResourceFilterModel::setFilter(const ResourceFilter &filter)
{
    if (filter == m_requested.filter)
        return;
    m_jobTimer->stop();
    const std::unique_ptr<FilterJob> cancelled = std::move(m_job);
    m_requested = Criteria::of(filter);
    if (filter == m_shown.filter) {
        // Back to the filter on show (a newer filter cancelled before it was applied).
        emit filterChanged();
        return;
    }
    applyCriteria(m_requested, m_shown.includes(m_requested), cancelled.get(), true);
}

void ResourceFilterModel::applyCriteria(const Criteria &criteria, bool onlyShown,
                                        const FilterJob *cancelled, bool useRemembered)
{
    auto job = std::make_unique<FilterJob>();
    job->criteria = criteria;
    job->onlyShown = onlyShown;
    if (criteria.acceptsAll) {
        job->verdicts.assign(size_t(m_sourceRows), Untested);
        runFilter(*job, -1);
        finishFilter(*job);
        return;
    }
    // This very filter was applied a moment ago and nothing changed since (typing back what
    // was just deleted): its rows at once.
    if (const Result *known = useRemembered ? rememberedResult(criteria, true) : nullptr) {
        job->verdicts.resize(size_t(m_sourceRows));
        for (int row = 0; row < m_sourceRows; ++row)
            job->verdicts[size_t(row)] = known->accepted[size_t(row)] ? Accepted : Rejected;
        job->cursor = m_sourceRows;
        finishFilter(*job);
        return;
    }
    // Rows a broader filter rejected fail this one too: the smallest broader result known, and
    // what the filter cancelled for this one (a word typed on mid-pass) had already rejected.
    qsizetype work = job->onlyShown ? qsizetype(m_visible.size()) : qsizetype(m_sourceRows);
    const Result *broader = useRemembered ? rememberedResult(criteria, false) : nullptr;
    if (broader && broader->count < work)
        work = broader->count;
    job->verdicts.assign(size_t(m_sourceRows), Untested);
    if (broader) {
        for (int row = 0; row < m_sourceRows; ++row) {
            if (!broader->accepted[size_t(row)])
                job->verdicts[size_t(row)] = Excluded;
        }
    }
    if (cancelled && cancelled->verdicts.size() == size_t(m_sourceRows) &&
        cancelled->criteria.includes(criteria)) {
        qsizetype excluded = 0;
        for (int row = 0; row < cancelled->cursor; ++row) {
            const quint8 verdict = cancelled->verdicts[size_t(row)];
            if (verdict == Rejected || verdict == Excluded) {
                job->verdicts[size_t(row)] = Excluded;
                ++excluded;
            }
        }
        work = std::min(work, qsizetype(m_sourceRows) - excluded);
    }
    if (work < m_synchronousRowLimit) {
        runFilter(*job, -1);
        finishFilter(*job);
        return;
    }
    m_job = std::move(job);
    m_jobTimer->start();
}

const ResourceFilterModel::Result *ResourceFilterModel::rememberedResult(const Criteria &criteria,
                                                                         bool exact) const
{
    const Result *best = nullptr;
    for (const Result &result : m_results) {
        if (result.accepted.size() != size_t(m_sourceRows))
            continue;
        if (exact) {
            if (result.criteria.filter == criteria.filter)
                return &result;
        } else if (result.criteria.includes(criteria) && (!best || result.count < best->count)) {
            best = &result;
        }
    }
    return best;
}

void ResourceFilterModel::remember(const FilterJob &job)
{
    // A handful: enough for a word typed and deleted again; each costs a bit per source row.
    constexpr size_t Kept = 8;
    if (job.criteria.acceptsAll || job.verdicts.size() != size_t(m_sourceRows))
        return;
    std::erase_if(m_results, [&](const Result &result) {
        return result.criteria.filter == job.criteria.filter;
    });
    if (m_results.size() >= Kept)
        m_results.erase(m_results.begin());
    Result result;
    result.criteria = job.criteria;
    result.accepted.resize(job.verdicts.size());
    for (size_t row = 0; row < job.verdicts.size(); ++row) {
        if (job.verdicts[row] == Accepted) {
            result.accepted[row] = true;
            ++result.count;
        }
    }
    m_results.push_back(std::move(result));
}

bool ResourceFilterModel::runFilter(FilterJob &job, qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    if (job.onlyShown)
        ensureProxyRows();
    const Criteria *previous = m_testing;
    m_testing = &job.criteria;
    while (job.cursor < m_sourceRows) {
        const int end = std::min(m_sourceRows, job.cursor + RowsPerClockCheck);
        for (int row = job.cursor; row < end; ++row) {
            if (job.verdicts[size_t(row)] == Excluded) {
                job.verdicts[size_t(row)] = Rejected;
                continue;
            }
            const bool accepted = (!job.onlyShown || m_proxyRow[size_t(row)] >= 0) &&
                                  (job.criteria.acceptsAll || filterAcceptsRow(row, QModelIndex()));
            job.verdicts[size_t(row)] = accepted ? Accepted : Rejected;
        }
        job.cursor = end;
        if (budgetNs >= 0 && clock.nsecsElapsed() >= budgetNs)
            break;
    }
    m_testing = previous;
    return job.cursor >= m_sourceRows;
}

void ResourceFilterModel::continueFilter()
{
    if (!m_job) {
        m_jobTimer->stop();
        return;
    }
    if (m_job->cursor < m_sourceRows) {
        QElapsedTimer clock;
        clock.start();
        if (!runFilter(*m_job, m_sliceBudgetNs))
            return;
        // Showing the rows takes the views some time too: in a turn of its own, unless this one
        // has hardly begun.
        if (clock.nsecsElapsed() > m_sliceBudgetNs / 2)
            return;
    }
    m_jobTimer->stop();
    const std::unique_ptr<FilterJob> job = std::move(m_job);
    finishFilter(*job);
}

void ResourceFilterModel::finishFilter(FilterJob &job)
{
    std::vector<int> visible;
    visible.reserve(m_visible.size());
    for (const int row : m_order) {
        if (job.verdicts[size_t(row)] == Accepted)
            visible.push_back(row);
    }
    remember(job);
    m_shown = std::move(job.criteria);
    if (visible != m_visible)
        publish(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
    emit filterChanged();
}

void ResourceFilterModel::cancelFilter()
{
    m_jobTimer->stop();
    m_job.reset();
}

void ResourceFilterModel::setSynchronousRowLimit(int rows)
{
    m_synchronousRowLimit = std::max(0, rows);
}

void ResourceFilterModel::setStatuses(const QSet<QString> &statuses)
{
    ResourceFilter changed = filter();
    changed.statuses = statuses;
    setFilter(changed);
}

void ResourceFilterModel::setText(const QString &text)
{
    ResourceFilter changed = filter();
    changed.text = text;
    setFilter(changed);
}

void ResourceFilterModel::setAmountRange(std::optional<qint64> min, std::optional<qint64> max)
{
    ResourceFilter changed = filter();
    changed.minAmount = min;
    changed.maxAmount = max;
    setFilter(changed);
}

void ResourceFilterModel::setCreatedRange(const std::optional<QDateTime> &from,
                                          const std::optional<QDateTime> &to)
{
    ResourceFilter changed = filter();
    changed.createdFrom = from;
    changed.createdTo = to;
    setFilter(changed);
}

void ResourceFilterModel::setCurrency(const QString &currency)
{
    ResourceFilter changed = filter();
    changed.currency = currency;
    setFilter(changed);
}

void ResourceFilterModel::setCustomerId(const QString &customerId)
{
    ResourceFilter changed = filter();
    changed.customerId = customerId;
    setFilter(changed);
}

bool ResourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceRow);
    Q_UNUSED(sourceParent);
    return true;
}

bool ResourceFilterModel::test(int sourceRow, const Criteria &criteria) const
{
    if (criteria.acceptsAll)
        return true;
    const Criteria *previous = m_testing;
    m_testing = &criteria;
    const bool accepted = filterAcceptsRow(sourceRow, QModelIndex());
    m_testing = previous;
    return accepted;
}

bool ResourceFilterModel::createdAccepted(const QDateTime &created) const
{
    const ResourceFilter &filter = testedFilter();
    if (!filter.createdFrom && !filter.createdTo)
        return true;
    if (!created.isValid())
        return false;
    return (!filter.createdFrom || created >= *filter.createdFrom) &&
           (!filter.createdTo || created <= *filter.createdTo);
}

bool ResourceFilterModel::metadataContains(const TextMatcher &word, int sourceRow,
                                           const Metadata &metadata) const
{
    Q_UNUSED(sourceRow);
    return !metadata.isEmpty() && word.indexIn(metadata.searchable()) >= 0;
}

// --- Sorting ---------------------------------------------------------------------------------

SortKey ResourceFilterModel::sortKey(int sourceRow, int column) const
{
    // The table's own column spec, read without a QVariant.
    return m_table ? m_table->sortKey(sourceRow, column) : SortKey();
}

int ResourceFilterModel::compareText(const QString &left, const QString &right) const
{
    if (m_sortLocaleAware)
        return QString::localeAwareCompare(left, right);
    return QString::compare(left, right, m_sortCaseSensitivity);
}

int ResourceFilterModel::compareKeys(const SortKey &left, const SortKey &right) const
{
    if (left.group != right.group)
        return left.group < right.group ? -1 : 1;
    if (left.number != right.number)
        return left.number < right.number ? -1 : 1;
    if (left.textOrder == SortKey::CollatedText)
        return compareText(left.text, right.text);
    return QString::compare(left.text, right.text, Qt::CaseSensitive);
}

void ResourceFilterModel::sort(int column, Qt::SortOrder order)
{
    // The order is kept as rows change, so sorting again by the same column changes nothing.
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

void ResourceFilterModel::setSortCaseSensitivity(Qt::CaseSensitivity sensitivity)
{
    if (sensitivity == m_sortCaseSensitivity)
        return;
    m_sortCaseSensitivity = sensitivity;
    if (m_sortColumn >= 0)
        resort();
}

void ResourceFilterModel::setSortLocaleAware(bool on)
{
    if (on == m_sortLocaleAware)
        return;
    m_sortLocaleAware = on;
    if (m_sortColumn >= 0)
        resort();
}

void ResourceFilterModel::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0) {
        if (m_sortOrder == Qt::AscendingOrder)
            std::sort(rows.begin(), rows.end());
        else
            std::sort(rows.begin(), rows.end(), std::greater<int>());
        return;
    }
    struct Keyed
    {
        SortKey key;
        int row;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(rows.size());
    for (const int row : rows)
        keyed.push_back(Keyed{sortKey(row, m_sortColumn), row});
    // Stable, and descending by "greater" rather than by reversing: rows with equal keys keep
    // their previous order either way.
    if (m_sortOrder == Qt::AscendingOrder) {
        std::stable_sort(keyed.begin(), keyed.end(), [this](const Keyed &l, const Keyed &r) {
            return compareKeys(l.key, r.key) < 0;
        });
    } else {
        std::stable_sort(keyed.begin(), keyed.end(), [this](const Keyed &l, const Keyed &r) {
            return compareKeys(l.key, r.key) > 0;
        });
    }
    for (size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].row;
}

bool ResourceFilterModel::comesBefore(int row, const SortKey &key, int other) const
{
    if (m_sortColumn < 0)
        return m_sortOrder == Qt::AscendingOrder ? row < other : row > other;
    const int order = compareKeys(key, sortKey(other, m_sortColumn));
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

int ResourceFilterModel::orderUpperBound(int row, const SortKey &key) const
{
    size_t low = 0;
    size_t high = m_order.size();
    while (low < high) {
        const size_t middle = low + (high - low) / 2;
        if (comesBefore(row, key, m_order[middle]))
            high = middle;
        else
            low = middle + 1;
    }
    return int(low);
}

std::vector<int> ResourceFilterModel::orderedRows(int first, int last) const
{
    std::vector<int> rows(static_cast<size_t>(last - first + 1));
    std::iota(rows.begin(), rows.end(), first);
    sortRows(rows);
    return rows;
}

void ResourceFilterModel::mergeIntoOrder(const std::vector<int> &rows)
{
    if (rows.empty())
        return;
    if (m_order.empty()) {
        m_order = rows;
        return;
    }
    // A few rows: find each one's place by binary search and merge, O(n + k log n). Many: sort
    // them all; m_order is sorted already and the sort is stable, so both ways give the same
    // order (new rows after the rows they equal).
    size_t logRows = 1;
    while ((size_t(1) << logRows) < m_order.size())
        ++logRows;
    if (rows.size() * logRows > m_order.size()) {
        m_order.insert(m_order.end(), rows.begin(), rows.end());
        sortRows(m_order);
        return;
    }
    std::vector<int> positions(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const SortKey key = m_sortColumn >= 0 ? sortKey(rows[i], m_sortColumn) : SortKey();
        positions[i] = orderUpperBound(rows[i], key);
    }
    std::vector<int> merged;
    merged.reserve(m_order.size() + rows.size());
    size_t next = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        while (next < size_t(positions[i]))
            merged.push_back(m_order[next++]);
        merged.push_back(rows[i]);
    }
    merged.insert(merged.end(), m_order.begin() + qsizetype(next), m_order.end());
    m_order.swap(merged);
}

void ResourceFilterModel::resort()
{
    ensureProxyRows();
    std::vector<int> order = m_order;
    sortRows(order);
    std::vector<int> visible;
    visible.reserve(m_visible.size());
    for (const int row : order) {
        if (m_proxyRow[size_t(row)] >= 0)
            visible.push_back(row);
    }
    m_order.swap(order);
    publish(std::move(visible), QAbstractItemModel::VerticalSortHint);
}

// --- Showing rows ----------------------------------------------------------------------------

void ResourceFilterModel::ensureProxyRows() const
{
    if (!m_proxyRowDirty && m_proxyRow.size() == size_t(m_sourceRows))
        return;
    m_proxyRow.assign(size_t(m_sourceRows), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_proxyRow[size_t(m_visible[i])] = int(i);
    m_proxyRowDirty = false;
}

bool ResourceFilterModel::isShown(int sourceRow) const
{
    ensureProxyRows();
    return m_proxyRow[size_t(sourceRow)] >= 0;
}

void ResourceFilterModel::publish(std::vector<int> visible,
                                  QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    // Taken after the announcement: listeners make persistent indexes of what they keep.
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from) {
        const int row = index.row();
        sourceRows.push_back(row >= 0 && size_t(row) < m_visible.size() ? m_visible[size_t(row)]
                                                                        : -1);
    }
    m_visible.swap(visible);
    m_proxyRowDirty = true;
    ensureProxyRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int sourceRow = sourceRows[size_t(i)];
        const int row = sourceRow >= 0 ? m_proxyRow[size_t(sourceRow)] : -1;
        to.append(row >= 0 ? createIndex(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, hint);
}

void ResourceFilterModel::rebuild()
{
    forgetResults();
    const QAbstractItemModel *source = sourceModel();
    m_sourceRows = source ? source->rowCount() : 0;
    m_order.resize(size_t(m_sourceRows));
    std::iota(m_order.begin(), m_order.end(), 0);
    sortRows(m_order);
    m_visible.clear();
    if (m_shown.acceptsAll) {
        m_visible = m_order;
    } else {
        std::vector<quint8> accepted(static_cast<size_t>(m_sourceRows));
        for (int row = 0; row < m_sourceRows; ++row)
            accepted[size_t(row)] = test(row, m_shown);
        for (const int row : m_order) {
            if (accepted[size_t(row)])
                m_visible.push_back(row);
        }
    }
    m_proxyRowDirty = true;
    if (m_job) {
        m_job->verdicts.assign(size_t(m_sourceRows), Untested);
        m_job->cursor = 0;
    }
}

// --- The source ------------------------------------------------------------------------------

void ResourceFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    const bool wasFiltering = isFiltering();
    cancelFilter();
    m_shown = m_requested;
    QAbstractProxyModel::setSourceModel(model);
    m_table = qobject_cast<const ResourceTableModel *>(model);
    if (model) {
        using Model = QAbstractItemModel;
        using Self = ResourceFilterModel;
        m_sourceConnections = {
            connect(model, &Model::dataChanged, this, &Self::onSourceDataChanged),
            connect(model, &Model::headerDataChanged, this, &Self::onSourceHeaderDataChanged),
            connect(model, &Model::rowsInserted, this, &Self::onSourceRowsInserted),
            connect(model, &Model::rowsAboutToBeRemoved, this, &Self::onSourceRowsAboutToBeRemoved),
            connect(model, &Model::rowsRemoved, this, &Self::onSourceRowsRemoved),
            connect(model, &Model::rowsAboutToBeMoved, this, &Self::onSourceLayoutAboutToBeChanged),
            connect(model, &Model::rowsMoved, this, &Self::onSourceLayoutChanged),
            connect(model, &Model::layoutAboutToBeChanged, this,
                    &Self::onSourceLayoutAboutToBeChanged),
            connect(model, &Model::layoutChanged, this, &Self::onSourceLayoutChanged),
            connect(model, &Model::modelAboutToBeReset, this, &Self::onSourceAboutToBeReset),
            connect(model, &Model::modelReset, this, &Self::onSourceReset),
            connect(model, &Model::columnsAboutToBeInserted, this, &Self::onSourceAboutToBeReset),
            connect(model, &Model::columnsInserted, this, &Self::onSourceReset),
            connect(model, &Model::columnsAboutToBeRemoved, this, &Self::onSourceAboutToBeReset),
            connect(model, &Model::columnsRemoved, this, &Self::onSourceReset),
            connect(model, &Model::columnsAboutToBeMoved, this, &Self::onSourceAboutToBeReset),
            connect(model, &Model::columnsMoved, this, &Self::onSourceReset),
            connect(model, &QObject::destroyed, this, &Self::onSourceDestroyed),
        };
    }
    rebuild();
    endResetModel();
    if (wasFiltering)
        emit filterChanged();
}

void ResourceFilterModel::onSourceHeaderDataChanged(Qt::Orientation orientation, int first,
                                                    int last)
{
    if (orientation == Qt::Horizontal)
        emit headerDataChanged(orientation, first, last);
    else if (rowCount() > 0)
        emit headerDataChanged(orientation, 0, rowCount() - 1);
}

void ResourceFilterModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    forgetResults();
    const int count = last - first + 1;
    if (first < m_sourceRows) {
        // Not at the end (the tables only append, but any model may insert): later rows move.
        const auto shift = [&](std::vector<int> &rows) {
            for (int &row : rows) {
                if (row >= first)
                    row += count;
            }
        };
        shift(m_order);
        shift(m_visible);
    }
    bool behindJob = false;
    if (m_job) {
        m_job->verdicts.insert(m_job->verdicts.begin() + first, size_t(count), Untested);
        if (m_job->cursor > first) {
            m_job->cursor += count;
            behindJob = true;
        }
    }
    const bool appended = first == m_sourceRows;
    m_sourceRows += count;

    std::vector<quint8> accepted(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        accepted[size_t(i)] = test(first + i, m_shown);
    std::vector<int> ordered = orderedRows(first, last);

    // The usual page of a list loading newest first: appended to the source and, in the order
    // shown, after every row there already. Its accepted rows go at the end in one insertion,
    // without a pass over the rows already there: on a million rows that pass, once per page,
    // was most of the time a list took to load.
    if (appended && !m_proxyRowDirty && m_proxyRow.size() == size_t(first) &&
        (m_order.empty() ||
         !comesBefore(ordered.front(),
                      m_sortColumn >= 0 ? sortKey(ordered.front(), m_sortColumn) : SortKey(),
                      m_order.back()))) {
        m_order.insert(m_order.end(), ordered.begin(), ordered.end());
        m_proxyRow.resize(size_t(m_sourceRows), -1);
        std::vector<int> shown;
        for (const int row : ordered) {
            if (accepted[size_t(row - first)])
                shown.push_back(row);
        }
        if (!shown.empty()) {
            const int at = int(m_visible.size());
            beginInsertRows(QModelIndex(), at, at + int(shown.size()) - 1);
            for (const int row : shown) {
                m_proxyRow[size_t(row)] = int(m_visible.size());
                m_visible.push_back(row);
            }
            endInsertRows();
        }
        if (m_job && behindJob)
            testForJob(first, last);
        return;
    }

    m_proxyRowDirty = true;
    mergeIntoOrder(ordered);

    // Each accepted row goes after the rows shown before it in the new order.
    ensureProxyRows();
    std::vector<std::pair<int, int>> placed; // (proxy row before the insertions, source row)
    int shownBefore = 0;
    int places = 0;
    for (const int row : m_order) {
        if (row >= first && row <= last) {
            if (accepted[size_t(row - first)]) {
                if (placed.empty() || placed.back().first != shownBefore)
                    ++places;
                placed.emplace_back(shownBefore, row);
            }
        } else if (m_proxyRow[size_t(row)] >= 0) {
            ++shownBefore;
        }
    }
    if (places > InsertRunLimit) {
        std::vector<int> visible;
        visible.reserve(m_visible.size() + placed.size());
        for (const int row : m_order) {
            if (row >= first && row <= last ? bool(accepted[size_t(row - first)])
                                            : m_proxyRow[size_t(row)] >= 0)
                visible.push_back(row);
        }
        publish(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
    } else {
        int inserted = 0;
        for (size_t i = 0; i < placed.size();) {
            size_t end = i + 1;
            while (end < placed.size() && placed[end].first == placed[i].first)
                ++end;
            const int at = placed[i].first + inserted;
            const int runLength = int(end - i);
            beginInsertRows(QModelIndex(), at, at + runLength - 1);
            std::vector<int> run;
            run.reserve(size_t(runLength));
            for (size_t j = i; j < end; ++j)
                run.push_back(placed[j].second);
            m_visible.insert(m_visible.begin() + at, run.begin(), run.end());
            m_proxyRowDirty = true;
            endInsertRows();
            inserted += runLength;
            i = end;
        }
    }

    // A filter being applied has passed these rows already: test them for it now.
    if (m_job && behindJob)
        testForJob(first, last);
}

void ResourceFilterModel::testForJob(int first, int last)
{
    FilterJob &job = *m_job;
    for (int row = first; row <= last; ++row) {
        const bool accepted = (!job.onlyShown || isShown(row)) && test(row, job.criteria);
        job.verdicts[size_t(row)] = accepted ? Accepted : Rejected;
    }
}

void ResourceFilterModel::onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first,
                                                       int last)
{
    if (parent.isValid())
        return;
    ensureProxyRows();
    std::vector<int> proxyRows;
    for (int row = first; row <= last; ++row) {
        if (m_proxyRow[size_t(row)] >= 0)
            proxyRows.push_back(m_proxyRow[size_t(row)]);
    }
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<int>());
    const auto removed = [&](int row) { return row >= first && row <= last; };
    size_t runs = 0;
    for (size_t i = 0; i < proxyRows.size(); ++i)
        runs += (i == 0 || proxyRows[i] != proxyRows[i - 1] - 1) ? 1 : 0;
    if (runs > size_t(InsertRunLimit)) {
        std::vector<int> visible = m_visible;
        visible.erase(std::remove_if(visible.begin(), visible.end(), removed), visible.end());
        publish(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
    } else {
        // Bottom up, so that the rows above keep their numbers.
        for (size_t i = 0; i < proxyRows.size();) {
            size_t end = i + 1;
            while (end < proxyRows.size() && proxyRows[end] == proxyRows[end - 1] - 1)
                ++end;
            const int top = proxyRows[end - 1];
            const int bottom = proxyRows[i];
            beginRemoveRows(QModelIndex(), top, bottom);
            m_visible.erase(m_visible.begin() + top, m_visible.begin() + bottom + 1);
            m_proxyRowDirty = true;
            endRemoveRows();
            i = end;
        }
    }
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), removed), m_order.end());
    m_proxyRowDirty = true;
}

void ResourceFilterModel::onSourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    forgetResults();
    const int count = last - first + 1;
    const auto shift = [&](std::vector<int> &rows) {
        for (int &row : rows) {
            if (row > last)
                row -= count;
        }
    };
    shift(m_order);
    shift(m_visible);
    if (m_job) {
        m_job->verdicts.erase(m_job->verdicts.begin() + first, m_job->verdicts.begin() + last + 1);
        if (m_job->cursor > last)
            m_job->cursor -= count;
        else if (m_job->cursor > first)
            m_job->cursor = first;
    }
    m_sourceRows -= count;
    m_proxyRowDirty = true;
}

void ResourceFilterModel::onSourceDataChanged(const QModelIndex &topLeft,
                                              const QModelIndex &bottomRight,
                                              const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const int left = topLeft.column();
    const int right = bottomRight.column();

    // Only display texts changed (a new locale): nothing to filter or sort again.
    const bool displayOnly =
        !roles.isEmpty() && !roles.contains(ResourceTableModel::RawValueRole) &&
        !roles.contains(ResourceTableModel::ResourceRole) &&
        !roles.contains(ResourceTableModel::IdRole) &&
        !roles.contains(ResourceTableModel::StatusRole) && !roles.contains(Qt::EditRole);
    if (!displayOnly) {
        forgetResults();
        // What a broader filter rejected may pass now.
        if (m_job) {
            for (int row = first; row <= last; ++row) {
                if (m_job->verdicts[size_t(row)] == Excluded)
                    m_job->verdicts[size_t(row)] = Untested;
            }
        }
        const bool reorder = m_sortColumn >= left && m_sortColumn <= right;
        if (last - first + 1 <= RowByRowLimit) {
            for (int row = first; row <= last; ++row)
                updateRow(row, reorder);
        } else {
            updateRows(first, last, reorder);
        }
    }

    // The rows still shown, in runs of adjacent proxy rows (one run when many rows changed).
    ensureProxyRows();
    std::vector<int> proxyRows;
    for (int row = first; row <= last; ++row) {
        if (m_proxyRow[size_t(row)] >= 0)
            proxyRows.push_back(m_proxyRow[size_t(row)]);
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    if (proxyRows.size() > size_t(RowByRowLimit)) {
        emit dataChanged(index(proxyRows.front(), left), index(proxyRows.back(), right), roles);
    } else {
        for (size_t i = 0; i < proxyRows.size();) {
            size_t end = i + 1;
            while (end < proxyRows.size() && proxyRows[end] == proxyRows[end - 1] + 1)
                ++end;
            emit dataChanged(index(proxyRows[i], left), index(proxyRows[end - 1], right), roles);
            i = end;
        }
    }

    // A filter being applied has passed some of these rows already: test them for it again.
    if (!displayOnly && m_job && first < m_job->cursor) {
        const int end = std::min(last, m_job->cursor - 1);
        if (end - first + 1 <= RowByRowLimit)
            testForJob(first, end);
        else
            m_job->cursor = first;
    }
}

void ResourceFilterModel::updateRow(int sourceRow, bool reorder)
{
    ensureProxyRows();
    const int oldProxyRow = m_proxyRow[size_t(sourceRow)];
    const bool accepted = test(sourceRow, m_shown);

    if (reorder) {
        // Moves in m_order only when out of place next to its neighbours.
        const auto at = std::find(m_order.begin(), m_order.end(), sourceRow);
        const SortKey key = sortKey(sourceRow, m_sortColumn);
        const bool afterPrevious = at == m_order.begin() || !comesBefore(sourceRow, key, *(at - 1));
        const bool beforeNext =
            at + 1 == m_order.end() ||
            !comesBefore(*(at + 1), sortKey(*(at + 1), m_sortColumn), sourceRow);
        if (!afterPrevious || !beforeNext) {
            m_order.erase(at);
            m_order.insert(m_order.begin() + orderUpperBound(sourceRow, key), sourceRow);
        }
    }

    if (!accepted) {
        if (oldProxyRow >= 0) {
            beginRemoveRows(QModelIndex(), oldProxyRow, oldProxyRow);
            m_visible.erase(m_visible.begin() + oldProxyRow);
            m_proxyRowDirty = true;
            endRemoveRows();
        }
        return;
    }
    // Its proxy row: the number of other rows shown before it.
    int target = 0;
    for (const int row : m_order) {
        if (row == sourceRow)
            break;
        if (m_proxyRow[size_t(row)] >= 0)
            ++target;
    }
    if (oldProxyRow < 0) {
        beginInsertRows(QModelIndex(), target, target);
        m_visible.insert(m_visible.begin() + target, sourceRow);
        m_proxyRowDirty = true;
        endInsertRows();
    } else if (target != oldProxyRow) {
        // Moving down, the destination counts the row itself, still above.
        const int destination = target > oldProxyRow ? target + 1 : target;
        if (beginMoveRows(QModelIndex(), oldProxyRow, oldProxyRow, QModelIndex(), destination)) {
            m_visible.erase(m_visible.begin() + oldProxyRow);
            m_visible.insert(m_visible.begin() + target, sourceRow);
            m_proxyRowDirty = true;
            endMoveRows();
        }
    }
}

void ResourceFilterModel::updateRows(int first, int last, bool reorder)
{
    ensureProxyRows();
    const int count = last - first + 1;
    // Testing that many rows would stall the window: they keep their verdicts until a filter
    // pass (below) has tested them again.
    const bool deferTests = !m_shown.acceptsAll && count >= m_synchronousRowLimit;
    std::vector<quint8> accepted(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        accepted[size_t(i)] =
            deferTests ? m_proxyRow[size_t(first + i)] >= 0 : test(first + i, m_shown);
    }
    if (reorder) {
        m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                     [&](int row) { return row >= first && row <= last; }),
                      m_order.end());
        mergeIntoOrder(orderedRows(first, last));
    }
    std::vector<int> visible;
    visible.reserve(m_visible.size() + size_t(count));
    for (const int row : m_order) {
        if (row >= first && row <= last ? bool(accepted[size_t(row - first)])
                                        : m_proxyRow[size_t(row)] >= 0)
            visible.push_back(row);
    }
    if (visible != m_visible)
        publish(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
    if (deferTests && !m_job)
        applyCriteria(m_shown, false);
}

void ResourceFilterModel::onSourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    m_layoutSourceIndexes.reserve(m_layoutProxyIndexes.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes.append(QPersistentModelIndex(mapToSource(index)));
}

void ResourceFilterModel::onSourceLayoutChanged()
{
    // The source rows were reordered: sort and filter them anew.
    rebuild();
    QModelIndexList to;
    to.reserve(m_layoutProxyIndexes.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSourceIndexes))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxyIndexes, to);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    emit layoutChanged();
}

void ResourceFilterModel::onSourceAboutToBeReset()
{
    beginResetModel();
}

void ResourceFilterModel::onSourceReset()
{
    const bool wasFiltering = isFiltering();
    cancelFilter();
    m_shown = m_requested;
    if (m_sortColumn >= columnCount())
        m_sortColumn = -1;
    rebuild();
    endResetModel();
    if (wasFiltering)
        emit filterChanged();
}

void ResourceFilterModel::onSourceDestroyed()
{
    beginResetModel();
    const bool wasFiltering = isFiltering();
    cancelFilter();
    forgetResults();
    m_shown = m_requested;
    m_sourceConnections.clear();
    m_sourceRows = 0;
    m_order = std::vector<int>();
    m_visible = std::vector<int>();
    m_proxyRow = std::vector<int>();
    m_proxyRowDirty = true;
    endResetModel();
    if (wasFiltering)
        emit filterChanged();
}

// --- The proxy's table -----------------------------------------------------------------------

QModelIndex ResourceFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex ResourceFilterModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return QModelIndex();
}

QModelIndex ResourceFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int ResourceFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ResourceFilterModel::columnCount(const QModelIndex &parent) const
{
    const QAbstractItemModel *source = sourceModel();
    return parent.isValid() || !source ? 0 : source->columnCount();
}

bool ResourceFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant ResourceFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return source->headerData(section, orientation, role);
    if (section < 0 || section >= rowCount())
        return QVariant();
    return source->headerData(m_visible[size_t(section)], orientation, role);
}

QModelIndex ResourceFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= rowCount())
        return QModelIndex();
    return source->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ResourceFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.row() >= m_sourceRows || sourceIndex.parent().isValid())
        return QModelIndex();
    ensureProxyRows();
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace paydesk
