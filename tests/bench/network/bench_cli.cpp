// paydesk-bench-cli: `paydesk-cli customers list --all --output json` over 10,000 customers,
// side by side in one run with what a person would script instead: a shell loop following the
// cursors with curl and jq. Both run against the same paydesk-sandbox process; both outputs are
// checked to hold the same 10,000 customers. Prints one BENCH line (medians of 5 runs each).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int Customers = 10000;
constexpr int Runs = 5;
const char ClientId[] = "demo-client";
const char ApiKey[] = "demo-key-not-secret";

// The script a person would write: page after page, until has_more is false.
const char CurlLoop[] = R"sh(set -euo pipefail
out=$(mktemp)
after=""
while :; do
    page=$(curl -sf -u "$PAYDESK_CLIENT_ID:$PAYDESK_API_KEY" \
        "$PAYDESK_BASE_URL/v2/payment-customers?limit=100${after:+&starting_after=$after}")
    printf '%s' "$page" | jq -c '.data[]' >> "$out"
    [ "$(printf '%s' "$page" | jq -r '.has_more')" = true ] || break
    after=$(printf '%s' "$page" | jq -r '.data[-1].id')
done
jq -s . "$out"
rm -f "$out"
)sh";

QSet<QString> idsIn(const QByteArray &json)
{
    QSet<QString> ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        ids.insert(v.toObject().value(QLatin1String("id")).toString());
    return ids;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    QProcess sandbox;
    sandbox.start(QStringLiteral(PAYDESK_SANDBOX_PATH),
                  {QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--seed-customers"), QString::number(Customers),
                   QStringLiteral("--seed-intents"), QStringLiteral("0"),
                   QStringLiteral("--seed-sessions"), QStringLiteral("0")});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(60000)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    const QString base =
        QString::fromUtf8(sandbox.readLine()).trimmed().section(QLatin1Char(' '), -1) +
        QStringLiteral("/api");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAYDESK_BASE_URL"), base);
    env.insert(QStringLiteral("PAYDESK_CLIENT_ID"), QString::fromLatin1(ClientId));
    env.insert(QStringLiteral("PAYDESK_API_KEY"), QString::fromLatin1(ApiKey));

    const auto timed = [&](const QString &program, const QStringList &args, QByteArray *out) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(program, args);
        p.waitForFinished(600000);
        const double ms = clock.nsecsElapsed() / 1e6;
        *out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                         p.readAllStandardError().constData());
        return ms;
    };

    QList<double> ours, loop;
    QSet<QString> oursIds, loopIds;
    for (int run = 0; run < Runs; ++run) {
        QByteArray out;
        ours.append(
            timed(QStringLiteral(PAYDESK_CLI_PATH),
                  {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--all"),
                   QStringLiteral("--output"), QStringLiteral("json")},
                  &out));
        oursIds = idsIn(out);
        loop.append(timed(QStringLiteral("bash"),
                          {QStringLiteral("-c"), QString::fromLatin1(CurlLoop)}, &out));
        loopIds = idsIn(out);
    }
    sandbox.terminate();
    sandbox.waitForFinished();

    if (oursIds.size() != Customers || oursIds != loopIds) {
        std::fprintf(stderr, "the outputs differ: paydesk-cli %lld customers, curl+jq %lld\n",
                     static_cast<long long>(oursIds.size()),
                     static_cast<long long>(loopIds.size()));
        return 1;
    }
    const double o = median(ours);
    const double b = median(loop);
    std::printf(
        "BENCH cli_list_all_10k_customers_json ours=%.0f baseline=%.0f unit=ms ratio=%.2f\n", o, b,
        b / o);
    return 0;
}
