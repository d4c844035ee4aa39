#include "models/columns.h"

namespace paydesk::columns {

QString isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString isoLocal(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(Qt::ISODate) : QString();
}

QString decimal(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() : QString();
}

QString currency(const std::optional<Money> &money)
{
    return money ? money->currency() : QString();
}

} // namespace paydesk::columns
