#include "ui/session.h"

#include "network/list_walker.h"
#include "network/provider_factory.h"

#include <algorithm>
#include <functional>

namespace paydesk {

namespace {

constexpr int PageSize = 100;

} // namespace

Session::Session(const Profile &profile, const Credentials &credentials, bool isDemo,
                 QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_isDemo(isDemo)
    , m_transport(new HttpTransport(this))
    , m_provider(createProvider(profile, credentials, m_transport))
    , m_intents(new PaymentIntentTableModel(this))
    , m_sessions(new CheckoutSessionTableModel(this))
    , m_customers(new CustomerTableModel(this))
{
    qRegisterMetaType<ResourceKind>();
    TransportOptions options = m_transport->options();
    options.deadlineMs = profile.requestDeadlineSeconds * 1000;
    m_transport->setOptions(options);
}

Session::~Session()
{
    // Outstanding calls hold this session as their context: cancel them before the models go.
    cancelLoads();
    for (const Watch &w : std::as_const(m_watches))
        w.timer->stop();
}

void Session::setTransportOptions(const TransportOptions &options)
{
    m_transport->setOptions(options);
}

void Session::setPollTiming(PollTiming intents, PollTiming checkoutSessions)
{
    m_intentPoll = intents;
    m_sessionPoll = checkoutSessions;
}

bool Session::isLoading(ResourceKind kind) const
{
    return m_loads.value(kind).isRunning();
}

bool Session::isLoading() const
{
    return std::any_of(m_loads.cbegin(), m_loads.cend(),
                       [](const CallHandle &h) { return h.isRunning(); });
}

void Session::loadAll()
{
    // Customers first: the intent table shows their names.
    load(ResourceKind::Customers);
    load(ResourceKind::PaymentIntents);
    load(ResourceKind::CheckoutSessions);
}

void Session::cancelLoads()
{
    const QList<CallHandle> running = m_loads.values();
    for (const CallHandle &h : running)
        h.cancel();
}

template <typename T, typename Model>
static CallHandle walkInto(Session *session, ResourceKind kind, Model *model, PageFetcher<T> fetch,
                           std::function<void(ResourceKind, int)> progress,
                           std::function<void(const Result<WalkProgress> &)> done)
{
    return walkPages<T>(
        std::move(fetch), PageSize, session,
        [model, kind, progress](const QList<T> &page, const WalkProgress &p) {
            model->upsert(page);
            progress(kind, p.items);
            return true;
        },
        std::move(done));
}

void Session::load(ResourceKind kind)
{
    m_loads.value(kind).cancel();
    emit loadStarted(kind);
    PaymentProvider *provider = m_provider.get();
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

void Session::refreshPaymentIntent(const QString &id)
{
    m_provider->getPaymentIntent(id, this, adoptOrNoteFailure<PaymentIntent>());
}

void Session::refreshCheckoutSession(const QString &id)
{
    m_provider->getCheckoutSession(id, this, adoptOrNoteFailure<CheckoutSession>());
}

void Session::refreshCustomer(const QString &id)
{
    m_provider->getCustomer(id, this, adoptOrNoteFailure<Customer>());
}

void Session::adopt(const PaymentIntent &intent)
{
    m_intents->upsert({intent});
}

void Session::adopt(const CheckoutSession &session)
{
    m_sessions->upsert({session});
}

void Session::adopt(const Customer &customer)
{
    m_customers->upsert({customer});
    updateCustomerNames();
}

void Session::watchPaymentIntent(const QString &id)
{
    if (m_watches.contains(id))
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { poll(id); });
    m_watches.insert(id, Watch{ResourceKind::PaymentIntents, timer, m_intentPoll.firstMs});
    pollLater(id);
}

void Session::watchCheckoutSession(const QString &id)
{
    if (m_watches.contains(id))
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { poll(id); });
    m_watches.insert(id, Watch{ResourceKind::CheckoutSessions, timer, m_sessionPoll.firstMs});
    pollLater(id);
}

void Session::pollLater(const QString &id)
{
    const auto it = m_watches.find(id);
    if (it == m_watches.end())
        return;
    it->timer->start(it->intervalMs);
    const PollTiming &timing =
        it->kind == ResourceKind::PaymentIntents ? m_intentPoll : m_sessionPoll;
    it->intervalMs = std::min(timing.maxMs, int(it->intervalMs * timing.growth));
}

void Session::poll(const QString &id)
{
    const auto it = m_watches.constFind(id);
    if (it == m_watches.constEnd())
        return;
    if (it->kind == ResourceKind::PaymentIntents) {
        m_provider->getPaymentIntent(id, this, [this, id](const Result<PaymentIntent> &r) {
            if (!r.ok()) {
                noteFailure(r.error());
                if (r.error().kind == ApiErrorKind::NotFound)
                    stopWatching(id);
                else
                    pollLater(id);
                return;
            }
            noteSuccess();
            adopt(r.value());
            if (r.value().status.phase() == IntentPhase::Moving) {
                pollLater(id);
                return;
            }
            stopWatching(id);
            emit paymentIntentSettled(r.value());
        });
    } else {
        m_provider->getCheckoutSession(id, this, [this, id](const Result<CheckoutSession> &r) {
            if (!r.ok()) {
                noteFailure(r.error());
                if (r.error().kind == ApiErrorKind::NotFound)
                    stopWatching(id);
                else
                    pollLater(id);
                return;
            }
            noteSuccess();
            adopt(r.value());
            if (!r.value().status.isFinal()) {
                pollLater(id);
                return;
            }
            stopWatching(id);
            emit checkoutSessionSettled(r.value());
            // Paying a session settles its payment intent too: show that as well.
            if (!r.value().paymentIntentId.isEmpty())
                refreshPaymentIntent(r.value().paymentIntentId);
        });
    }
}

void Session::stopWatching(const QString &id)
{
    const Watch watch = m_watches.take(id);
    if (watch.timer)
        watch.timer->deleteLater();
}

void Session::noteSuccess()
{
    if (m_connectionState == ConnectionState::Online)
        return;
    m_connectionState = ConnectionState::Online;
    m_connectionMessage.clear();
    emit connectionStateChanged(m_connectionState, m_connectionMessage);
}

void Session::noteFailure(const ApiError &error)
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

void Session::updateCustomerNames()
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
