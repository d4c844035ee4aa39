#pragma once

#include <QExplicitlySharedDataPointer>
#include <QHashFunctions>
#include <QSharedData>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace paydesk {

// A string held in one pointer: 8 bytes where a QString takes 24, no allocation when empty, and
// copies share one box. For the fields of objects a list holds by the million whose values are
// often empty or repeat from row to row (a currency, a status, a customer id): with the table
// model sharing equal values, a million rows hold a handful of boxes.
//
// It reads as a const QString& wherever one is taken, and is set from a QString. An empty string
// and a null one are the same here.
class SharedText
{
public:
    SharedText() = default;
    SharedText(const QString &text) // NOLINT(google-explicit-constructor): a drop-in for QString
    {
        if (!text.isEmpty())
            m_box = new Box(text);
    }
    SharedText(QString &&text) // NOLINT(google-explicit-constructor)
    {
        if (!text.isEmpty())
            m_box = new Box(std::move(text));
    }

    const QString &toString() const { return m_box ? m_box->text : empty(); }
    operator const QString &() const { return toString(); } // NOLINT(google-explicit-constructor)

    bool isEmpty() const { return !m_box; }
    void clear() { m_box.reset(); }
    bool isNull() const { return !m_box; }
    qsizetype size() const { return toString().size(); }
    bool startsWith(const QString &prefix) const { return toString().startsWith(prefix); }
    // True when both hold the very same box (a cheap "equal" that may say false for equal texts).
    bool sharesWith(const SharedText &other) const { return m_box == other.m_box; }

    friend bool operator==(const SharedText &a, const SharedText &b)
    {
        return a.m_box == b.m_box || a.toString() == b.toString();
    }
    friend bool operator!=(const SharedText &a, const SharedText &b) { return !(a == b); }
    friend bool operator==(const SharedText &a, const QString &b) { return a.toString() == b; }
    friend bool operator==(const QString &a, const SharedText &b) { return a == b.toString(); }
    friend bool operator!=(const SharedText &a, const QString &b) { return a.toString() != b; }
    friend bool operator!=(const QString &a, const SharedText &b) { return a != b.toString(); }
    friend bool operator<(const SharedText &a, const SharedText &b)
    {
        return a.toString() < b.toString();
    }
    friend size_t qHash(const SharedText &text, size_t seed = 0)
    {
        return qHash(text.toString(), seed);
    }

private:
    struct Box : QSharedData
    {
        explicit Box(const QString &t)
            : text(t)
        {}
        explicit Box(QString &&t)
            : text(std::move(t))
        {}
        QString text;
    };
    static const QString &empty()
    {
        static const QString none;
        return none;
    }

    QExplicitlySharedDataPointer<Box> m_box;
};

// An optional value kept on the heap: 8 bytes in the object that holds it, however large the
// value. For parts of a row that most rows lack (why a payment failed), so that the rows without
// one do not carry its room. Reads like std::optional; copies share the value until one changes
// it.
template <typename T>
class Boxed
{
public:
    Boxed() = default;
    Boxed(std::nullopt_t) {} // NOLINT(google-explicit-constructor)
    Boxed(const T &value)    // NOLINT(google-explicit-constructor)
        : m_value(std::make_shared<T>(value))
    {}
    Boxed(T &&value) // NOLINT(google-explicit-constructor)
        : m_value(std::make_shared<T>(std::move(value)))
    {}

    bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return m_value.get(); }
    T &operator*() { return *detach(); }
    T *operator->() { return detach(); }
    const T &value() const { return *m_value; }
    void reset() { m_value.reset(); }
    std::optional<T> toOptional() const
    {
        return m_value ? std::optional<T>(*m_value) : std::nullopt;
    }

    friend bool operator==(const Boxed &a, const Boxed &b)
    {
        if (a.m_value == b.m_value)
            return true;
        return a.m_value && b.m_value && *a.m_value == *b.m_value;
    }

private:
    T *detach()
    {
        if (m_value && m_value.use_count() > 1)
            m_value = std::make_shared<T>(*m_value);
        return m_value.get();
    }

    std::shared_ptr<T> m_value;
};

} // namespace paydesk
