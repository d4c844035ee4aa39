// The HTML pages of SynaptoPay's side of the sandbox, plain HTML with form buttons and no
// JavaScript, without authentication (they stand for things in the shop, not for the API):
//
//   GET  /terminal/{device id}           a card terminal: the amount waiting, if any, and buttons
//   POST /terminal/{device id}/present   a card is presented: the payment succeeds
//   POST /terminal/{device id}/decline   the card is declined
//   POST /terminal/{device id}/timeout   nobody presents a card before the terminal times out
//   GET  /pay/{account}/{session id}     a checkout session's hosted pay page (its url)
//   POST /pay/{account}/{session id}     pays it with a test card
//
// Each POST answers 303 back to its page.
#pragma once

#include "sandbox/http_compat.h"
#include "sandbox/router.h"
#include "sandbox/store.h"
#include "sandbox/synaptopay/payments.h"

namespace paydesk::sandbox::synaptopay {

class Pages
{
public:
    Pages(Store &store, Payments &payments);

    HttpResponse handle(const HttpRequest &request) const { return m_router.route(request); }

    // Whether the path is one of these pages'.
    static bool isPagePath(const QString &path);
    static QString terminalPath(const QString &deviceName);
    static QString checkoutPath(const QString &sessionName);

private:
    HttpResponse showTerminal(const QString &deviceId);
    HttpResponse settle(const QString &deviceId, TerminalOutcome outcome);
    HttpResponse showCheckout(const QString &account, const QString &sessionId);
    HttpResponse pay(const QString &account, const QString &sessionId);

    Store &m_store;
    Payments &m_payments;
    Router m_router;
};

} // namespace paydesk::sandbox::synaptopay
