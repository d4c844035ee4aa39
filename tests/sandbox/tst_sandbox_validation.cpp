// Request validation against the contract: every bad body is a 400 in the one error shape, naming
// the field and the rule, and changes nothing.

#include "sandbox/sandbox_test_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

// Stand-ins replaced by real ids of the test's records.
constexpr auto kCustomer = "{customer}"_L1;
constexpr auto kOtherCard = "{other-card}"_L1;
constexpr auto kUnknownId = "3fa85f64-5717-4562-b3fc-2c963f66afa6"_L1;

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject intent(QJsonObject fields)
{
    QJsonObject body{{u"amount"_s, 1500}, {u"currency"_s, u"usd"_s}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QJsonObject lineItem(QJsonObject priceData, QJsonValue quantity = 1)
{
    QJsonObject price{{u"currency"_s, u"usd"_s},
                      {u"amount"_s, 900},
                      {u"product_data"_s, QJsonObject{{u"name"_s, u"Sourdough loaf"_s}}}};
    for (auto it = priceData.begin(); it != priceData.end(); ++it)
        price.insert(it.key(), it.value());
    return {{u"price_data"_s, price}, {u"quantity"_s, quantity}};
}

QJsonObject session(QJsonObject fields)
{
    QJsonObject body{{u"mode"_s, u"payment"_s},
                     {u"success_url"_s, u"https://shop.example.com/thanks"_s},
                     {u"line_items"_s, QJsonArray{lineItem({})}}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QJsonObject customer(QJsonObject fields)
{
    QJsonObject body{{u"first_name"_s, u"Ada"_s}, {u"last_name"_s, u"Lovelace"_s}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

const QJsonObject kAddress{{u"country"_s, u"US"_s},
                           {u"city"_s, u"Portland"_s},
                           {u"state"_s, u"OR"_s},
                           {u"postcode"_s, u"97205"_s},
                           {u"line_1"_s, u"1 Main St"_s}};

QJsonObject addressWithout(const QString &field)
{
    QJsonObject address = kAddress;
    address.remove(field);
    return address;
}

} // namespace

class TestSandboxValidation : public QObject
{
    Q_OBJECT

private slots:
    void rejectsBadBodies_data();
    void rejectsBadBodies();
    void acceptsWhatTheContractAllows_data();
    void acceptsWhatTheContractAllows();
};

void TestSandboxValidation::rejectsBadBodies_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");

    const auto intents = u"payment-intents"_s;
    QTest::newRow("intent: no amount")
        << intents << QJsonObject{{u"currency"_s, u"usd"_s}} << u"amount"_s << u"required"_s;
    QTest::newRow("intent: amount 0")
        << intents << intent({{u"amount"_s, 0}}) << u"amount"_s << u"exclusiveMinimum"_s;
    QTest::newRow("intent: negative amount")
        << intents << intent({{u"amount"_s, -500}}) << u"amount"_s << u"exclusiveMinimum"_s;
    QTest::newRow("intent: fractional amount")
        << intents << intent({{u"amount"_s, 12.5}}) << u"amount"_s << u"type"_s;
    QTest::newRow("intent: amount as text")
        << intents << intent({{u"amount"_s, u"1500"_s}}) << u"amount"_s << u"type"_s;
    QTest::newRow("intent: amount beyond 2^53")
        << intents << intent({{u"amount"_s, 1e16}}) << u"amount"_s << u"maximum"_s;
    QTest::newRow("intent: no currency")
        << intents << QJsonObject{{u"amount"_s, 1500}} << u"currency"_s << u"required"_s;
    QTest::newRow("intent: euro") << intents << intent({{u"currency"_s, u"eur"_s}}) << u"currency"_s
                                  << u"enum"_s;
    QTest::newRow("intent: upper-case USD")
        << intents << intent({{u"currency"_s, u"USD"_s}}) << u"currency"_s << u"enum"_s;
    QTest::newRow("intent: confirm as text")
        << intents << intent({{u"confirm"_s, u"yes"_s}}) << u"confirm"_s << u"type"_s;
    QTest::newRow("intent: confirm without card")
        << intents << intent({{u"confirm"_s, true}}) << u"payment_method_id"_s << u"required"_s;
    QTest::newRow("intent: customer id not a UUID")
        << intents << intent({{u"customer_id"_s, u"cus_123"_s}}) << u"customer_id"_s << u"format"_s;
    QTest::newRow("intent: unknown customer")
        << intents << intent({{u"customer_id"_s, kUnknownId}}) << u"customer_id"_s << u"exists"_s;
    QTest::newRow("intent: unknown card")
        << intents << intent({{u"payment_method_id"_s, kUnknownId}}) << u"payment_method_id"_s
        << u"exists"_s;
    QTest::newRow("intent: another customer's card")
        << intents << intent({{u"customer_id"_s, kCustomer}, {u"payment_method_id"_s, kOtherCard}})
        << u"payment_method_id"_s << u"belongs-to-customer"_s;
    QTest::newRow("intent: user id as a number")
        << intents << intent({{u"user_id"_s, 42}}) << u"user_id"_s << u"type"_s;
    QTest::newRow("intent: description not text")
        << intents << intent({{u"description"_s, QJsonArray{u"a"_s}}}) << u"description"_s
        << u"type"_s;
    QTest::newRow("intent: bank payment method type")
        << intents << intent({{u"payment_method_types"_s, QJsonArray{u"card"_s, u"ach"_s}}})
        << u"payment_method_types[1]"_s << u"enum"_s;
    QTest::newRow("intent: off-session future usage")
        << intents << intent({{u"setup_future_usage"_s, u"off_session"_s}})
        << u"setup_future_usage"_s << u"enum"_s;
    QTest::newRow("intent: metadata as the contract's boolean")
        << intents << intent({{u"metadata"_s, true}}) << u"metadata"_s << u"type"_s;
    QTest::newRow("intent: transfer without destination")
        << intents << intent({{u"transfer_data"_s, QJsonObject{}}})
        << u"transfer_data.destination_user_id"_s << u"required"_s;
    QTest::newRow("intent: negative application fee")
        << intents << intent({{u"application_fee_amount"_s, -1}}) << u"application_fee_amount"_s
        << u"minimum"_s;
    QTest::newRow("intent: fee above amount")
        << intents << intent({{u"application_fee_amount"_s, 1501}}) << u"application_fee_amount"_s
        << u"maximum"_s;

    const auto sessions = u"checkout-sessions"_s;
    QTest::newRow("session: no line items")
        << sessions
        << QJsonObject{{u"mode"_s, u"payment"_s},
                       {u"success_url"_s, u"https://shop.example.com/thanks"_s}}
        << u"line_items"_s << u"required"_s;
    QTest::newRow("session: empty line items")
        << sessions << session({{u"line_items"_s, QJsonArray{}}}) << u"line_items"_s
        << u"minItems"_s;
    QTest::newRow("session: quantity 0")
        << sessions << session({{u"line_items"_s, QJsonArray{lineItem({}, 0)}}})
        << u"line_items[0].quantity"_s << u"minimum"_s;
    QTest::newRow("session: quantity missing")
        << sessions
        << session({{u"line_items"_s,
                     QJsonArray{QJsonObject{{u"price_data"_s, lineItem({})[u"price_data"_s]}}}}})
        << u"line_items[0].quantity"_s << u"required"_s;
    QTest::newRow("session: price in euro")
        << sessions
        << session(
               {{u"line_items"_s, QJsonArray{lineItem({}), lineItem({{u"currency"_s, u"eur"_s}})}}})
        << u"line_items[1].price_data.currency"_s << u"enum"_s;
    QTest::newRow("session: free item")
        << sessions << session({{u"line_items"_s, QJsonArray{lineItem({{u"amount"_s, 0}})}}})
        << u"line_items[0].price_data.amount"_s << u"exclusiveMinimum"_s;
    QTest::newRow("session: product without name")
        << sessions
        << session({{u"line_items"_s,
                     QJsonArray{lineItem(
                         {{u"product_data"_s, QJsonObject{{u"description"_s, u"Rye"_s}}}})}}})
        << u"line_items[0].price_data.product_data.name"_s << u"required"_s;
    QTest::newRow("session: unknown line item field")
        << sessions
        << session({{u"line_items"_s,
                     QJsonArray{QJsonObject{{u"price_data"_s, lineItem({})[u"price_data"_s]},
                                            {u"quantity"_s, 1},
                                            {u"discount"_s, 100}}}}})
        << u"line_items[0].discount"_s << u"additionalProperties"_s;
    QTest::newRow("session: image not a URL")
        << sessions
        << session(
               {{u"line_items"_s,
                 QJsonArray{lineItem({{u"product_data"_s,
                                       QJsonObject{{u"name"_s, u"Loaf"_s},
                                                   {u"images"_s, QJsonArray{u"loaf.jpg"_s}}}}})}}})
        << u"line_items[0].price_data.product_data.images[0]"_s << u"format"_s;
    QTest::newRow("session: repeated line item")
        << sessions << session({{u"line_items"_s, QJsonArray{lineItem({}), lineItem({})}}})
        << u"line_items[1]"_s << u"uniqueItems"_s;
    QTest::newRow("session: no success URL")
        << sessions
        << QJsonObject{{u"mode"_s, u"payment"_s}, {u"line_items"_s, QJsonArray{lineItem({})}}}
        << u"success_url"_s << u"required"_s;
    QTest::newRow("session: relative success URL")
        << sessions << session({{u"success_url"_s, u"/thanks"_s}}) << u"success_url"_s
        << u"format"_s;
    QTest::newRow("session: subscription mode")
        << sessions << session({{u"mode"_s, u"subscription"_s}}) << u"mode"_s << u"enum"_s;
    QTest::newRow("session: expires in over 3 hours")
        << sessions << session({{u"expires_in"_s, 10801}}) << u"expires_in"_s << u"maximum"_s;
    QTest::newRow("session: negative expiry")
        << sessions << session({{u"expires_in"_s, -1}}) << u"expires_in"_s << u"minimum"_s;
    QTest::newRow("session: bad customer email")
        << sessions << session({{u"customer_email"_s, u"ada at example.com"_s}})
        << u"customer_email"_s << u"format"_s;
    QTest::newRow("session: user and customer")
        << sessions << session({{u"customer_id"_s, kCustomer}, {u"user_id"_s, kUnknownId}})
        << u"user_id"_s << u"exclusive"_s;
    QTest::newRow("session: metadata not an object")
        << sessions << session({{u"metadata"_s, u"order 7"_s}}) << u"metadata"_s << u"type"_s;

    const auto customers = u"payment-customers"_s;
    QTest::newRow("customer: no name")
        << customers << QJsonObject{{u"email"_s, u"ada@example.com"_s}} << u"first_name"_s
        << u"oneOf"_s;
    QTest::newRow("customer: first name only")
        << customers << QJsonObject{{u"first_name"_s, u"Ada"_s}} << u"last_name"_s << u"oneOf"_s;
    QTest::newRow("customer: person and business")
        << customers << customer({{u"business_name"_s, u"Analytical Engines Ltd"_s}})
        << u"business_name"_s << u"oneOf"_s;
    QTest::newRow("customer: empty business name")
        << customers << QJsonObject{{u"business_name"_s, u"  "_s}} << u"business_name"_s
        << u"minLength"_s;
    QTest::newRow("customer: bad email")
        << customers << customer({{u"email"_s, u"ada@"_s}}) << u"email"_s << u"format"_s;
    QTest::newRow("customer: address without city")
        << customers << customer({{u"address"_s, addressWithout(u"city"_s)}}) << u"address.city"_s
        << u"required"_s;
    QTest::newRow("customer: address without postcode")
        << customers << customer({{u"address"_s, addressWithout(u"postcode"_s)}})
        << u"address.postcode"_s << u"required"_s;
    QTest::newRow("customer: address as text")
        << customers << customer({{u"address"_s, u"1 Main St, Portland"_s}}) << u"address"_s
        << u"type"_s;
    QTest::newRow("customer: phone as number")
        << customers << customer({{u"phone_number"_s, qint64(5555550100)}}) << u"phone_number"_s
        << u"type"_s;

    const auto refunds = u"refunds"_s;
    QTest::newRow("refund: no amount")
        << refunds << QJsonObject{{u"payment_intent_id"_s, kUnknownId}} << u"amount"_s
        << u"required"_s;
    QTest::newRow("refund: no payment intent")
        << refunds << QJsonObject{{u"amount"_s, 100}} << u"payment_intent_id"_s << u"required"_s;
    QTest::newRow("refund: unknown payment intent")
        << refunds << QJsonObject{{u"amount"_s, 100}, {u"payment_intent_id"_s, kUnknownId}}
        << u"payment_intent_id"_s << u"exists"_s;
    QTest::newRow("refund: unknown reason") << refunds
                                            << QJsonObject{{u"amount"_s, 100},
                                                           {u"payment_intent_id"_s, kUnknownId},
                                                           {u"reason"_s, u"changed_mind"_s}}
                                            << u"reason"_s << u"enum"_s;
    QTest::newRow("refund: zero amount")
        << refunds << QJsonObject{{u"amount"_s, 0}, {u"payment_intent_id"_s, kUnknownId}}
        << u"amount"_s << u"exclusiveMinimum"_s;

    QTest::newRow("confirm: no payment method")
        << u"payment-intents/{intent}/confirm"_s << QJsonObject{} << u"payment_method_id"_s
        << u"required"_s;
    QTest::newRow("confirm: unknown payment method")
        << u"payment-intents/{intent}/confirm"_s
        << QJsonObject{{u"payment_method_id"_s, kUnknownId}} << u"payment_method_id"_s
        << u"exists"_s;
    QTest::newRow("confirm: another customer's card")
        << u"payment-intents/{intent}/confirm"_s
        << QJsonObject{{u"payment_method_id"_s, kOtherCard}} << u"payment_method_id"_s
        << u"belongs-to-customer"_s;
}

void TestSandboxValidation::rejectsBadBodies()
{
    QFETCH(QString, route);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    const auto server = startServer();
    HttpClient client(server->port());
    const QString customer = client.createCustomer(u"Ada"_s);
    const QString otherCard = client.testCard(client.createCustomer(u"Grace"_s), true);
    const QString waitingIntent =
        client.apiPost(u"payment-intents"_s, intent({{u"customer_id"_s, customer}}))
            .json()[u"id"_s]
            .toString();
    QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    json.replace(QByteArray(kCustomer.data()), customer.toUtf8())
        .replace(QByteArray(kOtherCard.data()), otherCard.toUtf8());
    route.replace(u"{intent}"_s, waitingIntent);
    const auto before = [&](Resource resource) { return server->count(resource); };
    const qsizetype intents = before(Resource::PaymentIntents);
    const qsizetype customers = before(Resource::PaymentCustomers);
    const qsizetype sessions = before(Resource::CheckoutSessions);

    const HttpResult answer =
        client.send("POST", u"/api/v2/"_s + route, json, {{"Content-Type", "application/json"}});

    QCOMPARE(answer.status, 400);
    const QJsonObject error = answer.json();
    QCOMPARE(error.value(u"code"_s).toString(), u"invalid-input"_s);
    QCOMPARE(error.value(u"field"_s).toString(), field);
    QCOMPARE(error.value(u"rule"_s).toString(), rule);
    QVERIFY(error.value(u"error"_s).isString());
    QVERIFY2(error.value(u"error"_s).toString().contains(field.section(u'.', -1)),
             qPrintable(error.value(u"error"_s).toString()));
    QCOMPARE(server->count(Resource::PaymentIntents), intents);
    QCOMPARE(server->count(Resource::PaymentCustomers), customers);
    QCOMPARE(server->count(Resource::CheckoutSessions), sessions);
    QCOMPARE(server->count(Resource::Refunds), 0);
    QCOMPARE(server->object(Resource::PaymentIntents, waitingIntent)[u"status"_s].toString(),
             u"initialized"_s);
}

void TestSandboxValidation::acceptsWhatTheContractAllows_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("intent: only amount and currency") << u"payment-intents"_s << intent({});
    QTest::newRow("intent: every field")
        << u"payment-intents"_s
        << intent({{u"confirm"_s, false},
                   {u"user_id"_s, kUnknownId},
                   {u"description"_s, u"Order #7"_s},
                   {u"payment_method_types"_s, QJsonArray{u"card"_s}},
                   {u"setup_future_usage"_s, u"on_session"_s},
                   {u"metadata"_s, parse(R"({"paydesk_request_id": "r-1"})")},
                   {u"transfer_data"_s, QJsonObject{{u"destination_user_id"_s, kUnknownId}}},
                   {u"application_fee_amount"_s, 1500}});
    QTest::newRow("session: expires at once")
        << u"checkout-sessions"_s << session({{u"expires_in"_s, 0}});
    QTest::newRow("session: for a user")
        << u"checkout-sessions"_s << session({{u"user_id"_s, kUnknownId}});
    QTest::newRow("customer: business only")
        << u"payment-customers"_s << QJsonObject{{u"business_name"_s, u"Blue Harbor Books"_s}};
    QTest::newRow("customer: person with an address without line 2")
        << u"payment-customers"_s << customer({{u"address"_s, kAddress}});
}

void TestSandboxValidation::acceptsWhatTheContractAllows()
{
    QFETCH(QString, route);
    QFETCH(QJsonObject, body);
    const auto server = startServer();
    HttpClient client(server->port());

    const HttpResult answer = client.apiPost(route, body);

    QVERIFY2(answer.status == 200, answer.body);
}

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "tst_sandbox_validation.moc"
