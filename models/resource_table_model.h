#pragma once

#include "models/columns.h"
#include "models/key_index.h"
#include "models/row_store.h"
#include "models/shared_text.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <utility>
#include <vector>

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
    QLocale locale() const { return m_context.locale; }
    void setLocale(const QLocale &locale);
    // What the columns read beside each object: the locale, and names the table was told.
    const ColumnContext &columnContext() const { return m_context; }

    // What `row` sorts by in `column`, and its cell in the console's CSV export.
    virtual SortKey sortKey(int row, int column) const = 0;
    virtual QString csvCell(int row, int column) const = 0;

    // The id of the object in `row`, and the row holding `id` (-1 when there is none).
    virtual QString idAt(int row) const = 0;
    virtual int rowOf(const QString &id) const = 0;
    QModelIndex indexOf(const QString &id, int column = 0) const;

protected:
    // Lets the columns read customer names (null: none).
    void setCustomerNameSource(const QHash<QString, QString> *names)
    {
        m_context.customerNames = names;
    }
    // Lets the columns read payment method names (null: none).
    void setPaymentMethodNameSource(const QHash<QString, QString> *names)
    {
        m_context.paymentMethodNames = names;
    }
    // True when `index` is a cell of this model.
    bool isCell(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid() &&
               index.row() < rowCount() && index.column() < columnCount();
    }
    // Tells the views that `roles` of columns [first, last] changed on every row (locale or
    // lookup changes): one dataChanged for the whole range.
    void announceColumnsChanged(int firstColumn, int lastColumn, const QList<int> &roles = {});

    // Makes each of `texts` share its storage with every equal string this model was given
    // before. Objects of one list repeat the same few values (the merchant's user id, the
    // customer and payment method ids of a busy customer): each is then held once, not once per
    // row. The strings of a whole page are looked up together, so that the memory reads of one
    // lookup overlap those of the others instead of waiting for each in turn: that wait is most
    // of the cost once the shared strings have left the cache.
    void shareAll(QString *const *texts, qsizetype count);
    void shareAll(SharedText *const *texts, qsizetype count);
    // Copies `json` into storage of its own size. A decoder that takes the known fields out of an
    // object leaves the unknown ones (`extra`) in the original object's storage, which still
    // holds every field that came; kept for the life of a row, that is most of a row's memory.
    static void compactJson(QJsonObject &json);
    // compactJson(), and then shares `json` with an equal object of a recent row: servers send
    // the same unknown fields on every object ("payment_method_types": ["card"]), and a
    // QJsonObject of one such field takes a few hundred bytes.
    void shareJson(QJsonObject &json);
    // Called when every row is dropped: the shared strings go with them.
    virtual void forgetSharedStrings();

private:
    ColumnContext m_context;
    QList<QString> m_sharedStrings;
    KeyIndex m_sharedIndex;
    QList<SharedText> m_sharedTexts;
    KeyIndex m_sharedTextIndex;
    std::vector<QJsonObject> m_recentJson; // distinct objects shareJson() kept, newest last
};

// A resource table storing its objects in arrival order (RowStore), with an id -> row index.
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
    // Every object, in row order (iterable; size() and at() as a list).
    const RowStore<Resource> &resources() const { return m_rows; }
    QString idAt(int row) const override { return m_rows.at(row).id; }
    int rowOf(const QString &id) const override
    {
        const int row = m_index.find(id, [this](int r) { return storedId(r); });
        // Inside upsert() the index already knows the rows about to be inserted.
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
    // dataChanged). When an id comes twice in one page, the later object wins. The rvalue
    // overload moves the objects in instead of copying them (a page fresh from the decoder).
    UpsertResult upsert(const QList<Resource> &page) { return merge<false>(page); }
    UpsertResult upsert(QList<Resource> &&page)
    {
        page.detach();
        return merge<true>(page);
    }

    // Removes the row holding `id`; false when there is none.
    bool remove(const QString &id);

    // Drops every row (one modelReset).
    void clear();

    // Replaces every row with `all` (one modelReset), for a full reload.
    void reset(const QList<Resource> &all);

protected:
    // Lets a subclass make objects smaller before they are stored (see shareAll()): the new and
    // changed objects of one page at a time.
    virtual void compact(Resource *const *objects, qsizetype count)
    {
        Q_UNUSED(objects);
        Q_UNUSED(count);
    }

private:
    QStringView storedId(int row) const
    {
        return row < m_rows.size() ? QStringView(m_rows.at(row).id) : QStringView();
    }
    template <bool Move, typename Page>
    UpsertResult merge(Page &page);
    template <bool Move, typename Page>
    static void assign(Resource &target, Page &page, qsizetype i)
    {
        if constexpr (Move)
            target = std::move(page[i]);
        else
            target = page.at(i);
    }
    template <bool Move, typename Page>
    static void append(RowStore<Resource> &rows, Page &page, qsizetype i)
    {
        if constexpr (Move)
            rows.append(std::move(page[i]));
        else
            rows.append(page.at(i));
    }
    void announceChangedRows(const QVarLengthArray<int, 32> &rows);
    void rebuildIndex();

    RowStore<Resource> m_rows;
    KeyIndex m_index; // id -> row
};

template <typename Resource>
template <bool Move, typename Page>
UpsertResult KeyedResourceTableModel<Resource>::merge(Page &page)
{
    UpsertResult result;
    const int oldCount = int(m_rows.size());
    // Page positions of the new objects, in the order of the rows they will get.
    QVarLengthArray<int, 128> fresh;
    QVarLengthArray<int, 32> changedRows;
    // New ids enter the index at once with the row they will get, so a repeat of an id later in
    // the page finds its pending row (rowOf() hides such rows until they are inserted).
    const auto keyOf = [&](int row) {
        return row < oldCount ? QStringView(m_rows.at(row).id)
                              : QStringView(page.at(fresh[row - oldCount]).id);
    };

    // Hashing the page's ids first lets the index slots they need load while the next is hashed.
    QVarLengthArray<quint32, 128> hashes(page.size());
    for (qsizetype i = 0; i < page.size(); ++i) {
        hashes[i] = KeyIndex::hashOf(page.at(i).id);
        m_index.prefetchSlot(hashes[i]);
    }

    for (qsizetype i = 0; i < page.size(); ++i) {
        const Resource &incoming = page.at(i);
        const int row =
            m_index.findOrInsert(incoming.id, hashes[i], oldCount + int(fresh.size()), keyOf);
        if (row < 0) {
            fresh.append(int(i));
        } else if (row >= oldCount) {
            fresh[row - oldCount] = int(i);
        } else if (m_rows.at(row) == incoming) {
            ++result.unchanged;
        } else {
            assign<Move>(m_rows[row], page, i);
            changedRows.append(row);
        }
    }

    if (!changedRows.isEmpty()) {
        std::sort(changedRows.begin(), changedRows.end());
        changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
        QVarLengthArray<Resource *, 128> changed;
        for (const int row : changedRows)
            changed.append(&m_rows[row]);
        compact(changed.data(), changed.size());
        announceChangedRows(changedRows);
        result.updated = int(changedRows.size());
    }

    if (!fresh.isEmpty()) {
        result.inserted = int(fresh.size());
        beginInsertRows(QModelIndex(), oldCount, oldCount + result.inserted - 1);
        // Rows in a RowStore never move, so pointers to them stay valid while more are added.
        QVarLengthArray<Resource *, 128> added;
        for (const int position : fresh) {
            append<Move>(m_rows, page, position);
            added.append(&m_rows.last());
        }
        compact(added.data(), added.size());
        endInsertRows();
    }
    return result;
}

template <typename Resource>
void KeyedResourceTableModel<Resource>::announceChangedRows(const QVarLengthArray<int, 32> &rows)
{
    // `rows` is sorted and free of repeats.
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
void KeyedResourceTableModel<Resource>::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_index.insertNew(m_rows.at(row).id, row);
}

template <typename Resource>
bool KeyedResourceTableModel<Resource>::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
    return true;
}

template <typename Resource>
void KeyedResourceTableModel<Resource>::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    forgetSharedStrings();
    endResetModel();
}

template <typename Resource>
void KeyedResourceTableModel<Resource>::reset(const QList<Resource> &all)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    forgetSharedStrings();
    m_rows.reserve(all.size());
    m_index.reserve(all.size());
    for (const Resource &incoming : all) {
        const int row = m_index.findOrInsert(incoming.id, int(m_rows.size()),
                                             [this](int r) { return storedId(r); });
        if (row >= 0)
            m_rows[row] = incoming;
        else
            m_rows.append(incoming);
    }
    QVarLengthArray<Resource *, 128> stored;
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        stored.append(&m_rows[row]);
    compact(stored.data(), stored.size());
    endResetModel();
}

} // namespace paydesk
