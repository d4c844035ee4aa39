#include "network/provider_factory.h"

#include "network/dots/dots_provider.h"

namespace paydesk {

std::unique_ptr<PaymentProvider>
createProvider(const Profile &profile, const Credentials &credentials, HttpTransport *transport)
{
    // Profile::validate() admits Dots only, until SynaptoPay has its class here.
    return std::make_unique<DotsProvider>(profile.baseUrl(), credentials, transport);
}

} // namespace paydesk
