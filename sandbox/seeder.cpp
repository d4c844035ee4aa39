#include "sandbox/seeder.h"

#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Deterministic draws. QRandomGenerator's algorithms are Qt's own, unlike the standard library's
// distributions, so a seed gives the same data on every platform.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_random(seedWords(seed).data(), 2)
    {}

    qint64 between(qint64 lowest, qint64 highest) { return m_random.bounded(lowest, highest + 1); }
    bool chance(double probability) { return m_random.generateDouble() < probability; }
    template <typename T>
    const T &pick(std::span<const T> items)
    {
        return items[m_random.bounded(quint32(items.size()))];
    }
    template <typename T>
    T *pick(const QList<T *> &items)
    {
        return items.at(m_random.bounded(quint32(items.size())));
    }

    QString uuid()
    {
        std::array<quint32, 4> words;
        m_random.fillRange(words.data(), words.size());
        QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    static std::array<quint32, 2> seedWords(quint64 seed)
    {
        return {quint32(seed), quint32(seed >> 32)};
    }

    QRandomGenerator m_random;
};

struct City
{
    const char *name;
    const char *state;
    const char *postcode;
    const char *areaCode;
};

constexpr std::array kCities{
    City{"Portland", "OR", "97205", "503"},  City{"Austin", "TX", "78701", "512"},
    City{"Denver", "CO", "80202", "303"},    City{"Chicago", "IL", "60601", "312"},
    City{"Seattle", "WA", "98101", "206"},   City{"Boston", "MA", "02108", "617"},
    City{"Miami", "FL", "33130", "305"},     City{"Atlanta", "GA", "30303", "404"},
    City{"Madison", "WI", "53703", "608"},   City{"Phoenix", "AZ", "85004", "602"},
    City{"Raleigh", "NC", "27601", "919"},   City{"San Diego", "CA", "92101", "619"},
    City{"Brooklyn", "NY", "11201", "718"},  City{"Minneapolis", "MN", "55401", "612"},
    City{"Nashville", "TN", "37203", "615"},
};

constexpr std::array kStreets{"Main St",  "Oak Ave", "Maple Dr",        "Cedar Ln",
                              "Pine St",  "Elm St",  "Washington Blvd", "Lake Rd",
                              "Hill Ave", "Park Pl", "River Rd",        "Sunset Blvd"};

constexpr std::array kFirstNames{
    "Ava",    "Liam",  "Olivia", "Noah",  "Emma",  "Mateo", "Sofia", "Lucas", "Amara", "Ethan",
    "Mia",    "Kenji", "Zara",   "Omar",  "Chloe", "Diego", "Priya", "Jonas", "Leila", "Samuel",
    "Hannah", "Nora",  "Malik",  "Grace", "Ivan",  "Yuki",  "Elena", "Kwame", "Ruby",  "Tomas"};

constexpr std::array kLastNames{"Johnson",  "Garcia",    "Nguyen",  "Patel",  "Smith",   "Okafor",
                                "Kim",      "Rossi",     "Mueller", "Haddad", "Silva",   "Cohen",
                                "Kowalski", "Andersen",  "Dubois",  "Tanaka", "Mensah",  "OBrien",
                                "Schmidt",  "Fernandez", "Lopez",   "Walker", "Ivanova", "Chen",
                                "Martin",   "Brown",     "Lee",     "Novak",  "Costa",   "Reyes"};

constexpr std::array kBusinessNames{"Blue Harbor",  "Maple & Finch", "Northwind",   "Copperleaf",
                                    "Sunrise",      "Granite Peak",  "Little Fern", "Riverside",
                                    "Golden Spoon", "Brightside",    "Oak Street",  "Harborview",
                                    "Silver Birch", "Tidewater",     "Lantern"};

constexpr std::array kBusinessKinds{"Bakery",    "Coffee Roasters", "Bike Repair", "Dental Studio",
                                    "Books",     "Florist",         "Yoga Studio", "Hardware",
                                    "Catering",  "Pet Supplies",    "Print Shop",  "Barbers",
                                    "Tailoring", "Photography",     "Auto Care"};

constexpr std::array kBusinessSuffixes{"LLC", "Inc.", "Co.", ""};

constexpr std::array kDescriptions{"Order #%1",
                                   "Invoice INV-%1",
                                   "Table reservation deposit %1",
                                   "Annual membership %1",
                                   "Repair job %1",
                                   "Consultation %1",
                                   "Gift card %1",
                                   "Catering deposit %1",
                                   "Monthly subscription %1",
                                   "Custom order #%1"};

constexpr std::array kRefundReasons{"requested_by_customer", "duplicate", "fraudulent"};

struct Product
{
    const char *name;
    qint64 unitAmount;
    const char *description;
    const char *image;
};

constexpr std::array kProducts{
    Product{"Sourdough loaf", 850, "Baked this morning", "sourdough"},
    Product{"Espresso beans, 1 lb", 1800, "Medium roast", "espresso-beans"},
    Product{"Bike tune-up", 7500, "Gears, brakes and a wash", nullptr},
    Product{"Teeth cleaning", 12000, nullptr, nullptr},
    Product{"Paperback novel", 1699, nullptr, "novel"},
    Product{"Bouquet of tulips", 3500, "Seasonal colours", "tulips"},
    Product{"Yoga class pass (10 classes)", 15000, nullptr, nullptr},
    Product{"Cordless drill", 8999, "18 V, two batteries", "drill"},
    Product{"Catering for ten", 45000, "Lunch buffet", nullptr},
    Product{"Dog bed, large", 6400, nullptr, "dog-bed"},
    Product{"Business cards (500)", 4200, "Matte finish", nullptr},
    Product{"Haircut", 3000, nullptr, nullptr},
    Product{"Suit alteration", 5500, nullptr, nullptr},
    Product{"Portrait session", 25000, "One hour in the studio", "portrait"},
    Product{"Oil change", 6999, nullptr, nullptr},
};

// Intent statuses by weight (out of 100); the first intents take one of each, so that every
// status of the contract shows up in any seed of ten or more.
constexpr std::array<std::pair<IntentStatus, int>, kIntentStatusCount> kStatusWeights{{
    {IntentStatus::Succeeded, 52},
    {IntentStatus::Failed, 8},
    {IntentStatus::Processing, 3},
    {IntentStatus::Initialized, 8},
    {IntentStatus::Created, 3},
    {IntentStatus::RequiresPaymentMethod, 6},
    {IntentStatus::RequiresConfirmation, 5},
    {IntentStatus::RequiresAction, 4},
    {IntentStatus::RequiresCapture, 4},
    {IntentStatus::Canceled, 7},
}};

QString asciiSlug(const QString &text)
{
    QString slug;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug.append(c);
    }
    return slug;
}

class Seeder
{
public:
    Seeder(Store &store, quint64 randomSeed, qint64 nowMs, qint64 processingDelayMs)
        : m_store(store)
        , m_dice(randomSeed)
        , m_nowMs(nowMs)
        , m_processingDelayMs(processingDelayMs)
    {}

    void addCustomers(int count)
    {
        for (int i = 0; i < count; ++i)
            m_customers.append(&addCustomer(i));
    }

    void addIntents(int count)
    {
        for (int i = 0; i < count; ++i) {
            const IntentStatus status =
                i < kIntentStatusCount ? kStatusWeights[i].first : weightedStatus();
            addIntent(i, status);
        }
    }

    void addSessions(int count)
    {
        constexpr std::array kFirstStatuses{SessionStatus::Open, SessionStatus::Complete,
                                            SessionStatus::Expired};
        for (int i = 0; i < count; ++i) {
            SessionStatus status = SessionStatus::Open;
            if (i < int(kFirstStatuses.size())) {
                status = kFirstStatuses[i];
            } else {
                const qint64 roll = m_dice.between(0, 99);
                status = roll < 40 ? SessionStatus::Open
                                   : (roll < 75 ? SessionStatus::Complete : SessionStatus::Expired);
            }
            addSession(i, status);
        }
    }

private:
    template <typename T, std::size_t N>
    QString pick(const std::array<T, N> &items)
    {
        return QString::fromUtf8(m_dice.pick(std::span<const T>(items)));
    }

    Customer &addCustomer(int index)
    {
        Customer customer;
        customer.id = m_dice.uuid();
        customer.userId = m_dice.uuid();
        customer.createdMs = m_nowMs - m_dice.between(30 * kDay, 720 * kDay);
        const City &city = m_dice.pick(std::span<const City>(kCities));
        // Two in three customers are people, the rest businesses.
        if (m_dice.chance(2.0 / 3)) {
            customer.firstName = pick(kFirstNames);
            customer.lastName = pick(kLastNames);
            if (m_dice.chance(0.2))
                customer.middleName = QChar(char16_t(u'A' + m_dice.between(0, 25)));
            customer.email =
                u"%1.%2%3@example.com"_s.arg(asciiSlug(customer.firstName),
                                             asciiSlug(customer.lastName), QString::number(index));
        } else {
            customer.businessName =
                u"%1 %2 %3"_s
                    .arg(pick(kBusinessNames), pick(kBusinessKinds), pick(kBusinessSuffixes))
                    .trimmed();
            customer.email = u"accounts@%1%2.example.org"_s.arg(asciiSlug(customer.businessName),
                                                                QString::number(index));
        }
        // 555-0100 to 555-0199 are set aside for fiction.
        customer.countryCode = u"1"_s;
        customer.phoneNumber = QString::fromLatin1(city.areaCode) + u"5550"_s +
                               QString::number(m_dice.between(100, 199));
        Address address;
        address.line1 = u"%1 %2"_s.arg(QString::number(m_dice.between(1, 9999)), pick(kStreets));
        if (m_dice.chance(0.25))
            address.line2 = u"Suite %1"_s.arg(m_dice.between(100, 900));
        address.city = QString::fromLatin1(city.name);
        address.state = QString::fromLatin1(city.state);
        address.postcode = QString::fromLatin1(city.postcode);
        address.country = u"US"_s;
        customer.address = address;
        if (m_dice.chance(0.3)) {
            customer.metadata = m_dice.chance(0.5)
                                    ? QJsonObject{{u"crm_id"_s, u"C-%1"_s.arg(10000 + index)}}
                                    : QJsonObject{{u"loyalty_tier"_s, u"gold"_s}};
        }
        const QString succeedingCard = m_dice.uuid();
        const QString decliningCard = m_dice.uuid();
        return m_store.addCustomer(std::move(customer), succeedingCard, decliningCard);
    }

    IntentStatus weightedStatus()
    {
        qint64 roll = m_dice.between(0, 99);
        for (const auto &[status, weight] : kStatusWeights) {
            if (roll < weight)
                return status;
            roll -= weight;
        }
        return IntentStatus::Succeeded;
    }

    qint64 amount()
    {
        const qint64 tier = m_dice.between(0, 99);
        qint64 cents = tier < 55   ? m_dice.between(300, 9'999)
                       : tier < 85 ? m_dice.between(10'000, 49'999)
                       : tier < 97 ? m_dice.between(50'000, 249'999)
                                   : m_dice.between(250'000, 1'500'000);
        if (m_dice.chance(0.5))
            cents -= cents % 100;
        return cents;
    }

    QJsonObject intentMetadata(int index)
    {
        switch (m_dice.between(0, 3)) {
        case 0:
            return {{u"order_id"_s, u"ORD-%1"_s.arg(20000 + index)}};
        case 1:
            return {{u"invoice_number"_s, u"INV-%1"_s.arg(5000 + index)},
                    {u"channel"_s, u"email"_s}};
        case 2:
            // As left by Paydesk itself, which tags every create it sends.
            return {{u"paydesk_request_id"_s, m_dice.uuid()}, {u"source"_s, u"paydesk"_s}};
        default:
            return {{u"pos_terminal"_s, u"front-desk"_s}};
        }
    }

    void addIntent(int index, IntentStatus status)
    {
        PaymentIntent intent;
        intent.id = m_dice.uuid();
        intent.amount = amount();
        // Processing intents are recent; the rest spread over half a year.
        intent.createdMs =
            m_nowMs - (status == IntentStatus::Processing ? m_dice.between(0, 10 * kMinute)
                                                          : m_dice.between(0, 180 * kDay));
        intent.updatedMs = intent.createdMs;
        intent.status = status;
        const Customer *customer =
            !m_customers.isEmpty() && m_dice.chance(0.9) ? m_dice.pick(m_customers) : nullptr;
        if (customer)
            intent.customerId = customer->id;
        if (m_dice.chance(0.6))
            intent.description = pick(kDescriptions).arg(1000 + index);
        if (m_dice.chance(0.4))
            intent.metadata = intentMetadata(index);
        if (m_dice.chance(0.1))
            intent.applicationFeeAmount = intent.amount * 3 / 100;
        if (m_dice.chance(0.05))
            intent.transferDestinationUserId = m_dice.uuid();

        switch (status) {
        case IntentStatus::Processing:
            intent.settlesTo = m_dice.chance(0.8) ? IntentStatus::Succeeded : IntentStatus::Failed;
            // Settling over the first minute and a half, so a demo sees payments come through.
            intent.settlesAtMs = m_nowMs + m_processingDelayMs + m_dice.between(0, 90 * kSecond);
            if (customer) {
                intent.paymentMethodId = intent.settlesTo == IntentStatus::Succeeded
                                             ? customer->succeedingCardId
                                             : customer->decliningCardId;
            }
            break;
        case IntentStatus::Failed:
            intent.updatedMs += m_dice.between(2 * kSecond, 5 * kMinute);
            if (customer)
                intent.paymentMethodId = customer->decliningCardId;
            break;
        case IntentStatus::Succeeded:
        case IntentStatus::Canceled:
            intent.updatedMs += m_dice.between(2 * kSecond, 5 * kMinute);
            [[fallthrough]];
        case IntentStatus::RequiresConfirmation:
        case IntentStatus::RequiresAction:
        case IntentStatus::RequiresCapture:
            if (customer)
                intent.paymentMethodId = customer->succeedingCardId;
            break;
        default:
            break;
        }
        const PaymentIntent &stored = m_store.intents.insert(std::move(intent));
        if (status == IntentStatus::Succeeded)
            maybeRefund(stored);
    }

    void maybeRefund(const PaymentIntent &intent)
    {
        const qint64 roll = m_dice.between(0, 99);
        if (roll >= 14)
            return;
        Refund refund;
        refund.id = m_dice.uuid();
        refund.paymentIntentId = intent.id;
        // One in ten refunded in part, one in twenty-five in full.
        refund.amount = roll < 10 ? intent.amount * m_dice.between(10, 60) / 100 : intent.amount;
        refund.amount = std::max<qint64>(refund.amount, 1);
        refund.reason = pick(kRefundReasons);
        refund.createdMs = std::min(m_nowMs, intent.updatedMs + m_dice.between(kHour, 20 * kDay));
        m_store.addRefund(std::move(refund));
    }

    void addSession(int index, SessionStatus status)
    {
        CheckoutSession session;
        session.id = m_dice.uuid();
        const qint64 itemCount = m_dice.between(1, 4);
        QList<int> chosen;
        while (chosen.size() < itemCount) {
            const int product = int(m_dice.between(0, qint64(kProducts.size()) - 1));
            if (!chosen.contains(product))
                chosen.append(product);
        }
        for (const int product : std::as_const(chosen)) {
            const Product &from = kProducts[product];
            LineItem item;
            item.priceId = m_dice.uuid();
            item.quantity = m_dice.between(1, 3);
            item.unitAmount = from.unitAmount;
            item.name = QString::fromUtf8(from.name);
            item.description = QString::fromUtf8(from.description);
            if (from.image) {
                item.images.append(u"https://images.example.com/products/%1.jpg"_s.arg(
                    QString::fromLatin1(from.image)));
            }
            session.amountTotal += item.unitAmount * item.quantity;
            session.lineItems.append(item);
        }
        session.successUrl = u"https://shop.example.com/checkout/success"_s;
        session.cancelUrl = u"https://shop.example.com/cart"_s;
        if (m_dice.chance(0.6))
            session.clientReferenceId = u"cart-%1"_s.arg(3000 + index);
        if (!m_customers.isEmpty() && m_dice.chance(0.7)) {
            const Customer *customer = m_dice.pick(m_customers);
            session.customerId = customer->id;
            session.customerEmail = customer->email;
        } else if (m_dice.chance(0.5)) {
            session.customerEmail = u"guest%1@example.net"_s.arg(index);
        }
        if (m_dice.chance(0.3))
            session.metadata = {{u"order_id"_s, u"WEB-%1"_s.arg(7000 + index)}};

        qint64 completedMs = 0;
        switch (status) {
        case SessionStatus::Open:
            session.createdMs = m_nowMs - m_dice.between(0, 2 * kHour);
            session.expiresAtMs = session.createdMs + 3 * kHour;
            break;
        case SessionStatus::Expired:
            session.createdMs = m_nowMs - m_dice.between(4 * kHour, 60 * kDay);
            session.expiresAtMs = session.createdMs + (m_dice.chance(0.5) ? kHour : 3 * kHour);
            break;
        case SessionStatus::Complete:
            session.createdMs = m_nowMs - m_dice.between(10 * kMinute, 90 * kDay);
            session.expiresAtMs = session.createdMs + 3 * kHour;
            completedMs = session.createdMs + m_dice.between(kMinute, 8 * kMinute);
            break;
        }
        session.updatedMs = session.createdMs;
        const QString intentId = status == SessionStatus::Complete ? m_dice.uuid() : QString();
        CheckoutSession &stored = m_store.sessions.insert(std::move(session));
        if (status == SessionStatus::Complete)
            m_store.completeCheckout(stored, intentId, completedMs);
    }

    Store &m_store;
    Dice m_dice;
    const qint64 m_nowMs;
    const qint64 m_processingDelayMs;
    QList<const Customer *> m_customers;
};

} // namespace

void seedStore(Store &store, const SeedSizes &sizes, quint64 randomSeed, qint64 nowMs,
               qint64 processingDelayMs)
{
    Seeder seeder(store, randomSeed, nowMs, processingDelayMs);
    seeder.addCustomers(sizes.customers);
    seeder.addIntents(sizes.paymentIntents);
    seeder.addSessions(sizes.checkoutSessions);
}

} // namespace paydesk::sandbox
