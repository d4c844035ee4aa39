#include "sandbox/render.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject renderAddress(const Address &address)
{
    QJsonObject object{{u"country"_s, address.country},
                       {u"city"_s, address.city},
                       {u"state"_s, address.state},
                       {u"postcode"_s, address.postcode},
                       {u"line_1"_s, address.line1}};
    insertIfSet(object, u"line_2"_s, address.line2);
    return object;
}

QJsonObject renderLineItem(const LineItem &item)
{
    QJsonObject product{{u"name"_s, item.name}};
    insertIfSet(product, u"description"_s, item.description);
    if (!item.images.isEmpty())
        product.insert(u"images"_s, QJsonArray::fromStringList(item.images));
    if (!item.productMetadata.isEmpty())
        product.insert(u"metadata"_s, item.productMetadata);
    const QJsonObject price{
        {u"currency"_s, u"usd"_s}, {u"amount"_s, item.unitAmount}, {u"product_data"_s, product}};
    return QJsonObject{{u"price_id"_s, item.priceId},
                       {u"quantity"_s, item.quantity},
                       {u"price_data"_s, price},
                       {u"amount_total"_s, item.unitAmount * item.quantity}};
}

} // namespace

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc())
        .toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QJsonObject renderCustomer(const Customer &customer)
{
    QJsonObject object = renderCreatedCustomer(customer);
    insertIfSet(object, u"first_name"_s, customer.firstName);
    insertIfSet(object, u"middle_name"_s, customer.middleName);
    insertIfSet(object, u"last_name"_s, customer.lastName);
    insertIfSet(object, u"business_name"_s, customer.businessName);
    if (customer.address)
        object.insert(u"address"_s, renderAddress(*customer.address));
    object.insert(u"metadata"_s, customer.metadata);
    object.insert(u"created"_s, isoTime(customer.createdMs));
    object.insert(u"updated"_s, isoTime(customer.createdMs));
    return object;
}

QJsonObject renderCreatedCustomer(const Customer &customer)
{
    QJsonObject object{{u"id"_s, customer.id}};
    insertIfSet(object, u"user_id"_s, customer.userId);
    insertIfSet(object, u"email"_s, customer.email);
    insertIfSet(object, u"country_code"_s, customer.countryCode);
    insertIfSet(object, u"phone_number"_s, customer.phoneNumber);
    return object;
}

QJsonObject renderPaymentMethod(const PaymentMethod &method)
{
    // The contract's payment method describes payout rails only (platform: ach, paypal, ...);
    // a card answers platform "card", the way card payment methods are described elsewhere.
    const QJsonObject card{{u"brand"_s, u"visa"_s},
                           {u"last4"_s, method.last4()},
                           {u"exp_month"_s, method.expMonth},
                           {u"exp_year"_s, method.expYear}};
    return QJsonObject{{u"id"_s, method.id},
                       {u"platform"_s, u"card"_s},
                       {u"type"_s, u"card"_s},
                       {u"description"_s, method.description()},
                       {u"mask"_s, method.last4()},
                       {u"card"_s, card},
                       {u"customer_id"_s, method.customerId},
                       {u"created"_s, isoTime(method.createdMs)}};
}

QJsonObject renderIntent(const PaymentIntent &intent, qint64 nowMs)
{
    const IntentStatus status = intent.statusAt(nowMs);
    QJsonObject object{{u"id"_s, intent.id},
                       {u"amount"_s, intent.amount},
                       {u"currency"_s, u"usd"_s},
                       {u"status"_s, intentStatusName(status)},
                       {u"amount_refunded"_s, intent.amountRefunded},
                       {u"payment_method_types"_s, QJsonArray{u"card"_s}},
                       {u"metadata"_s, intent.metadata},
                       {u"created"_s, isoTime(intent.createdMs)},
                       {u"updated"_s, isoTime(intent.updatedAt(nowMs))}};
    insertIfSet(object, u"user_id"_s, intent.userId);
    insertIfSet(object, u"customer_id"_s, intent.customerId);
    insertIfSet(object, u"description"_s, intent.description);
    insertIfSet(object, u"payment_method_id"_s, intent.paymentMethodId);
    insertIfSet(object, u"setup_future_usage"_s, intent.setupFutureUsage);
    insertIfSet(object, u"checkout_session_id"_s, intent.checkoutSessionId);
    if (!intent.transferDestinationUserId.isEmpty()) {
        object.insert(u"transfer_data"_s,
                      QJsonObject{{u"destination_user_id"_s, intent.transferDestinationUserId}});
    }
    if (intent.applicationFeeAmount)
        object.insert(u"application_fee_amount"_s, *intent.applicationFeeAmount);
    if (status == IntentStatus::Failed) {
        object.insert(u"last_payment_error"_s,
                      QJsonObject{{u"code"_s, u"card_declined"_s},
                                  {u"message"_s, u"The card was declined."_s}});
    }
    return object;
}

QJsonObject renderSession(const CheckoutSession &session, qint64 nowMs, const QUrl &pageUrl)
{
    QJsonArray items;
    for (const LineItem &item : session.lineItems)
        items.append(renderLineItem(item));
    QJsonObject object{{u"id"_s, session.id},
                       {u"status"_s, sessionStatusName(session.statusAt(nowMs))},
                       {u"mode"_s, u"payment"_s},
                       {u"currency"_s, u"usd"_s},
                       {u"amount_total"_s, session.amountTotal},
                       {u"line_items"_s, items},
                       {u"success_url"_s, session.successUrl},
                       {u"checkout_session_url"_s, pageUrl.toString()},
                       {u"expiry"_s, isoTime(session.expiresAtMs)},
                       {u"metadata"_s, session.metadata},
                       {u"created"_s, isoTime(session.createdMs)},
                       {u"updated"_s, isoTime(session.updatedAt(nowMs))}};
    insertIfSet(object, u"cancel_url"_s, session.cancelUrl);
    insertIfSet(object, u"client_reference_id"_s, session.clientReferenceId);
    insertIfSet(object, u"customer_id"_s, session.customerId);
    insertIfSet(object, u"user_id"_s, session.userId);
    insertIfSet(object, u"customer_email"_s, session.customerEmail);
    insertIfSet(object, u"payment_intent_id"_s, session.paymentIntentId);
    return object;
}

QJsonObject renderRefund(const Refund &refund)
{
    QJsonObject object{{u"id"_s, refund.id},
                       {u"amount"_s, refund.amount},
                       {u"currency"_s, u"usd"_s},
                       {u"payment_intent_id"_s, refund.paymentIntentId},
                       {u"status"_s, u"succeeded"_s},
                       {u"metadata"_s, refund.metadata},
                       {u"created"_s, isoTime(refund.createdMs)},
                       {u"updated"_s, isoTime(refund.createdMs)}};
    insertIfSet(object, u"reason"_s, refund.reason);
    return object;
}

} // namespace paydesk::sandbox
