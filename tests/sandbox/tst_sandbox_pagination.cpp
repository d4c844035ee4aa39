// Cursor pagination: newest first, limit 1..100, starting_after and ending_before, has_more; and
// the payment intents list, a bare array unless the paged shape is chosen.

#include "sandbox/sandbox_test_support.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

struct Walk
{
    QStringList ids;
    int pages = 0;
    bool newestFirst = true;
};

// Follows has_more page by page in one direction, from the start of the list or from a cursor.
Walk walk(HttpClient &client, const QString &route, int limit, const QString &cursorName,
          QString cursor = {})
{
    Walk result;
    QString previousCreated;
    for (bool more = true; more;) {
        QUrlQuery query{{u"limit"_s, QString::number(limit)}};
        if (!cursor.isEmpty())
            query.addQueryItem(cursorName, cursor);
        const HttpResult page = client.apiGet(route, query);
        if (page.status != 200)
            break;
        const QJsonArray data = page.json().value(u"data"_s).toArray();
        if (data.isEmpty())
            break;
        ++result.pages;
        QStringList pageIds;
        for (const QJsonValue &record : data) {
            pageIds.append(record[u"id"_s].toString());
            const QString created = record[u"created"_s].toString();
            if (!previousCreated.isEmpty() && cursorName == "starting_after"_L1 &&
                created > previousCreated) {
                result.newestFirst = false;
            }
            previousCreated = created;
        }
        more = page.json().value(u"has_more"_s).toBool();
        if (cursorName == "starting_after"_L1) {
            result.ids += pageIds;
            cursor = pageIds.constLast();
        } else {
            result.ids = pageIds + result.ids;
            cursor = pageIds.constFirst();
        }
    }
    return result;
}

QJsonArray slice(const QJsonArray &array, qsizetype from, qsizetype count)
{
    QJsonArray part;
    for (qsizetype i = from; i < from + count; ++i)
        part.append(array.at(i));
    return part;
}

QSet<QString> asSet(const QStringList &ids)
{
    return {ids.cbegin(), ids.cend()};
}

} // namespace

class TestSandboxPagination : public QObject
{
    Q_OBJECT

private slots:
    void walksAThousandCustomersInPagesOf37();
    void walksBackwardsWithEndingBefore();
    void keepsOrderForRecordsCreatedInTheSameMillisecond();
    void defaultsToTenPerPage();
    void rejectsBadPagingParameters_data();
    void rejectsBadPagingParameters();
    void listsEveryPaymentIntentAsABareArray();
    void honoursPagingParametersOnTheBareArray();
    void answersThePagedShapeWhenChosen();
    void listsTheTwoTestCardsOfACustomer();
    void needsACustomerToListPaymentMethods();
};

void TestSandboxPagination::walksAThousandCustomersInPagesOf37()
{
    SandboxOptions options = testOptions();
    options.seedSizes.customers = 1000;
    const auto server = startServer(options);
    HttpClient client(server->port());

    const Walk forward = walk(client, u"payment-customers"_s, 37, u"starting_after"_s);

    QCOMPARE(forward.pages, 28); // 27 full pages and one of 1
    QCOMPARE(forward.ids.size(), 1000);
    QCOMPARE(asSet(forward.ids).size(), 1000);
    QVERIFY(forward.newestFirst);
}

void TestSandboxPagination::walksBackwardsWithEndingBefore()
{
    SandboxOptions options = testOptions();
    options.seedSizes.customers = 1000;
    const auto server = startServer(options);
    HttpClient client(server->port());
    const Walk forward = walk(client, u"payment-customers"_s, 37, u"starting_after"_s);

    // From the oldest customer back to the newest: the same list, in the same order, with the
    // cursor's own record left out.
    const Walk backward =
        walk(client, u"payment-customers"_s, 37, u"ending_before"_s, forward.ids.constLast());

    QCOMPARE(backward.ids.size(), 999);
    QCOMPARE(backward.ids, forward.ids.mid(0, 999));
    QCOMPARE(backward.pages, 27);
}

void TestSandboxPagination::keepsOrderForRecordsCreatedInTheSameMillisecond()
{
    const auto server = startServer();
    HttpClient client(server->port());
    QStringList created;
    for (int i = 0; i < 60; ++i)
        created.append(client.createCustomer(u"Customer %1"_s.arg(i)));

    const Walk forward = walk(client, u"payment-customers"_s, 7, u"starting_after"_s);
    const Walk backward =
        walk(client, u"payment-customers"_s, 7, u"ending_before"_s, forward.ids.constLast());

    QCOMPARE(asSet(forward.ids), asSet(created));
    QCOMPARE(forward.ids.size(), created.size());
    QCOMPARE(backward.ids, forward.ids.mid(0, forward.ids.size() - 1));
}

void TestSandboxPagination::defaultsToTenPerPage()
{
    SandboxOptions options = testOptions();
    options.seedSizes.customers = 12;
    const auto server = startServer(options);
    HttpClient client(server->port());

    const QJsonObject page = client.apiGet(u"payment-customers"_s).json();

    QCOMPARE(page.value(u"data"_s).toArray().size(), 10);
    QCOMPARE(page.value(u"has_more"_s).toBool(), true);
}

void TestSandboxPagination::rejectsBadPagingParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::newRow("limit 0") << u"limit=0"_s << u"limit"_s << u"minimum"_s;
    QTest::newRow("limit -3") << u"limit=-3"_s << u"limit"_s << u"minimum"_s;
    QTest::newRow("limit 101") << u"limit=101"_s << u"limit"_s << u"maximum"_s;
    QTest::newRow("limit word") << u"limit=ten"_s << u"limit"_s << u"type"_s;
    QTest::newRow("limit empty") << u"limit="_s << u"limit"_s << u"type"_s;
    QTest::newRow("unknown cursor") << u"starting_after=3fa85f64-5717-4562-b3fc-2c963f66afa6"_s
                                    << u"starting_after"_s << u"exists"_s;
    QTest::newRow("unknown ending cursor")
        << u"ending_before=3fa85f64-5717-4562-b3fc-2c963f66afa6"_s << u"ending_before"_s
        << u"exists"_s;
    QTest::newRow("both cursors") << u"starting_after=a&ending_before=b"_s << u"ending_before"_s
                                  << u"exclusive"_s;
}

void TestSandboxPagination::rejectsBadPagingParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    SandboxOptions options = testOptions();
    options.seedSizes = {5, 5, 5};
    const auto server = startServer(options);
    HttpClient client(server->port());

    for (const QString &route :
         {u"payment-customers"_s, u"checkout-sessions"_s, u"refunds"_s, u"payment-intents"_s}) {
        const HttpResult answer = client.apiGet(route, QUrlQuery(query));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.json().value(u"error"_s).toString().contains(field));
        QCOMPARE(answer.json().value(u"code"_s).toString(), u"invalid-input"_s);
        QCOMPARE(answer.json().value(u"field"_s).toString(), field);
        QCOMPARE(answer.json().value(u"rule"_s).toString(), rule);
    }
}

void TestSandboxPagination::listsEveryPaymentIntentAsABareArray()
{
    SandboxOptions options = testOptions();
    options.seedSizes.paymentIntents = 250;
    const auto server = startServer(options);
    HttpClient client(server->port());

    const HttpResult answer = client.apiGet(u"payment-intents"_s);

    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.startsWith('['));
    const QJsonArray intents = answer.jsonArray();
    QCOMPARE(intents.size(), 250);
    for (qsizetype i = 1; i < intents.size(); ++i)
        QVERIFY(intents[i - 1][u"created"_s].toString() >= intents[i][u"created"_s].toString());
}

void TestSandboxPagination::honoursPagingParametersOnTheBareArray()
{
    SandboxOptions options = testOptions();
    options.seedSizes.paymentIntents = 30;
    const auto server = startServer(options);
    HttpClient client(server->port());
    const QJsonArray all = client.apiGet(u"payment-intents"_s).jsonArray();

    const QJsonArray firstFive =
        client.apiGet(u"payment-intents"_s, QUrlQuery{{u"limit"_s, u"5"_s}}).jsonArray();
    const QJsonArray afterTheTenth =
        client
            .apiGet(u"payment-intents"_s,
                    QUrlQuery{{u"starting_after"_s, all[9][u"id"_s].toString()}})
            .jsonArray();
    const QJsonArray beforeTheTenth =
        client
            .apiGet(
                u"payment-intents"_s,
                QUrlQuery{{u"ending_before"_s, all[9][u"id"_s].toString()}, {u"limit"_s, u"3"_s}})
            .jsonArray();

    QCOMPARE(firstFive, slice(all, 0, 5));
    QCOMPARE(afterTheTenth.size(), 20);
    QCOMPARE(afterTheTenth.first(), all[10]);
    QCOMPARE(beforeTheTenth, slice(all, 6, 3));
}

void TestSandboxPagination::answersThePagedShapeWhenChosen()
{
    SandboxOptions options = testOptions();
    options.seedSizes.paymentIntents = 30;
    options.intentListShape = IntentListShape::Paged;
    const auto server = startServer(options);
    HttpClient client(server->port());

    const QJsonObject page = client.apiGet(u"payment-intents"_s).json();
    const Walk all = walk(client, u"payment-intents"_s, 8, u"starting_after"_s);

    QCOMPARE(page.value(u"data"_s).toArray().size(), 10);
    QCOMPARE(page.value(u"has_more"_s).toBool(), true);
    QCOMPARE(asSet(all.ids).size(), 30);
    QCOMPARE(all.pages, 4);
}

void TestSandboxPagination::listsTheTwoTestCardsOfACustomer()
{
    SandboxOptions options = testOptions();
    options.seedSizes.customers = 5;
    const auto server = startServer(options);
    HttpClient client(server->port());
    const QString customer = client.createCustomer();

    const QJsonObject cards =
        client.apiGet(u"payment-methods"_s, QUrlQuery{{u"customer_id"_s, customer}}).json();

    const QJsonArray data = cards.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(cards.value(u"has_more"_s).toBool(), false);
    QStringList descriptions;
    for (const QJsonValue &card : data) {
        QCOMPARE(card[u"customer_id"_s].toString(), customer);
        QCOMPARE(card[u"type"_s].toString(), u"card"_s);
        QCOMPARE(card[u"card"_s][u"brand"_s].toString(), u"visa"_s);
        QCOMPARE(card[u"card"_s][u"last4"_s].toString().size(), 4);
        descriptions.append(card[u"description"_s].toString());
    }
    descriptions.sort();
    QCOMPARE(descriptions, QStringList({u"Test card: payments are declined"_s,
                                        u"Test card: payments succeed"_s}));
    const QJsonObject one =
        client.apiGet(u"payment-methods/"_s + data[0][u"id"_s].toString()).json();
    QCOMPARE(one, data[0].toObject());
}

void TestSandboxPagination::needsACustomerToListPaymentMethods()
{
    const auto server = startServer();
    HttpClient client(server->port());

    const HttpResult missing = client.apiGet(u"payment-methods"_s);
    const HttpResult unknown =
        client.apiGet(u"payment-methods"_s,
                      QUrlQuery{{u"customer_id"_s, u"3fa85f64-5717-4562-b3fc-2c963f66afa6"_s}});

    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().value(u"field"_s).toString(), u"customer_id"_s);
    QCOMPARE(missing.json().value(u"rule"_s).toString(), u"required"_s);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.json().value(u"rule"_s).toString(), u"exists"_s);
}

QTEST_GUILESS_MAIN(TestSandboxPagination)
#include "tst_sandbox_pagination.moc"
