// The sandbox's state file loader and journal replay (sandbox/state_file.*). The input is the
// state file, then, after a NUL byte, journal lines to replay on top of it. Loading and replaying
// never crash; a refused file leaves the store alone; whatever loads is served (every record
// renders as the API answers it), saves, and loads back to a store that saves to the same bytes.
#include "fuzz_support.h"
#include "sandbox/render.h"
#include "sandbox/state_file.h"
#include "sandbox/store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>

using namespace paydesk;
using namespace paydesk::fuzz;
using namespace paydesk::sandbox;

namespace {

const QTemporaryDir &workDir()
{
    // In memory where there is such a folder: saving syncs the file to disk.
    static const QTemporaryDir dir((QDir(QStringLiteral("/dev/shm")).exists()
                                        ? QStringLiteral("/dev/shm")
                                        : QDir::tempPath()) +
                                   QStringLiteral("/paydesk-fuzz-XXXXXX"));
    if (!dir.isValid())
        fail("cannot make a temporary folder");
    return dir;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size())
        fail("cannot write the input file", path);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail("cannot read a saved file", path);
    return file.readAll();
}

// Everything the API would answer about the loaded records, at a fixed time.
void render(const Store &store)
{
    const qint64 now = 1767225600000 + store.clockOffsetMs; // 2026-01-01, moved by the offset
    const QUrl page(QStringLiteral("http://127.0.0.1/checkout/"));
    store.customers.forEach([](const Customer &customer) { renderCustomer(customer); });
    store.paymentMethods.forEach([](const PaymentMethod &method) { renderPaymentMethod(method); });
    store.intents.forEach([&](const PaymentIntent &intent) {
        // A list writes the intent as text without the object: the same on the wire.
        QByteArray text;
        writeIntentJson(text, intent, now);
        const QByteArray object =
            QJsonDocument(renderIntent(intent, now)).toJson(QJsonDocument::Compact);
        FUZZ_CHECK(QJsonDocument::fromJson(text) == QJsonDocument::fromJson(object),
                   "a listed intent's text differs from its object", QString::fromUtf8(text));
    });
    store.sessions.forEach([&](const CheckoutSession &session) {
        renderSession(session, now, page.resolved(QUrl(session.id)));
    });
    store.refunds.forEach([](const Refund &refund) { renderRefund(refund); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = workDir().filePath(QStringLiteral("input.json"));
    const QString saved = workDir().filePath(QStringLiteral("saved.json"));
    const QString resaved = workDir().filePath(QStringLiteral("resaved.json"));
    const QByteArray all = bytes(data, size);
    const qsizetype split = all.indexOf('\0');
    writeFile(input, split < 0 ? all : all.left(split));
    const QList<QByteArray> journal =
        split < 0 ? QList<QByteArray>() : all.mid(split + 1).split('\n');

    Store store;
    QString error;
    if (!loadStateFile(store, input, &error)) {
        FUZZ_CHECK(!error.isEmpty(), "a refused state file gives no reason", QString());
        FUZZ_CHECK(store.customers.size() == 0 && store.intents.size() == 0 &&
                       store.sessions.size() == 0 && store.refunds.size() == 0 &&
                       store.paymentMethods.size() == 0,
                   "a refused state file changed the store", error);
        return 0;
    }
    // Journal lines as a restart replays them: each an object, applied in order, stopping at
    // the first that is refused (the store may then hold part of it).
    for (const QByteArray &line : journal) {
        const QJsonDocument entry = QJsonDocument::fromJson(line);
        if (!entry.isObject())
            break;
        if (!applyJournalEntry(store, entry.object(), &error)) {
            FUZZ_CHECK(!error.isEmpty(), "a refused journal entry gives no reason", QString());
            break;
        }
    }
    render(store);

    FUZZ_CHECK(saveStateFile(store, saved, &error), "a loaded store does not save", error);
    Store reloaded;
    FUZZ_CHECK(loadStateFile(reloaded, saved, &error), "a saved store does not load back", error);
    FUZZ_CHECK(saveStateFile(reloaded, resaved, &error), "a reloaded store does not save", error);
    const QByteArray first = readFile(saved);
    const QByteArray second = readFile(resaved);
    FUZZ_CHECK(first == second, "a state file does not load and save back to itself",
               QString::fromUtf8(first) + u'\n' + QString::fromUtf8(second));
    return 0;
}
