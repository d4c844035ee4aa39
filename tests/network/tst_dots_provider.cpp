// The Dots client against a real sandbox over loopback HTTP: every call, every error kind, and
// the guarantee that a create whose answer is lost is looked up, never sent twice.
#include "models/fields.h"
#include "models/metadata.h"
#include "network/list_walker.h"
#include "network_fixture.h"

#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using namespace paydesk::testing;
using sandbox::FaultSettings;
using sandbox::Resource;

namespace {

CustomerDraft person(const QString &first = QStringLiteral("Ada"),
                     const QString &last = QStringLiteral("Lovelace"))
{
    CustomerDraft draft;
    draft.firstName = first;
    draft.lastName = last;
    draft.email = QStringLiteral("%1@example.com").arg(first.toLower());
    return draft;
}

PaymentIntentDraft intentDraft(qint64 cents, const QString &customerId = {})
{
    PaymentIntentDraft draft;
    draft.amount = Money(cents, QStringLiteral("USD"));
    draft.customerId = customerId;
    draft.description = QStringLiteral("Counter sale");
    return draft;
}

template <typename T>
T waitFor(Capture<T> &capture, int timeoutMs = 10000)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(capture.value.has_value(), timeoutMs); }();
    if (!capture.value)
        qFatal("no result arrived");
    return *capture.value;
}

// Speaks TLS with a certificate no authority signed, and counts any request it manages to read.
class SelfSignedTlsServer : public QTcpServer
{
public:
    SelfSignedTlsServer(const QSslCertificate &certificate, const QSslKey &key)
        : m_certificate(certificate)
        , m_key(key)
    {}
    int requestsSeen = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            if (!socket->readAll().isEmpty())
                ++requestsSeen;
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

class TestDotsProvider : public QObject
{
    Q_OBJECT

private:
    // A customer and its two test cards: the first succeeds, the second is declined.
    struct CustomerWithCards
    {
        Customer customer;
        PaymentMethod succeeds;
        PaymentMethod declined;
    };

    CustomerWithCards createCustomerWithCards(SandboxClient &sb)
    {
        Capture<CreateOutcome<Customer>> created;
        sb.provider->createCustomer(person(), nullptr, created.callback());
        const CreateOutcome<Customer> outcome = waitFor(created);
        if (outcome.status != CreateStatus::Created)
            qFatal("customer not created");
        Capture<Result<Page<PaymentMethod>>> methods;
        sb.provider->listPaymentMethods(outcome.object->id, {}, nullptr, methods.callback());
        const Result<Page<PaymentMethod>> page = waitFor(methods);
        if (!page.ok() || page.value().items.size() != 2)
            qFatal("expected two test cards");
        CustomerWithCards result{*outcome.object, {}, {}};
        for (const PaymentMethod &m : page.value().items) {
            if (m.description.contains(QLatin1String("declined")))
                result.declined = m;
            else
                result.succeeds = m;
        }
        return result;
    }

private slots:
    void initTestCase() { qRegisterMetaType<RetryNotice>(); }

    void createsAndReadsACustomer()
    {
        SandboxClient sb;
        Capture<CreateOutcome<Customer>> created;
        sb.provider->createCustomer(person(), nullptr, created.callback(),
                                    QStringLiteral("req-customer-1"));
        const CreateOutcome<Customer> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QVERIFY(!outcome.foundByLookup);
        QVERIFY(outcome.object);
        // Dots answers a create with a reduced object; the provider reads the whole one back.
        QCOMPARE(outcome.object->firstName, QStringLiteral("Ada"));
        QCOMPARE(outcome.object->metadata.text(QString::fromLatin1(RequestIdMetadataKey)),
                 QStringLiteral("req-customer-1"));

        Capture<Result<Customer>> read;
        sb.provider->getCustomer(outcome.object->id, nullptr, read.callback());
        const Result<Customer> got = waitFor(read);
        QVERIFY(got.ok());
        QCOMPARE(got.value().email, QStringLiteral("ada@example.com"));
        QCOMPARE(got.value().lastName, QStringLiteral("Lovelace"));
    }

    void serverValidationNamesTheField()
    {
        SandboxClient sb;
        CustomerDraft draft;
        draft.firstName = QStringLiteral("OnlyFirst"); // the contract needs last_name too
        Capture<CreateOutcome<Customer>> created;
        sb.provider->createCustomer(draft, nullptr, created.callback());
        const CreateOutcome<Customer> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiErrorKind::Validation);
        QCOMPARE(outcome.error->httpStatus, 400);
        // Dots names `last_name`; Paydesk files it under its own name for the field.
        QCOMPARE(outcome.error->field, field::LastName);
        QVERIFY(!outcome.error->serverMessage.isEmpty());
        QCOMPARE(sb.server->count(Resource::PaymentCustomers), 0);
    }

    void missingObjectIsNotFound()
    {
        SandboxClient sb;
        Capture<Result<PaymentIntent>> read;
        sb.provider->getPaymentIntent(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                      nullptr, read.callback());
        const Result<PaymentIntent> r = waitFor(read);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::NotFound);
        QCOMPARE(r.error().httpStatus, 404);
        QVERIFY(r.error().message.contains(QLatin1String("payment intent")));
    }

    void wrongKeyIsACredentialsError()
    {
        SandboxClient sb;
        DotsProvider wrong(sb.server->apiBaseUrl(),
                           Credentials{sb.server->options().clientId, "not-the-key", {}, {}},
                           sb.transport.get());
        Capture<Result<Page<Customer>>> list;
        wrong.listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::Credentials);
        QCOMPARE(r.error().httpStatus, 401);
        // The message helps, and never repeats the secret.
        QVERIFY(r.error().message.contains(QLatin1String("API key")));
        QVERIFY(!r.error().message.contains(QLatin1String("not-the-key")));
        QVERIFY(!r.error().serverMessage.contains(QLatin1String("not-the-key")));
    }

    void walksEveryPageWithoutGapOrRepeat()
    {
        sandbox::SandboxOptions options = SandboxClient::defaultOptions();
        options.seedSizes.customers = 100;
        SandboxClient sb(options);
        QStringList ids;
        QList<int> pageSizes;
        Capture<Result<WalkProgress>> done;
        DotsProvider *provider = sb.provider.get();
        walkPages<Customer>(
            [provider](const PageQuery &q, QObject *c, Callback<Page<Customer>> cb) {
                return provider->listCustomers(q, c, std::move(cb));
            },
            37, nullptr,
            [&](const QList<Customer> &page, const WalkProgress &) {
                pageSizes.append(int(page.size()));
                for (const Customer &c : page)
                    ids.append(c.id);
                return true;
            },
            done.callback());
        const Result<WalkProgress> r = waitFor(done);
        QVERIFY(r.ok());
        QVERIFY(r.value().complete);
        QCOMPARE(r.value().items, 100);
        QCOMPARE(pageSizes, (QList<int>{37, 37, 26}));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 100);
    }

    void walkStopsEarlyWhenAsked()
    {
        sandbox::SandboxOptions options = SandboxClient::defaultOptions();
        options.seedSizes.customers = 100;
        SandboxClient sb(options);
        int pages = 0;
        Capture<Result<WalkProgress>> done;
        DotsProvider *provider = sb.provider.get();
        walkPages<Customer>(
            [provider](const PageQuery &q, QObject *c, Callback<Page<Customer>> cb) {
                return provider->listCustomers(q, c, std::move(cb));
            },
            10, nullptr, [&](const QList<Customer> &, const WalkProgress &) { return ++pages < 2; },
            done.callback());
        const Result<WalkProgress> r = waitFor(done);
        QVERIFY(r.ok());
        QCOMPARE(r.value().pages, 2);
        QCOMPARE(r.value().items, 20);
        QVERIFY(!r.value().complete);
    }

    void walkAsksForTheNextPageBeforeHandingOneOver()
    {
        // The server prepares a page while the one before it is shown: when a page is handed
        // over, the request for the next one is already out (the last page has none).
        sandbox::SandboxOptions options = SandboxClient::defaultOptions();
        options.seedSizes.customers = 100;
        SandboxClient sb(options);
        int requests = 0;
        QList<int> requestsWhenHanded;
        Capture<Result<WalkProgress>> done;
        DotsProvider *provider = sb.provider.get();
        walkPages<Customer>(
            [provider, &requests](const PageQuery &q, QObject *c, Callback<Page<Customer>> cb) {
                ++requests;
                return provider->listCustomers(q, c, std::move(cb));
            },
            30, nullptr,
            [&](const QList<Customer> &, const WalkProgress &) {
                requestsWhenHanded.append(requests);
                return true;
            },
            done.callback());
        const Result<WalkProgress> r = waitFor(done);
        QVERIFY(r.ok());
        QVERIFY(r.value().complete);
        QCOMPARE(r.value().items, 100);
        QCOMPARE(requestsWhenHanded, (QList<int>{2, 3, 4, 4}));
        QCOMPARE(requests, 4);
    }

    void cancellingAWalkHandsNoMorePagesOver()
    {
        // The walk is cancelled while the third page is on its way: it is not handed over,
        // and the walk ends once, cancelled.
        sandbox::SandboxOptions options = SandboxClient::defaultOptions();
        options.seedSizes.customers = 100;
        SandboxClient sb(options);
        int requests = 0;
        int pagesAfterCancel = 0;
        bool cancelled = false;
        CallHandle walk;
        Capture<Result<WalkProgress>> done;
        DotsProvider *provider = sb.provider.get();
        QObject receiver;
        walk = walkPages<Customer>(
            [&](const PageQuery &q, QObject *c, Callback<Page<Customer>> cb) {
                if (++requests == 3) {
                    // Posted now, so it comes before the third page's answer.
                    QMetaObject::invokeMethod(
                        &receiver,
                        [&] {
                            cancelled = true;
                            walk.cancel();
                        },
                        Qt::QueuedConnection);
                }
                return provider->listCustomers(q, c, std::move(cb));
            },
            10, nullptr,
            [&](const QList<Customer> &, const WalkProgress &) {
                if (cancelled)
                    ++pagesAfterCancel;
                return true;
            },
            done.callback());
        const Result<WalkProgress> r = waitFor(done);
        QVERIFY(cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(pagesAfterCancel, 0);
        QCOMPARE(done.calls, 1);
    }

    void walksTheBareIntentArray()
    {
        sandbox::SandboxOptions options = SandboxClient::defaultOptions();
        options.seedSizes.customers = 5;
        options.seedSizes.paymentIntents = 250;
        SandboxClient sb(options);
        Capture<Result<Page<PaymentIntent>>> first;
        sb.provider->listPaymentIntents({}, nullptr, first.callback());
        const Result<Page<PaymentIntent>> page = waitFor(first);
        QVERIFY(page.ok());
        // A bare array says nothing about more: a full page is taken to mean there may be.
        QVERIFY(page.value().hasMore);
        QCOMPARE(page.value().items.size(), 100);

        int total = 0;
        Capture<Result<WalkProgress>> done;
        DotsProvider *provider = sb.provider.get();
        walkPages<PaymentIntent>(
            [provider](const PageQuery &q, QObject *c, Callback<Page<PaymentIntent>> cb) {
                return provider->listPaymentIntents(q, c, std::move(cb));
            },
            100, nullptr,
            [&](const QList<PaymentIntent> &p, const WalkProgress &) {
                total += int(p.size());
                return true;
            },
            done.callback());
        const Result<WalkProgress> r = waitFor(done);
        QVERIFY(r.ok());
        QVERIFY(r.value().complete);
        QCOMPARE(qsizetype(total), sb.server->count(Resource::PaymentIntents));
    }

    void paymentWithTheSucceedingCard()
    {
        SandboxClient sb;
        const CustomerWithCards c = createCustomerWithCards(sb);
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(intentDraft(1234, c.customer.id), nullptr,
                                         created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QCOMPARE(outcome.object->amount, Money(1234, QStringLiteral("USD")));
        QCOMPARE(outcome.object->status.raw(), QStringLiteral("initialized"));
        QCOMPARE(outcome.object->status.phase(), IntentPhase::Waiting);

        Capture<Result<PaymentIntent>> confirmed;
        sb.provider->confirmPaymentIntent({outcome.object->id, c.succeeds.id}, nullptr,
                                          confirmed.callback());
        const Result<PaymentIntent> r = waitFor(confirmed);
        QVERIFY(r.ok());
        QVERIFY(r.value().status.phase() != IntentPhase::Waiting);

        Capture<Result<PaymentIntent>> read;
        sb.provider->getPaymentIntent(outcome.object->id, nullptr, read.callback());
        const Result<PaymentIntent> settled = waitFor(read);
        QVERIFY(settled.ok());
        QCOMPARE(settled.value().status.raw(), QStringLiteral("succeeded"));
        QVERIFY(settled.value().status.isFinal());
    }

    void paymentWithTheDeclinedCardFails()
    {
        SandboxClient sb;
        const CustomerWithCards c = createCustomerWithCards(sb);
        PaymentIntentDraft draft = intentDraft(500, c.customer.id);
        draft.paymentMethodId = c.declined.id;
        draft.confirm = true;
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(draft, nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);

        Capture<Result<PaymentIntent>> read;
        sb.provider->getPaymentIntent(outcome.object->id, nullptr, read.callback());
        const Result<PaymentIntent> settled = waitFor(read);
        QVERIFY(settled.ok());
        QCOMPARE(settled.value().status.raw(), QStringLiteral("failed"));

        // Confirming a final intent is refused, and says why.
        Capture<Result<PaymentIntent>> again;
        sb.provider->confirmPaymentIntent({outcome.object->id, c.succeeds.id}, nullptr,
                                          again.callback());
        const Result<PaymentIntent> refused = waitFor(again);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ApiErrorKind::Validation);
        QCOMPARE(refused.error().httpStatus, 400);
    }

    void checkoutSessionRoundTrip()
    {
        SandboxClient sb;
        CheckoutSessionDraft draft;
        draft.lineItems.append({QStringLiteral("Coffee beans"), QStringLiteral("1 kg"),
                                Money(1850, QStringLiteral("USD")), 2});
        draft.successUrl = QStringLiteral("https://shop.example.com/thanks");
        draft.customerEmail = QStringLiteral("buyer@example.com");
        draft.clientReferenceId = QStringLiteral("order-77");
        Capture<CreateOutcome<CheckoutSession>> created;
        sb.provider->createCheckoutSession(draft, nullptr, created.callback());
        const CreateOutcome<CheckoutSession> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QCOMPARE(outcome.object->status.raw(), QStringLiteral("open"));
        QCOMPARE(outcome.object->amountTotal, Money(3700, QStringLiteral("USD")));
        QVERIFY(outcome.object->url.startsWith(QLatin1String("http://127.0.0.1:")));

        Capture<Result<CheckoutSession>> read;
        sb.provider->getCheckoutSession(outcome.object->id, nullptr, read.callback());
        const Result<CheckoutSession> got = waitFor(read);
        QVERIFY(got.ok());
        QCOMPARE(got.value().clientReferenceId, QStringLiteral("order-77"));

        Capture<Result<Page<CheckoutSession>>> list;
        sb.provider->listCheckoutSessions({}, nullptr, list.callback());
        const Result<Page<CheckoutSession>> page = waitFor(list);
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 1);
        QCOMPARE(page.value().items.first().id, outcome.object->id);
    }

    void paymentMethodsAndRefunds()
    {
        SandboxClient sb;
        const CustomerWithCards c = createCustomerWithCards(sb);
        Capture<Result<PaymentMethod>> method;
        sb.provider->getPaymentMethod(c.succeeds.id, nullptr, method.callback());
        const Result<PaymentMethod> m = waitFor(method);
        QVERIFY(m.ok());
        QVERIFY(m.value().description.contains(QLatin1String("succeed")));

        PaymentIntentDraft draft = intentDraft(2000, c.customer.id);
        draft.paymentMethodId = c.succeeds.id;
        draft.confirm = true;
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(draft, nullptr, created.callback());
        const QString intentId = waitFor(created).object->id;

        Capture<CreateOutcome<Refund>> refunded;
        sb.provider->createRefund(
            {intentId, Money(500, QStringLiteral("USD")), QStringLiteral("requested_by_customer")},
            nullptr, refunded.callback());
        const CreateOutcome<Refund> refund = waitFor(refunded);
        QCOMPARE(refund.status, CreateStatus::Created);
        QVERIFY(!refund.object->id.isEmpty());

        Capture<Result<Refund>> read;
        sb.provider->getRefund(refund.object->id, nullptr, read.callback());
        QVERIFY(waitFor(read).ok());

        Capture<Result<Page<Refund>>> list;
        sb.provider->listRefunds({}, nullptr, list.callback());
        const Result<Page<Refund>> page = waitFor(list);
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 1);

        // More than what is left: 400, nothing created.
        Capture<CreateOutcome<Refund>> tooMuch;
        sb.provider->createRefund({intentId, Money(1501, QStringLiteral("USD")), {}}, nullptr,
                                  tooMuch.callback());
        const CreateOutcome<Refund> refused = waitFor(tooMuch);
        QCOMPARE(refused.status, CreateStatus::NotCreated);
        QCOMPARE(refused.error->kind, ApiErrorKind::Validation);
        QCOMPARE(sb.server->count(Resource::Refunds), 1);
    }

    // Transport failures, each with its own kind and a message a person can act on.

    void offlineServer()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close(); // nothing listens there now
        HttpTransport transport;
        DotsProvider provider(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port)),
                              Credentials{QStringLiteral("id"), "key", {}, {}}, &transport);
        TransportOptions options;
        options.retry.initialDelayMs = 1;
        options.retry.maxRetries = 1;
        transport.setOptions(options);
        Capture<Result<Page<Customer>>> list;
        provider.listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::Offline);
        QVERIFY(r.error().message.contains(QLatin1String("Could not connect")));

        // A create that never left is reported not created at once, without a look-up.
        Capture<CreateOutcome<PaymentIntent>> created;
        provider.createPaymentIntent(intentDraft(100), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QCOMPARE(outcome.error->kind, ApiErrorKind::Offline);
    }

    void plainHttpToAnotherHostIsRefusedBeforeSending()
    {
        HttpTransport transport;
        DotsProvider provider(QUrl(QStringLiteral("http://api.dots.dev/api")),
                              Credentials{QStringLiteral("id"), "key", {}, {}}, &transport);
        Capture<Result<Page<Customer>>> list;
        provider.listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::InsecureUrl);
        QVERIFY(r.error().message.contains(QLatin1String("HTTPS")));
    }

    void tlsFailureIsNeverIgnored()
    {
        // A TLS server whose certificate nobody vouches for (self-signed, made for this test):
        // the handshake must fail and be reported as such, never ignored and never retried.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());

        SelfSignedTlsServer server(certificate, key);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        HttpTransport transport;
        DotsProvider provider(
            QUrl(QStringLiteral("https://127.0.0.1:%1/api").arg(server.serverPort())),
            Credentials{QStringLiteral("id"), "key", {}, {}}, &transport);
        QSignalSpy retries(&transport, &HttpTransport::retryScheduled);
        Capture<Result<Page<Customer>>> list;
        provider.listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list, 20000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::Tls);
        QVERIFY(r.error().message.contains(QLatin1String("secure connection")));
        QCOMPARE(retries.count(), 0);
        QCOMPARE(server.requestsSeen, 0); // nothing was read by the server: no credentials left
    }

    void inactivityTimeout()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.latencyMs = 3000;
        sb.setFaults(faults);
        TransportOptions options = sb.transport->options();
        options.inactivityTimeoutMs = 150;
        options.retry.maxRetries = 0;
        sb.transport->setOptions(options);
        Capture<Result<Page<Customer>>> list;
        sb.provider->listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::Timeout);
        QVERIFY(r.error().message.contains(QLatin1String("did not answer")));
    }

    void serverErrorsAreRetriedThenReported()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.serviceUnavailableShare = 1.0;
        sb.setFaults(faults);
        QSignalSpy retries(sb.transport.get(), &HttpTransport::retryScheduled);
        Capture<Result<Page<Customer>>> list;
        sb.provider->listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::Server);
        QCOMPARE(r.error().httpStatus, 503);
        QCOMPARE(retries.count(), sb.transport->options().retry.maxRetries);
        const RetryNotice notice = retries.first().first().value<RetryNotice>();
        QCOMPARE(notice.attempt, 1);
        QCOMPARE(notice.label, QStringLiteral("list customers"));
    }

    void rateLimitHonoursRetryAfter()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.rateLimitShare = 1.0;
        faults.retryAfterSeconds = 0;
        sb.setFaults(faults);
        QSignalSpy retries(sb.transport.get(), &HttpTransport::retryScheduled);
        Capture<Result<Page<Customer>>> list;
        sb.provider->listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::RateLimited);
        QCOMPARE(r.error().retryAfterSeconds, std::optional<int>(0));
        QCOMPARE(retries.count(), sb.transport->options().retry.maxRetries);
        for (const QList<QVariant> &args : retries)
            QCOMPARE(args.first().value<RetryNotice>().delayMs, 0); // Retry-After: 0 wins

        // A Retry-After longer than the policy waits for is reported, not waited out.
        faults.retryAfterSeconds = 3600;
        sb.setFaults(faults);
        retries.clear();
        Capture<Result<Page<Customer>>> again;
        sb.provider->listCustomers({}, nullptr, again.callback());
        const Result<Page<Customer>> later = waitFor(again);
        QVERIFY(!later.ok());
        QCOMPARE(later.error().retryAfterSeconds, std::optional<int>(3600));
        QCOMPARE(retries.count(), 0);
        QVERIFY(later.error().message.contains(QLatin1String("3600")));
    }

    void retriesRecoverFromOccasionalFaults()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.serviceUnavailableShare = 0.2;
        faults.dropBeforeShare = 0.2;
        faults.truncateShare = 0.2;
        faults.retryAfterSeconds = 0;
        sb.setFaults(faults);
        for (int i = 0; i < 10; ++i) {
            Capture<Result<Page<Customer>>> list;
            sb.provider->listCustomers({}, nullptr, list.callback());
            QVERIFY2(waitFor(list).ok(), "GETs retry through transient faults");
        }
    }

    void truncatedBodyIsABadResponse()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.truncateShare = 1.0;
        sb.setFaults(faults);
        Capture<Result<Page<Customer>>> list;
        sb.provider->listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::BadResponse);
    }

    void redirectToAnotherOriginIsRefused()
    {
        // The sandbox never redirects, so a one-line server does: 302 to another port (another
        // origin). The Authorization header must not follow.
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        int elsewhereHits = 0;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
            ++elsewhereHits;
            elsewhere.nextPendingConnection()->close();
        });
        QTcpServer redirector;
        QVERIFY(redirector.listen(QHostAddress::LocalHost));
        connect(&redirector, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = redirector.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &elsewhere] {
                socket->readAll();
                socket->write(QStringLiteral("HTTP/1.1 302 Found\r\nLocation: "
                                             "http://127.0.0.1:%1/api/v2/payment-customers\r\n"
                                             "Content-Length: 0\r\nConnection: close\r\n\r\n")
                                  .arg(elsewhere.serverPort())
                                  .toLatin1());
                socket->disconnectFromHost();
            });
        });
        HttpTransport transport;
        TransportOptions options;
        options.retry.maxRetries = 0;
        transport.setOptions(options);
        DotsProvider provider(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(redirector.serverPort())),
            Credentials{QStringLiteral("id"), "key", {}, {}}, &transport);
        Capture<Result<Page<Customer>>> list;
        provider.listCustomers({}, nullptr, list.callback());
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::Redirect);
        QCOMPARE(elsewhereHits, 0);
    }

    // Creates whose answer goes missing.

    void createDroppedBeforeApplyingIsNotCreated()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.dropBeforeShare = 1.0;
        faults.writesOnly = true;
        sb.setFaults(faults);
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(intentDraft(700), nullptr, created.callback(),
                                         QStringLiteral("req-drop-before"));
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QCOMPARE(outcome.error->kind, ApiErrorKind::ConnectionLost);
        QVERIFY(outcome.error->message.contains(QLatin1String("safe to try again")));
        QCOMPARE(sb.server->countWithMetadata(Resource::PaymentIntents,
                                              QString::fromLatin1(RequestIdMetadataKey),
                                              QStringLiteral("req-drop-before")),
                 0);
    }

    void createDroppedAfterApplyingIsFoundAndNeverSentTwice()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.dropAfterShare = 1.0;
        faults.writesOnly = true;
        sb.setFaults(faults);
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(intentDraft(800), nullptr, created.callback(),
                                         QStringLiteral("req-drop-after"));
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QVERIFY(outcome.foundByLookup);
        QCOMPARE(outcome.object->amount.minorUnits(), 800);
        // Qt's HTTP stack resends a request whose connection closes unanswered; the create's
        // one-shot body stops that, so exactly one intent exists.
        QCOMPARE(sb.server->countWithMetadata(Resource::PaymentIntents,
                                              QString::fromLatin1(RequestIdMetadataKey),
                                              QStringLiteral("req-drop-after")),
                 1);
        QCOMPARE(sb.server->count(Resource::PaymentIntents), 1);
    }

    void createAnsweredWithACutBodyIsFound()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.truncateShare = 1.0;
        faults.writesOnly = true;
        sb.setFaults(faults);
        Capture<CreateOutcome<CheckoutSession>> created;
        CheckoutSessionDraft draft;
        draft.lineItems.append({QStringLiteral("Tea"), {}, Money(450, QStringLiteral("USD")), 1});
        draft.successUrl = QStringLiteral("https://shop.example.com/ok");
        sb.provider->createCheckoutSession(draft, nullptr, created.callback());
        const CreateOutcome<CheckoutSession> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Created);
        QVERIFY(outcome.foundByLookup);
        QCOMPARE(sb.server->count(Resource::CheckoutSessions), 1);
    }

    void createRefusedWith503IsCheckedThenNotCreated()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.serviceUnavailableShare = 1.0;
        faults.writesOnly = true;
        sb.setFaults(faults);
        Capture<CreateOutcome<Customer>> created;
        sb.provider->createCustomer(person(), nullptr, created.callback());
        const CreateOutcome<Customer> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QCOMPARE(outcome.error->kind, ApiErrorKind::Server);
        QCOMPARE(sb.server->count(Resource::PaymentCustomers), 0);
    }

    void createRateLimitedIsNotCreatedAndNotResent()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.rateLimitShare = 1.0;
        faults.retryAfterSeconds = 0;
        faults.writesOnly = true;
        sb.setFaults(faults);
        QSignalSpy retries(sb.transport.get(), &HttpTransport::retryScheduled);
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(intentDraft(900), nullptr, created.callback());
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::NotCreated);
        QCOMPARE(outcome.error->kind, ApiErrorKind::RateLimited);
        QCOMPARE(retries.count(), 0);
    }

    void createThatCannotBeCheckedIsUnknown()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.dropAfterShare = 1.0; // the create happens; every look-up is cut off too
        sb.setFaults(faults);
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(intentDraft(1000), nullptr, created.callback(),
                                         QStringLiteral("req-unknown"));
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Unknown);
        QVERIFY(outcome.guidance.contains(QLatin1String("req-unknown")));
        QVERIFY(outcome.guidance.contains(QString::fromLatin1(RequestIdMetadataKey)));
        QCOMPARE(sb.server->count(Resource::PaymentIntents), 1);

        // Once the server answers again, Check again finds it.
        sb.setFaults({});
        Capture<CreateOutcome<PaymentIntent>> again;
        sb.provider->findCreatedPaymentIntent(QStringLiteral("req-unknown"), nullptr,
                                              again.callback());
        const CreateOutcome<PaymentIntent> found = waitFor(again);
        QCOMPARE(found.status, CreateStatus::Created);
        QCOMPARE(found.object->amount.minorUnits(), 1000);
    }

    void confirmWhoseAnswerIsLostIsReadBack()
    {
        SandboxClient sb;
        const CustomerWithCards c = createCustomerWithCards(sb);
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(intentDraft(1500, c.customer.id), nullptr,
                                         created.callback());
        const QString id = waitFor(created).object->id;
        FaultSettings faults;
        faults.dropAfterShare = 1.0;
        faults.writesOnly = true;
        sb.setFaults(faults);
        Capture<Result<PaymentIntent>> confirmed;
        sb.provider->confirmPaymentIntent({id, c.succeeds.id}, nullptr, confirmed.callback());
        const Result<PaymentIntent> r = waitFor(confirmed);
        QVERIFY(r.ok());
        QCOMPARE(r.value().id, id);
        QVERIFY(r.value().status.phase() != IntentPhase::Waiting);
    }

    void debugLogShowsRequestsButNeverCredentials()
    {
        SandboxClient sb;
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("paydesk.network.debug=true"));
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                      const QString &message) { lines.append(message); });
        Capture<Result<Page<Customer>>> list;
        sb.provider->listCustomers({}, nullptr, list.callback());
        const bool ok = waitFor(list).ok();
        Capture<CreateOutcome<PaymentIntent>> created;
        sb.provider->createPaymentIntent(intentDraft(250), nullptr, created.callback());
        waitFor(created);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("paydesk.network.debug=false"));
        QVERIFY(ok);

        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("GET")) &&
                     all.contains(QLatin1String("/api/v2/payment-customers 200")),
                 qPrintable(all));
        QVERIFY(all.contains(QLatin1String("POST")));
        QVERIFY(all.contains(QLatin1String(" ms")));
        const QByteArray key = sb.server->options().apiKey.toUtf8();
        const QByteArray basic = (sb.server->options().clientId.toUtf8() + ':' + key).toBase64();
        QVERIFY(!all.contains(QString::fromUtf8(key)));
        QVERIFY(!all.contains(QString::fromLatin1(basic)));
        QVERIFY(!all.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
    }

    // Cancelling and lifetimes.

    void cancelStopsAListCall()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.latencyMs = 2000;
        sb.setFaults(faults);
        QSignalSpy inFlight(sb.transport.get(), &HttpTransport::requestsInFlightChanged);
        Capture<Result<Page<Customer>>> list;
        const CallHandle handle = sb.provider->listCustomers({}, nullptr, list.callback());
        QCOMPARE(sb.transport->requestsInFlight(), 1);
        QVERIFY(handle.isRunning());
        handle.cancel();
        const Result<Page<Customer>> r = waitFor(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiErrorKind::Cancelled);
        QCOMPARE(list.calls, 1);
        QCOMPARE(sb.transport->requestsInFlight(), 0);
        QCOMPARE(inFlight.last().first().toInt(), 0);
        QTRY_VERIFY(!handle.isRunning());
    }

    void cancelledCreateThatWasSentIsUnknown()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.latencyMs = 500;
        sb.setFaults(faults);
        Capture<CreateOutcome<PaymentIntent>> created;
        const CallHandle handle =
            sb.provider->createPaymentIntent(intentDraft(300), nullptr, created.callback());
        QTest::qWait(100); // let the request reach the server
        handle.cancel();
        const CreateOutcome<PaymentIntent> outcome = waitFor(created);
        QCOMPARE(outcome.status, CreateStatus::Unknown);
        QVERIFY(!outcome.guidance.isEmpty());
    }

    void destroyedContextGetsNoCallback()
    {
        SandboxClient sb;
        FaultSettings faults;
        faults.latencyMs = 200;
        sb.setFaults(faults);
        int calls = 0;
        auto *context = new QObject;
        sb.provider->listCustomers({}, context, [&](const Result<Page<Customer>> &) { ++calls; });
        delete context;
        QTRY_COMPARE(sb.transport->requestsInFlight(), 0);
        QTest::qWait(300);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestDotsProvider)
#include "tst_dots_provider.moc"
