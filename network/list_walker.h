#pragma once

#include "network/call_handle.h"
#include "network/payment_provider.h"

#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace paydesk {

template <typename T>
using PageFetcher = std::function<CallHandle(const PageQuery &, QObject *, Callback<Page<T>>)>;

struct WalkProgress
{
    int pages = 0;
    int items = 0;
    bool complete = false; // the end of the list was reached (not stopped early)
};

// Walks a list page by page, newest first, handing each page over as it arrives (one model
// insert per page). `onPage` returns false to stop early. Follows the page's own word on more
// with a cursor, and a server that ignores cursors (the same objects again) ends the walk
// instead of looping. The next page is asked for before a page is handed over, so the server
// prepares it while the page is shown; a walk stopped by `onPage` cancels that request.
template <typename T>
CallHandle walkPages(PageFetcher<T> fetch, int pageSize, QObject *context,
                     std::function<bool(const QList<T> &page, const WalkProgress &)> onPage,
                     Callback<WalkProgress> done)
{
    struct State
    {
        PageFetcher<T> fetch;
        int pageSize;
        ContextGuard context;
        std::function<bool(const QList<T> &, const WalkProgress &)> onPage;
        Callback<WalkProgress> done;
        QSet<QString> seen;
        WalkProgress progress;
        Operation *operation;
        std::function<void(const QString &)> next;
        CallHandle inFlight;   // the request for the page after the one being handed over
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
                                               {},
                                               false});
    const auto finish = [operation, state](const Result<WalkProgress> &result) {
        if (state->finished)
            return;
        state->finished = true;
        const bool alive = state->context.isAlive();
        auto done = std::move(state->done);
        state->next = nullptr; // breaks the cycle through the captured state
        operation->finish();
        if (alive && done)
            done(result);
    };
    state->next = [state, finish](const QString &cursor) {
        PageQuery query;
        query.limit = state->pageSize;
        query.cursor = cursor;
        const CallHandle handle =
            state->fetch(query, state->operation, [state, finish](const Result<Page<T>> &result) {
                if (!result.ok()) {
                    finish(result.error());
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
                const bool more =
                    !repeated && !fresh.isEmpty() && page.hasMore && !page.next.isEmpty();
                state->progress.complete = !more;
                const WalkProgress progress = state->progress;
                if (more && state->context.isAlive())
                    state->next(page.next);
                const bool keepGoing =
                    state->context.isAlive() && (fresh.isEmpty() || state->onPage(fresh, progress));
                if (state->operation->isCancelled()) { // cancelled from inside onPage
                    finish(ApiError::cancelled());
                    return;
                }
                if (!more || !keepGoing) {
                    WalkProgress stopped = progress;
                    stopped.complete = !more;
                    // Delivered first: the cancelled request then answers a finished walk.
                    const CallHandle unwanted = more ? state->inFlight : CallHandle();
                    finish(stopped);
                    unwanted.cancel();
                }
            });
        state->inFlight = handle;
        state->operation->setCanceller([handle] { handle.cancel(); });
    };
    state->next(QString());
    return CallHandle(operation);
}

} // namespace paydesk
