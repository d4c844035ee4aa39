#pragma once

#include "models/checkout_session_table_model.h"
#include "models/customer_table_model.h"
#include "models/payment_intent_table_model.h"
#include "network/credentials.h"
#include "network/payment_provider.h"
#include "network/profile.h"
#include "services/connection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace paydesk {

// The three lists a console shows.
enum class ResourceKind
{
    PaymentIntents,
    CheckoutSessions,
    Customers,
};

// One open connection to a provider account: the profile, its provider and transport, and the
// table models the pages show. Loads lists a page at a time into the models (one insert per
// page, updates in place), refreshes single objects, and watches objects that move on their own
// (processing intents, open checkout sessions) until they settle. Switching profile means a new
// Workspace.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState
    {
        Connecting,
        Online,
        Offline,             // the provider cannot be reached
        CredentialsRejected, // 401/403
    };
    Q_ENUM(ConnectionState)

    // `isDemo`: the profile is the built-in demo (a local sandbox, key in memory).
    Workspace(const Profile &profile, const Credentials &credentials, bool isDemo,
              QObject *parent = nullptr);
    ~Workspace() override;

    const Profile &profile() const { return m_profile; }
    bool isDemo() const { return m_isDemo; }
    PaymentProvider *provider() const { return m_connection->provider(); }
    // How this session's requests travel: timeouts, deadline, retries (tests shorten them).
    void setTransportOptions(const TransportOptions &options);

    PaymentIntentTableModel *paymentIntents() const { return m_intents; }
    CheckoutSessionTableModel *checkoutSessions() const { return m_sessions; }
    CustomerTableModel *customers() const { return m_customers; }

    // Walks every page of a list into its model. A load already running for that list is
    // cancelled first.
    void load(ResourceKind kind);
    void loadAll();
    void cancelLoads();
    bool isLoading(ResourceKind kind) const;
    bool isLoading() const;
    QDateTime lastRefreshed() const { return m_lastRefreshed; }

    // Reads one object again and updates its row.
    void refreshPaymentIntent(const QString &id);
    void refreshCheckoutSession(const QString &id);
    void refreshCustomer(const QString &id);

    // Polls an intent while it moves on its own (processing), with a growing interval, until it
    // reaches a final state or waits for someone; paymentIntentSettled() then reports it. An
    // intent on a card terminal has someone standing at the counter: it is read at the first
    // interval (once a second) for its first two minutes, and only then less and less often.
    void watchPaymentIntent(const QString &id);
    // Polls an open checkout session until it is complete or expired.
    void watchCheckoutSession(const QString &id);
    bool isWatching(const QString &id) const { return m_watches.contains(id); }
    // The pause before the watched object is read after the coming read; -1 when not watched.
    int nextPollIntervalMs(const QString &id) const
    {
        const auto it = m_watches.constFind(id);
        return it == m_watches.constEnd() ? -1 : it->intervalMs;
    }

    // Puts an object a dialog just created or changed into its model at once.
    void adopt(const PaymentIntent &intent);
    void adopt(const CheckoutSession &session);
    void adopt(const Customer &customer);
    // Payment methods read elsewhere (a customer's saved cards): the intents' list names them.
    void adopt(const QList<PaymentMethod> &methods);
    // Reads payment method `id` once, unless its name is known already, so the list, its CSV
    // and the detail pane name the card instead of its id.
    void lookUpPaymentMethod(const QString &id);

    ConnectionState connectionState() const { return m_connectionState; }
    QString connectionMessage() const { return m_connectionMessage; }

    // First and growing poll intervals, and their cap (tests make them short).
    struct PollTiming
    {
        int firstMs = 1000;
        double growth = 1.5;
        int maxMs = 10000;
    };
    void setPollTiming(PollTiming intents, PollTiming checkoutSessions);

    // While a list loads, its first page goes into the table at once and later pages at most
    // once per `ms`, together: each insert lays out and repaints the views, which on a fast
    // connection costs more than reading the page. 0 inserts every page as it comes.
    void setLoadInsertInterval(int ms) { m_loadInsertIntervalMs = std::max(0, ms); }
    int loadInsertInterval() const { return m_loadInsertIntervalMs; }

signals:
    void loadStarted(paydesk::ResourceKind kind);
    void loadProgress(paydesk::ResourceKind kind, int items);
    void loadFinished(paydesk::ResourceKind kind, bool complete, const QString &error);
    void connectionStateChanged(paydesk::Workspace::ConnectionState state, const QString &message);
    void paymentIntentSettled(const paydesk::PaymentIntent &intent);
    void checkoutSessionSettled(const paydesk::CheckoutSession &session);

private:
    struct Watch
    {
        ResourceKind kind;
        QTimer *timer;
        int intervalMs;
        bool steady = false; // a card terminal payment in its first minutes
        QElapsedTimer since;
    };

    void noteSuccess();
    void noteFailure(const ApiError &error);
    // A get's callback: the object goes into its table, a failure into the connection state.
    template <typename T>
    Callback<T> adoptOrNoteFailure()
    {
        return [this](const Result<T> &r) {
            if (!r.ok()) {
                noteFailure(r.error());
                return;
            }
            noteSuccess();
            adopt(r.value());
        };
    }
    void watch(ResourceKind kind, const QString &id);
    // A poll's callback: the object goes into its table; while `moving` says so it is polled
    // again, else `settled` reports it. A failure is noted and retried, a 404 ends the watch.
    template <typename T>
    Callback<T> followed(const QString &id, std::function<bool(const T &)> moving,
                         std::function<void(const T &)> settled)
    {
        return [this, id, moving, settled](const Result<T> &r) {
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
            if (moving(r.value())) {
                pollLater(id);
                return;
            }
            stopWatching(id);
            settled(r.value());
        };
    }
    void pollLater(const QString &id);
    void poll(const QString &id);
    void stopWatching(const QString &id);
    void updateCustomerNames();

    Profile m_profile;
    bool m_isDemo;
    Connection *m_connection;
    PaymentIntentTableModel *m_intents;
    CheckoutSessionTableModel *m_sessions;
    CustomerTableModel *m_customers;
    QHash<ResourceKind, CallHandle> m_loads;
    QHash<QString, Watch> m_watches;
    QSet<QString> m_paymentMethodLookups;
    PollTiming m_intentPoll;
    int m_loadInsertIntervalMs = 50;
    static constexpr int TerminalSteadyMs = 120000;
    PollTiming m_sessionPoll{3000, 1.5, 30000};
    QDateTime m_lastRefreshed;
    ConnectionState m_connectionState = ConnectionState::Connecting;
    QString m_connectionMessage;
};

} // namespace paydesk
