#pragma once

#include <QExplicitlySharedDataPointer>
#include <QHashFunctions>
#include <QList>
#include <QSharedData>
#include <QString>

#include <initializer_list>
#include <limits>
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
    void reset() { m_value.reset(); }

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

// A list kept behind one pointer: 8 bytes where a QList takes 24, nothing allocated while it is
// empty. For lists most rows of a large table leave empty (a payment's transfers). Reads like a
// const QList; copies share the list until one changes it.
template <typename T>
class CompactList
{
public:
    CompactList() = default;
    CompactList(const QList<T> &list) // NOLINT(google-explicit-constructor)
    {
        if (!list.isEmpty())
            m_list = std::make_shared<QList<T>>(list);
    }
    CompactList(std::initializer_list<T> items)
        : CompactList(QList<T>(items))
    {}

    const QList<T> &toList() const { return m_list ? *m_list : empty(); }
    operator const QList<T> &() const { return toList(); } // NOLINT(google-explicit-constructor)

    bool isEmpty() const { return !m_list || m_list->isEmpty(); }
    qsizetype size() const { return m_list ? m_list->size() : 0; }
    const T &at(qsizetype i) const { return m_list->at(i); }
    const T &operator[](qsizetype i) const { return m_list->at(i); }
    T &operator[](qsizetype i) { return (*detach())[i]; }
    typename QList<T>::const_iterator begin() const { return toList().cbegin(); }
    typename QList<T>::const_iterator end() const { return toList().cend(); }
    void append(const T &item) { detach()->append(item); }
    void clear() { m_list.reset(); }

    friend bool operator==(const CompactList &a, const CompactList &b)
    {
        return a.toList() == b.toList();
    }

private:
    static const QList<T> &empty()
    {
        static const QList<T> none;
        return none;
    }
    QList<T> *detach()
    {
        if (!m_list)
            m_list = std::make_shared<QList<T>>();
        else if (m_list.use_count() > 1)
            m_list = std::make_shared<QList<T>>(*m_list);
        return m_list.get();
    }

    std::shared_ptr<QList<T>> m_list;
};

// A count of minor units that may be absent, in 8 bytes where std::optional<qint64> takes 16.
// The one value it cannot hold, the smallest qint64, is no amount a server sends; it reads as
// absent. Reads like std::optional<qint64>.
class OptionalMinorUnits
{
public:
    OptionalMinorUnits() = default;
    OptionalMinorUnits(std::nullopt_t) {} // NOLINT(google-explicit-constructor)
    OptionalMinorUnits(qint64 value)      // NOLINT(google-explicit-constructor)
        : m_value(value)
    {}
    OptionalMinorUnits(const std::optional<qint64> &value) // NOLINT(google-explicit-constructor)
        : m_value(value ? *value : None)
    {}

    bool has_value() const { return m_value != None; }
    explicit operator bool() const { return has_value(); }
    qint64 operator*() const { return m_value; }
    qint64 value_or(qint64 fallback) const { return has_value() ? m_value : fallback; }
    std::optional<qint64> toOptional() const
    {
        return has_value() ? std::optional<qint64>(m_value) : std::nullopt;
    }
    operator std::optional<qint64>() const { return toOptional(); } // NOLINT

    friend bool operator==(OptionalMinorUnits a, OptionalMinorUnits b)
    {
        return a.m_value == b.m_value;
    }

private:
    static constexpr qint64 None = std::numeric_limits<qint64>::min();
    qint64 m_value = None;
};

} // namespace paydesk
