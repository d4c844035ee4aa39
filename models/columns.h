#pragma once

#include "models/resources.h"
#include "models/sort_key.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <span>

// What a resource's columns are, said once per resource (models/columns_*.cpp): the header, the
// text shown, the value sorted by, the tooltip, the console's CSV cell and what paydesk-cli
// prints. The table models, their sort/filter proxies, the console's CSV export and paydesk-cli
// all read these specs, so a new column is one entry in one list.

namespace paydesk {

// What a column reads beside the object itself.
struct ColumnContext
{
    QLocale locale;
    // Customer id -> the customer's name, where the table knows the names; null otherwise.
    const QHash<QString, QString> *customerNames = nullptr;
    // Payment method id -> what people recognise it by ("visa •••• 4242"), where known.
    const QHash<QString, QString> *paymentMethodNames = nullptr;

    // `when` in local time, written the locale's way; empty when it is not valid.
    QString date(const QDateTime &when, QLocale::FormatType format) const
    {
        return when.isValid() ? locale.toString(when.toLocalTime(), format) : QString();
    }
    // The customer's name, or an empty string when it is not known.
    QString customerName(const QString &customerId) const
    {
        return customerNames ? customerNames->value(customerId) : QString();
    }
    // The payment method's name, or an empty string when it is not known.
    QString paymentMethodName(const QString &paymentMethodId) const
    {
        return paymentMethodNames ? paymentMethodNames->value(paymentMethodId) : QString();
    }
};

template <typename T>
struct ColumnSpec
{
    using Text = QString (*)(const T &, const ColumnContext &);

    // The machine name: paydesk-cli's header for it; stable and never translated.
    const char *key;
    // The table's header, translated in the resource's context; null for a column only
    // paydesk-cli prints.
    const char *title = nullptr;
    Text display = nullptr;
    SortKey (*sortKey)(const T &, const ColumnContext &) = nullptr;
    // The value behind the text (ResourceTableModel::RawValueRole): minor units, a QDateTime, the
    // raw status string.
    QVariant (*raw)(const T &, const ColumnContext &) = nullptr;
    Text toolTip = nullptr; // null: no tooltip
    Text csv = nullptr;     // the console's CSV cell; null: the text shown
    // What paydesk-cli prints: ISO 8601 in UTC, decimal amounts, codes as the server sent them.
    QString (*plain)(const T &) = nullptr;
    bool rightAligned = false;
};

template <typename T>
struct ResourceColumns
{
    const char *context;                // the translation context of the titles and tooltips
    std::span<const ColumnSpec<T>> all; // the table's columns in its order, then paydesk-cli's own
    std::span<const char *const> cli;   // the keys paydesk-cli prints, in its order

    int size() const { return int(all.size()); }
    QString title(int column) const
    {
        return QCoreApplication::translate(context, all[column].title);
    }
    const ColumnSpec<T> *find(QLatin1String key) const
    {
        for (const ColumnSpec<T> &spec : all)
            if (key == QLatin1String(spec.key))
                return &spec;
        return nullptr;
    }
};

// The table's columns come first, in the order of each table model's Column enum.
const ResourceColumns<PaymentIntent> &paymentIntentColumns();
const ResourceColumns<CheckoutSession> &checkoutSessionColumns();
const ResourceColumns<Customer> &customerColumns();
// Columns paydesk-cli prints only.
const ResourceColumns<PaymentMethod> &paymentMethodColumns();
const ResourceColumns<Refund> &refundColumns();
const ResourceColumns<Device> &deviceColumns();

namespace columns {
// Shared cell writers.
QString isoUtc(const QDateTime &time); // paydesk-cli: ISO 8601 in UTC, ms only when there are some
QString isoLocal(const QDateTime &time); // the console's CSV: ISO 8601, local time and offset
QString decimal(const std::optional<Money> &money);
QString currency(const std::optional<Money> &money);
} // namespace columns

} // namespace paydesk
