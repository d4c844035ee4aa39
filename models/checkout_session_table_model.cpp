#include "models/checkout_session_table_model.h"

namespace paydesk {

CheckoutSessionTableModel::CheckoutSessionTableModel(QObject *parent)
    : KeyedResourceTableModel<CheckoutSession>(parent)
{}

int CheckoutSessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckoutSessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const CheckoutSession &session = at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(session, column);
    case Qt::ToolTipRole:
        return toolTip(session, column);
    case Qt::TextAlignmentRole:
        if (column == AmountTotalColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(session, column);
    case IdRole:
        return session.id;
    case ResourceRole:
        return QVariant::fromValue(session);
    case StatusRole:
        return session.status.raw();
    default:
        return {};
    }
}

QString CheckoutSessionTableModel::displayText(const CheckoutSession &session, int column) const
{
    switch (column) {
    case CreatedColumn:
        return formatDate(session.created, QLocale::ShortFormat);
    case StatusColumn:
        return session.status.displayName();
    case AmountTotalColumn:
        return session.amountTotal ? session.amountTotal->toString(locale()) : QString();
    case CustomerColumn:
        return customerLabel(session);
    case ClientReferenceColumn:
        return session.clientReferenceId;
    case ExpiryColumn:
        return formatDate(session.expiry, QLocale::ShortFormat);
    case IdColumn:
        return session.id;
    case UrlColumn:
        return session.url;
    default:
        return {};
    }
}

QVariant CheckoutSessionTableModel::rawValue(const CheckoutSession &session, int column) const
{
    switch (column) {
    case CreatedColumn:
        return session.created;
    case StatusColumn:
        return session.status.raw();
    case AmountTotalColumn:
        return session.amountTotal ? QVariant(session.amountTotal->minorUnits()) : QVariant();
    case CustomerColumn:
        return customerLabel(session);
    case ClientReferenceColumn:
        return session.clientReferenceId;
    case ExpiryColumn:
        return session.expiry;
    case IdColumn:
        return session.id;
    case UrlColumn:
        return session.url;
    default:
        return {};
    }
}

QString CheckoutSessionTableModel::toolTip(const CheckoutSession &session, int column) const
{
    switch (column) {
    case CreatedColumn:
        return formatDate(session.created, QLocale::LongFormat);
    case ExpiryColumn:
        return formatDate(session.expiry, QLocale::LongFormat);
    case StatusColumn:
        if (session.status.known() == CheckoutStatus::Unrecognized)
            return tr("%1: a status this version of Paydesk does not know yet")
                .arg(session.status.raw());
        return session.status.raw();
    case AmountTotalColumn:
        if (!session.amountTotal)
            return {};
        return session.amountTotal->toLocaleDecimalString(locale()) + u' ' +
               session.amountTotal->currency();
    case CustomerColumn:
        if (!session.customerEmail.isEmpty() && !session.customerId.isEmpty())
            return session.customerEmail + u'\n' + session.customerId;
        return customerLabel(session);
    case UrlColumn:
        return session.url;
    default:
        return {};
    }
}

QVariant CheckoutSessionTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == AmountTotalColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case AmountTotalColumn:
        return tr("Amount");
    case CustomerColumn:
        return tr("Customer");
    case ClientReferenceColumn:
        return tr("Reference");
    case ExpiryColumn:
        return tr("Expires");
    case IdColumn:
        return tr("ID");
    case UrlColumn:
        return tr("Link");
    default:
        return {};
    }
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
        compactJson(session.extra);
    }
    shareAll(texts.data(), texts.size());
}

void CheckoutSessionTableModel::forgetSharedStrings()
{
    KeyedResourceTableModel<CheckoutSession>::forgetSharedStrings();
    m_sharedStatuses.clear();
}

} // namespace paydesk
