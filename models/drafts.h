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
    QString provider;
    MetadataLimits metadata;
    QStringList currencies; // upper-case ISO 4217 codes it takes; empty: every known code

    bool takesCurrency(const QString &code) const;

    static ProviderLimits dots();       // USD only (the contract's enum)
    static ProviderLimits synaptoPay(); // any ISO 4217 currency
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

struct PaymentIntentDraft
{
    Money amount;
    QString customerId;
    QString description;
    QString paymentMethodId; // required when confirm is set
    bool confirm = false;
    std::optional<Money> applicationFee;
    QString transferDestinationUserId;
    Metadata metadata;

    ValidationResult validate(const ProviderLimits &limits = ProviderLimits::dots()) const;
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
} // namespace rules

} // namespace paydesk
