#pragma once

#include "models/fields.h"
#include "models/shared_text.h"
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
    explicit Metadata(const QJsonObject &values) { setJson(values); }

    bool isEmpty() const { return m_packed.isEmpty(); }
    int size() const { return int(json().size()); }
    QStringList keys() const { return json().keys(); }
    bool contains(const QString &key) const { return json().contains(key); }
    // The value as text: strings as they are, other JSON compactly encoded.
    QString text(const QString &key) const;
    void insert(const QString &key, const QString &value);
    void remove(const QString &key);

    // The pairs as a JSON object (read from the packed form each time: keep it while using it).
    QJsonObject json() const;

    // Every key and value as one lower-case string for free-text search.
    QString searchText() const;
    // Every key and value in one string, in their own case, with separators no typed word
    // contains: a case-insensitive search needs nothing built per row.
    const QString &searchable() const { return m_packed.toString(); }
    // Checks the pairs a person entered against a provider's limits. `reservedKeys` keys that
    // Paydesk adds itself count toward the key limit; RequestIdMetadataKey may never be typed.
    // Lengths count characters, not UTF-16 code units. Errors are reported on `fieldPrefix` +
    // "." + key, or on `fieldPrefix` itself for the count and for an empty key.
    ValidationResult validate(const MetadataLimits &limits,
                              const QString &fieldPrefix = field::Metadata,
                              int reservedKeys = 1) const;

    friend bool operator==(const Metadata &a, const Metadata &b)
    {
        return a.m_packed == b.m_packed;
    }

private:
    void setJson(const QJsonObject &values);

    // "key\x1Fvalue\x1Ekey\x1Fvalue" behind one pointer, nothing when empty; a value that is
    // not a string is its compact JSON after \x1D. A QJsonObject of two short pairs takes about
    // 370 bytes; packed they take about 150, and a row without metadata 8. Keys or values that
    // hold those separators make the whole object its compact JSON after \x02.
    SharedText m_packed;
};

} // namespace paydesk
