#include "sandbox/synaptopay/payments.h"

#include "sandbox/synaptopay/requests.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::synaptopay {

TerminalOutcome automaticOutcome(qint64 amount)
{
    switch (amount % 100) {
    case 2:
        return TerminalOutcome::Declined;
    case 3:
        return TerminalOutcome::TimedOut;
    default:
        return TerminalOutcome::CardPresented;
    }
}

bool isDeclineAmount(qint64 amount)
{
    return amount % 100 == 2;
}

const Device *findDevice(const SynaptoPayStore &store, const QString &deviceId)
{
    const Device *found = nullptr;
    store.devices.forEach([&](const Device &device) {
        if (!found && shortId(device.id) == deviceId)
            found = &device;
    });
    return found;
}

Payments::Payments(Store &store, NameMaker names)
    : m_store(store)
    , m_names(std::move(names))
{}

QString Payments::newName(const QString &account, const QString &collection,
                          const QString &prefix) const
{
    return m_names ? m_names(account, collection, prefix)
                   : synaptopay::newName(account, collection, prefix);
}

QString Payments::newClientSecret(const QString &intentName) const
{
    return shortId(intentName) + u"_secret_"_s +
           shortId(newName(QString(), u"secrets"_s, u"s"_s)).mid(2);
}

void Payments::startOnTerminal(const QString &intentName, const QString &deviceName, qint64 nowMs,
                               qint64 delayMs)
{
    SynaptoPayStore &sp = m_store.synaptoPay;
    PaymentIntent *intent = sp.intents.edit(intentName);
    Device *device = sp.devices.edit(deviceName);
    Q_ASSERT(intent && device);
    intent->state = IntentState::Processing;
    intent->device = deviceName;
    intent->paymentMethod.clear();
    intent->lastPaymentError = {};
    intent->settlesAtMs = nowMs + delayMs;
    intent->updatedMs = nowMs;
    device->waitingIntent = intentName;
}

bool Payments::settleTerminal(const QString &deviceName, TerminalOutcome outcome, qint64 atMs)
{
    SynaptoPayStore &sp = m_store.synaptoPay;
    const Device *waiting = sp.devices.find(deviceName);
    if (!waiting || waiting->waitingIntent.isEmpty())
        return false;
    Device *device = sp.devices.edit(deviceName);
    PaymentIntent *intent = sp.intents.edit(std::exchange(device->waitingIntent, QString()));
    if (!intent || intent->state != IntentState::Processing)
        return false;
    switch (outcome) {
    case TerminalOutcome::CardPresented:
        succeed(*intent,
                newCard(intent->account,
                        intent->setupFutureUsage.isEmpty() ? QString() : intent->customer, true,
                        atMs),
                atMs);
        break;
    case TerminalOutcome::Declined:
        fail(*intent, u"card_declined"_s, u"The card presented on the terminal was declined"_s,
             deviceName, atMs);
        break;
    case TerminalOutcome::TimedOut:
        fail(*intent, u"terminal_timeout"_s,
             u"No card was presented before the terminal timed out"_s, deviceName, atMs);
        break;
    }
    return true;
}

void Payments::settleDue(qint64 nowMs)
{
    const SynaptoPayStore &sp = m_store.synaptoPay;
    QList<std::pair<qint64, QString>> due;
    sp.devices.forEach([&](const Device &device) {
        if (device.waitingIntent.isEmpty())
            return;
        const PaymentIntent *intent = sp.intents.find(device.waitingIntent);
        if (intent && intent->settlesAtMs <= nowMs)
            due.append({intent->settlesAtMs, device.id});
    });
    std::sort(due.begin(), due.end());
    for (const auto &[atMs, device] : std::as_const(due)) {
        const PaymentIntent *intent = sp.intents.find(sp.devices.find(device)->waitingIntent);
        settleTerminal(device,
                       intent ? automaticOutcome(intent->amount) : TerminalOutcome::TimedOut, atMs);
    }
}

void Payments::payWith(const QString &intentName, const QString &paymentMethodName, qint64 nowMs)
{
    SynaptoPayStore &sp = m_store.synaptoPay;
    PaymentIntent *intent = sp.intents.edit(intentName);
    const PaymentMethod *method = sp.paymentMethods.find(paymentMethodName);
    Q_ASSERT(intent && method);
    if (method->declines || isDeclineAmount(intent->amount)) {
        intent->paymentMethod = paymentMethodName;
        fail(*intent, u"card_declined"_s, u"The card was declined"_s, QString(), nowMs);
        return;
    }
    QString used = paymentMethodName;
    // Saving a shared test card on a customer saves a copy of it: the test card stays free for
    // every other customer.
    if (!intent->setupFutureUsage.isEmpty() && method->customer.isEmpty())
        used = newCard(intent->account, intent->customer, false, nowMs);
    succeed(*intent, used, nowMs);
}

void Payments::payCheckout(const QString &sessionName, qint64 nowMs)
{
    SynaptoPayStore &sp = m_store.synaptoPay;
    CheckoutSession *session = sp.sessions.edit(sessionName);
    Q_ASSERT(session);
    PaymentIntent intent;
    intent.id = newName(session->account, u"payment-intents"_s, u"pi"_s);
    intent.account = session->account;
    intent.createdMs = nowMs;
    intent.updatedMs = nowMs;
    intent.amount = session->amount;
    intent.currency = session->currency;
    intent.clientSecret = newClientSecret(intent.id);
    intent.checkoutSession = session->id;
    intent.metadata = session->metadata;
    PaymentIntent &stored = sp.intents.insert(std::move(intent));
    succeed(stored, newCard(stored.account, QString(), false, nowMs), nowMs);
    session->paid = true;
    session->paymentIntent = stored.id;
    session->updatedMs = nowMs;
}

void Payments::succeed(PaymentIntent &intent, const QString &paymentMethodName, qint64 atMs)
{
    SynaptoPayStore &sp = m_store.synaptoPay;
    Charge charge;
    charge.id = newName(intent.account, u"charges"_s, u"ch"_s);
    charge.account = intent.account;
    charge.createdMs = atMs;
    charge.updatedMs = atMs;
    charge.paymentIntent = intent.id;
    charge.paymentMethod = paymentMethodName;
    charge.amount = intent.amount;
    charge.currency = intent.currency;
    const Charge &stored = sp.charges.insert(std::move(charge));

    intent.state = IntentState::Succeeded;
    intent.paymentMethod = paymentMethodName;
    intent.lastPaymentError = {};
    intent.latestCharge = stored.id;
    intent.settlesAtMs = 0;
    intent.updatedMs = atMs;
    for (TransferSplit &split : intent.transfers) {
        Transfer transfer;
        transfer.id = newName(intent.account, u"transfers"_s, u"txfr"_s);
        transfer.account = intent.account;
        transfer.createdMs = atMs;
        transfer.destination = split.accountName;
        transfer.amount = split.amount;
        transfer.currency = intent.currency;
        transfer.paymentIntent = intent.id;
        transfer.charge = stored.id;
        split.transfer = sp.transfers.insert(std::move(transfer)).id;
    }
}

void Payments::fail(PaymentIntent &intent, const QString &code, const QString &message,
                    const QString &device, qint64 atMs)
{
    intent.state = IntentState::RequiresPaymentMethod;
    intent.lastPaymentError = {message, code, device};
    intent.settlesAtMs = 0;
    intent.updatedMs = atMs;
}

QString Payments::newCard(const QString &account, const QString &customer, bool cardPresent,
                          qint64 atMs)
{
    PaymentMethod method;
    method.id = newName(account, u"payment-methods"_s, u"pm"_s);
    method.account = account;
    method.createdMs = atMs;
    method.updatedMs = atMs;
    method.customer = customer;
    method.last4 = u"4242"_s;
    method.cardPresent = cardPresent;
    return m_store.synaptoPay.paymentMethods.insert(std::move(method)).id;
}

} // namespace paydesk::sandbox::synaptopay
