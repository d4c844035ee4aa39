#include "network/dots_provider.h"

#include "models/dots_codec.h"
#include "network/list_walker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace paydesk {

namespace {

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Objects created this long before the create was sent cannot be the one being looked for;
// the margin covers clocks that disagree.
constexpr qint64 LookupClockSkewSeconds = 10 * 60;

QString requestIdIn(const Metadata &metadata)
{
    return metadata.text(QString::fromLatin1(RequestIdMetadataKey));
}

QString pathId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

// What differs between the kinds of object, for the generic get, list, create and look-up.
template <>
struct DotsProvider::Codec<Customer>
{
    static QString path() { return QStringLiteral("v2/payment-customers"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::DotsProvider", "customer");
    }
    static Customer decode(const QJsonObject &json) { return dots::customerFromJson(json); }
    static bool decodeList(const QJsonDocument &body, dots::ListPage<Customer> *page,
                           QString *error)
    {
        return dots::decodeCustomerList(body, page, error);
    }
    static QString requestId(const Customer &c) { return requestIdIn(c.metadata); }
    static QDateTime created(const Customer &c) { return c.created; }
};

template <>
struct DotsProvider::Codec<PaymentIntent>
{
    static QString path() { return QStringLiteral("v2/payment-intents"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::DotsProvider", "payment intent");
    }
    static PaymentIntent decode(const QJsonObject &json)
    {
        return dots::paymentIntentFromJson(json);
    }
    static bool decodeList(const QJsonDocument &body, dots::ListPage<PaymentIntent> *page,
                           QString *error)
    {
        return dots::decodePaymentIntentList(body, page, error);
    }
    static QString requestId(const PaymentIntent &i) { return requestIdIn(i.metadata); }
    static QDateTime created(const PaymentIntent &i) { return i.created; }
};

template <>
struct DotsProvider::Codec<CheckoutSession>
{
    static QString path() { return QStringLiteral("v2/checkout-sessions"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::DotsProvider", "checkout session");
    }
    static CheckoutSession decode(const QJsonObject &json)
    {
        return dots::checkoutSessionFromJson(json);
    }
    static bool decodeList(const QJsonDocument &body, dots::ListPage<CheckoutSession> *page,
                           QString *error)
    {
        return dots::decodeCheckoutSessionList(body, page, error);
    }
    static QString requestId(const CheckoutSession &s) { return requestIdIn(s.metadata); }
    static QDateTime created(const CheckoutSession &s) { return s.created; }
};

template <>
struct DotsProvider::Codec<PaymentMethod>
{
    static QString path() { return QStringLiteral("v2/payment-methods"); }
    static QString noun()
    {
        return QCoreApplication::translate("paydesk::DotsProvider", "payment method");
    }
    static PaymentMethod decode(const QJsonObject &json)
    {
        return dots::paymentMethodFromJson(json);
    }
    static bool decodeList(const QJsonDocument &body, dots::ListPage<PaymentMethod> *page,
                           QString *error)
    {
        return dots::decodePaymentMethodList(body, page, error);
    }
};

template <>
struct DotsProvider::Codec<Refund>
{
    static QString path() { return QStringLiteral("v2/refunds"); }
    static QString noun() { return QCoreApplication::translate("paydesk::DotsProvider", "refund"); }
    static Refund decode(const QJsonObject &json) { return dots::refundFromJson(json); }
    static bool decodeList(const QJsonDocument &body, dots::ListPage<Refund> *page, QString *error)
    {
        return dots::decodeRefundList(body, page, error);
    }
    // Paydesk's Refund has no metadata of its own (the contract's refund is just an id); a
    // server that sends it back leaves it among the unknown fields.
    static QString requestId(const Refund &r)
    {
        return requestIdIn(Metadata(r.extra.value(QLatin1String("metadata")).toObject()));
    }
    static QDateTime created(const Refund &r) { return r.created; }
};

QUrl DotsProvider::productionBaseUrl()
{
    return QUrl(QStringLiteral("https://api.dots.dev/api"));
}

QUrl DotsProvider::sandboxBaseUrl()
{
    return QUrl(QStringLiteral("https://api.senddotssandbox.com/api"));
}

DotsProvider::DotsProvider(const QUrl &baseUrl, const Credentials &credentials,
                           HttpTransport *transport, QObject *parent)
    : PaymentProvider(parent)
    , m_baseUrl(baseUrl)
    , m_credentials(credentials)
    , m_transport(transport)
{}

HttpRequestSpec DotsProvider::request(const QByteArray &method, const QString &path,
                                      const QUrlQuery &query, const QByteArray &body,
                                      const QString &label) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    url.setPath(basePath + path, QUrl::TolerantMode);
    url.setQuery(query);

    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.body = body;
    spec.idempotent = method == "GET";
    spec.label = label;
    const QByteArray basic =
        (m_credentials.clientId.toUtf8() + ':' + m_credentials.apiKey).toBase64();
    spec.headers.append({"Authorization", "Basic " + basic});
    if (!m_credentials.appId.isEmpty())
        spec.headers.append({"Api-App-Id", m_credentials.appId.toUtf8()});
    return spec;
}

ApiError DotsProvider::errorFromResponse(const HttpResponse &response, const QString &subject) const
{
    if (response.transportError)
        return *response.transportError;

    ApiError error;
    error.httpStatus = response.status;
    error.retryAfterSeconds = response.retryAfterSeconds;

    // Dots documents no error envelope: `error` may be a string or an object, and a message,
    // code and field may sit beside it or inside it.
    const QJsonObject body = response.json.object();
    const QJsonValue errorValue = body.value(QLatin1String("error"));
    const QJsonObject inner = errorValue.isObject() ? errorValue.toObject() : QJsonObject();
    const auto pick = [&](QLatin1String key) {
        const QJsonValue v = inner.contains(key) ? inner.value(key) : body.value(key);
        if (v.isString())
            return v.toString();
        if (v.isObject())
            return v.toObject().value(QLatin1String("message")).toString();
        return QString();
    };
    error.serverMessage =
        errorValue.isString() ? errorValue.toString() : pick(QLatin1String("message"));
    if (error.serverMessage.isEmpty() && !errorValue.isString())
        error.serverMessage = pick(QLatin1String("message"));
    const QJsonValue code = inner.contains(QLatin1String("code"))
                                ? inner.value(QLatin1String("code"))
                                : body.value(QLatin1String("code"));
    error.code = code.isString()   ? code.toString()
                 : code.isObject() ? code.toObject().value(QLatin1String("name")).toString()
                 : code.isDouble() ? QString::number(code.toInteger())
                                   : QString();
    error.field = pick(QLatin1String("field"));
    if (error.field.isEmpty())
        error.field = pick(QLatin1String("param"));
    if (error.serverMessage.isEmpty() && !response.jsonValid && !response.body.isEmpty())
        error.serverMessage = QString::fromUtf8(response.body.left(300)).simplified();

    const QString detail = error.serverMessage.isEmpty()
                               ? QString()
                               : QStringLiteral(" (%1)").arg(error.serverMessage);
    const int status = response.status;
    if (status == 400 || status == 422) {
        error.kind = ApiErrorKind::Validation;
        error.message =
            error.serverMessage.isEmpty()
                ? tr("Dots did not accept the %1 (%2). Check the fields and try again.")
                      .arg(subject)
                      .arg(status)
                : tr("Dots did not accept the %1: %2").arg(subject, error.serverMessage);
    } else if (status == 401) {
        error.kind = ApiErrorKind::Credentials;
        error.message = tr("Dots did not accept this profile's client id and API key (401). Check "
                           "them in Profiles; sandbox and production keys are different.");
    } else if (status == 403) {
        error.kind = ApiErrorKind::Credentials;
        error.message = tr("Dots refused access to the %1 (403). The API key may lack this "
                           "permission, or an organisation key may need an app id.%2")
                            .arg(subject, detail);
    } else if (status == 404) {
        error.kind = ApiErrorKind::NotFound;
        error.message = tr("The %1 was not found on Dots (404).%2").arg(subject, detail);
    } else if (status == 429) {
        error.kind = ApiErrorKind::RateLimited;
        error.message = response.retryAfterSeconds
                            ? tr("Dots is limiting how fast requests may come (429). Try again in "
                                 "%n second(s).",
                                 nullptr, *response.retryAfterSeconds)
                            : tr("Dots is limiting how fast requests may come (429). Wait a moment "
                                 "and try again.");
    } else if (status >= 500) {
        error.kind = ApiErrorKind::Server;
        error.message = tr("Dots had a problem answering (%1). Try again in a moment; if it "
                           "keeps happening, check Dots' status page.%2")
                            .arg(status)
                            .arg(detail);
    } else if (status >= 200 && status < 300) {
        error.kind = ApiErrorKind::BadResponse;
        error.message = tr("Dots sent an answer about the %1 that Paydesk could not read. Try "
                           "again; if it keeps happening, the API may have changed.")
                            .arg(subject);
    } else {
        error.kind = ApiErrorKind::Rejected;
        error.message =
            tr("Dots refused the request for the %1 (%2).%3").arg(subject).arg(status).arg(detail);
    }
    return error;
}

template <typename T>
CallHandle DotsProvider::getOne(const QString &path, const QString &label, QObject *context,
                                Callback<T> done)
{
    const QString subject = Codec<T>::noun();
    return m_transport->send(request("GET", path, {}, {}, label), context,
                             [this, subject, done](const HttpResponse &response) {
                                 const bool success = !response.transportError &&
                                                      response.status >= 200 &&
                                                      response.status < 300;
                                 if (success && response.jsonValid && response.json.isObject()) {
                                     done(Codec<T>::decode(response.json.object()));
                                     return;
                                 }
                                 HttpResponse failed = response;
                                 if (success)
                                     failed.status = 200; // unreadable body
                                 done(errorFromResponse(failed, subject));
                             });
}

template <typename T>
CallHandle DotsProvider::getPage(const QString &path, QUrlQuery query, const PageQuery &page,
                                 const QString &label, QObject *context, Callback<Page<T>> done)
{
    query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    if (!page.startingAfter.isEmpty())
        query.addQueryItem(QStringLiteral("starting_after"), page.startingAfter);
    if (!page.endingBefore.isEmpty())
        query.addQueryItem(QStringLiteral("ending_before"), page.endingBefore);
    const QString subject = Codec<T>::noun();
    return m_transport->send(
        request("GET", path, query, {}, label), context,
        [this, subject, done](const HttpResponse &response) {
            const bool success =
                !response.transportError && response.status >= 200 && response.status < 300;
            if (!success) {
                done(errorFromResponse(response, subject));
                return;
            }
            dots::ListPage<T> decoded;
            QString decodeError;
            if (!response.jsonValid ||
                !Codec<T>::decodeList(response.json, &decoded, &decodeError)) {
                ApiError error = errorFromResponse(response, subject);
                if (!decodeError.isEmpty())
                    error.serverMessage = decodeError;
                done(error);
                return;
            }
            done(Page<T>{std::move(decoded.items), decoded.hasMore, decoded.wasBareArray});
        });
}

template <typename T>
CallHandle DotsProvider::findCreated(const QString &requestId, const QDateTime &sentAt,
                                     const std::optional<ApiError> &cause, QObject *context,
                                     CreateCallback<T> done)
{
    struct Search
    {
        std::optional<T> found;
        bool passedWindow = false;
        bool hitPageLimit = false;
    };
    auto search = std::make_shared<Search>();
    const QString noun = Codec<T>::noun();
    const QDateTime oldestPossible =
        sentAt.isValid() ? sentAt.addSecs(-LookupClockSkewSeconds) : QDateTime();
    const int pageLimit = m_lookupPageLimit;
    const QString label = tr("look for the %1 just created").arg(noun);

    PageFetcher<T> fetch = [this, label](const PageQuery &query, QObject *ctx,
                                         Callback<Page<T>> cb) {
        return getPage<T>(Codec<T>::path(), {}, query, label, ctx, std::move(cb));
    };
    const auto onPage = [search, requestId, oldestPossible, pageLimit](const QList<T> &items,
                                                                       const WalkProgress &p) {
        for (const T &item : items) {
            if (Codec<T>::requestId(item) == requestId) {
                search->found = item;
                return false;
            }
            const QDateTime created = Codec<T>::created(item);
            if (oldestPossible.isValid() && created.isValid() && created < oldestPossible)
                search->passedWindow = true;
        }
        if (search->passedWindow)
            return false;
        if (p.pages >= pageLimit) {
            search->hitPageLimit = !p.complete;
            return false;
        }
        return true;
    };
    const auto finished = [search, requestId, noun, cause, done](const Result<WalkProgress> &r) {
        CreateOutcome<T> outcome;
        outcome.requestId = requestId;
        if (search->found) {
            outcome.status = CreateStatus::Created;
            outcome.object = search->found;
            outcome.foundByLookup = true;
        } else if (r.ok() && (r.value().complete || search->passedWindow) &&
                   !search->hitPageLimit) {
            outcome.status = CreateStatus::NotCreated;
            outcome.error = cause;
            if (outcome.error)
                outcome.error->message +=
                    QLatin1Char(' ') +
                    QCoreApplication::translate("paydesk::DotsProvider",
                                                "Paydesk checked: nothing was created, so it is "
                                                "safe to try again.");
        } else {
            outcome.status = CreateStatus::Unknown;
            outcome.error = r.ok() ? cause : std::optional<ApiError>(r.error());
            outcome.guidance =
                QCoreApplication::translate(
                    "paydesk::DotsProvider",
                    "Paydesk could not find out whether the %1 was created. Before creating it "
                    "again, look for a %1 whose metadata has %2 = %3, or use Check again.")
                    .arg(noun, QString::fromLatin1(RequestIdMetadataKey), requestId);
        }
        done(outcome);
    };
    return walkPages<T>(fetch, 100, context, onPage, finished);
}

template <typename T>
CallHandle DotsProvider::create(const QString &path, const QJsonObject &body,
                                const QString &requestId, const QString &label, QObject *context,
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
    const QString noun = Codec<T>::noun();
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);

    const CallHandle post = m_transport->send(
        request("POST", path, {}, json, label), operation, [=, this](const HttpResponse &response) {
            CreateOutcome<T> outcome;
            outcome.requestId = requestId;
            const bool answered = !response.transportError;
            if (answered && response.status >= 200 && response.status < 300 && response.jsonValid &&
                response.json.isObject()) {
                outcome.status = CreateStatus::Created;
                outcome.object = Codec<T>::decode(response.json.object());
                deliver(outcome);
                return;
            }
            const ApiError error = errorFromResponse(response, noun);
            // A refusal the server stated (4xx) or a request that never left: nothing exists.
            const bool refused = answered && response.status >= 300 && response.status < 500;
            if (refused || !response.mayHaveReachedServer || error.kind == ApiErrorKind::Redirect) {
                outcome.status = CreateStatus::NotCreated;
                outcome.error = error;
                deliver(outcome);
                return;
            }
            if (operation->isCancelled()) {
                outcome.status = CreateStatus::Unknown;
                outcome.error = error;
                outcome.guidance =
                    tr("The request was sent before you cancelled, so the %1 may exist. Look for "
                       "a %1 whose metadata has %2 = %3 before creating it again.")
                        .arg(noun, QString::fromLatin1(RequestIdMetadataKey), requestId);
                deliver(outcome);
                return;
            }
            // The answer was lost, cut off, or a 5xx that a gateway may have sent after the
            // server acted: look for the object instead of sending the create again.
            const CallHandle lookup =
                findCreated<T>(requestId, sentAt, error, operation,
                               [deliver](const CreateOutcome<T> &found) { deliver(found); });
            operation->setCanceller([lookup] { lookup.cancel(); });
        });
    operation->setCanceller([post] { post.cancel(); });
    return CallHandle(operation);
}

// Customers

CallHandle DotsProvider::listCustomers(const PageQuery &query, QObject *context,
                                       Callback<Page<Customer>> done)
{
    return getPage<Customer>(Codec<Customer>::path(), {}, query, tr("list customers"), context,
                             std::move(done));
}

CallHandle DotsProvider::getCustomer(const QString &id, QObject *context, Callback<Customer> done)
{
    return getOne<Customer>(Codec<Customer>::path() + QLatin1Char('/') + pathId(id),
                            tr("read customer"), context, std::move(done));
}

CallHandle DotsProvider::createCustomer(const CustomerDraft &draft, QObject *context,
                                        CreateCallback<Customer> done, const QString &requestId)
{
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    // Dots answers a customer create with a reduced object (id, email, phone, country): read
    // the whole customer back so the caller has what it just created.
    auto *followUp = new Operation(this);
    const ContextGuard userContext(context);
    if (context)
        connect(context, &QObject::destroyed, followUp, &Operation::cancel);
    const CallHandle created = create<Customer>(
        Codec<Customer>::path(), dots::createBody(draft, id), id, tr("create customer"), followUp,
        [this, followUp, userContext, done](const CreateOutcome<Customer> &outcome) {
            const auto deliver = [followUp, userContext, done](const CreateOutcome<Customer> &o) {
                followUp->finish();
                if (userContext.isAlive())
                    done(o);
            };
            if (outcome.status != CreateStatus::Created || outcome.foundByLookup ||
                !outcome.object || outcome.object->id.isEmpty()) {
                deliver(outcome);
                return;
            }
            const CallHandle read = getCustomer(outcome.object->id, followUp,
                                                [outcome, deliver](const Result<Customer> &r) {
                                                    CreateOutcome<Customer> full = outcome;
                                                    if (r.ok())
                                                        full.object = r.value();
                                                    deliver(full);
                                                });
            followUp->setCanceller([read] { read.cancel(); });
        });
    followUp->setCanceller([created] { created.cancel(); });
    return CallHandle(followUp);
}

CallHandle DotsProvider::findCreatedCustomer(const QString &requestId, QObject *context,
                                             CreateCallback<Customer> done)
{
    return findCreated<Customer>(requestId, {}, std::nullopt, context, std::move(done));
}

// Payment intents

CallHandle DotsProvider::listPaymentIntents(const PageQuery &query, QObject *context,
                                            Callback<Page<PaymentIntent>> done)
{
    return getPage<PaymentIntent>(Codec<PaymentIntent>::path(), {}, query,
                                  tr("list payment intents"), context, std::move(done));
}

CallHandle DotsProvider::getPaymentIntent(const QString &id, QObject *context,
                                          Callback<PaymentIntent> done)
{
    return getOne<PaymentIntent>(Codec<PaymentIntent>::path() + QLatin1Char('/') + pathId(id),
                                 tr("read payment intent"), context, std::move(done));
}

CallHandle DotsProvider::createPaymentIntent(const PaymentIntentDraft &draft, QObject *context,
                                             CreateCallback<PaymentIntent> done,
                                             const QString &requestId)
{
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    return create<PaymentIntent>(Codec<PaymentIntent>::path(), dots::createBody(draft, id), id,
                                 tr("create payment intent"), context, std::move(done));
}

CallHandle DotsProvider::findCreatedPaymentIntent(const QString &requestId, QObject *context,
                                                  CreateCallback<PaymentIntent> done)
{
    return findCreated<PaymentIntent>(requestId, {}, std::nullopt, context, std::move(done));
}

CallHandle DotsProvider::confirmPaymentIntent(const ConfirmIntentDraft &draft, QObject *context,
                                              Callback<PaymentIntent> done)
{
    auto *operation = new Operation(this);
    const ContextGuard userContext(context);
    if (context)
        connect(context, &QObject::destroyed, operation, &Operation::cancel);
    const auto deliver = [operation, userContext, done](const Result<PaymentIntent> &result) {
        operation->finish();
        if (userContext.isAlive())
            done(result);
    };
    const QString path = Codec<PaymentIntent>::path() + QLatin1Char('/') +
                         pathId(draft.paymentIntentId) + QStringLiteral("/confirm");
    const QByteArray body = QJsonDocument(dots::confirmBody(draft)).toJson(QJsonDocument::Compact);
    const QString intentId = draft.paymentIntentId;
    const CallHandle post = m_transport->send(
        request("POST", path, {}, body, tr("confirm payment intent")), operation,
        [=, this](const HttpResponse &response) {
            const bool answered = !response.transportError;
            if (answered && response.status >= 200 && response.status < 300 && response.jsonValid &&
                response.json.isObject()) {
                deliver(Codec<PaymentIntent>::decode(response.json.object()));
                return;
            }
            const ApiError error = errorFromResponse(response, Codec<PaymentIntent>::noun());
            const bool refused = answered && response.status >= 300 && response.status < 500;
            if (refused || !response.mayHaveReachedServer || operation->isCancelled()) {
                deliver(error);
                return;
            }
            // The answer was lost: read the intent to see whether the confirmation took.
            const CallHandle read = getPaymentIntent(
                intentId, operation, [deliver, error](const Result<PaymentIntent> &r) {
                    if (r.ok() && r.value().status.phase() != IntentPhase::Waiting) {
                        deliver(r);
                        return;
                    }
                    ApiError reported = error;
                    reported.message +=
                        QLatin1Char(' ') +
                        (r.ok() ? QCoreApplication::translate(
                                      "paydesk::DotsProvider",
                                      "Paydesk checked: the payment intent was not confirmed, "
                                      "so it is safe to confirm it again.")
                                : QCoreApplication::translate(
                                      "paydesk::DotsProvider",
                                      "Paydesk could not find out whether the confirmation "
                                      "went through; refresh the payment intent before "
                                      "confirming it again."));
                    deliver(reported);
                });
            operation->setCanceller([read] { read.cancel(); });
        });
    operation->setCanceller([post] { post.cancel(); });
    return CallHandle(operation);
}

// Checkout sessions

CallHandle DotsProvider::listCheckoutSessions(const PageQuery &query, QObject *context,
                                              Callback<Page<CheckoutSession>> done)
{
    return getPage<CheckoutSession>(Codec<CheckoutSession>::path(), {}, query,
                                    tr("list checkout sessions"), context, std::move(done));
}

CallHandle DotsProvider::getCheckoutSession(const QString &id, QObject *context,
                                            Callback<CheckoutSession> done)
{
    return getOne<CheckoutSession>(Codec<CheckoutSession>::path() + QLatin1Char('/') + pathId(id),
                                   tr("read checkout session"), context, std::move(done));
}

CallHandle DotsProvider::createCheckoutSession(const CheckoutSessionDraft &draft, QObject *context,
                                               CreateCallback<CheckoutSession> done,
                                               const QString &requestId)
{
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    return create<CheckoutSession>(Codec<CheckoutSession>::path(), dots::createBody(draft, id), id,
                                   tr("create checkout session"), context, std::move(done));
}

CallHandle DotsProvider::findCreatedCheckoutSession(const QString &requestId, QObject *context,
                                                    CreateCallback<CheckoutSession> done)
{
    return findCreated<CheckoutSession>(requestId, {}, std::nullopt, context, std::move(done));
}

// Payment methods

CallHandle DotsProvider::listPaymentMethods(const QString &customerId, const PageQuery &query,
                                            QObject *context, Callback<Page<PaymentMethod>> done)
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("customer_id"), customerId);
    return getPage<PaymentMethod>(Codec<PaymentMethod>::path(), filter, query,
                                  tr("list payment methods"), context, std::move(done));
}

CallHandle DotsProvider::getPaymentMethod(const QString &id, QObject *context,
                                          Callback<PaymentMethod> done)
{
    return getOne<PaymentMethod>(Codec<PaymentMethod>::path() + QLatin1Char('/') + pathId(id),
                                 tr("read payment method"), context, std::move(done));
}

// Refunds

CallHandle DotsProvider::listRefunds(const PageQuery &query, QObject *context,
                                     Callback<Page<Refund>> done)
{
    return getPage<Refund>(Codec<Refund>::path(), {}, query, tr("list refunds"), context,
                           std::move(done));
}

CallHandle DotsProvider::getRefund(const QString &id, QObject *context, Callback<Refund> done)
{
    return getOne<Refund>(Codec<Refund>::path() + QLatin1Char('/') + pathId(id), tr("read refund"),
                          context, std::move(done));
}

CallHandle DotsProvider::createRefund(const RefundDraft &draft, QObject *context,
                                      CreateCallback<Refund> done, const QString &requestId)
{
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    return create<Refund>(Codec<Refund>::path(), dots::createBody(draft, id), id,
                          tr("create refund"), context, std::move(done));
}

CallHandle DotsProvider::findCreatedRefund(const QString &requestId, QObject *context,
                                           CreateCallback<Refund> done)
{
    return findCreated<Refund>(requestId, {}, std::nullopt, context, std::move(done));
}

} // namespace paydesk
