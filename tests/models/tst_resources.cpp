#include "models/resources.h"

#include <QTest>

#include <limits>

using namespace paydesk;

class TestResources : public QObject
{
    Q_OBJECT

private slots:
    void addressSingleLine();
    void addressIsEmpty();
    void customerDisplayName();
    void lineItemTotal();
    void paymentMethodDisplayName();
    void metadataText();
    void metadataSearchText();
};

void TestResources::addressSingleLine()
{
    Address address;
    address.line1 = QStringLiteral("1 Main St");
    address.city = QStringLiteral("Springfield");
    address.state = QStringLiteral("IL");
    address.postcode = QStringLiteral("62701");
    address.country = QStringLiteral("US");
    QCOMPARE(address.singleLine(), QStringLiteral("1 Main St, Springfield, IL 62701, US"));

    address.line2 = QStringLiteral("Suite 5");
    address.state.clear();
    QCOMPARE(address.singleLine(), QStringLiteral("1 Main St, Suite 5, Springfield, 62701, US"));
}

void TestResources::addressIsEmpty()
{
    Address address;
    QVERIFY(address.isEmpty());
    address.extra.insert(QStringLiteral("geo"), QStringLiteral("41.8,-87.6"));
    QVERIFY(address.isEmpty()); // unknown fields are not an address a person entered
    address.postcode = QStringLiteral("62701");
    QVERIFY(!address.isEmpty());
}

void TestResources::customerDisplayName()
{
    Customer customer;
    customer.id = QStringLiteral("5b9b2f3e-0000-4000-8000-000000000001");
    QCOMPARE(customer.displayName(), customer.id);

    customer.email = QStringLiteral("ada@example.com");
    QCOMPARE(customer.displayName(), customer.email);

    customer.firstName = QStringLiteral("Ada");
    customer.lastName = QStringLiteral("Lovelace");
    QCOMPARE(customer.displayName(), QStringLiteral("Ada Lovelace"));
    customer.middleName = QStringLiteral("King");
    QCOMPARE(customer.displayName(), QStringLiteral("Ada King Lovelace"));
    QVERIFY(!customer.isBusiness());

    customer.businessName = QStringLiteral("Analytical Engines Ltd");
    QCOMPARE(customer.displayName(), QStringLiteral("Analytical Engines Ltd"));
    QVERIFY(customer.isBusiness());
}

void TestResources::lineItemTotal()
{
    LineItem item;
    QCOMPARE(item.total(), std::nullopt);

    item.unitPrice = Money(250, QStringLiteral("USD"));
    item.quantity = 4;
    QCOMPARE(item.total(), Money(1000, QStringLiteral("USD")));

    item.quantity = std::numeric_limits<qint64>::max();
    QCOMPARE(item.total(), std::nullopt);
}

void TestResources::paymentMethodDisplayName()
{
    PaymentMethod method;
    method.id = QStringLiteral("pm-1");
    QCOMPARE(method.displayName(), QStringLiteral("pm-1"));

    method.type = QStringLiteral("ach");
    QCOMPARE(method.displayName(), QStringLiteral("ach"));

    method.description = QStringLiteral("Always succeeds");
    QCOMPARE(method.displayName(), QStringLiteral("Always succeeds"));

    method.last4 = QStringLiteral("6789");
    QCOMPARE(method.displayName(), QStringLiteral("ach •••• 6789"));

    method.brand = QStringLiteral("visa");
    QCOMPARE(method.displayName(), QStringLiteral("visa •••• 6789"));
}

void TestResources::metadataText()
{
    const Metadata metadata(QJsonObject{{QStringLiteral("order"), QStringLiteral("A-17")},
                                        {QStringLiteral("count"), 3},
                                        {QStringLiteral("flag"), true},
                                        {QStringLiteral("none"), QJsonValue()},
                                        {QStringLiteral("nested"), QJsonObject{{"a", 1}}}});
    QCOMPARE(metadata.text(QStringLiteral("order")), QStringLiteral("A-17"));
    QCOMPARE(metadata.text(QStringLiteral("count")), QStringLiteral("3"));
    QCOMPARE(metadata.text(QStringLiteral("flag")), QStringLiteral("true"));
    QCOMPARE(metadata.text(QStringLiteral("none")), QStringLiteral("null"));
    QCOMPARE(metadata.text(QStringLiteral("nested")), QStringLiteral("{\"a\":1}"));
    QCOMPARE(metadata.text(QStringLiteral("missing")), QString());
}

void TestResources::metadataSearchText()
{
    Metadata metadata;
    metadata.insert(QStringLiteral("Order"), QStringLiteral("A-17"));
    metadata.insert(QStringLiteral("Desk"), QStringLiteral("North"));
    QCOMPARE(metadata.searchText(), QStringLiteral("desk north order a-17"));
}

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"
