#include "sandbox/synaptopay/seeding.h"

#include "sandbox/sandbox_server.h"
#include "sandbox/synaptopay/payments.h"
#include "sandbox/synaptopay/requests.h"

#include <QRandomGenerator>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::synaptopay {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct DeviceSeed
{
    const char *account;
    const char *id;
    DeviceState state;
    const char *model;
    const char *displayName;
    const char *serial;
    const char *currencies;
};

constexpr std::array kDevices{
    DeviceSeed{kSynaptoPayDemoAccount, "dvc_front_counter", DeviceState::Active, "CLOVER_FLEX",
               "Front counter", "C043UQ03550101", "GBP"},
    DeviceSeed{kSynaptoPayDemoAccount, "dvc_cafe_bar", DeviceState::Active, "CLOVER_MINI",
               "Café bar", "C031UQ02730202", "EUR"},
    DeviceSeed{kSynaptoPayDemoAccount, "dvc_popup_stand", DeviceState::Active, "CLOVER_FLEX",
               "Pop-up stand", "C043UQ03550303", "USD"},
    DeviceSeed{kSynaptoPayDemoAccount, "dvc_back_office", DeviceState::Pending, "CLOVER_MINI",
               "Back office", "C031UQ02730404", "GBP"},
    DeviceSeed{kSynaptoPayDemoAccount, "dvc_old_till", DeviceState::Suspended, "CLOVER_FLEX",
               "Old till", "C043UQ03550505", "GBP"},
    DeviceSeed{kSynaptoPaySecondAccount, "dvc_second_counter", DeviceState::Active, "CLOVER_MINI",
               "Counter", "C031UQ02730606", "GBP EUR"},
};

struct PersonSeed
{
    const char *fullName;
    const char *email;
    const char *phone;
    const char *line1;
    const char *city;
    const char *postalCode;
    const char *country;
};

constexpr std::array kPeople{
    PersonSeed{"Amelia Hughes", "amelia.hughes@example.co.uk", "+447700900123", "12 Mill Lane",
               "Leeds", "LS1 4AP", "GB"},
    PersonSeed{"Oliver Bennett", "oliver@bennett.example", "+447700900456", "3 Queen Street",
               "Bristol", "BS1 4JQ", "GB"},
    PersonSeed{"Léa Martin", "lea.martin@example.fr", "+33612345678", "8 rue des Lilas", "Lyon",
               "69003", "FR"},
    PersonSeed{"Jonas Weber", "jonas.weber@example.de", "+4915112345678", "Hauptstraße 21",
               "Freiburg", "79098", "DE"},
    PersonSeed{"Grace Okafor", "grace.okafor@example.com", "+12025550143", "410 Elm Street",
               "Arlington", "22201", "US"},
    PersonSeed{"Harbour Books Ltd", "accounts@harbourbooks.example", "+441632960001", "1 Quay Side",
               "Plymouth", "PL1 2LR", "GB"},
    PersonSeed{"Sofia Rossi", "sofia.rossi@example.it", "+393471234567", "Via Roma 5", "Bologna",
               "40121", "IT"},
    PersonSeed{"Ethan Clarke", "ethan.clarke@example.co.uk", "+447700900789", "77 Park Road",
               "Glasgow", "G4 9JF", "GB"},
};

class Seeder
{
public:
    Seeder(Store &store, quint64 randomSeed, qint64 nowMs)
        : m_store(store)
        , m_random(seedWords(randomSeed).data(), 2)
        , m_now(nowMs)
        , m_payments(store, [this](const QString &account, const QString &collection,
                                   const QString &prefix) {
            return u"%1/%2/%3"_s.arg(accountName(account), collection, prefix + u'_' + token());
        })
    {}

    void configure(const QString &account)
    {
        for (const DeviceSeed &seed : kDevices) {
            if (account != QLatin1StringView(seed.account))
                continue;
            Device device;
            device.id = u"%1/devices/%2"_s.arg(accountName(account), QLatin1StringView(seed.id));
            device.account = account;
            device.createdMs = m_now - 200 * kDay + device.id.size() * kMinute;
            device.updatedMs = device.createdMs;
            device.state = seed.state;
            device.model = QLatin1StringView(seed.model);
            device.displayName = QString::fromUtf8(seed.displayName);
            device.serialNumber = QLatin1StringView(seed.serial);
            device.currencies = QString::fromLatin1(seed.currencies).split(u' ');
            m_store.synaptoPay.devices.insert(std::move(device));
        }
        const auto card = [&](const QString &id, const QString &last4, bool declines) {
            PaymentMethod method;
            method.id = u"%1/payment-methods/%2"_s.arg(accountName(account), id);
            method.account = account;
            method.createdMs = m_now - 200 * kDay;
            method.updatedMs = method.createdMs;
            method.last4 = last4;
            method.declines = declines;
            m_store.synaptoPay.paymentMethods.insert(std::move(method));
        };
        card(u"pm_card_visa"_s, u"4242"_s, false);
        card(u"pm_card_declined"_s, u"0002"_s, true);
    }

    void demoData()
    {
        const QString account = QString::fromLatin1(kSynaptoPayDemoAccount);
        QStringList customers;
        for (const PersonSeed &person : kPeople) {
            Customer customer;
            customer.id = m_payments.newName(account, u"customers"_s, u"cus"_s);
            customer.account = account;
            customer.createdMs = m_now - between(40, 120) * kDay - between(0, 600) * kMinute;
            customer.updatedMs = customer.createdMs;
            customer.fullName = QString::fromUtf8(person.fullName);
            customer.email = QString::fromUtf8(person.email);
            customer.phone = QLatin1StringView(person.phone);
            customer.address = {{u"line1"_s, QString::fromUtf8(person.line1)},
                                {u"city"_s, QString::fromUtf8(person.city)},
                                {u"postal_code"_s, QLatin1StringView(person.postalCode)},
                                {u"country"_s, QLatin1StringView(person.country)}};
            if (customers.size() % 3 == 0)
                customer.metadata = {{u"loyalty_tier"_s, u"gold"_s}};
            customers.append(m_store.synaptoPay.customers.insert(std::move(customer)).id);
        }
        const QString visa = u"%1/payment-methods/pm_card_visa"_s.arg(accountName(account));
        const auto device = [&](const char *id) {
            return u"%1/devices/%2"_s.arg(accountName(account), QLatin1StringView(id));
        };

        // Waiting for a payment method, never confirmed.
        intent(account, 2500, u"GBP"_s, customers.at(0), 9 * kDay, {{u"order_id"_s, u"A-1001"_s}});
        // Declined at once, online.
        m_payments.payWith(intent(account, 1802, u"GBP"_s, customers.at(1), 8 * kDay), visa,
                           m_now - 8 * kDay);
        // Declined and timed out on terminals.
        onTerminal(intent(account, 4500, u"GBP"_s, customers.at(7), 7 * kDay),
                   device("dvc_front_counter"), TerminalOutcome::Declined, 7 * kDay);
        onTerminal(intent(account, 1200, u"EUR"_s, customers.at(2), 6 * kDay),
                   device("dvc_cafe_bar"), TerminalOutcome::TimedOut, 6 * kDay);
        // Succeeded online, then partly refunded.
        const QString refunded = intent(account, 12000, u"GBP"_s, customers.at(5), 5 * kDay,
                                        {{u"order_id"_s, u"A-1002"_s}});
        m_payments.payWith(refunded, visa, m_now - 5 * kDay);
        refund(refunded, 2000, u"CUSTOMER_REQUEST"_s, 4 * kDay);
        // Succeeded on a terminal, saving the card on the customer.
        const QString saving = intent(account, 3450, u"GBP"_s, customers.at(0), 4 * kDay);
        m_store.synaptoPay.intents.edit(saving)->setupFutureUsage = u"OFF_SESSION"_s;
        onTerminal(saving, device("dvc_front_counter"), TerminalOutcome::CardPresented, 4 * kDay);
        // Succeeded on a terminal with a transfer to a partner.
        const QString split = intent(account, 8800, u"EUR"_s, customers.at(3), 3 * kDay);
        m_store.synaptoPay.intents.edit(split)->transfers = {
            {u"accounts/acct_partner_bakery"_s, 1500, {}}};
        onTerminal(split, device("dvc_cafe_bar"), TerminalOutcome::CardPresented, 3 * kDay);
        // Succeeded, then refunded in full.
        const QString returned = intent(account, 999, u"USD"_s, customers.at(4), 2 * kDay);
        m_payments.payWith(returned, visa, m_now - 2 * kDay);
        refund(returned, 999, u"FRAUD"_s, 2 * kDay - 2 * kHour);
        // More takings over the last month, online and on terminals.
        for (int i = 0; i < 12; ++i) {
            const qint64 ago = between(1, 30) * kDay + between(0, 23 * 60) * kMinute;
            const bool euro = i % 4 == 1;
            // Whole units and a few pence: never one of the test amounts that fail.
            const qint64 amount = between(5, 400) * 100 + (between(0, 1) ? 50 : 0);
            const QString customer = i % 3 ? customers.at(int(between(0, 7))) : QString();
            const QString made = intent(account, amount, euro ? u"EUR"_s : u"GBP"_s, customer, ago);
            if (i % 2)
                m_payments.payWith(made, visa, m_now - ago);
            else
                onTerminal(made, device(euro ? "dvc_cafe_bar" : "dvc_front_counter"),
                           TerminalOutcome::CardPresented, ago);
        }
        // Waiting on a terminal for a card, for an hour: the demo's terminal page shows it.
        const QString waiting = intent(account, 2750, u"USD"_s, customers.at(4), 0);
        m_payments.startOnTerminal(waiting, device("dvc_popup_stand"), m_now, kHour);

        // Checkout sessions: two open, one paid, one expired.
        session(account, 4999, u"GBP"_s, u"web-2041"_s, kHour);
        session(account, 1500, u"EUR"_s, u"web-2042"_s, 3 * kHour);
        m_payments.payCheckout(session(account, 6400, u"GBP"_s, u"web-2039"_s, 20 * kHour),
                               m_now - 19 * kHour);
        session(account, 2200, u"GBP"_s, u"web-2031"_s, 3 * kDay);
    }

private:
    static std::array<quint32, 2> seedWords(quint64 seed)
    {
        return {quint32(seed), quint32(seed >> 32)};
    }

    QString token()
    {
        static constexpr char kAlphabet[] =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        QString text;
        for (int i = 0; i < 24; ++i)
            text += QChar::fromLatin1(kAlphabet[m_random.bounded(62)]);
        return text;
    }

    qint64 between(qint64 lowest, qint64 highest) { return m_random.bounded(lowest, highest + 1); }

    QString intent(const QString &account, qint64 amount, const QString &currency,
                   const QString &customer, qint64 ago, const QJsonObject &metadata = {})
    {
        PaymentIntent intent;
        intent.id = m_payments.newName(account, u"payment-intents"_s, u"pi"_s);
        intent.account = account;
        intent.createdMs = m_now - ago;
        intent.updatedMs = intent.createdMs;
        intent.amount = amount;
        intent.currency = currency;
        intent.customer = customer;
        intent.metadata = metadata;
        intent.clientSecret = m_payments.newClientSecret(intent.id);
        return m_store.synaptoPay.intents.insert(std::move(intent)).id;
    }

    void onTerminal(const QString &intent, const QString &device, TerminalOutcome outcome,
                    qint64 ago)
    {
        m_payments.startOnTerminal(intent, device, m_now - ago, kMinute);
        m_payments.settleTerminal(device, outcome, m_now - ago + 20 * 1000);
    }

    void refund(const QString &intentName, qint64 amount, const QString &reason, qint64 ago)
    {
        SynaptoPayStore &sp = m_store.synaptoPay;
        const PaymentIntent *intent = sp.intents.find(intentName);
        Charge *charge = sp.charges.edit(intent->latestCharge);
        Refund refund;
        refund.id = m_payments.newName(intent->account, u"refunds"_s, u"re"_s);
        refund.account = intent->account;
        refund.createdMs = m_now - ago;
        refund.charge = charge->id;
        refund.paymentIntent = intent->id;
        refund.amount = amount;
        refund.currency = charge->currency;
        refund.reason = reason;
        charge->amountRefunded += amount;
        charge->updatedMs = refund.createdMs;
        sp.refunds.insert(std::move(refund));
    }

    QString session(const QString &account, qint64 amount, const QString &currency,
                    const QString &reference, qint64 ago)
    {
        CheckoutSession session;
        session.id = m_payments.newName(account, u"checkout-sessions"_s, u"cs"_s);
        session.account = account;
        session.createdMs = m_now - ago;
        session.updatedMs = session.createdMs;
        session.expireMs = session.createdMs + kDay;
        session.amount = amount;
        session.currency = currency;
        session.clientReferenceId = reference;
        session.successUrl = u"https://shop.example.com/thanks"_s;
        session.cancelUrl = u"https://shop.example.com/basket"_s;
        return m_store.synaptoPay.sessions.insert(std::move(session)).id;
    }

    Store &m_store;
    QRandomGenerator m_random;
    const qint64 m_now;
    Payments m_payments;
};

} // namespace

void seedStore(Store &store, bool demoData, quint64 randomSeed, qint64 nowMs)
{
    // The generator's seed differs from the Dots seeder's, so the two draw differently.
    Seeder seeder(store, randomSeed ^ 0x53594e41505459ULL, nowMs);
    seeder.configure(QString::fromLatin1(kSynaptoPayDemoAccount));
    seeder.configure(QString::fromLatin1(kSynaptoPaySecondAccount));
    if (demoData)
        seeder.demoData();
}

} // namespace paydesk::sandbox::synaptopay
