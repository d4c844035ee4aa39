#include "sandbox/sandbox_server.h"

#include "sandbox/api.h"
#include "sandbox/checkout_page.h"
#include "sandbox/fault_injector.h"
#include "sandbox/http_compat.h"
#include "sandbox/journal.h"
#include "sandbox/render.h"
#include "sandbox/router.h"
#include "sandbox/seeder.h"
#include "sandbox/state_file.h"
#include "sandbox/store.h"
#include "sandbox/synaptopay/pages.h"
#include "sandbox/synaptopay/payments.h"
#include "sandbox/synaptopay/routes.h"
#include "sandbox/synaptopay/seeding.h"
#include "sandbox/synaptopay/status.h"
#include "sandbox/validation.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

constexpr int kMaxSeedRecords = 1'000'000;

QJsonObject faultsToJson(const FaultSettings &faults)
{
    return {{u"latency_ms"_s, faults.latencyMs},
            {u"service_unavailable_share"_s, faults.serviceUnavailableShare},
            {u"rate_limit_share"_s, faults.rateLimitShare},
            {u"retry_after_seconds"_s, faults.retryAfterSeconds},
            {u"requests_per_second"_s, faults.requestsPerSecond},
            {u"drop_before_share"_s, faults.dropBeforeShare},
            {u"drop_after_share"_s, faults.dropAfterShare},
            {u"truncate_share"_s, faults.truncateShare},
            {u"writes_only"_s, faults.writesOnly}};
}

std::optional<FieldError> readFaults(const QJsonObject &body, FaultSettings &out)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    reader.rejectUnknownFields(faultsToJson({}).keys());
    constexpr qint64 kDay = 24 * 3600;
    const auto count = [&](const QString &name, qint64 maximum, int fallback) {
        return int(reader.integer(name, FieldReader::Optional, FieldReader::between(0, maximum))
                       .value_or(fallback));
    };
    const auto share = [&](const QString &name) { return reader.number(name, 0, 1).value_or(0); };
    const FaultSettings defaults;
    out.latencyMs = count(u"latency_ms"_s, kDay * 1000, defaults.latencyMs);
    out.serviceUnavailableShare = share(u"service_unavailable_share"_s);
    out.rateLimitShare = share(u"rate_limit_share"_s);
    out.retryAfterSeconds = count(u"retry_after_seconds"_s, kDay, defaults.retryAfterSeconds);
    out.requestsPerSecond = count(u"requests_per_second"_s, 1'000'000, defaults.requestsPerSecond);
    out.dropBeforeShare = share(u"drop_before_share"_s);
    out.dropAfterShare = share(u"drop_after_share"_s);
    out.truncateShare = share(u"truncate_share"_s);
    out.writesOnly = reader.boolean(u"writes_only"_s).value_or(false);
    // Each request meets at most one fault, so the shares are parts of one whole.
    const std::pair<QString, double> shares[] = {
        {u"service_unavailable_share"_s, out.serviceUnavailableShare},
        {u"rate_limit_share"_s, out.rateLimitShare},
        {u"drop_before_share"_s, out.dropBeforeShare},
        {u"drop_after_share"_s, out.dropAfterShare},
        {u"truncate_share"_s, out.truncateShare},
    };
    double total = 0;
    for (const auto &[name, value] : shares) {
        total += value;
        if (!error && total > 1 + FaultSettings::kShareSlack) {
            reader.fail(name, u"maximum"_s,
                        u"%1 takes the shares past 1 in total; each request meets at most one "
                        "fault"_s.arg(name));
        }
    }
    return error;
}

// The connection guard refuses a larger body from its Content-Length before it arrives; this
// stays as the last word.
std::optional<HttpResponse> oversized(const HttpRequest &request, qint64 maxBodyBytes)
{
    if (request.body.size() <= maxBodyBytes)
        return std::nullopt;
    return errorResponse(413, u"payload-too-large"_s,
                         u"The body is %1 bytes; the limit is %2"_s.arg(
                             QString::number(request.body.size()), QString::number(maxBodyBytes)));
}

HttpResponse unauthorized(const QString &message)
{
    HttpResponse response = errorResponse(401, u"unauthorized"_s, message);
    response.headers.emplaceBack("WWW-Authenticate",
                                 R"(Basic realm="paydesk-sandbox", charset="UTF-8")");
    return response;
}

} // namespace

class SandboxServer::Private
{
public:
    Private(SandboxServer *q, Options options)
        : q(q)
        , options(std::move(options))
        , faults(this->options.randomSeed)
        , api(store, this->options)
        , checkout(store)
        , synaptoPayments(store)
        , synaptoPay(store, synaptoPayments, this->options)
        , synaptoPayPages(store, synaptoPayments)
        , delayedReplies(new QObject(q))
    {
        if (this->options.faults.isValid())
            faults.configure(this->options.faults);
        addAdminRoutes();
    }

    void handle(const HttpRequest &request, PendingReply reply);
    // Makes the writes made so far durable when there is a state file (see journal.h).
    bool commit(QString *error = nullptr);

    SandboxServer *const q;
    Options options;
    Store store;
    FaultInjector faults;
    Api api;
    CheckoutPages checkout;
    synaptopay::Payments synaptoPayments;
    synaptopay::Api synaptoPay;
    synaptopay::Pages synaptoPayPages;
    Router admin;
    // Only with a state file: every write is journaled before its answer goes out.
    std::unique_ptr<Journal> journal;
    // Answers waiting for the journal's next sync, which is due on the event loop's next turn.
    struct HeldReply
    {
        PendingReply reply;
        std::optional<HttpResponse> response;
        int delayMs = 0;
        std::function<void()> sent;
    };
    std::vector<HeldReply> heldReplies;
    bool flushDue = false;
    // Parent of the timers holding answers back for the latency fault: deleting it drops those
    // answers while the HTTP server they belong to still exists.
    QObject *const delayedReplies;
    HttpServer *http = nullptr;
    QString errorString;

private:
    // The errors the shared parts answer with, in the shape of the API asked: Dots' or
    // SynaptoPay's.
    using ErrorShape = HttpResponse (*)(int status, const QString &code, const QString &message);
    // Answers an API request, and says what to do once the answer is sent.
    using Answer = std::function<HttpResponse(const HttpRequest &, std::function<void()> &sent)>;

    // /api and /v1 requests meet faults and latency; the admin routes and the pages never do.
    void answerWithFaults(const HttpRequest &request, PendingReply reply, ErrorShape shape,
                          const Answer &answer);
    HttpResponse answerApiRequest(const HttpRequest &request);
    HttpResponse answerSynaptoPayRequest(const HttpRequest &request, std::function<void()> &sent);
    HttpResponse answerOutsideApi(const HttpRequest &request);
    void respond(PendingReply reply, std::optional<HttpResponse> response, int delayMs,
                 std::function<void()> sent = {});
    void flushJournal();
    std::optional<HttpResponse> unauthenticated(const HttpRequest &request) const;
    void deliver(PendingReply reply, std::optional<HttpResponse> response, int delayMs,
                 std::function<void()> sent = {});
    void addAdminRoutes();
    QJsonObject clockJson() const;
    QJsonObject countsJson() const;
};

void SandboxServer::Private::handle(const HttpRequest &request, PendingReply reply)
{
    if (request.path.startsWith("/api/"_L1)) {
        answerWithFaults(request, std::move(reply), errorResponse,
                         [this](const HttpRequest &apiRequest, std::function<void()> &) {
                             return answerApiRequest(apiRequest);
                         });
    } else if (request.path.startsWith("/v1/"_L1)) {
        answerWithFaults(request, std::move(reply), synaptopay::answerForStatus,
                         [this](const HttpRequest &apiRequest, std::function<void()> &sent) {
                             return answerSynaptoPayRequest(apiRequest, sent);
                         });
    } else
        respond(std::move(reply), answerOutsideApi(request), 0);
}

bool SandboxServer::Private::commit(QString *error)
{
    QString problem;
    if (!journal || journal->commit(&problem))
        return true;
    qWarning("paydesk-sandbox: %s", qPrintable(problem));
    if (error)
        *error = problem;
    return false;
}

namespace {

HttpResponse notDurable(const QString &error)
{
    return errorResponse(500, u"not-durable"_s,
                         u"The change was made but could not be saved, so it may be lost when "
                         "the sandbox stops: %1"_s.arg(error));
}

} // namespace

// The one place every answer that may follow a write passes, so none goes out before what it
// shows is on disk. The write is journaled at once; the answer waits for the sync on the event
// loop's next turn, which serves every request that arrived meanwhile (a group commit). Until
// then other answers wait too, so none shows a write that a crash could still take back.
void SandboxServer::Private::respond(PendingReply reply, std::optional<HttpResponse> response,
                                     int delayMs, std::function<void()> sent)
{
    if (!journal) {
        deliver(std::move(reply), std::move(response), delayMs, std::move(sent));
        return;
    }
    QString error;
    if (!journal->write(&error)) {
        qWarning("paydesk-sandbox: %s", qPrintable(error));
        if (response)
            response = notDurable(error);
    }
    if (!journal->needsSync() && heldReplies.empty()) {
        deliver(std::move(reply), std::move(response), delayMs, std::move(sent));
        return;
    }
    heldReplies.push_back({std::move(reply), std::move(response), delayMs, std::move(sent)});
    if (!std::exchange(flushDue, true))
        QTimer::singleShot(0, q, [this] { flushJournal(); });
}

void SandboxServer::Private::flushJournal()
{
    flushDue = false;
    QString error;
    const bool synced = !journal || journal->sync(&error);
    if (!synced)
        qWarning("paydesk-sandbox: %s", qPrintable(error));
    for (HeldReply &held : std::exchange(heldReplies, {})) {
        if (!synced && held.response)
            held.response = notDurable(error);
        deliver(std::move(held.reply), std::move(held.response), held.delayMs,
                std::move(held.sent));
    }
}

HttpResponse SandboxServer::Private::answerOutsideApi(const HttpRequest &request)
{
    if (auto rejection = oversized(request, options.http.maxBodyBytes))
        return *rejection;
    if (request.path.startsWith("/checkout/"_L1))
        return checkout.handle(request);
    if (synaptopay::Pages::isPagePath(request.path))
        return synaptoPayPages.handle(request);
    if (request.path.startsWith("/admin/"_L1)) {
        if (auto rejection = unauthenticated(request))
            return *rejection;
        return admin.route(request);
    }
    return errorResponse(404, u"not-found"_s,
                         u"No route for %1 %2; the Dots API is under /api/v2, SynaptoPay's under "
                         "/v1/accounts"_s.arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse SandboxServer::Private::answerApiRequest(const HttpRequest &request)
{
    if (auto rejection = oversized(request, options.http.maxBodyBytes))
        return *rejection;
    if (auto rejection = unauthenticated(request))
        return *rejection;
    return api.handle(request);
}

HttpResponse SandboxServer::Private::answerSynaptoPayRequest(const HttpRequest &request,
                                                             std::function<void()> &sent)
{
    if (auto rejection = oversized(request, options.http.maxBodyBytes)) {
        return synaptopay::answerForStatus(
            rejection->status, {},
            QJsonDocument::fromJson(rejection->body).object().value(u"error"_s).toString());
    }
    QString inFlightKey;
    HttpResponse response = synaptoPay.handle(request, &inFlightKey);
    if (!inFlightKey.isEmpty())
        sent = [this, inFlightKey] { synaptoPay.release(inFlightKey); };
    return response;
}

std::optional<HttpResponse>
SandboxServer::Private::unauthenticated(const HttpRequest &request) const
{
    // An Api-App-Id header (an organisation key acting for an app) changes nothing here.
    const QByteArray authorization = request.header("authorization");
    // The admin routes also take a SynaptoPay key, so a SynaptoPay client's tests can use them.
    if (request.path.startsWith("/admin/"_L1) && synaptoPay.accountOf(authorization))
        return std::nullopt;
    if (!authorization.toLower().startsWith("basic ")) {
        return unauthorized(
            u"Missing credentials: use HTTP Basic auth with your client id and API key"_s);
    }
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || *decoded != (options.clientId + u':' + options.apiKey).toUtf8())
        return unauthorized(u"Invalid client id or API key"_s);
    return std::nullopt;
}

void SandboxServer::Private::answerWithFaults(const HttpRequest &request, PendingReply reply,
                                              ErrorShape shape, const Answer &answer)
{
    using Outcome = FaultInjector::Outcome;
    // SynaptoPay lists are POSTs to a ":list" custom method, but they change nothing: reads.
    const bool isWrite = request.method != "GET" && !request.path.endsWith(u":list"_s);
    const FaultInjector::Decision fault = faults.decide(isWrite);
    const int latencyMs = faults.settings().latencyMs;
    switch (fault.outcome) {
    case Outcome::ServiceUnavailable:
        deliver(std::move(reply),
                shape(503, u"service-unavailable"_s,
                      u"The sandbox is failing this request on purpose (a fault setting); "
                      "nothing was applied"_s),
                latencyMs);
        return;
    case Outcome::RateLimited: {
        HttpResponse limited =
            shape(429, u"rate-limited"_s,
                  u"Too many requests; retry after %1 seconds"_s.arg(fault.retryAfterSeconds));
        limited.headers.emplaceBack("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        deliver(std::move(reply), limited, latencyMs);
        return;
    }
    case Outcome::DropBefore:
        deliver(std::move(reply), std::nullopt, latencyMs);
        return;
    case Outcome::None:
    case Outcome::DropAfter:
    case Outcome::Truncate:
        break;
    }
    std::function<void()> sent;
    HttpResponse response = answer(request, sent);
    if (fault.outcome == Outcome::DropAfter) {
        respond(std::move(reply), std::nullopt, latencyMs, std::move(sent));
        return;
    }
    // Cutting a JSON object or array anywhere short of its end leaves it unbalanced.
    if (fault.outcome == Outcome::Truncate && response.status / 100 == 2)
        response.body.truncate(response.body.size() / 2);
    respond(std::move(reply), response, latencyMs, std::move(sent));
}

void SandboxServer::Private::deliver(PendingReply reply, std::optional<HttpResponse> response,
                                     int delayMs, std::function<void()> sent)
{
    const auto act = [response = std::move(response),
                      sent = std::move(sent)](PendingReply &pending) {
        if (response)
            pending.send(*response);
        else
            pending.dropConnection();
        if (sent)
            sent();
    };
    if (delayMs <= 0) {
        act(reply);
        return;
    }
    // Never block: the answer waits on a timer while other connections carry on.
    auto *timer = new QTimer(delayedReplies);
    timer->setSingleShot(true);
    // A coarse timer may fire a little early; the latency asked for is a minimum.
    timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(timer, &QTimer::timeout, timer,
                     [timer, act, pending = std::make_shared<PendingReply>(std::move(reply))] {
                         act(*pending);
                         timer->deleteLater();
                     });
    timer->start(delayMs);
}

void SandboxServer::Private::addAdminRoutes()
{
    synaptoPay.addAdminRoutes(admin);
    admin.add("GET", u"/admin/faults"_s, [this](const HttpRequest &, const QStringList &) {
        return jsonResponse(faultsToJson(faults.settings()));
    });
    admin.addJson("PUT", u"/admin/faults"_s, [this](const QJsonObject &body, const QStringList &) {
        FaultSettings settings;
        if (const auto error = readFaults(body, settings))
            return fieldErrorResponse(*error);
        q->setFaults(settings);
        return jsonResponse(faultsToJson(settings));
    });
    admin.add("POST", u"/admin/reset"_s, [this](const HttpRequest &request, const QStringList &) {
        // The body is optional: without one the sandbox is simply emptied.
        QJsonObject body;
        if (!request.body.isEmpty()) {
            if (auto rejection = readJsonObject(request, body))
                return *rejection;
        }
        std::optional<FieldError> error;
        FieldReader reader(body, error);
        reader.rejectUnknownFields({u"payment_customers"_s, u"payment_intents"_s,
                                    u"checkout_sessions"_s, u"synaptopay_data"_s,
                                    u"random_seed"_s});
        const auto size = [&](const QString &name) {
            return int(
                reader
                    .integer(name, FieldReader::Optional, FieldReader::between(0, kMaxSeedRecords))
                    .value_or(0));
        };
        const SeedSizes sizes{size(u"payment_customers"_s), size(u"payment_intents"_s),
                              size(u"checkout_sessions"_s),
                              reader.boolean(u"synaptopay_data"_s).value_or(false)};
        const auto seed =
            reader.integer(u"random_seed"_s, FieldReader::Optional, FieldReader::atLeast(0));
        if (error)
            return fieldErrorResponse(*error);
        q->seed(sizes, seed ? quint64(*seed) : options.randomSeed);
        return jsonResponse(countsJson());
    });
    admin.add("GET", u"/admin/clock"_s, [this](const HttpRequest &, const QStringList &) {
        return jsonResponse(clockJson());
    });
    admin.addJson("POST", u"/admin/clock"_s, [this](const QJsonObject &body, const QStringList &) {
        std::optional<FieldError> error;
        FieldReader reader(body, error);
        reader.rejectUnknownFields({u"advance_seconds"_s});
        const auto seconds = reader.integer(u"advance_seconds"_s, FieldReader::Required,
                                            FieldReader::between(0, 10LL * 365 * 24 * 3600));
        if (error)
            return fieldErrorResponse(*error);
        q->advanceClock(*seconds);
        return jsonResponse(clockJson());
    });
}

QJsonObject SandboxServer::Private::clockJson() const
{
    return {{u"now"_s, isoTime(store.nowMs())}, {u"offset_seconds"_s, store.clockOffsetMs / 1000}};
}

QJsonObject SandboxServer::Private::countsJson() const
{
    return {
        {u"payment_customers"_s, store.customers.size()},
        {u"payment_methods"_s, store.paymentMethods.size()},
        {u"payment_intents"_s, store.intents.size()},
        {u"checkout_sessions"_s, store.sessions.size()},
        {u"refunds"_s, store.refunds.size()},
        {u"synaptopay"_s, QJsonObject{{u"customers"_s, store.synaptoPay.customers.size()},
                                      {u"payment_intents"_s, store.synaptoPay.intents.size()},
                                      {u"checkout_sessions"_s, store.synaptoPay.sessions.size()},
                                      {u"devices"_s, store.synaptoPay.devices.size()}}}};
}

QList<SandboxConnection> sandboxConnections(const QUrl &apiBaseUrl, const SandboxOptions &options)
{
    QUrl synaptoPay = apiBaseUrl;
    synaptoPay.setPath(u"/v1"_s);
    return {
        {u"dots"_s, apiBaseUrl, options.clientId, {}, options.apiKey},
        {u"synaptopay"_s,
         synaptoPay,
         {},
         QString::fromLatin1(kSynaptoPayDemoAccount),
         options.synaptoPayApiKey},
    };
}

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(options)))
{
    if (!d->options.faults.isValid()) {
        d->errorString = u"invalid fault settings: each share must be from 0 to 1 and all of "
                         "them together at most 1"_s;
        d->options.faults = {};
    }
    const QString &stateFile = d->options.stateFilePath;
    if (stateFile.isEmpty()) {
        seed(d->options.seedSizes, d->options.randomSeed);
        return;
    }
    d->journal = std::make_unique<Journal>(d->store, stateFile);
    const auto seedAfresh = [this](Store &) { seed(d->options.seedSizes, d->options.randomSeed); };
    if (!d->journal->open(seedAfresh, &d->errorString))
        d->journal.reset();
}

SandboxServer::~SandboxServer()
{
    // Answers held back by latency or for the journal go first: newer Qt ties them to
    // connections the HTTP server owns.
    d->heldReplies.clear();
    delete d->delayedReplies;
    delete d->http;
}

bool SandboxServer::listen(quint16 port)
{
    if (!d->errorString.isEmpty())
        return false;
    if (d->http) {
        d->errorString = u"already listening on port %1"_s.arg(d->http->port());
        return false;
    }
    d->http = new HttpServer(
        [this](HttpRequest request, PendingReply reply) { d->handle(request, std::move(reply)); },
        d->options.http, this);
    if (!d->http->listenOnLoopback(port, &d->errorString)) {
        delete d->http;
        d->http = nullptr;
        return false;
    }
    d->api.setOrigin(QUrl(u"http://127.0.0.1:%1"_s.arg(d->http->port())));
    d->synaptoPay.setOrigin(QUrl(u"http://127.0.0.1:%1"_s.arg(d->http->port())));
    return true;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

quint16 SandboxServer::port() const
{
    return d->http ? d->http->port() : 0;
}

QUrl SandboxServer::apiBaseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/api"_s.arg(port()));
}

QUrl SandboxServer::synaptoPayBaseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port()));
}

QUrl SandboxServer::adminUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/admin"_s.arg(port()));
}

const SandboxServer::Options &SandboxServer::options() const
{
    return d->options;
}

bool SandboxServer::setFaults(const FaultSettings &faults)
{
    if (!faults.isValid())
        return false;
    d->options.faults = faults;
    d->faults.configure(faults);
    return true;
}

FaultSettings SandboxServer::faults() const
{
    return d->faults.settings();
}

void SandboxServer::advanceClock(qint64 seconds)
{
    d->store.clockOffsetMs += std::max<qint64>(seconds, 0) * 1000;
    d->commit();
}

void SandboxServer::reset()
{
    d->store.clear();
    // The SynaptoPay accounts' devices and test cards are configuration, not data: they stay.
    synaptopay::seedStore(d->store, false, d->options.randomSeed, d->store.nowMs());
    d->commit();
}

void SandboxServer::seed(const SeedSizes &sizes, quint64 randomSeed)
{
    d->store.clear();
    seedStore(d->store, sizes, randomSeed, d->store.nowMs(), d->options.processingDelayMs);
    synaptopay::seedStore(d->store, sizes.synaptoPayData, randomSeed, d->store.nowMs());
    d->commit();
}

bool SandboxServer::saveState(const QString &path, QString *error) const
{
    // The journaled state file is only ever written with its journal.
    if (d->journal && QFileInfo(path) == QFileInfo(d->journal->stateFilePath()))
        return d->journal->compact(error);
    return saveStateFile(d->store, path, error);
}

bool SandboxServer::loadState(const QString &path, QString *error)
{
    return loadStateFile(d->store, path, error) && d->commit(error);
}

qsizetype SandboxServer::count(Resource resource) const
{
    switch (resource) {
    case Resource::PaymentIntents:
        return d->store.intents.size();
    case Resource::PaymentCustomers:
        return d->store.customers.size();
    case Resource::PaymentMethods:
        return d->store.paymentMethods.size();
    case Resource::CheckoutSessions:
        return d->store.sessions.size();
    case Resource::Refunds:
        return d->store.refunds.size();
    }
    return 0;
}

qsizetype SandboxServer::countWithMetadata(Resource resource, const QString &key,
                                           const QString &value) const
{
    qsizetype matches = 0;
    const auto visit = [&](const auto &record) {
        if (record.metadata.value(key) == QJsonValue(value))
            ++matches;
    };
    switch (resource) {
    case Resource::PaymentIntents:
        d->store.intents.forEach(visit);
        break;
    case Resource::PaymentCustomers:
        d->store.customers.forEach(visit);
        break;
    case Resource::CheckoutSessions:
        d->store.sessions.forEach(visit);
        break;
    case Resource::Refunds:
        d->store.refunds.forEach(visit);
        break;
    case Resource::PaymentMethods:
        break; // payment methods carry no metadata
    }
    return matches;
}

QJsonObject SandboxServer::object(Resource resource, const QString &id) const
{
    return d->api.render(resource, id);
}

} // namespace paydesk::sandbox
