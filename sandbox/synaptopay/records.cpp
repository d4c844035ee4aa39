#include "sandbox/synaptopay/records.h"

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::synaptopay {

QString intentStateName(IntentState state)
{
    switch (state) {
    case IntentState::RequiresPaymentMethod:
        return u"REQUIRES_PAYMENT_METHOD"_s;
    case IntentState::Processing:
        return u"PROCESSING"_s;
    case IntentState::Succeeded:
        return u"SUCCEEDED"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString deviceStateName(DeviceState state)
{
    switch (state) {
    case DeviceState::Active:
        return u"ACTIVE"_s;
    case DeviceState::Pending:
        return u"PENDING"_s;
    case DeviceState::Suspended:
        return u"SUSPENDED"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace paydesk::sandbox::synaptopay
