#include "cli.h"
#include "cli_generic.h"
#include "models/drafts.h"
#include "network/credential_store.h"
#include "network/profile.h"
#include "network/provider_factory.h"
#include "options.h"

#include <QCoreApplication>

namespace paydesk::cli {

void Cli::profilesList()
{
    ProfileStore store(*m_settings);
    if (!checkOptions({}))
        return;
    const QString defaultName = store.defaultProfileName();
    Tabular table{{QStringLiteral("name"), QStringLiteral("provider"),
                   QStringLiteral("environment"), QStringLiteral("base_url"),
                   QStringLiteral("client_id"), QStringLiteral("app_id"),
                   QStringLiteral("account")},
                  {}};
    QJsonArray array;
    for (const Profile &p : store.profiles()) {
        const QString env = Profile::environmentKey(p.environment);
        const QString url = p.baseUrl().toString(QUrl::RemoveUserInfo);
        table.rows.append({p.name, p.provider, env, url, p.clientId, p.appId, p.account});
        array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("provider"), p.provider},
                                 {QStringLiteral("environment"), env},
                                 {QStringLiteral("base_url"), url},
                                 {QStringLiteral("client_id"), p.clientId},
                                 {QStringLiteral("app_id"), p.appId},
                                 {QStringLiteral("account"), p.account},
                                 {QStringLiteral("default"), p.name == defaultName}});
    }
    if (OutputFormat(m_format) == OutputFormat::Json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else if (OutputFormat(m_format) == OutputFormat::Csv)
        m_out << renderCsv(table);
    else
        m_out << renderTable(table);
    finish(Success);
}

void Cli::profilesAdd()
{
    ProfileStore store(*m_settings);
    if (!checkOptions(
            {QStringLiteral("environment"), QStringLiteral("client-id"), QStringLiteral("app-id")}))
        return;
    Profile profile;
    profile.name = m_positional.value(2);
    if (m_parser.isSet(QStringLiteral("provider")))
        profile.provider = m_parser.value(QStringLiteral("provider"));
    if (!findProvider(profile.provider)) {
        fail(UsageError,
             tr("--provider must be one of %1, not \"%2\".").arg(providerKeys(), profile.provider));
        return;
    }
    // A key acts either for an account or for a client id: the other options do not apply.
    const QStringList notTaken =
        profile.keyActsForAccount()
            ? QStringList{QStringLiteral("client-id"), QStringLiteral("app-id")}
            : QStringList{QStringLiteral("account")};
    for (const QString &option : notTaken) {
        if (m_parser.isSet(option)) {
            fail(UsageError,
                 tr("--%1 does not apply to a %2 profile.").arg(option, profile.providerName()));
            return;
        }
    }
    const QString environment = m_parser.value(QStringLiteral("environment"));
    if (environment.isEmpty()) {
        fail(UsageError, tr("--environment is required: production, sandbox, or a base URL."));
        return;
    }
    const std::optional<Environment> known = Profile::environmentFromKey(environment);
    if (known && *known != Environment::Custom) {
        profile.environment = *known;
    } else {
        profile.environment = Environment::Custom;
        profile.customBaseUrl = QUrl(environment);
    }
    profile.clientId = m_parser.value(QStringLiteral("client-id"));
    profile.appId = m_parser.value(QStringLiteral("app-id"));
    profile.account = m_parser.value(QStringLiteral("account"));
    const ValidationResult check = profile.validate();
    if (!check.ok()) {
        failValidation(check);
        return;
    }
    if (store.find(profile.name)) {
        fail(UsageError,
             tr("A profile named \"%1\" exists already; remove it first.").arg(profile.name));
        return;
    }
    store.save(profile);
    if (store.defaultProfileName().isEmpty())
        store.setDefaultProfileName(profile.name);
    m_err << tr("Added profile \"%1\" (%2, %3). Store its API key with: paydesk-cli login "
                "--profile \"%1\"")
                 .arg(profile.name, profile.providerName(), profile.environmentLabel())
          << '\n';
    finish(Success);
}

void Cli::profilesRemove()
{
    ProfileStore store(*m_settings);
    if (!checkOptions({}))
        return;
    const QString name = m_positional.value(2);
    if (!store.remove(name)) {
        fail(UsageError, tr("There is no profile named \"%1\".").arg(name));
        return;
    }
    // The key goes with the profile: nothing is left behind in the keychain.
    m_keychain->removeApiKey(name, this, [this, name](const Result<Done, KeychainError> &r) {
        if (!r.ok()) {
            fail(CredentialsError,
                 tr("Removed profile \"%1\", but its API key could not be removed from the "
                    "keychain: %2")
                     .arg(name, r.error().message));
            return;
        }
        m_err << tr("Removed profile \"%1\" and its API key.").arg(name) << '\n';
        finish(Success);
    });
}

void Cli::login()
{
    if (!checkOptions({}))
        return;
    const QString name = m_parser.value(QStringLiteral("profile"));
    if (name.isEmpty()) {
        fail(UsageError, tr("login needs --profile NAME."));
        return;
    }
    ProfileStore store(*m_settings);
    if (!store.find(name)) {
        fail(UsageError, tr("There is no profile named \"%1\"; add it first with paydesk-cli "
                            "profiles add.")
                             .arg(name));
        return;
    }
    const QByteArray key = readSecretFromStdin(true, tr("API key for profile \"%1\": ").arg(name));
    if (key.isEmpty()) {
        fail(UsageError, tr("No API key was given on standard input."));
        return;
    }
    m_keychain->writeApiKey(name, key, this, [this, name](const Result<Done, KeychainError> &r) {
        if (!r.ok()) {
            fail(CredentialsError, r.error().message);
            return;
        }
        m_err << tr("Stored the API key for profile \"%1\" in %2.")
                     .arg(name, m_keychain->storageDescription())
              << '\n';
        finish(Success);
    });
}

} // namespace paydesk::cli
