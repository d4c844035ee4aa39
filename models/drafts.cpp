#include "models/drafts.h"

#include "models/fields.h"

#include <QCoreApplication>
#include <QHash>
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

// Checks an optional resource name: empty is fine, anything else must name an object of
// `collection`.
void checkOptionalName(ValidationResult &result, const QString &field, const QString &value,
                       QStringView collection, const QString &message)
{
    const QString name = value.trimmed();
    if (!name.isEmpty() && !rules::isResourceName(name, collection))
        result.add(field, message);
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
    const qsizetype number = index + 1; // people count items from one
    bool addsUp = true;

    if (item.name.trimmed().isEmpty()) {
        result.add(field::lineItem(index, field::ItemName),
                   Text::tr("Enter a name for item %1.").arg(number));
    }
    if (!item.unitPrice.isValid()) {
        addsUp = false;
        result.add(field::lineItem(index, field::ItemUnitPrice),
                   Text::tr("Enter a price for item %1.").arg(number));
    } else {
        if (item.unitPrice.minorUnits() <= 0) {
            result.add(field::lineItem(index, field::ItemUnitPrice),
                       Text::tr("The price of item %1 must be more than zero.").arg(number));
        }
        if (item.unitPrice.currency() != sessionCurrency) {
            addsUp = false;
            result.add(field::lineItem(index, field::ItemCurrency),
                       Text::tr("The price of item %1 must be in %2, like the first item.")
                           .arg(number)
                           .arg(sessionCurrency));
        } else {
            checkCurrency(result, field::lineItem(index, field::ItemCurrency), item.unitPrice,
                          Text::tr("The price of item %1").arg(number), limits);
        }
    }
    if (item.quantity <= 0) {
        addsUp = false;
        result.add(field::lineItem(index, field::ItemQuantity),
                   Text::tr("The quantity of item %1 must be at least 1.").arg(number));
    } else if (item.unitPrice.isValid() && !item.unitPrice.checkedMultiply(item.quantity)) {
        addsUp = false;
        result.add(field::lineItem(index, field::ItemQuantity),
                   Text::tr("Item %1 costs too much: its price times its quantity is more than "
                            "Paydesk can hold.")
                       .arg(number));
    }
    return addsUp;
}

// Each transfer of a payment: to an account, one per account, a positive amount in the
// payment's currency; together at most the payment's amount.
void validateTransfers(ValidationResult &result, const QList<TransferDraft> &transfers,
                       const Money &amount)
{
    QHash<QString, qsizetype> recipients; // account name -> first transfer's index
    std::optional<Money> total;
    if (amount.isValid())
        total = Money(0, amount.currency());
    bool overflow = false;
    for (qsizetype i = 0; i < transfers.size(); ++i) {
        const TransferDraft &transfer = transfers.at(i);
        const qsizetype number = i + 1; // people count transfers from one
        const QString recipientField = field::transfer(i, field::TransferRecipient);
        const QString amountField = field::transfer(i, field::TransferAmount);

        const QString recipient = transfer.recipient.trimmed();
        if (recipient.isEmpty()) {
            result.add(recipientField,
                       Text::tr("Enter the account that receives transfer %1.").arg(number));
        } else if (!rules::isAccountName(recipient)) {
            result.add(recipientField, Text::tr("The account of transfer %1 must be an account's "
                                                "name, such as accounts/acct_123.")
                                           .arg(number));
        } else if (const auto first = recipients.constFind(recipient);
                   first != recipients.constEnd()) {
            result.add(recipientField,
                       Text::tr("Transfer %1 goes to the same account as transfer %2: make one "
                                "transfer per account.")
                           .arg(number)
                           .arg(*first + 1));
        } else {
            recipients.insert(recipient, i);
        }

        if (!transfer.amount.isValid()) {
            result.add(amountField, Text::tr("Enter an amount for transfer %1.").arg(number));
        } else if (transfer.amount.minorUnits() <= 0) {
            result.add(amountField,
                       Text::tr("The amount of transfer %1 must be more than zero.").arg(number));
        } else if (amount.isValid() && transfer.amount.currency() != amount.currency()) {
            result.add(amountField,
                       Text::tr("Transfer %1 must be in %2, the currency of the payment.")
                           .arg(number)
                           .arg(amount.currency()));
        } else if (total) {
            total = total->checkedAdd(transfer.amount);
            overflow = !total;
        }
        if (overflow)
            break;
    }
    if (!amount.isValid() || amount.minorUnits() <= 0)
        return;
    if (overflow) {
        result.add(
            field::Transfers,
            Text::tr("The transfers add up to more than the payment's %1.").arg(amount.toString()));
    } else if (total && total->minorUnits() > amount.minorUnits()) {
        result.add(field::Transfers,
                   Text::tr("The transfers add up to %1, more than the payment's %2.")
                       .arg(total->toString(), amount.toString()));
    }
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
    ProviderLimits limits{QStringLiteral("SynaptoPay"), MetadataLimits::synaptoPay(), {}};
    limits.ids = Ids::ResourceName;
    limits.takesDevices = true;
    limits.takesTransfers = true;
    limits.takesSaveForLater = true;
    limits.takesApplicationFee = false;
    limits.takesIntentDescription = false;
    limits.takesCheckoutLineItems = false;
    limits.takesCheckoutCustomer = false;
    limits.takesCheckoutExpiry = false;
    return limits;
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
        result.add(field::BusinessName,
                   Text::tr("Enter either a person's first and last name or a business name, not "
                            "both."));
    } else if (!isPerson && !isBusiness) {
        if (hasFirst) {
            result.add(field::LastName,
                       Text::tr("Enter the customer's last name too, or a business name "
                                "instead."));
        } else if (hasLast) {
            result.add(field::FirstName,
                       Text::tr("Enter the customer's first name too, or a business name "
                                "instead."));
        } else {
            result.add(field::FirstName,
                       Text::tr("Enter the customer's first and last name, or a business name."));
        }
    }

    checkOptionalEmail(result, field::Email, email, Text::tr("email address"));

    const QString callingCode = countryCode.trimmed();
    if (!callingCode.isEmpty() && !rules::isPhoneCountryCode(callingCode)) {
        result.add(field::PhoneCountryCode,
                   Text::tr("The phone country code must be 1 to 3 digits, such as 1 for the "
                            "United States."));
    }

    // The contract requires every address field but line_2 once there is an address at all.
    if (address && !address->isEmpty()) {
        const struct
        {
            QLatin1String field;
            const QString &value;
            QString message;
        } required[] = {
            {field::AddressLine1, address->line1,
             Text::tr("Enter the first line of the address, or leave the whole address empty.")},
            {field::AddressCity, address->city,
             Text::tr("Enter the city, or leave the whole address empty.")},
            {field::AddressState, address->state,
             Text::tr("Enter the state, or leave the whole address empty.")},
            {field::AddressPostcode, address->postcode,
             Text::tr("Enter the postcode, or leave the whole address empty.")},
            {field::AddressCountry, address->country,
             Text::tr("Enter the country, or leave the whole address empty.")},
        };
        for (const auto &[path, value, message] : required) {
            if (value.trimmed().isEmpty())
                result.add(path, message);
        }
        const QString country = address->country.trimmed();
        if (!country.isEmpty() && !rules::isCountryCode(country)) {
            result.add(field::AddressCountry,
                       Text::tr("The country must be a two-letter code, such as US."));
        }
    }

    result.merge(metadata.validate(limits.metadata, field::Metadata, ReservedMetadataKeys));
    return result;
}

ValidationResult PaymentIntentDraft::validate(const ProviderLimits &limits,
                                              const std::optional<Device> &chosenDevice) const
{
    ValidationResult result;
    const bool names = limits.ids == ProviderLimits::Ids::ResourceName;
    const bool onDevice = limits.takesDevices && !device.trimmed().isEmpty();

    if (!amount.isValid()) {
        result.add(field::Amount, Text::tr("Enter an amount."));
    } else {
        if (amount.minorUnits() <= 0)
            result.add(field::Amount, Text::tr("The amount must be more than zero."));
        const qsizetype before = result.errors().size();
        checkCurrency(result, field::Currency, amount, Text::tr("The amount"), limits);
        // A terminal that cannot take payments at all is reported on the terminal instead.
        QString why;
        if (result.errors().size() == before && onDevice && chosenDevice &&
            chosenDevice->canTakePayments() &&
            !chosenDevice->canTakePayment(amount.currency(), &why)) {
            result.add(field::Currency, why);
        }
    }

    if (names) {
        checkOptionalName(result, field::Customer, customerId, u"customers",
                          Text::tr("The customer must be a customer's name, such as "
                                   "accounts/acct_123/customers/cus_456."));
    } else {
        checkOptionalUuid(result, field::Customer, customerId, Text::tr("customer ID"));
    }

    const bool hasPaymentMethod = !paymentMethodId.trimmed().isEmpty();
    if (confirm && !hasPaymentMethod && !onDevice) {
        result.add(field::PaymentMethod,
                   limits.takesDevices
                       ? Text::tr("Choose a payment method or a card terminal to confirm the "
                                  "payment now, or create it without confirming.")
                       : Text::tr("Choose a payment method to confirm the payment now, or create "
                                  "it without confirming."));
    } else if (onDevice && hasPaymentMethod) {
        result.add(field::PaymentMethod,
                   Text::tr("A card terminal takes the card presented there: leave the payment "
                            "method empty."));
    } else if (names) {
        checkOptionalName(result, field::PaymentMethod, paymentMethodId, u"payment-methods",
                          Text::tr("The payment method must be a payment method's name, such as "
                                   "accounts/acct_123/payment-methods/pm_456."));
    } else {
        checkOptionalUuid(result, field::PaymentMethod, paymentMethodId,
                          Text::tr("payment method ID"));
    }

    if (!device.trimmed().isEmpty()) {
        QString why;
        if (!limits.takesDevices) {
            result.add(
                field::Device,
                Text::tr("%1 does not take payments on card terminals.").arg(limits.provider));
        } else if (!confirm) {
            result.add(field::Device,
                       Text::tr("A card terminal takes the payment only when it is confirmed "
                                "now: confirm it, or choose no terminal."));
        } else if (names && !rules::isResourceName(device.trimmed(), u"devices")) {
            result.add(field::Device, Text::tr("The card terminal must be a device's name, such as "
                                               "accounts/acct_123/devices/dvc_456."));
        } else if (chosenDevice && !chosenDevice->canTakePayments()) {
            chosenDevice->canTakePayment(amount.currency(), &why);
            result.add(field::Device, why);
        }
    }

    if (applicationFee) {
        const QString feeField = field::ApplicationFee;
        if (!limits.takesApplicationFee) {
            result.add(feeField,
                       Text::tr("%1 does not take an application fee: pass a part of the payment "
                                "on with a transfer instead.")
                           .arg(limits.provider));
        } else if (amount.isValid() && applicationFee->currency() != amount.currency()) {
            result.add(feeField, Text::tr("The application fee must be in %1, the currency of the "
                                          "amount.")
                                     .arg(amount.currency()));
        } else if (applicationFee->minorUnits() < 0) {
            result.add(feeField, Text::tr("The application fee cannot be negative."));
        } else if (amount.isValid() && applicationFee->minorUnits() > amount.minorUnits()) {
            result.add(feeField, Text::tr("The application fee cannot be more than the amount."));
        }
    }

    if (!limits.takesApplicationFee && !transferDestinationUserId.trimmed().isEmpty()) {
        result.add(field::TransferDestination,
                   Text::tr("%1 has no transfer destination user: add a transfer to the "
                            "receiving account instead.")
                       .arg(limits.provider));
    } else {
        checkOptionalUuid(result, field::TransferDestination, transferDestinationUserId,
                          Text::tr("destination user ID"));
    }

    if (!limits.takesIntentDescription && !description.trimmed().isEmpty()) {
        result.add(field::Description,
                   Text::tr("%1 does not keep a description for a payment: put it in the "
                            "metadata instead.")
                       .arg(limits.provider));
    }

    if (!transfers.isEmpty()) {
        if (!limits.takesTransfers) {
            result.add(field::Transfers,
                       Text::tr("%1 cannot pass parts of a payment on to other accounts.")
                           .arg(limits.provider));
        } else {
            validateTransfers(result, transfers, amount);
        }
    }

    if (saveForLater) {
        if (!limits.takesSaveForLater) {
            result.add(field::SaveForLater,
                       Text::tr("%1 cannot save the payment method for later charges.")
                           .arg(limits.provider));
        } else if (customerId.trimmed().isEmpty()) {
            result.add(field::SaveForLater,
                       Text::tr("Choose a customer to save the payment method on, or do not save "
                                "it for later."));
        }
    }

    result.merge(metadata.validate(limits.metadata, field::Metadata, ReservedMetadataKeys));
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
        result.add(field::LineItems, Text::tr("Add at least one item."));

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
        result.add(field::LineItems, Text::tr("The items add up to more than Paydesk can hold."));
    }

    if (successUrl.trimmed().isEmpty()) {
        result.add(field::SuccessUrl,
                   Text::tr("Enter the success URL: the web address the customer returns to "
                            "after paying."));
    } else {
        checkHttpUrl(result, field::SuccessUrl, successUrl, Text::tr("success URL"));
    }
    checkHttpUrl(result, field::CancelUrl, cancelUrl, Text::tr("cancel URL"));
    if (limits.takesCheckoutCustomer) {
        checkOptionalEmail(result, field::CustomerEmail, customerEmail,
                           Text::tr("customer's email address"));
        checkOptionalUuid(result, field::Customer, customerId, Text::tr("customer ID"));
    } else {
        const QString why = Text::tr("%1 does not tie a checkout link to a customer: send the "
                                     "link to them yourself, or name them in the reference.")
                                .arg(limits.provider);
        if (!customerId.trimmed().isEmpty())
            result.add(field::Customer, why);
        if (!customerEmail.trimmed().isEmpty())
            result.add(field::CustomerEmail, why);
    }

    if (expiresInSeconds && !limits.takesCheckoutExpiry) {
        result.add(field::ExpiresIn,
                   Text::tr("%1 decides when its checkout links expire: leave the expiry out.")
                       .arg(limits.provider));
    } else if (expiresInSeconds &&
               (*expiresInSeconds < 0 || *expiresInSeconds > MaxExpiresInSeconds)) {
        result.add(field::ExpiresIn,
                   Text::tr("The link must expire within %1 seconds (3 hours); 0 is the "
                            "shortest.")
                       .arg(MaxExpiresInSeconds));
    }

    result.merge(metadata.validate(limits.metadata, field::Metadata, ReservedMetadataKeys));
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
    checkRequiredUuid(result, field::PaymentIntent, paymentIntentId, Text::tr("payment ID"),
                      Text::tr("Choose the payment to refund."));

    const QString amountField = field::Amount;
    if (!amount.isValid()) {
        result.add(amountField, Text::tr("Enter the amount to refund."));
    } else if (amount.minorUnits() <= 0) {
        result.add(amountField, Text::tr("The refund must be more than zero."));
    } else if (refundable && refundable->currency() != amount.currency()) {
        result.add(amountField, Text::tr("The refund must be in %1, the currency of the payment.")
                                    .arg(refundable->currency()));
    } else if (refundable && amount.minorUnits() > refundable->minorUnits()) {
        result.add(amountField, Text::tr("The refund cannot be more than the %1 left to refund.")
                                    .arg(refundable->toString()));
    }

    const QString why = reason.trimmed();
    if (!why.isEmpty() && !reasons().contains(why)) {
        result.add(field::Reason,
                   Text::tr("The reason must be one of: %1.").arg(reasons().join(u", ")));
    }
    return result;
}

ValidationResult ConfirmIntentDraft::validate() const
{
    ValidationResult result;
    checkRequiredUuid(result, field::PaymentIntent, paymentIntentId, Text::tr("payment ID"),
                      Text::tr("Choose the payment to confirm."));
    checkRequiredUuid(result, field::PaymentMethod, paymentMethodId, Text::tr("payment method ID"),
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

bool isResourceName(const QString &text, QStringView collection)
{
    // accounts/<id>, any number of <collection>/<id> pairs between, <collection>/<id> last.
    static const QRegularExpression shape(
        QStringLiteral("^accounts/[^/\\s]+(?:/[^/\\s]+/[^/\\s]+)*$"));
    if (!shape.match(text).hasMatch())
        return false;
    const QList<QStringView> parts = QStringView(text).split(QLatin1Char('/'));
    return parts.size() >= 4 && parts.at(parts.size() - 2) == collection;
}

bool isAccountName(const QString &text)
{
    static const QRegularExpression account(QStringLiteral("^accounts/acct_[^/\\s]+$"));
    return account.match(text).hasMatch();
}

} // namespace rules

} // namespace paydesk
