#pragma once

#include "sandbox/http_compat.h"
#include "sandbox/router.h"
#include "sandbox/sandbox_server.h"
#include "sandbox/store.h"

#include <QUrl>

namespace paydesk::sandbox {

// The Dots v2 routes under /api/v2, after authentication and faults: routing, validation, the
// state machine, and the contract's response shapes.
class Api
{
public:
    Api(Store &store, const SandboxOptions &options);

    HttpResponse handle(const HttpRequest &request) const { return m_router.route(request); }

    // Where the server is reachable, for the checkout_session_url it hands out.
    void setOrigin(const QUrl &origin) { m_origin = origin; }
    QUrl checkoutPageUrl(const QString &sessionId) const;

    // A record as GET answers it; an empty object when there is none.
    QJsonObject render(Resource resource, const QString &id) const;

private:
    HttpResponse listIntents(const HttpRequest &request) const;
    HttpResponse createIntent(const QJsonObject &body);
    HttpResponse getIntent(const QString &id) const;
    HttpResponse confirmIntent(const QString &id, const QJsonObject &body);
    HttpResponse listSessions(const HttpRequest &request) const;
    HttpResponse createSession(const QJsonObject &body);
    HttpResponse getSession(const QString &id) const;
    HttpResponse listCustomers(const HttpRequest &request) const;
    HttpResponse createCustomer(const QJsonObject &body);
    HttpResponse getCustomer(const QString &id) const;
    HttpResponse listPaymentMethods(const HttpRequest &request) const;
    HttpResponse getPaymentMethod(const QString &id) const;
    HttpResponse listRefunds(const HttpRequest &request) const;
    HttpResponse createRefund(const QJsonObject &body);
    HttpResponse getRefund(const QString &id) const;

    Store &m_store;
    const SandboxOptions &m_options;
    QUrl m_origin;
    Router m_router;
};

} // namespace paydesk::sandbox
