#pragma once

#include "models/resource_table_model.h"
#include "models/resources.h"

#include <QHash>

namespace paydesk {

// Checkout sessions (the payment links support agents send), one per row. Roles in
// ResourceTableModel; PhaseRole is not offered (a session is open, complete or expired).
class CheckoutSessionTableModel : public KeyedResourceTableModel<CheckoutSession>
{
    Q_OBJECT

public:
    enum Column
    {
        CreatedColumn,         // raw: QDateTime
        StatusColumn,          // display: status name (an unknown one as it came); raw: raw string
        AmountTotalColumn,     // raw: qint64 minor units (invalid QVariant without a total)
        CustomerColumn,        // the customer email, else the customer id
        ClientReferenceColumn, // client_reference_id
        ExpiryColumn,          // raw: QDateTime
        IdColumn,
        UrlColumn, // the link the customer pays at
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CheckoutSessionTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString displayText(const CheckoutSession &session, int column) const;
    QVariant rawValue(const CheckoutSession &session, int column) const;

    // What the customer column shows: the email, else the customer id.
    static const QString &customerLabel(const CheckoutSession &session)
    {
        return session.customerEmail.isEmpty() ? session.customerId : session.customerEmail;
    }

protected:
    void compact(CheckoutSession *const *sessions, qsizetype count) override;

private:
    QString toolTip(const CheckoutSession &session, int column) const;
    void forgetSharedStrings() override;

    // Raw status -> the status every row with it shares.
    QHash<QString, CheckoutStatus> m_sharedStatuses;
};

} // namespace paydesk
