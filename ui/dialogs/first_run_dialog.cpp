#include "ui/dialogs/first_run_dialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_demo(new QCommandLinkButton(tr("Try the demo"), this))
    , m_connect(new QCommandLinkButton(tr("Connect a Dots account"), this))
{
    setWindowTitle(tr("Welcome to Paydesk"));
    auto *title = new QLabel(tr("Welcome to Paydesk"), this);
    title->setAccessibleName(tr("Welcome to Paydesk"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Take payments, send checkout links and review what was paid. "
                                "How would you like to start?"),
                             this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Introduction"));

    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setDescription(tr("Explore Paydesk with sample customers and payments on this "
                              "computer. No account and no network needed; nothing is real."));
    m_demo->setAccessibleName(tr("Try the demo"));
    m_demo->setAccessibleDescription(m_demo->description());
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDescription(tr("Enter your Dots client ID and API key. The key is kept in your "
                                 "system keychain, never in a file."));
    m_connect->setAccessibleName(tr("Connect a Dots account"));
    m_connect->setAccessibleDescription(m_connect->description());

    auto *buttons = new QDialogButtonBox(this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    QPushButton *quit = buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    quit->setAccessibleName(tr("Not now"));
    quit->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(m_demo);
    layout->addWidget(m_connect);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(m_connect, &QCommandLinkButton::clicked, this,
            [this] { choose(Choice::ConnectAccount); });
    m_demo->setDefault(true);
    m_demo->setFocus();
}

void FirstRunDialog::choose(Choice choice)
{
    m_choice = choice;
    emit chosen(choice);
    accept();
}

} // namespace paydesk
