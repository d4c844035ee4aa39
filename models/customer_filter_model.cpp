#include "models/customer_filter_model.h"

namespace paydesk {

CustomerFilterModel::CustomerFilterModel(QObject *parent)
    : ResourceFilterModel(parent)
{}

void CustomerFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_customers = qobject_cast<const CustomerTableModel *>(sourceModel);
    ResourceFilterModel::setSourceModel(sourceModel);
}

bool CustomerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const CustomerTableModel *model = customers();
    if (!model || sourceParent.isValid())
        return true;
    const Customer &customer = model->at(sourceRow);
    if (!customerAccepted(customer.id) || !createdAccepted(customer.created))
        return false;
    if (!hasText())
        return true;
    return textAccepted([&](const QStringMatcher &word) {
        return contains(word, customer.id) || contains(word, customer.email) ||
               contains(word, customer.firstName) || contains(word, customer.middleName) ||
               contains(word, customer.lastName) || contains(word, customer.businessName) ||
               contains(word, customer.phoneNumber) || contains(word, customer.countryCode) ||
               metadataContains(word, sourceRow, customer.metadata);
    });
}

SortKey CustomerFilterModel::sortKey(int sourceRow, int column) const
{
    const CustomerTableModel *model = customers();
    if (!model)
        return SortKey::none();
    const Customer &customer = model->at(sourceRow);
    switch (column) {
    case CustomerTableModel::NameColumn:
        return SortKey::ofText(customer.displayName());
    case CustomerTableModel::EmailColumn:
        return SortKey::ofText(customer.email);
    case CustomerTableModel::PhoneColumn:
        return SortKey::ofText(customer.phoneNumber);
    case CustomerTableModel::CountryColumn:
        return SortKey::ofText(customer.countryCode);
    case CustomerTableModel::CreatedColumn:
        return SortKey::ofDate(customer.created);
    case CustomerTableModel::IdColumn:
        return SortKey::ofText(customer.id);
    default:
        return SortKey::none();
    }
}

} // namespace paydesk
