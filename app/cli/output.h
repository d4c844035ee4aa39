#pragma once

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

Tabular tabulate(const QList<Customer> &customers);
Tabular tabulate(const QList<PaymentIntent> &intents);
Tabular tabulate(const QList<CheckoutSession> &sessions);
Tabular tabulate(const QList<PaymentMethod> &methods);
Tabular tabulate(const QList<Refund> &refunds);

// Columns padded to their widest cell, for people.
QString renderTable(const Tabular &table);
// A header row and one line per row, as csv::line() writes them (RFC 4180).
QString renderCsv(const Tabular &table);
// One object as "key  value" lines, for `get` and `create` in table format.
QString renderRecord(const QJsonObject &object);

} // namespace paydesk::cli
