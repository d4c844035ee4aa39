#include "services/key_resolver.h"

#include <QCoreApplication>

namespace paydesk {

void KeyResolver::readApiKey(const QString &profile, QObject *context,
                             Callback<QByteArray, KeychainError> done) const
{
    CredentialStore *keychain = m_keychain;
    const auto fromKeychain = [keychain, profile, context, done] {
        if (!keychain) {
            KeychainError error;
            error.kind = KeychainError::Kind::NotFound;
            error.message = QCoreApplication::translate("paydesk::KeyResolver",
                                                        "No API key is stored for “%1”.")
                                .arg(profile);
            done(error);
            return;
        }
        keychain->readApiKey(profile, context, done);
    };
    if (!m_memory) {
        fromKeychain();
        return;
    }
    m_memory->readApiKey(profile, context,
                         [fromKeychain, done](const Result<QByteArray, KeychainError> &key) {
                             if (key.ok())
                                 done(key);
                             else
                                 fromKeychain();
                         });
}

} // namespace paydesk
