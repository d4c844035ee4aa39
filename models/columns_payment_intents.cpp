#include "models/columns.h"

#include <array>

namespace paydesk {

namespace {

constexpr char Context[] = "paydesk::PaymentIntentTableModel";

QString statusPhaseTip(const PaymentIntent &intent);

// The customer's name where the table knows it, else the customer id.
QString customerLabel(const PaymentIntent &intent, const ColumnContext &context)
{
    if (intent.customerId.isEmpty())
        return {};
    const QString name = context.customerName(intent.customerId.toString());
    return name.isEmpty() ? intent.customerId.toString() : name;
}

// The card people recognise ("visa •••• 4242") where the table knows it, else the id.
QString paymentMethodLabel(const PaymentIntent &intent, const ColumnContext &context)
{
    const QString name = context.paymentMethodName(intent.paymentMethodId.toString());
    return name.isEmpty() ? intent.paymentMethodId.toString() : name;
}

QString statusTip(const PaymentIntent &intent)
{
    QString tip = statusPhaseTip(intent);
    // Why the last attempt failed, and on which card terminal: what a clerk needs to follow up.
    if (intent.lastPaymentError && !intent.lastPaymentError->message.isEmpty()) {
        const PaymentError &error = *intent.lastPaymentError;
        const QString device = shortId(error.device);
        tip += u'\n' + (device.isEmpty()
                            ? QCoreApplication::translate("paydesk::PaymentIntentTableModel",
                                                          "Last attempt: %1")
                                  .arg(error.message)
                            : QCoreApplication::translate("paydesk::PaymentIntentTableModel",
                                                          "Last attempt, on terminal %1: %2")
                                  .arg(device, error.message));
    } else if (!intent.device.isEmpty()) {
        tip += u'\n' +
               QCoreApplication::translate("paydesk::PaymentIntentTableModel", "Card terminal: %1")
                   .arg(shortId(intent.device.toString()));
    }
    return tip;
}

QString statusPhaseTip(const PaymentIntent &intent)
{
    switch (intent.status.phase()) {
    case IntentPhase::Waiting:
        return QCoreApplication::translate("paydesk::PaymentIntentTableModel",
                                           "%1: waiting for the customer or for you to act")
            .arg(intent.status.raw());
    case IntentPhase::Moving:
        return QCoreApplication::translate("paydesk::PaymentIntentTableModel",
                                           "%1: the provider is working on it")
            .arg(intent.status.raw());
    case IntentPhase::Final:
        return QCoreApplication::translate("paydesk::PaymentIntentTableModel", "%1: final")
            .arg(intent.status.raw());
    case IntentPhase::Unknown:
        return QCoreApplication::translate("paydesk::PaymentIntentTableModel",
                                           "%1: a status this version of Paydesk does not know yet")
            .arg(intent.status.raw());
    }
    return {};
}

QString amountTip(const PaymentIntent &intent, const ColumnContext &context)
{
    if (!intent.amount.isValid())
        return {};
    QString tip =
        intent.amount.toLocaleDecimalString(context.locale) + u' ' + intent.amount.currency();
    if (intent.applicationFeeAmount) {
        const Money fee(*intent.applicationFeeAmount, intent.amount.currency());
        tip += u'\n' + QCoreApplication::translate("paydesk::PaymentIntentTableModel",
                                                   "Application fee: %1")
                           .arg(fee.toString(context.locale));
    }
    return tip;
}

QString moneyText(const std::optional<Money> &money, const ColumnContext &context)
{
    return money ? money->toString(context.locale) : QString();
}

// The refunded amount where something was refunded; empty otherwise, so the refunds stand out.
QString refundedText(const PaymentIntent &intent, const ColumnContext &context)
{
    return refundState(intent) == RefundState::None ? QString()
                                                    : moneyText(refundedAmount(intent), context);
}

qint64 netMinorUnits(const PaymentIntent &intent)
{
    const std::optional<Money> net = netAmount(intent);
    return net ? net->minorUnits() : 0;
}

using C = const ColumnContext &;
using I = const PaymentIntent &;

const std::array<ColumnSpec<PaymentIntent>, 10> Columns{{
    {.key = "created",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "Created"),
     .display = [](I i, C c) { return c.date(i.created, QLocale::ShortFormat); },
     .sortKey = [](I i, C) { return SortKey::ofDate(i.created); },
     .raw = [](I i, C) { return QVariant(i.created); },
     .toolTip = [](I i, C c) { return c.date(i.created, QLocale::LongFormat); },
     .csv = [](I i, C) { return columns::isoLocal(i.created); },
     .plain = [](I i) { return columns::isoUtc(i.created); }},
    {.key = "amount",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "Amount"),
     .display = [](I i,
                   C c) { return i.amount.isValid() ? i.amount.toString(c.locale) : QString(); },
     .sortKey = [](I i,
                   C) { return SortKey::ofNumber(i.amount.minorUnits(), i.amount.currency()); },
     .raw = [](I i, C) { return QVariant(i.amount.minorUnits()); },
     .toolTip = amountTip,
     .csv = [](I i, C) { return i.amount.toDecimalString(); },
     .plain = [](I i) { return i.amount.toDecimalString(); },
     .rightAligned = true},
    {.key = "currency",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "Currency"),
     .display = [](I i, C) { return i.amount.currency(); },
     .sortKey = [](I i, C) { return SortKey::ofBinaryText(i.amount.currency()); },
     .raw = [](I i, C) { return QVariant(i.amount.currency()); },
     .plain = [](I i) { return i.amount.currency(); }},
    {.key = "amount_refunded",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "Refunded"),
     .display = refundedText,
     .sortKey =
         [](I i, C) {
             return SortKey::ofNumber(i.amountRefunded.value_or(0), i.amount.currency());
         },
     .raw = [](I i, C) { return i.amountRefunded ? QVariant(*i.amountRefunded) : QVariant(); },
     .csv = [](I i, C) { return columns::decimal(refundedAmount(i)); },
     .plain = [](I i) { return columns::decimal(refundedAmount(i)); },
     .rightAligned = true},
    {.key = "net",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "Net"),
     .display = [](I i, C c) { return moneyText(netAmount(i), c); },
     .sortKey = [](I i, C) { return SortKey::ofNumber(netMinorUnits(i), i.amount.currency()); },
     .raw = [](I i, C) { return QVariant(netMinorUnits(i)); },
     .toolTip =
         [](I i, C c) {
             if (refundState(i) == RefundState::None)
                 return QString();
             return QCoreApplication::translate("paydesk::PaymentIntentTableModel",
                                                "%1 less %2 refunded")
                 .arg(moneyText(i.amount, c), moneyText(refundedAmount(i), c));
         },
     .csv = [](I i, C) { return columns::decimal(netAmount(i)); },
     .plain = [](I i) { return columns::decimal(netAmount(i)); },
     .rightAligned = true},
    {.key = "status",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "Status"),
     .display = [](I i, C) { return intentStatusText(i); },
     .sortKey = [](I i, C) { return SortKey::ofText(i.status.raw()); },
     .raw = [](I i, C) { return QVariant(i.status.raw()); },
     .toolTip = [](I i, C) { return statusTip(i); },
     .plain = [](I i) { return i.status.raw(); }},
    {.key = "customer_id",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "Customer"),
     .display = customerLabel,
     .sortKey = [](I i, C c) { return SortKey::ofText(customerLabel(i, c)); },
     .raw = [](I i, C c) { return QVariant(customerLabel(i, c)); },
     .toolTip =
         [](I i, C c) {
             const QString name = c.customerName(i.customerId.toString());
             return name.isEmpty() ? i.customerId.toString()
                                   : name + u'\n' + i.customerId.toString();
         },
     .plain = [](I i) { return i.customerId.toString(); }},
    {.key = "description",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "Description"),
     .display = [](I i, C) { return i.description; },
     .sortKey = [](I i, C) { return SortKey::ofText(i.description); },
     .raw = [](I i, C) { return QVariant(i.description); },
     .toolTip = [](I i, C) { return i.description; },
     .plain = [](I i) { return i.description; }},
    {.key = "payment_method_id",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "Payment method"),
     .display = paymentMethodLabel,
     .sortKey = [](I i, C c) { return SortKey::ofText(paymentMethodLabel(i, c)); },
     .raw = [](I i, C) { return QVariant(i.paymentMethodId.toString()); },
     .toolTip = [](I i, C) { return i.paymentMethodId.toString(); },
     .plain = [](I i) { return i.paymentMethodId.toString(); }},
    {.key = "id",
     .title = QT_TRANSLATE_NOOP("paydesk::PaymentIntentTableModel", "ID"),
     .display = [](I i, C) { return i.id; },
     .sortKey = [](I i, C) { return SortKey::ofText(i.id); },
     .raw = [](I i, C) { return QVariant(i.id); },
     .plain = [](I i) { return i.id; }},
}};

// Refunded and net come last, so scripts reading the earlier columns by position still work.
constexpr std::array<const char *, 9> Cli{"id",          "created",         "amount",
                                          "currency",    "status",          "customer_id",
                                          "description", "amount_refunded", "net"};

} // namespace

const ResourceColumns<PaymentIntent> &paymentIntentColumns()
{
    static const ResourceColumns<PaymentIntent> columns{Context, Columns, Cli};
    return columns;
}

} // namespace paydesk
