#include "network/provider_factory.h"

#include "network/dots/dots_provider.h"

namespace paydesk {

std::span<const ProviderInfo> knownProviders()
{
    static const ProviderInfo providers[] = {
        {QLatin1String("dots"), QLatin1String("Dots"), DotsProvider::productionBaseUrl(),
         DotsProvider::sandboxBaseUrl(), false},
    };
    return providers;
}

const ProviderInfo *findProvider(const QString &key)
{
    for (const ProviderInfo &info : knownProviders())
        if (key == info.key)
            return &info;
    return nullptr;
}

std::unique_ptr<PaymentProvider>
createProvider(const Profile &profile, const Credentials &credentials, HttpTransport *transport)
{
    Q_ASSERT(findProvider(profile.provider)); // Profile::validate() admits known providers only
    return std::make_unique<DotsProvider>(profile.baseUrl(), credentials, transport);
}

} // namespace paydesk
