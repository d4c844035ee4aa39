#pragma once

#include "network/dots/dots_provider.h"
#include "network/http_transport.h"
#include "sandbox/sandbox_server.h"

#include <QTest>

#include <memory>

namespace paydesk::testing {

// A sandbox on loopback with a Dots client pointed at it. Retries are fast so fault tests take
// milliseconds; payments settle at once unless a test asks for a delay.
struct SandboxClient
{
    explicit SandboxClient(sandbox::SandboxOptions options = defaultOptions())
        : server(std::make_unique<sandbox::SandboxServer>(options))
    {
        if (!server->listen())
            qFatal("sandbox did not start: %s", qPrintable(server->errorString()));
        transport = std::make_unique<HttpTransport>();
        TransportOptions transportOptions;
        transportOptions.inactivityTimeoutMs = 5000;
        transportOptions.retry.initialDelayMs = 2;
        transportOptions.retry.maxDelayMs = 20;
        transport->setOptions(transportOptions);
        provider =
            std::make_unique<DotsProvider>(server->apiBaseUrl(), credentials(), transport.get());
    }

    static sandbox::SandboxOptions defaultOptions()
    {
        sandbox::SandboxOptions options;
        options.processingDelayMs = 0;
        options.randomSeed = 7;
        return options;
    }

    Credentials credentials() const
    {
        return Credentials{server->options().clientId, server->options().apiKey.toUtf8(), {}, {}};
    }

    void setFaults(const sandbox::FaultSettings &faults) { QVERIFY(server->setFaults(faults)); }

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<DotsProvider> provider;
};

// Collects the one result a callback delivers, for QTRY_VERIFY.
template <typename R>
struct Capture
{
    std::optional<R> value;
    int calls = 0;

    auto callback()
    {
        return [this](const R &r) {
            value = r;
            ++calls;
        };
    }
};

} // namespace paydesk::testing
