// The state file: everything in the store as JSON, so a demo can carry on where it stopped.
// It keeps what the API never shows (exact times, how a processing payment will settle).
#pragma once

#include "sandbox/store.h"

#include <QJsonObject>
#include <QString>

namespace paydesk::sandbox {

// Written atomically: an interrupted save leaves the previous file in place.
bool saveStateFile(const Store &store, const QString &path, QString *error);
// Replaces the store only when the whole file reads back; otherwise leaves it untouched.
bool loadStateFile(Store &store, const QString &path, QString *error);

// The same, with the generation that ties a snapshot to the journal continuing it (journal.h).
// A file saved without one reads back with an empty generation.
bool saveStateFile(const Store &store, const QString &path, const QString &generation,
                   QString *error);
bool loadStateFile(Store &store, const QString &path, QString *generation, QString *error);

// One journal entry: the records `changes` names as the store holds them now (each one whole)
// and the clock offset when it moved, as one JSON object. Empty when nothing is left to record.
QJsonObject journalEntry(const Store &store, const StoreChanges &changes);
// Applies an entry on top of the store: each record replaces the one with its id or is added.
// False with the field at fault in `error` for a malformed entry; the store may then hold part
// of it.
bool applyJournalEntry(Store &store, const QJsonObject &entry, QString *error);

} // namespace paydesk::sandbox
