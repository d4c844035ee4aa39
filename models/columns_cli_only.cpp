#include "models/columns.h"

#include <array>

// Resources paydesk-cli lists but the console has no table for.

namespace paydesk {

namespace {

using M = const PaymentMethod &;
using R = const Refund &;
using D = const Device &;

const std::array<ColumnSpec<PaymentMethod>, 5> MethodColumns{{
    {.key = "id", .plain = [](M m) { return m.id; }},
    {.key = "type", .plain = [](M m) { return m.type; }},
    {.key = "brand", .plain = [](M m) { return m.brand; }},
    {.key = "last4", .plain = [](M m) { return m.last4; }},
    {.key = "description", .plain = [](M m) { return m.description; }},
}};
constexpr std::array<const char *, 5> MethodCli{"id", "type", "brand", "last4", "description"};

const std::array<ColumnSpec<Refund>, 7> RefundColumns{{
    {.key = "id", .plain = [](R r) { return r.id; }},
    {.key = "payment_intent_id", .plain = [](R r) { return r.paymentIntentId; }},
    {.key = "amount", .plain = [](R r) { return columns::decimal(r.amount); }},
    {.key = "currency", .plain = [](R r) { return columns::currency(r.amount); }},
    {.key = "reason", .plain = [](R r) { return r.reason; }},
    {.key = "status", .plain = [](R r) { return r.status; }},
    {.key = "created", .plain = [](R r) { return columns::isoUtc(r.created); }},
}};
constexpr std::array<const char *, 7> RefundCli{
    "id", "payment_intent_id", "amount", "currency", "reason", "status", "created"};

const std::array<ColumnSpec<Device>, 6> DeviceColumns{{
    {.key = "id", .plain = [](D d) { return d.id; }},
    {.key = "name", .plain = [](D d) { return d.displayName; }},
    {.key = "model", .plain = [](D d) { return d.model; }},
    {.key = "state", .plain = [](D d) { return d.state; }},
    {.key = "currencies",
     .plain = [](D d) { return d.supportedCurrencies.join(QLatin1Char(' ')); }},
    {.key = "serial_number", .plain = [](D d) { return d.serialNumber; }},
}};
constexpr std::array<const char *, 6> DeviceCli{"id",    "name",       "model",
                                                "state", "currencies", "serial_number"};

} // namespace

const ResourceColumns<PaymentMethod> &paymentMethodColumns()
{
    static const ResourceColumns<PaymentMethod> columns{"", MethodColumns, MethodCli};
    return columns;
}

const ResourceColumns<Refund> &refundColumns()
{
    static const ResourceColumns<Refund> columns{"", RefundColumns, RefundCli};
    return columns;
}

const ResourceColumns<Device> &deviceColumns()
{
    static const ResourceColumns<Device> columns{"", DeviceColumns, DeviceCli};
    return columns;
}

} // namespace paydesk
