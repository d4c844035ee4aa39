// SynaptoPay's seed data. Each account's configuration is always there, as if connected in the
// dashboard: its Clover terminals and two shared test cards,
//   accounts/{account}/payment-methods/pm_card_visa       Visa 4242, payments succeed
//   accounts/{account}/payment-methods/pm_card_declined   Visa 0002, payments are declined
// acct_demo has five terminals: dvc_front_counter (ACTIVE, GBP), dvc_cafe_bar (ACTIVE, EUR),
// dvc_popup_stand (ACTIVE, USD), dvc_back_office (PENDING) and dvc_old_till (SUSPENDED);
// acct_second has dvc_second_counter (ACTIVE, GBP and EUR).
//
// With demo data, acct_demo also gets customers, payment intents in every state (declined and
// timed out on terminals, succeeded with refunds, transfers and a saved card, one waiting on
// dvc_popup_stand for an hour) and checkout sessions that are open, complete and expired. The
// same random seed gives the same records, names included; their times are offsets back from
// nowMs.
#pragma once

#include "sandbox/store.h"

namespace paydesk::sandbox::synaptopay {

void seedStore(Store &store, bool demoData, quint64 randomSeed, qint64 nowMs);

} // namespace paydesk::sandbox::synaptopay
