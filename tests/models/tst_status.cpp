#include "models/status.h"

#include <QTest>

using paydesk::CheckoutStatus;
using paydesk::IntentPhase;
using paydesk::IntentStatus;

Q_DECLARE_METATYPE(IntentStatus::Known)
Q_DECLARE_METATYPE(CheckoutStatus::Known)
Q_DECLARE_METATYPE(IntentPhase)

class TestStatus : public QObject
{
    Q_OBJECT

private slots:
    void intentStatuses_data();
    void intentStatuses();
    void unknownIntentStatusIsKeptAndShownRaw();
    void intentStatusWithoutValue();
    void intentStatusMatchesCaseInsensitivelyButKeepsRaw();
    void everyKnownIntentStatusRoundTrips();
    void synaptoPayIntentStates_data();
    void synaptoPayIntentStates();

    void checkoutStatuses_data();
    void checkoutStatuses();
    void unknownCheckoutStatusIsKeptAndShownRaw();
    void synaptoPayCheckoutStates();

    void phaseNames();
};

void TestStatus::intentStatuses_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<IntentStatus::Known>("known");
    QTest::addColumn<IntentPhase>("phase");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("initialized") << "initialized" << IntentStatus::Initialized
                                 << IntentPhase::Waiting << "Initialized";
    QTest::newRow("created") << "created" << IntentStatus::Created << IntentPhase::Waiting
                             << "Created";
    QTest::newRow("requires_payment_method")
        << "requires_payment_method" << IntentStatus::RequiresPaymentMethod << IntentPhase::Waiting
        << "Requires payment method";
    QTest::newRow("requires_confirmation")
        << "requires_confirmation" << IntentStatus::RequiresConfirmation << IntentPhase::Waiting
        << "Requires confirmation";
    QTest::newRow("requires_action") << "requires_action" << IntentStatus::RequiresAction
                                     << IntentPhase::Waiting << "Requires action";
    QTest::newRow("requires_capture") << "requires_capture" << IntentStatus::RequiresCapture
                                      << IntentPhase::Waiting << "Requires capture";
    QTest::newRow("processing") << "processing" << IntentStatus::Processing << IntentPhase::Moving
                                << "Processing";
    QTest::newRow("succeeded") << "succeeded" << IntentStatus::Succeeded << IntentPhase::Final
                               << "Succeeded";
    QTest::newRow("canceled") << "canceled" << IntentStatus::Canceled << IntentPhase::Final
                              << "Canceled";
    QTest::newRow("failed") << "failed" << IntentStatus::Failed << IntentPhase::Final << "Failed";
}

void TestStatus::intentStatuses()
{
    QFETCH(QString, raw);
    QFETCH(IntentStatus::Known, known);
    QFETCH(IntentPhase, phase);
    QFETCH(QString, displayName);

    const IntentStatus status(raw);
    QCOMPARE(status.raw(), raw);
    QCOMPARE(status.known(), known);
    QCOMPARE(status.phase(), phase);
    QCOMPARE(status.isFinal(), phase == IntentPhase::Final);
    QCOMPARE(status.displayName(), displayName);
    QCOMPARE(IntentStatus::rawName(known), raw);
}

void TestStatus::unknownIntentStatusIsKeptAndShownRaw()
{
    const IntentStatus status(QStringLiteral("requires_3ds_reverification"));
    QCOMPARE(status.known(), IntentStatus::Unrecognized);
    QCOMPARE(status.phase(), IntentPhase::Unknown);
    QVERIFY(!status.isFinal());
    QCOMPARE(status.raw(), QStringLiteral("requires_3ds_reverification"));
    QCOMPARE(status.displayName(), QStringLiteral("requires_3ds_reverification"));
    QVERIFY(status != IntentStatus(QStringLiteral("requires_action")));
    QCOMPARE(status, IntentStatus(QStringLiteral("requires_3ds_reverification")));
}

void TestStatus::intentStatusWithoutValue()
{
    const IntentStatus status;
    QCOMPARE(status.known(), IntentStatus::Unrecognized);
    QCOMPARE(status.phase(), IntentPhase::Unknown);
    QCOMPARE(status.displayName(), QStringLiteral("No status"));
}

void TestStatus::intentStatusMatchesCaseInsensitivelyButKeepsRaw()
{
    const IntentStatus status(QStringLiteral("SUCCEEDED"));
    QCOMPARE(status.known(), IntentStatus::Succeeded);
    QCOMPARE(status.phase(), IntentPhase::Final);
    QCOMPARE(status.raw(), QStringLiteral("SUCCEEDED"));
}

void TestStatus::everyKnownIntentStatusRoundTrips()
{
    const QList<IntentStatus::Known> all = IntentStatus::allKnown();
    QCOMPARE(all.size(), 10);
    QVERIFY(!all.contains(IntentStatus::Unrecognized));
    for (const IntentStatus::Known known : all) {
        const IntentStatus status = IntentStatus::fromKnown(known);
        QCOMPARE(status.known(), known);
        QCOMPARE(IntentStatus(status.raw()), status);
        QVERIFY(status.phase() != IntentPhase::Unknown);
    }
}

// SynaptoPay writes its states in upper case: the three it documents are understood, anything
// else is kept and shown as it came.
void TestStatus::synaptoPayIntentStates_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<IntentStatus::Known>("known");
    QTest::addColumn<IntentPhase>("phase");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("REQUIRES_PAYMENT_METHOD")
        << "REQUIRES_PAYMENT_METHOD" << IntentStatus::RequiresPaymentMethod << IntentPhase::Waiting
        << "Requires payment method";
    QTest::newRow("PROCESSING") << "PROCESSING" << IntentStatus::Processing << IntentPhase::Moving
                                << "Processing";
    QTest::newRow("SUCCEEDED") << "SUCCEEDED" << IntentStatus::Succeeded << IntentPhase::Final
                               << "Succeeded";
    QTest::newRow("REQUIRES_CAPTURE_ON_TERMINAL")
        << "REQUIRES_CAPTURE_ON_TERMINAL" << IntentStatus::Unrecognized << IntentPhase::Unknown
        << "REQUIRES_CAPTURE_ON_TERMINAL";
    QTest::newRow("STATE_UNSPECIFIED") << "STATE_UNSPECIFIED" << IntentStatus::Unrecognized
                                       << IntentPhase::Unknown << "STATE_UNSPECIFIED";
}

void TestStatus::synaptoPayIntentStates()
{
    QFETCH(QString, raw);
    QFETCH(IntentStatus::Known, known);
    QFETCH(IntentPhase, phase);
    QFETCH(QString, displayName);

    const IntentStatus status(raw);
    QCOMPARE(status.raw(), raw); // kept as it came, upper case and all
    QCOMPARE(status.known(), known);
    QCOMPARE(status.phase(), phase);
    QCOMPARE(status.isFinal(), phase == IntentPhase::Final);
    QCOMPARE(status.displayName(), displayName);
    // Equality is on the raw string: the server's spelling is what a filter matches.
    QVERIFY(status != IntentStatus(raw.toLower()));
}

void TestStatus::checkoutStatuses_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<CheckoutStatus::Known>("known");
    QTest::addColumn<bool>("final");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("open") << "open" << CheckoutStatus::Open << false << "Open";
    QTest::newRow("complete") << "complete" << CheckoutStatus::Complete << true << "Complete";
    QTest::newRow("expired") << "expired" << CheckoutStatus::Expired << true << "Expired";
}

void TestStatus::checkoutStatuses()
{
    QFETCH(QString, raw);
    QFETCH(CheckoutStatus::Known, known);
    QFETCH(bool, final);
    QFETCH(QString, displayName);

    const CheckoutStatus status(raw);
    QCOMPARE(status.known(), known);
    QCOMPARE(status.isFinal(), final);
    QCOMPARE(status.displayName(), displayName);
    QCOMPARE(CheckoutStatus::fromKnown(known), status);
    QVERIFY(CheckoutStatus::allKnown().contains(known));
}

void TestStatus::unknownCheckoutStatusIsKeptAndShownRaw()
{
    const CheckoutStatus status(QStringLiteral("awaiting_review"));
    QCOMPARE(status.known(), CheckoutStatus::Unrecognized);
    QVERIFY(!status.isFinal());
    QCOMPARE(status.raw(), QStringLiteral("awaiting_review"));
    QCOMPARE(status.displayName(), QStringLiteral("awaiting_review"));
    QVERIFY(!CheckoutStatus::allKnown().contains(CheckoutStatus::Unrecognized));
}

void TestStatus::synaptoPayCheckoutStates()
{
    const CheckoutStatus open(QStringLiteral("OPEN"));
    QCOMPARE(open.known(), CheckoutStatus::Open);
    QVERIFY(!open.isFinal());
    QCOMPARE(open.displayName(), QStringLiteral("Open"));
    QCOMPARE(open.raw(), QStringLiteral("OPEN"));

    const CheckoutStatus complete(QStringLiteral("COMPLETE"));
    QCOMPARE(complete.known(), CheckoutStatus::Complete);
    QVERIFY(complete.isFinal());
    QCOMPARE(complete.displayName(), QStringLiteral("Complete"));

    const CheckoutStatus unknown(QStringLiteral("AWAITING_PAYMENT"));
    QCOMPARE(unknown.known(), CheckoutStatus::Unrecognized);
    QVERIFY(!unknown.isFinal());
    QCOMPARE(unknown.displayName(), QStringLiteral("AWAITING_PAYMENT"));
}

void TestStatus::phaseNames()
{
    QCOMPARE(paydesk::intentPhaseName(IntentPhase::Waiting), QStringLiteral("Waiting"));
    QCOMPARE(paydesk::intentPhaseName(IntentPhase::Moving), QStringLiteral("In progress"));
    QCOMPARE(paydesk::intentPhaseName(IntentPhase::Final), QStringLiteral("Final"));
    QCOMPARE(paydesk::intentPhaseName(IntentPhase::Unknown), QStringLiteral("Unknown"));
}

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
