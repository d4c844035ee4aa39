#include "network/payment_provider.h"

namespace paydesk {

QString createStatusName(CreateStatus status)
{
    switch (status) {
    case CreateStatus::Created:
        return QStringLiteral("created");
    case CreateStatus::NotCreated:
        return QStringLiteral("not-created");
    case CreateStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace paydesk
