#pragma once

#include "sandbox/sandbox_server.h"
#include "sandbox/store.h"

namespace paydesk::sandbox {

// Fills an empty store with believable data: people and businesses with addresses, payment
// intents in every status of the contract (spread over half a year and a wide range of amounts,
// some with descriptions, metadata and refunds) and checkout sessions that are open, complete or
// expired. The same random seed gives the same records, ids included; their times are offsets
// back from nowMs. A hundred thousand intents take well under a second.
void seedStore(Store &store, const SeedSizes &sizes, quint64 randomSeed, qint64 nowMs,
               qint64 processingDelayMs);

} // namespace paydesk::sandbox
