// Checkout sessions and the page a customer pays on: plain HTML, a form button, and expiry.

#include "sandbox/sandbox_test_support.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

QJsonObject lineItem(const QString &name, qint64 amount, qint64 quantity)
{
    return {{u"price_data"_s, QJsonObject{{u"currency"_s, u"usd"_s},
                                          {u"amount"_s, amount},
                                          {u"product_data"_s, QJsonObject{{u"name"_s, name}}}}},
            {u"quantity"_s, quantity}};
}

QJsonObject sessionBody(const QJsonObject &extra = {})
{
    QJsonObject body{{u"mode"_s, u"payment"_s},
                     {u"success_url"_s, u"https://shop.example.com/thanks"_s},
                     {u"cancel_url"_s, u"https://shop.example.com/cart"_s},
                     {u"line_items"_s, QJsonArray{lineItem(u"Sourdough <loaf>"_s, 850, 2),
                                                  lineItem(u"Espresso beans"_s, 1800, 1)}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QString pagePath(const QJsonObject &session)
{
    return QUrl(session[u"checkout_session_url"_s].toString()).path();
}

} // namespace

class TestSandboxCheckout : public QObject
{
    Q_OBJECT

private slots:
    void computesTheTotalAndLinksItsPage();
    void showsThePageWithoutScripts();
    void paysThroughThePageForm();
    void chargesOnceWhenTheFormIsSentTwice();
    void expiresAtOnceWithExpiresInZero();
    void expiresWhenTheClockPassesTheExpiry();
    void takesTheCustomersEmail();
    void answersAnUnknownPageWithNotFound();
};

void TestSandboxCheckout::computesTheTotalAndLinksItsPage()
{
    const auto server = startServer();
    HttpClient client(server->port());

    const QJsonObject session = client.apiPost(u"checkout-sessions"_s, sessionBody()).json();

    QCOMPARE(session[u"status"_s].toString(), u"open"_s);
    QCOMPARE(session[u"amount_total"_s].toInteger(), 2 * 850 + 1800);
    const QUrl page(session[u"checkout_session_url"_s].toString());
    QCOMPARE(page.scheme(), u"http"_s);
    QCOMPARE(page.host(), u"127.0.0.1"_s);
    QCOMPARE(page.port(), int(server->port()));
    QCOMPARE(page.path(), u"/checkout/"_s + session[u"id"_s].toString());
    QCOMPARE(session[u"line_items"_s].toArray().size(), 2);
    QCOMPARE(session[u"line_items"_s][0][u"quantity"_s].toInteger(), 2);
    QVERIFY(!session[u"line_items"_s][0][u"price_id"_s].toString().isEmpty());
    QVERIFY(!session.contains(u"payment_intent_id"_s));
}

void TestSandboxCheckout::showsThePageWithoutScripts()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QJsonObject session = client.apiPost(u"checkout-sessions"_s, sessionBody()).json();
    HttpClient customer(server->port(), {});

    const HttpResult page = customer.get(pagePath(session));

    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("content-type"), "text/html; charset=utf-8");
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"Sourdough &lt;loaf&gt;"_s));
    QVERIFY(html.contains(u"Espresso beans"_s));
    QVERIFY(html.contains(u"$35.00"_s));
    QVERIFY(html.contains(u"<form method=\"post\" action=\"%1/pay\">"_s.arg(pagePath(session))));
    QVERIFY(html.contains(u"Pay with test card"_s));
    QVERIFY(html.contains(u"https://shop.example.com/cart"_s));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
}

void TestSandboxCheckout::paysThroughThePageForm()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QJsonObject session = client.apiPost(u"checkout-sessions"_s, sessionBody()).json();
    HttpClient customer(server->port(), {});

    const HttpResult paid = customer.send("POST", pagePath(session) + u"/pay"_s, "pay=1",
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});

    QCOMPARE(paid.status, 303);
    QCOMPARE(paid.header("location"), pagePath(session).toUtf8());
    const HttpResult thanks = customer.get(QString::fromUtf8(paid.header("location")));
    QVERIFY(QString::fromUtf8(thanks.body).contains(u"Payment received"_s));
    QVERIFY(QString::fromUtf8(thanks.body).contains(u"https://shop.example.com/thanks"_s));
    const QJsonObject completed =
        client.apiGet(u"checkout-sessions/"_s + session[u"id"_s].toString()).json();
    QCOMPARE(completed[u"status"_s].toString(), u"complete"_s);
    const QJsonObject intent =
        client.apiGet(u"payment-intents/"_s + completed[u"payment_intent_id"_s].toString()).json();
    QCOMPARE(intent[u"status"_s].toString(), u"succeeded"_s);
    QCOMPARE(intent[u"amount"_s].toInteger(), session[u"amount_total"_s].toInteger());
    QCOMPARE(intent[u"checkout_session_id"_s].toString(), session[u"id"_s].toString());
}

void TestSandboxCheckout::chargesOnceWhenTheFormIsSentTwice()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QJsonObject session = client.apiPost(u"checkout-sessions"_s, sessionBody()).json();
    HttpClient customer(server->port(), {});

    QCOMPARE(customer.send("POST", pagePath(session) + u"/pay"_s).status, 303);
    QCOMPARE(customer.send("POST", pagePath(session) + u"/pay"_s).status, 303);

    QCOMPARE(server->count(Resource::PaymentIntents), 1);
}

void TestSandboxCheckout::expiresAtOnceWithExpiresInZero()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QJsonObject session =
        client.apiPost(u"checkout-sessions"_s, sessionBody({{u"expires_in"_s, 0}})).json();
    HttpClient customer(server->port(), {});

    const HttpResult page = customer.get(pagePath(session));
    const HttpResult refused = customer.send("POST", pagePath(session) + u"/pay"_s);

    QCOMPARE(client.apiGet(u"checkout-sessions/"_s + session[u"id"_s].toString())
                 .json()[u"status"_s]
                 .toString(),
             u"expired"_s);
    QVERIFY(QString::fromUtf8(page.body).contains(u"has expired"_s));
    QVERIFY(!QString::fromUtf8(page.body).contains(u"<form"_s));
    QCOMPARE(refused.status, 410);
    QCOMPARE(server->count(Resource::PaymentIntents), 0);
}

void TestSandboxCheckout::expiresWhenTheClockPassesTheExpiry()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QJsonObject session =
        client.apiPost(u"checkout-sessions"_s, sessionBody({{u"expires_in"_s, 600}})).json();
    const QString path = u"checkout-sessions/"_s + session[u"id"_s].toString();
    QCOMPARE(client.apiGet(path).json()[u"status"_s].toString(), u"open"_s);

    QCOMPARE(client.post(u"/admin/clock"_s, {{u"advance_seconds"_s, 601}}).status, 200);

    const QJsonObject expired = client.apiGet(path).json();
    QCOMPARE(expired[u"status"_s].toString(), u"expired"_s);
    QCOMPARE(expired[u"updated"_s].toString(), expired[u"expiry"_s].toString());
}

void TestSandboxCheckout::takesTheCustomersEmail()
{
    const auto server = startServer();
    HttpClient client(server->port());
    const QString customer = client.createCustomer();

    const QJsonObject session =
        client.apiPost(u"checkout-sessions"_s, sessionBody({{u"customer_id"_s, customer}})).json();
    HttpClient(server->port(), {}).send("POST", pagePath(session) + u"/pay"_s);
    const QJsonObject intent = server->object(
        Resource::PaymentIntents, server
                                      ->object(Resource::CheckoutSessions,
                                               session[u"id"_s].toString())[u"payment_intent_id"_s]
                                      .toString());

    QCOMPARE(session[u"customer_email"_s].toString(), u"ada@example.com"_s);
    QCOMPARE(intent[u"customer_id"_s].toString(), customer);
    QCOMPARE(intent[u"payment_method_id"_s].toString(), client.testCard(customer, true));
}

void TestSandboxCheckout::answersAnUnknownPageWithNotFound()
{
    const auto server = startServer();
    HttpClient customer(server->port(), {});

    const HttpResult page = customer.get(u"/checkout/3fa85f64-5717-4562-b3fc-2c963f66afa6"_s);
    const HttpResult pay = customer.send("POST", u"/checkout/nope/pay"_s);

    QCOMPARE(page.status, 404);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QCOMPARE(pay.status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxCheckout)
#include "tst_sandbox_checkout.moc"
