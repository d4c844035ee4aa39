#include "network/dots/dots_provider.h"

#include "network/dots/dots_codec.h"
#include "network/dots/dots_fields.h"
#include "network/list_walker.h"
#include "network/server_words.h"

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
// the margin covers clocks that disagree. An object that shows no metadata at all is taken as
// one whose request id the server hides (metadata stripped), never as "not this one".
constexpr qint64 LookupClockSkewSeconds = 10 * 60;

QString requestIdIn(const Metadata &metadata)
{
    return metadata.text(QString::fromLatin1(RequestIdMetadataKey));
}

// Two values that can tell objects apart: different only when both are known.
bool differ(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && a.compare(b, Qt::CaseInsensitive) != 0;
}

QString pathId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

// What differs between the kinds of object, for the generic get, list, create and look-up.
template <>
struct DotsProvider::Traits<Customer>
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
    static bool showsRequestId(const Customer &c) { return !c.metadata.isEmpty(); }
    static QDateTime created(const Customer &c) { return c.created; }
};

template <>
struct DotsProvider::Traits<PaymentIntent>
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
    static bool showsRequestId(const PaymentIntent &i) { return !i.metadata.isEmpty(); }
    static QDateTime created(const PaymentIntent &i) { return i.created; }
};

template <>
struct DotsProvider::Traits<CheckoutSession>
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
    static bool showsRequestId(const CheckoutSession &s) { return !s.metadata.isEmpty(); }
    static QDateTime created(const CheckoutSession &s) { return s.created; }
};

template <>
struct DotsProvider::Traits<PaymentMethod>
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
struct DotsProvider::Traits<Refund>
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
    static bool showsRequestId(const Refund &r)
    {
        return !r.extra.value(QLatin1String("metadata")).toObject().isEmpty();
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
{
    connect(transport, &HttpTransport::requestsInFlightChanged, this,
            &PaymentProvider::requestsInFlightChanged);
    connect(transport, &HttpTransport::retryScheduled, this, &PaymentProvider::retryScheduled);
}

// The codec writes back every field it read, unknown ones included: what Dots sent.
QJsonObject DotsProvider::rawJson(const Customer &customer) const
{
    return dots::toJson(customer);
}
QJsonObject DotsProvider::rawJson(const PaymentIntent &intent) const
{
    return dots::toJson(intent);
}
QJsonObject DotsProvider::rawJson(const CheckoutSession &session) const
{
    return dots::toJson(session);
}
QJsonObject DotsProvider::rawJson(const PaymentMethod &method) const
{
    return dots::toJson(method);
}
QJsonObject DotsProvider::rawJson(const Refund &refund) const
{
    return dots::toJson(refund);
}

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

ProviderCapabilities DotsProvider::capabilities() const
{
    ProviderCapabilities can;
    can.refunds = true;
    can.confirmLater = true;
    return can;
}

ApiError DotsProvider::errorFromResponse(const HttpResponse &response, const QString &subject) const
{
    if (response.transportError)
        return *response.transportError;

    ApiError error;
    error.httpStatus = response.status;
    error.retryAfterSeconds = response.retryAfterSeconds;
    const ServerWords words = serverWords(response.json, response.jsonValid, response.body);
    error.serverMessage = words.message;
    error.code = words.code;
    error.fieldErrors = words.fieldErrors;
    for (FieldError &e : error.fieldErrors)
        e.field = dots::neutralField(e.field);
    if (!error.fieldErrors.isEmpty())
        error.field = error.fieldErrors.constFirst().field;

    // The server's words as a sentence of their own, after Paydesk's.
    const QString said = error.serverMessage.isEmpty()
                             ? QString()
                             : QLatin1Char(' ') + tr("Dots said: %1").arg(error.serverMessage);
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
                           "them in Profiles; sandbox and production keys are different.") +
                        said;
    } else if (status == 403) {
        error.kind = ApiErrorKind::Credentials;
        error.message =
            error.serverMessage.isEmpty()
                ? tr("Dots refused access to the %1 (403). The API key may lack this permission, "
                     "or an organisation key may need an app id.")
                      .arg(subject)
                : tr("Dots refused access to the %1 (403): %2. The API key may lack this "
                     "permission, or an organisation key may need an app id.")
                      .arg(subject, error.serverMessage);
    } else if (status == 404) {
        error.kind = ApiErrorKind::NotFound;
        error.message = tr("The %1 was not found on Dots (404).").arg(subject) + said;
    } else if (status == 429) {
        error.kind = ApiErrorKind::RateLimited;
        error.message = response.retryAfterSeconds
                            ? tr("Dots is limiting how fast requests may come (429). Try again in "
                                 "%1.")
                                  .arg(durationText(*response.retryAfterSeconds))
                            : tr("Dots is limiting how fast requests may come (429). Wait a moment "
                                 "and try again.");
        error.message += said;
    } else if (status >= 500) {
        error.kind = ApiErrorKind::Server;
        error.message =
            error.serverMessage.isEmpty()
                ? tr("Dots had a problem answering (%1). Try again in a moment; if it keeps "
                     "happening, check Dots' status page.")
                      .arg(status)
                : tr("Dots had a problem answering (%1): %2. Try again in a moment; if it keeps "
                     "happening, check Dots' status page.")
                      .arg(QString::number(status), error.serverMessage);
    } else if (status >= 200 && status < 300) {
        error.kind = ApiErrorKind::BadResponse;
        error.message = tr("Dots sent an answer about the %1 that Paydesk could not read. Try "
                           "again; if it keeps happening, the API may have changed.")
                            .arg(subject);
    } else {
        error.kind = ApiErrorKind::Rejected;
        error.message =
            tr("Dots refused the request for the %1 (%2).").arg(subject).arg(status) + said;
    }
    return error;
}

template <typename T>
CallHandle DotsProvider::getOne(const QString &path, const QString &label, QObject *context,
                                Callback<T> done)
{
    const QString subject = Traits<T>::noun();
    return m_transport->send(request("GET", path, {}, {}, label), context,
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
CallHandle DotsProvider::getPage(const QString &path, QUrlQuery query, const PageQuery &page,
                                 const QString &label, QObject *context, Callback<Page<T>> done)
{
    query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    // Dots pages by id: the cursor is the last id of the page before.
    if (!page.cursor.isEmpty())
        query.addQueryItem(QStringLiteral("starting_after"), page.cursor);
    const QString subject = Traits<T>::noun();
    return m_transport->send(
        request("GET", path, query, {}, label), context,
        [this, subject, done, limit = page.limit,
         onNextCursor = page.onNextCursor](const HttpResponse &response) {
            const bool success =
                !response.transportError && response.status >= 200 && response.status < 300;
            if (!success) {
                done(errorFromResponse(response, subject));
                return;
            }
            if (onNextCursor && response.jsonValid)
                if (const QString next = dots::peekNextCursor(response.json, limit);
                    !next.isEmpty())
                    onNextCursor(next);
            dots::ListPage<T> decoded;
            QString decodeError;
            if (!response.jsonValid ||
                !Traits<T>::decodeList(response.json, &decoded, &decodeError)) {
                ApiError error = errorFromResponse(response, subject);
                if (!decodeError.isEmpty())
                    error.serverMessage = decodeError;
                done(error);
                return;
            }
            // A bare array (Dots' payment-intent list) says nothing about more: a full page may
            // have more after it, and the walker asks; a repeated page ends the walk.
            const bool hasMore =
                decoded.wasBareArray ? decoded.items.size() >= limit : decoded.hasMore;
            const QString next =
                hasMore && !decoded.items.isEmpty() ? decoded.items.constLast().id : QString();
            done(Page<T>{std::move(decoded.items), hasMore, next});
        });
}

template <typename T>
CallHandle DotsProvider::findCreated(Lookup<T> lookup, QObject *context, CreateCallback<T> done)
{
    struct Search
    {
        std::optional<T> found;
        QList<T> hidden; // in the window, request id not shown, could be this request's
        bool passedWindow = false;
        bool hitPageLimit = false;
    };
    auto search = std::make_shared<Search>();
    const QString noun = Traits<T>::noun();
    const QDateTime oldestPossible =
        lookup.sentAt.isValid() ? lookup.sentAt.addSecs(-LookupClockSkewSeconds) : QDateTime();
    const int pageLimit = m_lookupPageLimit;
    const QString label = tr("look for the %1 just created").arg(noun);

    PageFetcher<T> fetch = [this, label](const PageQuery &query, QObject *ctx,
                                         Callback<Page<T>> cb) {
        return getPage<T>(Traits<T>::path(), {}, query, label, ctx, std::move(cb));
    };
    const auto onPage = [search, lookup, oldestPossible, pageLimit](const QList<T> &items,
                                                                    const WalkProgress &p) {
        for (const T &item : items) {
            if (Traits<T>::requestId(item) == lookup.requestId) {
                search->found = item;
                return false;
            }
            const QDateTime created = Traits<T>::created(item);
            if (oldestPossible.isValid() && created.isValid() && created < oldestPossible) {
                search->passedWindow = true;
                continue;
            }
            if (Traits<T>::showsRequestId(item))
                continue; // visibly another request's, or no request's
            if (!lookup.couldBeThis || lookup.couldBeThis(item))
                search->hidden.append(item);
        }
        if (search->passedWindow)
            return false;
        if (p.pages >= pageLimit) {
            search->hitPageLimit = !p.complete;
            return false;
        }
        return true;
    };
    const auto finished = [search, lookup, noun, done](const Result<WalkProgress> &r) {
        const auto tr = [](const char *text) {
            return QCoreApplication::translate("paydesk::DotsProvider", text);
        };
        CreateOutcome<T> outcome;
        outcome.requestId = lookup.requestId;
        const bool sawAll =
            r.ok() && (r.value().complete || search->passedWindow) && !search->hitPageLimit;
        if (search->found) {
            outcome.status = CreateStatus::Created;
            outcome.object = search->found;
            outcome.foundByLookup = true;
            outcome.proof = tr("Paydesk found it by its request id.");
        } else if (sawAll && search->hidden.size() == 1 && lookup.provesThis &&
                   lookup.provesThis(search->hidden.constFirst())) {
            outcome.status = CreateStatus::Created;
            outcome.object = search->hidden.constFirst();
            outcome.foundByLookup = true;
            outcome.proof = lookup.provedBy;
        } else if (sawAll && search->hidden.isEmpty()) {
            outcome.status = CreateStatus::NotCreated;
            outcome.error = lookup.cause;
            outcome.proof = tr("Paydesk checked: nothing was created, so it is safe to try again.");
            if (outcome.error)
                outcome.error->message += QLatin1Char(' ') + outcome.proof;
        } else {
            outcome.status = CreateStatus::Unknown;
            outcome.error = r.ok() ? lookup.cause : std::optional<ApiError>(r.error());
            QStringList ids;
            for (const T &item :
                 std::as_const(search->hidden).first(std::min<qsizetype>(search->hidden.size(), 5)))
                ids << item.id;
            const QString hiddenNote =
                search->hidden.isEmpty()
                    ? QString()
                    : QLatin1Char(' ') +
                          tr("The server does not show a request id on %1 that could be it: "
                             "%2. Look at them before creating it again.")
                              .arg(search->hidden.size() == 1
                                       ? tr("one %1").arg(noun)
                                       : tr("%1 objects").arg(search->hidden.size()),
                                   ids.join(QStringLiteral(", ")));
            outcome.guidance =
                tr("Paydesk could not find out whether the %1 was created. Before creating it "
                   "again, look for a %1 whose metadata has %2 = %3.")
                    .arg(noun, QString::fromLatin1(RequestIdMetadataKey), lookup.requestId) +
                hiddenNote;
        }
        done(outcome);
    };
    return walkPages<T>(fetch, 100, context, onPage, finished);
}

template <typename T>
CallHandle DotsProvider::recentIds(const QDateTime &since, QObject *context,
                                   std::function<void(const Result<QSet<QString>> &)> done)
{
    auto ids = std::make_shared<QSet<QString>>();
    const int pageLimit = m_lookupPageLimit;
    const QString label = tr("read what existed before the %1").arg(Traits<T>::noun());
    PageFetcher<T> fetch = [this, label](const PageQuery &query, QObject *ctx,
                                         Callback<Page<T>> cb) {
        return getPage<T>(Traits<T>::path(), {}, query, label, ctx, std::move(cb));
    };
    return walkPages<T>(
        fetch, 100, context,
        [ids, since, pageLimit](const QList<T> &items, const WalkProgress &p) {
            bool older = false;
            for (const T &item : items) {
                ids->insert(item.id);
                const QDateTime created = Traits<T>::created(item);
                older = older || (created.isValid() && created < since);
            }
            return !older && p.pages < pageLimit;
        },
        [ids, done](const Result<WalkProgress> &r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            done(*ids);
        });
}

template <typename T>
CallHandle DotsProvider::create(const QString &path, const QJsonObject &body, Lookup<T> lookup,
                                const QString &label, QObject *context, CreateCallback<T> done)
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
    const QString requestId = lookup.requestId;
    lookup.sentAt = QDateTime::currentDateTimeUtc();
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);

    const CallHandle post = m_transport->send(
        request("POST", path, {}, json, label), operation, [=, this](const HttpResponse &response) {
            CreateOutcome<T> outcome;
            outcome.requestId = requestId;
            const bool answered = !response.transportError;
            if (answered && response.status >= 200 && response.status < 300 && response.jsonValid &&
                response.json.isObject()) {
                outcome.status = CreateStatus::Created;
                outcome.object = Traits<T>::decode(response.json.object());
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
                rememberUnresolved(lookup);
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
            Lookup<T> search = lookup;
            search.cause = error;
            const CallHandle found = findCreated<T>(
                std::move(search), operation, [this, lookup, deliver](const CreateOutcome<T> &o) {
                    if (o.status == CreateStatus::Unknown)
                        rememberUnresolved(lookup);
                    deliver(o);
                });
            operation->setCanceller([found] { found.cancel(); });
        });
    operation->setCanceller([post] { post.cancel(); });
    return CallHandle(operation);
}

template <typename T>
void DotsProvider::rememberUnresolved(const Lookup<T> &lookup)
{
    QHash<QString, Lookup<T>> &pending = unresolved<T>();
    // A person resolves a handful at most; keep memory bounded whatever happens.
    constexpr qsizetype MaxRemembered = 200;
    if (pending.size() >= MaxRemembered && !pending.contains(lookup.requestId))
        pending.erase(pending.begin());
    Lookup<T> kept = lookup;
    kept.cause.reset();
    pending.insert(lookup.requestId, kept);
}

template <typename T>
CallHandle DotsProvider::findCreatedAgain(const QString &requestId, QObject *context,
                                          CreateCallback<T> done)
{
    Lookup<T> lookup = unresolved<T>().value(requestId);
    lookup.requestId = requestId;
    return findCreated<T>(std::move(lookup), context,
                          [this, requestId, done](const CreateOutcome<T> &outcome) {
                              if (outcome.status != CreateStatus::Unknown)
                                  unresolved<T>().remove(requestId);
                              done(outcome);
                          });
}

// Customers

CallHandle DotsProvider::listCustomers(const PageQuery &query, QObject *context,
                                       Callback<Page<Customer>> done)
{
    return getPage<Customer>(Traits<Customer>::path(), {}, query, tr("list customers"), context,
                             std::move(done));
}

CallHandle DotsProvider::getCustomer(const QString &id, QObject *context, Callback<Customer> done)
{
    return getOne<Customer>(Traits<Customer>::path() + QLatin1Char('/') + pathId(id),
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
    Lookup<Customer> lookup;
    lookup.requestId = id;
    lookup.couldBeThis = [draft](const Customer &c) {
        return !differ(c.email, draft.email) && !differ(c.firstName, draft.firstName) &&
               !differ(c.lastName, draft.lastName) && !differ(c.businessName, draft.businessName);
    };
    const CallHandle created = create<Customer>(
        Traits<Customer>::path(), dots::createBody(draft, id), lookup, tr("create customer"),
        followUp, [this, followUp, userContext, done](const CreateOutcome<Customer> &outcome) {
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
    return findCreatedAgain<Customer>(requestId, context, std::move(done));
}

// Payment intents

CallHandle DotsProvider::listPaymentIntents(const PageQuery &query, QObject *context,
                                            Callback<Page<PaymentIntent>> done)
{
    return getPage<PaymentIntent>(Traits<PaymentIntent>::path(), {}, query,
                                  tr("list payment intents"), context, std::move(done));
}

CallHandle DotsProvider::getPaymentIntent(const QString &id, QObject *context,
                                          Callback<PaymentIntent> done)
{
    return getOne<PaymentIntent>(Traits<PaymentIntent>::path() + QLatin1Char('/') + pathId(id),
                                 tr("read payment intent"), context, std::move(done));
}

CallHandle DotsProvider::createPaymentIntent(const PaymentIntentDraft &draft, QObject *context,
                                             CreateCallback<PaymentIntent> done,
                                             const QString &requestId)
{
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    Lookup<PaymentIntent> lookup;
    lookup.requestId = id;
    lookup.couldBeThis = [draft](const PaymentIntent &i) {
        return (!i.amount.isValid() || i.amount == draft.amount) &&
               !differ(i.customerId, draft.customerId) && !differ(i.description, draft.description);
    };
    return create<PaymentIntent>(Traits<PaymentIntent>::path(), dots::createBody(draft, id), lookup,
                                 tr("create payment intent"), context, std::move(done));
}

CallHandle DotsProvider::findCreatedPaymentIntent(const QString &requestId, QObject *context,
                                                  CreateCallback<PaymentIntent> done)
{
    return findCreatedAgain<PaymentIntent>(requestId, context, std::move(done));
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
    const QString path = Traits<PaymentIntent>::path() + QLatin1Char('/') +
                         pathId(draft.paymentIntentId) + QStringLiteral("/confirm");
    const QByteArray body = QJsonDocument(dots::confirmBody(draft)).toJson(QJsonDocument::Compact);
    const QString intentId = draft.paymentIntentId;
    const CallHandle post = m_transport->send(
        request("POST", path, {}, body, tr("confirm payment intent")), operation,
        [=, this](const HttpResponse &response) {
            const bool answered = !response.transportError;
            if (answered && response.status >= 200 && response.status < 300 && response.jsonValid &&
                response.json.isObject()) {
                deliver(Traits<PaymentIntent>::decode(response.json.object()));
                return;
            }
            const ApiError error = errorFromResponse(response, Traits<PaymentIntent>::noun());
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
    return getPage<CheckoutSession>(Traits<CheckoutSession>::path(), {}, query,
                                    tr("list checkout sessions"), context, std::move(done));
}

CallHandle DotsProvider::getCheckoutSession(const QString &id, QObject *context,
                                            Callback<CheckoutSession> done)
{
    return getOne<CheckoutSession>(Traits<CheckoutSession>::path() + QLatin1Char('/') + pathId(id),
                                   tr("read checkout session"), context, std::move(done));
}

CallHandle DotsProvider::createCheckoutSession(const CheckoutSessionDraft &draft, QObject *context,
                                               CreateCallback<CheckoutSession> done,
                                               const QString &requestId)
{
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    Lookup<CheckoutSession> lookup;
    lookup.requestId = id;
    lookup.couldBeThis = [draft, total = draft.total()](const CheckoutSession &s) {
        return (!s.amountTotal || !total || *s.amountTotal == *total) &&
               !differ(s.clientReferenceId, draft.clientReferenceId) &&
               !differ(s.successUrl, draft.successUrl) && !differ(s.customerId, draft.customerId);
    };
    return create<CheckoutSession>(Traits<CheckoutSession>::path(), dots::createBody(draft, id),
                                   lookup, tr("create checkout session"), context, std::move(done));
}

CallHandle DotsProvider::findCreatedCheckoutSession(const QString &requestId, QObject *context,
                                                    CreateCallback<CheckoutSession> done)
{
    return findCreatedAgain<CheckoutSession>(requestId, context, std::move(done));
}

// Payment methods

CallHandle DotsProvider::listPaymentMethods(const QString &customerId, const PageQuery &query,
                                            QObject *context, Callback<Page<PaymentMethod>> done)
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("customer_id"), customerId);
    return getPage<PaymentMethod>(Traits<PaymentMethod>::path(), filter, query,
                                  tr("list payment methods"), context, std::move(done));
}

CallHandle DotsProvider::getPaymentMethod(const QString &id, QObject *context,
                                          Callback<PaymentMethod> done)
{
    return getOne<PaymentMethod>(Traits<PaymentMethod>::path() + QLatin1Char('/') + pathId(id),
                                 tr("read payment method"), context, std::move(done));
}

// Refunds

CallHandle DotsProvider::listRefunds(const PageQuery &query, QObject *context,
                                     Callback<Page<Refund>> done)
{
    return getPage<Refund>(Traits<Refund>::path(), {}, query, tr("list refunds"), context,
                           std::move(done));
}

CallHandle DotsProvider::getRefund(const QString &id, QObject *context, Callback<Refund> done)
{
    return getOne<Refund>(Traits<Refund>::path() + QLatin1Char('/') + pathId(id), tr("read refund"),
                          context, std::move(done));
}

CallHandle DotsProvider::createRefund(const RefundDraft &draft, QObject *context,
                                      CreateCallback<Refund> done, const QString &requestId)
{
    // Dots' refund carries no metadata, so a server may never show the request id on it. To
    // tell a lost answer apart from refunds made before, Paydesk first reads what the payment
    // intent has refunded and which refunds exist; after a lost answer, a refund that is new, on
    // this intent and of this amount is this one, and no new refund that could be this one,
    // with the intent's refunded amount unchanged, is proof that nothing was refunded.
    const QString id = requestId.isEmpty() ? newRequestId() : requestId;
    auto *operation = new Operation(this);
    const ContextGuard userContext(context);
    if (context)
        connect(context, &QObject::destroyed, operation, &Operation::cancel);
    const auto deliver = [operation, userContext, done](const CreateOutcome<Refund> &outcome) {
        operation->finish();
        if (userContext.isAlive())
            done(outcome);
    };
    const auto notSent = [id, deliver](const ApiError &error) {
        CreateOutcome<Refund> outcome;
        outcome.requestId = id;
        outcome.status = CreateStatus::NotCreated;
        outcome.error = error;
        outcome.error->message =
            tr("Paydesk reads the payment intent and its latest refunds before refunding, and "
               "could not, so nothing was sent. %1")
                .arg(error.message);
        deliver(outcome);
    };
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const QString intentId = draft.paymentIntentId;
    const Money amount = draft.amount;

    const CallHandle readBefore =
        getPaymentIntent(intentId, operation, [=, this](const Result<PaymentIntent> &before) {
            if (!before.ok()) {
                notSent(before.error());
                return;
            }
            const std::optional<qint64> refundedBefore = before.value().amountRefunded;
            const CallHandle listed = recentIds<Refund>(
                startedAt.addSecs(-LookupClockSkewSeconds), operation,
                [=, this](const Result<QSet<QString>> &existing) {
                    if (!existing.ok()) {
                        notSent(existing.error());
                        return;
                    }
                    const QSet<QString> existedBefore = existing.value();
                    Lookup<Refund> lookup;
                    lookup.requestId = id;
                    lookup.couldBeThis = [existedBefore, intentId, amount](const Refund &r) {
                        return !existedBefore.contains(r.id) &&
                               !differ(r.paymentIntentId, intentId) &&
                               (!r.amount || *r.amount == amount);
                    };
                    lookup.provesThis = [existedBefore, intentId, amount](const Refund &r) {
                        return !existedBefore.contains(r.id) && r.paymentIntentId == intentId &&
                               r.amount && *r.amount == amount;
                    };
                    lookup.provedBy =
                        tr("The server does not show request ids on refunds: Paydesk found the "
                           "one refund of this amount on this payment intent made since it was "
                           "sent.");
                    const CallHandle created = create<Refund>(
                        Traits<Refund>::path(), dots::createBody(draft, id), lookup,
                        tr("create refund"), operation,
                        [=, this](const CreateOutcome<Refund> &outcome) {
                            if (outcome.proof.isEmpty() || !refundedBefore) {
                                deliver(outcome); // answered, or nothing more to compare
                                return;
                            }
                            checkRefundedAmount(intentId, *refundedBefore, amount, outcome,
                                                operation, deliver);
                        });
                    operation->setCanceller([created] { created.cancel(); });
                });
            operation->setCanceller([listed] { listed.cancel(); });
        });
    operation->setCanceller([readBefore] { readBefore.cancel(); });
    return CallHandle(operation);
}

void DotsProvider::checkRefundedAmount(const QString &intentId, qint64 refundedBefore,
                                       const Money &amount, const CreateOutcome<Refund> &outcome,
                                       Operation *operation, CreateCallback<Refund> deliver)
{
    // A look-up's answer, checked against the payment intent's refunded amount: the two must
    // tell the same story, or the answer is unknown.
    const CallHandle readAfter =
        getPaymentIntent(intentId, operation, [=](const Result<PaymentIntent> &after) {
            CreateOutcome<Refund> checked = outcome;
            if (!after.ok() || !after.value().amountRefunded) {
                deliver(checked);
                return;
            }
            const qint64 grew = *after.value().amountRefunded - refundedBefore;
            const bool agrees = outcome.status == CreateStatus::Created
                                    ? grew >= amount.minorUnits()
                                : outcome.status == CreateStatus::NotCreated ? grew == 0
                                                                             : true;
            if (agrees) {
                if (outcome.status == CreateStatus::NotCreated)
                    checked.proof +=
                        QLatin1Char(' ') + tr("The payment intent's refunded amount is what it was "
                                              "before.");
                deliver(checked);
                return;
            }
            checked.status = CreateStatus::Unknown;
            checked.object.reset();
            checked.foundByLookup = false;
            if (checked.error) // the cause, without the "safe to try again" the look-up added
                checked.error->message.remove(QLatin1Char(' ') + outcome.proof);
            checked.proof.clear();
            checked.guidance =
                tr("Paydesk could not find out whether the refund was made: the payment "
                   "intent's refunded amount changed by %1 since the refund was sent, which the "
                   "refunds Paydesk can see do not explain. Look at the payment intent's refunds "
                   "before refunding again.")
                    .arg(Money(grew, amount.currency()).toString());
            deliver(checked);
        });
    operation->setCanceller([readAfter] { readAfter.cancel(); });
}

CallHandle DotsProvider::findCreatedRefund(const QString &requestId, QObject *context,
                                           CreateCallback<Refund> done)
{
    return findCreatedAgain<Refund>(requestId, context, std::move(done));
}

} // namespace paydesk
