// The JSON the API answers with: the contract's fields with its types and enums, plus the fields
// a merchant console needs that the contract leaves out (created, updated, customer_id, ...).
// Optional fields are left out rather than sent as null, since the contract types none of them
// as nullable.
#pragma once

#include "sandbox/resources.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace paydesk::sandbox {

// ISO 8601 in UTC to the second, as the contract's examples: 2023-11-07T05:31:56Z.
QString isoTime(qint64 msSinceEpoch);

QJsonObject renderCustomer(const Customer &customer);
// The contract reduces the create response to these five fields.
QJsonObject renderCreatedCustomer(const Customer &customer);
QJsonObject renderPaymentMethod(const PaymentMethod &method);
QJsonObject renderIntent(const PaymentIntent &intent, qint64 nowMs);
// The same intent appended to `out` as compact JSON text, written without building the object:
// a page of a list is a hundred of these.
void writeIntentJson(QByteArray &out, const PaymentIntent &intent, qint64 nowMs);
QJsonObject renderSession(const CheckoutSession &session, qint64 nowMs, const QUrl &pageUrl);
QJsonObject renderRefund(const Refund &refund);

} // namespace paydesk::sandbox
