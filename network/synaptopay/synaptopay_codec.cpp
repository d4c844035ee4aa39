#include "network/synaptopay/synaptopay_codec.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>

namespace paydesk::synaptopay {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SynaptoPayCodec)
};

// Never kept: the intent's client secret lets whoever holds it confirm the payment, and Paydesk
// has no use for it.
const QString ClientSecretKey = QStringLiteral("client_secret");

// The one value of setup_future_usage the reference names.
const QString OffSession = QStringLiteral("OFF_SESSION");

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

// The currency an object's `currency` field names, upper case, or an empty string when it has
// none that can be used: what its parts' amounts are in when they carry no currency of their own.
QString currencyOf(const QJsonObject &json)
{
    const QJsonValue value = json.value(QLatin1String("currency"));
    return value.isString() ? Currency::normalize(value.toString()) : QString();
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

    // What no field claimed, in a fresh object that does not hold on to the original's storage.
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

    // A string, or an integral number read as its digits (error codes come as either).
    QString code(const QString &key)
    {
        const QJsonValue value = m_rest.value(key);
        if (value.isDouble()) {
            const QCborValue number = QCborValue::fromJsonValue(value);
            if (number.isInteger()) {
                m_rest.remove(key);
                return QString::number(number.toInteger());
            }
        }
        return string(key);
    }

    std::optional<bool> boolean(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isBool())
            return value.toBool();
        if (!value.isUndefined())
            reject(key, value, QStringLiteral("a boolean"));
        return std::nullopt;
    }

    // Minor units: a string of digits, as SynaptoPay writes them, or an integral JSON number
    // (with a warning). A fraction, a value beyond qint64 or any other type stays behind.
    std::optional<qint64> amount(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return std::nullopt;
        if (value.isString()) {
            static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
            const QString text = value.toString();
            bool fits = false;
            const qint64 number = digits.match(text).hasMatch() ? text.toLongLong(&fits) : 0;
            if (fits)
                return number;
            warn(key, QStringLiteral("\"%1\" is not a whole number of minor units").arg(text));
            keep(key, value);
            return std::nullopt;
        }
        if (value.isDouble()) {
            const QCborValue number = QCborValue::fromJsonValue(value);
            if (number.isInteger()) {
                warn(key, QStringLiteral("expected a string of minor units, got a number; read "
                                         "it as one"));
                return number.toInteger();
            }
            warn(key, QStringLiteral("expected a whole number of minor units, got %1")
                          .arg(QString::number(value.toDouble())));
            keep(key, value);
            return std::nullopt;
        }
        reject(key, value, QStringLiteral("a string of minor units"));
        return std::nullopt;
    }

    // An amount and its currency, taken together or not at all: when one of them is unusable,
    // both stay behind so nothing the server said is lost. Without a currency of its own the
    // amount is in `fallbackCurrency`; without that either, it stays behind too.
    std::optional<Money> money(const QString &amountKey, const QString &currencyKey,
                               const QString &fallbackCurrency = {})
    {
        const QJsonValue rawAmount = m_rest.value(amountKey);
        const std::optional<qint64> minor = amount(amountKey);
        if (!minor) {
            // The currency stays with whatever is left of the amount; a null one says nothing.
            if (m_rest.value(currencyKey).isNull())
                m_rest.remove(currencyKey);
            return std::nullopt;
        }
        const QJsonValue currency = m_rest.value(currencyKey);
        if (currency.isString() && !currency.toString().trimmed().isEmpty()) {
            m_rest.remove(currencyKey);
            return Money(*minor, currency.toString());
        }
        if (currency.isNull())
            m_rest.remove(currencyKey);
        else if (!currency.isUndefined())
            warn(currencyKey, QStringLiteral("expected a currency code, got %1")
                                  .arg(currency.isString() ? QStringLiteral("a blank string")
                                                           : typeName(currency)));
        if ((currency.isUndefined() || currency.isNull()) && !fallbackCurrency.isEmpty())
            return Money(*minor, fallbackCurrency);
        if (currency.isUndefined() || currency.isNull())
            warn(amountKey, QStringLiteral("no currency; kept as it came"));
        keep(amountKey, rawAmount);
        return std::nullopt;
    }

    QDateTime timestamp(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            reject(key, value, QStringLiteral("an RFC 3339 timestamp string"));
            return {};
        }
        const QDateTime time = parseTimestamp(value);
        if (!time.isValid()) {
            warn(key, QStringLiteral("\"%1\" is not an RFC 3339 timestamp").arg(value.toString()));
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

    // An array of strings; one odd entry keeps the whole array as it came rather than half of it.
    QStringList strings(const QString &key)
    {
        const std::optional<QJsonArray> values = array(key);
        if (!values)
            return {};
        QStringList result;
        for (const QJsonValue &value : *values) {
            if (!value.isString()) {
                warn(key, QStringLiteral("expected strings, got %1").arg(typeName(value)));
                keep(key, *values);
                return {};
            }
            result.append(value.toString());
        }
        return result;
    }

    Metadata metadata(const QString &key) { return Metadata(object(key).value_or(QJsonObject())); }

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

    DecodeWarnings *warnings() const { return m_warnings; }

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
    void boolean(const QString &key, std::optional<bool> value)
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
    void strings(const QString &key, const QStringList &values)
    {
        array(key, QJsonArray::fromStringList(values));
    }
    void metadata(const QString &key, const Metadata &metadata) { object(key, metadata.json()); }
    // The amount as a string of minor units; the currency, upper case as Money keeps it, unless
    // it is the one the amount is in anyway (`impliedCurrency`).
    void money(const QString &amountKey, const QString &currencyKey, const Money &money,
               const QString &impliedCurrency = {})
    {
        if (!money.isValid())
            return;
        m_json.insert(amountKey, formatAmount(money.minorUnits()));
        if (money.currency() != impliedCurrency)
            m_json.insert(currencyKey, money.currency());
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

// Guess: the reference names `address` without its fields; these are the names of the payment
// APIs SynaptoPay's own names follow (payment intents, setup_future_usage, client_secret).
Address readAddress(ObjectReader &reader)
{
    Address address;
    address.line1 = reader.string(QStringLiteral("line1"));
    address.line2 = reader.string(QStringLiteral("line2"));
    address.city = reader.string(QStringLiteral("city"));
    address.state = reader.string(QStringLiteral("state"));
    address.postcode = reader.string(QStringLiteral("postal_code"));
    address.country = reader.string(QStringLiteral("country"));
    address.extra = reader.rest();
    return address;
}

QJsonObject addressToJson(const Address &address)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("line1"), address.line1);
    writer.string(QStringLiteral("line2"), address.line2);
    writer.string(QStringLiteral("city"), address.city);
    writer.string(QStringLiteral("state"), address.state);
    writer.string(QStringLiteral("postal_code"), address.postcode);
    writer.string(QStringLiteral("country"), address.country);
    return writer.withExtra(address.extra);
}

// One of an intent's transfers. Its amount is in the intent's currency unless it names its own.
// Guess: the transfer made once the intent succeeded is named under `transfer`.
Transfer readTransfer(ObjectReader &reader, const QString &intentCurrency)
{
    Transfer transfer;
    transfer.recipient = reader.string(QStringLiteral("account_name"));
    transfer.amount =
        reader.money(QStringLiteral("amount"), QStringLiteral("currency"), intentCurrency)
            .value_or(Money());
    transfer.id = reader.string(QStringLiteral("transfer"));
    transfer.extra = reader.rest();
    return transfer;
}

QJsonObject transferToJson(const Transfer &transfer, const QString &intentCurrency)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("account_name"), transfer.recipient);
    writer.money(QStringLiteral("amount"), QStringLiteral("currency"), transfer.amount,
                 intentCurrency);
    writer.string(QStringLiteral("transfer"), transfer.id);
    return writer.withExtra(transfer.extra);
}

template <typename T>
using ItemDecoder = T (*)(const QJsonObject &, DecodeWarnings *);

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// `keys`: the list's JSON name as proto3 JSON writes it, then as grpc-gateway's default
// (lowerCamelCase) writes it.
template <typename T>
bool decodeList(const QJsonDocument &document, std::initializer_list<QLatin1String> keys,
                ItemDecoder<T> decode, ListPage<T> *page, QString *error, DecodeWarnings *warnings)
{
    ListPage<T> result;
    QJsonArray items;
    QString itemPath;
    if (document.isArray()) {
        items = document.array();
    } else if (document.isObject()) {
        const QJsonObject envelope = document.object();
        bool found = false;
        for (const QLatin1String key : keys) {
            const QJsonValue list = envelope.value(key);
            if (list.isUndefined() || list.isNull())
                continue;
            if (!list.isArray()) {
                return failWith(error, Text::tr("The answer is not a list: its “%1” is not an "
                                                "array.")
                                           .arg(key));
            }
            items = list.toArray();
            itemPath = key;
            found = true;
            break;
        }
        QJsonValue token = envelope.value(QLatin1String("next_page_token"));
        if (token.isUndefined() || token.isNull())
            token = envelope.value(QLatin1String("nextPageToken"));
        if (token.isString()) {
            result.nextPageToken = token.toString();
        } else if (!token.isUndefined() && !token.isNull() && warnings) {
            warnings->append(
                QStringLiteral("next_page_token: expected a string, got %1; taken as the last "
                               "page")
                    .arg(typeName(token)));
        }
        // An empty list is left out of proto3 JSON; anything else without the list is some
        // other answer.
        if (!found) {
            static const QStringList pagingOnly{
                QStringLiteral("next_page_token"), QStringLiteral("nextPageToken"),
                QStringLiteral("total_size"), QStringLiteral("totalSize")};
            const auto isListKey = [&](const QString &key) {
                return std::find(keys.begin(), keys.end(), key) != keys.end();
            };
            for (const QString &key : envelope.keys()) {
                if (!pagingOnly.contains(key) && !isListKey(key)) {
                    return failWith(error, Text::tr("The answer is not a list: it has no “%1” "
                                                    "array.")
                                               .arg(*keys.begin()));
                }
            }
        }
    } else {
        return failWith(error, Text::tr("The answer is not a list: it is empty."));
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

// The text form: parses, then decodes as above.
template <typename T>
bool decodeList(const QByteArray &body, std::initializer_list<QLatin1String> keys,
                ItemDecoder<T> decode, ListPage<T> *page, QString *error, DecodeWarnings *warnings)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(error, Text::tr("The answer is not JSON: %1 at byte %2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    }
    return decodeList<T>(document, keys, decode, page, error, warnings);
}

// Request bodies carry strings as the person meant them: without stray spaces.
void putTrimmed(QJsonObject &body, const QString &key, const QString &value)
{
    if (const QString trimmed = value.trimmed(); !trimmed.isEmpty())
        body.insert(key, trimmed);
}

void putMetadata(QJsonObject &body, const Metadata &metadata, const QString &requestId)
{
    QJsonObject json;
    const QJsonObject &values = metadata.json();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        // SynaptoPay's metadata is a map of strings: any other value goes as its text.
        json.insert(it.key(), metadata.text(it.key()).trimmed());
    }
    if (!requestId.isEmpty())
        json.insert(QLatin1String(RequestIdMetadataKey), requestId);
    if (!json.isEmpty())
        body.insert(QStringLiteral("metadata"), json);
}

// E.164: "+" and digits. A number typed with its "+" keeps its own calling code; one without
// gets the draft's calling code in front. Spaces, dashes, dots and brackets people type between
// digits go.
QString e164(const QString &number, const QString &callingCode)
{
    QString digits;
    for (const QChar c : number.trimmed()) {
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits.append(c);
        else if (!c.isSpace() && !QStringLiteral("-.()/").contains(c))
            return number.trimmed(); // not a phone number: the server says why
    }
    if (digits.isEmpty() || digits.startsWith(QLatin1Char('+')))
        return digits;
    const QString code = callingCode.trimmed();
    return code.isEmpty() ? digits : QLatin1Char('+') + code + digits;
}

} // namespace

Customer customerFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    Customer customer;
    customer.id = reader.string(QStringLiteral("name"));
    customer.fullName = reader.string(QStringLiteral("full_name"));
    customer.email = reader.string(QStringLiteral("email"));
    customer.phoneNumber = reader.string(QStringLiteral("phone"));
    if (const std::optional<QJsonObject> address = reader.object(QStringLiteral("address"))) {
        ObjectReader addressReader(*address, reader.path(QStringLiteral("address")), warnings);
        customer.address = readAddress(addressReader);
    }
    customer.metadata = reader.metadata(QStringLiteral("metadata"));
    customer.created = reader.timestamp(QStringLiteral("create_time"));
    customer.updated = reader.timestamp(QStringLiteral("update_time"));
    customer.extra = reader.rest();
    return customer;
}

PaymentIntent paymentIntentFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    reader.drop(ClientSecretKey);
    const QString currency = currencyOf(json);
    PaymentIntent intent;
    intent.id = reader.string(QStringLiteral("name"));
    intent.amount =
        reader.money(QStringLiteral("amount"), QStringLiteral("currency")).value_or(Money());
    intent.status = IntentStatus(reader.string(QStringLiteral("state")));
    intent.customerId = reader.string(QStringLiteral("customer"));
    intent.paymentMethodId = reader.string(QStringLiteral("payment_method"));
    intent.device = reader.string(QStringLiteral("device"));
    if (const std::optional<QJsonArray> transfers = reader.array(QStringLiteral("transfers"))) {
        QJsonArray odd; // entries that are not objects, kept as they came
        for (qsizetype i = 0; i < transfers->size(); ++i) {
            const QString path = reader.path(QStringLiteral("transfers[%1]").arg(i));
            const QJsonValue item = transfers->at(i);
            if (!item.isObject()) {
                if (warnings)
                    warnings->append(
                        path + QStringLiteral(": expected an object, got %1").arg(typeName(item)));
                odd.append(item);
                continue;
            }
            ObjectReader transferReader(item.toObject(), path, warnings);
            intent.transfers.append(readTransfer(transferReader, currency));
        }
        if (!odd.isEmpty()) {
            // One odd entry keeps the whole list as it came rather than half of it.
            intent.transfers.clear();
            reader.keep(QStringLiteral("transfers"), *transfers);
        }
    }
    const QJsonValue usage = json.value(QLatin1String("setup_future_usage"));
    if (usage.isString() && usage.toString().compare(OffSession, Qt::CaseInsensitive) == 0) {
        intent.saveForLater = true;
        reader.drop(QStringLiteral("setup_future_usage"));
    } else if (usage.isNull()) {
        reader.drop(QStringLiteral("setup_future_usage"));
    } else if (!usage.isUndefined()) {
        reader.warn(QStringLiteral("setup_future_usage"),
                    usage.isString()
                        ? QStringLiteral("\"%1\" is not a value this build knows; kept as it came")
                              .arg(usage.toString())
                        : QStringLiteral("expected a string, got %1").arg(typeName(usage)));
    }
    if (const std::optional<QJsonObject> error =
            reader.object(QStringLiteral("last_payment_error"))) {
        ObjectReader errorReader(*error, reader.path(QStringLiteral("last_payment_error")),
                                 warnings);
        PaymentError e;
        e.message = errorReader.string(QStringLiteral("message"));
        e.code = errorReader.code(QStringLiteral("code"));
        e.device = errorReader.string(QStringLiteral("device"));
        e.extra = errorReader.rest();
        intent.lastPaymentError = e;
    }
    intent.metadata = reader.metadata(QStringLiteral("metadata"));
    intent.created = reader.timestamp(QStringLiteral("create_time"));
    intent.updated = reader.timestamp(QStringLiteral("update_time"));
    intent.extra = reader.rest();
    return intent;
}

CheckoutSession checkoutSessionFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    CheckoutSession session;
    session.id = reader.string(QStringLiteral("name"));
    session.status = CheckoutStatus(reader.string(QStringLiteral("state")));
    session.amountTotal = reader.money(QStringLiteral("amount"), QStringLiteral("currency"));
    session.clientReferenceId = reader.string(QStringLiteral("client_reference_id"));
    session.url = reader.string(QStringLiteral("url"));
    session.paymentIntentId = reader.string(QStringLiteral("payment_intent"));
    session.paid = reader.boolean(QStringLiteral("paid"));
    session.successUrl = reader.string(QStringLiteral("success_url"));
    session.cancelUrl = reader.string(QStringLiteral("cancel_url"));
    session.expiry = reader.timestamp(QStringLiteral("expire_time"));
    session.created = reader.timestamp(QStringLiteral("create_time"));
    session.updated = reader.timestamp(QStringLiteral("update_time"));
    session.metadata = reader.metadata(QStringLiteral("metadata"));
    session.extra = reader.rest();
    return session;
}

Device deviceFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    Device device;
    device.id = reader.string(QStringLiteral("name"));
    device.displayName = reader.string(QStringLiteral("display_name"));
    device.model = reader.string(QStringLiteral("model"));
    device.serialNumber = reader.string(QStringLiteral("serial_number"));
    device.state = reader.string(QStringLiteral("state"));
    for (const QString &code : reader.strings(QStringLiteral("supported_currency_codes")))
        device.supportedCurrencies.append(Currency::normalize(code));
    device.supportedRails = reader.strings(QStringLiteral("supported_payment_rails"));
    device.created = reader.timestamp(QStringLiteral("create_time"));
    device.updated = reader.timestamp(QStringLiteral("update_time"));
    device.extra = reader.rest();
    return device;
}

// Guess: the reference shows no payment method; `type` and `card.brand` / `card.last4` are the
// names of the APIs SynaptoPay follows, `customer` its own way of naming the owner.
PaymentMethod paymentMethodFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    PaymentMethod method;
    method.id = reader.string(QStringLiteral("name"));
    method.type = reader.string(QStringLiteral("type"));
    method.description = reader.string(QStringLiteral("description"));
    reader.nested(QStringLiteral("card"), [&](ObjectReader &card) {
        method.brand = card.string(QStringLiteral("brand"));
        method.last4 = card.string(QStringLiteral("last4"));
    });
    method.customerId = reader.string(QStringLiteral("customer"));
    method.extra = reader.rest();
    return method;
}

// Guess beyond the create request's fields: `payment_intent`, `currency` and `state`.
Refund refundFromJson(const QJsonObject &json, DecodeWarnings *warnings)
{
    ObjectReader reader(json, {}, warnings);
    Refund refund;
    refund.id = reader.string(QStringLiteral("name"));
    refund.chargeId = reader.string(QStringLiteral("charge"));
    refund.paymentIntentId = reader.string(QStringLiteral("payment_intent"));
    refund.amount = reader.money(QStringLiteral("amount"), QStringLiteral("currency"));
    refund.reason = reader.string(QStringLiteral("reason"));
    refund.status = reader.string(QStringLiteral("state"));
    refund.created = reader.timestamp(QStringLiteral("create_time"));
    refund.extra = reader.rest();
    return refund;
}

QJsonObject toJson(const Customer &customer)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("name"), customer.id);
    writer.string(QStringLiteral("full_name"), customer.fullName);
    writer.string(QStringLiteral("email"), customer.email);
    writer.string(QStringLiteral("phone"), customer.phoneNumber);
    // An address that came, even one with no field Paydesk knows, goes back: leaving out an
    // empty one would read back as no address at all.
    if (customer.address)
        writer.always(QStringLiteral("address"), addressToJson(*customer.address));
    writer.metadata(QStringLiteral("metadata"), customer.metadata);
    writer.timestamp(QStringLiteral("create_time"), customer.created);
    writer.timestamp(QStringLiteral("update_time"), customer.updated);
    return writer.withExtra(customer.extra);
}

QJsonObject toJson(const PaymentIntent &intent)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("name"), intent.id);
    writer.money(QStringLiteral("amount"), QStringLiteral("currency"), intent.amount);
    writer.string(QStringLiteral("state"), intent.status.raw());
    writer.string(QStringLiteral("customer"), intent.customerId);
    writer.string(QStringLiteral("payment_method"), intent.paymentMethodId);
    writer.string(QStringLiteral("device"), intent.device);
    // The transfers' amounts are in the currency the intent names, wherever it is kept.
    const QString currency =
        intent.amount.isValid() ? intent.amount.currency() : currencyOf(intent.extra);
    QJsonArray transfers;
    for (const Transfer &transfer : intent.transfers)
        transfers.append(transferToJson(transfer, currency));
    writer.array(QStringLiteral("transfers"), transfers);
    if (intent.saveForLater)
        writer.string(QStringLiteral("setup_future_usage"), OffSession);
    if (intent.lastPaymentError) {
        ObjectWriter error;
        error.string(QStringLiteral("message"), intent.lastPaymentError->message);
        error.string(QStringLiteral("code"), intent.lastPaymentError->code);
        error.string(QStringLiteral("device"), intent.lastPaymentError->device);
        writer.always(QStringLiteral("last_payment_error"),
                      error.withExtra(intent.lastPaymentError->extra));
    }
    writer.metadata(QStringLiteral("metadata"), intent.metadata);
    writer.timestamp(QStringLiteral("create_time"), intent.created);
    writer.timestamp(QStringLiteral("update_time"), intent.updated);
    QJsonObject json = writer.withExtra(intent.extra);
    json.remove(ClientSecretKey);
    return json;
}

QJsonObject toJson(const CheckoutSession &session)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("name"), session.id);
    writer.string(QStringLiteral("state"), session.status.raw());
    if (session.amountTotal)
        writer.money(QStringLiteral("amount"), QStringLiteral("currency"), *session.amountTotal);
    writer.string(QStringLiteral("client_reference_id"), session.clientReferenceId);
    writer.string(QStringLiteral("url"), session.url);
    writer.string(QStringLiteral("payment_intent"), session.paymentIntentId);
    writer.boolean(QStringLiteral("paid"), session.paid);
    writer.string(QStringLiteral("success_url"), session.successUrl);
    writer.string(QStringLiteral("cancel_url"), session.cancelUrl);
    writer.timestamp(QStringLiteral("expire_time"), session.expiry);
    writer.timestamp(QStringLiteral("create_time"), session.created);
    writer.timestamp(QStringLiteral("update_time"), session.updated);
    writer.metadata(QStringLiteral("metadata"), session.metadata);
    return writer.withExtra(session.extra);
}

QJsonObject toJson(const Device &device)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("name"), device.id);
    writer.string(QStringLiteral("display_name"), device.displayName);
    writer.string(QStringLiteral("model"), device.model);
    writer.string(QStringLiteral("serial_number"), device.serialNumber);
    writer.string(QStringLiteral("state"), device.state);
    writer.strings(QStringLiteral("supported_currency_codes"), device.supportedCurrencies);
    writer.strings(QStringLiteral("supported_payment_rails"), device.supportedRails);
    writer.timestamp(QStringLiteral("create_time"), device.created);
    writer.timestamp(QStringLiteral("update_time"), device.updated);
    return writer.withExtra(device.extra);
}

QJsonObject toJson(const PaymentMethod &method)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("name"), method.id);
    writer.string(QStringLiteral("type"), method.type);
    writer.string(QStringLiteral("description"), method.description);
    ObjectWriter card;
    card.string(QStringLiteral("brand"), method.brand);
    card.string(QStringLiteral("last4"), method.last4);
    writer.object(QStringLiteral("card"), card.json());
    writer.string(QStringLiteral("customer"), method.customerId);
    return writer.withExtra(method.extra);
}

QJsonObject toJson(const Refund &refund)
{
    ObjectWriter writer;
    writer.string(QStringLiteral("name"), refund.id);
    writer.string(QStringLiteral("charge"), refund.chargeId);
    writer.string(QStringLiteral("payment_intent"), refund.paymentIntentId);
    if (refund.amount)
        writer.money(QStringLiteral("amount"), QStringLiteral("currency"), *refund.amount);
    writer.string(QStringLiteral("reason"), refund.reason);
    writer.string(QStringLiteral("state"), refund.status);
    writer.timestamp(QStringLiteral("create_time"), refund.created);
    return writer.withExtra(refund.extra);
}

QJsonObject createBody(const CustomerDraft &draft, const QString &requestId)
{
    QJsonObject customer;
    const QString business = draft.businessName.trimmed();
    const QString person = QStringList{draft.firstName.trimmed(), draft.lastName.trimmed()}
                               .join(QLatin1Char(' '))
                               .trimmed();
    putTrimmed(customer, QStringLiteral("full_name"), business.isEmpty() ? person : business);
    putTrimmed(customer, QStringLiteral("email"), draft.email);
    putTrimmed(customer, QStringLiteral("phone"), e164(draft.phoneNumber, draft.countryCode));
    if (draft.address && !draft.address->isEmpty()) {
        const Address &address = *draft.address;
        QJsonObject json;
        putTrimmed(json, QStringLiteral("line1"), address.line1);
        putTrimmed(json, QStringLiteral("line2"), address.line2);
        putTrimmed(json, QStringLiteral("city"), address.city);
        putTrimmed(json, QStringLiteral("state"), address.state);
        putTrimmed(json, QStringLiteral("postal_code"), address.postcode);
        putTrimmed(json, QStringLiteral("country"), address.country.toUpper());
        customer.insert(QStringLiteral("address"), json);
    }
    putMetadata(customer, draft.metadata, requestId);
    return {{QStringLiteral("customer"), customer}};
}

QJsonObject createBody(const PaymentIntentDraft &draft, const QString &requestId)
{
    QJsonObject body;
    body.insert(QStringLiteral("amount"), formatAmount(draft.amount.minorUnits()));
    putTrimmed(body, QStringLiteral("currency"), draft.amount.currency());
    putTrimmed(body, QStringLiteral("payment_method"), draft.paymentMethodId);
    putTrimmed(body, QStringLiteral("customer"), draft.customerId);
    if (draft.confirm)
        body.insert(QStringLiteral("confirm"), true);
    putTrimmed(body, QStringLiteral("device"), draft.device);
    QJsonArray transfers;
    for (const TransferDraft &transfer : draft.transfers) {
        QJsonObject json;
        putTrimmed(json, QStringLiteral("account_name"), transfer.recipient);
        json.insert(QStringLiteral("amount"), formatAmount(transfer.amount.minorUnits()));
        transfers.append(json);
    }
    if (!transfers.isEmpty())
        body.insert(QStringLiteral("transfers"), transfers);
    if (draft.saveForLater)
        body.insert(QStringLiteral("setup_future_usage"), OffSession);
    putMetadata(body, draft.metadata, requestId);
    return body;
}

QJsonObject createBody(const CheckoutSessionDraft &draft, const QString &requestId)
{
    QJsonObject body;
    if (const std::optional<Money> total = draft.total()) {
        body.insert(QStringLiteral("amount"), formatAmount(total->minorUnits()));
        body.insert(QStringLiteral("currency"), total->currency());
    }
    putTrimmed(body, QStringLiteral("client_reference_id"), draft.clientReferenceId);
    putTrimmed(body, QStringLiteral("success_url"), draft.successUrl);
    putTrimmed(body, QStringLiteral("cancel_url"), draft.cancelUrl);
    putMetadata(body, draft.metadata, requestId);
    return body;
}

QJsonObject createBody(const RefundDraft &draft, const QString &requestId)
{
    QJsonObject body;
    putTrimmed(body, QStringLiteral("charge"), draft.chargeId);
    // No amount, or 0, refunds what is left.
    if (draft.amount.isValid() && draft.amount.minorUnits() > 0)
        body.insert(QStringLiteral("amount"), formatAmount(draft.amount.minorUnits()));
    const QString reason = draft.reason.trimmed();
    if (reason == QLatin1String("fraudulent"))
        body.insert(QStringLiteral("reason"), QStringLiteral("FRAUD"));
    else if (reason == QLatin1String("requested_by_customer"))
        body.insert(QStringLiteral("reason"), QStringLiteral("CUSTOMER_REQUEST"));
    putMetadata(body, {}, requestId);
    return body;
}

QJsonObject listBody(int pageSize, const QString &pageToken)
{
    QJsonObject body;
    if (pageSize > 0)
        body.insert(QStringLiteral("page_size"), pageSize);
    putTrimmed(body, QStringLiteral("page_token"), pageToken);
    return body;
}

bool decodeCustomerList(const QByteArray &body, ListPage<Customer> *page, QString *error,
                        DecodeWarnings *warnings)
{
    return decodeList<Customer>(body, {QLatin1String("customers")}, &customerFromJson, page, error,
                                warnings);
}

bool decodeCustomerList(const QJsonDocument &document, ListPage<Customer> *page, QString *error,
                        DecodeWarnings *warnings)
{
    return decodeList<Customer>(document, {QLatin1String("customers")}, &customerFromJson, page,
                                error, warnings);
}

bool decodePaymentIntentList(const QByteArray &body, ListPage<PaymentIntent> *page, QString *error,
                             DecodeWarnings *warnings)
{
    return decodeList<PaymentIntent>(
        body, {QLatin1String("payment_intents"), QLatin1String("paymentIntents")},
        &paymentIntentFromJson, page, error, warnings);
}

bool decodePaymentIntentList(const QJsonDocument &document, ListPage<PaymentIntent> *page,
                             QString *error, DecodeWarnings *warnings)
{
    return decodeList<PaymentIntent>(
        document, {QLatin1String("payment_intents"), QLatin1String("paymentIntents")},
        &paymentIntentFromJson, page, error, warnings);
}

bool decodeCheckoutSessionList(const QByteArray &body, ListPage<CheckoutSession> *page,
                               QString *error, DecodeWarnings *warnings)
{
    return decodeList<CheckoutSession>(
        body, {QLatin1String("checkout_sessions"), QLatin1String("checkoutSessions")},
        &checkoutSessionFromJson, page, error, warnings);
}

bool decodeCheckoutSessionList(const QJsonDocument &document, ListPage<CheckoutSession> *page,
                               QString *error, DecodeWarnings *warnings)
{
    return decodeList<CheckoutSession>(
        document, {QLatin1String("checkout_sessions"), QLatin1String("checkoutSessions")},
        &checkoutSessionFromJson, page, error, warnings);
}

bool decodeDeviceList(const QByteArray &body, ListPage<Device> *page, QString *error,
                      DecodeWarnings *warnings)
{
    return decodeList<Device>(body, {QLatin1String("devices")}, &deviceFromJson, page, error,
                              warnings);
}

bool decodeDeviceList(const QJsonDocument &document, ListPage<Device> *page, QString *error,
                      DecodeWarnings *warnings)
{
    return decodeList<Device>(document, {QLatin1String("devices")}, &deviceFromJson, page, error,
                              warnings);
}

bool decodePaymentMethodList(const QByteArray &body, ListPage<PaymentMethod> *page, QString *error,
                             DecodeWarnings *warnings)
{
    return decodeList<PaymentMethod>(
        body, {QLatin1String("payment_methods"), QLatin1String("paymentMethods")},
        &paymentMethodFromJson, page, error, warnings);
}

bool decodePaymentMethodList(const QJsonDocument &document, ListPage<PaymentMethod> *page,
                             QString *error, DecodeWarnings *warnings)
{
    return decodeList<PaymentMethod>(
        document, {QLatin1String("payment_methods"), QLatin1String("paymentMethods")},
        &paymentMethodFromJson, page, error, warnings);
}

bool decodeRefundList(const QByteArray &body, ListPage<Refund> *page, QString *error,
                      DecodeWarnings *warnings)
{
    return decodeList<Refund>(body, {QLatin1String("refunds")}, &refundFromJson, page, error,
                              warnings);
}

bool decodeRefundList(const QJsonDocument &document, ListPage<Refund> *page, QString *error,
                      DecodeWarnings *warnings)
{
    return decodeList<Refund>(document, {QLatin1String("refunds")}, &refundFromJson, page, error,
                              warnings);
}

QString peekNextPageToken(const QJsonDocument &document)
{
    const QJsonObject envelope = document.object();
    QJsonValue token = envelope.value(QLatin1String("next_page_token"));
    if (token.isUndefined() || token.isNull())
        token = envelope.value(QLatin1String("nextPageToken"));
    return token.toString();
}

QDateTime parseTimestamp(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    // A timestamp without an offset is the server's, and servers speak UTC.
    const QDateTime utc = time.timeSpec() == Qt::LocalTime
                              ? QDateTime(time.date(), time.time(), QTimeZone::utc()).toUTC()
                              : time.toUTC();
    // A time RFC 3339 cannot write back (its UTC year is not 1 to 9999) is kept as the text it
    // came as, like any other unreadable timestamp.
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

QString formatAmount(qint64 minorUnits)
{
    return QString::number(minorUnits);
}

} // namespace paydesk::synaptopay
