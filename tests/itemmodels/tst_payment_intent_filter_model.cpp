#include "itemmodel_fixtures.h"
#include "models/payment_intent_filter_model.h"
#include "models/text_matcher.h"

#include <QItemSelectionModel>
#include <QRandomGenerator>
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

// `count` intents numbered from `first`: pi_000000, ... Every seventh (number divisible by 7) is
// "Coffee beans", the others "Tea"; amounts are all different.
QList<PaymentIntent> numberedIntents(int count, int first = 0)
{
    QList<PaymentIntent> intents;
    intents.reserve(count);
    for (int n = first; n < first + count; ++n) {
        PaymentIntent pi = intent(QStringLiteral("pi_%1").arg(n, 6, 10, QLatin1Char('0')),
                                  qint64(n) * 7919 % 100000);
        pi.description = n % 7 == 0 ? QStringLiteral("Coffee beans") : QStringLiteral("Tea");
        intents.append(pi);
    }
    return intents;
}

// How many of the numbers [first, first + count) are divisible by 7.
int coffeeCount(int count, int first = 0)
{
    int coffee = 0;
    for (int n = first; n < first + count; ++n)
        coffee += n % 7 == 0 ? 1 : 0;
    return coffee;
}

// Rows above the synchronous limit: filters are applied a slice at a time.
constexpr int LargeTable = 50'000;
static_assert(LargeTable >= ResourceFilterModel::DefaultSynchronousRowLimit);

} // namespace

class TestPaymentIntentFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void textMatcherFindsWhatQStringMatcherFinds()
    {
        // The same answers as Qt's case-insensitive matcher, on texts and words drawn from
        // letters in both cases, digits, separators and characters whose case folds specially:
        // the Kelvin sign and the long s fold to ASCII, the sharp s and the dotted capital I do
        // not, and an emoji is two UTF-16 units.
        const QString alphabet = QStringLiteral("aAbBcCkKsSoOe0f9-_ \u212A\u017F\u00DF\u0130\u00E9"
                                                "\u00C9\U0001F600");
        QRandomGenerator random(20261207);
        const auto draw = [&](int maxLength) {
            QString text;
            const int length = int(random.bounded(maxLength + 1));
            for (int i = 0; i < length; ++i)
                text += alphabet.at(random.bounded(int(alphabet.size())));
            return text;
        };
        int found = 0;
        for (int round = 0; round < 20000; ++round) {
            const QString word = draw(4);
            const QString text = draw(24);
            const qsizetype ours = TextMatcher(word).indexIn(text);
            const qsizetype qts = QStringMatcher(word, Qt::CaseInsensitive).indexIn(text);
            if (ours != qts)
                QFAIL(qPrintable(QStringLiteral("\"%1\" in \"%2\": %3, Qt says %4")
                                     .arg(word, text)
                                     .arg(ours)
                                     .arg(qts)));
            found += ours >= 0 ? 1 : 0;
        }
        QVERIFY(found > 1000); // the draw finds words, not only misses
        QCOMPARE(TextMatcher(QStringLiteral("KELVIN")).indexIn(u"\u212Aelvin"), 0);
        QCOMPARE(TextMatcher(QStringLiteral("coffee")).indexIn(u"Iced COFFEE"), 5);
        QCOMPARE(TextMatcher(QStringLiteral("caf\u00E9")).indexIn(u"CAF\u00C9 au lait"), 0);
        QCOMPARE(TextMatcher(QStringLiteral("co")).indexIn(u"0c9f-e0"), -1);
    }

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
        // Each word of several is looked for in the names on its own.
        f.proxy.setText(QStringLiteral("lovelace ADA"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_c"}));
        f.proxy.setText(QStringLiteral("lovelace babbage"));
        QCOMPARE(f.proxy.rowCount(), 0);
        // A name that changes again is searched as it is now.
        f.proxy.setText(QStringLiteral("lovelace"));
        f.table.setCustomerNames({{QStringLiteral("cus_ada"), QStringLiteral("Ada Byron")}});
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setText(QStringLiteral("byron"));
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

    void narrowingTestsOnlyTheRowsShown()
    {
        Fixture f;
        f.table.upsert(sampleIntents());
        f.proxy.setText(QStringLiteral("widget"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_d"}));

        // A word typed on can only drop rows: only the two rows shown are tested.
        f.proxy.filterCalls = 0;
        f.proxy.setText(QStringLiteral("widget refill"));
        QCOMPARE(f.proxy.filterCalls, 2);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_d"}));

        // A tighter bound narrows too.
        f.proxy.filterCalls = 0;
        f.proxy.setAmountRange(100, std::nullopt);
        QCOMPARE(f.proxy.filterCalls, 1);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_d"}));

        // Widening to a filter not seen since the rows last changed tests every row again.
        f.proxy.filterCalls = 0;
        f.proxy.setText(QStringLiteral("widg"));
        QCOMPARE(f.proxy.filterCalls, 6);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_d"}));

        // No criterion at all shows every row without testing one.
        f.proxy.filterCalls = 0;
        f.proxy.clearFilter();
        QCOMPARE(f.proxy.filterCalls, 0);
        QCOMPARE(idsInOrder(f.proxy), all());
    }

    void deletingWhatWasTypedTestsNoRow()
    {
        Fixture f;
        f.table.upsert(sampleIntents());
        f.proxy.setText(QStringLiteral("widget"));
        f.proxy.setText(QStringLiteral("widget refill"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_d"}));

        // Back to a result of a moment ago: its rows at once, none tested.
        f.proxy.filterCalls = 0;
        f.proxy.setText(QStringLiteral("widget"));
        QCOMPARE(f.proxy.filterCalls, 0);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_d"}));

        // A narrower filter starts from the smallest result known to hold its rows: "blue" kept
        // two rows, so "blue widget" tests those two, not every row "e" shows.
        f.proxy.setText(QStringLiteral("blue"));
        f.proxy.setText(QStringLiteral("e"));
        QVERIFY(f.proxy.rowCount() > 2);
        f.proxy.filterCalls = 0;
        f.proxy.setText(QStringLiteral("blue widget"));
        QCOMPARE(f.proxy.filterCalls, 2);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_d"}));

        // Once a row changes, what was kept may be wrong: the rows are tested again, and the
        // changed row is found.
        PaymentIntent c = f.table.at(f.table.rowOf(QStringLiteral("pi_c")));
        c.description = QStringLiteral("Widget refill subscription");
        f.table.upsert({c});
        f.proxy.filterCalls = 0;
        f.proxy.setText(QStringLiteral("widget refill"));
        QVERIFY(f.proxy.filterCalls > 0);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_c", "pi_d"}));
        f.proxy.filterCalls = 0;
        f.proxy.setText(QStringLiteral("widget"));
        QCOMPARE(f.proxy.filterCalls, 6);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_c", "pi_d"}));

        // A new page forgets too.
        f.proxy.setText(QStringLiteral("widget refill"));
        f.table.upsert({intent(QStringLiteral("pi_g"), 5)});
        f.proxy.filterCalls = 0;
        f.proxy.setText(QStringLiteral("widget"));
        QCOMPARE(f.proxy.filterCalls, 7);
    }

    void insertsPagesAtTheirSortedPlaces()
    {
        Fixture f;
        f.proxy.sort(PaymentIntentTableModel::CreatedColumn, Qt::DescendingOrder);
        QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layoutChanged(&f.proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&f.proxy, &QAbstractItemModel::modelReset);
        const QDateTime newest = utc(2024, 6, 1);
        const auto numbered = [&](int n) {
            PaymentIntent pi = intent(QStringLiteral("pi_%1").arg(n, 4, 10, QLatin1Char('0')), n);
            pi.created = newest.addSecs(-60 * n);
            return pi;
        };

        // Pages of 100, newest first, as a list is fetched: each page lands below the rows shown,
        // announced as one insertion.
        for (int page = 0; page < 5; ++page) {
            QList<PaymentIntent> intents;
            for (int n = page * 100; n < page * 100 + 100; ++n)
                intents.append(numbered(n));
            f.table.upsert(intents);
            QCOMPARE(inserted.count(), page + 1);
            QCOMPARE(inserted.last().at(1).toInt(), page * 100);
            QCOMPARE(inserted.last().at(2).toInt(), page * 100 + 99);
        }
        QCOMPARE(f.proxy.rowCount(), 500);
        for (int row = 0; row < 500; ++row)
            QCOMPARE(f.proxy.intentAt(row).id, numbered(row).id);

        // A page whose rows belong in three places: one insertion per place, top down, each
        // where its rows belong once the ones above are in.
        PaymentIntent newer = numbered(1000);
        newer.created = newest.addSecs(60);
        PaymentIntent newest2 = numbered(1001);
        newest2.created = newest.addSecs(120);
        PaymentIntent middle = numbered(1002);
        middle.created = newest.addSecs(-60 * 249 - 30); // between rows 249 and 250
        QList<PaymentIntent> page = {newer, middle, newest2};
        for (int n = 1003; n < 1006; ++n) {
            PaymentIntent old = numbered(n);
            old.created = newest.addDays(-30).addSecs(-n);
            page.append(old);
        }
        inserted.clear();
        f.table.upsert(page);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(inserted.at(1).at(1).toInt(), 252);
        QCOMPARE(inserted.at(1).at(2).toInt(), 252);
        QCOMPARE(inserted.at(2).at(1).toInt(), 503);
        QCOMPARE(inserted.at(2).at(2).toInt(), 505);
        QCOMPARE(f.proxy.intentAt(0).id, newest2.id);
        QCOMPARE(f.proxy.intentAt(1).id, newer.id);
        QCOMPARE(f.proxy.intentAt(252).id, middle.id);
        for (int row = 1; row < f.proxy.rowCount(); ++row)
            QVERIFY(f.proxy.intentAt(row - 1).created >= f.proxy.intentAt(row).created);
        QCOMPARE(layoutChanged.count(), 0);
        QCOMPARE(reset.count(), 0);

        // Equal keys: a new row goes after the rows it equals, in the order it arrived.
        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::AscendingOrder);
        PaymentIntent tieA = intent(QStringLiteral("pi_tie_a"), 7);
        PaymentIntent tieB = intent(QStringLiteral("pi_tie_b"), 7);
        f.table.upsert({tieA, tieB});
        QCOMPARE(f.proxy.intentAt(7).id, numbered(7).id);
        QCOMPARE(f.proxy.intentAt(8).id, tieA.id);
        QCOMPARE(f.proxy.intentAt(9).id, tieB.id);

        // Only the rows the filter accepts are inserted, where they belong.
        f.proxy.setAmountRange(std::nullopt, 99);
        inserted.clear();
        QList<PaymentIntent> mixed;
        for (int n = 2000; n < 2100; ++n)
            mixed.append(intent(QStringLiteral("pi_%1").arg(n), (n - 2000) * 2 + 1));
        f.table.upsert(mixed);
        QCOMPARE(f.proxy.rowCount(), 100 + 2 + 50);
        for (int row = 1; row < f.proxy.rowCount(); ++row)
            QVERIFY(f.proxy.intentAt(row - 1).amount.minorUnits() <=
                    f.proxy.intentAt(row).amount.minorUnits());
        QVERIFY(f.proxy.intentAt(f.proxy.rowCount() - 1).amount.minorUnits() <= 99);
    }

    void olderPagesGoAtTheEndInOneInsertion()
    {
        // A list loading newest first, shown newest first and filtered: each page lands after
        // the rows shown, its accepted rows in one insertion, the others nowhere.
        Fixture f;
        f.proxy.sort(PaymentIntentTableModel::CreatedColumn, Qt::DescendingOrder);
        f.proxy.setAmountRange(std::nullopt, 499);
        QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layoutChanged(&f.proxy, &QAbstractItemModel::layoutChanged);
        const QDateTime newest = utc(2024, 6, 1);
        int shown = 0;
        for (int page = 0; page < 6; ++page) {
            QList<PaymentIntent> intents;
            for (int n = page * 100; n < page * 100 + 100; ++n) {
                PaymentIntent pi = intent(QStringLiteral("pi_%1").arg(n), (n * 37) % 1000);
                pi.created = newest.addSecs(-60 * n);
                intents.append(pi);
                shown += pi.amount.minorUnits() <= 499 ? 1 : 0;
            }
            const int before = f.proxy.rowCount();
            f.table.upsert(intents);
            QCOMPARE(f.proxy.rowCount(), shown);
            QCOMPARE(inserted.count(), page + 1);
            QCOMPARE(inserted.last().at(1).toInt(), before);
            QCOMPARE(inserted.last().at(2).toInt(), shown - 1);
        }
        QCOMPARE(layoutChanged.count(), 0);
        for (int row = 0; row < f.proxy.rowCount(); ++row) {
            QVERIFY(f.proxy.intentAt(row).amount.minorUnits() <= 499);
            QCOMPARE(f.proxy.mapFromSource(f.proxy.mapToSource(f.proxy.index(row, 0))).row(), row);
            if (row > 0)
                QVERIFY(f.proxy.intentAt(row - 1).created > f.proxy.intentAt(row).created);
        }
        // A hidden row is found where it belongs once it passes.
        f.proxy.setAmountRange(std::nullopt, std::nullopt);
        QCOMPARE(f.proxy.rowCount(), 600);
        for (int row = 0; row < 600; ++row)
            QCOMPARE(f.proxy.intentAt(row).id, QStringLiteral("pi_%1").arg(row));
    }

    void changedRowsMoveToTheirPlace()
    {
        Fixture f;
        f.table.upsert(sampleIntents());
        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy),
                 QStringList({"pi_d", "pi_a", "pi_c", "pi_e", "pi_b", "pi_f"}));
        QSignalSpy moved(&f.proxy, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&f.proxy, &QAbstractItemModel::dataChanged);
        QSignalSpy layoutChanged(&f.proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
        QPersistentModelIndex tracked = f.proxy.index(1, PaymentIntentTableModel::AmountColumn);
        QPersistentModelIndex passed = f.proxy.index(2, 0);

        // pi_a grows past pi_c and pi_e: one move, then its cells change where it now is.
        PaymentIntent a = f.table.at(f.table.rowOf(QStringLiteral("pi_a")));
        a.amount = Money(8000, QStringLiteral("USD"));
        f.table.upsert({a});
        QCOMPARE(idsInOrder(f.proxy),
                 QStringList({"pi_d", "pi_c", "pi_e", "pi_a", "pi_b", "pi_f"}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(1).toInt(), 1);
        QCOMPARE(moved.at(0).at(4).toInt(), 4);
        QCOMPARE(tracked.row(), 3);
        QCOMPARE(tracked.data().toString(), QStringLiteral("$80.00"));
        QCOMPARE(passed.row(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 3);

        // A change that keeps its place: only dataChanged.
        a.description = QStringLiteral("Blue widget, gift wrapped");
        f.table.upsert({a});
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 3);

        // Moving up.
        PaymentIntent b = f.table.at(f.table.rowOf(QStringLiteral("pi_b")));
        b.amount = Money(1, QStringLiteral("USD"));
        f.table.upsert({b});
        QCOMPARE(idsInOrder(f.proxy),
                 QStringList({"pi_b", "pi_d", "pi_c", "pi_e", "pi_a", "pi_f"}));
        QCOMPARE(moved.count(), 2);
        QCOMPARE(tracked.row(), 4);

        // Leaving the filter removes the row; entering it inserts the row in its place.
        f.proxy.setCurrency(QStringLiteral("USD"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_b", "pi_e", "pi_a"}));
        PaymentIntent e = f.table.at(f.table.rowOf(QStringLiteral("pi_e")));
        e.amount = Money(7000, QStringLiteral("GBP"));
        PaymentIntent c = f.table.at(f.table.rowOf(QStringLiteral("pi_c")));
        c.amount = Money(9000, QStringLiteral("USD"));
        f.table.upsert({e, c});
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_b", "pi_a", "pi_c"}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3); // pi_c changes first: before pi_e goes
        QCOMPARE(layoutChanged.count(), 1);        // setCurrency only
        QCOMPARE(tracked.row(), 1);

        // Removing a row from the source removes it here.
        QVERIFY(f.table.remove(QStringLiteral("pi_b")));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_a", "pi_c"}));
        QCOMPARE(tracked.row(), 0);
        QCOMPARE(f.proxy.intentAt(1).id, QStringLiteral("pi_c"));
        f.proxy.clearFilter();
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_d", "pi_e", "pi_a", "pi_c", "pi_f"}));
    }

    void selectionSurvivesFilteringAndSorting()
    {
        Fixture f;
        f.table.upsert(sampleIntents());
        QItemSelectionModel selection(&f.proxy);
        const QModelIndex c = f.proxy.index(2, 0);
        QCOMPARE(c.data(ResourceTableModel::IdRole).toString(), QStringLiteral("pi_c"));
        selection.setCurrentIndex(c,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex gone = f.proxy.index(1, 3);

        // pi_c stays, two rows above it go.
        f.proxy.setCurrency(QStringLiteral("EUR"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_c", "pi_d"}));
        QCOMPARE(selection.currentIndex().row(), 0);
        QCOMPARE(selection.currentIndex().data(ResourceTableModel::IdRole).toString(),
                 QStringLiteral("pi_c"));
        QCOMPARE(selection.selectedRows(), QModelIndexList({f.proxy.index(0, 0)}));
        QVERIFY(!gone.isValid());

        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"pi_d", "pi_c"}));
        QCOMPARE(selection.currentIndex().row(), 1);
        QCOMPARE(selection.selectedRows(), QModelIndexList({f.proxy.index(1, 0)}));

        // A filter that drops it drops the selection.
        f.proxy.setText(QStringLiteral("refill"));
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(!selection.hasSelection());
    }

    void filtersLargeTablesInSlices()
    {
        Fixture f;
        f.table.upsert(numberedIntents(LargeTable));
        QCOMPARE(f.proxy.rowCount(), LargeTable);
        QSignalSpy filterChanged(&f.proxy, &ResourceFilterModel::filterChanged);
        QSignalSpy layoutChanged(&f.proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex kept = f.proxy.index(7, PaymentIntentTableModel::IdColumn);
        const QPersistentModelIndex dropped = f.proxy.index(8, 0);

        f.proxy.setText(QStringLiteral("coffee"));
        // Being applied: the rows shown so far stay on show.
        QVERIFY(f.proxy.isFiltering());
        QCOMPARE(f.proxy.filter().text, QStringLiteral("coffee"));
        QCOMPARE(f.proxy.rowCount(), LargeTable);
        QCOMPARE(filterChanged.count(), 0);

        QTRY_COMPARE(filterChanged.count(), 1);
        QVERIFY(!f.proxy.isFiltering());
        QCOMPARE(f.proxy.rowCount(), coffeeCount(LargeTable));
        for (int row = 0; row < f.proxy.rowCount(); ++row)
            QCOMPARE(f.proxy.intentAt(row).description, QStringLiteral("Coffee beans"));
        // All at once, in one layout change; the indexes kept follow their rows.
        QCOMPARE(layoutChanged.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(kept.row(), 1);
        QCOMPARE(kept.data().toString(), QStringLiteral("pi_000007"));
        QVERIFY(!dropped.isValid());

        // Sorting does not wait for anything and keeps the filter.
        f.proxy.sort(PaymentIntentTableModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(f.proxy.rowCount(), coffeeCount(LargeTable));
        for (int row = 1; row < f.proxy.rowCount(); ++row)
            QVERIFY(f.proxy.intentAt(row - 1).amount.minorUnits() >
                    f.proxy.intentAt(row).amount.minorUnits());
        QCOMPARE(kept.data().toString(), QStringLiteral("pi_000007"));
    }

    void aNewerFilterCancelsTheOneBeingApplied()
    {
        Fixture f;
        f.table.upsert(numberedIntents(LargeTable));
        QSignalSpy filterChanged(&f.proxy, &ResourceFilterModel::filterChanged);
        QSignalSpy layoutChanged(&f.proxy, &QAbstractItemModel::layoutChanged);

        f.proxy.setText(QStringLiteral("coffee"));
        QVERIFY(f.proxy.isFiltering());
        f.proxy.setText(QStringLiteral("tea"));
        QVERIFY(f.proxy.isFiltering());
        QCOMPARE(f.proxy.filter().text, QStringLiteral("tea"));
        QTRY_COMPARE(filterChanged.count(), 1);
        // "coffee" was never shown.
        QCOMPARE(layoutChanged.count(), 1);
        QCOMPARE(f.proxy.rowCount(), LargeTable - coffeeCount(LargeTable));
        for (int row = 0; row < f.proxy.rowCount(); ++row)
            QCOMPARE(f.proxy.intentAt(row).description, QStringLiteral("Tea"));

        // Back to the filter on show before another was applied: nothing to do but say so.
        f.proxy.setText(QStringLiteral("coffee"));
        QVERIFY(f.proxy.isFiltering());
        f.proxy.setText(QStringLiteral("tea"));
        QVERIFY(!f.proxy.isFiltering());
        QCOMPARE(filterChanged.count(), 2);
        QCOMPARE(layoutChanged.count(), 1);
        QCOMPARE(f.proxy.rowCount(), LargeTable - coffeeCount(LargeTable));
    }

    void aWordTypedOnMidPassKeepsWhatThePassRejected()
    {
        Fixture f;
        f.table.upsert(numberedIntents(LargeTable));
        f.proxy.setSliceBudget(0); // one small batch of rows per turn of the event loop
        QSignalSpy filterChanged(&f.proxy, &ResourceFilterModel::filterChanged);

        f.proxy.filterCalls = 0;
        f.proxy.setText(QStringLiteral("co"));
        QVERIFY(f.proxy.isFiltering());
        while (f.proxy.filterCalls < 1000)
            QCoreApplication::processEvents();
        QVERIFY(f.proxy.isFiltering());
        // The rows tested so far are the first ones in source order; "co" rejected every tea.
        const int tested = f.proxy.filterCalls;
        const int rejected = tested - coffeeCount(tested);
        QVERIFY(rejected > 0);

        // "cof" cannot match what "co" rejected: those rows are not tested again.
        f.proxy.filterCalls = 0;
        f.proxy.setText(QStringLiteral("cof"));
        QVERIFY(f.proxy.isFiltering());
        QTRY_COMPARE(filterChanged.count(), 1);
        QCOMPARE(f.proxy.filterCalls, LargeTable - rejected);
        QCOMPARE(f.proxy.rowCount(), coffeeCount(LargeTable));
        for (int row = 0; row < f.proxy.rowCount(); ++row)
            QCOMPARE(f.proxy.intentAt(row).description, QStringLiteral("Coffee beans"));

        // A row the broader pass rejected, changed before the narrower pass reaches it, is
        // tested again.
        f.proxy.setText(QStringLiteral("c"));
        while (f.proxy.filterCalls < LargeTable - rejected + 1000)
            QCoreApplication::processEvents();
        QVERIFY(f.proxy.isFiltering());
        f.proxy.setText(QStringLiteral("co"));
        PaymentIntent first = f.table.at(f.table.rowOf(QStringLiteral("pi_000001")));
        first.description = QStringLiteral("Cocoa");
        f.table.upsert({first});
        QTRY_COMPARE(filterChanged.count(), 2);
        QCOMPARE(f.proxy.rowCount(), coffeeCount(LargeTable) + 1);
        QCOMPARE(f.proxy.intentAt(0).id, QStringLiteral("pi_000000"));
        QCOMPARE(f.proxy.intentAt(1).id, QStringLiteral("pi_000001"));
    }

    void sourceChangesWhileAFilterIsApplied()
    {
        Fixture f;
        f.table.upsert(numberedIntents(LargeTable));
        QSignalSpy filterChanged(&f.proxy, &ResourceFilterModel::filterChanged);

        f.proxy.setText(QStringLiteral("coffee"));
        QVERIFY(f.proxy.isFiltering());
        // A page arrives, a row goes and one changes meanwhile: shown by the filter on show (no
        // filter yet), then by the new one.
        f.table.upsert(numberedIntents(14, LargeTable));
        QCOMPARE(f.proxy.rowCount(), LargeTable + 14);
        QVERIFY(f.table.remove(QStringLiteral("pi_000000")));
        PaymentIntent first = f.table.at(f.table.rowOf(QStringLiteral("pi_000001")));
        first.description = QStringLiteral("Coffee, decaf");
        f.table.upsert({first});
        QVERIFY(f.proxy.isFiltering());
        QCOMPARE(f.proxy.rowCount(), LargeTable + 13);

        QTRY_COMPARE(filterChanged.count(), 1);
        const int expected = coffeeCount(LargeTable + 14) - 1 + 1;
        QCOMPARE(f.proxy.rowCount(), expected);
        QCOMPARE(f.proxy.intentAt(0).id, QStringLiteral("pi_000001"));
        QStringList last;
        for (int row = expected - 2; row < expected; ++row)
            last.append(f.proxy.intentAt(row).id);
        QCOMPARE(last, QStringList({"pi_050001", "pi_050008"}));

        // A reset while a filter is applied applies it at once.
        f.proxy.setText(QStringLiteral("tea"));
        QVERIFY(f.proxy.isFiltering());
        f.table.reset(numberedIntents(100));
        QVERIFY(!f.proxy.isFiltering());
        QCOMPARE(filterChanged.count(), 2);
        QCOMPARE(f.proxy.rowCount(), 100 - coffeeCount(100));
    }
};

QTEST_GUILESS_MAIN(TestPaymentIntentFilterModel)
#include "tst_payment_intent_filter_model.moc"
