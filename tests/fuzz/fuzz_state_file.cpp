// The sandbox's state file loader (sandbox/state_file.*). The input is the file. Loading never
// crashes; a file that loads is served (every record renders as the API answers it), saves, and
// loads back to a store that saves to the same bytes.
#include "fuzz_support.h"
#include "sandbox/render.h"
#include "sandbox/state_file.h"
#include "sandbox/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

using namespace paydesk;
using namespace paydesk::fuzz;
using namespace paydesk::sandbox;

namespace {

const QTemporaryDir &workDir()
{
    static const QTemporaryDir dir;
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
    store.intents.forEach([&](const PaymentIntent &intent) { renderIntent(intent, now); });
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
    writeFile(input, bytes(data, size));

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
