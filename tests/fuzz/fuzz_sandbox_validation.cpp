// The sandbox's request validation (sandbox/validation.*). The first byte chooses the request
// (the create bodies, a confirm); the rest is its body as the client sent it, also read as a
// list's query string, and checked as text (checkJsonText) before it is parsed. Validation never
// crashes, every refusal names a field, a rule and a message, what it accepts keeps the
// contract's bounds, and JSON as QJsonDocument writes it always passes the text check.
#include "fuzz_support.h"
#include "sandbox/validation.h"

#include <QJsonDocument>
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

void validateBody(std::uint8_t kind, const QJsonObject &body, const QByteArray &text)
{
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
