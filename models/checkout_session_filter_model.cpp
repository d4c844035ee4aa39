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
    if (hasCurrency() &&
        (!session.amountTotal || !currencyAccepted(session.amountTotal->currency())))
        return false;
    if (hasAmountBounds() &&
        (!session.amountTotal || !amountAccepted(session.amountTotal->minorUnits())))
        return false;
    if (!hasText())
        return true;
    return textAccepted([&](const TextMatcher &word) {
        // A pasted checkout link finds its session as its id does.
        if (contains(word, session.id) || contains(word, session.url) ||
            contains(word, session.customerEmail) || contains(word, session.customerId) ||
            contains(word, session.clientReferenceId) || contains(word, session.paymentIntentId) ||
            contains(word, session.status.raw()) ||
            metadataContains(word, sourceRow, session.metadata))
            return true;
        for (const LineItem &item : session.lineItems) {
            if (contains(word, item.name) || contains(word, item.description))
                return true;
        }
        return false;
    });
}

} // namespace paydesk
