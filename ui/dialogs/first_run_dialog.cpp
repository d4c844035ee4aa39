#include "ui/dialogs/first_run_dialog.h"

#include "network/provider_factory.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_demo(new QCommandLinkButton(tr("Try the demo"), this))
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
    for (const ProviderInfo &info : knownProviders()) {
        const QString name = info.name;
        const QString key = info.key;
        //: %1 is a payment provider: "Connect a SynaptoPay account".
        auto *button = new QCommandLinkButton(tr("Connect a %1 account").arg(name), this);
        button->setObjectName(QStringLiteral("connectButton_") + key);
        button->setDescription(
            info.keyActsForAccount
                ? tr("Enter your %1 account (acct_…) and its API key. The key is kept in your "
                     "system keychain, never in a file.")
                      .arg(name)
                : tr("Enter your %1 client ID and API key. The key is kept in your system "
                     "keychain, never in a file.")
                      .arg(name));
        button->setAccessibleName(button->text());
        button->setAccessibleDescription(button->description());
        connect(button, &QCommandLinkButton::clicked, this,
                [this, key] { choose(Choice::ConnectAccount, key); });
        m_connect.append(button);
    }

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
    for (QCommandLinkButton *button : m_connect)
        layout->addWidget(button);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });
    m_demo->setDefault(true);
    m_demo->setFocus();
}

void FirstRunDialog::choose(Choice choice, const QString &providerKey)
{
    m_choice = choice;
    m_providerKey = providerKey;
    emit chosen(choice);
    accept();
}

} // namespace paydesk
