#include "models/resources.h"

#include "models/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtNumeric>

#include <algorithm>

namespace paydesk {

namespace {

// Sentences about devices are translated in the "Device" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Device)
};

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
    const QString parts = joinNonEmpty({firstName, middleName, lastName}, QStringLiteral(" "));
    if (!parts.isEmpty())
        return parts;
    if (!fullName.trimmed().isEmpty())
        return fullName.trimmed();
    return email.isEmpty() ? id : email;
}

QString Customer::internationalPhone() const
{
    const QString number = phoneNumber.trimmed();
    if (number.isEmpty() || number.startsWith(u'+'))
        return number;
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    // Letters, extensions or other marks: written as the person typed them.
    if (digits.isEmpty() || number.size() - digits.size() > 4 ||
        std::any_of(number.begin(), number.end(), [](QChar c) { return c.isLetter(); })) {
        return countryCode.isEmpty() ? number : u'+' + countryCode + u' ' + number;
    }
    // Groups of three, the last of four ("212 555 0142", "555 0100"), or of two.
    QStringList groups;
    qsizetype at = 0;
    const qsizetype size = digits.size();
    while (size - at > 4) {
        const qsizetype left = size - at;
        const qsizetype take = left == 5 || left == 6 ? left - (left == 5 ? 2 : 3) : 3;
        groups.append(digits.mid(at, take));
        at += take;
    }
    groups.append(digits.mid(at));
    const QString grouped = groups.join(u' ');
    const QString code = countryCode.trimmed();
    return code.isEmpty() ? grouped : u'+' + code + u' ' + grouped;
}

QString Customer::countryName() const
{
    if (!address)
        return {};
    const QString code = address->country.trimmed();
    if (code.size() != 2)
        return code;
    const QLocale::Territory territory = QLocale::codeToTerritory(code.toUpper());
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

std::optional<Money> LineItem::total() const
{
    if (!unitPrice)
        return std::nullopt;
    return unitPrice->checkedMultiply(quantity);
}

RefundState refundState(const PaymentIntent &intent)
{
    const qint64 refunded = intent.amountRefunded.value_or(0);
    if (refunded <= 0)
        return RefundState::None;
    return refunded >= intent.amount.minorUnits() ? RefundState::Full : RefundState::Partial;
}

std::optional<Money> refundedAmount(const PaymentIntent &intent)
{
    if (!intent.amountRefunded || !intent.amount.isValid())
        return std::nullopt;
    return Money(*intent.amountRefunded, intent.amount.currency());
}

std::optional<Money> netAmount(const PaymentIntent &intent)
{
    if (!intent.amount.isValid())
        return std::nullopt;
    qint64 net = 0;
    if (qSubOverflow(intent.amount.minorUnits(), intent.amountRefunded.value_or(0), &net))
        return std::nullopt;
    return Money(net, intent.amount.currency());
}

QString intentStatusText(const PaymentIntent &intent)
{
    switch (refundState(intent)) {
    case RefundState::Full:
        return QCoreApplication::translate("paydesk::PaymentIntent", "Refunded");
    case RefundState::Partial:
        return QCoreApplication::translate("paydesk::PaymentIntent", "Partially refunded");
    case RefundState::None:
        break;
    }
    return intent.status.displayName();
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

QString Device::label() const
{
    if (!displayName.trimmed().isEmpty())
        return displayName.trimmed();
    return serialNumber.isEmpty() ? id : serialNumber;
}

bool Device::canTakePayments() const
{
    return state.compare(QLatin1String("ACTIVE"), Qt::CaseInsensitive) == 0;
}

bool Device::takesCurrency(const QString &currency) const
{
    if (supportedCurrencies.isEmpty())
        return true;
    const QString code = Currency::normalize(currency);
    for (const QString &supported : supportedCurrencies) {
        if (Currency::normalize(supported) == code)
            return true;
    }
    return false;
}

bool Device::canTakePayment(const QString &currency, QString *reason) const
{
    QString why;
    if (!canTakePayments()) {
        if (state.compare(QLatin1String("PENDING"), Qt::CaseInsensitive) == 0) {
            why = Text::tr("The card terminal “%1” is not paired yet: finish pairing it in the "
                           "payment provider's dashboard first.")
                      .arg(label());
        } else if (state.compare(QLatin1String("SUSPENDED"), Qt::CaseInsensitive) == 0) {
            why = Text::tr("The card terminal “%1” is suspended and cannot take payments.")
                      .arg(label());
        } else if (state.isEmpty()) {
            why = Text::tr("The card terminal “%1” has not said that it is ready to take "
                           "payments.")
                      .arg(label());
        } else {
            why = Text::tr("The card terminal “%1” cannot take payments while its state is %2.")
                      .arg(label(), state);
        }
    } else if (!takesCurrency(currency)) {
        why = Text::tr("The card terminal “%1” takes payments in %2 only, not in %3.")
                  .arg(label(), supportedCurrencies.join(Text::tr(" or ")),
                       Currency::normalize(currency));
    }
    if (reason)
        *reason = why;
    return why.isEmpty();
}

QString shortId(const QString &id)
{
    return id.section(QLatin1Char('/'), -1);
}

} // namespace paydesk
