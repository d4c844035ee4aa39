#include "network/server_words.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace paydesk {

namespace {

// Server text is shown to a person: one line, and never a page of it.
constexpr qsizetype MaxShownLength = 300;

QString shown(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > MaxShownLength ? simple.left(MaxShownLength - 1) + QChar(0x2026)
                                          : simple;
}

// "invalid-input", "resource_busy", "INVALID_ARGUMENT", "forbidden": a token, not a sentence.
bool looksLikeCode(const QString &text)
{
    static const QRegularExpression token(
        QStringLiteral("^[A-Za-z][A-Za-z0-9]*([-_.:][A-Za-z0-9]+)*$"));
    return text.size() <= 64 && token.match(text).hasMatch();
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"message", "detail", "msg", "description"})
            if (const QString text = textOf(object.value(QLatin1String(key))); !text.isEmpty())
                return text;
    }
    return {};
}

QString codeOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString();
    return {};
}

// One spelling for a field path, whichever the server used: "line_items.0.quantity" and the JSON
// pointer "/line_items/0/quantity" both become "line_items[0].quantity". A metadata key is a key,
// even when it is a number.
QString normalizedPath(const QString &text)
{
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1Char('#')))
        rest.remove(0, 1);
    QChar separator = QLatin1Char('.');
    if (rest.startsWith(QLatin1Char('/'))) {
        separator = QLatin1Char('/');
        rest.remove(0, 1);
    }
    QString path;
    QString previous;
    for (QString part : rest.split(separator)) {
        if (separator == QLatin1Char('/'))
            part.replace(QLatin1String("~1"), QLatin1String("/"))
                .replace(QLatin1String("~0"), QLatin1String("~"));
        bool isIndex = false;
        part.toLongLong(&isIndex);
        if (isIndex && !path.isEmpty() && previous != QLatin1String("metadata")) {
            path += QLatin1Char('[') + part + QLatin1Char(']');
        } else {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += part;
        }
        previous = part;
    }
    return path;
}

// `loc` (a list of path parts, after where the field was) or a field name.
QString fieldOf(const QJsonValue &value)
{
    if (value.isString())
        return normalizedPath(value.toString());
    if (!value.isArray())
        return {};
    QString path;
    const QJsonArray parts = value.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QJsonValue part = parts.at(i);
        // FastAPI's `loc` starts with where the field was: the body, the query, the path.
        if (i == 0 && parts.size() > 1 &&
            (part == QLatin1String("body") || part == QLatin1String("query") ||
             part == QLatin1String("path")))
            continue;
        if (part.isDouble()) {
            path += QStringLiteral("[%1]").arg(part.toInteger());
        } else if (part.isString()) {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += part.toString();
        }
    }
    return path;
}

QString firstOf(const QJsonObject &object, std::initializer_list<const char *> keys,
                QString (*read)(const QJsonValue &))
{
    for (const char *key : keys)
        if (const QString text = read(object.value(QLatin1String(key))); !text.isEmpty())
            return text;
    return {};
}

void readErrorList(const QJsonValue &errors, QList<FieldError> *fields, QStringList *loose)
{
    if (errors.isArray()) {
        for (const QJsonValue &entry : errors.toArray()) {
            if (entry.isString()) {
                loose->append(entry.toString());
                continue;
            }
            const QJsonObject object = entry.toObject();
            const QString field =
                firstOf(object, {"field", "param", "path", "loc", "pointer"}, fieldOf);
            const QString message = textOf(object);
            if (field.isEmpty()) {
                if (!message.isEmpty())
                    loose->append(message);
            } else {
                fields->append({field, shown(message)});
            }
        }
    } else if (errors.isObject()) {
        // {"amount": ["must be positive", ...], "currency": "is not supported"}
        const QJsonObject object = errors.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QStringList messages;
            if (it.value().isArray()) {
                for (const QJsonValue &m : it.value().toArray())
                    if (const QString text = textOf(m); !text.isEmpty())
                        messages << text;
            } else if (const QString text = textOf(it.value()); !text.isEmpty()) {
                messages << text;
            }
            fields->append({normalizedPath(it.key()), shown(messages.join(QStringLiteral("; ")))});
        }
    }
}

} // namespace

ServerWords serverWords(const QJsonDocument &json, bool jsonValid, const QByteArray &body)
{
    ServerWords words;
    if (!jsonValid || !json.isObject()) {
        if (!jsonValid && !body.isEmpty()) {
            const QString text = QString::fromUtf8(body.left(4096));
            words.message = shown(text.section(QLatin1Char('\n'), 0, 0));
        }
        return words;
    }
    const QJsonObject top = json.object();
    const QJsonValue errorValue = top.value(QLatin1String("error"));
    const QJsonObject inner = errorValue.toObject();
    // The envelope may sit inside "error" or beside it; the inner one wins.
    const auto pick = [&](std::initializer_list<const char *> keys,
                          QString (*read)(const QJsonValue &)) {
        const QString found = firstOf(inner, keys, read);
        return found.isEmpty() ? firstOf(top, keys, read) : found;
    };

    QString message = pick({"message", "detail", "error_description", "msg"}, textOf);
    const QString title = pick({"title"}, textOf);
    QString code = pick({"code", "type", "reason", "status_code"}, codeOf);
    const QString field = pick({"field", "param", "path"}, fieldOf);

    QStringList loose;
    QJsonValue errors = inner.contains(QLatin1String("errors"))
                            ? inner.value(QLatin1String("errors"))
                            : top.value(QLatin1String("errors"));
    if (errors.isUndefined() && top.value(QLatin1String("detail")).isArray())
        errors = top.value(QLatin1String("detail")); // [{"loc": [...], "msg": ...}]
    readErrorList(errors, &words.fieldErrors, &loose);

    if (errorValue.isString()) {
        const QString errorText = errorValue.toString();
        // A token beside other words is a code; alone, or a sentence, it is what was said.
        const bool otherWords = !message.isEmpty() || !title.isEmpty() || !loose.isEmpty() ||
                                !words.fieldErrors.isEmpty();
        if (looksLikeCode(errorText) && otherWords) {
            if (code.isEmpty())
                code = errorText;
        } else if (message.isEmpty()) {
            message = errorText;
        }
    }
    if (message.isEmpty() && !loose.isEmpty())
        message = loose.join(QStringLiteral("; "));
    if (message.isEmpty() && !title.isEmpty())
        message = title;
    if (message.isEmpty() && !words.fieldErrors.isEmpty()) {
        QStringList parts;
        for (const FieldError &e : std::as_const(words.fieldErrors))
            parts << (e.message.isEmpty() ? e.field
                                          : QStringLiteral("%1: %2").arg(e.field, e.message));
        message = parts.join(QStringLiteral("; "));
    }
    if (!field.isEmpty()) {
        const bool listed = std::any_of(words.fieldErrors.cbegin(), words.fieldErrors.cend(),
                                        [&](const FieldError &e) { return e.field == field; });
        if (!listed)
            words.fieldErrors.prepend({field, shown(message)});
    }
    for (FieldError &e : words.fieldErrors)
        if (e.message.isEmpty())
            e.message = shown(message);
    words.message = shown(message);
    words.code = code;
    return words;
}

} // namespace paydesk
