#include "sandbox/render.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject renderAddress(const Address &address)
{
    QJsonObject object{{u"country"_s, address.country},
                       {u"city"_s, address.city},
                       {u"state"_s, address.state},
                       {u"postcode"_s, address.postcode},
                       {u"line_1"_s, address.line1}};
    insertIfSet(object, u"line_2"_s, address.line2);
    return object;
}

QJsonObject renderLineItem(const LineItem &item)
{
    QJsonObject product{{u"name"_s, item.name}};
    insertIfSet(product, u"description"_s, item.description);
    if (!item.images.isEmpty())
        product.insert(u"images"_s, QJsonArray::fromStringList(item.images));
    if (!item.productMetadata.isEmpty())
        product.insert(u"metadata"_s, item.productMetadata);
    const QJsonObject price{
        {u"currency"_s, u"usd"_s}, {u"amount"_s, item.unitAmount}, {u"product_data"_s, product}};
    return QJsonObject{{u"price_id"_s, item.priceId},
                       {u"quantity"_s, item.quantity},
                       {u"price_data"_s, price},
                       {u"amount_total"_s, item.unitAmount * item.quantity}};
}

} // namespace

QString isoTime(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc());
    const QDate date = time.date();
    if (date.year() < 0 || date.year() > 9999)
        return time.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
    // Written by hand: a format pattern goes through the locale's calendar, and every intent in a
    // page of a list has two of these.
    const QTime clock = time.time();
    char text[24];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(),
                  date.day(), clock.hour(), clock.minute(), clock.second());
    return QString::fromLatin1(text);
}

QJsonObject renderCustomer(const Customer &customer)
{
    QJsonObject object = renderCreatedCustomer(customer);
    insertIfSet(object, u"first_name"_s, customer.firstName);
    insertIfSet(object, u"middle_name"_s, customer.middleName);
    insertIfSet(object, u"last_name"_s, customer.lastName);
    insertIfSet(object, u"business_name"_s, customer.businessName);
    if (customer.address)
        object.insert(u"address"_s, renderAddress(*customer.address));
    object.insert(u"metadata"_s, customer.metadata);
    object.insert(u"created"_s, isoTime(customer.createdMs));
    object.insert(u"updated"_s, isoTime(customer.createdMs));
    return object;
}

QJsonObject renderCreatedCustomer(const Customer &customer)
{
    QJsonObject object{{u"id"_s, customer.id}};
    insertIfSet(object, u"user_id"_s, customer.userId);
    insertIfSet(object, u"email"_s, customer.email);
    insertIfSet(object, u"country_code"_s, customer.countryCode);
    insertIfSet(object, u"phone_number"_s, customer.phoneNumber);
    return object;
}

QJsonObject renderPaymentMethod(const PaymentMethod &method)
{
    // The contract's payment method describes payout rails only (platform: ach, paypal, ...);
    // a card answers platform "card", the way card payment methods are described elsewhere.
    const QJsonObject card{{u"brand"_s, u"visa"_s},
                           {u"last4"_s, method.last4()},
                           {u"exp_month"_s, method.expMonth},
                           {u"exp_year"_s, method.expYear}};
    return QJsonObject{{u"id"_s, method.id},
                       {u"platform"_s, u"card"_s},
                       {u"type"_s, u"card"_s},
                       {u"description"_s, method.description()},
                       {u"mask"_s, method.last4()},
                       {u"card"_s, card},
                       {u"customer_id"_s, method.customerId},
                       {u"created"_s, isoTime(method.createdMs)}};
}

namespace {

// Where an intent's fields go: a QJsonObject, or JSON text written as they come. One list of
// fields (writeIntent) feeds both, so the object a single read answers and the text a list page
// is made of cannot drift apart.
class ObjectSink
{
public:
    template <typename V>
    void field(QLatin1StringView key, const V &value)
    {
        m_object.insert(key, value);
    }
    QJsonObject take() { return std::move(m_object); }

private:
    QJsonObject m_object;
};

class TextSink
{
public:
    explicit TextSink(QByteArray &out)
        : m_out(out)
    {
        m_out += '{';
    }
    void field(QLatin1StringView key, const QString &value)
    {
        name(key);
        writeString(value);
    }
    void field(QLatin1StringView key, qint64 value)
    {
        name(key);
        m_out += QByteArray::number(value);
    }
    void field(QLatin1StringView key, const QJsonObject &value)
    {
        name(key);
        m_out += QJsonDocument(value).toJson(QJsonDocument::Compact);
    }
    void field(QLatin1StringView key, const QJsonArray &value)
    {
        name(key);
        m_out += QJsonDocument(value).toJson(QJsonDocument::Compact);
    }
    void finish() { m_out += '}'; }

private:
    void name(QLatin1StringView key)
    {
        if (!std::exchange(m_first, false))
            m_out += ',';
        m_out += '"';
        m_out.append(key.data(), key.size()); // keys are plain ASCII names
        m_out += "\":";
    }
    // A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    void writeString(const QString &value)
    {
        m_out += '"';
        const QByteArray utf8 = value.toUtf8();
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (u < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(u));
                m_out += escaped;
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }

    QByteArray &m_out;
    bool m_first = true;
};

template <typename Sink>
void fieldIfSet(Sink &sink, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        sink.field(key, value);
}

template <typename Sink>
void writeIntent(Sink &sink, const PaymentIntent &intent, qint64 nowMs)
{
    const IntentStatus status = intent.statusAt(nowMs);
    sink.field("id"_L1, intent.id);
    sink.field("amount"_L1, intent.amount);
    sink.field("currency"_L1, u"usd"_s);
    sink.field("status"_L1, intentStatusName(status));
    sink.field("amount_refunded"_L1, intent.amountRefunded);
    sink.field("payment_method_types"_L1, QJsonArray{u"card"_s});
    sink.field("metadata"_L1, intent.metadata);
    sink.field("created"_L1, isoTime(intent.createdMs));
    sink.field("updated"_L1, isoTime(intent.updatedAt(nowMs)));
    fieldIfSet(sink, "user_id"_L1, intent.userId);
    fieldIfSet(sink, "customer_id"_L1, intent.customerId);
    fieldIfSet(sink, "description"_L1, intent.description);
    fieldIfSet(sink, "payment_method_id"_L1, intent.paymentMethodId);
    fieldIfSet(sink, "setup_future_usage"_L1, intent.setupFutureUsage);
    fieldIfSet(sink, "checkout_session_id"_L1, intent.checkoutSessionId);
    if (!intent.transferDestinationUserId.isEmpty()) {
        sink.field("transfer_data"_L1,
                   QJsonObject{{u"destination_user_id"_s, intent.transferDestinationUserId}});
    }
    if (intent.applicationFeeAmount)
        sink.field("application_fee_amount"_L1, *intent.applicationFeeAmount);
    if (status == IntentStatus::Failed) {
        sink.field("last_payment_error"_L1,
                   QJsonObject{{u"code"_s, u"card_declined"_s},
                               {u"message"_s, u"The card was declined."_s}});
    }
}

} // namespace

QJsonObject renderIntent(const PaymentIntent &intent, qint64 nowMs)
{
    ObjectSink sink;
    writeIntent(sink, intent, nowMs);
    return sink.take();
}

void writeIntentJson(QByteArray &out, const PaymentIntent &intent, qint64 nowMs)
{
    TextSink sink(out);
    writeIntent(sink, intent, nowMs);
    sink.finish();
}

QJsonObject renderSession(const CheckoutSession &session, qint64 nowMs, const QUrl &pageUrl)
{
    QJsonArray items;
    for (const LineItem &item : session.lineItems)
        items.append(renderLineItem(item));
    QJsonObject object{{u"id"_s, session.id},
                       {u"status"_s, sessionStatusName(session.statusAt(nowMs))},
                       {u"mode"_s, u"payment"_s},
                       {u"currency"_s, u"usd"_s},
                       {u"amount_total"_s, session.amountTotal},
                       {u"line_items"_s, items},
                       {u"success_url"_s, session.successUrl},
                       {u"checkout_session_url"_s, pageUrl.toString()},
                       {u"expiry"_s, isoTime(session.expiresAtMs)},
                       {u"metadata"_s, session.metadata},
                       {u"created"_s, isoTime(session.createdMs)},
                       {u"updated"_s, isoTime(session.updatedAt(nowMs))}};
    insertIfSet(object, u"cancel_url"_s, session.cancelUrl);
    insertIfSet(object, u"client_reference_id"_s, session.clientReferenceId);
    insertIfSet(object, u"customer_id"_s, session.customerId);
    insertIfSet(object, u"user_id"_s, session.userId);
    insertIfSet(object, u"customer_email"_s, session.customerEmail);
    insertIfSet(object, u"payment_intent_id"_s, session.paymentIntentId);
    return object;
}

QJsonObject renderRefund(const Refund &refund)
{
    QJsonObject object{{u"id"_s, refund.id},
                       {u"amount"_s, refund.amount},
                       {u"currency"_s, u"usd"_s},
                       {u"payment_intent_id"_s, refund.paymentIntentId},
                       {u"status"_s, u"succeeded"_s},
                       {u"metadata"_s, refund.metadata},
                       {u"created"_s, isoTime(refund.createdMs)},
                       {u"updated"_s, isoTime(refund.createdMs)}};
    insertIfSet(object, u"reason"_s, refund.reason);
    return object;
}

} // namespace paydesk::sandbox
