#pragma once

#include "sandbox/fault_settings.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace paydesk::sandbox {

// Decides, request by request, which fault an /api request meets.
class FaultInjector
{
public:
    enum class Outcome
    {
        None,
        ServiceUnavailable,
        RateLimited,
        DropBefore,
        DropAfter,
        Truncate,
    };
    struct Decision
    {
        Outcome outcome = Outcome::None;
        int retryAfterSeconds = 0; // for RateLimited
    };

    explicit FaultInjector(quint64 randomSeed);

    // Also restarts the roll sequence and the rate window, so the same settings and seed always
    // give the same faults from here on. The settings must be valid.
    void configure(const FaultSettings &settings);
    const FaultSettings &settings() const { return m_settings; }

    // `isWrite`: the request changes something (POST). With writesOnly set, reads meet no fault.
    Decision decide(bool isWrite);

private:
    bool takeRateToken(int *retryAfterSeconds);

    FaultSettings m_settings;
    quint64 m_randomSeed;
    QRandomGenerator m_random;
    // Token bucket for requestsPerSecond: up to a second's worth of requests in a burst.
    QElapsedTimer m_sinceRefill;
    double m_tokens = 0;
};

} // namespace paydesk::sandbox
