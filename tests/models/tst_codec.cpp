#include "dots_contract.h"
#include "draft_fixtures.h"
#include "network/dots/dots_codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace paydesk;
using namespace fixtures;

namespace {

QJsonObject parseObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        qFatal("Test JSON is not an object (%s): %s", qPrintable(error.errorString()), json);
    return document.object();
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

template <typename T>
T with(const std::function<void(T &)> &fill)
{
    T value;
    fill(value);
    return value;
}

} // namespace

// QCOMPARE prints resources as the JSON they encode to.
namespace paydesk {
char *toString(const Customer &value)
{
    return qstrdup(compact(dots::toJson(value)).constData());
}
char *toString(const PaymentIntent &value)
{
    return qstrdup(compact(dots::toJson(value)).constData());
}
char *toString(const CheckoutSession &value)
{
    return qstrdup(compact(dots::toJson(value)).constData());
}
char *toString(const PaymentMethod &value)
{
    return qstrdup(compact(dots::toJson(value)).constData());
}
char *toString(const Refund &value)
{
    return qstrdup(compact(dots::toJson(value)).constData());
}
} // namespace paydesk

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void examplesCarryEverySchemaProperty_data();
    void examplesCarryEverySchemaProperty();
    void customerRoundTrip();
    void paymentIntentRoundTrip();
    void checkoutSessionRoundTrip();
    void payoutMethodRoundTrip();
    void cardMethodRoundTrip();
    void refundRoundTrip();

    void paymentIntentTolerance_data();
    void paymentIntentTolerance();
    void customerTolerance_data();
    void customerTolerance();
    void checkoutSessionTolerance_data();
    void checkoutSessionTolerance();
    void paymentMethodTolerance_data();
    void paymentMethodTolerance();
    void listShapes_data();
    void listShapes();
    void listItemWarningsNameTheItem();
    void everyListDecoderTakesBothShapes();
    void peekedCursorIsTheDecodedPagesCursor();
    void timestamps_data();
    void timestamps();
    void formatTimestamp();
    void clientSecretIsNeverKept();
    void fuzzFindingsRoundTrip_data();
    void fuzzFindingsRoundTrip();

    void createBodies_data();
    void createBodies();
    void createBodiesConformToTheContract_data();
    void createBodiesConformToTheContract();
    void contractCheckCatchesABadBody();

private:
    std::optional<DotsContract> m_contract;
};

namespace {

// Examples of each resource as Dots shapes it, with every property the contract's schema
// declares (the contract has no examples of its own for these resources).
const char *const CustomerExample = R"({
    "id": "0b7f4a4e-9f0b-4c4e-8a49-4cbb1d0f0a01",
    "user_id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
    "email": "ada@example.com",
    "country_code": "1",
    "phone_number": "4155550100",
    "first_name": "Ada",
    "middle_name": "King",
    "last_name": "Lovelace",
    "business_name": "Analytical Engines Ltd",
    "address": {"country": "US", "city": "Springfield", "state": "IL", "postcode": "62701",
                "line_1": "1 Main St", "line_2": "Suite 5"},
    "metadata": {"crm_id": "C-1001", "tier": 2},
    "created": "2023-11-07T05:31:56Z",
    "updated": "2023-11-08T10:00:00.250Z"
})";

// The schema's fields plus those of the create request a server echoes back (customer_id,
// description, transfer_data, application_fee_amount) and a creation time.
const char *const PaymentIntentExample = R"({
    "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
    "amount": 1999,
    "currency": "usd",
    "user_id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
    "status": "requires_payment_method",
    "transfer_id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
    "payment_method_id": "a3d5c7e9-1b2d-4f60-8a1c-3e5f7a9b1c2d",
    "metadata": {"order": "A-17"},
    "client_secret": "pi_secret_do_not_keep",
    "customer_id": "0b7f4a4e-9f0b-4c4e-8a49-4cbb1d0f0a01",
    "description": "Counter sale",
    "transfer_data": {"destination_user_id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"},
    "application_fee_amount": 100,
    "created": "2023-11-07T05:31:56Z"
})";

// The second line item is shaped as the create request sends it, as a server may echo it.
const char *const CheckoutSessionExample = R"({
    "id": "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81",
    "status": "open",
    "payment_intent_id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
    "success_url": "https://shop.example.com/thanks",
    "cancel_url": "https://shop.example.com/cart",
    "checkout_session_url": "https://pay.example.com/c/e5f6a7b8",
    "client_reference_id": "cart-42",
    "expiry": "2023-11-07T08:31:56Z",
    "metadata": {"campaign": "spring"},
    "line_items": [
        {"quantity": 2, "price_id": "price_tea"},
        {"quantity": 1, "price_data": {"currency": "usd", "amount": 3500,
            "product_data": {"name": "Teapot", "description": "Cast iron",
                             "images": ["https://shop.example.com/teapot.png"]}}}
    ],
    "created": "2023-11-07T05:31:56Z",
    "updated": "2023-11-07T05:32:10Z",
    "customer_id": "0b7f4a4e-9f0b-4c4e-8a49-4cbb1d0f0a01",
    "customer_email": "ada@example.com",
    "amount_total": 6000,
    "user_id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
})";

const char *const PayoutMethodExample = R"({
    "id": "a3d5c7e9-1b2d-4f60-8a1c-3e5f7a9b1c2d",
    "platform": "ach",
    "description": "Checking account",
    "mask": "6789",
    "email": "ada@example.com",
    "phone_number": "4155550100",
    "cash_tag": "$ada",
    "country": "US",
    "currency": "usd",
    "rtp_enabled": true,
    "meta": {"bank": "First Example Bank"}
})";

const char *const CardMethodExample = R"({
    "id": "a3d5c7e9-1b2d-4f60-8a1c-3e5f7a9b1c2d",
    "type": "card",
    "description": "Payments with this card succeed",
    "card": {"brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2030},
    "customer_id": "0b7f4a4e-9f0b-4c4e-8a49-4cbb1d0f0a01"
})";

// The contract's refund is {id} only; the rest is what the create request sets.
const char *const RefundExample = R"({
    "id": "f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b92",
    "payment_intent_id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
    "amount": 500,
    "reason": "requested_by_customer",
    "status": "pending",
    "created": "2023-11-09T12:00:00Z"
})";

} // namespace

void TestCodec::initTestCase()
{
    QString error;
    m_contract = DotsContract::load(&error);
    QVERIFY2(m_contract, qPrintable(error));
}

void TestCodec::examplesCarryEverySchemaProperty_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("example");
    QTest::addColumn<int>("propertyCount");

    QTest::newRow("payment-customer") << "payment-customer" << QByteArray(CustomerExample) << 13;
    QTest::newRow("payment-intent") << "payment-intent" << QByteArray(PaymentIntentExample) << 9;
    QTest::newRow("checkout-session")
        << "checkout-session" << QByteArray(CheckoutSessionExample) << 15;
    QTest::newRow("payment-method") << "payment-method" << QByteArray(PayoutMethodExample) << 11;
    QTest::newRow("refund") << "refund" << QByteArray(RefundExample) << 1;
}

void TestCodec::examplesCarryEverySchemaProperty()
{
    QFETCH(QString, schema);
    QFETCH(QByteArray, example);
    QFETCH(int, propertyCount);

    const QStringList properties = m_contract->propertyNames(m_contract->componentSchema(schema));
    QCOMPARE(properties.size(), propertyCount);
    const QJsonObject json = parseObject(example.constData());
    for (const QString &property : properties)
        QVERIFY2(json.contains(property), qPrintable(property));
}

void TestCodec::customerRoundTrip()
{
    const QJsonObject json = parseObject(CustomerExample);
    dots::DecodeWarnings warnings;
    const Customer customer = dots::customerFromJson(json, &warnings);

    QCOMPARE(warnings, QStringList());
    QCOMPARE(customer.id, CustomerId);
    QCOMPARE(customer.userId, UserId);
    QCOMPARE(customer.firstName, QStringLiteral("Ada"));
    QCOMPARE(customer.middleName, QStringLiteral("King"));
    QCOMPARE(customer.lastName, QStringLiteral("Lovelace"));
    QCOMPARE(customer.businessName, QStringLiteral("Analytical Engines Ltd"));
    QCOMPARE(customer.email, QStringLiteral("ada@example.com"));
    QCOMPARE(customer.phoneNumber, QStringLiteral("4155550100"));
    QCOMPARE(customer.countryCode, QStringLiteral("1"));
    QCOMPARE(customer.address, std::optional<Address>(address()));
    QCOMPARE(customer.metadata.text(QStringLiteral("crm_id")), QStringLiteral("C-1001"));
    QCOMPARE(customer.metadata.text(QStringLiteral("tier")), QStringLiteral("2"));
    QCOMPARE(customer.created, utc("2023-11-07T05:31:56Z"));
    QCOMPARE(customer.updated, utc("2023-11-08T10:00:00.250Z"));
    QCOMPARE(customer.extra, QJsonObject());

    QCOMPARE(dots::toJson(customer), json);
    QCOMPARE(dots::customerFromJson(dots::toJson(customer)), customer);
}

void TestCodec::paymentIntentRoundTrip()
{
    QJsonObject json = parseObject(PaymentIntentExample);
    dots::DecodeWarnings warnings;
    const PaymentIntent intent = dots::paymentIntentFromJson(json, &warnings);

    QCOMPARE(warnings, QStringList());
    QCOMPARE(intent.id, PaymentIntentId);
    QCOMPARE(intent.amount, usd(1999));
    QCOMPARE(intent.status.known(), IntentStatus::RequiresPaymentMethod);
    QCOMPARE(intent.userId, UserId);
    QCOMPARE(intent.customerId, CustomerId);
    QCOMPARE(intent.paymentMethodId, PaymentMethodId);
    QCOMPARE(intent.description, QStringLiteral("Counter sale"));
    QCOMPARE(intent.transferId, TransferId);
    QCOMPARE(intent.transferDestinationUserId, UserId);
    QCOMPARE(intent.applicationFeeAmount, std::optional<qint64>(100));
    QCOMPARE(intent.metadata.text(QStringLiteral("order")), QStringLiteral("A-17"));
    QCOMPARE(intent.created, utc("2023-11-07T05:31:56Z"));
    QVERIFY(!intent.updated.isValid());
    QCOMPARE(intent.extra, QJsonObject());

    json.remove(QStringLiteral("client_secret"));
    QCOMPARE(dots::toJson(intent), json);
    QCOMPARE(dots::paymentIntentFromJson(dots::toJson(intent)), intent);
}

void TestCodec::checkoutSessionRoundTrip()
{
    const QJsonObject json = parseObject(CheckoutSessionExample);
    dots::DecodeWarnings warnings;
    const CheckoutSession session = dots::checkoutSessionFromJson(json, &warnings);

    QCOMPARE(warnings, QStringList());
    QCOMPARE(session.id, CheckoutSessionId);
    QCOMPARE(session.status.known(), CheckoutStatus::Open);
    QCOMPARE(session.paymentIntentId, PaymentIntentId);
    QCOMPARE(session.successUrl, QStringLiteral("https://shop.example.com/thanks"));
    QCOMPARE(session.cancelUrl, QStringLiteral("https://shop.example.com/cart"));
    QCOMPARE(session.url, QStringLiteral("https://pay.example.com/c/e5f6a7b8"));
    QCOMPARE(session.clientReferenceId, QStringLiteral("cart-42"));
    QCOMPARE(session.expiry, utc("2023-11-07T08:31:56Z"));
    QCOMPARE(session.metadata.text(QStringLiteral("campaign")), QStringLiteral("spring"));
    QCOMPARE(session.created, utc("2023-11-07T05:31:56Z"));
    QCOMPARE(session.updated, utc("2023-11-07T05:32:10Z"));
    QCOMPARE(session.customerId, CustomerId);
    QCOMPARE(session.customerEmail, QStringLiteral("ada@example.com"));
    QCOMPARE(session.amountTotal, usd(6000));
    QCOMPARE(session.userId, UserId);
    QCOMPARE(session.extra, QJsonObject());

    QCOMPARE(session.lineItems.size(), 2);
    const LineItem &byPrice = session.lineItems[0];
    QCOMPARE(byPrice.priceId, QStringLiteral("price_tea"));
    QCOMPARE(byPrice.quantity, qint64(2));
    QCOMPARE(byPrice.unitPrice, std::nullopt);
    const LineItem &byData = session.lineItems[1];
    QCOMPARE(byData.name, QStringLiteral("Teapot"));
    QCOMPARE(byData.description, QStringLiteral("Cast iron"));
    QCOMPARE(byData.unitPrice, usd(3500));
    QCOMPARE(byData.quantity, qint64(1));
    QCOMPARE(byData.images, QStringList{QStringLiteral("https://shop.example.com/teapot.png")});
    QCOMPARE(byData.extra, QJsonObject());

    QCOMPARE(dots::toJson(session), json);
    QCOMPARE(dots::checkoutSessionFromJson(dots::toJson(session)), session);
}

void TestCodec::payoutMethodRoundTrip()
{
    const QJsonObject json = parseObject(PayoutMethodExample);
    dots::DecodeWarnings warnings;
    const PaymentMethod method = dots::paymentMethodFromJson(json, &warnings);

    QCOMPARE(warnings, QStringList());
    QCOMPARE(method.id, PaymentMethodId);
    QCOMPARE(method.type, QStringLiteral("ach"));
    QCOMPARE(method.description, QStringLiteral("Checking account"));
    QCOMPARE(method.last4, QStringLiteral("6789"));
    QCOMPARE(method.brand, QString());
    // The payout fields Paydesk has no column for are kept for the detail view.
    QCOMPARE(method.extra, parseObject(R"({"email": "ada@example.com", "phone_number": "4155550100",
        "cash_tag": "$ada", "country": "US", "currency": "usd", "rtp_enabled": true,
        "meta": {"bank": "First Example Bank"}})"));

    QCOMPARE(dots::toJson(method), json);
    QCOMPARE(dots::paymentMethodFromJson(dots::toJson(method)), method);
}

void TestCodec::cardMethodRoundTrip()
{
    dots::DecodeWarnings warnings;
    const PaymentMethod method =
        dots::paymentMethodFromJson(parseObject(CardMethodExample), &warnings);

    QCOMPARE(warnings, QStringList());
    QCOMPARE(method.type, QStringLiteral("card"));
    QCOMPARE(method.brand, QStringLiteral("visa"));
    QCOMPARE(method.last4, QStringLiteral("4242"));
    QCOMPARE(method.customerId, CustomerId);
    QCOMPARE(method.description, QStringLiteral("Payments with this card succeed"));
    QCOMPARE(method.extra, parseObject(R"({"card": {"exp_month": 12, "exp_year": 2030}})"));
    QCOMPARE(dots::paymentMethodFromJson(dots::toJson(method)), method);
}

void TestCodec::refundRoundTrip()
{
    const QJsonObject json = parseObject(RefundExample);
    dots::DecodeWarnings warnings;
    const Refund refund = dots::refundFromJson(json, &warnings);

    // Dots gives refunds no currency: the intent's, which Dots only has in USD, is assumed
    // without a warning, and written back out.
    QCOMPARE(warnings, QStringList());
    QCOMPARE(refund.id, QStringLiteral("f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b92"));
    QCOMPARE(refund.paymentIntentId, PaymentIntentId);
    QCOMPARE(refund.amount, usd(500));
    QCOMPARE(refund.reason, QStringLiteral("requested_by_customer"));
    QCOMPARE(refund.status, QStringLiteral("pending"));
    QCOMPARE(refund.created, utc("2023-11-09T12:00:00Z"));

    QJsonObject expected = json;
    expected.insert(QStringLiteral("currency"), QStringLiteral("usd"));
    QCOMPARE(dots::toJson(refund), expected);
    QCOMPARE(dots::refundFromJson(dots::toJson(refund)), refund);

    const Refund bare = dots::refundFromJson(parseObject(R"({"id": "r1"})"), &warnings);
    QCOMPARE(warnings, QStringList());
    QCOMPARE(bare.amount, std::nullopt);
    QCOMPARE(dots::toJson(bare), parseObject(R"({"id": "r1"})"));
}

void TestCodec::paymentIntentTolerance_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<PaymentIntent>("expected");
    QTest::addColumn<QStringList>("warnings");

    using Fill = std::function<void(PaymentIntent &)>;
    const auto intent = [](const Fill &fill) { return with<PaymentIntent>(fill); };

    QTest::newRow("empty object") << QByteArray("{}") << PaymentIntent() << QStringList();
    QTest::newRow("nulls read as absent")
        << QByteArray(R"({"id": "pi", "amount": null, "currency": null, "status": null,
            "metadata": null, "customer_id": null, "created": null, "transfer_data": null,
            "application_fee_amount": null})")
        << intent([](PaymentIntent &p) { p.id = "pi"; }) << QStringList();
    QTest::newRow("unknown fields kept")
        << QByteArray(R"({"id": "pi", "livemode": false, "charges": {"data": []},
            "next_action": null})")
        << intent([](PaymentIntent &p) {
               p.id = "pi";
               p.extra = parseObject(
                   R"({"livemode": false, "charges": {"data": []}, "next_action": null})");
           })
        << QStringList();
    QTest::newRow("unknown status kept")
        << QByteArray(R"({"status": "requires_3ds_reverification"})")
        << intent([](PaymentIntent &p) { p.status = IntentStatus("requires_3ds_reverification"); })
        << QStringList();
    QTest::newRow("amount as digit string")
        << QByteArray(R"({"amount": "1999", "currency": "usd"})")
        << intent([](PaymentIntent &p) { p.amount = usd(1999); })
        << QStringList{"amount: expected an integer, got the string \"1999\"; read it as a number"};
    QTest::newRow("amount as float")
        << QByteArray(R"({"amount": 19.99, "currency": "usd"})") << intent([](PaymentIntent &p) {
               p.extra = parseObject(R"({"amount": 19.99, "currency": "usd"})");
           })
        << QStringList{"amount: expected an integer, got the number 19.99"};
    QTest::newRow("amount as boolean")
        << QByteArray(R"({"amount": true, "currency": "usd"})") << intent([](PaymentIntent &p) {
               p.extra = parseObject(R"({"amount": true, "currency": "usd"})");
           })
        << QStringList{"amount: expected an integer, got a boolean"};
    QTest::newRow("amount as object")
        << QByteArray(R"({"amount": {"value": 1999}, "currency": "usd"})")
        << intent([](PaymentIntent &p) {
               p.extra = parseObject(R"({"amount": {"value": 1999}, "currency": "usd"})");
           })
        << QStringList{"amount: expected an integer, got an object"};
    QTest::newRow("amount beyond 64 bits")
        << QByteArray(R"({"amount": 99999999999999999999, "currency": "usd"})")
        << intent([](PaymentIntent &p) {
               p.extra = parseObject(R"({"amount": 99999999999999999999, "currency": "usd"})");
           })
        << QStringList{"amount: expected an integer, got the number 1e+20"};
    QTest::newRow("digit string beyond 64 bits")
        << QByteArray(R"({"amount": "99999999999999999999", "currency": "usd"})")
        << intent([](PaymentIntent &p) {
               p.extra = parseObject(R"({"amount": "99999999999999999999", "currency": "usd"})");
           })
        << QStringList{"amount: expected an integer, got the string \"99999999999999999999\""};
    QTest::newRow("largest amount")
        << QByteArray(R"({"amount": 9223372036854775807, "currency": "usd"})")
        << intent([](PaymentIntent &p) { p.amount = usd(std::numeric_limits<qint64>::max()); })
        << QStringList();
    QTest::newRow("currency missing") << QByteArray(R"({"amount": 1999})")
                                      << intent([](PaymentIntent &p) { p.amount = usd(1999); })
                                      << QStringList{"currency: missing; taken as USD"};
    QTest::newRow("currency upper case")
        << QByteArray(R"({"amount": 1999, "currency": "USD"})")
        << intent([](PaymentIntent &p) { p.amount = usd(1999); }) << QStringList();
    QTest::newRow("unknown currency kept")
        << QByteArray(R"({"amount": 1999, "currency": "xts"})")
        << intent([](PaymentIntent &p) { p.amount = Money(1999, "XTS"); }) << QStringList();
    QTest::newRow("currency as number")
        << QByteArray(R"({"amount": 1999, "currency": 840})") << intent([](PaymentIntent &p) {
               p.extra = parseObject(R"({"amount": 1999, "currency": 840})");
           })
        << QStringList{"currency: expected a currency code string, got a number"};
    QTest::newRow("metadata as the contract's boolean")
        << QByteArray(R"({"metadata": true})")
        << intent([](PaymentIntent &p) { p.extra = parseObject(R"({"metadata": true})"); })
        << QStringList{"metadata: expected an object, got a boolean"};
    QTest::newRow("description as number")
        << QByteArray(R"({"description": 42})")
        << intent([](PaymentIntent &p) { p.extra = parseObject(R"({"description": 42})"); })
        << QStringList{"description: expected a string, got a number"};
    QTest::newRow("unknown field inside transfer_data")
        << QByteArray(R"({"transfer_data": {"destination_user_id": "u1", "amount": 50}})")
        << intent([](PaymentIntent &p) {
               p.transferDestinationUserId = QStringLiteral("u1");
               p.extra = parseObject(R"({"transfer_data": {"amount": 50}})");
           })
        << QStringList();
    QTest::newRow("transfer_data as string")
        << QByteArray(R"({"transfer_data": "u1"})")
        << intent([](PaymentIntent &p) { p.extra = parseObject(R"({"transfer_data": "u1"})"); })
        << QStringList{"transfer_data: expected an object, got a string"};
    QTest::newRow("wrong type inside transfer_data")
        << QByteArray(R"({"transfer_data": {"destination_user_id": 7}})")
        << intent([](PaymentIntent &p) {
               p.extra = parseObject(R"({"transfer_data": {"destination_user_id": 7}})");
           })
        << QStringList{"transfer_data.destination_user_id: expected a string, got a number"};
    QTest::newRow("fee as digit string")
        << QByteArray(R"({"application_fee_amount": "25"})")
        << intent([](PaymentIntent &p) { p.applicationFeeAmount = 25; })
        << QStringList{
               "application_fee_amount: expected an integer, got the string \"25\"; read it as "
               "a number"};
    QTest::newRow("bad timestamp")
        << QByteArray(R"({"created": "yesterday"})")
        << intent([](PaymentIntent &p) { p.extra = parseObject(R"({"created": "yesterday"})"); })
        << QStringList{"created: \"yesterday\" is not an ISO 8601 timestamp"};
    QTest::newRow("timestamp as epoch seconds")
        << QByteArray(R"({"updated": 1699335116})")
        << intent([](PaymentIntent &p) { p.extra = parseObject(R"({"updated": 1699335116})"); })
        << QStringList{"updated: expected an ISO 8601 timestamp string, got a number"};
    QTest::newRow("timestamp with offset")
        << QByteArray(R"({"created": "2023-11-07T07:31:56.5+02:00"})")
        << intent([](PaymentIntent &p) { p.created = utc("2023-11-07T05:31:56.500Z"); })
        << QStringList();
}

void TestCodec::paymentIntentTolerance()
{
    QFETCH(QByteArray, json);
    QFETCH(PaymentIntent, expected);
    QFETCH(QStringList, warnings);

    dots::DecodeWarnings actualWarnings;
    const PaymentIntent intent =
        dots::paymentIntentFromJson(parseObject(json.constData()), &actualWarnings);
    QCOMPARE(intent, expected);
    QCOMPARE(actualWarnings, warnings);
    // What was kept comes back out, so a second decode sees the same object.
    QCOMPARE(dots::paymentIntentFromJson(dots::toJson(intent)), intent);
}

void TestCodec::customerTolerance_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Customer>("expected");
    QTest::addColumn<QStringList>("warnings");

    using Fill = std::function<void(Customer &)>;
    const auto customer = [](const Fill &fill) { return with<Customer>(fill); };

    QTest::newRow("null names and address")
        << QByteArray(R"({"id": "c", "first_name": null, "business_name": null,
            "address": null, "metadata": null})")
        << customer([](Customer &c) { c.id = "c"; }) << QStringList();
    QTest::newRow("address with unknown field, without line_2")
        << QByteArray(R"({"address": {"line_1": "1 Main St", "city": "Springfield",
            "state": "IL", "postcode": "62701", "country": "US", "geo": [41.8, -87.6]}})")
        << customer([](Customer &c) {
               Address address = fixtures::address();
               address.line2.clear();
               address.extra = parseObject(R"({"geo": [41.8, -87.6]})");
               c.address = address;
           })
        << QStringList();
    QTest::newRow("postcode as number")
        << QByteArray(R"({"address": {"city": "Springfield", "postcode": 62701}})")
        << customer([](Customer &c) {
               Address address;
               address.city = "Springfield";
               address.extra = parseObject(R"({"postcode": 62701})");
               c.address = address;
           })
        << QStringList{"address.postcode: expected a string, got a number"};
    QTest::newRow("address as string")
        << QByteArray(R"({"address": "1 Main St, Springfield"})") << customer([](Customer &c) {
               c.extra = parseObject(R"({"address": "1 Main St, Springfield"})");
           })
        << QStringList{"address: expected an object, got a string"};
    QTest::newRow("metadata of any JSON kept")
        << QByteArray(R"({"metadata": {"n": 1, "list": [1, 2], "obj": {"a": null}}})")
        << customer([](Customer &c) {
               c.metadata =
                   Metadata(parseObject(R"({"n": 1, "list": [1, 2], "obj": {"a": null}})"));
           })
        << QStringList();
    QTest::newRow("email as array")
        << QByteArray(R"({"email": ["a@example.com"]})")
        << customer([](Customer &c) { c.extra = parseObject(R"({"email": ["a@example.com"]})"); })
        << QStringList{"email: expected a string, got an array"};
}

void TestCodec::customerTolerance()
{
    QFETCH(QByteArray, json);
    QFETCH(Customer, expected);
    QFETCH(QStringList, warnings);

    dots::DecodeWarnings actualWarnings;
    const Customer customer =
        dots::customerFromJson(parseObject(json.constData()), &actualWarnings);
    QCOMPARE(customer, expected);
    QCOMPARE(actualWarnings, warnings);
    QCOMPARE(dots::customerFromJson(dots::toJson(customer)), customer);
}

void TestCodec::checkoutSessionTolerance_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<CheckoutSession>("expected");
    QTest::addColumn<QStringList>("warnings");

    using Fill = std::function<void(CheckoutSession &)>;
    const auto session = [](const Fill &fill) { return with<CheckoutSession>(fill); };

    QTest::newRow("unknown status kept")
        << QByteArray(R"({"status": "awaiting_review"})")
        << session([](CheckoutSession &s) { s.status = CheckoutStatus("awaiting_review"); })
        << QStringList();
    QTest::newRow("empty line items")
        << QByteArray(R"({"line_items": []})") << CheckoutSession() << QStringList();
    QTest::newRow("non-object line items skipped")
        << QByteArray(R"({"line_items": [3, {"price_id": "p"}, null]})")
        << session([](CheckoutSession &s) {
               s.lineItems = {with<LineItem>([](LineItem &i) { i.priceId = "p"; })};
           })
        << QStringList{"line_items[0]: expected an object, got a number; skipped",
                       "line_items[2]: expected an object, got null; skipped"};
    QTest::newRow("line items as object")
        << QByteArray(R"({"line_items": {"price_id": "p"}})") << session([](CheckoutSession &s) {
               s.extra = parseObject(R"({"line_items": {"price_id": "p"}})");
           })
        << QStringList{"line_items: expected an array, got an object"};
    QTest::newRow("quantity as string")
        << QByteArray(R"({"line_items": [{"quantity": "two"}]})")
        << session([](CheckoutSession &s) {
               s.lineItems = {with<LineItem>(
                   [](LineItem &i) { i.extra = parseObject(R"({"quantity": "two"})"); })};
           })
        << QStringList{"line_items[0].quantity: expected an integer, got the string \"two\""};
    QTest::newRow("price as float")
        << QByteArray(R"({"line_items": [{"quantity": 1, "price_data": {"currency": "usd",
            "amount": 12.5, "product_data": {"name": "Tea"}}}]})")
        << session([](CheckoutSession &s) {
               s.lineItems = {with<LineItem>([](LineItem &i) {
                   i.name = "Tea";
                   i.extra = parseObject(R"({"price_data": {"currency": "usd", "amount": 12.5}})");
               })};
           })
        << QStringList{"line_items[0].price_data.amount: expected an integer, got the number 12.5"};
    QTest::newRow("images with a non-string")
        << QByteArray(R"({"line_items": [{"price_data": {"product_data": {"name": "Tea",
            "images": ["https://shop.example.com/tea.png", 7]}}}]})")
        << session([](CheckoutSession &s) {
               s.lineItems = {with<LineItem>([](LineItem &i) {
                   i.name = "Tea";
                   i.extra = parseObject(R"({"price_data": {"product_data": {"images":
                       ["https://shop.example.com/tea.png", 7]}}})");
               })};
           })
        << QStringList{"line_items[0].price_data.product_data.images: expected strings, got a "
                       "number"};
    QTest::newRow("total in the items' currency")
        << QByteArray(R"({"amount_total": 2500, "line_items": [{"quantity": 2,
            "price_data": {"currency": "eur", "amount": 1250, "product_data": {"name": "Tea"}}}]})")
        << session([](CheckoutSession &s) {
               s.amountTotal = Money(2500, "EUR");
               s.lineItems = {with<LineItem>([](LineItem &i) {
                   i.name = "Tea";
                   i.quantity = 2;
                   i.unitPrice = Money(1250, "EUR");
               })};
           })
        << QStringList();
    QTest::newRow("total as digit string")
        << QByteArray(R"({"amount_total": "6000"})")
        << session([](CheckoutSession &s) { s.amountTotal = usd(6000); })
        << QStringList{"amount_total: expected an integer, got the string \"6000\"; read it as a "
                       "number"};
    QTest::newRow("expiry without offset is UTC")
        << QByteArray(R"({"expiry": "2023-11-07T08:31:56"})")
        << session([](CheckoutSession &s) { s.expiry = utc("2023-11-07T08:31:56Z"); })
        << QStringList();
}

void TestCodec::checkoutSessionTolerance()
{
    QFETCH(QByteArray, json);
    QFETCH(CheckoutSession, expected);
    QFETCH(QStringList, warnings);

    dots::DecodeWarnings actualWarnings;
    const CheckoutSession session =
        dots::checkoutSessionFromJson(parseObject(json.constData()), &actualWarnings);
    QCOMPARE(session, expected);
    QCOMPARE(actualWarnings, warnings);
    QCOMPARE(dots::checkoutSessionFromJson(dots::toJson(session)), session);
}

void TestCodec::paymentMethodTolerance_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<PaymentMethod>("expected");
    QTest::addColumn<QStringList>("warnings");

    using Fill = std::function<void(PaymentMethod &)>;
    const auto method = [](const Fill &fill) { return with<PaymentMethod>(fill); };

    QTest::newRow("platform wins over type")
        << QByteArray(R"({"platform": "paypal", "type": "wallet"})")
        << method([](PaymentMethod &m) {
               m.type = "paypal";
               m.extra = parseObject(R"({"type": "wallet"})");
           })
        << QStringList();
    QTest::newRow("unknown platform kept")
        << QByteArray(R"({"platform": "carrier_pigeon"})")
        << method([](PaymentMethod &m) { m.type = "carrier_pigeon"; }) << QStringList();
    QTest::newRow("meta of any JSON kept")
        << QByteArray(R"({"meta": "free text"})")
        << method([](PaymentMethod &m) { m.extra = parseObject(R"({"meta": "free text"})"); })
        << QStringList();
    QTest::newRow("card as string")
        << QByteArray(R"({"card": "visa"})")
        << method([](PaymentMethod &m) { m.extra = parseObject(R"({"card": "visa"})"); })
        << QStringList{"card: expected an object, got a string"};
}

void TestCodec::paymentMethodTolerance()
{
    QFETCH(QByteArray, json);
    QFETCH(PaymentMethod, expected);
    QFETCH(QStringList, warnings);

    dots::DecodeWarnings actualWarnings;
    const PaymentMethod method =
        dots::paymentMethodFromJson(parseObject(json.constData()), &actualWarnings);
    QCOMPARE(method, expected);
    QCOMPARE(actualWarnings, warnings);
    QCOMPARE(dots::paymentMethodFromJson(dots::toJson(method)), method);
}

void TestCodec::listShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<bool>("wasBareArray");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("warnings");

    const QString noData = "The answer is not a list: it has no “data” array.";

    QTest::newRow("bare array") << QByteArray(R"([{"id": "a"}, {"id": "b"}])") << true
                                << QStringList{"a", "b"} << false << true << QString()
                                << QStringList();
    QTest::newRow("envelope with more")
        << QByteArray(R"({"data": [{"id": "a"}], "has_more": true})") << true << QStringList{"a"}
        << true << false << QString() << QStringList();
    QTest::newRow("empty bare array")
        << QByteArray("[]") << true << QStringList() << false << true << QString() << QStringList();
    QTest::newRow("empty envelope")
        << QByteArray(R"({"data": [], "has_more": false})") << true << QStringList() << false
        << false << QString() << QStringList();
    QTest::newRow("has_more missing")
        << QByteArray(R"({"data": [{"id": "a"}]})") << true << QStringList{"a"} << false << false
        << QString() << QStringList();
    QTest::newRow("has_more as string")
        << QByteArray(R"({"data": [], "has_more": "yes"})") << true << QStringList() << false
        << false << QString()
        << QStringList{"has_more: expected a boolean, got a string; taken as false"};
    QTest::newRow("non-object items skipped")
        << QByteArray(R"({"data": [{"id": "a"}, 7, "b", null, [], {"id": "c"}]})") << true
        << QStringList{"a", "c"} << false << false << QString()
        << QStringList{"data[1]: expected an object, got a number; skipped",
                       "data[2]: expected an object, got a string; skipped",
                       "data[3]: expected an object, got null; skipped",
                       "data[4]: expected an object, got an array; skipped"};
    QTest::newRow("missing data") << QByteArray(R"({"has_more": false})") << false << QStringList()
                                  << false << false << noData << QStringList();
    QTest::newRow("data as object") << QByteArray(R"({"data": {"id": "a"}})") << false
                                    << QStringList() << false << false << noData << QStringList();
    QTest::newRow("data null") << QByteArray(R"({"data": null})") << false << QStringList() << false
                               << false << noData << QStringList();
    QTest::newRow("error envelope") << QByteArray(R"({"error": "Unauthorized"})") << false
                                    << QStringList() << false << false << noData << QStringList();
    // What does not parse (an HTML page, a body cut short) is the transport's to report; the
    // codec sees an empty document.
    QTest::newRow("nothing parsed") << QByteArray("<html>Bad gateway</html>") << false
                                    << QStringList() << false << false << noData << QStringList();
}

void TestCodec::listShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QStringList, ids);
    QFETCH(bool, hasMore);
    QFETCH(bool, wasBareArray);
    QFETCH(QString, error);
    QFETCH(QStringList, warnings);

    dots::ListPage<PaymentIntent> page;
    QString actualError = QStringLiteral("not cleared");
    dots::DecodeWarnings actualWarnings;
    QCOMPARE(dots::decodePaymentIntentList(QJsonDocument::fromJson(body), &page, &actualError,
                                           &actualWarnings),
             ok);
    QCOMPARE(actualError, error);
    QCOMPARE(actualWarnings, warnings);
    QStringList actualIds;
    for (const PaymentIntent &intent : std::as_const(page.items))
        actualIds.append(intent.id);
    QCOMPARE(actualIds, ids);
    QCOMPARE(page.hasMore, hasMore);
    QCOMPARE(page.wasBareArray, wasBareArray);
}

void TestCodec::listItemWarningsNameTheItem()
{
    dots::ListPage<Customer> page;
    QString error;
    dots::DecodeWarnings warnings;
    QVERIFY(dots::decodeCustomerList(
        QJsonDocument::fromJson(R"({"data": [{"id": "a"}, {"id": "b", "email": 5}]})"), &page,
        &error, &warnings));
    QCOMPARE(warnings, QStringList{"data[1].email: expected a string, got a number"});
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items[1].extra, parseObject(R"({"email": 5})"));

    QVERIFY(dots::decodeCustomerList(QJsonDocument::fromJson(R"([{"created": "soon"}])"), &page,
                                     &error, &warnings));
    QCOMPARE(warnings.last(), QStringLiteral("[0].created: \"soon\" is not an ISO 8601 timestamp"));
}

void TestCodec::everyListDecoderTakesBothShapes()
{
    const QByteArray bare = R"([{"id": "x"}])";
    const QByteArray envelope = R"({"data": [{"id": "x"}], "has_more": true})";
    QString error;
    for (const QByteArray &text : {bare, envelope}) {
        const bool isBare = text == bare;
        const QJsonDocument body = QJsonDocument::fromJson(text);
        dots::ListPage<Customer> customers;
        QVERIFY(dots::decodeCustomerList(body, &customers, &error));
        QCOMPARE(customers.items.value(0).id, QStringLiteral("x"));
        QCOMPARE(customers.wasBareArray, isBare);
        dots::ListPage<CheckoutSession> sessions;
        QVERIFY(dots::decodeCheckoutSessionList(body, &sessions, &error));
        QCOMPARE(sessions.items.value(0).id, QStringLiteral("x"));
        QCOMPARE(sessions.hasMore, !isBare);
        dots::ListPage<PaymentMethod> methods;
        QVERIFY(dots::decodePaymentMethodList(body, &methods, &error));
        QCOMPARE(methods.items.value(0).id, QStringLiteral("x"));
        dots::ListPage<Refund> refunds;
        QVERIFY(dots::decodeRefundList(body, &refunds, &error));
        QCOMPARE(refunds.items.value(0).id, QStringLiteral("x"));
    }
}

void TestCodec::peekedCursorIsTheDecodedPagesCursor()
{
    // Read before decoding, to ask for the next page early: the last object's id when the page
    // says there is more, else nothing.
    const struct
    {
        const char *text;
        const char *cursor;
    } cases[] = {
        {R"([{"id": "a"}, {"id": "b"}])", "b"}, // a full bare page
        {R"([{"id": "a"}])", ""},               // a short bare page
        {R"({"data": [{"id": "a"}, {"id": "b"}], "has_more": true})", "b"},
        {R"({"data": [{"id": "a"}, {"id": "b"}], "has_more": false})", ""},
        {R"({"data": [{"id": "a"}], "has_more": true})", "a"}, // short, but says more
        {R"({"data": [{"id": "a"}, {"id": "b"}], "has_more": "yes"})", ""},
        {R"({"data": [{"id": "a"}, {"id": 7}], "has_more": true})", ""},
        {R"({"data": [{"id": "a"}, 5], "has_more": true})", ""},
        {R"({"data": [], "has_more": true})", ""},
        {R"({"error": "busy"})", ""},
    };
    for (const auto &c : cases) {
        const QJsonDocument body = QJsonDocument::fromJson(c.text);
        const QString peeked = dots::peekNextCursor(body, 2);
        QCOMPARE(peeked, QString::fromLatin1(c.cursor));
        if (peeked.isEmpty())
            continue;
        dots::ListPage<PaymentIntent> page;
        QString error;
        QVERIFY(dots::decodePaymentIntentList(body, &page, &error));
        QCOMPARE(page.items.constLast().id, peeked);
    }
}

void TestCodec::timestamps_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime base = utc("2023-11-07T05:31:56Z");
    QTest::newRow("utc") << QJsonValue("2023-11-07T05:31:56Z") << base;
    QTest::newRow("milliseconds") << QJsonValue("2023-11-07T05:31:56.250Z") << base.addMSecs(250);
    QTest::newRow("microseconds") << QJsonValue("2023-11-07T05:31:56.250123Z")
                                  << base.addMSecs(250);
    QTest::newRow("offset") << QJsonValue("2023-11-07T07:31:56+02:00") << base;
    QTest::newRow("offset without colon") << QJsonValue("2023-11-07T11:01:56+0530") << base;
    QTest::newRow("no offset is UTC") << QJsonValue("2023-11-07T05:31:56") << base;
    QTest::newRow("space separator") << QJsonValue("2023-11-07 05:31:56Z") << base;
    QTest::newRow("surrounding spaces") << QJsonValue(" 2023-11-07T05:31:56Z ") << base;
    QTest::newRow("garbage") << QJsonValue("not a date") << QDateTime();
    QTest::newRow("impossible month") << QJsonValue("2023-13-07T05:31:56Z") << QDateTime();
    QTest::newRow("empty") << QJsonValue("") << QDateTime();
    QTest::newRow("number") << QJsonValue(1699335116) << QDateTime();
    QTest::newRow("null") << QJsonValue() << QDateTime();
    // Found by fuzzing (fuzz_dots_codec): times ISO 8601 cannot write back once in UTC.
    QTest::newRow("past 9999 in UTC") << QJsonValue("9999-12-31T23:00:00-05:00") << QDateTime();
    QTest::newRow("before year 1 in UTC") << QJsonValue("0001-01-01T00:30:00+01:00") << QDateTime();
}

void TestCodec::timestamps()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);

    const QDateTime actual = dots::parseTimestamp(value);
    QCOMPARE(actual, expected);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (actual.isValid())
        QCOMPARE(actual.timeSpec(), Qt::UTC);
}

void TestCodec::formatTimestamp()
{
    const QDateTime time = utc("2023-11-07T07:31:56+02:00");
    QCOMPARE(dots::formatTimestamp(time), QStringLiteral("2023-11-07T05:31:56Z"));
    QCOMPARE(dots::formatTimestamp(time.addMSecs(7)), QStringLiteral("2023-11-07T05:31:56.007Z"));
    QCOMPARE(dots::formatTimestamp(QDateTime()), QString());
}

void TestCodec::clientSecretIsNeverKept()
{
    for (const char *json : {R"({"id": "pi", "client_secret": "pi_secret"})",
                             R"({"id": "pi", "client_secret": {"value": "pi_secret"}})"}) {
        const PaymentIntent intent = dots::paymentIntentFromJson(parseObject(json));
        QVERIFY(!intent.extra.contains(QStringLiteral("client_secret")));
        QVERIFY(!compact(dots::toJson(intent)).contains("pi_secret"));
    }
    // Not even when someone puts it into `extra` by hand.
    PaymentIntent intent;
    intent.extra.insert(QStringLiteral("client_secret"), QStringLiteral("pi_secret"));
    QVERIFY(!dots::toJson(intent).contains(QStringLiteral("client_secret")));
}

// Inputs fuzz_dots_codec found that did not survive fromJson(toJson(x)) == x.
void TestCodec::fuzzFindingsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty address") << QByteArray(R"({"address": {}})");
    QTest::newRow("address of unknown fields") << QByteArray(R"({"address": {"floor": 3}})");
    QTest::newRow("platform of the wrong type") << QByteArray(R"({"platform": 5, "type": "card"})");
    QTest::newRow("mask of the wrong type") << QByteArray(R"({"mask": [], "last4": "4242"})");
    QTest::newRow("mask and last4 of the wrong type")
        << QByteArray(R"({"mask": 5, "last4": 6, "card": {"last4": "4242"}})");
    QTest::newRow("brand of the wrong type")
        << QByteArray(R"({"brand": null, "card": {"brand": "visa", "exp_year": 2030}})");
    QTest::newRow("brand of the wrong type, card kept")
        << QByteArray(R"({"brand": {}, "card": {"brand": "visa", "exp_year": 2030}})");
    QTest::newRow("created past 9999 in UTC")
        << QByteArray(R"({"created": "9999-12-31T23:00:00-05:00"})");
    QTest::newRow("updated before year 1 in UTC")
        << QByteArray(R"({"updated": "0001-01-01T00:30:00+01:00"})");
    // U+0130 lowers to "i" and a combining dot, which upper-case to "I" and the dot.
    QTest::newRow("currency of a dotted capital I")
        << QByteArray(R"({"amount": 5, "currency": "\u0130"})");
    QTest::newRow("line item currency of a dotted capital I") << QByteArray(R"({"amount_total": 5,
                          "line_items": [{"price_data": {"amount": 5, "currency": "\u0130"}}]})");
}

void TestCodec::fuzzFindingsRoundTrip()
{
    QFETCH(QByteArray, json);
    const QJsonObject object = parseObject(json.constData());
    // Every resource reads the same object; each must come back from its own JSON.
    const auto roundTrip = [](const auto &value, auto decode) {
        const QJsonObject encoded = dots::toJson(value);
        const auto again = decode(encoded, nullptr);
        QCOMPARE(again, value);
        QCOMPARE(dots::toJson(again), encoded);
    };
    roundTrip(dots::customerFromJson(object), &dots::customerFromJson);
    roundTrip(dots::paymentIntentFromJson(object), &dots::paymentIntentFromJson);
    roundTrip(dots::checkoutSessionFromJson(object), &dots::checkoutSessionFromJson);
    roundTrip(dots::paymentMethodFromJson(object), &dots::paymentMethodFromJson);
    roundTrip(dots::refundFromJson(object), &dots::refundFromJson);
}

void TestCodec::createBodies_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QJsonObject>("expected");

    const QString requestId = QStringLiteral("req-7");

    CustomerDraft customer = customerDraft();
    customer.firstName = QStringLiteral("  Ada ");
    customer.email = QStringLiteral("ada@example.com \n");
    customer.address->country = QStringLiteral("us");
    customer.metadata.insert(QStringLiteral("crm_id"), QStringLiteral(" C-1001 "));
    QTest::newRow("customer") << dots::createBody(customer, requestId) << parseObject(R"({
        "first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com",
        "phone_number": "4155550100", "country_code": "1",
        "address": {"line_1": "1 Main St", "line_2": "Suite 5", "city": "Springfield",
                    "state": "IL", "postcode": "62701", "country": "US"},
        "metadata": {"crm_id": "C-1001", "paydesk_request_id": "req-7"}})");

    CustomerDraft business;
    business.businessName = QStringLiteral("Analytical Engines Ltd");
    business.address = Address(); // all empty: no address at all
    QTest::newRow("business, no optionals")
        << dots::createBody(business)
        << parseObject(R"({"business_name": "Analytical Engines Ltd"})");

    QTest::newRow("payment intent")
        << dots::createBody(paymentIntentDraft(), requestId) << parseObject(R"({
        "amount": 1999, "currency": "usd", "confirm": true,
        "customer_id": "0b7f4a4e-9f0b-4c4e-8a49-4cbb1d0f0a01", "description": "Counter sale",
        "payment_method_id": "a3d5c7e9-1b2d-4f60-8a1c-3e5f7a9b1c2d",
        "transfer_data": {"destination_user_id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"},
        "application_fee_amount": 100,
        "metadata": {"order": "A-17", "paydesk_request_id": "req-7"}})");

    PaymentIntentDraft minimalIntent;
    minimalIntent.amount = usd(500);
    minimalIntent.description = QStringLiteral("   ");
    QTest::newRow("payment intent, no optionals")
        << dots::createBody(minimalIntent) << parseObject(R"({"amount": 500, "currency": "usd"})");

    QTest::newRow("checkout session")
        << dots::createBody(checkoutSessionDraft(), requestId) << parseObject(R"({
        "line_items": [
            {"price_data": {"currency": "usd", "amount": 1250,
                            "product_data": {"name": "Green tea", "description": "Loose leaf, 100 g"}},
             "quantity": 2},
            {"price_data": {"currency": "usd", "amount": 3500, "product_data": {"name": "Teapot"}},
             "quantity": 1}],
        "mode": "payment",
        "success_url": "https://shop.example.com/thanks",
        "cancel_url": "https://shop.example.com/cart",
        "customer_email": "ada@example.com",
        "customer_id": "0b7f4a4e-9f0b-4c4e-8a49-4cbb1d0f0a01",
        "client_reference_id": "cart-42",
        "expires_in": 3600,
        "metadata": {"campaign": "spring", "paydesk_request_id": "req-7"}})");

    CheckoutSessionDraft minimalSession;
    minimalSession.lineItems = {{QStringLiteral("Tea"), QString(), usd(100), 1}};
    minimalSession.successUrl = QStringLiteral(" https://shop.example.com/thanks ");
    minimalSession.expiresInSeconds = 0;
    QTest::newRow("checkout session, no optionals")
        << dots::createBody(minimalSession) << parseObject(R"({
        "line_items": [{"price_data": {"currency": "usd", "amount": 100,
                                       "product_data": {"name": "Tea"}}, "quantity": 1}],
        "mode": "payment", "success_url": "https://shop.example.com/thanks", "expires_in": 0})");

    QTest::newRow("refund") << dots::createBody(refundDraft(), requestId) << parseObject(R"({
        "amount": 500, "payment_intent_id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
        "reason": "requested_by_customer", "metadata": {"paydesk_request_id": "req-7"}})");

    RefundDraft minimalRefund = refundDraft();
    minimalRefund.reason.clear();
    QTest::newRow("refund, no optionals") << dots::createBody(minimalRefund) << parseObject(R"({
        "amount": 500, "payment_intent_id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"})");

    QTest::newRow("confirm") << dots::confirmBody(confirmIntentDraft()) << parseObject(R"({
        "payment_method_id": "a3d5c7e9-1b2d-4f60-8a1c-3e5f7a9b1c2d"})");
}

void TestCodec::createBodies()
{
    QFETCH(QJsonObject, body);
    QFETCH(QJsonObject, expected);

    QCOMPARE(compact(body), compact(expected));
}

void TestCodec::createBodiesConformToTheContract_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");

    const QString requestId = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    CustomerDraft business;
    business.businessName = QStringLiteral("Analytical Engines Ltd");
    PaymentIntentDraft minimalIntent;
    minimalIntent.amount = usd(500);

    QTest::newRow("customer") << "/v2/payment-customers"
                              << dots::createBody(customerDraft(), requestId);
    QTest::newRow("business customer") << "/v2/payment-customers" << dots::createBody(business);
    QTest::newRow("payment intent")
        << "/v2/payment-intents" << dots::createBody(paymentIntentDraft(), requestId);
    QTest::newRow("minimal payment intent")
        << "/v2/payment-intents" << dots::createBody(minimalIntent);
    QTest::newRow("checkout session")
        << "/v2/checkout-sessions" << dots::createBody(checkoutSessionDraft(), requestId);
    QTest::newRow("refund") << "/v2/refunds" << dots::createBody(refundDraft(), requestId);
    QTest::newRow("confirm") << "/v2/payment-intents/{payment_intent_id}/confirm"
                             << dots::confirmBody(confirmIntentDraft());
}

void TestCodec::createBodiesConformToTheContract()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);

    const int schema = m_contract->requestSchema(path);
    QVERIFY2(schema != DotsContract::NotFound, qPrintable(path));
    const QStringList violations = m_contract->violations(body, schema);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("; "))));
}

void TestCodec::contractCheckCatchesABadBody()
{
    // The check above is only worth something if it fails on what the API would refuse.
    const QJsonObject bad = parseObject(R"({"amount": "12.50", "currency": "eur", "confirm": "yes",
        "customer_id": "cus_123", "colour": "blue", "transfer_data": {"user": "u"}})");
    const QStringList violations = m_contract->violations(
        bad, m_contract->requestSchema(QStringLiteral("/v2/payment-intents")));
    QCOMPARE(violations, (QStringList{
                             "amount: expected integer, got string",
                             "colour: not a property the contract takes",
                             "confirm: expected boolean, got string",
                             "currency: \"eur\" is not in the enum usd",
                             "customer_id: \"cus_123\" is not a uuid",
                             "transfer_data.user: not a property the contract takes",
                         }));
    const QStringList missing = m_contract->violations(
        parseObject(R"({"line_items": [{"quantity": 0}], "mode": "subscription"})"),
        m_contract->requestSchema(QStringLiteral("/v2/checkout-sessions")));
    QCOMPARE(missing, (QStringList{
                          "line_items[0]: required price_data is missing",
                          "mode: \"subscription\" is not in the enum payment",
                          "(body): required success_url is missing",
                      }));
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
