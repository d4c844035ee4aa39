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
    if (!time.isValid())
        return QString();
    // Local time with its offset from UTC written out ("2026-11-26T03:23:03+01:00"), so the
    // moment is unambiguous wherever the file is read; UTC itself as "Z".
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    return offset == 0 ? local.toUTC().toString(Qt::ISODate)
                       : local.toOffsetFromUtc(offset).toString(Qt::ISODate);
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
