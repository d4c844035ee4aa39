// Money parsing (models/money.*) in many locales. The first bytes choose the locale, the
// currency and the sign rule; the rest is the text a person typed, as UTF-8. Invariants: parsing
// never crashes; an accepted amount keeps the sign rule and the currency; every accepted amount
// formats (toLocaleDecimalString, toDecimalString) and parses back to itself; and, read straight
// from the input's bytes, any amount at all formats and parses back to itself.
#include "fuzz_support.h"
#include "models/money.h"

#include <QList>
#include <QLocale>

#include <cstring>
#include <limits>

using namespace paydesk;
using namespace paydesk::fuzz;

namespace {

// Latin digits with every separator convention; Arabic-Indic, Persian, Bengali, Devanagari and
// Myanmar digits; Indian grouping; apostrophes, no-break and narrow no-break spaces as group
// separators; minus signs with bidi marks; and digits outside the Basic Multilingual Plane.
const char *const LocaleNames[] = {
    "C",     "en_US", "de_DE", "fr_FR", "de_CH", "hi_IN", "en_IN",  "ar_EG",
    "ar_SA", "fa_IR", "bn_BD", "mr_IN", "ne_NP", "my_MM", "sv_SE",  "nb_NO",
    "es_ES", "pt_BR", "it_CH", "fr_CH", "de_AT", "en_ZA", "pl_PL",  "ru_RU",
    "uk_UA", "he_IL", "ja_JP", "th_TH", "ur_PK", "ps_AF", "ccp_BD", "de_LI",
};
constexpr int LocaleCount = int(std::size(LocaleNames));

// Codes as a caller might pass them: known ones, lower case, padded, unknown and empty.
const char *const ExtraCurrencies[] = {"usd", " eur ", "XXX", "", "US", "ZZZ", "jpy"};

const QList<QLocale> &locales()
{
    static const QList<QLocale> all = [] {
        QList<QLocale> list;
        for (const char *name : LocaleNames)
            list.append(QLocale(QString::fromLatin1(name)));
        return list;
    }();
    return all;
}

const QStringList &currencies()
{
    static const QStringList all = [] {
        QStringList list = Currency::knownCodes();
        for (const char *code : ExtraCurrencies)
            list.append(QString::fromLatin1(code));
        return list;
    }();
    return all;
}

QString describe(const QLocale &locale, const QString &currency, const QString &text,
                 const Money::ParseResult &result)
{
    return QStringLiteral("locale %1, currency \"%2\", text \"%3\" -> %4")
        .arg(locale.name(), currency, text,
             result.ok()
                 ? QString::number(result.value->minorUnits()) + u' ' + result.value->currency()
                 : QStringLiteral("error: ") + result.error);
}

bool keepsRule(const Money &money, Money::SignRule rule)
{
    switch (rule) {
    case Money::SignRule::Positive:
        return money.minorUnits() > 0;
    case Money::SignRule::NonNegative:
        return money.minorUnits() >= 0;
    case Money::SignRule::Any:
        return true;
    }
    return false;
}

// `money` formats in `locale` (and in plain decimals) and parses back to itself.
void checkFormatsBack(const Money &money, const QString &currency, const QLocale &locale,
                      Money::SignRule rule)
{
    const QString localeText = money.toLocaleDecimalString(locale);
    const Money::ParseResult fromLocale = Money::parse(localeText, currency, locale, rule);
    FUZZ_CHECK(fromLocale.ok() && *fromLocale.value == money,
               "a formatted amount does not parse back to itself",
               QString::number(money.minorUnits()) + QStringLiteral(" formats as ") +
                   describe(locale, currency, localeText, fromLocale));

    const QString plainText = money.toDecimalString();
    const Money::ParseResult fromPlain = Money::parse(plainText, currency, QLocale::c(), rule);
    FUZZ_CHECK(fromPlain.ok() && *fromPlain.value == money,
               "a decimal string does not parse back to itself",
               describe(QLocale::c(), currency, plainText, fromPlain));

    // Shown with its symbol: never empty, and always naming an amount.
    FUZZ_CHECK(!money.toString(locale).isEmpty(), "toString is empty",
               describe(locale, currency, localeText, fromLocale));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    const QLocale &locale = locales().at(data[0] % LocaleCount);
    const QString &currency = currencies().at(data[1] % currencies().size());
    const auto rule = static_cast<Money::SignRule>(data[2] % 3);
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));

    const Money::ParseResult result = Money::parse(text, currency, locale, rule);
    FUZZ_CHECK(result.ok() == result.error.isEmpty(),
               "a parse result is both or neither value and error",
               describe(locale, currency, text, result));
    if (result.ok()) {
        const Money &money = *result.value;
        FUZZ_CHECK(money.isValid() && money.currency() == Currency::normalize(currency) &&
                       Currency::isKnown(money.currency()),
                   "an accepted amount has the wrong currency",
                   describe(locale, currency, text, result));
        FUZZ_CHECK(keepsRule(money, rule), "an accepted amount breaks the sign rule",
                   describe(locale, currency, text, result));
        checkFormatsBack(money, currency, locale, rule);
    }

    // Any amount at all, from the input's next eight bytes, in any known currency.
    if (size >= 11 && Currency::isKnown(currency)) {
        qint64 minor = 0;
        std::memcpy(&minor, data + 3, sizeof minor);
        const Money money(minor, currency);
        checkFormatsBack(money, currency, locale, Money::SignRule::Any);
        // Overflow-checked arithmetic says so rather than wrapping.
        const std::optional<Money> doubled = money.checkedAdd(money);
        FUZZ_CHECK(!doubled || doubled->minorUnits() / 2 == minor, "checkedAdd wrapped",
                   QString::number(minor));
    }
    return 0;
}
