#include "models/drafts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace paydesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Drafts)
};

// Every create carries Paydesk's request id in its metadata (RequestIdMetadataKey).
constexpr int ReservedMetadataKeys = 1;

const QString MetadataField = QStringLiteral("metadata");

QString uuidError(const QString &what)
{
    return Text::tr("The %1 must be a UUID, such as 123e4567-e89b-12d3-a456-426614174000.")
        .arg(what);
}

// Checks an optional id: empty is fine, anything else must look like a UUID.
void checkOptionalUuid(ValidationResult &result, const QString &field, const QString &value,
                       const QString &what)
{
    const QString id = value.trimmed();
    if (!id.isEmpty() && !rules::isUuid(id))
        result.add(field, uuidError(what));
}

void checkRequiredUuid(ValidationResult &result, const QString &field, const QString &value,
                       const QString &what, const QString &missing)
{
    if (value.trimmed().isEmpty())
        result.add(field, missing);
    else
        checkOptionalUuid(result, field, value, what);
}

void checkOptionalEmail(ValidationResult &result, const QString &field, const QString &value,
                        const QString &what)
{
    const QString email = value.trimmed();
    if (!email.isEmpty() && !rules::isEmail(email))
        result.add(field, Text::tr("The %1 must look like name@example.com.").arg(what));
}

void checkHttpUrl(ValidationResult &result, const QString &field, const QString &value,
                  const QString &what)
{
    const QString url = value.trimmed();
    if (!url.isEmpty() && !rules::isHttpUrl(url)) {
        result.add(
            field,
            Text::tr("The %1 must be a web address starting with http:// or https://.").arg(what));
    }
}

QString takenCurrencies(const ProviderLimits &limits)
{
    return limits.currencies.join(Text::tr(" or "));
}

// The currency of `money` against what the provider takes; `subject` names the amount in words.
void checkCurrency(ValidationResult &result, const QString &field, const Money &money,
                   const QString &subject, const ProviderLimits &limits)
{
    if (!Currency::isKnown(money.currency())) {
        result.add(field, Text::tr("“%1” is not an ISO 4217 currency code.").arg(money.currency()));
    } else if (!limits.takesCurrency(money.currency())) {
        result.add(field,
                   Text::tr("%1 is in %2, but %3 takes payments in %4 only.")
                       .arg(subject, money.currency(), limits.provider, takenCurrencies(limits)));
    }
}

// Checks one line of a checkout session; true when it has a price in `sessionCurrency`, a
// quantity of at least one, and a price times quantity that fits, so that the lines add up.
bool validateLineItem(ValidationResult &result, const CheckoutLineItemDraft &item, qsizetype index,
                      const QString &sessionCurrency, const ProviderLimits &limits)
{
    const QString prefix = QStringLiteral("line_items[%1].").arg(index);
    const QString price = prefix + QStringLiteral("price_data.");
    const qsizetype number = index + 1; // people count items from one
    bool addsUp = true;

    if (item.name.trimmed().isEmpty()) {
        result.add(price + QStringLiteral("product_data.name"),
                   Text::tr("Enter a name for item %1.").arg(number));
    }
    if (!item.unitPrice.isValid()) {
        addsUp = false;
        result.add(price + QStringLiteral("amount"),
                   Text::tr("Enter a price for item %1.").arg(number));
    } else {
        if (item.unitPrice.minorUnits() <= 0) {
            result.add(price + QStringLiteral("amount"),
                       Text::tr("The price of item %1 must be more than zero.").arg(number));
        }
        if (item.unitPrice.currency() != sessionCurrency) {
            addsUp = false;
            result.add(price + QStringLiteral("currency"),
                       Text::tr("The price of item %1 must be in %2, like the first item.")
                           .arg(number)
                           .arg(sessionCurrency));
        } else {
            checkCurrency(result, price + QStringLiteral("currency"), item.unitPrice,
                          Text::tr("The price of item %1").arg(number), limits);
        }
    }
    if (item.quantity <= 0) {
        addsUp = false;
        result.add(prefix + QStringLiteral("quantity"),
                   Text::tr("The quantity of item %1 must be at least 1.").arg(number));
    } else if (item.unitPrice.isValid() && !item.unitPrice.checkedMultiply(item.quantity)) {
        addsUp = false;
        result.add(prefix + QStringLiteral("quantity"),
                   Text::tr("Item %1 costs too much: its price times its quantity is more than "
                            "Paydesk can hold.")
                       .arg(number));
    }
    return addsUp;
}

} // namespace

bool ProviderLimits::takesCurrency(const QString &code) const
{
    const QString normalized = Currency::normalize(code);
    if (!Currency::isKnown(normalized))
        return false;
    return currencies.isEmpty() || currencies.contains(normalized);
}

ProviderLimits ProviderLimits::dots()
{
    return {QStringLiteral("Dots"), MetadataLimits::dots(), {QStringLiteral("USD")}};
}

ProviderLimits ProviderLimits::synaptoPay()
{
    return {QStringLiteral("SynaptoPay"), MetadataLimits::synaptoPay(), {}};
}

ValidationResult CustomerDraft::validate(const ProviderLimits &limits) const
{
    ValidationResult result;

    // The contract's oneOf: a person (first and last name) or a business, exactly one of them.
    const bool hasFirst = !firstName.trimmed().isEmpty();
    const bool hasLast = !lastName.trimmed().isEmpty();
    const bool isPerson = hasFirst && hasLast;
    const bool isBusiness = !businessName.trimmed().isEmpty();
    if (isPerson && isBusiness) {
        result.add(QStringLiteral("business_name"),
                   Text::tr("Enter either a person's first and last name or a business name, not "
                            "both."));
    } else if (!isPerson && !isBusiness) {
        if (hasFirst) {
            result.add(QStringLiteral("last_name"),
                       Text::tr("Enter the customer's last name too, or a business name "
                                "instead."));
        } else if (hasLast) {
            result.add(QStringLiteral("first_name"),
                       Text::tr("Enter the customer's first name too, or a business name "
                                "instead."));
        } else {
            result.add(QStringLiteral("first_name"),
                       Text::tr("Enter the customer's first and last name, or a business name."));
        }
    }

    checkOptionalEmail(result, QStringLiteral("email"), email, Text::tr("email address"));

    const QString callingCode = countryCode.trimmed();
    if (!callingCode.isEmpty() && !rules::isPhoneCountryCode(callingCode)) {
        result.add(QStringLiteral("country_code"),
                   Text::tr("The phone country code must be 1 to 3 digits, such as 1 for the "
                            "United States."));
    }

    // The contract requires every address field but line_2 once there is an address at all.
    if (address && !address->isEmpty()) {
        const struct
        {
            const char *field;
            const QString &value;
            QString message;
        } required[] = {
            {"address.line_1", address->line1,
             Text::tr("Enter the first line of the address, or leave the whole address empty.")},
            {"address.city", address->city,
             Text::tr("Enter the city, or leave the whole address empty.")},
            {"address.state", address->state,
             Text::tr("Enter the state, or leave the whole address empty.")},
            {"address.postcode", address->postcode,
             Text::tr("Enter the postcode, or leave the whole address empty.")},
            {"address.country", address->country,
             Text::tr("Enter the country, or leave the whole address empty.")},
        };
        for (const auto &[field, value, message] : required) {
            if (value.trimmed().isEmpty())
                result.add(QLatin1String(field), message);
        }
        const QString country = address->country.trimmed();
        if (!country.isEmpty() && !rules::isCountryCode(country)) {
            result.add(QStringLiteral("address.country"),
                       Text::tr("The country must be a two-letter code, such as US."));
        }
    }

    result.merge(metadata.validate(limits.metadata, MetadataField, ReservedMetadataKeys));
    return result;
}

ValidationResult PaymentIntentDraft::validate(const ProviderLimits &limits) const
{
    ValidationResult result;

    if (!amount.isValid()) {
        result.add(QStringLiteral("amount"), Text::tr("Enter an amount."));
    } else {
        if (amount.minorUnits() <= 0)
            result.add(QStringLiteral("amount"), Text::tr("The amount must be more than zero."));
        checkCurrency(result, QStringLiteral("currency"), amount, Text::tr("The amount"), limits);
    }

    checkOptionalUuid(result, QStringLiteral("customer_id"), customerId, Text::tr("customer ID"));

    if (confirm && paymentMethodId.trimmed().isEmpty()) {
        result.add(QStringLiteral("payment_method_id"),
                   Text::tr("Choose a payment method to confirm the payment now, or create it "
                            "without confirming."));
    } else {
        checkOptionalUuid(result, QStringLiteral("payment_method_id"), paymentMethodId,
                          Text::tr("payment method ID"));
    }

    if (applicationFee) {
        const QString field = QStringLiteral("application_fee_amount");
        if (amount.isValid() && applicationFee->currency() != amount.currency()) {
            result.add(field, Text::tr("The application fee must be in %1, the currency of the "
                                       "amount.")
                                  .arg(amount.currency()));
        } else if (applicationFee->minorUnits() < 0) {
            result.add(field, Text::tr("The application fee cannot be negative."));
        } else if (amount.isValid() && applicationFee->minorUnits() > amount.minorUnits()) {
            result.add(field, Text::tr("The application fee cannot be more than the amount."));
        }
    }

    checkOptionalUuid(result, QStringLiteral("transfer_data.destination_user_id"),
                      transferDestinationUserId, Text::tr("destination user ID"));

    result.merge(metadata.validate(limits.metadata, MetadataField, ReservedMetadataKeys));
    return result;
}

std::optional<Money> CheckoutSessionDraft::total() const
{
    if (lineItems.isEmpty())
        return std::nullopt;
    std::optional<Money> sum = Money(0, lineItems.front().unitPrice.currency());
    for (const CheckoutLineItemDraft &item : lineItems) {
        const std::optional<Money> line = item.unitPrice.checkedMultiply(item.quantity);
        sum = line ? sum->checkedAdd(*line) : std::nullopt;
        if (!sum)
            return std::nullopt;
    }
    return sum->isValid() ? sum : std::nullopt;
}

ValidationResult CheckoutSessionDraft::validate(const ProviderLimits &limits) const
{
    ValidationResult result;

    if (lineItems.isEmpty())
        result.add(QStringLiteral("line_items"), Text::tr("Add at least one item."));

    // One session is paid in one currency: the first priced item's.
    QString sessionCurrency;
    for (const CheckoutLineItemDraft &item : lineItems) {
        if (item.unitPrice.isValid()) {
            sessionCurrency = item.unitPrice.currency();
            break;
        }
    }
    bool everyLineAddsUp = !lineItems.isEmpty();
    for (qsizetype i = 0; i < lineItems.size(); ++i)
        everyLineAddsUp &= validateLineItem(result, lineItems.at(i), i, sessionCurrency, limits);
    // Only worth saying when each line is sound on its own.
    if (everyLineAddsUp && !total()) {
        result.add(QStringLiteral("line_items"),
                   Text::tr("The items add up to more than Paydesk can hold."));
    }

    if (successUrl.trimmed().isEmpty()) {
        result.add(QStringLiteral("success_url"),
                   Text::tr("Enter the success URL: the web address the customer returns to "
                            "after paying."));
    } else {
        checkHttpUrl(result, QStringLiteral("success_url"), successUrl, Text::tr("success URL"));
    }
    checkHttpUrl(result, QStringLiteral("cancel_url"), cancelUrl, Text::tr("cancel URL"));
    checkOptionalEmail(result, QStringLiteral("customer_email"), customerEmail,
                       Text::tr("customer's email address"));
    checkOptionalUuid(result, QStringLiteral("customer_id"), customerId, Text::tr("customer ID"));

    if (expiresInSeconds && (*expiresInSeconds < 0 || *expiresInSeconds > MaxExpiresInSeconds)) {
        result.add(QStringLiteral("expires_in"),
                   Text::tr("The link must expire within %1 seconds (3 hours); 0 is the "
                            "shortest.")
                       .arg(MaxExpiresInSeconds));
    }

    result.merge(metadata.validate(limits.metadata, MetadataField, ReservedMetadataKeys));
    return result;
}

QStringList RefundDraft::reasons()
{
    return {QStringLiteral("duplicate"), QStringLiteral("fraudulent"),
            QStringLiteral("requested_by_customer"), QStringLiteral("expired_uncaptured_charge"),
            QStringLiteral("partial_capture")};
}

ValidationResult RefundDraft::validate(std::optional<Money> refundable) const
{
    ValidationResult result;
    checkRequiredUuid(result, QStringLiteral("payment_intent_id"), paymentIntentId,
                      Text::tr("payment ID"), Text::tr("Choose the payment to refund."));

    const QString field = QStringLiteral("amount");
    if (!amount.isValid()) {
        result.add(field, Text::tr("Enter the amount to refund."));
    } else if (amount.minorUnits() <= 0) {
        result.add(field, Text::tr("The refund must be more than zero."));
    } else if (refundable && refundable->currency() != amount.currency()) {
        result.add(field, Text::tr("The refund must be in %1, the currency of the payment.")
                              .arg(refundable->currency()));
    } else if (refundable && amount.minorUnits() > refundable->minorUnits()) {
        result.add(field, Text::tr("The refund cannot be more than the %1 left to refund.")
                              .arg(refundable->toString()));
    }

    const QString why = reason.trimmed();
    if (!why.isEmpty() && !reasons().contains(why)) {
        result.add(QStringLiteral("reason"),
                   Text::tr("The reason must be one of: %1.").arg(reasons().join(u", ")));
    }
    return result;
}

ValidationResult ConfirmIntentDraft::validate() const
{
    ValidationResult result;
    checkRequiredUuid(result, QStringLiteral("payment_intent_id"), paymentIntentId,
                      Text::tr("payment ID"), Text::tr("Choose the payment to confirm."));
    checkRequiredUuid(result, QStringLiteral("payment_method_id"), paymentMethodId,
                      Text::tr("payment method ID"),
                      Text::tr("Choose a payment method to confirm the payment with."));
    return result;
}

namespace rules {

bool isEmail(const QString &text)
{
    // The shape only (something@domain.tld, no spaces): whether the mailbox exists is for the
    // provider to find out.
    static const QRegularExpression email(QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"));
    return email.match(text).hasMatch();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return uuid.match(text).hasMatch();
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

bool isCountryCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}$"));
    return code.match(text).hasMatch();
}

bool isPhoneCountryCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[0-9]{1,3}$"));
    return code.match(text).hasMatch();
}

} // namespace rules

} // namespace paydesk
