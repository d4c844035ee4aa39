#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>

#include <algorithm>
#include <utility>

// The shared base of Paydesk's table models: one row per provider object (payment intent,
// checkout session, customer), keyed by the object's id.
//
// Rows arrive a page at a time while a list is fetched or polled, so the models take pages:
// upsert() appends every new object of a page with one rowsInserted and updates an object that
// comes again in place with one dataChanged (none when nothing changed). A view over the model is
// therefore never reset by polling, and keeps its selection and scroll position.
//
// The models hold the objects themselves and nothing derived from them: display texts, sort
// values and tooltips are computed in data() when a view asks. That keeps 100,000 payment
// intents well within the memory a desktop console may take.

namespace paydesk {

// What one upsert() did.
struct UpsertResult
{
    int inserted = 0;  // new rows appended
    int updated = 0;   // existing rows whose object changed
    int unchanged = 0; // objects that came again exactly as they were

    friend bool operator==(const UpsertResult &, const UpsertResult &) = default;
};

// Roles and behaviour shared by every resource table. The typed storage lives in
// KeyedResourceTableModel<Resource>.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        // The value a column sorts and exports by: qint64 minor units for amounts, QDateTime for
        // dates, the raw string otherwise (a status as the server sent it, not its display name).
        RawValueRole = Qt::UserRole + 1,
        // The object's id (QString), on every column.
        IdRole,
        // The whole object, on every column: QVariant::fromValue(PaymentIntent) and so on.
        ResourceRole,
        // The raw status string on every column, for resources that have a status.
        StatusRole,
        // The IntentPhase of a payment intent as an int, on every column (for row colouring).
        PhaseRole,
    };
    Q_ENUM(Role)

    explicit ResourceTableModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    // The locale display texts (amounts, dates) are formatted with; QLocale() unless set.
    QLocale locale() const { return m_locale; }
    void setLocale(const QLocale &locale);

    // The id of the object in `row`, and the row holding `id` (-1 when there is none).
    virtual QString idAt(int row) const = 0;
    virtual int rowOf(const QString &id) const = 0;
    QModelIndex indexOf(const QString &id, int column = 0) const;

protected:
    // True when `index` is a cell of this model.
    bool isCell(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid() &&
               index.row() < rowCount() && index.column() < columnCount();
    }
    // Tells the views that `roles` of columns [first, last] changed on every row (locale or
    // lookup changes): one dataChanged for the whole range.
    void announceColumnsChanged(int firstColumn, int lastColumn, const QList<int> &roles = {});

    // Returns a string equal to `text` that shares its storage with every equal string this model
    // was given before. Objects of one list repeat the same few values (the merchant's user id,
    // the customer and payment method ids of a busy customer, the status): each such value is
    // then held once instead of once per row.
    QString shared(const QString &text);
    // Called when every row is dropped: the shared strings go with them.
    virtual void forgetSharedStrings() { m_sharedStrings.clear(); }

private:
    QLocale m_locale;
    QSet<QString> m_sharedStrings;
};

// A resource table storing its objects in a QList in arrival order, with an id -> row index.
// `Resource` has a QString `id` and operator==.
template <typename Resource>
class KeyedResourceTableModel : public ResourceTableModel
{
public:
    using ResourceType = Resource;
    using ResourceTableModel::ResourceTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const Resource &at(int row) const { return m_rows.at(row); }
    const QList<Resource> &resources() const { return m_rows; }
    QString idAt(int row) const override { return m_rows.at(row).id; }
    int rowOf(const QString &id) const override
    {
        const int row = m_rowById.value(id, -1);
        // Inside upsert() the index briefly knows the rows about to be inserted.
        return row < m_rows.size() ? row : -1;
    }
    const Resource *find(const QString &id) const
    {
        const int row = rowOf(id);
        return row < 0 ? nullptr : &m_rows.at(row);
    }

    // Merges one page: new objects are appended in page order with one beginInsertRows /
    // endInsertRows for the whole page; an object whose id is already here replaces its row in
    // place, announced by dataChanged only if it differs (adjacent changed rows share one
    // dataChanged). When an id comes twice in one page, the later object wins.
    UpsertResult upsert(const QList<Resource> &page);

    // Removes the row holding `id`; false when there is none.
    bool remove(const QString &id);

    // Drops every row (one modelReset).
    void clear();

    // Replaces every row with `all` (one modelReset), for a full reload.
    void reset(const QList<Resource> &all);

protected:
    // Lets a subclass make a new or changed object share repeated strings (see shared()) before
    // it is stored.
    virtual void shareStrings(Resource &) {}

private:
    void announceChangedRows(QList<int> &rows);

    QList<Resource> m_rows;
    QHash<QString, int> m_rowById;
};

template <typename Resource>
UpsertResult KeyedResourceTableModel<Resource>::upsert(const QList<Resource> &page)
{
    UpsertResult result;
    const int oldCount = int(m_rows.size());
    QList<Resource> fresh;
    QList<int> changedRows;

    for (const Resource &incoming : page) {
        // New ids enter the index at once with the row they will get, so a repeat of the same id
        // later in this page finds its pending row (rowOf() hides such rows until inserted).
        auto it = m_rowById.find(incoming.id);
        if (it == m_rowById.end()) {
            m_rowById.insert(incoming.id, oldCount + int(fresh.size()));
            fresh.append(incoming);
            shareStrings(fresh.last());
            continue;
        }
        const int row = it.value();
        if (row >= oldCount) {
            Resource &pending = fresh[row - oldCount];
            pending = incoming;
            shareStrings(pending);
            continue;
        }
        if (m_rows.at(row) == incoming) {
            ++result.unchanged;
            continue;
        }
        Resource &stored = m_rows[row];
        stored = incoming;
        shareStrings(stored);
        changedRows.append(row);
    }

    announceChangedRows(changedRows);
    result.updated = int(changedRows.size());

    if (!fresh.isEmpty()) {
        result.inserted = int(fresh.size());
        beginInsertRows(QModelIndex(), oldCount, oldCount + result.inserted - 1);
        m_rows.append(std::move(fresh));
        endInsertRows();
    }
    return result;
}

template <typename Resource>
void KeyedResourceTableModel<Resource>::announceChangedRows(QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int lastColumn = columnCount() - 1;
    qsizetype runStart = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        emit dataChanged(index(rows.at(runStart), 0), index(rows.at(i - 1), lastColumn));
        runStart = i;
    }
}

template <typename Resource>
bool KeyedResourceTableModel<Resource>::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    for (int r = row; r < m_rows.size(); ++r)
        m_rowById[m_rows.at(r).id] = r;
    endRemoveRows();
    return true;
}

template <typename Resource>
void KeyedResourceTableModel<Resource>::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    forgetSharedStrings();
    endResetModel();
}

template <typename Resource>
void KeyedResourceTableModel<Resource>::reset(const QList<Resource> &all)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    forgetSharedStrings();
    m_rows.reserve(all.size());
    for (const Resource &incoming : all) {
        auto it = m_rowById.find(incoming.id);
        if (it != m_rowById.end()) {
            m_rows[it.value()] = incoming;
            shareStrings(m_rows[it.value()]);
            continue;
        }
        m_rowById.insert(incoming.id, int(m_rows.size()));
        m_rows.append(incoming);
        shareStrings(m_rows.last());
    }
    endResetModel();
}

} // namespace paydesk
