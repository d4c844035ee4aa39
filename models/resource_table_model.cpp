#include "models/resource_table_model.h"

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
    if (locale == m_locale)
        return;
    m_locale = locale;
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

QString ResourceTableModel::shared(const QString &text)
{
    if (text.isEmpty())
        return text;
    const auto it = m_sharedStrings.constFind(text);
    if (it != m_sharedStrings.cend())
        return *it;
    m_sharedStrings.insert(text);
    return text;
}

} // namespace paydesk
