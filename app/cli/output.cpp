#include "output.h"

#include "models/csv.h"

#include <QJsonDocument>

#include <algorithm>

namespace paydesk::cli {

std::optional<OutputFormat> outputFormatFromName(const QString &name)
{
    if (name == QLatin1String("table"))
        return OutputFormat::Table;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    if (name == QLatin1String("csv"))
        return OutputFormat::Csv;
    return std::nullopt;
}

QString renderTable(const Tabular &table)
{
    QList<qsizetype> widths(table.header.size(), 0);
    const auto measure = [&](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    };
    measure(table.header);
    for (const QStringList &row : table.rows)
        measure(row);
    QString out;
    const auto line = [&](const QStringList &row) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString cell = QString(row.at(i)).replace(QLatin1Char('\n'), QLatin1Char(' '));
            text += i + 1 < row.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        out += text.trimmed() + QLatin1Char('\n');
    };
    QStringList upper;
    for (const QString &h : table.header)
        upper.append(h.toUpper());
    line(upper);
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

QString renderCsv(const Tabular &table)
{
    QString out = csv::line(table.header);
    for (const QStringList &row : table.rows)
        out += csv::line(row);
    return out;
}

QString renderRecord(const QJsonObject &object)
{
    qsizetype width = 0;
    for (auto it = object.begin(); it != object.end(); ++it)
        width = std::max(width, it.key().size());
    QString out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isNull() || v.isUndefined())
            text = QString();
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            text = v.toVariant().toString();
        out += it.key().leftJustified(width + 2) + text + QLatin1Char('\n');
    }
    return out;
}

} // namespace paydesk::cli
