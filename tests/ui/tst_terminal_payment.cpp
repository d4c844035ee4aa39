// Taking a payment on a card terminal in the take-payment dialog, on a SynaptoPay profile
// against the in-process sandbox: the terminal picker, the payment to success, a decline and a
// retry, a terminal that keeps the customer waiting, and a dialog closed mid-payment.
#include "dialog_fixture.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/widgets/device_picker.h"
#include "ui/widgets/metadata_editor.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/payment_result_view.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
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
void picture(TakePaymentDialog &dialog, const QString &name)
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
        QVERIFY(intent.device.endsWith(QLatin1String("/dvc_front_counter")));
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

    void aDotsProfileOffersNoTerminal()
    {
        ConsoleFixture f;
        TakePaymentDialog dialog(f.session.get());
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("onTerminalRadio")));
        QVERIFY(!dialog.devicePicker());
        QCOMPARE(dialog.method(), TakePaymentDialog::Method::ChargeSavedCard);
    }
};

QTEST_MAIN(TestTerminalPayment)
#include "tst_terminal_payment.moc"
