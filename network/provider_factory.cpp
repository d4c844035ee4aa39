#include "network/provider_factory.h"

#include "network/dots/dots_provider.h"
#include "network/synaptopay/synaptopay_provider.h"

namespace paydesk {

std::span<const ProviderInfo> knownProviders()
{
    static const ProviderInfo providers[] = {
        {QLatin1String("dots"), QLatin1String("Dots"), DotsProvider::productionBaseUrl(),
         DotsProvider::sandboxBaseUrl(), false},
        {QLatin1String("synaptopay"), QLatin1String("SynaptoPay"),
         SynaptoPayProvider::productionBaseUrl(), SynaptoPayProvider::sandboxBaseUrl(), true},
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
    // Profile::validate() admits the known providers only.
    if (profile.provider == QLatin1String("synaptopay"))
        return std::make_unique<SynaptoPayProvider>(profile.baseUrl(), credentials, transport);
    Q_ASSERT(profile.provider == QLatin1String("dots"));
    return std::make_unique<DotsProvider>(profile.baseUrl(), credentials, transport);
}

} // namespace paydesk
