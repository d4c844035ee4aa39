#include "options.h"

#include "cli.h"
#include "models/fields.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace paydesk::cli {

const QStringList GlobalOptions = {
    QStringLiteral("profile"),  QStringLiteral("base-url"), QStringLiteral("provider"),
    QStringLiteral("account"),  QStringLiteral("output"),   QStringLiteral("timeout"),
    QStringLiteral("deadline"), QStringLiteral("help"),     QStringLiteral("version")};

// --timeout: how long the server may stay silent; --deadline: how long a whole command may take.

// Options that take a value; every other option is a flag.
const QStringList ValueOptions = {QStringLiteral("profile"),
                                  QStringLiteral("base-url"),
                                  QStringLiteral("provider"),
                                  QStringLiteral("account"),
                                  QStringLiteral("output"),
                                  QStringLiteral("timeout"),
                                  QStringLiteral("deadline"),
                                  QStringLiteral("limit"),
                                  QStringLiteral("first-name"),
                                  QStringLiteral("last-name"),
                                  QStringLiteral("business-name"),
                                  QStringLiteral("email"),
                                  QStringLiteral("phone"),
                                  QStringLiteral("country-code"),
                                  QStringLiteral("address-line1"),
                                  QStringLiteral("address-line2"),
                                  QStringLiteral("address-city"),
                                  QStringLiteral("address-state"),
                                  QStringLiteral("address-postcode"),
                                  QStringLiteral("address-country"),
                                  QStringLiteral("metadata"),
                                  QStringLiteral("amount"),
                                  QStringLiteral("currency"),
                                  QStringLiteral("customer"),
                                  QStringLiteral("description"),
                                  QStringLiteral("payment-method"),
                                  QStringLiteral("application-fee"),
                                  QStringLiteral("transfer-to"),
                                  QStringLiteral("device"),
                                  QStringLiteral("transfer"),
                                  QStringLiteral("save-for-later"),
                                  QStringLiteral("wait-timeout"),
                                  QStringLiteral("item"),
                                  QStringLiteral("success-url"),
                                  QStringLiteral("cancel-url"),
                                  QStringLiteral("customer-email"),
                                  QStringLiteral("expires-in"),
                                  QStringLiteral("client-reference-id"),
                                  QStringLiteral("intent"),
                                  QStringLiteral("reason"),
                                  QStringLiteral("environment"),
                                  QStringLiteral("client-id"),
                                  QStringLiteral("app-id")};

const QStringList FlagOptions = {QStringLiteral("all"), QStringLiteral("confirm"),
                                 QStringLiteral("wait")};

// Where a field the drafts or the API name is typed on this command line. A path inside a field
// ("transfers[1].amount", "metadata.order") is typed where its first part is.
const QHash<QString, QString> FieldOptions = {
    {field::FirstName, QStringLiteral("--first-name")},
    {field::LastName, QStringLiteral("--last-name")},
    {field::BusinessName, QStringLiteral("--business-name")},
    {field::Email, QStringLiteral("--email")},
    {field::Phone, QStringLiteral("--phone")},
    {field::PhoneCountryCode, QStringLiteral("--country-code")},
    {field::Address, QStringLiteral("--address-line1")},
    {field::AddressLine1, QStringLiteral("--address-line1")},
    {field::AddressLine2, QStringLiteral("--address-line2")},
    {field::AddressCity, QStringLiteral("--address-city")},
    {field::AddressState, QStringLiteral("--address-state")},
    {field::AddressPostcode, QStringLiteral("--address-postcode")},
    {field::AddressCountry, QStringLiteral("--address-country")},
    {field::Amount, QStringLiteral("--amount")},
    {field::Currency, QStringLiteral("--currency")},
    {field::Customer, QStringLiteral("--customer")},
    {field::Description, QStringLiteral("--description")},
    {field::PaymentMethod, QStringLiteral("--payment-method")},
    {field::ApplicationFee, QStringLiteral("--application-fee")},
    {field::TransferDestination, QStringLiteral("--transfer-to")},
    {field::Device, QStringLiteral("--device")},
    {field::Transfers, QStringLiteral("--transfer")},
    {field::SaveForLater, QStringLiteral("--save-for-later")},
    {field::SuccessUrl, QStringLiteral("--success-url")},
    {field::CancelUrl, QStringLiteral("--cancel-url")},
    {field::CustomerEmail, QStringLiteral("--customer-email")},
    {field::ExpiresIn, QStringLiteral("--expires-in")},
    {field::Reference, QStringLiteral("--client-reference-id")},
    {field::LineItems, QStringLiteral("--item")},
    {field::PaymentIntent, QStringLiteral("--intent")},
    {field::Reason, QStringLiteral("--reason")},
    {field::Metadata, QStringLiteral("--metadata")},
    {field::Limit, QStringLiteral("--limit")},
    {field::ProfileName, QStringLiteral("NAME")},
    {field::Provider, QStringLiteral("--provider")},
    {field::ClientId, QStringLiteral("--client-id")},
    {field::AppId, QStringLiteral("--app-id")},
    {field::Account, QStringLiteral("--account")},
    {field::BaseUrl, QStringLiteral("--environment")},
};

// Translated where it is printed; marked here so lupdate finds it.
extern const char UsageText[];
const char UsageText[] = QT_TRANSLATE_NOOP(
    "paydesk::cli::Cli",
    R"(Usage: paydesk-cli [--profile NAME] [--base-url URL] [--provider dots|synaptopay]
                   [--account ACCOUNT] [--output table|json|csv] [--timeout SECONDS]
                   [--deadline SECONDS] COMMAND

Commands:
  customers list [--limit N] [--all] | customers get ID
  customers create [--first-name X --last-name Y | --business-name Z] [--email E] [--phone P]
                   [--country-code C] [--address-line1 L --address-line2 L --address-city C
                   --address-state S --address-postcode P --address-country C] [--metadata KEY=VALUE]...
  intents list [--limit N] [--all] | intents get ID
  intents create --amount DECIMAL --currency CODE [--customer ID] [--description TEXT]
                 [--payment-method ID] [--confirm] [--application-fee DECIMAL]
                 [--transfer-to USER_ID] [--metadata KEY=VALUE]...
                 SynaptoPay also: [--device ID] [--transfer ACCOUNT=DECIMAL]...
                 [--save-for-later off-session]
                 [--wait [--wait-timeout SECONDS]]  follow a confirmed payment to its end
  intents confirm ID --payment-method ID
  checkout list [--limit N] [--all] | checkout get ID
  checkout create --item NAME=PRICE[xQTY]... --success-url URL [--cancel-url URL]
                  [--customer-email EMAIL] [--customer ID] [--expires-in SECONDS]
                  [--client-reference-id REF] [--currency CODE] [--metadata KEY=VALUE]...
  refunds create --intent ID --amount DECIMAL [--reason REASON] | refunds list | refunds get ID
  customers|intents|checkout|refunds check REQUEST_ID
                            whether a create that ended with exit code 5 made its object
  payment-methods list --customer ID
  devices list [--limit N] [--all]   the card terminals (SynaptoPay)
  profiles list | profiles add NAME --environment production|sandbox|URL --client-id ID [--app-id ID]
  profiles add NAME --provider synaptopay --environment production|sandbox|URL --account acct_ID
  profiles remove NAME
  login --profile NAME      reads the API key from standard input and stores it in the keychain

Credentials: --profile NAME uses a saved profile and its key from the system keychain. Without
it, PAYDESK_BASE_URL, PAYDESK_CLIENT_ID and PAYDESK_API_KEY are read from the environment;
--base-url wins over both. For SynaptoPay (--provider synaptopay, or PAYDESK_PROVIDER), the
account (--account acct_ID, or PAYDESK_ACCOUNT) takes the place of the client id. The API key is
never accepted as an option, so it never shows in the process list or the shell history.

An ID is the provider's id; for SynaptoPay the full name (accounts/acct_X/payment-intents/pi_Y)
or the short id (pi_Y) of an object of the account.

Amounts are decimal in major units and converted exactly: --amount 12.34 --currency usd sends 1234.

--timeout (default 30) is how long the server may stay silent, from 1 to 3600 seconds.
--deadline (default 300) is how long the whole command may take, from 1 to 86400 seconds; each
request gets half of it, so that a create whose answer is lost still has time to be checked.
--wait-timeout (default 120, up to 3600) is how long --wait follows the payment once created.

Exit codes: 0 success; 2 bad usage or invalid input (nothing was sent); 3 rejected by the API
(4xx), or with --wait, the payment was declined; 4 server or network failure (nothing was
created); 5 outcome unknown (a create that could not be checked, or with --wait, a payment still
in progress: the message says how to check); 6 credentials missing or keychain failure.
)");

int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiErrorKind::Validation:
    case ApiErrorKind::NotFound:
    case ApiErrorKind::Rejected:
    case ApiErrorKind::Credentials:
    case ApiErrorKind::RateLimited:
        return ApiRejected;
    case ApiErrorKind::InsecureUrl:
        return UsageError;
    default:
        return RequestFailed;
    }
}

QByteArray readSecretFromStdin(bool prompt, const QString &promptText)
{
    termios saved{};
    const bool tty = isatty(STDIN_FILENO);
    if (tty) {
        if (prompt) {
            std::fputs(promptText.toLocal8Bit().constData(), stderr);
            std::fflush(stderr);
        }
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QByteArray key = tty ? in.readLine() : in.readAll();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return key.trimmed();
}

bool parseMetadata(const QStringList &pairs, Metadata *metadata, QString *error)
{
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QCoreApplication::translate("paydesk::cli::Cli",
                                                 "--metadata must be KEY=VALUE, not \"%1\".")
                         .arg(pair);
            return false;
        }
        metadata->insert(pair.left(eq), pair.mid(eq + 1));
    }
    return true;
}

} // namespace paydesk::cli
