#include "network/synaptopay/synaptopay_fields.h"

#include "models/fields.h"

#include <QRegularExpression>

#include <array>

namespace paydesk::synaptopay {

namespace {

struct Pair
{
    QLatin1String wire;
    QLatin1String neutral;
};

// Fields whose path is the same wherever they appear.
constexpr std::array Fields{
    // Customers. SynaptoPay keeps one name: it lands on the first of the name fields.
    Pair{QLatin1String("full_name"), field::FirstName},
    Pair{QLatin1String("email"), field::Email},
    Pair{QLatin1String("phone"), field::Phone},
    Pair{QLatin1String("address"), field::Address},
    Pair{QLatin1String("address.line1"), field::AddressLine1},
    Pair{QLatin1String("address.line2"), field::AddressLine2},
    Pair{QLatin1String("address.city"), field::AddressCity},
    Pair{QLatin1String("address.state"), field::AddressState},
    Pair{QLatin1String("address.postal_code"), field::AddressPostcode},
    Pair{QLatin1String("address.country"), field::AddressCountry},
    // Payment intents
    Pair{QLatin1String("amount"), field::Amount},
    Pair{QLatin1String("currency"), field::Currency},
    Pair{QLatin1String("customer"), field::Customer},
    Pair{QLatin1String("payment_method"), field::PaymentMethod},
    Pair{QLatin1String("payment_method_data"), field::PaymentMethod},
    Pair{QLatin1String("device"), field::Device},
    Pair{QLatin1String("transfers"), field::Transfers},
    Pair{QLatin1String("setup_future_usage"), field::SaveForLater},
    // Checkout sessions
    Pair{QLatin1String("client_reference_id"), field::Reference},
    Pair{QLatin1String("success_url"), field::SuccessUrl},
    Pair{QLatin1String("cancel_url"), field::CancelUrl},
    // Refunds: the charge is chosen by choosing the payment.
    Pair{QLatin1String("charge"), field::PaymentIntent},
    Pair{QLatin1String("payment_intent"), field::PaymentIntent},
    Pair{QLatin1String("reason"), field::Reason},
    Pair{QLatin1String("description"), field::Description},
    // Every resource, and lists
    Pair{QLatin1String("metadata"), field::Metadata},
    Pair{QLatin1String("page_size"), field::Limit},
};

// The parts of one transfer, after "transfers[N].".
constexpr std::array TransferParts{
    Pair{QLatin1String("account_name"), field::TransferRecipient},
    Pair{QLatin1String("amount"), field::TransferAmount},
};

const QRegularExpression &wireTransfer()
{
    static const QRegularExpression re(QStringLiteral("^transfers\\[(\\d+)\\](?:\\.(.+))?$"));
    return re;
}

// "paymentMethod" -> "payment_method", "transfers[0].accountName" -> "transfers[0].account_name".
// Metadata keys are the caller's own and keep their case.
QString snakeCase(const QString &path)
{
    static const QRegularExpression metadataKey(QStringLiteral("(?:^|\\.)metadata[.\\[]"));
    const QRegularExpressionMatch key = metadataKey.match(path);
    const qsizetype end = key.hasMatch() ? key.capturedEnd() - 1 : path.size();
    QString result;
    result.reserve(path.size() + 8);
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = path.at(i);
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            if (i > 0 && path.at(i - 1) != QLatin1Char('.') && path.at(i - 1) != QLatin1Char('['))
                result.append(QLatin1Char('_'));
            result.append(c.toLower());
        } else {
            result.append(c);
        }
    }
    return result + path.mid(end);
}

QString lookUp(const QString &path)
{
    for (const Pair &pair : Fields)
        if (path == pair.wire)
            return pair.neutral;
    if (const QRegularExpressionMatch transfer = wireTransfer().match(path); transfer.hasMatch()) {
        bool fits = false;
        const qsizetype index = transfer.captured(1).toLongLong(&fits);
        if (!fits)
            return field::Transfers;
        const QString part = transfer.captured(2);
        if (part.isEmpty())
            return field::transfer(index);
        for (const Pair &pair : TransferParts)
            if (part == pair.wire)
                return field::transfer(index, pair.neutral);
        return field::transfer(index); // a part no form has: the transfer itself
    }
    if (path.startsWith(QLatin1String("metadata.")))
        return path; // the same on both sides
    if (path.startsWith(QLatin1String("metadata[")) && path.endsWith(QLatin1Char(']'))) {
        QString key = path.mid(9, path.size() - 10);
        if (key.size() >= 2 && key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"')))
            key = key.mid(1, key.size() - 2);
        return field::metadataKey(key);
    }
    return {};
}

} // namespace

QString neutralField(const QString &wirePath)
{
    QString path = snakeCase(wirePath.trimmed());
    // The customer create body wraps the customer: "customer.email" is the email field.
    if (path.startsWith(QLatin1String("customer.")))
        path = path.mid(9);
    if (const QString neutral = lookUp(path); !neutral.isEmpty())
        return neutral;
    return wirePath;
}

} // namespace paydesk::synaptopay
