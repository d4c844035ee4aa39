#pragma once

#include "models/columns.h"
#include "models/resource_table_model.h"

namespace paydesk {

// A resource table whose columns are read from the resource's column spec (models/columns.h):
// header, text, tooltip, alignment, raw value, sort key and CSV cell all come from there. A
// subclass adds the roles that are about the whole row (rowData()).
template <typename Resource>
class ColumnTableModel : public KeyedResourceTableModel<Resource>
{
    using Base = KeyedResourceTableModel<Resource>;

public:
    // `columnCount` of `columns` are the table's (the rest are paydesk-cli's own).
    ColumnTableModel(const ResourceColumns<Resource> &columns, int columnCount,
                     QObject *parent = nullptr)
        : Base(parent)
        , m_columns(columns)
        , m_columnCount(columnCount)
    {
        Q_ASSERT(columnCount <= int(columns.all.size()));
    }

    const ResourceColumns<Resource> &columns() const { return m_columns; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!this->isCell(index))
            return {};
        const Resource &object = this->at(index.row());
        const ColumnSpec<Resource> &column = m_columns.all[size_t(index.column())];
        switch (role) {
        case Qt::DisplayRole:
            return column.display(object, this->columnContext());
        case Qt::ToolTipRole:
            return column.toolTip ? column.toolTip(object, this->columnContext()) : QVariant();
        case Qt::TextAlignmentRole:
            return column.rightAligned ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                       : QVariant();
        case ResourceTableModel::RawValueRole:
            return column.raw(object, this->columnContext());
        case ResourceTableModel::IdRole:
            return object.id;
        case ResourceTableModel::ResourceRole:
            return QVariant::fromValue(object);
        default:
            return rowData(object, role);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount)
            return Base::headerData(section, orientation, role);
        if (role == Qt::TextAlignmentRole && m_columns.all[size_t(section)].rightAligned)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole)
            return m_columns.title(section);
        return {};
    }

    SortKey sortKey(int row, int column) const override
    {
        if (column < 0 || column >= m_columnCount)
            return SortKey::none();
        return m_columns.all[size_t(column)].sortKey(this->at(row), this->columnContext());
    }

    QString csvCell(int row, int column) const override
    {
        const ColumnSpec<Resource> &spec = m_columns.all[size_t(column)];
        const Resource &object = this->at(row);
        return spec.csv ? spec.csv(object, this->columnContext())
                        : spec.display(object, this->columnContext());
    }

    // The text `column` shows for `object`, as data() gives it.
    QString displayText(const Resource &object, int column) const
    {
        return m_columns.all[size_t(column)].display(object, this->columnContext());
    }

protected:
    // Roles about the whole row, beyond the columns' and the ids'.
    virtual QVariant rowData(const Resource &object, int role) const
    {
        Q_UNUSED(object);
        Q_UNUSED(role);
        return {};
    }

private:
    const ResourceColumns<Resource> &m_columns;
    const int m_columnCount;
};

} // namespace paydesk
