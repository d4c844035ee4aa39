#pragma once

#include "models/metadata.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringMatcher>

#include <optional>

namespace paydesk {

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

// The shared base of the per-resource filter/sort proxies. A subclass reads its source model's
// objects directly (no data() calls, no QVariants) to filter and to sort on raw values.
//
// Changing the filter re-filters the rows once, whatever number of criteria changed, and
// announces it as one layout change: build a ResourceFilter and call setFilter(), or use one of
// the single-criterion setters. Rows that change in the source are filtered as they change.
class ResourceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResourceFilterModel(QObject *parent = nullptr);

    const ResourceFilter &filter() const { return m_filter; }
    void setFilter(const ResourceFilter &filter);
    void clearFilter() { setFilter(ResourceFilter()); }

    void setStatuses(const QSet<QString> &statuses);
    void setText(const QString &text);
    void setAmountRange(std::optional<qint64> min, std::optional<qint64> max);
    void setCreatedRange(const std::optional<QDateTime> &from, const std::optional<QDateTime> &to);
    void setCurrency(const QString &currency);
    void setCustomerId(const QString &customerId);

signals:
    void filterChanged();

protected:
    // Criteria checks for subclasses' filterAcceptsRow(); each passes when its criterion is unset.
    bool statusAccepted(const QString &rawStatus) const
    {
        return m_filter.statuses.isEmpty() || m_filter.statuses.contains(rawStatus);
    }
    bool currencyAccepted(const QString &currency) const
    {
        return m_filter.currency.isEmpty() ||
               m_filter.currency.compare(currency, Qt::CaseInsensitive) == 0;
    }
    bool customerAccepted(const QString &customerId) const
    {
        return m_filter.customerId.isEmpty() || m_filter.customerId == customerId;
    }
    bool hasAmountBounds() const { return m_filter.minAmount || m_filter.maxAmount; }
    bool amountAccepted(qint64 minorUnits) const
    {
        return (!m_filter.minAmount || minorUnits >= *m_filter.minAmount) &&
               (!m_filter.maxAmount || minorUnits <= *m_filter.maxAmount);
    }
    bool createdAccepted(const QDateTime &created) const;

    // Free text. A subclass passes, for each word of the filter text, whether one of the row's
    // texts contains it: `matchesAnyText(row, word)` is called once per word and returns true on
    // the first hit. Words are matched case-insensitively with precomputed matchers.
    bool hasText() const { return !m_words.isEmpty(); }
    template <typename MatchesAnyText>
    bool textAccepted(MatchesAnyText &&matchesAnyText) const
    {
        for (const QStringMatcher &word : m_words) {
            if (!matchesAnyText(word))
                return false;
        }
        return true;
    }
    static bool contains(const QStringMatcher &word, QStringView text)
    {
        return !text.isEmpty() && word.indexIn(text) >= 0;
    }
    // Metadata keys and values; builds the searchable text only when called.
    static bool contains(const QStringMatcher &word, const Metadata &metadata)
    {
        return !metadata.isEmpty() && word.indexIn(metadata.searchText()) >= 0;
    }

    // Three-way comparison of texts honouring sortCaseSensitivity() and isSortLocaleAware().
    int compareText(const QString &left, const QString &right) const;
    static int compareDates(const QDateTime &left, const QDateTime &right);

private:
    void applyFilter(const ResourceFilter &filter);

    ResourceFilter m_filter;
    QList<QStringMatcher> m_words;
};

} // namespace paydesk
