#include "sandbox/synaptopay/routes.h"

#include "sandbox/synaptopay/pages.h"
#include "sandbox/synaptopay/render.h"
#include "sandbox/synaptopay/requests.h"
#include "sandbox/synaptopay/status.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::synaptopay {

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kIdempotencyLifetimeMs = 96 * kHour;
constexpr qint64 kSessionLifetimeMs = 24 * kHour;
const auto kAccountPart = u"/v1/accounts/([^/:]+)/"_s;
const auto kIdPart = u"/([^/:]+)"_s;

// An empty body is an empty object: a list is often sent without one.
std::optional<HttpResponse> readBody(const HttpRequest &request, QJsonObject &body)
{
    body = {};
    if (request.body.trimmed().isEmpty())
        return std::nullopt;
    if (const auto problem = checkJsonText(request.body))
        return fieldAnswer(*problem);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fieldAnswer({u"body"_s, u"json"_s,
                            u"The body is not valid JSON: %1 at offset %2"_s.arg(
                                parseError.errorString(), QString::number(parseError.offset))});
    }
    if (!document.isObject())
        return fieldAnswer({u"body"_s, u"type"_s, u"The body must be a JSON object"_s});
    body = document.object();
    return std::nullopt;
}

FieldError missing(const QString &field, const QString &name)
{
    return {field, u"exists"_s, u"%1 names %2, which does not exist"_s.arg(field, name)};
}

QString customerOf(const PaymentIntent &intent)
{
    return intent.customer;
}

QString customerOf(const PaymentMethod &method)
{
    return method.customer;
}

template <typename T>
QString customerOf(const T &)
{
    return {};
}

QByteArray pageToken(const QString &listKey, const QString &filter, const QString &after)
{
    return QJsonDocument(
               QJsonObject{{u"list"_s, listKey}, {u"filter"_s, filter}, {u"after"_s, after}})
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The record a page token says to continue after, or nothing when this list did not give it out.
std::optional<QString> readPageToken(const QString &token, const QString &listKey,
                                     const QString &filter, const QString &account)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    const QString after = object.value(u"after"_s).toString();
    if (object.value(u"list"_s).toString() != listKey ||
        object.value(u"filter"_s).toString() != filter ||
        !after.startsWith(accountName(account) + u'/')) {
        return std::nullopt;
    }
    return after;
}

} // namespace

Api::Api(Store &store, Payments &payments, const SandboxOptions &options)
    : m_store(store)
    , m_payments(payments)
    , m_options(options)
{
    m_keys.insert(options.synaptoPayApiKey, QString::fromLatin1(kSynaptoPayDemoAccount));
    m_keys.insert(QString::fromLatin1(kSynaptoPaySecondApiKey),
                  QString::fromLatin1(kSynaptoPaySecondAccount));

    const auto addCreate = [this](const QString &collection, Create create) {
        m_router.add("POST", kAccountPart + collection,
                     [this, create](const HttpRequest &request, const QStringList &arguments) {
                         return idempotentCreate(request, arguments.at(0), create);
                     });
    };
    addCreate(u"payment-intents"_s, &Api::createIntent);
    addCreate(u"customers"_s, &Api::createCustomer);
    addCreate(u"checkout-sessions"_s, &Api::createSession);
    addCreate(u"refunds"_s, &Api::createRefund);

    addReads(u"payment-intents"_s, u"payment_intents"_s, &SynaptoPayStore::intents, renderIntent,
             true);
    addReads(u"customers"_s, u"customers"_s, &SynaptoPayStore::customers, renderCustomer);
    addReads(u"checkout-sessions"_s, u"checkout_sessions"_s, &SynaptoPayStore::sessions,
             [this](const CheckoutSession &session) {
                 return renderSession(session, m_store.nowMs(), checkoutPageUrl(session.id));
             });
    addReads(u"refunds"_s, u"refunds"_s, &SynaptoPayStore::refunds, renderRefund);
    addReads(u"devices"_s, u"devices"_s, &SynaptoPayStore::devices, renderDevice);
    addReads(u"payment-methods"_s, u"payment_methods"_s, &SynaptoPayStore::paymentMethods,
             renderPaymentMethod, true);
    addReads(u"charges"_s, u"charges"_s, &SynaptoPayStore::charges, renderCharge);
    addReads(u"transfers"_s, u"transfers"_s, &SynaptoPayStore::transfers, renderTransfer);

    m_router.setUnmatched([](const HttpRequest &request, const QList<QByteArray> &allowed) {
        const QString requestLine = QString::fromLatin1(request.method) + u' ' + request.path;
        if (allowed.isEmpty())
            return statusAnswer(Code::NotFound, u"No route for %1"_s.arg(requestLine));
        HttpResponse response =
            statusAnswer(Code::NotFound, u"%1 is not allowed here; use %2"_s.arg(
                                             requestLine, QString::fromLatin1(allowed.join(", "))));
        response.status = 405;
        response.headers.emplaceBack("Allow", allowed.join(", "));
        return response;
    });
}

std::optional<QString> Api::accountOf(const QByteArray &authorization) const
{
    if (!authorization.toLower().startsWith("api-key "))
        return std::nullopt;
    const auto account = m_keys.constFind(QString::fromUtf8(authorization.mid(8).trimmed()));
    if (account == m_keys.cend())
        return std::nullopt;
    return *account;
}

QUrl Api::checkoutPageUrl(const QString &sessionName) const
{
    QUrl url = m_origin;
    url.setPath(Pages::checkoutPath(sessionName));
    return url;
}

HttpResponse Api::handle(const HttpRequest &request, QString *inFlightKey)
{
    const QByteArray authorization = request.header("authorization");
    const auto account = accountOf(authorization);
    if (!account) {
        QString why = u"Invalid API key"_s;
        if (authorization.isEmpty())
            why = u"Missing API key: send the header \"Authorization: Api-Key <secret key>\""_s;
        else if (!authorization.toLower().startsWith("api-key "))
            why = u"The Authorization header must use the Api-Key scheme: "
                  "\"Authorization: Api-Key <secret key>\""_s;
        return statusAnswer(Code::PermissionDenied, why);
    }
    static const QRegularExpression accountPath(u"^/v1/accounts/([^/:]+)"_s);
    const QRegularExpressionMatch match = accountPath.match(request.path);
    if (match.hasMatch() && match.captured(1) != *account) {
        return statusAnswer(Code::PermissionDenied,
                            u"This API key is for accounts/%1; it cannot act for accounts/%2"_s.arg(
                                *account, match.captured(1)));
    }
    m_payments.settleDue(m_store.nowMs());
    m_inFlightKey = inFlightKey;
    HttpResponse response = m_router.route(request);
    m_inFlightKey = nullptr;
    return response;
}

HttpResponse Api::idempotentCreate(const HttpRequest &request, const QString &account,
                                   Create create)
{
    QJsonObject body;
    if (auto rejection = readBody(request, body))
        return *rejection;
    if (!request.headers.contains("idempotency-key"))
        return (this->*create)(account, body);

    const QByteArray key = request.header("idempotency-key");
    if (const auto problem = checkIdempotencyKey(key))
        return fieldAnswer(*problem);
    const QString id = account + u' ' + QString::fromLatin1(key);
    if (m_inFlight.contains(id)) {
        return statusAnswer(
            Code::Aborted,
            u"request in progress: the first request with Idempotency-Key \"%1\" "
            "has not been answered yet; retry once it has"_s.arg(QString::fromLatin1(key)));
    }
    const QByteArray fingerprint =
        QCryptographicHash::hash(request.method + ' ' + request.path.toUtf8() + '\n' +
                                     QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex();
    const qint64 now = m_store.nowMs();
    const IdempotencyRecord *kept = m_store.synaptoPay.idempotency.find(id);
    if (kept && now - kept->usedMs < kIdempotencyLifetimeMs) {
        if (kept->fingerprint != fingerprint) {
            return fieldAnswer(
                {u"Idempotency-Key"_s, u"reused"_s,
                 u"Idempotency-Key \"%1\" was used within the last 96 hours for another request "
                 "(another path or body); send a new key with a new request"_s.arg(
                     QString::fromLatin1(key))});
        }
        HttpResponse replay{kept->status, "application/json", kept->body, {}};
        replay.headers.emplaceBack("Idempotent-Replayed", "true");
        return replay;
    }

    HttpResponse response = (this->*create)(account, body);
    if (response.status / 100 != 2)
        return response;
    // A key whose 96 hours are over starts afresh; it keeps its place in the collection.
    IdempotencyRecord *record =
        kept ? m_store.synaptoPay.idempotency.edit(id)
             : &m_store.synaptoPay.idempotency.insert(IdempotencyRecord{id, now, now, {}, 0, {}});
    record->usedMs = now;
    record->fingerprint = fingerprint;
    record->status = response.status;
    record->body = response.body;
    m_inFlight.insert(id);
    if (m_inFlightKey)
        *m_inFlightKey = id;
    return response;
}

HttpResponse Api::createIntent(const QString &account, const QJsonObject &body)
{
    IntentRequest request;
    if (const auto error = readIntentCreate(body, account, request))
        return fieldAnswer(*error);
    PaymentIntent &intent = request.intent;
    const SynaptoPayStore &sp = m_store.synaptoPay;
    if (!intent.customer.isEmpty() && !sp.customers.find(intent.customer))
        return fieldAnswer(missing(u"customer"_s, intent.customer));

    const Device *device = nullptr;
    if (!intent.device.isEmpty()) {
        // On a terminal the card comes from the terminal: payment_method is ignored.
        intent.paymentMethod.clear();
        device = sp.devices.find(intent.device);
        if (!device)
            return fieldAnswer(missing(u"device"_s, intent.device));
        if (device->state != DeviceState::Active) {
            const QString why = device->state == DeviceState::Pending ? u"it is not paired yet"_s
                                                                      : u"it is suspended"_s;
            return fieldAnswer(
                {u"device"_s, u"state"_s,
                 u"device %1 is %2: only an ACTIVE device takes payments, and %3"_s.arg(
                     intent.device, deviceStateName(device->state), why)},
                Code::FailedPrecondition);
        }
        if (!device->currencies.contains(intent.currency)) {
            return fieldAnswer(
                {u"currency"_s, u"device-currency"_s,
                 u"currency %1 is not supported by device %2, which takes %3"_s.arg(
                     intent.currency, intent.device, device->currencies.join(u", "_s))});
        }
        if (!device->waitingIntent.isEmpty()) {
            return fieldAnswer({u"device"_s, u"busy"_s,
                                u"device %1 is busy: payment intent %2 is waiting on it for a "
                                "card"_s.arg(intent.device, device->waitingIntent)},
                               Code::FailedPrecondition);
        }
    } else if (!intent.paymentMethod.isEmpty()) {
        const PaymentMethod *method = sp.paymentMethods.find(intent.paymentMethod);
        if (!method)
            return fieldAnswer(missing(u"payment_method"_s, intent.paymentMethod));
        if (!method->customer.isEmpty()) {
            if (!intent.customer.isEmpty() && method->customer != intent.customer) {
                return fieldAnswer(
                    {u"payment_method"_s, u"belongs-to-customer"_s,
                     u"payment_method %1 is saved on %2, another customer than "
                     "customer %3"_s.arg(intent.paymentMethod, method->customer, intent.customer)});
            }
            intent.customer = method->customer;
        }
    }

    const qint64 now = m_store.nowMs();
    intent.id = m_payments.newName(account, u"payment-intents"_s, u"pi"_s);
    intent.account = account;
    intent.createdMs = now;
    intent.updatedMs = now;
    intent.clientSecret = m_payments.newClientSecret(intent.id);
    const QString name = m_store.synaptoPay.intents.insert(std::move(intent)).id;
    if (request.confirm && device)
        m_payments.startOnTerminal(name, device->id, now, m_options.terminalDelayMs);
    else if (request.confirm)
        m_payments.payWith(name, m_store.synaptoPay.intents.find(name)->paymentMethod, now);
    return jsonAnswer(renderIntent(*m_store.synaptoPay.intents.find(name)));
}

HttpResponse Api::createCustomer(const QString &account, const QJsonObject &body)
{
    Customer customer;
    if (const auto error = readCustomerCreate(body, customer))
        return fieldAnswer(*error);
    const qint64 now = m_store.nowMs();
    customer.id = m_payments.newName(account, u"customers"_s, u"cus"_s);
    customer.account = account;
    customer.createdMs = now;
    customer.updatedMs = now;
    return jsonAnswer(renderCustomer(m_store.synaptoPay.customers.insert(std::move(customer))));
}

HttpResponse Api::createSession(const QString &account, const QJsonObject &body)
{
    CheckoutSession session;
    if (const auto error = readSessionCreate(body, session))
        return fieldAnswer(*error);
    const qint64 now = m_store.nowMs();
    session.id = m_payments.newName(account, u"checkout-sessions"_s, u"cs"_s);
    session.account = account;
    session.createdMs = now;
    session.updatedMs = now;
    session.expireMs = now + kSessionLifetimeMs;
    const CheckoutSession &stored = m_store.synaptoPay.sessions.insert(std::move(session));
    return jsonAnswer(renderSession(stored, now, checkoutPageUrl(stored.id)));
}

HttpResponse Api::createRefund(const QString &account, const QJsonObject &body)
{
    Refund refund;
    if (const auto error = readRefundCreate(body, account, refund))
        return fieldAnswer(*error);
    SynaptoPayStore &sp = m_store.synaptoPay;
    const Charge *found = sp.charges.find(refund.charge);
    if (!found)
        return fieldAnswer(missing(u"charge"_s, refund.charge));
    const qint64 left = found->amount - found->amountRefunded;
    if (left == 0) {
        return fieldAnswer({u"charge"_s, u"refunded"_s,
                            u"charge %1 is already refunded in full"_s.arg(refund.charge)},
                           Code::FailedPrecondition);
    }
    if (refund.amount > left) {
        return fieldAnswer(
            {u"amount"_s, u"maximum"_s,
             u"amount %1 is more than the %2 left to refund on charge %3"_s.arg(
                 QString::number(refund.amount), QString::number(left), refund.charge)});
    }
    if (refund.amount == 0)
        refund.amount = left;
    const qint64 now = m_store.nowMs();
    Charge *charge = sp.charges.edit(refund.charge);
    charge->amountRefunded += refund.amount;
    charge->updatedMs = now;
    refund.id = m_payments.newName(account, u"refunds"_s, u"re"_s);
    refund.account = account;
    refund.createdMs = now;
    refund.paymentIntent = charge->paymentIntent;
    refund.currency = charge->currency;
    return jsonAnswer(renderRefund(sp.refunds.insert(std::move(refund))));
}

template <typename T, typename Render>
void Api::addReads(const QString &collection, const QString &listKey,
                   TrackedCollection<T> SynaptoPayStore::*records, Render render,
                   bool customerFilter)
{
    m_router.add("GET", kAccountPart + collection + kIdPart,
                 [=, this](const HttpRequest &, const QStringList &arguments) {
                     const QString name = u"%1/%2/%3"_s.arg(accountName(arguments.at(0)),
                                                            collection, arguments.at(1));
                     const T *record = (m_store.synaptoPay.*records).find(name);
                     if (!record)
                         return statusAnswer(Code::NotFound, u"%1 not found"_s.arg(name));
                     return jsonAnswer(render(*record));
                 });
    m_router.add("POST", kAccountPart + collection + u":list"_s,
                 [=, this](const HttpRequest &request, const QStringList &arguments) {
                     return list(request, arguments.at(0), listKey, m_store.synaptoPay.*records,
                                 render, customerFilter);
                 });
}

template <typename T, typename Render>
HttpResponse Api::list(const HttpRequest &request, const QString &account, const QString &listKey,
                       const TrackedCollection<T> &records, Render render, bool customerFilter)
{
    QJsonObject body;
    if (auto rejection = readBody(request, body))
        return *rejection;
    ListRequest query;
    if (const auto error = readListRequest(body, account, customerFilter, query))
        return fieldAnswer(*error);
    PageQuery pageQuery{query.pageSize, {}, {}};
    if (!query.pageToken.isEmpty()) {
        const auto after = readPageToken(query.pageToken, listKey, query.customer, account);
        if (!after || !records.find(*after)) {
            return fieldAnswer({u"page_token"_s, u"token"_s,
                                u"page_token is not a token this list gave out (a token only "
                                "continues the list, with the same filter, that it came from)"_s});
        }
        pageQuery.startingAfter = *after;
    }
    const auto page = records.page(pageQuery, [&](const T &record) {
        return record.account == account &&
               (query.customer.isEmpty() || customerOf(record) == query.customer);
    });
    QJsonArray items;
    for (const T *record : page->items)
        items.append(render(*record));
    QJsonObject answer{{listKey, items}};
    if (page->hasMore && !page->items.isEmpty()) {
        answer.insert(u"next_page_token"_s, QString::fromLatin1(pageToken(listKey, query.customer,
                                                                          page->items.last()->id)));
    }
    return jsonAnswer(answer);
}

void Api::addAdminRoutes(Router &admin)
{
    admin.add("GET", u"/admin/terminals"_s, [this](const HttpRequest &, const QStringList &) {
        m_payments.settleDue(m_store.nowMs());
        return jsonResponse(terminalsJson());
    });
    admin.addJson("POST", u"/admin/terminals/([^/]+)"_s,
                  [this](const QJsonObject &body, const QStringList &arguments) {
                      return settleTerminal(arguments.at(0), body);
                  });
}

HttpResponse Api::settleTerminal(const QString &deviceId, const QJsonObject &body)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    reader.rejectUnknownFields({u"action"_s});
    const QString action =
        reader
            .choice(u"action"_s, {u"present_card"_s, u"decline"_s, u"time_out"_s},
                    FieldReader::Required)
            .value_or(QString());
    if (error)
        return fieldErrorResponse(*error);
    const qint64 now = m_store.nowMs();
    m_payments.settleDue(now);
    const Device *device = findDevice(m_store.synaptoPay, deviceId);
    if (!device)
        return notFoundResponse(u"Device %1"_s.arg(deviceId));
    const QString intent = device->waitingIntent;
    const TerminalOutcome outcome = action == "present_card"_L1 ? TerminalOutcome::CardPresented
                                    : action == "decline"_L1    ? TerminalOutcome::Declined
                                                                : TerminalOutcome::TimedOut;
    if (!m_payments.settleTerminal(device->id, outcome, now)) {
        return errorResponse(409, u"nothing-waiting"_s,
                             u"Device %1 has no payment waiting for a card"_s.arg(deviceId));
    }
    return jsonResponse(renderIntent(*m_store.synaptoPay.intents.find(intent)));
}

QJsonObject Api::terminalsJson() const
{
    QJsonArray terminals;
    const SynaptoPayStore &sp = m_store.synaptoPay;
    sp.devices.forEach([&](const Device &device) {
        QUrl page = m_origin;
        page.setPath(Pages::terminalPath(device.id));
        QJsonObject terminal{{u"device"_s, device.id},
                             {u"state"_s, deviceStateName(device.state)},
                             {u"display_name"_s, device.displayName},
                             {u"page_url"_s, page.toString()}};
        if (const PaymentIntent *intent = sp.intents.find(device.waitingIntent)) {
            terminal.insert(u"waiting"_s,
                            QJsonObject{{u"payment_intent"_s, intent->id},
                                        {u"amount"_s, QString::number(intent->amount)},
                                        {u"currency"_s, intent->currency},
                                        {u"settle_time"_s, rfc3339(intent->settlesAtMs)}});
        }
        terminals.append(terminal);
    });
    return {{u"terminals"_s, terminals}};
}

} // namespace paydesk::sandbox::synaptopay
