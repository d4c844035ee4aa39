#include "models/csv.h"

namespace paydesk::csv {

namespace {

bool looksLikeNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

} // namespace

QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                             first == QLatin1Char('-') || first == QLatin1Char('@') ||
                             first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (formula && !looksLikeNumber(value))
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString line(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += field(fields.at(i));
    }
    out += QLatin1String("\r\n");
    return out;
}

} // namespace paydesk::csv
