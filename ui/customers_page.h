#pragma once

#include "ui/resource_page.h"

#include <QPointer>

namespace paydesk {

class CustomerFilterModel;

// Customers: find one, take a payment from them, send them a checkout link, or see their
// payments.
class CustomersPage : public ResourcePage
{
    Q_OBJECT
public:
    explicit CustomersPage(QWidget *parent = nullptr);

    void setSession(Workspace *session) override;

signals:
    void takePaymentRequested(const QString &customerId);
    void checkoutLinkRequested(const QString &customerId);
    void paymentsRequested(const QString &customerId, const QString &name);

protected:
    void describe(int sourceRow) override;
    void updateRowActions(int sourceRow) override;

private:
    QPointer<Workspace> m_session;
    CustomerFilterModel *m_filter;
    QAction *m_takePayment;
    QAction *m_checkoutLink;
    QAction *m_payments;
};

} // namespace paydesk
