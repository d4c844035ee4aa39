#include "network/http_transport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcPaydeskHttp, "paydesk.network", QtWarningMsg)

namespace paydesk {

namespace {

// The body of a request, sent at most once per attempt. Qt's HTTP stack quietly resends the
// current request when a server closes a kept-alive connection before answering, whatever the
// method; to resend it must rewind the body, and this device refuses to rewind once read. Qt
// then fails the reply with ContentReSendError instead of sending a second create: a request
// that must never be sent twice is looked up by its caller, and one that may go again (a write
// with an idempotency key) goes again through the retries, which remember that it may have
// arrived.
class OneShotUploadDevice : public QIODevice
{
public:
    OneShotUploadDevice(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    qint64 size() const override { return m_data.size(); }
    bool isSequential() const override { return false; }

    bool seek(qint64 pos) override
    {
        // Rewinding before anything was read is harmless; afterwards it would mean a resend.
        if (pos != this->pos() && m_everRead)
            return false;
        return QIODevice::seek(pos);
    }

    bool reset() override { return seek(0); }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 available = m_data.size() - pos();
        const qint64 n = std::min(maxSize, available);
        if (n <= 0)
            return n == 0 ? 0 : -1;
        std::copy_n(m_data.constData() + pos(), n, out);
        m_everRead = true;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_everRead = false;
};

std::optional<int> parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

// One request, with its retries. Lives until it has delivered its response.
class HttpExchange : public Operation
{
    Q_OBJECT // so tr() reads the translations in this class's own context

        public : HttpExchange(HttpTransport *transport, const HttpRequestSpec &spec,
                              QObject *context, std::function<void(const HttpResponse &)> done)
        : Operation(transport)
        , m_transport(transport)
        , m_spec(spec)
        , m_context(context)
        , m_done(std::move(done))
    {
        m_inactivity.setSingleShot(true);
        m_retryTimer.setSingleShot(true);
        m_deadline.setSingleShot(true);
        connect(&m_inactivity, &QTimer::timeout, this, [this] { timeOut(); });
        connect(&m_deadline, &QTimer::timeout, this, [this] { deadlinePassed(); });
        connect(&m_retryTimer, &QTimer::timeout, this, [this] { sendAttempt(); });
        if (context)
            connect(context, &QObject::destroyed, this, [this] { cancel(); });
        setCanceller([this] { onCancelled(); });
    }

    void start()
    {
        m_transport->adjustInFlight(+1);
        if (const int deadlineMs = m_transport->options().deadlineMs; deadlineMs > 0)
            m_deadline.start(deadlineMs);
        if (!HttpTransport::isAllowedUrl(m_spec.url)) {
            HttpResponse response;
            response.mayHaveReachedServer = false;
            ApiError refused;
            refused.kind = ApiErrorKind::InsecureUrl;
            refused.message =
                tr("Paydesk only talks to %1 over HTTPS. Change the profile's base URL to start "
                   "with https:// (plain http:// is allowed for this machine only).")
                    .arg(m_spec.url.host());
            response.transportError = refused;
            deliverLater(response);
            return;
        }
        sendAttempt();
    }

private:
    void sendAttempt()
    {
        ++m_attempts;
        QNetworkRequest request(m_spec.url);
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QStringLiteral("Paydesk/%1").arg(QStringLiteral(PAYDESK_VERSION)));
        request.setRawHeader("Accept", "application/json");
        for (const auto &[name, value] : m_spec.headers)
            request.setRawHeader(name, value);
        // A GET may follow a redirect that stays on the same scheme, host and port; nothing
        // else follows redirects, so credentials never travel to another host or over HTTP.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             m_spec.idempotent ? QNetworkRequest::SameOriginRedirectPolicy
                                               : QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);

        m_timer.start();
        QNetworkAccessManager *manager = m_transport->networkAccessManager();
        if (m_spec.method == "GET") {
            m_reply = manager->get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            // Qt would resend a body it can rewind on a new connection when the first closes
            // unanswered, inside this one attempt, and then report only the second connection's
            // failure: a refused second connection would hide a first send that arrived. So
            // every body goes once per attempt, and only the retries below send it again.
            m_reply = manager->sendCustomRequest(request, m_spec.method,
                                                 new OneShotUploadDevice(m_spec.body, this));
        }
        m_reply->setParent(this);
        QNetworkReply *reply = m_reply;
        const auto touch = [this] { m_inactivity.start(); };
        connect(reply, &QNetworkReply::uploadProgress, this, touch);
        connect(reply, &QNetworkReply::downloadProgress, this, touch);
        connect(reply, &QNetworkReply::metaDataChanged, this, touch);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
        m_inactivity.start(m_transport->options().inactivityTimeoutMs);
    }

    void timeOut()
    {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort(); // finished() follows, with OperationCanceledError
    }

    // The whole exchange, retries included, took longer than the deadline.
    void deadlinePassed()
    {
        m_timedOut = true;
        m_deadlinePassed = true;
        if (m_reply) {
            m_reply->abort(); // finished() follows, and reports the deadline
            return;
        }
        // Waiting between retries: the last attempt's answer already said what happened.
        m_retryTimer.stop();
        HttpResponse response = m_lastResponse;
        response.attempts = m_attempts;
        response.transportError = deadlineError();
        deliver(response);
    }

    ApiError deadlineError() const
    {
        ApiError e;
        e.kind = ApiErrorKind::Timeout;
        e.message =
            tr("%1 did not finish answering within %2. Check your connection and try "
               "again.")
                .arg(hostOf(m_spec.url), durationText(m_transport->options().deadlineMs / 1000.0));
        return e;
    }

    void onCancelled()
    {
        m_retryTimer.stop();
        m_inactivity.stop();
        m_deadline.stop();
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
        HttpResponse response;
        response.attempts = m_attempts;
        response.mayHaveReachedServer = m_attempts > 0;
        response.transportError = ApiError::cancelled();
        deliver(response);
    }

    void onFinished(QNetworkReply *reply)
    {
        m_inactivity.stop();
        m_reply = nullptr;
        reply->deleteLater();

        HttpResponse response;
        response.attempts = m_attempts;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            response.body = reply->readAll();
        response.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
        const QNetworkReply::NetworkError error = reply->error();

        qCDebug(lcPaydeskHttp).noquote()
            << m_spec.method << m_spec.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
            << (response.status ? QString::number(response.status) : QStringLiteral("-"))
            << QStringLiteral("%1 ms").arg(m_timer.elapsed())
            << (error != QNetworkReply::NoError && !response.status
                    ? QStringLiteral("(%1)").arg(int(error))
                    : QString());

        // Timed out after the head arrived: the status is there, the answer is not.
        if (m_timedOut || response.status == 0 || error == QNetworkReply::InsecureRedirectError ||
            error == QNetworkReply::TooManyRedirectsError) {
            response.transportError = transportError(reply, error, &response.mayHaveReachedServer);
        } else if (response.status >= 300 && response.status < 400) {
            response.transportError = redirectRefused(reply);
        } else if (!response.body.isEmpty()) {
            QJsonParseError parseError;
            response.json = QJsonDocument::fromJson(response.body, &parseError);
            response.jsonValid = parseError.error == QJsonParseError::NoError;
        }

        // The request is one request however often it went out: a failure that proves this
        // attempt never reached the server says nothing of the attempts before it (a write sent
        // again with its idempotency key may have been applied by the first one).
        m_mayHaveReachedServer = m_mayHaveReachedServer || response.mayHaveReachedServer;
        response.mayHaveReachedServer = m_mayHaveReachedServer;

        if (!m_deadlinePassed && m_spec.idempotent &&
            m_attempts <= m_transport->options().retry.maxRetries) {
            if (const std::optional<QString> reason = retryReason(response))
                if (scheduleRetry(response, *reason)) {
                    m_lastResponse = response;
                    return;
                }
        }
        deliver(response);
    }

    ApiError transportError(QNetworkReply *reply, QNetworkReply::NetworkError error,
                            bool *mayHaveReachedServer)
    {
        const QString host = hostOf(m_spec.url);
        if (m_deadlinePassed)
            return deadlineError();
        // Qt's own error text ("Unknown error", "Remote host closed") says nothing a person can
        // act on, and it is not the server's word: it goes to the debug log only.
        qCDebug(lcPaydeskHttp).noquote() << m_spec.label << "failed:" << reply->errorString();
        ApiError e;
        if (m_timedOut) {
            e.kind = ApiErrorKind::Timeout;
            e.message =
                tr("%1 did not answer for %2. Check your connection and try again.")
                    .arg(host, durationText(m_transport->options().inactivityTimeoutMs / 1000.0));
            return e;
        }
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::UnknownProxyError:
            *mayHaveReachedServer = false;
            e.kind = ApiErrorKind::Offline;
            e.message = error == QNetworkReply::HostNotFoundError
                            ? tr("Could not find %1. Check your internet connection and the "
                                 "profile's base URL.")
                                  .arg(host)
                            : tr("Could not connect to %1. Check your internet connection, or "
                                 "whether the server is running.")
                                  .arg(host);
            return e;
        case QNetworkReply::SslHandshakeFailedError:
            *mayHaveReachedServer = false;
            e.kind = ApiErrorKind::Tls;
            e.message = tr("The secure connection to %1 failed (%2). Paydesk does not ignore "
                           "certificate problems; check the system date and any proxy.")
                            .arg(host, reply->errorString());
            return e;
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            return redirectRefused(reply);
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::TimeoutError:
            e.kind = ApiErrorKind::Timeout;
            e.message =
                tr("%1 did not answer in time. Check your connection and try again.").arg(host);
            return e;
        default:
            // Remote host closed, content resend refused, or anything else after connecting:
            // the request may have been received and applied.
            e.kind = ApiErrorKind::ConnectionLost;
            e.message = tr("The connection to %1 was lost before an answer came.").arg(host);
            return e;
        }
    }

    ApiError redirectRefused(QNetworkReply *reply)
    {
        ApiError e;
        e.kind = ApiErrorKind::Redirect;
        e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        e.message = tr("%1 redirected the request to %2. Paydesk does not follow API redirects to "
                       "another address; check the profile's base URL.")
                        .arg(hostOf(m_spec.url),
                             target.isEmpty() ? tr("another address")
                                              : m_spec.url.resolved(target).toString(
                                                    QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        return e;
    }

    std::optional<QString> retryReason(const HttpResponse &response) const
    {
        if (response.transportError) {
            switch (response.transportError->kind) {
            case ApiErrorKind::Offline:
            case ApiErrorKind::ConnectionLost:
            case ApiErrorKind::Timeout:
                return response.transportError->message;
            default:
                return std::nullopt;
            }
        }
        if (isRetryableStatus(response.status))
            return response.status == 429
                       ? tr("the server asked to slow down (429)")
                       : tr("the server had a problem (%1)").arg(response.status);
        if (response.status >= 200 && response.status < 300 && !response.body.isEmpty() &&
            !response.jsonValid)
            return tr("the answer was cut off");
        return std::nullopt;
    }

    bool scheduleRetry(const HttpResponse &response, const QString &reason)
    {
        const RetryPolicy &policy = m_transport->options().retry;
        int delayMs = 0;
        if (response.retryAfterSeconds) {
            if (*response.retryAfterSeconds > policy.maxRetryAfterSeconds)
                return false;
            delayMs = *response.retryAfterSeconds * 1000;
        } else {
            const double base = policy.initialDelayMs * std::pow(2.0, m_attempts - 1);
            const double jitter =
                1.0 + policy.jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
            delayMs = int(std::min<double>(policy.maxDelayMs, base) * jitter);
        }
        RetryNotice notice{m_spec.label, m_attempts, policy.maxRetries, delayMs, reason};
        qCDebug(lcPaydeskHttp).noquote()
            << "retry" << m_attempts << "of" << policy.maxRetries << "for" << m_spec.label << "in"
            << delayMs << "ms:" << reason;
        emit m_transport->retryScheduled(notice);
        m_retryTimer.start(delayMs);
        return true;
    }

    void deliverLater(const HttpResponse &response)
    {
        QTimer::singleShot(0, this, [this, response] { deliver(response); });
    }

    void deliver(const HttpResponse &response)
    {
        if (m_delivered)
            return;
        m_delivered = true;
        m_deadline.stop();
        m_retryTimer.stop();
        m_transport->adjustInFlight(-1);
        auto done = std::move(m_done);
        const bool contextAlive = m_context.isAlive();
        finish();
        if (done && contextAlive)
            done(response);
    }

    HttpTransport *m_transport;
    HttpRequestSpec m_spec;
    ContextGuard m_context;
    std::function<void(const HttpResponse &)> m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QTimer m_retryTimer;
    QTimer m_deadline;
    QElapsedTimer m_timer;
    HttpResponse m_lastResponse; // the answer a scheduled retry follows
    int m_attempts = 0;
    bool m_mayHaveReachedServer = false; // any attempt so far
    bool m_timedOut = false;
    bool m_deadlinePassed = false;
    bool m_delivered = false;
};

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<RetryNotice>();
    // Credentials are sent explicitly with each request; never cached or offered by Qt.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpTransport::~HttpTransport() = default;

CallHandle HttpTransport::send(const HttpRequestSpec &spec, QObject *context,
                               std::function<void(const HttpResponse &)> done)
{
    auto *exchange = new HttpExchange(this, spec, context, std::move(done));
    exchange->start();
    return CallHandle(exchange);
}

void HttpTransport::adjustInFlight(int delta)
{
    m_inFlight += delta;
    emit requestsInFlightChanged(m_inFlight);
}

bool HttpTransport::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool HttpTransport::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

} // namespace paydesk

#include "http_transport.moc"
