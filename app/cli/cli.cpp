#include "cli.h"

#include "network/credential_store.h"
#include "options.h"
#include "output.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QUuid>

namespace paydesk::cli {

std::span<const Cli::Command> Cli::commands()
{
    static const Command table[] = {
        {"customers", "list", &Cli::customersList},
        {"customers", "get", &Cli::customersGet},
        {"customers", "create", &Cli::customersCreate},
        {"customers", "check", &Cli::customersCheck},
        {"intents", "list", &Cli::intentsList},
        {"intents", "get", &Cli::intentsGet},
        {"intents", "create", &Cli::intentsCreate},
        {"intents", "confirm", &Cli::intentsConfirm},
        {"intents", "check", &Cli::intentsCheck},
        {"checkout", "list", &Cli::checkoutList},
        {"checkout", "get", &Cli::checkoutGet},
        {"checkout", "create", &Cli::checkoutCreate},
        {"checkout", "check", &Cli::checkoutCheck},
        {"refunds", "list", &Cli::refundsList},
        {"refunds", "get", &Cli::refundsGet},
        {"refunds", "create", &Cli::refundsCreate},
        {"refunds", "check", &Cli::refundsCheck},
        {"profiles", "list", &Cli::profilesList},
        {"profiles", "add", &Cli::profilesAdd},
        {"profiles", "remove", &Cli::profilesRemove},
        {"payment-methods", "list", &Cli::paymentMethodsList},
        {"devices", "list", &Cli::devicesList},
        {"login", "", &Cli::login},
    };
    return table;
}

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
    // "lineItems[2].quantity" is typed with --item, "metadata.order" with --metadata.
    const qsizetype end = field.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    const QString head = end > 0 ? field.left(end) : QString();
    if (FieldOptions.contains(head))
        return QStringLiteral("%1 (%2)").arg(FieldOptions.value(head), field);
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
    QStringList subcommands;
    for (const Command &c : commands()) {
        if (command != QLatin1String(c.family))
            continue;
        if (sub == QLatin1String(c.name) || !*c.name) {
            (this->*c.run)();
            return;
        }
        subcommands.append(QLatin1String(c.name));
    }
    if (subcommands.isEmpty()) {
        fail(UsageError, tr("Unknown command \"%1\". See paydesk-cli --help.").arg(command));
        return;
    }
    const QString last = subcommands.takeLast();
    const QString choices =
        subcommands.isEmpty() ? last : tr("%1 or %2").arg(subcommands.join(u", "), last);
    fail(UsageError, tr("%1 takes %2. See paydesk-cli --help.").arg(command, choices));
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

} // namespace paydesk::cli
