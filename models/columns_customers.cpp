#include "models/columns.h"

#include <array>

namespace paydesk {

namespace {

constexpr char Context[] = "paydesk::CustomerTableModel";

using C = const ColumnContext &;
using U = const Customer &;

// Plain text columns sort and export by the text shown.
template <QString Customer::*member>
constexpr ColumnSpec<Customer> textColumn(const char *key, const char *title)
{
    return {.key = key,
            .title = title,
            .display = [](U u, C) { return u.*member; },
            .sortKey = [](U u, C) { return SortKey::ofText(u.*member); },
            .raw = [](U u, C) { return QVariant(u.*member); },
            .plain = [](U u) { return u.*member; }};
}

const std::array<ColumnSpec<Customer>, 6> Columns{{
    {.key = "name",
     .title = QT_TRANSLATE_NOOP("paydesk::CustomerTableModel", "Name"),
     .display = [](U u, C) { return u.displayName(); },
     .sortKey = [](U u, C) { return SortKey::ofText(u.displayName()); },
     .raw = [](U u, C) { return QVariant(u.displayName()); },
     .toolTip =
         [](U u, C) {
             if (u.address && !u.address->isEmpty())
                 return u.displayName() + u'\n' + u.address->singleLine();
             return u.displayName();
         },
     .plain = [](U u) { return u.displayName(); }},
    textColumn<&Customer::email>("email",
                                 QT_TRANSLATE_NOOP("paydesk::CustomerTableModel", "Email")),
    {.key = "phone",
     .title = QT_TRANSLATE_NOOP("paydesk::CustomerTableModel", "Phone"),
     .display = [](U u, C) { return u.internationalPhone(); },
     .sortKey = [](U u, C) { return SortKey::ofText(u.internationalPhone()); },
     .raw = [](U u, C) { return QVariant(u.internationalPhone()); },
     .plain = [](U u) { return u.internationalPhone(); }},
    // The address's country, by name; the tooltip and paydesk-cli give its ISO 3166 code.
    {.key = "country",
     .title = QT_TRANSLATE_NOOP("paydesk::CustomerTableModel", "Country"),
     .display = [](U u, C) { return u.countryName(); },
     .sortKey = [](U u, C) { return SortKey::ofText(u.countryName()); },
     .raw = [](U u, C) { return QVariant(u.address ? u.address->country : QString()); },
     .toolTip = [](U u, C) { return u.address ? u.address->country : QString(); },
     .plain = [](U u) { return u.address ? u.address->country : QString(); }},
    {.key = "created",
     .title = QT_TRANSLATE_NOOP("paydesk::CustomerTableModel", "Created"),
     .display = [](U u, C c) { return c.date(u.created, QLocale::ShortFormat); },
     .sortKey = [](U u, C) { return SortKey::ofDate(u.created); },
     .raw = [](U u, C) { return QVariant(u.created); },
     .toolTip = [](U u, C c) { return c.date(u.created, QLocale::LongFormat); },
     .csv = [](U u, C) { return columns::isoLocal(u.created); },
     .plain = [](U u) { return columns::isoUtc(u.created); }},
    textColumn<&Customer::id>("id", QT_TRANSLATE_NOOP("paydesk::CustomerTableModel", "ID")),
}};

constexpr std::array<const char *, 6> Cli{"id", "name", "email", "phone", "country", "created"};

} // namespace

const ResourceColumns<Customer> &customerColumns()
{
    static const ResourceColumns<Customer> columns{Context, Columns, Cli};
    return columns;
}

} // namespace paydesk
