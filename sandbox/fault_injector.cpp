#include "sandbox/fault_injector.h"

#include <algorithm>
#include <cmath>

namespace paydesk::sandbox {

namespace {

// Fault rolls use their own stream, so they do not shift with the seed data drawn from the same
// random seed.
constexpr quint64 kFaultStream = 0x6661756c74730000; // "faults"

} // namespace

FaultInjector::FaultInjector(quint64 randomSeed)
    : m_randomSeed(randomSeed)
{
    configure({});
}

void FaultInjector::configure(const FaultSettings &settings)
{
    Q_ASSERT(settings.isValid());
    m_settings = settings;
    const quint64 seed = m_randomSeed ^ kFaultStream;
    const quint32 seedWords[] = {quint32(seed), quint32(seed >> 32)};
    m_random = QRandomGenerator(seedWords, 2);
    m_tokens = settings.requestsPerSecond;
    m_sinceRefill.start();
}

FaultInjector::Decision FaultInjector::decide(bool isWrite)
{
    // Roll for every request, whatever the settings, so the sequence depends on the request
    // count only.
    double roll = m_random.generateDouble();
    if (m_settings.writesOnly && !isWrite)
        return {};
    int retryAfter = 0;
    if (m_settings.requestsPerSecond > 0 && !takeRateToken(&retryAfter))
        return {Outcome::RateLimited, retryAfter};

    const std::pair<double, Outcome> shares[] = {
        {m_settings.serviceUnavailableShare, Outcome::ServiceUnavailable},
        {m_settings.rateLimitShare, Outcome::RateLimited},
        {m_settings.dropBeforeShare, Outcome::DropBefore},
        {m_settings.dropAfterShare, Outcome::DropAfter},
        {m_settings.truncateShare, Outcome::Truncate},
    };
    for (const auto &[share, outcome] : shares) {
        if (roll < share)
            return {outcome, m_settings.retryAfterSeconds};
        roll -= share;
    }
    return {};
}

bool FaultInjector::takeRateToken(int *retryAfterSeconds)
{
    const double rate = m_settings.requestsPerSecond;
    m_tokens = std::min(rate, m_tokens + rate * double(m_sinceRefill.restart()) / 1000.0);
    if (m_tokens >= 1) {
        m_tokens -= 1;
        return true;
    }
    // Retry-After counts whole seconds: round the wait for the next token up.
    *retryAfterSeconds = std::max(1, int(std::ceil((1 - m_tokens) / rate)));
    return false;
}

} // namespace paydesk::sandbox
