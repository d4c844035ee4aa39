// The state file: everything in the store as JSON, so a demo can carry on where it stopped.
// It keeps what the API never shows (exact times, how a processing payment will settle).
#pragma once

#include "sandbox/store.h"

#include <QString>

namespace paydesk::sandbox {

// Written atomically: an interrupted save leaves the previous file in place.
bool saveStateFile(const Store &store, const QString &path, QString *error);
// Replaces the store only when the whole file reads back; otherwise leaves it untouched.
bool loadStateFile(Store &store, const QString &path, QString *error);

} // namespace paydesk::sandbox
