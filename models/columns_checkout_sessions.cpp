#include "models/columns.h"

#include <array>

namespace paydesk {

namespace {

constexpr char Context[] = "paydesk::CheckoutSessionTableModel";

using C = const ColumnContext &;
using S = const CheckoutSession &;

// The customer's email, else the customer id.
QString customerLabel(S session, C = {})
{
    return session.customerEmail.isEmpty() ? session.customerId : session.customerEmail;
}

QString statusTip(S session, C)
{
    if (session.status.known() == CheckoutStatus::Unrecognized)
        return QCoreApplication::translate("paydesk::CheckoutSessionTableModel",
                                           "%1: a status this version of Paydesk does not know yet")
            .arg(session.status.raw());
    return session.status.raw();
}

const std::array<ColumnSpec<CheckoutSession>, 9> Columns{{
    {.key = "created",
     .title = QT_TRANSLATE_NOOP("paydesk::CheckoutSessionTableModel", "Created"),
     .display = [](S s, C c) { return c.date(s.created, QLocale::ShortFormat); },
     .sortKey = [](S s, C) { return SortKey::ofDate(s.created); },
     .raw = [](S s, C) { return QVariant(s.created); },
     .toolTip = [](S s, C c) { return c.date(s.created, QLocale::LongFormat); },
     .csv = [](S s, C) { return columns::isoLocal(s.created); },
     .plain = [](S s) { return columns::isoUtc(s.created); }},
    {.key = "status",
     .title = QT_TRANSLATE_NOOP("paydesk::CheckoutSessionTableModel", "Status"),
     .display = [](S s, C) { return s.status.displayName(); },
     .sortKey = [](S s, C) { return SortKey::ofText(s.status.raw()); },
     .raw = [](S s, C) { return QVariant(s.status.raw()); },
     .toolTip = statusTip,
     .plain = [](S s) { return s.status.raw(); }},
    {.key = "amount_total",
     .title = QT_TRANSLATE_NOOP("paydesk::CheckoutSessionTableModel", "Amount"),
     .display = [](S s,
                   C c) { return s.amountTotal ? s.amountTotal->toString(c.locale) : QString(); },
     .sortKey =
         [](S s, C) {
             return s.amountTotal
                        ? SortKey::ofNumber(s.amountTotal->minorUnits(), s.amountTotal->currency())
                        : SortKey::none();
         },
     .raw = [](S s,
               C) { return s.amountTotal ? QVariant(s.amountTotal->minorUnits()) : QVariant(); },
     .toolTip =
         [](S s, C c) {
             return s.amountTotal ? s.amountTotal->toLocaleDecimalString(c.locale) + u' ' +
                                        s.amountTotal->currency()
                                  : QString();
         },
     .csv = [](S s, C) { return columns::decimal(s.amountTotal); },
     .plain = [](S s) { return columns::decimal(s.amountTotal); },
     .rightAligned = true},
    {.key = "customer",
     .title = QT_TRANSLATE_NOOP("paydesk::CheckoutSessionTableModel", "Customer"),
     .display = customerLabel,
     .sortKey = [](S s, C) { return SortKey::ofText(customerLabel(s)); },
     .raw = [](S s, C) { return QVariant(customerLabel(s)); },
     .toolTip =
         [](S s, C) {
             if (!s.customerEmail.isEmpty() && !s.customerId.isEmpty())
                 return s.customerEmail + u'\n' + s.customerId;
             return customerLabel(s);
         },
     .plain = [](S s) { return customerLabel(s); }},
    {.key = "client_reference_id",
     .title = QT_TRANSLATE_NOOP("paydesk::CheckoutSessionTableModel", "Reference"),
     .display = [](S s, C) { return s.clientReferenceId; },
     .sortKey = [](S s, C) { return SortKey::ofText(s.clientReferenceId); },
     .raw = [](S s, C) { return QVariant(s.clientReferenceId); },
     .plain = [](S s) { return s.clientReferenceId; }},
    {.key = "expiry",
     .title = QT_TRANSLATE_NOOP("paydesk::CheckoutSessionTableModel", "Expires"),
     .display = [](S s, C c) { return c.date(s.expiry, QLocale::ShortFormat); },
     .sortKey = [](S s, C) { return SortKey::ofDate(s.expiry); },
     .raw = [](S s, C) { return QVariant(s.expiry); },
     .toolTip = [](S s, C c) { return c.date(s.expiry, QLocale::LongFormat); },
     .csv = [](S s, C) { return columns::isoLocal(s.expiry); },
     .plain = [](S s) { return columns::isoUtc(s.expiry); }},
    {.key = "id",
     .title = QT_TRANSLATE_NOOP("paydesk::CheckoutSessionTableModel", "ID"),
     .display = [](S s, C) { return s.id; },
     .sortKey = [](S s, C) { return SortKey::ofText(s.id); },
     .raw = [](S s, C) { return QVariant(s.id); },
     .plain = [](S s) { return s.id; }},
    {.key = "url",
     .title = QT_TRANSLATE_NOOP("paydesk::CheckoutSessionTableModel", "Link"),
     .display = [](S s, C) { return s.url; },
     .sortKey = [](S s, C) { return SortKey::ofText(s.url); },
     .raw = [](S s, C) { return QVariant(s.url); },
     .toolTip = [](S s, C) { return s.url; },
     .plain = [](S s) { return s.url; }},
    // paydesk-cli's own
    {.key = "currency", .plain = [](S s) { return columns::currency(s.amountTotal); }},
}};

constexpr std::array<const char *, 8> Cli{
    "id", "status", "amount_total", "currency", "customer", "client_reference_id", "expiry", "url"};

} // namespace

const ResourceColumns<CheckoutSession> &checkoutSessionColumns()
{
    static const ResourceColumns<CheckoutSession> columns{Context, Columns, Cli};
    return columns;
}

} // namespace paydesk
