#include "itemmodel_fixtures.h"
#include "models/payment_intent_filter_model.h"

#include <QSignalSpy>
#include <QTest>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

// Counts how often the proxy filters a row, to prove a filter change filters each row once.
class CountingIntentFilterModel : public PaymentIntentFilterModel
{
public:
    mutable int filterCalls = 0;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        ++filterCalls;
        return PaymentIntentFilterModel::filterAcceptsRow(sourceRow, sourceParent);
    }
};

using Fixture = ProxyUnderTest<PaymentIntentTableModel, CountingIntentFilterModel>;

// Six intents covering currencies, a known and an unknown status, metadata, an intent without a
// customer and one without a creation time.
QList<PaymentIntent> sampleIntents()
{
    PaymentIntent a =
        intent(QStringLiteral("pi_a"), 900, QStringLiteral("USD"), QStringLiteral("succeeded"));
    a.created = utc(2024, 3, 1);
    a.description = QStringLiteral("Blue widget");
    a.customerId = QStringLiteral("cus_ada");
    a.metadata.insert(QStringLiteral("order"), QStringLiteral("A-17"));

    PaymentIntent b =
        intent(QStringLiteral("pi_b"), 10000, QStringLiteral("USD"), QStringLiteral("failed"));
    b.created = utc(2024, 3, 5);
    b.description = QStringLiteral("Red gadget");
    b.customerId = QStringLiteral("cus_bob");
    b.paymentMethodId = QStringLiteral("pm_card_visa");

    PaymentIntent c =
        intent(QStringLiteral("pi_c"), 5000, QStringLiteral("EUR"), QStringLiteral("succeeded"));
    c.created = utc(2024, 3, 10);
    c.description = QStringLiteral("Annual subscription");
    c.customerId = QStringLiteral("cus_ada");

    PaymentIntent d = intent(QStringLiteral("pi_d"), 250, QStringLiteral("EUR"),
                             QStringLiteral("requires_payment_method"));
    d.created = utc(2024, 2, 20);
    d.description = QStringLiteral("blue WIDGET refill");

    PaymentIntent e =
        intent(QStringLiteral("pi_e"), 7000, QStringLiteral("USD"), QStringLiteral("under_review"));
    e.created = utc(2024, 3, 15);
    e.description = QStringLiteral("Consulting");
    e.customerId = QStringLiteral("cus_bob");
    e.metadata.insert(QStringLiteral("channel"), QStringLiteral("phone"));

    PaymentIntent f =
        intent(QStringLiteral("pi_f"), 120000, QStringLiteral("GBP"), QStringLiteral("processing"));
    f.created = QDateTime();
    f.description = QStringLiteral("Gadget bundle");

    return {a, b, c, d, e, f};
}

QStringList all()
{
    return {"pi_a", "pi_b", "pi_c", "pi_d", "pi_e", "pi_f"};
}

} // namespace

class TestPaymentIntentFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyFilterShowsEverything()
    {
        Fixture f;
        f.table.upsert(sampleIntents());
        QVERIFY(f.proxy.filter().isEmpty());
        QCOMPARE(idsInOrder(f.proxy), all());
        QCOMPARE(f.proxy.intentAt(2).id, QStringLiteral("pi_c"));
    }

    void filtersByStatusSet()
    {
        Fixture f;
        f.table.upsert(sampleIntents());

        f.proxy.setStatuses({QStringLiteral("succeeded"), QStringLiteral("failed")});
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_b", "pi_c"}));

        f.proxy.setStatuses({QStringLiteral("processing")});
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_f"}));

        f.proxy.setStatuses({});
        QCOMPARE(idsInOrder(f.proxy), all());
    }

    void filtersByUnknownStatus()
    {
        Fixture f;
        f.table.upsert(sampleIntents());

        f.proxy.setStatuses({QStringLiteral("under_review")});
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_e"}));

        f.proxy.setStatuses({QStringLiteral("no_such_status")});
        QCOMPARE(f.proxy.rowCount(), 0);
    }

    void filtersByTextCaseInsensitively()
    {
        Fixture f;
        f.table.upsert(sampleIntents());

        f.proxy.setText(QStringLiteral("WIDGET"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_d"}));

        // Every word must match somewhere; words may match different fields.
        f.proxy.setText(QStringLiteral("  blue   refill "));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_d"}));

        f.proxy.setText(QStringLiteral("pi_c"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_c"}));

        f.proxy.setText(QStringLiteral("cus_BOB"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_b", "pi_e"}));

        f.proxy.setText(QStringLiteral("visa"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_b"}));

        f.proxy.setText(QStringLiteral("nothing matches this"));
        QCOMPARE(f.proxy.rowCount(), 0);

        f.proxy.setText(QStringLiteral("   "));
        QCOMPARE(idsInOrder(f.proxy), all());
    }

    void filtersByTextInMetadataAndCustomerNames()
    {
        Fixture f;
        f.table.upsert(sampleIntents());

        f.proxy.setText(QStringLiteral("a-17"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a"}));

        f.proxy.setText(QStringLiteral("channel"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_e"}));

        f.proxy.setText(QStringLiteral("lovelace"));
        QCOMPARE(f.proxy.rowCount(), 0);
        // Names set later re-filter the rows whose customer column changed.
        f.table.setCustomerNames({{QStringLiteral("cus_ada"), QStringLiteral("Ada Lovelace")}});
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_c"}));
    }

    void filtersByAmountRangeInclusively()
    {
        Fixture f;
        f.table.upsert(sampleIntents());

        f.proxy.setAmountRange(5000, std::nullopt);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_b", "pi_c", "pi_e", "pi_f"}));

        f.proxy.setAmountRange(std::nullopt, 900);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_d"}));

        f.proxy.setAmountRange(900, 7000);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_c", "pi_e"}));

        f.proxy.setAmountRange(901, 4999);
        QCOMPARE(f.proxy.rowCount(), 0);
    }

    void filtersByCreatedRangeInclusively()
    {
        Fixture f;
        f.table.upsert(sampleIntents());

        f.proxy.setCreatedRange(utc(2024, 3, 5), std::nullopt);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_b", "pi_c", "pi_e"}));

        f.proxy.setCreatedRange(std::nullopt, utc(2024, 3, 1));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_d"}));

        f.proxy.setCreatedRange(utc(2024, 3, 1), utc(2024, 3, 10));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_b", "pi_c"}));

        // Bounds are instants: the same moment in another zone is the same bound.
        f.proxy.setCreatedRange(utc(2024, 3, 5).toOffsetFromUtc(3600), std::nullopt);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_b", "pi_c", "pi_e"}));

        f.proxy.setCreatedRange(std::nullopt, std::nullopt);
        QCOMPARE(idsInOrder(f.proxy), all());
    }

    void filtersByCurrencyAndCustomer()
    {
        Fixture f;
        f.table.upsert(sampleIntents());

        f.proxy.setCurrency(QStringLiteral("eur"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_c", "pi_d"}));

        f.proxy.setCurrency({});
        f.proxy.setCustomerId(QStringLiteral("cus_bob"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_b", "pi_e"}));
    }

    void combinesCriteria()
    {
        Fixture f;
        f.table.upsert(sampleIntents());

        ResourceFilter filter;
        filter.statuses = {QStringLiteral("succeeded"), QStringLiteral("under_review")};
        filter.currency = QStringLiteral("USD");
        filter.minAmount = 1000;
        f.proxy.setFilter(filter);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_e"}));

        filter = ResourceFilter();
        filter.text = QStringLiteral("widget");
        filter.statuses = {QStringLiteral("requires_payment_method")};
        f.proxy.setFilter(filter);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_d"}));

        filter = ResourceFilter();
        filter.customerId = QStringLiteral("cus_ada");
        filter.createdFrom = utc(2024, 3, 2);
        filter.maxAmount = 5000;
        filter.currency = QStringLiteral("EUR");
        f.proxy.setFilter(filter);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_c"}));

        f.proxy.clearFilter();
        QCOMPARE(idsInOrder(f.proxy), all());
    }

    void setFilterFiltersEachRowOnce()
    {
        Fixture f;
        f.table.upsert(sampleIntents());
        QCOMPARE(f.proxy.rowCount(), 6);
        QSignalSpy filterChanged(&f.proxy, &ResourceFilterModel::filterChanged);

        ResourceFilter filter;
        filter.statuses = {QStringLiteral("succeeded")};
        filter.text = QStringLiteral("blue");
        filter.minAmount = 100;
        filter.currency = QStringLiteral("USD");
        f.proxy.filterCalls = 0;
        f.proxy.setFilter(filter);
        QCOMPARE(f.proxy.filterCalls, 6);
        QCOMPARE(filterChanged.count(), 1);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a"}));

        // The same filter again filters nothing and announces nothing.
        f.proxy.filterCalls = 0;
        f.proxy.setFilter(filter);
        QCOMPARE(f.proxy.filterCalls, 0);
        QCOMPARE(filterChanged.count(), 1);
    }

    void filterFollowsUpserts()
    {
        Fixture f;
        f.table.upsert(sampleIntents());
        f.proxy.setStatuses({QStringLiteral("succeeded")});
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_c"}));

        f.table.upsert(
            {intent(QStringLiteral("pi_g"), 1, QStringLiteral("USD"), QStringLiteral("succeeded")),
             intent(QStringLiteral("pi_h"), 1, QStringLiteral("USD"), QStringLiteral("canceled"))});
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_c", "pi_g"}));

        PaymentIntent canceled = f.table.at(0);
        canceled.status = IntentStatus(QStringLiteral("canceled"));
        PaymentIntent nowSucceeded = f.table.at(f.table.rowOf(QStringLiteral("pi_h")));
        nowSucceeded.status = IntentStatus(QStringLiteral("succeeded"));
        f.table.upsert({canceled, nowSucceeded});
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_c", "pi_g", "pi_h"}));
    }

    void sortsAmountsNumerically()
    {
        Fixture f;
        f.table.upsert(sampleIntents());
        f.proxy.setCurrency(QStringLiteral("USD"));

        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_e", "pi_b"}));
        // 9.00 sorts before 100.00 although its text sorts after it.
        const QString nine =
            f.proxy.index(0, PaymentIntentTableModel::AmountColumn).data().toString();
        const QString hundred =
            f.proxy.index(2, PaymentIntentTableModel::AmountColumn).data().toString();
        QCOMPARE(nine, QStringLiteral("$9.00"));
        QCOMPARE(hundred, QStringLiteral("$100.00"));
        QVERIFY(nine > hundred);

        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_b", "pi_e", "pi_a"}));

        f.proxy.clearFilter();
        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy),
                 QStringList({"pi_d", "pi_a", "pi_c", "pi_e", "pi_b", "pi_f"}));
    }

    void sortsDatesAsInstants()
    {
        Fixture f;
        QList<PaymentIntent> intents = sampleIntents();
        // Same instant as 2024-03-05 12:00 UTC written with an offset: sorts by instant, not text.
        intents[1].created = utc(2024, 3, 5).toOffsetFromUtc(-5 * 3600);
        f.table.upsert(intents);

        f.proxy.sort(PaymentIntentTableModel::CreatedColumn, Qt::AscendingOrder);
        // The intent without a date first, then by time.
        QCOMPARE(idsInOrder(f.proxy),
                 QStringList({"pi_f", "pi_d", "pi_a", "pi_b", "pi_c", "pi_e"}));
    }

    void sortsTextColumnsOnRawValues()
    {
        Fixture f;
        f.table.upsert(sampleIntents());

        f.proxy.sort(PaymentIntentTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy),
                 QStringList({"pi_b", "pi_f", "pi_d", "pi_a", "pi_c", "pi_e"}));

        // Case-insensitive by default.
        f.proxy.sort(PaymentIntentTableModel::DescriptionColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy),
                 QStringList({"pi_c", "pi_a", "pi_d", "pi_e", "pi_f", "pi_b"}));

        // The customer column sorts by the name it shows. Sorting is stable: rows with the same
        // name keep the order of the previous sort (by description).
        f.table.setCustomerNames({{QStringLiteral("cus_ada"), QStringLiteral("Zoe Ada")},
                                  {QStringLiteral("cus_bob"), QStringLiteral("Bob Aardvark")}});
        f.proxy.sort(PaymentIntentTableModel::CustomerColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy),
                 QStringList({"pi_d", "pi_f", "pi_e", "pi_b", "pi_c", "pi_a"}));
    }

    void sortedViewFollowsUpdates()
    {
        Fixture f;
        f.table.upsert(sampleIntents());
        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(f.proxy.intentAt(0).id, QStringLiteral("pi_d"));

        PaymentIntent bigger = f.table.at(f.table.rowOf(QStringLiteral("pi_d")));
        bigger.amount = Money(999999, QStringLiteral("EUR"));
        f.table.upsert({bigger, intent(QStringLiteral("pi_z"), 1)});

        QCOMPARE(idsInOrder(f.proxy),
                 QStringList({"pi_z", "pi_a", "pi_c", "pi_e", "pi_b", "pi_f", "pi_d"}));
    }
};

QTEST_GUILESS_MAIN(TestPaymentIntentFilterModel)
#include "tst_payment_intent_filter_model.moc"
