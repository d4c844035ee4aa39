#include "network/api_error.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace paydesk {

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = ApiErrorKind::Cancelled;
    error.message = QCoreApplication::translate("paydesk::ApiError", "Cancelled.");
    return error;
}

QString ApiError::kindName(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ApiErrorKind::Offline:
        return QStringLiteral("offline");
    case ApiErrorKind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case ApiErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ApiErrorKind::Tls:
        return QStringLiteral("tls");
    case ApiErrorKind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case ApiErrorKind::Redirect:
        return QStringLiteral("redirect-refused");
    case ApiErrorKind::Credentials:
        return QStringLiteral("credentials");
    case ApiErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ApiErrorKind::Validation:
        return QStringLiteral("invalid-input");
    case ApiErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ApiErrorKind::Server:
        return QStringLiteral("server-error");
    case ApiErrorKind::BadResponse:
        return QStringLiteral("bad-response");
    case ApiErrorKind::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("unknown");
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case ApiErrorKind::Offline:
    case ApiErrorKind::ConnectionLost:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::Server:
        return true;
    default:
        return false;
    }
}

QString durationText(double seconds)
{
    const QLocale locale;
    if (seconds >= 120 && std::fmod(seconds, 60.0) == 0.0)
        return QCoreApplication::translate("paydesk::ApiError", "%1 minutes")
            .arg(locale.toString(qint64(seconds / 60)));
    if (seconds == 1.0)
        return QCoreApplication::translate("paydesk::ApiError", "1 second");
    const bool whole = std::fmod(seconds, 1.0) == 0.0;
    return QCoreApplication::translate("paydesk::ApiError", "%1 seconds")
        .arg(whole ? locale.toString(qint64(seconds)) : locale.toString(seconds, 'g', 3));
}

} // namespace paydesk
