// How SynaptoPay payments move, shared by the API, the terminal and checkout pages, the admin
// route and the seeder: paying at once with a payment method, and the simulated card terminal.
//
// A create with confirm and device starts the payment on that terminal: the intent is PROCESSING
// and the device waits for a card. The terminal settles in one of three ways: a card is
// presented (SUCCEEDED, paid with a new card-present payment method, Visa ending 4242), the card
// is declined, or nobody presents one before it times out; both failures revert the intent to
// REQUIRES_PAYMENT_METHOD with last_payment_error naming the device. Someone settles it on the
// terminal page or through the admin route; left alone it settles by itself once the terminal
// delay has passed, and then the amount decides (test amounts, in minor units):
//   ending in 02 (1002, 2502, ...)  the card is declined   (code "card_declined")
//   ending in 03 (1003, ...)        the terminal times out (code "terminal_timeout")
//   anything else                   a card is presented and the payment succeeds
// A confirm with a payment method (no device) settles at once: declined when the amount ends in
// 02 or the card is the declining test card (ending 0002), succeeded otherwise.
//
// A succeeded intent gets a charge (accounts/{account}/charges/ch_..., its latest_charge), each
// of its transfers[] becomes a transfer under the paying account
// (accounts/{account}/transfers/txfr_..., type CHARGE_SPLIT), and with setup_future_usage
// OFF_SESSION the card is saved on the intent's customer.
//
// Settling is a state change like any other: whoever reads SynaptoPay state first calls
// settleDue(), and the journal records what it changed.
#pragma once

#include "sandbox/store.h"

#include <functional>

namespace paydesk::sandbox::synaptopay {

enum class TerminalOutcome
{
    CardPresented,
    Declined,
    TimedOut,
};

// What a terminal left alone does with this amount.
TerminalOutcome automaticOutcome(qint64 amount);
// Whether a payment of this amount is declined whatever the card.
bool isDeclineAmount(qint64 amount);

// The device whose name ends in this id ("dvc_..."), of whichever account; device ids are unique
// across accounts, so the terminal pages can do without the account.
const Device *findDevice(const SynaptoPayStore &store, const QString &deviceId);

class Payments
{
public:
    // Makes the name of a new record: (account, collection, id prefix) -> resource name.
    using NameMaker = std::function<QString(const QString &, const QString &, const QString &)>;

    // New names are random unless `names` is given (the seeder's are deterministic).
    explicit Payments(Store &store, NameMaker names = {});

    QString newName(const QString &account, const QString &collection, const QString &prefix) const;
    // A new client secret for the intent of this name.
    QString newClientSecret(const QString &intentName) const;

    // The intent must be stored and the device ACTIVE, idle and of the intent's account.
    void startOnTerminal(const QString &intentName, const QString &deviceName, qint64 nowMs,
                         qint64 delayMs);
    // Settles the payment waiting on the device at `atMs`; false when none waits.
    bool settleTerminal(const QString &deviceName, TerminalOutcome outcome, qint64 atMs);
    // Settles, in the order they fell due, the terminal payments whose time has come.
    void settleDue(qint64 nowMs);

    // Pays a stored intent at once with a stored payment method.
    void payWith(const QString &intentName, const QString &paymentMethodName, qint64 nowMs);

    // Pays an open checkout session with a test card that succeeds: its new intent is
    // SUCCEEDED at once.
    void payCheckout(const QString &sessionName, qint64 nowMs);

private:
    void succeed(PaymentIntent &intent, const QString &paymentMethodName, qint64 atMs);
    void fail(PaymentIntent &intent, const QString &code, const QString &message,
              const QString &device, qint64 atMs);
    QString newCard(const QString &account, const QString &customer, bool cardPresent, qint64 atMs);

    Store &m_store;
    NameMaker m_names;
};

} // namespace paydesk::sandbox::synaptopay
