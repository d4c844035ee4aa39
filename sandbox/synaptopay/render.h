// The JSON SynaptoPay's API answers with: resource names, amounts as strings of minor units,
// upper-case states and currencies, RFC 3339 times. Fields without a value are left out, as
// protobuf's JSON mapping does by default. Fields the reference does not show are marked as the
// sandbox's guess where they are rendered.
#pragma once

#include "sandbox/synaptopay/records.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace paydesk::sandbox::synaptopay {

// RFC 3339 in UTC, with milliseconds when there are any: 2026-03-01T09:30:00.250Z.
QString rfc3339(qint64 msSinceEpoch);

QJsonObject renderCustomer(const Customer &customer);
QJsonObject renderPaymentMethod(const PaymentMethod &method);
QJsonObject renderIntent(const PaymentIntent &intent);
QJsonObject renderCharge(const Charge &charge);
QJsonObject renderRefund(const Refund &refund);
QJsonObject renderTransfer(const Transfer &transfer);
QJsonObject renderSession(const CheckoutSession &session, qint64 nowMs, const QUrl &pageUrl);
QJsonObject renderDevice(const Device &device);

// A checkout session is EXPIRED once its expire_time passed unpaid: the reference only shows
// OPEN and COMPLETE, so this third state is the sandbox's guess.
QString sessionState(const CheckoutSession &session, qint64 nowMs);

} // namespace paydesk::sandbox::synaptopay
