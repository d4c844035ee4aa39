#include "itemmodel_fixtures.h"
#include "models/customer_filter_model.h"
#include "models/payment_intent_table_model.h"

#include <QSignalSpy>
#include <QTest>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

using Fixture = ProxyUnderTest<CustomerTableModel, CustomerFilterModel>;

QList<Customer> sampleCustomers()
{
    Customer ada = customer(QStringLiteral("cus_ada"), QStringLiteral("Ada"),
                            QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"));
    ada.countryCode = QStringLiteral("44");
    ada.phoneNumber = QStringLiteral("+44 20 7946 0000");
    Address london;
    london.line1 = QStringLiteral("12 Marylebone Road");
    london.city = QStringLiteral("London");
    london.postcode = QStringLiteral("NW1 5LR");
    london.country = QStringLiteral("GB");
    ada.address = london;
    ada.created = utc(2024, 1, 10);

    Customer acme = customer(QStringLiteral("cus_acme"), {}, {}, QStringLiteral("ap@acme.test"));
    acme.businessName = QStringLiteral("Acme Corp");
    acme.countryCode = QStringLiteral("1");
    acme.phoneNumber = QStringLiteral("2125550142");
    Address newYork;
    newYork.line1 = QStringLiteral("1 Main St");
    newYork.city = QStringLiteral("New York");
    newYork.state = QStringLiteral("NY");
    newYork.postcode = QStringLiteral("10001");
    newYork.country = QStringLiteral("US");
    acme.address = newYork;
    acme.created = utc(2024, 1, 5);
    acme.metadata.insert(QStringLiteral("tier"), QStringLiteral("gold"));

    Customer bob =
        customer(QStringLiteral("cus_bob"), QStringLiteral("Bob"), QStringLiteral("Zephyr"));
    bob.created = utc(2024, 2, 1);

    return {ada, acme, bob};
}

} // namespace

class TestCustomerModels : public QObject
{
    Q_OBJECT

private slots:
    void insertsAndUpdatesInPlace()
    {
        Fixture f;
        QSignalSpy inserted(&f.table, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);

        QCOMPARE(f.table.upsert(sampleCustomers()), (UpsertResult{3, 0, 0}));
        Customer renamed = f.table.at(2);
        renamed.lastName = QStringLiteral("Builder");
        QCOMPARE(f.table.upsert({renamed}), (UpsertResult{0, 1, 0}));
        QCOMPARE(f.table.upsert({renamed}), (UpsertResult{0, 0, 1}));

        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.table.index(2, CustomerTableModel::NameColumn).data().toString(),
                 QStringLiteral("Bob Builder"));
    }

    void displaysNamesAndCountries()
    {
        Fixture f;
        f.table.upsert(sampleCustomers());
        auto cell = [&](int row, int column) { return f.table.index(row, column); };

        QCOMPARE(cell(0, CustomerTableModel::NameColumn).data().toString(),
                 QStringLiteral("Ada Lovelace"));
        QCOMPARE(cell(1, CustomerTableModel::NameColumn).data().toString(),
                 QStringLiteral("Acme Corp"));
        QCOMPARE(cell(0, CustomerTableModel::EmailColumn).data().toString(),
                 QStringLiteral("ada@example.com"));
        QCOMPARE(cell(0, CustomerTableModel::PhoneColumn).data().toString(),
                 QStringLiteral("+44 20 7946 0000"));
        // The country is the address's, by name; never the phone's calling code.
        QCOMPARE(cell(0, CustomerTableModel::CountryColumn).data().toString(),
                 QStringLiteral("United Kingdom"));
        QCOMPARE(cell(0, CustomerTableModel::CountryColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("GB"));
        QCOMPARE(cell(1, CustomerTableModel::CountryColumn).data().toString(),
                 QStringLiteral("United States"));
        QCOMPARE(cell(2, CustomerTableModel::CountryColumn).data().toString(), QString());
        // The phone in international form, from the calling code and the number.
        QCOMPARE(cell(1, CustomerTableModel::PhoneColumn).data().toString(),
                 QStringLiteral("+1 212 555 0142"));
        QCOMPARE(f.table.csvCell(1, CustomerTableModel::PhoneColumn),
                 QStringLiteral("+1 212 555 0142"));
        Customer seven = customer(QStringLiteral("cus_7"), QStringLiteral("Sam"), {});
        seven.countryCode = QStringLiteral("1");
        seven.phoneNumber = QStringLiteral("555-0100");
        QCOMPARE(seven.internationalPhone(), QStringLiteral("+1 555 0100"));
        QCOMPARE(cell(0, CustomerTableModel::CreatedColumn)
                     .data(ResourceTableModel::RawValueRole)
                     .toDateTime(),
                 utc(2024, 1, 10));
        QCOMPARE(cell(1, CustomerTableModel::IdColumn).data(ResourceTableModel::IdRole).toString(),
                 QStringLiteral("cus_acme"));
        QVERIFY(!cell(1, 0).data(ResourceTableModel::StatusRole).isValid());
    }

    void feedsCustomerNamesToTheIntentTable()
    {
        Fixture f;
        f.table.upsert(sampleCustomers());
        ModelUnderTest<PaymentIntentTableModel> intents;
        PaymentIntent pi = intent(QStringLiteral("pi_1"), 100);
        pi.customerId = QStringLiteral("cus_acme");
        intents.model.upsert({pi});

        intents.model.setCustomerNames(f.table.displayNames());

        QCOMPARE(f.table.displayNames().size(), 3);
        QCOMPARE(intents.model.index(0, PaymentIntentTableModel::CustomerColumn).data().toString(),
                 QStringLiteral("Acme Corp"));
    }

    void filtersByTextCreatedAndId()
    {
        Fixture f;
        f.table.upsert(sampleCustomers());

        f.proxy.setText(QStringLiteral("lovelace"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cus_ada"}));
        f.proxy.setText(QStringLiteral("ACME"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cus_acme"}));
        f.proxy.setText(QStringLiteral("gold"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cus_acme"}));
        f.proxy.setText(QStringLiteral("7946"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cus_ada"}));
        f.proxy.setText(QStringLiteral("example.com ada"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cus_ada"}));
        f.proxy.clearFilter();

        f.proxy.setCreatedRange(utc(2024, 1, 6), std::nullopt);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cus_ada", "cus_bob"}));
        f.proxy.clearFilter();

        f.proxy.setCustomerId(QStringLiteral("cus_bob"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cus_bob"}));

        // Criteria customers do not have are ignored.
        ResourceFilter filter;
        filter.statuses = {QStringLiteral("succeeded")};
        filter.minAmount = 1;
        f.proxy.setFilter(filter);
        QCOMPARE(f.proxy.rowCount(), 3);
    }

    void sortsByNameAndCreated()
    {
        Fixture f;
        f.table.upsert(sampleCustomers());

        f.proxy.sort(CustomerTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cus_acme", "cus_ada", "cus_bob"}));

        f.proxy.sort(CustomerTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cus_bob", "cus_ada", "cus_acme"}));
    }
};

QTEST_GUILESS_MAIN(TestCustomerModels)
#include "tst_customer_models.moc"
