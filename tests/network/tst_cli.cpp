// paydesk-cli as a user runs it: a real process against a real sandbox, every command, every
// exit code and every output format. Runs inside a private keyring session (with-keyring.sh).
#include "sandbox/sandbox_server.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_config;

    QProcessEnvironment environment(bool withCredentials) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.remove(QStringLiteral("PAYDESK_BASE_URL"));
        env.remove(QStringLiteral("PAYDESK_CLIENT_ID"));
        env.remove(QStringLiteral("PAYDESK_API_KEY"));
        if (withCredentials) {
            env.insert(QStringLiteral("PAYDESK_BASE_URL"), m_server->apiBaseUrl().toString());
            env.insert(QStringLiteral("PAYDESK_CLIENT_ID"), m_server->options().clientId);
            env.insert(QStringLiteral("PAYDESK_API_KEY"), m_server->options().apiKey);
        }
        return env;
    }

    // Runs the CLI without blocking this thread's event loop: the sandbox answers from it.
    Run cli(const QStringList &args, bool withCredentials = true, const QByteArray &input = {},
            const QProcessEnvironment *customEnv = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(customEnv ? *customEnv : environment(withCredentials));
        process.start(qEnvironmentVariable("PAYDESK_CLI"), args);
        [&] { QVERIFY(process.waitForStarted(10000)); }();
        process.write(input);
        process.closeWriteChannel();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000); }();
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString createCustomer()
    {
        const Run r =
            cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("customers"),
                 QStringLiteral("create"), QStringLiteral("--first-name"), QStringLiteral("Grace"),
                 QStringLiteral("--last-name"), QStringLiteral("Hopper"), QStringLiteral("--email"),
                 QStringLiteral("grace@example.com")});
        if (r.exitCode != 0)
            qFatal("customer create failed: %s", qPrintable(r.err));
        return r.json().object().value(QLatin1String("id")).toString();
    }

    QString cardOf(const QString &customerId, const QString &word)
    {
        const Run r = cli({QStringLiteral("--output"), QStringLiteral("json"),
                           QStringLiteral("payment-methods"), QStringLiteral("list"),
                           QStringLiteral("--customer"), customerId});
        for (const QJsonValue &v : r.json().array())
            if (v.toObject().value(QLatin1String("description")).toString().contains(word))
                return v.toObject().value(QLatin1String("id")).toString();
        qFatal("no %s card", qPrintable(word));
    }

    void setFaults(const sandbox::FaultSettings &faults) { QVERIFY(m_server->setFaults(faults)); }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("PAYDESK_CLI")));
        QVERIFY(m_config.isValid());
        sandbox::SandboxOptions options;
        options.processingDelayMs = 0;
        options.seedSizes.customers = 30;
        options.seedSizes.paymentIntents = 40;
        options.seedSizes.checkoutSessions = 5;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_server->listen());
    }

    void init() { setFaults({}); }

    void versionAndHelp()
    {
        Run r = cli({QStringLiteral("--version")}, false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("paydesk-cli %1").arg(QStringLiteral(PAYDESK_VERSION)));
        r = cli({QStringLiteral("--help")}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Exit codes")));
        r = cli({}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Usage")));
    }

    void badUsageIsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown command") << QStringList{"charge"} << "Unknown command";
        QTest::newRow("unknown sub")
            << QStringList{"customers", "delete"} << "list, get, create or check";
        QTest::newRow("bad output") << QStringList{"--output", "xml", "customers", "list"}
                                    << "--output must be table, json or csv";
        QTest::newRow("option of another command")
            << QStringList{"customers", "list", "--amount", "5"} << "--amount does not apply";
        QTest::newRow("limit zero") << QStringList{"customers", "list", "--limit", "0"}
                                    << "--limit must be a whole number from 1 to 100";
        QTest::newRow("amount too precise")
            << QStringList{"intents", "create", "--amount", "1.005", "--currency", "usd"}
            << "--amount:";
        QTest::newRow("amount missing") << QStringList{"intents", "create", "--currency", "usd"}
                                        << "--amount and --currency are required";
        QTest::newRow("unknown currency")
            << QStringList{"intents", "create", "--amount", "5", "--currency", "xyz"}
            << "--amount:";
        QTest::newRow("confirm without method")
            << QStringList{"intents", "confirm", "00000000-0000-4000-8000-000000000001"}
            << "--payment-method";
        QTest::newRow("customer without names")
            << QStringList{"customers", "create", "--email", "x@example.com"} << "--first-name";
        QTest::newRow("bad email") << QStringList{"customers", "create",  "--business-name",
                                                  "Acme",      "--email", "not-an-email"}
                                   << "--email";
        QTest::newRow("bad metadata") << QStringList{"customers", "create",     "--business-name",
                                                     "Acme",      "--metadata", "novalue"}
                                      << "--metadata must be KEY=VALUE";
        QTest::newRow("checkout without items")
            << QStringList{"checkout", "create", "--success-url", "https://shop.example.com/ok"}
            << "--item";
        QTest::newRow("checkout bad item")
            << QStringList{"checkout", "create",        "--item",
                           "Tea",      "--success-url", "https://a.example/ok"}
            << "--item must be NAME=PRICE";
        QTest::newRow("checkout expiry too long")
            << QStringList{"checkout",     "create",        "--item",
                           "Tea=4.50",     "--success-url", "https://a.example/ok",
                           "--expires-in", "10801"}
            << "--expires-in";
        QTest::newRow("checkout ftp url")
            << QStringList{"checkout", "create",        "--item",
                           "Tea=4.50", "--success-url", "ftp://a.example/ok"}
            << "--success-url";
        QTest::newRow("get without id") << QStringList{"customers", "get"} << "exactly one id";
        QTest::newRow("plain http elsewhere")
            << QStringList{"--base-url", "http://api.example.com/api", "customers", "list"}
            << "https://";
    }

    void badUsageIsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const qsizetype before = m_server->count(sandbox::Resource::PaymentCustomers) +
                                 m_server->count(sandbox::Resource::PaymentIntents) +
                                 m_server->count(sandbox::Resource::CheckoutSessions);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("paydesk-cli: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing was sent: nothing changed on the server.
        QCOMPARE(m_server->count(sandbox::Resource::PaymentCustomers) +
                     m_server->count(sandbox::Resource::PaymentIntents) +
                     m_server->count(sandbox::Resource::CheckoutSessions),
                 before);
    }

    void customersInEveryFormat()
    {
        const QString id = createCustomer();
        QVERIFY(!id.isEmpty());

        Run r = cli({QStringLiteral("customers"), QStringLiteral("get"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Hopper")));
        QVERIFY(r.out.contains(QLatin1String("first_name")));

        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("customers"),
                 QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().isArray());
        QCOMPARE(r.json().array().size(), 5);

        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("customers"),
                 QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--limit"),
                 QStringLiteral("7")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(qsizetype(r.json().array().size()),
                 m_server->count(sandbox::Resource::PaymentCustomers));

        r = cli({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--limit"),
                 QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith(QLatin1String("ID")));
    }

    void csvQuotesProperly()
    {
        const Run created =
            cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("customers"),
                 QStringLiteral("create"), QStringLiteral("--business-name"),
                 QStringLiteral("Smith, Jones & \"Sons\"")});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.json().object().value(QLatin1String("id")).toString();
        const Run r = cli({QStringLiteral("--output"), QStringLiteral("csv"),
                           QStringLiteral("customers"), QStringLiteral("get"), id});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("id,name,email,phone,country,created"));
        QVERIFY2(lines.at(1).startsWith(id + QStringLiteral(",\"Smith, Jones & \"\"Sons\"\"\",")),
                 qPrintable(lines.at(1)));
    }

    void takeAPaymentAndRefundIt()
    {
        const QString customer = createCustomer();
        const QString card = cardOf(customer, QStringLiteral("succeed"));
        Run r =
            cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                 QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("12.34"),
                 QStringLiteral("--currency"), QStringLiteral("usd"), QStringLiteral("--customer"),
                 customer, QStringLiteral("--description"), QStringLiteral("Counter sale"),
                 QStringLiteral("--metadata"), QStringLiteral("till=3")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject intent = r.json().object();
        QCOMPARE(intent.value(QLatin1String("amount")).toInteger(), 1234); // exact conversion
        QCOMPARE(intent.value(QLatin1String("status")).toString(), QStringLiteral("initialized"));
        const QString id = intent.value(QLatin1String("id")).toString();

        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                 QStringLiteral("confirm"), id, QStringLiteral("--payment-method"), card});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                 QStringLiteral("get"), id});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QLatin1String("status")).toString(),
                 QStringLiteral("succeeded"));

        // Confirming again: the API refuses (exit 3) and says so.
        r = cli({QStringLiteral("intents"), QStringLiteral("confirm"), id,
                 QStringLiteral("--payment-method"), card});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.startsWith(QLatin1String("paydesk-cli: ")));

        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("refunds"),
                 QStringLiteral("create"), QStringLiteral("--intent"), id,
                 QStringLiteral("--amount"), QStringLiteral("2.34"), QStringLiteral("--reason"),
                 QStringLiteral("requested_by_customer")});
        QCOMPARE(r.exitCode, 0);
        const QString refundId = r.json().object().value(QLatin1String("id")).toString();
        QVERIFY(!refundId.isEmpty());

        // More than what is left is stopped before sending.
        r = cli({QStringLiteral("refunds"), QStringLiteral("create"), QStringLiteral("--intent"),
                 id, QStringLiteral("--amount"), QStringLiteral("10.01")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--amount")));

        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("refunds"),
                 QStringLiteral("get"), refundId});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("refunds"),
                 QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(refundId));

        r = cli({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("intents"),
                 QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("id,created,amount,currency,status")));
        QVERIFY(r.out.contains(id + QLatin1Char(',')));
        QVERIFY(r.out.contains(QLatin1String(",12.34,USD,succeeded,")));
        // What was refunded and what the payment keeps, last, after the columns scripts read.
        QVERIFY(r.out.startsWith(QLatin1String(
            "id,created,amount,currency,status,customer_id,description,amount_refunded,net\r\n")));
        QVERIFY(r.out.contains(QLatin1String(",2.34,10.00\r\n")));
    }

    void declinedCardFails()
    {
        const QString customer = createCustomer();
        const QString card = cardOf(customer, QStringLiteral("declined"));
        Run r =
            cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                 QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("5"),
                 QStringLiteral("--currency"), QStringLiteral("usd"), QStringLiteral("--customer"),
                 customer, QStringLiteral("--payment-method"), card, QStringLiteral("--confirm")});
        QCOMPARE(r.exitCode, 0);
        const QString id = r.json().object().value(QLatin1String("id")).toString();
        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                 QStringLiteral("get"), id});
        QCOMPARE(r.json().object().value(QLatin1String("status")).toString(),
                 QStringLiteral("failed"));
    }

    void checkoutLinks()
    {
        Run r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("checkout"),
                     QStringLiteral("create"), QStringLiteral("--item"),
                     QStringLiteral("Coffee beans=18.50x2"), QStringLiteral("--item"),
                     QStringLiteral("Mug=9"), QStringLiteral("--success-url"),
                     QStringLiteral("https://shop.example.com/thanks"),
                     QStringLiteral("--customer-email"), QStringLiteral("buyer@example.com"),
                     QStringLiteral("--client-reference-id"), QStringLiteral("order-1"),
                     QStringLiteral("--expires-in"), QStringLiteral("3600")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject session = r.json().object();
        QCOMPARE(session.value(QLatin1String("amount_total")).toInteger(), 4600);
        QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("open"));
        const QString id = session.value(QLatin1String("id")).toString();
        QVERIFY(session.value(QLatin1String("checkout_session_url")).toString().contains(id));

        r = cli({QStringLiteral("checkout"), QStringLiteral("get"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("order-1")));
        r = cli({QStringLiteral("checkout"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(id));
    }

    void apiRejectionIsExitThree()
    {
        const Run r = cli({QStringLiteral("intents"), QStringLiteral("get"),
                           QStringLiteral("00000000-0000-4000-8000-00000000dead")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("not found")));
        QVERIFY(r.err.contains(QLatin1String("404")));
    }

    void serverFailureIsExitFour()
    {
        sandbox::FaultSettings faults;
        faults.serviceUnavailableShare = 1.0;
        setFaults(faults);
        Run r = cli({QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QLatin1String("503")));

        // A create refused before it was applied: checked, and reported not created.
        faults = {};
        faults.dropBeforeShare = 1.0;
        faults.writesOnly = true;
        setFaults(faults);
        r = cli({QStringLiteral("intents"), QStringLiteral("create"), QStringLiteral("--amount"),
                 QStringLiteral("3"), QStringLiteral("--currency"), QStringLiteral("usd")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QLatin1String("not created")));
    }

    void lostAnswerThatCannotBeCheckedIsExitFive()
    {
        sandbox::FaultSettings faults;
        faults.dropAfterShare = 1.0;
        setFaults(faults);
        const Run r =
            cli({QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("intents"),
                 QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("4"),
                 QStringLiteral("--currency"), QStringLiteral("usd")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(QLatin1String("paydesk_request_id")));
        QVERIFY(r.err.contains(QLatin1String("Request id:")));
        // How to find out is a command this program has, not a button of the console's.
        QVERIFY2(!r.err.contains(QLatin1String("Check again")), qPrintable(r.err));
        const qsizetype at = r.err.indexOf(QLatin1String("Check with: paydesk-cli intents check "));
        QVERIFY2(at >= 0, qPrintable(r.err));
        const QString requestId =
            r.err.mid(at).section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), -1);

        // With the server answering again, that command finds the one intent the create made.
        setFaults({});
        const Run check = cli({QStringLiteral("--output"), QStringLiteral("json"),
                               QStringLiteral("intents"), QStringLiteral("check"), requestId});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json()
                     .object()
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("paydesk_request_id"))
                     .toString(),
                 requestId);
        QCOMPARE(m_server->countWithMetadata(sandbox::Resource::PaymentIntents,
                                             QStringLiteral("paydesk_request_id"), requestId),
                 1);

        // A request id nothing was made for, checked cold (no time, no amount to go by): some
        // seeded intents show no metadata and could be it, so the honest answer is unknown.
        const Run none = cli({QStringLiteral("intents"), QStringLiteral("check"),
                              QStringLiteral("00000000-0000-4000-8000-000000000000")});
        QCOMPARE(none.exitCode, 5);
        QVERIFY2(none.err.contains(QLatin1String("does not show a request id")),
                 qPrintable(none.err));
        QVERIFY2(!none.err.contains(QLatin1String("safe to try again")), qPrintable(none.err));
    }

    void lostAnswerThatIsFoundIsSuccess()
    {
        sandbox::FaultSettings faults;
        faults.dropAfterShare = 1.0;
        faults.writesOnly = true;
        setFaults(faults);
        const qsizetype before = m_server->count(sandbox::Resource::PaymentIntents);
        const Run r =
            cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                 QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("6"),
                 QStringLiteral("--currency"), QStringLiteral("usd")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("found")));
        QCOMPARE(r.json().object().value(QLatin1String("amount")).toInteger(), 600);
        QCOMPARE(m_server->count(sandbox::Resource::PaymentIntents), before + 1);
    }

    void credentialsProblemsAreExitSix()
    {
        Run r = cli({QStringLiteral("customers"), QStringLiteral("list")}, false);
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains(QLatin1String("PAYDESK_API_KEY")));

        r = cli({QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("customers"),
                 QStringLiteral("list")},
                false);
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains(QLatin1String("no profile named")));
    }

    void wrongKeyIsRejectedAndNeverEchoed()
    {
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("PAYDESK_API_KEY"), QStringLiteral("wrong-secret-value"));
        const Run r = cli({QStringLiteral("customers"), QStringLiteral("list")}, true, {}, &env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("401")));
        QVERIFY(!r.err.contains(QLatin1String("wrong-secret-value")));
        QVERIFY(!r.out.contains(QLatin1String("wrong-secret-value")));
    }

    void flagsWinOverTheEnvironment()
    {
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("PAYDESK_BASE_URL"), QStringLiteral("http://127.0.0.1:1/api"));
        const Run r = cli({QStringLiteral("--base-url"), m_server->apiBaseUrl().toString(),
                           QStringLiteral("customers"), QStringLiteral("list")},
                          true, {}, &env);
        QCOMPARE(r.exitCode, 0);
    }

    void profilesLoginAndUse()
    {
        const QString name = QStringLiteral("local");
        Run r = cli({QStringLiteral("profiles"), QStringLiteral("add"), name,
                     QStringLiteral("--environment"), m_server->apiBaseUrl().toString(),
                     QStringLiteral("--client-id"), m_server->options().clientId},
                    false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("login")));

        r = cli({QStringLiteral("profiles"), QStringLiteral("add"), name,
                 QStringLiteral("--environment"), QStringLiteral("sandbox"),
                 QStringLiteral("--client-id"), QStringLiteral("x")},
                false);
        QCOMPARE(r.exitCode, 2); // exists already

        // Before login there is no key: a keychain problem, exit 6, saying what to do.
        r = cli({QStringLiteral("--profile"), name, QStringLiteral("customers"),
                 QStringLiteral("list")},
                false);
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains(QLatin1String("login")));

        r = cli({QStringLiteral("login"), QStringLiteral("--profile"), name}, false,
                m_server->options().apiKey.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("keychain")));

        r = cli({QStringLiteral("--profile"), name, QStringLiteral("--output"),
                 QStringLiteral("json"), QStringLiteral("customers"), QStringLiteral("list")},
                false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().isArray());

        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("profiles"),
                 QStringLiteral("list")},
                false);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject listed = r.json().array().first().toObject();
        QCOMPARE(listed.value(QLatin1String("name")).toString(), name);
        QCOMPARE(listed.value(QLatin1String("environment")).toString(), QStringLiteral("custom"));
        QVERIFY(!r.out.contains(m_server->options().apiKey)); // never the key

        // Nothing secret reached the settings file.
        QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(m_server->options().apiKey.toUtf8()));
        }

        r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), name}, false);
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("--profile"), name, QStringLiteral("customers"),
                 QStringLiteral("list")},
                false);
        QCOMPARE(r.exitCode, 6);
        r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), name}, false);
        QCOMPARE(r.exitCode, 2);
    }

    void loginWithoutAKeychainIsExitSix()
    {
        Run r =
            cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("nokeychain"),
                 QStringLiteral("--environment"), QStringLiteral("sandbox"),
                 QStringLiteral("--client-id"), QStringLiteral("id")},
                false);
        QCOMPARE(r.exitCode, 0);
        QProcessEnvironment env = environment(false);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/paydesk-no-bus"));
        r = cli(
            {QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("nokeychain")},
            false, "some-key\n", &env);
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(QLatin1String("gnome-keyring")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("some-key")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
