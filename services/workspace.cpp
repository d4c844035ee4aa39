#include "services/workspace.h"

#include "network/list_walker.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>

namespace paydesk {

namespace {

constexpr int PageSize = 100;

} // namespace

Workspace::Workspace(const Profile &profile, const Credentials &credentials, bool isDemo,
                     QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_isDemo(isDemo)
    , m_connection(new Connection(profile, credentials, {}, this))
    , m_intents(new PaymentIntentTableModel(this))
    , m_sessions(new CheckoutSessionTableModel(this))
    , m_customers(new CustomerTableModel(this))
{
    qRegisterMetaType<ResourceKind>();
}

Workspace::~Workspace()
{
    // Outstanding calls hold this session as their context: cancel them before the models go.
    cancelLoads();
    for (const Watch &w : std::as_const(m_watches))
        w.timer->stop();
}

void Workspace::setTransportOptions(const TransportOptions &options)
{
    m_connection->setTransportOptions(options);
}

void Workspace::setPollTiming(PollTiming intents, PollTiming checkoutSessions)
{
    m_intentPoll = intents;
    m_sessionPoll = checkoutSessions;
}

bool Workspace::isLoading(ResourceKind kind) const
{
    return m_loads.value(kind).isRunning();
}

bool Workspace::isLoading() const
{
    return std::any_of(m_loads.cbegin(), m_loads.cend(),
                       [](const CallHandle &h) { return h.isRunning(); });
}

void Workspace::loadAll()
{
    // Customers first: the intent table shows their names.
    load(ResourceKind::Customers);
    load(ResourceKind::PaymentIntents);
    load(ResourceKind::CheckoutSessions);
}

void Workspace::cancelLoads()
{
    const QList<CallHandle> running = m_loads.values();
    for (const CallHandle &h : running)
        h.cancel();
}

// Pages waiting to go into their table together (see Workspace::setLoadInsertInterval).
template <typename T>
struct PendingPages
{
    QList<T> items;
    int walked = 0; // items the walk has handed over, inserted or waiting
    QElapsedTimer sinceInsert;
    bool flushScheduled = false;
};

template <typename T, typename Model>
static CallHandle walkInto(Workspace *session, ResourceKind kind, Model *model,
                           PageFetcher<T> fetch, std::function<void(ResourceKind, int)> progress,
                           std::function<void(const Result<WalkProgress> &)> done)
{
    auto pending = std::make_shared<PendingPages<T>>();
    const auto insert = [model, kind, progress, pending] {
        pending->flushScheduled = false;
        if (pending->items.isEmpty())
            return;
        model->upsert(std::exchange(pending->items, {}));
        pending->sinceInsert.start();
        progress(kind, pending->walked);
    };
    const int intervalMs = session->loadInsertInterval();
    return walkPages<T>(
        std::move(fetch), PageSize, session,
        [session, pending, insert, intervalMs](const QList<T> &page, const WalkProgress &p) {
            pending->items.append(page);
            pending->walked = p.items;
            const qint64 since =
                pending->sinceInsert.isValid() ? pending->sinceInsert.elapsed() : intervalMs;
            if (since >= intervalMs) {
                insert();
            } else if (!pending->flushScheduled) {
                pending->flushScheduled = true;
                QTimer::singleShot(int(intervalMs - since), session, insert);
            }
            return true;
        },
        [insert, done = std::move(done)](const Result<WalkProgress> &r) {
            insert(); // what came before the end or a failure is kept
            done(r);
        });
}

void Workspace::load(ResourceKind kind)
{
    m_loads.value(kind).cancel();
    emit loadStarted(kind);
    PaymentProvider *provider = m_connection->provider();
    const auto progress = [this](ResourceKind k, int items) {
        noteSuccess();
        emit loadProgress(k, items);
    };
    const auto done = [this, kind](const Result<WalkProgress> &r) {
        m_loads.remove(kind);
        // Names are handed to the intent table once per customer load, not once per page: each
        // hand-over repaints (and may re-sort) the whole customer column.
        if (kind == ResourceKind::Customers)
            updateCustomerNames();
        if (r.ok()) {
            noteSuccess();
            m_lastRefreshed = QDateTime::currentDateTime();
            emit loadFinished(kind, true, QString());
        } else {
            if (r.error().kind != ApiErrorKind::Cancelled)
                noteFailure(r.error());
            emit loadFinished(kind, false, r.error().message);
        }
    };
    CallHandle handle;
    switch (kind) {
    case ResourceKind::PaymentIntents:
        handle = walkInto<PaymentIntent>(
            this, kind, m_intents, std::bind_front(&PaymentProvider::listPaymentIntents, provider),
            progress, done);
        break;
    case ResourceKind::CheckoutSessions:
        handle = walkInto<CheckoutSession>(
            this, kind, m_sessions,
            std::bind_front(&PaymentProvider::listCheckoutSessions, provider), progress, done);
        break;
    case ResourceKind::Customers:
        handle = walkInto<Customer>(this, kind, m_customers,
                                    std::bind_front(&PaymentProvider::listCustomers, provider),
                                    progress, done);
        break;
    }
    m_loads.insert(kind, handle);
}

void Workspace::refreshPaymentIntent(const QString &id)
{
    m_connection->provider()->getPaymentIntent(id, this, adoptOrNoteFailure<PaymentIntent>());
}

void Workspace::refreshCheckoutSession(const QString &id)
{
    m_connection->provider()->getCheckoutSession(id, this, adoptOrNoteFailure<CheckoutSession>());
}

void Workspace::refreshCustomer(const QString &id)
{
    m_connection->provider()->getCustomer(id, this, adoptOrNoteFailure<Customer>());
}

void Workspace::adopt(const PaymentIntent &intent)
{
    m_intents->upsert({intent});
}

void Workspace::adopt(const QList<PaymentMethod> &methods)
{
    m_intents->addPaymentMethods(methods);
}

void Workspace::lookUpPaymentMethod(const QString &id)
{
    if (id.isEmpty() || !m_intents->paymentMethodName(id).isEmpty() ||
        m_paymentMethodLookups.contains(id))
        return;
    m_paymentMethodLookups.insert(id);
    provider()->getPaymentMethod(id, this, [this, id](const Result<PaymentMethod> &r) {
        if (!r.ok()) {
            // Asked again the next time it is needed.
            m_paymentMethodLookups.remove(id);
            return;
        }
        adopt(QList<PaymentMethod>{r.value()});
    });
}

void Workspace::adopt(const CheckoutSession &session)
{
    m_sessions->upsert({session});
}

void Workspace::adopt(const Customer &customer)
{
    m_customers->upsert({customer});
    updateCustomerNames();
}

void Workspace::watchPaymentIntent(const QString &id)
{
    watch(ResourceKind::PaymentIntents, id);
}

void Workspace::watchCheckoutSession(const QString &id)
{
    watch(ResourceKind::CheckoutSessions, id);
}

void Workspace::watch(ResourceKind kind, const QString &id)
{
    if (m_watches.contains(id))
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { poll(id); });
    const PollTiming &timing = kind == ResourceKind::PaymentIntents ? m_intentPoll : m_sessionPoll;
    Watch watch{kind, timer, timing.firstMs, false, {}};
    if (kind == ResourceKind::PaymentIntents) {
        const int row = m_intents->rowOf(id);
        watch.steady = row >= 0 && !m_intents->at(row).device.isEmpty();
    }
    watch.since.start();
    m_watches.insert(id, watch);
    pollLater(id);
}

void Workspace::pollLater(const QString &id)
{
    const auto it = m_watches.find(id);
    if (it == m_watches.end())
        return;
    it->timer->start(it->intervalMs);
    // While a person waits at a terminal, the result shows within about a second.
    if (it->steady && it->since.elapsed() < TerminalSteadyMs)
        return;
    const PollTiming &timing =
        it->kind == ResourceKind::PaymentIntents ? m_intentPoll : m_sessionPoll;
    it->intervalMs = std::min(timing.maxMs, int(it->intervalMs * timing.growth));
}

void Workspace::poll(const QString &id)
{
    const auto it = m_watches.constFind(id);
    if (it == m_watches.constEnd())
        return;
    if (it->kind == ResourceKind::PaymentIntents) {
        m_connection->provider()->getPaymentIntent(
            id, this,
            followed<PaymentIntent>(
                id, [](const PaymentIntent &i) { return i.status.phase() == IntentPhase::Moving; },
                [this](const PaymentIntent &i) { emit paymentIntentSettled(i); }));
    } else {
        m_connection->provider()->getCheckoutSession(
            id, this,
            followed<CheckoutSession>(
                id, [](const CheckoutSession &s) { return !s.status.isFinal(); },
                [this](const CheckoutSession &s) {
                    emit checkoutSessionSettled(s);
                    // Paying a session settles its payment intent too: show that as well.
                    if (!s.paymentIntentId.isEmpty())
                        refreshPaymentIntent(s.paymentIntentId);
                }));
    }
}

void Workspace::stopWatching(const QString &id)
{
    const Watch watch = m_watches.take(id);
    if (watch.timer)
        watch.timer->deleteLater();
}

void Workspace::noteSuccess()
{
    if (m_connectionState == ConnectionState::Online)
        return;
    m_connectionState = ConnectionState::Online;
    m_connectionMessage.clear();
    emit connectionStateChanged(m_connectionState, m_connectionMessage);
}

void Workspace::noteFailure(const ApiError &error)
{
    ConnectionState state;
    switch (error.kind) {
    case ApiErrorKind::Offline:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::ConnectionLost:
    case ApiErrorKind::Tls:
    case ApiErrorKind::InsecureUrl:
    case ApiErrorKind::Redirect:
        state = ConnectionState::Offline;
        break;
    case ApiErrorKind::Credentials:
        state = ConnectionState::CredentialsRejected;
        break;
    default:
        return; // the server answered: the connection itself is fine
    }
    if (state == m_connectionState && error.message == m_connectionMessage)
        return;
    m_connectionState = state;
    m_connectionMessage = error.message;
    emit connectionStateChanged(m_connectionState, m_connectionMessage);
}

void Workspace::updateCustomerNames()
{
    QHash<QString, QString> names;
    const int count = m_customers->rowCount();
    names.reserve(count);
    for (int row = 0; row < count; ++row) {
        const Customer &c = m_customers->at(row);
        names.insert(c.id, c.displayName());
    }
    m_intents->setCustomerNames(names);
}

} // namespace paydesk
