#pragma once

#include "models/drafts.h"

// Drafts that pass validation, with every field set, for tests to break one rule at a time.

namespace fixtures {

inline const QString CustomerId = QStringLiteral("0b7f4a4e-9f0b-4c4e-8a49-4cbb1d0f0a01");
inline const QString UserId = QStringLiteral("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
inline const QString PaymentMethodId = QStringLiteral("a3d5c7e9-1b2d-4f60-8a1c-3e5f7a9b1c2d");
inline const QString PaymentIntentId = QStringLiteral("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
inline const QString TransferId = QStringLiteral("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70");
inline const QString CheckoutSessionId = QStringLiteral("e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81");

inline paydesk::Money usd(qint64 cents)
{
    return paydesk::Money(cents, QStringLiteral("USD"));
}

inline paydesk::Address address()
{
    paydesk::Address address;
    address.line1 = QStringLiteral("1 Main St");
    address.line2 = QStringLiteral("Suite 5");
    address.city = QStringLiteral("Springfield");
    address.state = QStringLiteral("IL");
    address.postcode = QStringLiteral("62701");
    address.country = QStringLiteral("US");
    return address;
}

inline paydesk::CustomerDraft customerDraft()
{
    paydesk::CustomerDraft draft;
    draft.firstName = QStringLiteral("Ada");
    draft.lastName = QStringLiteral("Lovelace");
    draft.email = QStringLiteral("ada@example.com");
    draft.phoneNumber = QStringLiteral("4155550100");
    draft.countryCode = QStringLiteral("1");
    draft.address = address();
    draft.metadata.insert(QStringLiteral("crm_id"), QStringLiteral("C-1001"));
    return draft;
}

inline paydesk::PaymentIntentDraft paymentIntentDraft()
{
    paydesk::PaymentIntentDraft draft;
    draft.amount = usd(1999);
    draft.customerId = CustomerId;
    draft.description = QStringLiteral("Counter sale");
    draft.paymentMethodId = PaymentMethodId;
    draft.confirm = true;
    draft.applicationFee = usd(100);
    draft.transferDestinationUserId = UserId;
    draft.metadata.insert(QStringLiteral("order"), QStringLiteral("A-17"));
    return draft;
}

inline paydesk::CheckoutSessionDraft checkoutSessionDraft()
{
    paydesk::CheckoutSessionDraft draft;
    draft.lineItems = {
        {QStringLiteral("Green tea"), QStringLiteral("Loose leaf, 100 g"), usd(1250), 2},
        {QStringLiteral("Teapot"), QString(), usd(3500), 1},
    };
    draft.successUrl = QStringLiteral("https://shop.example.com/thanks");
    draft.cancelUrl = QStringLiteral("https://shop.example.com/cart");
    draft.customerEmail = QStringLiteral("ada@example.com");
    draft.customerId = CustomerId;
    draft.clientReferenceId = QStringLiteral("cart-42");
    draft.expiresInSeconds = 3600;
    draft.metadata.insert(QStringLiteral("campaign"), QStringLiteral("spring"));
    return draft;
}

inline paydesk::RefundDraft refundDraft()
{
    paydesk::RefundDraft draft;
    draft.paymentIntentId = PaymentIntentId;
    draft.amount = usd(500);
    draft.reason = QStringLiteral("requested_by_customer");
    return draft;
}

inline paydesk::ConfirmIntentDraft confirmIntentDraft()
{
    return {PaymentIntentId, PaymentMethodId};
}

// SynaptoPay names its objects by path.
inline const QString SpAccount = QStringLiteral("accounts/acct_1N2b3C");
inline const QString SpCustomer = SpAccount + QStringLiteral("/customers/cus_9xY");
inline const QString SpPaymentMethod = SpAccount + QStringLiteral("/payment-methods/pm_4kL");
inline const QString SpDevice = SpAccount + QStringLiteral("/devices/dvc_7Qz");
inline const QString SpShopA = QStringLiteral("accounts/acct_shopA");
inline const QString SpShopB = QStringLiteral("accounts/acct_shopB");

inline paydesk::Money gbp(qint64 pence)
{
    return paydesk::Money(pence, QStringLiteral("GBP"));
}

// A card payment split with two shops, its card saved on the customer.
inline paydesk::PaymentIntentDraft synaptoPayIntentDraft()
{
    paydesk::PaymentIntentDraft draft;
    draft.amount = gbp(10000);
    draft.customerId = SpCustomer;
    draft.paymentMethodId = SpPaymentMethod;
    draft.confirm = true;
    draft.transfers = {{SpShopA, gbp(2500)}, {SpShopB, gbp(1500)}};
    draft.saveForLater = true;
    draft.metadata.insert(QStringLiteral("order"), QStringLiteral("A-17"));
    return draft;
}

// A payment taken on a card terminal.
inline paydesk::PaymentIntentDraft terminalIntentDraft()
{
    paydesk::PaymentIntentDraft draft;
    draft.amount = gbp(4250);
    draft.confirm = true;
    draft.device = SpDevice;
    return draft;
}

inline paydesk::Device frontCounter()
{
    paydesk::Device device;
    device.id = SpDevice;
    device.displayName = QStringLiteral("Front counter");
    device.model = QStringLiteral("CLOVER_FLEX");
    device.serialNumber = QStringLiteral("C045UQ12345678");
    device.state = QStringLiteral("ACTIVE");
    device.supportedCurrencies = {QStringLiteral("GBP")};
    device.supportedRails = {QStringLiteral("card")};
    return device;
}

} // namespace fixtures
