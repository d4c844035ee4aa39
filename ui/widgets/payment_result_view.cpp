#include "ui/widgets/payment_result_view.h"

#include "ui/widgets/palette_colours.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

namespace paydesk {

PaymentResultView::PaymentResultView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_id(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setAccessibleName(tr("Payment result"));
    m_title->setObjectName(QStringLiteral("resultTitle"));
    m_title->setAccessibleName(tr("Payment status"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setAccessibleName(tr("Payment details"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setAccessibleName(tr("Payment ID"));
    m_id->setTextFormat(Qt::PlainText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_id->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Waiting for the payment to settle"));
    m_progress->setMaximumHeight(8);
    m_icon->setAlignment(Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(m_title);
    text->addWidget(m_progress);
    text->addWidget(m_detail);
    text->addWidget(m_id);
    text->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 8);
    layout->setSpacing(12);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
}

QString PaymentResultView::failureReason(const PaymentIntent &intent)
{
    return intent.lastPaymentError ? intent.lastPaymentError->message : QString();
}

void PaymentResultView::setIntent(const PaymentIntent &intent, const QString &customerName,
                                  const QString &methodName)
{
    m_intent = intent;
    const QString amount = intent.amount.isValid() ? intent.amount.toString(locale()) : QString();
    QString who;
    if (!customerName.isEmpty() && !methodName.isEmpty())
        who = tr("%1 from %2 with %3.").arg(amount, customerName, methodName);
    else if (!customerName.isEmpty())
        who = tr("%1 from %2.").arg(amount, customerName);
    else
        who = tr("%1.").arg(amount);

    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (intent.status.phase()) {
    case IntentPhase::Moving:
        m_outcome = Outcome::Processing;
        m_title->setText(tr("Processing the payment…"));
        m_detail->setText(who + QLatin1Char(' ') +
                          tr("Paydesk checks again until the payment succeeds or fails; you can "
                             "close this window, the result also shows in the payments list."));
        break;
    case IntentPhase::Final:
        if (intent.status.known() == IntentStatus::Succeeded) {
            m_outcome = Outcome::Succeeded;
            icon = QStyle::SP_DialogApplyButton;
            m_title->setText(tr("Payment succeeded"));
            m_detail->setText(tr("Received %1").arg(who));
        } else if (intent.status.known() == IntentStatus::Failed) {
            m_outcome = Outcome::Declined;
            icon = QStyle::SP_MessageBoxCritical;
            const QString reason = failureReason(intent);
            m_title->setText(tr("Payment declined"));
            m_detail->setText(
                (reason.isEmpty() ? tr("The payment failed.") : reason) + QLatin1Char(' ') +
                tr("Nothing was charged. Try another payment method, or send a checkout link."));
        } else {
            m_outcome = Outcome::Canceled;
            icon = QStyle::SP_MessageBoxWarning;
            m_title->setText(intent.status.known() == IntentStatus::Canceled
                                 ? tr("Payment canceled")
                                 : tr("Payment ended: %1").arg(intent.status.displayName()));
            m_detail->setText(who);
        }
        break;
    case IntentPhase::Waiting:
        m_outcome = Outcome::Waiting;
        icon = QStyle::SP_MessageBoxWarning;
        m_title->setText(tr("Waiting: %1").arg(intent.status.displayName()));
        m_detail->setText(who + QLatin1Char(' ') +
                          tr("The payment needs another step before money moves."));
        break;
    case IntentPhase::Unknown:
        m_outcome = Outcome::Other;
        m_title->setText(tr("Status: %1").arg(intent.status.raw()));
        m_detail->setText(who);
        break;
    }
    m_progress->setVisible(m_outcome == Outcome::Processing);
    m_id->setText(tr("Payment ID: %1").arg(intent.id));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size));
    applyColour();
    setAccessibleDescription(m_title->text() + QLatin1Char('\n') + m_detail->text());
    QAccessibleEvent event(m_title, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void PaymentResultView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyColour();
}

void PaymentResultView::applyColour()
{
    m_styling = true;
    QPalette own = palette();
    QColor colour = own.color(QPalette::Text);
    if (m_outcome == Outcome::Succeeded)
        colour = colours::successText(own);
    else if (m_outcome == Outcome::Declined)
        colour = colours::errorText(own);
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(QPalette::WindowText, colour);
    m_title->setPalette(titlePalette);
    m_styling = false;
}

} // namespace paydesk
