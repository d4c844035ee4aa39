// The SynaptoPay codec (network/synaptopay/synaptopay_codec.*): whatever a server answers,
// decoding never crashes, and what it decodes encodes to JSON that decodes to the same object
// again (fromJson(toJson(x)) == x), whose encoding is then stable. Inputs are JSON documents: an
// object is read as each of the six resources, and every document also goes through the list
// decoders as the transport hands them bodies. The wire-path translation takes any string.
#include "fuzz_support.h"
#include "network/synaptopay/synaptopay_codec.h"
#include "network/synaptopay/synaptopay_fields.h"

#include <QJsonArray>

using namespace paydesk;
using namespace paydesk::fuzz;
namespace sp = paydesk::synaptopay;

namespace {

template <typename T>
QString describe(const char *stage, const T &value)
{
    return QString::fromLatin1(stage) + QStringLiteral(": ") +
           QString::fromUtf8(compact(sp::toJson(value)));
}

// Decodes `json` as T, encodes it, decodes that, and holds the two objects and the two
// encodings to each other.
template <typename T>
void checkRoundTrip(const QJsonObject &json, T (*decode)(const QJsonObject &, sp::DecodeWarnings *))
{
    sp::DecodeWarnings warnings;
    const T first = decode(json, &warnings);
    // Collecting warnings must not change what is decoded.
    FUZZ_CHECK(decode(json, nullptr) == first, "decoding with and without warnings differs",
               QString::fromUtf8(compact(json)));

    const QJsonObject encoded = sp::toJson(first);
    const T second = decode(encoded, nullptr);
    if (!(second == first)) {
        fail("fromJson(toJson(x)) != x",
             QStringLiteral("input: ") + QString::fromUtf8(compact(json)) + u'\n' +
                 describe("x", first) + u'\n' + describe("fromJson(toJson(x))", second));
    }
    const QJsonObject reencoded = sp::toJson(second);
    FUZZ_CHECK(reencoded == encoded, "toJson is not stable over a round trip",
               QString::fromUtf8(compact(encoded)) + u'\n' + QString::fromUtf8(compact(reencoded)));
}

template <typename T, typename Decode>
void checkList(const QByteArray &body, const QJsonDocument &document, Decode decode,
               T (*decodeItem)(const QJsonObject &, sp::DecodeWarnings *))
{
    sp::ListPage<T> fromText;
    sp::ListPage<T> fromDocument;
    QString textError;
    QString documentError;
    sp::DecodeWarnings warnings;
    const bool textOk = decode(body, &fromText, &textError, &warnings);
    const bool documentOk = decode(document, &fromDocument, &documentError, nullptr);
    FUZZ_CHECK(textOk || !textError.isEmpty(), "a failed decode gives no reason",
               QString::fromUtf8(body));
    if (!textOk)
        return;
    // A body that parses decodes the same through either overload.
    FUZZ_CHECK(documentOk, "the text decoder accepts what the document decoder refuses",
               QString::fromUtf8(body));
    FUZZ_CHECK(fromText.items == fromDocument.items &&
                   fromText.nextPageToken == fromDocument.nextPageToken,
               "the text and document list decoders disagree", QString::fromUtf8(body));
    FUZZ_CHECK(fromText.hasMore() == !fromText.nextPageToken.isEmpty(),
               "hasMore() disagrees with the token", QString::fromUtf8(body));
    for (const T &item : std::as_const(fromText.items)) {
        const T again = decodeItem(sp::toJson(item), nullptr);
        FUZZ_CHECK(again == item, "a list item does not round trip", describe("item", item));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = bytes(data, size);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);

    checkList<Customer>(
        body, document,
        [](const auto &input, auto *page, QString *error, sp::DecodeWarnings *warnings) {
            return sp::decodeCustomerList(input, page, error, warnings);
        },
        &sp::customerFromJson);
    checkList<PaymentIntent>(
        body, document,
        [](const auto &input, auto *page, QString *error, sp::DecodeWarnings *warnings) {
            return sp::decodePaymentIntentList(input, page, error, warnings);
        },
        &sp::paymentIntentFromJson);
    checkList<CheckoutSession>(
        body, document,
        [](const auto &input, auto *page, QString *error, sp::DecodeWarnings *warnings) {
            return sp::decodeCheckoutSessionList(input, page, error, warnings);
        },
        &sp::checkoutSessionFromJson);
    checkList<Device>(
        body, document,
        [](const auto &input, auto *page, QString *error, sp::DecodeWarnings *warnings) {
            return sp::decodeDeviceList(input, page, error, warnings);
        },
        &sp::deviceFromJson);
    checkList<PaymentMethod>(
        body, document,
        [](const auto &input, auto *page, QString *error, sp::DecodeWarnings *warnings) {
            return sp::decodePaymentMethodList(input, page, error, warnings);
        },
        &sp::paymentMethodFromJson);
    checkList<Refund>(
        body, document,
        [](const auto &input, auto *page, QString *error, sp::DecodeWarnings *warnings) {
            return sp::decodeRefundList(input, page, error, warnings);
        },
        &sp::refundFromJson);

    // Any text may come back as an error's field path; the translation never crashes and is
    // never empty for a path that is not.
    const QString path = QString::fromUtf8(body.left(256));
    FUZZ_CHECK(path.isEmpty() || !sp::neutralField(path).isEmpty(),
               "a field path translates to nothing", path);

    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    const QJsonObject json = document.object();
    checkRoundTrip<Customer>(json, &sp::customerFromJson);
    checkRoundTrip<PaymentIntent>(json, &sp::paymentIntentFromJson);
    checkRoundTrip<CheckoutSession>(json, &sp::checkoutSessionFromJson);
    checkRoundTrip<Device>(json, &sp::deviceFromJson);
    checkRoundTrip<PaymentMethod>(json, &sp::paymentMethodFromJson);
    checkRoundTrip<Refund>(json, &sp::refundFromJson);

    // A payment intent's client secret is never kept, nor sent back.
    const PaymentIntent intent = sp::paymentIntentFromJson(json);
    FUZZ_CHECK(!intent.extra.contains(QStringLiteral("client_secret")) &&
                   !sp::toJson(intent).contains(QStringLiteral("client_secret")),
               "a client_secret was kept", QString::fromUtf8(body));
    // Amounts go out as strings of minor units, currencies upper case.
    const QJsonObject encoded = sp::toJson(intent);
    if (intent.amount.isValid()) {
        FUZZ_CHECK(encoded.value(QLatin1String("amount")).toString() ==
                           QString::number(intent.amount.minorUnits()) &&
                       encoded.value(QLatin1String("currency")).toString() ==
                           intent.amount.currency().toUpper(),
                   "an amount is not written as SynaptoPay writes it",
                   QString::fromUtf8(compact(encoded)));
    }

    // Timestamps: whatever parses formats, and the formatted text parses to the same instant.
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QDateTime time = sp::parseTimestamp(it.value());
        if (!time.isValid())
            continue;
        const QString text = sp::formatTimestamp(time);
        FUZZ_CHECK(sp::parseTimestamp(text) == time, "a timestamp does not format and parse back",
                   it.value().toString() + QStringLiteral(" -> ") + text);
    }
    return 0;
}
