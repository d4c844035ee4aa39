#pragma once

#include "models/customer_table_model.h"
#include "models/resource_filter_model.h"

namespace paydesk {

// Filters and sorts a CustomerTableModel. Customers have no status, amount or currency, so only
// the text, created range and customer id criteria apply. Free text searches the id, names,
// business name, email, phone, country code and metadata.
class CustomerFilterModel : public ResourceFilterModel
{
    Q_OBJECT

public:
    explicit CustomerFilterModel(QObject *parent = nullptr);

    // Takes a CustomerTableModel; any other model is shown unfiltered in source order.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    const CustomerTableModel *customers() const
    {
        return sourceModel() == m_customers ? m_customers : nullptr;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const CustomerTableModel *m_customers = nullptr;
};

} // namespace paydesk
