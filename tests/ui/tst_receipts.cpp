// Receipts: the PDF a shop hands over, read back with pdftotext (poppler-utils) the way a person
// reads it: the merchant, the amount in the locale's format, the reference and the date; a
// refund's own receipt; a refunded payment's receipt with what went back. Then where receipts are
// offered (the payments list, the take-payment and refund dialogs) and where they are not, the
// paper a receipt is printed on, and the merchant's details in the profiles dialog.
// With PAYDESK_RECEIPT_DIR set, the PDFs are kept there for people to look at.
#include "dialog_fixture.h"
#include "network/credential_store.h"
#include "ui/dialogs/profiles_dialog.h"
#include "ui/dialogs/refund_dialog.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/payment_intents_page.h"
#include "ui/receipt.h"
#include "ui/receipt_actions.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/payment_method_picker.h"
#include "ui/widgets/payment_result_view.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

// Text as a person reads it: the ligatures the PDF's font draws ("ﬁ") as their letters, and the
// no-break spaces of money and times as plain ones.
QString plainSpaces(const QString &text)
{
    QString plain = text.normalized(QString::NormalizationForm_KC);
    plain.replace(QChar(0x00A0), QLatin1Char(' '));
    plain.replace(QChar(0x202F), QLatin1Char(' '));
    return plain;
}

// What a person reads in the PDF, line by line as laid out.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        qWarning("pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
        return {};
    }
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                         path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("pdftotext failed on %s: %s", qPrintable(path),
                 process.readAllStandardError().constData());
        return {};
    }
    return plainSpaces(QString::fromUtf8(process.readAllStandardOutput()));
}

// The PDF's page size in points and its page count, as pdfinfo reports them.
struct PdfPages
{
    QSizeF size;
    int count = 0;
};

PdfPages pdfPages(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (tool.isEmpty()) {
        qWarning("pdfinfo is missing: install poppler-utils (packaging/install-deps.sh)");
        return {};
    }
    QProcess process;
    process.start(tool, {path});
    if (!process.waitForFinished(60000))
        return {};
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    PdfPages pages;
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    static const QRegularExpression count(QStringLiteral("Pages:\\s+(\\d+)"));
    if (const auto m = size.match(info); m.hasMatch())
        pages.size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    if (const auto m = count.match(info); m.hasMatch())
        pages.count = m.captured(1).toInt();
    return pages;
}

MerchantDetails cornerCafe()
{
    MerchantDetails merchant;
    merchant.name = QStringLiteral("Corner Café");
    merchant.address = QStringLiteral("12 Market Street\nSpringfield, IL 62701");
    merchant.phone = QStringLiteral("+1 217 555 0100");
    merchant.taxNumber = QStringLiteral("TAX-991-204");
    merchant.footer = QStringLiteral("Thank you for your visit!\nReturns within 30 days.");
    return merchant;
}

// A succeeded payment as a provider reports it, made at a fixed time.
PaymentIntent paidIntent(const QString &currency)
{
    PaymentIntent intent;
    intent.id = QStringLiteral("accounts/acct_1/payment-intents/pi_3Rc42");
    intent.amount = Money(4250, currency);
    intent.status = IntentStatus::fromKnown(IntentStatus::Succeeded);
    intent.description = QStringLiteral("Two coffees and a cake");
    intent.created = QDateTime(QDate(2024, 3, 5), QTime(14, 3));
    intent.paymentMethodId = QStringLiteral("pm_1");
    return intent;
}

// Digits a card number is made of: 13 or more in a row, spaces and dashes between them allowed.
bool holdsCardNumber(const QString &text)
{
    static const QRegularExpression run(QStringLiteral("\\d(?:[ -]?\\d){12,}"));
    return run.match(text).hasMatch();
}

} // namespace

class TestReceipts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    QString m_keep;

    // A fresh path for a PDF; kept under PAYDESK_RECEIPT_DIR when that is set.
    QString pdfPath(const QString &name) const
    {
        const QString file = name + QStringLiteral(".pdf");
        return m_keep.isEmpty() ? m_files.filePath(file) : QDir(m_keep).filePath(file);
    }

    QString savedText(const ReceiptData &receipt, const QString &name, const QLocale &locale,
                      ReceiptPaper paper = ReceiptPaper::Page)
    {
        const QString path = pdfPath(name);
        QFile::remove(path);
        QString error;
        if (!Receipt::savePdf(receipt, path, locale, paper, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return pdfText(path);
    }

    // Saves through the save dialog `trigger` opens, as a person does: a file name and a paper.
    QString saveThroughDialog(QWidget *parent, const std::function<void()> &trigger,
                              const QString &name, ReceiptPaper paper)
    {
        trigger();
        QFileDialog *files = nullptr;
        [&] {
            QTRY_VERIFY((files = parent->findChild<QFileDialog *>(
                             QStringLiteral("receiptSaveDialog"))) != nullptr &&
                        files->isVisible());
        }();
        if (!files)
            return {};
        const QStringList filters = files->nameFilters();
        if (filters.size() != 2) {
            qWarning("expected two paper choices, got %lld", qlonglong(filters.size()));
            return {};
        }
        files->selectNameFilter(filters.at(paper == ReceiptPaper::Roll80 ? 1 : 0));
        const QString path = pdfPath(name);
        QFile::remove(path);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog hides it: what Save does
        [&] { QTRY_VERIFY(QFile::exists(path)); }();
        return QFile::exists(path) ? path : QString();
    }

    // A payment made straight through the provider with `draft`, as the server holds it once it
    // settled.
    std::optional<PaymentIntent> pay(ConsoleFixture &f, const PaymentIntentDraft &draft)
    {
        Capture<CreateOutcome<PaymentIntent>> created;
        f.provider()->createPaymentIntent(draft, &f.callbacks, created.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(created.value.has_value(), 10000); }();
        if (!created.value || !created.value->object)
            return std::nullopt;
        f.server->advanceClock(60);
        Capture<Result<PaymentIntent>> read;
        f.provider()->getPaymentIntent(created.value->object->id, &f.callbacks, read.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(read.value.has_value(), 10000); }();
        if (!read.value || !read.value->ok())
            return std::nullopt;
        return read.value->value();
    }

    // The profile of `f`'s session saved with the merchant's details, as the profiles dialog
    // saves it.
    void saveMerchant(const ConsoleFixture &f, const MerchantDetails &merchant)
    {
        QSettings settings;
        ProfileStore store(settings);
        Profile profile = f.profile();
        profile.merchant = merchant;
        store.save(profile);
    }

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_keep = qEnvironmentVariable("PAYDESK_RECEIPT_DIR");
        if (!m_keep.isEmpty())
            QDir().mkpath(m_keep);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
    }

    void paymentReceiptReadsInTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("itemPrice");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "USD"
                               << "$42.50"
                               << "$17.00"
                               << "3/5/2024"
                               << "2:03 PM";
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << "EUR"
                               << "42,50 €"
                               << "17,00 €"
                               << "05.03.2024"
                               << "14:03";
    }

    void paymentReceiptReadsInTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, currency);
        QFETCH(QString, amount);
        QFETCH(QString, itemPrice);
        QFETCH(QString, date);
        QFETCH(QString, time);
        const PaymentIntent intent = paidIntent(currency);
        const QList<LineItem> items{
            {QStringLiteral("Flat white"), QString(), Money(850, currency), 2, {}, {}, {}},
            {QStringLiteral("Lemon cake"),
             QStringLiteral("Gluten free"),
             Money(850, currency),
             1,
             {},
             {},
             {}},
        };
        const ReceiptData receipt =
            paymentReceipt(intent, cornerCafe(), QStringLiteral("visa •••• 4242"), items);
        const QString text =
            savedText(receipt, QStringLiteral("receipt-page-%1").arg(locale.name()), locale);
        QVERIFY(!text.isEmpty());
        // The merchant, as the profile names them.
        QVERIFY2(text.contains(QStringLiteral("Corner Café")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("12 Market Street")));
        QVERIFY(text.contains(QLatin1String("Springfield, IL 62701")));
        QVERIFY(text.contains(QLatin1String("+1 217 555 0100")));
        QVERIFY(text.contains(QLatin1String("TAX-991-204")));
        QVERIFY(text.contains(QLatin1String("Thank you for your visit!")));
        QVERIFY(text.contains(QLatin1String("Returns within 30 days.")));
        // The amount as the locale writes money, on the total's line.
        QVERIFY2(
            QRegularExpression(QStringLiteral("Total\\s+") + QRegularExpression::escape(amount))
                .match(text)
                .hasMatch(),
            qPrintable(text));
        // The items, their prices in the same format.
        QVERIFY(text.contains(QLatin1String("Flat white")));
        QVERIFY(text.contains(QLatin1String("Gluten free")));
        QVERIFY2(text.contains(itemPrice), qPrintable(text));
        // The reference a person reads back to support: the payment's own id.
        QVERIFY(text.contains(QLatin1String("pi_3Rc42")));
        // The date and time the locale's way, with the whole year.
        QVERIFY2(text.contains(date), qPrintable(text));
        QVERIFY2(text.contains(time), qPrintable(text));
        // The card by brand and last four only.
        QVERIFY(text.contains(QStringLiteral("visa •••• 4242")));
        QVERIFY(!holdsCardNumber(text));
        QVERIFY(text.contains(QLatin1String("Two coffees and a cake")));
        // Nothing was refunded: no refund lines.
        QVERIFY(!text.contains(QLatin1String("Refunded")));
        QVERIFY(!text.contains(QLatin1String("Net")));
    }

    void refundedPaymentShowsWhatWentBack()
    {
        PaymentIntent intent = paidIntent(QStringLiteral("USD"));
        intent.amountRefunded = 1000;
        const QString text =
            savedText(paymentReceipt(intent, cornerCafe()), QStringLiteral("receipt-refunded"),
                      QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(QRegularExpression(QStringLiteral("Total\\s+\\$42\\.50")).match(text).hasMatch(),
                 qPrintable(text));
        QVERIFY2(
            QRegularExpression(QStringLiteral("Refunded\\s+\\$10\\.00")).match(text).hasMatch(),
            qPrintable(text));
        QVERIFY2(QRegularExpression(QStringLiteral("Net\\s+\\$32\\.50")).match(text).hasMatch(),
                 qPrintable(text));
    }

    void refundHasItsOwnReceipt()
    {
        const PaymentIntent intent = paidIntent(QStringLiteral("USD"));
        Refund refund;
        refund.id = QStringLiteral("re_9Xy");
        refund.paymentIntentId = intent.id;
        refund.amount = Money(1000, QStringLiteral("USD"));
        refund.reason = QStringLiteral("requested_by_customer");
        refund.created = QDateTime(QDate(2024, 3, 9), QTime(9, 41));
        const ReceiptData receipt =
            refundReceipt(refund, intent, cornerCafe(), QStringLiteral("visa •••• 4242"),
                          RefundDialog::reasonText(refund.reason));
        QCOMPARE(Receipt::suggestedFileName(receipt), QStringLiteral("refund-receipt-re_9Xy.pdf"));
        const QString text = savedText(receipt, QStringLiteral("refund-receipt"),
                                       QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(text.contains(QLatin1String("Refund receipt")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Corner Café")));
        // What went back, when, why, and to which card.
        QVERIFY2(
            QRegularExpression(QStringLiteral("Refunded\\s+\\$10\\.00")).match(text).hasMatch(),
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String("3/9/2024")));
        QVERIFY(text.contains(QLatin1String("9:41 AM")));
        QVERIFY(text.contains(QLatin1String("Requested by the customer")));
        QVERIFY(text.contains(QLatin1String("re_9Xy")));
        QVERIFY(text.contains(QStringLiteral("visa •••• 4242")));
        // The payment it gave back: its reference, date and amount.
        QVERIFY(text.contains(QLatin1String("pi_3Rc42")));
        QVERIFY(text.contains(QLatin1String("3/5/2024")));
        QVERIFY(QRegularExpression(QStringLiteral("Payment amount\\s+\\$42\\.50"))
                    .match(text)
                    .hasMatch());
        // A refund receipt is not a payment's: no total charged.
        QVERIFY(!text.contains(QLatin1String("Total")));
    }

    void paperFollowsTheLocaleAndTheRoll_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QSizeF>("sheet"); // points
        QTest::newRow("en_US: Letter")
            << QLocale(QLocale::English, QLocale::UnitedStates) << QSizeF(612, 792);
        QTest::newRow("en_CA: Letter")
            << QLocale(QLocale::English, QLocale::Canada) << QSizeF(612, 792);
        QTest::newRow("de_DE: A4")
            << QLocale(QLocale::German, QLocale::Germany) << QSizeF(595, 842);
        QTest::newRow("en_GB: A4")
            << QLocale(QLocale::English, QLocale::UnitedKingdom) << QSizeF(595, 842);
    }

    void paperFollowsTheLocaleAndTheRoll()
    {
        QFETCH(QLocale, locale);
        QFETCH(QSizeF, sheet);
        const ReceiptData receipt = paymentReceipt(paidIntent(QStringLiteral("USD")), cornerCafe(),
                                                   QStringLiteral("visa •••• 4242"));
        const QString page = pdfPath(QStringLiteral("paper-page-%1").arg(locale.name()));
        QVERIFY(Receipt::savePdf(receipt, page, locale, ReceiptPaper::Page));
        const PdfPages pages = pdfPages(page);
        QCOMPARE(pages.count, 1);
        QVERIFY2(
            qAbs(pages.size.width() - sheet.width()) < 1.5 &&
                qAbs(pages.size.height() - sheet.height()) < 1.5,
            qPrintable(QStringLiteral("%1 x %2").arg(pages.size.width()).arg(pages.size.height())));

        // The roll: 80 mm wide (226.8 pt), one page as long as the receipt, much shorter than a
        // sheet for a receipt this short.
        const QString roll = pdfPath(QStringLiteral("paper-roll-%1").arg(locale.name()));
        QVERIFY(Receipt::savePdf(receipt, roll, locale, ReceiptPaper::Roll80));
        const PdfPages strip = pdfPages(roll);
        QCOMPARE(strip.count, 1);
        QVERIFY2(qAbs(strip.size.width() - 80 / 25.4 * 72) < 1.5,
                 qPrintable(QString::number(strip.size.width())));
        QVERIFY2(strip.size.height() < sheet.height() / 2,
                 qPrintable(QString::number(strip.size.height())));
        // All of it is there on the narrow page.
        const QString text = pdfText(roll);
        for (const char *part :
             {"Corner Café", "TAX-991-204", "pi_3Rc42", "4242", "Returns within 30 days."})
            QVERIFY2(text.contains(QString::fromUtf8(part)), part);
    }

    void aLongReceiptGoesOnToMorePagesOrALongerRoll()
    {
        PaymentIntent intent = paidIntent(QStringLiteral("USD"));
        QList<LineItem> items;
        for (int i = 1; i <= 80; ++i)
            items.append({QStringLiteral("Item number %1").arg(i),
                          QString(),
                          Money(100, QStringLiteral("USD")),
                          1,
                          {},
                          {},
                          {}});
        const ReceiptData receipt = paymentReceipt(intent, cornerCafe(), {}, items);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QString page = pdfPath(QStringLiteral("long-page"));
        QVERIFY(Receipt::savePdf(receipt, page, us, ReceiptPaper::Page));
        QVERIFY(pdfPages(page).count >= 2);
        const QString text = pdfText(page);
        QVERIFY(text.contains(QLatin1String("Item number 1 ")));
        QVERIFY(text.contains(QLatin1String("Item number 80")));
        QVERIFY(text.contains(QLatin1String("Returns within 30 days.")));
        const QString roll = pdfPath(QStringLiteral("long-roll"));
        QVERIFY(Receipt::savePdf(receipt, roll, us, ReceiptPaper::Roll80));
        const PdfPages strip = pdfPages(roll);
        QCOMPARE(strip.count, 1);
        QVERIFY(strip.size.height() > 792);
        QVERIFY(pdfText(roll).contains(QLatin1String("Item number 80")));
    }

    void merchantTextIsPrintedNotInterpreted()
    {
        MerchantDetails merchant;
        merchant.name = QStringLiteral("<b>Bits & Bytes</b> 100%1");
        merchant.footer = QStringLiteral("<img src=\"x\"> & thanks");
        const ReceiptData receipt = paymentReceipt(paidIntent(QStringLiteral("USD")), merchant);
        const QString text = savedText(receipt, QStringLiteral("receipt-markup"),
                                       QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(text.contains(QLatin1String("<b>Bits & Bytes</b> 100%1")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("<img src=\"x\"> & thanks")));
    }

    void aGermanReceiptSpeaksGerman()
    {
        // The catalogue the build made, as a German desktop loads it.
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("paydesk"),
                            QStringLiteral("_"), QStringLiteral(PAYDESK_QM_DIR)));
        QCoreApplication::installTranslator(&german);
        const QLocale locale(QLocale::German, QLocale::Germany);
        PaymentIntent intent = paidIntent(QStringLiteral("EUR"));
        intent.amountRefunded = 1000;
        const QList<LineItem> items{
            {QStringLiteral("Flat white"),
             QString(),
             Money(850, QStringLiteral("EUR")),
             2,
             {},
             {},
             {}},
            {QStringLiteral("Lemon cake"),
             QString(),
             Money(2550, QStringLiteral("EUR")),
             1,
             {},
             {},
             {}},
        };
        const ReceiptData receipt =
            paymentReceipt(intent, cornerCafe(), QStringLiteral("visa •••• 4242"), items);
        for (const ReceiptPaper paper : {ReceiptPaper::Page, ReceiptPaper::Roll80}) {
            const QString text =
                savedText(receipt,
                          paper == ReceiptPaper::Page ? QStringLiteral("receipt-de-page")
                                                      : QStringLiteral("receipt-de-roll"),
                          locale, paper);
            QVERIFY2(text.contains(QStringLiteral("Beleg")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Steuernummer: TAX-991-204")));
            QVERIFY(text.contains(QStringLiteral("Bezahlt mit")));
            QVERIFY(text.contains(QStringLiteral("05.03.2024 14:03")));
            QVERIFY2(QRegularExpression(QStringLiteral("Summe\\s+42,50 €")).match(text).hasMatch(),
                     qPrintable(text));
            QVERIFY(
                QRegularExpression(QStringLiteral("Erstattet\\s+10,00 €")).match(text).hasMatch());
            QVERIFY(QRegularExpression(QStringLiteral("Nach Erstattung\\s+32,50 €"))
                        .match(text)
                        .hasMatch());
            QVERIFY(text.contains(QStringLiteral("je 8,50 €")));
            QVERIFY(!text.contains(QStringLiteral("Total")));
        }
        QCoreApplication::removeTranslator(&german);
    }

    void savingWhereNothingCanBeWrittenSaysWhy()
    {
        const ReceiptData receipt = paymentReceipt(paidIntent(QStringLiteral("USD")), {});
        const QString path = m_files.filePath(QStringLiteral("no-such-folder/receipt.pdf"));
        QString error;
        QVERIFY(!Receipt::savePdf(receipt, path, QLocale(), ReceiptPaper::Page, &error));
        QVERIFY2(error.contains(QLatin1String("receipt.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void onlyASucceededPaymentHasAReceipt()
    {
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        const auto paid = f.succeededPayment(ada->id, 4250);
        QVERIFY(paid);
        QCOMPARE(paid->status.known(), IntentStatus::Succeeded);
        PaymentIntentDraft waitingDraft;
        waitingDraft.amount = Money(1999, QStringLiteral("USD"));
        waitingDraft.customerId = ada->id;
        waitingDraft.confirm = false;
        const auto waiting = pay(f, waitingDraft);
        QVERIFY(waiting);
        QVERIFY(waiting->status.known() != IntentStatus::Succeeded);
        f.session->adopt(*paid);
        f.session->adopt(*waiting);
        f.session->adopt(f.paymentMethods(ada->id));
        saveMerchant(f, cornerCafe());

        PaymentIntentsPage page;
        page.setSession(f.session.get());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAction *print = page.findChild<QAction *>(QStringLiteral("printReceiptAction"));
        QAction *save = page.findChild<QAction *>(QStringLiteral("saveReceiptAction"));
        QVERIFY(print && save);
        // Both are row actions: the detail pane's buttons and the table's context menu.
        QVERIFY(page.rowActions().contains(print));
        QVERIFY(page.rowActions().contains(save));

        QVERIFY(page.selectId(waiting->id));
        QVERIFY(!print->isEnabled());
        QVERIFY(!save->isEnabled());
        QVERIFY2(print->toolTip().contains(QLatin1String("Only a succeeded payment")),
                 qPrintable(print->toolTip()));
        QVERIFY(save->toolTip().contains(waiting->status.displayName()));
        // Triggered anyway (a shortcut, a script): nothing opens.
        save->trigger();
        QCoreApplication::processEvents();
        QVERIFY(!page.findChild<QFileDialog *>());

        QVERIFY(page.selectId(paid->id));
        QVERIFY(print->isEnabled());
        QVERIFY(save->isEnabled());
        QSignalSpy notices(&page, &ResourcePage::notice);
        const QString path = saveThroughDialog(
            &page, [save] { save->trigger(); }, QStringLiteral("page-receipt"), ReceiptPaper::Page);
        QVERIFY(!path.isEmpty());
        QTRY_COMPARE(notices.count(), 1);
        QVERIFY(notices.at(0).at(0).toString().contains(QFileInfo(path).fileName()));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Corner Café")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("$42.50")));
        QVERIFY(text.contains(shortId(paid->id)));
        QVERIFY(text.contains(Receipt::timeText(paid->created, QLocale())));
        // The card as the list learnt it, by its last four digits.
        const auto card = f.card(ada->id, true);
        QVERIFY(card && !card->last4.isEmpty());
        QVERIFY2(text.contains(card->displayName()), qPrintable(text));

        // Nothing secret reaches the paper: not the key, not the client id, not a card number.
        QVERIFY(!text.contains(f.server->options().apiKey));
        QVERIFY(!text.contains(f.server->options().clientId));
        QVERIFY(!holdsCardNumber(text));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains(f.server->options().apiKey.toUtf8()));
        QVERIFY(!bytes.contains(f.server->options().clientId.toUtf8()));
    }

    void printPreviewOffersThePaperAndRemembersIt()
    {
        ConsoleFixture f;
        const QString key = receipts::paperKey(f.session.get());
        QVERIFY(key.contains(f.profile().name));
        QSettings().remove(key);
        QCOMPARE(receipts::rememberedPaper(key), ReceiptPaper::Page);
        QWidget parent;
        parent.show();
        const ReceiptData receipt = paymentReceipt(paidIntent(QStringLiteral("USD")), cornerCafe(),
                                                   QStringLiteral("visa •••• 4242"));
        QPointer<ReceiptPreviewDialog> dialog = receipts::print(&parent, receipt, key);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        QTRY_COMPARE(preview->pageCount(), 1);
        // A full page of the locale's size to begin with.
        QCOMPARE(dialog->paper(), ReceiptPaper::Page);
        QCOMPARE(dialog->printer()->pageLayout().pageSize().id(), QPageSize::Letter);
        QComboBox *paper = child<QComboBox>(dialog, "receiptPaperCombo");
        QVERIFY(paper && paper->isVisible());
        QVERIFY(!paper->accessibleName().isEmpty());

        // The roll: a narrow page, remembered for this profile.
        paper->setCurrentIndex(paper->findData(int(ReceiptPaper::Roll80)));
        QCOMPARE(dialog->paper(), ReceiptPaper::Roll80);
        QTRY_COMPARE(preview->pageCount(), 1);
        const QSizeF size = dialog->printer()->pageLayout().pageSize().size(QPageSize::Millimeter);
        QVERIFY2(qAbs(size.width() - 80) < 0.5, qPrintable(QString::number(size.width())));
        // As long as the receipt: shorter than any sheet.
        QVERIFY(size.height() >= 50 && size.height() < 200);
        QCOMPARE(receipts::rememberedPaper(key), ReceiptPaper::Roll80);
        // Another profile keeps its own choice.
        QCOMPARE(receipts::rememberedPaper(QStringLiteral("receipts/paper/Another shop")),
                 ReceiptPaper::Page);
        dialog->close();
        QTRY_VERIFY(!dialog);

        // The next preview opens on the roll.
        dialog = receipts::print(&parent, receipt, key);
        QCOMPARE(dialog->paper(), ReceiptPaper::Roll80);
        dialog->setPaper(ReceiptPaper::Page);
        QCOMPARE(receipts::rememberedPaper(key), ReceiptPaper::Page);
        dialog->close();
    }

    void takePaymentOffersTheReceiptOnceItSucceeded()
    {
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        QVERIFY(f.loadCustomers());
        saveMerchant(f, cornerCafe());
        const auto charge = [&](TakePaymentDialog &dialog, bool succeeding) {
            dialog.setCustomer(ada->id);
            auto *methods = child<PaymentMethodPicker>(&dialog, "paymentMethodPicker");
            QTRY_COMPARE(methods->state(), PaymentMethodPicker::State::Ready);
            const auto card = f.card(ada->id, succeeding);
            QVERIFY(card);
            methods->comboBox()->setCurrentIndex(methods->comboBox()->findData(card->id));
            typeInto(child<MoneyEdit>(&dialog, "amountEdit"), QStringLiteral("12.34"));
            typeInto(child<QLineEdit>(&dialog, "descriptionEdit"), QStringLiteral("Two books"));
            click(child<QPushButton>(&dialog, "submitButton"));
        };

        TakePaymentDialog declined(f.session.get());
        declined.show();
        charge(declined, false);
        QTRY_COMPARE(child<PaymentResultView>(&declined, "paymentResult")->outcome(),
                     PaymentResultView::Outcome::Declined);
        QVERIFY(!child<QPushButton>(&declined, "printReceiptButton")->isVisible());
        QVERIFY(!child<QPushButton>(&declined, "saveReceiptButton")->isVisible());

        TakePaymentDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        charge(dialog, true);
        auto *print = child<QPushButton>(&dialog, "printReceiptButton");
        auto *save = child<QPushButton>(&dialog, "saveReceiptButton");
        // While the payment processes there is nothing to hand over yet.
        QTRY_VERIFY(dialog.isShowingResult());
        if (child<PaymentResultView>(&dialog, "paymentResult")->outcome() !=
            PaymentResultView::Outcome::Succeeded)
            QVERIFY(!save->isVisible());
        QTRY_COMPARE(child<PaymentResultView>(&dialog, "paymentResult")->outcome(),
                     PaymentResultView::Outcome::Succeeded);
        QVERIFY(print->isVisible());
        QVERIFY(save->isVisible());

        const QString path = saveThroughDialog(
            &dialog, [save] { click(save); }, QStringLiteral("take-payment-roll"),
            ReceiptPaper::Roll80);
        QVERIFY(!path.isEmpty());
        QTRY_VERIFY(dialog.banner()->text().contains(QFileInfo(path).fileName()));
        QCOMPARE(receipts::rememberedPaper(receipts::paperKey(f.session.get())),
                 ReceiptPaper::Roll80);
        const PdfPages strip = pdfPages(path);
        QVERIFY2(qAbs(strip.size.width() - 80 / 25.4 * 72) < 1.5,
                 qPrintable(QString::number(strip.size.width())));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("$12.34")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Corner Café")));
        QVERIFY(text.contains(QLatin1String("Two books")));
        QVERIFY(text.contains(shortId(dialog.createdIntent().id)));
        const auto card = f.card(ada->id, true);
        QVERIFY(text.contains(card->displayName()));

        // Print: the preview, over the dialog.
        click(print);
        ReceiptPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = dialog.findChild<ReceiptPreviewDialog *>()) != nullptr &&
                    preview->isVisible());
        QCOMPARE(preview->receipt().reference, dialog.createdIntent().id);
        QCOMPARE(preview->paper(), ReceiptPaper::Roll80);
        preview->close();
    }

    void refundOffersItsOwnReceiptAndThePaymentsShowsIt()
    {
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        QVERIFY(f.loadCustomers());
        const auto paid = f.succeededPayment(ada->id, 5000);
        QVERIFY(paid);
        f.session->adopt(*paid);
        f.session->adopt(f.paymentMethods(ada->id));
        saveMerchant(f, cornerCafe());

        RefundDialog dialog(f.session.get(), *paid);
        QSignalSpy refunded(&dialog, &RefundDialog::refundCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *print = child<QPushButton>(&dialog, "printReceiptButton");
        auto *save = child<QPushButton>(&dialog, "saveReceiptButton");
        // Nothing to hand over before the refund is made.
        QVERIFY(!print->isVisible());
        QVERIFY(!save->isVisible());
        click(child<QRadioButton>(&dialog, "partialRadio"));
        typeInto(child<MoneyEdit>(&dialog, "amountEdit"), QStringLiteral("12.34"));
        auto *reason = child<QComboBox>(&dialog, "reasonCombo");
        reason->setCurrentIndex(reason->findData(QStringLiteral("requested_by_customer")));
        click(child<QPushButton>(&dialog, "reviewButton"));
        click(child<QPushButton>(&dialog, "confirmButton"));
        QTRY_COMPARE(refunded.count(), 1);
        const Refund refund = refunded.at(0).at(0).value<Refund>();
        QTRY_VERIFY(save->isVisible());
        QVERIFY(print->isVisible());

        const QString path = saveThroughDialog(
            &dialog, [save] { click(save); }, QStringLiteral("refund-dialog"), ReceiptPaper::Page);
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("Refund receipt")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Corner Café")));
        QVERIFY(
            QRegularExpression(QStringLiteral("Refunded\\s+\\$12\\.34")).match(text).hasMatch());
        QVERIFY(text.contains(shortId(refund.id)));
        QVERIFY(text.contains(QLatin1String("Requested by the customer")));
        QVERIFY(text.contains(shortId(paid->id)));
        QVERIFY(QRegularExpression(QStringLiteral("Payment amount\\s+\\$50\\.00"))
                    .match(text)
                    .hasMatch());
        QVERIFY(text.contains(f.card(ada->id, true)->displayName()));

        // The payment, read again, now has a receipt that says what went back.
        QTRY_COMPARE(RefundDialog::amountRefunded(f.session->paymentIntents()->at(
                         f.session->paymentIntents()->rowOf(paid->id))),
                     qint64(1234));
        const PaymentIntent updated =
            f.session->paymentIntents()->at(f.session->paymentIntents()->rowOf(paid->id));
        QString whyNot;
        QVERIFY(hasReceipt(updated, &whyNot));
        const QString payment = savedText(receipts::forPayment(f.session.get(), updated),
                                          QStringLiteral("refunded-payment"), QLocale());
        QVERIFY2(
            QRegularExpression(QStringLiteral("Total\\s+\\$50\\.00")).match(payment).hasMatch(),
            qPrintable(payment));
        QVERIFY(
            QRegularExpression(QStringLiteral("Refunded\\s+\\$12\\.34")).match(payment).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Net\\s+\\$37\\.66")).match(payment).hasMatch());
    }

    void profilesDialogKeepsTheMerchantsDetails()
    {
        QSettings settings;
        ProfileStore store(settings);
        MemoryCredentialStore memory;
        {
            ProfilesDialog dialog(store, &memory, &memory);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            click(child<QPushButton>(&dialog, "addButton"));
            typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Corner"));
            typeInto(child<QLineEdit>(&dialog, "clientIdEdit"), QStringLiteral("client"));
            typeInto(child<QLineEdit>(&dialog, "apiKeyEdit"), QStringLiteral("key-never-printed"));
            auto *tabs = child<QTabWidget>(&dialog, "profileTabs");
            tabs->setCurrentIndex(1);
            // A name too long for a receipt is refused, next to the field.
            typeInto(child<QLineEdit>(&dialog, "merchantNameEdit"), QString(121, QLatin1Char('x')));
            tabs->setCurrentIndex(0);
            click(child<QPushButton>(&dialog, "saveButton"));
            QVERIFY(!store.find(QStringLiteral("Corner")));
            // The mistake is on the Receipts tab: the dialog goes there.
            QCOMPARE(tabs->currentIndex(), 1);
            QVERIFY2(shownError(dialog.formErrors(), child<QLineEdit>(&dialog, "merchantNameEdit"))
                         .contains(QLatin1String("at most 120")),
                     qPrintable(shownError(dialog.formErrors(),
                                           child<QLineEdit>(&dialog, "merchantNameEdit"))));

            auto *merchantName = child<QLineEdit>(&dialog, "merchantNameEdit");
            typeInto(merchantName, QStringLiteral("Corner Caf"));
            QTest::sendKeyEvent(QTest::Click, merchantName, Qt::Key_Eacute, QStringLiteral("é"),
                                Qt::NoModifier);
            auto *address = child<QPlainTextEdit>(&dialog, "merchantAddressEdit");
            address->setFocus();
            QTest::keyClicks(address, QStringLiteral("  12 Market Street  "));
            QTest::keyClick(address, Qt::Key_Return);
            QTest::keyClick(address, Qt::Key_Return);
            QTest::keyClicks(address, QStringLiteral("Springfield"));
            typeInto(child<QLineEdit>(&dialog, "merchantPhoneEdit"),
                     QStringLiteral("+1 217 555 0100"));
            typeInto(child<QLineEdit>(&dialog, "taxNumberEdit"), QStringLiteral("TAX-991-204"));
            child<QPlainTextEdit>(&dialog, "receiptFooterEdit")
                ->setPlainText(QStringLiteral("Thank you!"));
            click(child<QPushButton>(&dialog, "saveButton"));
            QTRY_VERIFY(store.find(QStringLiteral("Corner")));
        }
        // Saved as printed, and read back.
        QSettings reread;
        const std::optional<Profile> saved = ProfileStore(reread).find(QStringLiteral("Corner"));
        QVERIFY(saved);
        QCOMPARE(saved->merchant.name, QStringLiteral("Corner Café"));
        QCOMPARE(saved->merchant.address, QStringLiteral("12 Market Street\nSpringfield"));
        QCOMPARE(saved->merchant.phone, QStringLiteral("+1 217 555 0100"));
        QCOMPARE(saved->merchant.taxNumber, QStringLiteral("TAX-991-204"));
        QCOMPARE(saved->merchant.footer, QStringLiteral("Thank you!"));
        // The key went to the key store, never next to the merchant's details.
        QFile file(reread.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("key-never-printed"));

        // Opened again, the form shows them.
        ProfilesDialog again(store, &memory, &memory);
        again.selectProfile(QStringLiteral("Corner"));
        QCOMPARE(child<QLineEdit>(&again, "merchantNameEdit")->text(),
                 QStringLiteral("Corner Café"));
        QCOMPARE(child<QPlainTextEdit>(&again, "merchantAddressEdit")->toPlainText(),
                 QStringLiteral("12 Market Street\nSpringfield"));
        QCOMPARE(child<QLineEdit>(&again, "taxNumberEdit")->text(), QStringLiteral("TAX-991-204"));
        QCOMPARE(child<QPlainTextEdit>(&again, "receiptFooterEdit")->toPlainText(),
                 QStringLiteral("Thank you!"));
        // Showing a profile is not editing it.
        QVERIFY(child<QPushButton>(&again, "useButton")->isEnabled());
    }
};

QTEST_MAIN(TestReceipts)
#include "tst_receipts.moc"
