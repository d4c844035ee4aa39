// Every dialog in each of its states, checked the way a keyboard or screen-reader user meets
// it: every control named, every control reachable with Tab, nothing squeezed below its
// minimum size. With PAYDESK_SCREENSHOT_DIR set, each state is also saved as a PNG (light and
// dark palette) for people to look at.
#include "dialog_fixture.h"
#include "network/credential_store.h"
#include "ui/dialogs/checkout_link_dialog.h"
#include "ui/dialogs/confirm_intent_dialog.h"
#include "ui/dialogs/customer_dialog.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/dialogs/profiles_dialog.h"
#include "ui/dialogs/qr_code_dialog.h"
#include "ui/dialogs/refund_dialog.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/line_items_editor.h"
#include "ui/widgets/metadata_editor.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/payment_method_picker.h"
#include "ui/widgets/payment_result_view.h"

#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTranslator>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    dark.setColor(QPalette::Mid, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return dark;
}

// The controls a keyboard user can reach in `dialog` as it is now.
QList<QWidget *> focusableControls(QWidget *dialog)
{
    QList<QWidget *> controls;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->window() != dialog || !w->isVisibleTo(dialog) || !w->isEnabled())
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        // Inner parts of a compound control (a spin box's line edit, a view's viewport).
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        controls.append(w);
    }
    return controls;
}

// An amount as a person in the test's locale types it ("12,34" in German).
QString typed(const char *amount)
{
    return QString::fromLatin1(amount).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

} // namespace

class TestDialogGallery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QString m_shots;
    QTranslator m_translator;
    QTranslator m_qtTranslator;

    // The checks every state of every dialog passes, and its picture when asked for.
    void inspect(QDialog *dialog, const QString &name)
    {
        if (!dialog->isVisible()) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
        }
        QCoreApplication::processEvents();
        // Never smaller than the layout needs at this width (within the screen): nothing is
        // squeezed or clipped, including lines that appeared after it opened.
        QLayout *layout = dialog->layout();
        const auto needed = [&] {
            layout->activate();
            const int height = layout->hasHeightForWidth()
                                   ? layout->totalHeightForWidth(dialog->width())
                                   : layout->totalMinimumSize().height();
            return std::min(height, dialog->screen()->availableGeometry().height());
        };
        QVERIFY2(dialog->width() >= layout->totalMinimumSize().width(), qPrintable(name));
        // A window's new size arrives from the window system: let it.
        QTRY_VERIFY2(dialog->height() >= needed(),
                     qPrintable(QStringLiteral("%1: %2 high, needs %3")
                                    .arg(name)
                                    .arg(dialog->height())
                                    .arg(needed())));

        const QList<QWidget *> controls = focusableControls(dialog);
        QVERIFY2(!controls.isEmpty(), qPrintable(name));
        for (QWidget *control : controls) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(name + QLatin1String(": unnamed ") + describe(control)));
            // A label that does not wrap shows all of its text.
            if (auto *label = qobject_cast<QLabel *>(control); label && !label->wordWrap())
                QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                         qPrintable(name + QLatin1String(": clipped ") + describe(control)));
        }
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisibleTo(dialog) && !label->wordWrap() && !label->text().isEmpty() &&
                label->pixmap().isNull())
                QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                         qPrintable(name + QLatin1String(": clipped label ") + label->text()));
        }

        // Tab reaches every control, each once, from the first one on.
        QSet<QWidget *> reached;
        QWidget *start = controls.first();
        QWidget *w = start;
        for (int steps = 0; steps < 1000; ++steps) {
            if (controls.contains(w))
                reached.insert(w);
            w = w->nextInFocusChain();
            if (w == start)
                break;
        }
        for (QWidget *control : controls)
            QVERIFY2(reached.contains(control),
                     qPrintable(name + QLatin1String(": Tab never reaches ") + describe(control)));

        if (m_shots.isEmpty())
            return;
        QVERIFY(dialog->grab().save(QDir(m_shots).filePath(name + QLatin1String(".png"))));
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(QDir(m_shots).filePath(name + QLatin1String("-dark.png"))));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        // PAYDESK_TEST_LANGUAGE=de runs the gallery again in German, whose longer labels must
        // fit too.
        if (qEnvironmentVariable("PAYDESK_TEST_LANGUAGE") == QLatin1String("de")) {
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            QVERIFY(m_translator.load(QLocale(), QStringLiteral("paydesk"), QStringLiteral("_"),
                                      QStringLiteral(PAYDESK_QM_DIR)));
            QCoreApplication::installTranslator(&m_translator);
            if (m_qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qtTranslator);
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_shots = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
    }

    void firstRun()
    {
        FirstRunDialog dialog;
        inspect(&dialog, QStringLiteral("dialog-first-run"));
    }

    void profiles()
    {
        ConsoleFixture f;
        QSettings settings;
        ProfileStore store(settings);
        Profile shop = f.profile();
        shop.name = QStringLiteral("Shop (sandbox)");
        store.save(shop);
        Profile live;
        live.name = QStringLiteral("Shop (live)");
        live.environment = Environment::Production;
        live.clientId = QStringLiteral("live-client");
        store.save(live);
        Profile counter;
        counter.name = QStringLiteral("Counter (SynaptoPay)");
        counter.provider = QStringLiteral("synaptopay");
        counter.environment = Environment::Sandbox;
        counter.account = QString::fromLatin1(sandbox::kSynaptoPayDemoAccount);
        store.save(counter);
        MemoryCredentialStore memory;
        ProfilesDialog dialog(store, &memory, &memory);
        dialog.selectProfile(shop.name);
        inspect(&dialog, QStringLiteral("dialog-profiles"));
        // What the receipts say about the shop, on a tab of its own.
        auto *tabs = child<QTabWidget>(&dialog, "profileTabs");
        tabs->setCurrentIndex(1);
        typeInto(child<QLineEdit>(&dialog, "merchantNameEdit"), QStringLiteral("Corner Cafe"));
        child<QPlainTextEdit>(&dialog, "merchantAddressEdit")
            ->setPlainText(QStringLiteral("12 Market Street\nSpringfield, IL 62701"));
        typeInto(child<QLineEdit>(&dialog, "merchantPhoneEdit"), QStringLiteral("+1 217 555 0100"));
        typeInto(child<QLineEdit>(&dialog, "taxNumberEdit"), QStringLiteral("TAX-991-204"));
        child<QPlainTextEdit>(&dialog, "receiptFooterEdit")
            ->setPlainText(QStringLiteral("Thank you for your visit!"));
        inspect(&dialog, QStringLiteral("dialog-profiles-receipts"));
        tabs->setCurrentIndex(0);
        dialog.selectProfile(live.name);
        inspect(&dialog, QStringLiteral("dialog-profiles-production"));
        auto *note = child<QLabel>(&dialog, "productionNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->height() >= note->heightForWidth(note->width()));
        // SynaptoPay: the account in place of the client and app ids.
        dialog.selectProfile(counter.name);
        inspect(&dialog, QStringLiteral("dialog-profiles-synaptopay"));
        QVERIFY(child<QLineEdit>(&dialog, "accountEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "clientIdEdit")->isVisible());
        // A new SynaptoPay profile on a local sandbox, refused for its account.
        dialog.startNewProfile(QStringLiteral("synaptopay"));
        typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Counter (local)"));
        auto *environment = child<QComboBox>(&dialog, "environmentCombo");
        environment->setCurrentIndex(environment->findData(int(Environment::Custom)));
        typeInto(child<QLineEdit>(&dialog, "baseUrlEdit"),
                 f.server->synaptoPayBaseUrl().toString());
        typeInto(child<QLineEdit>(&dialog, "accountEdit"), QStringLiteral("demo"));
        typeInto(child<QLineEdit>(&dialog, "apiKeyEdit"), QStringLiteral("key"));
        click(child<QPushButton>(&dialog, "saveButton"));
        QTRY_VERIFY(dialog.formErrors()->hasErrors());
        inspect(&dialog, QStringLiteral("dialog-profiles-synaptopay-bad-account"));
        // Every field shown keeps its height beside the error's extra lines (QFormLayout
        // squeezed a row to nothing below hidden rows).
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->isVisibleTo(&dialog) && edit->objectName().endsWith(QLatin1String("Edit")))
                QVERIFY2(edit->height() >= edit->minimumSizeHint().height(),
                         qPrintable(edit->objectName()));
        }
        // A failure to store the key, with the choice it offers.
        click(child<QPushButton>(&dialog, "addButton"));
        typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Counter"));
        typeInto(child<QLineEdit>(&dialog, "clientIdEdit"), QStringLiteral("client"));
        typeInto(child<QLineEdit>(&dialog, "apiKeyEdit"), QStringLiteral("key"));
        ProfilesDialog noKeychain(store, nullptr, &memory);
        click(child<QPushButton>(&noKeychain, "addButton"));
        noKeychain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&noKeychain));
        typeInto(child<QLineEdit>(&noKeychain, "nameEdit"), QStringLiteral("Counter"));
        typeInto(child<QLineEdit>(&noKeychain, "clientIdEdit"), QStringLiteral("client"));
        typeInto(child<QLineEdit>(&noKeychain, "apiKeyEdit"), QStringLiteral("key"));
        click(child<QPushButton>(&noKeychain, "saveButton"));
        QTRY_VERIFY(noKeychain.banner()->isVisible());
        inspect(&noKeychain, QStringLiteral("dialog-profiles-no-keychain"));
    }

    void customer()
    {
        ConsoleFixture f;
        CustomerDialog dialog(f.session.get());
        inspect(&dialog, QStringLiteral("dialog-customer"));
        typeInto(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Ada"));
        typeInto(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("ada@"));
        typeInto(child<QLineEdit>(&dialog, "cityEdit"), QStringLiteral("London"));
        click(child<QPushButton>(&dialog, "submitButton"));
        inspect(&dialog, QStringLiteral("dialog-customer-errors"));
        click(child<QRadioButton>(&dialog, "businessRadio"));
        inspect(&dialog, QStringLiteral("dialog-customer-business"));
    }

    void takePayment()
    {
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        QVERIFY(f.loadCustomers());
        TakePaymentDialog dialog(f.session.get());
        inspect(&dialog, QStringLiteral("dialog-take-payment"));
        dialog.setCustomer(ada->id);
        auto *methods = child<PaymentMethodPicker>(&dialog, "paymentMethodPicker");
        QTRY_COMPARE(methods->state(), PaymentMethodPicker::State::Ready);
        const auto succeeding = f.card(ada->id, true);
        QVERIFY(succeeding);
        methods->comboBox()->setCurrentIndex(methods->comboBox()->findData(succeeding->id));
        typeInto(child<MoneyEdit>(&dialog, "amountEdit"), typed("12.34"));
        typeInto(child<QLineEdit>(&dialog, "descriptionEdit"), QStringLiteral("Two books"));
        child<MetadataEditor>(&dialog, "metadataEditor")
            ->addRow(QStringLiteral("order"), QStringLiteral("A-1001"));
        inspect(&dialog, QStringLiteral("dialog-take-payment-filled"));
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        inspect(&dialog, QStringLiteral("dialog-take-payment-processing"));
        QTRY_COMPARE(child<PaymentResultView>(&dialog, "paymentResult")->outcome(),
                     PaymentResultView::Outcome::Succeeded);
        inspect(&dialog, QStringLiteral("dialog-take-payment-succeeded"));

        TakePaymentDialog declined(f.session.get());
        declined.setCustomer(ada->id);
        auto *declinedMethods = child<PaymentMethodPicker>(&declined, "paymentMethodPicker");
        QTRY_COMPARE(declinedMethods->state(), PaymentMethodPicker::State::Ready);
        const auto card = f.card(ada->id, false);
        QVERIFY(card);
        declinedMethods->comboBox()->setCurrentIndex(
            declinedMethods->comboBox()->findData(card->id));
        typeInto(child<MoneyEdit>(&declined, "amountEdit"), QStringLiteral("5"));
        click(child<QPushButton>(&declined, "submitButton"));
        QTRY_COMPARE(child<PaymentResultView>(&declined, "paymentResult")->outcome(),
                     PaymentResultView::Outcome::Declined);
        inspect(&declined, QStringLiteral("dialog-take-payment-declined"));

        TakePaymentDialog link(f.session.get());
        link.setCustomer(ada->id);
        link.setMethod(TakePaymentDialog::Method::CheckoutLink);
        typeInto(child<MoneyEdit>(&link, "amountEdit"), QStringLiteral("40"));
        typeInto(child<QLineEdit>(&link, "successUrlEdit"),
                 QStringLiteral("https://shop.example.com/thanks"));
        inspect(&link, QStringLiteral("dialog-take-payment-link-form"));
        QSignalSpy linked(&link, &TakePaymentDialog::checkoutSessionCreated);
        click(child<QPushButton>(&link, "submitButton"));
        QTRY_COMPARE(linked.count(), 1);
        inspect(&link, QStringLiteral("dialog-take-payment-link"));
    }

    void unknownOutcome()
    {
        ConsoleFixture f;
        CustomerDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Ada"));
        typeInto(child<QLineEdit>(&dialog, "lastNameEdit"), QStringLiteral("Lovelace"));
        sandbox::FaultSettings faults;
        faults.dropAfterShare = 1;
        QVERIFY(f.server->setFaults(faults));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        QVERIFY(!dialog.pendingRequestId().isEmpty());
        inspect(&dialog, QStringLiteral("dialog-customer-unknown-outcome"));
        QVERIFY(f.server->setFaults({}));
    }

    void checkoutLink()
    {
        ConsoleFixture f;
        CheckoutLinkDialog dialog(f.session.get());
        inspect(&dialog, QStringLiteral("dialog-checkout-link"));
        LineItemsEditor *items = dialog.lineItems();
        typeInto(items->nameEdit(0), QStringLiteral("Coffee beans"));
        typeInto(items->descriptionEdit(0), QStringLiteral("1 kg, whole"));
        typeInto(items->priceEdit(0), typed("12.50"));
        items->quantityEdit(0)->setValue(2);
        click(items->addButton());
        typeInto(items->nameEdit(1), QStringLiteral("Mug"));
        typeInto(items->priceEdit(1), QStringLiteral("8"));
        typeInto(child<QLineEdit>(&dialog, "successUrlEdit"),
                 QStringLiteral("https://shop.example.com/thanks"));
        typeInto(child<QLineEdit>(&dialog, "customerEmailEdit"), QStringLiteral("ada@example.com"));
        inspect(&dialog, QStringLiteral("dialog-checkout-link-filled"));
        // Typed customer text that chose no one: said under the field, nothing sent.
        auto *picker = child<CustomerPicker>(&dialog, "customerPicker");
        typeInto(picker->searchField(), QStringLiteral("Mateo"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QVERIFY(!shownError(dialog.formErrors(), picker).isEmpty());
        inspect(&dialog, QStringLiteral("dialog-checkout-link-unresolved-customer"));
        typeInto(picker->searchField(), QString());
        // A quantity of 0, said and marked as soon as it is left; the banner went with the
        // customer's message.
        QSpinBox *quantity = items->quantityEdit(1);
        quantity->setFocus();
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("0"));
        QTest::keyClick(quantity, Qt::Key_Tab);
        QVERIFY(!shownError(dialog.formErrors(), quantity).isEmpty());
        QVERIFY(!dialog.banner()->isVisible());
        inspect(&dialog, QStringLiteral("dialog-checkout-link-quantity-zero"));
        quantity->setFocus();
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("1"));
        QSignalSpy created(&dialog, &CheckoutLinkDialog::checkoutSessionCreated);
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        inspect(&dialog, QStringLiteral("dialog-checkout-link-created"));
    }

    void refundAndConfirm()
    {
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        QVERIFY(f.loadCustomers());
        const auto paid = f.succeededPayment(ada->id, 5000);
        QVERIFY(paid);
        RefundDialog refund(f.session.get(), *paid);
        inspect(&refund, QStringLiteral("dialog-refund"));
        click(child<QRadioButton>(&refund, "partialRadio"));
        typeInto(child<MoneyEdit>(&refund, "amountEdit"), typed("12.34"));
        click(child<QPushButton>(&refund, "reviewButton"));
        QVERIFY(refund.isConfirming());
        inspect(&refund, QStringLiteral("dialog-refund-confirm"));
        QSignalSpy refunded(&refund, &RefundDialog::refundCreated);
        click(child<QPushButton>(&refund, "confirmButton"));
        QTRY_COMPARE(refunded.count(), 1);
        inspect(&refund, QStringLiteral("dialog-refund-done"));

        // The server applies a refund and drops the connection before answering: the dialog
        // says it was found, and how Paydesk knows, rather than offering to refund again.
        RefundDialog lost(f.session.get(), *paid);
        click(child<QRadioButton>(&lost, "partialRadio"));
        typeInto(child<MoneyEdit>(&lost, "amountEdit"), typed("5.00"));
        click(child<QPushButton>(&lost, "reviewButton"));
        sandbox::FaultSettings dropAnswers;
        dropAnswers.dropAfterShare = 1.0;
        dropAnswers.writesOnly = true;
        QVERIFY(f.server->setFaults(dropAnswers));
        QSignalSpy found(&lost, &RefundDialog::refundCreated);
        click(child<QPushButton>(&lost, "confirmButton"));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 15000);
        QVERIFY(f.server->setFaults({}));
        QCOMPARE(f.server->count(sandbox::Resource::Refunds), 2);
        // Said as news, not as an error (this suite also runs in German: no English text here).
        QVERIFY(!lost.banner()->isHidden());
        QCOMPARE(lost.banner()->kind(), MessageBanner::Kind::Info);
        QVERIFY(!lost.banner()->detail().isEmpty());
        inspect(&lost, QStringLiteral("dialog-refund-answer-lost"));

        PaymentIntentDraft draft;
        draft.amount = Money(2500, QStringLiteral("USD"));
        draft.customerId = ada->id;
        draft.description = QStringLiteral("Phone order");
        Capture<CreateOutcome<PaymentIntent>> waiting;
        f.provider()->createPaymentIntent(draft, &f.callbacks, waiting.callback());
        QTRY_VERIFY(waiting.value.has_value());
        QVERIFY(waiting.value->object);
        ConfirmIntentDialog confirm(f.session.get(), *waiting.value->object);
        QTRY_COMPARE(confirm.paymentMethodPicker()->state(), PaymentMethodPicker::State::Ready);
        inspect(&confirm, QStringLiteral("dialog-confirm-payment"));
    }

    void qrCode()
    {
        QrCodeDialog dialog(
            QStringLiteral("http://127.0.0.1:8080/checkout/3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        inspect(&dialog, QStringLiteral("dialog-qr-code"));
    }
};

QTEST_MAIN(TestDialogGallery)
#include "tst_dialog_gallery.moc"
