#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace paydesk {

// One asynchronous piece of work (a request with its retries, a create with its look-up, a walk
// over every page). It deletes itself once it has delivered its result. Cancelling delivers a
// Cancelled result (or, for a create already sent, an unknown outcome) and stops all its work.
class Operation : public QObject
{
    Q_OBJECT
public:
    explicit Operation(QObject *parent = nullptr)
        : QObject(parent)
    {}

    void cancel();
    bool isCancelled() const { return m_cancelled; }

    // What cancel() must stop right now (the current request, a pending timer); each step of a
    // multi-step operation replaces it.
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }

    // Marks the operation done and schedules its deletion. Call once, after delivering.
    void finish();

private:
    std::function<void()> m_canceller;
    bool m_cancelled = false;
    bool m_finished = false;
};

// Whether the object a result is delivered to still exists. A call made without one (null)
// always delivers; a call made with one delivers only while it lives.
class ContextGuard
{
public:
    explicit ContextGuard(QObject *context = nullptr)
        : m_context(context)
        , m_hadContext(context != nullptr)
    {}
    bool isAlive() const { return !m_hadContext || !m_context.isNull(); }

private:
    QPointer<QObject> m_context;
    bool m_hadContext;
};

// What a caller keeps to cancel a call; safe to hold after the call has finished.
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(Operation *operation)
        : m_operation(operation)
    {}

    void cancel() const
    {
        if (m_operation)
            m_operation->cancel();
    }
    bool isRunning() const { return !m_operation.isNull(); }

private:
    QPointer<Operation> m_operation;
};

} // namespace paydesk
