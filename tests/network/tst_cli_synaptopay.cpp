// paydesk-cli speaking SynaptoPay: a real process against the sandbox's SynaptoPay routes, with
// the card terminal settled through the sandbox's admin route while the program waits. Runs
// inside a private keyring session (with-keyring.sh) for the profile tests.
#include "models/resources.h"
#include "sandbox/sandbox_server.h"
#include "scripted_server.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using paydesk::testing::ScriptedReply;
using paydesk::testing::ScriptedRequest;
using paydesk::testing::ScriptedServer;

namespace {

const QString Account = QString::fromLatin1(sandbox::kSynaptoPayDemoAccount);
const QString ApiKey = QString::fromLatin1(sandbox::kSynaptoPayDemoApiKey);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

class TestCliSynaptoPay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_config;

    // SynaptoPay through the environment: provider, account and key, no client id.
    QProcessEnvironment environment(bool withCredentials = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        for (const char *name : {"PAYDESK_BASE_URL", "PAYDESK_CLIENT_ID", "PAYDESK_API_KEY",
                                 "PAYDESK_APP_ID", "PAYDESK_PROVIDER", "PAYDESK_ACCOUNT"})
            env.remove(QString::fromLatin1(name));
        if (withCredentials) {
            env.insert(QStringLiteral("PAYDESK_PROVIDER"), QStringLiteral("synaptopay"));
            env.insert(QStringLiteral("PAYDESK_BASE_URL"),
                       m_server->synaptoPayBaseUrl().toString());
            env.insert(QStringLiteral("PAYDESK_ACCOUNT"), Account);
            env.insert(QStringLiteral("PAYDESK_API_KEY"), ApiKey);
        }
        return env;
    }

    QProcess *start(const QStringList &args, const QProcessEnvironment &env)
    {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("PAYDESK_CLI"), args);
        [&] { QVERIFY(process->waitForStarted(10000)); }();
        return process;
    }

    // Waits without blocking this thread's event loop: the sandbox answers from it.
    Run finish(QProcess *process, const QByteArray &input = {})
    {
        process->write(input);
        process->closeWriteChannel();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 60000); }();
        Run run;
        run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        run.out = QString::fromUtf8(process->readAllStandardOutput());
        run.err = QString::fromUtf8(process->readAllStandardError());
        process->deleteLater();
        return run;
    }

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        return finish(start(args, environment()), input);
    }

    Run cli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {})
    {
        return finish(start(args, env), input);
    }

    // Settles the payment waiting on a terminal the way its buttons do, as soon as one waits
    // there; false when none came within the time.
    bool settleWhenWaiting(const QString &deviceId, const QString &action)
    {
        QNetworkAccessManager manager;
        QUrl url = m_server->adminUrl();
        url.setPath(url.path() + QStringLiteral("/terminals/") + deviceId);
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Api-Key " + ApiKey.toUtf8());
            QNetworkReply *reply =
                manager.post(request, QByteArray(R"({"action":")") + action.toUtf8() + "\"}");
            while (!reply->isFinished() && !deadline.hasExpired())
                QTest::qWait(10);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            if (status == 200)
                return true;
            QTest::qWait(50); // 409: nothing waits there yet
        }
        return false;
    }

    // Every payment intent and checkout session of the account, as paydesk-cli lists them.
    qsizetype objectCount()
    {
        qsizetype count = 0;
        for (const char *family : {"intents", "checkout"}) {
            const Run r =
                cli({QStringLiteral("--output"), QStringLiteral("json"),
                     QString::fromLatin1(family), QStringLiteral("list"), QStringLiteral("--all")});
            if (r.exitCode != 0)
                qFatal("%s list failed: %s", family, qPrintable(r.err));
            count += r.json().array().size();
        }
        return count;
    }

    QString createCustomer()
    {
        const Run r =
            cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("customers"),
                 QStringLiteral("create"), QStringLiteral("--first-name"), QStringLiteral("Ada"),
                 QStringLiteral("--last-name"), QStringLiteral("Lovelace"),
                 QStringLiteral("--email"), QStringLiteral("ada@example.com")});
        if (r.exitCode != 0)
            qFatal("customer create failed: %s", qPrintable(r.err));
        return r.json().object().value(QLatin1String("name")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("PAYDESK_CLI")));
        QVERIFY(m_config.isValid());
        sandbox::SandboxOptions options;
        options.processingDelayMs = 0;
        options.terminalDelayMs = 120000; // the tests settle every terminal themselves
        options.seedSizes.synaptoPayData = true;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_server->listen());
    }

    void devicesInEveryFormat()
    {
        Run r = cli({QStringLiteral("devices"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.first().startsWith(QLatin1String("ID")), qPrintable(r.out));
        QVERIFY(lines.first().contains(QLatin1String("STATE")));
        QCOMPARE(lines.size(), 6); // the header and acct_demo's five terminals
        QVERIFY(r.out.contains(QLatin1String("accounts/acct_demo/devices/dvc_front_counter")));
        QVERIFY(r.out.contains(QLatin1String("PENDING")));
        QVERIFY(r.out.contains(QLatin1String("SUSPENDED")));
        QVERIFY(!r.out.contains(QLatin1String("dvc_second_counter"))); // another account's

        // As SynaptoPay sent them: one JSON array of its objects.
        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("devices"),
                 QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().isArray());
        const QJsonArray devices = r.json().array();
        QCOMPARE(devices.size(), 5);
        QStringList names;
        for (const QJsonValue &v : devices)
            names.append(shortId(v.toObject().value(QLatin1String("name")).toString()));
        QVERIFY(names.contains(QStringLiteral("dvc_cafe_bar")));
        QVERIFY(names.contains(QStringLiteral("dvc_back_office")));
        QVERIFY(devices.first().toObject().contains(QLatin1String("state")));

        r = cli({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("devices"),
                 QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--limit"),
                 QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // every page, two at a time
        QCOMPARE(lines.first(), QStringLiteral("id,name,model,state,currencies,serial_number"));
        QVERIFY(r.out.contains(QLatin1String(",GBP,")));
    }

    void intentsInEveryFormatByNameOrShortId()
    {
        Run r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                     QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--limit"),
                     QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = r.json().array();
        QVERIFY(all.size() > 3); // more than one page, followed by token
        const QJsonObject first = all.first().toObject();
        const QString name = first.value(QLatin1String("name")).toString();
        QVERIFY2(name.startsWith(QLatin1String("accounts/acct_demo/payment-intents/")),
                 qPrintable(name));
        QVERIFY(first.contains(QLatin1String("state"))); // SynaptoPay's own keys
        QVERIFY(first.value(QLatin1String("amount")).isString());

        r = cli({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("intents"),
                 QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("id,created,amount,currency,status")));
        QCOMPARE(r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), all.size() + 1);

        r = cli({QStringLiteral("intents"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("ID")));

        // The full name and the short id name the same intent, in every format.
        for (const QString &id : {name, shortId(name)}) {
            r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                     QStringLiteral("get"), id});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.json().object().value(QLatin1String("name")).toString(), name);
            r = cli({QStringLiteral("intents"), QStringLiteral("get"), id});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(name));
            r = cli({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("intents"),
                     QStringLiteral("get"), id});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(name + QLatin1Char(',')));
        }

        r = cli({QStringLiteral("intents"), QStringLiteral("get"), QStringLiteral("pi_nothing")});
        QCOMPARE(r.exitCode, 3);
    }

    void customersAndCheckoutInEveryFormat()
    {
        const QString customer = createCustomer();
        QVERIFY2(customer.startsWith(QLatin1String("accounts/acct_demo/customers/")),
                 qPrintable(customer));
        Run r = cli({QStringLiteral("customers"), QStringLiteral("get"), shortId(customer)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Lovelace")));
        r = cli({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("customers"),
                 QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(customer));

        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("checkout"),
                 QStringLiteral("create"), QStringLiteral("--item"), QStringLiteral("Tote=12.50x2"),
                 QStringLiteral("--currency"), QStringLiteral("gbp"),
                 QStringLiteral("--success-url"), QStringLiteral("https://shop.example.com/ok"),
                 QStringLiteral("--client-reference-id"), QStringLiteral("order-7")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject session = r.json().object();
        QCOMPARE(session.value(QLatin1String("amount")).toString(), QStringLiteral("2500"));
        QVERIFY2(r.err.contains(QLatin1String("the link asks for 25.00 GBP")), qPrintable(r.err));
        QCOMPARE(session.value(QLatin1String("currency")).toString(), QStringLiteral("GBP"));
        QCOMPARE(session.value(QLatin1String("client_reference_id")).toString(),
                 QStringLiteral("order-7"));
        const QString sessionName = session.value(QLatin1String("name")).toString();
        r = cli({QStringLiteral("checkout"), QStringLiteral("get"), shortId(sessionName)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(sessionName));
        r = cli({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("checkout"),
                 QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(sessionName));
    }

    void currencyInEitherCaseIsSentUpperCase()
    {
        const Run r =
            cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                 QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("12.34"),
                 QStringLiteral("--currency"), QStringLiteral("eUr"), QStringLiteral("--metadata"),
                 QStringLiteral("till=3")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject intent = r.json().object();
        QCOMPARE(intent.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(intent.value(QLatin1String("amount")).toString(), QStringLiteral("1234"));
        QCOMPARE(intent.value(QLatin1String("state")).toString(),
                 QStringLiteral("REQUIRES_PAYMENT_METHOD"));
    }

    void terminalPaymentWaitsUntilItSucceeds()
    {
        const QString customer = createCustomer();
        QProcess *process = start({QStringLiteral("--output"),
                                   QStringLiteral("json"),
                                   QStringLiteral("intents"),
                                   QStringLiteral("create"),
                                   QStringLiteral("--amount"),
                                   QStringLiteral("25.00"),
                                   QStringLiteral("--currency"),
                                   QStringLiteral("gbp"),
                                   QStringLiteral("--device"),
                                   QStringLiteral("dvc_front_counter"),
                                   QStringLiteral("--confirm"),
                                   QStringLiteral("--customer"),
                                   shortId(customer),
                                   QStringLiteral("--save-for-later"),
                                   QStringLiteral("off-session"),
                                   QStringLiteral("--transfer"),
                                   QStringLiteral("accounts/acct_second=5.50"),
                                   QStringLiteral("--metadata"),
                                   QStringLiteral("till=7"),
                                   QStringLiteral("--wait")},
                                  environment());
        QVERIFY(
            settleWhenWaiting(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        const Run r = finish(process);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject intent = r.json().object();
        QCOMPARE(intent.value(QLatin1String("state")).toString(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(intent.value(QLatin1String("device")).toString(),
                 QStringLiteral("accounts/acct_demo/devices/dvc_front_counter"));
        QCOMPARE(intent.value(QLatin1String("customer")).toString(), customer);
        QCOMPARE(intent.value(QLatin1String("setup_future_usage")).toString(),
                 QStringLiteral("OFF_SESSION"));
        QVERIFY(!intent.value(QLatin1String("payment_method")).toString().isEmpty());
        const QJsonObject transfer =
            intent.value(QLatin1String("transfers")).toArray().first().toObject();
        QCOMPARE(transfer.value(QLatin1String("amount")).toString(), QStringLiteral("550"));
        QCOMPARE(intent.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("till"))
                     .toString(),
                 QStringLiteral("7"));
    }

    void terminalDeclineIsExitThreeNamingTheDevice()
    {
        QProcess *process = start(
            {QStringLiteral("intents"), QStringLiteral("create"), QStringLiteral("--amount"),
             QStringLiteral("9.99"), QStringLiteral("--currency"), QStringLiteral("EUR"),
             QStringLiteral("--device"), QStringLiteral("accounts/acct_demo/devices/dvc_cafe_bar"),
             QStringLiteral("--confirm"), QStringLiteral("--wait")},
            environment());
        QVERIFY(settleWhenWaiting(QStringLiteral("dvc_cafe_bar"), QStringLiteral("decline")));
        const Run r = finish(process);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(QLatin1String("paydesk-cli: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("dvc_cafe_bar")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("card_declined")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("accounts/acct_demo/payment-intents/")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void terminalStillWaitingAtTheTimeoutIsExitFive()
    {
        const Run r =
            cli({QStringLiteral("intents"), QStringLiteral("create"), QStringLiteral("--amount"),
                 QStringLiteral("30"), QStringLiteral("--currency"), QStringLiteral("gbp"),
                 QStringLiteral("--device"), QStringLiteral("dvc_front_counter"),
                 QStringLiteral("--confirm"), QStringLiteral("--wait"),
                 QStringLiteral("--wait-timeout"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QLatin1String("still in progress")), qPrintable(r.err));
        const qsizetype at = r.err.indexOf(QLatin1String("Check with: paydesk-cli intents get "));
        QVERIFY2(at >= 0, qPrintable(r.err));
        const QString name =
            r.err.mid(at).section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), -1);

        // It still waits on the terminal; once a card comes, `intents get` sees it succeed.
        QVERIFY(
            settleWhenWaiting(QStringLiteral("dvc_front_counter"), QStringLiteral("present_card")));
        const Run later = cli({QStringLiteral("--output"), QStringLiteral("json"),
                               QStringLiteral("intents"), QStringLiteral("get"), shortId(name)});
        QCOMPARE(later.exitCode, 0);
        QCOMPARE(later.json().object().value(QLatin1String("state")).toString(),
                 QStringLiteral("SUCCEEDED"));
    }

    void badInputIsExitTwoAndSendsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("rule");
        const QStringList gbp{"intents", "create", "--amount", "10", "--currency", "gbp"};
        const QStringList terminal =
            gbp + QStringList{"--confirm", "--device", "dvc_front_counter"};

        QTest::newRow("transfer account not a name")
            << gbp + QStringList{"--transfer", "acct_second=1"} << "--transfer"
            << "accounts/acct_123";
        QTest::newRow("transfer malformed")
            << gbp + QStringList{"--transfer", "accounts/acct_second"} << "--transfer"
            << "ACCOUNT=AMOUNT";
        QTest::newRow("transfers over the amount")
            << gbp + QStringList{"--transfer", "accounts/acct_second=6", "--transfer",
                                 "accounts/acct_third=5"}
            << "--transfer"
            << "more than the payment's";
        QTest::newRow("two transfers to one account")
            << gbp + QStringList{"--transfer", "accounts/acct_second=1", "--transfer",
                                 "accounts/acct_second=2"}
            << "--transfer"
            << "same account";
        QTest::newRow("transfer too precise")
            << gbp + QStringList{"--transfer", "accounts/acct_second=1.001"} << "--transfer"
            << "accounts/acct_second=1.001";
        QTest::newRow("save for later without a customer")
            << terminal + QStringList{"--save-for-later", "off-session"} << "--save-for-later"
            << "customer";
        QTest::newRow("save for later, another value")
            << gbp + QStringList{"--save-for-later", "on-session"} << "--save-for-later"
            << "off-session";
        QTest::newRow("device without confirm")
            << gbp + QStringList{"--device", "dvc_front_counter"} << "--device"
            << "confirm";
        QTest::newRow("confirm with neither method nor device")
            << gbp + QStringList{"--confirm"} << "--payment-method"
            << "card terminal";
        QTest::newRow("too many decimals for GBP")
            << QStringList{"intents", "create", "--amount", "1.234", "--currency", "gbp"}
            << "--amount"
            << "";
        QTest::newRow("decimals for JPY")
            << QStringList{"intents", "create", "--amount", "100.5", "--currency", "jpy"}
            << "--amount"
            << "";
        QStringList many = gbp;
        for (int i = 0; i < 51; ++i)
            many << QStringLiteral("--metadata") << QStringLiteral("key%1=v").arg(i);
        QTest::newRow("metadata too many keys") << many << "--metadata"
                                                << "at most";
        QTest::newRow("metadata key too long")
            << gbp + QStringList{"--metadata", QString(41, QLatin1Char('k')) + "=v"} << "--metadata"
            << "longer than 40 characters";
        QTest::newRow("metadata value too long")
            << gbp + QStringList{"--metadata", "note=" + QString(501, QLatin1Char('v'))}
            << "--metadata"
            << "longer than 500";
        QTest::newRow("terminal not paired")
            << gbp + QStringList{"--confirm", "--device", "dvc_back_office"} << "--device"
            << "";
        QTest::newRow("terminal suspended")
            << gbp + QStringList{"--confirm", "--device", "dvc_old_till"} << "--device"
            << "";
        QTest::newRow("no such terminal")
            << gbp + QStringList{"--confirm", "--device", "dvc_nowhere"} << "--device"
            << "devices list";
        QTest::newRow("terminal of another currency")
            << QStringList{"intents", "create",    "--amount", "10",          "--currency",
                           "usd",     "--confirm", "--device", "dvc_cafe_bar"}
            << "--currency"
            << "";
        QTest::newRow("device and payment method")
            << terminal + QStringList{"--payment-method", "pm_1"} << "--payment-method"
            << "card terminal";
        QTest::newRow("wait without confirm") << gbp + QStringList{"--wait"} << "--wait"
                                              << "--confirm";
        QTest::newRow("wait timeout zero")
            << terminal + QStringList{"--wait", "--wait-timeout", "0"} << "--wait-timeout"
            << "";
        QTest::newRow("description")
            << gbp + QStringList{"--description", "Counter sale"} << "--description"
            << "metadata";
        QTest::newRow("application fee")
            << gbp + QStringList{"--application-fee", "1"} << "--application-fee"
            << "transfer";
        QTest::newRow("customer not a customer")
            << gbp + QStringList{"--customer", "accounts/acct_demo/devices/dvc_1"} << "--customer"
            << "";
        QTest::newRow("confirm later")
            << QStringList{"intents", "confirm", "pi_1", "--payment-method", "pm_1"} << ""
            << "confirms a payment when it is created";
        QTest::newRow("refund") << QStringList{"refunds", "create",   "--intent",
                                               "pi_1",    "--amount", "1"}
                                << ""
                                << "dashboard";
        const QStringList checkout{"checkout",   "create",        "--item",
                                   "Tote=12.50", "--success-url", "https://shop.example.com/ok"};
        QTest::newRow("checkout for a customer")
            << checkout + QStringList{"--customer", "cus_1"} << "--customer"
            << "does not tie a checkout link to a customer";
        QTest::newRow("checkout with an expiry")
            << checkout + QStringList{"--expires-in", "600"} << "--expires-in"
            << "leave the expiry out";
        QTest::newRow("account not an account")
            << QStringList{"--account", "shop", "devices", "list"} << "--account"
            << "acct_";
        QTest::newRow("unknown provider")
            << QStringList{"--provider", "paypal", "devices", "list"} << "--provider"
            << "synaptopay";
    }

    void badInputIsExitTwoAndSendsNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        QFETCH(QString, rule);
        const qsizetype before = objectCount();
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("paydesk-cli: ") + option), qPrintable(r.err));
        QVERIFY2(r.err.contains(rule), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(objectCount(), before);
    }

    void dotsRefusesWhatOnlySynaptoPayTakes()
    {
        // The same options against Dots: its limits, not its name, refuse them.
        QProcessEnvironment env = environment(false);
        env.insert(QStringLiteral("PAYDESK_BASE_URL"), m_server->apiBaseUrl().toString());
        env.insert(QStringLiteral("PAYDESK_CLIENT_ID"), m_server->options().clientId);
        env.insert(QStringLiteral("PAYDESK_API_KEY"), m_server->options().apiKey);
        Run r = cli({QStringLiteral("intents"), QStringLiteral("create"),
                     QStringLiteral("--amount"), QStringLiteral("5"), QStringLiteral("--currency"),
                     QStringLiteral("usd"), QStringLiteral("--confirm"), QStringLiteral("--device"),
                     QStringLiteral("dvc_front_counter")},
                    env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--device: Dots")), qPrintable(r.err));
        r = cli({QStringLiteral("devices"), QStringLiteral("list")}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("no card terminals")), qPrintable(r.err));
        // --account is for a provider whose key acts for an account.
        r = cli({QStringLiteral("--provider"), QStringLiteral("dots"), QStringLiteral("--account"),
                 QStringLiteral("acct_demo"), QStringLiteral("customers"), QStringLiteral("list")},
                env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--account")), qPrintable(r.err));
    }

    void accountByFlagOrEnvironment()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("PAYDESK_ACCOUNT"));
        Run r = cli({QStringLiteral("devices"), QStringLiteral("list")}, env);
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(QLatin1String("PAYDESK_ACCOUNT")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("PAYDESK_CLIENT_ID")));

        r = cli({QStringLiteral("--account"), Account, QStringLiteral("devices"),
                 QStringLiteral("list")},
                env);
        QCOMPARE(r.exitCode, 0);

        // The provider by flag instead of the environment.
        env.remove(QStringLiteral("PAYDESK_PROVIDER"));
        r = cli({QStringLiteral("--provider"), QStringLiteral("synaptopay"),
                 QStringLiteral("--account"), Account, QStringLiteral("devices"),
                 QStringLiteral("list")},
                env);
        QCOMPARE(r.exitCode, 0);

        // The key acts for acct_demo only: another account's path is refused, and the key is
        // never echoed.
        r = cli({QStringLiteral("--account"), QStringLiteral("acct_second"),
                 QStringLiteral("--provider"), QStringLiteral("synaptopay"),
                 QStringLiteral("devices"), QStringLiteral("list")},
                env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.contains(ApiKey));
    }

    void shortPagesAndAMissingTokenAreFollowed()
    {
        // Two rows a page whatever was asked, and only the token says whether there is more.
        ScriptedServer shortPages([](const ScriptedRequest &request, ScriptedReply &reply) {
            const int page = request.json().value(QLatin1String("page_token")).toString().toInt();
            QJsonArray items;
            for (int i = 0; i < 2; ++i)
                items.append(QJsonObject{
                    {QStringLiteral("name"),
                     QStringLiteral("accounts/acct_shop/payment-intents/pi_%1").arg(page * 2 + i)},
                    {QStringLiteral("amount"), QStringLiteral("100")},
                    {QStringLiteral("currency"), QStringLiteral("GBP")},
                    {QStringLiteral("state"), QStringLiteral("SUCCEEDED")}});
            QJsonObject body{{QStringLiteral("payment_intents"), items}};
            if (page < 2)
                body.insert(QStringLiteral("next_page_token"), QString::number(page + 1));
            reply.sendJson(200, body);
        });
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PAYDESK_BASE_URL"),
                   QStringLiteral("http://127.0.0.1:%1/v1").arg(shortPages.serverPort()));
        env.insert(QStringLiteral("PAYDESK_ACCOUNT"), QStringLiteral("acct_shop"));
        Run r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("intents"),
                     QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--limit"),
                     QStringLiteral("5")},
                    env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().array().size(), 6);
        QCOMPARE(shortPages.requests.size(), 3);
        QCOMPARE(shortPages.requests.constLast().path,
                 QStringLiteral("/v1/accounts/acct_shop/payment-intents:list"));
        QCOMPARE(shortPages.requests.constFirst().json().value(QLatin1String("page_size")).toInt(),
                 5);

        // A full page without a token is the last one: no second request, no loop.
        ScriptedServer noToken([](const ScriptedRequest &, ScriptedReply &reply) {
            QJsonArray items;
            for (int i = 0; i < 3; ++i)
                items.append(
                    QJsonObject{{QStringLiteral("name"),
                                 QStringLiteral("accounts/acct_shop/devices/dvc_%1").arg(i)},
                                {QStringLiteral("state"), QStringLiteral("ACTIVE")}});
            reply.sendJson(200, QJsonObject{{QStringLiteral("devices"), items}});
        });
        env.insert(QStringLiteral("PAYDESK_BASE_URL"),
                   QStringLiteral("http://127.0.0.1:%1/v1").arg(noToken.serverPort()));
        r = cli({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("devices"),
                 QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--limit"),
                 QStringLiteral("3")},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 4);
        QCOMPARE(noToken.requests.size(), 1);
    }

    void profilesAddSynaptoPayLoginAndUse()
    {
        const QString name = QStringLiteral("till");
        const QProcessEnvironment bare = environment(false);
        Run r = cli({QStringLiteral("profiles"), QStringLiteral("add"), name,
                     QStringLiteral("--provider"), QStringLiteral("synaptopay"),
                     QStringLiteral("--environment"), QStringLiteral("sandbox")},
                    bare);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--account")), qPrintable(r.err));
        r = cli({QStringLiteral("profiles"), QStringLiteral("add"), name,
                 QStringLiteral("--provider"), QStringLiteral("synaptopay"),
                 QStringLiteral("--environment"), QStringLiteral("sandbox"),
                 QStringLiteral("--account"), Account, QStringLiteral("--client-id"),
                 QStringLiteral("x")},
                bare);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--client-id")), qPrintable(r.err));
        r = cli({QStringLiteral("profiles"), QStringLiteral("add"), name,
                 QStringLiteral("--provider"), QStringLiteral("stripe"),
                 QStringLiteral("--environment"), QStringLiteral("sandbox")},
                bare);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--provider")), qPrintable(r.err));

        r = cli({QStringLiteral("profiles"), QStringLiteral("add"), name,
                 QStringLiteral("--provider"), QStringLiteral("synaptopay"),
                 QStringLiteral("--environment"), m_server->synaptoPayBaseUrl().toString(),
                 QStringLiteral("--account"), Account},
                bare);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("SynaptoPay")), qPrintable(r.err));

        r = cli({QStringLiteral("login"), QStringLiteral("--profile"), name}, bare,
                ApiKey.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);

        r = cli({QStringLiteral("--profile"), name, QStringLiteral("--output"),
                 QStringLiteral("json"), QStringLiteral("devices"), QStringLiteral("list")},
                bare);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 5);
        r = cli({QStringLiteral("--profile"), name, QStringLiteral("--provider"),
                 QStringLiteral("dots"), QStringLiteral("devices"), QStringLiteral("list")},
                bare);
        QCOMPARE(r.exitCode, 2);

        r = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("profiles"),
                 QStringLiteral("list")},
                bare);
        QCOMPARE(r.exitCode, 0);
        bool found = false;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject p = v.toObject();
            if (p.value(QLatin1String("name")).toString() != name)
                continue;
            found = true;
            QCOMPARE(p.value(QLatin1String("provider")).toString(), QStringLiteral("synaptopay"));
            QCOMPARE(p.value(QLatin1String("account")).toString(), Account);
        }
        QVERIFY(found);
        QVERIFY(!r.out.contains(ApiKey));

        // Nothing secret reached the settings file.
        QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(ApiKey.toUtf8()));
        }

        r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), name}, bare);
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSynaptoPay)
#include "tst_cli_synaptopay.moc"
