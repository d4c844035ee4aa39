#include "ui/widgets/checkout_link_view.h"

#include "ui/widgets/link_panel.h"
#include "ui/widgets/palette_colours.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace paydesk {

CheckoutLinkView::CheckoutLinkView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_id(new QLabel(this))
    , m_link(new LinkPanel(this))
{
    setAccessibleName(tr("Checkout link"));
    m_title->setObjectName(QStringLiteral("linkTitle"));
    m_title->setAccessibleName(tr("Checkout link status"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_status->setObjectName(QStringLiteral("linkStatus"));
    m_status->setAccessibleName(tr("Checkout link details"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_id->setAccessibleName(tr("Checkout session ID"));
    m_id->setTextFormat(Qt::PlainText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_id->setForegroundRole(QPalette::PlaceholderText);
    m_link->setObjectName(QStringLiteral("linkPanel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 8);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_link);
    layout->addWidget(m_id);
    layout->addStretch();
}

void CheckoutLinkView::setSession(const CheckoutSession &session, const QString &customerName)
{
    const bool firstTime = m_session.id != session.id;
    m_session = session;
    if (m_link->url() != session.url)
        m_link->setUrl(session.url);
    if (firstTime)
        m_link->setQrCodeVisible(true);
    const QString amount =
        session.amountTotal ? session.amountTotal->toString(locale()) : tr("the amount");
    switch (session.status.known()) {
    case CheckoutStatus::Complete:
        m_title->setText(tr("Paid"));
        m_status->setText(tr("The customer paid %1 through the link.").arg(amount));
        break;
    case CheckoutStatus::Expired:
        m_title->setText(tr("Link expired"));
        m_status->setText(
            tr("The link expired before it was paid. Create a new one to take the payment."));
        break;
    case CheckoutStatus::Open:
    case CheckoutStatus::Unrecognized: {
        m_title->setText(tr("Checkout link ready"));
        QString text = customerName.isEmpty()
                           ? tr("Send this link to the customer to pay %1.").arg(amount)
                           : tr("Send this link to %1 to pay %2.").arg(customerName, amount);
        text += QLatin1Char(' ');
        if (session.expiry.isValid()) {
            text += tr("It can be paid until %1. Paydesk shows the payment here and in the "
                       "lists as soon as it is made.")
                        .arg(locale().toString(session.expiry.toLocalTime(), QLocale::ShortFormat));
        } else {
            text += tr("Paydesk shows the payment as soon as it is made.");
        }
        m_status->setText(text);
        break;
    }
    }
    m_id->setText(tr("Checkout session ID: %1").arg(session.id));
    applyColour();
    setAccessibleDescription(m_title->text() + QLatin1Char('\n') + m_status->text());
    QAccessibleEvent event(m_title, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void CheckoutLinkView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyColour();
}

void CheckoutLinkView::applyColour()
{
    m_styling = true;
    QPalette own = m_title->palette();
    QColor colour = palette().color(QPalette::WindowText);
    if (m_session.status.known() == CheckoutStatus::Complete)
        colour = colours::successText(own);
    else if (m_session.status.known() == CheckoutStatus::Expired)
        colour = colours::warningText(own);
    own.setColor(QPalette::WindowText, colour);
    m_title->setPalette(own);
    m_styling = false;
}

} // namespace paydesk
