#include "sandbox/synaptopay/render.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::synaptopay {

namespace {

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertIfSet(QJsonObject &object, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QString units(qint64 amount)
{
    return QString::number(amount);
}

} // namespace

QString rfc3339(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc());
    return time.toString(msSinceEpoch % 1000 == 0 ? u"yyyy-MM-ddTHH:mm:ssZ"_s
                                                  : u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QJsonObject renderCustomer(const Customer &customer)
{
    QJsonObject object{{u"name"_s, customer.id},
                       {u"create_time"_s, rfc3339(customer.createdMs)},
                       {u"update_time"_s, rfc3339(customer.updatedMs)}};
    insertIfSet(object, u"full_name"_s, customer.fullName);
    insertIfSet(object, u"email"_s, customer.email);
    insertIfSet(object, u"phone"_s, customer.phone);
    insertIfSet(object, u"address"_s, customer.address);
    insertIfSet(object, u"metadata"_s, customer.metadata);
    return object;
}

// The shape of a payment method is not in the reference: a card like other APIs show one.
QJsonObject renderPaymentMethod(const PaymentMethod &method)
{
    QJsonObject object{{u"name"_s, method.id},
                       {u"type"_s, method.cardPresent ? u"CARD_PRESENT"_s : u"CARD"_s},
                       {u"card"_s, QJsonObject{{u"brand"_s, method.brand},
                                               {u"last4"_s, method.last4},
                                               {u"exp_month"_s, method.expMonth},
                                               {u"exp_year"_s, method.expYear}}},
                       {u"create_time"_s, rfc3339(method.createdMs)},
                       {u"update_time"_s, rfc3339(method.updatedMs)}};
    insertIfSet(object, u"customer"_s, method.customer);
    return object;
}

QJsonObject renderIntent(const PaymentIntent &intent)
{
    QJsonObject object{{u"name"_s, intent.id},
                       {u"amount"_s, units(intent.amount)},
                       {u"currency"_s, intent.currency},
                       {u"state"_s, intentStateName(intent.state)},
                       {u"client_secret"_s, intent.clientSecret},
                       {u"create_time"_s, rfc3339(intent.createdMs)},
                       {u"update_time"_s, rfc3339(intent.updatedMs)}};
    insertIfSet(object, u"customer"_s, intent.customer);
    insertIfSet(object, u"payment_method"_s, intent.paymentMethod);
    insertIfSet(object, u"device"_s, intent.device);
    insertIfSet(object, u"setup_future_usage"_s, intent.setupFutureUsage);
    insertIfSet(object, u"metadata"_s, intent.metadata);
    if (!intent.transfers.isEmpty()) {
        QJsonArray transfers;
        for (const TransferSplit &split : intent.transfers) {
            QJsonObject item{{u"account_name"_s, split.accountName},
                             {u"amount"_s, units(split.amount)}};
            // The transfer made once the intent succeeded: the sandbox's guess at a link.
            insertIfSet(item, u"transfer"_s, split.transfer);
            transfers.append(item);
        }
        object.insert(u"transfers"_s, transfers);
    }
    if (intent.lastPaymentError.isSet()) {
        QJsonObject error{{u"message"_s, intent.lastPaymentError.message},
                          {u"code"_s, intent.lastPaymentError.code}};
        insertIfSet(error, u"device"_s, intent.lastPaymentError.device);
        object.insert(u"last_payment_error"_s, error);
    }
    // How an intent leads to its charge is not in the reference: latest_charge is the sandbox's
    // guess (the charge a refund names), and so is checkout_session.
    insertIfSet(object, u"latest_charge"_s, intent.latestCharge);
    insertIfSet(object, u"checkout_session"_s, intent.checkoutSession);
    return object;
}

QJsonObject renderCharge(const Charge &charge)
{
    return {{u"name"_s, charge.id},
            {u"payment_intent"_s, charge.paymentIntent},
            {u"payment_method"_s, charge.paymentMethod},
            {u"amount"_s, units(charge.amount)},
            {u"amount_refunded"_s, units(charge.amountRefunded)},
            {u"refunded"_s, charge.amountRefunded >= charge.amount},
            {u"currency"_s, charge.currency},
            {u"state"_s, u"SUCCEEDED"_s},
            {u"create_time"_s, rfc3339(charge.createdMs)},
            {u"update_time"_s, rfc3339(charge.updatedMs)}};
}

QJsonObject renderRefund(const Refund &refund)
{
    QJsonObject object{{u"name"_s, refund.id},
                       {u"charge"_s, refund.charge},
                       {u"payment_intent"_s, refund.paymentIntent},
                       {u"amount"_s, units(refund.amount)},
                       {u"currency"_s, refund.currency},
                       {u"state"_s, u"SUCCEEDED"_s},
                       {u"create_time"_s, rfc3339(refund.createdMs)},
                       {u"update_time"_s, rfc3339(refund.createdMs)}};
    insertIfSet(object, u"reason"_s, refund.reason);
    insertIfSet(object, u"description"_s, refund.description);
    insertIfSet(object, u"metadata"_s, refund.metadata);
    return object;
}

QJsonObject renderTransfer(const Transfer &transfer)
{
    return {{u"name"_s, transfer.id},
            {u"account_name"_s, transfer.destination},
            {u"amount"_s, units(transfer.amount)},
            {u"currency"_s, transfer.currency},
            {u"type"_s, u"CHARGE_SPLIT"_s},
            {u"payment_intent"_s, transfer.paymentIntent},
            {u"charge"_s, transfer.charge},
            {u"create_time"_s, rfc3339(transfer.createdMs)},
            {u"update_time"_s, rfc3339(transfer.createdMs)}};
}

QString sessionState(const CheckoutSession &session, qint64 nowMs)
{
    if (session.paid)
        return u"COMPLETE"_s;
    return nowMs >= session.expireMs ? u"EXPIRED"_s : u"OPEN"_s;
}

QJsonObject renderSession(const CheckoutSession &session, qint64 nowMs, const QUrl &pageUrl)
{
    QJsonObject object{{u"name"_s, session.id},
                       {u"state"_s, sessionState(session, nowMs)},
                       {u"amount"_s, units(session.amount)},
                       {u"currency"_s, session.currency},
                       {u"url"_s, pageUrl.toString()},
                       {u"paid"_s, session.paid},
                       {u"expire_time"_s, rfc3339(session.expireMs)},
                       {u"create_time"_s, rfc3339(session.createdMs)},
                       {u"update_time"_s, rfc3339(session.updatedMs)}};
    insertIfSet(object, u"client_reference_id"_s, session.clientReferenceId);
    insertIfSet(object, u"success_url"_s, session.successUrl);
    insertIfSet(object, u"cancel_url"_s, session.cancelUrl);
    insertIfSet(object, u"metadata"_s, session.metadata);
    insertIfSet(object, u"payment_intent"_s, session.paymentIntent);
    return object;
}

QJsonObject renderDevice(const Device &device)
{
    return {{u"name"_s, device.id},
            {u"state"_s, deviceStateName(device.state)},
            {u"model"_s, device.model},
            {u"display_name"_s, device.displayName},
            {u"serial_number"_s, device.serialNumber},
            {u"supported_payment_rails"_s, QJsonArray{u"card"_s}},
            {u"supported_currency_codes"_s, QJsonArray::fromStringList(device.currencies)},
            {u"create_time"_s, rfc3339(device.createdMs)},
            {u"update_time"_s, rfc3339(device.updatedMs)}};
}

} // namespace paydesk::sandbox::synaptopay
