#include "ui/widgets/message_banner.h"

#include "ui/widgets/label_text.h"
#include "ui/widgets/palette_colours.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace paydesk {

namespace {

QColor accentFor(MessageBanner::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case MessageBanner::Kind::Error:
        return colours::errorText(palette);
    case MessageBanner::Kind::Warning:
        return colours::warningText(palette);
    case MessageBanner::Kind::Success:
        return colours::successText(palette);
    case MessageBanner::Kind::Info:
        break;
    }
    return palette.color(QPalette::Highlight);
}

QStyle::StandardPixmap iconFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBanner::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Kind::Success:
        return QStyle::SP_DialogApplyButton;
    case MessageBanner::Kind::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_actionLayout(new QHBoxLayout)
{
    setObjectName(QStringLiteral("MessageBanner"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_icon->setAccessibleName(tr("Message icon"));
    for (QLabel *label : {m_text, m_detail}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_text->setAccessibleName(tr("Message text"));
    m_detail->setAccessibleName(tr("Message details"));
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);

    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(4);
    textColumn->addWidget(m_text);
    textColumn->addWidget(m_detail);
    m_actionLayout->setSpacing(6);
    m_actionLayout->addStretch();
    textColumn->addLayout(m_actionLayout);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 8, 10, 8);
    row->setSpacing(10);
    row->addWidget(m_icon);
    row->addLayout(textColumn, 1);

    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &detail)
{
    for (QPushButton *button : std::as_const(m_actions))
        button->deleteLater();
    m_actions.clear();
    m_kind = kind;
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(kind), nullptr, this).pixmap(iconSize));
    applyColours();
    setAccessibleDescription(detail.isEmpty() ? text : text + QLatin1Char('\n') + detail);
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QPushButton *MessageBanner::addAction(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(withoutMnemonic(text));
    button->setAutoDefault(false);
    m_actionLayout->insertWidget(int(m_actions.size()), button);
    m_actions.append(button);
    return button;
}

void MessageBanner::clear()
{
    for (QPushButton *button : std::as_const(m_actions))
        button->deleteLater();
    m_actions.clear();
    m_text->clear();
    m_detail->clear();
    setAccessibleDescription(QString());
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::detail() const
{
    return m_detail->text();
}

QPushButton *MessageBanner::action(const QString &text) const
{
    const QString wanted = withoutMnemonic(text);
    for (QPushButton *button : m_actions) {
        if (withoutMnemonic(button->text()) == wanted)
            return button;
    }
    return nullptr;
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyColours();
}

void MessageBanner::applyColours()
{
    // Setting the palette below sends a PaletteChange of its own.
    m_styling = true;
    QPalette own = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor accent = accentFor(m_kind, own);
    own.setColor(QPalette::Window, colours::tint(own, accent, 0.16));
    own.setColor(QPalette::Light, accent);
    own.setColor(QPalette::Dark, accent);
    own.setColor(QPalette::Mid, accent);
    setPalette(own);
    m_styling = false;
}

} // namespace paydesk
