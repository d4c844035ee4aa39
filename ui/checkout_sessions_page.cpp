#include "ui/checkout_sessions_page.h"

#include "models/checkout_session_filter_model.h"
#include "services/workspace.h"
#include "ui/detail_pane.h"
#include "ui/dialogs/qr_code_dialog.h"
#include "ui/status_delegate.h"
#include "ui/widgets/flow_layout.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QTableView>
#include <QUrl>

namespace paydesk {

CheckoutSessionsPage::CheckoutSessionsPage(QWidget *parent)
    : ResourcePage(QStringLiteral("checkoutSessionsPage"), tr("Checkout sessions"),
                   tr("checkout sessions"), parent)
    , m_filter(new CheckoutSessionFilterModel(this))
    , m_status(new QComboBox(this))
{
    setProxy(m_filter);
    view()->setItemDelegateForColumn(CheckoutSessionTableModel::StatusColumn,
                                     new StatusDelegate(view()));
    view()->sortByColumn(CheckoutSessionTableModel::CreatedColumn, Qt::DescendingOrder);

    m_status->addItem(tr("All statuses"), QString());
    for (CheckoutStatus::Known known : CheckoutStatus::allKnown())
        m_status->addItem(CheckoutStatus::fromKnown(known).displayName(),
                          CheckoutStatus::rawName(known));
    m_status->setAccessibleName(tr("Filter by status"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &CheckoutSessionsPage::applyFilter);
    filterBar()->addWidget(m_status);

    m_copyLink = new QAction(tr("Copy link"), this);
    m_copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyLink->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openLink = new QAction(tr("Open in browser"), this);
    m_showQr = new QAction(tr("Show QR code"), this);
    connect(m_copyLink, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(currentUrl());
        emit notice(tr("Copied the checkout link."));
    });
    connect(m_openLink, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(QUrl(currentUrl())); });
    connect(m_showQr, &QAction::triggered, this, [this] {
        auto *dialog = new QrCodeDialog(currentUrl(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    for (QAction *a : {m_copyLink, m_openLink, m_showQr})
        addRowAction(a);
    addRefreshAndCopyActions(
        [this](const QString &id) {
            if (m_session)
                m_session->refreshCheckoutSession(id);
        },
        tr("Copied the checkout session id."));
}

void CheckoutSessionsPage::setSession(Workspace *session)
{
    m_session = session;
    attach(session ? session->checkoutSessions() : nullptr);
}

void CheckoutSessionsPage::extendFilter(ResourceFilter &filter) const
{
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        filter.statuses.insert(status);
}

QString CheckoutSessionsPage::currentUrl() const
{
    const int row = currentSourceRow();
    return row >= 0 && m_session ? m_session->checkoutSessions()->at(row).url : QString();
}

QList<DetailLine> CheckoutSessionsPage::summaryOf(const CheckoutSession &session) const
{
    // What a support agent reads: the amount and what it is for, whom it is for, until when,
    // the link and the ids to copy.
    const QLocale locale;
    const auto when = [&locale](const QDateTime &time) {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::LongFormat)
                              : QString();
    };
    QList<DetailLine> lines;
    const auto add = [&lines](const QString &label, const QString &value, bool copyable = false) {
        if (!value.trimmed().isEmpty())
            lines.append({label, value, copyable});
    };
    add(tr("Amount"), session.amountTotal ? session.amountTotal->toString(locale) : QString());
    add(tr("Status"), session.status.displayName());
    QStringList items;
    for (const LineItem &item : session.lineItems) {
        const std::optional<Money> total = item.total();
        //: A line item in the detail summary: quantity, name, and its total.
        items << (total
                      ? tr("%1 × %2: %3")
                            .arg(locale.toString(item.quantity), item.name, total->toString(locale))
                      : tr("%1 × %2").arg(locale.toString(item.quantity), item.name));
    }
    add(tr("Items"), items.join(u'\n'));
    const int customerRow =
        session.customerId.isEmpty() ? -1 : m_session->customers()->rowOf(session.customerId);
    if (customerRow >= 0)
        add(tr("Customer"), m_session->customers()->at(customerRow).displayName());
    add(tr("Customer email"), session.customerEmail);
    add(tr("Reference"), session.clientReferenceId);
    add(tr("Expires"), when(session.expiry));
    add(tr("Created"), when(session.created));
    add(tr("Success URL"), session.successUrl);
    add(tr("Cancel URL"), session.cancelUrl);
    for (const QString &key : session.metadata.keys()) {
        //: A metadata pair in the detail summary; %1 is its key.
        add(tr("Metadata: %1").arg(key), session.metadata.text(key));
    }
    add(tr("Checkout link"), session.url, true);
    add(tr("Session ID"), session.id, true);
    add(tr("Payment ID"), session.paymentIntentId, true);
    add(tr("Customer ID"), session.customerId, true);
    return lines;
}

void CheckoutSessionsPage::describe(int sourceRow)
{
    const CheckoutSession &session = m_session->checkoutSessions()->at(sourceRow);
    const QLocale locale;
    QStringList subtitle;
    subtitle << session.status.displayName();
    if (!session.customerEmail.isEmpty())
        subtitle << session.customerEmail;
    if (session.expiry.isValid())
        subtitle << tr("expires %1")
                        .arg(locale.toString(session.expiry.toLocalTime(), QLocale::ShortFormat));
    detailPane()->show(
        session.amountTotal ? session.amountTotal->toString(locale) : tr("Checkout session"),
        subtitle.join(QStringLiteral(" · ")), m_session->provider()->rawJson(session),
        session.extra.keys(), summaryOf(session));
    if (session.status.known() == CheckoutStatus::Open && !m_session->isWatching(session.id))
        m_session->watchCheckoutSession(session.id);
}

void CheckoutSessionsPage::updateRowActions(int sourceRow)
{
    const CheckoutSession *session =
        sourceRow >= 0 && m_session ? &m_session->checkoutSessions()->at(sourceRow) : nullptr;
    const bool hasLink = session && !session->url.isEmpty();
    m_copyLink->setEnabled(hasLink);
    m_openLink->setEnabled(hasLink);
    m_showQr->setEnabled(hasLink && session->status.known() == CheckoutStatus::Open);
    refreshAction()->setEnabled(session);
    copyIdAction()->setEnabled(session);
}

} // namespace paydesk
