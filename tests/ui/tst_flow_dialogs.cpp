// Each flow through its dialog, as a person does it: type into the fields, click the buttons,
// and see the result in the dialog, in the session's models and on the server.
#include "dialog_fixture.h"
#include "models/customer_filter_model.h"
#include "ui/dialogs/checkout_link_dialog.h"
#include "ui/dialogs/confirm_intent_dialog.h"
#include "ui/dialogs/customer_dialog.h"
#include "ui/dialogs/refund_dialog.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/widgets/checkout_link_view.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/line_items_editor.h"
#include "ui/widgets/link_panel.h"
#include "ui/widgets/metadata_editor.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/payment_method_picker.h"
#include "ui/widgets/payment_result_view.h"
#include "ui/widgets/qr_code_widget.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace paydesk;
using namespace paydesk::testing;
using sandbox::Resource;

namespace {

// Chooses a customer the way a person does: types part of the email, takes the match.
void chooseCustomer(CustomerPicker *picker, const QString &query)
{
    typeInto(picker->searchField(), query);
    QTRY_VERIFY(picker->completer()->popup()->isVisible());
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
}

QString intentStatusInModel(Workspace *session, const QString &id)
{
    const int row = session->paymentIntents()->rowOf(id);
    return row < 0 ? QString() : session->paymentIntents()->at(row).status.raw();
}

} // namespace

class TestFlowDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void createsAPersonThroughTheForm()
    {
        ConsoleFixture f;
        CustomerDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &CustomerDialog::customerCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const qsizetype before = f.server->count(Resource::PaymentCustomers);

        typeInto(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Grace"));
        typeInto(child<QLineEdit>(&dialog, "lastNameEdit"), QStringLiteral("Hopper"));
        typeInto(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("grace@example.com"));
        typeInto(child<QLineEdit>(&dialog, "countryCodeEdit"), QStringLiteral("1"));
        typeInto(child<QLineEdit>(&dialog, "phoneEdit"), QStringLiteral("2025550143"));
        typeInto(child<QLineEdit>(&dialog, "line1Edit"), QStringLiteral("1 Navy Yard"));
        typeInto(child<QLineEdit>(&dialog, "cityEdit"), QStringLiteral("Arlington"));
        typeInto(child<QLineEdit>(&dialog, "stateEdit"), QStringLiteral("VA"));
        typeInto(child<QLineEdit>(&dialog, "postcodeEdit"), QStringLiteral("22202"));
        typeInto(child<QLineEdit>(&dialog, "countryEdit"), QStringLiteral("US"));
        auto *metadata = child<MetadataEditor>(&dialog, "metadataEditor");
        click(metadata->addButton());
        metadata->table()->item(0, 0)->setText(QStringLiteral("tier"));
        metadata->table()->item(0, 1)->setText(QStringLiteral("gold"));

        auto *submit = child<QPushButton>(&dialog, "submitButton");
        click(submit);
        // In flight: the button is off, so a second click cannot make a second customer.
        QVERIFY(!submit->isEnabled());
        QVERIFY(dialog.isBusy());
        click(submit);
        QTRY_COMPARE(created.count(), 1);

        const Customer customer = created.at(0).at(0).value<Customer>();
        QCOMPARE(f.server->count(Resource::PaymentCustomers), before + 1);
        const QJsonObject stored = f.server->object(Resource::PaymentCustomers, customer.id);
        QCOMPARE(stored.value(QStringLiteral("first_name")).toString(), QStringLiteral("Grace"));
        QCOMPARE(stored.value(QStringLiteral("last_name")).toString(), QStringLiteral("Hopper"));
        QCOMPARE(stored.value(QStringLiteral("email")).toString(),
                 QStringLiteral("grace@example.com"));
        QCOMPARE(stored.value(QStringLiteral("country_code")).toString(), QStringLiteral("1"));
        const QJsonObject address = stored.value(QStringLiteral("address")).toObject();
        QCOMPARE(address.value(QStringLiteral("city")).toString(), QStringLiteral("Arlington"));
        QCOMPARE(stored.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("tier"))
                     .toString(),
                 QStringLiteral("gold"));
        // In the console's list at once, and the dialog is done.
        QVERIFY(f.session->customers()->rowOf(customer.id) >= 0);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void createsABusinessAndSendsOnlyTheChosenKindOfName()
    {
        ConsoleFixture f;
        CustomerDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &CustomerDialog::customerCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A first name typed, then the person switches to a business: it stays in the form but
        // is not sent (the contract takes one kind of name).
        typeInto(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Ada"));
        click(child<QRadioButton>(&dialog, "businessRadio"));
        QVERIFY(!child<QLineEdit>(&dialog, "firstNameEdit")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "businessNameEdit")->isVisible());
        typeInto(child<QLineEdit>(&dialog, "businessNameEdit"), QStringLiteral("Analytical Ltd"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        const Customer customer = created.at(0).at(0).value<Customer>();
        const QJsonObject stored = f.server->object(Resource::PaymentCustomers, customer.id);
        QCOMPARE(stored.value(QStringLiteral("business_name")).toString(),
                 QStringLiteral("Analytical Ltd"));
        QVERIFY(!stored.contains(QStringLiteral("first_name")));
        QCOMPARE(child<QLineEdit>(&dialog, "firstNameEdit")->text(), QStringLiteral("Ada"));
    }

    void takesAPaymentWithASavedCard_data()
    {
        QTest::addColumn<bool>("succeeding");
        QTest::newRow("succeeding card") << true;
        QTest::newRow("declined card") << false;
    }

    void takesAPaymentWithASavedCard()
    {
        QFETCH(bool, succeeding);
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        const auto card = f.card(ada->id, succeeding);
        QVERIFY(card);
        QVERIFY(f.loadCustomers());

        TakePaymentDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(child<MoneyEdit>(&dialog, "amountEdit"), QStringLiteral("12.34"));
        chooseCustomer(child<CustomerPicker>(&dialog, "customerPicker"),
                       QStringLiteral("ada@example"));
        QCOMPARE(child<CustomerPicker>(&dialog, "customerPicker")->customerId(), ada->id);
        typeInto(child<QLineEdit>(&dialog, "descriptionEdit"), QStringLiteral("Two books"));

        // The saved cards load for the chosen customer, described, never a card number field.
        auto *methods = child<PaymentMethodPicker>(&dialog, "paymentMethodPicker");
        QTRY_COMPARE(methods->state(), PaymentMethodPicker::State::Ready);
        QCOMPARE(methods->comboBox()->count(), 2);
        const int index = methods->comboBox()->findData(card->id);
        QVERIFY(index >= 0);
        QVERIFY(methods->comboBox()->itemText(index).contains(card->description));
        methods->comboBox()->setCurrentIndex(index);
        // The cards loaded here name the payment method in the list and its CSV.
        QCOMPARE(f.session->paymentIntents()->paymentMethodName(card->id), card->displayName());

        auto *submit = child<QPushButton>(&dialog, "submitButton");
        QCOMPARE(submit->text(), QStringLiteral("Charge $12.34"));
        click(submit);
        QVERIFY(!submit->isEnabled());
        QTRY_COMPARE(created.count(), 1);
        const PaymentIntent intent = created.at(0).at(0).value<PaymentIntent>();
        QCOMPARE(intent.amount, Money(1234, QStringLiteral("USD")));
        QCOMPARE(intent.paymentMethodId, card->id);

        // Processing first, in the dialog and in the list...
        auto *result = child<PaymentResultView>(&dialog, "paymentResult");
        QCOMPARE(intent.status.known(), IntentStatus::Processing);
        QCOMPARE(result->outcome(), PaymentResultView::Outcome::Processing);
        QCOMPARE(result->titleLabel()->text(), QStringLiteral("Processing the payment…"));
        QCOMPARE(intentStatusInModel(f.session.get(), intent.id), QStringLiteral("processing"));
        QVERIFY(f.session->isWatching(intent.id));

        // ...then settled, in both.
        const QString expected =
            succeeding ? QStringLiteral("succeeded") : QStringLiteral("failed");
        QTRY_COMPARE(intentStatusInModel(f.session.get(), intent.id), expected);
        QTRY_COMPARE(result->outcome(), succeeding ? PaymentResultView::Outcome::Succeeded
                                                   : PaymentResultView::Outcome::Declined);
        auto *tryAnother = child<QPushButton>(&dialog, "tryAnotherButton");
        if (succeeding) {
            QCOMPARE(result->titleLabel()->text(), QStringLiteral("Payment succeeded"));
            QVERIFY(result->detailLabel()->text().contains(QLatin1String("$12.34")));
            QVERIFY(result->detailLabel()->text().contains(QLatin1String("Ada Lovelace")));
            QVERIFY(!tryAnother->isVisible());
        } else {
            QCOMPARE(result->titleLabel()->text(), QStringLiteral("Payment declined"));
            QVERIFY(result->detailLabel()->text().contains(QLatin1String("declined")));
            QVERIFY(tryAnother->isVisible());
            // Back to the form, with everything still typed.
            click(tryAnother);
            QVERIFY(!dialog.isShowingResult());
            QCOMPARE(child<MoneyEdit>(&dialog, "amountEdit")->text(), QStringLiteral("12.34"));
            QCOMPARE(child<QLineEdit>(&dialog, "descriptionEdit")->text(),
                     QStringLiteral("Two books"));
            QCOMPARE(child<CustomerPicker>(&dialog, "customerPicker")->customerId(), ada->id);
        }
        QCOMPARE(f.server->count(Resource::PaymentIntents), 1);
    }

    void sendsACheckoutLinkAndRemembersTheSuccessUrl()
    {
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        QVERIFY(f.loadCustomers());
        QSettings().remove(TakePaymentDialog::successUrlSettingsKey());
        {
            TakePaymentDialog dialog(f.session.get());
            dialog.setCustomer(ada->id); // opened from a customer's row
            QSignalSpy created(&dialog, &TakePaymentDialog::checkoutSessionCreated);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(child<CustomerPicker>(&dialog, "customerPicker")->searchField()->text(),
                     QStringLiteral("Ada Lovelace"));
            typeInto(child<MoneyEdit>(&dialog, "amountEdit"), QStringLiteral("40"));
            click(child<QRadioButton>(&dialog, "sendLinkRadio"));
            QCOMPARE(child<QPushButton>(&dialog, "submitButton")->text(),
                     QStringLiteral("Create link"));
            typeInto(child<QLineEdit>(&dialog, "successUrlEdit"),
                     QStringLiteral("https://shop.example.com/thanks"));
            click(child<QPushButton>(&dialog, "submitButton"));
            QTRY_COMPARE(created.count(), 1);
            const CheckoutSession session = created.at(0).at(0).value<CheckoutSession>();
            QCOMPARE(session.amountTotal, Money(4000, QStringLiteral("USD")));
            QCOMPARE(session.customerId, ada->id);
            QCOMPARE(session.lineItems.size(), 1);
            QCOMPARE(session.lineItems.at(0).name, QStringLiteral("Payment"));
            auto *view = child<CheckoutLinkView>(&dialog, "checkoutLinkView");
            QVERIFY(view->isVisible());
            QCOMPARE(view->linkPanel()->url(), session.url);
            QVERIFY(view->linkPanel()->isQrCodeVisible());
            QVERIFY(f.session->checkoutSessions()->rowOf(session.id) >= 0);
            QVERIFY(f.session->isWatching(session.id));
        }
        QCOMPARE(QSettings().value(TakePaymentDialog::successUrlSettingsKey()).toString(),
                 QStringLiteral("https://shop.example.com/thanks"));
        TakePaymentDialog again(f.session.get());
        QCOMPARE(child<QLineEdit>(&again, "successUrlEdit")->text(),
                 QStringLiteral("https://shop.example.com/thanks"));
    }

    // Typed customer text that chose no one is never sent as "no customer": not by Enter before
    // the suggestions came, not by the button. With one suggestion, Down then Enter chooses it.
    void unresolvedCustomerTextCreatesNothing()
    {
        ConsoleFixture f;
        const auto mateo = f.createCustomer(QStringLiteral("Mateo"), QStringLiteral("Quispe"),
                                            QStringLiteral("mateo@example.com"));
        QVERIFY(mateo);
        CheckoutLinkDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &CheckoutLinkDialog::checkoutSessionCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        LineItemsEditor *items = dialog.lineItems();
        typeInto(items->nameEdit(0), QStringLiteral("Coffee beans"));
        typeInto(items->priceEdit(0), QStringLiteral("12.50"));
        typeInto(child<QLineEdit>(&dialog, "successUrlEdit"),
                 QStringLiteral("https://shop.example.com/thanks"));
        const qsizetype before = f.server->count(Resource::CheckoutSessions);

        // The customer list has not come yet: no suggestion for "Mateo".
        auto *picker = child<CustomerPicker>(&dialog, "customerPicker");
        typeInto(picker->searchField(), QStringLiteral("Mateo"));
        QVERIFY(!picker->completer()->popup()->isVisible());
        QTest::keyClick(picker->searchField(), Qt::Key_Return);
        const QString message = QStringLiteral("Pick a customer from the list or clear the field.");
        QCOMPARE(shownError(dialog.formErrors(), picker), message);
        QVERIFY(!dialog.isBusy());
        QTest::qWait(200);
        QCOMPARE(created.count(), 0);
        QCOMPARE(f.server->count(Resource::CheckoutSessions), before);
        // What was typed stays, to be corrected.
        QCOMPARE(picker->searchField()->text(), QStringLiteral("Mateo"));

        // The button refuses it the same way.
        click(child<QPushButton>(&dialog, "submitButton"));
        QCOMPARE(shownError(dialog.formErrors(), picker), message);
        QTest::qWait(200);
        QCOMPARE(created.count(), 0);
        QCOMPARE(f.server->count(Resource::CheckoutSessions), before);

        // The list came: one suggestion; Down keeps it highlighted and Enter chooses it.
        QVERIFY(f.loadCustomers());
        typeInto(picker->searchField(), QStringLiteral("mateo@"));
        QTRY_VERIFY(picker->completer()->popup()->isVisible());
        QCOMPARE(picker->matches()->rowCount(), 1);
        QTest::keyClick(picker->completer()->popup(), Qt::Key_Down);
        QVERIFY(picker->completer()->popup()->currentIndex().isValid());
        QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
        QCOMPARE(picker->customerId(), mateo->id);
        QCOMPARE(created.count(), 0); // choosing is not creating

        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(created.at(0).at(0).value<CheckoutSession>().customerId, mateo->id);
    }

    // The take payment dialog's picker keeps the same rule, in both of its ways to pay.
    void takePaymentRefusesUnresolvedCustomerText()
    {
        ConsoleFixture f;
        TakePaymentDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(child<MoneyEdit>(&dialog, "amountEdit"), QStringLiteral("40"));
        auto *picker = child<CustomerPicker>(&dialog, "customerPicker");
        typeInto(picker->searchField(), QStringLiteral("Mateo"));
        const QString message = QStringLiteral("Pick a customer from the list or clear the field.");
        const qsizetype intents = f.server->count(Resource::PaymentIntents);
        const qsizetype sessions = f.server->count(Resource::CheckoutSessions);

        click(child<QPushButton>(&dialog, "submitButton"));
        QCOMPARE(shownError(dialog.formErrors(), picker), message);

        click(child<QRadioButton>(&dialog, "sendLinkRadio"));
        typeInto(child<QLineEdit>(&dialog, "successUrlEdit"),
                 QStringLiteral("https://shop.example.com/thanks"));
        QTest::keyClick(picker->searchField(), Qt::Key_Return);
        QCOMPARE(shownError(dialog.formErrors(), picker), message);
        QVERIFY(!dialog.isBusy());
        QTest::qWait(200);
        QCOMPARE(f.server->count(Resource::PaymentIntents), intents);
        QCOMPARE(f.server->count(Resource::CheckoutSessions), sessions);
        QVERIFY(!dialog.isShowingResult());

        // Cleared, the link goes without a customer, as asked.
        QSignalSpy created(&dialog, &TakePaymentDialog::checkoutSessionCreated);
        typeInto(picker->searchField(), QString());
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(created.at(0).at(0).value<CheckoutSession>().customerId, QString());
    }

    void refundsPartThenTheRestBehindAConfirmation()
    {
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        QVERIFY(f.loadCustomers());
        const auto paid = f.succeededPayment(ada->id, 5000);
        QVERIFY(paid);
        QCOMPARE(paid->status.known(), IntentStatus::Succeeded);
        f.session->adopt(*paid);

        {
            RefundDialog dialog(f.session.get(), *paid);
            QSignalSpy refunded(&dialog, &RefundDialog::refundCreated);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(child<QRadioButton>(&dialog, "fullRadio")->isChecked()); // the default
            QVERIFY(child<QRadioButton>(&dialog, "fullRadio")
                        ->text()
                        .contains(QLatin1String("$50.00")));
            click(child<QRadioButton>(&dialog, "partialRadio"));
            typeInto(child<MoneyEdit>(&dialog, "amountEdit"), QStringLiteral("12.34"));
            auto *reason = child<QComboBox>(&dialog, "reasonCombo");
            reason->setCurrentIndex(reason->findData(QStringLiteral("requested_by_customer")));

            click(child<QPushButton>(&dialog, "reviewButton"));
            QVERIFY(dialog.isConfirming());
            QCOMPARE(child<QLabel>(&dialog, "confirmationLabel")->text(),
                     QStringLiteral("Refund $12.34 to Ada Lovelace?"));
            auto *confirm = child<QPushButton>(&dialog, "confirmButton");
            QCOMPARE(confirm->text(), QStringLiteral("Refund $12.34"));
            // Nothing is sent before the confirmation.
            QCOMPARE(f.server->count(Resource::Refunds), 0);
            // Back keeps the form as it was.
            click(child<QPushButton>(&dialog, "backButton"));
            QVERIFY(!dialog.isConfirming());
            QCOMPARE(child<MoneyEdit>(&dialog, "amountEdit")->text(), QStringLiteral("12.34"));
            click(child<QPushButton>(&dialog, "reviewButton"));
            click(child<QPushButton>(&dialog, "confirmButton"));
            QVERIFY(!confirm->isEnabled());
            QTRY_COMPARE(refunded.count(), 1);
            const Refund refund = refunded.at(0).at(0).value<Refund>();
            QCOMPARE(refund.amount, Money(1234, QStringLiteral("USD")));
            QCOMPARE(refund.reason, QStringLiteral("requested_by_customer"));
            QCOMPARE(f.server->count(Resource::Refunds), 1);
            QVERIFY(child<QLabel>(&dialog, "doneLabel")->text().contains(QLatin1String("$12.34")));
        }

        // The intent is read again: what is left shows in the list's copy.
        QTRY_COMPARE(RefundDialog::amountRefunded(f.session->paymentIntents()->at(
                         f.session->paymentIntents()->rowOf(paid->id))),
                     qint64(1234));
        const PaymentIntent updated =
            f.session->paymentIntents()->at(f.session->paymentIntents()->rowOf(paid->id));
        RefundDialog rest(f.session.get(), updated);
        QSignalSpy refunded(&rest, &RefundDialog::refundCreated);
        rest.show();
        QVERIFY(QTest::qWaitForWindowExposed(&rest));
        QCOMPARE(rest.refundable(), Money(3766, QStringLiteral("USD")));
        click(child<QPushButton>(&rest, "reviewButton"));
        QCOMPARE(child<QLabel>(&rest, "confirmationLabel")->text(),
                 QStringLiteral("Refund $37.66 to Ada Lovelace?"));
        click(child<QPushButton>(&rest, "confirmButton"));
        QTRY_COMPARE(refunded.count(), 1);
        QCOMPARE(refunded.at(0).at(0).value<Refund>().amount, Money(3766, QStringLiteral("USD")));
        QCOMPARE(f.server->object(Resource::PaymentIntents, paid->id)
                     .value(QStringLiteral("amount_refunded"))
                     .toInteger(),
                 5000);

        // Refunded in full: nothing more to send.
        QTRY_COMPARE(RefundDialog::amountRefunded(f.session->paymentIntents()->at(
                         f.session->paymentIntents()->rowOf(paid->id))),
                     qint64(5000));
        RefundDialog none(f.session.get(), f.session->paymentIntents()->at(
                                               f.session->paymentIntents()->rowOf(paid->id)));
        QVERIFY(!child<QPushButton>(&none, "reviewButton")->isEnabled());
        QVERIFY(none.banner()->text().contains(QLatin1String("in full")));
    }

    void confirmsAWaitingPaymentWithTheCustomersCard()
    {
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        QVERIFY(f.loadCustomers());
        PaymentIntentDraft draft;
        draft.amount = Money(2500, QStringLiteral("USD"));
        draft.customerId = ada->id;
        Capture<CreateOutcome<PaymentIntent>> waiting;
        f.provider()->createPaymentIntent(draft, &f.callbacks, waiting.callback());
        QTRY_VERIFY(waiting.value.has_value());
        QVERIFY(waiting.value->object);
        const PaymentIntent intent = *waiting.value->object;
        QCOMPARE(intent.status.phase(), IntentPhase::Waiting);
        const auto card = f.card(ada->id, true);
        QVERIFY(card);

        ConfirmIntentDialog dialog(f.session.get(), intent);
        QSignalSpy confirmed(&dialog, &ConfirmIntentDialog::intentConfirmed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *methods = dialog.paymentMethodPicker();
        QTRY_COMPARE(methods->state(), PaymentMethodPicker::State::Ready);
        methods->comboBox()->setCurrentIndex(methods->comboBox()->findData(card->id));
        auto *submit = child<QPushButton>(&dialog, "submitButton");
        QCOMPARE(submit->text(), QStringLiteral("Charge $25.00"));
        click(submit);
        QVERIFY(!submit->isEnabled());
        QTRY_COMPARE(confirmed.count(), 1);
        QVERIFY(dialog.isShowingResult());
        auto *result = child<PaymentResultView>(&dialog, "paymentResult");
        QTRY_COMPARE(result->outcome(), PaymentResultView::Outcome::Succeeded);
        QTRY_COMPARE(intentStatusInModel(f.session.get(), intent.id), QStringLiteral("succeeded"));

        // A payment that is not waiting cannot be confirmed again.
        ConfirmIntentDialog again(f.session.get(), result->intent());
        QVERIFY(!child<QPushButton>(&again, "submitButton")->isEnabled());
    }

    void checkoutLinkIsPaidInTheBrowserAndCompletesInTheList()
    {
        ConsoleFixture f;
        QVERIFY(f.loadCustomers());
        CheckoutLinkDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &CheckoutLinkDialog::checkoutSessionCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        LineItemsEditor *items = dialog.lineItems();
        typeInto(items->nameEdit(0), QStringLiteral("Coffee beans"));
        typeInto(items->descriptionEdit(0), QStringLiteral("1 kg, whole"));
        typeInto(items->priceEdit(0), QStringLiteral("12.50"));
        items->quantityEdit(0)->selectAll();
        QTest::keyClicks(items->quantityEdit(0), QStringLiteral("2"));
        click(items->addButton());
        typeInto(items->nameEdit(1), QStringLiteral("Mug"));
        typeInto(items->priceEdit(1), QStringLiteral("8"));
        QCOMPARE(items->totalLabel()->text(), QStringLiteral("Total: $33.00"));
        typeInto(child<QLineEdit>(&dialog, "successUrlEdit"),
                 QStringLiteral("https://shop.example.com/thanks"));
        typeInto(child<QLineEdit>(&dialog, "cancelUrlEdit"),
                 QStringLiteral("https://shop.example.com/cart"));
        typeInto(child<QLineEdit>(&dialog, "customerEmailEdit"), QStringLiteral("ada@example.com"));
        auto *expiry = child<QSpinBox>(&dialog, "expirySpin");
        QCOMPARE(expiry->maximum(), 180);
        expiry->selectAll();
        QTest::keyClicks(expiry, QStringLiteral("30"));
        typeInto(child<QLineEdit>(&dialog, "referenceEdit"), QStringLiteral("INV-1001"));

        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        const CheckoutSession session = created.at(0).at(0).value<CheckoutSession>();
        QCOMPARE(session.amountTotal, Money(3300, QStringLiteral("USD")));
        QCOMPARE(session.lineItems.size(), 2);
        QCOMPARE(session.clientReferenceId, QStringLiteral("INV-1001"));
        QCOMPARE(session.customerEmail, QStringLiteral("ada@example.com"));
        const QJsonObject stored = f.server->object(Resource::CheckoutSessions, session.id);
        QCOMPARE(stored.value(QStringLiteral("cancel_url")).toString(),
                 QStringLiteral("https://shop.example.com/cart"));
        QVERIFY(dialog.isShowingLink());
        auto *view = child<CheckoutLinkView>(&dialog, "checkoutLinkView");
        QCOMPARE(view->linkPanel()->url(), session.url);
        QVERIFY(view->linkPanel()->qrCode()->isValid());
        QCOMPARE(view->titleLabel()->text(), QStringLiteral("Checkout link ready"));

        // The customer pays on the sandbox's page: GET it, POST its form.
        QNetworkAccessManager browser;
        QNetworkReply *page = browser.get(QNetworkRequest(QUrl(session.url)));
        QTRY_VERIFY(page->isFinished());
        QCOMPARE(page->error(), QNetworkReply::NoError);
        const QString html = QString::fromUtf8(page->readAll());
        page->deleteLater();
        const QRegularExpressionMatch form =
            QRegularExpression(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\">"))
                .match(html);
        QVERIFY2(form.hasMatch(), qPrintable(html));
        const QUrl action = QUrl(session.url).resolved(QUrl(form.captured(1)));
        QNetworkRequest post(action);
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *paid = browser.post(post, QByteArray());
        QTRY_VERIFY(paid->isFinished());
        QCOMPARE(paid->error(), QNetworkReply::NoError);
        QVERIFY(QString::fromUtf8(paid->readAll()).contains(QLatin1String("Payment received")));
        paid->deleteLater();

        // The session watcher sees it complete: in the list and in the dialog.
        const auto status = [&] {
            const int row = f.session->checkoutSessions()->rowOf(session.id);
            return row < 0 ? QString() : f.session->checkoutSessions()->at(row).status.raw();
        };
        QTRY_COMPARE(status(), QStringLiteral("complete"));
        QTRY_COMPARE(view->titleLabel()->text(), QStringLiteral("Paid"));
        QVERIFY(!f.session->isWatching(session.id));
    }

    void closingWhileCreatingAsksFirstAndFinishesInTheBackground()
    {
        ConsoleFixture f;
        sandbox::FaultSettings slow;
        slow.latencyMs = 400;
        QVERIFY(f.server->setFaults(slow));
        CustomerDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &CustomerDialog::customerCreated);
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Alan"));
        typeInto(child<QLineEdit>(&dialog, "lastNameEdit"), QStringLiteral("Turing"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QVERIFY(dialog.isBusy());

        // Escape asks instead of closing; "Keep waiting" keeps the dialog.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QMessageBox *question = dialog.findChild<QMessageBox *>();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(dialog.isVisible());
        QAbstractButton *keep = nullptr;
        QAbstractButton *closeAnyway = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (button->text().contains(QLatin1String("Keep waiting")))
                keep = button;
            if (button->text().contains(QLatin1String("anyway")))
                closeAnyway = button;
        }
        QVERIFY(keep && closeAnyway);
        click(keep);
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>());
        QVERIFY(dialog.isVisible());
        QCOMPARE(finished.count(), 0);

        // Asked again, the person insists: the window goes, the create still lands.
        dialog.reject();
        question = dialog.findChild<QMessageBox *>();
        QVERIFY(question);
        for (QAbstractButton *button : question->buttons()) {
            if (button->text().contains(QLatin1String("anyway")))
                closeAnyway = button;
        }
        click(closeAnyway);
        QVERIFY(!dialog.isVisible());
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(finished.count(), 1);
        const Customer customer = created.at(0).at(0).value<Customer>();
        QVERIFY(f.session->customers()->rowOf(customer.id) >= 0);
        QCOMPARE(f.server->count(Resource::PaymentCustomers),
                 f.server->options().seedSizes.customers + 1);
    }
};

QTEST_MAIN(TestFlowDialogs)
#include "tst_flow_dialogs.moc"
