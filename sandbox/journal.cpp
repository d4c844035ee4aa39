#include "sandbox/journal.h"

#include "sandbox/state_file.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

constexpr auto kFormat = "paydesk-sandbox-journal"_L1;
constexpr int kVersion = 1;
constexpr auto kGeneration = "journal_generation"_L1;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &data)
{
    const char *next = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        next += written;
        left -= written;
    }
    return true;
}

// A file's new name only survives a power loss once its directory is on disk too.
bool syncDirectoryOf(const QString &path, QString *error)
{
    const QString directory = QFileInfo(path).absolutePath();
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(error, u"cannot open %1: %2"_s.arg(directory, systemError()));
    const bool synced = ::fsync(fd) == 0;
    const QString reason = synced ? QString() : systemError();
    ::close(fd);
    return synced || fail(error, u"cannot sync %1: %2"_s.arg(directory, reason));
}

} // namespace

Journal::Journal(Store &store, const QString &stateFilePath, qint64 compactAtBytes)
    : m_store(store)
    , m_statePath(stateFilePath)
    , m_journalPath(journalPath(stateFilePath))
    , m_compactAtBytes(compactAtBytes)
{}

Journal::~Journal()
{
    closeJournal();
    if (m_lockFd >= 0)
        ::close(m_lockFd); // lets go of the lock
}

QString Journal::journalPath(const QString &stateFilePath)
{
    return stateFilePath + u".journal"_s;
}

bool Journal::open(const std::function<void(Store &)> &seed, QString *error)
{
    const QString lockPath = m_statePath + u".lock"_s;
    m_lockFd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (m_lockFd < 0)
        return fail(error, u"cannot open %1: %2"_s.arg(lockPath, systemError()));
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        const bool taken = errno == EWOULDBLOCK;
        const QString reason = systemError();
        ::close(m_lockFd);
        m_lockFd = -1;
        return fail(error, taken ? u"%1 is in use by another paydesk-sandbox (%2 is locked)"_s.arg(
                                       m_statePath, lockPath)
                                 : u"cannot lock %1: %2"_s.arg(lockPath, reason));
    }
    if (QFileInfo::exists(m_statePath)) {
        Store loaded;
        QString generation;
        if (!loadStateFile(loaded, m_statePath, &generation, error))
            return false;
        if (!replay(loaded, generation, error))
            return false;
        m_store = std::move(loaded);
    } else {
        // A journal without its snapshot continues nothing there is; the new one replaces it.
        seed(m_store);
    }
    m_store.startTracking();
    return compact(error);
}

bool Journal::replay(Store &store, const QString &generation, QString *error) const
{
    QFile file(m_journalPath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, u"cannot read %1: %2"_s.arg(m_journalPath, file.errorString()));
    const QByteArray data = file.readAll();
    // Only whole lines count: what follows the last newline was being appended when the process
    // died, and its write was never answered.
    QList<QByteArrayView> lines;
    for (qsizetype start = 0, end; (end = data.indexOf('\n', start)) >= 0; start = end + 1)
        lines.append(QByteArrayView(data).sliced(start, end - start));
    if (lines.isEmpty())
        return true;

    const QJsonObject header = QJsonDocument::fromJson(lines.constFirst().toByteArray()).object();
    if (header.value(u"format"_s).toString() != kFormat ||
        header.value(u"version"_s).toInt() != kVersion) {
        return fail(error, u"%1 is not a version %2 paydesk-sandbox journal"_s.arg(
                               m_journalPath, QString::number(kVersion)));
    }
    // The journal of an older snapshot: a crash came after the newer snapshot was written and
    // before its journal was started, so the snapshot holds everything the journal does.
    if (generation.isEmpty() || header.value(kGeneration).toString() != generation)
        return true;

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(lines.at(i).toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            // A last line cut short in the middle by a power loss can still end in a newline.
            if (i == lines.size() - 1)
                break;
            return fail(error, u"%1, line %2: not a JSON object (%3)"_s.arg(
                                   m_journalPath, QString::number(i + 1),
                                   parseError.error != QJsonParseError::NoError
                                       ? parseError.errorString()
                                       : u"another JSON value"_s));
        }
        QString problem;
        if (!applyJournalEntry(store, document.object(), &problem)) {
            return fail(error,
                        u"%1, line %2: %3"_s.arg(m_journalPath, QString::number(i + 1), problem));
        }
    }
    return true;
}

bool Journal::write(QString *error)
{
    if (!m_store.isTracking())
        return true;
    const StoreChanges changes = m_store.takeChanges();
    if (changes.isEmpty() && !m_needsSnapshot)
        return true;
    if (changes.replaced || m_needsSnapshot || m_fd < 0)
        return compact(error);
    const QJsonObject entry = journalEntry(m_store, changes);
    if (entry.isEmpty())
        return true;
    if (!append(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n', error))
        return false;
    // A compaction puts this line into the snapshot too; one that fails is tried again with the
    // next write, and the line waits for sync() in the journal meanwhile.
    if (m_journalBytes > std::max(m_compactAtBytes, m_snapshotBytes)) {
        QString problem;
        if (!compact(&problem))
            qWarning("paydesk-sandbox: %s", qPrintable(problem));
    }
    return true;
}

bool Journal::append(const QByteArray &line, QString *error)
{
    if (!writeAll(m_fd, line)) {
        const QString reason = systemError();
        // Drop whatever part of the line got written; only a snapshot can record it now.
        if (::ftruncate(m_fd, m_journalBytes) != 0)
            closeJournal();
        m_needsSnapshot = true;
        return fail(error, u"cannot write %1: %2"_s.arg(m_journalPath, reason));
    }
    m_journalBytes += line.size();
    m_unsynced = true;
    return true;
}

bool Journal::sync(QString *error)
{
    if (!m_unsynced)
        return true;
    if (m_fd < 0) {
        // A compaction failed after these lines were written: they may not be on disk.
        return fail(error, u"cannot write %1: the last snapshot failed"_s.arg(m_journalPath));
    }
    if (::fdatasync(m_fd) != 0) {
        // After a failed flush the kernel may have dropped the lines: only a snapshot is sure.
        const QString reason = systemError();
        m_unsynced = false;
        m_needsSnapshot = true;
        return fail(error, u"cannot write %1: %2"_s.arg(m_journalPath, reason));
    }
    m_unsynced = false;
    return true;
}

bool Journal::compact(QString *error)
{
    // Everything goes into the snapshot, so what was noted so far is recorded with it.
    m_store.takeChanges();
    const QString generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!saveStateFile(m_store, m_statePath, generation, error) ||
        !syncDirectoryOf(m_statePath, error)) {
        m_needsSnapshot = true;
        return false;
    }
    m_snapshotBytes = QFileInfo(m_statePath).size();
    if (!startJournal(generation, error)) {
        // The old journal belongs to the snapshot before: nothing more may go into it.
        closeJournal();
        m_needsSnapshot = true;
        return false;
    }
    // The snapshot holds whatever the journal held.
    m_needsSnapshot = false;
    m_unsynced = false;
    return true;
}

bool Journal::startJournal(const QString &generation, QString *error)
{
    // Written beside and renamed over the old one, so the old journal stays whole until then.
    const QString started = m_journalPath + u".new"_s;
    const QByteArray name = QFile::encodeName(started);
    const int fd =
        ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0666);
    if (fd < 0)
        return fail(error, u"cannot write %1: %2"_s.arg(started, systemError()));
    const QByteArray header = QJsonDocument(QJsonObject{{u"format"_s, kFormat},
                                                        {u"version"_s, kVersion},
                                                        {kGeneration, generation}})
                                  .toJson(QJsonDocument::Compact) +
                              '\n';
    if (!writeAll(fd, header) || ::fsync(fd) != 0 ||
        ::rename(name.constData(), QFile::encodeName(m_journalPath).constData()) != 0) {
        const QString reason = systemError();
        ::close(fd);
        ::unlink(name.constData());
        return fail(error, u"cannot write %1: %2"_s.arg(m_journalPath, reason));
    }
    closeJournal();
    m_fd = fd;
    m_journalBytes = header.size();
    return syncDirectoryOf(m_journalPath, error);
}

void Journal::closeJournal()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace paydesk::sandbox
