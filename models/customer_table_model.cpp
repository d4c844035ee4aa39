#include "models/customer_table_model.h"

namespace paydesk {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : ColumnTableModel<Customer>(customerColumns(), ColumnCount, parent)
{}

QHash<QString, QString> CustomerTableModel::displayNames() const
{
    QHash<QString, QString> names;
    names.reserve(rowCount());
    for (const Customer &customer : resources())
        names.insert(customer.id, customer.displayName());
    return names;
}

void CustomerTableModel::compact(Customer *const *customers, qsizetype count)
{
    QVarLengthArray<QString *, 256> texts;
    for (qsizetype i = 0; i < count; ++i) {
        Customer &customer = *customers[i];
        for (QString *text : {&customer.userId, &customer.countryCode}) {
            if (!text->isEmpty())
                texts.append(text);
        }
        shareJson(customer.extra);
    }
    shareAll(texts.data(), texts.size());
}

} // namespace paydesk
