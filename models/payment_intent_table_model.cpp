#include "models/payment_intent_table_model.h"

#include <algorithm>
#include <iterator>

namespace paydesk {

PaymentIntentTableModel::PaymentIntentTableModel(QObject *parent)
    : ColumnTableModel<PaymentIntent>(paymentIntentColumns(), ColumnCount, parent)
{
    setCustomerNameSource(&m_customerNames);
    setPaymentMethodNameSource(&m_paymentMethodNames);
}

QVariant PaymentIntentTableModel::rowData(const PaymentIntent &intent, int role) const
{
    switch (role) {
    case StatusRole:
        return intent.status.raw();
    case PhaseRole:
        return int(intent.status.phase());
    default:
        return {};
    }
}

void PaymentIntentTableModel::setCustomerNames(const QHash<QString, QString> &names)
{
    if (names == m_customerNames)
        return;
    m_customerNames = names;
    announceColumnsChanged(CustomerColumn, CustomerColumn);
}

void PaymentIntentTableModel::addPaymentMethods(const QList<PaymentMethod> &methods)
{
    bool changed = false;
    for (const PaymentMethod &method : methods) {
        if (method.id.isEmpty())
            continue;
        const QString name = method.displayName();
        if (name.isEmpty() || name == method.id)
            continue;
        QString &known = m_paymentMethodNames[method.id];
        if (known != name) {
            known = name;
            changed = true;
        }
    }
    if (changed)
        announceColumnsChanged(PaymentMethodColumn, PaymentMethodColumn);
}

void PaymentIntentTableModel::compact(PaymentIntent *const *intents, qsizetype count)
{
    // Every intent of one account carries the same user id; a customer's intents repeat the
    // customer and payment method ids; statuses are a handful of strings, parsed once each.
    QVarLengthArray<SharedText *, 1024> texts;
    for (qsizetype i = 0; i < count; ++i) {
        PaymentIntent &intent = *intents[i];
        for (SharedText *text : {&intent.userId, &intent.customerId, &intent.paymentMethodId,
                                 &intent.transferDestinationUserId, &intent.device}) {
            if (!text->isEmpty())
                texts.append(text);
        }
        shareStatus(intent.status);
        shareJson(intent.extra);
    }
    shareAll(texts.data(), texts.size());
}

void PaymentIntentTableModel::shareStatus(IntentStatus &status)
{
    // Known statuses first, by their enum: no hashing, one short comparison (the raw string may
    // differ in case from the one seen first).
    if (status.known() != IntentStatus::Unrecognized) {
        IntentStatus &seen = m_knownStatuses[status.known()];
        if (seen.raw() == status.raw()) {
            status = seen;
            return;
        }
        if (seen.raw().isEmpty()) {
            seen = status;
            return;
        }
    }
    const auto it = m_sharedStatuses.constFind(status.raw());
    if (it != m_sharedStatuses.cend())
        status = *it;
    else
        m_sharedStatuses.insert(status.raw(), status);
}

void PaymentIntentTableModel::forgetSharedStrings()
{
    ColumnTableModel<PaymentIntent>::forgetSharedStrings();
    m_sharedStatuses.clear();
    std::fill(std::begin(m_knownStatuses), std::end(m_knownStatuses), IntentStatus());
}

} // namespace paydesk
