// Where a profile's API key comes from: a key the person chose to keep in memory for this run
// wins, then the system keychain. Said once, for the console and its profiles dialog.
#pragma once

#include "network/credential_store.h"

#include <QObject>
#include <QString>

namespace paydesk {

class KeyResolver
{
public:
    // Either store may be null (no keychain on this desktop, or no memory store).
    KeyResolver(CredentialStore *memory, CredentialStore *keychain)
        : m_memory(memory)
        , m_keychain(keychain)
    {}

    void readApiKey(const QString &profile, QObject *context,
                    Callback<QByteArray, KeychainError> done) const;

private:
    CredentialStore *m_memory;
    CredentialStore *m_keychain;
};

} // namespace paydesk
