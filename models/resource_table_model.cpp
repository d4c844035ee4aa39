#include "models/resource_table_model.h"

#include <algorithm>

namespace paydesk {

ResourceTableModel::ResourceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QHash<int, QByteArray> ResourceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, QByteArrayLiteral("rawValue"));
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(ResourceRole, QByteArrayLiteral("resource"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(PhaseRole, QByteArrayLiteral("phase"));
    return names;
}

void ResourceTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_context.locale)
        return;
    m_context.locale = locale;
    announceColumnsChanged(0, columnCount() - 1, {Qt::DisplayRole, Qt::ToolTipRole});
}

QModelIndex ResourceTableModel::indexOf(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void ResourceTableModel::announceColumnsChanged(int firstColumn, int lastColumn,
                                                const QList<int> &roles)
{
    const int rows = rowCount();
    if (rows == 0 || firstColumn > lastColumn)
        return;
    emit dataChanged(index(0, firstColumn), index(rows - 1, lastColumn), roles);
}

namespace {

const QString &textOf(const QString &text)
{
    return text;
}
const QString &textOf(const SharedText &text)
{
    return text.toString();
}

// ResourceTableModel::shareAll() for either kind of text.
template <typename Text>
void shareTexts(Text *const *texts, qsizetype count, QList<Text> &shared, KeyIndex &index)
{
    // In blocks, so that what one block prefetches is still in the cache when it is compared.
    constexpr qsizetype Block = 64;
    const auto keyOf = [&shared](int i) { return QStringView(textOf(shared.at(i))); };
    for (qsizetype first = 0; first < count; first += Block) {
        const qsizetype n = std::min(Block, count - first);
        Text *const *block = texts + first;
        quint32 hashes[Block];
        for (qsizetype i = 0; i < n; ++i) {
            hashes[i] = KeyIndex::hashOf(textOf(*block[i]));
            index.prefetchSlot(hashes[i]);
        }
        int candidates[Block];
        for (qsizetype i = 0; i < n; ++i) {
            candidates[i] = index.candidate(hashes[i]);
            if (candidates[i] >= 0)
                KeyIndex::prefetch(&shared.at(candidates[i]));
        }
        for (qsizetype i = 0; i < n; ++i) {
            if (candidates[i] >= 0)
                KeyIndex::prefetch(textOf(shared.at(candidates[i])).constData());
        }
        for (qsizetype i = 0; i < n; ++i) {
            Text &text = *block[i];
            if (text.isEmpty())
                continue;
            const int at = index.findOrInsert(textOf(text), hashes[i], int(shared.size()), keyOf);
            if (at < 0)
                shared.append(text);
            else
                text = shared.at(at);
        }
    }
}

} // namespace

void ResourceTableModel::shareAll(QString *const *texts, qsizetype count)
{
    shareTexts(texts, count, m_sharedStrings, m_sharedIndex);
}

void ResourceTableModel::shareAll(SharedText *const *texts, qsizetype count)
{
    shareTexts(texts, count, m_sharedTexts, m_sharedTextIndex);
}

void ResourceTableModel::compactJson(QJsonObject &json)
{
    if (json.isEmpty()) {
        json = QJsonObject();
        return;
    }
    QJsonObject copy;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        copy.insert(it.key(), it.value());
    json = copy;
}

void ResourceTableModel::shareJson(QJsonObject &json)
{
    // A few recent ones are enough for fields that every object repeats; comparing with each
    // is cheap next to decoding the object.
    constexpr size_t Kept = 8;
    if (json.isEmpty()) {
        json = QJsonObject();
        return;
    }
    for (auto it = m_recentJson.rbegin(); it != m_recentJson.rend(); ++it) {
        if (*it == json) {
            json = *it;
            return;
        }
    }
    compactJson(json);
    if (m_recentJson.size() >= Kept)
        m_recentJson.erase(m_recentJson.begin());
    m_recentJson.push_back(json);
}

void ResourceTableModel::forgetSharedStrings()
{
    m_recentJson.clear();
    m_sharedStrings = QList<QString>();
    m_sharedIndex.clear();
    m_sharedTexts = QList<SharedText>();
    m_sharedTextIndex.clear();
}

} // namespace paydesk
