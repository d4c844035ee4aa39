// paydesk-sandbox: a local, stateful server speaking the Dots v2 payment API (the contract is
// dots-v2.yaml) and SynaptoPay's (synaptopay.md), the peer behind Paydesk's demo mode and network
// tests.
//
//   SandboxServer server(options);          // seeds, or loads options.stateFilePath
//   server.listen();                        // 127.0.0.1, a free port
//   client.setBaseUrl(server.apiBaseUrl()); // http://127.0.0.1:PORT/api
//
// Everything runs on the event loop of the thread that owns the server and nothing blocks: a
// slow answer (latency faults) waits on a timer. To keep a GUI responsive while the server seeds
// or lists a hundred thousand intents, run it in its own thread with SandboxThread.
//
// Routes besides the API (same Basic credentials as the API):
//   GET|PUT /admin/faults   FaultSettings as JSON: latency_ms, service_unavailable_share,
//                           rate_limit_share, retry_after_seconds, requests_per_second,
//                           drop_before_share, drop_after_share, truncate_share, writes_only (PUT
//                           replaces them all; a field left out takes its default)
//   POST    /admin/reset    drops all state and any clock advance; an optional body
//                           {"payment_customers", "payment_intents", "checkout_sessions",
//                           "random_seed"} seeds afresh; answers the resulting counts
//   GET     /admin/clock    {"now", "offset_seconds"}
//   POST    /admin/clock    {"advance_seconds": N} moves the sandbox clock forward
//   GET     /admin/terminals        SynaptoPay's card terminals and what waits on each
//   POST    /admin/terminals/{dvc}  {"action": "present_card" | "decline" | "time_out"} settles
//                           the payment waiting on that terminal (device id such as
//                           dvc_front_counter); answers the intent, 409 when nothing waits
// (the admin routes also take a SynaptoPay key), and without credentials the checkout pages a
// customer pays on, /checkout/{session id} for Dots and /pay/{account}/{session id} for
// SynaptoPay, and SynaptoPay's simulated card terminals, /terminal/{device id}.
//
// SynaptoPay is served on the same port under /v1/accounts/{account}/... (synaptopay/routes.h),
// sharing the faults, the journal and the connection guard with Dots.
#pragma once

#include "sandbox/fault_settings.h"
#include "sandbox/http_guard.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace paydesk::sandbox {

// Obviously fake credentials, accepted when no others are given; paydesk-sandbox --help prints
// them.
inline constexpr char kDemoClientId[] = "demo-client";
inline constexpr char kDemoApiKey[] = "demo-key-not-secret";

// SynaptoPay (under /v1/accounts/{account}/...) knows two accounts, each with one obviously fake
// secret key sent as "Authorization: Api-Key <key>": acct_demo, which is seeded with demo data
// and whose key --synaptopay-api-key can replace, and acct_second, a second merchant with
// devices of its own, for trying a key against another account's path.
inline constexpr char kSynaptoPayDemoAccount[] = "acct_demo";
inline constexpr char kSynaptoPayDemoApiKey[] = "sk_sandbox_demo_not_secret";
inline constexpr char kSynaptoPaySecondAccount[] = "acct_second";
inline constexpr char kSynaptoPaySecondApiKey[] = "sk_sandbox_second_not_secret";

struct SeedSizes
{
    int customers = 0;
    int paymentIntents = 0; // besides those paid through seeded checkout sessions
    int checkoutSessions = 0;
    // SynaptoPay's demo records for acct_demo (customers, intents in every state, checkout
    // sessions, refunds); the accounts' devices and test cards are there either way.
    bool synaptoPayData = false;

    friend bool operator==(const SeedSizes &, const SeedSizes &) = default;
};

// GET /v2/payment-intents answers a bare JSON array, as the contract documents, unless Paged is
// chosen: then {"data": [...], "has_more": bool} like every other list.
enum class IntentListShape
{
    BareArray,
    Paged,
};

enum class Resource
{
    PaymentIntents,
    PaymentCustomers,
    PaymentMethods,
    CheckoutSessions,
    Refunds,
};

struct SandboxOptions
{
    QString clientId = QString::fromLatin1(kDemoClientId);
    QString apiKey = QString::fromLatin1(kDemoApiKey);
    // How long a confirmed payment stays processing before it succeeds or fails.
    int processingDelayMs = 2000;
    // The key of the SynaptoPay account acct_demo.
    QString synaptoPayApiKey = QString::fromLatin1(kSynaptoPayDemoApiKey);
    // How long a SynaptoPay card terminal waits for a card before it settles by itself (see
    // synaptopay/payments.h for what it then does).
    int terminalDelayMs = 5000;
    // Drives the seed data and the fault rolls.
    quint64 randomSeed = 1;
    SeedSizes seedSizes;
    IntentListShape intentListShape = IntentListShape::BareArray;
    FaultSettings faults;
    // Sizes and timeouts of what one connection may send (see http_guard.h).
    HttpLimits http;
    // When set and the file exists, the server starts from it (and the journal beside it)
    // instead of seeding. Every write is then journaled and on disk before it is answered (see
    // journal.h); saveState to this path, typically on shutdown, folds the journal into it.
    QString stateFilePath;
};

// What a client needs to speak to a sandbox as one of the providers it serves.
struct SandboxConnection
{
    QString provider; // "dots", "synaptopay"
    QUrl baseUrl;
    QString clientId; // Dots
    QString account;  // SynaptoPay
    QString apiKey;
};

// The providers a sandbox serves, for a sandbox whose Dots base URL is `apiBaseUrl`
// (http://127.0.0.1:PORT/api) and started with `options`.
QList<SandboxConnection> sandboxConnections(const QUrl &apiBaseUrl, const SandboxOptions &options);

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    using Options = SandboxOptions;

    explicit SandboxServer(Options options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free port. False (see errorString()) when the port is
    // taken, the state file could not be read or the options' faults are invalid.
    bool listen(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    // http://127.0.0.1:PORT/api, the base URL a Dots client is given (paths are {base}/v2/...).
    QUrl apiBaseUrl() const;
    // http://127.0.0.1:PORT/v1, the base URL a SynaptoPay client is given.
    QUrl synaptoPayBaseUrl() const;
    // http://127.0.0.1:PORT/admin
    QUrl adminUrl() const;
    const Options &options() const;

    // Applies from the next request; false (and nothing changes) for invalid settings.
    bool setFaults(const FaultSettings &faults);
    FaultSettings faults() const;
    // Moves the sandbox clock forward, for expiry and settling without waiting.
    void advanceClock(qint64 seconds);

    // Drops all state (and any clock advance), but for the SynaptoPay accounts' devices and test
    // cards.
    void reset();
    // Replaces all state with seed data drawn from randomSeed.
    void seed(const SeedSizes &sizes, quint64 randomSeed);
    bool saveState(const QString &path, QString *error = nullptr) const;
    bool loadState(const QString &path, QString *error = nullptr);

    // For tests to look behind the API.
    qsizetype count(Resource resource) const;
    // Records whose metadata holds key with this string value, e.g. a paydesk_request_id.
    qsizetype countWithMetadata(Resource resource, const QString &key, const QString &value) const;
    // A record as GET answers it; an empty object when there is none.
    QJsonObject object(Resource resource, const QString &id) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace paydesk::sandbox
