#include "models/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QtNumeric>

#include <algorithm>
#include <iterator>
#include <limits>
#include <string_view>

namespace paydesk {

namespace {

struct CurrencyEntry
{
    std::string_view code;
    int minorDigits;
};

// ISO 4217 list one, active codes with a minor unit, as amended through 2025 (XCG added; ANG,
// HRK, SLL and ZWL withdrawn). Codes whose minor unit is "N.A." (gold, SDR, test codes) are left
// out: nobody takes a payment in them. Sorted by code for binary search.
constexpr CurrencyEntry currencyTable[] = {
    {"AED", 2}, {"AFN", 2}, {"ALL", 2}, {"AMD", 2}, {"AOA", 2}, {"ARS", 2}, {"AUD", 2}, {"AWG", 2},
    {"AZN", 2}, {"BAM", 2}, {"BBD", 2}, {"BDT", 2}, {"BGN", 2}, {"BHD", 3}, {"BIF", 0}, {"BMD", 2},
    {"BND", 2}, {"BOB", 2}, {"BOV", 2}, {"BRL", 2}, {"BSD", 2}, {"BTN", 2}, {"BWP", 2}, {"BYN", 2},
    {"BZD", 2}, {"CAD", 2}, {"CDF", 2}, {"CHE", 2}, {"CHF", 2}, {"CHW", 2}, {"CLF", 4}, {"CLP", 0},
    {"CNY", 2}, {"COP", 2}, {"COU", 2}, {"CRC", 2}, {"CUP", 2}, {"CVE", 2}, {"CZK", 2}, {"DJF", 0},
    {"DKK", 2}, {"DOP", 2}, {"DZD", 2}, {"EGP", 2}, {"ERN", 2}, {"ETB", 2}, {"EUR", 2}, {"FJD", 2},
    {"FKP", 2}, {"GBP", 2}, {"GEL", 2}, {"GHS", 2}, {"GIP", 2}, {"GMD", 2}, {"GNF", 0}, {"GTQ", 2},
    {"GYD", 2}, {"HKD", 2}, {"HNL", 2}, {"HTG", 2}, {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2},
    {"IQD", 3}, {"IRR", 2}, {"ISK", 0}, {"JMD", 2}, {"JOD", 3}, {"JPY", 0}, {"KES", 2}, {"KGS", 2},
    {"KHR", 2}, {"KMF", 0}, {"KPW", 2}, {"KRW", 0}, {"KWD", 3}, {"KYD", 2}, {"KZT", 2}, {"LAK", 2},
    {"LBP", 2}, {"LKR", 2}, {"LRD", 2}, {"LSL", 2}, {"LYD", 3}, {"MAD", 2}, {"MDL", 2}, {"MGA", 2},
    {"MKD", 2}, {"MMK", 2}, {"MNT", 2}, {"MOP", 2}, {"MRU", 2}, {"MUR", 2}, {"MVR", 2}, {"MWK", 2},
    {"MXN", 2}, {"MXV", 2}, {"MYR", 2}, {"MZN", 2}, {"NAD", 2}, {"NGN", 2}, {"NIO", 2}, {"NOK", 2},
    {"NPR", 2}, {"NZD", 2}, {"OMR", 3}, {"PAB", 2}, {"PEN", 2}, {"PGK", 2}, {"PHP", 2}, {"PKR", 2},
    {"PLN", 2}, {"PYG", 0}, {"QAR", 2}, {"RON", 2}, {"RSD", 2}, {"RUB", 2}, {"RWF", 0}, {"SAR", 2},
    {"SBD", 2}, {"SCR", 2}, {"SDG", 2}, {"SEK", 2}, {"SGD", 2}, {"SHP", 2}, {"SLE", 2}, {"SOS", 2},
    {"SRD", 2}, {"SSP", 2}, {"STN", 2}, {"SVC", 2}, {"SYP", 2}, {"SZL", 2}, {"THB", 2}, {"TJS", 2},
    {"TMT", 2}, {"TND", 3}, {"TOP", 2}, {"TRY", 2}, {"TTD", 2}, {"TWD", 2}, {"TZS", 2}, {"UAH", 2},
    {"UGX", 0}, {"USD", 2}, {"USN", 2}, {"UYI", 0}, {"UYU", 2}, {"UYW", 4}, {"UZS", 2}, {"VED", 2},
    {"VES", 2}, {"VND", 0}, {"VUV", 0}, {"WST", 2}, {"XAF", 0}, {"XCD", 2}, {"XCG", 2}, {"XOF", 0},
    {"XPF", 0}, {"YER", 2}, {"ZAR", 2}, {"ZMW", 2}, {"ZWG", 2},
};

constexpr bool codeLess(const CurrencyEntry &a, const CurrencyEntry &b)
{
    return a.code < b.code;
}
static_assert(std::is_sorted(std::begin(currencyTable), std::end(currencyTable), codeLess));

const CurrencyEntry *findCurrency(QStringView code)
{
    const QByteArray normalized = Currency::normalize(code).toLatin1();
    const CurrencyEntry key{std::string_view(normalized.constData(), size_t(normalized.size())), 0};
    const auto it =
        std::lower_bound(std::begin(currencyTable), std::end(currencyTable), key, codeLess);
    return it != std::end(currencyTable) && it->code == key.code ? it : nullptr;
}

// Parse errors are translated in the "Money" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

// The largest qint64 has 19 digits, so powers of ten up to 10^18 fit.
constexpr quint64 powerOfTen(int exponent)
{
    quint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// Digits an amount is shown with: an unknown currency has no known minor unit, so its amount is
// shown in minor units rather than guessed at.
int displayDigits(const QString &currency)
{
    return Currency::minorDigits(currency).value_or(0);
}

// Magnitude of a qint64 without overflowing on the minimum.
quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - quint64(value) : quint64(value);
}

struct Parts
{
    bool negative = false;
    quint64 major = 0;
    quint64 minor = 0;
    int digits = 0;
};

Parts splitAmount(qint64 minorUnits, const QString &currency)
{
    const int digits = displayDigits(currency);
    const quint64 scale = powerOfTen(digits);
    const quint64 units = magnitude(minorUnits);
    return {minorUnits < 0, units / scale, units % scale, digits};
}

// "1.234,56" without the sign, in the locale's digits and separators. Formatting an integer with
// QLocale is exact; only the fraction needs building by hand (toCurrencyString(double) rounds
// large amounts).
QString localeDigits(const Parts &parts, const QLocale &locale)
{
    QString text = locale.toString(parts.major);
    if (parts.digits == 0)
        return text;
    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    int fractionLength = 1;
    for (quint64 rest = parts.minor / 10; rest > 0; rest /= 10)
        ++fractionLength;
    text += locale.decimalPoint();
    text += locale.zeroDigit().repeated(parts.digits - fractionLength);
    text += ungrouped.toString(parts.minor);
    return text;
}

// Group sizes the locale writes integers with: {3, 3} mostly, {3, 2} in Indian English
// ("1,23,45,67,890"). Qt has no public accessor, so they are read off a formatted number.
struct Grouping
{
    int primary = 3;   // the group next to the decimal point
    int secondary = 3; // every group further left
    // Digits the leftmost group may have. Where CLDR sets a minimum of two grouping digits
    // (Spanish, Polish, Portuguese: "1234" but "12.345"), Qt 6.4 leaves out every leftmost
    // separator that would stand after a single digit, at any length ("1234.567"); what it
    // writes must read back.
    int leftmost = 3;
};

Grouping groupingOf(const QLocale &locale)
{
    QLocale grouped = locale;
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    // By code point: some scripts' digits lie outside the Basic Multilingual Plane (Chakma).
    const QList<uint> sample = grouped.toString(qlonglong(1234567890)).toUcs4();
    QList<int> sizes; // right to left
    int run = 0;
    for (auto it = sample.crbegin(); it != sample.crend(); ++it) {
        if (QChar::isDigit(char32_t(*it))) {
            ++run;
        } else {
            sizes.append(run);
            run = 0;
        }
    }
    Grouping grouping;
    if (sizes.size() >= 1 && sizes[0] > 0)
        grouping.primary = sizes[0];
    grouping.secondary = sizes.size() >= 2 && sizes[1] > 0 ? sizes[1] : grouping.primary;
    grouping.leftmost = grouping.secondary;
    const QString thousand = grouped.toString(qlonglong(1000));
    const QString tenThousand = grouped.toString(qlonglong(10000));
    if (!grouped.groupSeparator().isEmpty() && !thousand.contains(grouped.groupSeparator()) &&
        tenThousand.contains(grouped.groupSeparator()))
        grouping.leftmost = grouping.secondary + 1;
    return grouping;
}

bool isSpaceLike(QChar c)
{
    return c == QChar(0x0020) || c == QChar(0x00A0) || c == QChar(0x202F);
}

bool isApostropheLike(QChar c)
{
    return c == QChar(0x0027) || c == QChar(0x2019);
}

// Length of the group separator at `pos`, or 0. People type a plain space where the locale
// writes a no-break space, and an ASCII apostrophe where Swiss German writes a typographic one.
qsizetype groupSeparatorAt(QStringView text, qsizetype pos, const QString &separator)
{
    if (separator.isEmpty())
        return 0;
    if (text.mid(pos).startsWith(separator))
        return separator.size();
    if (separator.size() == 1) {
        const QChar sep = separator.front();
        const QChar c = text[pos];
        if ((isSpaceLike(sep) && isSpaceLike(c)) || (isApostropheLike(sep) && isApostropheLike(c)))
            return 1;
    }
    return 0;
}

bool groupsAreWellPlaced(const QList<int> &groups, const Grouping &grouping)
{
    // `groups` are the digit counts between separators, left to right; a single group means no
    // separator was typed, which is always fine.
    if (groups.size() < 2)
        return true;
    if (groups.back() != grouping.primary)
        return false;
    for (qsizetype i = 1; i + 1 < groups.size(); ++i) {
        if (groups[i] != grouping.secondary)
            return false;
    }
    return groups.front() >= 1 && groups.front() <= grouping.leftmost;
}

struct SignPrefix
{
    bool negative = false;
    qsizetype length = 0;
};

SignPrefix signAt(QStringView text, const QLocale &locale)
{
    const QString localeMinus = locale.negativeSign();
    const QString localePlus = locale.positiveSign();
    if (!localeMinus.isEmpty() && text.startsWith(localeMinus))
        return {true, localeMinus.size()};
    if (!localePlus.isEmpty() && text.startsWith(localePlus))
        return {false, localePlus.size()};
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212)))
        return {true, 1};
    if (text.startsWith(QLatin1Char('+')))
        return {false, 1};
    return {};
}

Money::ParseResult failure(const QString &message)
{
    return {std::nullopt, message};
}

} // namespace

QString Currency::normalize(QStringView code)
{
    return code.trimmed().toString().toUpper();
}

bool Currency::isKnown(QStringView code)
{
    return findCurrency(code) != nullptr;
}

std::optional<int> Currency::minorDigits(QStringView code)
{
    if (const CurrencyEntry *entry = findCurrency(code))
        return entry->minorDigits;
    return std::nullopt;
}

QStringList Currency::knownCodes()
{
    QStringList codes;
    codes.reserve(qsizetype(std::size(currencyTable)));
    for (const CurrencyEntry &entry : currencyTable)
        codes.append(QString::fromLatin1(entry.code.data(), qsizetype(entry.code.size())));
    return codes;
}

namespace {

// The one shared text of each currency code seen, so that a million amounts hold a few codes.
// Only codes of three ASCII letters are kept here, so a server sending nonsense cannot grow the
// table without bound (there are at most 26^3 of them); any other text gets its own box.
SharedText sharedCurrency(const QString &code)
{
    const bool threeLetters =
        code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
            return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        });
    if (!threeLetters)
        return SharedText(code);
    static QMutex mutex;
    static QHash<QString, SharedText> codes;
    const QMutexLocker locker(&mutex);
    auto it = codes.find(code);
    if (it == codes.end())
        it = codes.insert(code, SharedText(code));
    return *it;
}

} // namespace

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minor(minorUnits)
    , m_currency(sharedCurrency(Currency::normalize(currency)))
{}

Money::ParseResult Money::parse(QStringView text, QStringView currency, const QLocale &locale,
                                SignRule rule)
{
    const QString code = Currency::normalize(currency);
    if (code.isEmpty())
        return failure(Text::tr("Choose a currency."));
    const std::optional<int> digits = Currency::minorDigits(code);
    if (!digits)
        return failure(Text::tr("“%1” is not an ISO 4217 currency code.").arg(code));

    const QStringView input = text.trimmed();
    if (input.isEmpty())
        return failure(Text::tr("Enter an amount."));

    const QString example = Money(123456, code).toLocaleDecimalString(locale);
    const QString notANumber = Text::tr("Enter the amount as a number, such as %1.").arg(example);
    // Names the locale's own separators by example, so "12.50" typed in German explains itself.
    const QString misplacedGroup =
        Text::tr("The amount has a thousands separator in the wrong place; write it like %1.")
            .arg(example);

    const SignPrefix sign = signAt(input, locale);
    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    // "." is read as a decimal point also in locales that write ",", unless "." groups digits
    // there (German "1.234,50").
    const bool dotIsDecimal = groupSeparator != QStringLiteral(".");

    QString integerDigits;
    QString fractionDigits;
    QList<int> groups{0};
    bool inFraction = false;
    for (qsizetype pos = sign.length; pos < input.size();) {
        const QChar c = input[pos];
        // A digit may take two UTF-16 units: some scripts' digits lie outside the Basic
        // Multilingual Plane (Chakma, as Qt writes numbers for ccp_BD).
        const bool pair =
            c.isHighSurrogate() && pos + 1 < input.size() && input[pos + 1].isLowSurrogate();
        const char32_t point = pair ? QChar::surrogateToUcs4(c, input[pos + 1]) : c.unicode();
        if (QChar::isDigit(point)) {
            (inFraction ? fractionDigits : integerDigits)
                .append(QChar('0' + QChar::digitValue(point)));
            if (!inFraction)
                ++groups.back();
            pos += pair ? 2 : 1;
            continue;
        }
        const bool atDecimal =
            input.mid(pos).startsWith(decimalPoint) || (dotIsDecimal && c == QLatin1Char('.'));
        if (atDecimal) {
            if (inFraction)
                return failure(Text::tr("The amount has more than one decimal point."));
            inFraction = true;
            pos += input.mid(pos).startsWith(decimalPoint) ? decimalPoint.size() : 1;
            continue;
        }
        if (const qsizetype length = groupSeparatorAt(input, pos, groupSeparator)) {
            if (inFraction)
                return failure(misplacedGroup);
            groups.append(0);
            pos += length;
            continue;
        }
        const QString localeSymbol = locale.currencySymbol();
        if (c.category() == QChar::Symbol_Currency || input.contains(code, Qt::CaseInsensitive) ||
            (!localeSymbol.isEmpty() && input.contains(localeSymbol))) {
            return failure(Text::tr("Enter the amount without a currency symbol or code."));
        }
        if ((c == QLatin1Char('e') || c == QLatin1Char('E')) && !integerDigits.isEmpty())
            return failure(Text::tr("Write the amount out in full, without an exponent."));
        return failure(notANumber);
    }

    if (integerDigits.isEmpty() && fractionDigits.isEmpty())
        return failure(notANumber);
    if (!groupsAreWellPlaced(groups, groupingOf(locale)))
        return failure(misplacedGroup);

    // Trailing zeros do not change the value: "12.50" yen is still whole yen.
    while (fractionDigits.endsWith(QLatin1Char('0')))
        fractionDigits.chop(1);
    if (fractionDigits.size() > *digits) {
        if (*digits == 0)
            return failure(Text::tr("%1 amounts have no decimal places.").arg(code));
        return failure(
            Text::tr("%1 amounts have at most %2 decimal places.").arg(code).arg(*digits));
    }
    fractionDigits = fractionDigits.leftJustified(*digits, QLatin1Char('0'));

    // Minor units, accumulated digit by digit: exact and overflow-checked.
    const quint64 limit = sign.negative ? magnitude(std::numeric_limits<qint64>::min())
                                        : quint64(std::numeric_limits<qint64>::max());
    quint64 units = 0;
    for (const QChar digit : integerDigits + fractionDigits) {
        if (qMulOverflow(units, quint64(10), &units) ||
            qAddOverflow(units, quint64(digit.digitValue()), &units) || units > limit) {
            const Money largest(std::numeric_limits<qint64>::max(), code);
            return failure(
                Text::tr("The amount is too large: the most Paydesk can hold in %1 is %2.")
                    .arg(code, largest.toLocaleDecimalString(locale)));
        }
    }

    if (sign.negative && units != 0 && rule != SignRule::Any)
        return failure(Text::tr("The amount cannot be negative."));
    if (units == 0 && rule == SignRule::Positive)
        return failure(Text::tr("The amount must be more than zero."));

    const qint64 minorUnits = sign.negative ? qint64(0 - units) : qint64(units);
    return {Money(minorUnits, code), QString()};
}

QString Money::toString(const QLocale &locale) const
{
    const Parts parts = splitAmount(m_minor, m_currency.toString());
    const QString &currency = m_currency.toString();
    const bool ownCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    const QString symbol = ownCurrency ? locale.currencySymbol() : currency;

    // The locale's currency pattern ("¤#", "# ¤", "(¤#)") comes from formatting one unit; the
    // digits are then put where the "1" is.
    const QString one = locale.toString(qlonglong(1));
    QString text = locale.toCurrencyString(qlonglong(parts.negative ? -1 : 1), symbol);
    const qsizetype at = text.indexOf(one);
    if (at < 0) // a pattern without the number would be a broken locale; show what is certain
        return toLocaleDecimalString(locale) + QLatin1Char(' ') + currency;
    const QString number = localeDigits(parts, locale);
    text.replace(at, one.size(), number);

    // An ISO code written against the digits ("USD5") reads badly; CLDR puts a no-break space
    // between them.
    if (!symbol.isEmpty() && symbol.front().isLetter()) {
        const qsizetype symbolAt = text.indexOf(symbol);
        const qsizetype symbolEnd = symbolAt + symbol.size();
        if (symbolAt >= 0 && symbolEnd < text.size() && text[symbolEnd].isDigit())
            text.insert(symbolEnd, QChar(0x00A0));
        else if (symbolAt > 0 && text[symbolAt - 1].isDigit())
            text.insert(symbolAt, QChar(0x00A0));
    }
    return text;
}

QString Money::toDecimalString() const
{
    // The C locale writes "." and, by default, no group separators.
    return toLocaleDecimalString(QLocale::c());
}

QString Money::toLocaleDecimalString(const QLocale &locale) const
{
    const Parts parts = splitAmount(m_minor, m_currency.toString());
    const QString digits = localeDigits(parts, locale);
    return parts.negative ? locale.negativeSign() + digits : digits;
}

std::optional<Money> Money::checkedAdd(const Money &other) const
{
    qint64 sum = 0;
    if (m_currency != other.m_currency || qAddOverflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}

std::optional<Money> Money::checkedMultiply(qint64 factor) const
{
    qint64 product = 0;
    if (qMulOverflow(m_minor, factor, &product))
        return std::nullopt;
    return Money(product, m_currency);
}

} // namespace paydesk
