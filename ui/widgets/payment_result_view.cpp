#include "ui/widgets/payment_result_view.h"

#include "ui/widgets/palette_colours.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace paydesk {

PaymentResultView::PaymentResultView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_id(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PaymentResultView::updateWaiting);
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

void PaymentResultView::setTerminal(const QString &name, int patienceSeconds)
{
    m_terminal = name;
    m_patienceSeconds = patienceSeconds;
    m_waiting.invalidate();
}

bool PaymentResultView::isPastPatience() const
{
    return m_waiting.isValid() && m_waiting.elapsed() >= qint64(m_patienceSeconds) * 1000;
}

void PaymentResultView::updateWaiting()
{
    if (m_outcome != Outcome::Processing || m_terminal.isEmpty()) {
        m_tick->stop();
        return;
    }
    const qint64 seconds = m_waiting.elapsed() / 1000;
    const QString waited =
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (isPastPatience()) {
        m_title->setText(tr("%1 has not finished the payment yet").arg(m_terminal));
        m_detail->setText(m_who + QLatin1Char(' ') +
                          tr("Waited %1. The payment may still complete on the terminal: Paydesk "
                             "keeps following it, and the result shows in the payments list "
                             "even if you close this window.")
                              .arg(waited));
    } else {
        m_title->setText(tr("Waiting for the customer to present a card on %1").arg(m_terminal));
        m_detail->setText(m_who + QLatin1Char(' ') +
                          tr("Waited %1. The customer follows the prompts on the terminal; you "
                             "can close this window: the payment stays in the list and Paydesk "
                             "tells you how it ends.")
                              .arg(waited));
    }
}

QString PaymentResultView::failureReason(const PaymentIntent &intent)
{
    QString reason =
        intent.lastPaymentError ? intent.lastPaymentError->message.trimmed() : QString();
    // A provider's sentence, followed by ours: it needs its full stop.
    if (!reason.isEmpty() && !reason.back().isPunct())
        reason += QLatin1Char('.');
    return reason;
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
    else if (!methodName.isEmpty())
        who = tr("%1 with %2.").arg(amount, methodName);
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
        if (intent.lastPaymentError &&
            intent.status.known() == IntentStatus::RequiresPaymentMethod) {
            // The attempt failed and the intent waits for another one (a card terminal's
            // decline, or nobody presenting a card in time).
            m_outcome = Outcome::Declined;
            icon = QStyle::SP_MessageBoxCritical;
            const QString reason = failureReason(intent);
            m_title->setText(m_terminal.isEmpty() ? tr("Payment declined")
                                                  : tr("Payment declined on %1").arg(m_terminal));
            m_detail->setText((reason.isEmpty() ? tr("The payment failed.") : reason) +
                              QLatin1Char(' ') + tr("Nothing was charged."));
            break;
        }
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
    m_who = who;
    if (m_outcome == Outcome::Processing && !m_terminal.isEmpty()) {
        if (!m_waiting.isValid())
            m_waiting.start();
        m_tick->start();
        updateWaiting();
    } else {
        m_tick->stop();
    }
    // A resource name ("accounts/acct_1/payment-intents/pi_2") is long: its last part names
    // the payment as well, and the whole of it is in the tooltip.
    m_id->setText(tr("Payment ID: %1").arg(shortId(intent.id)));
    m_id->setToolTip(intent.id);
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
