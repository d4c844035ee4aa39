// The sandbox's own records of the Dots resources. Deliberately independent of models/: the
// client's codecs and this server must not be able to agree on the same mistake.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <map>
#include <optional>

namespace paydesk::sandbox {

// The contract's payment intent statuses, in its order.
enum class IntentStatus
{
    Initialized,
    Created,
    RequiresPaymentMethod,
    RequiresConfirmation,
    RequiresAction,
    Processing,
    Succeeded,
    RequiresCapture,
    Canceled,
    Failed,
};
inline constexpr int kIntentStatusCount = 10;

QString intentStatusName(IntentStatus status);
std::optional<IntentStatus> intentStatusFromName(QStringView name);
bool isFinal(IntentStatus status);
// Statuses a confirm may start from: the intent still waits for its payment method.
bool isConfirmable(IntentStatus status);

struct Address
{
    QString line1;
    QString line2;
    QString city;
    QString state;
    QString postcode;
    QString country;
};

struct Customer
{
    QString id;
    qint64 createdMs = 0;
    QString userId;
    QString email;
    QString countryCode;
    QString phoneNumber;
    QString firstName;
    QString middleName;
    QString lastName;
    QString businessName;
    std::optional<Address> address;
    QJsonObject metadata;
    // Its two test cards, made with it.
    QString succeedingCardId;
    QString decliningCardId;
};

// Every customer gets one card of each kind.
enum class TestCard
{
    Succeeds,
    Declines,
};

struct PaymentMethod
{
    QString id;
    qint64 createdMs = 0;
    QString customerId;
    TestCard card = TestCard::Succeeds;
    int expMonth = 12;
    int expYear = 2034;

    QString last4() const
    {
        return card == TestCard::Succeeds ? QStringLiteral("4242") : QStringLiteral("0002");
    }
    QString description() const
    {
        return card == TestCard::Succeeds ? QStringLiteral("Test card: payments succeed")
                                          : QStringLiteral("Test card: payments are declined");
    }
};

struct PaymentIntent
{
    QString id;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 amount = 0;
    IntentStatus status = IntentStatus::Initialized;
    // While processing: when the payment settles, and how. Evaluated lazily on read, so a
    // hundred thousand intents need no timers.
    qint64 settlesAtMs = 0;
    IntentStatus settlesTo = IntentStatus::Succeeded;
    QString userId;
    QString customerId;
    QString description;
    QString paymentMethodId;
    QString setupFutureUsage;
    QString transferDestinationUserId;
    QString checkoutSessionId;
    std::optional<qint64> applicationFeeAmount;
    QJsonObject metadata;
    qint64 amountRefunded = 0;

    bool settledAt(qint64 nowMs) const
    {
        return status == IntentStatus::Processing && nowMs >= settlesAtMs;
    }
    IntentStatus statusAt(qint64 nowMs) const { return settledAt(nowMs) ? settlesTo : status; }
    qint64 updatedAt(qint64 nowMs) const { return settledAt(nowMs) ? settlesAtMs : updatedMs; }
    // Records a settlement that so far was only evaluated on read, before the intent changes again.
    void settle(qint64 nowMs)
    {
        if (settledAt(nowMs)) {
            status = settlesTo;
            updatedMs = settlesAtMs;
        }
    }
};

struct LineItem
{
    QString priceId;
    qint64 quantity = 1;
    qint64 unitAmount = 0;
    QString name;
    QString description;
    QStringList images;
    QJsonObject productMetadata;
};

enum class SessionStatus
{
    Open,
    Complete,
    Expired,
};

struct CheckoutSession
{
    QString id;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 expiresAtMs = 0;
    bool complete = false;
    QString successUrl;
    QString cancelUrl;
    QString clientReferenceId;
    QString customerId;
    QString userId;
    QString customerEmail;
    QString paymentIntentId;
    QJsonObject metadata;
    QList<LineItem> lineItems;
    qint64 amountTotal = 0;

    // A session expires the moment its expiry is reached, so expires_in 0 gives one that is
    // expired from the start (handy for tests).
    SessionStatus statusAt(qint64 nowMs) const
    {
        if (complete)
            return SessionStatus::Complete;
        return nowMs >= expiresAtMs ? SessionStatus::Expired : SessionStatus::Open;
    }
    qint64 updatedAt(qint64 nowMs) const
    {
        return statusAt(nowMs) == SessionStatus::Expired ? expiresAtMs : updatedMs;
    }
};

QString sessionStatusName(SessionStatus status);

struct Refund
{
    QString id;
    qint64 createdMs = 0;
    QString paymentIntentId;
    qint64 amount = 0;
    QString reason;
    QJsonObject metadata;
};

// Where a list page starts: at the newest record, after a cursor, or before one.
struct PageQuery
{
    int limit = 0; // 0: no limit
    QString startingAfter;
    QString endingBefore;
};

template <typename T>
struct Page
{
    QList<const T *> items; // newest first
    bool hasMore = false;
};

// Records of one kind, ordered newest first (created descending, id descending on ties) the way
// Dots lists them, with lookup by id. Cursor pages cost O(log n + limit).
template <typename T>
class Collection
{
public:
    const T *find(const QString &id) const
    {
        const auto created = m_createdMsById.constFind(id);
        if (created == m_createdMsById.cend())
            return nullptr;
        return &m_items.at(Key{*created, id});
    }
    T *find(const QString &id)
    {
        return const_cast<T *>(static_cast<const Collection *>(this)->find(id));
    }

    // The id must be new.
    T &insert(T item)
    {
        m_createdMsById.insert(item.id, item.createdMs);
        Key key{item.createdMs, item.id};
        return m_items.emplace(std::move(key), std::move(item)).first->second;
    }

    qsizetype size() const { return m_items.size(); }
    void clear()
    {
        m_items.clear();
        m_createdMsById.clear();
    }

    template <typename Visit>
    void forEach(Visit &&visit) const
    {
        for (const auto &entry : m_items)
            visit(entry.second);
    }

    // Records that satisfy `keep`, paged by `query`; nullopt when a cursor names no record.
    template <typename Keep>
    std::optional<Page<T>> page(const PageQuery &query, Keep &&keep) const
    {
        Page<T> page;
        const auto full = [&] { return query.limit > 0 && page.items.size() >= query.limit; };
        if (!query.endingBefore.isEmpty()) {
            const auto cursor = keyOf(query.endingBefore);
            if (!cursor)
                return std::nullopt;
            // Walk towards the newest record, then restore newest-first order.
            for (auto it = m_items.lower_bound(*cursor); it != m_items.begin();) {
                --it;
                if (!keep(it->second))
                    continue;
                if (full()) {
                    page.hasMore = true;
                    break;
                }
                page.items.prepend(&it->second);
            }
            return page;
        }
        auto it = m_items.begin();
        if (!query.startingAfter.isEmpty()) {
            const auto cursor = keyOf(query.startingAfter);
            if (!cursor)
                return std::nullopt;
            it = m_items.upper_bound(*cursor);
        }
        for (; it != m_items.end(); ++it) {
            if (!keep(it->second))
                continue;
            if (full()) {
                page.hasMore = true;
                break;
            }
            page.items.append(&it->second);
        }
        return page;
    }

private:
    struct Key
    {
        qint64 createdMs;
        QString id;

        friend bool operator<(const Key &a, const Key &b)
        {
            if (a.createdMs != b.createdMs)
                return a.createdMs > b.createdMs;
            return a.id > b.id;
        }
    };

    std::optional<Key> keyOf(const QString &id) const
    {
        const auto created = m_createdMsById.constFind(id);
        if (created == m_createdMsById.cend())
            return std::nullopt;
        return Key{*created, id};
    }

    std::map<Key, T> m_items;
    QHash<QString, qint64> m_createdMsById;
};

} // namespace paydesk::sandbox
