#include "cli.h"

#include "models/drafts.h"
#include "models/fields.h"
#include "network/credential_store.h"
#include "network/http_transport.h"
#include "network/list_walker.h"
#include "network/profile.h"
#include "output.h"
#include "services/connection.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace paydesk::cli {

namespace {

const QStringList GlobalOptions = {QStringLiteral("profile"),  QStringLiteral("base-url"),
                                   QStringLiteral("output"),   QStringLiteral("timeout"),
                                   QStringLiteral("deadline"), QStringLiteral("help"),
                                   QStringLiteral("version")};

// --timeout: how long the server may stay silent; --deadline: how long a whole command may take.
constexpr double MinTimeoutSeconds = 1;
constexpr double MaxTimeoutSeconds = 3600;
constexpr double DefaultDeadlineSeconds = 300;
constexpr double MaxDeadlineSeconds = 86400;

// Options that take a value; every other option is a flag.
const QStringList ValueOptions = {QStringLiteral("profile"),
                                  QStringLiteral("base-url"),
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

const QStringList FlagOptions = {QStringLiteral("all"), QStringLiteral("confirm")};

// Where a field the drafts or the API name is typed on this command line.
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
    {field::ClientId, QStringLiteral("--client-id")},
    {field::BaseUrl, QStringLiteral("--environment")},
};

// Translated where it is printed; marked here so lupdate finds it.
const char UsageText[] = QT_TRANSLATE_NOOP(
    "paydesk::cli::Cli",
    R"(Usage: paydesk-cli [--profile NAME] [--base-url URL] [--output table|json|csv]
                   [--timeout SECONDS] [--deadline SECONDS] COMMAND

Commands:
  customers list [--limit N] [--all] | customers get ID
  customers create [--first-name X --last-name Y | --business-name Z] [--email E] [--phone P]
                   [--country-code C] [--address-line1 L --address-line2 L --address-city C
                   --address-state S --address-postcode P --address-country C] [--metadata KEY=VALUE]...
  intents list [--limit N] [--all] | intents get ID
  intents create --amount DECIMAL --currency CODE [--customer ID] [--description TEXT]
                 [--payment-method ID] [--confirm] [--application-fee DECIMAL]
                 [--transfer-to USER_ID] [--metadata KEY=VALUE]...
  intents confirm ID --payment-method ID
  checkout list [--limit N] [--all] | checkout get ID
  checkout create --item NAME=PRICE[xQTY]... --success-url URL [--cancel-url URL]
                  [--customer-email EMAIL] [--customer ID] [--expires-in SECONDS]
                  [--client-reference-id REF] [--currency CODE] [--metadata KEY=VALUE]...
  refunds create --intent ID --amount DECIMAL [--reason REASON] | refunds list | refunds get ID
  customers|intents|checkout|refunds check REQUEST_ID
                            whether a create that ended with exit code 5 made its object
  payment-methods list --customer ID
  profiles list | profiles add NAME --environment production|sandbox|URL --client-id ID [--app-id ID]
  profiles remove NAME
  login --profile NAME      reads the API key from standard input and stores it in the keychain

Credentials: --profile NAME uses a saved profile and its key from the system keychain. Without
it, PAYDESK_BASE_URL, PAYDESK_CLIENT_ID and PAYDESK_API_KEY are read from the environment;
--base-url wins over both. The API key is never accepted as an option, so it never shows in
the process list or the shell history.

Amounts are decimal in major units and converted exactly: --amount 12.34 --currency usd sends 1234.

--timeout (default 30) is how long the server may stay silent, from 1 to 3600 seconds.
--deadline (default 300) is how long the whole command may take, from 1 to 86400 seconds; each
request gets half of it, so that a create whose answer is lost still has time to be checked.

Exit codes: 0 success; 2 bad usage or invalid input (nothing was sent); 3 rejected by the API
(4xx); 4 server or network failure (nothing was created); 5 outcome unknown (a create that could
not be checked: the message says how to check); 6 credentials missing or keychain failure.
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

} // namespace

Cli::Cli(const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_out(stdout)
    , m_err(stderr)
{
    for (const QString &name : ValueOptions)
        m_parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("value")));
    for (const QString &name : FlagOptions)
        m_parser.addOption(QCommandLineOption(name));
    m_parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    m_parser.addOption(QCommandLineOption(QStringLiteral("version")));
}

Cli::~Cli() = default;

void Cli::start()
{
    QTimer::singleShot(0, this, [this] { run(); });
}

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

void Cli::fail(int code, const QString &message, const QStringList &details)
{
    m_err << "paydesk-cli: " << message << '\n';
    for (const QString &d : details)
        if (!d.isEmpty())
            m_err << "  " << d << '\n';
    finish(code);
}

QStringList Cli::apiErrorDetails(const ApiError &error, const QString &field) const
{
    QStringList details;
    if (error.fieldErrors.isEmpty() && !field.isEmpty())
        details << tr("Field: %1").arg(optionForField(field));
    for (const FieldError &e : error.fieldErrors)
        details << (e.message.isEmpty()
                        ? tr("Field: %1").arg(optionForField(e.field))
                        : tr("Field %1: %2").arg(optionForField(e.field), e.message));
    if (!error.serverMessage.isEmpty() && !error.message.contains(error.serverMessage))
        details << tr("Server said: %1").arg(error.serverMessage);
    if (!error.code.isEmpty())
        details << tr("Error code: %1").arg(error.code);
    if (error.httpStatus)
        details << tr("HTTP status: %1").arg(error.httpStatus);
    return details;
}

void Cli::failApi(const ApiError &error, const QString &field)
{
    fail(exitCodeFor(error), error.message, apiErrorDetails(error, field));
}

QString Cli::optionForField(const QString &field) const
{
    if (FieldOptions.contains(field))
        return FieldOptions.value(field);
    if (field.startsWith(field::Metadata))
        return QStringLiteral("--metadata (%1)").arg(field);
    if (field.startsWith(field::LineItems))
        return QStringLiteral("--item (%1)").arg(field);
    return field;
}

void Cli::failValidation(const ValidationResult &result)
{
    const FieldError &first = result.errors().constFirst();
    QStringList details;
    for (qsizetype i = 1; i < result.errors().size(); ++i) {
        const FieldError &e = result.errors().at(i);
        details << QStringLiteral("%1: %2").arg(optionForField(e.field), e.message);
    }
    fail(UsageError, QStringLiteral("%1: %2").arg(optionForField(first.field), first.message),
         details);
}

bool Cli::checkOptions(const QStringList &allowed)
{
    for (const QString &name : m_parser.optionNames()) {
        if (GlobalOptions.contains(name) || allowed.contains(name))
            continue;
        const QString command = m_positional.mid(0, 2).join(QLatin1Char(' '));
        fail(UsageError,
             tr("--%1 does not apply to \"%2\". See paydesk-cli --help.").arg(name, command));
        return false;
    }
    return true;
}

void Cli::run()
{
    if (!m_parser.parse(m_arguments)) {
        // errorText() is a sentence of its own, translated by Qt's catalogue.
        fail(UsageError, tr("%1 See paydesk-cli --help.").arg(m_parser.errorText()));
        return;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << "paydesk-cli " << PAYDESK_VERSION << '\n';
        finish(Success);
        return;
    }
    m_positional = m_parser.positionalArguments();
    if (m_parser.isSet(QStringLiteral("help")) || m_positional.isEmpty()) {
        (m_positional.isEmpty() && !m_parser.isSet(QStringLiteral("help")) ? m_err : m_out)
            << tr(UsageText);
        finish(m_parser.isSet(QStringLiteral("help")) ? Success : UsageError);
        return;
    }
    const QString outputName = m_parser.value(QStringLiteral("output"));
    const std::optional<OutputFormat> format =
        outputName.isEmpty() ? OutputFormat::Table : outputFormatFromName(outputName);
    if (!format) {
        fail(UsageError, tr("--output must be table, json or csv, not \"%1\".").arg(outputName));
        return;
    }
    m_format = int(*format);

    m_settings = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                             QStringLiteral("Paydesk"), QStringLiteral("Paydesk"));
    m_keychain = std::make_unique<KeychainCredentialStore>();

    const QString command = m_positional.at(0);
    const QString sub = m_positional.value(1);
    if (command == QLatin1String("customers"))
        runCustomers(sub);
    else if (command == QLatin1String("intents"))
        runIntents(sub);
    else if (command == QLatin1String("checkout"))
        runCheckout(sub);
    else if (command == QLatin1String("refunds"))
        runRefunds(sub);
    else if (command == QLatin1String("payment-methods"))
        runPaymentMethods(sub);
    else if (command == QLatin1String("profiles"))
        runProfiles(sub);
    else if (command == QLatin1String("login"))
        runLogin();
    else
        fail(UsageError, tr("Unknown command \"%1\". See paydesk-cli --help.").arg(command));
}

void Cli::withProvider(std::function<void(PaymentProvider *)> then)
{
    TransportOptions options;
    const auto seconds = [this](const QString &option, double min, double max,
                                double fallback) -> std::optional<double> {
        if (!m_parser.isSet(option))
            return fallback;
        bool ok = false;
        const double value = m_parser.value(option).toDouble(&ok);
        if (!ok || !(value >= min && value <= max)) {
            fail(UsageError, tr("--%1 must be a number of seconds from %2 to %3, not \"%4\".")
                                 .arg(option, QLocale::c().toString(min),
                                      QLocale::c().toString(max), m_parser.value(option)));
            return std::nullopt;
        }
        return value;
    };
    const std::optional<double> timeout =
        seconds(QStringLiteral("timeout"), MinTimeoutSeconds, MaxTimeoutSeconds,
                options.inactivityTimeoutMs / 1000.0);
    if (!timeout)
        return;
    const std::optional<double> deadline =
        seconds(QStringLiteral("deadline"), 1, MaxDeadlineSeconds, DefaultDeadlineSeconds);
    if (!deadline)
        return;
    options.inactivityTimeoutMs = int(*timeout * 1000);
    options.deadlineMs = int(*deadline * 1000 / 2);
    auto *deadlineTimer = new QTimer(this);
    deadlineTimer->setSingleShot(true);
    QObject::connect(deadlineTimer, &QTimer::timeout, this,
                     [this, deadline] { commandDeadlinePassed(int(*deadline)); });
    deadlineTimer->start(int(*deadline * 1000));

    const auto connect = [this, options, then](const Profile &profile, const Credentials &creds) {
        const QUrl baseUrl = profile.baseUrl();
        if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
            fail(UsageError, tr("The base URL \"%1\" is not a valid address.")
                                 .arg(baseUrl.toString(QUrl::RemoveUserInfo)));
            return;
        }
        if (!HttpTransport::isAllowedUrl(baseUrl)) {
            fail(UsageError, tr("The base URL must use https:// (plain http:// is allowed only for "
                                "this machine): %1")
                                 .arg(baseUrl.toString(QUrl::RemoveUserInfo)));
            return;
        }
        auto *connection = new Connection(profile, creds, options, this);
        // --deadline, not the profile's, bounds what this command's requests may take.
        connection->setTransportOptions(options);
        m_provider = connection->provider();
        if (isatty(STDERR_FILENO)) {
            QObject::connect(m_provider, &PaymentProvider::retryScheduled, this,
                             [this](const RetryNotice &n) {
                                 m_err << tr("Retrying %1 in %2 s (%3)…")
                                              .arg(n.label)
                                              .arg(QLocale().toString(n.delayMs / 1000.0, 'f', 1))
                                              .arg(n.reason)
                                       << '\n';
                                 m_err.flush();
                             });
        }
        then(m_provider);
    };

    const QString baseUrlFlag = m_parser.value(QStringLiteral("base-url"));
    if (m_parser.isSet(QStringLiteral("profile"))) {
        const QString name = m_parser.value(QStringLiteral("profile"));
        ProfileStore store(*m_settings);
        const std::optional<Profile> profile = store.find(name);
        if (!profile) {
            fail(CredentialsError, tr("There is no profile named \"%1\". paydesk-cli profiles list "
                                      "shows the profiles; profiles add creates one.")
                                       .arg(name));
            return;
        }
        m_keychain->readApiKey(
            name, this,
            [this, profile, baseUrlFlag, connect](const Result<QByteArray, KeychainError> &key) {
                if (!key.ok()) {
                    fail(CredentialsError, key.error().message);
                    return;
                }
                Profile target = *profile;
                if (!baseUrlFlag.isEmpty()) {
                    target.environment = Environment::Custom;
                    target.customBaseUrl = QUrl(baseUrlFlag);
                }
                connect(target, Credentials{profile->clientId, key.value(), profile->appId});
            });
        return;
    }

    const QString baseUrl =
        baseUrlFlag.isEmpty() ? qEnvironmentVariable("PAYDESK_BASE_URL") : baseUrlFlag;
    const QString clientId = qEnvironmentVariable("PAYDESK_CLIENT_ID");
    const QByteArray apiKey = qgetenv("PAYDESK_API_KEY");
    QStringList missing;
    if (baseUrl.isEmpty())
        missing << tr("PAYDESK_BASE_URL (or --base-url)");
    if (clientId.isEmpty())
        missing << QStringLiteral("PAYDESK_CLIENT_ID");
    if (apiKey.isEmpty())
        missing << QStringLiteral("PAYDESK_API_KEY");
    if (!missing.isEmpty()) {
        fail(CredentialsError, tr("No credentials: use --profile NAME, or set %1.")
                                   .arg(missing.join(QStringLiteral(", "))));
        return;
    }
    Profile target;
    target.name = QStringLiteral("environment");
    target.environment = Environment::Custom;
    target.customBaseUrl = QUrl(baseUrl);
    connect(target, Credentials{clientId, apiKey, qEnvironmentVariable("PAYDESK_APP_ID")});
}

template <typename T>
void Cli::printList(const QList<T> &items)
{
    switch (OutputFormat(m_format)) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const T &item : items)
            array.append(m_provider->rawJson(item));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        break;
    }
    case OutputFormat::Csv:
        m_out << renderCsv(tabulate(items));
        break;
    case OutputFormat::Table:
        m_out << renderTable(tabulate(items));
        break;
    }
}

template <typename T>
void Cli::printObject(const T &object)
{
    switch (OutputFormat(m_format)) {
    case OutputFormat::Json:
        m_out << QJsonDocument(m_provider->rawJson(object)).toJson(QJsonDocument::Indented);
        break;
    case OutputFormat::Csv:
        m_out << renderCsv(tabulate(QList<T>{object}));
        break;
    case OutputFormat::Table:
        m_out << renderRecord(m_provider->rawJson(object));
        break;
    }
}

template <typename T>
void Cli::listCommand(
    const QString &noun,
    std::function<CallHandle(PaymentProvider *, const PageQuery &, QObject *, Callback<Page<T>>)>
        fetch)
{
    if (!checkOptions({QStringLiteral("limit"), QStringLiteral("all"), QStringLiteral("customer")}))
        return;
    const bool all = m_parser.isSet(QStringLiteral("all"));
    int limit = all ? 100 : 20;
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            fail(UsageError, tr("--limit must be a whole number from 1 to 100."));
            return;
        }
    }
    withProvider([this, all, limit, noun, fetch](PaymentProvider *provider) {
        auto items = std::make_shared<QList<T>>();
        const bool showProgress = all && isatty(STDERR_FILENO);
        walkPages<T>(
            [provider, fetch](const PageQuery &q, QObject *ctx, Callback<Page<T>> cb) {
                return fetch(provider, q, ctx, std::move(cb));
            },
            limit, this,
            [this, items, all, showProgress, noun](const QList<T> &page, const WalkProgress &p) {
                items->append(page);
                if (showProgress) {
                    m_err << '\r' << tr("Fetched %1 %2…").arg(p.items).arg(noun);
                    m_err.flush();
                }
                return all;
            },
            [this, items, showProgress](const Result<WalkProgress> &result) {
                if (showProgress)
                    m_err << '\n';
                if (!result.ok()) {
                    failApi(result.error());
                    return;
                }
                printList(*items);
                finish(Success);
            });
    });
}

template <typename T>
void Cli::getCommand(
    std::function<CallHandle(PaymentProvider *, const QString &, QObject *, Callback<T>)> fetch)
{
    if (!checkOptions({}))
        return;
    const QString id = m_positional.value(2);
    if (id.isEmpty() || m_positional.size() > 3) {
        fail(UsageError, tr("Give exactly one id: paydesk-cli %1 get ID.").arg(m_positional.at(0)));
        return;
    }
    withProvider([this, id, fetch](PaymentProvider *provider) {
        fetch(provider, id, this, [this](const Result<T> &result) {
            if (!result.ok()) {
                failApi(result.error());
                return;
            }
            printObject(result.value());
            finish(Success);
        });
    });
}

template <typename T>
void Cli::reportCreate(const CreateOutcome<T> &outcome, const QString &noun, const QString &family)
{
    m_writeSent.clear();
    switch (outcome.status) {
    case CreateStatus::Created:
        if (outcome.foundByLookup)
            m_err << tr("The answer was lost, but Paydesk found the %1 it created (request id %2).")
                         .arg(noun, outcome.requestId)
                  << ' ' << outcome.proof << '\n';
        printObject(*outcome.object);
        finish(Success);
        return;
    case CreateStatus::NotCreated: {
        if (!outcome.error) { // a check that proved it: nothing was made
            fail(RequestFailed, tr("The %1 was not created. %2").arg(noun, outcome.proof));
            return;
        }
        const ApiError &error = *outcome.error;
        const int code = exitCodeFor(error) == ApiRejected ? ApiRejected : RequestFailed;
        fail(code, tr("The %1 was not created. %2").arg(noun, error.message),
             apiErrorDetails(error));
        return;
    }
    case CreateStatus::Unknown:
        fail(OutcomeUnknown, outcome.guidance,
             {outcome.error ? tr("Cause: %1").arg(outcome.error->message) : QString(),
              tr("Request id: %1").arg(outcome.requestId),
              tr("Check with: paydesk-cli %1 check %2").arg(family, outcome.requestId)});
        return;
    }
}

template <typename T>
void Cli::checkCommand(
    const QString &noun, const QString &family,
    std::function<CallHandle(PaymentProvider *, const QString &, QObject *, CreateCallback<T>)>
        find)
{
    if (!checkOptions({}))
        return;
    const QString requestId = m_positional.value(2);
    if (requestId.isEmpty() || m_positional.size() > 3) {
        fail(UsageError, tr("Give exactly one request id: paydesk-cli %1 check REQUEST_ID (exit "
                            "code 5 printed it).")
                             .arg(family));
        return;
    }
    withProvider([this, requestId, noun, family, find](PaymentProvider *provider) {
        find(provider, requestId, this, [this, noun, family](const CreateOutcome<T> &outcome) {
            reportCreate(outcome, noun, family);
        });
    });
}

void Cli::writeSent(const QString &what, const QString &checkCommand)
{
    m_writeSent = what;
    m_checkCommand = checkCommand;
}

void Cli::commandDeadlinePassed(int seconds)
{
    const QString limit = durationText(seconds);
    if (m_writeSent.isEmpty()) {
        fail(RequestFailed, tr("paydesk-cli gave up after %1 (--deadline): the server did not "
                               "finish answering. Nothing was created.")
                                .arg(limit));
        return;
    }
    fail(OutcomeUnknown,
         tr("paydesk-cli gave up after %1 (--deadline) before it could find out whether %2 was "
            "made.")
             .arg(limit, m_writeSent),
         {tr("Check with: %1").arg(m_checkCommand)});
}

QString Cli::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {

// KEY=VALUE pairs of --metadata; false with a message on a malformed pair.
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

} // namespace

void Cli::runCustomers(const QString &sub)
{
    if (sub == QLatin1String("list")) {
        listCommand<Customer>(tr("customers"), [](PaymentProvider *p, const PageQuery &q,
                                                  QObject *c, Callback<Page<Customer>> cb) {
            return p->listCustomers(q, c, std::move(cb));
        });
    } else if (sub == QLatin1String("get")) {
        getCommand<Customer>([](PaymentProvider *p, const QString &id, QObject *c,
                                Callback<Customer> cb) { return p->getCustomer(id, c, cb); });
    } else if (sub == QLatin1String("create")) {
        const QStringList allowed = {QStringLiteral("first-name"),
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
                                     QStringLiteral("metadata")};
        if (!checkOptions(allowed))
            return;
        CustomerDraft draft;
        draft.firstName = m_parser.value(QStringLiteral("first-name"));
        draft.lastName = m_parser.value(QStringLiteral("last-name"));
        draft.businessName = m_parser.value(QStringLiteral("business-name"));
        draft.email = m_parser.value(QStringLiteral("email"));
        draft.phoneNumber = m_parser.value(QStringLiteral("phone"));
        draft.countryCode = m_parser.value(QStringLiteral("country-code"));
        const QStringList addressOptions = {
            QStringLiteral("address-line1"),    QStringLiteral("address-line2"),
            QStringLiteral("address-city"),     QStringLiteral("address-state"),
            QStringLiteral("address-postcode"), QStringLiteral("address-country")};
        if (std::any_of(addressOptions.begin(), addressOptions.end(),
                        [this](const QString &o) { return m_parser.isSet(o); })) {
            Address address;
            address.line1 = m_parser.value(QStringLiteral("address-line1"));
            address.line2 = m_parser.value(QStringLiteral("address-line2"));
            address.city = m_parser.value(QStringLiteral("address-city"));
            address.state = m_parser.value(QStringLiteral("address-state"));
            address.postcode = m_parser.value(QStringLiteral("address-postcode"));
            address.country = m_parser.value(QStringLiteral("address-country"));
            draft.address = address;
        }
        QString error;
        if (!parseMetadata(m_parser.values(QStringLiteral("metadata")), &draft.metadata, &error)) {
            fail(UsageError, error);
            return;
        }
        withProvider([this, draft](PaymentProvider *provider) {
            const ValidationResult check = draft.validate(provider->limits());
            if (!check.ok()) {
                failValidation(check);
                return;
            }
            const QString requestId = newRequestId();
            writeSent(tr("the customer"),
                      QStringLiteral("paydesk-cli customers check %1").arg(requestId));
            provider->createCustomer(
                draft, this,
                [this](const CreateOutcome<Customer> &o) {
                    reportCreate(o, tr("customer"), QStringLiteral("customers"));
                },
                requestId);
        });
    } else if (sub == QLatin1String("check")) {
        checkCommand<Customer>(
            tr("customer"), QStringLiteral("customers"),
            [](PaymentProvider *p, const QString &id, QObject *c, CreateCallback<Customer> cb) {
                return p->findCreatedCustomer(id, c, std::move(cb));
            });
    } else {
        fail(UsageError, tr("customers takes list, get, create or check. See paydesk-cli --help."));
    }
}

void Cli::runIntents(const QString &sub)
{
    if (sub == QLatin1String("list")) {
        listCommand<PaymentIntent>(tr("payment intents"),
                                   [](PaymentProvider *p, const PageQuery &q, QObject *c,
                                      Callback<Page<PaymentIntent>> cb) {
                                       return p->listPaymentIntents(q, c, std::move(cb));
                                   });
    } else if (sub == QLatin1String("get")) {
        getCommand<PaymentIntent>(
            [](PaymentProvider *p, const QString &id, QObject *c, Callback<PaymentIntent> cb) {
                return p->getPaymentIntent(id, c, cb);
            });
    } else if (sub == QLatin1String("create")) {
        if (!checkOptions({QStringLiteral("amount"), QStringLiteral("currency"),
                           QStringLiteral("customer"), QStringLiteral("description"),
                           QStringLiteral("payment-method"), QStringLiteral("confirm"),
                           QStringLiteral("application-fee"), QStringLiteral("transfer-to"),
                           QStringLiteral("metadata")}))
            return;
        const QString currency = m_parser.value(QStringLiteral("currency"));
        if (!m_parser.isSet(QStringLiteral("amount")) || currency.isEmpty()) {
            fail(UsageError, tr("--amount and --currency are required: paydesk-cli intents create "
                                "--amount 12.34 --currency usd."));
            return;
        }
        const Money::ParseResult amount =
            Money::parse(m_parser.value(QStringLiteral("amount")), currency, QLocale::c());
        if (!amount.ok()) {
            fail(UsageError, QStringLiteral("--amount: %1").arg(amount.error));
            return;
        }
        PaymentIntentDraft draft;
        draft.amount = *amount.value;
        draft.customerId = m_parser.value(QStringLiteral("customer"));
        draft.description = m_parser.value(QStringLiteral("description"));
        draft.paymentMethodId = m_parser.value(QStringLiteral("payment-method"));
        draft.confirm = m_parser.isSet(QStringLiteral("confirm"));
        draft.transferDestinationUserId = m_parser.value(QStringLiteral("transfer-to"));
        if (m_parser.isSet(QStringLiteral("application-fee"))) {
            const Money::ParseResult fee =
                Money::parse(m_parser.value(QStringLiteral("application-fee")), currency,
                             QLocale::c(), Money::SignRule::NonNegative);
            if (!fee.ok()) {
                fail(UsageError, QStringLiteral("--application-fee: %1").arg(fee.error));
                return;
            }
            draft.applicationFee = fee.value;
        }
        QString error;
        if (!parseMetadata(m_parser.values(QStringLiteral("metadata")), &draft.metadata, &error)) {
            fail(UsageError, error);
            return;
        }
        withProvider([this, draft](PaymentProvider *provider) {
            const ValidationResult check = draft.validate(provider->limits());
            if (!check.ok()) {
                failValidation(check);
                return;
            }
            const QString requestId = newRequestId();
            writeSent(tr("the payment intent"),
                      QStringLiteral("paydesk-cli intents check %1").arg(requestId));
            provider->createPaymentIntent(
                draft, this,
                [this](const CreateOutcome<PaymentIntent> &o) {
                    reportCreate(o, tr("payment intent"), QStringLiteral("intents"));
                },
                requestId);
        });
    } else if (sub == QLatin1String("confirm")) {
        if (!checkOptions({QStringLiteral("payment-method")}))
            return;
        ConfirmIntentDraft draft{m_positional.value(2),
                                 m_parser.value(QStringLiteral("payment-method"))};
        const ValidationResult check = draft.validate();
        if (m_positional.size() != 3) {
            fail(UsageError, tr("Give exactly one id: paydesk-cli intents confirm ID "
                                "--payment-method ID."));
            return;
        }
        if (!check.ok()) {
            failValidation(check);
            return;
        }
        withProvider([this, draft](PaymentProvider *provider) {
            writeSent(tr("the confirmation"),
                      QStringLiteral("paydesk-cli intents get %1").arg(draft.paymentIntentId));
            provider->confirmPaymentIntent(draft, this, [this](const Result<PaymentIntent> &r) {
                m_writeSent.clear();
                if (!r.ok()) {
                    failApi(r.error());
                    return;
                }
                printObject(r.value());
                finish(Success);
            });
        });
    } else if (sub == QLatin1String("check")) {
        checkCommand<PaymentIntent>(tr("payment intent"), QStringLiteral("intents"),
                                    [](PaymentProvider *p, const QString &id, QObject *c,
                                       CreateCallback<PaymentIntent> cb) {
                                        return p->findCreatedPaymentIntent(id, c, std::move(cb));
                                    });
    } else {
        fail(UsageError,
             tr("intents takes list, get, create, confirm or check. See paydesk-cli --help."));
    }
}

void Cli::runCheckout(const QString &sub)
{
    if (sub == QLatin1String("list")) {
        listCommand<CheckoutSession>(tr("checkout sessions"),
                                     [](PaymentProvider *p, const PageQuery &q, QObject *c,
                                        Callback<Page<CheckoutSession>> cb) {
                                         return p->listCheckoutSessions(q, c, std::move(cb));
                                     });
    } else if (sub == QLatin1String("get")) {
        getCommand<CheckoutSession>(
            [](PaymentProvider *p, const QString &id, QObject *c, Callback<CheckoutSession> cb) {
                return p->getCheckoutSession(id, c, cb);
            });
    } else if (sub == QLatin1String("create")) {
        if (!checkOptions({QStringLiteral("item"), QStringLiteral("success-url"),
                           QStringLiteral("cancel-url"), QStringLiteral("customer-email"),
                           QStringLiteral("customer"), QStringLiteral("expires-in"),
                           QStringLiteral("client-reference-id"), QStringLiteral("currency"),
                           QStringLiteral("metadata")}))
            return;
        const QString currency = m_parser.isSet(QStringLiteral("currency"))
                                     ? m_parser.value(QStringLiteral("currency"))
                                     : QStringLiteral("usd");
        CheckoutSessionDraft draft;
        const QStringList items = m_parser.values(QStringLiteral("item"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString &spec = items.at(i);
            const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
            if (eq <= 0) {
                fail(UsageError,
                     tr("--item must be NAME=PRICE or NAME=PRICExQUANTITY, not \"%1\".").arg(spec));
                return;
            }
            CheckoutLineItemDraft line;
            line.name = spec.left(eq);
            QString price = spec.mid(eq + 1);
            const qsizetype x = price.lastIndexOf(QLatin1Char('x'));
            if (x >= 0) {
                bool ok = false;
                line.quantity = price.mid(x + 1).toLongLong(&ok);
                if (!ok) {
                    fail(UsageError, tr("--item \"%1\": the quantity after x must be a whole "
                                        "number.")
                                         .arg(spec));
                    return;
                }
                price = price.left(x);
            }
            const Money::ParseResult unit = Money::parse(price, currency, QLocale::c());
            if (!unit.ok()) {
                fail(UsageError, tr("--item \"%1\": %2").arg(spec, unit.error));
                return;
            }
            line.unitPrice = *unit.value;
            draft.lineItems.append(line);
        }
        draft.successUrl = m_parser.value(QStringLiteral("success-url"));
        draft.cancelUrl = m_parser.value(QStringLiteral("cancel-url"));
        draft.customerEmail = m_parser.value(QStringLiteral("customer-email"));
        draft.customerId = m_parser.value(QStringLiteral("customer"));
        draft.clientReferenceId = m_parser.value(QStringLiteral("client-reference-id"));
        if (m_parser.isSet(QStringLiteral("expires-in"))) {
            bool ok = false;
            const int seconds = m_parser.value(QStringLiteral("expires-in")).toInt(&ok);
            if (!ok) {
                fail(UsageError, tr("--expires-in must be a whole number of seconds from 0 to "
                                    "10800."));
                return;
            }
            draft.expiresInSeconds = seconds;
        }
        QString error;
        if (!parseMetadata(m_parser.values(QStringLiteral("metadata")), &draft.metadata, &error)) {
            fail(UsageError, error);
            return;
        }
        withProvider([this, draft](PaymentProvider *provider) {
            const ValidationResult check = draft.validate(provider->limits());
            if (!check.ok()) {
                failValidation(check);
                return;
            }
            const QString requestId = newRequestId();
            writeSent(tr("the checkout session"),
                      QStringLiteral("paydesk-cli checkout check %1").arg(requestId));
            provider->createCheckoutSession(
                draft, this,
                [this](const CreateOutcome<CheckoutSession> &o) {
                    reportCreate(o, tr("checkout session"), QStringLiteral("checkout"));
                },
                requestId);
        });
    } else if (sub == QLatin1String("check")) {
        checkCommand<CheckoutSession>(tr("checkout session"), QStringLiteral("checkout"),
                                      [](PaymentProvider *p, const QString &id, QObject *c,
                                         CreateCallback<CheckoutSession> cb) {
                                          return p->findCreatedCheckoutSession(id, c,
                                                                               std::move(cb));
                                      });
    } else {
        fail(UsageError, tr("checkout takes list, get, create or check. See paydesk-cli --help."));
    }
}

void Cli::runRefunds(const QString &sub)
{
    if (sub == QLatin1String("list")) {
        listCommand<Refund>(tr("refunds"), [](PaymentProvider *p, const PageQuery &q, QObject *c,
                                              Callback<Page<Refund>> cb) {
            return p->listRefunds(q, c, std::move(cb));
        });
    } else if (sub == QLatin1String("get")) {
        getCommand<Refund>([](PaymentProvider *p, const QString &id, QObject *c,
                              Callback<Refund> cb) { return p->getRefund(id, c, cb); });
    } else if (sub == QLatin1String("create")) {
        if (!checkOptions(
                {QStringLiteral("intent"), QStringLiteral("amount"), QStringLiteral("reason")}))
            return;
        const QString intentId = m_parser.value(QStringLiteral("intent"));
        const QString amountText = m_parser.value(QStringLiteral("amount"));
        if (intentId.isEmpty() || amountText.isEmpty()) {
            fail(UsageError, tr("--intent and --amount are required: paydesk-cli refunds create "
                                "--intent ID --amount 5.00."));
            return;
        }
        const QString reason = m_parser.value(QStringLiteral("reason"));
        // The refund is in the intent's currency, and never more than what is left of it: read
        // the intent first so both are checked before anything is sent.
        withProvider([this, intentId, amountText, reason](PaymentProvider *provider) {
            provider->getPaymentIntent(intentId, this, [=, this](const Result<PaymentIntent> &r) {
                if (!r.ok()) {
                    failApi(r.error(), QStringLiteral("payment_intent_id"));
                    return;
                }
                const PaymentIntent &intent = r.value();
                const Money::ParseResult amount =
                    Money::parse(amountText, intent.amount.currency(), QLocale::c());
                if (!amount.ok()) {
                    fail(UsageError, QStringLiteral("--amount: %1").arg(amount.error));
                    return;
                }
                RefundDraft draft{intentId, *amount.value, reason};
                const qint64 refunded = intent.amountRefunded.value_or(0);
                const ValidationResult check = draft.validate(
                    Money(intent.amount.minorUnits() - refunded, intent.amount.currency()));
                if (!check.ok()) {
                    failValidation(check);
                    return;
                }
                const QString requestId = newRequestId();
                writeSent(tr("the refund"),
                          QStringLiteral("paydesk-cli refunds check %1").arg(requestId));
                provider->createRefund(
                    draft, this,
                    [this](const CreateOutcome<Refund> &o) {
                        reportCreate(o, tr("refund"), QStringLiteral("refunds"));
                    },
                    requestId);
            });
        });
    } else if (sub == QLatin1String("check")) {
        checkCommand<Refund>(
            tr("refund"), QStringLiteral("refunds"),
            [](PaymentProvider *p, const QString &id, QObject *c, CreateCallback<Refund> cb) {
                return p->findCreatedRefund(id, c, std::move(cb));
            });
    } else {
        fail(UsageError, tr("refunds takes list, get, create or check. See paydesk-cli --help."));
    }
}

void Cli::runPaymentMethods(const QString &sub)
{
    if (sub != QLatin1String("list")) {
        fail(UsageError, tr("payment-methods takes list --customer ID. See paydesk-cli --help."));
        return;
    }
    const QString customer = m_parser.value(QStringLiteral("customer"));
    if (customer.isEmpty()) {
        fail(UsageError, tr("--customer is required: paydesk-cli payment-methods list --customer "
                            "ID."));
        return;
    }
    listCommand<PaymentMethod>(tr("payment methods"),
                               [customer](PaymentProvider *p, const PageQuery &q, QObject *c,
                                          Callback<Page<PaymentMethod>> cb) {
                                   return p->listPaymentMethods(customer, q, c, std::move(cb));
                               });
}

void Cli::runProfiles(const QString &sub)
{
    ProfileStore store(*m_settings);
    if (sub == QLatin1String("list")) {
        if (!checkOptions({}))
            return;
        const QString defaultName = store.defaultProfileName();
        Tabular table{{QStringLiteral("name"), QStringLiteral("provider"),
                       QStringLiteral("environment"), QStringLiteral("base_url"),
                       QStringLiteral("client_id"), QStringLiteral("app_id")},
                      {}};
        QJsonArray array;
        for (const Profile &p : store.profiles()) {
            const QString env = Profile::environmentKey(p.environment);
            const QString url = p.baseUrl().toString(QUrl::RemoveUserInfo);
            table.rows.append({p.name, p.provider, env, url, p.clientId, p.appId});
            array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("provider"), p.provider},
                                     {QStringLiteral("environment"), env},
                                     {QStringLiteral("base_url"), url},
                                     {QStringLiteral("client_id"), p.clientId},
                                     {QStringLiteral("app_id"), p.appId},
                                     {QStringLiteral("default"), p.name == defaultName}});
        }
        if (OutputFormat(m_format) == OutputFormat::Json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        else if (OutputFormat(m_format) == OutputFormat::Csv)
            m_out << renderCsv(table);
        else
            m_out << renderTable(table);
        finish(Success);
    } else if (sub == QLatin1String("add")) {
        if (!checkOptions({QStringLiteral("environment"), QStringLiteral("client-id"),
                           QStringLiteral("app-id")}))
            return;
        Profile profile;
        profile.name = m_positional.value(2);
        const QString environment = m_parser.value(QStringLiteral("environment"));
        if (environment.isEmpty()) {
            fail(UsageError, tr("--environment is required: production, sandbox, or a base URL."));
            return;
        }
        const std::optional<Environment> known = Profile::environmentFromKey(environment);
        if (known && *known != Environment::Custom) {
            profile.environment = *known;
        } else {
            profile.environment = Environment::Custom;
            profile.customBaseUrl = QUrl(environment);
        }
        profile.clientId = m_parser.value(QStringLiteral("client-id"));
        profile.appId = m_parser.value(QStringLiteral("app-id"));
        const ValidationResult check = profile.validate();
        if (!check.ok()) {
            failValidation(check);
            return;
        }
        if (store.find(profile.name)) {
            fail(UsageError,
                 tr("A profile named \"%1\" exists already; remove it first.").arg(profile.name));
            return;
        }
        store.save(profile);
        if (store.defaultProfileName().isEmpty())
            store.setDefaultProfileName(profile.name);
        m_err << tr("Added profile \"%1\" (%2). Store its API key with: paydesk-cli login "
                    "--profile \"%1\"")
                     .arg(profile.name, profile.environmentLabel())
              << '\n';
        finish(Success);
    } else if (sub == QLatin1String("remove")) {
        if (!checkOptions({}))
            return;
        const QString name = m_positional.value(2);
        if (!store.remove(name)) {
            fail(UsageError, tr("There is no profile named \"%1\".").arg(name));
            return;
        }
        // The key goes with the profile: nothing is left behind in the keychain.
        m_keychain->removeApiKey(name, this, [this, name](const Result<Done, KeychainError> &r) {
            if (!r.ok()) {
                fail(CredentialsError,
                     tr("Removed profile \"%1\", but its API key could not be removed from the "
                        "keychain: %2")
                         .arg(name, r.error().message));
                return;
            }
            m_err << tr("Removed profile \"%1\" and its API key.").arg(name) << '\n';
            finish(Success);
        });
    } else {
        fail(UsageError, tr("profiles takes list, add or remove. See paydesk-cli --help."));
    }
}

void Cli::runLogin()
{
    if (!checkOptions({}))
        return;
    const QString name = m_parser.value(QStringLiteral("profile"));
    if (name.isEmpty()) {
        fail(UsageError, tr("login needs --profile NAME."));
        return;
    }
    ProfileStore store(*m_settings);
    if (!store.find(name)) {
        fail(UsageError, tr("There is no profile named \"%1\"; add it first with paydesk-cli "
                            "profiles add.")
                             .arg(name));
        return;
    }
    const QByteArray key = readSecretFromStdin(true, tr("API key for profile \"%1\": ").arg(name));
    if (key.isEmpty()) {
        fail(UsageError, tr("No API key was given on standard input."));
        return;
    }
    m_keychain->writeApiKey(name, key, this, [this, name](const Result<Done, KeychainError> &r) {
        if (!r.ok()) {
            fail(CredentialsError, r.error().message);
            return;
        }
        m_err << tr("Stored the API key for profile \"%1\" in %2.")
                     .arg(name, m_keychain->storageDescription())
              << '\n';
        finish(Success);
    });
}

} // namespace paydesk::cli
