#include "sandbox/state_file.h"

#include "sandbox/synaptopay/persistence.h"
#include "sandbox/validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

constexpr auto kFormat = "paydesk-sandbox-state"_L1;
// The API keeps every amount within what a JSON number carries exactly (validation.cpp).
constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;
constexpr int kVersion = 1;
// Ties a snapshot to its journal; older readers ignore it.
constexpr auto kGeneration = "journal_generation"_L1;
// The SynaptoPay records (synaptopay/persistence.h); files from before it have none.
constexpr auto kSynaptoPay = "synaptopay"_L1;

QString cardName(TestCard card)
{
    return card == TestCard::Succeeds ? u"succeeds"_s : u"declines"_s;
}

QJsonObject customerToJson(const Customer &customer)
{
    QJsonObject object{{u"id"_s, customer.id},
                       {u"created_ms"_s, customer.createdMs},
                       {u"user_id"_s, customer.userId},
                       {u"email"_s, customer.email},
                       {u"country_code"_s, customer.countryCode},
                       {u"phone_number"_s, customer.phoneNumber},
                       {u"first_name"_s, customer.firstName},
                       {u"middle_name"_s, customer.middleName},
                       {u"last_name"_s, customer.lastName},
                       {u"business_name"_s, customer.businessName},
                       {u"metadata"_s, customer.metadata},
                       {u"succeeding_card_id"_s, customer.succeedingCardId},
                       {u"declining_card_id"_s, customer.decliningCardId}};
    if (const auto &address = customer.address) {
        object.insert(u"address"_s, QJsonObject{{u"line_1"_s, address->line1},
                                                {u"line_2"_s, address->line2},
                                                {u"city"_s, address->city},
                                                {u"state"_s, address->state},
                                                {u"postcode"_s, address->postcode},
                                                {u"country"_s, address->country}});
    }
    return object;
}

QJsonObject methodToJson(const PaymentMethod &method)
{
    return {{u"id"_s, method.id},
            {u"created_ms"_s, method.createdMs},
            {u"customer_id"_s, method.customerId},
            {u"card"_s, cardName(method.card)},
            {u"exp_month"_s, method.expMonth},
            {u"exp_year"_s, method.expYear}};
}

QJsonObject intentToJson(const PaymentIntent &intent)
{
    QJsonObject object{{u"id"_s, intent.id},
                       {u"created_ms"_s, intent.createdMs},
                       {u"updated_ms"_s, intent.updatedMs},
                       {u"amount"_s, intent.amount},
                       {u"status"_s, intentStatusName(intent.status)},
                       {u"settles_at_ms"_s, intent.settlesAtMs},
                       {u"settles_to"_s, intentStatusName(intent.settlesTo)},
                       {u"user_id"_s, intent.userId},
                       {u"customer_id"_s, intent.customerId},
                       {u"description"_s, intent.description},
                       {u"payment_method_id"_s, intent.paymentMethodId},
                       {u"setup_future_usage"_s, intent.setupFutureUsage},
                       {u"transfer_destination_user_id"_s, intent.transferDestinationUserId},
                       {u"checkout_session_id"_s, intent.checkoutSessionId},
                       {u"metadata"_s, intent.metadata},
                       {u"amount_refunded"_s, intent.amountRefunded}};
    if (intent.applicationFeeAmount)
        object.insert(u"application_fee_amount"_s, *intent.applicationFeeAmount);
    return object;
}

QJsonObject sessionToJson(const CheckoutSession &session)
{
    QJsonArray items;
    for (const LineItem &item : session.lineItems) {
        items.append(QJsonObject{{u"price_id"_s, item.priceId},
                                 {u"quantity"_s, item.quantity},
                                 {u"unit_amount"_s, item.unitAmount},
                                 {u"name"_s, item.name},
                                 {u"description"_s, item.description},
                                 {u"images"_s, QJsonArray::fromStringList(item.images)},
                                 {u"product_metadata"_s, item.productMetadata}});
    }
    return {{u"id"_s, session.id},
            {u"created_ms"_s, session.createdMs},
            {u"updated_ms"_s, session.updatedMs},
            {u"expires_at_ms"_s, session.expiresAtMs},
            {u"complete"_s, session.complete},
            {u"success_url"_s, session.successUrl},
            {u"cancel_url"_s, session.cancelUrl},
            {u"client_reference_id"_s, session.clientReferenceId},
            {u"customer_id"_s, session.customerId},
            {u"user_id"_s, session.userId},
            {u"customer_email"_s, session.customerEmail},
            {u"payment_intent_id"_s, session.paymentIntentId},
            {u"metadata"_s, session.metadata},
            {u"amount_total"_s, session.amountTotal},
            {u"line_items"_s, items}};
}

QJsonObject refundToJson(const Refund &refund)
{
    return {{u"id"_s, refund.id},
            {u"created_ms"_s, refund.createdMs},
            {u"payment_intent_id"_s, refund.paymentIntentId},
            {u"amount"_s, refund.amount},
            {u"reason"_s, refund.reason},
            {u"metadata"_s, refund.metadata}};
}

template <typename T, typename ToJson>
QJsonArray collectionToJson(const Collection<T> &collection, ToJson toJson)
{
    QJsonArray array;
    collection.forEach([&](const T &record) { array.append(toJson(record)); });
    return array;
}

// Damaged files are read with the request validator, which names the exact field at fault.
QString text(FieldReader &reader, const QString &name)
{
    return reader.string(name).value_or(QString());
}

qint64 number(FieldReader &reader, const QString &name)
{
    return reader.integer(name, FieldReader::Required, FieldReader::atLeast(0)).value_or(0);
}

IntentStatus status(FieldReader &reader, const QString &name)
{
    QStringList names;
    for (int i = 0; i < kIntentStatusCount; ++i)
        names.append(intentStatusName(static_cast<IntentStatus>(i)));
    const auto value = reader.choice(name, names, FieldReader::Required);
    return intentStatusFromName(value.value_or(QString())).value_or(IntentStatus::Initialized);
}

enum class Repeats
{
    Refused, // a state file names each record once
    Replace, // a journal entry holds the newest version of records the store may have
};

template <typename T, typename Read>
void readArray(FieldReader &root, const QString &name, TrackedCollection<T> &into, Read read,
               FieldReader::Presence presence = FieldReader::Required,
               Repeats repeats = Repeats::Refused)
{
    const QJsonArray array = root.array(name, presence).value_or(QJsonArray());
    for (qsizetype i = 0; i < array.size() && !root.failed(); ++i) {
        const QString path = u"%1[%2]"_s.arg(name, QString::number(i));
        if (!array.at(i).isObject()) {
            root.fail(path, u"type"_s, u"%1 must be an object"_s.arg(path));
            return;
        }
        FieldReader reader = root.nested(array.at(i).toObject(), path);
        T record = read(reader);
        if (reader.failed())
            return;
        T *existing = into.edit(record.id);
        if (!existing) {
            into.insert(std::move(record));
        } else if (repeats == Repeats::Refused) {
            reader.fail(reader.path(u"id"_s), u"unique"_s, u"%1 repeats an id"_s.arg(path));
        } else if (existing->createdMs != record.createdMs) {
            // Lists are ordered by creation; a record never changes when it was made.
            reader.fail(reader.path(u"created_ms"_s), u"unchanged"_s,
                        u"%1 changes the creation time of %2"_s.arg(path, record.id));
        } else {
            *existing = std::move(record);
        }
    }
}

Customer readCustomer(FieldReader &reader)
{
    Customer customer;
    customer.id = reader.string(u"id"_s, FieldReader::Required).value_or(QString());
    customer.createdMs = number(reader, u"created_ms"_s);
    customer.userId = text(reader, u"user_id"_s);
    customer.email = text(reader, u"email"_s);
    customer.countryCode = text(reader, u"country_code"_s);
    customer.phoneNumber = text(reader, u"phone_number"_s);
    customer.firstName = text(reader, u"first_name"_s);
    customer.middleName = text(reader, u"middle_name"_s);
    customer.lastName = text(reader, u"last_name"_s);
    customer.businessName = text(reader, u"business_name"_s);
    customer.metadata = reader.object(u"metadata"_s).value_or(QJsonObject());
    customer.succeedingCardId = text(reader, u"succeeding_card_id"_s);
    customer.decliningCardId = text(reader, u"declining_card_id"_s);
    if (const auto address = reader.object(u"address"_s)) {
        FieldReader addressReader = reader.nested(*address, u"address"_s);
        customer.address =
            Address{text(addressReader, u"line_1"_s),   text(addressReader, u"line_2"_s),
                    text(addressReader, u"city"_s),     text(addressReader, u"state"_s),
                    text(addressReader, u"postcode"_s), text(addressReader, u"country"_s)};
    }
    return customer;
}

PaymentMethod readMethod(FieldReader &reader)
{
    PaymentMethod method;
    method.id = reader.string(u"id"_s, FieldReader::Required).value_or(QString());
    method.createdMs = number(reader, u"created_ms"_s);
    method.customerId = text(reader, u"customer_id"_s);
    method.card = reader.choice(u"card"_s, {u"succeeds"_s, u"declines"_s}, FieldReader::Required)
                              .value_or(QString()) == "declines"_L1
                      ? TestCard::Declines
                      : TestCard::Succeeds;
    method.expMonth = int(number(reader, u"exp_month"_s));
    method.expYear = int(number(reader, u"exp_year"_s));
    return method;
}

PaymentIntent readIntent(FieldReader &reader)
{
    PaymentIntent intent;
    intent.id = reader.string(u"id"_s, FieldReader::Required).value_or(QString());
    intent.createdMs = number(reader, u"created_ms"_s);
    intent.updatedMs = number(reader, u"updated_ms"_s);
    intent.amount = number(reader, u"amount"_s);
    intent.status = status(reader, u"status"_s);
    intent.settlesAtMs = number(reader, u"settles_at_ms"_s);
    intent.settlesTo = status(reader, u"settles_to"_s);
    intent.userId = text(reader, u"user_id"_s);
    intent.customerId = text(reader, u"customer_id"_s);
    intent.description = text(reader, u"description"_s);
    intent.paymentMethodId = text(reader, u"payment_method_id"_s);
    intent.setupFutureUsage = text(reader, u"setup_future_usage"_s);
    intent.transferDestinationUserId = text(reader, u"transfer_destination_user_id"_s);
    intent.checkoutSessionId = text(reader, u"checkout_session_id"_s);
    intent.metadata = reader.object(u"metadata"_s).value_or(QJsonObject());
    intent.amountRefunded = number(reader, u"amount_refunded"_s);
    intent.applicationFeeAmount =
        reader.integer(u"application_fee_amount"_s, FieldReader::Optional, FieldReader::atLeast(0));
    return intent;
}

CheckoutSession readSession(FieldReader &reader)
{
    CheckoutSession session;
    session.id = reader.string(u"id"_s, FieldReader::Required).value_or(QString());
    session.createdMs = number(reader, u"created_ms"_s);
    session.updatedMs = number(reader, u"updated_ms"_s);
    session.expiresAtMs = number(reader, u"expires_at_ms"_s);
    session.complete = reader.boolean(u"complete"_s).value_or(false);
    session.successUrl = text(reader, u"success_url"_s);
    session.cancelUrl = text(reader, u"cancel_url"_s);
    session.clientReferenceId = text(reader, u"client_reference_id"_s);
    session.customerId = text(reader, u"customer_id"_s);
    session.userId = text(reader, u"user_id"_s);
    session.customerEmail = text(reader, u"customer_email"_s);
    session.paymentIntentId = text(reader, u"payment_intent_id"_s);
    session.metadata = reader.object(u"metadata"_s).value_or(QJsonObject());
    session.amountTotal = number(reader, u"amount_total"_s);
    const QJsonArray items = reader.array(u"line_items"_s).value_or(QJsonArray());
    for (qsizetype i = 0; i < items.size(); ++i) {
        FieldReader item = reader.nested(items.at(i).toObject(), u"line_items[%1]"_s.arg(i));
        LineItem line;
        line.priceId = text(item, u"price_id"_s);
        line.quantity = number(item, u"quantity"_s);
        line.unitAmount = number(item, u"unit_amount"_s);
        // The API and the checkout page multiply the two; the API never takes a line item whose
        // product leaves that range, and neither does a file.
        if (line.quantity > 0 && line.unitAmount > kMaxSafeInteger / line.quantity) {
            item.fail(item.path(u"unit_amount"_s), u"maximum"_s,
                      u"%1 times quantity is more than %2"_s.arg(item.path(u"unit_amount"_s),
                                                                 QString::number(kMaxSafeInteger)));
        }
        line.name = text(item, u"name"_s);
        line.description = text(item, u"description"_s);
        for (const QJsonValue &image : item.array(u"images"_s).value_or(QJsonArray()))
            line.images.append(image.toString());
        line.productMetadata = item.object(u"product_metadata"_s).value_or(QJsonObject());
        session.lineItems.append(line);
    }
    return session;
}

Refund readRefund(FieldReader &reader)
{
    Refund refund;
    refund.id = reader.string(u"id"_s, FieldReader::Required).value_or(QString());
    refund.createdMs = number(reader, u"created_ms"_s);
    refund.paymentIntentId = text(reader, u"payment_intent_id"_s);
    refund.amount = number(reader, u"amount"_s);
    refund.reason = text(reader, u"reason"_s);
    refund.metadata = reader.object(u"metadata"_s).value_or(QJsonObject());
    return refund;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool saveStateFile(const Store &store, const QString &path, QString *error)
{
    return saveStateFile(store, path, QString(), error);
}

bool saveStateFile(const Store &store, const QString &path, const QString &generation,
                   QString *error)
{
    QJsonObject root{
        {u"format"_s, kFormat},
        {u"version"_s, kVersion},
        {u"clock_offset_ms"_s, store.clockOffsetMs},
        {u"payment_customers"_s, collectionToJson(store.customers, customerToJson)},
        {u"payment_methods"_s, collectionToJson(store.paymentMethods, methodToJson)},
        {u"payment_intents"_s, collectionToJson(store.intents, intentToJson)},
        {u"checkout_sessions"_s, collectionToJson(store.sessions, sessionToJson)},
        {u"refunds"_s, collectionToJson(store.refunds, refundToJson)},
        {kSynaptoPay, synaptopay::storeToJson(store.synaptoPay)},
    };
    if (!generation.isEmpty())
        root.insert(kGeneration, generation);
    // QSaveFile flushes the new file to disk before it takes the old one's place.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return fail(error, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return true;
}

bool loadStateFile(Store &store, const QString &path, QString *error)
{
    return loadStateFile(store, path, nullptr, error);
}

bool loadStateFile(Store &store, const QString &path, QString *generation, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(error, u"%1 is not JSON: %2 at offset %3"_s.arg(
                               path, parseError.errorString(), QString::number(parseError.offset)));
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != kFormat ||
        root.value(u"version"_s).toInt() != kVersion) {
        return fail(error, u"%1 is not a version %2 paydesk-sandbox state file"_s.arg(
                               path, QString::number(kVersion)));
    }

    std::optional<FieldError> problem;
    FieldReader reader(root, problem);
    Store loaded;
    loaded.clockOffsetMs =
        reader.integer(u"clock_offset_ms"_s, FieldReader::Required, FieldReader::atLeast(0))
            .value_or(0);
    readArray(reader, u"payment_customers"_s, loaded.customers, readCustomer);
    readArray(reader, u"payment_methods"_s, loaded.paymentMethods, readMethod);
    readArray(reader, u"payment_intents"_s, loaded.intents, readIntent);
    readArray(reader, u"checkout_sessions"_s, loaded.sessions, readSession);
    readArray(reader, u"refunds"_s, loaded.refunds, readRefund);
    if (const auto synaptoPay = reader.object(kSynaptoPay)) {
        synaptopay::readStore(reader, *synaptoPay, kSynaptoPay, loaded.synaptoPay,
                              synaptopay::Repeats::Refused);
    }
    const QString savedGeneration = reader.string(kGeneration).value_or(QString());
    if (problem)
        return fail(error, u"%1: %2"_s.arg(path, problem->message));
    store = std::move(loaded);
    if (generation)
        *generation = savedGeneration;
    return true;
}

QJsonObject journalEntry(const Store &store, const StoreChanges &changes)
{
    QJsonObject entry;
    const auto add = [&](const QString &name, const auto &collection, const QStringList &ids,
                         const auto &toJson) {
        QJsonArray records;
        for (const QString &id : ids) {
            if (const auto *record = collection.find(id))
                records.append(toJson(*record));
        }
        if (!records.isEmpty())
            entry.insert(name, records);
    };
    add(u"payment_customers"_s, store.customers, changes.customers, customerToJson);
    add(u"payment_methods"_s, store.paymentMethods, changes.paymentMethods, methodToJson);
    add(u"payment_intents"_s, store.intents, changes.intents, intentToJson);
    add(u"checkout_sessions"_s, store.sessions, changes.sessions, sessionToJson);
    add(u"refunds"_s, store.refunds, changes.refunds, refundToJson);
    const QJsonObject synaptoPay = synaptopay::changesToJson(store.synaptoPay, changes.synaptoPay);
    if (!synaptoPay.isEmpty())
        entry.insert(kSynaptoPay, synaptoPay);
    if (changes.clockChanged)
        entry.insert(u"clock_offset_ms"_s, store.clockOffsetMs);
    return entry;
}

bool applyJournalEntry(Store &store, const QJsonObject &entry, QString *error)
{
    std::optional<FieldError> problem;
    FieldReader reader(entry, problem);
    reader.rejectUnknownFields({u"payment_customers"_s, u"payment_methods"_s, u"payment_intents"_s,
                                u"checkout_sessions"_s, u"refunds"_s, u"clock_offset_ms"_s,
                                kSynaptoPay});
    if (const auto offset =
            reader.integer(u"clock_offset_ms"_s, FieldReader::Optional, FieldReader::atLeast(0)))
        store.clockOffsetMs = *offset;
    const auto read = [&](const QString &name, auto &into, const auto &readRecord) {
        readArray(reader, name, into, readRecord, FieldReader::Optional, Repeats::Replace);
    };
    read(u"payment_customers"_s, store.customers, readCustomer);
    read(u"payment_methods"_s, store.paymentMethods, readMethod);
    read(u"payment_intents"_s, store.intents, readIntent);
    read(u"checkout_sessions"_s, store.sessions, readSession);
    read(u"refunds"_s, store.refunds, readRefund);
    if (const auto synaptoPay = reader.object(kSynaptoPay)) {
        synaptopay::readStore(reader, *synaptoPay, kSynaptoPay, store.synaptoPay,
                              synaptopay::Repeats::Replace);
    }
    if (problem)
        return fail(error, problem->message);
    return true;
}

} // namespace paydesk::sandbox
