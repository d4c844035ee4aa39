// paydesk-sandbox as other tools drive it: its first line, its options, and a clean stop on
// SIGTERM or SIGINT that saves the state file.

#include "sandbox/sandbox_test_support.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::testing;

namespace {

constexpr int kStartTimeoutMs = 30000;

// A paydesk-sandbox process, stopped and waited for when it goes.
class Sandbox
{
public:
    explicit Sandbox(QStringList arguments, const QProcessEnvironment &environment =
                                                QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(PAYDESK_SANDBOX_EXECUTABLE), arguments);
    }
    ~Sandbox()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QProcess &process() { return m_process; }

    // The first line of standard output, once it is complete (empty if the process ends first).
    QByteArray firstLine()
    {
        while (!m_process.canReadLine() && m_process.waitForReadyRead(kStartTimeoutMs)) {
        }
        return m_process.readLine();
    }

    // The port from the first line, or 0 when the line is not exactly as promised.
    quint16 port()
    {
        static const QRegularExpression promise(
            u"^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"_s);
        const QRegularExpressionMatch match = promise.match(QString::fromUtf8(firstLine()));
        return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }

    bool stop(int signalNumber)
    {
        QSignalSpy finished(&m_process, &QProcess::finished);
        ::kill(pid_t(m_process.processId()), signalNumber);
        return finished.wait(kStartTimeoutMs);
    }

    // Runs a process that is expected to exit by itself (bad options, --help).
    bool waitForExit()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        return finished.wait(kStartTimeoutMs);
    }

private:
    QProcess m_process;
};

QStringList quickStart(QStringList extra = {})
{
    return QStringList{u"--port"_s,
                       u"0"_s,
                       u"--seed-customers"_s,
                       u"2"_s,
                       u"--seed-intents"_s,
                       u"5"_s,
                       u"--seed-sessions"_s,
                       u"1"_s,
                       u"--processing-delay-ms"_s,
                       u"0"_s} +
           extra;
}

} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void printsWhereItListensFirst();
    void stopsCleanlyOnSignals_data();
    void stopsCleanlyOnSignals();
    void savesAndResumesTheStateFile();
    void printsHelpWithTheDemoCredentials();
    void printsItsVersion();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void takesTheApiKeyFromTheEnvironment();
    void takesCredentialsFromOptions();
    void servesThePagedIntentListWhenAsked();
    void startsWithFaults();
    void failsWhenThePortIsTaken();
};

void TestSandboxCli::printsWhereItListensFirst()
{
    Sandbox sandbox(quickStart());

    const quint16 port = sandbox.port();

    QVERIFY(port != 0);
    HttpClient client(port);
    QCOMPARE(client.apiGet(u"payment-intents"_s).jsonArray().size(), 5);
    QCOMPARE(client.apiGet(u"payment-customers"_s).json()[u"data"_s].toArray().size(), 2);
}

void TestSandboxCli::stopsCleanlyOnSignals_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void TestSandboxCli::stopsCleanlyOnSignals()
{
    QFETCH(int, signalNumber);
    Sandbox sandbox(quickStart());
    QVERIFY(sandbox.port() != 0);

    QVERIFY(sandbox.stop(signalNumber));

    QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process().exitCode(), 0);
}

void TestSandboxCli::savesAndResumesTheStateFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo-state.json"_s);
    QString customer;
    {
        Sandbox first(quickStart({u"--state-file"_s, path}));
        HttpClient client(first.port());
        customer = client.createCustomer(u"Persisted"_s);
        QVERIFY(first.stop(SIGTERM));
        QCOMPARE(first.process().exitCode(), 0);
    }
    QVERIFY(QFile::exists(path));

    // Seeding options are ignored once the file exists: the sandbox carries on where it stopped.
    Sandbox second(quickStart({u"--state-file"_s, path, u"--seed-customers"_s, u"50"_s}));
    HttpClient client(second.port());

    QCOMPARE(client.apiGet(u"payment-customers/"_s + customer).json()[u"first_name"_s].toString(),
             u"Persisted"_s);
    QCOMPARE(client.apiGet(u"payment-customers"_s, QUrlQuery{{u"limit"_s, u"100"_s}})
                 .json()[u"data"_s]
                 .toArray()
                 .size(),
             3);
}

void TestSandboxCli::printsHelpWithTheDemoCredentials()
{
    Sandbox sandbox({u"--help"_s});
    QVERIFY(sandbox.waitForExit());

    const QString help = QString::fromUtf8(sandbox.process().readAllStandardOutput());

    QCOMPARE(sandbox.process().exitCode(), 0);
    QVERIFY(help.contains(QLatin1StringView(kDemoClientId)));
    QVERIFY(help.contains(QLatin1StringView(kDemoApiKey)));
    QVERIFY(help.contains(u"PAYDESK_SANDBOX_API_KEY"_s));
    for (const auto option :
         {"--port", "--client-id", "--api-key", "--seed-intents", "--seed-customers",
          "--seed-sessions", "--random-seed", "--processing-delay-ms", "--state-file",
          "--intents-list", "--latency-ms", "--unavailable-share", "--rate-limit-share",
          "--retry-after", "--rate-limit-rps", "--drop-before-share", "--drop-after-share",
          "--truncate-share"}) {
        QVERIFY2(help.contains(QLatin1StringView(option)), option);
    }
}

void TestSandboxCli::printsItsVersion()
{
    Sandbox sandbox({u"--version"_s});
    QVERIFY(sandbox.waitForExit());

    QCOMPARE(sandbox.process().readAllStandardOutput().trimmed(),
             QByteArray("paydesk-sandbox " PROJECT_VERSION));
}

void TestSandboxCli::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("negative seed")
        << QStringList{u"--seed-intents"_s, u"-4"_s} << u"--seed-intents"_s;
    QTest::newRow("share above 1")
        << QStringList{u"--truncate-share"_s, u"1.5"_s} << u"--truncate-share"_s;
    QTest::newRow("shares above 1 together")
        << QStringList{u"--drop-before-share"_s, u"0.7"_s, u"--drop-after-share"_s, u"0.7"_s}
        << u"add up to more than 1"_s;
    QTest::newRow("unknown list shape")
        << QStringList{u"--intents-list"_s, u"table"_s} << u"--intents-list"_s;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s} << u"colour"_s;
}

void TestSandboxCli::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, complaint);
    Sandbox sandbox(arguments);
    QVERIFY(sandbox.waitForExit());

    QVERIFY(sandbox.process().exitCode() != 0);
    QVERIFY(sandbox.process().readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(sandbox.process().readAllStandardError());
    QVERIFY2(error.contains(complaint), qPrintable(error));
}

void TestSandboxCli::takesTheApiKeyFromTheEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PAYDESK_SANDBOX_API_KEY"_s, u"sk_from_env"_s);
    Sandbox sandbox(quickStart(), environment);
    const quint16 port = sandbox.port();

    QCOMPARE(HttpClient(port).apiGet(u"refunds"_s).status, 401);
    QCOMPARE(
        HttpClient(port, basicAuthorization(QLatin1StringView(kDemoClientId), u"sk_from_env"_s))
            .apiGet(u"refunds"_s)
            .status,
        200);
}

void TestSandboxCli::takesCredentialsFromOptions()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PAYDESK_SANDBOX_API_KEY"_s, u"sk_from_env"_s);
    Sandbox sandbox(quickStart({u"--client-id"_s, u"shop"_s, u"--api-key"_s, u"sk_option"_s}),
                    environment);
    const quint16 port = sandbox.port();

    QCOMPARE(
        HttpClient(port, basicAuthorization(u"shop"_s, u"sk_option"_s)).apiGet(u"refunds"_s).status,
        200);
    QCOMPARE(HttpClient(port, basicAuthorization(u"shop"_s, u"sk_from_env"_s))
                 .apiGet(u"refunds"_s)
                 .status,
             401);
}

void TestSandboxCli::servesThePagedIntentListWhenAsked()
{
    Sandbox sandbox(quickStart({u"--intents-list"_s, u"paged"_s}));
    HttpClient client(sandbox.port());

    const QJsonObject page = client.apiGet(u"payment-intents"_s).json();

    QCOMPARE(page[u"data"_s].toArray().size(), 5);
    QCOMPARE(page[u"has_more"_s].toBool(), false);
}

void TestSandboxCli::startsWithFaults()
{
    Sandbox sandbox(quickStart({u"--rate-limit-share"_s, u"1"_s, u"--retry-after"_s, u"0"_s}));
    HttpClient client(sandbox.port());

    const HttpResult answer = client.apiGet(u"refunds"_s);

    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.header("retry-after"), "0");
}

void TestSandboxCli::failsWhenThePortIsTaken()
{
    const auto taken = startServer();
    Sandbox sandbox(quickStart({u"--port"_s, QString::number(taken->port())}));
    QVERIFY(sandbox.waitForExit());

    QCOMPARE(sandbox.process().exitCode(), 1);
    QVERIFY(!sandbox.process().readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
