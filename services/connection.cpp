#include "services/connection.h"

#include "network/provider_factory.h"

namespace paydesk {

Connection::Connection(const Profile &profile, const Credentials &credentials,
                       const TransportOptions &options, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_transport(new HttpTransport(this))
    , m_provider(createProvider(profile, credentials, m_transport))
{
    TransportOptions withDeadline = options;
    withDeadline.deadlineMs = profile.requestDeadlineSeconds * 1000;
    m_transport->setOptions(withDeadline);
}

// The provider sends on the transport: it goes first.
Connection::~Connection()
{
    m_provider.reset();
}

TransportOptions Connection::transportOptions() const
{
    return m_transport->options();
}

void Connection::setTransportOptions(const TransportOptions &options)
{
    m_transport->setOptions(options);
}

} // namespace paydesk
