// Creates that meet a busy, throttling or broken server: each dialog says what happened, keeps
// everything typed, never sends a create twice blindly, and the server ends with exactly one.
#include "dialog_fixture.h"
#include "ui/dialogs/checkout_link_dialog.h"
#include "ui/dialogs/customer_dialog.h"
#include "ui/dialogs/refund_dialog.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/widgets/checkout_link_view.h"
#include "ui/widgets/line_items_editor.h"
#include "ui/widgets/message_banner.h"
#include "ui/widgets/metadata_editor.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/payment_method_picker.h"
#include "ui/widgets/payment_result_view.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace paydesk;
using namespace paydesk::testing;
using sandbox::Resource;

namespace {

enum class Fault
{
    ServiceUnavailable, // 503, nothing applied
    RateLimited,        // 429, nothing applied
    DropBefore,         // connection closed before the server acted
    DropAfter,          // the server acted, the answer was lost
};

sandbox::FaultSettings settingsFor(Fault fault, bool writesOnly)
{
    sandbox::FaultSettings settings;
    settings.retryAfterSeconds = 0;
    settings.writesOnly = writesOnly;
    switch (fault) {
    case Fault::ServiceUnavailable:
        settings.serviceUnavailableShare = 1;
        break;
    case Fault::RateLimited:
        settings.rateLimitShare = 1;
        break;
    case Fault::DropBefore:
        settings.dropBeforeShare = 1;
        break;
    case Fault::DropAfter:
        settings.dropAfterShare = 1;
        break;
    }
    return settings;
}

// What the dialog can know right after the failed create.
enum class Outcome
{
    Refused,         // 429: the server said no, nothing exists
    CheckedNotThere, // the look-up got through and found nothing
    FoundByLookup,   // the look-up got through and found the object: no second create
    Unknown,         // the look-up met the faults too
    NotSent,         // a refund's reads before sending met the faults: it was never sent
};

Outcome expectedOutcome(Fault fault, bool writesOnly)
{
    if (fault == Fault::RateLimited)
        return Outcome::Refused;
    if (!writesOnly)
        return Outcome::Unknown;
    return fault == Fault::DropAfter ? Outcome::FoundByLookup : Outcome::CheckedNotThere;
}

} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Outcome)

class TestDialogFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    // What the banner must say right after the failed create.
    static void expectFirstOutcome(FlowDialog &dialog, Outcome outcome)
    {
        MessageBanner *banner = dialog.banner();
        switch (outcome) {
        case Outcome::Unknown:
            // Said plainly, with the request id and a way to find out; no resubmit.
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
            QVERIFY2(banner->text().contains(QLatin1String("could not find out whether")),
                     qPrintable(banner->text()));
            QVERIFY(!dialog.pendingRequestId().isEmpty());
            QVERIFY(banner->detail().contains(QStringLiteral("Request ID: ") +
                                              dialog.pendingRequestId()));
            QVERIFY(banner->action(QStringLiteral("Check again")));
            QVERIFY(!banner->action(QStringLiteral("Try again")));
            QVERIFY(!dialog.submitButton()->isEnabled());
            break;
        case Outcome::Refused:
            // Nothing was made: the reason, and a safe retry.
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
            QVERIFY2(banner->text().contains(QLatin1String("429")), qPrintable(banner->text()));
            QVERIFY(banner->detail().contains(QLatin1String("Nothing was created")));
            QVERIFY(banner->detail().contains(QLatin1String("still here")));
            QVERIFY(banner->action(QStringLiteral("Try again")));
            QVERIFY(dialog.submitButton()->isEnabled());
            break;
        case Outcome::CheckedNotThere:
            // What went wrong, and that Paydesk made sure nothing was created.
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
            QVERIFY2(banner->text().contains(QLatin1String("safe to try again")),
                     qPrintable(banner->text()));
            QVERIFY(banner->detail().contains(QLatin1String("still here")));
            QVERIFY(banner->action(QStringLiteral("Try again")));
            QVERIFY(dialog.submitButton()->isEnabled());
            QVERIFY(dialog.pendingRequestId().isEmpty());
            break;
        case Outcome::NotSent:
            // The refund reads the intent and its refunds first; when it cannot, it sends
            // nothing and says so.
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
            QVERIFY2(banner->text().contains(QLatin1String("nothing was sent")),
                     qPrintable(banner->text()));
            QVERIFY(banner->detail().contains(QLatin1String("still here")));
            QVERIFY(banner->action(QStringLiteral("Try again")));
            QVERIFY(dialog.submitButton()->isEnabled());
            QVERIFY(dialog.pendingRequestId().isEmpty());
            break;
        case Outcome::FoundByLookup:
            // Made once, found by its request id: said, and nothing to retry.
            QVERIFY2(banner->text().contains(QLatin1String("answer was lost")),
                     qPrintable(banner->text()));
            QVERIFY(dialog.pendingRequestId().isEmpty());
            QVERIFY(!banner->action(QStringLiteral("Try again")));
            break;
        }
    }

    // With the server healthy again: "Check again" (unknown) or "Try again" (not created).
    static void resolve(FlowDialog &dialog, Fault fault, Outcome outcome)
    {
        MessageBanner *banner = dialog.banner();
        if (outcome == Outcome::FoundByLookup)
            return;
        if (outcome == Outcome::Unknown) {
            click(banner->action(QStringLiteral("Check again")));
            QTRY_VERIFY(!dialog.isBusy());
            if (fault == Fault::DropAfter)
                return; // found: the dialog goes on to its result
            QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
            QVERIFY2(banner->text().contains(QLatin1String("not created, so it is safe to try "
                                                           "again")),
                     qPrintable(banner->text()));
            QVERIFY(banner->detail().contains(QLatin1String("still here")));
            QVERIFY(dialog.submitButton()->isEnabled());
            QVERIFY(dialog.pendingRequestId().isEmpty());
        }
        // A fresh create: nothing was made, so it cannot duplicate anything.
        click(banner->action(QStringLiteral("Try again")));
    }

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void faults_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<bool>("writesOnly");
        // Every request faulted: the look-up after a lost answer fails too.
        QTest::newRow("503") << Fault::ServiceUnavailable << false;
        QTest::newRow("429") << Fault::RateLimited << false;
        QTest::newRow("dropped before") << Fault::DropBefore << false;
        QTest::newRow("dropped after") << Fault::DropAfter << false;
        // Only the create faulted: the look-up finds out at once.
        QTest::newRow("503, look-up gets through") << Fault::ServiceUnavailable << true;
        QTest::newRow("dropped before, look-up gets through") << Fault::DropBefore << true;
        QTest::newRow("dropped after, look-up gets through") << Fault::DropAfter << true;
    }

    void customerCreate_data() { faults_data(); }
    void customerCreate()
    {
        QFETCH(Fault, fault);
        QFETCH(bool, writesOnly);
        const Outcome outcome = expectedOutcome(fault, writesOnly);
        ConsoleFixture f;
        const qsizetype before = f.server->count(Resource::PaymentCustomers);
        CustomerDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &CustomerDialog::customerCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<std::pair<const char *, QString>> typed{
            {"firstNameEdit", QStringLiteral("Ada")},
            {"lastNameEdit", QStringLiteral("Lovelace")},
            {"emailEdit", QStringLiteral("ada@example.com")},
            {"countryCodeEdit", QStringLiteral("44")},
            {"phoneEdit", QStringLiteral("2079460000")},
        };
        for (const auto &[name, text] : typed)
            typeInto(child<QLineEdit>(&dialog, name), text);
        auto *metadata = child<MetadataEditor>(&dialog, "metadataEditor");
        metadata->addRow(QStringLiteral("source"), QStringLiteral("phone"));

        QVERIFY(f.server->setFaults(settingsFor(fault, writesOnly)));
        click(dialog.submitButton());
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        expectFirstOutcome(dialog, outcome);
        if (QTest::currentTestFailed())
            return;
        // Everything typed is still there.
        for (const auto &[name, text] : typed)
            QCOMPARE(child<QLineEdit>(&dialog, name)->text(), text);
        QCOMPARE(metadata->metadata().text(QStringLiteral("source")), QStringLiteral("phone"));
        QCOMPARE(created.count(), outcome == Outcome::FoundByLookup ? 1 : 0);
        const QString firstRequest = dialog.pendingRequestId();
        QCOMPARE(f.server->count(Resource::PaymentCustomers),
                 before + (fault == Fault::DropAfter ? 1 : 0));

        QVERIFY(f.server->setFaults({}));
        resolve(dialog, fault, outcome);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(f.server->count(Resource::PaymentCustomers), before + 1);
        const Customer customer = created.at(0).at(0).value<Customer>();
        QCOMPARE(customer.firstName, QStringLiteral("Ada"));
        if (fault == Fault::DropAfter) {
            // The one the lost answer was about, found by its request id.
            const QString requestId =
                customer.metadata.text(QString::fromLatin1(RequestIdMetadataKey));
            QCOMPARE(f.server->countWithMetadata(Resource::PaymentCustomers,
                                                 QString::fromLatin1(RequestIdMetadataKey),
                                                 requestId),
                     1);
            if (outcome == Outcome::Unknown)
                QCOMPARE(requestId, firstRequest);
        }
        QVERIFY(f.session->customers()->rowOf(customer.id) >= 0);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void chargeNow_data() { faults_data(); }
    void chargeNow()
    {
        QFETCH(Fault, fault);
        QFETCH(bool, writesOnly);
        const Outcome outcome = expectedOutcome(fault, writesOnly);
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        const auto card = f.card(ada->id, true);
        QVERIFY(card);
        QVERIFY(f.loadCustomers());
        TakePaymentDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &TakePaymentDialog::paymentIntentCreated);
        dialog.setCustomer(ada->id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(child<MoneyEdit>(&dialog, "amountEdit"), QStringLiteral("19.99"));
        typeInto(child<QLineEdit>(&dialog, "descriptionEdit"), QStringLiteral("Lamp"));
        auto *methods = child<PaymentMethodPicker>(&dialog, "paymentMethodPicker");
        QTRY_COMPARE(methods->state(), PaymentMethodPicker::State::Ready);
        methods->comboBox()->setCurrentIndex(methods->comboBox()->findData(card->id));

        QVERIFY(f.server->setFaults(settingsFor(fault, writesOnly)));
        click(dialog.submitButton());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        expectFirstOutcome(dialog, outcome);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(dialog.isShowingResult(), outcome == Outcome::FoundByLookup);
        QCOMPARE(child<MoneyEdit>(&dialog, "amountEdit")->text(), QStringLiteral("19.99"));
        QCOMPARE(child<QLineEdit>(&dialog, "descriptionEdit")->text(), QStringLiteral("Lamp"));
        QCOMPARE(methods->paymentMethodId(), card->id);
        QCOMPARE(f.server->count(Resource::PaymentIntents), fault == Fault::DropAfter ? 1 : 0);

        QVERIFY(f.server->setFaults({}));
        resolve(dialog, fault, outcome);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(created.count(), 1);
        // One payment on the server, whatever happened on the way: the card is charged once.
        QCOMPARE(f.server->count(Resource::PaymentIntents), 1);
        auto *result = child<PaymentResultView>(&dialog, "paymentResult");
        QTRY_COMPARE(result->outcome(), PaymentResultView::Outcome::Succeeded);
    }

    void checkoutLink_data() { faults_data(); }
    void checkoutLink()
    {
        QFETCH(Fault, fault);
        QFETCH(bool, writesOnly);
        const Outcome outcome = expectedOutcome(fault, writesOnly);
        ConsoleFixture f;
        CheckoutLinkDialog dialog(f.session.get());
        QSignalSpy created(&dialog, &CheckoutLinkDialog::checkoutSessionCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.lineItems()->nameEdit(0), QStringLiteral("Tickets"));
        typeInto(dialog.lineItems()->priceEdit(0), QStringLiteral("25"));
        typeInto(child<QLineEdit>(&dialog, "successUrlEdit"),
                 QStringLiteral("https://shop.example.com/done"));
        typeInto(child<QLineEdit>(&dialog, "referenceEdit"), QStringLiteral("ORDER-7"));

        QVERIFY(f.server->setFaults(settingsFor(fault, writesOnly)));
        click(dialog.submitButton());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        expectFirstOutcome(dialog, outcome);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(dialog.lineItems()->nameEdit(0)->text(), QStringLiteral("Tickets"));
        QCOMPARE(dialog.lineItems()->priceEdit(0)->text(), QStringLiteral("25"));
        QCOMPARE(child<QLineEdit>(&dialog, "referenceEdit")->text(), QStringLiteral("ORDER-7"));
        QCOMPARE(f.server->count(Resource::CheckoutSessions), fault == Fault::DropAfter ? 1 : 0);

        QVERIFY(f.server->setFaults({}));
        resolve(dialog, fault, outcome);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(f.server->count(Resource::CheckoutSessions), 1);
        QVERIFY(dialog.isShowingLink());
    }

    void refund_data() { faults_data(); }
    void refund()
    {
        QFETCH(Fault, fault);
        QFETCH(bool, writesOnly);
        // With every request faulted, the reads a refund makes before it is sent fail first.
        const Outcome outcome = !writesOnly && fault != Fault::RateLimited
                                    ? Outcome::NotSent
                                    : expectedOutcome(fault, writesOnly);
        ConsoleFixture f;
        const auto ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"));
        QVERIFY(ada);
        const auto paid = f.succeededPayment(ada->id, 3000);
        QVERIFY(paid);
        RefundDialog dialog(f.session.get(), *paid);
        QSignalSpy refunded(&dialog, &RefundDialog::refundCreated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        click(child<QPushButton>(&dialog, "reviewButton"));
        QVERIFY(dialog.isConfirming());

        QVERIFY(f.server->setFaults(settingsFor(fault, writesOnly)));
        click(child<QPushButton>(&dialog, "confirmButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        expectFirstOutcome(dialog, outcome);
        if (QTest::currentTestFailed())
            return;
        // Still the question, with the answer's fate above it (unless the refund was found).
        QCOMPARE(dialog.isConfirming(), outcome != Outcome::FoundByLookup);
        QCOMPARE(f.server->count(Resource::Refunds),
                 fault == Fault::DropAfter && outcome != Outcome::NotSent ? 1 : 0);

        QVERIFY(f.server->setFaults({}));
        resolve(dialog, fault, outcome);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(refunded.count(), 1);
        // Refunded once: never twice the money back.
        QCOMPARE(f.server->count(Resource::Refunds), 1);
        QCOMPARE(f.server->object(Resource::PaymentIntents, paid->id)
                     .value(QStringLiteral("amount_refunded"))
                     .toInteger(),
                 3000);
    }
};

QTEST_MAIN(TestDialogFaults)
#include "tst_dialog_faults.moc"
