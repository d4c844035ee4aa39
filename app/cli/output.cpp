#include "output.h"

#include "models/csv.h"

#include <QJsonDocument>

#include <algorithm>

namespace paydesk::cli {

namespace {

QString amountText(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() : QString();
}

QString currencyText(const std::optional<Money> &money)
{
    return money ? money->currency() : QString();
}

QString timeText(const QDateTime &time)
{
    // ISO 8601 in UTC, milliseconds only where there are some: what scripts parse.
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace

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

Tabular tabulate(const QList<Customer> &customers)
{
    Tabular t{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
               QStringLiteral("phone"), QStringLiteral("country"), QStringLiteral("created")},
              {}};
    for (const Customer &c : customers)
        t.rows.append(
            {c.id, c.displayName(), c.email, c.phoneNumber, c.countryCode, timeText(c.created)});
    return t;
}

Tabular tabulate(const QList<PaymentIntent> &intents)
{
    Tabular t{{QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("amount"),
               QStringLiteral("currency"), QStringLiteral("status"), QStringLiteral("customer_id"),
               QStringLiteral("description")},
              {}};
    for (const PaymentIntent &i : intents)
        t.rows.append({i.id, timeText(i.created), i.amount.toDecimalString(), i.amount.currency(),
                       i.status.raw(), i.customerId, i.description});
    return t;
}

Tabular tabulate(const QList<CheckoutSession> &sessions)
{
    Tabular t{{QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("amount_total"),
               QStringLiteral("currency"), QStringLiteral("customer"),
               QStringLiteral("client_reference_id"), QStringLiteral("expiry"),
               QStringLiteral("url")},
              {}};
    for (const CheckoutSession &s : sessions)
        t.rows.append({s.id, s.status.raw(), amountText(s.amountTotal), currencyText(s.amountTotal),
                       s.customerEmail.isEmpty() ? s.customerId : s.customerEmail,
                       s.clientReferenceId, timeText(s.expiry), s.url});
    return t;
}

Tabular tabulate(const QList<PaymentMethod> &methods)
{
    Tabular t{{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("brand"),
               QStringLiteral("last4"), QStringLiteral("description")},
              {}};
    for (const PaymentMethod &m : methods)
        t.rows.append({m.id, m.type, m.brand, m.last4, m.description});
    return t;
}

Tabular tabulate(const QList<Refund> &refunds)
{
    Tabular t{{QStringLiteral("id"), QStringLiteral("payment_intent_id"), QStringLiteral("amount"),
               QStringLiteral("currency"), QStringLiteral("reason"), QStringLiteral("status"),
               QStringLiteral("created")},
              {}};
    for (const Refund &r : refunds)
        t.rows.append({r.id, r.paymentIntentId, amountText(r.amount), currencyText(r.amount),
                       r.reason, r.status, timeText(r.created)});
    return t;
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
