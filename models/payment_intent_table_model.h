#pragma once

#include "models/column_table_model.h"
#include "models/resources.h"

#include <QHash>

namespace paydesk {

// Payment intents, one per row, newest pages appended. Columns below, each said in
// models/columns_payment_intents.cpp; roles in ResourceTableModel. The customer column shows the
// customer's name when the UI has told the model the names (setCustomerNames()), else the customer
// id.
class PaymentIntentTableModel : public ColumnTableModel<PaymentIntent>
{
    Q_OBJECT

public:
    enum Column
    {
        CreatedColumn,       // raw: QDateTime
        AmountColumn,        // raw: qint64 minor units; right-aligned
        CurrencyColumn,      // raw: ISO 4217 code
        RefundedColumn,      // raw: qint64 minor units refunded (null when not said); right-aligned
        NetColumn,           // raw: qint64 minor units, the amount less refunds; right-aligned
        StatusColumn,        // display: status name, "Refunded" / "Partially refunded" once money
                             // went back (an unknown status as it came); raw: raw string
        CustomerColumn,      // display and raw: customer name, else the customer id
        DescriptionColumn,   // raw: the description
        PaymentMethodColumn, // display: the card ("visa •••• 4242") where known, else the id;
                             // raw: payment method id
        IdColumn, // raw: the intent id
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PaymentIntentTableModel(QObject *parent = nullptr);

    // Customer id -> the name to show for it (Customer::displayName()). Replaces the previous
    // names and updates the customer column (one dataChanged).
    void setCustomerNames(const QHash<QString, QString> &names);
    const QHash<QString, QString> &customerNames() const { return m_customerNames; }
    // The name set for `customerId`, or an empty string.
    QString customerName(const QString &customerId) const
    {
        return m_customerNames.value(customerId);
    }
    // What the customer column shows for `intent`: its customer's name, else the customer id.
    QString customerLabel(const PaymentIntent &intent) const
    {
        return displayText(intent, CustomerColumn);
    }

    // Learns what `methods` are called ("visa •••• 4242"), for the payment method column and
    // the CSV; one dataChanged when any name is new.
    void addPaymentMethods(const QList<PaymentMethod> &methods);
    // The name learnt for `paymentMethodId`, or an empty string.
    QString paymentMethodName(const QString &paymentMethodId) const
    {
        return m_paymentMethodNames.value(paymentMethodId);
    }

protected:
    QVariant rowData(const PaymentIntent &intent, int role) const override;
    void compact(PaymentIntent *const *intents, qsizetype count) override;
    void forgetSharedStrings() override;

private:
    QHash<QString, QString> m_customerNames;
    QHash<QString, QString> m_paymentMethodNames;
    void shareStatus(IntentStatus &status);

    // The status every row with the same raw string shares (one string, parsed once): known
    // ones by their enum, the others by raw string.
    IntentStatus m_knownStatuses[IntentStatus::Unrecognized];
    QHash<QString, IntentStatus> m_sharedStatuses;
};

} // namespace paydesk
