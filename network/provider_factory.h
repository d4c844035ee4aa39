#pragma once

#include "network/credentials.h"
#include "network/payment_provider.h"
#include "network/profile.h"

#include <QLatin1String>
#include <QUrl>

#include <memory>
#include <span>

namespace paydesk {

class HttpTransport;

// What Paydesk knows about each provider before connecting to it.
struct ProviderInfo
{
    QLatin1String key;  // as profiles, settings and the command line spell it: "dots"
    QLatin1String name; // for people: "Dots"
    QUrl production;
    QUrl sandbox;
    // The key acts for an account (SynaptoPay's acct_...) rather than for a client id (Dots).
    bool keyActsForAccount = false;
};

// Every provider this build speaks, in the order a person is offered them.
std::span<const ProviderInfo> knownProviders();
// The provider spelled `key`, or null.
const ProviderInfo *findProvider(const QString &key);

// The provider a profile names, talking through `transport`. The one place that knows which
// class serves which provider: nothing above the network layer asks "is this Dots?".
std::unique_ptr<PaymentProvider>
createProvider(const Profile &profile, const Credentials &credentials, HttpTransport *transport);

} // namespace paydesk
