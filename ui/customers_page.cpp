#include "ui/customers_page.h"

#include "models/customer_filter_model.h"
#include "services/workspace.h"
#include "ui/detail_pane.h"

#include <QAction>
#include <QTableView>

namespace paydesk {

CustomersPage::CustomersPage(QWidget *parent)
    : ResourcePage(QStringLiteral("customersPage"), tr("Customers"), tr("customers"), parent)
    , m_filter(new CustomerFilterModel(this))
{
    setProxy(m_filter);
    view()->sortByColumn(CustomerTableModel::NameColumn, Qt::AscendingOrder);

    m_takePayment = new QAction(tr("Take a payment…"), this);
    m_checkoutLink = new QAction(tr("Send a checkout link…"), this);
    m_payments = new QAction(tr("Show payments"), this);
    m_payments->setToolTip(tr("Show this customer's payment intents"));
    connect(m_takePayment, &QAction::triggered, this,
            [this] { emit takePaymentRequested(currentId()); });
    connect(m_checkoutLink, &QAction::triggered, this,
            [this] { emit checkoutLinkRequested(currentId()); });
    connect(m_payments, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        if (m_session && row >= 0)
            emit paymentsRequested(currentId(), m_session->customers()->at(row).displayName());
    });
    for (QAction *a : {m_takePayment, m_checkoutLink, m_payments})
        addRowAction(a);
    addRefreshAndCopyActions(
        [this](const QString &id) {
            if (m_session)
                m_session->refreshCustomer(id);
        },
        tr("Copied the customer id."));
}

void CustomersPage::setSession(Workspace *session)
{
    m_session = session;
    attach(session ? session->customers() : nullptr);
}

void CustomersPage::describe(int sourceRow)
{
    const Customer &customer = m_session->customers()->at(sourceRow);
    QStringList subtitle;
    if (!customer.email.isEmpty())
        subtitle << customer.email;
    if (!customer.phoneNumber.isEmpty())
        subtitle << customer.internationalPhone();
    if (customer.address)
        subtitle << customer.address->singleLine();

    // The Details tab: what a person reads, the id to copy.
    const QLocale locale;
    QList<DetailLine> lines;
    const auto add = [&lines](const QString &label, const QString &value, bool copyable = false) {
        if (!value.trimmed().isEmpty())
            lines.append({label, value, copyable});
    };
    add(tr("Name"), customer.displayName());
    add(tr("Email"), customer.email);
    add(tr("Phone"), customer.internationalPhone());
    if (customer.address && !customer.address->isEmpty())
        add(tr("Address"), customer.address->singleLine());
    add(tr("Country"), customer.countryName());
    for (const auto &[label, time] :
         {std::pair{tr("Created"), customer.created}, std::pair{tr("Updated"), customer.updated}})
        add(label,
            time.isValid() ? locale.toString(time.toLocalTime(), QLocale::LongFormat) : QString());
    for (const QString &key : customer.metadata.keys()) {
        //: A metadata pair in the detail summary; %1 is its key.
        add(tr("Metadata: %1").arg(key), customer.metadata.text(key));
    }
    add(tr("Customer ID"), customer.id, true);
    detailPane()->show(customer.displayName(), subtitle.join(QStringLiteral(" · ")),
                       m_session->provider()->rawJson(customer), customer.extra.keys(), lines);
}

void CustomersPage::updateRowActions(int sourceRow)
{
    const bool selected = sourceRow >= 0 && m_session;
    for (QAction *a : {m_takePayment, m_checkoutLink, m_payments, refreshAction(), copyIdAction()})
        a->setEnabled(selected);
}

} // namespace paydesk
