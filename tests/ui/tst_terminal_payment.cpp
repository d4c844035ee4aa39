// Taking a payment on a card terminal in the take-payment dialog, on a SynaptoPay profile
// against the in-process sandbox: the terminal picker, the payment to success, a decline and a
// retry, a terminal that keeps the customer waiting, and a dialog closed mid-payment.
#include "dialog_fixture.h"
#include "ui/dialogs/checkout_link_dialog.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/widgets/device_picker.h"
#include "ui/widgets/line_items_editor.h"
#include "ui/widgets/metadata_editor.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/payment_result_view.h"
#include "ui/widgets/transfers_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QGroupBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

// A SynaptoPay console on the sandbox's acct_demo, whose terminals wait for the test to settle
// them.
struct TerminalFixture
{
    explicit TerminalFixture(bool demo = false)
    {
        sandbox::SandboxOptions options;
        options.processingDelayMs = 0;
        options.terminalDelayMs = 600000;
        options.randomSeed = 5;
        server = std::make_unique<sandbox::SandboxServer>(options);
        if (!server->listen())
            qFatal("sandbox did not start: %s", qPrintable(server->errorString()));
        for (const sandbox::SandboxConnection &c :
             sandbox::sandboxConnections(server->apiBaseUrl(), server->options())) {
            if (c.provider != QLatin1String("synaptopay"))
                continue;
            profile.name = QStringLiteral("Counter");
            profile.provider = c.provider;
            profile.environment = Environment::Custom;
            profile.customBaseUrl = c.baseUrl;
            profile.account = c.account;
            key = c.apiKey.toUtf8();
        }
        session = std::make_unique<Workspace>(profile, profile.credentials(key), demo);
        session->setPollTiming({20, 1.5, 100}, {20, 1.5, 100});
    }

    // Settles the payment waiting on a terminal as its buttons do.
    bool settle(const QString &deviceId, const QString &action)
    {
        QNetworkAccessManager manager;
        QUrl url = server->adminUrl();
        url.setPath(url.path() + QStringLiteral("/terminals/") + deviceId);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Api-Key " + key);
        QNetworkReply *reply =
            manager.post(request, QByteArray(R"({"action":")") + action.toUtf8() + "\"}");
        QDeadlineTimer deadline(10000);
        while (!reply->isFinished() && !deadline.hasExpired())
            QTest::qWait(10);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status == 200;
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    Profile profile;
    QByteArray key;
    std::unique_ptr<Workspace> session;
};

bool devicesLoaded(TakePaymentDialog &dialog)
{
    QDeadlineTimer deadline(10000);
    while (dialog.devicePicker()->state() != DevicePicker::State::Ready && !deadline.hasExpired())
        QTest::qWait(10);
    return dialog.devicePicker()->state() == DevicePicker::State::Ready;
}

int rowOfDevice(DevicePicker *picker, const QString &shortId)
{
    for (int i = 0; i < picker->comboBox()->count(); ++i)
        if (picker->comboBox()->itemData(i).toString().endsWith(QLatin1Char('/') + shortId))
            return i;
    return -1;
}

void enterAmount(TakePaymentDialog &dialog, const QString &currency, const QString &amount)
{
    auto *currencies = child<QComboBox>(&dialog, "currencyCombo");
    currencies->setCurrentIndex(currencies->findText(currency));
    typeInto(child<MoneyEdit>(&dialog, "amountEdit"), amount);
}

// With PAYDESK_SCREENSHOT_DIR set, keeps a picture of the dialog as it is now.
void picture(QWidget &dialog, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    QCoreApplication::processEvents(); // the layout follows the texts just set
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(QStringLiteral("%1/terminal-%2.png").arg(dir, name)));
}

QString title(const TakePaymentDialog &dialog)
{
    return child<PaymentResultView>(&dialog, "paymentResult")->titleLabel()->text();
}

QString detail(const TakePaymentDialog &dialog)
{
    return child<PaymentResultView>(&dialog, "paymentResult")->detailLabel()->text();
}

} // namespace

class TestTerminalPayment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() { isolateSettings(m_settings); }
    void init() { QSettings().clear(); }

    void terminalsAreListedWithWhyTheyCannotTakeThePayment()
    {
        TerminalFixture f;
        TakePaymentDialog dialog(f.session.get());
        dialog.show();
        QVERIFY(child<QRadioButton>(&dialog, "onTerminalRadio")->isChecked());
        QCOMPARE(dialog.method(), TakePaymentDialog::Method::OnTerminal);
        QVERIFY(devicesLoaded(dialog));
        enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("12.50"));
        DevicePicker *picker = dialog.devicePicker();
        auto *model = qobject_cast<QStandardItemModel *>(picker->comboBox()->model());
        QVERIFY(model);
        const int front = rowOfDevice(picker, QStringLiteral("dvc_front_counter"));
        const int cafe = rowOfDevice(picker, QStringLiteral("dvc_cafe_bar"));
        const int back = rowOfDevice(picker, QStringLiteral("dvc_back_office"));
        const int old = rowOfDevice(picker, QStringLiteral("dvc_old_till"));
        QVERIFY(front >= 0 && cafe >= 0 && back >= 0 && old >= 0);
        QVERIFY(model->item(front)->isEnabled());
        QVERIFY(!model->item(cafe)->isEnabled());
        QVERIFY2(model->item(cafe)->toolTip().contains(QLatin1String("EUR")),
                 qPrintable(model->item(cafe)->toolTip()));
        QVERIFY(!model->item(back)->isEnabled());
        QVERIFY(model->item(back)->toolTip().contains(QLatin1String("not paired")));
        QVERIFY(model->item(old)->toolTip().contains(QLatin1String("suspended")));
        // The first terminal that can take a GBP payment is chosen; in euros, the café's is.
        QCOMPARE(picker->comboBox()->currentIndex(), front);
        QVERIFY(picker->comboBox()->currentText().contains(QLatin1String("Front counter")));
        enterAmount(dialog, QStringLiteral("EUR"), QStringLiteral("12.50"));
        QVERIFY(model->item(cafe)->isEnabled());
        QVERIFY(!model->item(front)->isEnabled());
        QVERIFY(!picker->statusLabel()->text().isEmpty()); // the chosen one cannot take euros
        QVERIFY(picker->chooseAnotherThan(QString()));
        QCOMPARE(picker->comboBox()->currentIndex(), cafe);
    }

    void paymentOnTheTerminalSucceedsAndNamesTheCard()
    {
        TerminalFixture f;
        TakePaymentDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        dialog.show();
        QVERIFY(devicesLoaded(dialog));
        enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("25.00"));
        // SynaptoPay keeps no description for a payment: the field is not offered.
        QVERIFY(!child<QLineEdit>(&dialog, "descriptionEdit")->isVisible());
        picture(dialog, QStringLiteral("form"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        QTRY_VERIFY(title(dialog).contains(
            QLatin1String("Waiting for the customer to present a card on Front counter")));
        QVERIFY(detail(dialog).contains(QLatin1String("Waited 0:0")));
        picture(dialog, QStringLiteral("waiting"));
        QVERIFY(!child<QPushButton>(&dialog, "openTerminalButton")->isVisible()); // not a demo
        const PaymentIntent intent = dialog.createdIntent();
        QVERIFY(intent.device.toString().endsWith(QLatin1String("/dvc_front_counter")));
        QCOMPARE(intent.amount, Money(2500, QStringLiteral("GBP")));
        // Remembered for this profile.
        QVERIFY(QSettings()
                    .value(QStringLiteral("terminal/lastUsed/Counter"))
                    .toString()
                    .endsWith(QLatin1String("dvc_front_counter")));

        QVERIFY(f.settle(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        QTRY_COMPARE_WITH_TIMEOUT(title(dialog), QStringLiteral("Payment succeeded"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(detail(dialog).contains(QLatin1String("4242")), 10000);
        picture(dialog, QStringLiteral("succeeded"));
        QCOMPARE(child<QPushButton>(&dialog, "closeButton")->text(), QStringLiteral("Close"));
    }

    void declineOffersTheTerminalAgainOrAnotherWithEverythingKept()
    {
        TerminalFixture f;
        TakePaymentDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        dialog.show();
        QVERIFY(devicesLoaded(dialog));
        enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("18.00"));
        auto *metadata = child<MetadataEditor>(&dialog, "metadataEditor");
        click(metadata->addButton());
        metadata->table()->item(0, 0)->setText(QStringLiteral("order"));
        metadata->table()->item(0, 1)->setText(QStringLiteral("A-17"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        QTRY_VERIFY(title(dialog).startsWith(QLatin1String("Waiting for the customer")));
        QVERIFY(f.settle(QStringLiteral("dvc_front_counter"), QStringLiteral("decline")));
        QTRY_COMPARE_WITH_TIMEOUT(title(dialog),
                                  QStringLiteral("Payment declined on Front counter"), 10000);
        QVERIFY(detail(dialog).contains(QLatin1String("Nothing was charged")));
        picture(dialog, QStringLiteral("declined"));
        auto *retry = child<QPushButton>(&dialog, "retryTerminalButton");
        auto *another = child<QPushButton>(&dialog, "tryAnotherButton");
        QVERIFY(retry->isVisible());
        QVERIFY(another->isVisible());
        QCOMPARE(another->text(), QStringLiteral("&Use another terminal"));

        // Another terminal: back in the form, everything as typed, the terminal box focused.
        click(another);
        QVERIFY(!dialog.isShowingResult());
        QCOMPARE(child<MoneyEdit>(&dialog, "amountEdit")->money(),
                 std::optional<Money>(Money(1800, QStringLiteral("GBP"))));
        QCOMPARE(metadata->metadata().text(QStringLiteral("order")), QStringLiteral("A-17"));
        QVERIFY(dialog.method() == TakePaymentDialog::Method::OnTerminal);
        QTRY_VERIFY(dialog.devicePicker()->comboBox()->hasFocus());

        // The same terminal again: a new payment on it, which succeeds this time.
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 2);
        QVERIFY(created.at(1).at(0).value<PaymentIntent>().id !=
                created.at(0).at(0).value<PaymentIntent>().id);
        QTRY_VERIFY(title(dialog).startsWith(QLatin1String("Waiting for the customer")));
        QVERIFY(f.settle(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        QTRY_COMPARE_WITH_TIMEOUT(title(dialog), QStringLiteral("Payment succeeded"), 10000);
        QVERIFY(!retry->isVisible());
    }

    void retryOnTheTerminalFromTheResult()
    {
        TerminalFixture f;
        TakePaymentDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        dialog.show();
        QVERIFY(devicesLoaded(dialog));
        enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("9.00"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        QVERIFY(f.settle(QStringLiteral("dvc_front_counter"), QStringLiteral("time_out")));
        QTRY_COMPARE_WITH_TIMEOUT(title(dialog),
                                  QStringLiteral("Payment declined on Front counter"), 10000);
        click(child<QPushButton>(&dialog, "retryTerminalButton"));
        QTRY_COMPARE(created.count(), 2);
        QTRY_VERIFY(title(dialog).startsWith(QLatin1String("Waiting for the customer")));
    }

    void aTerminalThatKeepsTheCustomerWaitingIsStillFollowed()
    {
        TerminalFixture f;
        TakePaymentDialog dialog(f.session.get());
        dialog.setTerminalPatience(1);
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        dialog.show();
        QVERIFY(devicesLoaded(dialog));
        enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("30.00"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(title(dialog).contains(QLatin1String("has not finished")), 5000);
        QVERIFY(detail(dialog).contains(QLatin1String("may still complete")));
        picture(dialog, QStringLiteral("still-waiting"));
        QVERIFY(f.settle(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        QTRY_COMPARE_WITH_TIMEOUT(title(dialog), QStringLiteral("Payment succeeded"), 10000);
    }

    void aTerminalPaymentIsReadSteadilyWhileSomeoneWaits()
    {
        TerminalFixture f;
        f.session->setPollTiming({60, 2.0, 5000}, {60, 2.0, 5000});
        // A payment on a terminal and one without: only the first keeps its first interval.
        PaymentIntentDraft onTerminal;
        onTerminal.amount = Money(700, QStringLiteral("GBP"));
        onTerminal.confirm = true;
        onTerminal.device = QStringLiteral("dvc_front_counter");
        Capture<CreateOutcome<PaymentIntent>> created;
        QObject context;
        f.session->provider()->createPaymentIntent(onTerminal, &context, created.callback());
        QTRY_VERIFY(created.value.has_value());
        QVERIFY(created.value->object.has_value());
        const PaymentIntent terminal = *created.value->object;
        PaymentIntent elsewhere = terminal;
        elsewhere.id = terminal.id + QStringLiteral("_other");
        elsewhere.device.clear();
        f.session->adopt(terminal);
        f.session->adopt(elsewhere);
        f.session->watchPaymentIntent(terminal.id);
        f.session->watchPaymentIntent(elsewhere.id);
        QTest::qWait(400); // several reads of each
        QCOMPARE(f.session->nextPollIntervalMs(terminal.id), 60);
        QVERIFY2(f.session->nextPollIntervalMs(elsewhere.id) > 60 ||
                     !f.session->isWatching(elsewhere.id),
                 qPrintable(QString::number(f.session->nextPollIntervalMs(elsewhere.id))));
    }

    void closingMidPaymentLeavesItFollowedInTheList()
    {
        TerminalFixture f;
        QString id;
        {
            TakePaymentDialog dialog(f.session.get());
            QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
            dialog.show();
            QVERIFY(devicesLoaded(dialog));
            enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("14.00"));
            click(child<QPushButton>(&dialog, "submitButton"));
            QTRY_COMPARE(created.count(), 1);
            id = dialog.createdIntent().id;
            click(child<QPushButton>(&dialog, "closeButton"));
        }
        auto *intents = f.session->paymentIntents();
        QVERIFY(intents->rowOf(id) >= 0);
        QCOMPARE(intents->at(intents->rowOf(id)).status.raw(), QStringLiteral("PROCESSING"));
        QSignalSpy settled(f.session.get(), &Workspace::paymentIntentSettled);
        QVERIFY(f.settle(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 10000);
        QTRY_COMPARE(intents->at(intents->rowOf(id)).status.raw(), QStringLiteral("SUCCEEDED"));
    }

    void theDemoOffersItsSimulatedTerminal()
    {
        TerminalFixture f(true);
        TakePaymentDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        dialog.show();
        QVERIFY(devicesLoaded(dialog));
        enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("5.00"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        QTRY_VERIFY(child<QPushButton>(&dialog, "openTerminalButton")->isVisible());
        picture(dialog, QStringLiteral("demo-waiting"));
        QVERIFY(f.settle(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>(&dialog, "openTerminalButton")->isVisible(),
                                 10000);
    }

    void splitPaymentShowsEachRuleAtItsRowThenGoesThrough()
    {
        TerminalFixture f;
        TakePaymentDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        dialog.show();
        QVERIFY(devicesLoaded(dialog));
        enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("20.00"));
        auto *split = child<QGroupBox>(&dialog, "splitGroup");
        auto *editor = child<TransfersEditor>(&dialog, "transfersEditor");
        QVERIFY(!editor->isVisible());
        split->setChecked(true);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->rowCount(), 1);
        QTableWidget *table = editor->table();
        table->item(0, 0)->setText(QStringLiteral("accounts/acct_second"));
        table->item(0, 1)->setText(QStringLiteral("15.00"));
        editor->addRow(QStringLiteral("acct_third"), QStringLiteral("8.00"));
        // Live, at the rows: the second account is not an account's name, and together the
        // transfers are more than the payment.
        QVERIFY2(editor->problemsLabel()->text().contains(QLatin1String("transfer 2")),
                 qPrintable(editor->problemsLabel()->text()));
        QVERIFY(table->item(1, 0)->toolTip().contains(QLatin1String("accounts/acct_123")));
        QVERIFY(table->item(1, 0)->background().color().isValid());
        QVERIFY(editor->remainingLabel()->text().contains(QLatin1String("-3.00")));
        click(child<QPushButton>(&dialog, "submitButton"));
        QCOMPARE(created.count(), 0);
        QVERIFY(!dialog.isShowingResult());

        // Over the amount is refused too, then a good split goes through.
        table->item(1, 0)->setText(QStringLiteral("accounts/acct_third"));
        QVERIFY(editor->problemsLabel()->text().contains(QLatin1String("more than the payment")));
        table->item(1, 1)->setText(QStringLiteral("5.00"));
        QVERIFY2(editor->problemsLabel()->text().isEmpty(),
                 qPrintable(editor->problemsLabel()->text()));
        QVERIFY(editor->remainingLabel()->text().contains(QLatin1String("0.00")));
        picture(dialog, QStringLiteral("split"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        const PaymentIntent intent = created.at(0).at(0).value<PaymentIntent>();
        QCOMPARE(intent.transfers.size(), 2);
        QCOMPARE(intent.transfers.at(0).recipient, QStringLiteral("accounts/acct_second"));
        QCOMPARE(intent.transfers.at(0).amount, Money(1500, QStringLiteral("GBP")));
        QCOMPARE(intent.transfers.at(1).amount, Money(500, QStringLiteral("GBP")));
    }

    void badTransfersAreRefusedAtTheirRows_data()
    {
        QTest::addColumn<QString>("recipient1");
        QTest::addColumn<QString>("amount1");
        QTest::addColumn<QString>("recipient2");
        QTest::addColumn<QString>("amount2");
        QTest::addColumn<QString>("message");
        const QString second = QStringLiteral("accounts/acct_second");
        const QString third = QStringLiteral("accounts/acct_third");
        QTest::newRow("no account") << ""
                                    << "5.00"
                                    << ""
                                    << ""
                                    << "Enter the account that receives transfer 1";
        QTest::newRow("a bare id") << "acct_second"
                                   << "5.00"
                                   << ""
                                   << ""
                                   << "must be an account's name";
        QTest::newRow("a prefix only") << "accounts/"
                                       << "5.00"
                                       << ""
                                       << ""
                                       << "must be an account's name";
        QTest::newRow("a device's name") << "accounts/acct_second/devices/dvc_1"
                                         << "5.00"
                                         << ""
                                         << ""
                                         << "must be an account's name";
        QTest::newRow("no amount") << second << ""
                                   << ""
                                   << ""
                                   << "Enter an amount for transfer 1";
        QTest::newRow("zero") << second << "0"
                              << ""
                              << ""
                              << "Transfer 1:";
        QTest::newRow("negative") << second << "-5"
                                  << ""
                                  << ""
                                  << "Transfer 1:";
        QTest::newRow("letters") << second << "five"
                                 << ""
                                 << ""
                                 << "Transfer 1:";
        QTest::newRow("too many decimals") << second << "1.234"
                                           << ""
                                           << ""
                                           << "Transfer 1:";
        QTest::newRow("a currency code") << second << "5 EUR"
                                         << ""
                                         << ""
                                         << "Transfer 1:";
        QTest::newRow("twice to one account") << second << "5.00" << second << "1.00"
                                              << "same account as transfer 1";
        QTest::newRow("over the amount") << second << "15.00" << third << "6.00"
                                         << "more than the payment";
        QTest::newRow("second row bad") << second << "5.00"
                                        << "acct_third"
                                        << "1.00"
                                        << "The account of transfer 2";
    }

    void badTransfersAreRefusedAtTheirRows()
    {
        QFETCH(QString, recipient1);
        QFETCH(QString, amount1);
        QFETCH(QString, recipient2);
        QFETCH(QString, amount2);
        QFETCH(QString, message);
        TerminalFixture f;
        TakePaymentDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        dialog.show();
        QVERIFY(devicesLoaded(dialog));
        enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("20.00"));
        child<QGroupBox>(&dialog, "splitGroup")->setChecked(true);
        auto *editor = child<TransfersEditor>(&dialog, "transfersEditor");
        editor->table()->item(0, 0)->setText(recipient1);
        editor->table()->item(0, 1)->setText(amount1);
        if (!recipient2.isEmpty() || !amount2.isEmpty())
            editor->addRow(recipient2, amount2);
        click(child<QPushButton>(&dialog, "submitButton"));
        QTest::qWait(50);
        QCOMPARE(created.count(), 0);
        QVERIFY(!dialog.isShowingResult());
        QVERIFY2(editor->problemsLabel()->text().contains(message),
                 qPrintable(editor->problemsLabel()->text()));
        // Everything typed is still there.
        QCOMPARE(editor->table()->item(0, 0)->text(), recipient1);
        QCOMPARE(editor->table()->item(0, 1)->text(), amount1);
        QCOMPARE(child<MoneyEdit>(&dialog, "amountEdit")->text(), QStringLiteral("20.00"));
    }

    void savingTheCardNeedsACustomer()
    {
        TerminalFixture f;
        QVERIFY(f.session);
        TakePaymentDialog dialog(f.session.get());
        dialog.show();
        auto *save = child<QCheckBox>(&dialog, "saveForLaterCheck");
        auto *hint = child<QLabel>(&dialog, "saveForLaterHint");
        QVERIFY(!save->isEnabled());
        QVERIFY(hint->text().contains(QLatin1String("Choose a customer first")));
        // A customer from the sandbox's account: the box comes on and says whose card it is.
        CustomerDraft draft;
        draft.firstName = QStringLiteral("Mateo");
        draft.lastName = QStringLiteral("Rossi");
        Capture<CreateOutcome<Customer>> created;
        QObject context;
        f.session->provider()->createCustomer(draft, &context, created.callback());
        QTRY_VERIFY(created.value.has_value());
        QVERIFY(created.value->object.has_value());
        const Customer customer = *created.value->object;
        f.session->adopt(customer);
        dialog.setCustomer(customer.id);
        QTRY_VERIFY(save->isEnabled());
        QVERIFY(hint->text().contains(customer.displayName()));
        save->setChecked(true);
        QVERIFY(dialog.intentDraft().saveForLater);
        // A checkout link is not charged here: the box goes off and says why.
        dialog.setMethod(TakePaymentDialog::Method::CheckoutLink);
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.intentDraft().saveForLater);

        // Paid on the terminal with the box ticked: the card read there is kept on the customer.
        dialog.setMethod(TakePaymentDialog::Method::OnTerminal);
        QVERIFY(save->isEnabled() && save->isChecked());
        QVERIFY(devicesLoaded(dialog));
        enterAmount(dialog, QStringLiteral("GBP"), QStringLiteral("42.00"));
        QSignalSpy paid(&dialog, &TakePaymentDialog::paymentIntentCreated);
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(paid.count(), 1);
        QVERIFY(f.settle(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        QTRY_COMPARE_WITH_TIMEOUT(title(dialog), QStringLiteral("Payment succeeded"), 10000);
        Capture<Result<Page<PaymentMethod>>> methods;
        f.session->provider()->listPaymentMethods(customer.id, {}, &context, methods.callback());
        QTRY_VERIFY(methods.value.has_value());
        QVERIFY(methods.value->ok());
        QCOMPARE(methods.value->value().items.size(), 1);
        QCOMPARE(methods.value->value().items.constFirst().id,
                 dialog.createdIntent().paymentMethodId);
    }

    void checkoutLinkOffersOnlyWhatTheProviderTakes()
    {
        TerminalFixture f;
        CheckoutLinkDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &CheckoutLinkDialog::checkoutSessionCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // One amount instead of items; no customer, email or expiry (SynaptoPay takes none).
        QVERIFY(!child<LineItemsEditor>(&dialog, "lineItemsEditor")->isVisible());
        QVERIFY(!child<QWidget>(&dialog, "customerPicker")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "customerEmailEdit")->isVisible());
        QVERIFY(!child<QSpinBox>(&dialog, "expirySpin")->isVisible());
        auto *amount = child<MoneyEdit>(&dialog, "amountEdit");
        QVERIFY(amount->isVisible());
        auto *currencies = child<QComboBox>(&dialog, "currencyCombo");
        currencies->setCurrentIndex(currencies->findText(QStringLiteral("EUR")));
        typeInto(amount, QStringLiteral("12.345"));
        typeInto(child<QLineEdit>(&dialog, "successUrlEdit"),
                 QStringLiteral("https://shop.example.com/thanks"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QCOMPARE(created.count(), 0);
        QVERIFY(!shownError(dialog.findChild<FormErrors *>(), amount).isEmpty() ||
                !amount->errorText().isEmpty());
        // Every row still has its height while an error shows.
        for (QWidget *row : {static_cast<QWidget *>(child<QLineEdit>(&dialog, "successUrlEdit")),
                             static_cast<QWidget *>(child<QLineEdit>(&dialog, "referenceEdit"))})
            QVERIFY(row->height() > 10);
        picture(dialog, QStringLiteral("checkout-bad-amount"));
        typeInto(amount, QStringLiteral("12.50"));
        click(child<QPushButton>(&dialog, "submitButton"));
        QTRY_COMPARE(created.count(), 1);
        const CheckoutSession session = created.at(0).at(0).value<CheckoutSession>();
        QCOMPARE(session.amountTotal, std::optional<Money>(Money(1250, QStringLiteral("EUR"))));
        QVERIFY(!session.url.isEmpty());
    }

    void aDotsProfileOffersNoTerminal()
    {
        ConsoleFixture f;
        TakePaymentDialog dialog(f.session.get());
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("onTerminalRadio")));
        QVERIFY(!dialog.devicePicker());
        QCOMPARE(dialog.method(), TakePaymentDialog::Method::ChargeSavedCard);
        QVERIFY(!dialog.findChild<QGroupBox *>(QStringLiteral("splitGroup")));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("saveForLaterCheck")));
    }
};

QTEST_MAIN(TestTerminalPayment)
#include "tst_terminal_payment.moc"
