#include "network/dots/dots_fields.h"

#include "models/fields.h"

#include <QRegularExpression>

#include <array>

namespace paydesk::dots {

namespace {

struct Pair
{
    QLatin1String wire;
    QLatin1String neutral;
};

// Fields whose path is the same wherever they appear.
constexpr std::array Fields{
    Pair{QLatin1String("first_name"), field::FirstName},
    Pair{QLatin1String("last_name"), field::LastName},
    Pair{QLatin1String("business_name"), field::BusinessName},
    Pair{QLatin1String("email"), field::Email},
    Pair{QLatin1String("phone_number"), field::Phone},
    Pair{QLatin1String("country_code"), field::PhoneCountryCode},
    Pair{QLatin1String("address"), field::Address},
    Pair{QLatin1String("address.line_1"), field::AddressLine1},
    Pair{QLatin1String("address.line_2"), field::AddressLine2},
    Pair{QLatin1String("address.city"), field::AddressCity},
    Pair{QLatin1String("address.state"), field::AddressState},
    Pair{QLatin1String("address.postcode"), field::AddressPostcode},
    Pair{QLatin1String("address.country"), field::AddressCountry},
    Pair{QLatin1String("amount"), field::Amount},
    Pair{QLatin1String("currency"), field::Currency},
    Pair{QLatin1String("customer_id"), field::Customer},
    Pair{QLatin1String("description"), field::Description},
    Pair{QLatin1String("payment_method_id"), field::PaymentMethod},
    Pair{QLatin1String("application_fee_amount"), field::ApplicationFee},
    Pair{QLatin1String("transfer_data.destination_user_id"), field::TransferDestination},
    Pair{QLatin1String("transfer_data"), field::TransferDestination},
    Pair{QLatin1String("payment_intent_id"), field::PaymentIntent},
    Pair{QLatin1String("reason"), field::Reason},
    Pair{QLatin1String("line_items"), field::LineItems},
    Pair{QLatin1String("success_url"), field::SuccessUrl},
    Pair{QLatin1String("cancel_url"), field::CancelUrl},
    Pair{QLatin1String("customer_email"), field::CustomerEmail},
    Pair{QLatin1String("client_reference_id"), field::Reference},
    Pair{QLatin1String("expires_in"), field::ExpiresIn},
    Pair{QLatin1String("metadata"), field::Metadata},
    Pair{QLatin1String("limit"), field::Limit},
};

// The parts of one checkout line, after "line_items[N].".
constexpr std::array LineParts{
    Pair{QLatin1String("price_data.product_data.name"), field::ItemName},
    Pair{QLatin1String("price_data.product_data.description"), field::ItemDescription},
    Pair{QLatin1String("price_data.amount"), field::ItemUnitPrice},
    Pair{QLatin1String("price_data.currency"), field::ItemCurrency},
    Pair{QLatin1String("quantity"), field::ItemQuantity},
    Pair{QLatin1String("price_data.product_data"), field::ItemName},
    Pair{QLatin1String("price_data"), field::ItemUnitPrice},
};

const QRegularExpression &wireLine()
{
    static const QRegularExpression re(QStringLiteral("^line_items\\[(\\d+)\\](?:\\.(.+))?$"));
    return re;
}

} // namespace

QString neutralField(const QString &wirePath)
{
    for (const Pair &pair : Fields)
        if (wirePath == pair.wire)
            return pair.neutral;
    if (const QRegularExpressionMatch line = wireLine().match(wirePath); line.hasMatch()) {
        const qsizetype index = line.captured(1).toLongLong();
        const QString part = line.captured(2);
        if (part.isEmpty())
            return field::lineItem(index);
        for (const Pair &pair : LineParts)
            if (part == pair.wire)
                return field::lineItem(index, pair.neutral);
        return field::lineItem(index); // a part no form has: the line itself
    }
    if (wirePath.startsWith(QLatin1String("metadata.")))
        return wirePath; // the same on both sides
    if (wirePath.startsWith(QLatin1String("metadata[")) && wirePath.endsWith(QLatin1Char(']')))
        return field::metadataKey(wirePath.mid(9, wirePath.size() - 10));
    return wirePath;
}

} // namespace paydesk::dots
