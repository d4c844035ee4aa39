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
               contains(word, customer.metadata);
    });
}

bool CustomerFilterModel::lessThan(const QModelIndex &sourceLeft,
                                   const QModelIndex &sourceRight) const
{
    const CustomerTableModel *model = customers();
    if (!model)
        return ResourceFilterModel::lessThan(sourceLeft, sourceRight);
    const Customer &l = model->at(sourceLeft.row());
    const Customer &r = model->at(sourceRight.row());
    switch (sourceLeft.column()) {
    case CustomerTableModel::NameColumn:
        return compareText(l.displayName(), r.displayName()) < 0;
    case CustomerTableModel::EmailColumn:
        return compareText(l.email, r.email) < 0;
    case CustomerTableModel::PhoneColumn:
        return compareText(l.phoneNumber, r.phoneNumber) < 0;
    case CustomerTableModel::CountryColumn:
        return compareText(l.countryCode, r.countryCode) < 0;
    case CustomerTableModel::CreatedColumn:
        return compareDates(l.created, r.created) < 0;
    case CustomerTableModel::IdColumn:
        return compareText(l.id, r.id) < 0;
    default:
        return false;
    }
}

} // namespace paydesk
