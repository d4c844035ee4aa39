// What every fuzz target shares: turning libFuzzer's bytes into Qt types, and failing loudly
// (abort, which libFuzzer reports as a crash with the input saved) when an invariant breaks.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace paydesk::fuzz {

// A copy, not QByteArray::fromRawData: the copy ends in a NUL as every QByteArray does, so a
// parser that relies on that is tested as it runs in the program.
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "\nINVARIANT BROKEN: %s\n%s\n", what, detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace paydesk::fuzz

// Checks an invariant; `detail` (a QString expression) is built only when it breaks, so passing
// checks cost next to nothing.
#define FUZZ_CHECK(condition, what, detail)                                                        \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::paydesk::fuzz::fail(what, detail);                                                   \
    } while (false)
