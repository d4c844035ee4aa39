#pragma once

#include "models/drafts.h"
#include "models/resources.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// JSON codecs between Paydesk's objects and the Dots v2 shapes (../shared/specs/dots-v2.yaml).
// Tolerant on input: missing optional fields, nulls (read as absent), wrong types (the field is
// left empty and the value kept in `extra`, nested objects keeping their own unknown parts),
// unknown fields (kept in `extra`), unknown enum values (kept raw). Integers also come as digit
// strings (read, with a warning); fractions and values beyond qint64 are never truncated. An
// amount without its currency is taken as USD, the only currency Dots has; a checkout session's
// total is in its items' currency. A payment intent's `client_secret` is never kept anywhere.
// Strict on output: only the fields the API takes, with the types it takes, strings trimmed.

namespace paydesk::dots {

// What decoding noticed but did not stop for ("amount: expected an integer, got a string").
using DecodeWarnings = QStringList;

Customer customerFromJson(const QJsonObject &json, DecodeWarnings *warnings = nullptr);
PaymentIntent paymentIntentFromJson(const QJsonObject &json, DecodeWarnings *warnings = nullptr);
CheckoutSession checkoutSessionFromJson(const QJsonObject &json,
                                        DecodeWarnings *warnings = nullptr);
PaymentMethod paymentMethodFromJson(const QJsonObject &json, DecodeWarnings *warnings = nullptr);
Refund refundFromJson(const QJsonObject &json, DecodeWarnings *warnings = nullptr);

// The object as Dots shapes it (known fields plus `extra`), for a detail view's raw JSON and for
// `--output json`. Round trip: fromJson(toJson(x)) == x.
QJsonObject toJson(const Customer &customer);
QJsonObject toJson(const PaymentIntent &intent);
QJsonObject toJson(const CheckoutSession &session);
QJsonObject toJson(const PaymentMethod &method);
QJsonObject toJson(const Refund &refund);

// Request bodies. Only the fields the API takes; `requestId`, when set, is added to metadata
// under RequestIdMetadataKey.
QJsonObject createBody(const CustomerDraft &draft, const QString &requestId = {});
QJsonObject createBody(const PaymentIntentDraft &draft, const QString &requestId = {});
QJsonObject createBody(const CheckoutSessionDraft &draft, const QString &requestId = {});
QJsonObject createBody(const RefundDraft &draft, const QString &requestId = {});
QJsonObject confirmBody(const ConfirmIntentDraft &draft);

// One page of a list. Dots documents `{data, has_more}` for most lists and a bare array for
// payment intents; both are accepted everywhere. A bare array has no has_more (false).
template <typename T>
struct ListPage
{
    QList<T> items;
    bool hasMore = false;
    bool wasBareArray = false;
};

// Returns false (and a message) when `document` is neither a JSON array nor an object with a
// `data` array; items that are not objects are skipped with a warning. The transport parses every
// answer once (and tells a cut-off body from a whole one), so the codec starts from the document.
bool decodeCustomerList(const QJsonDocument &document, ListPage<Customer> *page, QString *error,
                        DecodeWarnings *warnings = nullptr);
bool decodePaymentIntentList(const QJsonDocument &document, ListPage<PaymentIntent> *page,
                             QString *error, DecodeWarnings *warnings = nullptr);
bool decodeCheckoutSessionList(const QJsonDocument &document, ListPage<CheckoutSession> *page,
                               QString *error, DecodeWarnings *warnings = nullptr);
bool decodePaymentMethodList(const QJsonDocument &document, ListPage<PaymentMethod> *page,
                             QString *error, DecodeWarnings *warnings = nullptr);
bool decodeRefundList(const QJsonDocument &document, ListPage<Refund> *page, QString *error,
                      DecodeWarnings *warnings = nullptr);

// The cursor of the page after `document`, read without decoding its objects: the last
// object's id, when the page says there may be more (a bare array of `limit` objects, or
// `has_more` true). Empty when it cannot tell. Only a hint for asking ahead: the decoded page
// decides.
QString peekNextCursor(const QJsonDocument &document, int limit);

// Timestamps: ISO 8601 with or without fractions and offsets; null or garbage gives an invalid
// QDateTime. Output is UTC with a 'Z'.
QDateTime parseTimestamp(const QJsonValue &value);
QString formatTimestamp(const QDateTime &time);

} // namespace paydesk::dots
