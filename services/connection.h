// One connection to a provider account: a profile and its key, wired to the transport and the
// provider that speaks for it. The one place that builds them, for the console's workspace, the
// profiles dialog's "Test connection" and paydesk-cli alike.
#pragma once

#include "network/credentials.h"
#include "network/http_transport.h"
#include "network/payment_provider.h"
#include "network/profile.h"

#include <QObject>

#include <memory>

namespace paydesk {

class Connection : public QObject
{
    Q_OBJECT
public:
    // Requests run under the profile's deadline; `options` sets everything else.
    Connection(const Profile &profile, const Credentials &credentials,
               const TransportOptions &options = {}, QObject *parent = nullptr);
    ~Connection() override;

    const Profile &profile() const { return m_profile; }
    PaymentProvider *provider() const { return m_provider.get(); }

    TransportOptions transportOptions() const;
    void setTransportOptions(const TransportOptions &options);

private:
    Profile m_profile;
    HttpTransport *m_transport;
    std::unique_ptr<PaymentProvider> m_provider;
};

} // namespace paydesk
