#include "network/credential_store.h"

#include "network/call_handle.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace paydesk {

namespace {

KeychainError keychainError(QKeychain::Error error, const QString &detail, const QString &profile)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return {KeychainError::Kind::NotFound,
                KeychainCredentialStore::tr(
                    "No API key is stored for profile \"%1\". Enter it in Profiles, or run "
                    "paydesk-cli login --profile \"%1\".")
                    .arg(profile)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {KeychainError::Kind::Denied,
                KeychainCredentialStore::tr(
                    "The keychain refused access to the API key (%1). Unlock your keychain (for "
                    "example by logging in to the desktop again) and try again.")
                    .arg(detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    // Without a session bus or a Secret Service on it, libsecret reports "Could not connect"
    // and the D-Bus backends name D-Bus or the secrets service; all mean "nothing to talk to".
    const auto mentions = [&detail](const char *word) {
        return detail.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    const bool unavailable = error == QKeychain::NoBackendAvailable ||
                             error == QKeychain::NotImplemented || mentions("connect") ||
                             mentions("D-Bus") || mentions("DBus") ||
                             mentions("org.freedesktop.secrets");
    return {unavailable ? KeychainError::Kind::Unavailable : KeychainError::Kind::Failed,
            KeychainCredentialStore::tr(
                "The system keychain is not available (%1). Paydesk keeps API keys only in a "
                "keychain: install and start a Secret Service provider such as gnome-keyring, "
                "unlock it, and try again, or keep the key in memory for this run only.")
                .arg(detail.isEmpty() ? KeychainCredentialStore::tr("no details") : detail)};
}

// Runs one QtKeychain job with a time limit and delivers its outcome once.
template <typename T>
void runJob(QKeychain::Job *job, int timeoutMs, QObject *context, const QString &profile,
            std::function<T(QKeychain::Job *)> value, Callback<T, KeychainError> done)
{
    struct Pending
    {
        bool delivered = false;
    };
    auto pending = std::make_shared<Pending>();
    const ContextGuard guard(context);
    const auto deliver = [pending, guard, done](const Result<T, KeychainError> &r) {
        if (pending->delivered)
            return;
        pending->delivered = true;
        if (guard.isAlive())
            done(r);
    };
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [deliver] {
        deliver(KeychainError{KeychainError::Kind::TimedOut,
                              KeychainCredentialStore::tr(
                                  "The keychain did not answer. Check that a Secret Service "
                                  "provider such as gnome-keyring is running and unlocked, or "
                                  "keep the key in memory for this run only.")});
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [=](QKeychain::Job *finished) {
        timer->stop();
        if (finished->error() != QKeychain::NoError)
            deliver(keychainError(finished->error(), finished->errorString(), profile));
        else
            deliver(value(finished));
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    timer->start(timeoutMs);
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

QString KeychainCredentialStore::entryName(const QString &profile)
{
    return QStringLiteral("%1 API key").arg(profile);
}

QString KeychainCredentialStore::storageDescription() const
{
    return tr("the system keychain");
}

void KeychainCredentialStore::readApiKey(const QString &profile, QObject *context,
                                         Callback<QByteArray, KeychainError> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(entryName(profile));
    runJob<QByteArray>(
        job, m_timeoutMs, context, profile,
        [](QKeychain::Job *j) {
            return static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        },
        std::move(done));
}

void KeychainCredentialStore::writeApiKey(const QString &profile, const QByteArray &apiKey,
                                          QObject *context, Callback<Done, KeychainError> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(entryName(profile));
    job->setBinaryData(apiKey);
    runJob<Done>(
        job, m_timeoutMs, context, profile, [](QKeychain::Job *) { return Done{}; },
        std::move(done));
}

void KeychainCredentialStore::removeApiKey(const QString &profile, QObject *context,
                                           Callback<Done, KeychainError> done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(entryName(profile));
    runJob<Done>(
        job, m_timeoutMs, context, profile, [](QKeychain::Job *) { return Done{}; },
        [done](const Result<Done, KeychainError> &r) {
            // Removing what is not there leaves the keychain as asked.
            if (!r.ok() && r.error().kind == KeychainError::Kind::NotFound)
                done(Done{});
            else
                done(r);
        });
}

QString MemoryCredentialStore::storageDescription() const
{
    return tr("memory, for this run only");
}

void MemoryCredentialStore::readApiKey(const QString &profile, QObject *context,
                                       Callback<QByteArray, KeychainError> done)
{
    const ContextGuard guard(context);
    const auto it = m_keys.constFind(profile);
    Result<QByteArray, KeychainError> result =
        it != m_keys.constEnd()
            ? Result<QByteArray, KeychainError>(*it)
            : Result<QByteArray, KeychainError>(KeychainError{
                  KeychainError::Kind::NotFound,
                  tr("No API key is held for profile \"%1\" in this run.").arg(profile)});
    // Results always arrive asynchronously, as they do from a real keychain.
    QTimer::singleShot(0, this, [guard, result, done] {
        if (guard.isAlive())
            done(result);
    });
}

void MemoryCredentialStore::writeApiKey(const QString &profile, const QByteArray &apiKey,
                                        QObject *context, Callback<Done, KeychainError> done)
{
    m_keys.insert(profile, apiKey);
    const ContextGuard guard(context);
    QTimer::singleShot(0, this, [guard, done] {
        if (guard.isAlive())
            done(Done{});
    });
}

void MemoryCredentialStore::removeApiKey(const QString &profile, QObject *context,
                                         Callback<Done, KeychainError> done)
{
    m_keys.remove(profile);
    const ContextGuard guard(context);
    QTimer::singleShot(0, this, [guard, done] {
        if (guard.isAlive())
            done(Done{});
    });
}

} // namespace paydesk
