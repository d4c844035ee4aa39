#pragma once

#include "models/validation.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace paydesk {

// Why a call did not give what was asked, sorted by what a person can do about it.
enum class ApiErrorKind
{
    Cancelled,      // the caller cancelled
    Offline,        // host not found, connection refused, network unreachable
    ConnectionLost, // the connection broke before an answer came
    Timeout,        // nothing moved for the inactivity timeout
    Tls,            // certificate or handshake failure; never ignored
    InsecureUrl,    // plain HTTP to a host that is not this machine
    Redirect,       // a redirect to another host or to plain HTTP, refused
    Credentials,    // 401 or 403
    NotFound,       // 404
    Validation,     // 400 or 422: the server named what is wrong
    RateLimited,    // 429
    Server,         // 5xx
    BadResponse,    // an answer that is not the JSON expected
    Rejected,       // any other 4xx
};

struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::Server;
    int httpStatus = 0;
    // A sentence for a person: what happened and what to do about it.
    QString message;
    // The field the server named (API field path, such as `line_items[0].quantity`), if any:
    // the first of `fieldErrors`.
    QString field;
    // Every field the server named, each with its own words (`errors: [{field, message}]`).
    QList<FieldError> fieldErrors;
    // The server's own words, for a person ("description is not allowed"), and its code, for
    // support and scripts ("invalid-input"): never one in place of the other.
    QString serverMessage;
    QString code;
    std::optional<int> retryAfterSeconds;

    static ApiError cancelled();

    // A short, stable name for logs, exit codes and tests ("timeout", "rate-limited").
    static QString kindName(ApiErrorKind kind);
    // True for the failures where retrying an idempotent request may help.
    bool isTransient() const;
};

// "1 second", "2.5 seconds", "2 minutes": a duration in words, in the user's locale.
QString durationText(double seconds);

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::ApiError)
