#pragma once

#include "models/fields.h"
#include "models/validation.h"

#include <QJsonObject>
#include <QString>

namespace paydesk {

// What a provider lets a caller attach as metadata. Dots documents no limits, so it gets the
// same conservative limits as SynaptoPay (the stricter known provider): a console that works
// within them works on both.
struct MetadataLimits
{
    QString provider;
    int maxKeys = 50;
    int maxKeyLength = 40;
    int maxValueLength = 500;

    static MetadataLimits dots();
    static MetadataLimits synaptoPay();
};

// The key Paydesk writes into every create so it can find out whether a create whose answer
// was lost reached the server (the APIs have no idempotency keys for these objects).
inline constexpr char RequestIdMetadataKey[] = "paydesk_request_id";

// Key/value pairs attached to an object. Values the server sends may be any JSON (kept as they
// came); values a person types are strings.
class Metadata
{
public:
    Metadata() = default;
    explicit Metadata(const QJsonObject &values)
        : m_values(values)
    {}

    bool isEmpty() const { return m_values.isEmpty(); }
    int size() const { return int(m_values.size()); }
    QStringList keys() const { return m_values.keys(); }
    bool contains(const QString &key) const { return m_values.contains(key); }
    // The value as text: strings as they are, other JSON compactly encoded.
    QString text(const QString &key) const;
    void insert(const QString &key, const QString &value) { m_values.insert(key, value); }
    void remove(const QString &key) { m_values.remove(key); }

    const QJsonObject &json() const { return m_values; }

    // Every key and value as one lower-case string for free-text search.
    QString searchText() const;

    // Checks the pairs a person entered against a provider's limits. `reservedKeys` keys that
    // Paydesk adds itself count toward the key limit; RequestIdMetadataKey may never be typed.
    // Lengths count characters, not UTF-16 code units. Errors are reported on `fieldPrefix` +
    // "." + key, or on `fieldPrefix` itself for the count and for an empty key.
    ValidationResult validate(const MetadataLimits &limits,
                              const QString &fieldPrefix = field::Metadata,
                              int reservedKeys = 1) const;

    friend bool operator==(const Metadata &, const Metadata &) = default;

private:
    QJsonObject m_values;
};

} // namespace paydesk
