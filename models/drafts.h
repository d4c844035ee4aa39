#pragma once

#include "models/metadata.h"
#include "models/money.h"
#include "models/resources.h"
#include "models/validation.h"

#include <QList>
#include <QString>

#include <optional>

// What a person asks a provider to create, checked before anything is sent. Each rule the
// contract states becomes a FieldError on the field's neutral name (models/fields.h) with a
// sentence a person understands. Strings are kept as typed; validate() checks each one as it will
// be sent (trimmed, as the codecs send it) without changing the draft.

namespace paydesk {

// What a provider accepts beyond the shape of its requests, so the same draft can be checked
// against Dots or SynaptoPay.
struct ProviderLimits
{
    // How the provider names its objects, which is what ids typed into a draft must look like.
    enum class Ids
    {
        Uuid,         // Dots: "0b7f4a4e-9f0b-4c4e-8a49-4cbb1d0f0a01"
        ResourceName, // SynaptoPay: "accounts/acct_1/customers/cus_2"
    };

    QString provider;
    MetadataLimits metadata;
    QStringList currencies; // upper-case ISO 4217 codes it takes; empty: every known code
    Ids ids = Ids::Uuid;
    // What a payment intent may carry besides amount, customer and payment method.
    bool takesDevices = false;       // a card terminal to take the payment on
    bool takesTransfers = false;     // transfers[] to other accounts
    bool takesSaveForLater = false;  // saving the payment method on the customer
    bool takesApplicationFee = true; // an application fee and a transfer destination user
    bool takesIntentDescription = true;
    // What a checkout link may carry besides its amount, URLs, reference and metadata: items
    // line by line (else one amount: the items' total is what is sent), a customer (id or
    // email) the link is for, and when it expires (else the provider decides).
    bool takesCheckoutLineItems = true;
    bool takesCheckoutCustomer = true;
    bool takesCheckoutExpiry = true;

    bool takesCurrency(const QString &code) const;

    static ProviderLimits dots(); // USD only (the contract's enum)
    // Any ISO 4217 currency its rails take; resource names; devices, transfers and saving for
    // later; no application fee or description.
    static ProviderLimits synaptoPay();
};

struct CustomerDraft
{
    QString firstName;
    QString lastName;
    QString businessName;
    QString email;
    QString phoneNumber;
    // The phone number's country calling code ("1" for the US): what Dots means by
    // `country_code` wherever it documents it.
    QString countryCode;
    // All of line_1, city, state, postcode and country (ISO 3166-1 alpha-2), or none. An address
    // whose fields are all empty counts as none.
    std::optional<Address> address;
    Metadata metadata;

    ValidationResult validate(const ProviderLimits &limits = ProviderLimits::dots()) const;
};

// Part of a payment to pass on to another account once it succeeds.
struct TransferDraft
{
    QString recipient; // the account's name: "accounts/acct_123"
    Money amount;      // in the payment's currency
};

struct PaymentIntentDraft
{
    Money amount;
    QString customerId;
    QString description;
    QString paymentMethodId; // required when confirm is set, unless a device takes the payment
    bool confirm = false;
    std::optional<Money> applicationFee;
    QString transferDestinationUserId;
    Metadata metadata;
    // The card terminal to take the payment on (its name); needs confirm.
    QString device;
    // Parts passed on to other accounts: one per account, in the payment's currency, together
    // at most the amount.
    QList<TransferDraft> transfers;
    // Also save the payment method on the customer for charges started later; needs a customer.
    bool saveForLater = false;

    // `chosenDevice`, when given, is the terminal named in `device` as the provider last listed
    // it: its state and currencies are checked too.
    ValidationResult validate(const ProviderLimits &limits = ProviderLimits::dots(),
                              const std::optional<Device> &chosenDevice = std::nullopt) const;
};

struct CheckoutLineItemDraft
{
    QString name;
    QString description;
    Money unitPrice;
    qint64 quantity = 1;
};

struct CheckoutSessionDraft
{
    QList<CheckoutLineItemDraft> lineItems;
    QString successUrl;
    QString cancelUrl;
    QString customerEmail;
    QString customerId;
    QString clientReferenceId;
    std::optional<int> expiresInSeconds; // 0..10800; the server's default (10800) when unset
    Metadata metadata;

    static constexpr int MaxExpiresInSeconds = 10800;

    // The sum of every line's price * quantity; nullopt on overflow, mixed currencies or no items.
    std::optional<Money> total() const;
    ValidationResult validate(const ProviderLimits &limits = ProviderLimits::dots()) const;
};

struct RefundDraft
{
    QString paymentIntentId;
    Money amount;
    QString reason; // empty, or one of reasons()
    // The charge to refund, where the provider refunds charges rather than intents (SynaptoPay).
    // Defaulted so that drafts written as {intent, amount, reason} stay complete.
    QString chargeId = {};

    static QStringList reasons();
    // `refundable`, when known, is what is left of the intent to refund.
    ValidationResult validate(std::optional<Money> refundable = std::nullopt) const;
};

struct ConfirmIntentDraft
{
    QString paymentIntentId;
    QString paymentMethodId;

    ValidationResult validate() const;
};

// Shared shape checks, exposed for the widgets that check as the user types.
namespace rules {
bool isEmail(const QString &text);
bool isUuid(const QString &text);
bool isHttpUrl(const QString &text);
bool isCountryCode(const QString &text);      // two ASCII letters (ISO 3166-1 alpha-2 shape)
bool isPhoneCountryCode(const QString &text); // a calling code: 1 to 3 ASCII digits, no "+"
// A resource name as SynaptoPay shapes them: "accounts/acct_1/customers/cus_2" has the
// collection "customers". Segments are non-empty and hold no spaces or slashes.
bool isResourceName(const QString &text, QStringView collection);
bool isAccountName(const QString &text); // "accounts/acct_123"
} // namespace rules

} // namespace paydesk
