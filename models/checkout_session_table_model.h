#pragma once

#include "models/column_table_model.h"
#include "models/resources.h"

#include <QHash>

namespace paydesk {

// Checkout sessions (the payment links support agents send), one per row. Columns said in
// models/columns_checkout_sessions.cpp; roles in
// ResourceTableModel; PhaseRole is not offered (a session is open, complete or expired).
class CheckoutSessionTableModel : public ColumnTableModel<CheckoutSession>
{
    Q_OBJECT

public:
    enum Column
    {
        CreatedColumn,         // raw: QDateTime
        StatusColumn,          // display: status name (an unknown one as it came); raw: raw string
        AmountTotalColumn,     // raw: qint64 minor units (invalid QVariant without a total)
        CustomerColumn,        // the customer email, else the customer id
        ClientReferenceColumn, // client_reference_id
        ExpiryColumn,          // raw: QDateTime
        IdColumn,
        UrlColumn, // the link the customer pays at
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CheckoutSessionTableModel(QObject *parent = nullptr);

protected:
    QVariant rowData(const CheckoutSession &session, int role) const override;
    void compact(CheckoutSession *const *sessions, qsizetype count) override;

private:
    void forgetSharedStrings() override;

    // Raw status -> the status every row with it shares.
    QHash<QString, CheckoutStatus> m_sharedStatuses;
};

} // namespace paydesk
