#pragma once

#include "services/workspace.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QSystemTrayIcon;
class QToolButton;

namespace paydesk {

class CheckoutSessionsPage;
class CustomersPage;
class EnvironmentBanner;
class PaymentIntentsPage;
class ResourcePage;

// The console: a sidebar of pages (payment intents, checkout sessions, customers), a toolbar and
// menus for the usual work, a banner whenever the money is not real, and a status bar saying
// what the connection is doing. It shows one Workspace at a time; switching profile hands it a new
// one and everything reloads.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `session` (owned by the caller) and loads everything.
    void setSession(Workspace *session);
    Workspace *session() const { return m_session; }

    // The profiles the switcher offers; `current` is selected.
    // The saved profiles by name, and a demo entry for each provider; `current` names the open
    // profile, or `currentDemo` the provider (its key, "dots") of the open demo.
    void setProfiles(const QStringList &names, const QString &current,
                     const QString &currentDemo = {});

    PaymentIntentsPage *paymentIntentsPage() const { return m_intentsPage; }
    CheckoutSessionsPage *checkoutSessionsPage() const { return m_sessionsPage; }
    CustomersPage *customersPage() const { return m_customersPage; }
    EnvironmentBanner *banner() const { return m_banner; }
    void showPage(int index);
    ResourcePage *currentPage() const;

    void takePayment(const QString &customerId = {});
    void createCheckoutLink(const QString &customerId = {});
    void createCustomer();
    // Writes the current page's rows, as shown, to `path`.
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void profileSwitchRequested(const QString &name);
    // The built-in demo on this provider ("dots", "synaptopay"; empty: the one shown last).
    void demoRequested(const QString &provider);
    void manageProfilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildStatusBar();
    void refresh();
    void chooseExportFile();
    void onLoadStarted(ResourceKind kind);
    void onLoadProgress(ResourceKind kind, int items);
    void onLoadFinished(ResourceKind kind, bool complete, const QString &error);
    void onConnectionState(Workspace::ConnectionState state, const QString &message);
    void onRetry(const RetryNotice &notice);
    void onInFlight(int count);
    void onIntentSettled(const PaymentIntent &intent);
    void onCheckoutSettled(const CheckoutSession &session);
    void notify(const QString &title, const QString &message);
    void updateSidebarCounts();
    void updateLastRefreshed();
    void restoreLayout();
    void saveLayout() const;

    QPointer<Workspace> m_session;
    EnvironmentBanner *m_banner;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    PaymentIntentsPage *m_intentsPage;
    CheckoutSessionsPage *m_sessionsPage;
    CustomersPage *m_customersPage;
    QComboBox *m_profileSwitcher;
    QLabel *m_connection;
    QLabel *m_lastRefreshed;
    QLabel *m_inFlight;
    QLabel *m_retry;
    QProgressBar *m_progress;
    QToolButton *m_cancelLoad;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace paydesk
