#include "sandbox/validation.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

// The largest integer a JSON number carries exactly in every common parser.
constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text).hasMatch();
}

// JSON Schema's "uri": absolute, with a scheme; web addresses also need a host.
bool isAbsoluteUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return false;
    const bool web = url.scheme() == "http"_L1 || url.scheme() == "https"_L1;
    return !web || !url.host().isEmpty();
}

qsizetype characterCount(QStringView text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

} // namespace

std::optional<FieldError> checkJsonText(const QByteArray &body)
{
    struct Frame
    {
        bool isObject = false;
        QString path; // of the object or array itself; empty for the top level
        QSet<QString> keys;
        QString key;
        qsizetype index = 0;
        bool expectsKey = false;
    };
    QList<Frame> stack;
    const auto join = [](const QString &path, const QString &key) {
        return path.isEmpty() ? key : path + u'.' + key;
    };
    // The path of the value that starts here.
    const auto valuePath = [&]() -> QString {
        if (stack.isEmpty())
            return QString();
        const Frame &top = stack.constLast();
        if (top.isObject)
            return join(top.path, top.key);
        return top.path + u"[%1]"_s.arg(top.index);
    };
    const qsizetype size = body.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = body.at(i);
        switch (c) {
        case '{':
        case '[':
            stack.append(Frame{c == '{', valuePath(), {}, {}, 0, c == '{'});
            break;
        case '}':
        case ']':
            if (stack.isEmpty())
                return std::nullopt;
            stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty()) {
                Frame &top = stack.last();
                if (top.isObject)
                    top.expectsKey = true;
                else
                    ++top.index;
            }
            break;
        case ':':
            if (!stack.isEmpty())
                stack.last().expectsKey = false;
            break;
        case '"': {
            QString text;
            qsizetype segment = i + 1;
            qsizetype j = i + 1;
            std::optional<uchar> control;
            for (; j < size && body.at(j) != '"'; ++j) {
                const uchar byte = uchar(body.at(j));
                if (byte < 0x20 && !control)
                    control = byte;
                if (byte != '\\')
                    continue;
                text += QString::fromUtf8(body.constData() + segment, j - segment);
                if (j + 1 >= size)
                    return std::nullopt;
                const char escaped = body.at(++j);
                if (escaped == 'u' && j + 4 < size) {
                    bool ok = false;
                    const ushort unit = body.mid(j + 1, 4).toUShort(&ok, 16);
                    text += ok ? QChar(unit) : QChar(u'?');
                    j += 4;
                } else {
                    text += QChar::fromLatin1(escaped);
                }
                segment = j + 1;
            }
            if (j >= size)
                return std::nullopt; // not closed: QJsonDocument says so
            text += QString::fromUtf8(body.constData() + segment, j - segment);
            const bool isKey =
                !stack.isEmpty() && stack.constLast().isObject && stack.constLast().expectsKey;
            const QString path = isKey ? join(stack.constLast().path, text) : valuePath();
            const QString shown = path.isEmpty() ? u"body"_s : path;
            if (control) {
                return FieldError{
                    shown, u"control-character"_s,
                    u"%1 has a raw control character (U+%2) in a string; escape it "
                    "as \\u%2"_s.arg(shown, u"%1"_s.arg(int(*control), 4, 16, QChar(u'0')))};
            }
            if (isKey) {
                Frame &top = stack.last();
                if (top.keys.contains(text)) {
                    return FieldError{shown, u"duplicate-key"_s,
                                      u"%1 appears more than once in the same object"_s.arg(shown)};
                }
                top.keys.insert(text);
                top.key = text;
            }
            i = j;
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

FieldReader::FieldReader(const QJsonObject &object, std::optional<FieldError> &error,
                         QString prefix)
    : m_object(object)
    , m_error(error)
    , m_prefix(std::move(prefix))
{}

QString FieldReader::path(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + u'.' + name;
}

void FieldReader::fail(const QString &fieldPath, const QString &rule, const QString &message)
{
    if (!m_error)
        m_error = FieldError{fieldPath, rule, message};
}

std::optional<QJsonValue> FieldReader::present(const QString &name, Presence presence)
{
    if (failed())
        return std::nullopt;
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd()) {
        if (presence == Required)
            fail(path(name), u"required"_s, u"%1 is required"_s.arg(path(name)));
        return std::nullopt;
    }
    return it.value();
}

std::optional<QString> FieldReader::string(const QString &name, Presence presence,
                                           qsizetype maxLength)
{
    const auto value = present(name, presence);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        fail(path(name), u"type"_s, u"%1 must be a string"_s.arg(path(name)));
        return std::nullopt;
    }
    QString text = value->toString();
    if (characterCount(text) > maxLength) {
        fail(path(name), u"maxLength"_s,
             u"%1 must be at most %2 characters"_s.arg(path(name), QString::number(maxLength)));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> FieldReader::uuid(const QString &name, Presence presence)
{
    auto text = string(name, presence);
    if (text && !isUuid(*text)) {
        fail(path(name), u"format"_s,
             u"%1 must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6"_s.arg(path(name)));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> FieldReader::email(const QString &name, Presence presence)
{
    auto text = string(name, presence, MaxLength::kEmail);
    if (text && !isEmail(*text)) {
        fail(path(name), u"format"_s, u"%1 must be an email address"_s.arg(path(name)));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> FieldReader::uri(const QString &name, Presence presence)
{
    auto text = string(name, presence, MaxLength::kUrl);
    if (text && !isAbsoluteUri(*text)) {
        fail(path(name), u"format"_s,
             u"%1 must be an absolute URL such as https://shop.example.com/thanks"_s.arg(
                 path(name)));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> FieldReader::choice(const QString &name, const QStringList &allowed,
                                           Presence presence)
{
    auto text = string(name, presence);
    if (text && !allowed.contains(*text)) {
        fail(path(name), u"enum"_s,
             u"%1 must be one of: %2"_s.arg(path(name), allowed.join(u", "_s)));
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> FieldReader::integer(const QString &name, Presence presence,
                                           IntegerRange range)
{
    const auto value = present(name, presence);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (!value->isDouble() || !std::isfinite(number) || std::floor(number) != number) {
        fail(path(name), u"type"_s, u"%1 must be an integer"_s.arg(path(name)));
        return std::nullopt;
    }
    // Beyond the safe range a number may already have lost digits on its way here.
    const qint64 minimum = range.minimum.value_or(-kMaxSafeInteger);
    const qint64 maximum = range.maximum.value_or(kMaxSafeInteger);
    if (range.exclusiveMinimum && number <= double(*range.exclusiveMinimum)) {
        fail(path(name), u"exclusiveMinimum"_s,
             u"%1 must be greater than %2"_s.arg(path(name),
                                                 QString::number(*range.exclusiveMinimum)));
    } else if (number < double(minimum)) {
        fail(path(name), u"minimum"_s,
             u"%1 must be at least %2"_s.arg(path(name), QString::number(minimum)));
    } else if (number > double(maximum)) {
        fail(path(name), u"maximum"_s,
             u"%1 must be at most %2"_s.arg(path(name), QString::number(maximum)));
    } else {
        return value->toInteger();
    }
    return std::nullopt;
}

std::optional<double> FieldReader::number(const QString &name, double minimum, double maximum)
{
    const auto value = present(name, Optional);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        fail(path(name), u"type"_s, u"%1 must be a number"_s.arg(path(name)));
    } else if (value->toDouble() < minimum) {
        fail(path(name), u"minimum"_s,
             u"%1 must be at least %2"_s.arg(path(name), QString::number(minimum)));
    } else if (value->toDouble() > maximum) {
        fail(path(name), u"maximum"_s,
             u"%1 must be at most %2"_s.arg(path(name), QString::number(maximum)));
    } else {
        return value->toDouble();
    }
    return std::nullopt;
}

std::optional<bool> FieldReader::boolean(const QString &name)
{
    const auto value = present(name, Optional);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        fail(path(name), u"type"_s, u"%1 must be true or false"_s.arg(path(name)));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QJsonObject> FieldReader::object(const QString &name, Presence presence)
{
    const auto value = present(name, presence);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        fail(path(name), u"type"_s, u"%1 must be an object"_s.arg(path(name)));
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonObject> FieldReader::metadata(const QString &name)
{
    const auto metadata = object(name);
    if (!metadata)
        return std::nullopt;
    if (metadata->size() > MaxLength::kMetadataKeys) {
        fail(path(name), u"maxProperties"_s,
             u"%1 must have at most %2 keys"_s.arg(path(name),
                                                   QString::number(MaxLength::kMetadataKeys)));
        return std::nullopt;
    }
    for (auto it = metadata->constBegin(); it != metadata->constEnd(); ++it) {
        const QString keyPath = path(name) + u'.' + it.key();
        if (characterCount(it.key()) > MaxLength::kMetadataKey) {
            fail(keyPath, u"maxLength"_s,
                 u"%1: a metadata key must be at most %2 characters"_s.arg(
                     keyPath, QString::number(MaxLength::kMetadataKey)));
            return std::nullopt;
        }
        if (it.value().isString() &&
            characterCount(it.value().toString()) > MaxLength::kMetadataValue) {
            fail(keyPath, u"maxLength"_s,
                 u"%1 must be at most %2 characters"_s.arg(
                     keyPath, QString::number(MaxLength::kMetadataValue)));
            return std::nullopt;
        }
    }
    return metadata;
}

std::optional<QJsonArray> FieldReader::array(const QString &name, Presence presence)
{
    const auto value = present(name, presence);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        fail(path(name), u"type"_s, u"%1 must be an array"_s.arg(path(name)));
        return std::nullopt;
    }
    return value->toArray();
}

void FieldReader::rejectUnknownFields(const QStringList &known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd() && !failed(); ++it) {
        if (!known.contains(it.key())) {
            fail(path(it.key()), u"additionalProperties"_s,
                 u"%1 is not a known field; expected only: %2"_s.arg(path(it.key()),
                                                                     known.join(u", "_s)));
        }
    }
}

std::optional<FieldError> readPageQuery(const QUrlQuery &query, int defaultLimit, PageQuery &out)
{
    out = PageQuery{defaultLimit, query.queryItemValue(u"starting_after"_s),
                    query.queryItemValue(u"ending_before"_s)};
    if (query.hasQueryItem(u"limit"_s)) {
        bool isNumber = false;
        const int limit = query.queryItemValue(u"limit"_s).toInt(&isNumber);
        if (!isNumber)
            return FieldError{u"limit"_s, u"type"_s,
                              u"limit must be an integer between 1 and 100"_s};
        if (limit < 1)
            return FieldError{u"limit"_s, u"minimum"_s, u"limit must be at least 1"_s};
        if (limit > 100)
            return FieldError{u"limit"_s, u"maximum"_s, u"limit must be at most 100"_s};
        out.limit = limit;
    }
    if (!out.startingAfter.isEmpty() && !out.endingBefore.isEmpty()) {
        return FieldError{u"ending_before"_s, u"exclusive"_s,
                          u"ending_before cannot be combined with starting_after"_s};
    }
    return std::nullopt;
}

std::optional<FieldError> readIntentCreate(const QJsonObject &body, IntentDraft &out)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    PaymentIntent &intent = out.intent;
    const auto amount = reader.integer(u"amount"_s, FieldReader::Required, FieldReader::positive());
    reader.choice(u"currency"_s, {u"usd"_s}, FieldReader::Required);
    out.confirm = reader.boolean(u"confirm"_s).value_or(false);
    intent.amount = amount.value_or(0);
    intent.userId = reader.uuid(u"user_id"_s).value_or(QString());
    intent.customerId = reader.uuid(u"customer_id"_s).value_or(QString());
    intent.description =
        reader.string(u"description"_s, FieldReader::Optional, MaxLength::kDescription)
            .value_or(QString());
    intent.paymentMethodId = reader.uuid(u"payment_method_id"_s).value_or(QString());
    if (const auto types = reader.array(u"payment_method_types"_s)) {
        for (qsizetype i = 0; i < types->size(); ++i) {
            const QString field = u"payment_method_types[%1]"_s.arg(i);
            if (types->at(i).toString() != "card"_L1)
                reader.fail(field, u"enum"_s, u"%1 must be one of: card"_s.arg(field));
        }
    }
    intent.setupFutureUsage =
        reader.choice(u"setup_future_usage"_s, {u"on_session"_s}).value_or(QString());
    // The contract types this metadata as a boolean, by mistake: it is an object, as everywhere.
    intent.metadata = reader.metadata(u"metadata"_s).value_or(QJsonObject());
    if (const auto transfer = reader.object(u"transfer_data"_s)) {
        FieldReader transferReader = reader.nested(*transfer, u"transfer_data"_s);
        intent.transferDestinationUserId =
            transferReader.uuid(u"destination_user_id"_s, FieldReader::Required)
                .value_or(QString());
    }
    intent.applicationFeeAmount =
        reader.integer(u"application_fee_amount"_s, FieldReader::Optional, FieldReader::atLeast(0));
    if (intent.applicationFeeAmount && amount && *intent.applicationFeeAmount > *amount) {
        reader.fail(u"application_fee_amount"_s, u"maximum"_s,
                    u"application_fee_amount must not exceed amount (%1)"_s.arg(*amount));
    }
    if (out.confirm && intent.paymentMethodId.isEmpty()) {
        reader.fail(u"payment_method_id"_s, u"required"_s,
                    u"payment_method_id is required when confirm is true"_s);
    }
    return error;
}

std::optional<FieldError> readIntentConfirm(const QJsonObject &body, QString &paymentMethodId)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    paymentMethodId =
        reader.string(u"payment_method_id"_s, FieldReader::Required).value_or(QString());
    return error;
}

std::optional<FieldError> readCustomerCreate(const QJsonObject &body, Customer &out)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    const auto name = [&](const QString &field, qsizetype maxLength = MaxLength::kName) {
        const auto text = reader.string(field, FieldReader::Optional, maxLength);
        if (text && text->trimmed().isEmpty())
            reader.fail(field, u"minLength"_s, u"%1 must not be empty"_s.arg(field));
        return text.value_or(QString());
    };
    out.userId = reader.uuid(u"user_id"_s).value_or(QString());
    out.email = reader.email(u"email"_s).value_or(QString());
    out.countryCode =
        reader.string(u"country_code"_s, FieldReader::Optional, MaxLength::kCountryCode)
            .value_or(QString());
    out.phoneNumber =
        reader.string(u"phone_number"_s, FieldReader::Optional, MaxLength::kPhoneNumber)
            .value_or(QString());
    out.firstName = name(u"first_name"_s);
    out.middleName = name(u"middle_name"_s);
    out.lastName = name(u"last_name"_s);
    out.businessName = name(u"business_name"_s, MaxLength::kBusinessName);
    if (const auto address = reader.object(u"address"_s)) {
        FieldReader addressReader = reader.nested(*address, u"address"_s);
        Address parsed;
        parsed.country =
            addressReader.string(u"country"_s, FieldReader::Required, MaxLength::kCountry)
                .value_or(QString());
        parsed.city = addressReader.string(u"city"_s, FieldReader::Required, MaxLength::kCity)
                          .value_or(QString());
        parsed.state = addressReader.string(u"state"_s, FieldReader::Required, MaxLength::kState)
                           .value_or(QString());
        parsed.postcode =
            addressReader.string(u"postcode"_s, FieldReader::Required, MaxLength::kPostcode)
                .value_or(QString());
        parsed.line1 =
            addressReader.string(u"line_1"_s, FieldReader::Required, MaxLength::kAddressLine)
                .value_or(QString());
        parsed.line2 =
            addressReader.string(u"line_2"_s, FieldReader::Optional, MaxLength::kAddressLine)
                .value_or(QString());
        out.address = parsed;
    }
    out.metadata = reader.metadata(u"metadata"_s).value_or(QJsonObject());

    // The contract's oneOf: a person (first_name and last_name) or a business, never both.
    const bool person = !out.firstName.isEmpty() && !out.lastName.isEmpty();
    const bool business = !out.businessName.isEmpty();
    if (person && business) {
        reader.fail(u"business_name"_s, u"oneOf"_s,
                    u"business_name cannot be combined with first_name and last_name: a customer "
                    "is a person or a business"_s);
    } else if (!person && !business) {
        const QString missing = out.firstName.isEmpty() ? u"first_name"_s : u"last_name"_s;
        reader.fail(missing, u"oneOf"_s,
                    u"%1 is required: a customer needs first_name and last_name, or "
                    "business_name"_s.arg(missing));
    }
    return error;
}

namespace {

void readLineItem(const QJsonValue &value, const QString &itemPath, FieldReader &parent,
                  LineItem &out)
{
    if (!value.isObject()) {
        parent.fail(itemPath, u"type"_s, u"%1 must be an object"_s.arg(itemPath));
        return;
    }
    FieldReader item = parent.nested(value.toObject(), itemPath);
    item.rejectUnknownFields({u"price_data"_s, u"quantity"_s});
    if (const auto priceData = item.object(u"price_data"_s, FieldReader::Required)) {
        FieldReader price = item.nested(*priceData, u"price_data"_s);
        price.rejectUnknownFields({u"currency"_s, u"amount"_s, u"product_data"_s});
        price.choice(u"currency"_s, {u"usd"_s}, FieldReader::Required);
        out.unitAmount =
            price.integer(u"amount"_s, FieldReader::Required, FieldReader::positive()).value_or(0);
        if (const auto productData = price.object(u"product_data"_s, FieldReader::Required)) {
            FieldReader product = price.nested(*productData, u"product_data"_s);
            product.rejectUnknownFields({u"name"_s, u"description"_s, u"images"_s, u"metadata"_s});
            out.name = product.string(u"name"_s, FieldReader::Required, MaxLength::kName)
                           .value_or(QString());
            if (!product.failed() && out.name.trimmed().isEmpty()) {
                product.fail(product.path(u"name"_s), u"minLength"_s,
                             u"%1 must not be empty"_s.arg(product.path(u"name"_s)));
            }
            out.description =
                product.string(u"description"_s, FieldReader::Optional, MaxLength::kDescription)
                    .value_or(QString());
            if (const auto images = product.array(u"images"_s)) {
                for (qsizetype i = 0; i < images->size() && !product.failed(); ++i) {
                    const QString imagePath = product.path(u"images[%1]"_s.arg(i));
                    const QString url = images->at(i).toString();
                    if (characterCount(url) > MaxLength::kUrl) {
                        product.fail(imagePath, u"maxLength"_s,
                                     u"%1 must be at most %2 characters"_s.arg(
                                         imagePath, QString::number(MaxLength::kUrl)));
                    } else if (!images->at(i).isString() || !isAbsoluteUri(url)) {
                        product.fail(imagePath, u"format"_s,
                                     u"%1 must be an absolute URL"_s.arg(imagePath));
                    }
                    out.images.append(url);
                }
            }
            out.productMetadata = product.metadata(u"metadata"_s).value_or(QJsonObject());
        }
    }
    out.quantity =
        item.integer(u"quantity"_s, FieldReader::Required, FieldReader::atLeast(1)).value_or(0);
}

} // namespace

std::optional<FieldError> readSessionCreate(const QJsonObject &body, SessionDraft &out)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    CheckoutSession &session = out.session;
    if (const auto items = reader.array(u"line_items"_s, FieldReader::Required)) {
        if (items->isEmpty())
            reader.fail(u"line_items"_s, u"minItems"_s, u"line_items must not be empty"_s);
        QSet<QByteArray> seen;
        for (qsizetype i = 0; i < items->size() && !reader.failed(); ++i) {
            const QString itemPath = u"line_items[%1]"_s.arg(i);
            // QJsonObject keeps keys sorted, so equal items serialise equally.
            const QByteArray canonical =
                QJsonDocument(QJsonArray{items->at(i)}).toJson(QJsonDocument::Compact);
            if (seen.contains(canonical)) {
                reader.fail(
                    itemPath, u"uniqueItems"_s,
                    u"%1 repeats an earlier line item; raise its quantity instead"_s.arg(itemPath));
                break;
            }
            seen.insert(canonical);
            LineItem item;
            readLineItem(items->at(i), itemPath, reader, item);
            session.lineItems.append(item);
        }
    }
    session.customerEmail = reader.email(u"customer_email"_s).value_or(QString());
    session.clientReferenceId =
        reader
            .string(u"client_reference_id"_s, FieldReader::Optional, MaxLength::kClientReferenceId)
            .value_or(QString());
    session.successUrl = reader.uri(u"success_url"_s, FieldReader::Required).value_or(QString());
    session.cancelUrl = reader.uri(u"cancel_url"_s).value_or(QString());
    reader.choice(u"mode"_s, {u"payment"_s}, FieldReader::Required);
    session.userId = reader.uuid(u"user_id"_s).value_or(QString());
    session.customerId = reader.uuid(u"customer_id"_s).value_or(QString());
    if (!session.userId.isEmpty() && !session.customerId.isEmpty()) {
        reader.fail(u"user_id"_s, u"exclusive"_s,
                    u"user_id is given in place of customer_id, not with it"_s);
    }
    out.expiresInSeconds =
        reader.integer(u"expires_in"_s, FieldReader::Optional, FieldReader::between(0, 10800))
            .value_or(10800);
    session.metadata = reader.metadata(u"metadata"_s).value_or(QJsonObject());

    if (!reader.failed()) {
        qint64 total = 0;
        for (const LineItem &item : std::as_const(session.lineItems)) {
            if (item.unitAmount > (kMaxSafeInteger - total) / item.quantity) {
                reader.fail(u"line_items"_s, u"maximum"_s,
                            u"line_items add up to more than %1 cents"_s.arg(kMaxSafeInteger));
                break;
            }
            total += item.unitAmount * item.quantity;
        }
        session.amountTotal = total;
    }
    return error;
}

std::optional<FieldError> readRefundCreate(const QJsonObject &body, Refund &out)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    out.amount =
        reader.integer(u"amount"_s, FieldReader::Required, FieldReader::positive()).value_or(0);
    out.paymentIntentId =
        reader.uuid(u"payment_intent_id"_s, FieldReader::Required).value_or(QString());
    out.reason =
        reader
            .choice(u"reason"_s, {u"duplicate"_s, u"fraudulent"_s, u"requested_by_customer"_s,
                                  u"expired_uncaptured_charge"_s, u"partial_capture"_s})
            .value_or(QString());
    // Typed boolean in the contract by the same mistake as the payment intent's.
    out.metadata = reader.metadata(u"metadata"_s).value_or(QJsonObject());
    return error;
}

} // namespace paydesk::sandbox
