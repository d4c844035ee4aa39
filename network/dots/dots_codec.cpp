#include "network/dots/dots_codec.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <initializer_list>

namespace paydesk::dots {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DotsCodec)
};

// Dots takes and sends `usd` only; an amount that comes without its currency is taken as that.
const QString DotsCurrency = QStringLiteral("USD");

// Never kept: the intent's client secret lets whoever holds it confirm the payment, and Paydesk
// has no use for it.
const QString ClientSecretKey = QStringLiteral("client_secret");

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Reads one JSON object field by field. Whatever it does not take (unknown fields, and known
// fields of the wrong type) stays behind, untouched, for `extra`; nulls read as absent.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &json, const QString &path, DecodeWarnings *warnings)
        : m_rest(json)
        , m_path(path)
        , m_warnings(warnings)
    {}

    // What no field claimed, in a fresh object: the one fields were taken from still holds the
    // whole original object's storage, about a kilobyte and a half per payment intent.
    QJsonObject rest() const
    {
        QJsonObject compact;
        for (auto it = m_rest.constBegin(); it != m_rest.constEnd(); ++it)
            compact.insert(it.key(), it.value());
        return compact;
    }

    QString string(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isString())
            return value.toString();
        if (!value.isUndefined())
            reject(key, value, QStringLiteral("a string"));
        return {};
    }

    // The first of `keys` that holds a non-empty string; the others are left alone.
    QString firstString(std::initializer_list<QString> keys)
    {
        for (const QString &key : keys) {
            if (QString text = string(key); !text.isEmpty())
                return text;
        }
        return {};
    }

    // Integers; integral numbers Qt stored as doubles; strings of digits (with a warning). A
    // fraction, a value beyond qint64 or any other type is rejected.
    std::optional<qint64> integer(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return std::nullopt;
        if (value.isDouble()) {
            const QCborValue number = QCborValue::fromJsonValue(value);
            if (number.isInteger())
                return number.toInteger();
            warn(key, QStringLiteral("expected an integer, got the number %1")
                          .arg(QString::number(value.toDouble())));
            keep(key, value);
            return std::nullopt;
        }
        if (value.isString()) {
            static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
            const QString text = value.toString();
            bool fits = false;
            const qint64 number = digits.match(text).hasMatch() ? text.toLongLong(&fits) : 0;
            if (fits) {
                warn(key, QStringLiteral("expected an integer, got the string \"%1\"; read it as "
                                         "a number")
                              .arg(text));
                return number;
            }
            warn(key, QStringLiteral("expected an integer, got the string \"%1\"").arg(text));
            keep(key, value);
            return std::nullopt;
        }
        reject(key, value, QStringLiteral("an integer"));
        return std::nullopt;
    }

    QDateTime timestamp(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            reject(key, value, QStringLiteral("an ISO 8601 timestamp string"));
            return {};
        }
        const QDateTime time = parseTimestamp(value);
        if (!time.isValid()) {
            warn(key, QStringLiteral("\"%1\" is not an ISO 8601 timestamp").arg(value.toString()));
            keep(key, value);
        }
        return time;
    }

    std::optional<QJsonObject> object(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isObject())
            return value.toObject();
        if (!value.isUndefined())
            reject(key, value, QStringLiteral("an object"));
        return std::nullopt;
    }

    std::optional<QJsonArray> array(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isArray())
            return value.toArray();
        if (!value.isUndefined())
            reject(key, value, QStringLiteral("an array"));
        return std::nullopt;
    }

    Metadata metadata(const QString &key) { return Metadata(object(key).value_or(QJsonObject())); }

    enum class MissingCurrency
    {
        Warn,   // the contract requires the currency next to the amount
        Assume, // the contract has none there: the fallback is the currency
    };

    // An amount and its currency, taken together or not at all: when one of them is unusable,
    // both stay behind so nothing the server said is lost. `currencyKey` empty: the object
    // carries no currency and `fallbackCurrency` is used without a word.
    std::optional<Money> money(const QString &amountKey, const QString &currencyKey,
                               const QString &fallbackCurrency,
                               MissingCurrency missing = MissingCurrency::Warn)
    {
        const QJsonValue rawAmount = m_rest.value(amountKey);
        const std::optional<qint64> amount = integer(amountKey);
        if (!amount) {
            // The currency stays with whatever is left of the amount; a null one says nothing.
            if (!currencyKey.isEmpty() && m_rest.value(currencyKey).isNull())
                m_rest.remove(currencyKey);
            return std::nullopt;
        }
        if (currencyKey.isEmpty())
            return Money(*amount, fallbackCurrency);
        const QJsonValue currency = take(currencyKey);
        if (currency.isString() && !currency.toString().trimmed().isEmpty())
            return Money(*amount, currency.toString());
        if (!currency.isUndefined() && !currency.isString()) {
            reject(currencyKey, currency, QStringLiteral("a currency code string"));
            keep(amountKey, rawAmount);
            return std::nullopt;
        }
        if (missing == MissingCurrency::Warn)
            warn(currencyKey, QStringLiteral("missing; taken as %1").arg(fallbackCurrency));
        return Money(*amount, fallbackCurrency);
    }

    // Reads a nested object with its own reader; what that reader leaves goes back under `key`.
    template <typename ReadNested>
    void nested(const QString &key, ReadNested read)
    {
        const std::optional<QJsonObject> json = object(key);
        if (!json)
            return;
        ObjectReader reader(*json, path(key), m_warnings);
        read(reader);
        if (const QJsonObject leftover = reader.rest(); !leftover.isEmpty())
            keep(key, leftover);
    }

    void drop(const QString &key) { m_rest.remove(key); }
    void keep(const QString &key, const QJsonValue &value) { m_rest.insert(key, value); }

    QString path(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    void warn(const QString &key, const QString &what) const
    {
        if (m_warnings)
            m_warnings->append(path(key) + QStringLiteral(": ") + what);
    }

private:
    QJsonValue take(const QString &key)
    {
        const QJsonValue value = m_rest.take(key);
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    void reject(const QString &key, const QJsonValue &value, const QString &expected)
    {
        warn(key, QStringLiteral("expected %1, got %2").arg(expected, typeName(value)));
        keep(key, value);
    }

    QJsonObject m_rest;
    QString m_path;
    DecodeWarnings *m_warnings;
};

// Writes the fields a resource has; empty strings and unset values are left out.
class ObjectWriter
{
public:
    void string(const QString &key, const QString &value)
    {
        if (!value.isEmpty())
            m_json.insert(key, value);
    }
    void integer(const QString &key, std::optional<qint64> value)
    {
        if (value)
            m_json.insert(key, *value);
    }
    void timestamp(const QString &key, const QDateTime &time)
    {
        if (time.isValid())
            m_json.insert(key, formatTimestamp(time));
    }
    void object(const QString &key, const QJsonObject &value)
    {
        if (!value.isEmpty())
            m_json.insert(key, value);
    }
    void always(const QString &key, const QJsonObject &value) { m_json.insert(key, value); }
    void array(const QString &key, const QJsonArray &value)
    {
        if (!value.isEmpty())
            m_json.insert(key, value);
    }
    void metadata(const QString &key, const Metadata &metadata) { object(key, metadata.json()); }
    void money(const QString &amountKey, const QString &currencyKey, const Money &money)
    {
        if (!money.isValid())
            return;
        m_json.insert(amountKey, money.minorUnits());
        // Dots writes codes in lower case. A code that lower case would change on its way back
        // (U+0130 lowers to two characters that upper-case to "I" and a dot) goes as it is.
        const QString lower = money.currency().toLower();
        m_json.insert(currencyKey,
                      Currency::normalize(lower) == money.currency() ? lower : money.currency());
    }

    const QJsonObject &json() const { return m_json; }

    // The fields the resource kept in `extra` go back where they came from. Where a known field
    // and a kept one collide (a default standing in for a value of the wrong type), the kept
    // one wins: it is what the server sent.
    QJsonObject withExtra(const QJsonObject &extra) const { return merged(m_json, extra); }

private:
    static QJsonObject merged(QJsonObject base, const QJsonObject &extra)
    {
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            const QJsonValue known = base.value(it.key());
            if (known.isObject() && it.value().isObject())
                base.insert(it.key(), merged(known.toObject(), it.value().toObject()));
            else
                base.insert(it.key(), it.value());
        }
        return base;
    }

    QJsonObject m_json;
};

Address readAddress(ObjectReader &reader)
{
    Address address;
    address.line1 = reader.string(QStringLiteral("line_1"));
    address.line2 = reader.string(QStringLiteral("line_2"));
    address.city = reader.string(QStringLiteral("city"));
    address.state = reader.string(QStringLiteral("state"));
    address.postcode = reader.string(QStringLiteral("postcode"));
    address.country = reader.string(QStringLiteral("country"));
    address.extra = reader.rest();
    return address;
}

QJsonObject addressToJson(const Address &address)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("line_1"), address.line1);
    writer.string(QStringLiteral("line_2"), address.line2);
    writer.string(QStringLiteral("city"), address.city);
    writer.string(QStringLiteral("state"), address.state);
    writer.string(QStringLiteral("postcode"), address.postcode);
    writer.string(QStringLiteral("country"), address.country);
    return writer.withExtra(address.extra);
}

// A checkout session's line item: `quantity` and `price_id` in the contract's response schema,
// and the create request's `price_data` / `product_data` when a server echoes them.
LineItem readLineItem(ObjectReader &reader)
{
    LineItem item;
    item.priceId = reader.string(QStringLiteral("price_id"));
    item.quantity = reader.integer(QStringLiteral("quantity")).value_or(item.quantity);
    reader.nested(QStringLiteral("price_data"), [&](ObjectReader &price) {
        item.unitPrice =
            price.money(QStringLiteral("amount"), QStringLiteral("currency"), DotsCurrency);
        price.nested(QStringLiteral("product_data"), [&](ObjectReader &product) {
            item.name = product.string(QStringLiteral("name"));
            item.description = product.string(QStringLiteral("description"));
            const std::optional<QJsonArray> images = product.array(QStringLiteral("images"));
            if (!images)
                return;
            for (const QJsonValue &image : *images) {
                if (!image.isString()) {
                    // One odd entry keeps the whole list as it came rather than half of it.
                    product.warn(QStringLiteral("images"),
                                 QStringLiteral("expected strings, got %1").arg(typeName(image)));
                    item.images.clear();
                    product.keep(QStringLiteral("images"), *images);
                    return;
                }
                item.images.append(image.toString());
            }
        });
    });
    item.extra = reader.rest();
    return item;
}

QJsonObject lineItemToJson(const LineItem &item)
{
    ObjectWriter product;
    product.string(QStringLiteral("name"), item.name);
    product.string(QStringLiteral("description"), item.description);
    product.array(QStringLiteral("images"), QJsonArray::fromStringList(item.images));

    ObjectWriter price;
    if (item.unitPrice)
        price.money(QStringLiteral("amount"), QStringLiteral("currency"), *item.unitPrice);
    price.object(QStringLiteral("product_data"), product.json());

    ObjectWriter writer;
    writer.string(QStringLiteral("price_id"), item.priceId);
    writer.integer(QStringLiteral("quantity"), item.quantity);
    writer.object(QStringLiteral("price_data"), price.json());
    return writer.withExtra(item.extra);
}

template <typename T>
using ItemDecoder = T (*)(const QJsonObject &, DecodeWarnings *);

template <typename T>
bool decodeList(const QJsonDocument &document, ItemDecoder<T> decode, ListPage<T> *page,
                QString *error, DecodeWarnings *warnings)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    ListPage<T> result;
    QJsonArray items;
    QString itemPath;
    if (document.isArray()) {
        items = document.array();
        result.wasBareArray = true;
    } else {
        const QJsonObject envelope = document.object();
        const QJsonValue data = envelope.value(QLatin1String("data"));
        if (!data.isArray())
            return fail(Text::tr("The answer is not a list: it has no “data” array."));
        items = data.toArray();
        itemPath = QStringLiteral("data");
        const QJsonValue hasMore = envelope.value(QLatin1String("has_more"));
        if (hasMore.isBool())
            result.hasMore = hasMore.toBool();
        else if (!hasMore.isUndefined() && !hasMore.isNull() && warnings)
            warnings->append(QStringLiteral("has_more: expected a boolean, got %1; taken as false")
                                 .arg(typeName(hasMore)));
    }

    result.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto prefix = [&] { return QStringLiteral("%1[%2]").arg(itemPath).arg(i); };
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            if (warnings)
                warnings->append(
                    prefix() +
                    QStringLiteral(": expected an object, got %1; skipped").arg(typeName(item)));
            continue;
        }
        DecodeWarnings itemWarnings;
        result.items.append(decode(item.toObject(), warnings ? &itemWarnings : nullptr));
        for (const QString &warning : std::as_const(itemWarnings))
            warnings->append(prefix() + QLatin1Char('.') + warning);
    }
    *page = std::move(result);
    if (error)
        error->clear();
    return true;
}

// Request bodies carry strings as the person meant them: without stray spaces.
void putTrimmed(QJsonObject &body, const QString &key, const QString &value)
{
    if (const QString trimmed = value.trimmed(); !trimmed.isEmpty())
        body.insert(key, trimmed);
}

QJsonObject metadataBody(const Metadata &metadata, const QString &requestId)
{
    QJsonObject json;
    const QJsonObject &values = metadata.json();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QJsonValue value = it.value();
        json.insert(it.key(), value.isString() ? QJsonValue(value.toString().trimmed()) : value);
    }
    if (!requestId.isEmpty())
        json.insert(QLatin1String(RequestIdMetadataKey), requestId);
    return json;
}

void putMetadata(QJsonObject &body, const Metadata &metadata, const QString &requestId)
{
    if (const QJsonObject json = metadataBody(metadata, requestId); !json.isEmpty())
        body.insert(QStringLiteral("metadata"), json);
}

} // namespace

Customer customerFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    Customer customer;
    customer.id = reader.string(QStringLiteral("id"));
    customer.userId = reader.string(QStringLiteral("user_id"));
    customer.firstName = reader.string(QStringLiteral("first_name"));
    customer.middleName = reader.string(QStringLiteral("middle_name"));
    customer.lastName = reader.string(QStringLiteral("last_name"));
    customer.businessName = reader.string(QStringLiteral("business_name"));
    customer.email = reader.string(QStringLiteral("email"));
    customer.phoneNumber = reader.string(QStringLiteral("phone_number"));
    customer.countryCode = reader.string(QStringLiteral("country_code"));
    if (const std::optional<QJsonObject> address = reader.object(QStringLiteral("address"))) {
        ObjectReader addressReader(*address, reader.path(QStringLiteral("address")), warnings);
        customer.address = readAddress(addressReader);
    }
    customer.metadata = reader.metadata(QStringLiteral("metadata"));
    customer.created = reader.timestamp(QStringLiteral("created"));
    customer.updated = reader.timestamp(QStringLiteral("updated"));
    customer.extra = reader.rest();
    return customer;
}

PaymentIntent paymentIntentFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    reader.drop(ClientSecretKey);
    PaymentIntent intent;
    intent.id = reader.string(QStringLiteral("id"));
    intent.amount = reader.money(QStringLiteral("amount"), QStringLiteral("currency"), DotsCurrency)
                        .value_or(Money());
    intent.status = IntentStatus(reader.string(QStringLiteral("status")));
    intent.userId = reader.string(QStringLiteral("user_id"));
    intent.customerId = reader.string(QStringLiteral("customer_id"));
    intent.paymentMethodId = reader.string(QStringLiteral("payment_method_id"));
    intent.description = reader.string(QStringLiteral("description"));
    intent.transferId = reader.string(QStringLiteral("transfer_id"));
    reader.nested(QStringLiteral("transfer_data"), [&](ObjectReader &transfer) {
        intent.transferDestinationUserId = transfer.string(QStringLiteral("destination_user_id"));
    });
    intent.applicationFeeAmount = reader.integer(QStringLiteral("application_fee_amount"));
    intent.amountRefunded = reader.integer(QStringLiteral("amount_refunded"));
    if (const std::optional<QJsonObject> error =
            reader.object(QStringLiteral("last_payment_error"))) {
        ObjectReader errorReader(*error, reader.path(QStringLiteral("last_payment_error")),
                                 warnings);
        PaymentError e;
        e.message = errorReader.string(QStringLiteral("message"));
        e.code = errorReader.string(QStringLiteral("code"));
        e.device = errorReader.string(QStringLiteral("device"));
        e.extra = errorReader.rest();
        intent.lastPaymentError = e;
    }
    intent.metadata = reader.metadata(QStringLiteral("metadata"));
    intent.created = reader.timestamp(QStringLiteral("created"));
    intent.updated = reader.timestamp(QStringLiteral("updated"));
    intent.extra = reader.rest();
    return intent;
}

CheckoutSession checkoutSessionFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    CheckoutSession session;
    session.id = reader.string(QStringLiteral("id"));
    session.status = CheckoutStatus(reader.string(QStringLiteral("status")));
    session.url = reader.string(QStringLiteral("checkout_session_url"));
    session.successUrl = reader.string(QStringLiteral("success_url"));
    session.cancelUrl = reader.string(QStringLiteral("cancel_url"));
    if (const std::optional<QJsonArray> items = reader.array(QStringLiteral("line_items"))) {
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QString path = reader.path(QStringLiteral("line_items[%1]").arg(i));
            const QJsonValue item = items->at(i);
            if (!item.isObject()) {
                if (warnings)
                    warnings->append(path + QStringLiteral(": expected an object, got %1; skipped")
                                                .arg(typeName(item)));
                continue;
            }
            ObjectReader itemReader(item.toObject(), path, warnings);
            session.lineItems.append(readLineItem(itemReader));
        }
    }
    // The session carries no currency of its own: its total is in its items' currency.
    QString currency = DotsCurrency;
    for (const LineItem &item : std::as_const(session.lineItems)) {
        if (item.unitPrice) {
            currency = item.unitPrice->currency();
            break;
        }
    }
    session.amountTotal = reader.money(QStringLiteral("amount_total"), {}, currency);
    session.customerId = reader.string(QStringLiteral("customer_id"));
    session.customerEmail = reader.string(QStringLiteral("customer_email"));
    session.userId = reader.string(QStringLiteral("user_id"));
    session.clientReferenceId = reader.string(QStringLiteral("client_reference_id"));
    session.paymentIntentId = reader.string(QStringLiteral("payment_intent_id"));
    session.expiry = reader.timestamp(QStringLiteral("expiry"));
    session.created = reader.timestamp(QStringLiteral("created"));
    session.updated = reader.timestamp(QStringLiteral("updated"));
    session.metadata = reader.metadata(QStringLiteral("metadata"));
    session.extra = reader.rest();
    return session;
}

PaymentMethod paymentMethodFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    PaymentMethod method;
    method.id = reader.string(QStringLiteral("id"));
    // The contract's payout methods say `platform` and `mask`; card methods, as the card forms
    // Dots wraps describe them, say `type` and carry `card.brand` / `card.last4`.
    method.type = reader.firstString({QStringLiteral("platform"), QStringLiteral("type")});
    method.description = reader.string(QStringLiteral("description"));
    method.brand = reader.string(QStringLiteral("brand"));
    method.last4 = reader.firstString({QStringLiteral("mask"), QStringLiteral("last4")});
    if (method.brand.isEmpty() || method.last4.isEmpty()) {
        reader.nested(QStringLiteral("card"), [&](ObjectReader &card) {
            if (method.brand.isEmpty())
                method.brand = card.string(QStringLiteral("brand"));
            if (method.last4.isEmpty())
                method.last4 = card.string(QStringLiteral("last4"));
        });
    }
    method.customerId = reader.string(QStringLiteral("customer_id"));
    method.extra = reader.rest();
    return method;
}

Refund refundFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    Refund refund;
    refund.id = reader.string(QStringLiteral("id"));
    refund.paymentIntentId = reader.string(QStringLiteral("payment_intent_id"));
    // A refund is in its intent's currency; Dots neither takes nor documents one for it.
    refund.amount = reader.money(QStringLiteral("amount"), QStringLiteral("currency"), DotsCurrency,
                                 ObjectReader::MissingCurrency::Assume);
    refund.reason = reader.string(QStringLiteral("reason"));
    refund.status = reader.string(QStringLiteral("status"));
    refund.created = reader.timestamp(QStringLiteral("created"));
    refund.extra = reader.rest();
    return refund;
}

QJsonObject toJson(const Customer &customer)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("id"), customer.id);
    writer.string(QStringLiteral("user_id"), customer.userId);
    writer.string(QStringLiteral("first_name"), customer.firstName);
    writer.string(QStringLiteral("middle_name"), customer.middleName);
    writer.string(QStringLiteral("last_name"), customer.lastName);
    writer.string(QStringLiteral("business_name"), customer.businessName);
    writer.string(QStringLiteral("email"), customer.email);
    writer.string(QStringLiteral("phone_number"), customer.phoneNumber);
    writer.string(QStringLiteral("country_code"), customer.countryCode);
    // An address that came, even one with no field Paydesk knows, goes back: leaving out an
    // empty one would read back as no address at all.
    if (customer.address)
        writer.always(QStringLiteral("address"), addressToJson(*customer.address));
    writer.metadata(QStringLiteral("metadata"), customer.metadata);
    writer.timestamp(QStringLiteral("created"), customer.created);
    writer.timestamp(QStringLiteral("updated"), customer.updated);
    return writer.withExtra(customer.extra);
}

QJsonObject toJson(const PaymentIntent &intent)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("id"), intent.id);
    writer.money(QStringLiteral("amount"), QStringLiteral("currency"), intent.amount);
    writer.string(QStringLiteral("status"), intent.status.raw());
    writer.string(QStringLiteral("user_id"), intent.userId);
    writer.string(QStringLiteral("customer_id"), intent.customerId);
    writer.string(QStringLiteral("payment_method_id"), intent.paymentMethodId);
    writer.string(QStringLiteral("description"), intent.description);
    writer.string(QStringLiteral("transfer_id"), intent.transferId);
    ObjectWriter transfer;
    transfer.string(QStringLiteral("destination_user_id"), intent.transferDestinationUserId);
    writer.object(QStringLiteral("transfer_data"), transfer.json());
    writer.integer(QStringLiteral("application_fee_amount"), intent.applicationFeeAmount);
    writer.integer(QStringLiteral("amount_refunded"), intent.amountRefunded);
    if (intent.lastPaymentError) {
        ObjectWriter error;
        error.string(QStringLiteral("message"), intent.lastPaymentError->message);
        error.string(QStringLiteral("code"), intent.lastPaymentError->code);
        error.string(QStringLiteral("device"), intent.lastPaymentError->device);
        writer.always(QStringLiteral("last_payment_error"),
                      error.withExtra(intent.lastPaymentError->extra));
    }
    writer.metadata(QStringLiteral("metadata"), intent.metadata);
    writer.timestamp(QStringLiteral("created"), intent.created);
    writer.timestamp(QStringLiteral("updated"), intent.updated);
    QJsonObject json = writer.withExtra(intent.extra);
    json.remove(ClientSecretKey);
    return json;
}

QJsonObject toJson(const CheckoutSession &session)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("id"), session.id);
    writer.string(QStringLiteral("status"), session.status.raw());
    writer.string(QStringLiteral("checkout_session_url"), session.url);
    writer.string(QStringLiteral("success_url"), session.successUrl);
    writer.string(QStringLiteral("cancel_url"), session.cancelUrl);
    if (session.amountTotal)
        writer.integer(QStringLiteral("amount_total"), session.amountTotal->minorUnits());
    writer.string(QStringLiteral("customer_id"), session.customerId);
    writer.string(QStringLiteral("customer_email"), session.customerEmail);
    writer.string(QStringLiteral("user_id"), session.userId);
    writer.string(QStringLiteral("client_reference_id"), session.clientReferenceId);
    writer.string(QStringLiteral("payment_intent_id"), session.paymentIntentId);
    writer.timestamp(QStringLiteral("expiry"), session.expiry);
    writer.timestamp(QStringLiteral("created"), session.created);
    writer.timestamp(QStringLiteral("updated"), session.updated);
    writer.metadata(QStringLiteral("metadata"), session.metadata);
    QJsonArray items;
    for (const LineItem &item : session.lineItems)
        items.append(lineItemToJson(item));
    writer.array(QStringLiteral("line_items"), items);
    return writer.withExtra(session.extra);
}

QJsonObject toJson(const PaymentMethod &method)
{
    // A field read from one of several keys goes under the first that `extra` does not hold: a
    // value of the wrong type kept under the usual key would otherwise replace it.
    const auto firstFree = [&](std::initializer_list<QString> keys) {
        for (const QString &key : keys) {
            if (!method.extra.contains(key))
                return key;
        }
        return QString();
    };
    ObjectWriter writer;
    ObjectWriter card;
    const auto put = [&](const QString &key, const QString &value) {
        if (key.startsWith(QLatin1String("card.")))
            card.string(key.mid(5), value);
        else if (!key.isEmpty())
            writer.string(key, value);
    };
    writer.string(QStringLiteral("id"), method.id);
    put(firstFree({QStringLiteral("platform"), QStringLiteral("type")}), method.type);
    writer.string(QStringLiteral("description"), method.description);
    put(firstFree({QStringLiteral("brand"), QStringLiteral("card.brand")}), method.brand);
    put(firstFree({QStringLiteral("mask"), QStringLiteral("last4"), QStringLiteral("card.last4")}),
        method.last4);
    writer.object(QStringLiteral("card"), card.json());
    writer.string(QStringLiteral("customer_id"), method.customerId);
    return writer.withExtra(method.extra);
}

QJsonObject toJson(const Refund &refund)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("id"), refund.id);
    writer.string(QStringLiteral("payment_intent_id"), refund.paymentIntentId);
    if (refund.amount)
        writer.money(QStringLiteral("amount"), QStringLiteral("currency"), *refund.amount);
    writer.string(QStringLiteral("reason"), refund.reason);
    writer.string(QStringLiteral("status"), refund.status);
    writer.timestamp(QStringLiteral("created"), refund.created);
    return writer.withExtra(refund.extra);
}

QJsonObject createBody(const CustomerDraft &draft, const QString &requestId)
{
    QJsonObject body;
    putTrimmed(body, QStringLiteral("first_name"), draft.firstName);
    putTrimmed(body, QStringLiteral("last_name"), draft.lastName);
    putTrimmed(body, QStringLiteral("business_name"), draft.businessName);
    putTrimmed(body, QStringLiteral("email"), draft.email);
    putTrimmed(body, QStringLiteral("phone_number"), draft.phoneNumber);
    putTrimmed(body, QStringLiteral("country_code"), draft.countryCode);
    if (draft.address && !draft.address->isEmpty()) {
        const Address &address = *draft.address;
        QJsonObject json;
        putTrimmed(json, QStringLiteral("line_1"), address.line1);
        putTrimmed(json, QStringLiteral("line_2"), address.line2);
        putTrimmed(json, QStringLiteral("city"), address.city);
        putTrimmed(json, QStringLiteral("state"), address.state);
        putTrimmed(json, QStringLiteral("postcode"), address.postcode);
        putTrimmed(json, QStringLiteral("country"), address.country.toUpper());
        body.insert(QStringLiteral("address"), json);
    }
    putMetadata(body, draft.metadata, requestId);
    return body;
}

QJsonObject createBody(const PaymentIntentDraft &draft, const QString &requestId)
{
    QJsonObject body;
    body.insert(QStringLiteral("amount"), draft.amount.minorUnits());
    putTrimmed(body, QStringLiteral("currency"), draft.amount.currency().toLower());
    if (draft.confirm)
        body.insert(QStringLiteral("confirm"), true);
    putTrimmed(body, QStringLiteral("customer_id"), draft.customerId);
    putTrimmed(body, QStringLiteral("description"), draft.description);
    putTrimmed(body, QStringLiteral("payment_method_id"), draft.paymentMethodId);
    QJsonObject transfer;
    putTrimmed(transfer, QStringLiteral("destination_user_id"), draft.transferDestinationUserId);
    if (!transfer.isEmpty())
        body.insert(QStringLiteral("transfer_data"), transfer);
    if (draft.applicationFee)
        body.insert(QStringLiteral("application_fee_amount"), draft.applicationFee->minorUnits());
    putMetadata(body, draft.metadata, requestId);
    return body;
}

QJsonObject createBody(const CheckoutSessionDraft &draft, const QString &requestId)
{
    QJsonArray items;
    for (const CheckoutLineItemDraft &item : draft.lineItems) {
        QJsonObject product;
        putTrimmed(product, QStringLiteral("name"), item.name);
        putTrimmed(product, QStringLiteral("description"), item.description);
        QJsonObject price;
        putTrimmed(price, QStringLiteral("currency"), item.unitPrice.currency().toLower());
        price.insert(QStringLiteral("amount"), item.unitPrice.minorUnits());
        price.insert(QStringLiteral("product_data"), product);
        items.append(QJsonObject{{QStringLiteral("price_data"), price},
                                 {QStringLiteral("quantity"), item.quantity}});
    }

    QJsonObject body;
    body.insert(QStringLiteral("line_items"), items);
    body.insert(QStringLiteral("mode"), QStringLiteral("payment"));
    putTrimmed(body, QStringLiteral("success_url"), draft.successUrl);
    putTrimmed(body, QStringLiteral("cancel_url"), draft.cancelUrl);
    putTrimmed(body, QStringLiteral("customer_email"), draft.customerEmail);
    putTrimmed(body, QStringLiteral("customer_id"), draft.customerId);
    putTrimmed(body, QStringLiteral("client_reference_id"), draft.clientReferenceId);
    if (draft.expiresInSeconds)
        body.insert(QStringLiteral("expires_in"), *draft.expiresInSeconds);
    putMetadata(body, draft.metadata, requestId);
    return body;
}

QJsonObject createBody(const RefundDraft &draft, const QString &requestId)
{
    QJsonObject body;
    body.insert(QStringLiteral("amount"), draft.amount.minorUnits());
    putTrimmed(body, QStringLiteral("payment_intent_id"), draft.paymentIntentId);
    putTrimmed(body, QStringLiteral("reason"), draft.reason);
    putMetadata(body, {}, requestId);
    return body;
}

QJsonObject confirmBody(const ConfirmIntentDraft &draft)
{
    QJsonObject body;
    putTrimmed(body, QStringLiteral("payment_method_id"), draft.paymentMethodId);
    return body;
}

bool decodeCustomerList(const QJsonDocument &document, ListPage<Customer> *page, QString *error,
                        DecodeWarnings *warnings)
{
    return decodeList<Customer>(document, &customerFromJson, page, error, warnings);
}

bool decodePaymentIntentList(const QJsonDocument &document, ListPage<PaymentIntent> *page,
                             QString *error, DecodeWarnings *warnings)
{
    return decodeList<PaymentIntent>(document, &paymentIntentFromJson, page, error, warnings);
}

bool decodeCheckoutSessionList(const QJsonDocument &document, ListPage<CheckoutSession> *page,
                               QString *error, DecodeWarnings *warnings)
{
    return decodeList<CheckoutSession>(document, &checkoutSessionFromJson, page, error, warnings);
}

bool decodePaymentMethodList(const QJsonDocument &document, ListPage<PaymentMethod> *page,
                             QString *error, DecodeWarnings *warnings)
{
    return decodeList<PaymentMethod>(document, &paymentMethodFromJson, page, error, warnings);
}

bool decodeRefundList(const QJsonDocument &document, ListPage<Refund> *page, QString *error,
                      DecodeWarnings *warnings)
{
    return decodeList<Refund>(document, &refundFromJson, page, error, warnings);
}

QString peekNextCursor(const QJsonDocument &document, int limit)
{
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
        if (items.size() < limit)
            return {};
    } else {
        const QJsonObject envelope = document.object();
        if (envelope.value(QLatin1String("has_more")) != QJsonValue(true))
            return {};
        items = envelope.value(QLatin1String("data")).toArray();
    }
    if (items.isEmpty())
        return {};
    return items.last().toObject().value(QLatin1String("id")).toString();
}

QDateTime parseTimestamp(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    // A timestamp without an offset is the server's, and servers speak UTC; reading it as this
    // machine's local time would shift it by the viewer's time zone.
    const QDateTime utc = time.timeSpec() == Qt::LocalTime
                              ? QDateTime(time.date(), time.time(), QTimeZone::utc()).toUTC()
                              : time.toUTC();
    // A time that ISO 8601 cannot write back (its UTC year is not 1 to 9999: an offset moved
    // it past either end) is kept as the text it came as, like any other unreadable timestamp.
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return {};
    return utc;
}

QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace paydesk::dots
