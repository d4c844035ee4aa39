#include "draft_fixtures.h"
#include "models/fields.h"
#include "network/synaptopay/synaptopay_codec.h"
#include "network/synaptopay/synaptopay_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>
#include <type_traits>

using namespace paydesk;
using namespace fixtures;
namespace sp = paydesk::synaptopay;

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

// Decodes `json` as T, checks that it encodes back to `expected` and that the encoding decodes
// to the same object again.
template <typename T>
void checkRoundTrip(const T &decoded, const QJsonObject &expected,
                    T (*decode)(const QJsonObject &, sp::DecodeWarnings *))
{
    const QJsonObject encoded = sp::toJson(decoded);
    QCOMPARE(encoded, expected);
    sp::DecodeWarnings warnings;
    QCOMPARE(decode(encoded, &warnings), decoded);
}

} // namespace

// QCOMPARE prints resources as the JSON they encode to.
namespace paydesk {
char *toString(const Customer &value)
{
    return qstrdup(compact(sp::toJson(value)).constData());
}
char *toString(const PaymentIntent &value)
{
    return qstrdup(compact(sp::toJson(value)).constData());
}
char *toString(const CheckoutSession &value)
{
    return qstrdup(compact(sp::toJson(value)).constData());
}
char *toString(const Device &value)
{
    return qstrdup(compact(sp::toJson(value)).constData());
}
char *toString(const PaymentMethod &value)
{
    return qstrdup(compact(sp::toJson(value)).constData());
}
char *toString(const Refund &value)
{
    return qstrdup(compact(sp::toJson(value)).constData());
}
char *toString(const Money &value)
{
    return qstrdup(value.isValid()
                       ? qPrintable(QString::number(value.minorUnits()) + u' ' + value.currency())
                       : "(no money)");
}
} // namespace paydesk

using Check = std::function<void(const QJsonObject &json)>;
Q_DECLARE_METATYPE(Check)

class TestSynaptoPayCodec : public QObject
{
    Q_OBJECT

private slots:
    void paymentIntentRoundTrip();
    void terminalIntentRoundTrip();
    void customerRoundTrip();
    void checkoutSessionRoundTrip();
    void deviceRoundTrip();
    void paymentMethodRoundTrip();
    void refundRoundTrip();
    void emptyObjectsRoundTrip();

    void tolerance_data();
    void tolerance();
    void lists_data();
    void lists();
    void listItemWarningsNameTheItem();
    void everyListDecoderTakesTheDocumentToo();
    void listErrors_data();
    void listErrors();
    void timestamps_data();
    void timestamps();

    void intentCreateBody();
    void terminalCreateBody();
    void customerCreateBody();
    void customerPhoneIsE164_data();
    void customerPhoneIsE164();
    void checkoutSessionCreateBody();
    void refundCreateBody();
    void listBody();

    void neutralFields_data();
    void neutralFields();
};

namespace {

const char *const IntentExample = R"({
    "name": "accounts/acct_1N2b3C/payment-intents/pi_3Kq",
    "amount": "10000",
    "currency": "GBP",
    "state": "SUCCEEDED",
    "client_secret": "pi_3Kq_secret_do_not_keep",
    "customer": "accounts/acct_1N2b3C/customers/cus_9xY",
    "payment_method": "accounts/acct_1N2b3C/payment-methods/pm_4kL",
    "transfers": [
        {"account_name": "accounts/acct_shopA", "amount": "2500",
         "transfer": "accounts/acct_1N2b3C/transfers/txfr_1"},
        {"account_name": "accounts/acct_shopB", "amount": "1500"}
    ],
    "setup_future_usage": "OFF_SESSION",
    "metadata": {"order": "A-17"},
    "create_time": "2026-03-02T10:15:00Z",
    "update_time": "2026-03-02T10:15:42.250Z"
})";

// A terminal payment whose attempt on the device failed: back to REQUIRES_PAYMENT_METHOD.
const char *const TerminalIntentExample = R"({
    "name": "accounts/acct_1N2b3C/payment-intents/pi_4Lr",
    "amount": "4250",
    "currency": "GBP",
    "state": "REQUIRES_PAYMENT_METHOD",
    "device": "accounts/acct_1N2b3C/devices/dvc_7Qz",
    "last_payment_error": {"message": "The card was declined.", "code": "card_declined",
                           "device": "accounts/acct_1N2b3C/devices/dvc_7Qz",
                           "decline_code": "insufficient_funds"},
    "create_time": "2026-03-02T11:00:00Z"
})";

const char *const CustomerExample = R"({
    "name": "accounts/acct_1N2b3C/customers/cus_9xY",
    "full_name": "Ada King Lovelace",
    "email": "ada@example.com",
    "phone": "+447700900123",
    "address": {"line1": "12 Marylebone Rd", "line2": "Flat 3", "city": "London",
                "state": "Greater London", "postal_code": "NW1 5LR", "country": "GB"},
    "metadata": {"crm_id": "C-1001"},
    "create_time": "2026-01-05T09:00:00Z",
    "update_time": "2026-02-01T12:30:00.500Z"
})";

const char *const CheckoutSessionExample = R"({
    "name": "accounts/acct_1N2b3C/checkout-sessions/cs_5Ms",
    "state": "COMPLETE",
    "amount": "4999",
    "currency": "GBP",
    "client_reference_id": "cart-42",
    "url": "https://pay.synaptopay.com/c/cs_5Ms",
    "payment_intent": "accounts/acct_1N2b3C/payment-intents/pi_3Kq",
    "paid": true,
    "success_url": "https://shop.example.com/thanks",
    "cancel_url": "https://shop.example.com/cart",
    "expire_time": "2026-03-03T10:15:00Z",
    "create_time": "2026-03-02T10:15:00Z",
    "update_time": "2026-03-02T10:20:00Z",
    "metadata": {"campaign": "spring"}
})";

const char *const DeviceExample = R"({
    "name": "accounts/acct_1N2b3C/devices/dvc_7Qz",
    "state": "ACTIVE",
    "model": "CLOVER_FLEX",
    "display_name": "Front counter",
    "serial_number": "C045UQ12345678",
    "supported_payment_rails": ["card"],
    "supported_currency_codes": ["GBP"],
    "create_time": "2025-11-20T08:00:00Z",
    "update_time": "2026-02-28T17:45:00Z"
})";

const char *const PaymentMethodExample = R"({
    "name": "accounts/acct_1N2b3C/customers/cus_9xY/payment-methods/pm_4kL",
    "type": "card",
    "card": {"brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2030},
    "customer": "accounts/acct_1N2b3C/customers/cus_9xY",
    "create_time": "2026-01-05T09:01:00Z"
})";

const char *const RefundExample = R"({
    "name": "accounts/acct_1N2b3C/refunds/re_6Nt",
    "charge": "accounts/acct_1N2b3C/charges/ch_2Jp",
    "amount": "500",
    "currency": "GBP",
    "reason": "CUSTOMER_REQUEST",
    "description": "Wrong size",
    "metadata": {"ticket": "T-9"},
    "state": "SUCCEEDED",
    "create_time": "2026-03-04T09:30:00Z"
})";

} // namespace

void TestSynaptoPayCodec::paymentIntentRoundTrip()
{
    const QJsonObject json = parseObject(IntentExample);
    sp::DecodeWarnings warnings;
    const PaymentIntent intent = sp::paymentIntentFromJson(json, &warnings);
    QCOMPARE(warnings, QStringList());

    QCOMPARE(intent.id, QStringLiteral("accounts/acct_1N2b3C/payment-intents/pi_3Kq"));
    QCOMPARE(intent.amount, gbp(10000));
    QCOMPARE(intent.status.known(), IntentStatus::Succeeded);
    QCOMPARE(intent.status.raw(), QStringLiteral("SUCCEEDED"));
    QVERIFY(intent.status.isFinal());
    QCOMPARE(intent.customerId, SpCustomer);
    QCOMPARE(intent.paymentMethodId, SpPaymentMethod);
    QVERIFY(intent.device.isEmpty());
    QCOMPARE(intent.transfers.size(), 2);
    QCOMPARE(intent.transfers[0].recipient, SpShopA);
    QCOMPARE(intent.transfers[0].amount, gbp(2500));
    QCOMPARE(intent.transfers[0].id, QStringLiteral("accounts/acct_1N2b3C/transfers/txfr_1"));
    QCOMPARE(intent.transfers[1].recipient, SpShopB);
    QCOMPARE(intent.transfers[1].amount, gbp(1500));
    QVERIFY(intent.transfers[1].id.isEmpty());
    QVERIFY(intent.saveForLater);
    QVERIFY(!intent.lastPaymentError);
    QCOMPARE(intent.metadata.text(QStringLiteral("order")), QStringLiteral("A-17"));
    QCOMPARE(intent.created, utc("2026-03-02T10:15:00Z"));
    QCOMPARE(intent.updated, utc("2026-03-02T10:15:42.250Z"));
    QCOMPARE(intent.extra, QJsonObject()); // the client secret is not kept

    QJsonObject expected = json;
    expected.remove(QStringLiteral("client_secret"));
    checkRoundTrip(intent, expected, &sp::paymentIntentFromJson);
}

void TestSynaptoPayCodec::terminalIntentRoundTrip()
{
    const QJsonObject json = parseObject(TerminalIntentExample);
    const PaymentIntent intent = sp::paymentIntentFromJson(json);
    QCOMPARE(intent.amount, gbp(4250));
    QCOMPARE(intent.status.known(), IntentStatus::RequiresPaymentMethod);
    QCOMPARE(intent.status.phase(), IntentPhase::Waiting);
    QCOMPARE(intent.device, SpDevice);
    QVERIFY(intent.paymentMethodId.isEmpty());
    QVERIFY(!intent.saveForLater);
    QVERIFY(intent.transfers.isEmpty());
    QVERIFY(intent.lastPaymentError);
    QCOMPARE(intent.lastPaymentError->message, QStringLiteral("The card was declined."));
    QCOMPARE(intent.lastPaymentError->code, QStringLiteral("card_declined"));
    QCOMPARE(intent.lastPaymentError->device, SpDevice);
    QCOMPARE(intent.lastPaymentError->extra,
             (QJsonObject{{"decline_code", QStringLiteral("insufficient_funds")}}));
    QVERIFY(!intent.updated.isValid());
    checkRoundTrip(intent, json, &sp::paymentIntentFromJson);
}

void TestSynaptoPayCodec::customerRoundTrip()
{
    const QJsonObject json = parseObject(CustomerExample);
    sp::DecodeWarnings warnings;
    const Customer customer = sp::customerFromJson(json, &warnings);
    QCOMPARE(warnings, QStringList());
    QCOMPARE(customer.id, SpCustomer);
    QCOMPARE(customer.fullName, QStringLiteral("Ada King Lovelace"));
    QVERIFY(customer.firstName.isEmpty() && customer.lastName.isEmpty());
    QVERIFY(!customer.isBusiness());
    QCOMPARE(customer.displayName(), QStringLiteral("Ada King Lovelace"));
    QCOMPARE(customer.email, QStringLiteral("ada@example.com"));
    QCOMPARE(customer.phoneNumber, QStringLiteral("+447700900123"));
    QVERIFY(customer.countryCode.isEmpty());
    QVERIFY(customer.address);
    QCOMPARE(customer.address->line1, QStringLiteral("12 Marylebone Rd"));
    QCOMPARE(customer.address->line2, QStringLiteral("Flat 3"));
    QCOMPARE(customer.address->city, QStringLiteral("London"));
    QCOMPARE(customer.address->state, QStringLiteral("Greater London"));
    QCOMPARE(customer.address->postcode, QStringLiteral("NW1 5LR"));
    QCOMPARE(customer.address->country, QStringLiteral("GB"));
    QCOMPARE(customer.address->extra, QJsonObject());
    QCOMPARE(customer.metadata.text(QStringLiteral("crm_id")), QStringLiteral("C-1001"));
    QCOMPARE(customer.created, utc("2026-01-05T09:00:00Z"));
    QCOMPARE(customer.updated, utc("2026-02-01T12:30:00.500Z"));
    QCOMPARE(customer.extra, QJsonObject());
    checkRoundTrip(customer, json, &sp::customerFromJson);
}

void TestSynaptoPayCodec::checkoutSessionRoundTrip()
{
    const QJsonObject json = parseObject(CheckoutSessionExample);
    sp::DecodeWarnings warnings;
    const CheckoutSession session = sp::checkoutSessionFromJson(json, &warnings);
    QCOMPARE(warnings, QStringList());
    QCOMPARE(session.id, QStringLiteral("accounts/acct_1N2b3C/checkout-sessions/cs_5Ms"));
    QCOMPARE(session.status.known(), CheckoutStatus::Complete);
    QVERIFY(session.status.isFinal());
    QCOMPARE(session.amountTotal, std::optional<Money>(gbp(4999)));
    QCOMPARE(session.clientReferenceId, QStringLiteral("cart-42"));
    QCOMPARE(session.url, QStringLiteral("https://pay.synaptopay.com/c/cs_5Ms"));
    QCOMPARE(session.paymentIntentId,
             QStringLiteral("accounts/acct_1N2b3C/payment-intents/pi_3Kq"));
    QCOMPARE(session.paid, std::optional<bool>(true));
    QCOMPARE(session.successUrl, QStringLiteral("https://shop.example.com/thanks"));
    QCOMPARE(session.cancelUrl, QStringLiteral("https://shop.example.com/cart"));
    QCOMPARE(session.expiry, utc("2026-03-03T10:15:00Z"));
    QCOMPARE(session.created, utc("2026-03-02T10:15:00Z"));
    QCOMPARE(session.updated, utc("2026-03-02T10:20:00Z"));
    QCOMPARE(session.metadata.text(QStringLiteral("campaign")), QStringLiteral("spring"));
    QVERIFY(session.lineItems.isEmpty());
    QCOMPARE(session.extra, QJsonObject());
    checkRoundTrip(session, json, &sp::checkoutSessionFromJson);

    // Unpaid is said, not left out.
    QJsonObject open = json;
    open.insert(QStringLiteral("state"), QStringLiteral("OPEN"));
    open.insert(QStringLiteral("paid"), false);
    const CheckoutSession unpaid = sp::checkoutSessionFromJson(open);
    QCOMPARE(unpaid.status.known(), CheckoutStatus::Open);
    QCOMPARE(unpaid.paid, std::optional<bool>(false));
    checkRoundTrip(unpaid, open, &sp::checkoutSessionFromJson);
}

void TestSynaptoPayCodec::deviceRoundTrip()
{
    const QJsonObject json = parseObject(DeviceExample);
    sp::DecodeWarnings warnings;
    const Device device = sp::deviceFromJson(json, &warnings);
    QCOMPARE(warnings, QStringList());
    QCOMPARE(device.id, SpDevice);
    QCOMPARE(device.displayName, QStringLiteral("Front counter"));
    QCOMPARE(device.label(), QStringLiteral("Front counter"));
    QCOMPARE(device.model, QStringLiteral("CLOVER_FLEX"));
    QCOMPARE(device.serialNumber, QStringLiteral("C045UQ12345678"));
    QCOMPARE(device.state, QStringLiteral("ACTIVE"));
    QVERIFY(device.canTakePayments());
    QCOMPARE(device.supportedCurrencies, QStringList{QStringLiteral("GBP")});
    QCOMPARE(device.supportedRails, QStringList{QStringLiteral("card")});
    QCOMPARE(device.created, utc("2025-11-20T08:00:00Z"));
    QCOMPARE(device.updated, utc("2026-02-28T17:45:00Z"));
    QCOMPARE(device.extra, QJsonObject());
    QVERIFY(device.canTakePayment(QStringLiteral("GBP")));
    QVERIFY(!device.canTakePayment(QStringLiteral("EUR")));
    // What the fixture the drafts' tests use stands for.
    Device fixture = frontCounter();
    fixture.created = device.created;
    fixture.updated = device.updated;
    QCOMPARE(device, fixture);
    checkRoundTrip(device, json, &sp::deviceFromJson);
}

void TestSynaptoPayCodec::paymentMethodRoundTrip()
{
    const QJsonObject json = parseObject(PaymentMethodExample);
    sp::DecodeWarnings warnings;
    const PaymentMethod method = sp::paymentMethodFromJson(json, &warnings);
    QCOMPARE(warnings, QStringList());
    QCOMPARE(method.id,
             QStringLiteral("accounts/acct_1N2b3C/customers/cus_9xY/payment-methods/pm_4kL"));
    QCOMPARE(method.type, QStringLiteral("card"));
    QCOMPARE(method.brand, QStringLiteral("visa"));
    QCOMPARE(method.last4, QStringLiteral("4242"));
    QCOMPARE(method.customerId, SpCustomer);
    QCOMPARE(method.displayName(), QStringLiteral("visa •••• 4242"));
    QCOMPARE(method.extra,
             (QJsonObject{{"card", QJsonObject{{"exp_month", 12}, {"exp_year", 2030}}},
                          {"create_time", QStringLiteral("2026-01-05T09:01:00Z")}}));
    checkRoundTrip(method, json, &sp::paymentMethodFromJson);
}

void TestSynaptoPayCodec::refundRoundTrip()
{
    const QJsonObject json = parseObject(RefundExample);
    sp::DecodeWarnings warnings;
    const Refund refund = sp::refundFromJson(json, &warnings);
    QCOMPARE(warnings, QStringList());
    QCOMPARE(refund.id, QStringLiteral("accounts/acct_1N2b3C/refunds/re_6Nt"));
    QCOMPARE(refund.chargeId, QStringLiteral("accounts/acct_1N2b3C/charges/ch_2Jp"));
    QVERIFY(refund.paymentIntentId.isEmpty());
    QCOMPARE(refund.amount, std::optional<Money>(gbp(500)));
    QCOMPARE(refund.reason, QStringLiteral("CUSTOMER_REQUEST"));
    QCOMPARE(refund.status, QStringLiteral("SUCCEEDED"));
    QCOMPARE(refund.created, utc("2026-03-04T09:30:00Z"));
    QCOMPARE(refund.extra, (QJsonObject{{"description", QStringLiteral("Wrong size")},
                                        {"metadata", QJsonObject{{"ticket", "T-9"}}}}));
    checkRoundTrip(refund, json, &sp::refundFromJson);
}

void TestSynaptoPayCodec::emptyObjectsRoundTrip()
{
    QCOMPARE(sp::toJson(PaymentIntent()), QJsonObject());
    QCOMPARE(sp::toJson(Customer()), QJsonObject());
    QCOMPARE(sp::toJson(CheckoutSession()), QJsonObject());
    QCOMPARE(sp::toJson(Device()), QJsonObject());
    QCOMPARE(sp::toJson(PaymentMethod()), QJsonObject());
    QCOMPARE(sp::toJson(Refund()), QJsonObject());
    QCOMPARE(sp::paymentIntentFromJson({}), PaymentIntent());
    QCOMPARE(sp::deviceFromJson({}), Device());
}

void TestSynaptoPayCodec::tolerance_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Check>("check");

    const auto row = [](const char *name, const char *json, const Check &check) {
        QTest::newRow(name) << QByteArray(json) << check;
    };
    const auto intentOf = [](const QJsonObject &json) { return sp::paymentIntentFromJson(json); };

    // Amounts
    row("amount as a JSON number", R"({"amount": 10000, "currency": "GBP"})",
        [](const QJsonObject &json) {
            sp::DecodeWarnings warnings;
            const PaymentIntent intent = sp::paymentIntentFromJson(json, &warnings);
            QCOMPARE(intent.amount, gbp(10000));
            QCOMPARE(intent.extra, QJsonObject());
            QCOMPARE(warnings, QStringList{"amount: expected a string of minor units, got a "
                                           "number; read it as one"});
            // Written back as SynaptoPay writes it.
            QCOMPARE(sp::toJson(intent).value("amount"), QJsonValue("10000"));
        });
    row("amount as a fraction", R"({"amount": 100.5, "currency": "GBP"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(!intent.amount.isValid());
            QCOMPARE(intent.extra, json); // nothing is truncated; the currency stays with it
        });
    row("amount as a decimal string", R"({"amount": "12.50", "currency": "GBP"})",
        [=](const QJsonObject &json) {
            sp::DecodeWarnings warnings;
            const PaymentIntent intent = sp::paymentIntentFromJson(json, &warnings);
            QVERIFY(!intent.amount.isValid());
            QCOMPARE(intent.extra, json);
            QCOMPARE(warnings,
                     QStringList{"amount: \"12.50\" is not a whole number of minor units"});
        });
    row("amount beyond 64 bits", R"({"amount": "99999999999999999999", "currency": "GBP"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(!intent.amount.isValid());
            QCOMPARE(intent.extra.value("amount"), QJsonValue("99999999999999999999"));
        });
    row("negative amount", R"({"amount": "-250", "currency": "GBP"})",
        [=](const QJsonObject &json) { QCOMPARE(intentOf(json).amount, gbp(-250)); });
    row("amount as a boolean", R"({"amount": true, "currency": "GBP"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(!intent.amount.isValid());
            QCOMPARE(intent.extra, json);
        });
    row("amount null, currency alone", R"({"amount": null, "currency": "GBP"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(!intent.amount.isValid());
            QCOMPARE(intent.extra, (QJsonObject{{"currency", "GBP"}}));
        });

    // Currencies
    row("lower-case currency", R"({"amount": "999", "currency": "gbp"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QCOMPARE(intent.amount, gbp(999));
            QCOMPARE(sp::toJson(intent).value("currency"), QJsonValue("GBP"));
        });
    row("currency with spaces and mixed case", R"({"amount": "999", "currency": " eUr "})",
        [=](const QJsonObject &json) {
            QCOMPARE(intentOf(json).amount, Money(999, QStringLiteral("EUR")));
        });
    row("missing currency", R"({"amount": "999"})", [](const QJsonObject &json) {
        sp::DecodeWarnings warnings;
        const PaymentIntent intent = sp::paymentIntentFromJson(json, &warnings);
        QVERIFY(!intent.amount.isValid()); // no currency can be assumed
        QCOMPARE(intent.extra, json);
        QCOMPARE(warnings, QStringList{"amount: no currency; kept as it came"});
    });
    row("null currency", R"({"amount": "999", "currency": null})", [=](const QJsonObject &json) {
        const PaymentIntent intent = intentOf(json);
        QVERIFY(!intent.amount.isValid());
        QCOMPARE(intent.extra, (QJsonObject{{"amount", "999"}}));
    });
    row("numeric currency", R"({"amount": "999", "currency": 826})", [=](const QJsonObject &json) {
        const PaymentIntent intent = intentOf(json);
        QVERIFY(!intent.amount.isValid());
        QCOMPARE(intent.extra, json);
    });
    row("blank currency", R"({"amount": "999", "currency": "  "})", [=](const QJsonObject &json) {
        const PaymentIntent intent = intentOf(json);
        QVERIFY(!intent.amount.isValid());
        QCOMPARE(intent.extra, json);
    });

    // Nulls, missing fields, wrong types
    row("every field null",
        R"({"name": null, "amount": null, "currency": null, "state": null, "customer": null,
            "payment_method": null, "device": null, "transfers": null,
            "setup_future_usage": null, "last_payment_error": null, "metadata": null,
            "create_time": null, "update_time": null, "client_secret": null})",
        [=](const QJsonObject &json) { QCOMPARE(intentOf(json), PaymentIntent()); });
    row("name of the wrong type", R"({"name": 42, "state": "PROCESSING"})",
        [=](const QJsonObject &json) {
            sp::DecodeWarnings warnings;
            const PaymentIntent intent = sp::paymentIntentFromJson(json, &warnings);
            QVERIFY(intent.id.isEmpty());
            QCOMPARE(intent.status.phase(), IntentPhase::Moving);
            QCOMPARE(intent.extra, (QJsonObject{{"name", 42}}));
            QCOMPARE(warnings, QStringList{"name: expected a string, got a number"});
        });
    row("unknown state kept as it came", R"({"state": "AWAITING_TERMINAL"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QCOMPARE(intent.status.raw(), QStringLiteral("AWAITING_TERMINAL"));
            QCOMPARE(intent.status.known(), IntentStatus::Unrecognized);
            QCOMPARE(intent.status.displayName(), QStringLiteral("AWAITING_TERMINAL"));
            QCOMPARE(sp::toJson(intent), json);
        });
    row("unknown fields kept",
        R"({"name": "accounts/a/payment-intents/pi_1", "charge": "accounts/a/charges/ch_1",
            "livemode": false, "next_action": {"type": "TERMINAL"}})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QCOMPARE(intent.id, QStringLiteral("accounts/a/payment-intents/pi_1"));
            QCOMPARE(intent.extra.size(), 3);
            QCOMPARE(intent.extra.value("charge"), QJsonValue("accounts/a/charges/ch_1"));
            QCOMPARE(intent.extra.value("next_action"),
                     QJsonValue(QJsonObject{{"type", "TERMINAL"}}));
            QCOMPARE(sp::toJson(intent), json);
        });
    row("client secret dropped even when odd", R"({"client_secret": {"v": 1}})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QCOMPARE(intent.extra, QJsonObject());
            QVERIFY(!sp::toJson(intent).contains("client_secret"));
        });
    row("metadata of the wrong type", R"({"metadata": ["order", "A-17"]})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(intent.metadata.isEmpty());
            QCOMPARE(intent.extra, json);
        });

    // Transfers
    row("transfers not an array", R"({"transfers": {"account_name": "accounts/acct_x"}})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(intent.transfers.isEmpty());
            QCOMPARE(intent.extra, json);
        });
    row("a transfer that is not an object",
        R"({"amount": "100", "currency": "GBP",
            "transfers": [{"account_name": "accounts/acct_x", "amount": "10"}, "accounts/acct_y"]})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(intent.transfers.isEmpty()); // the whole list stays as it came
            QCOMPARE(intent.extra.value("transfers"), json.value("transfers"));
            QCOMPARE(intent.amount, gbp(100));
        });
    row("transfer amount as a number",
        R"({"amount": "100", "currency": "gbp",
            "transfers": [{"account_name": "accounts/acct_x", "amount": 40}]})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QCOMPARE(intent.transfers.size(), 1);
            QCOMPARE(intent.transfers[0].amount, gbp(40)); // in the intent's currency
            QCOMPARE(sp::toJson(intent).value("transfers"),
                     QJsonValue(QJsonArray{
                         QJsonObject{{"account_name", "accounts/acct_x"}, {"amount", "40"}}}));
        });
    row("transfer in a currency of its own",
        R"({"amount": "100", "currency": "GBP",
            "transfers": [{"account_name": "accounts/acct_x", "amount": "40", "currency": "eur"}]})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QCOMPARE(intent.transfers[0].amount, Money(40, QStringLiteral("EUR")));
            QCOMPARE(sp::toJson(intent).value("transfers")[0].toObject().value("currency"),
                     QJsonValue("EUR"));
        });
    row("transfer of an intent without currency",
        R"({"transfers": [{"account_name": "accounts/acct_x", "amount": "40", "kind": "CHARGE_SPLIT"}]})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QCOMPARE(intent.transfers.size(), 1);
            QCOMPARE(intent.transfers[0].recipient, QStringLiteral("accounts/acct_x"));
            QVERIFY(!intent.transfers[0].amount.isValid());
            QCOMPARE(intent.transfers[0].extra,
                     (QJsonObject{{"amount", "40"}, {"kind", "CHARGE_SPLIT"}}));
            QCOMPARE(sp::toJson(intent), json);
        });

    // setup_future_usage
    row("save for later in lower case", R"({"setup_future_usage": "off_session"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(intent.saveForLater);
            QCOMPARE(intent.extra, QJsonObject());
            QCOMPARE(sp::toJson(intent).value("setup_future_usage"), QJsonValue("OFF_SESSION"));
        });
    row("setup_future_usage this build does not know", R"({"setup_future_usage": "ON_SESSION"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(!intent.saveForLater);
            QCOMPARE(intent.extra, json);
            QCOMPARE(sp::toJson(intent), json);
        });
    row("setup_future_usage of the wrong type", R"({"setup_future_usage": true})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(!intent.saveForLater);
            QCOMPARE(intent.extra, json);
        });

    // last_payment_error
    row("error code as a number", R"({"last_payment_error": {"message": "Declined", "code": 7}})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(intent.lastPaymentError);
            QCOMPARE(intent.lastPaymentError->code, QStringLiteral("7"));
            QCOMPARE(intent.lastPaymentError->message, QStringLiteral("Declined"));
            QVERIFY(intent.lastPaymentError->device.isEmpty());
        });
    row("error not an object", R"({"last_payment_error": "Declined"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(!intent.lastPaymentError);
            QCOMPARE(intent.extra, json);
        });
    row("empty error object", R"({"last_payment_error": {}})", [=](const QJsonObject &json) {
        const PaymentIntent intent = intentOf(json);
        QVERIFY(intent.lastPaymentError);
        QCOMPARE(*intent.lastPaymentError, PaymentError());
        QCOMPARE(sp::toJson(intent), json);
    });

    // Timestamps
    row("timestamp that is not one", R"({"create_time": "yesterday"})",
        [=](const QJsonObject &json) {
            const PaymentIntent intent = intentOf(json);
            QVERIFY(!intent.created.isValid());
            QCOMPARE(intent.extra, json);
        });
    row("timestamp as seconds", R"({"update_time": 1772446500})", [=](const QJsonObject &json) {
        const PaymentIntent intent = intentOf(json);
        QVERIFY(!intent.updated.isValid());
        QCOMPARE(intent.extra, json);
    });

    // Customers
    row("customer with a business-looking full name only",
        R"({"name": "accounts/a/customers/c", "full_name": "Analytical Engines Ltd"})",
        [](const QJsonObject &json) {
            const Customer customer = sp::customerFromJson(json);
            QCOMPARE(customer.fullName, QStringLiteral("Analytical Engines Ltd"));
            QCOMPARE(customer.displayName(), QStringLiteral("Analytical Engines Ltd"));
            QVERIFY(customer.businessName.isEmpty() && !customer.isBusiness());
        });
    row("customer phone as a number", R"({"phone": 447700900123, "email": "a@example.com"})",
        [](const QJsonObject &json) {
            const Customer customer = sp::customerFromJson(json);
            QVERIFY(customer.phoneNumber.isEmpty());
            QCOMPARE(customer.email, QStringLiteral("a@example.com"));
            QCOMPARE(customer.extra, (QJsonObject{{"phone", 447700900123.0}}));
        });
    row("customer address as a string", R"({"address": "12 Marylebone Rd, London"})",
        [](const QJsonObject &json) {
            const Customer customer = sp::customerFromJson(json);
            QVERIFY(!customer.address);
            QCOMPARE(customer.extra, json);
        });
    row("customer address with fields this build does not know",
        R"({"address": {"line1": "1 High St", "dependent_locality": "Soho", "country": "gb"}})",
        [](const QJsonObject &json) {
            const Customer customer = sp::customerFromJson(json);
            QVERIFY(customer.address);
            QCOMPARE(customer.address->line1, QStringLiteral("1 High St"));
            QCOMPARE(customer.address->country, QStringLiteral("gb")); // as it came
            QCOMPARE(customer.address->extra, (QJsonObject{{"dependent_locality", "Soho"}}));
            QCOMPARE(sp::toJson(customer), json);
        });

    // Checkout sessions
    row("checkout session paid as a string", R"({"paid": "true", "state": "COMPLETE"})",
        [](const QJsonObject &json) {
            const CheckoutSession session = sp::checkoutSessionFromJson(json);
            QVERIFY(!session.paid);
            QCOMPARE(session.status.known(), CheckoutStatus::Complete);
            QCOMPARE(session.extra, (QJsonObject{{"paid", "true"}}));
        });
    row("checkout session amount as a number in lower case",
        R"({"amount": 4999, "currency": "jpy", "state": "EXPIRED_BY_MERCHANT"})",
        [](const QJsonObject &json) {
            const CheckoutSession session = sp::checkoutSessionFromJson(json);
            QCOMPARE(session.amountTotal, std::optional<Money>(Money(4999, "JPY")));
            QCOMPARE(session.status.known(), CheckoutStatus::Unrecognized);
            QCOMPARE(session.status.displayName(), QStringLiteral("EXPIRED_BY_MERCHANT"));
            QVERIFY(!session.status.isFinal());
        });

    // Devices
    row("device currencies in lower case", R"({"supported_currency_codes": ["gbp", " eur"]})",
        [](const QJsonObject &json) {
            const Device device = sp::deviceFromJson(json);
            QCOMPARE(device.supportedCurrencies, (QStringList{"GBP", "EUR"}));
            QVERIFY(device.takesCurrency("EUR"));
        });
    row("device currencies with an odd entry", R"({"supported_currency_codes": ["GBP", 826]})",
        [](const QJsonObject &json) {
            const Device device = sp::deviceFromJson(json);
            QVERIFY(device.supportedCurrencies.isEmpty());
            QCOMPARE(device.extra, json);
        });
    row("device rails not a list", R"({"supported_payment_rails": "card"})",
        [](const QJsonObject &json) {
            const Device device = sp::deviceFromJson(json);
            QVERIFY(device.supportedRails.isEmpty());
            QCOMPARE(device.extra, json);
        });
    row("device in a state nobody documented", R"({"state": "DECOMMISSIONED", "model": 3})",
        [](const QJsonObject &json) {
            const Device device = sp::deviceFromJson(json);
            QCOMPARE(device.state, QStringLiteral("DECOMMISSIONED"));
            QVERIFY(!device.canTakePayments());
            QVERIFY(device.model.isEmpty());
            QCOMPARE(device.extra, (QJsonObject{{"model", 3}}));
        });

    // Payment methods and refunds
    row("payment method card of the wrong type", R"({"type": "card", "card": "visa 4242"})",
        [](const QJsonObject &json) {
            const PaymentMethod method = sp::paymentMethodFromJson(json);
            QCOMPARE(method.type, QStringLiteral("card"));
            QVERIFY(method.brand.isEmpty() && method.last4.isEmpty());
            QCOMPARE(method.extra, (QJsonObject{{"card", "visa 4242"}}));
            QCOMPARE(method.displayName(), QStringLiteral("card"));
        });
    row("payment method card with odd parts", R"({"card": {"brand": "mastercard", "last4": 4444}})",
        [](const QJsonObject &json) {
            const PaymentMethod method = sp::paymentMethodFromJson(json);
            QCOMPARE(method.brand, QStringLiteral("mastercard"));
            QVERIFY(method.last4.isEmpty());
            QCOMPARE(method.extra, (QJsonObject{{"card", QJsonObject{{"last4", 4444}}}}));
            QCOMPARE(sp::toJson(method), json);
        });
    row("refund without currency", R"({"charge": "accounts/a/charges/ch_1", "amount": "500"})",
        [](const QJsonObject &json) {
            const Refund refund = sp::refundFromJson(json);
            QCOMPARE(refund.chargeId, QStringLiteral("accounts/a/charges/ch_1"));
            QVERIFY(!refund.amount);
            QCOMPARE(refund.extra, (QJsonObject{{"amount", "500"}}));
        });
    row("refund with a payment intent", R"({"payment_intent": "accounts/a/payment-intents/pi_1",
            "amount": 500, "currency": "usd", "state": "PENDING"})",
        [](const QJsonObject &json) {
            const Refund refund = sp::refundFromJson(json);
            QCOMPARE(refund.paymentIntentId, QStringLiteral("accounts/a/payment-intents/pi_1"));
            QCOMPARE(refund.amount, std::optional<Money>(Money(500, "USD")));
            QCOMPARE(refund.status, QStringLiteral("PENDING"));
            QCOMPARE(refund.extra, QJsonObject());
        });
}

void TestSynaptoPayCodec::tolerance()
{
    QFETCH(QByteArray, json);
    QFETCH(Check, check);
    const QJsonObject object = parseObject(json.constData());
    check(object);
    if (QTest::currentTestFailed())
        return;

    // Whatever came, every decoder holds fromJson(toJson(x)) == x, with or without warnings.
    const auto roundTrips = [&](auto decode) {
        sp::DecodeWarnings warnings;
        const auto first = decode(object, &warnings);
        QCOMPARE(decode(object, nullptr), first);
        QCOMPARE(decode(sp::toJson(first), nullptr), first);
    };
    roundTrips(&sp::paymentIntentFromJson);
    roundTrips(&sp::customerFromJson);
    roundTrips(&sp::checkoutSessionFromJson);
    roundTrips(&sp::deviceFromJson);
    roundTrips(&sp::paymentMethodFromJson);
    roundTrips(&sp::refundFromJson);
}

void TestSynaptoPayCodec::lists_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("nextPageToken");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("devices, last page")
        << QByteArray(R"({"devices": [{"name": "d1"}, {"name": "d2"}]})") << QStringList{"d1", "d2"}
        << QString() << QStringList();
    QTest::newRow("devices, more to come")
        << QByteArray(R"({"devices": [{"name": "d1"}], "next_page_token": "CgJkMQ=="})")
        << QStringList{"d1"} << "CgJkMQ==" << QStringList();
    QTest::newRow("empty token is the last page")
        << QByteArray(R"({"devices": [{"name": "d1"}], "next_page_token": ""})")
        << QStringList{"d1"} << QString() << QStringList();
    QTest::newRow("empty list") << QByteArray(R"({"devices": []})") << QStringList() << QString()
                                << QStringList();
    QTest::newRow("empty list left out")
        << QByteArray("{}") << QStringList() << QString() << QStringList();
    QTest::newRow("empty list with a null token")
        << QByteArray(R"({"devices": null, "next_page_token": null})") << QStringList() << QString()
        << QStringList();
    QTest::newRow("bare array") << QByteArray(R"([{"name": "d1"}])") << QStringList{"d1"}
                                << QString() << QStringList();
    QTest::newRow("lowerCamelCase token")
        << QByteArray(R"({"devices": [{"name": "d1"}], "nextPageToken": "t2"})")
        << QStringList{"d1"} << "t2" << QStringList();
    QTest::newRow("token of the wrong type")
        << QByteArray(R"({"devices": [{"name": "d1"}], "next_page_token": 2})") << QStringList{"d1"}
        << QString()
        << QStringList{"next_page_token: expected a string, got a number; taken as the last page"};
    QTest::newRow("an item that is not an object")
        << QByteArray(R"({"devices": [{"name": "d1"}, "d2", {"name": "d3"}]})")
        << QStringList{"d1", "d3"} << QString()
        << QStringList{"devices[1]: expected an object, got a string; skipped"};
}

void TestSynaptoPayCodec::lists()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, names);
    QFETCH(QString, nextPageToken);
    QFETCH(QStringList, warnings);

    sp::ListPage<Device> page;
    page.nextPageToken = QStringLiteral("stale");
    QString error = QStringLiteral("stale");
    sp::DecodeWarnings found;
    QVERIFY(sp::decodeDeviceList(body, &page, &error, &found));
    QVERIFY(error.isEmpty());
    QStringList decoded;
    for (const Device &device : std::as_const(page.items))
        decoded.append(device.id);
    QCOMPARE(decoded, names);
    QCOMPARE(page.nextPageToken, nextPageToken);
    QCOMPARE(page.hasMore(), !nextPageToken.isEmpty());
    QCOMPARE(found, warnings);
    // The token read before decoding, to ask for the next page early, is the decoded one.
    QCOMPARE(sp::peekNextPageToken(QJsonDocument::fromJson(body)), nextPageToken);
}

void TestSynaptoPayCodec::listItemWarningsNameTheItem()
{
    const QByteArray body = R"({"payment_intents": [
        {"name": "pi_1", "amount": "1", "currency": "GBP"},
        {"name": "pi_2", "amount": "x", "currency": "GBP"}]})";
    sp::ListPage<PaymentIntent> page;
    QString error;
    sp::DecodeWarnings warnings;
    QVERIFY(sp::decodePaymentIntentList(body, &page, &error, &warnings));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items[0].amount, gbp(1));
    QVERIFY(!page.items[1].amount.isValid());
    QCOMPARE(warnings,
             QStringList{"payment_intents[1].amount: \"x\" is not a whole number of minor units"});
}

void TestSynaptoPayCodec::everyListDecoderTakesTheDocumentToo()
{
    // Every resource's list, under its snake_case name and, where it has one, lowerCamelCase.
    const auto both = [](const QByteArray &body, auto decode, auto *page) {
        QString error;
        QVERIFY2(decode(body, page, &error, nullptr), qPrintable(error));
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.first().id, QStringLiteral("accounts/a/x/1"));
        QCOMPARE(page->nextPageToken, QStringLiteral("t"));
        std::remove_pointer_t<decltype(page)> fromDocument;
        QVERIFY(decode(QJsonDocument::fromJson(body), &fromDocument, &error, nullptr));
        QCOMPARE(fromDocument.items, page->items);
        QCOMPARE(fromDocument.nextPageToken, page->nextPageToken);
        // Read before decoding, to ask for the next page early.
        QCOMPARE(sp::peekNextPageToken(QJsonDocument::fromJson(body)), page->nextPageToken);
    };
    const auto body = [](const char *key) {
        return QByteArray("{\"") + key +
               "\": [{\"name\": \"accounts/a/x/1\"}], \"next_page_token\": \"t\"}";
    };
    sp::ListPage<Customer> customers;
    both(
        body("customers"),
        [](const auto &in, auto *p, QString *e, sp::DecodeWarnings *w) {
            return sp::decodeCustomerList(in, p, e, w);
        },
        &customers);
    for (const char *key : {"payment_intents", "paymentIntents"}) {
        sp::ListPage<PaymentIntent> intents;
        both(
            body(key),
            [](const auto &in, auto *p, QString *e, sp::DecodeWarnings *w) {
                return sp::decodePaymentIntentList(in, p, e, w);
            },
            &intents);
    }
    for (const char *key : {"checkout_sessions", "checkoutSessions"}) {
        sp::ListPage<CheckoutSession> sessions;
        both(
            body(key),
            [](const auto &in, auto *p, QString *e, sp::DecodeWarnings *w) {
                return sp::decodeCheckoutSessionList(in, p, e, w);
            },
            &sessions);
    }
    sp::ListPage<Device> devices;
    both(
        body("devices"),
        [](const auto &in, auto *p, QString *e, sp::DecodeWarnings *w) {
            return sp::decodeDeviceList(in, p, e, w);
        },
        &devices);
    for (const char *key : {"payment_methods", "paymentMethods"}) {
        sp::ListPage<PaymentMethod> methods;
        both(
            body(key),
            [](const auto &in, auto *p, QString *e, sp::DecodeWarnings *w) {
                return sp::decodePaymentMethodList(in, p, e, w);
            },
            &methods);
    }
    sp::ListPage<Refund> refunds;
    both(
        body("refunds"),
        [](const auto &in, auto *p, QString *e, sp::DecodeWarnings *w) {
            return sp::decodeRefundList(in, p, e, w);
        },
        &refunds);
}

void TestSynaptoPayCodec::listErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON") << QByteArray("<html>502</html>")
                              << "The answer is not JSON: illegal value at byte 1.";
    QTest::newRow("nothing") << QByteArray() << "The answer is not JSON: illegal value at byte 0.";
    QTest::newRow("list of the wrong type")
        << QByteArray(R"({"devices": {"name": "d1"}})")
        << "The answer is not a list: its “devices” is not an array.";
    QTest::newRow("a single object, not a list")
        << QByteArray(R"({"name": "accounts/a/devices/d1", "state": "ACTIVE"})")
        << "The answer is not a list: it has no “devices” array.";
    QTest::newRow("an error body") << QByteArray(R"({"code": 7, "message": "denied"})")
                                   << "The answer is not a list: it has no “devices” array.";
}

void TestSynaptoPayCodec::listErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    sp::ListPage<Device> page;
    page.nextPageToken = QStringLiteral("kept");
    QString message;
    QVERIFY(!sp::decodeDeviceList(body, &page, &message));
    QCOMPARE(message, error);
    QCOMPARE(page.nextPageToken, QStringLiteral("kept")); // a failed decode leaves the page alone
}

void TestSynaptoPayCodec::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("time");

    QTest::newRow("Z") << "2026-03-02T10:15:00Z" << utc("2026-03-02T10:15:00Z");
    QTest::newRow("fractions") << "2026-03-02T10:15:00.123Z" << utc("2026-03-02T10:15:00.123Z");
    QTest::newRow("offset") << "2026-03-02T11:15:00+01:00" << utc("2026-03-02T10:15:00Z");
    QTest::newRow("no offset is UTC") << "2026-03-02T10:15:00" << utc("2026-03-02T10:15:00Z");
    QTest::newRow("garbage") << "soon" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TestSynaptoPayCodec::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, time);
    const QDateTime parsed = sp::parseTimestamp(text);
    QCOMPARE(parsed, time);
    if (time.isValid()) {
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(sp::parseTimestamp(sp::formatTimestamp(parsed)), time);
    }
    QVERIFY(!sp::parseTimestamp(QJsonValue(1772446500)).isValid());
    QCOMPARE(sp::formatTimestamp(utc("2026-03-02T10:15:00Z")),
             QStringLiteral("2026-03-02T10:15:00Z"));
    QCOMPARE(sp::formatTimestamp(utc("2026-03-02T10:15:00.250Z")),
             QStringLiteral("2026-03-02T10:15:00.250Z"));
    QCOMPARE(sp::formatTimestamp(QDateTime()), QString());
}

void TestSynaptoPayCodec::intentCreateBody()
{
    PaymentIntentDraft draft = synaptoPayIntentDraft();
    draft.paymentMethodId = QStringLiteral("  ") + SpPaymentMethod;
    draft.transfers[1].recipient += QStringLiteral(" ");
    draft.metadata.insert(QStringLiteral("count"), QStringLiteral(" 3 "));
    const QJsonObject body = sp::createBody(draft, QStringLiteral("req-1"));
    const QJsonObject expected{
        {"amount", "10000"},
        {"currency", "GBP"},
        {"payment_method", SpPaymentMethod},
        {"customer", SpCustomer},
        {"confirm", true},
        {"transfers", QJsonArray{QJsonObject{{"account_name", SpShopA}, {"amount", "2500"}},
                                 QJsonObject{{"account_name", SpShopB}, {"amount", "1500"}}}},
        {"setup_future_usage", "OFF_SESSION"},
        {"metadata",
         QJsonObject{{"order", "A-17"}, {"count", "3"}, {"paydesk_request_id", "req-1"}}},
    };
    QCOMPARE(body, expected);

    // Without confirm, transfers, saving or a request id, those are left out.
    PaymentIntentDraft plain;
    plain.amount = Money(500, QStringLiteral("jpy"));
    QCOMPARE(sp::createBody(plain), (QJsonObject{{"amount", "500"}, {"currency", "JPY"}}));

    // Dots' fields go nowhere.
    PaymentIntentDraft dotsOnly = plain;
    dotsOnly.description = QStringLiteral("Counter sale");
    dotsOnly.applicationFee = Money(5, QStringLiteral("JPY"));
    dotsOnly.transferDestinationUserId = UserId;
    QCOMPARE(sp::createBody(dotsOnly), sp::createBody(plain));
}

void TestSynaptoPayCodec::terminalCreateBody()
{
    const QJsonObject body = sp::createBody(terminalIntentDraft(), QStringLiteral("req-2"));
    QCOMPARE(body, (QJsonObject{{"amount", "4250"},
                                {"currency", "GBP"},
                                {"confirm", true},
                                {"device", SpDevice},
                                {"metadata", QJsonObject{{"paydesk_request_id", "req-2"}}}}));
}

void TestSynaptoPayCodec::customerCreateBody()
{
    CustomerDraft draft = customerDraft();
    draft.address->country = QStringLiteral("us");
    const QJsonObject body = sp::createBody(draft, QStringLiteral("req-3"));
    const QJsonObject expected{
        {"customer",
         QJsonObject{
             {"full_name", "Ada Lovelace"},
             {"email", "ada@example.com"},
             {"phone", "+14155550100"},
             {"address", QJsonObject{{"line1", "1 Main St"},
                                     {"line2", "Suite 5"},
                                     {"city", "Springfield"},
                                     {"state", "IL"},
                                     {"postal_code", "62701"},
                                     {"country", "US"}}},
             {"metadata", QJsonObject{{"crm_id", "C-1001"}, {"paydesk_request_id", "req-3"}}},
         }},
    };
    QCOMPARE(body, expected);

    // A business goes by its name; an empty address and missing fields are left out.
    CustomerDraft business;
    business.businessName = QStringLiteral(" Analytical Engines Ltd ");
    business.firstName = QStringLiteral("Ada");
    business.address = Address();
    QCOMPARE(sp::createBody(business),
             (QJsonObject{{"customer", QJsonObject{{"full_name", "Analytical Engines Ltd"}}}}));

    // One name alone is still a name.
    CustomerDraft single;
    single.lastName = QStringLiteral("Lovelace");
    QCOMPARE(sp::createBody(single),
             (QJsonObject{{"customer", QJsonObject{{"full_name", "Lovelace"}}}}));

    // The full name reads back as the customer's name.
    const Customer created = sp::customerFromJson(body.value("customer").toObject());
    QCOMPARE(created.displayName(), QStringLiteral("Ada Lovelace"));
}

void TestSynaptoPayCodec::customerPhoneIsE164_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("callingCode");
    QTest::addColumn<QString>("phone");

    QTest::newRow("digits and a calling code") << "4155550100"
                                               << "1"
                                               << "+14155550100";
    QTest::newRow("typed with separators") << "(415) 555-0100"
                                           << "1"
                                           << "+14155550100";
    QTest::newRow("already E.164") << "+44 7700 900123"
                                   << "1"
                                   << "+447700900123";
    QTest::newRow("no calling code") << "07700 900123"
                                     << ""
                                     << "07700900123";
    QTest::newRow("not a number") << " call me "
                                  << "44"
                                  << "call me";
    QTest::newRow("nothing") << "  "
                             << "44"
                             << "";
}

void TestSynaptoPayCodec::customerPhoneIsE164()
{
    QFETCH(QString, number);
    QFETCH(QString, callingCode);
    QFETCH(QString, phone);
    CustomerDraft draft;
    draft.firstName = QStringLiteral("Ada");
    draft.phoneNumber = number;
    draft.countryCode = callingCode;
    const QJsonObject customer = sp::createBody(draft).value("customer").toObject();
    QCOMPARE(customer.value("phone").toString(), phone);
    QCOMPARE(customer.contains("phone"), !phone.isEmpty());
}

void TestSynaptoPayCodec::checkoutSessionCreateBody()
{
    CheckoutSessionDraft draft = checkoutSessionDraft();
    for (CheckoutLineItemDraft &item : draft.lineItems)
        item.unitPrice = gbp(item.unitPrice.minorUnits());
    const QJsonObject body = sp::createBody(draft, QStringLiteral("req-4"));
    // The lines' total (2 * 12.50 + 35.00); no line items, customer, email or expiry.
    QCOMPARE(body,
             (QJsonObject{
                 {"amount", "6000"},
                 {"currency", "GBP"},
                 {"client_reference_id", "cart-42"},
                 {"success_url", "https://shop.example.com/thanks"},
                 {"cancel_url", "https://shop.example.com/cart"},
                 {"metadata", QJsonObject{{"campaign", "spring"}, {"paydesk_request_id", "req-4"}}},
             }));

    CheckoutSessionDraft empty;
    QCOMPARE(sp::createBody(empty), QJsonObject());
}

void TestSynaptoPayCodec::refundCreateBody()
{
    RefundDraft draft;
    draft.chargeId = QStringLiteral(" accounts/acct_1N2b3C/charges/ch_2Jp ");
    draft.amount = gbp(500);
    draft.reason = QStringLiteral("requested_by_customer");
    QCOMPARE(sp::createBody(draft, QStringLiteral("req-5")),
             (QJsonObject{{"charge", "accounts/acct_1N2b3C/charges/ch_2Jp"},
                          {"amount", "500"},
                          {"reason", "CUSTOMER_REQUEST"},
                          {"metadata", QJsonObject{{"paydesk_request_id", "req-5"}}}}));

    draft.reason = QStringLiteral("fraudulent");
    QCOMPARE(sp::createBody(draft).value("reason"), QJsonValue("FRAUD"));
    // A reason SynaptoPay has no word for, and no amount (refund what is left): left out.
    draft.reason = QStringLiteral("duplicate");
    draft.amount = Money();
    QCOMPARE(sp::createBody(draft),
             (QJsonObject{{"charge", "accounts/acct_1N2b3C/charges/ch_2Jp"}}));
}

void TestSynaptoPayCodec::listBody()
{
    QCOMPARE(sp::listBody(), QJsonObject());
    QCOMPARE(sp::listBody(50, QStringLiteral("CgJkMQ==")),
             (QJsonObject{{"page_size", 50}, {"page_token", "CgJkMQ=="}}));
    QCOMPARE(sp::listBody(0, QStringLiteral("t")), (QJsonObject{{"page_token", "t"}}));
}

void TestSynaptoPayCodec::neutralFields_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("neutral");

    QTest::newRow("amount") << "amount" << QString(field::Amount);
    QTest::newRow("currency") << "currency" << QString(field::Currency);
    QTest::newRow("payment_method") << "payment_method" << QString(field::PaymentMethod);
    QTest::newRow("paymentMethod") << "paymentMethod" << QString(field::PaymentMethod);
    QTest::newRow("customer") << "customer" << QString(field::Customer);
    QTest::newRow("device") << "device" << QString(field::Device);
    QTest::newRow("setup_future_usage") << "setup_future_usage" << QString(field::SaveForLater);
    QTest::newRow("transfers") << "transfers" << QString(field::Transfers);
    QTest::newRow("transfers[0]") << "transfers[0]" << field::transfer(0);
    QTest::newRow("transfers[0].account_name")
        << "transfers[0].account_name" << field::transfer(0, field::TransferRecipient);
    QTest::newRow("transfers[3].accountName")
        << "transfers[3].accountName" << field::transfer(3, field::TransferRecipient);
    QTest::newRow("transfers[1].amount")
        << "transfers[1].amount" << field::transfer(1, field::TransferAmount);
    QTest::newRow("transfers[1].currency") << "transfers[1].currency" << field::transfer(1);
    QTest::newRow("customer.full_name") << "customer.full_name" << QString(field::FirstName);
    QTest::newRow("customer.fullName") << "customer.fullName" << QString(field::FirstName);
    QTest::newRow("customer.email") << "customer.email" << QString(field::Email);
    QTest::newRow("phone") << "phone" << QString(field::Phone);
    QTest::newRow("customer.address.postal_code")
        << "customer.address.postal_code" << QString(field::AddressPostcode);
    QTest::newRow("address.line1") << "address.line1" << QString(field::AddressLine1);
    QTest::newRow("client_reference_id") << "client_reference_id" << QString(field::Reference);
    QTest::newRow("successUrl") << "successUrl" << QString(field::SuccessUrl);
    QTest::newRow("cancel_url") << "cancel_url" << QString(field::CancelUrl);
    QTest::newRow("charge") << "charge" << QString(field::PaymentIntent);
    QTest::newRow("reason") << "reason" << QString(field::Reason);
    QTest::newRow("metadata") << "metadata" << QString(field::Metadata);
    QTest::newRow("metadata.orderId keeps its case")
        << "metadata.orderId" << field::metadataKey("orderId");
    QTest::newRow("metadata[\"Order\"]") << "metadata[\"Order\"]" << field::metadataKey("Order");
    QTest::newRow("customer.metadata.Tier")
        << "customer.metadata.Tier" << field::metadataKey("Tier");
    QTest::newRow("page_size") << "page_size" << QString(field::Limit);
    QTest::newRow("unknown path kept") << "payment_method_options.card"
                                       << "payment_method_options.card";
    QTest::newRow("unknown camelCase path kept as it came") << "statementDescriptor"
                                                            << "statementDescriptor";
}

void TestSynaptoPayCodec::neutralFields()
{
    QFETCH(QString, wire);
    QFETCH(QString, neutral);
    QCOMPARE(sp::neutralField(wire), neutral);
}

QTEST_GUILESS_MAIN(TestSynaptoPayCodec)
#include "tst_synaptopay_codec.moc"
