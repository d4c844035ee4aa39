#pragma once

#include "models/column_table_model.h"
#include "models/resources.h"

#include <QHash>

namespace paydesk {

// Customers, one per row. Columns said in models/columns_customers.cpp; roles in
// ResourceTableModel (StatusRole and PhaseRole are not
// offered: customers have no status).
class CustomerTableModel : public ColumnTableModel<Customer>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,    // Customer::displayName()
        EmailColumn,   //
        PhoneColumn,   // in international form, "+1 212 555 0142"
        CountryColumn, // the address's country by name; raw and tooltip: its ISO 3166 code
        CreatedColumn, // raw: QDateTime
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CustomerTableModel(QObject *parent = nullptr);

    // Customer id -> display name for every row: what PaymentIntentTableModel::setCustomerNames()
    // takes.
    QHash<QString, QString> displayNames() const;

protected:
    void compact(Customer *const *customers, qsizetype count) override;
};

} // namespace paydesk
