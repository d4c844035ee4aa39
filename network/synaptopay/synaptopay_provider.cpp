#include "network/synaptopay/synaptopay_provider.h"

#include "network/list_walker.h"
#include "network/server_words.h"
#include "network/synaptopay/synaptopay_codec.h"
#include "network/synaptopay/synaptopay_fields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace paydesk {

namespace {

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString requestIdIn(const Metadata &metadata)
{
    return metadata.text(QString::fromLatin1(RequestIdMetadataKey));
}

// gRPC status codes grpc-gateway puts in an error body's `code`.
enum GrpcCode
{
    InvalidArgument = 3,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    Unauthenticated = 16,
};

// A google.rpc.BadRequest's field violations, in Paydesk's field names.
QList<FieldError> fieldViolations(const QJsonDocument &json)
{
    QList<FieldError> errors;
    for (const QJsonValue &detail : json.object().value(QLatin1String("details")).toArray()) {
        const QJsonObject object = detail.toObject();
        const QJsonValue violations = object.contains(QLatin1String("field_violations"))
                                          ? object.value(QLatin1String("field_violations"))
                                          : object.value(QLatin1String("fieldViolations"));
        for (const QJsonValue &v : violations.toArray()) {
            const QJsonObject violation = v.toObject();
            const QString field = violation.value(QLatin1String("field")).toString();
            if (!field.isEmpty())
                errors.append({synaptopay::neutralField(field),
                               violation.value(QLatin1String("description")).toString()});
        }
    }
    return errors;
}

} // namespace

template <>
struct SynaptoPayProvider::Traits<Customer>
{
    static QString collection() { return QStringLiteral("customers"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::SynaptoPayProvider", "customer");
    }
    static Customer decode(const QJsonObject &json) { return synaptopay::customerFromJson(json); }
    static bool decodeList(const QJsonDocument &body, synaptopay::ListPage<Customer> *page,
                           QString *error)
    {
        return synaptopay::decodeCustomerList(body, page, error);
    }
    static const Metadata *metadata(const Customer &c) { return &c.metadata; }
    static QDateTime created(const Customer &c) { return c.created; }
};

template <>
struct SynaptoPayProvider::Traits<PaymentIntent>
{
    static QString collection() { return QStringLiteral("payment-intents"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::SynaptoPayProvider", "payment intent");
    }
    static PaymentIntent decode(const QJsonObject &json)
    {
        return synaptopay::paymentIntentFromJson(json);
    }
    static bool decodeList(const QJsonDocument &body, synaptopay::ListPage<PaymentIntent> *page,
                           QString *error)
    {
        return synaptopay::decodePaymentIntentList(body, page, error);
    }
    static const Metadata *metadata(const PaymentIntent &i) { return &i.metadata; }
    static QDateTime created(const PaymentIntent &i) { return i.created; }
};

template <>
struct SynaptoPayProvider::Traits<CheckoutSession>
{
    static QString collection() { return QStringLiteral("checkout-sessions"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::SynaptoPayProvider", "checkout session");
    }
    static CheckoutSession decode(const QJsonObject &json)
    {
        return synaptopay::checkoutSessionFromJson(json);
    }
    static bool decodeList(const QJsonDocument &body, synaptopay::ListPage<CheckoutSession> *page,
                           QString *error)
    {
        return synaptopay::decodeCheckoutSessionList(body, page, error);
    }
    static const Metadata *metadata(const CheckoutSession &s) { return &s.metadata; }
    static QDateTime created(const CheckoutSession &s) { return s.created; }
};

template <>
struct SynaptoPayProvider::Traits<Refund>
{
    static QString collection() { return QStringLiteral("refunds"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::SynaptoPayProvider", "refund");
    }
    static Refund decode(const QJsonObject &json) { return synaptopay::refundFromJson(json); }
    static bool decodeList(const QJsonDocument &body, synaptopay::ListPage<Refund> *page,
                           QString *error)
    {
        return synaptopay::decodeRefundList(body, page, error);
    }
    // Refund metadata is documented, but Paydesk's own Refund does not keep it: a refund is
    // found again by its idempotency key only.
    static const Metadata *metadata(const Refund &) { return nullptr; }
    static QDateTime created(const Refund &r) { return r.created; }
};

template <>
struct SynaptoPayProvider::Traits<PaymentMethod>
{
    static QString collection() { return QStringLiteral("payment-methods"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::SynaptoPayProvider", "payment method");
    }
    static PaymentMethod decode(const QJsonObject &json)
    {
        return synaptopay::paymentMethodFromJson(json);
    }
    static bool decodeList(const QJsonDocument &body, synaptopay::ListPage<PaymentMethod> *page,
                           QString *error)
    {
        return synaptopay::decodePaymentMethodList(body, page, error);
    }
};

template <>
struct SynaptoPayProvider::Traits<Device>
{
    static QString collection() { return QStringLiteral("devices"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::SynaptoPayProvider", "card terminal");
    }
    static Device decode(const QJsonObject &json) { return synaptopay::deviceFromJson(json); }
    static bool decodeList(const QJsonDocument &body, synaptopay::ListPage<Device> *page,
                           QString *error)
    {
        return synaptopay::decodeDeviceList(body, page, error);
    }
};

QUrl SynaptoPayProvider::productionBaseUrl()
{
    return QUrl(QStringLiteral("https://api.synaptopay.com/v1/"));
}

QUrl SynaptoPayProvider::sandboxBaseUrl()
{
    return QUrl(QStringLiteral("https://api.synapto.construction/v1/"));
}

SynaptoPayProvider::SynaptoPayProvider(const QUrl &baseUrl, const Credentials &credentials,
                                       HttpTransport *transport, QObject *parent)
    : PaymentProvider(parent)
    , m_baseUrl(baseUrl)
    , m_credentials(credentials)
    , m_transport(transport)
{
    Q_ASSERT(transport);
    connect(transport, &HttpTransport::requestsInFlightChanged, this,
            &PaymentProvider::requestsInFlightChanged);
    connect(transport, &HttpTransport::retryScheduled, this, &PaymentProvider::retryScheduled);
}

ProviderCapabilities SynaptoPayProvider::capabilities() const
{
    ProviderCapabilities can;
    can.refunds = false;
    can.whyNoRefunds = tr("SynaptoPay refunds a charge, and does not say which charge a payment "
                          "intent made. Refund this payment in SynaptoPay's dashboard.");
    can.confirmLater = false;
    can.whyNoConfirmLater = tr("SynaptoPay confirms a payment when it is created; it has no way "
                               "to confirm it later. Take a new payment instead.");
    return can;
}

QJsonObject SynaptoPayProvider::rawJson(const Customer &customer) const
{
    return synaptopay::toJson(customer);
}

QJsonObject SynaptoPayProvider::rawJson(const PaymentIntent &intent) const
{
    return synaptopay::toJson(intent);
}

QJsonObject SynaptoPayProvider::rawJson(const CheckoutSession &session) const
{
    return synaptopay::toJson(session);
}

QJsonObject SynaptoPayProvider::rawJson(const PaymentMethod &method) const
{
    return synaptopay::toJson(method);
}

QJsonObject SynaptoPayProvider::rawJson(const Refund &refund) const
{
    return synaptopay::toJson(refund);
}

QJsonObject SynaptoPayProvider::rawJson(const Device &device) const
{
    return synaptopay::toJson(device);
}

QString SynaptoPayProvider::fullId(ObjectKind kind, const QString &typed) const
{
    if (typed.trimmed().isEmpty())
        return typed;
    switch (kind) {
    case ObjectKind::Customer:
        return resourceName(Traits<Customer>::collection(), typed);
    case ObjectKind::PaymentIntent:
        return resourceName(Traits<PaymentIntent>::collection(), typed);
    case ObjectKind::CheckoutSession:
        return resourceName(Traits<CheckoutSession>::collection(), typed);
    case ObjectKind::PaymentMethod:
        return resourceName(Traits<PaymentMethod>::collection(), typed);
    case ObjectKind::Device:
        return resourceName(Traits<Device>::collection(), typed);
    case ObjectKind::Refund:
        return resourceName(Traits<Refund>::collection(), typed);
    }
    return typed;
}

void SynaptoPayProvider::setInProgressRetries(int retries, int firstPauseMs)
{
    m_inProgressRetries = retries;
    m_inProgressPauseMs = firstPauseMs;
}

QString SynaptoPayProvider::resourceName(const QString &collection, const QString &idOrName) const
{
    const QString id = idOrName.trimmed();
    if (id.startsWith(QLatin1String("accounts/")))
        return id;
    return QStringLiteral("accounts/%1/%2/%3").arg(m_credentials.account, collection, id);
}

HttpRequestSpec SynaptoPayProvider::request(const QByteArray &method, const QString &path,
                                            const QJsonObject &body, const QString &label,
                                            const QString &idempotencyKey) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    // The ':' of a custom method ("customers:list") stays as it is: TolerantMode leaves it.
    url.setPath(basePath + path, QUrl::TolerantMode);

    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    if (method != "GET")
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Reads, lists (POST ...:list) and writes with an idempotency key may all be sent again: the
    // server answers a repeated key with the first result.
    spec.idempotent =
        method == "GET" || !idempotencyKey.isEmpty() || path.endsWith(QLatin1String(":list"));
    spec.label = label;
    spec.headers.append({"Authorization", "Api-Key " + m_credentials.apiKey});
    if (!idempotencyKey.isEmpty())
        spec.headers.append({"Idempotency-Key", idempotencyKey.toUtf8()});
    return spec;
}

ApiError SynaptoPayProvider::errorFromResponse(const HttpResponse &response,
                                               const QString &subject) const
{
    if (response.transportError)
        return *response.transportError;

    ApiError error;
    error.httpStatus = response.status;
    error.retryAfterSeconds = response.retryAfterSeconds;
    const ServerWords words = serverWords(response.json, response.jsonValid, response.body);
    error.serverMessage = words.message;
    error.code = words.code;
    error.fieldErrors = fieldViolations(response.json);
    for (const FieldError &e : words.fieldErrors)
        error.fieldErrors.append({synaptopay::neutralField(e.field), e.message});
    if (!error.fieldErrors.isEmpty())
        error.field = error.fieldErrors.constFirst().field;
    const int grpc = response.json.object().value(QLatin1String("code")).toInt(-1);

    const QString said =
        error.serverMessage.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("SynaptoPay said: %1").arg(error.serverMessage);
    const int status = response.status;
    if (status == 409 && grpc == Aborted) {
        error.kind = ApiErrorKind::Rejected;
        error.message = tr("SynaptoPay is still working on an earlier attempt of this request "
                           "(409). Wait a moment and check again.") +
                        said;
    } else if (status == 409) {
        error.kind = ApiErrorKind::Rejected;
        error.message = tr("SynaptoPay refused the %1 as a conflict (409).").arg(subject) + said;
    } else if (status == 400 || status == 422) {
        error.kind = ApiErrorKind::Validation;
        const auto keyReused = std::find_if(
            error.fieldErrors.cbegin(), error.fieldErrors.cend(), [](const FieldError &e) {
                return e.field.compare(QLatin1String("Idempotency-Key"), Qt::CaseInsensitive) == 0;
            });
        if (keyReused != error.fieldErrors.cend() ||
            (error.fieldErrors.isEmpty() &&
             error.serverMessage.contains(QLatin1String("Idempotency"))))
            error.message = tr("SynaptoPay has already seen this request's key with other "
                               "details (400), so it did not act on it.") +
                            said;
        else
            error.message =
                error.serverMessage.isEmpty()
                    ? tr("SynaptoPay did not accept the %1 (%2). Check the fields and try again.")
                          .arg(subject)
                          .arg(status)
                    : tr("SynaptoPay did not accept the %1: %2").arg(subject, error.serverMessage);
    } else if (status == 401 || status == 403) {
        error.kind = ApiErrorKind::Credentials;
        error.message = tr("SynaptoPay did not accept this profile's API key for its account "
                           "(%1). Check the key and the account in Profiles; sandbox and "
                           "production keys are different.")
                            .arg(status) +
                        said;
    } else if (status == 404) {
        error.kind = ApiErrorKind::NotFound;
        error.message = tr("The %1 was not found on SynaptoPay (404).").arg(subject) + said;
    } else if (status == 429) {
        error.kind = ApiErrorKind::RateLimited;
        error.message = response.retryAfterSeconds
                            ? tr("SynaptoPay is limiting how fast requests may come (429). Try "
                                 "again in %1.")
                                  .arg(durationText(*response.retryAfterSeconds))
                            : tr("SynaptoPay is limiting how fast requests may come (429). Wait a "
                                 "moment and try again.");
        error.message += said;
    } else if (status >= 500) {
        error.kind = ApiErrorKind::Server;
        error.message =
            tr("SynaptoPay had a problem answering (%1). Try again in a moment.").arg(status) +
            said;
    } else if (status >= 200 && status < 300) {
        error.kind = ApiErrorKind::BadResponse;
        error.message = tr("SynaptoPay sent an answer about the %1 that Paydesk could not read. "
                           "Try again; if it keeps happening, the API may have changed.")
                            .arg(subject);
    } else {
        error.kind = ApiErrorKind::Rejected;
        error.message =
            tr("SynaptoPay refused the request for the %1 (%2).").arg(subject).arg(status) + said;
    }
    return error;
}

template <typename T>
CallHandle SynaptoPayProvider::getOne(const QString &name, const QString &label, QObject *context,
                                      Callback<T> done)
{
    const QString subject = Traits<T>::noun();
    return m_transport->send(request("GET", name, {}, label), context,
                             [this, subject, done](const HttpResponse &response) {
                                 const bool success = !response.transportError &&
                                                      response.status >= 200 &&
                                                      response.status < 300;
                                 if (success && response.jsonValid && response.json.isObject()) {
                                     done(Traits<T>::decode(response.json.object()));
                                     return;
                                 }
                                 HttpResponse failed = response;
                                 if (success)
                                     failed.status = 200; // unreadable body
                                 done(errorFromResponse(failed, subject));
                             });
}

template <typename T>
CallHandle SynaptoPayProvider::getPage(const PageQuery &page, QJsonObject body,
                                       const QString &label, QObject *context,
                                       Callback<Page<T>> done)
{
    // SynaptoPay pages by token (AIP-158): the cursor is the page token of the page before.
    const QJsonObject paging = synaptopay::listBody(page.limit, page.cursor);
    for (auto it = paging.begin(); it != paging.end(); ++it)
        body.insert(it.key(), it.value());
    const QString path =
        QStringLiteral("accounts/%1/%2:list").arg(m_credentials.account, Traits<T>::collection());
    const QString subject = Traits<T>::noun();
    return m_transport->send(
        request("POST", path, body, label), context,
        [this, subject, done, onNextCursor = page.onNextCursor](const HttpResponse &response) {
            const bool success =
                !response.transportError && response.status >= 200 && response.status < 300;
            if (!success) {
                done(errorFromResponse(response, subject));
                return;
            }
            if (onNextCursor && response.jsonValid)
                if (const QString next = synaptopay::peekNextPageToken(response.json);
                    !next.isEmpty())
                    onNextCursor(next);
            synaptopay::ListPage<T> decoded;
            QString decodeError;
            if (!response.jsonValid ||
                !Traits<T>::decodeList(response.json, &decoded, &decodeError)) {
                ApiError error = errorFromResponse(response, subject);
                if (!decodeError.isEmpty())
                    error.serverMessage = decodeError;
                done(error);
                return;
            }
            // A short page says nothing: only a token means there is more.
            done(Page<T>{std::move(decoded.items), decoded.hasMore(), decoded.nextPageToken});
        });
}

template <typename T>
CallHandle SynaptoPayProvider::create(const QJsonObject &body, const QString &requestId,
                                      const QString &label, QObject *context,
                                      CreateCallback<T> done)
{
    auto *operation = new Operation(this);
    const ContextGuard userContext(context);
    if (context)
        connect(context, &QObject::destroyed, operation, &Operation::cancel);
    const auto deliver = [operation, userContext, done](const CreateOutcome<T> &outcome) {
        operation->finish();
        if (userContext.isAlive())
            done(outcome);
    };
    const QString noun = Traits<T>::noun();
    const QString path =
        QStringLiteral("accounts/%1/%2").arg(m_credentials.account, Traits<T>::collection());
    const HttpRequestSpec spec = request("POST", path, body, label, requestId);

    struct State
    {
        int resends = 0;
        int pauseMs = 0;
        int sends = 0;               // exchanges with the transport, each with its own retries
        bool mayHaveArrived = false; // some attempt so far may have reached the server
        bool lookedUp = false;       // the answers were lost and the look-up did not find it
        std::function<void()> send;
    };
    auto state = std::make_shared<State>();
    state->pauseMs = m_inProgressPauseMs;
    // `send` refers to the state it is kept in; the operation's end breaks that circle.
    QObject::connect(operation, &QObject::destroyed, [state] { state->send = nullptr; });
    state->send = [=, this] {
        ++state->sends;
        // The transport itself sends the write again, with the same key, when an answer is lost
        // or the server fails (5xx, 429): the key makes that safe.
        const CallHandle post =
            m_transport->send(spec, operation, [=, this](const HttpResponse &response) {
                CreateOutcome<T> outcome;
                outcome.requestId = requestId;
                const bool answered = !response.transportError;
                // Whether this create went out before, resent by the transport or sent again
                // here (after a 409 or a look-up): a failure of the last attempt does not undo
                // what an earlier one may have done.
                const bool resent = response.attempts > 1 || state->sends > 1;
                state->mayHaveArrived = state->mayHaveArrived || response.mayHaveReachedServer;
                if (answered && response.status >= 200 && response.status < 300 &&
                    response.jsonValid && response.json.isObject()) {
                    outcome.status = CreateStatus::Created;
                    outcome.object = Traits<T>::decode(response.json.object());
                    if (response.attempts > 1)
                        outcome.proof = tr("SynaptoPay answered a repeat of the request with the "
                                           "same idempotency key.");
                    state->send = nullptr;
                    deliver(outcome);
                    return;
                }
                const ApiError error = errorFromResponse(response, noun);
                const int grpc = response.json.object().value(QLatin1String("code")).toInt(-1);
                // The first attempt is still being worked on: ask again after a pause, same key.
                if (answered && response.status == 409 && grpc == Aborted &&
                    state->resends < m_inProgressRetries && !operation->isCancelled()) {
                    ++state->resends;
                    auto *timer = new QTimer(operation);
                    timer->setSingleShot(true);
                    connect(timer, &QTimer::timeout, operation, [state] {
                        if (state->send)
                            state->send();
                    });
                    timer->start(state->pauseMs);
                    state->pauseMs *= 2;
                    operation->setCanceller([timer, state, deliver, requestId, error, noun] {
                        timer->stop();
                        state->send = nullptr;
                        CreateOutcome<T> unknown;
                        unknown.requestId = requestId;
                        unknown.status = CreateStatus::Unknown;
                        unknown.error = error;
                        unknown.guidance =
                            tr("SynaptoPay was still working on the %1 when you cancelled. Check "
                               "again before creating it again.")
                                .arg(noun);
                        deliver(unknown);
                    });
                    return;
                }
                const bool inProgress = answered && response.status == 409 && grpc == Aborted;
                // A rate limit turns a request away before the key is looked at, so after a
                // resend it speaks for the last attempt only: an earlier one may have been
                // applied with its answer lost. Any other refusal of a resend comes after the
                // key: had an earlier attempt been applied, its first answer would have come.
                const bool limitedResend = response.status == 429 && resent;
                // A refusal the server stated (4xx), or a request none of whose attempts left
                // this machine: nothing exists.
                const bool refused = answered && response.status >= 300 && response.status < 500 &&
                                     !inProgress && !limitedResend;
                if (refused || !state->mayHaveArrived || error.kind == ApiErrorKind::Redirect) {
                    state->send = nullptr;
                    outcome.status = CreateStatus::NotCreated;
                    outcome.error = error;
                    deliver(outcome);
                    return;
                }
                // Every resend was lost too, or the time ran out: look for it by its request id.
                if (operation->isCancelled() || state->lookedUp) {
                    state->send = nullptr;
                    outcome.status = CreateStatus::Unknown;
                    outcome.error = error;
                    outcome.guidance =
                        operation->isCancelled()
                            ? tr("The request was sent before you cancelled, so the %1 may exist. "
                                 "Check again, or look for a %1 whose metadata has %2 = %3.")
                                  .arg(noun, QString::fromLatin1(RequestIdMetadataKey), requestId)
                            : tr("SynaptoPay did not answer, so Paydesk cannot tell whether the "
                                 "%1 was created. Check again before creating it again.")
                                  .arg(noun);
                    deliver(outcome);
                    return;
                }
                // A list that does not show it proves nothing on its own: the server may still be
                // working on the first attempt. Only the server's answer to the same key does, so
                // when the look-up finds nothing the request goes once more with that key.
                state->lookedUp = true;
                const CallHandle found = findCreated<T>(
                    requestId, operation,
                    [deliver, error, state, operation, noun](const CreateOutcome<T> &o) {
                        if (o.status == CreateStatus::Created || operation->isCancelled()) {
                            state->send = nullptr;
                            CreateOutcome<T> result = o;
                            if (result.status != CreateStatus::Created) {
                                result.status = CreateStatus::Unknown;
                                result.error = error;
                                result.guidance =
                                    tr("The request was sent before you cancelled, so the %1 may "
                                       "exist. Check again before creating it again.")
                                        .arg(noun);
                            }
                            deliver(result);
                            return;
                        }
                        if (state->send)
                            state->send();
                    });
                operation->setCanceller([found] { found.cancel(); });
            });
        operation->setCanceller([post] { post.cancel(); });
    };
    state->send();
    return CallHandle(operation);
}

template <typename T>
CallHandle SynaptoPayProvider::findCreated(const QString &requestId, QObject *context,
                                           CreateCallback<T> done)
{
    struct Search
    {
        std::optional<T> found;
        bool hidden = false; // an object that does not show a request id
    };
    auto search = std::make_shared<Search>();
    const QString noun = Traits<T>::noun();
    const int pageLimit = m_lookupPageLimit;
    const QString label = tr("look for the %1 just created").arg(noun);
    PageFetcher<T> fetch = [this, label](const PageQuery &query, QObject *ctx,
                                         Callback<Page<T>> cb) {
        return getPage<T>(query, {}, label, ctx, std::move(cb));
    };
    const auto onPage = [search, requestId, pageLimit](const QList<T> &items,
                                                       const WalkProgress &p) {
        for (const T &item : items) {
            const Metadata *metadata = Traits<T>::metadata(item);
            if (!metadata || metadata->isEmpty()) {
                search->hidden = true;
                continue;
            }
            if (requestIdIn(*metadata) == requestId) {
                search->found = item;
                return false;
            }
        }
        return p.pages < pageLimit;
    };
    const auto finished = [search, requestId, noun, done](const Result<WalkProgress> &r) {
        CreateOutcome<T> outcome;
        outcome.requestId = requestId;
        if (search->found) {
            outcome.status = CreateStatus::Created;
            outcome.object = search->found;
            outcome.foundByLookup = true;
            outcome.proof = tr("Paydesk found it by its request id.");
        } else if (r.ok() && r.value().complete && !search->hidden) {
            outcome.status = CreateStatus::NotCreated;
            outcome.proof = tr("Paydesk checked every %1: none has this request's id, so it is "
                               "safe to try again.")
                                .arg(noun);
        } else {
            outcome.status = CreateStatus::Unknown;
            if (!r.ok())
                outcome.error = r.error();
            outcome.guidance =
                tr("Paydesk could not find out whether the %1 was created. Before creating it "
                   "again, look for a %1 whose metadata has %2 = %3.")
                    .arg(noun, QString::fromLatin1(RequestIdMetadataKey), requestId);
        }
        done(outcome);
    };
    return walkPages<T>(fetch, 100, context, onPage, finished);
}

// --- Customers ----------------------------------------------------------------------------------

CallHandle SynaptoPayProvider::listCustomers(const PageQuery &query, QObject *context,
                                             Callback<Page<Customer>> done)
{
    return getPage<Customer>(query, {}, tr("list customers"), context, std::move(done));
}

CallHandle SynaptoPayProvider::getCustomer(const QString &id, QObject *context,
                                           Callback<Customer> done)
{
    return getOne<Customer>(resourceName(Traits<Customer>::collection(), id), tr("read a customer"),
                            context, std::move(done));
}

CallHandle SynaptoPayProvider::createCustomer(const CustomerDraft &draft, QObject *context,
                                              CreateCallback<Customer> done,
                                              const QString &requestId)
{
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    return create<Customer>(synaptopay::createBody(draft, id), id, tr("create a customer"), context,
                            std::move(done));
}

CallHandle SynaptoPayProvider::findCreatedCustomer(const QString &requestId, QObject *context,
                                                   CreateCallback<Customer> done)
{
    return findCreated<Customer>(requestId, context, std::move(done));
}

// --- Payment intents ----------------------------------------------------------------------------

CallHandle SynaptoPayProvider::listPaymentIntents(const PageQuery &query, QObject *context,
                                                  Callback<Page<PaymentIntent>> done)
{
    return getPage<PaymentIntent>(query, {}, tr("list payment intents"), context, std::move(done));
}

CallHandle SynaptoPayProvider::getPaymentIntent(const QString &id, QObject *context,
                                                Callback<PaymentIntent> done)
{
    return getOne<PaymentIntent>(resourceName(Traits<PaymentIntent>::collection(), id),
                                 tr("read a payment intent"), context, std::move(done));
}

CallHandle SynaptoPayProvider::createPaymentIntent(const PaymentIntentDraft &draft,
                                                   QObject *context,
                                                   CreateCallback<PaymentIntent> done,
                                                   const QString &requestId)
{
    PaymentIntentDraft named = draft;
    // Short ids typed by a person ("dvc_1") become this account's resource names.
    if (!named.device.trimmed().isEmpty())
        named.device = resourceName(QStringLiteral("devices"), named.device);
    if (!named.customerId.trimmed().isEmpty())
        named.customerId = resourceName(QStringLiteral("customers"), named.customerId);
    if (!named.paymentMethodId.trimmed().isEmpty())
        named.paymentMethodId =
            resourceName(QStringLiteral("payment-methods"), named.paymentMethodId);
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    return create<PaymentIntent>(synaptopay::createBody(named, id), id,
                                 tr("create a payment intent"), context, std::move(done));
}

CallHandle SynaptoPayProvider::findCreatedPaymentIntent(const QString &requestId, QObject *context,
                                                        CreateCallback<PaymentIntent> done)
{
    return findCreated<PaymentIntent>(requestId, context, std::move(done));
}

CallHandle SynaptoPayProvider::confirmPaymentIntent(const ConfirmIntentDraft &draft,
                                                    QObject *context, Callback<PaymentIntent> done)
{
    Q_UNUSED(draft);
    ApiError error;
    error.kind = ApiErrorKind::Rejected;
    error.message = capabilities().whyNoConfirmLater;
    const ContextGuard guard(context);
    QTimer::singleShot(0, this, [guard, done, error] {
        if (guard.isAlive())
            done(error);
    });
    return {};
}

// --- Checkout sessions --------------------------------------------------------------------------

CallHandle SynaptoPayProvider::listCheckoutSessions(const PageQuery &query, QObject *context,
                                                    Callback<Page<CheckoutSession>> done)
{
    return getPage<CheckoutSession>(query, {}, tr("list checkout sessions"), context,
                                    std::move(done));
}

CallHandle SynaptoPayProvider::getCheckoutSession(const QString &id, QObject *context,
                                                  Callback<CheckoutSession> done)
{
    return getOne<CheckoutSession>(resourceName(Traits<CheckoutSession>::collection(), id),
                                   tr("read a checkout session"), context, std::move(done));
}

CallHandle SynaptoPayProvider::createCheckoutSession(const CheckoutSessionDraft &draft,
                                                     QObject *context,
                                                     CreateCallback<CheckoutSession> done,
                                                     const QString &requestId)
{
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    return create<CheckoutSession>(synaptopay::createBody(draft, id), id,
                                   tr("create a checkout session"), context, std::move(done));
}

CallHandle SynaptoPayProvider::findCreatedCheckoutSession(const QString &requestId,
                                                          QObject *context,
                                                          CreateCallback<CheckoutSession> done)
{
    return findCreated<CheckoutSession>(requestId, context, std::move(done));
}

// --- Payment methods, devices, refunds ----------------------------------------------------------

CallHandle SynaptoPayProvider::listPaymentMethods(const QString &customerId, const PageQuery &query,
                                                  QObject *context,
                                                  Callback<Page<PaymentMethod>> done)
{
    QJsonObject body;
    if (!customerId.trimmed().isEmpty())
        body.insert(QStringLiteral("customer"),
                    resourceName(QStringLiteral("customers"), customerId));
    return getPage<PaymentMethod>(query, body, tr("list payment methods"), context,
                                  std::move(done));
}

CallHandle SynaptoPayProvider::getPaymentMethod(const QString &id, QObject *context,
                                                Callback<PaymentMethod> done)
{
    return getOne<PaymentMethod>(resourceName(Traits<PaymentMethod>::collection(), id),
                                 tr("read a payment method"), context, std::move(done));
}

CallHandle SynaptoPayProvider::listDevices(const PageQuery &query, QObject *context,
                                           Callback<Page<Device>> done)
{
    return getPage<Device>(query, {}, tr("list card terminals"), context, std::move(done));
}

CallHandle SynaptoPayProvider::listRefunds(const PageQuery &query, QObject *context,
                                           Callback<Page<Refund>> done)
{
    return getPage<Refund>(query, {}, tr("list refunds"), context, std::move(done));
}

CallHandle SynaptoPayProvider::getRefund(const QString &id, QObject *context, Callback<Refund> done)
{
    return getOne<Refund>(resourceName(Traits<Refund>::collection(), id), tr("read a refund"),
                          context, std::move(done));
}

CallHandle SynaptoPayProvider::createRefund(const RefundDraft &draft, QObject *context,
                                            CreateCallback<Refund> done, const QString &requestId)
{
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    if (draft.chargeId.trimmed().isEmpty()) {
        CreateOutcome<Refund> outcome;
        outcome.requestId = id;
        outcome.status = CreateStatus::NotCreated;
        ApiError error;
        error.kind = ApiErrorKind::Validation;
        error.message = capabilities().whyNoRefunds;
        outcome.error = error;
        const ContextGuard guard(context);
        QTimer::singleShot(0, this, [guard, done, outcome] {
            if (guard.isAlive())
                done(outcome);
        });
        return {};
    }
    RefundDraft named = draft;
    named.chargeId = resourceName(QStringLiteral("charges"), draft.chargeId);
    return create<Refund>(synaptopay::createBody(named, id), id, tr("refund a payment"), context,
                          std::move(done));
}

CallHandle SynaptoPayProvider::findCreatedRefund(const QString &requestId, QObject *context,
                                                 CreateCallback<Refund> done)
{
    return findCreated<Refund>(requestId, context, std::move(done));
}

} // namespace paydesk
