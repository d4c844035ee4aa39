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
    return textAccepted([&](const TextMatcher &word) {
        return contains(word, customer.id) || contains(word, customer.email) ||
               contains(word, customer.firstName) || contains(word, customer.middleName) ||
               contains(word, customer.lastName) || contains(word, customer.businessName) ||
               contains(word, customer.phoneNumber) || contains(word, customer.countryCode) ||
               metadataContains(word, sourceRow, customer.metadata);
    });
}

} // namespace paydesk
