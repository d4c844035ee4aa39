#include "models/money.h"

#include <QTest>

#include <limits>

using paydesk::Currency;
using paydesk::Money;

Q_DECLARE_METATYPE(Money::SignRule)

namespace paydesk {
// Lets QCOMPARE print both sides when two amounts differ.
char *toString(const Money &money)
{
    return QTest::toString(money.toDecimalString() + QLatin1Char(' ') + money.currency());
}
} // namespace paydesk

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

const QString nbsp(QChar(0x00A0));

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void currencyTable_data();
    void currencyTable();
    void unknownCurrencies();
    void knownCodesAreSortedAndUnique();
    void constructorNormalizesCurrency();

    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void parseReadsWhatItFormats_data();
    void parseReadsWhatItFormats();
    void parseReadsDigitsBeyondTheBasicPlane();
    void parseReadsQtsMinimumGrouping();

    void toDecimalString_data();
    void toDecimalString();
    void toLocaleDecimalStringUsesLocaleSeparators();
    void toLocaleDecimalStringUsesLocaleDigits();
    void toStringMatchesQtWhereQtIsExact_data();
    void toStringMatchesQtWhereQtIsExact();
    void toStringIsExactForLargeAmounts();
    void toStringSpacesForeignCurrencyCodes();
    void toStringShowsUnknownCurrencyInMinorUnits();

    void checkedAdd();
    void checkedMultiply();
};

void TestMoney::currencyTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");

    QTest::newRow("USD") << "USD" << 2;
    QTest::newRow("EUR") << "EUR" << 2;
    QTest::newRow("JPY") << "JPY" << 0;
    QTest::newRow("KRW") << "KRW" << 0;
    QTest::newRow("ISK") << "ISK" << 0;
    QTest::newRow("KWD") << "KWD" << 3;
    QTest::newRow("BHD") << "BHD" << 3;
    QTest::newRow("JOD") << "JOD" << 3;
    QTest::newRow("OMR") << "OMR" << 3;
    QTest::newRow("TND") << "TND" << 3;
    QTest::newRow("CLF") << "CLF" << 4;
    QTest::newRow("UYW") << "UYW" << 4;
    QTest::newRow("lower case") << "usd" << 2;
    QTest::newRow("padded") << " jpy " << 0;
}

void TestMoney::currencyTable()
{
    QFETCH(QString, code);
    QFETCH(int, digits);

    QVERIFY(Currency::isKnown(code));
    QCOMPARE(Currency::minorDigits(code), std::optional<int>(digits));
}

void TestMoney::unknownCurrencies()
{
    for (const QString code : {"XYZ", "", "US", "USDD", "HRK", "XAU"}) {
        QVERIFY2(!Currency::isKnown(code), qPrintable(code));
        QCOMPARE(Currency::minorDigits(code), std::nullopt);
    }
}

void TestMoney::knownCodesAreSortedAndUnique()
{
    const QStringList codes = Currency::knownCodes();
    QVERIFY(codes.size() > 150);
    for (qsizetype i = 1; i < codes.size(); ++i)
        QVERIFY2(codes[i - 1] < codes[i], qPrintable(codes[i]));
    for (const QString &code : codes)
        QVERIFY2(Currency::isKnown(code), qPrintable(code));
}

void TestMoney::constructorNormalizesCurrency()
{
    const Money money(1234, QStringLiteral(" usd "));
    QCOMPARE(money.currency(), QStringLiteral("USD"));
    QCOMPARE(money.minorUnits(), qint64(1234));
    QVERIFY(money.isValid());
    QVERIFY(!Money().isValid());
    QCOMPARE(money, Money(1234, QStringLiteral("USD")));
}

void TestMoney::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<Money::SignRule>("rule");
    QTest::addColumn<qint64>("minor");

    const auto positive = Money::SignRule::Positive;
    QTest::newRow("cents") << "12.34"
                           << "USD"
                           << "en_US" << positive << qint64(1234);
    QTest::newRow("one decimal") << "0.1"
                                 << "USD"
                                 << "en_US" << positive << qint64(10);
    QTest::newRow("no integer part") << ".5"
                                     << "USD"
                                     << "en_US" << positive << qint64(50);
    QTest::newRow("trailing point") << "12."
                                    << "USD"
                                    << "en_US" << positive << qint64(1200);
    QTest::newRow("spaces around") << "  7 "
                                   << "USD"
                                   << "en_US" << positive << qint64(700);
    QTest::newRow("plus sign") << "+3"
                               << "USD"
                               << "en_US" << positive << qint64(300);
    QTest::newRow("lower-case code") << "1"
                                     << "usd"
                                     << "en_US" << positive << qint64(100);
    QTest::newRow("en grouping") << "1,234.50"
                                 << "USD"
                                 << "en_US" << positive << qint64(123450);
    QTest::newRow("en two groups") << "1,234,567"
                                   << "USD"
                                   << "en_US" << positive << qint64(123456700);
    QTest::newRow("de decimal comma") << "12,34"
                                      << "USD"
                                      << "de_DE" << positive << qint64(1234);
    QTest::newRow("de grouping") << "1.234,50"
                                 << "EUR"
                                 << "de_DE" << positive << qint64(123450);
    QTest::newRow("de no grouping") << "1234,5"
                                    << "EUR"
                                    << "de_DE" << positive << qint64(123450);
    QTest::newRow("fr dot as decimal") << "12.34"
                                       << "EUR"
                                       << "fr_FR" << positive << qint64(1234);
    QTest::newRow("fr typed space") << "1 234,50"
                                    << "EUR"
                                    << "fr_FR" << positive << qint64(123450);
    QTest::newRow("fr no-break space") << "1" + nbsp + "234,50"
                                       << "EUR"
                                       << "fr_FR" << positive << qint64(123450);
    QTest::newRow("ch ascii apostrophe") << "1'234.50"
                                         << "CHF"
                                         << "de_CH" << positive << qint64(123450);
    QTest::newRow("in lakh grouping") << "1,23,456.78"
                                      << "INR"
                                      << "en_IN" << positive << qint64(12345678);
    QTest::newRow("full-width digits") << "１２.５"
                                       << "USD"
                                       << "ja_JP" << positive << qint64(1250);
    QTest::newRow("yen") << "1000"
                         << "JPY"
                         << "ja_JP" << positive << qint64(1000);
    QTest::newRow("yen trailing zero") << "12.0"
                                       << "JPY"
                                       << "en_US" << positive << qint64(12);
    QTest::newRow("trailing zeros") << "12.340"
                                    << "USD"
                                    << "en_US" << positive << qint64(1234);
    QTest::newRow("three digits") << "1.234"
                                  << "KWD"
                                  << "en_US" << positive << qint64(1234);
    QTest::newRow("four digits") << "0.0001"
                                 << "CLF"
                                 << "en_US" << positive << qint64(1);
    QTest::newRow("zero fee") << "0"
                              << "USD"
                              << "en_US" << Money::SignRule::NonNegative << qint64(0);
    QTest::newRow("negative allowed") << "-5"
                                      << "USD"
                                      << "en_US" << Money::SignRule::Any << qint64(-500);
    QTest::newRow("unicode minus") << "−5"
                                   << "USD"
                                   << "en_US" << Money::SignRule::Any << qint64(-500);
    QTest::newRow("largest") << "92233720368547758.07"
                             << "USD"
                             << "en_US" << positive << Max;
    QTest::newRow("smallest") << "-92,233,720,368,547,758.08"
                              << "USD"
                              << "en_US" << Money::SignRule::Any << Min;
}

void TestMoney::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(Money::SignRule, rule);
    QFETCH(qint64, minor);

    const Money::ParseResult result = Money::parse(text, currency, QLocale(locale), rule);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.error, QString());
    QCOMPARE(*result.value, Money(minor, currency));
    QCOMPARE(result.value->currency(), currency.toUpper());
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<Money::SignRule>("rule");
    QTest::addColumn<QString>("error");

    const auto positive = Money::SignRule::Positive;
    const QString notANumberEn = "Enter the amount as a number, such as 1,234.56.";
    // The message shows the locale's own way of writing 1234.56 in that currency.
    const auto misplacedGroup = [](const char *example) {
        return QString::fromUtf8("The amount has a thousands separator in the wrong place; write "
                                 "it like %1.")
            .arg(QLatin1String(example));
    };
    const QString symbol = "Enter the amount without a currency symbol or code.";
    const QString exponent = "Write the amount out in full, without an exponent.";
    const QString tooLarge =
        "The amount is too large: the most Paydesk can hold in USD is 92,233,720,368,547,758.07.";

    QTest::newRow("empty") << ""
                           << "USD"
                           << "en_US" << positive << "Enter an amount.";
    QTest::newRow("blank") << "   "
                           << "USD"
                           << "en_US" << positive << "Enter an amount.";
    QTest::newRow("sub-cent") << "1.005"
                              << "USD"
                              << "en_US" << positive
                              << "USD amounts have at most 2 decimal places.";
    QTest::newRow("yen fraction") << "12.5"
                                  << "JPY"
                                  << "en_US" << positive << "JPY amounts have no decimal places.";
    QTest::newRow("dinar fils") << "1.2345"
                                << "KWD"
                                << "en_US" << positive
                                << "KWD amounts have at most 3 decimal places.";
    QTest::newRow("negative payment") << "-5"
                                      << "USD"
                                      << "en_US" << positive << "The amount cannot be negative.";
    QTest::newRow("negative fee") << "-0.01"
                                  << "USD"
                                  << "en_US" << Money::SignRule::NonNegative
                                  << "The amount cannot be negative.";
    QTest::newRow("zero payment") << "0"
                                  << "USD"
                                  << "en_US" << positive << "The amount must be more than zero.";
    QTest::newRow("zero with decimals")
        << "0.00"
        << "USD"
        << "en_US" << positive << "The amount must be more than zero.";
    QTest::newRow("exponent") << "1e5"
                              << "USD"
                              << "en_US" << positive << exponent;
    QTest::newRow("negative exponent") << "1E-2"
                                       << "USD"
                                       << "en_US" << positive << exponent;
    QTest::newRow("dollar sign") << "$12"
                                 << "USD"
                                 << "en_US" << positive << symbol;
    QTest::newRow("euro sign") << "5 €"
                               << "EUR"
                               << "de_DE" << positive << symbol;
    QTest::newRow("code after") << "12 USD"
                                << "USD"
                                << "en_US" << positive << symbol;
    QTest::newRow("code before") << "usd12"
                                 << "USD"
                                 << "en_US" << positive << symbol;
    QTest::newRow("locale symbol") << "12 kr"
                                   << "SEK"
                                   << "sv_SE" << positive << symbol;
    QTest::newRow("two points") << "1.2.3"
                                << "USD"
                                << "en_US" << positive
                                << "The amount has more than one decimal point.";
    QTest::newRow("two commas de")
        << "1.234,5,6"
        << "EUR"
        << "de_DE" << positive << "The amount has more than one decimal point.";
    QTest::newRow("comma as decimal en") << "12,34"
                                         << "USD"
                                         << "en_US" << positive << misplacedGroup("1,234.56");
    QTest::newRow("long group") << "1,2345"
                                << "USD"
                                << "en_US" << positive << misplacedGroup("1,234.56");
    QTest::newRow("leading group") << ",123"
                                   << "USD"
                                   << "en_US" << positive << misplacedGroup("1,234.56");
    QTest::newRow("double group") << "1,,234"
                                  << "USD"
                                  << "en_US" << positive << misplacedGroup("1,234.56");
    QTest::newRow("short last group") << "12,345,67"
                                      << "USD"
                                      << "en_US" << positive << misplacedGroup("1,234.56");
    QTest::newRow("group in fraction") << "1.234,5"
                                       << "USD"
                                       << "en_US" << positive << misplacedGroup("1,234.56");
    QTest::newRow("dot as decimal de") << "12.34"
                                       << "EUR"
                                       << "de_DE" << positive << misplacedGroup("1.234,56");
    QTest::newRow("western grouping in") << "123,456.78"
                                         << "INR"
                                         << "en_IN" << positive << misplacedGroup("1,234.56");
    QTest::newRow("letters") << "abc"
                             << "USD"
                             << "en_US" << positive << notANumberEn;
    QTest::newRow("trailing letters") << "12abc"
                                      << "USD"
                                      << "en_US" << positive << notANumberEn;
    QTest::newRow("point only") << "."
                                << "USD"
                                << "en_US" << positive << notANumberEn;
    QTest::newRow("sign only") << "-"
                               << "USD"
                               << "en_US" << Money::SignRule::Any << notANumberEn;
    QTest::newRow("two signs") << "+-5"
                               << "USD"
                               << "en_US" << Money::SignRule::Any << notANumberEn;
    QTest::newRow("sign after") << "12-"
                                << "USD"
                                << "en_US" << Money::SignRule::Any << notANumberEn;
    QTest::newRow("space in en") << "1 234"
                                 << "USD"
                                 << "en_US" << positive << notANumberEn;
    QTest::newRow("example per locale")
        << "zwölf"
        << "EUR"
        << "de_DE" << positive << "Enter the amount as a number, such as 1.234,56.";
    QTest::newRow("example per currency")
        << "many"
        << "JPY"
        << "en_US" << positive << "Enter the amount as a number, such as 123,456.";
    QTest::newRow("huge") << "99999999999999999999"
                          << "USD"
                          << "en_US" << positive << tooLarge;
    QTest::newRow("one past the largest") << "92233720368547758.08"
                                          << "USD"
                                          << "en_US" << positive << tooLarge;
    QTest::newRow("one past the smallest") << "-92233720368547758.09"
                                           << "USD"
                                           << "en_US" << Money::SignRule::Any << tooLarge;
    QTest::newRow("unknown currency")
        << "5"
        << "XYZ"
        << "en_US" << positive << "“XYZ” is not an ISO 4217 currency code.";
    QTest::newRow("short currency")
        << "5"
        << "US"
        << "en_US" << positive << "“US” is not an ISO 4217 currency code.";
    QTest::newRow("no currency") << "5"
                                 << ""
                                 << "en_US" << positive << "Choose a currency.";
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(Money::SignRule, rule);
    QFETCH(QString, error);

    const Money::ParseResult result = Money::parse(text, currency, QLocale(locale), rule);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
}

void TestMoney::parseReadsWhatItFormats_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<Money>("money");

    for (const QString locale : {"en_US", "de_DE", "fr_FR", "de_CH", "en_IN", "ar_EG", "C"}) {
        for (const Money &money :
             {Money(1, "USD"), Money(123456789, "USD"), Money(Max, "USD"), Money(Min, "USD"),
              Money(1000, "JPY"), Money(1234567, "KWD"), Money(-5, "EUR")}) {
            QTest::addRow("%s %s %lld", qPrintable(locale), qPrintable(money.currency()),
                          qlonglong(money.minorUnits()))
                << locale << money;
        }
    }
}

void TestMoney::parseReadsWhatItFormats()
{
    QFETCH(QString, locale);
    QFETCH(Money, money);

    // What the locale writes reads back in that locale; the plain decimal string (for files and
    // editors) reads back in the C locale.
    const QLocale qlocale(locale);
    const std::pair<QString, QLocale> cases[] = {
        {money.toLocaleDecimalString(qlocale), qlocale},
        {money.toDecimalString(), QLocale::c()},
    };
    for (const auto &[text, textLocale] : cases) {
        const Money::ParseResult result =
            Money::parse(text, money.currency(), textLocale, Money::SignRule::Any);
        QVERIFY2(result.ok(), qPrintable(text + QStringLiteral(": ") + result.error));
        QCOMPARE(*result.value, money);
    }
}

void TestMoney::parseReadsDigitsBeyondTheBasicPlane()
{
    // Found by fuzzing (fuzz_money): Qt writes numbers in Chakma digits for ccp_BD, each digit
    // two UTF-16 units, grouped the Indian way. The amount did not read back.
    const QLocale chakma("ccp_BD");
    const Money money(3111031496169635328, "ILS");
    const QString text = "𑄹𑄷,𑄷𑄷,𑄶𑄹,𑄷𑄺,𑄿𑄼,𑄷𑄼,𑄿𑄼,𑄹𑄻𑄹.𑄸𑄾";
    QCOMPARE(money.toLocaleDecimalString(chakma), text);
    const Money::ParseResult result = Money::parse(text, u"ILS", chakma, Money::SignRule::Any);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(*result.value, money);

    // The grouping is still checked, digit by digit rather than unit by unit.
    const Money::ParseResult misplaced =
        Money::parse(u"𑄷𑄸𑄹,𑄺𑄻𑄼", u"ILS", chakma, Money::SignRule::Any);
    QVERIFY(!misplaced.ok());
}

void TestMoney::parseReadsQtsMinimumGrouping()
{
    // Found by fuzzing (fuzz_money): where CLDR wants two digits before the first separator
    // (Spanish, Polish), Qt 6.4 writes 3300639752898 as "3300.639.752.898". The amount did not
    // read back: its leftmost group was taken for a misplaced separator.
    const QLocale spanish("es_ES");
    const Money money(330063975289856, "AFN");
    const QString text = money.toLocaleDecimalString(spanish);
    const Money::ParseResult result = Money::parse(text, u"AFN", spanish, Money::SignRule::Any);
    QVERIFY2(result.ok(), qPrintable(text + QStringLiteral(": ") + result.error));
    QCOMPARE(*result.value, money);
    for (const char *typed : {"3300.639.752.898,56", "3.300.639.752.898,56"}) {
        const Money::ParseResult read = Money::parse(QString::fromUtf8(typed), u"AFN", spanish);
        QVERIFY2(read.ok(), typed);
        QCOMPARE(*read.value, money);
    }
    const Money polish(123456700, "PLN");
    QCOMPARE(Money::parse(polish.toLocaleDecimalString(QLocale("pl_PL")), u"PLN", QLocale("pl_PL"))
                 .value,
             polish);

    // A leftmost group longer than that is still a misplaced separator.
    QVERIFY(!Money::parse(u"33006.397.528,00", u"EUR", spanish).ok());
    QVERIFY(!Money::parse(u"1234,567.00", u"USD", QLocale("en_US")).ok());
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<Money>("money");
    QTest::addColumn<QString>("text");

    QTest::newRow("cents") << Money(123450, "USD") << "1234.50";
    QTest::newRow("under one") << Money(5, "USD") << "0.05";
    QTest::newRow("negative") << Money(-5, "USD") << "-0.05";
    QTest::newRow("yen") << Money(1000, "JPY") << "1000";
    QTest::newRow("fils") << Money(5, "KWD") << "0.005";
    QTest::newRow("unidad de fomento") << Money(12345, "CLF") << "1.2345";
    QTest::newRow("largest") << Money(Max, "USD") << "92233720368547758.07";
    QTest::newRow("smallest") << Money(Min, "USD") << "-92233720368547758.08";
}

void TestMoney::toDecimalString()
{
    QFETCH(Money, money);
    QFETCH(QString, text);

    QCOMPARE(money.toDecimalString(), text);
}

void TestMoney::toLocaleDecimalStringUsesLocaleSeparators()
{
    QCOMPARE(Money(123456789, "EUR").toLocaleDecimalString(QLocale("de_DE")),
             QStringLiteral("1.234.567,89"));
    QCOMPARE(Money(123456789, "USD").toLocaleDecimalString(QLocale("en_US")),
             QStringLiteral("1,234,567.89"));
    const QLocale french("fr_FR");
    QCOMPARE(Money(-123456, "EUR").toLocaleDecimalString(french),
             french.negativeSign() + "1" + french.groupSeparator() + "234" + french.decimalPoint() +
                 "56");
    QCOMPARE(Money(1234567, "JPY").toLocaleDecimalString(QLocale("ja_JP")),
             QStringLiteral("1,234,567"));
    QCOMPARE(Money(12345678, "INR").toLocaleDecimalString(QLocale("en_IN")),
             QStringLiteral("1,23,456.78"));
}

void TestMoney::toLocaleDecimalStringUsesLocaleDigits()
{
    const QLocale arabic("ar_EG");
    const QString text = Money(1205, "EGP").toLocaleDecimalString(arabic);
    // The fraction keeps its leading zero in the locale's own zero digit.
    QCOMPARE(text,
             arabic.toString(12) + arabic.decimalPoint() + arabic.zeroDigit() + arabic.toString(5));
}

void TestMoney::toStringMatchesQtWhereQtIsExact_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");

    for (const QString locale : {"en_US", "de_DE", "fr_FR", "ja_JP", "nl_NL", "de_CH", "en_GB",
                                 "pt_BR", "sv_SE", "ar_EG", "en_IN"}) {
        for (const qint64 minor : {qint64(1), qint64(1234), qint64(123456789), qint64(-123456)})
            QTest::addRow("%s %lld", qPrintable(locale), qlonglong(minor)) << locale << minor;
    }
}

void TestMoney::toStringMatchesQtWhereQtIsExact()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);

    // In the locale's own currency and for amounts a double holds exactly after rounding, Qt's
    // own currency formatting is the reference.
    const QLocale qlocale(locale);
    const QString code = qlocale.currencySymbol(QLocale::CurrencyIsoCode);
    const int digits = *Currency::minorDigits(code);
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const QString expected = qlocale.toCurrencyString(double(minor) / scale, QString(), digits);
    QCOMPARE(Money(minor, code).toString(qlocale), expected);
}

void TestMoney::toStringIsExactForLargeAmounts()
{
    const QLocale english("en_US");
    QCOMPARE(Money(Max, "USD").toString(english), QStringLiteral("$92,233,720,368,547,758.07"));
    // A double cannot hold these digits; the pattern around them is Qt's for -1.00.
    const QString negativePattern = english.toCurrencyString(-1.0, QString(), 2);
    QCOMPARE(Money(Min, "USD").toString(english),
             QString(negativePattern).replace("1.00", "92,233,720,368,547,758.08"));
    QCOMPARE(Money(Max - 1, "USD").toString(english), QStringLiteral("$92,233,720,368,547,758.06"));
}

void TestMoney::toStringSpacesForeignCurrencyCodes()
{
    QCOMPARE(Money(123456, "EUR").toString(QLocale("en_US")), "EUR" + nbsp + "1,234.56");
    QCOMPARE(Money(1000, "JPY").toString(QLocale("en_US")), "JPY" + nbsp + "1,000");
    QCOMPARE(Money(5, "KWD").toString(QLocale::c()), "0.005" + nbsp + "KWD");
    const QString german = Money(123456, "USD").toString(QLocale("de_DE"));
    QVERIFY2(german.startsWith("1.234,56") && german.endsWith("USD"), qPrintable(german));
}

void TestMoney::toStringShowsUnknownCurrencyInMinorUnits()
{
    QCOMPARE(Money(1234, "XYZ").toString(QLocale("en_US")), "XYZ" + nbsp + "1,234");
    QCOMPARE(Money(1234, "XYZ").toDecimalString(), QStringLiteral("1234"));
}

void TestMoney::checkedAdd()
{
    QCOMPARE(Money(150, "USD").checkedAdd(Money(250, "USD")), Money(400, "USD"));
    QCOMPARE(Money(Max, "USD").checkedAdd(Money(0, "USD")), Money(Max, "USD"));
    QCOMPARE(Money(Max, "USD").checkedAdd(Money(1, "USD")), std::nullopt);
    QCOMPARE(Money(Min, "USD").checkedAdd(Money(-1, "USD")), std::nullopt);
    QCOMPARE(Money(1, "USD").checkedAdd(Money(1, "EUR")), std::nullopt);
}

void TestMoney::checkedMultiply()
{
    QCOMPARE(Money(250, "USD").checkedMultiply(3), Money(750, "USD"));
    QCOMPARE(Money(-250, "USD").checkedMultiply(-2), Money(500, "USD"));
    QCOMPARE(Money(Max / 2 + 1, "USD").checkedMultiply(2), std::nullopt);
    QCOMPARE(Money(Min, "USD").checkedMultiply(-1), std::nullopt);
    QCOMPARE(Money(1, "JPY").checkedMultiply(Max), Money(Max, "JPY"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
