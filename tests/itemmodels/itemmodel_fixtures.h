#pragma once

#include "models/resource_table_model.h"
#include "models/resources.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// Small builders for the item model suites. Each suite creates its models and their
// QAbstractItemModelTesters together (ModelUnderTest below), so every signal a test provokes is
// checked by the tester for the whole test.

namespace paydesk::testing {

inline QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

inline PaymentIntent intent(const QString &id, qint64 minorUnits,
                            const QString &currency = QStringLiteral("USD"),
                            const QString &status = QStringLiteral("succeeded"))
{
    PaymentIntent result;
    result.id = id;
    result.amount = Money(minorUnits, currency);
    result.status = IntentStatus(status);
    result.created = utc(2024, 3, 1);
    return result;
}

inline CheckoutSession session(const QString &id, const QString &status = QStringLiteral("open"))
{
    CheckoutSession result;
    result.id = id;
    result.status = CheckoutStatus(status);
    result.url = QStringLiteral("https://pay.example.com/c/") + id;
    result.created = utc(2024, 3, 1);
    result.expiry = utc(2024, 3, 2);
    return result;
}

inline Customer customer(const QString &id, const QString &firstName, const QString &lastName,
                         const QString &email = {})
{
    Customer result;
    result.id = id;
    result.firstName = firstName;
    result.lastName = lastName;
    result.email = email;
    result.created = utc(2024, 1, 1);
    return result;
}

inline QStringList idsInOrder(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ResourceTableModel::IdRole).toString());
    return ids;
}

// A model and its tester, created together and destroyed tester first.
template <typename Model>
struct ModelUnderTest
{
    Model model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

// A table model, a filter proxy over it, and a tester for each.
template <typename Table, typename Proxy>
struct ProxyUnderTest
{
    ProxyUnderTest() { proxy.setSourceModel(&table); }

    Table table;
    QAbstractItemModelTester tableTester{&table,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal};
    Proxy proxy;
    QAbstractItemModelTester proxyTester{&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace paydesk::testing
