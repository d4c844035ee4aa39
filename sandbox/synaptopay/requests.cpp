#include "sandbox/synaptopay/requests.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::synaptopay {

namespace {

constexpr qsizetype kMaxFullName = 200;
constexpr qsizetype kMaxAddressValue = 200;
constexpr qsizetype kMaxAddressFields = 10;
constexpr qsizetype kMaxClientReferenceId = 200;
constexpr qsizetype kMaxDescription = 1000;
constexpr qsizetype kMaxIdempotencyKey = 255;

const QRegularExpression &accountNamePattern()
{
    static const QRegularExpression pattern(u"^accounts/acct_[A-Za-z0-9_]{1,64}$"_s);
    return pattern;
}

// An amount: a JSON string of whole minor units ("1250"); a JSON number is taken too. Zero is
// allowed only where `allowZero` says so (a refund of what remains).
std::optional<qint64> amount(FieldReader &reader, const QJsonObject &object, const QString &name,
                             FieldReader::Presence presence, bool allowZero = false)
{
    if (reader.failed())
        return std::nullopt;
    const QString field = reader.path(name);
    if (!object.contains(name)) {
        if (presence == FieldReader::Required)
            reader.fail(field, u"required"_s, u"%1 is required"_s.arg(field));
        return std::nullopt;
    }
    const QJsonValue value = object.value(name);
    std::optional<qint64> units;
    if (value.isString()) {
        static const QRegularExpression digits(u"^[0-9]{1,18}$"_s);
        const QString text = value.toString();
        if (digits.match(text).hasMatch())
            units = text.toLongLong();
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && number >= 0 &&
            number <= double(kMaxAmount) + 1)
            units = qint64(number);
    }
    if (!units) {
        reader.fail(field, u"type"_s,
                    u"%1 must be a whole number of minor units as a string, such as \"1250\" "
                    "for 12.50"_s.arg(field));
        return std::nullopt;
    }
    if (*units == 0 && !allowZero) {
        reader.fail(field, u"exclusiveMinimum"_s, u"%1 must be greater than 0"_s.arg(field));
        return std::nullopt;
    }
    if (*units > kMaxAmount) {
        reader.fail(field, u"maximum"_s,
                    u"%1 must be at most %2"_s.arg(field, QString::number(kMaxAmount)));
        return std::nullopt;
    }
    return units;
}

std::optional<QString> currency(FieldReader &reader, const QString &name,
                                FieldReader::Presence presence)
{
    const auto code = reader.string(name, presence);
    if (!code)
        return std::nullopt;
    static const QRegularExpression upperCase(u"^[A-Z]{3}$"_s);
    const QString field = reader.path(name);
    if (!upperCase.match(*code).hasMatch()) {
        reader.fail(field, u"format"_s,
                    u"%1 must be an upper-case ISO 4217 code such as \"GBP\", not \"%2\""_s.arg(
                        field, *code));
        return std::nullopt;
    }
    if (!supportedCurrencies().contains(*code)) {
        reader.fail(field, u"supported"_s,
                    u"%1 %2 is not supported by any payment rail of this account; use one of: "
                    "%3"_s.arg(field, *code, supportedCurrencies().join(u", "_s)));
        return std::nullopt;
    }
    return code;
}

// A reference to a record of this account: accounts/{account}/{collection}/{id}.
std::optional<QString> reference(FieldReader &reader, const QString &name, const QString &account,
                                 const QString &collection, const QString &example)
{
    const auto text = reader.string(name);
    if (!text)
        return std::nullopt;
    const QString field = reader.path(name);
    static const QRegularExpression pattern(u"^accounts/([^/]+)/([a-z-]+)/([A-Za-z0-9_]+)$"_s);
    const QRegularExpressionMatch match = pattern.match(*text);
    if (!match.hasMatch() || match.captured(2) != collection) {
        reader.fail(field, u"format"_s,
                    u"%1 must be a resource name such as %2/%3/%4, not \"%5\""_s.arg(
                        field, accountName(account), collection, example, *text));
        return std::nullopt;
    }
    if (match.captured(1) != account) {
        reader.fail(field, u"account"_s,
                    u"%1 names a record of %2; only records of %3 can be used here"_s.arg(
                        field, u"accounts/"_s + match.captured(1), accountName(account)));
        return std::nullopt;
    }
    return text;
}

// A map<string, string> within the limits: 50 keys, keys up to 40 characters, values up to 500.
QJsonObject metadata(FieldReader &reader, const QString &name)
{
    const auto object = reader.metadata(name);
    if (!object)
        return {};
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        if (!it.value().isString()) {
            const QString field = reader.path(name) + u'.' + it.key();
            reader.fail(field, u"type"_s,
                        u"%1 must be a string: metadata maps strings to strings"_s.arg(field));
            return {};
        }
    }
    return *object;
}

void readTransfers(FieldReader &reader, const QString &account, std::optional<qint64> intentAmount,
                   QList<TransferSplit> &out)
{
    const auto transfers = reader.array(u"transfers"_s);
    if (!transfers)
        return;
    QSet<QString> recipients;
    qint64 total = 0;
    for (qsizetype i = 0; i < transfers->size() && !reader.failed(); ++i) {
        const QString item = u"transfers[%1]"_s.arg(i);
        if (!transfers->at(i).isObject()) {
            reader.fail(item, u"type"_s, u"%1 must be an object"_s.arg(item));
            return;
        }
        const QJsonObject object = transfers->at(i).toObject();
        FieldReader split = reader.nested(object, item);
        TransferSplit transfer;
        transfer.accountName =
            split.string(u"account_name"_s, FieldReader::Required).value_or(QString());
        const QString nameField = split.path(u"account_name"_s);
        if (!split.failed() && !accountNamePattern().match(transfer.accountName).hasMatch()) {
            split.fail(nameField, u"format"_s,
                       u"%1 must name an account, such as accounts/acct_partner, not \"%2\""_s.arg(
                           nameField, transfer.accountName));
        }
        if (!split.failed() && transfer.accountName == accountName(account)) {
            split.fail(nameField, u"recipient"_s,
                       u"%1 is the paying account itself; a transfer goes to another "
                       "account"_s.arg(nameField));
        }
        if (!split.failed() && recipients.contains(transfer.accountName)) {
            split.fail(nameField, u"uniqueItems"_s,
                       u"%1 repeats %2: at most one transfer per recipient account"_s.arg(
                           nameField, transfer.accountName));
        }
        recipients.insert(transfer.accountName);
        transfer.amount = amount(split, object, u"amount"_s, FieldReader::Required).value_or(0);
        total += transfer.amount;
        out.append(transfer);
    }
    if (!reader.failed() && intentAmount && total > *intentAmount) {
        reader.fail(u"transfers"_s, u"maximum"_s,
                    u"transfers add up to %1, more than the payment intent's amount of %2"_s.arg(
                        QString::number(total), QString::number(*intentAmount)));
    }
}

} // namespace

const QStringList &supportedCurrencies()
{
    static const QStringList currencies{u"EUR"_s, u"GBP"_s, u"USD"_s};
    return currencies;
}

QString accountName(const QString &account)
{
    return u"accounts/"_s + account;
}

QString newName(const QString &account, const QString &collection, const QString &prefix)
{
    static constexpr char kAlphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix + u'_';
    for (int i = 0; i < 24; ++i)
        id += QChar::fromLatin1(kAlphabet[QRandomGenerator::global()->bounded(62)]);
    return u"%1/%2/%3"_s.arg(accountName(account), collection, id);
}

QString shortId(const QString &name)
{
    return name.section(u'/', -1);
}

std::optional<FieldError> readIntentCreate(const QJsonObject &body, const QString &account,
                                           IntentRequest &out)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    PaymentIntent &intent = out.intent;
    const auto total = amount(reader, body, u"amount"_s, FieldReader::Required);
    intent.amount = total.value_or(0);
    intent.currency = currency(reader, u"currency"_s, FieldReader::Required).value_or(QString());
    intent.paymentMethod =
        reference(reader, u"payment_method"_s, account, u"payment-methods"_s, u"pm_123"_s)
            .value_or(QString());
    intent.customer =
        reference(reader, u"customer"_s, account, u"customers"_s, u"cus_123"_s).value_or(QString());
    out.confirm = reader.boolean(u"confirm"_s).value_or(false);
    intent.device =
        reference(reader, u"device"_s, account, u"devices"_s, u"dvc_123"_s).value_or(QString());
    // Ignored, as the reference says, whatever its shape; only its type is checked.
    reader.object(u"payment_method_data"_s);
    readTransfers(reader, account, total, intent.transfers);
    intent.setupFutureUsage =
        reader.choice(u"setup_future_usage"_s, {u"OFF_SESSION"_s}).value_or(QString());
    intent.metadata = metadata(reader, u"metadata"_s);

    if (!intent.device.isEmpty() && !out.confirm) {
        reader.fail(u"device"_s, u"requires"_s,
                    u"device is only used with confirm: true, which starts the payment on the "
                    "terminal"_s);
    }
    if (out.confirm && intent.device.isEmpty() && intent.paymentMethod.isEmpty()) {
        reader.fail(u"payment_method"_s, u"required"_s,
                    u"payment_method is required when confirm is true, unless device is set"_s);
    }
    if (!intent.setupFutureUsage.isEmpty() && intent.customer.isEmpty()) {
        reader.fail(u"setup_future_usage"_s, u"requires"_s,
                    u"setup_future_usage needs customer: the payment method is saved on the "
                    "intent's customer"_s);
    }
    return error;
}

std::optional<FieldError> readCustomerCreate(const QJsonObject &body, Customer &out)
{
    std::optional<FieldError> error;
    FieldReader root(body, error);
    const auto wrapped = root.object(u"customer"_s, FieldReader::Required);
    if (!wrapped)
        return error;
    FieldReader reader = root.nested(*wrapped, u"customer"_s);
    out.fullName =
        reader.string(u"full_name"_s, FieldReader::Optional, kMaxFullName).value_or(QString());
    if (!reader.failed() && reader.has(u"full_name"_s) && out.fullName.trimmed().isEmpty()) {
        reader.fail(reader.path(u"full_name"_s), u"minLength"_s,
                    u"%1 must not be empty"_s.arg(reader.path(u"full_name"_s)));
    }
    out.email = reader.email(u"email"_s).value_or(QString());
    out.phone = reader.string(u"phone"_s, FieldReader::Optional, 16).value_or(QString());
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{1,14}$"_s);
    if (!reader.failed() && !out.phone.isEmpty() && !e164.match(out.phone).hasMatch()) {
        reader.fail(
            reader.path(u"phone"_s), u"format"_s,
            u"%1 must be in E.164 form, such as +442071838750"_s.arg(reader.path(u"phone"_s)));
    }
    if (const auto address = reader.object(u"address"_s)) {
        const QString field = reader.path(u"address"_s);
        if (address->size() > kMaxAddressFields) {
            reader.fail(
                field, u"maxProperties"_s,
                u"%1 must have at most %2 fields"_s.arg(field, QString::number(kMaxAddressFields)));
        }
        FieldReader lines = reader.nested(*address, u"address"_s);
        for (auto it = address->constBegin(); it != address->constEnd() && !lines.failed(); ++it)
            lines.string(it.key(), FieldReader::Optional, kMaxAddressValue);
        out.address = *address;
    }
    out.metadata = metadata(reader, u"metadata"_s);
    return error;
}

std::optional<FieldError> readSessionCreate(const QJsonObject &body, CheckoutSession &out)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    out.amount = amount(reader, body, u"amount"_s, FieldReader::Required).value_or(0);
    out.currency = currency(reader, u"currency"_s, FieldReader::Required).value_or(QString());
    out.clientReferenceId =
        reader.string(u"client_reference_id"_s, FieldReader::Optional, kMaxClientReferenceId)
            .value_or(QString());
    out.successUrl = reader.uri(u"success_url"_s).value_or(QString());
    out.cancelUrl = reader.uri(u"cancel_url"_s).value_or(QString());
    out.metadata = metadata(reader, u"metadata"_s);
    return error;
}

std::optional<FieldError> readRefundCreate(const QJsonObject &body, const QString &account,
                                           Refund &out)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    out.charge =
        reference(reader, u"charge"_s, account, u"charges"_s, u"ch_123"_s).value_or(QString());
    if (!reader.failed() && out.charge.isEmpty())
        reader.fail(u"charge"_s, u"required"_s, u"charge is required: a refund is of a charge"_s);
    out.amount = amount(reader, body, u"amount"_s, FieldReader::Optional, true).value_or(0);
    out.reason =
        reader.choice(u"reason"_s, {u"FRAUD"_s, u"CUSTOMER_REQUEST"_s}).value_or(QString());
    out.description =
        reader.string(u"description"_s, FieldReader::Optional, kMaxDescription).value_or(QString());
    out.metadata = metadata(reader, u"metadata"_s);
    return error;
}

std::optional<FieldError> readListRequest(const QJsonObject &body, const QString &account,
                                          bool customerFilter, ListRequest &out)
{
    std::optional<FieldError> error;
    FieldReader reader(body, error);
    // proto3 JSON takes an int32 as a number or as a string of digits.
    const QJsonValue size = body.value(u"page_size"_s);
    if (size.isString()) {
        bool isNumber = false;
        const int parsed = size.toString().toInt(&isNumber);
        if (!isNumber)
            reader.fail(u"page_size"_s, u"type"_s, u"page_size must be an integer"_s);
        else if (parsed < 0)
            reader.fail(u"page_size"_s, u"minimum"_s, u"page_size must not be negative"_s);
        out.pageSize = parsed;
    } else if (!size.isUndefined()) {
        out.pageSize = int(reader
                               .integer(u"page_size"_s, FieldReader::Optional,
                                        FieldReader::between(0, 2'147'483'647))
                               .value_or(0));
    } else {
        out.pageSize = 0;
    }
    if (out.pageSize == 0)
        out.pageSize = kDefaultPageSize;
    out.pageSize = std::min(out.pageSize, kMaxPageSize);
    out.pageToken = reader.string(u"page_token"_s, FieldReader::Optional, 1000).value_or(QString());
    if (customerFilter) {
        out.customer = reference(reader, u"customer"_s, account, u"customers"_s, u"cus_123"_s)
                           .value_or(QString());
    }
    return error;
}

std::optional<FieldError> checkIdempotencyKey(const QByteArray &key)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9._:+/=-]+$"_s);
    const QString field = u"Idempotency-Key"_s;
    if (key.size() > kMaxIdempotencyKey) {
        return FieldError{
            field, u"maxLength"_s,
            u"The Idempotency-Key header must be at most %1 characters; this one "
            "has %2"_s.arg(QString::number(kMaxIdempotencyKey), QString::number(key.size()))};
    }
    if (!allowed.match(QString::fromLatin1(key)).hasMatch()) {
        return FieldError{field, u"format"_s,
                          u"The Idempotency-Key header may hold only letters, digits and "
                          "._:+/=- (a UUID is recommended)"_s};
    }
    return std::nullopt;
}

} // namespace paydesk::sandbox::synaptopay
