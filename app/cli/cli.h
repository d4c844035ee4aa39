#pragma once

#include "models/validation.h"
#include "network/api_error.h"
#include "network/payment_provider.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <span>

class QSettings;
class QTimer;

namespace paydesk {
class CredentialStore;
} // namespace paydesk

namespace paydesk::cli {

// What a script can rely on.
enum ExitCode
{
    Success = 0,
    UsageError = 2,     // bad usage or invalid input: nothing was sent
    ApiRejected = 3,    // the API refused the request (4xx)
    RequestFailed = 4,  // server or network failure: nothing was created
    OutcomeUnknown = 5, // a create whose outcome could not be checked
    CredentialsError = 6,
};

// paydesk-cli: the network layer on its own, for scripts and for people at a terminal. Runs one
// command asynchronously and ends the event loop with its exit code.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(const QStringList &arguments, QObject *parent = nullptr);
    ~Cli() override;

    // Starts the command; QCoreApplication::exit() is called with the exit code when it is done.
    void start();

private:
    void run();
    void finish(int code);
    void fail(int code, const QString &message, const QStringList &details = {});
    void failApi(const ApiError &error, const QString &field = {});
    // Fields, the server's words and code, the HTTP status: the lines under an API error.
    QStringList apiErrorDetails(const ApiError &error, const QString &field = {}) const;
    void failValidation(const ValidationResult &result);

    bool checkOptions(const QStringList &allowed);
    QString optionForField(const QString &field) const;

    void withProvider(std::function<void(PaymentProvider *)> then);
    // Every command, one line each: `paydesk-cli FAMILY NAME` runs `run` (a family without
    // names, such as login, takes none).
    struct Command
    {
        const char *family;
        const char *name;
        void (Cli::*run)();
    };
    static std::span<const Command> commands();

    // customers (commands_customers.cpp)
    void customersList();
    void customersGet();
    void customersCreate();
    void customersCheck();
    // intents (commands_intents.cpp)
    void intentsList();
    void intentsGet();
    void intentsCreate();
    void intentsConfirm();
    void intentsCheck();
    // checkout (commands_checkout.cpp)
    void checkoutList();
    void checkoutGet();
    void checkoutCreate();
    void checkoutCheck();
    // refunds (commands_refunds.cpp)
    void refundsList();
    void refundsGet();
    void refundsCreate();
    void refundsCheck();
    // profiles (commands_profiles.cpp)
    void profilesList();
    void profilesAdd();
    void profilesRemove();
    // payment-methods (commands_refunds.cpp)
    void paymentMethodsList();
    // login (commands_profiles.cpp)
    void login();
    // devices (commands_devices.cpp)
    void devicesList();
    // intents create --wait: follows the payment until it settles (commands_intents.cpp).
    void followPayment(const PaymentIntent &intent, int timeoutSeconds);
    void reportSettled(const PaymentIntent &intent);
    // The terminal named in a draft, as the provider lists it, so that its state and currencies
    // are checked before anything is sent; then `then`.
    void findDevice(PaymentProvider *provider, const QString &device,
                    std::function<void(const Device &)> then);

    template <typename T>
    void listCommand(const QString &noun,
                     std::function<CallHandle(PaymentProvider *, const PageQuery &, QObject *,
                                              Callback<Page<T>>)>
                         fetch);
    template <typename T>
    void
    getCommand(std::function<CallHandle(PaymentProvider *, const QString &, QObject *, Callback<T>)>
                   fetch);
    template <typename T>
    void printList(const QList<T> &items);
    template <typename T>
    void printObject(const T &object);
    // `family` is the command that checks it again: "intents" for `paydesk-cli intents check`.
    template <typename T>
    void reportCreate(const CreateOutcome<T> &outcome, const QString &noun, const QString &family);
    template <typename T>
    void checkCommand(
        const QString &noun, const QString &family,
        std::function<CallHandle(PaymentProvider *, const QString &, QObject *, CreateCallback<T>)>
            find);
    // A write is about to be sent: from now on, running out of time means "unknown", and this
    // is how a person finds out.
    void writeSent(const QString &what, const QString &checkCommand);
    void commandDeadlinePassed(int seconds);
    static QString newRequestId();
    // "dots or synaptopay": the providers --provider takes.
    static QString providerKeys();

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QStringList m_positional;
    QTextStream m_out;
    QTextStream m_err;
    int m_format = 0;
    bool m_finished = false;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_keychain;
    PaymentProvider *m_provider = nullptr;
    QString m_writeSent;               // what a write in flight may have made ("the refund")
    QString m_checkCommand;            // the command that finds out
    QTimer *m_deadlineTimer = nullptr; // --deadline, for the whole command
};

} // namespace paydesk::cli
