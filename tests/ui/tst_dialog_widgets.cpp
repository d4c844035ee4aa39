// The widgets the flow dialogs share, on their own: the money field, the metadata editor, the
// customer picker, the QR code and link panel, the line items editor and the error placement.
#include "dialog_fixture.h"
#include "models/customer_filter_model.h"
#include "models/customer_table_model.h"
#include "ui/dialogs/qr_code_dialog.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/form_errors.h"
#include "ui/widgets/line_items_editor.h"
#include "ui/widgets/link_panel.h"
#include "ui/widgets/message_banner.h"
#include "ui/widgets/metadata_editor.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/qr_code_widget.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QClipboard>
#include <QCompleter>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

Customer customer(const QString &id, const QString &first, const QString &last,
                  const QString &email)
{
    Customer c;
    c.id = id;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    return c;
}

const QString AdaId = QStringLiteral("0f0e8a4c-3b1d-4c55-9d0e-6a3f1b2c4d5e");
const QString AlanId = QStringLiteral("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d");
const QString GraceId = QStringLiteral("9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b");

} // namespace

class TestDialogWidgets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void moneyEditConvertsExactlyInTheWidgetsLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("minor");

        QTest::newRow("US cents") << "en_US"
                                  << "USD"
                                  << "12.34" << qint64(1234);
        QTest::newRow("US grouping") << "en_US"
                                     << "USD"
                                     << "1,234.50" << qint64(123450);
        QTest::newRow("German comma") << "de_DE"
                                      << "EUR"
                                      << "12,34" << qint64(1234);
        QTest::newRow("German grouping") << "de_DE"
                                         << "EUR"
                                         << "1.234,50" << qint64(123450);
        QTest::newRow("yen has no cents") << "ja_JP"
                                          << "JPY"
                                          << "1,000" << qint64(1000);
        // 0.1 + 0.2 style amounts come out exact, digit by digit.
        QTest::newRow("no float rounding") << "en_US"
                                           << "USD"
                                           << "0.29" << qint64(29);
        QTest::newRow("large") << "en_US"
                               << "USD"
                               << "92233720368547758.07" << qint64(9223372036854775807LL);
    }

    void moneyEditConvertsExactlyInTheWidgetsLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, typed);
        QFETCH(qint64, minor);
        MoneyEdit edit;
        edit.setLocale(QLocale(locale));
        edit.setCurrency(currency);
        QTest::keyClicks(&edit, typed);
        QVERIFY2(edit.parseResult().ok(), qPrintable(edit.parseResult().error));
        QCOMPARE(edit.money()->minorUnits(), minor);
        QCOMPARE(edit.money()->currency(), currency);
        QCOMPARE(edit.errorText(), QString());
    }

    void moneyEditNamesTheRuleAndKeepsTheText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("rule");

        QTest::newRow("three decimals") << "12.345"
                                        << "at most 2 decimal places";
        QTest::newRow("letters") << "twelve"
                                 << "as a number";
        QTest::newRow("zero") << "0"
                              << "more than zero";
        QTest::newRow("negative") << "-5"
                                  << "negative";
        QTest::newRow("currency symbol") << "$5"
                                         << "without a currency symbol";
        QTest::newRow("too large") << "92233720368547758.08"
                                   << "too large";
    }

    void moneyEditNamesTheRuleAndKeepsTheText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, rule);
        MoneyEdit edit;
        edit.setCurrency(QStringLiteral("USD"));
        QTest::keyClicks(&edit, typed);
        QVERIFY(!edit.money());
        QVERIFY2(edit.errorText().contains(rule), qPrintable(edit.errorText()));
        QCOMPARE(edit.text(), typed);
    }

    void moneyEditShowsAnAmountInItsLocale()
    {
        MoneyEdit edit;
        edit.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QSignalSpy changed(&edit, &MoneyEdit::moneyChanged);
        edit.setMoney(Money(123450, QStringLiteral("EUR")));
        QCOMPARE(edit.text(), QStringLiteral("1.234,50"));
        QCOMPARE(edit.currency(), QStringLiteral("EUR"));
        QCOMPARE(edit.money(), Money(123450, QStringLiteral("EUR")));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(edit.placeholderText(), QStringLiteral("0,00"));
        QVERIFY(edit.errorText().isEmpty());
        edit.clear();
        QVERIFY(edit.errorText().isEmpty()); // nothing typed is not a broken rule
        QVERIFY(!edit.money());
    }

    void metadataEditorChecksTheProviderLimits()
    {
        MetadataEditor editor;
        MetadataLimits limits = MetadataLimits::dots();
        limits.maxKeys = 3;
        limits.maxKeyLength = 5;
        limits.maxValueLength = 4;
        editor.setLimits(limits);
        QSignalSpy edited(&editor, &MetadataEditor::edited);
        click(editor.addButton());
        QCOMPARE(editor.rowCount(), 1);
        QCOMPARE(edited.count(), 1);
        editor.table()->item(0, 0)->setText(QStringLiteral("order"));
        editor.table()->item(0, 1)->setText(QStringLiteral("A1"));
        QVERIFY(edited.count() >= 2);
        QVERIFY(editor.validate().ok());
        QCOMPARE(editor.metadata().text(QStringLiteral("order")), QStringLiteral("A1"));

        // The key Paydesk writes itself is refused.
        editor.addRow(QString::fromLatin1(RequestIdMetadataKey), QStringLiteral("x"));
        ValidationResult result = editor.validate();
        QVERIFY(result.has(QStringLiteral("metadata.paydesk_request_id")));
        QVERIFY(result.messageFor(QStringLiteral("metadata.paydesk_request_id"))
                    .contains(QLatin1String("reserved")));
        editor.removeRow(1);

        // Too long a key and value; the same key twice.
        editor.addRow(QStringLiteral("toolongkey"), QStringLiteral("v"));
        editor.addRow(QStringLiteral("order"), QStringLiteral("12345"));
        result = editor.validate();
        QVERIFY(result.messageFor(QStringLiteral("metadata.toolongkey"))
                    .contains(QLatin1String("longer than 5")));
        QVERIFY(
            std::any_of(result.errors().cbegin(), result.errors().cend(), [](const FieldError &e) {
                return e.field == QLatin1String("metadata.order") &&
                       e.message.contains(QLatin1String("more than once"));
            }));

        // Over the key limit: three allowed, one of them Paydesk's.
        editor.setMetadata(Metadata());
        for (const char *key : {"a", "b", "c"})
            editor.addRow(QLatin1String(key), QStringLiteral("1"));
        result = editor.validate();
        QVERIFY(result.messageFor(QStringLiteral("metadata")).contains(QLatin1String("at most 2")));

        // Empty rows are not pairs.
        editor.setMetadata(Metadata());
        editor.addRow();
        QVERIFY(editor.metadata().isEmpty());
        QVERIFY(editor.validate().ok());
    }

    void customerPickerSearchesNamesEmailsAndIds()
    {
        CustomerTableModel customers;
        customers.upsert({customer(AdaId, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                   QStringLiteral("ada@example.com")),
                          customer(AlanId, QStringLiteral("Alan"), QStringLiteral("Turing"),
                                   QStringLiteral("alan@example.org")),
                          customer(GraceId, QStringLiteral("Grace"), QStringLiteral("Hopper"),
                                   QStringLiteral("grace@navy.example"))});
        CustomerPicker picker(&customers);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy changed(&picker, &CustomerPicker::customerChanged);

        // By part of an email: the drop-down holds the one match; Enter in it chooses.
        QTest::keyClicks(picker.searchField(), QStringLiteral("navy"));
        QCOMPARE(picker.matches()->rowCount(), 1);
        QTRY_VERIFY(picker.completer()->popup()->isVisible());
        QTest::keyClick(picker.completer()->popup(), Qt::Key_Return);
        QCOMPARE(picker.customerId(), GraceId);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(picker.searchField()->text(), QStringLiteral("Grace Hopper"));
        QVERIFY(picker.selectionLabel()->text().contains(QLatin1String("grace@navy.example")));

        // Typing again un-chooses: the label never claims a customer the field does not show.
        picker.searchField()->selectAll();
        QTest::keyClicks(picker.searchField(), QStringLiteral("al"));
        QCOMPARE(picker.customerId(), QString());
        QCOMPARE(picker.selectionLabel()->text(), QStringLiteral("No customer chosen."));
        QCOMPARE(picker.matches()->rowCount(), 1); // Alan Turing, alan@example.org
        // Enter in the field (the drop-down closed) takes the first match.
        QTest::keyClicks(picker.searchField(), QStringLiteral("an t"));
        picker.completer()->popup()->hide();
        QTest::keyClick(picker.searchField(), Qt::Key_Return);
        QCOMPARE(picker.customerId(), AlanId);

        // By id: a pasted id is taken as it is, even one the list has not loaded.
        const QString unknown = QStringLiteral("5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e");
        picker.searchField()->selectAll();
        QTest::keyClicks(picker.searchField(), unknown);
        QCOMPARE(picker.customerId(), unknown);
        QVERIFY(picker.selectionLabel()->text().contains(QLatin1String("not in the loaded list")));
        // ...and named as soon as the list learns it.
        customers.upsert(
            {customer(unknown, QStringLiteral("Katherine"), QStringLiteral("Johnson"), QString())});
        QCOMPARE(picker.searchField()->text(), QStringLiteral("Katherine Johnson"));
        QVERIFY(picker.selectionLabel()->text().contains(QLatin1String("Katherine Johnson")));

        picker.setCustomerId(QString());
        QCOMPARE(picker.customerId(), QString());
        QCOMPARE(picker.searchField()->text(), QString());
        picker.setCustomerId(AdaId);
        QCOMPARE(picker.customerName(), QStringLiteral("Ada Lovelace"));

        // Nothing matches: said plainly.
        picker.searchField()->selectAll();
        QTest::keyClicks(picker.searchField(), QStringLiteral("zzz"));
        QVERIFY(picker.selectionLabel()->text().contains(QLatin1String("No loaded customer")));
    }

    void qrCodeIsCrispWithAQuietZoneAndBigEnoughToScan()
    {
        QrCodeWidget qr;
        const QString url =
            QStringLiteral("http://127.0.0.1:49152/checkout/3fa85f64-5717-4562-b3fc-2c963f66afa6");
        qr.setText(url);
        QVERIFY(qr.isValid());
        const int modules = qr.moduleCount();
        QVERIFY(modules >= 21 && (modules - 17) % 4 == 0); // a QR version's side
        QVERIFY(qr.minimumSizeHint().width() >= 240);
        QVERIFY(qr.minimumSizeHint().height() >= 240);

        // The three finder patterns: 7x7 dark rings in three corners.
        for (const QPoint corner : {QPoint(0, 0), QPoint(modules - 7, 0), QPoint(0, modules - 7)}) {
            for (int i = 0; i < 7; ++i) {
                QVERIFY(qr.isDark(corner.x() + i, corner.y()));
                QVERIFY(qr.isDark(corner.x() + i, corner.y() + 6));
                QVERIFY(qr.isDark(corner.x(), corner.y() + i));
            }
            QVERIFY(!qr.isDark(corner.x() + 1, corner.y() + 1));
            QVERIFY(qr.isDark(corner.x() + 3, corner.y() + 3));
        }

        // Saved: whole pixels per module, white quiet zone of four modules.
        const int px = 5;
        const QImage image = qr.toImage(px);
        QCOMPARE(image.width(), (modules + 8) * px);
        for (int i = 0; i < image.width(); ++i) {
            for (int edge = 0; edge < 4 * px; ++edge) {
                QCOMPARE(image.pixelColor(i, edge), QColor(Qt::white));
                QCOMPARE(image.pixelColor(edge, i), QColor(Qt::white));
            }
        }
        for (int y = 0; y < modules; ++y) {
            for (int x = 0; x < modules; ++x) {
                const QColor expected = qr.isDark(x, y) ? QColor(Qt::black) : QColor(Qt::white);
                // Every pixel of the module, not just one: no blurred edges.
                for (int dy = 0; dy < px; ++dy) {
                    for (int dx = 0; dx < px; ++dx) {
                        if (image.pixelColor((x + 4) * px + dx, (y + 4) * px + dy) != expected)
                            QFAIL(qPrintable(
                                QStringLiteral("module %1,%2 is blurred").arg(x).arg(y)));
                    }
                }
            }
        }

        // On screen: the painted code is made of whole-pixel modules too, at 1x and 2x.
        for (const qreal ratio : {1.0, 2.0}) {
            qr.resize(300, 300);
            QImage screen(QSize(300, 300) * ratio, QImage::Format_RGB32);
            screen.setDevicePixelRatio(ratio);
            screen.fill(Qt::red);
            qr.render(&screen);
            const int total = modules + 8;
            const int modulePx = int(300 * ratio) / total;
            QVERIFY(modulePx * total <= int(300 * ratio));
            QVERIFY(modulePx >= 2);
            // Only black and white inside the code's square.
            const int offset = (int(300 * ratio) - modulePx * total) / 2;
            for (int y = offset; y < offset + modulePx * total; y += 3) {
                for (int x = offset; x < offset + modulePx * total; x += 3) {
                    const QColor c = screen.pixelColor(x, y);
                    QVERIFY2(c == Qt::black || c == Qt::white, qPrintable(c.name()));
                }
            }
        }

        qr.setText(QString());
        QVERIFY(!qr.isValid());
        qr.setText(QString(8000, QLatin1Char('x')));
        QVERIFY(!qr.isValid());
        QVERIFY(qr.errorString().contains(QLatin1String("too long")));
    }

    void linkPanelCopiesShowsAndSavesTheCode()
    {
        LinkPanel panel;
        const QString url = QStringLiteral("http://127.0.0.1:8080/checkout/abc");
        panel.setUrl(url);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.urlField()->isReadOnly());
        QCOMPARE(panel.urlField()->text(), url);

        QSignalSpy copied(&panel, &LinkPanel::copied);
        click(panel.copyButton());
        QCOMPARE(copied.count(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), url);
        QVERIFY(panel.statusLabel()->text().contains(QLatin1String("copied")));

        QVERIFY(!panel.isQrCodeVisible());
        click(panel.qrCodeButton());
        QVERIFY(panel.isQrCodeVisible());
        QVERIFY(panel.qrCode()->width() >= QrCodeWidget::MinimumSide);
        QCOMPARE(panel.qrCode()->text(), url);
        click(panel.qrCodeButton());
        QVERIFY(!panel.isQrCodeVisible());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(panel.saveQrCode(path));
        QImage saved(path);
        QVERIFY(!saved.isNull());
        QCOMPARE(saved.width(), (panel.qrCode()->moduleCount() + 8) * 12);
        QVERIFY(!panel.saveQrCode(dir.filePath(QStringLiteral("missing/dir/qr.png"))));
        QVERIFY(panel.statusLabel()->text().contains(QLatin1String("Could not save")));
    }

    void qrCodeDialogShowsTheCodeAtOnce()
    {
        QrCodeDialog dialog(QStringLiteral("http://127.0.0.1:8080/checkout/xyz"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.linkPanel()->isQrCodeVisible());
        QVERIFY(dialog.linkPanel()->qrCode()->isValid());
        QVERIFY(dialog.linkPanel()->qrCode()->width() >= 240);
        QVERIFY(dialog.linkPanel()->qrCode()->height() >= 240);
    }

    void formErrorsPutEachErrorUnderItsWidget()
    {
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *name = new QLineEdit(&form);
        auto *nameError = FormErrors::createLabel(&form);
        auto *quantity = new QSpinBox(&form);
        auto *itemError = FormErrors::createLabel(&form);
        auto *banner = new MessageBanner(&form);
        for (QWidget *w : {static_cast<QWidget *>(banner), static_cast<QWidget *>(name),
                           static_cast<QWidget *>(nameError), static_cast<QWidget *>(quantity),
                           static_cast<QWidget *>(itemError)})
            layout->addWidget(w);
        name->setAccessibleDescription(QStringLiteral("The customer's name"));
        FormErrors errors;
        errors.setBanner(banner);
        errors.bind(QStringLiteral("first_name"), name, nameError);
        errors.bind(QStringLiteral("line_items[1]"), quantity, itemError);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));

        ValidationResult result;
        result.add(QStringLiteral("first_name"), QStringLiteral("Enter a first name."));
        // A deeper path goes to the nearest bound parent path.
        result.add(QStringLiteral("line_items[1].quantity"), QStringLiteral("At least 1."));
        // A path nobody takes goes to the banner.
        result.add(QStringLiteral("transfer_data.destination_user_id"),
                   QStringLiteral("Not a user."));
        QCOMPARE(errors.show(result), name);
        QCOMPARE(shownError(&errors, name), QStringLiteral("Enter a first name."));
        QCOMPARE(name->accessibleDescription(), QStringLiteral("Enter a first name."));
        QCOMPARE(shownError(&errors, quantity), QStringLiteral("At least 1."));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QCOMPARE(banner->detail(), QStringLiteral("Not a user."));
        // The label sits right under its widget.
        QVERIFY(nameError->geometry().top() >= name->geometry().bottom());
        QVERIFY(nameError->geometry().top() < quantity->geometry().top());

        // Editing the field clears its error, and only its error.
        QTest::keyClicks(name, QStringLiteral("A"));
        QCOMPARE(shownError(&errors, name), QString());
        QCOMPARE(name->accessibleDescription(), QStringLiteral("The customer's name"));
        QCOMPARE(shownError(&errors, quantity), QStringLiteral("At least 1."));

        // A server's 400 lands on the field it names.
        ApiError refusal;
        refusal.kind = ApiErrorKind::Validation;
        refusal.httpStatus = 400;
        refusal.field = QStringLiteral("first_name");
        refusal.serverMessage = QStringLiteral("first_name must be a string");
        refusal.message = QStringLiteral("Dots refused the customer.");
        QCOMPARE(errors.showServerError(refusal), name);
        QVERIFY(shownError(&errors, name).contains(QLatin1String("first_name must be a string")));
        refusal.field = QStringLiteral("unknown_field");
        QCOMPARE(errors.showServerError(refusal), nullptr);

        errors.clearAll();
        QVERIFY(!errors.hasErrors());
        QVERIFY(nameError->isHidden());
        QVERIFY(itemError->isHidden());
    }

    void lineItemsAddUpExactlyAndSayWhenTheyOverflow()
    {
        LineItemsEditor items;
        items.show();
        QVERIFY(QTest::qWaitForWindowExposed(&items));
        QCOMPARE(items.count(), 1);
        QTest::keyClicks(items.nameEdit(0), QStringLiteral("Coffee"));
        QTest::keyClicks(items.priceEdit(0), QStringLiteral("0.10"));
        items.quantityEdit(0)->selectAll();
        QTest::keyClicks(items.quantityEdit(0), QStringLiteral("3"));
        QCOMPARE(items.total(), Money(30, QStringLiteral("USD")));
        QCOMPARE(items.totalLabel()->text(), QStringLiteral("Total: $0.30"));

        click(items.addButton());
        QCOMPARE(items.count(), 2);
        QCOMPARE(items.focusWidget(), items.nameEdit(1));
        QVERIFY(!items.total()); // item 2 has no price yet
        QVERIFY(items.totalLabel()->text().contains(QLatin1String("so far")));
        QTest::keyClicks(items.priceEdit(1), QStringLiteral("0.20"));
        QCOMPARE(items.total(), Money(50, QStringLiteral("USD")));

        // More than a qint64 of cents: said, never wrapped around.
        items.priceEdit(1)->selectAll();
        QTest::keyClicks(items.priceEdit(1), QStringLiteral("50000000000000000.00"));
        items.quantityEdit(1)->selectAll();
        QTest::keyClicks(items.quantityEdit(1), QStringLiteral("2"));
        QVERIFY(items.totalOverflows());
        QVERIFY(!items.total());
        QVERIFY(items.totalLabel()->text().contains(QLatin1String("more than Paydesk can hold")));

        click(items.removeButton(1));
        QCOMPARE(items.count(), 1);
        QCOMPARE(items.total(), Money(30, QStringLiteral("USD")));
        const QList<CheckoutLineItemDraft> drafts = items.items();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.at(0).name, QStringLiteral("Coffee"));
        QCOMPARE(drafts.at(0).quantity, 3);
        QCOMPARE(drafts.at(0).unitPrice, Money(10, QStringLiteral("USD")));
        QCOMPARE(items.removeButton(0)->accessibleName(), QStringLiteral("Remove item 1"));
    }

    void bannerActionsAndAccessibleText()
    {
        MessageBanner banner;
        banner.showMessage(MessageBanner::Kind::Warning, QStringLiteral("Unknown outcome"),
                           QStringLiteral("Request ID: 42"));
        QPushButton *check = banner.addAction(QStringLiteral("&Check again"));
        QCOMPARE(banner.action(QStringLiteral("Check again")), check);
        QCOMPARE(check->accessibleName(), QStringLiteral("Check again"));
        QVERIFY(banner.accessibleDescription().contains(QLatin1String("Request ID: 42")));
        banner.showMessage(MessageBanner::Kind::Info, QStringLiteral("Next"));
        QCOMPARE(banner.action(QStringLiteral("Check again")), nullptr);
        banner.clear();
        QVERIFY(banner.isHidden());
    }
};

QTEST_MAIN(TestDialogWidgets)
#include "tst_dialog_widgets.moc"
