#include "models/checkout_session_table_model.h"

namespace paydesk {

CheckoutSessionTableModel::CheckoutSessionTableModel(QObject *parent)
    : ColumnTableModel<CheckoutSession>(checkoutSessionColumns(), ColumnCount, parent)
{}

QVariant CheckoutSessionTableModel::rowData(const CheckoutSession &session, int role) const
{
    return role == StatusRole ? QVariant(session.status.raw()) : QVariant();
}

void CheckoutSessionTableModel::compact(CheckoutSession *const *sessions, qsizetype count)
{
    QVarLengthArray<QString *, 512> texts;
    for (qsizetype i = 0; i < count; ++i) {
        CheckoutSession &session = *sessions[i];
        for (QString *text :
             {&session.userId, &session.customerId, &session.successUrl, &session.cancelUrl}) {
            if (!text->isEmpty())
                texts.append(text);
        }
        const auto it = m_sharedStatuses.constFind(session.status.raw());
        if (it != m_sharedStatuses.cend())
            session.status = *it;
        else
            m_sharedStatuses.insert(session.status.raw(), session.status);
        shareJson(session.extra);
    }
    shareAll(texts.data(), texts.size());
}

void CheckoutSessionTableModel::forgetSharedStrings()
{
    ColumnTableModel<CheckoutSession>::forgetSharedStrings();
    m_sharedStatuses.clear();
}

} // namespace paydesk
