#include "models/metadata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace paydesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Metadata)
};

// Limits count characters as people do, not UTF-16 code units: an emoji is one.
int characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

} // namespace

// The defaults of MetadataLimits are SynaptoPay's documented limits; Dots documents none and
// gets the same.
MetadataLimits MetadataLimits::dots()
{
    return {QStringLiteral("Dots")};
}

MetadataLimits MetadataLimits::synaptoPay()
{
    return {QStringLiteral("SynaptoPay")};
}

namespace {

constexpr QChar PairEnd(0x1E);
constexpr QChar KeyEnd(0x1F);
constexpr QChar NotAString(0x1D);
constexpr QChar WholeJson(0x02);

bool holdsSeparator(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == PairEnd || c == KeyEnd || c == NotAString || c == WholeJson;
    });
}

QByteArray compactJsonOf(const QJsonValue &value)
{
    // Any JSON value encodes compactly as the only element of an array; the brackets come off.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

// A value as text: strings as they are, other JSON compactly encoded.
QString textOf(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    return value.isString() ? value.toString() : QString::fromUtf8(compactJsonOf(value));
}

} // namespace

void Metadata::setJson(const QJsonObject &values)
{
    if (values.isEmpty()) {
        m_packed = SharedText();
        return;
    }
    QString packed;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (holdsSeparator(key) || (value.isString() && holdsSeparator(value.toString()))) {
            m_packed =
                WholeJson + QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
            return;
        }
        if (!packed.isEmpty())
            packed += PairEnd;
        packed += key;
        packed += KeyEnd;
        if (value.isString())
            packed += value.toString();
        else
            packed += NotAString + QString::fromUtf8(compactJsonOf(value));
    }
    packed.squeeze();
    m_packed = std::move(packed);
}

QJsonObject Metadata::json() const
{
    const QString &packed = m_packed.toString();
    if (packed.isEmpty())
        return {};
    if (packed.front() == WholeJson)
        return QJsonDocument::fromJson(QStringView(packed).mid(1).toUtf8()).object();
    QJsonObject values;
    for (const QStringView pair : QStringView(packed).split(PairEnd)) {
        const qsizetype at = pair.indexOf(KeyEnd);
        const QStringView key = pair.left(at);
        const QStringView value = pair.mid(at + 1);
        if (!value.isEmpty() && value.front() == NotAString) {
            const QByteArray array = '[' + value.mid(1).toUtf8() + ']';
            values.insert(key.toString(), QJsonDocument::fromJson(array).array().at(0));
        } else {
            values.insert(key.toString(), value.toString());
        }
    }
    return values;
}

void Metadata::insert(const QString &key, const QString &value)
{
    QJsonObject values = json();
    values.insert(key, value);
    setJson(values);
}

void Metadata::remove(const QString &key)
{
    QJsonObject values = json();
    values.remove(key);
    setJson(values);
}

QString Metadata::text(const QString &key) const
{
    return textOf(json().value(key));
}

QString Metadata::searchText() const
{
    const QJsonObject values = json();
    QStringList parts;
    parts.reserve(values.size() * 2);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        parts.append(it.key());
        parts.append(textOf(it.value()));
    }
    return parts.join(QLatin1Char(' ')).toLower();
}

ValidationResult Metadata::validate(const MetadataLimits &limits, const QString &fieldPrefix,
                                    int reservedKeys) const
{
    ValidationResult result;
    const int allowed = limits.maxKeys - reservedKeys;
    if (size() > allowed) {
        result.add(fieldPrefix,
                   reservedKeys > 0
                       ? Text::tr("Metadata can have at most %1 keys: the limit is %2, and "
                                  "Paydesk keeps %3 for itself.")
                             .arg(allowed)
                             .arg(limits.maxKeys)
                             .arg(reservedKeys)
                       : Text::tr("Metadata can have at most %1 keys.").arg(allowed));
    }
    const QJsonObject values = json();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &key = it.key();
        const QString field = fieldPrefix + QLatin1Char('.') + key;
        if (key.trimmed().isEmpty()) {
            result.add(fieldPrefix, Text::tr("Every metadata value needs a key."));
        } else if (key != key.trimmed()) {
            result.add(field,
                       Text::tr("The metadata key “%1” starts or ends with a space.").arg(key));
        } else if (key == QLatin1String(RequestIdMetadataKey)) {
            result.add(field, Text::tr("The metadata key “%1” is reserved for Paydesk: choose "
                                       "another key.")
                                  .arg(key));
        } else if (characterCount(key) > limits.maxKeyLength) {
            result.add(field, Text::tr("The metadata key “%1” is longer than %2 characters.")
                                  .arg(key)
                                  .arg(limits.maxKeyLength));
        }
        if (characterCount(textOf(it.value())) > limits.maxValueLength) {
            result.add(field, Text::tr("The value of the metadata key “%1” is longer than %2 "
                                       "characters.")
                                  .arg(key)
                                  .arg(limits.maxValueLength));
        }
    }
    return result;
}

} // namespace paydesk
