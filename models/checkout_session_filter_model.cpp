#include "models/checkout_session_filter_model.h"

namespace paydesk {

CheckoutSessionFilterModel::CheckoutSessionFilterModel(QObject *parent)
    : ResourceFilterModel(parent)
{}

void CheckoutSessionFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_sessions = qobject_cast<const CheckoutSessionTableModel *>(sourceModel);
    ResourceFilterModel::setSourceModel(sourceModel);
}

bool CheckoutSessionFilterModel::filterAcceptsRow(int sourceRow,
                                                  const QModelIndex &sourceParent) const
{
    const CheckoutSessionTableModel *model = sessions();
    if (!model || sourceParent.isValid())
        return true;
    const CheckoutSession &session = model->at(sourceRow);
    if (!statusAccepted(session.status.raw()) || !customerAccepted(session.customerId) ||
        !createdAccepted(session.created))
        return false;
    if (!filter().currency.isEmpty() &&
        (!session.amountTotal || !currencyAccepted(session.amountTotal->currency())))
        return false;
    if (hasAmountBounds() &&
        (!session.amountTotal || !amountAccepted(session.amountTotal->minorUnits())))
        return false;
    if (!hasText())
        return true;
    return textAccepted([&](const QStringMatcher &word) {
        if (contains(word, session.id) || contains(word, session.customerEmail) ||
            contains(word, session.customerId) || contains(word, session.clientReferenceId) ||
            contains(word, session.paymentIntentId) || contains(word, session.status.raw()) ||
            contains(word, session.metadata))
            return true;
        for (const LineItem &item : session.lineItems) {
            if (contains(word, item.name) || contains(word, item.description))
                return true;
        }
        return false;
    });
}

bool CheckoutSessionFilterModel::lessThan(const QModelIndex &sourceLeft,
                                          const QModelIndex &sourceRight) const
{
    const CheckoutSessionTableModel *model = sessions();
    if (!model)
        return ResourceFilterModel::lessThan(sourceLeft, sourceRight);
    const CheckoutSession &l = model->at(sourceLeft.row());
    const CheckoutSession &r = model->at(sourceRight.row());
    switch (sourceLeft.column()) {
    case CheckoutSessionTableModel::CreatedColumn:
        return compareDates(l.created, r.created) < 0;
    case CheckoutSessionTableModel::ExpiryColumn:
        return compareDates(l.expiry, r.expiry) < 0;
    case CheckoutSessionTableModel::AmountTotalColumn:
        // A session without a total sorts before every session with one.
        if (!l.amountTotal || !r.amountTotal)
            return !l.amountTotal && r.amountTotal;
        if (l.amountTotal->minorUnits() != r.amountTotal->minorUnits())
            return l.amountTotal->minorUnits() < r.amountTotal->minorUnits();
        return l.amountTotal->currency() < r.amountTotal->currency();
    case CheckoutSessionTableModel::StatusColumn:
        return compareText(l.status.raw(), r.status.raw()) < 0;
    case CheckoutSessionTableModel::CustomerColumn:
        return compareText(CheckoutSessionTableModel::customerLabel(l),
                           CheckoutSessionTableModel::customerLabel(r)) < 0;
    case CheckoutSessionTableModel::ClientReferenceColumn:
        return compareText(l.clientReferenceId, r.clientReferenceId) < 0;
    case CheckoutSessionTableModel::IdColumn:
        return compareText(l.id, r.id) < 0;
    case CheckoutSessionTableModel::UrlColumn:
        return compareText(l.url, r.url) < 0;
    default:
        return false;
    }
}

} // namespace paydesk
