#pragma once

#include "network/activity.h"
#include "network/api_error.h"
#include "network/call_handle.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcPaydeskHttp)

namespace paydesk {

// How idempotent requests are retried: growing, jittered delays with a cap; Retry-After wins
// when the server sends one. Requests that are not idempotent are never retried or resent.
struct RetryPolicy
{
    int maxRetries = 4;
    int initialDelayMs = 500;
    int maxDelayMs = 8000;
    double jitter = 0.25;          // each delay is scaled by a random factor in [1-j, 1+j]
    int maxRetryAfterSeconds = 60; // a longer Retry-After is reported, not waited for
};

struct TransportOptions
{
    // The timeout counts inactivity: a slow but moving download of a large list is fine.
    int inactivityTimeoutMs = 30000;
    // And nothing takes longer than this in all, retries included: a server that trickles a
    // byte at a time cannot keep a request (and the person waiting on it) forever. 0: none.
    int deadlineMs = 120000;
    RetryPolicy retry;
};

struct HttpRequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON, for POST
    // Extra headers, credentials among them: they are sent, never logged.
    QList<std::pair<QByteArray, QByteArray>> headers;
    // GETs: retried and may follow same-origin redirects. Anything else is sent exactly once.
    bool idempotent = true;
    // What this request does, for people ("list payment intents").
    QString label;
};

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer came
    QByteArray body;
    QJsonDocument json; // the body, when it parsed as JSON
    bool jsonValid = false;
    std::optional<int> retryAfterSeconds;
    // Set when there is no HTTP answer to interpret (network, timeout, TLS, cancelled, refused
    // redirect or URL). When it is set, status may still be non-zero for a refused redirect.
    std::optional<ApiError> transportError;
    // False only when the failure proves the request never reached the server (connection
    // refused, host not found, TLS handshake failure, URL refused before sending), on every
    // attempt: one sent again after an earlier attempt may have arrived keeps it true.
    bool mayHaveReachedServer = true;
    int attempts = 0;
};

// The one place Paydesk sends HTTP: one QNetworkAccessManager, an inactivity timeout on every
// request, retries for idempotent requests, HTTPS for every host but this machine, redirects
// that never leave the origin, TLS errors never ignored, and a log that never shows credentials.
class HttpTransport : public QObject
{
    Q_OBJECT
public:
    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    void setOptions(const TransportOptions &options) { m_options = options; }
    const TransportOptions &options() const { return m_options; }

    // Sends the request and calls `done` once, on this thread, unless `context` is destroyed
    // first (which cancels the request).
    CallHandle send(const HttpRequestSpec &spec, QObject *context,
                    std::function<void(const HttpResponse &)> done);

    int requestsInFlight() const { return m_inFlight; }

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    // Plain HTTP is allowed to loopback hosts only (a local sandbox); everything else is HTTPS.
    static bool isAllowedUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

signals:
    void requestsInFlightChanged(int count);
    void retryScheduled(const paydesk::RetryNotice &notice);

private:
    friend class HttpExchange;
    void adjustInFlight(int delta);

    QNetworkAccessManager *m_manager;
    TransportOptions m_options;
    int m_inFlight = 0;
};

} // namespace paydesk
