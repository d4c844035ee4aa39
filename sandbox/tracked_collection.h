#pragma once

#include "sandbox/resources.h"

#include <QSet>
#include <QString>

namespace paydesk::sandbox {

class Store;

// A Collection that can remember which of its records changed, for the journal that makes each
// change durable (journal.h). A record is only writable through edit() or as insert() hands it
// back, and both note its id while tracking is on; find() gives read-only access. So every write
// path is seen here, and a new one that forgets to say so does not compile.
//
// Change a record right away, before the request is answered: the journal reads the records it
// is told about when the answer is about to go out.
template <typename T>
class TrackedCollection : public Collection<T>
{
public:
    const T *find(const QString &id) const { return Collection<T>::find(id); }
    T *edit(const QString &id)
    {
        T *record = Collection<T>::find(id);
        if (record && m_tracking)
            m_changed.insert(id);
        return record;
    }
    // The id must be new.
    T &insert(T item)
    {
        if (m_tracking)
            m_changed.insert(item.id);
        return Collection<T>::insert(std::move(item));
    }
    void clear()
    {
        Collection<T>::clear();
        m_changed.clear();
    }

private:
    friend class Store;

    QSet<QString> m_changed;
    bool m_tracking = false;
};

} // namespace paydesk::sandbox
