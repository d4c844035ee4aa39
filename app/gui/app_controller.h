#pragma once

#include "network/credential_store.h"
#include "network/profile.h"
#include "sandbox/sandbox_server.h"
#include "services/workspace.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace paydesk {

class MainWindow;
namespace sandbox {
class SandboxThread;
}

// What the app was asked to do at start.
struct LaunchOptions
{
    bool demo = false;     // paydesk --demo
    QString demoProvider;  // paydesk --demo-provider KEY: the demo opens on it (default Dots)
    QString profile;       // paydesk --profile NAME
    int demoIntents = 600; // size of the demo's seed data
    int demoCustomers = 60;
    int demoSessions = 25;
    int demoProcessingDelayMs = 2000;
    int demoTerminalDelayMs = 45000; // a terminal left alone settles after this long
};

// Wires the app together: the window, the profiles and their keys, the built-in demo, and the
// one Workspace the window shows. Switching profile builds a new Workspace and drops the old one.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(const LaunchOptions &options, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the window and opens the demo, the chosen or default profile, or the first-run choice.
    void start();
    MainWindow *window() const { return m_window.get(); }
    Workspace *session() const { return m_session; }

    // Starts (once) the built-in sandbox in its own thread and opens the demo profile of this
    // provider on it ("dots", "synaptopay"; empty: the demo shown last, else Dots).
    void openDemo(const QString &provider = {});
    void openProfile(const QString &name);
    void manageProfiles();

signals:
    // A session is showing (the demo once its sandbox listens).
    void sessionOpened(paydesk::Workspace *session);

private:
    void showFirstRun();
    // The profiles dialog, on a new profile for the provider spelled `providerKey` (as
    // knownProviders() spells it), or on the default profile when it is empty.
    void connectAccount(const QString &providerKey);
    void adopt(Workspace *session);
    void refreshProfileSwitcher();
    void openWithKey(const Profile &profile, const QByteArray &key);
    void reportKeyProblem(const Profile &profile, const KeychainError &error);

    LaunchOptions m_options;
    QSettings m_settings;
    ProfileStore m_profiles;
    KeychainCredentialStore m_keychain;
    MemoryCredentialStore m_memoryKeys;
    std::unique_ptr<MainWindow> m_window;
    Profile demoProfile(const QString &provider) const;
    void openDemoProfile(const QString &provider);

    sandbox::SandboxThread *m_demo = nullptr;
    QList<sandbox::SandboxConnection> m_demoConnections; // once the sandbox listens
    QString m_demoProvider = QStringLiteral("dots");
    QPointer<Workspace> m_session;
};

} // namespace paydesk
