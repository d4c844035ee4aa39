#pragma once

#include "models/validation.h"
#include "network/credentials.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace paydesk {

// Where a profile's requests go.
enum class Environment
{
    Production, // the provider's live API: real money
    Sandbox,    // the provider's own test API
    Custom,     // a base URL of the user's choosing, such as a local paydesk-sandbox
};

// What a receipt says about the shop that issues it, set per profile in the profiles dialog. All
// optional and none of it secret: it is printed for anyone to read, and kept with the profile's
// other settings.
struct MerchantDetails
{
    QString name;
    QString address; // as it is printed: one line per line of the address
    QString phone;
    QString taxNumber; // a VAT or sales tax number, as the merchant writes it
    QString footer;    // a closing line: "Thank you for your visit", the return policy

    static constexpr int MaxNameLength = 120;
    static constexpr int MaxAddressLength = 400;
    static constexpr int MaxAddressLines = 6;
    static constexpr int MaxPhoneLength = 40;
    static constexpr int MaxTaxNumberLength = 40;
    static constexpr int MaxFooterLength = 600;

    bool isEmpty() const;
    // The same details with spaces trimmed from each line and blank lines dropped.
    MerchantDetails trimmed() const;
    // Each rule a receipt needs kept (lengths, a one-line name), on the field names of
    // models/fields.h.
    ValidationResult validate() const;
    friend bool operator==(const MerchantDetails &, const MerchantDetails &) = default;
};

// A named connection to a provider account. Everything here may be written to settings; the
// API key is not here: it lives in the OS keychain under the profile's name.
struct Profile
{
    QString name;
    QString provider = QStringLiteral("dots");
    Environment environment = Environment::Sandbox;
    QUrl customBaseUrl;
    QString clientId; // Dots: the client id the API key belongs to
    QString appId;    // Dots: optional Api-App-Id
    QString account;  // SynaptoPay: the account the key acts for, "acct_..."
    // How long one operation (a request with its retries) may take in all before Paydesk gives
    // up and says so; a server that trickles bytes cannot hold a person longer than this.
    int requestDeadlineSeconds = DefaultRequestDeadlineSeconds;
    // The shop as its receipts name it.
    MerchantDetails merchant;

    static constexpr int DefaultRequestDeadlineSeconds = 120;
    static constexpr int MinRequestDeadlineSeconds = 5;
    static constexpr int MaxRequestDeadlineSeconds = 3600;

    QUrl baseUrl() const;
    // What the provider needs to authenticate with `apiKey`, from this profile.
    Credentials credentials(const QByteArray &apiKey) const;
    // The key acts for an account (SynaptoPay) rather than for a client id (Dots).
    bool keyActsForAccount() const;
    bool isProduction() const { return environment == Environment::Production; }
    // A custom base URL on this machine (a local sandbox).
    bool isLocal() const;
    // The provider's name for people ("Dots", "SynaptoPay").
    QString providerName() const;
    // "Production", "Sandbox", "Custom (http://127.0.0.1:8080/api)".
    QString environmentLabel() const;
    ValidationResult validate() const;

    // "production", "sandbox", or a URL (custom), as the command line and settings spell them.
    static QString environmentKey(Environment environment);
    static std::optional<Environment> environmentFromKey(const QString &key);

    friend bool operator==(const Profile &, const Profile &) = default;
};

// Profiles in QSettings (the platform's settings store), one array entry each.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings)
        : m_settings(settings)
    {}

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;
    // Adds or replaces the profile with the same name.
    void save(const Profile &profile);
    bool remove(const QString &name);

    QString defaultProfileName() const;
    void setDefaultProfileName(const QString &name);

private:
    void write(const QList<Profile> &profiles);

    QSettings &m_settings;
};

} // namespace paydesk
