#pragma once

#include "network/result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <variant>

namespace paydesk {

struct KeychainError
{
    enum class Kind
    {
        NotFound,    // no key stored for this profile
        Unavailable, // no Secret Service (or other keychain) to talk to
        Denied,      // locked, or access refused
        TimedOut,    // the keychain did not answer
        Failed,      // anything else
    };
    Kind kind = Kind::Failed;
    QString message; // what to install, unlock or do; never contains the key
};

using Done = std::monostate;

// Where API keys live. Only the OS keychain or this process's memory: there is no file fallback.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void readApiKey(const QString &profile, QObject *context,
                            Callback<QByteArray, KeychainError> done) = 0;
    virtual void writeApiKey(const QString &profile, const QByteArray &apiKey, QObject *context,
                             Callback<Done, KeychainError> done) = 0;
    virtual void removeApiKey(const QString &profile, QObject *context,
                              Callback<Done, KeychainError> done) = 0;
    // "the system keychain", "memory (this run only)": for telling people where a key went.
    virtual QString storageDescription() const = 0;
};

// The OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, the
// Credential Manager on Windows. Entries are service "Paydesk", key "<profile> API key".
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    static QString serviceName() { return QStringLiteral("Paydesk"); }
    static QString entryName(const QString &profile);

    // A keychain that never answers must not hang the app or the CLI.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void readApiKey(const QString &profile, QObject *context,
                    Callback<QByteArray, KeychainError> done) override;
    void writeApiKey(const QString &profile, const QByteArray &apiKey, QObject *context,
                     Callback<Done, KeychainError> done) override;
    void removeApiKey(const QString &profile, QObject *context,
                      Callback<Done, KeychainError> done) override;
    QString storageDescription() const override;

private:
    int m_timeoutMs = 15000;
};

// Keys held for this run only: the demo profile, and the explicit choice a person makes when no
// keychain is available.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void readApiKey(const QString &profile, QObject *context,
                    Callback<QByteArray, KeychainError> done) override;
    void writeApiKey(const QString &profile, const QByteArray &apiKey, QObject *context,
                     Callback<Done, KeychainError> done) override;
    void removeApiKey(const QString &profile, QObject *context,
                      Callback<Done, KeychainError> done) override;
    QString storageDescription() const override;

private:
    QHash<QString, QByteArray> m_keys;
};

} // namespace paydesk
