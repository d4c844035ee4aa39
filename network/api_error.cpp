#include "network/api_error.h"

#include <QCoreApplication>

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

} // namespace paydesk
