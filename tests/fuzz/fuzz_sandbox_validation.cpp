// The sandbox's request validation, Dots' (sandbox/validation.*) and SynaptoPay's
// (sandbox/synaptopay/requests.*). The first byte chooses the request (the create bodies, a
// confirm, a list body); the rest is its body as the client sent it, also read as a list's query
// string and as an Idempotency-Key, and checked as text (checkJsonText) before it is parsed.
// Validation never crashes, every refusal names a field, a rule and a message, what it accepts
// keeps the contract's bounds, and JSON as QJsonDocument writes it always passes the text check.
#include "fuzz_support.h"
#include "sandbox/synaptopay/requests.h"
#include "sandbox/validation.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

using namespace paydesk;
using namespace paydesk::fuzz;
using namespace paydesk::sandbox;

namespace {

// The largest integer a JSON number carries exactly: the validator's upper bound for amounts.
constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1;

void checkRefusal(const std::optional<FieldError> &error, const QByteArray &body)
{
    if (!error)
        return;
    FUZZ_CHECK(!error->field.isEmpty() && !error->rule.isEmpty() && !error->message.isEmpty(),
               "a refusal does not name its field, rule and message",
               error->field + u'|' + error->rule + u'|' + error->message + u'\n' +
                   QString::fromUtf8(body));
}

// SynaptoPay's rules: amounts in range, at most one transfer per account, together at most the
// amount, a device only with confirm.
void validateSynaptoPayBody(std::uint8_t kind, const QJsonObject &body, const QByteArray &text)
{
    namespace sp = paydesk::sandbox::synaptopay;
    const QString account = QStringLiteral("acct_demo");
    switch (kind % 5) {
    case 0: {
        sp::IntentRequest request;
        const auto error = sp::readIntentCreate(body, account, request);
        checkRefusal(error, text);
        if (!error) {
            const sp::PaymentIntent &intent = request.intent;
            FUZZ_CHECK(intent.amount > 0 && intent.amount <= sp::kMaxAmount,
                       "an accepted SynaptoPay intent has an amount out of range",
                       QString::fromUtf8(text));
            qint64 passedOn = 0;
            QSet<QString> recipients;
            for (const sp::TransferSplit &transfer : intent.transfers) {
                FUZZ_CHECK(transfer.amount > 0, "an accepted transfer is not positive",
                           QString::fromUtf8(text));
                FUZZ_CHECK(!recipients.contains(transfer.accountName),
                           "an accepted intent pays one account twice", QString::fromUtf8(text));
                recipients.insert(transfer.accountName);
                passedOn += transfer.amount;
            }
            FUZZ_CHECK(passedOn <= intent.amount, "accepted transfers exceed the amount",
                       QString::fromUtf8(text));
            FUZZ_CHECK(intent.device.isEmpty() || request.confirm,
                       "an accepted intent has a device without confirm", QString::fromUtf8(text));
        }
        break;
    }
    case 1: {
        sp::Customer customer;
        checkRefusal(sp::readCustomerCreate(body, customer), text);
        break;
    }
    case 2: {
        sp::CheckoutSession session;
        checkRefusal(sp::readSessionCreate(body, session), text);
        break;
    }
    case 3: {
        sp::Refund refund;
        const auto error = sp::readRefundCreate(body, account, refund);
        checkRefusal(error, text);
        if (!error)
            FUZZ_CHECK(refund.amount >= 0 && refund.amount <= sp::kMaxAmount,
                       "an accepted refund has an amount out of range", QString::fromUtf8(text));
        break;
    }
    case 4: {
        sp::ListRequest list;
        const auto error = sp::readListRequest(body, account, true, list);
        checkRefusal(error, text);
        if (!error)
            FUZZ_CHECK(list.pageSize >= 1 && list.pageSize <= sp::kMaxPageSize,
                       "an accepted page size is out of range", QString::fromUtf8(text));
        break;
    }
    }
}

void validateBody(std::uint8_t kind, const QJsonObject &body, const QByteArray &text)
{
    if (kind >= 128) {
        validateSynaptoPayBody(kind, body, text);
        return;
    }
    switch (kind % 5) {
    case 0: {
        IntentDraft draft;
        const auto error = readIntentCreate(body, draft);
        checkRefusal(error, text);
        if (!error) {
            const PaymentIntent &intent = draft.intent;
            FUZZ_CHECK(intent.amount > 0 && intent.amount <= MaxSafeInteger,
                       "an accepted intent has an amount out of range", QString::fromUtf8(text));
            FUZZ_CHECK(!intent.applicationFeeAmount ||
                           (*intent.applicationFeeAmount >= 0 &&
                            *intent.applicationFeeAmount <= intent.amount),
                       "an accepted intent has a fee out of range", QString::fromUtf8(text));
            FUZZ_CHECK(!draft.confirm || !intent.paymentMethodId.isEmpty(),
                       "an intent to confirm has no payment method", QString::fromUtf8(text));
        }
        break;
    }
    case 1: {
        QString paymentMethodId;
        checkRefusal(readIntentConfirm(body, paymentMethodId), text);
        break;
    }
    case 2: {
        Customer customer;
        const auto error = readCustomerCreate(body, customer);
        checkRefusal(error, text);
        if (!error) {
            const bool person = !customer.firstName.isEmpty() && !customer.lastName.isEmpty();
            FUZZ_CHECK(person != !customer.businessName.isEmpty(),
                       "an accepted customer is neither or both a person and a business",
                       QString::fromUtf8(text));
        }
        break;
    }
    case 3: {
        SessionDraft draft;
        const auto error = readSessionCreate(body, draft);
        checkRefusal(error, text);
        if (!error) {
            const CheckoutSession &session = draft.session;
            FUZZ_CHECK(!session.lineItems.isEmpty(), "an accepted session has no line items",
                       QString::fromUtf8(text));
            qint64 total = 0;
            for (const LineItem &item : session.lineItems) {
                FUZZ_CHECK(item.quantity >= 1 && item.unitAmount > 0 &&
                               item.unitAmount <= MaxSafeInteger / item.quantity,
                           "an accepted line item is out of range", QString::fromUtf8(text));
                total += item.unitAmount * item.quantity;
                FUZZ_CHECK(total <= MaxSafeInteger, "an accepted session's total is out of range",
                           QString::fromUtf8(text));
            }
            FUZZ_CHECK(session.amountTotal == total,
                       "an accepted session's total is not its items'", QString::fromUtf8(text));
            FUZZ_CHECK(draft.expiresInSeconds >= 0 && draft.expiresInSeconds <= 10800,
                       "an accepted session expires out of range", QString::fromUtf8(text));
        }
        break;
    }
    case 4: {
        Refund refund;
        const auto error = readRefundCreate(body, refund);
        checkRefusal(error, text);
        if (!error)
            FUZZ_CHECK(refund.amount > 0 && refund.amount <= MaxSafeInteger,
                       "an accepted refund has an amount out of range", QString::fromUtf8(text));
        break;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray text = bytes(data + 1, size - 1);

    // A list's query string, whatever the body.
    PageQuery page;
    const QUrlQuery query(QString::fromUtf8(text));
    const auto pageError = readPageQuery(query, 10, page);
    checkRefusal(pageError, text);
    if (!pageError) {
        FUZZ_CHECK(page.limit >= 1 && page.limit <= 100, "an accepted page limit is out of range",
                   QString::fromUtf8(text));
        FUZZ_CHECK(page.startingAfter.isEmpty() || page.endingBefore.isEmpty(),
                   "an accepted page has two cursors", QString::fromUtf8(text));
    }

    // The same bytes as an Idempotency-Key header: refused with a reason, or taken whole.
    checkRefusal(paydesk::sandbox::synaptopay::checkIdempotencyKey(text), text);

    // The body's text, before QJsonDocument: raw control characters and repeated keys.
    const auto textError = checkJsonText(text);
    checkRefusal(textError, text);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return 0;
    // What QJsonDocument writes has every control character escaped and each key once.
    const QByteArray rewritten = document.toJson(QJsonDocument::Compact);
    const auto rewrittenError = checkJsonText(rewritten);
    FUZZ_CHECK(!rewrittenError, "checkJsonText refuses JSON that QJsonDocument wrote",
               rewrittenError->field + u'|' + rewrittenError->rule + u'\n' +
                   QString::fromUtf8(rewritten));
    if (!document.isObject())
        return 0;
    validateBody(data[0], document.object(), text);
    return 0;
}
