#include "draft_fixtures.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace paydesk;
using namespace fixtures;

using CustomerEdit = std::function<void(CustomerDraft &)>;
using IntentEdit = std::function<void(PaymentIntentDraft &)>;
using CheckoutEdit = std::function<void(CheckoutSessionDraft &)>;
using RefundEdit = std::function<void(RefundDraft &, std::optional<Money> &refundable)>;
using ConfirmEdit = std::function<void(ConfirmIntentDraft &)>;
Q_DECLARE_METATYPE(CustomerEdit)
Q_DECLARE_METATYPE(IntentEdit)
Q_DECLARE_METATYPE(CheckoutEdit)
Q_DECLARE_METATYPE(RefundEdit)
using Rule = std::function<bool(const QString &)>;
Q_DECLARE_METATYPE(ConfirmEdit)
Q_DECLARE_METATYPE(Rule)

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();

// Errors as "field: message" lines, so QCOMPARE shows exactly what differs.
QStringList lines(const ValidationResult &result)
{
    QStringList lines;
    for (const FieldError &error : result.errors())
        lines.append(error.field + QStringLiteral(": ") + error.message);
    return lines;
}

QString uuidMessage(const QString &what)
{
    return QStringLiteral("The %1 must be a UUID, such as 123e4567-e89b-12d3-a456-426614174000.")
        .arg(what);
}

// `count` metadata keys named k0, k1, ...
Metadata manyKeys(int count)
{
    Metadata metadata;
    for (int i = 0; i < count; ++i)
        metadata.insert(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
    return metadata;
}

const QString LongKey = QString(41, QLatin1Char('k'));

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fixturesAreValid();
    void validEdgeCases();

    void customerRejects_data();
    void customerRejects();
    void paymentIntentRejects_data();
    void paymentIntentRejects();
    void checkoutSessionRejects_data();
    void checkoutSessionRejects();
    void refundRejects_data();
    void refundRejects();
    void confirmRejects_data();
    void confirmRejects();

    void providersDifferInCurrencies();
    void metadataLimitsPerProvider();
    void metadataCountsCharactersNotCodeUnits();
    void checkoutTotal();

    void rules_data();
    void rules();
    void validationResultMerge();
};

void TestDrafts::initTestCase()
{
    // Messages quote amounts in the default locale.
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

void TestDrafts::fixturesAreValid()
{
    QCOMPARE(lines(customerDraft().validate()), QStringList());
    QCOMPARE(lines(paymentIntentDraft().validate()), QStringList());
    QCOMPARE(lines(checkoutSessionDraft().validate()), QStringList());
    QCOMPARE(lines(refundDraft().validate(usd(1999))), QStringList());
    QCOMPARE(lines(confirmIntentDraft().validate()), QStringList());
}

void TestDrafts::validEdgeCases()
{
    CustomerDraft business;
    business.businessName = QStringLiteral("Analytical Engines Ltd");
    business.address = Address(); // every field empty: no address
    QCOMPARE(lines(business.validate()), QStringList());

    // The contract's oneOf is met by the business name alone, whatever else is there.
    CustomerDraft firstAndBusiness = business;
    firstAndBusiness.firstName = QStringLiteral("Ada");
    QCOMPARE(lines(firstAndBusiness.validate()), QStringList());

    CustomerDraft padded = customerDraft();
    padded.email = QStringLiteral("  ada@example.com ");
    padded.address->line2.clear(); // the one optional address field
    padded.address->country = QStringLiteral("us");
    padded.metadata = manyKeys(49);
    QCOMPARE(lines(padded.validate()), QStringList());

    PaymentIntentDraft intent;
    intent.amount = usd(1);
    intent.applicationFee = usd(1); // the whole amount
    intent.customerId = CustomerId.toUpper();
    QCOMPARE(lines(intent.validate()), QStringList());
    intent.applicationFee = usd(0);
    QCOMPARE(lines(intent.validate()), QStringList());

    CheckoutSessionDraft session = checkoutSessionDraft();
    session.successUrl = QStringLiteral("http://localhost:8080/done");
    session.cancelUrl.clear();
    session.customerEmail.clear();
    session.customerId.clear();
    for (const int seconds : {0, CheckoutSessionDraft::MaxExpiresInSeconds}) {
        session.expiresInSeconds = seconds;
        QCOMPARE(lines(session.validate()), QStringList());
    }
    session.expiresInSeconds.reset();
    QCOMPARE(lines(session.validate()), QStringList());

    RefundDraft refund = refundDraft();
    refund.reason.clear();
    QCOMPARE(lines(refund.validate(usd(500))), QStringList()); // all that is left
    QCOMPARE(lines(refund.validate()), QStringList());         // nothing known about what is left
}

void TestDrafts::customerRejects_data()
{
    QTest::addColumn<CustomerEdit>("edit");
    QTest::addColumn<QStringList>("errors");

    const auto row = [](const char *name, const CustomerEdit &edit, const QStringList &errors) {
        QTest::newRow(name) << edit << errors;
    };
    const QString emailMessage = "email: The email address must look like name@example.com.";
    const QString callingCode = "phoneCountryCode: The phone country code must be 1 to 3 digits, "
                                "such as 1 for the United States.";

    row("no names",
        [](CustomerDraft &d) {
            d.firstName.clear();
            d.lastName.clear();
        },
        {"firstName: Enter the customer's first and last name, or a business name."});
    row("blank names",
        [](CustomerDraft &d) {
            d.firstName = "  ";
            d.lastName = "\t";
        },
        {"firstName: Enter the customer's first and last name, or a business name."});
    row("first name only", [](CustomerDraft &d) { d.lastName.clear(); },
        {"lastName: Enter the customer's last name too, or a business name instead."});
    row("last name only", [](CustomerDraft &d) { d.firstName.clear(); },
        {"firstName: Enter the customer's first name too, or a business name instead."});
    row("person and business", [](CustomerDraft &d) { d.businessName = "Engines Ltd"; },
        {"businessName: Enter either a person's first and last name or a business name, not "
         "both."});
    row("email without at", [](CustomerDraft &d) { d.email = "ada.example.com"; }, {emailMessage});
    row("email without domain dot", [](CustomerDraft &d) { d.email = "ada@example"; },
        {emailMessage});
    row("email with space", [](CustomerDraft &d) { d.email = "ada lovelace@example.com"; },
        {emailMessage});
    row("email with two ats", [](CustomerDraft &d) { d.email = "ada@@example.com"; },
        {emailMessage});
    row("country code as ISO country", [](CustomerDraft &d) { d.countryCode = "US"; },
        {callingCode});
    row("country code with plus", [](CustomerDraft &d) { d.countryCode = "+1"; }, {callingCode});
    row("country code too long", [](CustomerDraft &d) { d.countryCode = "1234"; }, {callingCode});
    row("address without line 1", [](CustomerDraft &d) { d.address->line1.clear(); },
        {"address.line1: Enter the first line of the address, or leave the whole address "
         "empty."});
    row("address without city", [](CustomerDraft &d) { d.address->city = " "; },
        {"address.city: Enter the city, or leave the whole address empty."});
    row("address without state", [](CustomerDraft &d) { d.address->state.clear(); },
        {"address.state: Enter the state, or leave the whole address empty."});
    row("address without postcode", [](CustomerDraft &d) { d.address->postcode.clear(); },
        {"address.postcode: Enter the postcode, or leave the whole address empty."});
    row("address without country", [](CustomerDraft &d) { d.address->country.clear(); },
        {"address.country: Enter the country, or leave the whole address empty."});
    row("address with country name", [](CustomerDraft &d) { d.address->country = "USA"; },
        {"address.country: The country must be a two-letter code, such as US."});
    row("address with only line 2",
        [](CustomerDraft &d) {
            d.address = Address();
            d.address->line2 = "Suite 5";
        },
        {"address.line1: Enter the first line of the address, or leave the whole address empty.",
         "address.city: Enter the city, or leave the whole address empty.",
         "address.state: Enter the state, or leave the whole address empty.",
         "address.postcode: Enter the postcode, or leave the whole address empty.",
         "address.country: Enter the country, or leave the whole address empty."});
    row("reserved metadata key",
        [](CustomerDraft &d) { d.metadata.insert("paydesk_request_id", "mine"); },
        {"metadata.paydesk_request_id: The metadata key “paydesk_request_id” is reserved for "
         "Paydesk: choose another key."});
    row("metadata key too long", [](CustomerDraft &d) { d.metadata.insert(LongKey, "v"); },
        {"metadata." + LongKey + ": The metadata key “" + LongKey +
         "” is longer than 40 characters."});
    row("metadata value too long",
        [](CustomerDraft &d) { d.metadata.insert("note", QString(501, 'x')); },
        {"metadata.note: The value of the metadata key “note” is longer than 500 characters."});
    row("metadata without key", [](CustomerDraft &d) { d.metadata.insert("", "orphan"); },
        {"metadata: Every metadata value needs a key."});
    row("metadata key with space", [](CustomerDraft &d) { d.metadata.insert("tier ", "gold"); },
        {"metadata.tier : The metadata key “tier ” starts or ends with a space."});
    row("too many metadata keys", [](CustomerDraft &d) { d.metadata = manyKeys(50); },
        {"metadata: Metadata can have at most 49 keys: the limit is 50, and Paydesk keeps 1 for "
         "itself."});
}

void TestDrafts::customerRejects()
{
    QFETCH(CustomerEdit, edit);
    QFETCH(QStringList, errors);

    CustomerDraft draft = customerDraft();
    edit(draft);
    QCOMPARE(lines(draft.validate()), errors);
}

void TestDrafts::paymentIntentRejects_data()
{
    QTest::addColumn<IntentEdit>("edit");
    QTest::addColumn<QStringList>("errors");

    const auto row = [](const char *name, const IntentEdit &edit, const QStringList &errors) {
        QTest::newRow(name) << edit << errors;
    };

    row("no amount",
        [](PaymentIntentDraft &d) {
            d.amount = Money();
            d.applicationFee.reset();
        },
        {"amount: Enter an amount."});
    row("zero amount",
        [](PaymentIntentDraft &d) {
            d.amount = usd(0);
            d.applicationFee.reset();
        },
        {"amount: The amount must be more than zero."});
    row("negative amount",
        [](PaymentIntentDraft &d) {
            d.amount = usd(-5);
            d.applicationFee.reset();
        },
        {"amount: The amount must be more than zero."});
    row("currency Dots does not take",
        [](PaymentIntentDraft &d) {
            d.amount = Money(1999, "EUR");
            d.applicationFee = Money(100, "EUR");
        },
        {"currency: The amount is in EUR, but Dots takes payments in USD only."});
    row("currency that does not exist",
        [](PaymentIntentDraft &d) {
            d.amount = Money(1999, "XYZ");
            d.applicationFee.reset();
        },
        {"currency: “XYZ” is not an ISO 4217 currency code."});
    row("customer id not a uuid", [](PaymentIntentDraft &d) { d.customerId = "cus_123"; },
        {"customer: " + uuidMessage("customer ID")});
    row("customer id in braces",
        [](PaymentIntentDraft &d) { d.customerId = "{" + CustomerId + "}"; },
        {"customer: " + uuidMessage("customer ID")});
    row("confirm without payment method", [](PaymentIntentDraft &d) { d.paymentMethodId = "  "; },
        {"paymentMethod: Choose a payment method to confirm the payment now, or create it "
         "without confirming."});
    row("payment method id not a uuid",
        [](PaymentIntentDraft &d) { d.paymentMethodId = "pm_card_visa"; },
        {"paymentMethod: " + uuidMessage("payment method ID")});
    row("fee in another currency",
        [](PaymentIntentDraft &d) { d.applicationFee = Money(100, "EUR"); },
        {"applicationFee: The application fee must be in USD, the currency of the "
         "amount."});
    row("negative fee", [](PaymentIntentDraft &d) { d.applicationFee = usd(-1); },
        {"applicationFee: The application fee cannot be negative."});
    row("fee above amount", [](PaymentIntentDraft &d) { d.applicationFee = usd(2000); },
        {"applicationFee: The application fee cannot be more than the amount."});
    row("destination not a uuid",
        [](PaymentIntentDraft &d) { d.transferDestinationUserId = "user-7"; },
        {"transferDestination: " + uuidMessage("destination user ID")});
    row("metadata value too long",
        [](PaymentIntentDraft &d) { d.metadata.insert("order", QString(501, '7')); },
        {"metadata.order: The value of the metadata key “order” is longer than 500 "
         "characters."});
}

void TestDrafts::paymentIntentRejects()
{
    QFETCH(IntentEdit, edit);
    QFETCH(QStringList, errors);

    PaymentIntentDraft draft = paymentIntentDraft();
    edit(draft);
    QCOMPARE(lines(draft.validate()), errors);
}

void TestDrafts::checkoutSessionRejects_data()
{
    QTest::addColumn<CheckoutEdit>("edit");
    QTest::addColumn<QStringList>("errors");

    const auto row = [](const char *name, const CheckoutEdit &edit, const QStringList &errors) {
        QTest::newRow(name) << edit << errors;
    };
    const QString successUrl = "successUrl: The success URL must be a web address starting "
                               "with http:// or https://.";
    const QString expiresIn =
        "expiresIn: The link must expire within 10800 seconds (3 hours); 0 is the shortest.";

    row("no items", [](CheckoutSessionDraft &d) { d.lineItems.clear(); },
        {"lineItems: Add at least one item."});
    row("item without name", [](CheckoutSessionDraft &d) { d.lineItems[1].name = " "; },
        {"lineItems[1].name: Enter a name for item 2."});
    row("item without price", [](CheckoutSessionDraft &d) { d.lineItems[0].unitPrice = Money(); },
        {"lineItems[0].unitPrice: Enter a price for item 1."});
    row("free item", [](CheckoutSessionDraft &d) { d.lineItems[1].unitPrice = usd(0); },
        {"lineItems[1].unitPrice: The price of item 2 must be more than zero."});
    row("negative price", [](CheckoutSessionDraft &d) { d.lineItems[0].unitPrice = usd(-100); },
        {"lineItems[0].unitPrice: The price of item 1 must be more than zero."});
    row("mixed currencies",
        [](CheckoutSessionDraft &d) { d.lineItems[1].unitPrice = Money(3500, "EUR"); },
        {"lineItems[1].currency: The price of item 2 must be in USD, like the first "
         "item."});
    row("currency Dots does not take",
        [](CheckoutSessionDraft &d) {
            for (CheckoutLineItemDraft &item : d.lineItems)
                item.unitPrice = Money(item.unitPrice.minorUnits(), "EUR");
        },
        {"lineItems[0].currency: The price of item 1 is in EUR, but Dots takes "
         "payments in USD only.",
         "lineItems[1].currency: The price of item 2 is in EUR, but Dots takes "
         "payments in USD only."});
    row("zero quantity", [](CheckoutSessionDraft &d) { d.lineItems[0].quantity = 0; },
        {"lineItems[0].quantity: The quantity of item 1 must be at least 1."});
    row("negative quantity", [](CheckoutSessionDraft &d) { d.lineItems[1].quantity = -2; },
        {"lineItems[1].quantity: The quantity of item 2 must be at least 1."});
    row("line that overflows",
        [](CheckoutSessionDraft &d) {
            d.lineItems[0].unitPrice = usd(Max / 2 + 1);
            d.lineItems[0].quantity = 2;
        },
        {"lineItems[0].quantity: Item 1 costs too much: its price times its quantity is more "
         "than Paydesk can hold."});
    row("lines that overflow together",
        [](CheckoutSessionDraft &d) {
            d.lineItems[0].unitPrice = usd(Max / 2 + 1);
            d.lineItems[0].quantity = 1;
            d.lineItems[1].unitPrice = usd(Max / 2 + 1);
        },
        {"lineItems: The items add up to more than Paydesk can hold."});
    row("no success url", [](CheckoutSessionDraft &d) { d.successUrl = " "; },
        {"successUrl: Enter the success URL: the web address the customer returns to after "
         "paying."});
    row("success url over ftp",
        [](CheckoutSessionDraft &d) { d.successUrl = "ftp://shop.example.com/thanks"; },
        {successUrl});
    row("success url without host", [](CheckoutSessionDraft &d) { d.successUrl = "https://"; },
        {successUrl});
    row("success url without scheme",
        [](CheckoutSessionDraft &d) { d.successUrl = "shop.example.com/thanks"; }, {successUrl});
    row("success url with space",
        [](CheckoutSessionDraft &d) { d.successUrl = "https://shop example.com/"; }, {successUrl});
    row("cancel url as script",
        [](CheckoutSessionDraft &d) { d.cancelUrl = "javascript:alert(1)"; },
        {"cancelUrl: The cancel URL must be a web address starting with http:// or https://."});
    row("customer email", [](CheckoutSessionDraft &d) { d.customerEmail = "ada@"; },
        {"customerEmail: The customer's email address must look like name@example.com."});
    row("customer id not a uuid",
        [](CheckoutSessionDraft &d) { d.customerId = CustomerId.left(35); },
        {"customer: " + uuidMessage("customer ID")});
    row("expires in the past", [](CheckoutSessionDraft &d) { d.expiresInSeconds = -1; },
        {expiresIn});
    row("expires too late", [](CheckoutSessionDraft &d) { d.expiresInSeconds = 10801; },
        {expiresIn});
    row("too many metadata keys", [](CheckoutSessionDraft &d) { d.metadata = manyKeys(50); },
        {"metadata: Metadata can have at most 49 keys: the limit is 50, and Paydesk keeps 1 for "
         "itself."});
}

void TestDrafts::checkoutSessionRejects()
{
    QFETCH(CheckoutEdit, edit);
    QFETCH(QStringList, errors);

    CheckoutSessionDraft draft = checkoutSessionDraft();
    edit(draft);
    QCOMPARE(lines(draft.validate()), errors);
}

void TestDrafts::refundRejects_data()
{
    QTest::addColumn<RefundEdit>("edit");
    QTest::addColumn<QStringList>("errors");

    const auto row = [](const char *name, const RefundEdit &edit, const QStringList &errors) {
        QTest::newRow(name) << edit << errors;
    };
    using Refundable = std::optional<Money>;

    row("no payment", [](RefundDraft &d, Refundable &) { d.paymentIntentId.clear(); },
        {"paymentIntent: Choose the payment to refund."});
    row("payment id not a uuid", [](RefundDraft &d, Refundable &) { d.paymentIntentId = "pi_1"; },
        {"paymentIntent: " + uuidMessage("payment ID")});
    row("no amount", [](RefundDraft &d, Refundable &) { d.amount = Money(); },
        {"amount: Enter the amount to refund."});
    row("zero amount", [](RefundDraft &d, Refundable &) { d.amount = usd(0); },
        {"amount: The refund must be more than zero."});
    row("more than is left", [](RefundDraft &, Refundable &left) { left = usd(400); },
        {"amount: The refund cannot be more than the $4.00 left to refund."});
    row("nothing left", [](RefundDraft &, Refundable &left) { left = usd(0); },
        {"amount: The refund cannot be more than the $0.00 left to refund."});
    row("another currency", [](RefundDraft &, Refundable &left) { left = Money(1999, "EUR"); },
        {"amount: The refund must be in EUR, the currency of the payment."});
    row("reason not in the contract",
        [](RefundDraft &d, Refundable &) { d.reason = "changed_mind"; },
        {"reason: The reason must be one of: duplicate, fraudulent, requested_by_customer, "
         "expired_uncaptured_charge, partial_capture."});
}

void TestDrafts::refundRejects()
{
    QFETCH(RefundEdit, edit);
    QFETCH(QStringList, errors);

    RefundDraft draft = refundDraft();
    std::optional<Money> refundable = usd(1999);
    edit(draft, refundable);
    QCOMPARE(lines(draft.validate(refundable)), errors);
}

void TestDrafts::confirmRejects_data()
{
    QTest::addColumn<ConfirmEdit>("edit");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("no payment") << ConfirmEdit([](ConfirmIntentDraft &d) {
        d.paymentIntentId.clear();
    }) << QStringList{"paymentIntent: Choose the payment to confirm."};
    QTest::newRow("no payment method")
        << ConfirmEdit([](ConfirmIntentDraft &d) { d.paymentMethodId.clear(); })
        << QStringList{"paymentMethod: Choose a payment method to confirm the payment with."};
    QTest::newRow("payment method id not a uuid")
        << ConfirmEdit([](ConfirmIntentDraft &d) { d.paymentMethodId = "pm_card_visa"; })
        << QStringList{"paymentMethod: " + uuidMessage("payment method ID")};
}

void TestDrafts::confirmRejects()
{
    QFETCH(ConfirmEdit, edit);
    QFETCH(QStringList, errors);

    ConfirmIntentDraft draft = confirmIntentDraft();
    edit(draft);
    QCOMPARE(lines(draft.validate()), errors);
}

void TestDrafts::providersDifferInCurrencies()
{
    PaymentIntentDraft euros = paymentIntentDraft();
    euros.amount = Money(1999, QStringLiteral("EUR"));
    euros.applicationFee.reset();
    QCOMPARE(lines(euros.validate(ProviderLimits::synaptoPay())), QStringList());
    QCOMPARE(lines(euros.validate(ProviderLimits::dots())),
             QStringList{"currency: The amount is in EUR, but Dots takes payments in USD only."});

    QVERIFY(ProviderLimits::dots().takesCurrency(QStringLiteral("usd")));
    QVERIFY(!ProviderLimits::dots().takesCurrency(QStringLiteral("EUR")));
    QVERIFY(ProviderLimits::synaptoPay().takesCurrency(QStringLiteral("JPY")));
    QVERIFY(!ProviderLimits::synaptoPay().takesCurrency(QStringLiteral("XYZ")));

    ProviderLimits two = ProviderLimits::dots();
    two.currencies.append(QStringLiteral("CAD"));
    euros.amount = Money(1999, QStringLiteral("EUR"));
    QCOMPARE(
        lines(euros.validate(two)),
        QStringList{"currency: The amount is in EUR, but Dots takes payments in USD or CAD only."});
}

void TestDrafts::metadataLimitsPerProvider()
{
    for (const MetadataLimits &limits : {MetadataLimits::dots(), MetadataLimits::synaptoPay()}) {
        QCOMPARE(limits.maxKeys, 50);
        QCOMPARE(limits.maxKeyLength, 40);
        QCOMPARE(limits.maxValueLength, 500);
    }
    QCOMPARE(MetadataLimits::dots().provider, QStringLiteral("Dots"));
    QCOMPARE(MetadataLimits::synaptoPay().provider, QStringLiteral("SynaptoPay"));

    // A provider with other limits gets other answers, on the field prefix asked for.
    const MetadataLimits tight{QStringLiteral("Tight"), 2, 3, 4};
    Metadata metadata;
    metadata.insert(QStringLiteral("abcd"), QStringLiteral("12345"));
    metadata.insert(QStringLiteral("b"), QStringLiteral("1"));
    QCOMPARE(lines(metadata.validate(tight, QStringLiteral("lineItems[0].metadata"))),
             (QStringList{
                 "lineItems[0].metadata: Metadata can have at most 1 keys: the limit is 2, and "
                 "Paydesk keeps 1 for itself.",
                 "lineItems[0].metadata.abcd: The metadata key “abcd” is longer than 3 "
                 "characters.",
                 "lineItems[0].metadata.abcd: The value of the metadata key “abcd” is longer than "
                 "4 characters.",
             }));
    QCOMPARE(lines(metadata.validate(tight, QStringLiteral("metadata"), 0)).first(),
             QStringLiteral("metadata.abcd: The metadata key “abcd” is longer than 3 characters."));
}

void TestDrafts::metadataCountsCharactersNotCodeUnits()
{
    // 40 emoji are 80 UTF-16 code units but 40 characters: within the limit.
    QString emoji;
    for (int i = 0; i < 40; ++i)
        emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
    Metadata metadata;
    metadata.insert(emoji, QStringLiteral("smile"));
    QCOMPARE(lines(metadata.validate(MetadataLimits::dots())), QStringList());
}

void TestDrafts::checkoutTotal()
{
    CheckoutSessionDraft draft = checkoutSessionDraft();
    QCOMPARE(draft.total(), usd(2 * 1250 + 3500));

    draft.lineItems[1].unitPrice = Money(3500, QStringLiteral("EUR"));
    QCOMPARE(draft.total(), std::nullopt);

    draft.lineItems[1].unitPrice = usd(Max);
    QCOMPARE(draft.total(), std::nullopt);

    draft.lineItems.clear();
    QCOMPARE(draft.total(), std::nullopt);
}

void TestDrafts::rules_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    const Rule email = rules::isEmail;
    const Rule uuid = rules::isUuid;
    const Rule url = rules::isHttpUrl;
    const Rule country = rules::isCountryCode;
    const Rule callingCode = rules::isPhoneCountryCode;

    QTest::newRow("email plain") << email << "ada@example.com" << true;
    QTest::newRow("email subdomain plus") << email << "ada+desk@mail.example.co.uk" << true;
    QTest::newRow("email empty") << email << "" << false;
    QTest::newRow("email trailing dot") << email << "ada@example." << false;
    QTest::newRow("email empty label") << email << "ada@example..com" << false;
    QTest::newRow("uuid lower") << uuid << CustomerId << true;
    QTest::newRow("uuid upper") << uuid << CustomerId.toUpper() << true;
    QTest::newRow("uuid without dashes") << uuid << QString(CustomerId).remove('-') << false;
    QTest::newRow("uuid not hex") << uuid << "0b7f4a4e-9f0b-4c4e-8a49-4cbb1d0f0g01" << false;
    QTest::newRow("url https") << url << "https://shop.example.com/thanks?order=1" << true;
    QTest::newRow("url http port") << url << "http://127.0.0.1:8080/" << true;
    QTest::newRow("url upper scheme") << url << "HTTPS://shop.example.com" << true;
    QTest::newRow("url mailto") << url << "mailto:ada@example.com" << false;
    QTest::newRow("url relative") << url << "/thanks" << false;
    QTest::newRow("country two letters") << country << "DE" << true;
    QTest::newRow("country three letters") << country << "DEU" << false;
    QTest::newRow("country digits") << country << "49" << false;
    QTest::newRow("calling code one digit") << callingCode << "1" << true;
    QTest::newRow("calling code three digits") << callingCode << "358" << true;
    QTest::newRow("calling code empty") << callingCode << "" << false;
}

void TestDrafts::rules()
{
    QFETCH(Rule, rule);
    QFETCH(QString, text);
    QFETCH(bool, accepted);

    QCOMPARE(rule(text), accepted);
}

void TestDrafts::validationResultMerge()
{
    ValidationResult inner;
    inner.add(QStringLiteral("city"), QStringLiteral("Enter the city."));
    inner.add(QStringLiteral("[2].quantity"), QStringLiteral("Too few."));
    inner.add(QString(), QStringLiteral("Something about the whole."));

    ValidationResult outer;
    outer.merge(inner, QStringLiteral("address"));
    outer.merge(inner);
    QCOMPARE(lines(outer), (QStringList{
                               "address.city: Enter the city.",
                               "address[2].quantity: Too few.",
                               "address: Something about the whole.",
                               "city: Enter the city.",
                               "[2].quantity: Too few.",
                               ": Something about the whole.",
                           }));
    QVERIFY(outer.has(QStringLiteral("address.city")));
    QVERIFY(!outer.has(QStringLiteral("address.state")));
    QCOMPARE(outer.messageFor(QStringLiteral("address[2].quantity")), QStringLiteral("Too few."));
    QCOMPARE(outer.messageFor(QStringLiteral("nowhere")), QString());
    QVERIFY(!outer.ok());
    QVERIFY(ValidationResult().ok());
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
