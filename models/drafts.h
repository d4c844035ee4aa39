#pragma once

#include "models/metadata.h"
#include "models/money.h"
#include "models/resources.h"
#include "models/validation.h"

#include <QList>
#include <QString>

#include <optional>

// What a person asks a provider to create, checked before anything is sent. Each rule the
// contract states becomes a FieldError on the API's field path with a sentence a person
// understands. Strings are taken as typed; validate() trims nothing, the codecs trim on output.

namespace paydesk {

struct CustomerDraft
{
    QString firstName;
    QString lastName;
    QString businessName;
    QString email;
    QString phoneNumber;
    QString countryCode;            // ISO 3166-1 alpha-2
    std::optional<Address> address; // all of line_1, city, state, postcode, country, or none
    Metadata metadata;

    ValidationResult validate(const MetadataLimits &limits = MetadataLimits::dots()) const;
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

    ValidationResult validate(const MetadataLimits &limits = MetadataLimits::dots()) const;
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
    ValidationResult validate(const MetadataLimits &limits = MetadataLimits::dots()) const;
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
bool isCountryCode(const QString &text); // two ASCII letters
} // namespace rules

} // namespace paydesk
