#include "sandbox/synaptopay/pages.h"

#include "sandbox/synaptopay/render.h"
#include "sandbox/synaptopay/requests.h"

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::synaptopay {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Minor units as a shopper reads them: £1,234.56. Every supported currency has two decimals.
QString money(qint64 amount, const QString &currency)
{
    QString whole = QString::number(amount / 100);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, u',');
    const QString number = u"%1.%2"_s.arg(whole).arg(amount % 100, 2, 10, QChar(u'0'));
    if (currency == "GBP"_L1)
        return u"£"_s + number;
    if (currency == "EUR"_L1)
        return u"€"_s + number;
    if (currency == "USD"_L1)
        return u"$"_s + number;
    return number + u' ' + currency;
}

HttpResponse htmlPage(int status, const QString &title, const QString &body)
{
    const QString page =
        u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>%1</title>\n<style>\n"
        "body{font-family:sans-serif;max-width:32em;margin:2em auto;padding:0 1em;color:#222}\n"
        ".amount{font-size:2.4em;margin:.4em 0}form{display:inline-block;margin:0 .4em .4em 0}\n"
        "button{font-size:1.1em;padding:.6em 1.2em}.note{color:#666}\n"
        "</style>\n</head>\n<body>\n<main>\n<h1>%1</h1>\n%2</main>\n</body>\n</html>\n"_s.arg(
            escaped(title), body);
    return HttpResponse{status, "text/html; charset=utf-8", page.toUtf8(), {}};
}

QString button(const QString &action, const QString &label)
{
    return u"<form method=\"post\" action=\"%1\"><button type=\"submit\">%2</button></form>\n"_s
        .arg(escaped(action), escaped(label));
}

QString link(const QString &url, const QString &text)
{
    return url.isEmpty() ? QString()
                         : u"<p><a href=\"%1\">%2</a></p>\n"_s.arg(escaped(url), escaped(text));
}

HttpResponse seeOther(const QString &path)
{
    HttpResponse redirect{303, "text/plain; charset=utf-8", "See the page\n", {}};
    redirect.headers.emplaceBack("Location", path.toUtf8());
    return redirect;
}

const QString kSandboxNote = u"<p class=\"note\">Paydesk sandbox: no real card is charged.</p>\n"_s;

} // namespace

Pages::Pages(Store &store, Payments &payments)
    : m_store(store)
    , m_payments(payments)
{
    const QString terminal = u"/terminal/([^/]+)"_s;
    m_router.add("GET", terminal, [this](const HttpRequest &, const QStringList &arguments) {
        return showTerminal(arguments.at(0));
    });
    const std::pair<QString, TerminalOutcome> actions[] = {
        {u"present"_s, TerminalOutcome::CardPresented},
        {u"decline"_s, TerminalOutcome::Declined},
        {u"timeout"_s, TerminalOutcome::TimedOut},
    };
    for (const auto &entry : actions) {
        const TerminalOutcome outcome = entry.second;
        m_router.add("POST", terminal + u'/' + entry.first,
                     [this, outcome](const HttpRequest &, const QStringList &arguments) {
                         return settle(arguments.at(0), outcome);
                     });
    }
    const QString session = u"/pay/([^/]+)/([^/]+)"_s;
    m_router.add("GET", session, [this](const HttpRequest &, const QStringList &arguments) {
        return showCheckout(arguments.at(0), arguments.at(1));
    });
    m_router.add("POST", session, [this](const HttpRequest &, const QStringList &arguments) {
        return pay(arguments.at(0), arguments.at(1));
    });
}

bool Pages::isPagePath(const QString &path)
{
    return path.startsWith("/terminal/"_L1) || path.startsWith("/pay/"_L1);
}

QString Pages::terminalPath(const QString &deviceName)
{
    return u"/terminal/"_s + shortId(deviceName);
}

QString Pages::checkoutPath(const QString &sessionName)
{
    return u"/pay/%1/%2"_s.arg(sessionName.section(u'/', 1, 1), shortId(sessionName));
}

HttpResponse Pages::showTerminal(const QString &deviceId)
{
    m_payments.settleDue(m_store.nowMs());
    const Device *device = findDevice(m_store.synaptoPay, deviceId);
    if (!device) {
        return htmlPage(404, u"Terminal not found"_s,
                        u"<p>There is no card terminal with this address.</p>\n"_s);
    }
    const QString title = device->displayName;
    QString body = u"<p class=\"note\">%1 %2, serial %3: %4</p>\n"_s.arg(
        escaped(device->model), escaped(shortId(device->id)), escaped(device->serialNumber),
        deviceStateName(device->state));
    const PaymentIntent *intent = m_store.synaptoPay.intents.find(device->waitingIntent);
    if (!intent) {
        body += u"<p>No payment is waiting. Start one with a payment intent created with "
                "<code>confirm: true</code> and <code>device: %1</code>.</p>\n"_s.arg(
                    escaped(device->id));
        return htmlPage(200, title, body + kSandboxNote);
    }
    const QString path = terminalPath(device->id);
    body += u"<p class=\"amount\">%1</p>\n<p>Waiting for a card: payment intent %2. Left alone, "
            "the terminal settles by itself at %3.</p>\n"_s.arg(
                escaped(money(intent->amount, intent->currency)), escaped(shortId(intent->id)),
                rfc3339(intent->settlesAtMs));
    body += button(path + u"/present"_s, u"Present card"_s) +
            button(path + u"/decline"_s, u"Decline"_s) +
            button(path + u"/timeout"_s, u"Time out"_s);
    return htmlPage(200, title, body + kSandboxNote);
}

HttpResponse Pages::settle(const QString &deviceId, TerminalOutcome outcome)
{
    const qint64 now = m_store.nowMs();
    m_payments.settleDue(now);
    const Device *device = findDevice(m_store.synaptoPay, deviceId);
    if (!device)
        return showTerminal(deviceId);
    // Nothing waiting (settled already, or a second click): the page says so.
    m_payments.settleTerminal(device->id, outcome, now);
    return seeOther(terminalPath(device->id));
}

HttpResponse Pages::showCheckout(const QString &account, const QString &sessionId)
{
    const qint64 now = m_store.nowMs();
    m_payments.settleDue(now);
    const CheckoutSession *session = m_store.synaptoPay.sessions.find(
        u"%1/checkout-sessions/%2"_s.arg(accountName(account), sessionId));
    if (!session) {
        return htmlPage(404, u"Checkout not found"_s,
                        u"<p>There is no checkout session with this address.</p>\n"_s);
    }
    const QString amount =
        u"<p class=\"amount\">%1</p>\n"_s.arg(escaped(money(session->amount, session->currency)));
    const QString reference = session->clientReferenceId.isEmpty()
                                  ? QString()
                                  : u"<p>Order %1</p>\n"_s.arg(escaped(session->clientReferenceId));
    const QString state = sessionState(*session, now);
    if (state == "COMPLETE"_L1) {
        return htmlPage(200, u"Payment received"_s,
                        u"<p>Thank you: your payment was received.</p>\n"_s + amount + reference +
                            link(session->successUrl, u"Return to the shop"_s));
    }
    if (state == "EXPIRED"_L1) {
        return htmlPage(200, u"Checkout expired"_s,
                        u"<p>This checkout has expired, so it can no longer be paid. Ask the shop "
                        "for a new payment link.</p>\n"_s +
                            amount + reference + link(session->cancelUrl, u"Back to the shop"_s));
    }
    return htmlPage(200, u"Checkout"_s,
                    amount + reference + kSandboxNote +
                        button(checkoutPath(session->id), u"Pay with test card"_s) +
                        link(session->cancelUrl, u"Back to the shop"_s));
}

HttpResponse Pages::pay(const QString &account, const QString &sessionId)
{
    const qint64 now = m_store.nowMs();
    const QString name = u"%1/checkout-sessions/%2"_s.arg(accountName(account), sessionId);
    const CheckoutSession *session = m_store.synaptoPay.sessions.find(name);
    if (!session)
        return showCheckout(account, sessionId);
    const QString state = sessionState(*session, now);
    if (state == "EXPIRED"_L1) {
        HttpResponse refusal = showCheckout(account, sessionId);
        refusal.status = 410;
        return refusal;
    }
    // Paid already (a second click, or the browser sending the form again): nothing to charge.
    if (state == "OPEN"_L1)
        m_payments.payCheckout(name, now);
    return seeOther(checkoutPath(name));
}

} // namespace paydesk::sandbox::synaptopay
