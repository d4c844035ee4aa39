#pragma once

#include <QString>

namespace paydesk {

// A form label or button text as a screen reader should say it: "&Amount:" reads "Amount".
inline QString withoutMnemonic(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

} // namespace paydesk
