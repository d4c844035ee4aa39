#include "itemmodel_fixtures.h"
#include "models/payment_intent_table_model.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

using IntentModel = ModelUnderTest<PaymentIntentTableModel>;

// Every structural or content signal a view reacts to, counted together.
struct SignalCounts
{
    explicit SignalCounts(QAbstractItemModel *model)
        : rowsInserted(model, &QAbstractItemModel::rowsInserted)
        , rowsRemoved(model, &QAbstractItemModel::rowsRemoved)
        , dataChanged(model, &QAbstractItemModel::dataChanged)
        , layoutChanged(model, &QAbstractItemModel::layoutChanged)
        , modelReset(model, &QAbstractItemModel::modelReset)
    {}

    QSignalSpy rowsInserted;
    QSignalSpy rowsRemoved;
    QSignalSpy dataChanged;
    QSignalSpy layoutChanged;
    QSignalSpy modelReset;
};

QList<PaymentIntent> threeIntents()
{
    return {intent(QStringLiteral("pi_1"), 1000), intent(QStringLiteral("pi_2"), 2000),
            intent(QStringLiteral("pi_3"), 3000)};
}

} // namespace

class TestPaymentIntentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void insertsEachPageWithOneRowsInserted()
    {
        IntentModel m;
        SignalCounts signalCounts(&m.model);

        const UpsertResult first = m.model.upsert(threeIntents());
        QCOMPARE(first, (UpsertResult{3, 0, 0}));
        QCOMPARE(signalCounts.rowsInserted.count(), 1);
        QCOMPARE(signalCounts.rowsInserted.at(0).at(1).toInt(), 0);
        QCOMPARE(signalCounts.rowsInserted.at(0).at(2).toInt(), 2);

        const UpsertResult second = m.model.upsert(
            {intent(QStringLiteral("pi_4"), 4000), intent(QStringLiteral("pi_5"), 5000)});
        QCOMPARE(second, (UpsertResult{2, 0, 0}));
        QCOMPARE(signalCounts.rowsInserted.count(), 2);
        QCOMPARE(signalCounts.rowsInserted.at(1).at(1).toInt(), 3);
        QCOMPARE(signalCounts.rowsInserted.at(1).at(2).toInt(), 4);

        QCOMPARE(m.model.rowCount(), 5);
        QCOMPARE(idsInOrder(m.model), QStringList({"pi_1", "pi_2", "pi_3", "pi_4", "pi_5"}));
        QCOMPARE(signalCounts.dataChanged.count(), 0);
        QCOMPARE(signalCounts.modelReset.count(), 0);
        QCOMPARE(signalCounts.layoutChanged.count(), 0);
    }

    void emptyPageChangesNothing()
    {
        IntentModel m;
        m.model.upsert(threeIntents());
        SignalCounts signalCounts(&m.model);
        QCOMPARE(m.model.upsert({}), UpsertResult());
        QCOMPARE(signalCounts.rowsInserted.count(), 0);
        QCOMPARE(signalCounts.dataChanged.count(), 0);
        QCOMPARE(m.model.rowCount(), 3);
    }

    void updatesAChangedObjectInPlace()
    {
        IntentModel m;
        m.model.upsert(threeIntents());
        SignalCounts signalCounts(&m.model);

        PaymentIntent changed = intent(QStringLiteral("pi_2"), 2500, QStringLiteral("USD"),
                                       QStringLiteral("processing"));
        QCOMPARE(m.model.upsert({changed}), (UpsertResult{0, 1, 0}));

        QCOMPARE(signalCounts.dataChanged.count(), 1);
        const auto topLeft = signalCounts.dataChanged.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = signalCounts.dataChanged.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(bottomRight.column(), PaymentIntentTableModel::ColumnCount - 1);
        QCOMPARE(signalCounts.rowsInserted.count(), 0);
        QCOMPARE(signalCounts.rowsRemoved.count(), 0);
        QCOMPARE(signalCounts.modelReset.count(), 0);
        QCOMPARE(signalCounts.layoutChanged.count(), 0);

        QCOMPARE(m.model.rowCount(), 3);
        QCOMPARE(m.model.rowOf(QStringLiteral("pi_2")), 1);
        QCOMPARE(m.model.at(1), changed);
        const QModelIndex amount = m.model.index(1, PaymentIntentTableModel::AmountColumn);
        QCOMPARE(amount.data(ResourceTableModel::RawValueRole).toLongLong(), 2500);
        QCOMPARE(m.model.index(1, PaymentIntentTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Processing"));
    }

    void unchangedObjectEmitsNothing()
    {
        IntentModel m;
        m.model.upsert(threeIntents());
        SignalCounts signalCounts(&m.model);

        QCOMPARE(m.model.upsert(threeIntents()), (UpsertResult{0, 0, 3}));

        QCOMPARE(signalCounts.dataChanged.count(), 0);
        QCOMPARE(signalCounts.rowsInserted.count(), 0);
        QCOMPARE(signalCounts.modelReset.count(), 0);
        QCOMPARE(signalCounts.layoutChanged.count(), 0);
        QCOMPARE(m.model.rowCount(), 3);
    }

    void mixedPageUpdatesAndAppends()
    {
        IntentModel m;
        m.model.upsert(threeIntents());
        SignalCounts signalCounts(&m.model);

        const UpsertResult result = m.model.upsert({
            intent(QStringLiteral("pi_4"), 4000),
            intent(QStringLiteral("pi_1"), 1000),
            intent(QStringLiteral("pi_3"), 3333),
            intent(QStringLiteral("pi_5"), 5000),
        });

        QCOMPARE(result, (UpsertResult{2, 1, 1}));
        QCOMPARE(signalCounts.dataChanged.count(), 1);
        QCOMPARE(signalCounts.dataChanged.at(0).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(signalCounts.rowsInserted.count(), 1);
        QCOMPARE(signalCounts.rowsInserted.at(0).at(1).toInt(), 3);
        QCOMPARE(signalCounts.rowsInserted.at(0).at(2).toInt(), 4);
        QCOMPARE(idsInOrder(m.model), QStringList({"pi_1", "pi_2", "pi_3", "pi_4", "pi_5"}));
        QCOMPARE(m.model.at(2).amount.minorUnits(), 3333);
    }

    void adjacentChangedRowsShareOneDataChanged()
    {
        IntentModel m;
        m.model.upsert(threeIntents());
        m.model.upsert(
            {intent(QStringLiteral("pi_4"), 4000), intent(QStringLiteral("pi_5"), 5000)});
        SignalCounts signalCounts(&m.model);

        // Rows 4, 1 and 2 change, in that page order: rows 1-2 form one run, row 4 another.
        m.model.upsert({intent(QStringLiteral("pi_5"), 5001), intent(QStringLiteral("pi_2"), 2001),
                        intent(QStringLiteral("pi_3"), 3001)});

        QCOMPARE(signalCounts.dataChanged.count(), 2);
        QCOMPARE(signalCounts.dataChanged.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(signalCounts.dataChanged.at(0).at(1).value<QModelIndex>().row(), 2);
        QCOMPARE(signalCounts.dataChanged.at(1).at(0).value<QModelIndex>().row(), 4);
        QCOMPARE(signalCounts.dataChanged.at(1).at(1).value<QModelIndex>().row(), 4);
    }

    void repeatedIdInOnePageKeepsTheLaterObject()
    {
        IntentModel m;
        SignalCounts signalCounts(&m.model);

        const UpsertResult result = m.model.upsert({intent(QStringLiteral("pi_a"), 100),
                                                    intent(QStringLiteral("pi_b"), 200),
                                                    intent(QStringLiteral("pi_a"), 300)});

        QCOMPARE(result.inserted, 2);
        QCOMPARE(signalCounts.rowsInserted.count(), 1);
        QCOMPARE(signalCounts.rowsInserted.at(0).at(2).toInt(), 1);
        QCOMPARE(m.model.rowCount(), 2);
        QCOMPARE(m.model.rowOf(QStringLiteral("pi_a")), 0);
        QCOMPARE(m.model.at(0).amount.minorUnits(), 300);
    }

    void findsRowsById()
    {
        IntentModel m;
        m.model.upsert(threeIntents());

        QCOMPARE(m.model.rowOf(QStringLiteral("pi_3")), 2);
        QCOMPARE(m.model.rowOf(QStringLiteral("pi_nope")), -1);
        QCOMPARE(m.model.idAt(1), QStringLiteral("pi_2"));
        QCOMPARE(m.model.indexOf(QStringLiteral("pi_2"), PaymentIntentTableModel::AmountColumn),
                 m.model.index(1, PaymentIntentTableModel::AmountColumn));
        QVERIFY(!m.model.indexOf(QStringLiteral("pi_nope")).isValid());
        QVERIFY(m.model.find(QStringLiteral("pi_nope")) == nullptr);
        QCOMPARE(m.model.find(QStringLiteral("pi_1"))->amount.minorUnits(), 1000);
        QCOMPARE(m.model.resources().size(), 3);
    }

    void removesOneRowAndKeepsTheIndex()
    {
        IntentModel m;
        m.model.upsert(threeIntents());
        SignalCounts signalCounts(&m.model);

        QVERIFY(m.model.remove(QStringLiteral("pi_2")));
        QVERIFY(!m.model.remove(QStringLiteral("pi_2")));

        QCOMPARE(signalCounts.rowsRemoved.count(), 1);
        QCOMPARE(signalCounts.rowsRemoved.at(0).at(1).toInt(), 1);
        QCOMPARE(m.model.rowCount(), 2);
        QCOMPARE(m.model.rowOf(QStringLiteral("pi_3")), 1);
        QCOMPARE(m.model.rowOf(QStringLiteral("pi_2")), -1);

        // The id can come back as a new row.
        QCOMPARE(m.model.upsert({intent(QStringLiteral("pi_2"), 2000)}).inserted, 1);
        QCOMPARE(m.model.rowOf(QStringLiteral("pi_2")), 2);
    }

    void clearAndResetAnnounceOneReset()
    {
        IntentModel m;
        m.model.upsert(threeIntents());
        SignalCounts signalCounts(&m.model);

        m.model.clear();
        QCOMPARE(signalCounts.modelReset.count(), 1);
        QCOMPARE(m.model.rowCount(), 0);
        QCOMPARE(m.model.rowOf(QStringLiteral("pi_1")), -1);

        m.model.reset({intent(QStringLiteral("pi_9"), 900), intent(QStringLiteral("pi_8"), 800),
                       intent(QStringLiteral("pi_9"), 901)});
        QCOMPARE(signalCounts.modelReset.count(), 2);
        QCOMPARE(signalCounts.rowsInserted.count(), 0);
        QCOMPARE(idsInOrder(m.model), QStringList({"pi_9", "pi_8"}));
        QCOMPARE(m.model.at(0).amount.minorUnits(), 901);
        QCOMPARE(m.model.rowOf(QStringLiteral("pi_8")), 1);
    }

    void displaysLocaleFormattedText()
    {
        IntentModel m;
        m.model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        PaymentIntent pi = intent(QStringLiteral("pi_1"), 123456, QStringLiteral("USD"),
                                  QStringLiteral("requires_payment_method"));
        pi.description = QStringLiteral("Blue widget");
        pi.customerId = QStringLiteral("cus_1");
        pi.paymentMethodId = QStringLiteral("pm_1");
        m.model.upsert({pi});

        auto display = [&](int column) { return m.model.index(0, column).data().toString(); };
        QCOMPARE(display(PaymentIntentTableModel::AmountColumn), QStringLiteral("$1,234.56"));
        QCOMPARE(display(PaymentIntentTableModel::CurrencyColumn), QStringLiteral("USD"));
        QCOMPARE(display(PaymentIntentTableModel::StatusColumn),
                 QStringLiteral("Requires payment method"));
        QCOMPARE(display(PaymentIntentTableModel::CustomerColumn), QStringLiteral("cus_1"));
        QCOMPARE(display(PaymentIntentTableModel::DescriptionColumn),
                 QStringLiteral("Blue widget"));
        QCOMPARE(display(PaymentIntentTableModel::PaymentMethodColumn), QStringLiteral("pm_1"));
        QCOMPARE(display(PaymentIntentTableModel::IdColumn), QStringLiteral("pi_1"));
        QCOMPARE(display(PaymentIntentTableModel::CreatedColumn),
                 QLocale(QLocale::English, QLocale::UnitedStates)
                     .toString(pi.created.toLocalTime(), QLocale::ShortFormat));

        QSignalSpy dataChanged(&m.model, &QAbstractItemModel::dataChanged);
        const QLocale german(QLocale::German, QLocale::Germany);
        m.model.setLocale(german);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(display(PaymentIntentTableModel::AmountColumn), pi.amount.toString(german));
        QVERIFY(
            display(PaymentIntentTableModel::AmountColumn).contains(QStringLiteral("1.234,56")));
    }

    void unknownStatusShowsItsRawString()
    {
        IntentModel m;
        m.model.upsert({intent(QStringLiteral("pi_1"), 100, QStringLiteral("USD"),
                               QStringLiteral("under_review")),
                        intent(QStringLiteral("pi_2"), 100, QStringLiteral("USD"),
                               QStringLiteral("succeeded"))});

        const QModelIndex unknown = m.model.index(0, PaymentIntentTableModel::StatusColumn);
        QCOMPARE(unknown.data().toString(), QStringLiteral("under_review"));
        QCOMPARE(unknown.data(ResourceTableModel::RawValueRole).toString(),
                 QStringLiteral("under_review"));
        QCOMPARE(unknown.data(ResourceTableModel::PhaseRole).toInt(), int(IntentPhase::Unknown));
        QVERIFY(unknown.data(Qt::ToolTipRole).toString().contains(QStringLiteral("under_review")));

        const QModelIndex known = m.model.index(1, PaymentIntentTableModel::StatusColumn);
        QCOMPARE(known.data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(known.data(ResourceTableModel::PhaseRole).toInt(), int(IntentPhase::Final));
    }

    void statusTipSaysWhyTheLastAttemptFailedAndWhere()
    {
        IntentModel m;
        PaymentIntent declined =
            intent(QStringLiteral("accounts/acct_1/payment-intents/pi_1"), 1002,
                   QStringLiteral("GBP"), QStringLiteral("REQUIRES_PAYMENT_METHOD"));
        declined.device = QStringLiteral("accounts/acct_1/devices/dvc_front");
        declined.lastPaymentError =
            PaymentError{QStringLiteral("The card was declined."),
                         QStringLiteral("card_declined"),
                         QStringLiteral("accounts/acct_1/devices/dvc_front"),
                         {}};
        PaymentIntent waiting = intent(QStringLiteral("accounts/acct_1/payment-intents/pi_2"), 500,
                                       QStringLiteral("GBP"), QStringLiteral("PROCESSING"));
        waiting.device = QStringLiteral("accounts/acct_1/devices/dvc_bar");
        m.model.upsert({declined, waiting});
        const QString first = m.model.index(0, PaymentIntentTableModel::StatusColumn)
                                  .data(Qt::ToolTipRole)
                                  .toString();
        QVERIFY2(first.contains(QLatin1String("on terminal dvc_front: The card was declined.")),
                 qPrintable(first));
        const QString second = m.model.index(1, PaymentIntentTableModel::StatusColumn)
                                   .data(Qt::ToolTipRole)
                                   .toString();
        QVERIFY2(second.contains(QLatin1String("Card terminal: dvc_bar")), qPrintable(second));
    }

    void rawIdAndResourceRoles()
    {
        IntentModel m;
        PaymentIntent pi = intent(QStringLiteral("pi_1"), 900);
        pi.metadata.insert(QStringLiteral("order"), QStringLiteral("A-17"));
        m.model.upsert({pi});

        const QVariant amount = m.model.index(0, PaymentIntentTableModel::AmountColumn)
                                    .data(ResourceTableModel::RawValueRole);
        QCOMPARE(amount.typeId(), QMetaType::LongLong);
        QCOMPARE(amount.toLongLong(), 900);
        const QVariant created = m.model.index(0, PaymentIntentTableModel::CreatedColumn)
                                     .data(ResourceTableModel::RawValueRole);
        QCOMPARE(created.typeId(), QMetaType::QDateTime);
        QCOMPARE(created.toDateTime(), pi.created);

        for (int column = 0; column < PaymentIntentTableModel::ColumnCount; ++column) {
            const QModelIndex cell = m.model.index(0, column);
            QCOMPARE(cell.data(ResourceTableModel::IdRole).toString(), QStringLiteral("pi_1"));
            QCOMPARE(cell.data(ResourceTableModel::StatusRole).toString(),
                     QStringLiteral("succeeded"));
            QCOMPARE(cell.data(ResourceTableModel::ResourceRole).value<PaymentIntent>(), pi);
        }
        QVERIFY(m.model.roleNames().value(ResourceTableModel::RawValueRole) == "rawValue");
    }

    void rightAlignsAmounts()
    {
        IntentModel m;
        m.model.upsert(threeIntents());
        const int right = int(Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(m.model.index(0, PaymentIntentTableModel::AmountColumn)
                     .data(Qt::TextAlignmentRole)
                     .toInt(),
                 right);
        QVERIFY(!m.model.index(0, PaymentIntentTableModel::DescriptionColumn)
                     .data(Qt::TextAlignmentRole)
                     .isValid());
        QCOMPARE(m.model
                     .headerData(PaymentIntentTableModel::AmountColumn, Qt::Horizontal,
                                 Qt::TextAlignmentRole)
                     .toInt(),
                 right);
        QCOMPARE(
            m.model.headerData(PaymentIntentTableModel::AmountColumn, Qt::Horizontal).toString(),
            QStringLiteral("Amount"));
        QCOMPARE(
            m.model.headerData(PaymentIntentTableModel::CustomerColumn, Qt::Horizontal).toString(),
            QStringLiteral("Customer"));
    }

    // Money that went back is seen in the list: the status says so, and the refunded and net
    // amounts have columns of their own, in the table and the CSV.
    void showsRefundsInStatusRefundedAndNet()
    {
        IntentModel m;
        m.model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        PaymentIntent part = intent(QStringLiteral("pi_part"), 794300);
        part.amountRefunded = 10000;
        PaymentIntent full = intent(QStringLiteral("pi_full"), 2500);
        full.amountRefunded = 2500;
        PaymentIntent none = intent(QStringLiteral("pi_none"), 1200);
        none.amountRefunded = 0;
        PaymentIntent unsaid = intent(QStringLiteral("pi_unsaid"), 900);
        m.model.upsert({part, full, none, unsaid});

        auto display = [&](const char *id, int column) {
            return m.model.index(m.model.rowOf(QLatin1String(id)), column).data().toString();
        };
        auto csv = [&](const char *id, int column) {
            return m.model.csvCell(m.model.rowOf(QLatin1String(id)), column);
        };
        QCOMPARE(display("pi_part", PaymentIntentTableModel::StatusColumn),
                 QStringLiteral("Partially refunded"));
        QCOMPARE(display("pi_full", PaymentIntentTableModel::StatusColumn),
                 QStringLiteral("Refunded"));
        QCOMPARE(display("pi_none", PaymentIntentTableModel::StatusColumn),
                 QStringLiteral("Succeeded"));
        QCOMPARE(display("pi_unsaid", PaymentIntentTableModel::StatusColumn),
                 QStringLiteral("Succeeded"));
        // The status filter and the colours still read the status the server sent.
        QCOMPARE(m.model
                     .index(m.model.rowOf(QStringLiteral("pi_part")),
                            PaymentIntentTableModel::StatusColumn)
                     .data(ResourceTableModel::StatusRole)
                     .toString(),
                 QStringLiteral("succeeded"));

        QCOMPARE(
            m.model.headerData(PaymentIntentTableModel::RefundedColumn, Qt::Horizontal).toString(),
            QStringLiteral("Refunded"));
        QCOMPARE(m.model.headerData(PaymentIntentTableModel::NetColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Net"));
        QCOMPARE(display("pi_part", PaymentIntentTableModel::AmountColumn),
                 QStringLiteral("$7,943.00"));
        QCOMPARE(display("pi_part", PaymentIntentTableModel::RefundedColumn),
                 QStringLiteral("$100.00"));
        QCOMPARE(display("pi_part", PaymentIntentTableModel::NetColumn),
                 QStringLiteral("$7,843.00"));
        QCOMPARE(display("pi_full", PaymentIntentTableModel::NetColumn), QStringLiteral("$0.00"));
        QCOMPARE(display("pi_none", PaymentIntentTableModel::RefundedColumn), QString());
        QCOMPARE(display("pi_none", PaymentIntentTableModel::NetColumn), QStringLiteral("$12.00"));
        QCOMPARE(
            m.model
                .index(m.model.rowOf(QStringLiteral("pi_part")), PaymentIntentTableModel::NetColumn)
                .data(ResourceTableModel::RawValueRole)
                .toLongLong(),
            784300);

        QCOMPARE(csv("pi_part", PaymentIntentTableModel::RefundedColumn), QStringLiteral("100.00"));
        QCOMPARE(csv("pi_part", PaymentIntentTableModel::NetColumn), QStringLiteral("7843.00"));
        QCOMPARE(csv("pi_none", PaymentIntentTableModel::RefundedColumn), QStringLiteral("0.00"));
        QCOMPARE(csv("pi_unsaid", PaymentIntentTableModel::RefundedColumn), QString());
        QCOMPARE(csv("pi_unsaid", PaymentIntentTableModel::NetColumn), QStringLiteral("9.00"));
    }

    // CSV dates say their offset from UTC, so a spreadsheet elsewhere reads the same moment.
    void csvDatesCarryTheirUtcOffset()
    {
        IntentModel m;
        m.model.upsert({intent(QStringLiteral("pi_1"), 100)});
        const QString cell = m.model.csvCell(0, PaymentIntentTableModel::CreatedColumn);
        static const QRegularExpression iso(
            QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$)"));
        QVERIFY2(iso.match(cell).hasMatch(), qPrintable(cell));
        QCOMPARE(QDateTime::fromString(cell, Qt::ISODate).toUTC(), utc(2024, 3, 1));
    }

    // The payment method reads as the card people recognise once the model learnt it, in the
    // table and the CSV; paydesk-cli's text and the raw value stay the id.
    void namesPaymentMethodsItLearnt()
    {
        IntentModel m;
        PaymentIntent pi = intent(QStringLiteral("pi_1"), 100);
        pi.paymentMethodId = QStringLiteral("7f0c2a9e-1b3d-4c5e-8f6a-9b0c1d2e3f4a");
        m.model.upsert({pi, intent(QStringLiteral("pi_2"), 200)});
        const QModelIndex cell = m.model.index(0, PaymentIntentTableModel::PaymentMethodColumn);
        QCOMPARE(cell.data().toString(), pi.paymentMethodId);
        QCOMPARE(m.model.csvCell(0, PaymentIntentTableModel::PaymentMethodColumn),
                 pi.paymentMethodId);

        PaymentMethod card;
        card.id = pi.paymentMethodId;
        card.type = QStringLiteral("card");
        card.brand = QStringLiteral("visa");
        card.last4 = QStringLiteral("4242");
        QSignalSpy changed(&m.model, &QAbstractItemModel::dataChanged);
        m.model.addPaymentMethods({card});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell.data().toString(), QStringLiteral("visa •••• 4242"));
        QCOMPARE(m.model.csvCell(0, PaymentIntentTableModel::PaymentMethodColumn),
                 QStringLiteral("visa •••• 4242"));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), pi.paymentMethodId);
        QCOMPARE(cell.data(ResourceTableModel::RawValueRole).toString(), pi.paymentMethodId);
        QCOMPARE(m.model.csvCell(1, PaymentIntentTableModel::PaymentMethodColumn), QString());
        // Learning the same again changes nothing.
        m.model.addPaymentMethods({card});
        QCOMPARE(changed.count(), 1);
    }

    void showsCustomerNamesFromTheLookup()
    {
        IntentModel m;
        PaymentIntent withCustomer = intent(QStringLiteral("pi_1"), 100);
        withCustomer.customerId = QStringLiteral("cus_ada");
        PaymentIntent unknownCustomer = intent(QStringLiteral("pi_2"), 100);
        unknownCustomer.customerId = QStringLiteral("cus_zed");
        m.model.upsert({withCustomer, unknownCustomer, intent(QStringLiteral("pi_3"), 100)});
        SignalCounts signalCounts(&m.model);

        m.model.setCustomerNames({{QStringLiteral("cus_ada"), QStringLiteral("Ada Lovelace")}});

        QCOMPARE(signalCounts.dataChanged.count(), 1);
        const auto topLeft = signalCounts.dataChanged.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = signalCounts.dataChanged.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft, m.model.index(0, PaymentIntentTableModel::CustomerColumn));
        QCOMPARE(bottomRight, m.model.index(2, PaymentIntentTableModel::CustomerColumn));

        auto customerCell = [&](int row) {
            return m.model.index(row, PaymentIntentTableModel::CustomerColumn);
        };
        QCOMPARE(customerCell(0).data().toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(customerCell(0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Ada Lovelace\ncus_ada"));
        QCOMPARE(customerCell(1).data().toString(), QStringLiteral("cus_zed"));
        QCOMPARE(customerCell(2).data().toString(), QString());

        // The same names again change nothing.
        m.model.setCustomerNames(m.model.customerNames());
        QCOMPARE(signalCounts.dataChanged.count(), 1);
    }

    void repeatedStringsAreStoredOnce()
    {
        IntentModel m;
        // Two separately allocated copies, as a JSON decoder produces them.
        PaymentIntent a = intent(QStringLiteral("pi_1"), 100);
        a.customerId = QString::fromLatin1("cus_" + QByteArray("shared"));
        a.userId = QString::fromLatin1("usr_" + QByteArray("merchant"));
        a.status = IntentStatus(QString::fromLatin1("succe" + QByteArray("eded")));
        PaymentIntent b = intent(QStringLiteral("pi_2"), 200);
        b.customerId = QString::fromLatin1("cus_" + QByteArray("shared"));
        b.userId = QString::fromLatin1("usr_" + QByteArray("merchant"));
        b.status = IntentStatus(QString::fromLatin1("succe" + QByteArray("eded")));
        QVERIFY(a.customerId.toString().constData() != b.customerId.toString().constData());

        m.model.upsert({a});
        m.model.upsert({b});

        QCOMPARE(m.model.at(1).customerId, m.model.at(0).customerId);
        QCOMPARE(m.model.at(1).customerId.toString().constData(),
                 m.model.at(0).customerId.toString().constData());
        QCOMPARE(m.model.at(1).userId.toString().constData(),
                 m.model.at(0).userId.toString().constData());
        QCOMPARE(m.model.at(1).status.raw().constData(), m.model.at(0).status.raw().constData());
        QCOMPARE(m.model.at(1), b);
    }

    void sharingKeepsEveryRowsOwnValues()
    {
        // Rows share equal texts, statuses, currencies and unknown fields; sharing must never
        // hand a row another row's value.
        IntentModel m;
        QList<PaymentIntent> page;
        for (int i = 0; i < 300; ++i) {
            PaymentIntent pi =
                intent(QStringLiteral("pi_%1").arg(i), 100 + i,
                       i % 3 ? QStringLiteral("usd") : QStringLiteral("EUR"),
                       i % 2 ? QStringLiteral("succeeded") : QStringLiteral("Failed"));
            pi.customerId = i % 4 ? QStringLiteral("cus_%1").arg(i % 7) : QString();
            pi.device = i % 5 ? QString() : QStringLiteral("dvc_%1").arg(i % 2);
            pi.extra.insert(QStringLiteral("payment_method_types"),
                            i % 10 ? QJsonValue(QJsonArray{QStringLiteral("card")})
                                   : QJsonValue(QJsonArray{QStringLiteral("ach"), i}));
            if (i % 9 == 0)
                pi.metadata.insert(QStringLiteral("order"), QStringLiteral("A-%1").arg(i));
            if (i % 11 == 0)
                pi.lastPaymentError = PaymentError{
                    QStringLiteral("Declined %1").arg(i), QStringLiteral("card_declined"), {}, {}};
            page.append(pi);
        }
        m.model.upsert(page);
        QCOMPARE(m.model.rowCount(), 300);
        for (int row = 0; row < 300; ++row) {
            QCOMPARE(m.model.at(row), page.at(row));
            QCOMPARE(m.model.at(row).amount.currency(),
                     row % 3 ? QStringLiteral("USD") : QStringLiteral("EUR"));
            QCOMPARE(m.model.at(row).status.raw(),
                     row % 2 ? QStringLiteral("succeeded") : QStringLiteral("Failed"));
            QCOMPARE(m.model.at(row).status.known(),
                     row % 2 ? IntentStatus::Succeeded : IntentStatus::Failed);
        }
        // Changing one row's boxed error leaves the copy it came from as it was.
        PaymentIntent changed = m.model.at(0);
        changed.lastPaymentError->message = QStringLiteral("Changed");
        QCOMPARE(m.model.at(0).lastPaymentError->message, QStringLiteral("Declined 0"));
        QCOMPARE(page.at(0).lastPaymentError->message, QStringLiteral("Declined 0"));
    }

    void keepsThousandsOfRowsConsistent()
    {
        // Enough rows to span several storage chunks (512 rows) and string-sharing blocks.
        IntentModel m;
        const int total = 1500;
        QList<PaymentIntent> all;
        for (int i = 0; i < total; ++i) {
            PaymentIntent pi = intent(QStringLiteral("pi_%1").arg(i), 100 + i);
            pi.customerId = QStringLiteral("cus_%1").arg(i % 50);
            pi.paymentMethodId = QStringLiteral("pm_%1").arg(i % 70);
            all.append(pi);
        }
        QSignalSpy inserted(&m.model, &QAbstractItemModel::rowsInserted);
        for (int first = 0; first < total; first += 100) {
            QList<PaymentIntent> page = all.mid(first, 100);
            QCOMPARE(m.model.upsert(std::move(page)).inserted, 100);
        }
        QCOMPARE(inserted.count(), total / 100);
        QCOMPARE(m.model.rowCount(), total);
        for (int row = 0; row < total; ++row) {
            QCOMPARE(m.model.at(row), all.at(row));
            QCOMPARE(m.model.rowOf(all.at(row).id), row);
        }
        // Equal ids from different pages share one string.
        QCOMPARE(m.model.at(1449).customerId.toString().constData(),
                 m.model.at(49).customerId.toString().constData());
        QCOMPARE(m.model.at(1469).paymentMethodId.toString().constData(),
                 m.model.at(69).paymentMethodId.toString().constData());

        // Rows on both sides of a chunk boundary change together: one run, one dataChanged.
        QSignalSpy changed(&m.model, &QAbstractItemModel::dataChanged);
        QList<PaymentIntent> updates = {all.at(1023), all.at(511), all.at(512)};
        for (PaymentIntent &pi : updates)
            pi.amount = Money(1, QStringLiteral("USD"));
        QCOMPARE(m.model.upsert(updates), (UpsertResult{0, 3, 0}));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 511);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 512);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 1023);
        QCOMPARE(m.model.at(512).amount.minorUnits(), 1);

        QVERIFY(m.model.remove(QStringLiteral("pi_600")));
        QCOMPARE(m.model.rowCount(), total - 1);
        QCOMPARE(m.model.rowOf(QStringLiteral("pi_600")), -1);
        for (int row = 0; row < m.model.rowCount(); ++row)
            QCOMPARE(m.model.rowOf(m.model.idAt(row)), row);
        QCOMPARE(m.model.idAt(600), QStringLiteral("pi_601"));
        QCOMPARE(m.model.idAt(total - 2), QStringLiteral("pi_1499"));
    }

    void movedPageIsStoredAsCopiedPage()
    {
        IntentModel copied;
        IntentModel moved;
        QList<PaymentIntent> page = threeIntents();
        page[1].metadata.insert(QStringLiteral("order"), QStringLiteral("A-1"));
        page[2].extra.insert(QStringLiteral("future_field"), true);

        QCOMPARE(copied.model.upsert(page), (UpsertResult{3, 0, 0}));
        QList<PaymentIntent> toMove = page;
        QCOMPARE(moved.model.upsert(std::move(toMove)), (UpsertResult{3, 0, 0}));

        for (int row = 0; row < 3; ++row) {
            QCOMPARE(copied.model.at(row), page.at(row));
            QCOMPARE(moved.model.at(row), page.at(row));
        }
        // Unknown fields are kept through the compaction of `extra`.
        QCOMPARE(moved.model.at(2).extra.value(QStringLiteral("future_field")).toBool(), true);
        // The caller's copy is untouched by the moving upsert.
        QCOMPARE(page.at(1).metadata.text(QStringLiteral("order")), QStringLiteral("A-1"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentIntentTableModel)
#include "tst_payment_intent_table_model.moc"
