#pragma once

#include <QByteArray>
#include <QString>

namespace paydesk {

// What a provider needs to authenticate. The API key is a secret: it is held in memory only,
// read from the keychain when a profile is opened, and never written to a file, a log line, an
// error message or a command line.
struct Credentials
{
    QString clientId; // Dots: the client the key belongs to
    QByteArray apiKey;
    QString appId;   // Dots: sent as Api-App-Id when an organisation key acts for an app
    QString account; // SynaptoPay: the account (acct_...) the key acts for

    bool isComplete() const
    {
        return (!clientId.isEmpty() || !account.isEmpty()) && !apiKey.isEmpty();
    }
};

} // namespace paydesk
