#pragma once

namespace paydesk::sandbox {

// Misbehaviour on demand, applied to /api requests only (never to the admin routes or the checkout
// page). Each request rolls once: the shares are probabilities in [0, 1] of disjoint outcomes, so
// their sum must not exceed 1. The roll sequence is reseeded from the server's random seed whenever
// the settings change, so a given seed and request sequence always meets the same faults.
struct FaultSettings
{
    int latencyMs = 0;                  // added before every answer (or drop)
    double serviceUnavailableShare = 0; // 503, request not applied
    double rateLimitShare = 0;          // 429 with Retry-After, request not applied
    int retryAfterSeconds = 1;          // Retry-After of those 429s; 0 is allowed (fast tests)
    int requestsPerSecond = 0;          // above this rate, 429 with Retry-After; 0 = no limit
    double dropBeforeShare = 0;         // connection closed, request not applied
    double dropAfterShare = 0;          // request applied, connection closed unanswered
    double truncateShare = 0;           // 2xx answer whose JSON body is cut short
    // Faults hit writes (POST) only, so a client's follow-up reads (the look-up after a lost
    // create) get through: the case a test of "never charge twice" needs to set up exactly.
    bool writesOnly = false;

    // Rounding room, so that shares meant to add up to exactly 1 do.
    static constexpr double kShareSlack = 1e-9;

    double totalShare() const
    {
        return serviceUnavailableShare + rateLimitShare + dropBeforeShare + dropAfterShare +
               truncateShare;
    }
    bool isValid() const;

    friend bool operator==(const FaultSettings &, const FaultSettings &) = default;
};

} // namespace paydesk::sandbox
