// SynaptoPay's part of the state file and of each journal line: one JSON object under the key
// "synaptopay", holding an array per collection (records.h names them). Files written before the
// sandbox spoke SynaptoPay have no such key and load with no SynaptoPay records.
#pragma once

#include "sandbox/synaptopay/records.h"
#include "sandbox/validation.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace paydesk::sandbox::synaptopay {

// Every record, for a snapshot.
QJsonObject storeToJson(const SynaptoPayStore &store);
// The records named in `changed` (collection name -> ids) as the store holds them now; empty when
// none of them is left.
QJsonObject changesToJson(const SynaptoPayStore &store, const QHash<QString, QStringList> &changed);

enum class Repeats
{
    Refused, // a state file names each record once
    Replace, // a journal line holds the newest version of records the store may have
};
// Reads `object` (found at `path` inside the reader's object) into the store. A problem is
// reported through `reader`, naming the field at fault; the store may then hold part of it.
void readStore(FieldReader &reader, const QJsonObject &object, const QString &path,
               SynaptoPayStore &store, Repeats repeats);

} // namespace paydesk::sandbox::synaptopay
