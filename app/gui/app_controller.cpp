#include "app_controller.h"

#include "network/provider_factory.h"
#include "sandbox/sandbox_server.h"
#include "sandbox/sandbox_thread.h"
#include "services/key_resolver.h"
#include "services/workspace.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/dialogs/profiles_dialog.h"
#include "ui/main_window.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace paydesk {

namespace {

constexpr char DemoProfileName[] = "Demo";

} // namespace

AppController::AppController(const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_profiles(m_settings)
    , m_window(std::make_unique<MainWindow>())
{
    connect(m_window.get(), &MainWindow::demoRequested, this, &AppController::openDemo);
    connect(m_window.get(), &MainWindow::profileSwitchRequested, this, &AppController::openProfile);
    connect(m_window.get(), &MainWindow::manageProfilesRequested, this,
            &AppController::manageProfiles);
}

AppController::~AppController()
{
    // The window goes first: its pages hold the session's models.
    m_window.reset();
    delete m_session;
}

void AppController::start()
{
    refreshProfileSwitcher();
    m_window->show();
    if (m_options.demo) {
        openDemo(m_options.demoProvider);
        return;
    }
    const QString name =
        m_options.profile.isEmpty() ? m_profiles.defaultProfileName() : m_options.profile;
    if (!name.isEmpty() && m_profiles.find(name)) {
        openProfile(name);
        return;
    }
    if (!m_options.profile.isEmpty()) {
        QMessageBox::warning(m_window.get(), tr("No such profile"),
                             tr("There is no profile named \"%1\".").arg(m_options.profile));
    }
    if (m_profiles.profiles().isEmpty())
        showFirstRun();
    else
        manageProfiles();
}

void AppController::showFirstRun()
{
    auto *dialog = new FirstRunDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::chosen, this, [this, dialog](FirstRunDialog::Choice choice) {
        if (choice == FirstRunDialog::Choice::Demo)
            openDemo();
        else if (choice == FirstRunDialog::Choice::ConnectAccount)
            connectAccount(dialog->providerKey());
    });
    dialog->open();
}

void AppController::manageProfiles()
{
    connectAccount(QString());
}

void AppController::connectAccount(const QString &providerKey)
{
    auto *dialog = new ProfilesDialog(m_profiles, &m_keychain, &m_memoryKeys, m_window.get());
    if (!providerKey.isEmpty())
        dialog->startNewProfile(providerKey);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::profileActivated, this, &AppController::openProfile);
    connect(dialog, &QDialog::finished, this, &AppController::refreshProfileSwitcher);
    dialog->open();
}

void AppController::refreshProfileSwitcher()
{
    QStringList names;
    for (const Profile &p : m_profiles.profiles())
        names.append(p.name);
    const bool demo = m_session && m_session->isDemo();
    m_window->setProfiles(names, m_session && !demo ? m_session->profile().name : QString(),
                          demo ? m_session->profile().provider : QString());
}

void AppController::openDemo(const QString &provider)
{
    if (!provider.isEmpty())
        m_demoProvider = provider;
    if (m_session && m_session->isDemo() && m_session->profile().provider == m_demoProvider)
        return;
    if (m_demo && !m_demoConnections.isEmpty()) {
        openDemoProfile(m_demoProvider); // the sandbox is running already
        return;
    }
    if (m_demo)
        return; // starting
    sandbox::SandboxOptions options;
    options.seedSizes.customers = m_options.demoCustomers;
    options.seedSizes.paymentIntents = m_options.demoIntents;
    options.seedSizes.checkoutSessions = m_options.demoSessions;
    options.seedSizes.synaptoPayData = true;
    options.processingDelayMs = m_options.demoProcessingDelayMs;
    // Long enough for a person to open the simulated terminal and present a card themselves.
    options.terminalDelayMs = m_options.demoTerminalDelayMs;
    options.randomSeed = 2026;
    m_window->statusBar()->showMessage(tr("Starting the demo sandbox…"));
    m_demo = new sandbox::SandboxThread(options, this);
    connect(m_demo, &sandbox::SandboxThread::failed, this, [this](const QString &error) {
        QMessageBox::critical(m_window.get(), tr("The demo could not start"),
                              tr("Paydesk could not start its built-in sandbox: %1").arg(error));
    });
    connect(m_demo, &sandbox::SandboxThread::listening, this, [this, options](const QUrl &url) {
        m_demoConnections = sandbox::sandboxConnections(url, options);
        // The demo keys live in memory only, like a key a person chose not to store.
        for (const sandbox::SandboxConnection &c : std::as_const(m_demoConnections))
            m_memoryKeys.writeApiKey(demoProfile(c.provider).name, c.apiKey.toUtf8(), this,
                                     [](const Result<Done, KeychainError> &) {});
        openDemoProfile(m_demoProvider);
    });
    m_demo->start();
}

Profile AppController::demoProfile(const QString &provider) const
{
    Profile profile;
    profile.provider = provider;
    profile.environment = Environment::Custom;
    // The Dots demo keeps the name it always had.
    profile.name = provider == QLatin1String("dots")
                       ? QString::fromLatin1(DemoProfileName)
                       : QStringLiteral("%1 %2").arg(QString::fromLatin1(DemoProfileName),
                                                     findProvider(provider)
                                                         ? QString(findProvider(provider)->name)
                                                         : provider);
    for (const sandbox::SandboxConnection &c : m_demoConnections) {
        if (c.provider == provider) {
            profile.customBaseUrl = c.baseUrl;
            profile.clientId = c.clientId;
            profile.account = c.account;
        }
    }
    // A made-up shop, so that the demo's receipts look like a shop's; it says it is a demo.
    profile.merchant.name = QStringLiteral("Paydesk Demo Shop");
    profile.merchant.address = QStringLiteral("1 Example Street\nSpringfield");
    profile.merchant.phone = QStringLiteral("+1 555 0100");
    profile.merchant.taxNumber = QStringLiteral("DEMO-000-000");
    profile.merchant.footer = tr("A receipt from Paydesk's demo: no money moved.");
    return profile;
}

void AppController::openDemoProfile(const QString &provider)
{
    const Profile profile = demoProfile(provider);
    m_memoryKeys.readApiKey(
        profile.name, this, [this, profile](const Result<QByteArray, KeychainError> &key) {
            if (key.ok())
                adopt(new Workspace(profile, profile.credentials(key.value()), true));
        });
}

void AppController::openProfile(const QString &name)
{
    const std::optional<Profile> profile = m_profiles.find(name);
    if (!profile)
        return;
    KeyResolver(&m_memoryKeys, &m_keychain)
        .readApiKey(name, this, [this, profile](const Result<QByteArray, KeychainError> &key) {
            if (key.ok())
                openWithKey(*profile, key.value());
            else
                reportKeyProblem(*profile, key.error());
        });
}

void AppController::openWithKey(const Profile &profile, const QByteArray &key)
{
    m_profiles.setDefaultProfileName(profile.name);
    adopt(new Workspace(profile, profile.credentials(key), false));
}

void AppController::reportKeyProblem(const Profile &profile, const KeychainError &error)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("The API key is not available"),
        tr("Paydesk could not read the API key of profile \"%1\".").arg(profile.name),
        QMessageBox::Cancel, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(error.message);
    QPushButton *fix = box->addButton(tr("Open Profiles…"), QMessageBox::AcceptRole);
    connect(box, &QMessageBox::finished, this, [this, box, fix] {
        if (box->clickedButton() == fix)
            manageProfiles();
    });
    box->open();
}

void AppController::adopt(Workspace *session)
{
    Workspace *previous = m_session;
    m_session = session;
    m_window->statusBar()->clearMessage();
    m_window->setSession(session);
    delete previous;
    refreshProfileSwitcher();
    emit sessionOpened(session);
}

} // namespace paydesk
