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
    return m_intents->at(sourceRowAt(row));
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
    // The customer's name, looked up once for all the words and without a copy.
    const QHash<QString, QString> &names = model->customerNames();
    const auto name =
        intent.customerId.isEmpty() ? names.cend() : names.constFind(intent.customerId);
    const QStringView customerName = name == names.cend() ? QStringView() : QStringView(*name);
    return textAccepted([&](const TextMatcher &word) {
        return contains(word, intent.description) || contains(word, intent.id) ||
               contains(word, intent.customerId.toString()) ||
               contains(word, intent.paymentMethodId.toString()) ||
               contains(word, intent.status.raw()) || contains(word, customerName) ||
               metadataContains(word, sourceRow, intent.metadata);
    });
}

} // namespace paydesk
