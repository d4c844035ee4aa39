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
    return textAccepted([&](const TextMatcher &word) {
        if (contains(word, intent.description) || contains(word, intent.status.raw()) ||
            contains(word, intent.id) || contains(word, intent.customerId.toString()) ||
            contains(word, intent.paymentMethodId.toString()))
            return true;
        const QSet<QString> &named = customersNamedLike(word);
        return (!named.isEmpty() && !intent.customerId.isEmpty() &&
                named.contains(intent.customerId)) ||
               metadataContains(word, sourceRow, intent.metadata);
    });
}

const QSet<QString> &PaymentIntentFilterModel::customersNamedLike(const TextMatcher &word) const
{
    const QList<TextMatcher> &words = testedWords();
    const QHash<QString, QString> &names = m_intents->customerNames();
    if (!words.isSharedWith(m_namedWords) || !names.isSharedWith(m_namedFrom) ||
        m_named.size() != size_t(words.size())) {
        m_namedWords = words;
        m_namedFrom = names;
        m_named.assign(size_t(words.size()), {});
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            for (qsizetype i = 0; i < words.size(); ++i) {
                if (contains(words.at(i), it.value()))
                    m_named[size_t(i)].insert(it.key());
            }
        }
    }
    return m_named[size_t(&word - words.constData())];
}

} // namespace paydesk
