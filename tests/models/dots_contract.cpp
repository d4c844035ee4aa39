#include "dots_contract.h"

#include "models/drafts.h"

#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QString unquoted(QString text)
{
    if (text.size() >= 2 && (text.startsWith(QLatin1Char('"')) || text.startsWith('\'')))
        return text.mid(1, text.size() - 2);
    return text;
}

bool isBlank(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'));
}

QString typeNameOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QCborValue::fromJsonValue(value).isInteger() ? QStringLiteral("integer")
                                                            : QStringLiteral("number");
    if (value.isString())
        return QStringLiteral("string");
    if (value.isBool())
        return QStringLiteral("boolean");
    if (value.isObject())
        return QStringLiteral("object");
    if (value.isArray())
        return QStringLiteral("array");
    return QStringLiteral("null");
}

} // namespace

DotsContract::DotsContract(QStringList lines)
    : m_lines(std::move(lines))
{}

std::optional<DotsContract> DotsContract::load(QString *error)
{
    const QString dir =
        qEnvironmentVariable("PAYDESK_SPECS_DIR", QStringLiteral(PAYDESK_DEFAULT_SPECS_DIR));
    QFile file(dir + QStringLiteral("/dots-v2.yaml"));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the contract at \"%1\"").arg(file.fileName());
        return std::nullopt;
    }
    return DotsContract(QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')));
}

int DotsContract::indentOf(int line) const
{
    const QString &text = m_lines.at(line);
    int indent = 0;
    while (indent < text.size() && text.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

QString DotsContract::keyOf(int line) const
{
    const QString text = m_lines.at(line).trimmed();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : unquoted(text.left(colon).trimmed());
}

QString DotsContract::valueOf(int line) const
{
    const QString text = m_lines.at(line).trimmed();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : unquoted(text.mid(colon + 1).trimmed());
}

QList<int> DotsContract::children(int line) const
{
    QList<int> result;
    if (line == NotFound)
        return result;
    const int parentIndent = line == Root ? -1 : indentOf(line);
    int childIndent = -1;
    for (int i = line + 1; i < m_lines.size(); ++i) {
        if (isBlank(m_lines.at(i)))
            continue;
        const int indent = indentOf(i);
        if (indent <= parentIndent)
            break;
        if (childIndent < 0)
            childIndent = indent;
        if (indent == childIndent)
            result.append(i);
    }
    return result;
}

int DotsContract::child(int line, const QString &key) const
{
    for (const int candidate : children(line)) {
        if (keyOf(candidate) == key)
            return candidate;
    }
    return NotFound;
}

QStringList DotsContract::listItems(int line) const
{
    QStringList items;
    for (const int item : children(line)) {
        const QString text = m_lines.at(item).trimmed();
        if (text.startsWith(QLatin1String("- ")))
            items.append(unquoted(text.mid(2).trimmed()));
    }
    return items;
}

int DotsContract::resolved(int schema) const
{
    const int ref = child(schema, QStringLiteral("$ref"));
    if (ref == NotFound)
        return schema;
    const QString target = valueOf(ref);
    const QString prefix = QStringLiteral("#/components/schemas/");
    return target.startsWith(prefix) ? componentSchema(target.mid(prefix.size())) : NotFound;
}

int DotsContract::componentSchema(const QString &name) const
{
    return child(child(child(Root, QStringLiteral("components")), QStringLiteral("schemas")), name);
}

int DotsContract::requestSchema(const QString &path, const QString &method) const
{
    int line = child(child(Root, QStringLiteral("paths")), path);
    for (const QString &key : {method, QStringLiteral("requestBody"), QStringLiteral("content"),
                               QStringLiteral("application/json"), QStringLiteral("schema")})
        line = child(line, key);
    return line;
}

QStringList DotsContract::propertyNames(int schema) const
{
    QStringList names;
    for (const int property : children(child(resolved(schema), QStringLiteral("properties"))))
        names.append(keyOf(property));
    return names;
}

QStringList DotsContract::violations(const QJsonValue &value, int schema, const QString &path) const
{
    schema = resolved(schema);
    if (schema == NotFound)
        return {path + QStringLiteral(": no schema in the contract")};
    const QString where = path.isEmpty() ? QStringLiteral("(body)") : path;

    const int typeLine = child(schema, QStringLiteral("type"));
    QString type = typeLine == NotFound ? QString() : valueOf(typeLine);
    if (type.isEmpty() && typeLine != NotFound && !listItems(typeLine).isEmpty())
        type = listItems(typeLine).front();
    // The contract types `metadata` boolean by mistake on some requests: it is an object.
    if (path.endsWith(QLatin1String("metadata")) && type == QLatin1String("boolean"))
        type = QStringLiteral("object");

    const QString actual = typeNameOf(value);
    const bool typeOk = type.isEmpty() || actual == type ||
                        (type == QLatin1String("number") && actual == QLatin1String("integer"));
    if (!typeOk)
        return {QStringLiteral("%1: expected %2, got %3").arg(where, type, actual)};

    QStringList problems;
    const int enumLine = child(schema, QStringLiteral("enum"));
    if (enumLine != NotFound && !listItems(enumLine).contains(value.toVariant().toString()))
        problems.append(QStringLiteral("%1: \"%2\" is not in the enum %3")
                            .arg(where, value.toVariant().toString(),
                                 listItems(enumLine).join(QLatin1Char(','))));

    if (const int format = child(schema, QStringLiteral("format")); format != NotFound) {
        const QString text = value.toString();
        const QString name = valueOf(format);
        const bool ok = (name == QLatin1String("uuid") && paydesk::rules::isUuid(text)) ||
                        (name == QLatin1String("email") && paydesk::rules::isEmail(text)) ||
                        (name == QLatin1String("uri") && paydesk::rules::isHttpUrl(text)) ||
                        (name != QLatin1String("uuid") && name != QLatin1String("email") &&
                         name != QLatin1String("uri"));
        if (!ok)
            problems.append(QStringLiteral("%1: \"%2\" is not a %3").arg(where, text, name));
    }

    if (actual == QLatin1String("integer")) {
        const qint64 number = value.toInteger();
        const auto bound = [&](const char *key) -> std::optional<qint64> {
            const int line = child(schema, QLatin1String(key));
            return line == NotFound ? std::nullopt
                                    : std::optional<qint64>(valueOf(line).toLongLong());
        };
        if (const auto min = bound("minimum"); min && number < *min)
            problems.append(QStringLiteral("%1: %2 is below %3").arg(where).arg(number).arg(*min));
        if (const auto max = bound("maximum"); max && number > *max)
            problems.append(QStringLiteral("%1: %2 is above %3").arg(where).arg(number).arg(*max));
        if (const auto min = bound("exclusiveMinimum"); min && number <= *min)
            problems.append(
                QStringLiteral("%1: %2 is not above %3").arg(where).arg(number).arg(*min));
    }

    if (actual == QLatin1String("object")) {
        const QJsonObject object = value.toObject();
        // An object schema without properties (metadata) takes any keys.
        const int properties = child(schema, QStringLiteral("properties"));
        for (auto it = object.constBegin(); properties != NotFound && it != object.constEnd();
             ++it) {
            const QString childPath = path.isEmpty() ? it.key() : path + '.' + it.key();
            const int property = child(properties, it.key());
            if (property == NotFound)
                problems.append(childPath + QStringLiteral(": not a property the contract takes"));
            else
                problems += violations(it.value(), property, childPath);
        }
        if (const int required = child(schema, QStringLiteral("required")); required != NotFound) {
            for (const QString &key : listItems(required)) {
                if (!object.contains(key))
                    problems.append(QStringLiteral("%1: required %2 is missing").arg(where, key));
            }
        }
    }

    if (actual == QLatin1String("array")) {
        const QJsonArray array = value.toArray();
        const int items = child(schema, QStringLiteral("items"));
        for (qsizetype i = 0; items != NotFound && i < array.size(); ++i)
            problems += violations(array.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return problems;
}
