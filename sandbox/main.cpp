// paydesk-sandbox: the local Dots-compatible API as a program, for the demo, scripts and tests.
// Its first line on standard output is exactly "listening on http://127.0.0.1:PORT".

#include "sandbox/sandbox_server.h"
#include "sandbox/termination_signals.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using namespace paydesk::sandbox;

namespace {

constexpr char kApiKeyVariable[] = "PAYDESK_SANDBOX_API_KEY";
constexpr char kSynaptoPayKeyVariable[] = "PAYDESK_SANDBOX_SYNAPTOPAY_API_KEY";
constexpr char kTerminalDelayVariable[] = "PAYDESK_SANDBOX_TERMINAL_DELAY_MS";

// Default seed for a demo: enough to fill every screen, small enough to start at once.
constexpr SeedSizes kDemoSeed{25, 200, 12, true};

QString description()
{
    return uR"(A local, stateful payments API speaking Dots and SynaptoPay, for Paydesk's demo mode
and tests.

It serves Dots at http://127.0.0.1:PORT/api/v2/... (payment intents, checkout sessions, payment
customers, payment methods, refunds) with HTTP Basic auth, and SynaptoPay on the same port at
http://127.0.0.1:PORT/v1/accounts/ACCOUNT/... (payment intents, customers, checkout sessions,
refunds, devices:list, ...) with "Authorization: Api-Key KEY". It answers the admin routes
under /admin (faults, reset, clock, terminals) with either credentials, and serves the pages
nobody signs in to: Dots' checkout pages under /checkout, SynaptoPay's under /pay, and a
simulated card terminal per SynaptoPay device under /terminal/DEVICE (for example
/terminal/dvc_front_counter). The first line on standard output is "listening on
http://127.0.0.1:PORT". Ctrl+C or SIGTERM stops it.

A SynaptoPay payment started on a terminal (confirm and device) waits for a card: present one,
decline it or let it time out on the terminal page, or with POST /admin/terminals/DEVICE
{"action": "present_card" | "decline" | "time_out"}. Left alone for --terminal-delay-ms it
settles by itself: amounts ending in 02 (such as 1002) are declined, amounts ending in 03 time
out, anything else succeeds. Amounts ending in 02 are declined online too, and so is the test
card accounts/ACCOUNT/payment-methods/pm_card_declined; pm_card_visa succeeds.

With --state-file every write is appended to PATH.journal and flushed to disk before it is
answered, so an answer of 200 survives even kill -9; on start the state file is loaded and the
journal replayed on top of it. Ctrl+C or SIGTERM folds the journal into the state file.

Unless told otherwise it accepts these demo credentials:
  Dots client id:   %1
  Dots API key:     %2
  SynaptoPay:       account %4, key %5
                    account %6, key %7
An API key given with --api-key or --synaptopay-api-key is visible to other users in ps;
prefer the environment variables %3 and %8, read when the options are absent.)"_s.arg(
        QLatin1StringView(kDemoClientId), QLatin1StringView(kDemoApiKey),
        QLatin1StringView(kApiKeyVariable), QLatin1StringView(kSynaptoPayDemoAccount),
        QLatin1StringView(kSynaptoPayDemoApiKey), QLatin1StringView(kSynaptoPaySecondAccount),
        QLatin1StringView(kSynaptoPaySecondApiKey), QLatin1StringView(kSynaptoPayKeyVariable));
}

struct CommandLine
{
    QCommandLineParser parser;
    QString error;

    QCommandLineOption add(const QString &name, const QString &help, const QString &valueName,
                           const QString &defaultValue = {})
    {
        const QString shownHelp =
            defaultValue.isEmpty() ? help : u"%1 Default: %2."_s.arg(help, defaultValue);
        QCommandLineOption option(name, shownHelp, valueName, defaultValue);
        parser.addOption(option);
        return option;
    }

    std::optional<qint64> integer(const QCommandLineOption &option, qint64 minimum, qint64 maximum)
    {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < minimum || value > maximum) {
            fail(u"--%1 must be a whole number from %2 to %3"_s.arg(
                option.names().constFirst(), QString::number(minimum), QString::number(maximum)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<double> share(const QCommandLineOption &option)
    {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < 0 || value > 1) {
            fail(u"--%1 must be a number from 0 to 1"_s.arg(option.names().constFirst()));
            return std::nullopt;
        }
        return value;
    }

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paydesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    CommandLine cli;
    cli.parser.setApplicationDescription(description());
    cli.parser.addHelpOption();
    cli.parser.addVersionOption();
    const auto port =
        cli.add(u"port"_s, u"Port on 127.0.0.1; 0 picks a free one."_s, u"N"_s, u"0"_s);
    const auto clientId = cli.add(u"client-id"_s, u"Client id for HTTP Basic auth."_s, u"ID"_s,
                                  QLatin1StringView(kDemoClientId));
    const auto apiKey =
        cli.add(u"api-key"_s, u"API key for HTTP Basic auth (see above)."_s, u"KEY"_s);
    const auto synaptoPayKey = cli.add(u"synaptopay-api-key"_s,
                                       u"SynaptoPay key of the account %1 (see above)."_s.arg(
                                           QLatin1StringView(kSynaptoPayDemoAccount)),
                                       u"KEY"_s);
    const auto seedCustomers = cli.add(u"seed-customers"_s, u"Payment customers to seed."_s, u"N"_s,
                                       QString::number(kDemoSeed.customers));
    const auto seedIntents = cli.add(
        u"seed-intents"_s, u"Payment intents to seed, besides those of paid checkout sessions."_s,
        u"N"_s, QString::number(kDemoSeed.paymentIntents));
    const auto seedSessions = cli.add(u"seed-sessions"_s, u"Checkout sessions to seed."_s, u"N"_s,
                                      QString::number(kDemoSeed.checkoutSessions));
    const auto randomSeed = cli.add(
        u"random-seed"_s, u"Seed of the seed data and of the fault rolls."_s, u"N"_s, u"1"_s);
    const auto processingDelay = cli.add(
        u"processing-delay-ms"_s,
        u"How long a confirmed payment stays processing before it settles."_s, u"N"_s, u"2000"_s);
    const auto terminalDelay = cli.add(
        u"terminal-delay-ms"_s,
        u"How long a SynaptoPay card terminal waits for a card before it settles by itself; "
        "also read from %1."_s.arg(QLatin1StringView(kTerminalDelayVariable)),
        u"N"_s, qEnvironmentVariable(kTerminalDelayVariable, u"5000"_s));
    const QCommandLineOption noSynaptoPayData(
        u"no-synaptopay-data"_s,
        u"Seed no SynaptoPay customers, payments or checkout sessions; the devices and test "
        "cards are there all the same."_s);
    cli.parser.addOption(noSynaptoPayData);
    const auto stateFile =
        cli.add(u"state-file"_s,
                u"Start from this file when it exists (instead of seeding), and keep every write "
                "in it durably (see above)."_s,
                u"PATH"_s);
    const auto intentsList = cli.add(
        u"intents-list"_s,
        u"Shape of GET /v2/payment-intents: \"array\" (the contract's bare array) or \"paged\" "
        "({data, has_more} like the other lists)."_s,
        u"SHAPE"_s, u"array"_s);
    const auto latency =
        cli.add(u"latency-ms"_s, u"Fault: delay every /api answer."_s, u"N"_s, u"0"_s);
    const auto unavailable =
        cli.add(u"unavailable-share"_s, u"Fault: share of /api requests refused with 503."_s,
                u"P"_s, u"0"_s);
    const auto rateLimited = cli.add(
        u"rate-limit-share"_s, u"Fault: share of /api requests refused with 429 and Retry-After."_s,
        u"P"_s, u"0"_s);
    const auto retryAfter = cli.add(
        u"retry-after"_s, u"Retry-After seconds of those 429s (0 allowed)."_s, u"S"_s, u"1"_s);
    const auto requestsPerSecond =
        cli.add(u"rate-limit-rps"_s, u"Fault: 429 above this many /api requests a second."_s,
                u"N"_s, u"0"_s);
    const auto dropBefore =
        cli.add(u"drop-before-share"_s,
                u"Fault: share of /api connections closed before the request is applied."_s, u"P"_s,
                u"0"_s);
    const auto dropAfter = cli.add(
        u"drop-after-share"_s,
        u"Fault: share of /api connections closed after the request is applied."_s, u"P"_s, u"0"_s);
    const auto truncate = cli.add(
        u"truncate-share"_s,
        u"Fault: share of successful /api answers whose JSON body is cut short."_s, u"P"_s, u"0"_s);
    const QCommandLineOption writesOnly(
        u"faults-writes-only"_s,
        u"Faults hit writes only (POST, but for SynaptoPay's :list reads); reads always get "
        "through."_s);
    cli.parser.addOption(writesOnly);
    cli.parser.process(app);

    SandboxOptions options;
    options.clientId = cli.parser.value(clientId);
    const QString keyFromEnvironment = qEnvironmentVariable(kApiKeyVariable);
    options.apiKey = cli.parser.isSet(apiKey)       ? cli.parser.value(apiKey)
                     : keyFromEnvironment.isEmpty() ? QString::fromLatin1(kDemoApiKey)
                                                    : keyFromEnvironment;
    const QString synaptoPayKeyFromEnvironment = qEnvironmentVariable(kSynaptoPayKeyVariable);
    options.synaptoPayApiKey = cli.parser.isSet(synaptoPayKey) ? cli.parser.value(synaptoPayKey)
                               : synaptoPayKeyFromEnvironment.isEmpty()
                                   ? QString::fromLatin1(kSynaptoPayDemoApiKey)
                                   : synaptoPayKeyFromEnvironment;
    if (options.synaptoPayApiKey == QLatin1StringView(kSynaptoPaySecondApiKey))
        cli.fail(u"--synaptopay-api-key must differ from the key of the second account"_s);
    options.terminalDelayMs = int(cli.integer(terminalDelay, 0, 86'400'000).value_or(0));
    options.seedSizes.synaptoPayData = !cli.parser.isSet(noSynaptoPayData);
    constexpr qint64 kMaxSeed = 1'000'000;
    options.seedSizes.customers = int(cli.integer(seedCustomers, 0, kMaxSeed).value_or(0));
    options.seedSizes.paymentIntents = int(cli.integer(seedIntents, 0, kMaxSeed).value_or(0));
    options.seedSizes.checkoutSessions = int(cli.integer(seedSessions, 0, kMaxSeed).value_or(0));
    options.randomSeed =
        quint64(cli.integer(randomSeed, 0, std::numeric_limits<qint64>::max()).value_or(0));
    options.processingDelayMs = int(cli.integer(processingDelay, 0, 3'600'000).value_or(0));
    options.stateFilePath = cli.parser.value(stateFile);
    const QString shape = cli.parser.value(intentsList);
    if (shape != "array"_L1 && shape != "paged"_L1)
        cli.fail(u"--intents-list must be \"array\" or \"paged\""_s);
    options.intentListShape =
        shape == "paged"_L1 ? IntentListShape::Paged : IntentListShape::BareArray;
    FaultSettings &faults = options.faults;
    faults.latencyMs = int(cli.integer(latency, 0, 3'600'000).value_or(0));
    faults.serviceUnavailableShare = cli.share(unavailable).value_or(0);
    faults.rateLimitShare = cli.share(rateLimited).value_or(0);
    faults.retryAfterSeconds = int(cli.integer(retryAfter, 0, 86'400).value_or(0));
    faults.requestsPerSecond = int(cli.integer(requestsPerSecond, 0, 1'000'000).value_or(0));
    faults.dropBeforeShare = cli.share(dropBefore).value_or(0);
    faults.dropAfterShare = cli.share(dropAfter).value_or(0);
    faults.truncateShare = cli.share(truncate).value_or(0);
    faults.writesOnly = cli.parser.isSet(writesOnly);
    if (!faults.isValid())
        cli.fail(u"the fault shares add up to more than 1; each request meets at most one"_s);
    const auto listenPort = cli.integer(port, 0, 65535);
    if (!cli.error.isEmpty()) {
        std::fprintf(stderr, "paydesk-sandbox: %s\n", qPrintable(cli.error));
        return 2;
    }

    // Catch the signals before announcing the port: a script may send one right after the line.
    TerminationSignals termination;
    SandboxServer server(options);
    if (!server.listen(quint16(*listenPort))) {
        std::fprintf(stderr, "paydesk-sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    int exitCode = 0;
    QObject::connect(&termination, &TerminationSignals::received, &app, [&] {
        QString error;
        if (!options.stateFilePath.isEmpty() && !server.saveState(options.stateFilePath, &error)) {
            std::fprintf(stderr, "paydesk-sandbox: %s\n", qPrintable(error));
            exitCode = 1;
        }
        app.quit();
    });
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    app.exec();
    return exitCode;
}
