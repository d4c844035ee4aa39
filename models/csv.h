#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::csv {

// RFC 4180: fields joined by commas, quoted when they hold a comma, a quote or a line break
// (quotes doubled), lines ended by CRLF. A field a spreadsheet would run as a formula (one
// starting with =, +, -, @, tab or carriage return, and not a number) is prefixed with an
// apostrophe, so an exported description can never execute in the finance team's spreadsheet.
QString field(const QString &text);
QString line(const QStringList &fields);

} // namespace paydesk::csv
