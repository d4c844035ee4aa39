#pragma once

#include "models/drafts.h"
#include "models/resources.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// JSON codecs between Paydesk's objects and SynaptoPay's v1 shapes (../shared/specs/synaptopay.md).
// Objects are named by path ("accounts/acct_1/payment-intents/pi_2"); their `name` is Paydesk's
// id, and references to other objects are names too. Amounts are JSON strings of minor units
// ("10000"); currencies upper-case ISO 4217; the lifecycle field is `state`; timestamps are
// `create_time`, `update_time`, `expire_time` (RFC 3339).
//
// Tolerant on input, like the Dots codec: missing fields, nulls (read as absent), wrong types (the
// field is left empty and the value kept in `extra`), unknown fields (kept in `extra`), unknown
// states (kept raw). Amounts also come as JSON numbers; fractions and values beyond qint64 are
// never truncated but kept as they came. Currencies are accepted in any case. An amount without
// a usable currency stays in `extra` with it: SynaptoPay has many currencies and none can be
// assumed. A payment intent's `client_secret` is never kept anywhere.
// Strict on output: only the fields the API takes, amounts as strings, currencies upper case,
// strings trimmed.
//
// Shapes the reference does not show are guesses, each marked "guess" where it is made, so that a
// live answer can correct them in one place: the address's fields, a payment method's fields, a
// refund's and a transfer's own fields, and the JSON names of the lists of intents, checkout
// sessions, payment methods and refunds.

namespace paydesk::synaptopay {

// What decoding noticed but did not stop for ("amount: expected an amount, got a boolean").
using DecodeWarnings = QStringList;

Customer customerFromJson(const QJsonObject &json, DecodeWarnings *warnings = nullptr);
PaymentIntent paymentIntentFromJson(const QJsonObject &json, DecodeWarnings *warnings = nullptr);
CheckoutSession checkoutSessionFromJson(const QJsonObject &json,
                                        DecodeWarnings *warnings = nullptr);
Device deviceFromJson(const QJsonObject &json, DecodeWarnings *warnings = nullptr);
PaymentMethod paymentMethodFromJson(const QJsonObject &json, DecodeWarnings *warnings = nullptr);
Refund refundFromJson(const QJsonObject &json, DecodeWarnings *warnings = nullptr);

// The object as SynaptoPay shapes it (known fields plus `extra`), for a detail view's raw JSON
// and for `--output json`. Round trip: fromJson(toJson(x)) == x.
QJsonObject toJson(const Customer &customer);
QJsonObject toJson(const PaymentIntent &intent);
QJsonObject toJson(const CheckoutSession &session);
QJsonObject toJson(const Device &device);
QJsonObject toJson(const PaymentMethod &method);
QJsonObject toJson(const Refund &refund);

// Request bodies. Only the fields the API takes; `requestId`, when set, is added to metadata
// under RequestIdMetadataKey (the Idempotency-Key header is the transport's business).
//
// A customer is created with a wrapped body, {"customer": {...}}: its `full_name` is the business
// name, else the first and last name; its `phone` is E.164, made from the calling code and the
// number when the number does not start with "+" already.
QJsonObject createBody(const CustomerDraft &draft, const QString &requestId = {});
// Flat: amount, currency, payment_method, customer, confirm, device, transfers[{account_name,
// amount}], setup_future_usage (OFF_SESSION), metadata.
QJsonObject createBody(const PaymentIntentDraft &draft, const QString &requestId = {});
// Flat: the lines' total as amount and currency, client_reference_id, success_url, cancel_url,
// metadata. SynaptoPay keeps no line items.
QJsonObject createBody(const CheckoutSessionDraft &draft, const QString &requestId = {});
// Against a charge: charge, amount, reason (FRAUD or CUSTOMER_REQUEST; Paydesk's other reasons
// have no SynaptoPay word and are left out), metadata.
QJsonObject createBody(const RefundDraft &draft, const QString &requestId = {});

// One page of a list: {"<plural>": [...], "next_page_token": "..."}. A missing or empty token
// means the last page. An object without the array is an empty page (proto3 JSON leaves empty
// lists out); a bare array is accepted too.
template <typename T>
struct ListPage
{
    QList<T> items;
    QString nextPageToken;

    bool hasMore() const { return !nextPageToken.isEmpty(); }
};

// Returns false (and a message) when `body` is not JSON, or is neither an object nor an array,
// or its list field is not an array. Items that are not objects are skipped with a warning.
bool decodeCustomerList(const QByteArray &body, ListPage<Customer> *page, QString *error,
                        DecodeWarnings *warnings = nullptr);
bool decodePaymentIntentList(const QByteArray &body, ListPage<PaymentIntent> *page, QString *error,
                             DecodeWarnings *warnings = nullptr);
bool decodeCheckoutSessionList(const QByteArray &body, ListPage<CheckoutSession> *page,
                               QString *error, DecodeWarnings *warnings = nullptr);
bool decodeDeviceList(const QByteArray &body, ListPage<Device> *page, QString *error,
                      DecodeWarnings *warnings = nullptr);
bool decodePaymentMethodList(const QByteArray &body, ListPage<PaymentMethod> *page, QString *error,
                             DecodeWarnings *warnings = nullptr);
bool decodeRefundList(const QByteArray &body, ListPage<Refund> *page, QString *error,
                      DecodeWarnings *warnings = nullptr);

// The same, from a body already parsed.
bool decodeCustomerList(const QJsonDocument &document, ListPage<Customer> *page, QString *error,
                        DecodeWarnings *warnings = nullptr);
bool decodePaymentIntentList(const QJsonDocument &document, ListPage<PaymentIntent> *page,
                             QString *error, DecodeWarnings *warnings = nullptr);
bool decodeCheckoutSessionList(const QJsonDocument &document, ListPage<CheckoutSession> *page,
                               QString *error, DecodeWarnings *warnings = nullptr);
bool decodeDeviceList(const QJsonDocument &document, ListPage<Device> *page, QString *error,
                      DecodeWarnings *warnings = nullptr);
bool decodePaymentMethodList(const QJsonDocument &document, ListPage<PaymentMethod> *page,
                             QString *error, DecodeWarnings *warnings = nullptr);
bool decodeRefundList(const QJsonDocument &document, ListPage<Refund> *page, QString *error,
                      DecodeWarnings *warnings = nullptr);

// The page token of the page after `document`, read without decoding its objects; empty when
// it has none. Only a hint for asking ahead: the decoded page decides.
QString peekNextPageToken(const QJsonDocument &document);

// A list request's body: {"page_size": N, "page_token": "..."}, each only when set (AIP-158, the
// inferred reading).
QJsonObject listBody(int pageSize = 0, const QString &pageToken = {});

// Timestamps: RFC 3339 with or without fractions; one without an offset is read as UTC; null or
// garbage gives an invalid QDateTime. Output is UTC with a 'Z'.
QDateTime parseTimestamp(const QJsonValue &value);
QString formatTimestamp(const QDateTime &time);

// Amounts as SynaptoPay writes them: a string of minor units ("10000").
QString formatAmount(qint64 minorUnits);

} // namespace paydesk::synaptopay
