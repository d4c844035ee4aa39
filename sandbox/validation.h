// Request body validation against the contract (dots-v2.yaml): required fields, types, enums,
// ranges and formats. Every problem becomes one FieldError naming the field (as a path such as
// "line_items[0].quantity") and the rule it breaks, in JSON Schema's words where there is one.
#pragma once

#include "sandbox/resources.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace paydesk::sandbox {

struct FieldError
{
    QString field;
    QString rule;
    QString message; // a sentence naming the field and the rule
};

// The longest each string field may be, in characters (paydesk-sandbox(1) lists them). A longer
// one is refused with a 400 naming the field, rule "maxLength".
namespace MaxLength {
inline constexpr qsizetype kDefault = 500; // any string field not listed below
inline constexpr qsizetype kDescription = 1000;
inline constexpr qsizetype kName = 100; // first, middle and last names, product names
inline constexpr qsizetype kBusinessName = 200;
inline constexpr qsizetype kEmail = 254;
inline constexpr qsizetype kUrl = 2048;
inline constexpr qsizetype kCountryCode = 10;
inline constexpr qsizetype kPhoneNumber = 30;
inline constexpr qsizetype kCountry = 60;
inline constexpr qsizetype kCity = 100;
inline constexpr qsizetype kState = 60;
inline constexpr qsizetype kPostcode = 20;
inline constexpr qsizetype kAddressLine = 100;
inline constexpr qsizetype kClientReferenceId = 200;
inline constexpr qsizetype kMetadataKey = 40;
inline constexpr qsizetype kMetadataValue = 500;
inline constexpr qsizetype kMetadataKeys = 50; // keys in one metadata object
} // namespace MaxLength

// Checks a JSON body's text for what QJsonDocument lets through: a raw (unescaped) control
// character such as NUL inside a string, and a key repeated in one object (QJsonDocument keeps
// the last). The problem names the field as a path ("metadata.order_id"), rule
// "control-character" or "duplicate-key". Text that is not JSON at all passes: QJsonDocument's
// own parse reports it. A plain function of the bytes, for fuzzers.
std::optional<FieldError> checkJsonText(const QByteArray &body);

// Reads the fields of one JSON object, keeping the first problem found. Once there is one, the
// remaining reads return nothing, so a parser reads straight through and checks once at the end.
class FieldReader
{
public:
    enum Presence
    {
        Optional,
        Required,
    };

    struct IntegerRange
    {
        std::optional<qint64> exclusiveMinimum;
        std::optional<qint64> minimum;
        std::optional<qint64> maximum;
    };
    static IntegerRange positive() { return {0, std::nullopt, std::nullopt}; }
    static IntegerRange atLeast(qint64 minimum) { return {std::nullopt, minimum, std::nullopt}; }
    static IntegerRange between(qint64 minimum, qint64 maximum)
    {
        return {std::nullopt, minimum, maximum};
    }

    FieldReader(const QJsonObject &object, std::optional<FieldError> &error, QString prefix = {});

    // A reader for an object found in this one, reporting into the same error.
    FieldReader nested(const QJsonObject &object, const QString &name) const
    {
        return FieldReader(object, m_error, path(name));
    }

    bool has(const QString &name) const { return m_object.contains(name); }
    // The field's path as error messages show it.
    QString path(const QString &name) const;
    void fail(const QString &fieldPath, const QString &rule, const QString &message);
    bool failed() const { return m_error.has_value(); }

    std::optional<QString> string(const QString &name, Presence presence = Optional,
                                  qsizetype maxLength = MaxLength::kDefault);
    std::optional<QString> uuid(const QString &name, Presence presence = Optional);
    std::optional<QString> email(const QString &name, Presence presence = Optional);
    std::optional<QString> uri(const QString &name, Presence presence = Optional);
    // An object of the client's own keys and values, within the MaxLength::kMetadata* limits.
    std::optional<QJsonObject> metadata(const QString &name);
    std::optional<QString> choice(const QString &name, const QStringList &allowed,
                                  Presence presence = Optional);
    std::optional<qint64> integer(const QString &name, Presence presence, IntegerRange range);
    std::optional<double> number(const QString &name, double minimum, double maximum);
    std::optional<bool> boolean(const QString &name);
    std::optional<QJsonObject> object(const QString &name, Presence presence = Optional);
    std::optional<QJsonArray> array(const QString &name, Presence presence = Optional);
    // JSON Schema's additionalProperties: false.
    void rejectUnknownFields(const QStringList &known);

private:
    // The field's value when it is there and no problem was found yet; a missing required field
    // is the problem.
    std::optional<QJsonValue> present(const QString &name, Presence presence);

    QJsonObject m_object;
    std::optional<FieldError> &m_error;
    QString m_prefix;
};

// A list's query parameters: limit 1..100 (default 10), starting_after, ending_before.
std::optional<FieldError> readPageQuery(const QUrlQuery &query, int defaultLimit, PageQuery &out);

// The create bodies. Each fills the record's client-given fields; the caller adds ids, times and
// the checks that need the store (existence, ownership, state).
struct IntentDraft
{
    PaymentIntent intent;
    bool confirm = false;
};
std::optional<FieldError> readIntentCreate(const QJsonObject &body, IntentDraft &out);
std::optional<FieldError> readIntentConfirm(const QJsonObject &body, QString &paymentMethodId);
std::optional<FieldError> readCustomerCreate(const QJsonObject &body, Customer &out);

struct SessionDraft
{
    CheckoutSession session;
    qint64 expiresInSeconds = 10800;
};
std::optional<FieldError> readSessionCreate(const QJsonObject &body, SessionDraft &out);
std::optional<FieldError> readRefundCreate(const QJsonObject &body, Refund &out);

} // namespace paydesk::sandbox
