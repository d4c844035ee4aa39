// walkPages against a scripted list: what the walk does with a next page it asked for early
// (PageQuery::onNextCursor) when the page turns out to say otherwise. No server can be made to
// give an early cursor its own page then contradicts, so the pages here are scripted; the walk
// against real servers is in tst_dots_provider, tst_synaptopay_provider and tst_other_servers.
#include "network/list_walker.h"

#include <QTest>
#include <QTimer>

#include <optional>

using namespace paydesk;

namespace {

struct Item
{
    QString id;
};

// One answer of the scripted list: the page, and the cursor it gives early (before "decoding"),
// which a correct provider takes from the same page.
struct Answer
{
    QList<QString> ids;
    bool hasMore = false;
    QString next;      // the decoded page's cursor
    QString early;     // given to onNextCursor first; empty: none
    bool fail = false; // answers with an error instead of the page
    bool hold = false; // never answers unless cancelled
};

// Answers each request a turn of the event loop later, as a transport does, by its cursor. A
// cancelled request answers Cancelled at once and is counted.
class ScriptedList : public QObject
{
public:
    QHash<QString, Answer> answers; // by cursor ("" for the first page)
    QStringList asked;              // cursors, in the order asked
    QStringList cancelled;          // cursors whose request was cancelled before answering

    CallHandle fetch(const PageQuery &query, QObject *, Callback<Page<Item>> done)
    {
        asked.append(query.cursor);
        auto *operation = new Operation(this);
        auto answered = std::make_shared<bool>(false);
        const QString cursor = query.cursor;
        operation->setCanceller([this, operation, answered, cursor, done] {
            if (std::exchange(*answered, true))
                return;
            cancelled.append(cursor);
            done(ApiError::cancelled());
            operation->finish();
        });
        if (answers.value(query.cursor).hold)
            return CallHandle(operation);
        QTimer::singleShot(0, operation, [operation, answered, query, done, this] {
            if (std::exchange(*answered, true))
                return;
            const Answer answer = answers.value(query.cursor);
            if (!answer.early.isEmpty() && query.onNextCursor)
                query.onNextCursor(answer.early);
            if (answer.fail) {
                ApiError error;
                error.kind = ApiErrorKind::Server;
                error.message = QStringLiteral("the page could not be read");
                done(error);
            } else {
                Page<Item> page;
                for (const QString &id : answer.ids)
                    page.items.append(Item{id});
                page.hasMore = answer.hasMore;
                page.next = answer.next;
                done(page);
            }
            operation->finish();
        });
        return CallHandle(operation);
    }
};

struct Walk
{
    QStringList handed; // ids, in the order handed over
    std::optional<Result<WalkProgress>> result;
    int results = 0;
};

// Starts a walk over `list` that records into `w`; `more` decides whether it goes on.
CallHandle walk(ScriptedList &list, Walk &w, std::function<bool(const WalkProgress &)> more = {})
{
    return walkPages<Item>(
        [&list](const PageQuery &q, QObject *c, Callback<Page<Item>> cb) {
            return list.fetch(q, c, std::move(cb));
        },
        2, nullptr,
        [&w, more](const QList<Item> &page, const WalkProgress &p) {
            for (const Item &item : page)
                w.handed.append(item.id);
            return more ? more(p) : true;
        },
        [&w](const Result<WalkProgress> &r) {
            w.result = r;
            ++w.results;
        });
}

// Nothing more arrives after the walk has ended: no second result, a turn of the loop later.
void expectNothingMore(const Walk &w)
{
    QTest::qWait(20);
    QCOMPARE(w.results, 1);
}

} // namespace

class TstListWalker : public QObject
{
    Q_OBJECT

private slots:
    void asksForTheNextPageWithTheEarlyCursor()
    {
        ScriptedList list;
        list.answers.insert({}, {{"a", "b"}, true, "b", "b"});
        list.answers.insert("b", {{"c", "d"}, true, "d", "d"});
        list.answers.insert("d", {{"e"}, false, {}, {}});
        Walk w;
        walk(list, w);
        QTRY_COMPARE(w.results, 1);
        QVERIFY(w.result->ok());
        QVERIFY(w.result->value().complete);
        QCOMPARE(w.handed, (QStringList{"a", "b", "c", "d", "e"}));
        // One request per page: each asked for once, from its early cursor, none wasted.
        QCOMPARE(list.asked, (QStringList{"", "b", "d"}));
        QVERIFY(list.cancelled.isEmpty());
    }

    void asksAgainWhenThePageContradictsItsEarlyCursor()
    {
        ScriptedList list;
        // The first page hints "x" early, but its decoded cursor is "b".
        list.answers.insert({}, {{"a", "b"}, true, "b", "x"});
        list.answers.insert("x", {{"wrong"}, false, {}, {}});
        list.answers.insert("b", {{"c"}, false, {}, {}});
        Walk w;
        walk(list, w);
        QTRY_COMPARE(w.results, 1);
        QVERIFY(w.result->ok());
        QVERIFY(w.result->value().complete);
        // The page asked for too early is never handed over, and the walk follows the page.
        QCOMPARE(w.handed, (QStringList{"a", "b", "c"}));
        QCOMPARE(list.asked, (QStringList{"", "x", "b"}));
        QCOMPARE(list.cancelled, (QStringList{"x"}));
        QCOMPARE(w.result->value().items, 3);
    }

    void dropsTheEarlyRequestWhenThePageEndsTheWalk()
    {
        // A server that ignores cursors: the same page again, hinting more each time.
        ScriptedList list;
        list.answers.insert({}, {{"a", "b"}, true, "b", "b"});
        list.answers.insert("b", {{"a", "b"}, true, "b", "b"});
        Walk w;
        walk(list, w);
        QTRY_COMPARE(w.results, 1);
        QVERIFY(w.result->ok());
        QCOMPARE(w.handed, (QStringList{"a", "b"}));
        QCOMPARE(list.asked, (QStringList{"", "b", "b"}));
        QCOMPARE(list.cancelled, (QStringList{"b"}));
        // Nothing more arrives after the walk has ended.
        expectNothingMore(w);
        QCOMPARE(list.asked.size(), 3);
    }

    void endsWithTheErrorOfAPageThatHintedMore()
    {
        ScriptedList list;
        list.answers.insert({}, {{"a", "b"}, true, "b", "b"});
        Answer broken{{}, true, "d", "d"};
        broken.fail = true;
        list.answers.insert("b", broken);
        list.answers.insert("d", {{"e"}, false, {}, {}});
        Walk w;
        walk(list, w);
        QTRY_COMPARE(w.results, 1);
        QVERIFY(!w.result->ok());
        QCOMPARE(w.result->error().kind, ApiErrorKind::Server);
        QCOMPARE(w.handed, (QStringList{"a", "b"}));
        // The page after the broken one was asked for early, and is cancelled, not handed over.
        QCOMPARE(list.cancelled, (QStringList{"d"}));
        expectNothingMore(w);
    }

    void stoppingEarlyCancelsThePageAskedForAhead()
    {
        ScriptedList list;
        list.answers.insert({}, {{"a", "b"}, true, "b", "b"});
        list.answers.insert("b", {{"c", "d"}, true, "d", "d"});
        Walk w;
        walk(list, w, [](const WalkProgress &p) { return p.pages < 1; });
        QTRY_COMPARE(w.results, 1);
        QVERIFY(w.result->ok());
        QVERIFY(!w.result->value().complete);
        QCOMPARE(w.handed, (QStringList{"a", "b"}));
        QCOMPARE(list.asked, (QStringList{"", "b"}));
        QCOMPARE(list.cancelled, (QStringList{"b"}));
        expectNothingMore(w);
    }

    void cancellingTheWalkCancelsTheRequestAskedForAhead()
    {
        ScriptedList list;
        list.answers.insert({}, {{"a", "b"}, true, "b", "b"});
        Answer held{{"c"}, false, {}, {}};
        held.hold = true;
        list.answers.insert("b", held);
        Walk w;
        const CallHandle walkHandle = walk(list, w);
        QTRY_COMPARE(w.handed.size(), 2);
        QCOMPARE(list.asked, (QStringList{"", "b"}));
        walkHandle.cancel();
        QCOMPARE(w.results, 1);
        QVERIFY(!w.result->ok());
        QCOMPARE(w.result->error().kind, ApiErrorKind::Cancelled);
        QCOMPARE(list.cancelled, (QStringList{"b"}));
        QTest::qWait(20);
        QCOMPARE(w.handed, (QStringList{"a", "b"}));
        QCOMPARE(w.results, 1);
    }
};

QTEST_GUILESS_MAIN(TstListWalker)
#include "tst_list_walker.moc"
