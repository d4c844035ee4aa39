#pragma once

#include <QLatin1String>
#include <QString>

// The names of the fields a person fills in, the same for every provider. Drafts report their
// rules on these names, the dialogs and the command line bind their widgets and options to them,
// and each provider translates the paths its server names in a 400 into them (for Dots:
// network/dots/dots_fields.cpp), so a rule broken on the server lands next to the same widget as
// the same rule broken before sending.
//
// A name is a path: parts joined by '.', a list's entry as `[index]` ("lineItems[2].quantity"),
// a metadata key after "metadata." ("metadata.order"). A path whose own widget is not bound falls
// back to its parent's ("lineItems[2]", then "lineItems").

namespace paydesk::field {

// Customers
inline constexpr QLatin1String FirstName{"firstName"};
inline constexpr QLatin1String LastName{"lastName"};
inline constexpr QLatin1String BusinessName{"businessName"};
inline constexpr QLatin1String Email{"email"};
inline constexpr QLatin1String Phone{"phone"};
inline constexpr QLatin1String PhoneCountryCode{"phoneCountryCode"};
inline constexpr QLatin1String Address{"address"};
inline constexpr QLatin1String AddressLine1{"address.line1"};
inline constexpr QLatin1String AddressLine2{"address.line2"};
inline constexpr QLatin1String AddressCity{"address.city"};
inline constexpr QLatin1String AddressState{"address.state"};
inline constexpr QLatin1String AddressPostcode{"address.postcode"};
inline constexpr QLatin1String AddressCountry{"address.country"};

// Payment intents, refunds and confirmations
inline constexpr QLatin1String Amount{"amount"};
inline constexpr QLatin1String Currency{"currency"};
inline constexpr QLatin1String Customer{"customer"};
inline constexpr QLatin1String Description{"description"};
inline constexpr QLatin1String PaymentMethod{"paymentMethod"};
inline constexpr QLatin1String ApplicationFee{"applicationFee"};
inline constexpr QLatin1String TransferDestination{"transferDestination"};
inline constexpr QLatin1String PaymentIntent{"paymentIntent"};
inline constexpr QLatin1String Reason{"reason"};
inline constexpr QLatin1String Device{"device"}; // the card terminal a payment is taken on
inline constexpr QLatin1String SaveForLater{"saveForLater"}; // keep the payment method for later
inline constexpr QLatin1String Transfers{"transfers"};       // parts passed on to other accounts

// One transfer's parts, for transfer().
inline constexpr QLatin1String TransferRecipient{"recipient"};
inline constexpr QLatin1String TransferAmount{"amount"};

// Checkout sessions
inline constexpr QLatin1String LineItems{"lineItems"};
inline constexpr QLatin1String SuccessUrl{"successUrl"};
inline constexpr QLatin1String CancelUrl{"cancelUrl"};
inline constexpr QLatin1String CustomerEmail{"customerEmail"};
inline constexpr QLatin1String Reference{"reference"};
inline constexpr QLatin1String ExpiresIn{"expiresIn"};

// One checkout line's parts, for lineItem().
inline constexpr QLatin1String ItemName{"name"};
inline constexpr QLatin1String ItemDescription{"description"};
inline constexpr QLatin1String ItemUnitPrice{"unitPrice"};
inline constexpr QLatin1String ItemCurrency{"currency"};
inline constexpr QLatin1String ItemQuantity{"quantity"};

// Every resource
inline constexpr QLatin1String Metadata{"metadata"};

// Profiles
inline constexpr QLatin1String ProfileName{"name"};
inline constexpr QLatin1String Provider{"provider"};
inline constexpr QLatin1String ClientId{"clientId"};
inline constexpr QLatin1String AppId{"appId"};
inline constexpr QLatin1String Account{"account"};
inline constexpr QLatin1String ApiKey{"apiKey"};
inline constexpr QLatin1String BaseUrl{"baseUrl"};
inline constexpr QLatin1String RequestDeadline{"requestDeadline"};
// What a profile's receipts say about the merchant
inline constexpr QLatin1String MerchantName{"merchant.name"};
inline constexpr QLatin1String MerchantAddress{"merchant.address"};
inline constexpr QLatin1String MerchantPhone{"merchant.phone"};
inline constexpr QLatin1String MerchantTaxNumber{"merchant.taxNumber"};
inline constexpr QLatin1String ReceiptFooter{"merchant.footer"};

// Listing
inline constexpr QLatin1String Limit{"limit"};

// "lineItems[index]", or one part of that line: "lineItems[index].quantity".
inline QString lineItem(qsizetype index, QLatin1String part = {})
{
    QString path =
        QString(LineItems) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (!part.isEmpty())
        path += QLatin1Char('.') + QString(part);
    return path;
}

// "transfers[index]", or one part of that transfer: "transfers[index].recipient".
inline QString transfer(qsizetype index, QLatin1String part = {})
{
    QString path =
        QString(Transfers) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (!part.isEmpty())
        path += QLatin1Char('.') + QString(part);
    return path;
}

// "metadata.key"
inline QString metadataKey(const QString &key)
{
    return QString(Metadata) + QLatin1Char('.') + key;
}

} // namespace paydesk::field
