#include "models/customer_table_model.h"

namespace paydesk {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : KeyedResourceTableModel<Customer>(parent)
{}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Customer &customer = at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(customer, column);
    case Qt::ToolTipRole:
        return toolTip(customer, column);
    case RawValueRole:
        return rawValue(customer, column);
    case IdRole:
        return customer.id;
    case ResourceRole:
        return QVariant::fromValue(customer);
    default:
        return {};
    }
}

QString CustomerTableModel::displayText(const Customer &customer, int column) const
{
    switch (column) {
    case NameColumn:
        return customer.displayName();
    case EmailColumn:
        return customer.email;
    case PhoneColumn:
        return customer.phoneNumber;
    case CountryColumn:
        return customer.countryCode;
    case CreatedColumn:
        return formatDate(customer.created, QLocale::ShortFormat);
    case IdColumn:
        return customer.id;
    default:
        return {};
    }
}

QVariant CustomerTableModel::rawValue(const Customer &customer, int column) const
{
    if (column == CreatedColumn)
        return customer.created;
    return displayText(customer, column);
}

QString CustomerTableModel::toolTip(const Customer &customer, int column) const
{
    switch (column) {
    case NameColumn:
        if (customer.address && !customer.address->isEmpty())
            return customer.displayName() + u'\n' + customer.address->singleLine();
        return customer.displayName();
    case CountryColumn: {
        const QLocale::Territory territory = QLocale::codeToTerritory(customer.countryCode);
        return territory == QLocale::AnyTerritory ? customer.countryCode
                                                  : QLocale::territoryToString(territory);
    }
    case CreatedColumn:
        return formatDate(customer.created, QLocale::LongFormat);
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case CountryColumn:
        return tr("Country");
    case CreatedColumn:
        return tr("Created");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

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
        compactJson(customer.extra);
    }
    shareAll(texts.data(), texts.size());
}

} // namespace paydesk
