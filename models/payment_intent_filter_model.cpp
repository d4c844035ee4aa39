#include "models/payment_intent_filter_model.h"

namespace paydesk {

PaymentIntentFilterModel::PaymentIntentFilterModel(QObject *parent)
    : ResourceFilterModel(parent)
{}

void PaymentIntentFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_intents = qobject_cast<const PaymentIntentTableModel *>(sourceModel);
    ResourceFilterModel::setSourceModel(sourceModel);
}

const PaymentIntent &PaymentIntentFilterModel::intentAt(int row) const
{
    Q_ASSERT(intents());
    return m_intents->at(mapToSource(index(row, 0)).row());
}

bool PaymentIntentFilterModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    const PaymentIntentTableModel *model = intents();
    if (!model || sourceParent.isValid())
        return true;
    const PaymentIntent &intent = model->at(sourceRow);
    if (!statusAccepted(intent.status.raw()) || !currencyAccepted(intent.amount.currency()) ||
        !customerAccepted(intent.customerId) || !createdAccepted(intent.created))
        return false;
    if (hasAmountBounds() &&
        (!intent.amount.isValid() || !amountAccepted(intent.amount.minorUnits())))
        return false;
    if (!hasText())
        return true;
    return textAccepted([&](const QStringMatcher &word) {
        return contains(word, intent.description) || contains(word, intent.id) ||
               contains(word, intent.customerId) || contains(word, intent.paymentMethodId) ||
               contains(word, intent.status.raw()) ||
               contains(word, model->customerName(intent.customerId)) ||
               contains(word, intent.metadata);
    });
}

bool PaymentIntentFilterModel::lessThan(const QModelIndex &sourceLeft,
                                        const QModelIndex &sourceRight) const
{
    const PaymentIntentTableModel *model = intents();
    if (!model)
        return ResourceFilterModel::lessThan(sourceLeft, sourceRight);
    const PaymentIntent &l = model->at(sourceLeft.row());
    const PaymentIntent &r = model->at(sourceRight.row());
    switch (sourceLeft.column()) {
    case PaymentIntentTableModel::CreatedColumn:
        return compareDates(l.created, r.created) < 0;
    case PaymentIntentTableModel::AmountColumn: {
        const qint64 lm = l.amount.minorUnits();
        const qint64 rm = r.amount.minorUnits();
        if (lm != rm)
            return lm < rm;
        return l.amount.currency() < r.amount.currency();
    }
    case PaymentIntentTableModel::CurrencyColumn:
        return l.amount.currency() < r.amount.currency();
    case PaymentIntentTableModel::StatusColumn:
        return compareText(l.status.raw(), r.status.raw()) < 0;
    case PaymentIntentTableModel::CustomerColumn:
        return compareText(model->customerLabel(l), model->customerLabel(r)) < 0;
    case PaymentIntentTableModel::DescriptionColumn:
        return compareText(l.description, r.description) < 0;
    case PaymentIntentTableModel::PaymentMethodColumn:
        return compareText(l.paymentMethodId, r.paymentMethodId) < 0;
    case PaymentIntentTableModel::IdColumn:
        return compareText(l.id, r.id) < 0;
    default:
        return false;
    }
}

} // namespace paydesk
