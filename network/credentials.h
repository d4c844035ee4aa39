#pragma once

#include <QByteArray>
#include <QString>

namespace paydesk {

// What a provider needs to authenticate. The API key is a secret: it is held in memory only,
// read from the keychain when a profile is opened, and never written to a file, a log line, an
// error message or a command line.
struct Credentials
{
    QString clientId;
    QByteArray apiKey;
    QString appId; // Dots: sent as Api-App-Id when an organisation key acts for an app

    bool isComplete() const { return !clientId.isEmpty() && !apiKey.isEmpty(); }
};

} // namespace paydesk
