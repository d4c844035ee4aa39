#include "models/resources.h"

#include <QJsonArray>
#include <QStringMatcher>
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
    void customerFullName();
    void deviceLabel();
    void deviceTakesPayments_data();
    void deviceTakesPayments();
    void metadataText();
    void metadataSearchText();
    void metadataKeepsEveryValueAsItCame();
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

void TestResources::customerFullName()
{
    Customer customer;
    customer.id = QStringLiteral("accounts/acct_1/customers/cus_2");
    customer.email = QStringLiteral("ada@example.com");
    customer.fullName = QStringLiteral("  Ada King Lovelace ");
    QCOMPARE(customer.displayName(), QStringLiteral("Ada King Lovelace"));
    QVERIFY(!customer.isBusiness());

    // Split names, where a provider has them, come first; a business name before either.
    customer.firstName = QStringLiteral("Ada");
    QCOMPARE(customer.displayName(), QStringLiteral("Ada"));
    customer.businessName = QStringLiteral("Analytical Engines Ltd");
    QCOMPARE(customer.displayName(), QStringLiteral("Analytical Engines Ltd"));

    Customer blank;
    blank.id = QStringLiteral("accounts/acct_1/customers/cus_3");
    blank.fullName = QStringLiteral("   ");
    QCOMPARE(blank.displayName(), blank.id);
}

void TestResources::deviceLabel()
{
    Device device;
    device.id = QStringLiteral("accounts/acct_1/devices/dvc_2");
    QCOMPARE(device.label(), device.id);
    device.serialNumber = QStringLiteral("C045UQ12345678");
    QCOMPARE(device.label(), QStringLiteral("C045UQ12345678"));
    device.displayName = QStringLiteral("Front counter");
    QCOMPARE(device.label(), QStringLiteral("Front counter"));
}

void TestResources::deviceTakesPayments_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("currencies");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("canTakePayments");
    QTest::addColumn<QString>("reason");

    const QStringList gbp{QStringLiteral("GBP")};
    QTest::newRow("active, its currency") << "ACTIVE" << gbp << "GBP" << true << "";
    QTest::newRow("active, lower case") << "active" << gbp << "gbp" << true << "";
    QTest::newRow("active, no currencies listed")
        << "ACTIVE" << QStringList() << "JPY" << true << "";
    QTest::newRow("active, another currency")
        << "ACTIVE" << gbp << "EUR" << true
        << "The card terminal “Till 2” takes payments in GBP only, not in EUR.";
    QTest::newRow("active, two currencies")
        << "ACTIVE" << QStringList{QStringLiteral("GBP"), QStringLiteral("EUR")} << "usd" << true
        << "The card terminal “Till 2” takes payments in GBP or EUR only, not in USD.";
    QTest::newRow("pending") << "PENDING" << gbp << "GBP" << false
                             << "The card terminal “Till 2” is not paired yet: finish pairing it "
                                "in the payment provider's dashboard first.";
    QTest::newRow("suspended")
        << "SUSPENDED" << gbp << "EUR" << false
        << "The card terminal “Till 2” is suspended and cannot take payments.";
    QTest::newRow("unknown state")
        << "DECOMMISSIONED" << gbp << "GBP" << false
        << "The card terminal “Till 2” cannot take payments while its state is DECOMMISSIONED.";
    QTest::newRow("no state")
        << "" << gbp << "GBP" << false
        << "The card terminal “Till 2” has not said that it is ready to take payments.";
}

void TestResources::deviceTakesPayments()
{
    QFETCH(QString, state);
    QFETCH(QStringList, currencies);
    QFETCH(QString, currency);
    QFETCH(bool, canTakePayments);
    QFETCH(QString, reason);

    Device device;
    device.displayName = QStringLiteral("Till 2");
    device.state = state;
    device.supportedCurrencies = currencies;
    QCOMPARE(device.canTakePayments(), canTakePayments);
    QString why = QStringLiteral("left over");
    QCOMPARE(device.canTakePayment(currency, &why), reason.isEmpty());
    QCOMPARE(why, reason);
    QCOMPARE(device.canTakePayment(currency), reason.isEmpty());
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

void TestResources::metadataKeepsEveryValueAsItCame()
{
    // Metadata is packed into one string; every kind of JSON value, and texts holding the
    // packing's own separators, come back as they went in.
    const QJsonObject values{
        {QStringLiteral("order"), QStringLiteral("A-17")},
        {QStringLiteral("count"), 3},
        {QStringLiteral("big"), qint64(9007199254740993)},
        {QStringLiteral("price"), 12.5},
        {QStringLiteral("flag"), false},
        {QStringLiteral("none"), QJsonValue::Null},
        {QStringLiteral("list"), QJsonArray{1, QStringLiteral("two")}},
        {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QStringLiteral("b")}}},
        {QStringLiteral("empty"), QString()},
        {QString(), QStringLiteral("no key")},
        {QStringLiteral("\u00fcber caf\u00e9"), QStringLiteral("\u65e5\u672c")},
    };
    const Metadata metadata(values);
    QCOMPARE(metadata.json(), values);
    QCOMPARE(metadata.size(), int(values.size()));
    QCOMPARE(metadata, Metadata(values));
    QVERIFY(!(metadata == Metadata()));

    for (const QChar separator : {QChar(0x1E), QChar(0x1F), QChar(0x1D), QChar(0x02)}) {
        const QJsonObject odd{{QStringLiteral("a") + separator, QStringLiteral("x")},
                              {QStringLiteral("b"), QStringLiteral("y") + separator + u'1'},
                              {QStringLiteral("c"), 4}};
        QCOMPARE(Metadata(odd).json(), odd);
    }

    // Searching reads the packed string: keys and values, in any case.
    QStringMatcher word(QStringLiteral("a-1"), Qt::CaseInsensitive);
    QVERIFY(word.indexIn(metadata.searchable()) >= 0);
    QVERIFY(QStringMatcher(QStringLiteral("NESTED"), Qt::CaseInsensitive)
                .indexIn(metadata.searchable()) >= 0);
    QVERIFY(
        QStringMatcher(QStringLiteral("zzz"), Qt::CaseInsensitive).indexIn(metadata.searchable()) <
        0);

    Metadata edited = metadata;
    edited.remove(QStringLiteral("order"));
    edited.insert(QStringLiteral("added"), QStringLiteral("yes"));
    QCOMPARE(metadata.text(QStringLiteral("order")), QStringLiteral("A-17"));
    QCOMPARE(edited.text(QStringLiteral("order")), QString());
    QCOMPARE(edited.text(QStringLiteral("added")), QStringLiteral("yes"));
    QCOMPARE(edited.text(QStringLiteral("big")), QStringLiteral("9007199254740993"));
    edited.remove(QStringLiteral("added"));
    for (const QString &key : values.keys())
        edited.remove(key);
    QVERIFY(edited.isEmpty());
    QCOMPARE(edited, Metadata());
}

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"
