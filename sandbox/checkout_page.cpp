#include "sandbox/checkout_page.h"

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// US dollars as a shopper reads them: $1,234.56.
QString dollars(qint64 cents)
{
    QString whole = QString::number(cents / 100);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, u',');
    return u"$%1.%2"_s.arg(whole).arg(cents % 100, 2, 10, QChar(u'0'));
}

HttpResponse htmlPage(int status, const QString &title, const QString &body)
{
    const QString page =
        u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>%1</title>\n<style>\n"
        "body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#222}\n"
        "table{width:100%;border-collapse:collapse}th,td{padding:.4em;text-align:left;"
        "border-bottom:1px solid #ddd}td.n,th.n{text-align:right}\n"
        "button{font-size:1.1em;padding:.6em 1.4em}.note{color:#666}\n"
        "</style>\n</head>\n<body>\n<main>\n<h1>%1</h1>\n%2</main>\n</body>\n</html>\n"_s.arg(
            escaped(title), body);
    return HttpResponse{status, "text/html; charset=utf-8", page.toUtf8(), {}};
}

QString itemsTable(const CheckoutSession &session)
{
    QString rows;
    for (const LineItem &item : session.lineItems) {
        QString name = escaped(item.name);
        if (!item.description.isEmpty())
            name += u"<br><span class=\"note\">%1</span>"_s.arg(escaped(item.description));
        rows += u"<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td>"
                "<td class=\"n\">%4</td></tr>\n"_s.arg(name, QString::number(item.quantity),
                                                       dollars(item.unitAmount),
                                                       dollars(item.unitAmount * item.quantity));
    }
    return u"<table>\n<thead><tr><th>Item</th><th class=\"n\">Quantity</th>"
           "<th class=\"n\">Price</th><th class=\"n\">Amount</th></tr></thead>\n"
           "<tbody>\n%1</tbody>\n<tfoot><tr><th colspan=\"3\">Total</th>"
           "<th class=\"n\">%2</th></tr></tfoot>\n</table>\n"_s.arg(rows,
                                                                    dollars(session.amountTotal));
}

QString link(const QString &url, const QString &text)
{
    return url.isEmpty() ? QString()
                         : u"<p><a href=\"%1\">%2</a></p>\n"_s.arg(escaped(url), escaped(text));
}

} // namespace

CheckoutPages::CheckoutPages(Store &store)
    : m_store(store)
{
    const QString session = u"/checkout/([^/]+)"_s;
    m_router.add("GET", session, [this](const HttpRequest &, const QStringList &arguments) {
        return show(arguments.at(0));
    });
    m_router.add(
        "POST", session + u"/pay"_s,
        [this](const HttpRequest &, const QStringList &arguments) { return pay(arguments.at(0)); });
}

QString CheckoutPages::pagePath(const QString &sessionId)
{
    return u"/checkout/"_s + sessionId;
}

HttpResponse CheckoutPages::show(const QString &sessionId)
{
    const CheckoutSession *session = m_store.sessions.find(sessionId);
    if (!session) {
        return htmlPage(404, u"Checkout not found"_s,
                        u"<p>There is no checkout session with this address.</p>\n"_s);
    }
    const QString sandboxNote =
        u"<p class=\"note\">Paydesk sandbox: no real card is charged.</p>\n"_s;
    switch (session->statusAt(m_store.nowMs())) {
    case SessionStatus::Open:
        return htmlPage(200, u"Checkout"_s,
                        itemsTable(*session) + sandboxNote +
                            u"<form method=\"post\" action=\"%1/pay\">\n"
                            "<button type=\"submit\">Pay with test card</button>\n</form>\n"_s.arg(
                                pagePath(session->id)) +
                            link(session->cancelUrl, u"Cancel and return to the shop"_s));
    case SessionStatus::Complete:
        return htmlPage(200, u"Payment received"_s,
                        u"<p>Thank you: your payment of %1 was received.</p>\n"_s.arg(
                            dollars(session->amountTotal)) +
                            itemsTable(*session) +
                            link(session->successUrl, u"Return to the shop"_s));
    case SessionStatus::Expired:
        break;
    }
    return htmlPage(200, u"Checkout expired"_s,
                    u"<p>This checkout session has expired, so it can no longer be paid. "
                    "Ask the shop for a new payment link.</p>\n"_s +
                        itemsTable(*session) + link(session->cancelUrl, u"Return to the shop"_s));
}

HttpResponse CheckoutPages::pay(const QString &sessionId)
{
    CheckoutSession *session = m_store.sessions.edit(sessionId);
    if (!session)
        return show(sessionId);
    const qint64 now = m_store.nowMs();
    switch (session->statusAt(now)) {
    case SessionStatus::Expired: {
        HttpResponse refusal = show(sessionId);
        refusal.status = 410;
        return refusal;
    }
    case SessionStatus::Open:
        m_store.completeCheckout(*session, Store::newId(), now);
        break;
    case SessionStatus::Complete:
        // Already paid (a second click, or the browser resending the form): nothing to charge.
        break;
    }
    HttpResponse redirect{303, "text/plain; charset=utf-8", "See the checkout page\n", {}};
    redirect.headers.emplaceBack("Location", pagePath(sessionId).toUtf8());
    return redirect;
}

} // namespace paydesk::sandbox
