#include "cli.h"
#include "models/fields.h"
#include "network/credential_store.h"
#include "network/http_transport.h"
#include "network/profile.h"
#include "network/provider_factory.h"
#include "options.h"
#include "services/connection.h"

#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace paydesk::cli {

void Cli::withProvider(std::function<void(PaymentProvider *)> then)
{
    TransportOptions options;
    const auto seconds = [this](const QString &option, double min, double max,
                                double fallback) -> std::optional<double> {
        if (!m_parser.isSet(option))
            return fallback;
        bool ok = false;
        const double value = m_parser.value(option).toDouble(&ok);
        if (!ok || !(value >= min && value <= max)) {
            fail(UsageError, tr("--%1 must be a number of seconds from %2 to %3, not \"%4\".")
                                 .arg(option, QLocale::c().toString(min),
                                      QLocale::c().toString(max), m_parser.value(option)));
            return std::nullopt;
        }
        return value;
    };
    const std::optional<double> timeout =
        seconds(QStringLiteral("timeout"), MinTimeoutSeconds, MaxTimeoutSeconds,
                options.inactivityTimeoutMs / 1000.0);
    if (!timeout)
        return;
    const std::optional<double> deadline =
        seconds(QStringLiteral("deadline"), 1, MaxDeadlineSeconds, DefaultDeadlineSeconds);
    if (!deadline)
        return;
    options.inactivityTimeoutMs = int(*timeout * 1000);
    options.deadlineMs = int(*deadline * 1000 / 2);
    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setSingleShot(true);
    QObject::connect(m_deadlineTimer, &QTimer::timeout, this,
                     [this, deadline] { commandDeadlinePassed(int(*deadline)); });
    m_deadlineTimer->start(int(*deadline * 1000));

    const auto connect = [this, options, then](const Profile &profile, const Credentials &creds) {
        const QUrl baseUrl = profile.baseUrl();
        if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
            fail(UsageError, tr("The base URL \"%1\" is not a valid address.")
                                 .arg(baseUrl.toString(QUrl::RemoveUserInfo)));
            return;
        }
        if (!HttpTransport::isAllowedUrl(baseUrl)) {
            fail(UsageError, tr("The base URL must use https:// (plain http:// is allowed only for "
                                "this machine): %1")
                                 .arg(baseUrl.toString(QUrl::RemoveUserInfo)));
            return;
        }
        auto *connection = new Connection(profile, creds, options, this);
        // --deadline, not the profile's, bounds what this command's requests may take.
        connection->setTransportOptions(options);
        m_provider = connection->provider();
        if (isatty(STDERR_FILENO)) {
            QObject::connect(m_provider, &PaymentProvider::retryScheduled, this,
                             [this](const RetryNotice &n) {
                                 m_err << tr("Retrying %1 in %2 s (%3)…")
                                              .arg(n.label)
                                              .arg(QLocale().toString(n.delayMs / 1000.0, 'f', 1))
                                              .arg(n.reason)
                                       << '\n';
                                 m_err.flush();
                             });
        }
        then(m_provider);
    };

    const QString baseUrlFlag = m_parser.value(QStringLiteral("base-url"));
    if (m_parser.isSet(QStringLiteral("profile"))) {
        const QString name = m_parser.value(QStringLiteral("profile"));
        for (const QString &option : {QStringLiteral("provider"), QStringLiteral("account")}) {
            if (m_parser.isSet(option)) {
                fail(UsageError, tr("--%1 is for a connection without a profile: profile \"%2\" "
                                    "names its own.")
                                     .arg(option, name));
                return;
            }
        }
        ProfileStore store(*m_settings);
        const std::optional<Profile> profile = store.find(name);
        if (!profile) {
            fail(CredentialsError, tr("There is no profile named \"%1\". paydesk-cli profiles list "
                                      "shows the profiles; profiles add creates one.")
                                       .arg(name));
            return;
        }
        m_keychain->readApiKey(
            name, this,
            [this, profile, baseUrlFlag, connect](const Result<QByteArray, KeychainError> &key) {
                if (!key.ok()) {
                    fail(CredentialsError, key.error().message);
                    return;
                }
                Profile target = *profile;
                if (!baseUrlFlag.isEmpty()) {
                    target.environment = Environment::Custom;
                    target.customBaseUrl = QUrl(baseUrlFlag);
                }
                connect(target, profile->credentials(key.value()));
            });
        return;
    }

    // Without a profile: the flags, then the environment.
    const auto setting = [this](const QString &option, const char *variable) {
        const QString flag = m_parser.value(option);
        return flag.isEmpty() ? qEnvironmentVariable(variable) : flag;
    };
    Profile target;
    target.name = QStringLiteral("environment");
    target.environment = Environment::Custom;
    // Unless told otherwise, the provider a new profile has.
    if (const QString chosen = setting(QStringLiteral("provider"), "PAYDESK_PROVIDER");
        !chosen.isEmpty())
        target.provider = chosen;
    if (!findProvider(target.provider)) {
        fail(UsageError, tr("--provider (or PAYDESK_PROVIDER) must be one of %1, not \"%2\".")
                             .arg(providerKeys(), target.provider));
        return;
    }
    const QString baseUrl = setting(QStringLiteral("base-url"), "PAYDESK_BASE_URL");
    const QByteArray apiKey = qgetenv("PAYDESK_API_KEY");
    QStringList missing;
    if (baseUrl.isEmpty())
        missing << tr("PAYDESK_BASE_URL (or --base-url)");
    if (target.keyActsForAccount()) {
        target.account = setting(QStringLiteral("account"), "PAYDESK_ACCOUNT");
        if (target.account.isEmpty())
            missing << tr("PAYDESK_ACCOUNT (or --account)");
    } else {
        target.clientId = qEnvironmentVariable("PAYDESK_CLIENT_ID");
        target.appId = qEnvironmentVariable("PAYDESK_APP_ID");
        if (target.clientId.isEmpty())
            missing << QStringLiteral("PAYDESK_CLIENT_ID");
        if (m_parser.isSet(QStringLiteral("account"))) {
            fail(UsageError, tr("--account is for a provider whose key acts for an account; "
                                "%1 takes PAYDESK_CLIENT_ID.")
                                 .arg(target.providerName()));
            return;
        }
    }
    if (apiKey.isEmpty())
        missing << QStringLiteral("PAYDESK_API_KEY");
    if (!missing.isEmpty()) {
        fail(CredentialsError, tr("No credentials: use --profile NAME, or set %1.")
                                   .arg(missing.join(QStringLiteral(", "))));
        return;
    }
    // The account's shape is checked here; the URL below, with the messages it has always had.
    target.customBaseUrl = QUrl(baseUrl);
    const ValidationResult check = target.validate();
    for (const FieldError &e : check.errors()) {
        if (e.field == field::Account) {
            fail(UsageError, QStringLiteral("%1: %2").arg(optionForField(e.field), e.message));
            return;
        }
    }
    connect(target, target.credentials(apiKey));
}

QString Cli::providerKeys()
{
    QStringList keys;
    for (const ProviderInfo &info : knownProviders())
        keys.append(QString(info.key));
    const QString last = keys.takeLast();
    return keys.isEmpty() ? last : tr("%1 or %2").arg(keys.join(u", "), last);
}

} // namespace paydesk::cli
