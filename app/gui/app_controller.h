#pragma once

#include "network/credential_store.h"
#include "network/profile.h"
#include "services/workspace.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

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
    QString profile;       // paydesk --profile NAME
    int demoIntents = 600; // size of the demo's seed data
    int demoCustomers = 60;
    int demoSessions = 25;
    int demoProcessingDelayMs = 2000;
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

    // Starts (once) the built-in sandbox in its own thread and opens the demo profile on it.
    void openDemo();
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
    sandbox::SandboxThread *m_demo = nullptr;
    Profile m_demoProfile;
    QPointer<Workspace> m_session;
};

} // namespace paydesk
