#pragma once

#include "sandbox/http_compat.h"
#include "sandbox/router.h"
#include "sandbox/store.h"

namespace paydesk::sandbox {

// The page a checkout session's checkout_session_url points at, as the customer sees it: plain
// HTML (no JavaScript) listing the line items and the total, with a form button that pays with a
// test card. No authentication: it is the customer's page, not the merchant's.
//   GET  /checkout/{id}       the page
//   POST /checkout/{id}/pay   pays, then redirects (303) back to the page
class CheckoutPages
{
public:
    explicit CheckoutPages(Store &store);

    HttpResponse handle(const HttpRequest &request) const { return m_router.route(request); }

    static QString pagePath(const QString &sessionId);

private:
    HttpResponse show(const QString &sessionId);
    HttpResponse pay(const QString &sessionId);

    Store &m_store;
    Router m_router;
};

} // namespace paydesk::sandbox
