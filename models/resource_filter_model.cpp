#include "models/resource_filter_model.h"

#include <QRegularExpression>

namespace paydesk {

bool ResourceFilter::isEmpty() const
{
    return *this == ResourceFilter();
}

ResourceFilterModel::ResourceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResourceFilterModel::setFilter(const ResourceFilter &filter)
{
    if (filter == m_filter)
        return;
    applyFilter(filter);
    // One layout change for the whole list. Qt's incremental re-filtering announces every run of
    // rows that appears or disappears on its own, and with a search over 100,000 rows that is
    // thousands of removals, each updating the proxy's mapping and the views: about three times
    // the cost of rebuilding the mapping once (see tests/bench/models).
    invalidate();
    emit filterChanged();
}

void ResourceFilterModel::applyFilter(const ResourceFilter &filter)
{
    m_filter = filter;
    m_words.clear();
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = filter.text.split(whitespace, Qt::SkipEmptyParts);
    m_words.reserve(words.size());
    for (const QString &word : words)
        m_words.append(QStringMatcher(word, Qt::CaseInsensitive));
}

void ResourceFilterModel::setStatuses(const QSet<QString> &statuses)
{
    ResourceFilter changed = m_filter;
    changed.statuses = statuses;
    setFilter(changed);
}

void ResourceFilterModel::setText(const QString &text)
{
    ResourceFilter changed = m_filter;
    changed.text = text;
    setFilter(changed);
}

void ResourceFilterModel::setAmountRange(std::optional<qint64> min, std::optional<qint64> max)
{
    ResourceFilter changed = m_filter;
    changed.minAmount = min;
    changed.maxAmount = max;
    setFilter(changed);
}

void ResourceFilterModel::setCreatedRange(const std::optional<QDateTime> &from,
                                          const std::optional<QDateTime> &to)
{
    ResourceFilter changed = m_filter;
    changed.createdFrom = from;
    changed.createdTo = to;
    setFilter(changed);
}

void ResourceFilterModel::setCurrency(const QString &currency)
{
    ResourceFilter changed = m_filter;
    changed.currency = currency;
    setFilter(changed);
}

void ResourceFilterModel::setCustomerId(const QString &customerId)
{
    ResourceFilter changed = m_filter;
    changed.customerId = customerId;
    setFilter(changed);
}

bool ResourceFilterModel::createdAccepted(const QDateTime &created) const
{
    if (!m_filter.createdFrom && !m_filter.createdTo)
        return true;
    if (!created.isValid())
        return false;
    return (!m_filter.createdFrom || created >= *m_filter.createdFrom) &&
           (!m_filter.createdTo || created <= *m_filter.createdTo);
}

int ResourceFilterModel::compareText(const QString &left, const QString &right) const
{
    if (isSortLocaleAware())
        return QString::localeAwareCompare(left, right);
    return QString::compare(left, right, sortCaseSensitivity());
}

int ResourceFilterModel::compareDates(const QDateTime &left, const QDateTime &right)
{
    // An object without a date sorts before every dated one.
    if (!left.isValid() || !right.isValid())
        return int(left.isValid()) - int(right.isValid());
    const qint64 l = left.toMSecsSinceEpoch();
    const qint64 r = right.toMSecsSinceEpoch();
    return l < r ? -1 : (l > r ? 1 : 0);
}

} // namespace paydesk
