#include "models/payment_intent_table_model.h"

#include <algorithm>
#include <iterator>

namespace paydesk {

PaymentIntentTableModel::PaymentIntentTableModel(QObject *parent)
    : KeyedResourceTableModel<PaymentIntent>(parent)
{}

int PaymentIntentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentIntentTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const PaymentIntent &intent = at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(intent, column);
    case Qt::ToolTipRole:
        return toolTip(intent, column);
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(intent, column);
    case IdRole:
        return intent.id;
    case ResourceRole:
        return QVariant::fromValue(intent);
    case StatusRole:
        return intent.status.raw();
    case PhaseRole:
        return int(intent.status.phase());
    default:
        return {};
    }
}

QString PaymentIntentTableModel::displayText(const PaymentIntent &intent, int column) const
{
    switch (column) {
    case CreatedColumn:
        return formatDate(intent.created, QLocale::ShortFormat);
    case AmountColumn:
        return intent.amount.isValid() ? intent.amount.toString(locale()) : QString();
    case CurrencyColumn:
        return intent.amount.currency();
    case StatusColumn:
        return intent.status.displayName();
    case CustomerColumn:
        return customerLabel(intent);
    case DescriptionColumn:
        return intent.description;
    case PaymentMethodColumn:
        return intent.paymentMethodId;
    case IdColumn:
        return intent.id;
    default:
        return {};
    }
}

QVariant PaymentIntentTableModel::rawValue(const PaymentIntent &intent, int column) const
{
    switch (column) {
    case CreatedColumn:
        return intent.created;
    case AmountColumn:
        return intent.amount.minorUnits();
    case CurrencyColumn:
        return intent.amount.currency();
    case StatusColumn:
        return intent.status.raw();
    case CustomerColumn:
        return customerLabel(intent);
    case DescriptionColumn:
        return intent.description;
    case PaymentMethodColumn:
        return intent.paymentMethodId;
    case IdColumn:
        return intent.id;
    default:
        return {};
    }
}

QString PaymentIntentTableModel::toolTip(const PaymentIntent &intent, int column) const
{
    switch (column) {
    case CreatedColumn:
        return formatDate(intent.created, QLocale::LongFormat);
    case AmountColumn: {
        if (!intent.amount.isValid())
            return {};
        QString tip =
            intent.amount.toLocaleDecimalString(locale()) + u' ' + intent.amount.currency();
        if (intent.applicationFeeAmount) {
            const Money fee(*intent.applicationFeeAmount, intent.amount.currency());
            tip += u'\n' + tr("Application fee: %1").arg(fee.toString(locale()));
        }
        return tip;
    }
    case StatusColumn:
        switch (intent.status.phase()) {
        case IntentPhase::Waiting:
            return tr("%1: waiting for the customer or for you to act").arg(intent.status.raw());
        case IntentPhase::Moving:
            return tr("%1: the provider is working on it").arg(intent.status.raw());
        case IntentPhase::Final:
            return tr("%1: final").arg(intent.status.raw());
        case IntentPhase::Unknown:
            return tr("%1: a status this version of Paydesk does not know yet")
                .arg(intent.status.raw());
        }
        return {};
    case CustomerColumn: {
        const QString name = customerName(intent.customerId);
        return name.isEmpty() ? intent.customerId : name + u'\n' + intent.customerId;
    }
    case DescriptionColumn:
        return intent.description;
    default:
        return {};
    }
}

QVariant PaymentIntentTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == AmountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case AmountColumn:
        return tr("Amount");
    case CurrencyColumn:
        return tr("Currency");
    case StatusColumn:
        return tr("Status");
    case CustomerColumn:
        return tr("Customer");
    case DescriptionColumn:
        return tr("Description");
    case PaymentMethodColumn:
        return tr("Payment method");
    case IdColumn:
        return tr("ID");
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

QString PaymentIntentTableModel::customerLabel(const PaymentIntent &intent) const
{
    if (intent.customerId.isEmpty())
        return {};
    const auto it = m_customerNames.constFind(intent.customerId);
    return it == m_customerNames.cend() || it->isEmpty() ? intent.customerId : *it;
}

void PaymentIntentTableModel::compact(PaymentIntent *const *intents, qsizetype count)
{
    // Every intent of one account carries the same user id; a customer's intents repeat the
    // customer and payment method ids; statuses are a handful of strings, parsed once each.
    QVarLengthArray<QString *, 512> texts;
    for (qsizetype i = 0; i < count; ++i) {
        PaymentIntent &intent = *intents[i];
        for (QString *text : {&intent.userId, &intent.customerId, &intent.paymentMethodId,
                              &intent.transferDestinationUserId}) {
            if (!text->isEmpty())
                texts.append(text);
        }
        shareStatus(intent.status);
        compactJson(intent.extra);
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
    KeyedResourceTableModel<PaymentIntent>::forgetSharedStrings();
    m_sharedStatuses.clear();
    std::fill(std::begin(m_knownStatuses), std::end(m_knownStatuses), IntentStatus());
}

} // namespace paydesk
