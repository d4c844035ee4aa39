#include "sandbox/fault_settings.h"

namespace paydesk::sandbox {

namespace {

bool isShare(double share)
{
    return share >= 0 && share <= 1;
}

} // namespace

bool FaultSettings::isValid() const
{
    return latencyMs >= 0 && retryAfterSeconds >= 0 && requestsPerSecond >= 0 &&
           isShare(serviceUnavailableShare) && isShare(rateLimitShare) &&
           isShare(dropBeforeShare) && isShare(dropAfterShare) && isShare(truncateShare) &&
           totalShare() <= 1 + kShareSlack;
}

} // namespace paydesk::sandbox
