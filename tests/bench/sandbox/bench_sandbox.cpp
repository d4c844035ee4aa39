// paydesk-bench-sandbox: load on paydesk-sandbox from 8 concurrent loopback clients.
//
// Starts the sandbox as a separate process (so its memory can be read from /proc and the clients
// do not share its event loop), seeded with 20,000 payment intents, then runs two equal rounds,
// each a fixed number of list requests (100 intents a page) and then of creates, reading the
// server's resident memory at the start and after each round. Prints one line per figure:
//   BENCH <name> value=<value> unit=<unit>
// Also times seeding 100,000 intents in-process, and compares creates without a state file (all
// in memory) with creates journaled to one (each fsync'd before its answer): two sandboxes side
// by side, taking turns for several rounds, printing each mode's median. Last, Dots' and
// SynaptoPay's routes side by side on one sandbox: creating an intent (SynaptoPay's with an
// Idempotency-Key), reading one back, and listing a page of 100, each provider taking its turn
// for several rounds, printing each provider's medians and SynaptoPay's ratio to Dots. Run a
// Release build:
//   <build>/tests/bench/sandbox/paydesk-bench-sandbox [--requests N] [--durable-requests N]
//       [--durable-rounds N] [--state-dir DIR] [--provider-requests N] [--provider-rounds N]

#include "sandbox/sandbox_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;

namespace {

constexpr int kClients = 8;

void bench(const QString &name, double value, const char *unit)
{
    std::printf("BENCH %s value=%.2f unit=%s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

// One client: a request at a time on its own connection (kept alive), until its share is done.
class Client : public QObject
{
    Q_OBJECT

public:
    using MakeRequest = std::function<QNetworkReply *(QNetworkAccessManager &)>;

    Client(MakeRequest makeRequest, int requests)
        : m_makeRequest(std::move(makeRequest))
        , m_remaining(requests)
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    // Called with the body of each successful answer (to keep the ids of what was created).
    void setOnAnswer(std::function<void(const QJsonDocument &)> onAnswer)
    {
        m_onAnswer = std::move(onAnswer);
    }
    void start() { next(); }
    const std::vector<double> &latenciesMs() const { return m_latenciesMs; }
    int errors() const { return m_errors; }

signals:
    void done();

private:
    void next()
    {
        if (m_remaining-- == 0) {
            emit done();
            return;
        }
        m_timer.start();
        QNetworkReply *reply = m_makeRequest(m_network);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_latenciesMs.push_back(double(m_timer.nsecsElapsed()) / 1e6);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
            if (reply->error() != QNetworkReply::NoError || status != 200 || answer.isNull())
                ++m_errors;
            else if (m_onAnswer)
                m_onAnswer(answer);
            reply->deleteLater();
            next();
        });
    }

    QNetworkAccessManager m_network;
    MakeRequest m_makeRequest;
    std::function<void(const QJsonDocument &)> m_onAnswer;
    int m_remaining;
    QElapsedTimer m_timer;
    std::vector<double> m_latenciesMs;
    int m_errors = 0;
};

struct PhaseResult
{
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int errors = 0;
};

PhaseResult runPhase(const Client::MakeRequest &makeRequest, int totalRequests,
                     const std::function<void(const QJsonDocument &)> &onAnswer = {})
{
    std::vector<std::unique_ptr<Client>> clients;
    QEventLoop loop;
    int running = kClients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<Client>(makeRequest, totalRequests / kClients));
        clients.back()->setOnAnswer(onAnswer);
        QObject::connect(clients.back().get(), &Client::done, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
    }
    QElapsedTimer wall;
    wall.start();
    for (const auto &client : clients)
        client->start();
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    PhaseResult result;
    std::vector<double> latencies;
    for (const auto &client : clients) {
        latencies.insert(latencies.end(), client->latenciesMs().cbegin(),
                         client->latenciesMs().cend());
        result.errors += client->errors();
    }
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies.at(std::min(latencies.size() - 1, size_t(p * double(latencies.size()))));
    };
    result.requestsPerSecond = double(latencies.size()) / seconds;
    result.p50Ms = percentile(0.50);
    result.p99Ms = percentile(0.99);
    return result;
}

double residentMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression rss(u"VmRSS:\\s+(\\d+) kB"_s);
    const QRegularExpressionMatch match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024 : -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// A paydesk-sandbox process; its API's payment intents URL, or an empty URL when it did not
// start.
QUrl startSandbox(QProcess &sandbox, const QStringList &arguments)
{
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QStringLiteral(PAYDESK_SANDBOX_EXECUTABLE),
                  QStringList{u"--port"_s, u"0"_s, u"--processing-delay-ms"_s, u"0"_s} + arguments);
    while (!sandbox.canReadLine() && sandbox.waitForReadyRead(30000)) {
    }
    static const QRegularExpression firstLine(u"^listening on (http://127\\.0\\.0\\.1:\\d+)\\n$"_s);
    const QRegularExpressionMatch match = firstLine.match(QString::fromUtf8(sandbox.readLine()));
    if (!match.hasMatch()) {
        std::fprintf(stderr, "paydesk-bench-sandbox: the sandbox did not start\n");
        return {};
    }
    return QUrl(match.captured(1) + u"/api/v2/payment-intents"_s);
}

// One provider's payment intent routes on a sandbox, as its client would call them.
struct ProviderRoutes
{
    QString name;
    Client::MakeRequest create;
    Client::MakeRequest get;
    Client::MakeRequest list;
    // The id (Dots) or resource name (SynaptoPay) in a create's answer.
    std::function<QString(const QJsonDocument &)> idOf;
    QStringList ids; // what its creates made, for the reads
    int next = 0;    // the next of those ids to read
    std::map<QString, std::vector<double>> throughput, p50, p99;
};

// Dots and SynaptoPay on one sandbox, both starting without intents: for each operation the two
// take turns, round after round, so both meet the same load from the rest of the machine and
// hold as many intents when they list. Returns the number of failed requests.
int benchProvidersSideBySide(int requests, int rounds)
{
    QProcess sandbox;
    const QUrl dotsIntents =
        startSandbox(sandbox, {u"--seed-customers"_s, u"0"_s, u"--seed-intents"_s, u"0"_s,
                               u"--seed-sessions"_s, u"0"_s, u"--no-synaptopay-data"_s});
    if (dotsIntents.isEmpty())
        return 1;
    QUrl origin = dotsIntents;
    origin.setPath({});
    const QString spIntents =
        u"/v1/accounts/%1/payment-intents"_s.arg(QString::fromLatin1(kSynaptoPayDemoAccount));
    int created = 0;

    const auto dotsRequest = [](const QUrl &url) {
        QNetworkRequest request(url);
        request.setRawHeader(
            "Authorization",
            "Basic " + QByteArray(kDemoClientId).append(':').append(kDemoApiKey).toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return request;
    };
    const auto spRequest = [origin](const QString &path) {
        QUrl url = origin;
        // The ':' of ":list" must reach the wire as it is.
        url.setPath(path, QUrl::TolerantMode);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", QByteArray("Api-Key ") + kSynaptoPayDemoApiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return request;
    };

    ProviderRoutes dots;
    dots.name = u"dots"_s;
    dots.create = [&](QNetworkAccessManager &network) {
        const QJsonObject body{
            {u"amount"_s, 1000 + created % 5000},
            {u"currency"_s, u"usd"_s},
            {u"metadata"_s, QJsonObject{{u"paydesk_request_id"_s, u"side-%1"_s.arg(created++)}}}};
        return network.post(dotsRequest(dotsIntents),
                            QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    dots.get = [&](QNetworkAccessManager &network) {
        QUrl url = dotsIntents;
        url.setPath(url.path() + u'/' + dots.ids.at(dots.next++ % dots.ids.size()));
        return network.get(dotsRequest(url));
    };
    dots.list = [&](QNetworkAccessManager &network) {
        QUrl url = dotsIntents;
        url.setQuery(QUrlQuery{{u"limit"_s, u"100"_s}});
        return network.get(dotsRequest(url));
    };
    dots.idOf = [](const QJsonDocument &answer) {
        return answer.object().value(u"id"_s).toString();
    };

    ProviderRoutes synaptoPay;
    synaptoPay.name = u"synaptopay"_s;
    synaptoPay.create = [&](QNetworkAccessManager &network) {
        const QJsonObject body{
            {u"amount"_s, QString::number(1000 + created % 5000)},
            {u"currency"_s, u"USD"_s},
            {u"metadata"_s, QJsonObject{{u"paydesk_request_id"_s, u"side-%1"_s.arg(created++)}}}};
        QNetworkRequest request = spRequest(spIntents);
        request.setRawHeader("Idempotency-Key",
                             QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        return network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    synaptoPay.get = [&](QNetworkAccessManager &network) {
        return network.get(
            spRequest(u"/v1/"_s + synaptoPay.ids.at(synaptoPay.next++ % synaptoPay.ids.size())));
    };
    synaptoPay.list = [&](QNetworkAccessManager &network) {
        return network.post(
            spRequest(spIntents + u":list"_s),
            QJsonDocument(QJsonObject{{u"page_size"_s, 100}}).toJson(QJsonDocument::Compact));
    };
    synaptoPay.idOf = [](const QJsonDocument &answer) {
        return answer.object().value(u"name"_s).toString();
    };

    int errors = 0;
    const QStringList operations{u"create"_s, u"get"_s, u"list100"_s};
    for (int round = 0; round < rounds; ++round) {
        for (const QString &operation : operations) {
            for (ProviderRoutes *provider : {&dots, &synaptoPay}) {
                const Client::MakeRequest &make = operation == u"create"_s ? provider->create
                                                  : operation == u"get"_s  ? provider->get
                                                                           : provider->list;
                if (operation == u"get"_s && provider->ids.isEmpty()) {
                    ++errors; // its creates all failed: nothing to read
                    continue;
                }
                std::function<void(const QJsonDocument &)> keep;
                if (operation == u"create"_s) {
                    keep = [provider](const QJsonDocument &answer) {
                        provider->ids.append(provider->idOf(answer));
                    };
                }
                const PhaseResult result = runPhase(make, requests, keep);
                provider->throughput[operation].push_back(result.requestsPerSecond);
                provider->p50[operation].push_back(result.p50Ms);
                provider->p99[operation].push_back(result.p99Ms);
                errors += result.errors;
            }
        }
    }
    for (const QString &operation : operations) {
        for (ProviderRoutes *provider : {&dots, &synaptoPay}) {
            const QString prefix = u"sandbox_%1_%2_"_s.arg(provider->name, operation);
            bench(prefix + u"throughput_median"_s, median(provider->throughput[operation]),
                  "req/s");
            bench(prefix + u"p50_median"_s, median(provider->p50[operation]), "ms");
            bench(prefix + u"p99_median"_s, median(provider->p99[operation]), "ms");
        }
        const QString ratio = u"sandbox_synaptopay_vs_dots_%1_"_s.arg(operation);
        bench(ratio + u"throughput_ratio"_s,
              median(synaptoPay.throughput[operation]) / median(dots.throughput[operation]), "x");
        bench(ratio + u"p50_ratio"_s,
              median(synaptoPay.p50[operation]) / median(dots.p50[operation]), "x");
    }
    sandbox.terminate();
    sandbox.waitForFinished();
    return errors;
}

void benchSeeding()
{
    SandboxServer server;
    QElapsedTimer timer;
    timer.start();
    server.seed({1000, 100'000, 1000}, 1);
    bench(u"sandbox_seed_100k_intents"_s, double(timer.nsecsElapsed()) / 1e6, "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption requestsOption(
        u"requests"_s, u"Requests per phase, split over 8 clients."_s, u"N"_s, u"4000"_s);
    parser.addOption(requestsOption);
    const QCommandLineOption durableRequestsOption(
        u"durable-requests"_s,
        u"Creates per round of the state file comparison, split over 8 clients."_s, u"N"_s,
        u"1000"_s);
    parser.addOption(durableRequestsOption);
    const QCommandLineOption durableRoundsOption(
        u"durable-rounds"_s, u"Rounds of the state file comparison, for each mode."_s, u"N"_s,
        u"5"_s);
    parser.addOption(durableRoundsOption);
    const QCommandLineOption stateDirOption(
        u"state-dir"_s, u"Folder for the journaled sandbox's state file (the disk measured)."_s,
        u"DIR"_s, QDir::tempPath());
    parser.addOption(stateDirOption);
    const QCommandLineOption providerRequestsOption(
        u"provider-requests"_s,
        u"Requests per operation and round of the Dots and SynaptoPay comparison, split over 8 "
        "clients."_s,
        u"N"_s, u"1000"_s);
    parser.addOption(providerRequestsOption);
    const QCommandLineOption providerRoundsOption(
        u"provider-rounds"_s, u"Rounds of the Dots and SynaptoPay comparison."_s, u"N"_s, u"5"_s);
    parser.addOption(providerRoundsOption);
    parser.process(app);
    const int requests = std::max(kClients, parser.value(requestsOption).toInt());
    const int durableRequests = std::max(kClients, parser.value(durableRequestsOption).toInt());
    const int durableRounds = std::max(1, parser.value(durableRoundsOption).toInt());
    const int providerRequests = std::max(kClients, parser.value(providerRequestsOption).toInt());
    const int providerRounds = std::max(1, parser.value(providerRoundsOption).toInt());

    benchSeeding();

    QProcess sandbox;
    const QUrl api = startSandbox(sandbox, {u"--seed-customers"_s, u"200"_s, u"--seed-intents"_s,
                                            u"20000"_s, u"--seed-sessions"_s, u"50"_s});
    if (api.isEmpty())
        return 1;
    const QByteArray authorization =
        "Basic " + QByteArray(kDemoClientId).append(':').append(kDemoApiKey).toBase64();

    const auto request = [&](const QUrl &url) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return request;
    };
    QUrl listUrl = api;
    listUrl.setQuery(QUrlQuery{{u"limit"_s, u"100"_s}});
    const Client::MakeRequest list = [&](QNetworkAccessManager &network) {
        return network.get(request(listUrl));
    };
    int created = 0;
    const Client::MakeRequest create = [&](QNetworkAccessManager &network) {
        const QJsonObject body{
            {u"amount"_s, 1000 + created % 5000},
            {u"currency"_s, u"usd"_s},
            {u"metadata"_s, QJsonObject{{u"paydesk_request_id"_s, u"bench-%1"_s.arg(created++)}}}};
        return network.post(request(api), QJsonDocument(body).toJson(QJsonDocument::Compact));
    };

    // Each round stores its creates, so memory should grow by the same amount in both rounds
    // and by nothing else.
    bench(u"sandbox_rss_at_start"_s, residentMiB(sandbox.processId()), "MiB");
    int errors = 0;
    for (int round = 1; round <= 2; ++round) {
        for (const auto &[name, makeRequest] :
             {std::pair{u"list100"_s, list}, std::pair{u"create"_s, create}}) {
            const PhaseResult result = runPhase(makeRequest, requests);
            const QString prefix = u"sandbox_%1_round%2_"_s.arg(name).arg(round);
            bench(prefix + u"throughput"_s, result.requestsPerSecond, "req/s");
            bench(prefix + u"p50"_s, result.p50Ms, "ms");
            bench(prefix + u"p99"_s, result.p99Ms, "ms");
            errors += result.errors;
        }
        bench(u"sandbox_rss_after_round%1"_s.arg(round), residentMiB(sandbox.processId()), "MiB");
    }
    sandbox.terminate();
    sandbox.waitForFinished();

    // Creates without a state file and with one, on two small sandboxes taking turns, so both
    // meet the same load from the rest of the machine.
    QTemporaryDir stateDir(parser.value(stateDirOption) + u"/paydesk-bench-XXXXXX"_s);
    if (!stateDir.isValid()) {
        std::fprintf(stderr, "paydesk-bench-sandbox: cannot make a folder for the state file\n");
        return 1;
    }
    const QStringList smallSeed{u"--seed-customers"_s, u"20"_s, u"--seed-intents"_s, u"200"_s,
                                u"--seed-sessions"_s,  u"5"_s};
    struct Mode
    {
        QString name;
        QStringList arguments;
        std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
        QUrl api;
        std::vector<double> throughput, p50, p99;
    };
    Mode modes[2];
    modes[0].name = u"memory"_s;
    modes[0].arguments = smallSeed;
    modes[1].name = u"journal"_s;
    modes[1].arguments =
        smallSeed + QStringList{u"--state-file"_s, stateDir.filePath(u"bench-state.json"_s)};
    for (Mode &mode : modes) {
        mode.api = startSandbox(*mode.process, mode.arguments);
        if (mode.api.isEmpty())
            return 1;
    }
    for (int round = 0; round < durableRounds; ++round) {
        for (Mode &mode : modes) {
            const Client::MakeRequest createThere = [&](QNetworkAccessManager &network) {
                const QJsonObject body{
                    {u"amount"_s, 1000 + created % 5000},
                    {u"currency"_s, u"usd"_s},
                    {u"metadata"_s,
                     QJsonObject{{u"paydesk_request_id"_s, u"bench-%1"_s.arg(created++)}}}};
                return network.post(request(mode.api),
                                    QJsonDocument(body).toJson(QJsonDocument::Compact));
            };
            const PhaseResult result = runPhase(createThere, durableRequests);
            mode.throughput.push_back(result.requestsPerSecond);
            mode.p50.push_back(result.p50Ms);
            mode.p99.push_back(result.p99Ms);
            errors += result.errors;
        }
    }
    for (Mode &mode : modes) {
        const QString prefix = u"sandbox_create_%1_"_s.arg(mode.name);
        bench(prefix + u"throughput_median"_s, median(mode.throughput), "req/s");
        bench(prefix + u"p50_median"_s, median(mode.p50), "ms");
        bench(prefix + u"p99_median"_s, median(mode.p99), "ms");
        mode.process->terminate();
        mode.process->waitForFinished();
    }
    errors += benchProvidersSideBySide(providerRequests, providerRounds);
    bench(u"sandbox_errors"_s, errors, "count");
    return errors == 0 ? 0 : 1;
}

#include "bench_sandbox.moc"
