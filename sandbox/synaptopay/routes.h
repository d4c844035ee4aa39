// The SynaptoPay API under /v1/accounts/{account}/..., after the faults (which the server shares
// with Dots):
//
//   POST /v1/accounts/{a}/payment-intents            create (flat body; see requests.h)
//   GET  /v1/accounts/{a}/payment-intents/{pi}
//   POST /v1/accounts/{a}/payment-intents:list       {page_size, page_token, customer}
//   POST /v1/accounts/{a}/customers                  create ({"customer": {...}})
//   GET  /v1/accounts/{a}/customers/{cus}
//   POST /v1/accounts/{a}/customers:list
//   POST /v1/accounts/{a}/checkout-sessions          create; url is the hosted pay page
//   GET  /v1/accounts/{a}/checkout-sessions/{cs}
//   POST /v1/accounts/{a}/checkout-sessions:list
//   POST /v1/accounts/{a}/refunds                    create, of a charge
//   GET  /v1/accounts/{a}/refunds/{re}
//   POST /v1/accounts/{a}/refunds:list
//   POST /v1/accounts/{a}/devices:list               the account's Clover terminals
//   GET  /v1/accounts/{a}/devices/{dvc}
//   GET  /v1/accounts/{a}/payment-methods/{pm}        (the sandbox's guess, like the three below)
//   POST /v1/accounts/{a}/payment-methods:list        {customer}: the cards saved on a customer
//   GET  /v1/accounts/{a}/charges/{ch}, POST .../charges:list
//   GET  /v1/accounts/{a}/transfers/{txfr}, POST .../transfers:list
//
// Authentication: "Authorization: Api-Key <key>" with the key of the account in the path (see
// kSynaptoPayDemoApiKey); anything else is 403 {"code": 7, "message": ...}. Errors are
// google.rpc.Status bodies (status.h). Every list pages with page_size (default 10, at most 100)
// and an opaque page_token; the last page has no next_page_token, and a token the list did not
// give out is a 400 naming page_token.
//
// Idempotency: a create sent with an Idempotency-Key header (up to 255 characters of letters,
// digits and ._:+/=-) is kept with its answer for 96 hours of sandbox time, per account. A retry
// with the same key and the same request (method, path and JSON body) gets the first answer
// again, with "Idempotent-Replayed: true", also after a restart from the state file. The same key
// with another request is 400 INVALID_ARGUMENT naming Idempotency-Key. A retry that arrives while
// the first request has not been answered yet (a latency fault, the journal's sync) is 409
// ABORTED, "request in progress". Only answers of 2xx are kept: a create refused for its body
// can be corrected and sent again with the same key. Lists take no key.
#pragma once

#include "sandbox/http_compat.h"
#include "sandbox/router.h"
#include "sandbox/sandbox_server.h"
#include "sandbox/store.h"
#include "sandbox/synaptopay/payments.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <optional>

namespace paydesk::sandbox::synaptopay {

class Api
{
public:
    Api(Store &store, Payments &payments, const SandboxOptions &options);

    // Answers one /v1 request. When it took an Idempotency-Key, `inFlightKey` receives the key
    // (as the store names it), which counts as in progress until release() is called with it
    // once the answer is sent.
    HttpResponse handle(const HttpRequest &request, QString *inFlightKey);
    void release(const QString &inFlightKey) { m_inFlight.remove(inFlightKey); }

    // The account whose key this Authorization header carries, if any.
    std::optional<QString> accountOf(const QByteArray &authorization) const;

    void setOrigin(const QUrl &origin) { m_origin = origin; }
    QUrl checkoutPageUrl(const QString &sessionName) const;

    // GET /admin/terminals and POST /admin/terminals/{device id} (see sandbox_server.h).
    void addAdminRoutes(Router &admin);

private:
    using Create = HttpResponse (Api::*)(const QString &account, const QJsonObject &body);
    HttpResponse idempotentCreate(const HttpRequest &request, const QString &account,
                                  Create create);

    HttpResponse createIntent(const QString &account, const QJsonObject &body);
    HttpResponse createCustomer(const QString &account, const QJsonObject &body);
    HttpResponse createSession(const QString &account, const QJsonObject &body);
    HttpResponse createRefund(const QString &account, const QJsonObject &body);

    template <typename T, typename Render>
    void addReads(const QString &collection, const QString &listKey,
                  TrackedCollection<T> SynaptoPayStore::*records, Render render,
                  bool customerFilter = false);
    template <typename T, typename Render>
    HttpResponse list(const HttpRequest &request, const QString &account, const QString &listKey,
                      const TrackedCollection<T> &records, Render render, bool customerFilter);

    HttpResponse settleTerminal(const QString &deviceId, const QJsonObject &body);
    QJsonObject terminalsJson() const;

    Store &m_store;
    Payments &m_payments;
    const SandboxOptions &m_options;
    QUrl m_origin;
    Router m_router;
    // Secret key -> account.
    QHash<QString, QString> m_keys;
    QSet<QString> m_inFlight;
    QString *m_inFlightKey = nullptr; // of the request being handled
};

} // namespace paydesk::sandbox::synaptopay
