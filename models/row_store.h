#pragma once

#include <QtGlobal>

#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace paydesk {

// The rows of a table model: objects in arrival order, kept in fixed-size chunks.
//
// Why not QList<T>: a growing list moves every object it holds each time it outgrows its
// block, and ends up to half empty (a 100,000-row list of 280-byte intents can carry 9 MB of
// unused capacity). Chunks never move what they hold, and waste at most one partly filled chunk.
template <typename T>
class RowStore
{
public:
    static constexpr int ChunkBits = 9;
    static constexpr int ChunkSize = 1 << ChunkBits; // rows per chunk

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const T &at(qsizetype row) const
    {
        Q_ASSERT(row >= 0 && row < m_size);
        return (*m_chunks[size_t(row >> ChunkBits)])[size_t(row & (ChunkSize - 1))];
    }
    T &operator[](qsizetype row)
    {
        Q_ASSERT(row >= 0 && row < m_size);
        return (*m_chunks[size_t(row >> ChunkBits)])[size_t(row & (ChunkSize - 1))];
    }
    T &last() { return (*this)[m_size - 1]; }

    template <typename U>
    void append(U &&value)
    {
        if ((m_size & (ChunkSize - 1)) == 0) {
            m_chunks.push_back(std::make_unique<std::vector<T>>());
            m_chunks.back()->reserve(ChunkSize);
        }
        m_chunks.back()->push_back(std::forward<U>(value));
        ++m_size;
    }

    // Moves every later row up by one: O(size), for the rare removal.
    void removeAt(qsizetype row)
    {
        Q_ASSERT(row >= 0 && row < m_size);
        for (qsizetype r = row; r + 1 < m_size; ++r)
            (*this)[r] = std::move((*this)[r + 1]);
        m_chunks.back()->pop_back();
        if (m_chunks.back()->empty())
            m_chunks.pop_back();
        --m_size;
    }

    void clear()
    {
        m_chunks.clear();
        m_chunks.shrink_to_fit();
        m_size = 0;
    }

    void reserve(qsizetype rows) { m_chunks.reserve(size_t((rows + ChunkSize - 1) >> ChunkBits)); }

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = T;
        using difference_type = qsizetype;
        using pointer = const T *;
        using reference = const T &;

        const_iterator(const RowStore *store, qsizetype row)
            : m_store(store)
            , m_row(row)
        {}
        const T &operator*() const { return m_store->at(m_row); }
        const T *operator->() const { return &m_store->at(m_row); }
        const_iterator &operator++()
        {
            ++m_row;
            return *this;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_row == b.m_row;
        }

    private:
        const RowStore *m_store;
        qsizetype m_row;
    };
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_size); }

private:
    std::vector<std::unique_ptr<std::vector<T>>> m_chunks;
    qsizetype m_size = 0;
};

} // namespace paydesk
