#pragma once

#include <QDateTime>
#include <QString>

namespace paydesk {

// The value one row sorts by in one column, computed once per row when the rows are sorted.
// Keys compare by `group` (a row without a value has a lower group than one with a value, so it
// sorts first), then by `number` (minor units, milliseconds since the epoch), then by `text`:
// code unit by code unit, or with the proxy's text collation (sortCaseSensitivity(),
// isSortLocaleAware()).
struct SortKey
{
    enum TextOrder : quint8
    {
        BinaryText,
        CollatedText,
    };

    QString text;
    qint64 number = 0;
    quint8 group = 0;
    TextOrder textOrder = BinaryText;

    // A number, ties broken by `tieBreak` code unit by code unit (amounts, then currency).
    static SortKey ofNumber(qint64 number, const QString &tieBreak = {})
    {
        return SortKey{tieBreak, number, 1, BinaryText};
    }
    // An instant; an invalid date sorts before every valid one.
    static SortKey ofDate(const QDateTime &when)
    {
        return when.isValid() ? SortKey{{}, when.toMSecsSinceEpoch(), 1, BinaryText} : SortKey();
    }
    // Text compared with the proxy's collation.
    static SortKey ofText(const QString &text) { return SortKey{text, 0, 1, CollatedText}; }
    // Text compared code unit by code unit (currency codes).
    static SortKey ofBinaryText(const QString &text) { return SortKey{text, 0, 1, BinaryText}; }
    // No value: sorts before every key with one.
    static SortKey none() { return SortKey(); }
};

} // namespace paydesk
