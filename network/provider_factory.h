#pragma once

#include "network/credentials.h"
#include "network/payment_provider.h"
#include "network/profile.h"

#include <memory>

namespace paydesk {

class HttpTransport;

// The provider a profile names, talking through `transport`. The one place that knows which
// class serves which provider: nothing above the network layer asks "is this Dots?".
std::unique_ptr<PaymentProvider>
createProvider(const Profile &profile, const Credentials &credentials, HttpTransport *transport);

} // namespace paydesk
