#pragma once

#include "models/shared_text.h"

#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk {

// ISO 4217 facts Paydesk needs: the number of minor digits of each active currency.
class Currency
{
public:
    // Upper-cases and trims; does not check that the code exists.
    static QString normalize(QStringView code);
    static bool isKnown(QStringView code);
    // Minor digits (USD 2, JPY 0, KWD 3), or nullopt for an unknown code.
    static std::optional<int> minorDigits(QStringView code);
    static QStringList knownCodes();
};

struct MoneyParseResult;

// An amount of money: integer minor units plus an ISO 4217 code (stored upper case, "USD").
// No floating point anywhere: parsing and formatting work on digits.
class Money
{
public:
    enum class SignRule
    {
        Positive,    // > 0: payment and refund amounts, line-item prices
        NonNegative, // >= 0: fees
        Any,
    };

    // Declared after Money: it holds an optional<Money>, which needs Money complete.
    using ParseResult = MoneyParseResult;

    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency.toString(); }
    bool isValid() const { return !m_currency.isEmpty(); }

    // Parses what a person typed, in major units ("12.34", "1,234.50", "12,34" where the locale
    // writes it so, "¥1,000" is not accepted: no currency symbols). `locale` decides the decimal
    // and group separators; the C locale's "." is always accepted as a decimal point too when it
    // cannot be a group separator. Group separators are optional but, when typed, must sit where
    // the locale puts them ("1,23,456" in Indian English); a plain space stands for a no-break
    // one. Digits of any script count ("１２"); trailing zeros past the currency's minor digits
    // are fine ("12.50" yen is 12). Errors, each a sentence naming the rule: empty, not a number,
    // an exponent, a currency symbol or code, more than one decimal point, a misplaced group
    // separator, too many decimal places for the currency, unknown currency, out of range, sign
    // rule broken.
    static ParseResult parse(QStringView text, QStringView currency,
                             const QLocale &locale = QLocale(), SignRule rule = SignRule::Positive);

    // "$12.34", "12,34 €", "¥1,000" per the locale: its symbol for its own currency, the ISO
    // code for any other ("EUR 12.34" in American English). An unknown currency has no known
    // minor digits, so its amount is shown in minor units rather than guessed at.
    QString toString(const QLocale &locale = QLocale()) const;
    // Major units with a "." decimal point and no grouping ("1234.50"): CSV, JSON for people,
    // and the text put back in an editor.
    QString toDecimalString() const;
    // Same as toDecimalString() but with the locale's separators ("1.234,50" in German).
    QString toLocaleDecimalString(const QLocale &locale = QLocale()) const;

    // Overflow-checked arithmetic; nullopt when the result does not fit or currencies differ.
    std::optional<Money> checkedAdd(const Money &other) const;
    std::optional<Money> checkedMultiply(qint64 factor) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    Money(qint64 minorUnits, const SharedText &currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    {}

    qint64 m_minor = 0;
    // Every Money of one currency shares its code: 16 bytes in all, and no allocation per
    // amount.
    SharedText m_currency;
};

struct MoneyParseResult
{
    std::optional<Money> value;
    QString error; // empty when value is set; a sentence naming the rule otherwise

    bool ok() const { return value.has_value(); }
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::Money)
