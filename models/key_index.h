#pragma once

#include <QHashFunctions>
#include <QStringView>

#include <vector>

namespace paydesk {

// A hash index from string keys to non-negative ints (row numbers, list positions) that does not
// store the keys: each slot holds a 32-bit hash and the value, 8 bytes, and the caller reads a
// key back through `keyOf(value)` to confirm a match. Open addressing with linear probing, at
// most four fifths full: a probe compares 4-byte hashes in a row of slots, so the longer runs of
// a fuller table cost little, and at half full the slots took 21 of the 500 bytes a row of
// 100,000 intents is allowed.
//
// Why not QHash<QString, int>: for 100,000 rows that costs a node per key plus probing that
// compares the keys' strings (a cache miss each) on every collision, and rehashing that reads
// every key again; here a probe compares hashes, a key is read only when its hash matches, and
// growing reuses the stored hashes.
class KeyIndex
{
public:
    static quint32 hashOf(QStringView key)
    {
        const size_t h = qHash(key, QHashSeed::globalSeed());
        return quint32(h ^ (quint64(h) >> 32));
    }

    qsizetype size() const { return m_size; }

    // The value stored for `key`, or -1.
    template <typename KeyOf>
    int find(QStringView key, KeyOf &&keyOf) const
    {
        if (m_slots.empty())
            return -1;
        const quint32 hash = hashOf(key);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.valuePlusOne == 0)
                return -1;
            if (slot.hash == hash && QStringView(keyOf(slot.valuePlusOne - 1)) == key)
                return slot.valuePlusOne - 1;
        }
    }

    // The value already stored for `key`; else stores `value` for it and returns -1.
    template <typename KeyOf>
    int findOrInsert(QStringView key, int value, KeyOf &&keyOf)
    {
        return findOrInsert(key, hashOf(key), value, keyOf);
    }
    // The same with the key's hashOf() already computed.
    template <typename KeyOf>
    int findOrInsert(QStringView key, quint32 hash, int value, KeyOf &&keyOf)
    {
        if (size_t(m_size + 1) * 5 > m_slots.size() * 4)
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.valuePlusOne == 0) {
                slot = Slot{hash, quint32(value) + 1};
                ++m_size;
                return -1;
            }
            if (slot.hash == hash && QStringView(keyOf(slot.valuePlusOne - 1)) == key)
                return int(slot.valuePlusOne - 1);
        }
    }

    // For looking up many keys at once: the value of the first slot with this hash, unverified
    // (-1 when none), so the caller can prefetch that key before findOrInsert() compares it.
    int candidate(quint32 hash) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.valuePlusOne == 0)
                return -1;
            if (slot.hash == hash)
                return int(slot.valuePlusOne - 1);
        }
    }
    void prefetchSlot(quint32 hash) const
    {
        if (!m_slots.empty())
            prefetch(&m_slots[hash & (m_slots.size() - 1)]);
    }
    static void prefetch(const void *address)
    {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(address);
#else
        Q_UNUSED(address);
#endif
    }

    // Stores `value` for a key known not to be here yet.
    void insertNew(QStringView key, int value)
    {
        if (size_t(m_size + 1) * 5 > m_slots.size() * 4)
            grow();
        place(Slot{hashOf(key), quint32(value) + 1});
        ++m_size;
    }

    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_size = 0;
    }

    // Makes room for `count` keys without growing on the way.
    void reserve(qsizetype count)
    {
        size_t wanted = 16;
        while (wanted * 4 < size_t(count) * 5)
            wanted *= 2;
        if (wanted > m_slots.size())
            rehash(wanted);
    }

private:
    struct Slot
    {
        quint32 hash = 0;
        quint32 valuePlusOne = 0; // 0: empty
    };

    void place(Slot slot)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = slot.hash & mask;
        while (m_slots[i].valuePlusOne != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
    void grow()
    {
        rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
    }
    void rehash(size_t slotCount)
    {
        std::vector<Slot> old(slotCount);
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.valuePlusOne != 0)
                place(slot);
        }
    }

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

} // namespace paydesk
