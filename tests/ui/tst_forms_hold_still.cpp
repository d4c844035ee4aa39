// Forms that hold still: a field is checked when it is left and marked itself, a message and the
// banner go as soon as they no longer apply, nothing moves under the pointer when a message comes
// or goes, and nothing typed is thrown away without asking.
#include "dialog_fixture.h"
#include "ui/dialogs/checkout_link_dialog.h"
#include "ui/dialogs/customer_dialog.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/line_items_editor.h"
#include "ui/widgets/message_banner.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/payment_method_picker.h"
#include "ui/widgets/payment_result_view.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>

using namespace paydesk;
using namespace paydesk::testing;
using sandbox::Resource;

namespace {

// Leaves the focused field the way a person does: Tab to the next one.
void leave(QWidget *field)
{
    QTest::keyClick(field, Qt::Key_Tab);
    QCoreApplication::processEvents();
}

// The outline that marks `field` as faulty, when one is shown.
bool isMarked(const QWidget *field)
{
    if (!field->property("invalid").toBool())
        return false;
    const QWidget *parent = field->parentWidget();
    for (const QWidget *outline : parent->findChildren<QWidget *>(QStringLiteral("errorOutline"))) {
        if (outline->isVisible() && outline->geometry().contains(field->geometry()))
            return true;
    }
    return false;
}

QMessageBox *discardQuestion(QWidget *dialog)
{
    auto *question = dialog->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    return question && question->isVisible() ? question : nullptr;
}

QAbstractButton *buttonOf(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (QString(button->text()).remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestFormsHoldStill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void leavingAFieldChecksItAndMarksIt()
    {
        ConsoleFixture f;
        CustomerDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *first = child<QLineEdit>(&dialog, "firstNameEdit");
        auto *email = child<QLineEdit>(&dialog, "emailEdit");
        auto *country = child<QLineEdit>(&dialog, "countryEdit");

        // Passing through a field without typing says nothing yet.
        first->setFocus();
        leave(first);
        QCOMPARE(shownError(dialog.formErrors(), first), QString());
        QVERIFY(!isMarked(first));

        // A field typed wrong says so as soon as it is left, and is marked itself.
        typeInto(email, QStringLiteral("ada@"));
        leave(email);
        QVERIFY(!shownError(dialog.formErrors(), email).isEmpty());
        QVERIFY(isMarked(email));
        QCOMPARE(email->accessibleDescription(), shownError(dialog.formErrors(), email));
        // Nothing was sent or tried: no banner for a field being filled in.
        QVERIFY(dialog.banner()->text().isEmpty());

        typeInto(country, QStringLiteral("U"));
        leave(country);
        QVERIFY2(shownError(dialog.formErrors(), country).contains(QLatin1String("two-letter")),
                 qPrintable(shownError(dialog.formErrors(), country)));
        QVERIFY(isMarked(country));

        // Corrected: the message and the mark go.
        typeInto(email, QStringLiteral("ada@example.com"));
        QCOMPARE(shownError(dialog.formErrors(), email), QString());
        QVERIFY(!isMarked(email));
        leave(email);
        QCOMPARE(shownError(dialog.formErrors(), email), QString());
        QVERIFY(!isMarked(email));
        QVERIFY(isMarked(country));
    }

    void fixingTheLastFieldClearsTheBanner()
    {
        ConsoleFixture f;
        const qsizetype before = f.server->count(Resource::PaymentCustomers);
        CustomerDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Ada"));
        typeInto(child<QLineEdit>(&dialog, "lastNameEdit"), QStringLiteral("Lovelace"));
        auto *email = child<QLineEdit>(&dialog, "emailEdit");
        auto *city = child<QLineEdit>(&dialog, "cityEdit");
        typeInto(email, QStringLiteral("ada@"));
        typeInto(city, QStringLiteral("London"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QVERIFY(dialog.banner()->text().contains(QLatin1String("correct the highlighted")));
        QVERIFY(!shownError(dialog.formErrors(), email).isEmpty());
        QVERIFY(isMarked(email));

        // One of two fixed: the banner still applies.
        typeInto(email, QStringLiteral("ada@example.com"));
        QCOMPARE(shownError(dialog.formErrors(), email), QString());
        QVERIFY(dialog.banner()->text().contains(QLatin1String("correct the highlighted")));
        // The other one gone too (the address emptied): nothing left to correct, no banner.
        typeInto(city, QString());
        QVERIFY(!dialog.formErrors()->hasErrors());
        QVERIFY(dialog.banner()->text().isEmpty());
        QVERIFY(!dialog.banner()->isVisible());
        QCOMPARE(f.server->count(Resource::PaymentCustomers), before);
    }

    void buttonsHoldStillWhenAMessageComesAndGoes()
    {
        ConsoleFixture f;
        CustomerDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50);
        auto *submit = child<QPushButton>(&dialog, "submitButton");
        auto *email = child<QLineEdit>(&dialog, "emailEdit");
        auto *phone = child<QLineEdit>(&dialog, "phoneEdit");
        const QRect submitAt(submit->mapTo(&dialog, QPoint()), submit->size());
        const QPoint phoneAt = phone->mapTo(&dialog, QPoint());
        const QSize size = dialog.size();

        typeInto(email, QStringLiteral("ada@"));
        leave(email);
        QVERIFY(!shownError(dialog.formErrors(), email).isEmpty());
        QTest::qWait(50);
        QCOMPARE(QRect(submit->mapTo(&dialog, QPoint()), submit->size()), submitAt);
        QCOMPARE(phone->mapTo(&dialog, QPoint()), phoneAt);
        QCOMPARE(dialog.size(), size);

        typeInto(email, QStringLiteral("ada@example.com"));
        QCOMPARE(shownError(dialog.formErrors(), email), QString());
        QTest::qWait(50);
        QCOMPARE(QRect(submit->mapTo(&dialog, QPoint()), submit->size()), submitAt);
        QCOMPARE(phone->mapTo(&dialog, QPoint()), phoneAt);
    }

    void buttonsHoldStillWhenTheBannerComes()
    {
        ConsoleFixture f;
        CustomerDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Room above it on the screen, as a dialog opened over the console has.
        dialog.move(dialog.x(), dialog.screen()->availableGeometry().top() + 150);
        QTest::qWait(50);
        auto *submit = child<QPushButton>(&dialog, "submitButton");
        const QPoint submitAt = submit->mapToGlobal(QPoint());

        // The banner comes above the form: the window grows upwards, the button stays under
        // the pointer that just pressed it.
        click(submit);
        QVERIFY(dialog.banner()->isVisible());
        QTest::qWait(100);
        QCOMPARE(submit->mapToGlobal(QPoint()), submitAt);
    }

    void escapeAsksBeforeThrowingAwayWhatWasTyped()
    {
        ConsoleFixture f;
        {
            // Nothing typed: closes at once.
            CustomerDialog dialog(f.session.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
            QVERIFY(!discardQuestion(&dialog));
        }
        CustomerDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *first = child<QLineEdit>(&dialog, "firstNameEdit");
        typeInto(first, QStringLiteral("Ada"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(discardQuestion(&dialog));
        QMessageBox *question = discardQuestion(&dialog);
        QCOMPARE(question->text(), QStringLiteral("Discard the customer you typed?"));
        QAbstractButton *keep = buttonOf(question, QStringLiteral("Keep editing"));
        QVERIFY(keep);
        QVERIFY(buttonOf(question, QStringLiteral("Discard")));
        click(keep);
        QTRY_VERIFY(!discardQuestion(&dialog));
        QVERIFY(dialog.isVisible());
        QCOMPARE(first->text(), QStringLiteral("Ada"));

        // Cancel asks the same, and Discard closes.
        click(dialog.buttonBox()->button(QDialogButtonBox::Cancel));
        QTRY_VERIFY(discardQuestion(&dialog));
        click(buttonOf(discardQuestion(&dialog), QStringLiteral("Discard")));
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void closesAtOnceAfterASuccessfulCreate()
    {
        ConsoleFixture f;
        CheckoutLinkDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &CheckoutLinkDialog::checkoutSessionCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *items = child<LineItemsEditor>(&dialog, "lineItemsEditor");
        typeInto(items->nameEdit(0), QStringLiteral("Coffee beans"));
        typeInto(items->priceEdit(0), QStringLiteral("18.50"));
        typeInto(child<QLineEdit>(&dialog, "successUrlEdit"),
                 QStringLiteral("https://shop.example.com/thanks"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        QTRY_VERIFY(dialog.isShowingLink());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!discardQuestion(&dialog));
        QVERIFY(!dialog.isVisible());
    }

    void quantityZeroIsRefusedWithAReason()
    {
        ConsoleFixture f;
        const qsizetype before = f.server->count(Resource::CheckoutSessions);
        CheckoutLinkDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *items = child<LineItemsEditor>(&dialog, "lineItemsEditor");
        typeInto(items->nameEdit(0), QStringLiteral("Coffee beans"));
        typeInto(items->priceEdit(0), QStringLiteral("18.50"));
        typeInto(child<QLineEdit>(&dialog, "successUrlEdit"),
                 QStringLiteral("https://shop.example.com/thanks"));
        QSpinBox *quantity = items->quantityEdit(0);
        quantity->setFocus();
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("0"));
        leave(quantity);
        // Not quietly turned back into 1: kept as typed, and the reason is given.
        QCOMPARE(quantity->value(), 0);
        QVERIFY2(shownError(dialog.formErrors(), quantity)
                     .contains(QLatin1String("Quantity must be at least 1")),
                 qPrintable(shownError(dialog.formErrors(), quantity)));
        QVERIFY(isMarked(quantity));
        click(child<QPushButton>(&dialog, "submitButton"));
        QVERIFY(shownError(dialog.formErrors(), quantity)
                    .contains(QLatin1String("Quantity must be at least 1")));
        QCOMPARE(f.server->count(Resource::CheckoutSessions), before);
        // Corrected, it goes.
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("2"));
        QCOMPARE(shownError(dialog.formErrors(), quantity), QString());
        QCOMPARE(items->items().at(0).quantity, 2);
    }

    void tryAnotherPaymentMethodPreselectsAnotherCard()
    {
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        const auto declining = f.card(ada->id, false);
        QVERIFY(declining);
        QVERIFY(f.loadCustomers());
        TakePaymentDialog dialog(f.session.get());
        dialog.setCustomer(ada->id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *methods = child<PaymentMethodPicker>(&dialog, "paymentMethodPicker");
        QTRY_COMPARE(methods->state(), PaymentMethodPicker::State::Ready);
        QVERIFY(methods->comboBox()->count() >= 2);
        methods->comboBox()->setCurrentIndex(methods->comboBox()->findData(declining->id));
        typeInto(child<MoneyEdit>(&dialog, "amountEdit"), QStringLiteral("5"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(child<PaymentResultView>(&dialog, "paymentResult")->outcome(),
                     PaymentResultView::Outcome::Declined);
        click(child<QPushButton>(&dialog, "tryAnotherButton"));
        QVERIFY(!dialog.isShowingResult());
        QVERIFY(!methods->paymentMethodId().isEmpty());
        QVERIFY(methods->paymentMethodId() != declining->id);
    }

    void countryHintCannotBeMistakenForAValue()
    {
        ConsoleFixture f;
        CustomerDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char *name : {"countryEdit", "countryCodeEdit"}) {
            auto *edit = child<QLineEdit>(&dialog, name);
            const QString hint = edit->placeholderText();
            // Words, not something that could be what was typed ("US", "1").
            QVERIFY2(hint.contains(QLatin1Char(' ')) || hint.size() > 3, qPrintable(hint));
            QVERIFY2(hint != QLatin1String("US") && hint != QLatin1String("1"), qPrintable(hint));
            // And all of it is shown.
            QVERIFY2(edit->width() >= edit->fontMetrics().horizontalAdvance(hint) + 8,
                     qPrintable(hint));
        }
    }
};

QTEST_MAIN(TestFormsHoldStill)
#include "tst_forms_hold_still.moc"
