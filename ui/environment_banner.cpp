#include "ui/environment_banner.h"

#include "network/profile.h"

#include <QHBoxLayout>
#include <QLabel>

namespace paydesk {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QFrame(parent)
    , m_badge(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBanner"));
    setAutoFillBackground(true);
    QFont bold = m_badge->font();
    bold.setBold(true);
    bold.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_badge->setFont(bold);
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 5, 12, 5);
    layout->addWidget(m_badge);
    layout->addSpacing(8);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Environment"));
    hide();
}

QString EnvironmentBanner::badgeText() const
{
    return isHidden() ? QString() : m_badge->text();
}

void EnvironmentBanner::showFor(const Profile &profile, bool isDemo)
{
    QColor colour;
    if (isDemo) {
        m_badge->setText(tr("DEMO"));
        m_text->setText(tr("You are trying Paydesk with %1 on its built-in sandbox with sample "
                           "data. No real money moves and nothing leaves this computer.")
                            .arg(profile.providerName()));
        colour = QColor(0x6f42c1);
    } else if (profile.environment == Environment::Sandbox) {
        m_badge->setText(tr("SANDBOX"));
        m_text->setText(
            tr("Test mode: %1's sandbox. No real money moves.").arg(profile.providerName()));
        colour = QColor(0xbc4c00);
    } else if (profile.environment == Environment::Custom) {
        const bool local = profile.isLocal();
        m_badge->setText(local ? tr("LOCAL SANDBOX") : tr("CUSTOM SERVER"));
        m_text->setText(tr("Connected to %1, not the provider's production API.")
                            .arg(profile.customBaseUrl.toString(QUrl::RemoveUserInfo)));
        colour = QColor(0xbc4c00);
    } else {
        hide();
        return;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, colour);
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    m_badge->setPalette(p);
    m_text->setPalette(p);
    setAccessibleDescription(m_badge->text() + QLatin1String(": ") + m_text->text());
    show();
}

} // namespace paydesk
