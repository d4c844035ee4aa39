#include "draft_fixtures.h"
#include "models/fields.h"

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
// A SynaptoPay draft and the terminal chosen for it, if any.
using SynaptoPayEdit = std::function<void(PaymentIntentDraft &, std::optional<Device> &device)>;
Q_DECLARE_METATYPE(SynaptoPayEdit)
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
    void synaptoPayIntentAccepts();
    void synaptoPayIntentRejects_data();
    void synaptoPayIntentRejects();
    void synaptoPayLimits();
    void synaptoPayCheckoutTakesNoCustomerOrExpiry();

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
    // What only SynaptoPay takes is refused for Dots rather than left out without a word.
    row("card terminal", [](PaymentIntentDraft &d) { d.device = SpDevice; },
        {"device: Dots does not take payments on card terminals."});
    row("card terminal instead of a payment method",
        [](PaymentIntentDraft &d) {
            d.device = SpDevice;
            d.paymentMethodId.clear();
        },
        {"paymentMethod: Choose a payment method to confirm the payment now, or create it "
         "without confirming.",
         "device: Dots does not take payments on card terminals."});
    row("transfers",
        [](PaymentIntentDraft &d) {
            d.transfers = {{SpShopA, usd(100)}};
        },
        {"transfers: Dots cannot pass parts of a payment on to other accounts."});
    row("save for later", [](PaymentIntentDraft &d) { d.saveForLater = true; },
        {"saveForLater: Dots cannot save the payment method for later charges."});
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

void TestDrafts::synaptoPayIntentAccepts()
{
    const ProviderLimits limits = ProviderLimits::synaptoPay();
    QCOMPARE(lines(synaptoPayIntentDraft().validate(limits)), QStringList());
    QCOMPARE(lines(terminalIntentDraft().validate(limits)), QStringList());
    QCOMPARE(lines(terminalIntentDraft().validate(limits, frontCounter())), QStringList());

    // A terminal in lower case that does not list its currencies: the server judges.
    Device quiet = frontCounter();
    quiet.state = QStringLiteral("active");
    quiet.supportedCurrencies.clear();
    PaymentIntentDraft yen = terminalIntentDraft();
    yen.amount = Money(500, QStringLiteral("JPY"));
    QCOMPARE(lines(yen.validate(limits, quiet)), QStringList());

    // The chosen device is only looked at when the draft names a terminal.
    Device suspended = frontCounter();
    suspended.state = QStringLiteral("SUSPENDED");
    QCOMPARE(lines(synaptoPayIntentDraft().validate(limits, suspended)), QStringList());

    // Transfers may add up to the whole amount; the names may carry spaces around them.
    PaymentIntentDraft whole = synaptoPayIntentDraft();
    whole.transfers = {{QStringLiteral(" ") + SpShopA, gbp(6000)}, {SpShopB, gbp(4000)}};
    whole.customerId = QStringLiteral(" ") + SpCustomer + QStringLiteral(" ");
    QCOMPARE(lines(whole.validate(limits)), QStringList());

    // A payment method kept under its customer; no confirm, no payment method.
    PaymentIntentDraft nested = synaptoPayIntentDraft();
    nested.paymentMethodId = SpCustomer + QStringLiteral("/payment-methods/pm_1");
    QCOMPARE(lines(nested.validate(limits)), QStringList());
    PaymentIntentDraft later;
    later.amount = gbp(1);
    QCOMPARE(lines(later.validate(limits)), QStringList());

    PaymentIntentDraft full = synaptoPayIntentDraft();
    full.metadata = manyKeys(49);
    full.metadata.insert(QString(40, QLatin1Char('k')), QString(500, QLatin1Char('v')));
    full.metadata.remove(QStringLiteral("k0"));
    QCOMPARE(lines(full.validate(limits)), QStringList());
}

void TestDrafts::synaptoPayIntentRejects_data()
{
    QTest::addColumn<SynaptoPayEdit>("edit");
    QTest::addColumn<QStringList>("errors");

    const auto row = [](const char *name, const SynaptoPayEdit &edit, const QStringList &errors) {
        QTest::newRow(name) << edit << errors;
    };
    // Starts from a card terminal payment on the front counter.
    const auto onTerminal = [](const std::function<void(PaymentIntentDraft &, Device &)> &edit) {
        return SynaptoPayEdit([edit](PaymentIntentDraft &d, std::optional<Device> &device) {
            d = terminalIntentDraft();
            Device chosen = frontCounter();
            edit(d, chosen);
            device = chosen;
        });
    };
    using D = PaymentIntentDraft;
    using Dev = std::optional<Device>;

    row("no amount", [](D &d, Dev &) { d.amount = Money(); }, {"amount: Enter an amount."});
    row("zero amount", [](D &d, Dev &) { d.amount = gbp(0); },
        {"amount: The amount must be more than zero."});
    row("negative amount", [](D &d, Dev &) { d.amount = gbp(-100); },
        {"amount: The amount must be more than zero."});
    row("currency that does not exist",
        [](D &d, Dev &) {
            d.amount = Money(10000, "XYZ");
            d.transfers.clear();
        },
        {"currency: “XYZ” is not an ISO 4217 currency code."});
    row("currency the terminal does not take",
        onTerminal([](D &d, Device &) { d.amount = Money(4250, "EUR"); }),
        {"currency: The card terminal “Front counter” takes payments in GBP only, not in EUR."});
    row("currency neither terminal currency", onTerminal([](D &d, Device &device) {
            d.amount = Money(4250, "usd");
            device.supportedCurrencies = {"GBP", "EUR"};
        }),
        {"currency: The card terminal “Front counter” takes payments in GBP or EUR only, not in "
         "USD."});
    row("terminal not paired", onTerminal([](D &, Device &device) { device.state = "PENDING"; }),
        {"device: The card terminal “Front counter” is not paired yet: finish pairing it in the "
         "payment provider's dashboard first."});
    row("terminal suspended", onTerminal([](D &, Device &device) { device.state = "SUSPENDED"; }),
        {"device: The card terminal “Front counter” is suspended and cannot take payments."});
    row("terminal suspended, named by its serial number", onTerminal([](D &d, Device &device) {
            device.state = "SUSPENDED";
            device.displayName.clear();
            d.amount = Money(4250, "EUR"); // the state is what matters first
        }),
        {"device: The card terminal “C045UQ12345678” is suspended and cannot take payments."});
    row("terminal in a state nobody documented",
        onTerminal([](D &, Device &device) { device.state = "RETIRED"; }),
        {"device: The card terminal “Front counter” cannot take payments while its state is "
         "RETIRED."});
    row("terminal without a state", onTerminal([](D &, Device &device) { device.state.clear(); }),
        {"device: The card terminal “Front counter” has not said that it is ready to take "
         "payments."});
    row("terminal without confirming", onTerminal([](D &d, Device &) { d.confirm = false; }),
        {"device: A card terminal takes the payment only when it is confirmed now: confirm it, "
         "or choose no terminal."});
    row("terminal by its bare id", onTerminal([](D &d, Device &) { d.device = "dvc_7Qz"; }),
        {"device: The card terminal must be a device's name, such as "
         "accounts/acct_123/devices/dvc_456."});
    row("terminal named as a customer", onTerminal([](D &d, Device &) { d.device = SpCustomer; }),
        {"device: The card terminal must be a device's name, such as "
         "accounts/acct_123/devices/dvc_456."});
    row("terminal and a payment method",
        onTerminal([](D &d, Device &) { d.paymentMethodId = SpPaymentMethod; }),
        {"paymentMethod: A card terminal takes the card presented there: leave the payment "
         "method empty."});
    row("confirm with neither payment method nor terminal",
        [](D &d, Dev &) { d.paymentMethodId = "  "; },
        {"paymentMethod: Choose a payment method or a card terminal to confirm the payment now, "
         "or create it without confirming."});
    row("customer as a UUID", [](D &d, Dev &) { d.customerId = CustomerId; },
        {"customer: The customer must be a customer's name, such as "
         "accounts/acct_123/customers/cus_456."});
    row("customer by its bare id", [](D &d, Dev &) { d.customerId = "cus_9xY"; },
        {"customer: The customer must be a customer's name, such as "
         "accounts/acct_123/customers/cus_456."});
    row("customer name with a space",
        [](D &d, Dev &) { d.customerId = "accounts/acct 1/customers/cus_9xY"; },
        {"customer: The customer must be a customer's name, such as "
         "accounts/acct_123/customers/cus_456."});
    row("customer name ending in a slash", [](D &d, Dev &) { d.customerId = SpCustomer + "/"; },
        {"customer: The customer must be a customer's name, such as "
         "accounts/acct_123/customers/cus_456."});
    row("payment method by its bare id", [](D &d, Dev &) { d.paymentMethodId = "pm_card_visa"; },
        {"paymentMethod: The payment method must be a payment method's name, such as "
         "accounts/acct_123/payment-methods/pm_456."});
    row("payment method named as a device", [](D &d, Dev &) { d.paymentMethodId = SpDevice; },
        {"paymentMethod: The payment method must be a payment method's name, such as "
         "accounts/acct_123/payment-methods/pm_456."});
    row("application fee", [](D &d, Dev &) { d.applicationFee = gbp(100); },
        {"applicationFee: SynaptoPay does not take an application fee: pass a part of the "
         "payment on with a transfer instead."});
    row("transfer destination user", [](D &d, Dev &) { d.transferDestinationUserId = UserId; },
        {"transferDestination: SynaptoPay has no transfer destination user: add a transfer to "
         "the receiving account instead."});
    row("description", [](D &d, Dev &) { d.description = "Counter sale"; },
        {"description: SynaptoPay does not keep a description for a payment: put it in the "
         "metadata instead."});
    row("transfer without recipient", [](D &d, Dev &) { d.transfers[0].recipient = " "; },
        {"transfers[0].recipient: Enter the account that receives transfer 1."});
    row("transfer to a bare account id", [](D &d, Dev &) { d.transfers[1].recipient = "acct_B"; },
        {"transfers[1].recipient: The account of transfer 2 must be an account's name, such as "
         "accounts/acct_123."});
    row("transfer to a customer", [](D &d, Dev &) { d.transfers[0].recipient = SpCustomer; },
        {"transfers[0].recipient: The account of transfer 1 must be an account's name, such as "
         "accounts/acct_123."});
    row("transfer to an account without acct_",
        [](D &d, Dev &) { d.transfers[0].recipient = "accounts/shopA"; },
        {"transfers[0].recipient: The account of transfer 1 must be an account's name, such as "
         "accounts/acct_123."});
    row("two transfers to one account",
        [](D &d, Dev &) { d.transfers[1].recipient = " " + SpShopA; },
        {"transfers[1].recipient: Transfer 2 goes to the same account as transfer 1: make one "
         "transfer per account."});
    row("third transfer to the first account",
        [](D &d, Dev &) {
            d.transfers.append({SpShopA, gbp(1)});
        },
        {"transfers[2].recipient: Transfer 3 goes to the same account as transfer 1: make one "
         "transfer per account."});
    row("transfer without amount", [](D &d, Dev &) { d.transfers[1].amount = Money(); },
        {"transfers[1].amount: Enter an amount for transfer 2."});
    row("transfer of zero", [](D &d, Dev &) { d.transfers[0].amount = gbp(0); },
        {"transfers[0].amount: The amount of transfer 1 must be more than zero."});
    row("negative transfer", [](D &d, Dev &) { d.transfers[1].amount = gbp(-1500); },
        {"transfers[1].amount: The amount of transfer 2 must be more than zero."});
    row("transfer in another currency",
        [](D &d, Dev &) { d.transfers[0].amount = Money(2500, "EUR"); },
        {"transfers[0].amount: Transfer 1 must be in GBP, the currency of the payment."});
    row("transfers above the amount",
        [](D &d, Dev &) {
            d.transfers[0].amount = gbp(6000);
            d.transfers[1].amount = gbp(4001);
        },
        {"transfers: The transfers add up to GBP\u00A0100.01, more than the payment's "
         "GBP\u00A0100.00."});
    row("transfers beyond what Paydesk can add up",
        [](D &d, Dev &) {
            d.transfers[0].amount = gbp(Max);
            d.transfers[1].amount = gbp(Max);
        },
        {"transfers: The transfers add up to more than the payment's GBP\u00A0100.00."});
    row("save for later without customer", [](D &d, Dev &) { d.customerId.clear(); },
        {"saveForLater: Choose a customer to save the payment method on, or do not save it for "
         "later."});
    row("too many metadata keys", [](D &d, Dev &) { d.metadata = manyKeys(50); },
        {"metadata: Metadata can have at most 49 keys: the limit is 50, and Paydesk keeps 1 for "
         "itself."});
    row("metadata key too long", [](D &d, Dev &) { d.metadata.insert(LongKey, "x"); },
        {"metadata." + LongKey + ": The metadata key “" + LongKey +
         "” is longer than 40 characters."});
    row("metadata value too long",
        [](D &d, Dev &) { d.metadata.insert("order", QString(501, '7')); },
        {"metadata.order: The value of the metadata key “order” is longer than 500 "
         "characters."});
    row("several rules at once",
        [](D &d, Dev &) {
            d.amount = gbp(3000);
            d.customerId.clear();
            d.paymentMethodId.clear();
            d.device = SpDevice;
            d.confirm = false;
        },
        {"device: A card terminal takes the payment only when it is confirmed now: confirm it, "
         "or choose no terminal.",
         "transfers: The transfers add up to GBP\u00A040.00, more than the payment's "
         "GBP\u00A030.00.",
         "saveForLater: Choose a customer to save the payment method on, or do not save it for "
         "later."});
}

void TestDrafts::synaptoPayIntentRejects()
{
    QFETCH(SynaptoPayEdit, edit);
    QFETCH(QStringList, errors);

    PaymentIntentDraft draft = synaptoPayIntentDraft();
    std::optional<Device> device;
    edit(draft, device);
    QCOMPARE(lines(draft.validate(ProviderLimits::synaptoPay(), device)), errors);
}

void TestDrafts::synaptoPayLimits()
{
    const ProviderLimits limits = ProviderLimits::synaptoPay();
    QCOMPARE(limits.provider, QStringLiteral("SynaptoPay"));
    QCOMPARE(limits.ids, ProviderLimits::Ids::ResourceName);
    QVERIFY(limits.takesDevices && limits.takesTransfers && limits.takesSaveForLater);
    QVERIFY(!limits.takesApplicationFee && !limits.takesIntentDescription);
    QCOMPARE(limits.metadata.maxKeys, 50);
    QCOMPARE(limits.metadata.maxKeyLength, 40);
    QCOMPARE(limits.metadata.maxValueLength, 500);

    const ProviderLimits dots = ProviderLimits::dots();
    QCOMPARE(dots.ids, ProviderLimits::Ids::Uuid);
    QVERIFY(!dots.takesDevices && !dots.takesTransfers && !dots.takesSaveForLater);
    QVERIFY(dots.takesApplicationFee && dots.takesIntentDescription);

    QCOMPARE(field::transfer(2), QStringLiteral("transfers[2]"));
    QCOMPARE(field::transfer(0, field::TransferRecipient),
             QStringLiteral("transfers[0].recipient"));
    QCOMPARE(field::transfer(1, field::TransferAmount), QStringLiteral("transfers[1].amount"));

    QVERIFY(rules::isResourceName(SpCustomer, u"customers"));
    QVERIFY(rules::isResourceName(SpCustomer + "/payment-methods/pm_1", u"payment-methods"));
    QVERIFY(!rules::isResourceName(SpCustomer, u"devices"));
    QVERIFY(!rules::isResourceName(QStringLiteral("accounts/acct_1"), u"accounts"));
    QVERIFY(!rules::isResourceName(QStringLiteral("customers/cus_1"), u"customers"));
    QVERIFY(!rules::isResourceName(QStringLiteral("accounts//customers/cus_1"), u"customers"));
    QVERIFY(rules::isAccountName(SpShopA));
    QVERIFY(!rules::isAccountName(QStringLiteral("accounts/acct_")));
    QVERIFY(!rules::isAccountName(SpShopA + "/customers/cus_1"));
}

void TestDrafts::synaptoPayCheckoutTakesNoCustomerOrExpiry()
{
    // Its sessions take an amount, URLs, a reference and metadata: a customer, their email or an
    // expiry would be dropped on the way, so they are refused on their own fields instead.
    const ProviderLimits limits = ProviderLimits::synaptoPay();
    QVERIFY(!limits.takesCheckoutCustomer && !limits.takesCheckoutExpiry);
    QVERIFY(ProviderLimits::dots().takesCheckoutCustomer);
    QVERIFY(ProviderLimits::dots().takesCheckoutExpiry);
    CheckoutSessionDraft draft = checkoutSessionDraft();
    QCOMPARE(lines(draft.validate(limits)),
             (QStringList{"customer: SynaptoPay does not tie a checkout link to a customer: send "
                          "the link to them yourself, or name them in the reference.",
                          "customerEmail: SynaptoPay does not tie a checkout link to a customer: "
                          "send the link to them yourself, or name them in the reference.",
                          "expiresIn: SynaptoPay decides when its checkout links expire: leave "
                          "the expiry out."}));
    draft.customerId.clear();
    draft.customerEmail.clear();
    draft.expiresInSeconds.reset();
    QCOMPARE(lines(draft.validate(limits)), QStringList());
}

void TestDrafts::providersDifferInCurrencies()
{
    PaymentIntentDraft synaptoEuros = synaptoPayIntentDraft();
    synaptoEuros.amount = Money(1999, QStringLiteral("EUR"));
    synaptoEuros.transfers.clear();
    QCOMPARE(lines(synaptoEuros.validate(ProviderLimits::synaptoPay())), QStringList());
    PaymentIntentDraft euros = paymentIntentDraft();
    euros.amount = Money(1999, QStringLiteral("EUR"));
    euros.applicationFee.reset();
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
