#include "itemmodel_fixtures.h"
#include "models/checkout_session_filter_model.h"

#include <QSignalSpy>
#include <QTest>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

using Fixture = ProxyUnderTest<CheckoutSessionTableModel, CheckoutSessionFilterModel>;

QList<CheckoutSession> sampleSessions()
{
    CheckoutSession a = session(QStringLiteral("cs_a"), QStringLiteral("open"));
    a.amountTotal = Money(900, QStringLiteral("USD"));
    a.customerEmail = QStringLiteral("ada@example.com");
    a.customerId = QStringLiteral("cus_ada");
    a.clientReferenceId = QStringLiteral("ORDER-17");
    a.created = utc(2024, 3, 1);
    LineItem coffee;
    coffee.name = QStringLiteral("Coffee beans");
    coffee.unitPrice = Money(900, QStringLiteral("USD"));
    a.lineItems = {coffee};

    CheckoutSession b = session(QStringLiteral("cs_b"), QStringLiteral("complete"));
    b.amountTotal = Money(10000, QStringLiteral("USD"));
    b.customerId = QStringLiteral("cus_bob");
    b.created = utc(2024, 3, 5);
    b.metadata.insert(QStringLiteral("campaign"), QStringLiteral("spring"));

    CheckoutSession c = session(QStringLiteral("cs_c"), QStringLiteral("expired"));
    c.amountTotal = Money(5000, QStringLiteral("EUR"));
    c.created = utc(2024, 3, 10);

    CheckoutSession d = session(QStringLiteral("cs_d"), QStringLiteral("paused"));
    d.created = utc(2024, 2, 1);

    return {a, b, c, d};
}

} // namespace

class TestCheckoutSessionModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void insertsPagesAndUpdatesInPlace()
    {
        Fixture f;
        QSignalSpy inserted(&f.table, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&f.table, &QAbstractItemModel::modelReset);

        QCOMPARE(f.table.upsert(sampleSessions()), (UpsertResult{4, 0, 0}));
        QCOMPARE(inserted.count(), 1);

        CheckoutSession completed = f.table.at(0);
        completed.status = CheckoutStatus(QStringLiteral("complete"));
        QCOMPARE(f.table.upsert({completed, f.table.at(1)}), (UpsertResult{0, 1, 1}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(f.table.rowCount(), 4);
        QCOMPARE(f.table.index(0, CheckoutSessionTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Complete"));
    }

    void displaysAndRawValues()
    {
        Fixture f;
        f.table.upsert(sampleSessions());
        auto cell = [&](int row, int column) { return f.table.index(row, column); };

        QCOMPARE(cell(0, CheckoutSessionTableModel::AmountTotalColumn).data().toString(),
                 QStringLiteral("$9.00"));
        QCOMPARE(cell(0, CheckoutSessionTableModel::AmountTotalColumn)
                     .data(ResourceTableModel::RawValueRole)
                     .toLongLong(),
                 900);
        QCOMPARE(cell(0, CheckoutSessionTableModel::AmountTotalColumn)
                     .data(Qt::TextAlignmentRole)
                     .toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(cell(0, CheckoutSessionTableModel::CustomerColumn).data().toString(),
                 QStringLiteral("ada@example.com"));
        QCOMPARE(cell(1, CheckoutSessionTableModel::CustomerColumn).data().toString(),
                 QStringLiteral("cus_bob"));
        QCOMPARE(cell(0, CheckoutSessionTableModel::UrlColumn).data().toString(),
                 QStringLiteral("https://pay.example.com/c/cs_a"));
        QCOMPARE(cell(0, CheckoutSessionTableModel::ClientReferenceColumn).data().toString(),
                 QStringLiteral("ORDER-17"));
        QCOMPARE(cell(0, CheckoutSessionTableModel::ExpiryColumn)
                     .data(ResourceTableModel::RawValueRole)
                     .toDateTime(),
                 utc(2024, 3, 2));
        // No total: empty text, no raw value.
        QCOMPARE(cell(3, CheckoutSessionTableModel::AmountTotalColumn).data().toString(),
                 QString());
        QVERIFY(!cell(3, CheckoutSessionTableModel::AmountTotalColumn)
                     .data(ResourceTableModel::RawValueRole)
                     .isValid());
        // An unknown status is shown as it came.
        QCOMPARE(cell(3, CheckoutSessionTableModel::StatusColumn).data().toString(),
                 QStringLiteral("paused"));
        QCOMPARE(cell(3, CheckoutSessionTableModel::IdColumn).data(ResourceTableModel::StatusRole),
                 QStringLiteral("paused"));
        QCOMPARE(cell(2, 0).data(ResourceTableModel::ResourceRole).value<CheckoutSession>(),
                 sampleSessions().at(2));
    }

    void filtersEachCriterion()
    {
        Fixture f;
        f.table.upsert(sampleSessions());

        f.proxy.setStatuses({QStringLiteral("open"), QStringLiteral("paused")});
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_a", "cs_d"}));
        f.proxy.clearFilter();

        f.proxy.setText(QStringLiteral("coffee"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_a"}));
        f.proxy.setText(QStringLiteral("ADA@"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_a"}));
        f.proxy.setText(QStringLiteral("order-17"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_a"}));
        f.proxy.setText(QStringLiteral("spring"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_b"}));
        f.proxy.clearFilter();

        // Sessions without a total fail an amount bound or a currency.
        f.proxy.setAmountRange(900, 5000);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_a", "cs_c"}));
        f.proxy.setAmountRange(std::nullopt, std::nullopt);
        f.proxy.setCurrency(QStringLiteral("usd"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_a", "cs_b"}));
        f.proxy.clearFilter();

        f.proxy.setCreatedRange(utc(2024, 3, 1), utc(2024, 3, 5));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_a", "cs_b"}));
        f.proxy.clearFilter();

        f.proxy.setCustomerId(QStringLiteral("cus_bob"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_b"}));
    }

    // What a support agent pastes finds its session: the checkout link, the email, the
    // reference or the id, with the stray spaces a copy brings.
    void findsAPastedLinkEmailReferenceOrId()
    {
        Fixture f;
        f.table.upsert(sampleSessions());
        const QString link = f.table.at(f.table.rowOf(QStringLiteral("cs_b"))).url;
        QVERIFY(link.startsWith(QLatin1String("https://")));
        f.proxy.setText(link);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_b"}));
        f.proxy.setText(QStringLiteral("  ") + link + QStringLiteral("\n"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_b"}));
        f.proxy.setText(QStringLiteral("ada@example.com"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_a"}));
        f.proxy.setText(QStringLiteral("ORDER-17 "));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_a"}));
        f.proxy.setText(QStringLiteral("cs_c"));
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_c"}));
    }

    void sortsOnRawValues()
    {
        Fixture f;
        f.table.upsert(sampleSessions());

        f.proxy.sort(CheckoutSessionTableModel::AmountTotalColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_d", "cs_a", "cs_c", "cs_b"}));

        f.proxy.sort(CheckoutSessionTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_c", "cs_b", "cs_a", "cs_d"}));

        f.proxy.sort(CheckoutSessionTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(f.proxy), QStringList({"cs_b", "cs_c", "cs_a", "cs_d"}));
    }
};

QTEST_GUILESS_MAIN(TestCheckoutSessionModels)
#include "tst_checkout_session_models.moc"
