// The Dots codec (network/dots/dots_codec.*): whatever a server answers, decoding never crashes,
// and what it decodes encodes to JSON that decodes to the same object again (the header's promise
// fromJson(toJson(x)) == x), whose encoding is then stable. Inputs are JSON documents: an object
// is read as each of the five resources, and every document also goes through the list decoders
// as the transport hands them bodies.
#include "fuzz_support.h"
#include "network/dots/dots_codec.h"

#include <QJsonArray>

using namespace paydesk;
using namespace paydesk::fuzz;

namespace {

template <typename T>
QString describe(const char *stage, const T &value)
{
    return QString::fromLatin1(stage) + QStringLiteral(": ") +
           QString::fromUtf8(compact(dots::toJson(value)));
}

// Decodes `json` as T, encodes it, decodes that, and holds the two objects and the two
// encodings to each other.
template <typename T>
void checkRoundTrip(const QJsonObject &json,
                    T (*decode)(const QJsonObject &, dots::DecodeWarnings *))
{
    dots::DecodeWarnings warnings;
    const T first = decode(json, &warnings);
    // Collecting warnings must not change what is decoded.
    FUZZ_CHECK(decode(json, nullptr) == first, "decoding with and without warnings differs",
               QString::fromUtf8(compact(json)));

    const QJsonObject encoded = dots::toJson(first);
    dots::DecodeWarnings secondWarnings;
    const T second = decode(encoded, &secondWarnings);
    if (!(second == first)) {
        fail("fromJson(toJson(x)) != x",
             QStringLiteral("input: ") + QString::fromUtf8(compact(json)) + u'\n' +
                 describe("x", first) + u'\n' + describe("fromJson(toJson(x))", second));
    }
    const QJsonObject reencoded = dots::toJson(second);
    FUZZ_CHECK(reencoded == encoded, "toJson is not stable over a round trip",
               QString::fromUtf8(compact(encoded)) + u'\n' + QString::fromUtf8(compact(reencoded)));
}

template <typename T, typename Decode>
void checkList(const QByteArray &body, const QJsonDocument &document, Decode decode,
               T (*decodeItem)(const QJsonObject &, dots::DecodeWarnings *))
{
    dots::ListPage<T> page;
    QString error;
    dots::DecodeWarnings warnings;
    const bool ok = decode(document, &page, &error, &warnings);
    FUZZ_CHECK(ok || !error.isEmpty(), "a failed decode gives no reason", QString::fromUtf8(body));
    if (!ok)
        return;
    // The cursor read before decoding, to ask for the next page early, is the decoded page's.
    for (const int limit : {1, 100}) {
        const QString peeked = dots::peekNextCursor(document, limit);
        if (!peeked.isEmpty())
            FUZZ_CHECK(!page.items.isEmpty() && page.items.constLast().id == peeked,
                       "the peeked cursor is not the decoded page's last id",
                       QString::fromUtf8(body));
    }
    for (const T &item : std::as_const(page.items)) {
        const T again = decodeItem(dots::toJson(item), nullptr);
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
        [](const auto &input, auto *page, QString *error, dots::DecodeWarnings *warnings) {
            return dots::decodeCustomerList(input, page, error, warnings);
        },
        &dots::customerFromJson);
    checkList<PaymentIntent>(
        body, document,
        [](const auto &input, auto *page, QString *error, dots::DecodeWarnings *warnings) {
            return dots::decodePaymentIntentList(input, page, error, warnings);
        },
        &dots::paymentIntentFromJson);
    checkList<CheckoutSession>(
        body, document,
        [](const auto &input, auto *page, QString *error, dots::DecodeWarnings *warnings) {
            return dots::decodeCheckoutSessionList(input, page, error, warnings);
        },
        &dots::checkoutSessionFromJson);
    checkList<PaymentMethod>(
        body, document,
        [](const auto &input, auto *page, QString *error, dots::DecodeWarnings *warnings) {
            return dots::decodePaymentMethodList(input, page, error, warnings);
        },
        &dots::paymentMethodFromJson);
    checkList<Refund>(
        body, document,
        [](const auto &input, auto *page, QString *error, dots::DecodeWarnings *warnings) {
            return dots::decodeRefundList(input, page, error, warnings);
        },
        &dots::refundFromJson);

    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    const QJsonObject json = document.object();
    checkRoundTrip<Customer>(json, &dots::customerFromJson);
    checkRoundTrip<PaymentIntent>(json, &dots::paymentIntentFromJson);
    checkRoundTrip<CheckoutSession>(json, &dots::checkoutSessionFromJson);
    checkRoundTrip<PaymentMethod>(json, &dots::paymentMethodFromJson);
    checkRoundTrip<Refund>(json, &dots::refundFromJson);

    // A payment intent's client secret is never kept, nor sent back.
    const PaymentIntent intent = dots::paymentIntentFromJson(json);
    FUZZ_CHECK(!intent.extra.contains(QStringLiteral("client_secret")) &&
                   !dots::toJson(intent).contains(QStringLiteral("client_secret")),
               "a client_secret was kept", QString::fromUtf8(body));

    // Timestamps: whatever parses formats, and the formatted text parses to the same instant.
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QDateTime time = dots::parseTimestamp(it.value());
        if (!time.isValid())
            continue;
        const QString text = dots::formatTimestamp(time);
        FUZZ_CHECK(dots::parseTimestamp(text) == time, "a timestamp does not format and parse back",
                   it.value().toString() + QStringLiteral(" -> ") + text);
    }
    return 0;
}
