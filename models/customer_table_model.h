#pragma once

#include "models/resource_table_model.h"
#include "models/resources.h"

#include <QHash>

namespace paydesk {

// Customers, one per row. Roles in ResourceTableModel (StatusRole and PhaseRole are not
// offered: customers have no status).
class CustomerTableModel : public KeyedResourceTableModel<Customer>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,    // Customer::displayName()
        EmailColumn,   //
        PhoneColumn,   //
        CountryColumn, // the ISO 3166 code; the tooltip names the country
        CreatedColumn, // raw: QDateTime
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CustomerTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString displayText(const Customer &customer, int column) const;
    QVariant rawValue(const Customer &customer, int column) const;

    // Customer id -> display name for every row: what PaymentIntentTableModel::setCustomerNames()
    // takes.
    QHash<QString, QString> displayNames() const;

protected:
    void compact(Customer *const *customers, qsizetype count) override;

private:
    QString toolTip(const Customer &customer, int column) const;
};

} // namespace paydesk
