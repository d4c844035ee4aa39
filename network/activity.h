// What a provider's connection is doing, for people: requests in flight and retries to come.
// Provider-neutral: the console shows it without knowing how requests travel.
#pragma once

#include <QMetaType>
#include <QString>

namespace paydesk {

struct RetryNotice
{
    QString label;
    int attempt = 0; // the retry about to happen, from 1
    int maxRetries = 0;
    int delayMs = 0;
    QString reason; // "the server is busy (503)"
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::RetryNotice)
