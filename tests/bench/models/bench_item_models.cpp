// Compares Paydesk's payment intent model and proxy with the plain Qt way of showing the same
// list (a QStandardItemModel with one item per cell, under a QSortFilterProxyModel) on 100,000
// payment intents, or as many as the first argument says (paydesk-bench-models 1000000): time to
// load the rows, to sort by amount, to apply a text filter, and the heap each model holds.
//
// Prints one line per measurement:
//   BENCH <name> ours=<value> baseline=<value> unit=<unit> ratio=<baseline/ours>
// and, on lines starting with '#', what was measured. Times are the CPU time of the one thread
// doing the work (CLOCK_THREAD_CPUTIME_ID), the median of several runs: on a machine shared with
// builds, wall-clock time mostly measures the neighbours. Build in Release; under the sanitizers
// the heap figures are not available.

#include "models/intent_totals.h"
#include "models/payment_intent_filter_model.h"
#include "models/payment_intent_table_model.h"
#include "network/dots/dots_codec.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <memory>
#include <time.h>

using namespace paydesk;

namespace {

int IntentCount = 100'000;    // the first argument, when given
constexpr int PageSize = 100; // what one list request returns
int Runs = 5;                 // 3 from a million rows on
constexpr quint64 Seed = 20240301;
// A word found in about one description in six (two of the twelve products).
const QString FilterWord = QStringLiteral("subscription");

// --- Deterministic data --------------------------------------------------------------------

// splitmix64: the same sequence on every platform and compiler.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int bound) { return int(next() % quint64(bound)); }
    template <typename T, std::size_t N>
    const T &pick(const T (&choices)[N], const int (&weights)[N])
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (roll < weights[i])
                return choices[i];
            roll -= weights[i];
        }
        return choices[N - 1];
    }

private:
    quint64 m_state;
};

QString uuidFrom(quint64 a, quint64 b)
{
    char text[37];
    std::snprintf(text, sizeof text, "%08llx-%04llx-4%03llx-a%03llx-%012llx",
                  (unsigned long long)(a >> 32), (unsigned long long)((a >> 16) & 0xFFFF),
                  (unsigned long long)(a & 0xFFF), (unsigned long long)(b >> 52),
                  (unsigned long long)(b & 0xFFFFFFFFFFFFull));
    return QString::fromLatin1(text, 36);
}

constexpr int CustomerCount = 5'000;

QJsonObject intentJson(Random &random, int index)
{
    static const char *const statuses[] = {
        "succeeded",
        "failed",
        "canceled",
        "processing",
        "requires_payment_method",
        "requires_confirmation",
        "requires_action",
        "requires_capture",
        "created",
        "initialized",
        "under_review", // a status this build does not know
    };
    static const int statusWeights[] = {550, 80, 50, 50, 100, 40, 40, 30, 30, 25, 5};
    static const char *const currencies[] = {"usd", "eur", "gbp", "jpy"};
    static const int currencyWeights[] = {70, 20, 7, 3};
    static const char *const products[] = {
        "blue widget",        "red gadget",         "annual subscription", "monthly subscription",
        "coffee beans, 1 kg", "consulting hour",    "gift card",           "repair service",
        "express shipping",   "refurbished laptop", "yoga class pass",     "concert ticket",
    };
    static const char *const channels[] = {"web", "pos", "phone"};

    QJsonObject json;
    json.insert(QStringLiteral("id"), uuidFrom(random.next(), random.next()));
    json.insert(QStringLiteral("amount"), qint64(50 + random.below(500'000)));
    static const int equalWeights[] = {1, 1, 1};
    json.insert(QStringLiteral("currency"),
                QString::fromLatin1(random.pick(currencies, currencyWeights)));
    json.insert(QStringLiteral("status"),
                QString::fromLatin1(random.pick(statuses, statusWeights)));
    json.insert(QStringLiteral("user_id"), uuidFrom(Seed, Seed * 3));
    if (random.below(10) != 0) {
        const int customer = random.below(CustomerCount);
        json.insert(QStringLiteral("customer_id"), uuidFrom(quint64(customer) * 7919, 1));
        json.insert(QStringLiteral("payment_method_id"),
                    uuidFrom(quint64(customer) * 104729, quint64(random.below(2)) + 2));
    }
    if (random.below(20) != 0) {
        const int product = random.below(int(std::size(products)));
        json.insert(QStringLiteral("description"),
                    QStringLiteral("Order %1: %2").arg(100000 + index).arg(products[product]));
    }
    if (random.below(5) == 0)
        json.insert(QStringLiteral("application_fee_amount"), qint64(random.below(500)));
    if (random.below(10) < 3) {
        QJsonObject metadata;
        metadata.insert(QStringLiteral("order_id"),
                        QStringLiteral("ORD-%1").arg(random.below(1'000'000)));
        metadata.insert(QStringLiteral("channel"),
                        QString::fromLatin1(random.pick(channels, equalWeights)));
        json.insert(QStringLiteral("metadata"), metadata);
    }
    const QDateTime created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc())
                                  .addSecs(random.below(366 * 86400));
    json.insert(QStringLiteral("created"), created.toString(Qt::ISODate));
    json.insert(QStringLiteral("updated"),
                created.addSecs(random.below(3600)).toString(Qt::ISODate));
    return json;
}

// The intents as the client gets them: JSON pages of PageSize, each decoded by the Dots codec
// right before it is loaded, as the application does with each response. Every string is thus
// allocated per object, and a page is fresh in the cache when a model takes it.
class IntentPages
{
public:
    bool hasNext() const { return m_next < IntentCount; }
    QList<PaymentIntent> next()
    {
        QJsonArray array;
        for (int i = m_next; i < m_next + PageSize; ++i)
            array.append(intentJson(m_random, i));
        m_next += PageSize;
        const QByteArray body = QJsonDocument(array).toJson(QJsonDocument::Compact);
        dots::ListPage<PaymentIntent> page;
        QString error;
        if (!dots::decodePaymentIntentList(QJsonDocument::fromJson(body), &page, &error, nullptr))
            qFatal("Generated page does not decode: %s", qPrintable(error));
        return std::move(page.items);
    }

private:
    Random m_random{Seed};
    int m_next = 0;
};

// CPU time of this thread, in milliseconds.
double threadMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double millisecondsOf(const std::function<void()> &work)
{
    const double start = threadMilliseconds();
    work();
    return threadMilliseconds() - start;
}

// --- The baseline: the plain Qt way ----------------------------------------------------------

// The same ten columns as PaymentIntentTableModel, each cell a QStandardItem holding its
// display text. Amount and created also hold their raw value in SortRole so that they sort as
// numbers and instants (the proxy sorts on SortRole); text columns sort on their text and get no
// second copy. The amount is right-aligned, as in our model. That is the least a
// QStandardItemModel needs to show this table correctly, so the comparison is not padded.
constexpr int BaselineSortRole = Qt::UserRole + 1;
constexpr int BaselineColumns = PaymentIntentTableModel::ColumnCount;

QList<QStandardItem *> baselineRow(const PaymentIntent &intent, const QLocale &locale)
{
    auto *created =
        new QStandardItem(intent.created.isValid()
                              ? locale.toString(intent.created.toLocalTime(), QLocale::ShortFormat)
                              : QString());
    created->setData(intent.created, BaselineSortRole);
    auto *amount = new QStandardItem(intent.amount.toString(locale));
    amount->setData(intent.amount.minorUnits(), BaselineSortRole);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const std::optional<Money> refundedMoney = refundedAmount(intent);
    auto *refunded = new QStandardItem(refundState(intent) == RefundState::None || !refundedMoney
                                           ? QString()
                                           : refundedMoney->toString(locale));
    refunded->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const std::optional<Money> netMoney = netAmount(intent);
    auto *net = new QStandardItem(netMoney ? netMoney->toString(locale) : QString());
    net->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return {
        created,
        amount,
        new QStandardItem(intent.amount.currency()),
        refunded,
        net,
        new QStandardItem(intentStatusText(intent)),
        new QStandardItem(intent.customerId),
        new QStandardItem(intent.description),
        new QStandardItem(intent.paymentMethodId),
        new QStandardItem(intent.id),
    };
}

std::unique_ptr<QStandardItemModel> newBaselineModel()
{
    auto model = std::make_unique<QStandardItemModel>(0, BaselineColumns);
    QStringList headers;
    PaymentIntentTableModel reference;
    for (int column = 0; column < BaselineColumns; ++column)
        headers.append(reference.headerData(column, Qt::Horizontal).toString());
    model->setHorizontalHeaderLabels(headers);
    return model;
}

// Loads every page; returns the time spent in the model (decoding is not counted).
double loadBaseline(QStandardItemModel &model, int pageLimit = -1)
{
    const QLocale locale;
    IntentPages pages;
    double spent = 0;
    for (int n = 0; (pageLimit < 0 || n < pageLimit) && pages.hasNext(); ++n) {
        const QList<PaymentIntent> page = pages.next();
        spent += millisecondsOf([&] {
            for (const PaymentIntent &intent : page)
                model.appendRow(baselineRow(intent, locale));
        });
    }
    return spent;
}

double loadOurs(PaymentIntentTableModel &model, int pageLimit = -1)
{
    IntentPages pages;
    double spent = 0;
    for (int n = 0; (pageLimit < 0 || n < pageLimit) && pages.hasNext(); ++n) {
        QList<PaymentIntent> page = pages.next();
        spent += millisecondsOf([&] { model.upsert(std::move(page)); });
    }
    return spent;
}

// --- Measuring -------------------------------------------------------------------------------

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Heap in use: glibc's mallinfo2() counts the bytes malloc has handed out and not yet taken
// back, both from its arenas (uordblks) and as separate mappings for large blocks (hblkhd). The
// difference across building a model, measured after the decoded pages it was built from are
// freed, is the heap that model holds and nothing else: unlike RSS it is not blurred by pages
// the allocator keeps after a free. The process is single-threaded while measuring.
qint64 heapInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

bool heapMeasurable()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#else
    return heapInUse() > 0;
#endif
}

// Runs the event loop until the proxy shows the rows its filter asks for: on a table this large
// the filter is applied a slice per turn of the event loop.
void waitUntilFiltered(ResourceFilterModel &proxy)
{
    if (!proxy.isFiltering())
        return;
    QEventLoop loop;
    QObject::connect(&proxy, &ResourceFilterModel::filterChanged, &loop, &QEventLoop::quit);
    loop.exec();
}

void report(const char *name, double ours, double baseline, const char *unit)
{
    std::printf("BENCH %s ours=%.2f baseline=%.2f unit=%s ratio=%.2f\n", name, ours, baseline, unit,
                baseline / ours);
    std::fflush(stdout);
}

// Heap held by the model `build` returns. The pages it was loaded from are gone by then.
template <typename Model>
double heldMebibytes(const std::function<std::unique_ptr<Model>()> &build)
{
    const qint64 before = heapInUse();
    const std::unique_ptr<Model> model = build();
    const qint64 after = heapInUse();
    return double(after - before) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1) {
        bool ok = false;
        IntentCount = QString::fromLocal8Bit(argv[1]).toInt(&ok);
        if (!ok || IntentCount < PageSize || IntentCount % PageSize != 0) {
            std::fprintf(stderr, "usage: %s [ROWS]  (a multiple of %d; 100000 by default)\n",
                         argv[0], PageSize);
            return 2;
        }
    }
    if (IntentCount >= 1'000'000)
        Runs = 3;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    // Warm up what both sides use once and keep (locale data, time zone, metatypes), so neither
    // heap figure carries it.
    {
        PaymentIntentTableModel ours;
        loadOurs(ours, 1);
        PaymentIntentFilterModel ourProxy;
        ourProxy.setSourceModel(&ours);
        ourProxy.sort(PaymentIntentTableModel::AmountColumn);
        auto baseline = newBaselineModel();
        loadBaseline(*baseline, 1);
    }

    std::printf("# %d payment intents in pages of %d, median of %d runs; baseline: "
                "QStandardItemModel + QSortFilterProxyModel\n",
                IntentCount, PageSize, Runs);

    // Memory first, on a heap that has not yet held the timing runs' models.
    if (heapMeasurable()) {
        const double ours = heldMebibytes<PaymentIntentTableModel>([] {
            auto model = std::make_unique<PaymentIntentTableModel>();
            loadOurs(*model);
            return model;
        });
        const double baseline = heldMebibytes<QStandardItemModel>([] {
            auto model = newBaselineModel();
            loadBaseline(*model);
            return model;
        });
        report("memory", ours, baseline, "MiB");
        report("memory_per_row", ours * 1024 * 1024 / IntentCount,
               baseline * 1024 * 1024 / IntentCount, "B");
    } else {
        std::printf("# memory: not measured (needs glibc's mallinfo2 and no sanitizer)\n");
    }

    // Load: every page into an empty model, no proxy attached; the time spent in the model.
    {
        QList<double> ours, baseline;
        for (int run = 0; run < Runs; ++run) {
            PaymentIntentTableModel model;
            ours.append(loadOurs(model));
            auto standard = newBaselineModel();
            baseline.append(loadBaseline(*standard));
        }
        report("load", median(ours), median(baseline), "ms");
    }

    PaymentIntentTableModel ourModel;
    loadOurs(ourModel);
    PaymentIntentFilterModel ourProxy;
    ourProxy.setSourceModel(&ourModel);
    auto baselineModel = newBaselineModel();
    loadBaseline(*baselineModel);
    QSortFilterProxyModel baselineProxy;
    baselineProxy.setSortRole(BaselineSortRole);
    baselineProxy.setFilterKeyColumn(-1); // free text over every column
    baselineProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    baselineProxy.setSourceModel(baselineModel.get());
    if (ourProxy.rowCount() != IntentCount || baselineProxy.rowCount() != IntentCount)
        qFatal("Models do not hold %d rows", IntentCount);

    // Sort by amount, from source order each run.
    {
        QList<double> ours, baseline;
        for (int run = 0; run < Runs; ++run) {
            ourProxy.sort(-1);
            ours.append(millisecondsOf(
                [&] { ourProxy.sort(PaymentIntentTableModel::AmountColumn, Qt::AscendingOrder); }));
            baselineProxy.sort(-1);
            baseline.append(millisecondsOf([&] {
                baselineProxy.sort(PaymentIntentTableModel::AmountColumn, Qt::AscendingOrder);
            }));
        }
        const auto amountAt = [](const QAbstractItemModel &model, int row, int role) {
            return model.index(row, PaymentIntentTableModel::AmountColumn).data(role).toLongLong();
        };
        for (int row = 0; row < IntentCount; ++row) {
            if (amountAt(ourProxy, row, ResourceTableModel::RawValueRole) !=
                amountAt(baselineProxy, row, BaselineSortRole))
                qFatal("The two proxies sort differently at row %d", row);
        }
        report("sort", median(ours), median(baseline), "ms");
        ourProxy.sort(-1);
        baselineProxy.sort(-1);
    }

    // Text filter: one word, case-insensitively, from no filter each run. Ours is applied a slice
    // per turn of the event loop: the time counts every slice, up to the rows being shown.
    {
        QList<double> ours, baseline;
        int ourRows = 0, baselineRows = 0;
        for (int run = 0; run < Runs; ++run) {
            ourProxy.setText({});
            // A fresh proxy state each run: the proxy remembers recent results until the rows
            // change, and this measures a pass, not a recall.
            ourProxy.setSourceModel(nullptr);
            ourProxy.setSourceModel(&ourModel);
            ours.append(millisecondsOf([&] {
                ourProxy.setText(FilterWord);
                waitUntilFiltered(ourProxy);
                ourRows = ourProxy.rowCount();
            }));
            baselineProxy.setFilterFixedString({});
            baseline.append(millisecondsOf([&] {
                baselineProxy.setFilterFixedString(FilterWord);
                baselineRows = baselineProxy.rowCount();
            }));
        }
        std::printf("# filter \"%s\" shows %d rows (ours) and %d rows (baseline)\n",
                    qPrintable(FilterWord), ourRows, baselineRows);
        if (ourRows != baselineRows || ourRows == 0)
            qFatal("The two proxies filter differently");
        const auto idAt = [](const QAbstractItemModel &model, int row) {
            return model.index(row, PaymentIntentTableModel::IdColumn).data().toString();
        };
        for (int row = 0; row < ourRows; ++row) {
            if (idAt(ourProxy, row) != idAt(baselineProxy, row))
                qFatal("The two proxies show different rows at row %d", row);
        }
        report("filter", median(ours), median(baseline), "ms");

        // The word typed on ("subscriptions") and deleted again, as a person corrects a search:
        // ours narrows from the rows shown, then recalls the result it had.
        QList<double> narrow, back;
        for (int run = 0; run < Runs; ++run) {
            narrow.append(millisecondsOf([&] {
                ourProxy.setText(FilterWord + QLatin1Char('s'));
                waitUntilFiltered(ourProxy);
            }));
            back.append(millisecondsOf([&] {
                ourProxy.setText(FilterWord);
                waitUntilFiltered(ourProxy);
            }));
            if (ourProxy.rowCount() != ourRows)
                qFatal("Deleting the typed letter does not show the rows again");
        }
        std::printf("# typing on: %.2f ms; deleting it again: %.2f ms (ours only)\n",
                    median(narrow), median(back));
    }

    // Totals of what the filter shows (ours only: the baseline has no equivalent).
    {
        QList<double> runs;
        qint64 counted = 0;
        for (int run = 0; run < Runs; ++run)
            runs.append(millisecondsOf([&] { counted = IntentTotals::of(ourProxy).count; }));
        std::printf("# totals over the %lld filtered rows: %.2f ms\n", counted, median(runs));
    }
    return 0;
}
