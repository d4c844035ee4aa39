#include "sandbox/store.h"

#include <QDateTime>
#include <QUuid>

#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

QString intentStatusName(IntentStatus status)
{
    switch (status) {
    case IntentStatus::Initialized:
        return u"initialized"_s;
    case IntentStatus::Created:
        return u"created"_s;
    case IntentStatus::RequiresPaymentMethod:
        return u"requires_payment_method"_s;
    case IntentStatus::RequiresConfirmation:
        return u"requires_confirmation"_s;
    case IntentStatus::RequiresAction:
        return u"requires_action"_s;
    case IntentStatus::Processing:
        return u"processing"_s;
    case IntentStatus::Succeeded:
        return u"succeeded"_s;
    case IntentStatus::RequiresCapture:
        return u"requires_capture"_s;
    case IntentStatus::Canceled:
        return u"canceled"_s;
    case IntentStatus::Failed:
        return u"failed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<IntentStatus> intentStatusFromName(QStringView name)
{
    for (int i = 0; i < kIntentStatusCount; ++i) {
        const auto status = static_cast<IntentStatus>(i);
        if (intentStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

bool isFinal(IntentStatus status)
{
    return status == IntentStatus::Succeeded || status == IntentStatus::Canceled ||
           status == IntentStatus::Failed;
}

bool isConfirmable(IntentStatus status)
{
    switch (status) {
    case IntentStatus::Initialized:
    case IntentStatus::Created:
    case IntentStatus::RequiresPaymentMethod:
    case IntentStatus::RequiresConfirmation:
        return true;
    default:
        return false;
    }
}

QString sessionStatusName(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Open:
        return u"open"_s;
    case SessionStatus::Complete:
        return u"complete"_s;
    case SessionStatus::Expired:
        return u"expired"_s;
    }
    Q_UNREACHABLE();
    return {};
}

qint64 Store::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs;
}

QString Store::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Store &Store::operator=(Store &&other) noexcept
{
    const auto take = [](auto &into, auto &from) {
        using Base = typename std::remove_reference_t<decltype(into)>::Collection;
        static_cast<Base &>(into) = std::move(static_cast<Base &>(from));
        into.m_changed.clear();
    };
    take(customers, other.customers);
    take(paymentMethods, other.paymentMethods);
    take(intents, other.intents);
    take(sessions, other.sessions);
    take(refunds, other.refunds);
    synaptoPay.forEachCollectionWith(other.synaptoPay, take);
    clockOffsetMs = other.clockOffsetMs;
    m_replaced = isTracking();
    return *this;
}

void Store::clear()
{
    forEachCollection([](auto &collection) { collection.clear(); });
    clockOffsetMs = 0;
    m_replaced = isTracking();
}

void Store::startTracking()
{
    forEachCollection([](auto &collection) {
        collection.m_tracking = true;
        collection.m_changed.clear();
    });
    m_trackedClockOffsetMs = clockOffsetMs;
    m_replaced = false;
}

StoreChanges Store::takeChanges()
{
    StoreChanges changes;
    if (!isTracking())
        return changes;
    const auto take = [](auto &collection) {
        QStringList ids(collection.m_changed.cbegin(), collection.m_changed.cend());
        collection.m_changed.clear();
        return ids;
    };
    changes.replaced = std::exchange(m_replaced, false);
    changes.clockChanged = clockOffsetMs != m_trackedClockOffsetMs;
    m_trackedClockOffsetMs = clockOffsetMs;
    changes.customers = take(customers);
    changes.paymentMethods = take(paymentMethods);
    changes.intents = take(intents);
    changes.sessions = take(sessions);
    changes.refunds = take(refunds);
    synaptopay::SynaptoPayStore::forEachCollection(
        synaptoPay, [&](const QString &name, auto &collection) {
            QStringList ids = take(collection);
            if (!ids.isEmpty())
                changes.synaptoPay.insert(name, std::move(ids));
        });
    return changes;
}

Customer &Store::addCustomer(Customer customer, const QString &succeedingCardId,
                             const QString &decliningCardId)
{
    const auto addCard = [&](const QString &id, TestCard card) {
        PaymentMethod method;
        method.id = id;
        method.createdMs = customer.createdMs;
        method.customerId = customer.id;
        method.card = card;
        paymentMethods.insert(std::move(method));
    };
    addCard(succeedingCardId, TestCard::Succeeds);
    addCard(decliningCardId, TestCard::Declines);
    customer.succeedingCardId = succeedingCardId;
    customer.decliningCardId = decliningCardId;
    return customers.insert(std::move(customer));
}

void Store::startProcessing(PaymentIntent &intent, const PaymentMethod &method, qint64 nowMs,
                            qint64 processingDelayMs)
{
    intent.paymentMethodId = method.id;
    intent.customerId = method.customerId;
    intent.status = IntentStatus::Processing;
    intent.settlesAtMs = nowMs + processingDelayMs;
    intent.settlesTo =
        method.card == TestCard::Succeeds ? IntentStatus::Succeeded : IntentStatus::Failed;
    intent.updatedMs = nowMs;
}

PaymentIntent &Store::completeCheckout(CheckoutSession &session, const QString &intentId,
                                       qint64 nowMs)
{
    PaymentIntent intent;
    intent.id = intentId;
    intent.createdMs = nowMs;
    intent.updatedMs = nowMs;
    intent.amount = session.amountTotal;
    intent.status = IntentStatus::Succeeded;
    intent.userId = session.userId;
    intent.customerId = session.customerId;
    if (const Customer *customer = customers.find(session.customerId))
        intent.paymentMethodId = customer->succeedingCardId;
    intent.description = session.clientReferenceId.isEmpty()
                             ? u"Checkout session %1"_s.arg(session.id)
                             : u"Checkout %1"_s.arg(session.clientReferenceId);
    intent.checkoutSessionId = session.id;

    session.complete = true;
    session.paymentIntentId = intentId;
    session.updatedMs = nowMs;
    return intents.insert(std::move(intent));
}

Refund &Store::addRefund(Refund refund)
{
    PaymentIntent *intent = intents.edit(refund.paymentIntentId);
    Q_ASSERT(intent);
    intent->settle(refund.createdMs);
    intent->amountRefunded += refund.amount;
    intent->updatedMs = refund.createdMs;
    return refunds.insert(std::move(refund));
}

} // namespace paydesk::sandbox
