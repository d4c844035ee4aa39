#include "models/resources.h"

namespace paydesk {

namespace {

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            present.append(part);
    }
    return present.join(separator);
}

} // namespace

bool Address::isEmpty() const
{
    return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && state.isEmpty() &&
           postcode.isEmpty() && country.isEmpty();
}

QString Address::singleLine() const
{
    const QString statePostcode = joinNonEmpty({state, postcode}, QStringLiteral(" "));
    return joinNonEmpty({line1, line2, city, statePostcode, country}, QStringLiteral(", "));
}

QString Customer::displayName() const
{
    if (!businessName.isEmpty())
        return businessName;
    const QString fullName = joinNonEmpty({firstName, middleName, lastName}, QStringLiteral(" "));
    if (!fullName.isEmpty())
        return fullName;
    return email.isEmpty() ? id : email;
}

std::optional<Money> LineItem::total() const
{
    if (!unitPrice)
        return std::nullopt;
    return unitPrice->checkedMultiply(quantity);
}

QString PaymentMethod::displayName() const
{
    const QString kind = brand.isEmpty() ? type : brand;
    if (!last4.isEmpty()) {
        // "visa •••• 4242": the dots stand for the digits nobody may see.
        return joinNonEmpty({kind, QStringLiteral("•••• ") + last4}, QStringLiteral(" "));
    }
    if (!description.isEmpty())
        return description;
    return kind.isEmpty() ? id : kind;
}

} // namespace paydesk
