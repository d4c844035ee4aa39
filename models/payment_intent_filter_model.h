#pragma once

#include "models/payment_intent_table_model.h"
#include "models/resource_filter_model.h"

namespace paydesk {

// Filters and sorts a PaymentIntentTableModel. Free text searches the id, description,
// customer id and name, payment method id, raw status and metadata. Sorting compares the raw
// values of the sort column straight from the intents: amounts as minor units (then by
// currency), dates as instants, the customer column by the name shown.
class PaymentIntentFilterModel : public ResourceFilterModel
{
    Q_OBJECT

public:
    explicit PaymentIntentFilterModel(QObject *parent = nullptr);

    // Takes a PaymentIntentTableModel; any other model is shown unfiltered in source order.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    const PaymentIntentTableModel *intents() const
    {
        return sourceModel() == m_intents ? m_intents : nullptr;
    }

    // The intent shown in proxy row `row`.
    const PaymentIntent &intentAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const PaymentIntentTableModel *m_intents = nullptr;
};

} // namespace paydesk
