#pragma once

#include "network/credential_store.h"
#include "network/http_transport.h"
#include "network/payment_provider.h"
#include "network/profile.h"
#include "services/connection.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QListWidget;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace paydesk {

class FormErrors;
class MessageBanner;

// Adds, edits, tests and removes the connections to provider accounts. The API key field is
// masked, never filled in with a stored key, and what is typed goes straight to the keychain;
// when there is no keychain to take it, the person is told why and may choose to keep the key
// in memory for this run only. There is never a file. A second tab holds what the profile's
// receipts say about the merchant (name, address, phone, tax number, footer): none of it secret.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(ProfileStore &store, CredentialStore *keychain, MemoryCredentialStore *memory,
                   QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // Shows `name` in the form; an empty name starts a new profile.
    void selectProfile(const QString &name);
    // Starts a new profile for the provider spelled `providerKey` ("dots", "synaptopay"), as
    // knownProviders() lists them; an unknown key leaves the first provider chosen.
    void startNewProfile(const QString &providerKey);
    // The saved profile the form shows, or empty for a new one.
    QString currentProfileName() const { return m_current; }
    // The profile as the form holds it now.
    Profile formProfile() const;

    bool isBusy() const { return m_busy; }
    MessageBanner *banner() const { return m_banner; }
    FormErrors *formErrors() const { return m_errors; }
    QListWidget *profileList() const { return m_list; }

    // How "Test connection" sends (tests shorten the timeouts).
    void setTestTransportOptions(const TransportOptions &options) { m_testOptions = options; }

protected:
    bool event(QEvent *event) override;

signals:
    // The person chose to work with this (saved) profile.
    void profileActivated(const QString &name);
    // A profile was saved or removed.
    void profilesChanged();

private:
    void reloadList();
    void showProfile(const std::optional<Profile> &profile);
    void save();
    void storeKey(const QString &profile, const QByteArray &key);
    void keepKeyInMemory(const QString &profile);
    void testConnection();
    void runTest(const Profile &profile, const QByteArray &key);
    void askToRemove();
    void remove(const QString &name);
    void activate();
    void setBusy(bool busy);
    void setDirty(bool dirty);
    void updateEnvironment();
    void updateProvider();
    // Shows or leaves out the form row of `field`, keeping the rows' order.
    void setRowShown(QWidget *field, bool shown);
    void updateButtons();

    ProfileStore &m_store;
    QPointer<CredentialStore> m_keychain;
    QPointer<MemoryCredentialStore> m_memory;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    MessageBanner *m_banner;
    FormErrors *m_errors;
    // The form's rows in their order, each a title and the box of its field and error line.
    struct FormRow
    {
        QLabel *title;
        QWidget *box;
    };
    QFormLayout *m_form;
    QList<FormRow> m_rows;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QComboBox *m_environment;
    QLabel *m_productionNote;
    QLineEdit *m_baseUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_appId;
    QLineEdit *m_account;
    QSpinBox *m_deadline;
    QLineEdit *m_apiKey;
    QTabWidget *m_tabs;
    QWidget *m_receiptPage;
    QLineEdit *m_merchantName;
    QPlainTextEdit *m_merchantAddress;
    QLineEdit *m_merchantPhone;
    QLineEdit *m_taxNumber;
    QPlainTextEdit *m_receiptFooter;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_use;
    QPushButton *m_close;
    QPointer<QMessageBox> m_removeQuestion;
    QString m_current;
    // A key waiting for the person's choice after the keychain failed; in memory only.
    QByteArray m_pendingKey;
    QString m_pendingKeyProfile;
    TransportOptions m_testOptions;
    std::unique_ptr<Connection> m_testConnection;
    bool m_busy = false;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace paydesk
