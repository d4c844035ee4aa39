#pragma once

#include "network/call_handle.h"
#include "network/payment_provider.h"

#include <QPointer>
#include <QSet>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace paydesk {

// The ids a walk has seen, in sets of a fixed size made once: one set that grows would rehash
// every id it holds each time it doubles, which at half a million ids held the event loop for
// about 200 ms. A look-up asks each set, one per 65,536 ids.
class SeenIds
{
public:
    bool contains(const QString &id) const
    {
        return std::any_of(m_sets.cbegin(), m_sets.cend(),
                           [&id](const QSet<QString> &set) { return set.contains(id); });
    }
    void insert(const QString &id)
    {
        if (m_sets.isEmpty() || m_sets.constLast().size() >= SetSize) {
            m_sets.append(QSet<QString>());
            m_sets.last().reserve(SetSize);
        }
        m_sets.last().insert(id);
    }

private:
    static constexpr qsizetype SetSize = 1 << 16;
    QList<QSet<QString>> m_sets;
};

template <typename T>
using PageFetcher = std::function<CallHandle(const PageQuery &, QObject *, Callback<Page<T>>)>;

struct WalkProgress
{
    int pages = 0;
    int items = 0;
    bool complete = false; // the end of the list was reached (not stopped early)
};

// Walks a list page by page, newest first, handing each page over as it arrives. `onPage` returns
// false to stop early. Follows the page's own word on more with a cursor, and a server that ignores
// cursors (the same objects again) ends the walk instead of looping.
//
// The next page is asked for as early as its cursor is known, so the server prepares it while
// this page is decoded and shown: when the provider reads the cursor before decoding
// (PageQuery::onNextCursor), else before the page is handed over. A request asked for too early
// (the page turned out to end the walk, or its decoded cursor differs) is cancelled, and its
// answer is never handed over.
template <typename T>
CallHandle walkPages(PageFetcher<T> fetch, int pageSize, QObject *context,
                     std::function<bool(const QList<T> &page, const WalkProgress &)> onPage,
                     Callback<WalkProgress> done)
{
    // The request for one page. `wanted` turns false when the walk no longer wants its answer.
    struct Request
    {
        QString cursor;
        CallHandle handle;
        bool wanted = true;
    };
    struct State
    {
        PageFetcher<T> fetch;
        int pageSize;
        ContextGuard context;
        std::function<bool(const QList<T> &, const WalkProgress &)> onPage;
        Callback<WalkProgress> done;
        SeenIds seen;
        WalkProgress progress;
        Operation *operation;
        std::function<std::shared_ptr<Request>(const QString &)> request;
        bool finished = false; // done() was called (or is no longer wanted)
    };
    auto *operation = new Operation;
    if (context)
        QObject::connect(context, &QObject::destroyed, operation, &Operation::cancel);
    auto state = std::make_shared<State>(State{std::move(fetch),
                                               pageSize,
                                               ContextGuard(context),
                                               std::move(onPage),
                                               std::move(done),
                                               {},
                                               {},
                                               operation,
                                               {},
                                               false});
    const auto finish = [operation, state](const Result<WalkProgress> &result) {
        if (state->finished)
            return;
        state->finished = true;
        const bool alive = state->context.isAlive();
        auto done = std::move(state->done);
        state->request = nullptr; // breaks the cycle through the captured state
        operation->finish();
        if (alive && done)
            done(result);
    };
    // Cancels a request sent ahead whose page will not be wanted, after the walk has had its
    // say (a cancelled request answers at once).
    const auto drop = [](const std::shared_ptr<Request> &request) {
        if (!request)
            return;
        request->wanted = false;
        request->handle.cancel();
    };
    state->request = [state, finish, drop](const QString &cursor) {
        auto request = std::make_shared<Request>();
        request->cursor = cursor;
        // The request sent ahead for the page after this one, if any.
        auto ahead = std::make_shared<std::shared_ptr<Request>>();
        PageQuery query;
        query.limit = state->pageSize;
        query.cursor = cursor;
        query.onNextCursor = [state, request, ahead](const QString &next) {
            if (!state->finished && request->wanted && !next.isEmpty() && !*ahead &&
                state->context.isAlive() && !state->operation->isCancelled())
                *ahead = state->request(next);
        };
        const auto onAnswer = [state, finish, drop, request, ahead](const Result<Page<T>> &result) {
            if (!request->wanted)
                return;
            if (!result.ok()) {
                finish(result.error());
                drop(*ahead);
                return;
            }
            const Page<T> &page = result.value();
            QList<T> fresh;
            fresh.reserve(page.items.size());
            bool repeated = false;
            for (const T &item : page.items) {
                if (state->seen.contains(item.id)) {
                    repeated = true;
                    continue;
                }
                state->seen.insert(item.id);
                fresh.append(item);
            }
            ++state->progress.pages;
            state->progress.items += int(fresh.size());
            const bool more = !repeated && !fresh.isEmpty() && page.hasMore && !page.next.isEmpty();
            state->progress.complete = !more;
            const WalkProgress progress = state->progress;
            std::shared_ptr<Request> next = *ahead;
            if (next && more && next->cursor != page.next)
                drop(std::exchange(next, nullptr)); // its cursor is not the page's
            if (!next && more && state->context.isAlive())
                next = state->request(page.next);
            const bool keepGoing =
                state->context.isAlive() && (fresh.isEmpty() || state->onPage(fresh, progress));
            if (state->operation->isCancelled()) { // cancelled from inside onPage
                finish(ApiError::cancelled());
                drop(next);
                return;
            }
            if (!more || !keepGoing) {
                WalkProgress stopped = progress;
                stopped.complete = !more;
                // Delivered first: the cancelled request then answers a finished walk.
                finish(stopped);
                drop(next);
            }
        };
        request->handle = state->fetch(query, state->operation, onAnswer);
        // A cancelled walk cancels the newest request; an older one has answered already.
        state->operation->setCanceller([handle = request->handle] { handle.cancel(); });
        return request;
    };
    state->request(QString());
    return CallHandle(operation);
}

} // namespace paydesk
