#include "sandbox/api.h"

#include "sandbox/checkout_page.h"
#include "sandbox/render.h"
#include "sandbox/validation.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

// Lists default to ten records a page, as Stripe's do; Dots documents no default.
constexpr int kDefaultLimit = 10;

// Names as the contract's 404 has them: {"error": "PaymentIntent not found"}.
constexpr auto kIntentName = "PaymentIntent"_L1;
constexpr auto kSessionName = "CheckoutSession"_L1;
constexpr auto kCustomerName = "PaymentCustomer"_L1;
constexpr auto kMethodName = "PaymentMethod"_L1;
constexpr auto kRefundName = "Refund"_L1;

template <typename T>
bool everyRecord(const T &)
{
    return true;
}

// The page a list request asks for, or the 400 explaining what is wrong with its parameters.
template <typename T, typename Keep>
std::optional<Page<T>> requestedPage(const Collection<T> &collection, const HttpRequest &request,
                                     int defaultLimit, const QString &resourceName, Keep keep,
                                     HttpResponse &rejection)
{
    PageQuery query;
    if (const auto error = readPageQuery(request.query, defaultLimit, query)) {
        rejection = fieldErrorResponse(*error);
        return std::nullopt;
    }
    auto page = collection.page(query, keep);
    if (!page) {
        const QString field =
            query.endingBefore.isEmpty() ? u"starting_after"_s : u"ending_before"_s;
        rejection = fieldErrorResponse(
            {field, u"exists"_s, u"%1 names no %2 in this list"_s.arg(field, resourceName)});
    }
    return page;
}

// A page's objects as JSON text, each appended by `write(text, record)`: gathering them into one
// QJsonArray first copied every object once more, which cost a third of answering a page.
template <typename T, typename Write>
QByteArray writeAll(const Page<T> &page, Write write)
{
    QByteArray text;
    text.reserve(page.items.size() * 400 + 2);
    text += '[';
    for (const T *record : page.items) {
        if (text.size() > 1)
            text += ',';
        write(text, *record);
    }
    text += ']';
    return text;
}

// A writer for writeAll() from a renderer that builds the object.
template <typename Render>
auto asText(Render render)
{
    return [render](QByteArray &text, const auto &record) {
        text += QJsonDocument(render(record)).toJson(QJsonDocument::Compact);
    };
}

template <typename T, typename Write>
HttpResponse pagedList(const Page<T> &page, Write write)
{
    return jsonTextResponse("{\"data\":" + writeAll(page, write) +
                            ",\"has_more\":" + (page.hasMore ? "true" : "false") + '}');
}

FieldError missingReference(const QString &field, const QString &resourceName, const QString &id)
{
    return {field, u"exists"_s, u"%1 names no %2 (%3)"_s.arg(field, resourceName, id)};
}

} // namespace

Api::Api(Store &store, const SandboxOptions &options)
    : m_store(store)
    , m_options(options)
{
    const auto id = u"/([^/]+)"_s;

    const auto intents = u"/api/v2/payment-intents"_s;
    m_router.add("GET", intents, [this](const HttpRequest &request, const QStringList &) {
        return listIntents(request);
    });
    m_router.addJson("POST", intents, [this](const QJsonObject &body, const QStringList &) {
        return createIntent(body);
    });
    m_router.add("GET", intents + id, [this](const HttpRequest &, const QStringList &arguments) {
        return getIntent(arguments.at(0));
    });
    m_router.addJson("POST", intents + id + u"/confirm"_s,
                     [this](const QJsonObject &body, const QStringList &arguments) {
                         return confirmIntent(arguments.at(0), body);
                     });

    const auto sessions = u"/api/v2/checkout-sessions"_s;
    m_router.add("GET", sessions, [this](const HttpRequest &request, const QStringList &) {
        return listSessions(request);
    });
    m_router.addJson("POST", sessions, [this](const QJsonObject &body, const QStringList &) {
        return createSession(body);
    });
    m_router.add("GET", sessions + id, [this](const HttpRequest &, const QStringList &arguments) {
        return getSession(arguments.at(0));
    });

    const auto customers = u"/api/v2/payment-customers"_s;
    m_router.add("GET", customers, [this](const HttpRequest &request, const QStringList &) {
        return listCustomers(request);
    });
    m_router.addJson("POST", customers, [this](const QJsonObject &body, const QStringList &) {
        return createCustomer(body);
    });
    m_router.add("GET", customers + id, [this](const HttpRequest &, const QStringList &arguments) {
        return getCustomer(arguments.at(0));
    });

    const auto methods = u"/api/v2/payment-methods"_s;
    m_router.add("GET", methods, [this](const HttpRequest &request, const QStringList &) {
        return listPaymentMethods(request);
    });
    m_router.add("GET", methods + id, [this](const HttpRequest &, const QStringList &arguments) {
        return getPaymentMethod(arguments.at(0));
    });

    const auto refunds = u"/api/v2/refunds"_s;
    m_router.add("GET", refunds, [this](const HttpRequest &request, const QStringList &) {
        return listRefunds(request);
    });
    m_router.addJson("POST", refunds, [this](const QJsonObject &body, const QStringList &) {
        return createRefund(body);
    });
    m_router.add("GET", refunds + id, [this](const HttpRequest &, const QStringList &arguments) {
        return getRefund(arguments.at(0));
    });
}

QUrl Api::checkoutPageUrl(const QString &sessionId) const
{
    QUrl url = m_origin;
    url.setPath(CheckoutPages::pagePath(sessionId));
    return url;
}

QJsonObject Api::render(Resource resource, const QString &id) const
{
    const qint64 now = m_store.nowMs();
    switch (resource) {
    case Resource::PaymentIntents:
        if (const PaymentIntent *intent = m_store.intents.find(id))
            return renderIntent(*intent, now);
        break;
    case Resource::PaymentCustomers:
        if (const Customer *customer = m_store.customers.find(id))
            return renderCustomer(*customer);
        break;
    case Resource::PaymentMethods:
        if (const PaymentMethod *method = m_store.paymentMethods.find(id))
            return renderPaymentMethod(*method);
        break;
    case Resource::CheckoutSessions:
        if (const CheckoutSession *session = m_store.sessions.find(id))
            return renderSession(*session, now, checkoutPageUrl(id));
        break;
    case Resource::Refunds:
        if (const Refund *refund = m_store.refunds.find(id))
            return renderRefund(*refund);
        break;
    }
    return {};
}

HttpResponse Api::listIntents(const HttpRequest &request) const
{
    // A bare array cannot say has_more, so unless a limit is asked for it holds every intent.
    const bool bare = m_options.intentListShape == IntentListShape::BareArray;
    HttpResponse rejection;
    const auto page = requestedPage(m_store.intents, request, bare ? 0 : kDefaultLimit, kIntentName,
                                    everyRecord<PaymentIntent>, rejection);
    if (!page)
        return rejection;
    const qint64 now = m_store.nowMs();
    const auto write = [now](QByteArray &text, const PaymentIntent &intent) {
        writeIntentJson(text, intent, now);
    };
    return bare ? jsonTextResponse(writeAll(*page, write)) : pagedList(*page, write);
}

HttpResponse Api::createIntent(const QJsonObject &body)
{
    IntentDraft draft;
    if (const auto error = readIntentCreate(body, draft))
        return fieldErrorResponse(*error);
    PaymentIntent &intent = draft.intent;
    if (!intent.customerId.isEmpty() && !m_store.customers.find(intent.customerId))
        return fieldErrorResponse(
            missingReference(u"customer_id"_s, kCustomerName, intent.customerId));
    const PaymentMethod *method = nullptr;
    if (!intent.paymentMethodId.isEmpty()) {
        method = m_store.paymentMethods.find(intent.paymentMethodId);
        if (!method) {
            return fieldErrorResponse(
                missingReference(u"payment_method_id"_s, kMethodName, intent.paymentMethodId));
        }
        if (!intent.customerId.isEmpty() && method->customerId != intent.customerId) {
            return fieldErrorResponse(
                {u"payment_method_id"_s, u"belongs-to-customer"_s,
                 u"payment_method_id belongs to another customer than customer_id"_s});
        }
        intent.customerId = method->customerId;
    }

    const qint64 now = m_store.nowMs();
    intent.id = Store::newId();
    intent.createdMs = now;
    intent.updatedMs = now;
    if (draft.confirm)
        Store::startProcessing(intent, *method, now, m_options.processingDelayMs);
    const PaymentIntent &stored = m_store.intents.insert(std::move(intent));

    QJsonObject created = renderIntent(stored, now);
    // The contract shows the client secret on creation only.
    created.insert(u"client_secret"_s,
                   u"%1_secret_%2"_s.arg(stored.id, QUuid::createUuid().toString(QUuid::Id128)));
    return jsonResponse(created);
}

HttpResponse Api::getIntent(const QString &id) const
{
    const PaymentIntent *intent = m_store.intents.find(id);
    return intent ? jsonResponse(renderIntent(*intent, m_store.nowMs()))
                  : notFoundResponse(kIntentName);
}

HttpResponse Api::confirmIntent(const QString &id, const QJsonObject &body)
{
    PaymentIntent *intent = m_store.intents.edit(id);
    if (!intent)
        return notFoundResponse(kIntentName);
    QString methodId;
    if (const auto error = readIntentConfirm(body, methodId))
        return fieldErrorResponse(*error);

    const qint64 now = m_store.nowMs();
    const IntentStatus status = intent->statusAt(now);
    if (!isConfirmable(status)) {
        const QString why = isFinal(status)
                                ? u"payment intent %1 is already %2, and a final payment intent "
                                  "cannot be confirmed"_s
                                : u"payment intent %1 is %2: only one still waiting for its "
                                  "payment method can be confirmed"_s;
        return fieldErrorResponse(
            {u"payment_intent_id"_s, u"state"_s, why.arg(id, intentStatusName(status))});
    }
    const PaymentMethod *method = m_store.paymentMethods.find(methodId);
    if (!method)
        return fieldErrorResponse(missingReference(u"payment_method_id"_s, kMethodName, methodId));
    if (!intent->customerId.isEmpty() && method->customerId != intent->customerId) {
        return fieldErrorResponse({u"payment_method_id"_s, u"belongs-to-customer"_s,
                                   u"payment_method_id belongs to another customer than the "
                                   "payment intent's"_s});
    }
    Store::startProcessing(*intent, *method, now, m_options.processingDelayMs);
    return jsonResponse(renderIntent(*intent, now));
}

HttpResponse Api::listSessions(const HttpRequest &request) const
{
    HttpResponse rejection;
    const auto page = requestedPage(m_store.sessions, request, kDefaultLimit, kSessionName,
                                    everyRecord<CheckoutSession>, rejection);
    if (!page)
        return rejection;
    const qint64 now = m_store.nowMs();
    return pagedList(*page, asText([&](const CheckoutSession &session) {
        return renderSession(session, now, checkoutPageUrl(session.id));
    }));
}

HttpResponse Api::createSession(const QJsonObject &body)
{
    SessionDraft draft;
    if (const auto error = readSessionCreate(body, draft))
        return fieldErrorResponse(*error);
    CheckoutSession &session = draft.session;
    if (!session.customerId.isEmpty()) {
        const Customer *customer = m_store.customers.find(session.customerId);
        if (!customer) {
            return fieldErrorResponse(
                missingReference(u"customer_id"_s, kCustomerName, session.customerId));
        }
        if (session.customerEmail.isEmpty())
            session.customerEmail = customer->email;
    }
    const qint64 now = m_store.nowMs();
    session.id = Store::newId();
    session.createdMs = now;
    session.updatedMs = now;
    session.expiresAtMs = now + draft.expiresInSeconds * 1000;
    for (LineItem &item : session.lineItems)
        item.priceId = Store::newId();
    const CheckoutSession &stored = m_store.sessions.insert(std::move(session));
    return jsonResponse(renderSession(stored, now, checkoutPageUrl(stored.id)));
}

HttpResponse Api::getSession(const QString &id) const
{
    const CheckoutSession *session = m_store.sessions.find(id);
    return session ? jsonResponse(renderSession(*session, m_store.nowMs(), checkoutPageUrl(id)))
                   : notFoundResponse(kSessionName);
}

HttpResponse Api::listCustomers(const HttpRequest &request) const
{
    HttpResponse rejection;
    const auto page = requestedPage(m_store.customers, request, kDefaultLimit, kCustomerName,
                                    everyRecord<Customer>, rejection);
    return page ? pagedList(*page, asText(renderCustomer)) : rejection;
}

HttpResponse Api::createCustomer(const QJsonObject &body)
{
    Customer customer;
    if (const auto error = readCustomerCreate(body, customer))
        return fieldErrorResponse(*error);
    customer.id = Store::newId();
    // Every payment customer stands for a Dots user; one is made when none is given.
    if (customer.userId.isEmpty())
        customer.userId = Store::newId();
    customer.createdMs = m_store.nowMs();
    const Customer &stored =
        m_store.addCustomer(std::move(customer), Store::newId(), Store::newId());
    return jsonResponse(renderCreatedCustomer(stored));
}

HttpResponse Api::getCustomer(const QString &id) const
{
    const Customer *customer = m_store.customers.find(id);
    return customer ? jsonResponse(renderCustomer(*customer)) : notFoundResponse(kCustomerName);
}

HttpResponse Api::listPaymentMethods(const HttpRequest &request) const
{
    const QString customerId = request.query.queryItemValue(u"customer_id"_s);
    if (customerId.isEmpty()) {
        return fieldErrorResponse({u"customer_id"_s, u"required"_s,
                                   u"customer_id is required: payment methods are listed per "
                                   "customer"_s});
    }
    if (!m_store.customers.find(customerId))
        return fieldErrorResponse(missingReference(u"customer_id"_s, kCustomerName, customerId));
    HttpResponse rejection;
    const auto page = requestedPage(
        m_store.paymentMethods, request, kDefaultLimit, kMethodName,
        [&](const PaymentMethod &method) { return method.customerId == customerId; }, rejection);
    return page ? pagedList(*page, asText(renderPaymentMethod)) : rejection;
}

HttpResponse Api::getPaymentMethod(const QString &id) const
{
    const PaymentMethod *method = m_store.paymentMethods.find(id);
    return method ? jsonResponse(renderPaymentMethod(*method)) : notFoundResponse(kMethodName);
}

HttpResponse Api::listRefunds(const HttpRequest &request) const
{
    HttpResponse rejection;
    const auto page = requestedPage(m_store.refunds, request, kDefaultLimit, kRefundName,
                                    everyRecord<Refund>, rejection);
    return page ? pagedList(*page, asText(renderRefund)) : rejection;
}

HttpResponse Api::createRefund(const QJsonObject &body)
{
    Refund refund;
    if (const auto error = readRefundCreate(body, refund))
        return fieldErrorResponse(*error);
    const PaymentIntent *intent = m_store.intents.find(refund.paymentIntentId);
    if (!intent) {
        return fieldErrorResponse(
            missingReference(u"payment_intent_id"_s, kIntentName, refund.paymentIntentId));
    }
    const qint64 now = m_store.nowMs();
    const IntentStatus status = intent->statusAt(now);
    if (status != IntentStatus::Succeeded) {
        return fieldErrorResponse(
            {u"payment_intent_id"_s, u"state"_s,
             u"payment intent %1 is %2: only a succeeded payment can be refunded"_s.arg(
                 intent->id, intentStatusName(status))});
    }
    const qint64 left = intent->amount - intent->amountRefunded;
    if (refund.amount > left) {
        return fieldErrorResponse(
            {u"amount"_s, u"maximum"_s,
             u"amount %1 is more than the %2 cents left to refund on payment intent %3"_s.arg(
                 QString::number(refund.amount), QString::number(left), intent->id)});
    }
    refund.id = Store::newId();
    refund.createdMs = now;
    return jsonResponse(renderRefund(m_store.addRefund(std::move(refund))));
}

HttpResponse Api::getRefund(const QString &id) const
{
    const Refund *refund = m_store.refunds.find(id);
    return refund ? jsonResponse(renderRefund(*refund)) : notFoundResponse(kRefundName);
}

} // namespace paydesk::sandbox
