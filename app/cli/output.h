#pragma once

#include "models/columns.h"
#include "models/resources.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::cli {

enum class OutputFormat
{
    Table,
    Json,
    Csv,
};

std::optional<OutputFormat> outputFormatFromName(const QString &name);

// Rows of text with a header, for the `table` and `csv` formats.
struct Tabular
{
    QStringList header;
    QList<QStringList> rows;
};

// The columns paydesk-cli prints for a resource, as its column spec (models/columns.h) says.
template <typename T>
Tabular tabulate(const ResourceColumns<T> &columns, const QList<T> &objects)
{
    QList<const ColumnSpec<T> *> specs;
    Tabular t;
    for (const char *key : columns.cli) {
        const ColumnSpec<T> *spec = columns.find(QLatin1String(key));
        Q_ASSERT(spec && spec->plain);
        specs.append(spec);
        t.header.append(QLatin1String(key));
    }
    t.rows.reserve(objects.size());
    for (const T &object : objects) {
        QStringList row;
        row.reserve(specs.size());
        for (const ColumnSpec<T> *spec : std::as_const(specs))
            row.append(spec->plain(object));
        t.rows.append(row);
    }
    return t;
}

inline Tabular tabulate(const QList<Customer> &customers)
{
    return tabulate(customerColumns(), customers);
}
inline Tabular tabulate(const QList<PaymentIntent> &intents)
{
    return tabulate(paymentIntentColumns(), intents);
}
inline Tabular tabulate(const QList<CheckoutSession> &sessions)
{
    return tabulate(checkoutSessionColumns(), sessions);
}
inline Tabular tabulate(const QList<PaymentMethod> &methods)
{
    return tabulate(paymentMethodColumns(), methods);
}
inline Tabular tabulate(const QList<Refund> &refunds)
{
    return tabulate(refundColumns(), refunds);
}
inline Tabular tabulate(const QList<Device> &devices)
{
    return tabulate(deviceColumns(), devices);
}

// Columns padded to their widest cell, for people.
QString renderTable(const Tabular &table);
// A header row and one line per row, as csv::line() writes them (RFC 4180).
QString renderCsv(const Tabular &table);
// One object as "key  value" lines, for `get` and `create` in table format.
QString renderRecord(const QJsonObject &object);

} // namespace paydesk::cli
