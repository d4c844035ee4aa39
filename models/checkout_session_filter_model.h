#pragma once

#include "models/checkout_session_table_model.h"
#include "models/resource_filter_model.h"

namespace paydesk {

// Filters and sorts a CheckoutSessionTableModel. The amount and currency criteria apply to the
// session's amount total; free text searches the id, customer email and id, client reference,
// payment intent id, line item names and metadata.
class CheckoutSessionFilterModel : public ResourceFilterModel
{
    Q_OBJECT

public:
    explicit CheckoutSessionFilterModel(QObject *parent = nullptr);

    // Takes a CheckoutSessionTableModel; any other model is shown unfiltered in source order.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    const CheckoutSessionTableModel *sessions() const
    {
        return sourceModel() == m_sessions ? m_sessions : nullptr;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const CheckoutSessionTableModel *m_sessions = nullptr;
};

} // namespace paydesk
