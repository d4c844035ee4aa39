#include "sandbox/synaptopay/persistence.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::synaptopay {

namespace {

// Whatever the API let in, and a kept answer, which may be long.
constexpr qsizetype kAnyLength = std::numeric_limits<int>::max();

QJsonObject errorToJson(const PaymentError &error)
{
    return {{u"message"_s, error.message}, {u"code"_s, error.code}, {u"device"_s, error.device}};
}

QJsonObject toJson(const Customer &customer)
{
    return {{u"id"_s, customer.id},
            {u"account"_s, customer.account},
            {u"created_ms"_s, customer.createdMs},
            {u"updated_ms"_s, customer.updatedMs},
            {u"full_name"_s, customer.fullName},
            {u"email"_s, customer.email},
            {u"phone"_s, customer.phone},
            {u"address"_s, customer.address},
            {u"metadata"_s, customer.metadata}};
}

QJsonObject toJson(const PaymentMethod &method)
{
    return {{u"id"_s, method.id},
            {u"account"_s, method.account},
            {u"created_ms"_s, method.createdMs},
            {u"updated_ms"_s, method.updatedMs},
            {u"customer"_s, method.customer},
            {u"brand"_s, method.brand},
            {u"last4"_s, method.last4},
            {u"exp_month"_s, method.expMonth},
            {u"exp_year"_s, method.expYear},
            {u"card_present"_s, method.cardPresent},
            {u"declines"_s, method.declines}};
}

QJsonObject toJson(const PaymentIntent &intent)
{
    QJsonArray transfers;
    for (const TransferSplit &split : intent.transfers) {
        transfers.append(QJsonObject{{u"account_name"_s, split.accountName},
                                     {u"amount"_s, split.amount},
                                     {u"transfer"_s, split.transfer}});
    }
    return {{u"id"_s, intent.id},
            {u"account"_s, intent.account},
            {u"created_ms"_s, intent.createdMs},
            {u"updated_ms"_s, intent.updatedMs},
            {u"amount"_s, intent.amount},
            {u"currency"_s, intent.currency},
            {u"state"_s, intentStateName(intent.state)},
            {u"customer"_s, intent.customer},
            {u"payment_method"_s, intent.paymentMethod},
            {u"device"_s, intent.device},
            {u"setup_future_usage"_s, intent.setupFutureUsage},
            {u"transfers"_s, transfers},
            {u"metadata"_s, intent.metadata},
            {u"client_secret"_s, intent.clientSecret},
            {u"last_payment_error"_s, errorToJson(intent.lastPaymentError)},
            {u"latest_charge"_s, intent.latestCharge},
            {u"checkout_session"_s, intent.checkoutSession},
            {u"settles_at_ms"_s, intent.settlesAtMs}};
}

QJsonObject toJson(const Charge &charge)
{
    return {{u"id"_s, charge.id},
            {u"account"_s, charge.account},
            {u"created_ms"_s, charge.createdMs},
            {u"updated_ms"_s, charge.updatedMs},
            {u"payment_intent"_s, charge.paymentIntent},
            {u"payment_method"_s, charge.paymentMethod},
            {u"amount"_s, charge.amount},
            {u"amount_refunded"_s, charge.amountRefunded},
            {u"currency"_s, charge.currency}};
}

QJsonObject toJson(const Refund &refund)
{
    return {{u"id"_s, refund.id},
            {u"account"_s, refund.account},
            {u"created_ms"_s, refund.createdMs},
            {u"charge"_s, refund.charge},
            {u"payment_intent"_s, refund.paymentIntent},
            {u"amount"_s, refund.amount},
            {u"currency"_s, refund.currency},
            {u"reason"_s, refund.reason},
            {u"description"_s, refund.description},
            {u"metadata"_s, refund.metadata}};
}

QJsonObject toJson(const Transfer &transfer)
{
    return {{u"id"_s, transfer.id},
            {u"account"_s, transfer.account},
            {u"created_ms"_s, transfer.createdMs},
            {u"destination"_s, transfer.destination},
            {u"amount"_s, transfer.amount},
            {u"currency"_s, transfer.currency},
            {u"payment_intent"_s, transfer.paymentIntent},
            {u"charge"_s, transfer.charge}};
}

QJsonObject toJson(const CheckoutSession &session)
{
    return {{u"id"_s, session.id},
            {u"account"_s, session.account},
            {u"created_ms"_s, session.createdMs},
            {u"updated_ms"_s, session.updatedMs},
            {u"expire_ms"_s, session.expireMs},
            {u"amount"_s, session.amount},
            {u"currency"_s, session.currency},
            {u"client_reference_id"_s, session.clientReferenceId},
            {u"success_url"_s, session.successUrl},
            {u"cancel_url"_s, session.cancelUrl},
            {u"metadata"_s, session.metadata},
            {u"payment_intent"_s, session.paymentIntent},
            {u"paid"_s, session.paid}};
}

QJsonObject toJson(const Device &device)
{
    return {{u"id"_s, device.id},
            {u"account"_s, device.account},
            {u"created_ms"_s, device.createdMs},
            {u"updated_ms"_s, device.updatedMs},
            {u"state"_s, deviceStateName(device.state)},
            {u"model"_s, device.model},
            {u"display_name"_s, device.displayName},
            {u"serial_number"_s, device.serialNumber},
            {u"currencies"_s, QJsonArray::fromStringList(device.currencies)},
            {u"waiting_intent"_s, device.waitingIntent}};
}

QJsonObject toJson(const IdempotencyRecord &record)
{
    return {
        {u"id"_s, record.id},          {u"created_ms"_s, record.createdMs},
        {u"used_ms"_s, record.usedMs}, {u"fingerprint"_s, QString::fromLatin1(record.fingerprint)},
        {u"status"_s, record.status},  {u"body"_s, QString::fromUtf8(record.body)}};
}

QString text(FieldReader &reader, const QString &name)
{
    return reader.string(name, FieldReader::Optional, kAnyLength).value_or(QString());
}

qint64 number(FieldReader &reader, const QString &name)
{
    return reader.integer(name, FieldReader::Required, FieldReader::atLeast(0)).value_or(0);
}

QJsonObject object(FieldReader &reader, const QString &name)
{
    return reader.object(name).value_or(QJsonObject());
}

void readCommon(FieldReader &reader, QString &id, QString &account, qint64 &createdMs)
{
    id = reader.string(u"id"_s, FieldReader::Required, kAnyLength).value_or(QString());
    account = text(reader, u"account"_s);
    createdMs = number(reader, u"created_ms"_s);
}

void read(FieldReader &reader, Customer &customer)
{
    readCommon(reader, customer.id, customer.account, customer.createdMs);
    customer.updatedMs = number(reader, u"updated_ms"_s);
    customer.fullName = text(reader, u"full_name"_s);
    customer.email = text(reader, u"email"_s);
    customer.phone = text(reader, u"phone"_s);
    customer.address = object(reader, u"address"_s);
    customer.metadata = object(reader, u"metadata"_s);
}

void read(FieldReader &reader, PaymentMethod &method)
{
    readCommon(reader, method.id, method.account, method.createdMs);
    method.updatedMs = number(reader, u"updated_ms"_s);
    method.customer = text(reader, u"customer"_s);
    method.brand = text(reader, u"brand"_s);
    method.last4 = text(reader, u"last4"_s);
    method.expMonth =
        int(reader.integer(u"exp_month"_s, FieldReader::Required, FieldReader::between(1, 12))
                .value_or(1));
    method.expYear =
        int(reader.integer(u"exp_year"_s, FieldReader::Required, FieldReader::between(2000, 9999))
                .value_or(2034));
    method.cardPresent = reader.boolean(u"card_present"_s).value_or(false);
    method.declines = reader.boolean(u"declines"_s).value_or(false);
}

void read(FieldReader &reader, PaymentError &error)
{
    error.message = text(reader, u"message"_s);
    error.code = text(reader, u"code"_s);
    error.device = text(reader, u"device"_s);
}

void read(FieldReader &reader, PaymentIntent &intent)
{
    readCommon(reader, intent.id, intent.account, intent.createdMs);
    intent.updatedMs = number(reader, u"updated_ms"_s);
    intent.amount = number(reader, u"amount"_s);
    intent.currency = text(reader, u"currency"_s);
    const QString state = reader
                              .choice(u"state"_s,
                                      {intentStateName(IntentState::RequiresPaymentMethod),
                                       intentStateName(IntentState::Processing),
                                       intentStateName(IntentState::Succeeded)},
                                      FieldReader::Required)
                              .value_or(QString());
    intent.state = state == intentStateName(IntentState::Succeeded) ? IntentState::Succeeded
                   : state == intentStateName(IntentState::Processing)
                       ? IntentState::Processing
                       : IntentState::RequiresPaymentMethod;
    intent.customer = text(reader, u"customer"_s);
    intent.paymentMethod = text(reader, u"payment_method"_s);
    intent.device = text(reader, u"device"_s);
    intent.setupFutureUsage = text(reader, u"setup_future_usage"_s);
    const QJsonArray transfers = reader.array(u"transfers"_s).value_or(QJsonArray());
    for (qsizetype i = 0; i < transfers.size() && !reader.failed(); ++i) {
        FieldReader split = reader.nested(transfers.at(i).toObject(), u"transfers[%1]"_s.arg(i));
        intent.transfers.append({text(split, u"account_name"_s), number(split, u"amount"_s),
                                 text(split, u"transfer"_s)});
    }
    intent.metadata = object(reader, u"metadata"_s);
    intent.clientSecret = text(reader, u"client_secret"_s);
    FieldReader error =
        reader.nested(object(reader, u"last_payment_error"_s), u"last_payment_error"_s);
    read(error, intent.lastPaymentError);
    intent.latestCharge = text(reader, u"latest_charge"_s);
    intent.checkoutSession = text(reader, u"checkout_session"_s);
    intent.settlesAtMs = number(reader, u"settles_at_ms"_s);
}

void read(FieldReader &reader, Charge &charge)
{
    readCommon(reader, charge.id, charge.account, charge.createdMs);
    charge.updatedMs = number(reader, u"updated_ms"_s);
    charge.paymentIntent = text(reader, u"payment_intent"_s);
    charge.paymentMethod = text(reader, u"payment_method"_s);
    charge.amount = number(reader, u"amount"_s);
    charge.amountRefunded = number(reader, u"amount_refunded"_s);
    charge.currency = text(reader, u"currency"_s);
}

void read(FieldReader &reader, Refund &refund)
{
    readCommon(reader, refund.id, refund.account, refund.createdMs);
    refund.charge = text(reader, u"charge"_s);
    refund.paymentIntent = text(reader, u"payment_intent"_s);
    refund.amount = number(reader, u"amount"_s);
    refund.currency = text(reader, u"currency"_s);
    refund.reason = text(reader, u"reason"_s);
    refund.description = text(reader, u"description"_s);
    refund.metadata = object(reader, u"metadata"_s);
}

void read(FieldReader &reader, Transfer &transfer)
{
    readCommon(reader, transfer.id, transfer.account, transfer.createdMs);
    transfer.destination = text(reader, u"destination"_s);
    transfer.amount = number(reader, u"amount"_s);
    transfer.currency = text(reader, u"currency"_s);
    transfer.paymentIntent = text(reader, u"payment_intent"_s);
    transfer.charge = text(reader, u"charge"_s);
}

void read(FieldReader &reader, CheckoutSession &session)
{
    readCommon(reader, session.id, session.account, session.createdMs);
    session.updatedMs = number(reader, u"updated_ms"_s);
    session.expireMs = number(reader, u"expire_ms"_s);
    session.amount = number(reader, u"amount"_s);
    session.currency = text(reader, u"currency"_s);
    session.clientReferenceId = text(reader, u"client_reference_id"_s);
    session.successUrl = text(reader, u"success_url"_s);
    session.cancelUrl = text(reader, u"cancel_url"_s);
    session.metadata = object(reader, u"metadata"_s);
    session.paymentIntent = text(reader, u"payment_intent"_s);
    session.paid = reader.boolean(u"paid"_s).value_or(false);
}

void read(FieldReader &reader, Device &device)
{
    readCommon(reader, device.id, device.account, device.createdMs);
    device.updatedMs = number(reader, u"updated_ms"_s);
    const QString state =
        reader
            .choice(u"state"_s,
                    {deviceStateName(DeviceState::Active), deviceStateName(DeviceState::Pending),
                     deviceStateName(DeviceState::Suspended)},
                    FieldReader::Required)
            .value_or(QString());
    device.state = state == deviceStateName(DeviceState::Pending)     ? DeviceState::Pending
                   : state == deviceStateName(DeviceState::Suspended) ? DeviceState::Suspended
                                                                      : DeviceState::Active;
    device.model = text(reader, u"model"_s);
    device.displayName = text(reader, u"display_name"_s);
    device.serialNumber = text(reader, u"serial_number"_s);
    for (const QJsonValue &currency : reader.array(u"currencies"_s).value_or(QJsonArray()))
        device.currencies.append(currency.toString());
    device.waitingIntent = text(reader, u"waiting_intent"_s);
}

void read(FieldReader &reader, IdempotencyRecord &record)
{
    record.id = reader.string(u"id"_s, FieldReader::Required, kAnyLength).value_or(QString());
    record.createdMs = number(reader, u"created_ms"_s);
    record.usedMs = number(reader, u"used_ms"_s);
    record.fingerprint = text(reader, u"fingerprint"_s).toLatin1();
    record.status =
        int(reader.integer(u"status"_s, FieldReader::Required, FieldReader::between(100, 599))
                .value_or(200));
    record.body = text(reader, u"body"_s).toUtf8();
}

template <typename T>
void readArray(FieldReader &root, const QJsonArray &array, const QString &name,
               TrackedCollection<T> &into, Repeats repeats)
{
    for (qsizetype i = 0; i < array.size() && !root.failed(); ++i) {
        const QString item = u"%1[%2]"_s.arg(name, QString::number(i));
        const QString itemPath = root.path(item);
        if (!array.at(i).isObject()) {
            root.fail(itemPath, u"type"_s, u"%1 must be an object"_s.arg(itemPath));
            return;
        }
        FieldReader reader = root.nested(array.at(i).toObject(), item);
        T record;
        read(reader, record);
        if (reader.failed())
            return;
        T *existing = into.edit(record.id);
        if (!existing) {
            into.insert(std::move(record));
        } else if (repeats == Repeats::Refused) {
            reader.fail(reader.path(u"id"_s), u"unique"_s, u"%1 repeats an id"_s.arg(itemPath));
        } else if (existing->createdMs != record.createdMs) {
            reader.fail(reader.path(u"created_ms"_s), u"unchanged"_s,
                        u"%1 changes the creation time of %2"_s.arg(itemPath, record.id));
        } else {
            *existing = std::move(record);
        }
    }
}

} // namespace

QJsonObject storeToJson(const SynaptoPayStore &store)
{
    QJsonObject object;
    SynaptoPayStore::forEachCollection(store, [&](const QString &name, const auto &collection) {
        QJsonArray records;
        collection.forEach([&](const auto &record) { records.append(toJson(record)); });
        object.insert(name, records);
    });
    return object;
}

QJsonObject changesToJson(const SynaptoPayStore &store, const QHash<QString, QStringList> &changed)
{
    QJsonObject object;
    SynaptoPayStore::forEachCollection(store, [&](const QString &name, const auto &collection) {
        QJsonArray records;
        for (const QString &id : changed.value(name)) {
            if (const auto *record = collection.find(id))
                records.append(toJson(*record));
        }
        if (!records.isEmpty())
            object.insert(name, records);
    });
    return object;
}

void readStore(FieldReader &reader, const QJsonObject &object, const QString &path,
               SynaptoPayStore &store, Repeats repeats)
{
    QStringList known;
    SynaptoPayStore::forEachCollection(store,
                                       [&](const QString &name, auto &) { known.append(name); });
    FieldReader nested = reader.nested(object, path);
    nested.rejectUnknownFields(known);
    SynaptoPayStore::forEachCollection(store, [&](const QString &name, auto &collection) {
        const QJsonArray array = nested.array(name).value_or(QJsonArray());
        readArray(nested, array, name, collection, repeats);
    });
}

} // namespace paydesk::sandbox::synaptopay
