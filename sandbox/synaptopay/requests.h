// SynaptoPay request bodies: required fields, types, formats and the rules synaptopay.md gives
// (amounts, currencies, transfers, metadata limits, what confirm and device need). Each problem
// is one FieldError naming the field as a path ("transfers[0].amount") and the rule it breaks;
// status.h turns it into a google.rpc.BadRequest. What needs the store (does the customer exist,
// is the device ACTIVE) is checked by the routes.
#pragma once

#include "sandbox/synaptopay/records.h"
#include "sandbox/validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::sandbox::synaptopay {

// The largest amount taken, in minor units: a trillion pounds, well inside what every JSON
// parser carries exactly.
inline constexpr qint64 kMaxAmount = 99'999'999'999'999;

// The currencies the sandbox's card rail takes, upper case, sorted.
const QStringList &supportedCurrencies();

// "accounts/acct_demo" for "acct_demo".
QString accountName(const QString &account);
// The name of a new record: accounts/{account}/{collection}/{prefix}_{24 random characters}.
QString newName(const QString &account, const QString &collection, const QString &prefix);
// The last part of a resource name: "pi_123" for "accounts/acct_demo/payment-intents/pi_123".
QString shortId(const QString &name);

struct IntentRequest
{
    PaymentIntent intent; // amount, currency, customer, payment_method, device, transfers, ...
    bool confirm = false;
};
std::optional<FieldError> readIntentCreate(const QJsonObject &body, const QString &account,
                                           IntentRequest &out);
// The wrapped body: {"customer": {...}}.
std::optional<FieldError> readCustomerCreate(const QJsonObject &body, Customer &out);
std::optional<FieldError> readSessionCreate(const QJsonObject &body, CheckoutSession &out);
// refund.amount stays 0 when the body asks for what remains.
std::optional<FieldError> readRefundCreate(const QJsonObject &body, const QString &account,
                                           Refund &out);

// A list's body: {page_size, page_token} and, where the list has one, a customer filter.
struct ListRequest
{
    int pageSize = 10;
    QString pageToken;
    QString customer;
};
inline constexpr int kDefaultPageSize = 10;
inline constexpr int kMaxPageSize = 100; // a larger page_size is taken as this, as AIP-158 says
std::optional<FieldError> readListRequest(const QJsonObject &body, const QString &account,
                                          bool customerFilter, ListRequest &out);

// Up to 255 characters of letters, digits and ._:+/=- ; the problem names "Idempotency-Key".
std::optional<FieldError> checkIdempotencyKey(const QByteArray &key);

} // namespace paydesk::sandbox::synaptopay
