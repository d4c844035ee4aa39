// The journal that makes every acknowledged write to a --state-file sandbox durable, so that a
// kill -9 loses nothing the sandbox answered 200 for.
//
// Beside the state file (the snapshot) lies PATH.journal, an append-only file of JSON lines:
//
//   {"format":"paydesk-sandbox-journal","version":1,"journal_generation":"<uuid>"}
//   {"payment_customers":[{...}],"payment_methods":[{...},{...}]}
//   {"payment_intents":[{...}],"refunds":[{...}]}
//   {"clock_offset_ms":120000}
//
// The first line names the snapshot the journal continues (the snapshot carries the same
// generation). Each further line is one commit: every record the write changed, whole as it is
// after the write, and the clock offset when it moved. A line is appended and fsync'd before the
// answer goes out; writes that arrive together share one fsync. On start the snapshot is loaded and
// the lines replayed on top of it, each record replacing its earlier self; a torn last line (a
// crash in the middle of appending) is ignored, damage before the end is an error. Writes that
// replace everything (an admin reset, a load) and a journal grown past its threshold are written as
// a new snapshot instead, with a new generation and an empty journal: the snapshot first,
// atomically, then the journal, so a crash in between leaves a journal of an older generation,
// which is ignored.
//
// PATH.lock, locked while a journal has the files open, keeps a second sandbox from writing to
// them at the same time; the system lets go of it when the process ends, however it ends.
#pragma once

#include "sandbox/store.h"

#include <QString>

#include <functional>

namespace paydesk::sandbox {

class Journal
{
public:
    // Compacts once the journal is larger than this and than the last snapshot, so a large
    // store is not rewritten for every few writes.
    static constexpr qint64 kCompactAtBytes = 4 * 1024 * 1024;

    Journal(Store &store, const QString &stateFilePath, qint64 compactAtBytes = kCompactAtBytes);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    static QString journalPath(const QString &stateFilePath);
    QString stateFilePath() const { return m_statePath; }

    // Fills the store from the state file and its journal when the file exists, or with `seed`
    // when it does not; then writes a fresh snapshot and an empty journal and starts tracking
    // the store's changes. False (with the reason) when the files cannot be read or written, or
    // another journal has them open; files that cannot be read are left as they are.
    bool open(const std::function<void(Store &)> &seed, QString *error);

    // Makes the store's changes since the last commit durable: write() then sync().
    bool commit(QString *error) { return write(error) && sync(error); }

    // Records the store's changes since the last write: one journal line, written but not yet
    // flushed to disk, or a snapshot (flushed at once) when the store was replaced. Nothing to do
    // (and no disk access) when nothing changed. False when the changes could not be recorded;
    // the next write then writes a snapshot.
    bool write(QString *error);
    // Whether lines written since the last sync still wait for it.
    bool needsSync() const { return m_unsynced; }
    // Flushes the lines written so far to disk (fdatasync), so one sync serves every write
    // made since the last one: the server answers the writes it holds back once it returns.
    bool sync(QString *error);

    // Writes the whole store as a new snapshot and starts an empty journal (a clean exit).
    bool compact(QString *error);

private:
    bool replay(Store &store, const QString &generation, QString *error) const;
    bool append(const QByteArray &line, QString *error);
    bool startJournal(const QString &generation, QString *error);
    void closeJournal();

    Store &m_store;
    const QString m_statePath;
    const QString m_journalPath;
    const qint64 m_compactAtBytes;
    int m_fd = -1;
    int m_lockFd = -1;
    qint64 m_journalBytes = 0;
    qint64 m_snapshotBytes = 0;
    // A write failed part way, so only a snapshot can bring the files level with the store.
    bool m_needsSnapshot = false;
    bool m_unsynced = false;
};

} // namespace paydesk::sandbox
