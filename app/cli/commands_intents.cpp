#include "cli.h"
#include "cli_generic.h"
#include "models/drafts.h"
#include "models/fields.h"
#include "options.h"

#include <QCoreApplication>
#include <QTimer>

namespace paydesk::cli {

void Cli::intentsList()
{
    listCommand<PaymentIntent>(
        tr("payment intents"),
        [](PaymentProvider *p, const PageQuery &q, QObject *c, Callback<Page<PaymentIntent>> cb) {
            return p->listPaymentIntents(q, c, std::move(cb));
        });
}

void Cli::intentsGet()
{
    getCommand<PaymentIntent>(
        [](PaymentProvider *p, const QString &id, QObject *c, Callback<PaymentIntent> cb) {
            return p->getPaymentIntent(id, c, cb);
        });
}

void Cli::intentsCreate()
{
    if (!checkOptions({QStringLiteral("amount"), QStringLiteral("currency"),
                       QStringLiteral("customer"), QStringLiteral("description"),
                       QStringLiteral("payment-method"), QStringLiteral("confirm"),
                       QStringLiteral("application-fee"), QStringLiteral("transfer-to"),
                       QStringLiteral("device"), QStringLiteral("transfer"),
                       QStringLiteral("save-for-later"), QStringLiteral("metadata"),
                       QStringLiteral("wait"), QStringLiteral("wait-timeout")}))
        return;
    // Codes are taken in either case and sent upper case.
    const QString currency = m_parser.value(QStringLiteral("currency")).trimmed().toUpper();
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
    draft.device = m_parser.value(QStringLiteral("device"));
    if (m_parser.isSet(QStringLiteral("application-fee"))) {
        const Money::ParseResult fee =
            Money::parse(m_parser.value(QStringLiteral("application-fee")), currency, QLocale::c(),
                         Money::SignRule::NonNegative);
        if (!fee.ok()) {
            fail(UsageError, QStringLiteral("--application-fee: %1").arg(fee.error));
            return;
        }
        draft.applicationFee = fee.value;
    }
    for (const QString &spec : m_parser.values(QStringLiteral("transfer"))) {
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) {
            fail(UsageError, tr("--transfer must be ACCOUNT=AMOUNT, such as "
                                "accounts/acct_123=5.00, not \"%1\".")
                                 .arg(spec));
            return;
        }
        const Money::ParseResult part = Money::parse(spec.mid(eq + 1), currency, QLocale::c());
        if (!part.ok()) {
            fail(UsageError, tr("--transfer \"%1\": %2").arg(spec, part.error));
            return;
        }
        draft.transfers.append({spec.left(eq), *part.value});
    }
    if (m_parser.isSet(QStringLiteral("save-for-later"))) {
        const QString when = m_parser.value(QStringLiteral("save-for-later"));
        if (when.compare(QLatin1String("off-session"), Qt::CaseInsensitive) != 0) {
            fail(UsageError, tr("--save-for-later takes off-session (save the card for payments "
                                "started later without the customer), not \"%1\".")
                                 .arg(when));
            return;
        }
        draft.saveForLater = true;
    }
    const bool wait = m_parser.isSet(QStringLiteral("wait"));
    int waitSeconds = DefaultWaitSeconds;
    if (m_parser.isSet(QStringLiteral("wait-timeout"))) {
        bool ok = false;
        waitSeconds = m_parser.value(QStringLiteral("wait-timeout")).toInt(&ok);
        if (!ok || waitSeconds < 1 || waitSeconds > MaxWaitSeconds) {
            fail(UsageError, tr("--wait-timeout must be a whole number of seconds from 1 to %1, "
                                "not \"%2\".")
                                 .arg(MaxWaitSeconds)
                                 .arg(m_parser.value(QStringLiteral("wait-timeout"))));
            return;
        }
        if (!wait) {
            fail(UsageError, tr("--wait-timeout needs --wait."));
            return;
        }
    }
    if (wait && !draft.confirm) {
        fail(UsageError, tr("--wait follows a payment that is confirmed now: add --confirm with "
                            "--device or --payment-method."));
        return;
    }
    QString error;
    if (!parseMetadata(m_parser.values(QStringLiteral("metadata")), &draft.metadata, &error)) {
        fail(UsageError, error);
        return;
    }
    withProvider([this, draft, wait, waitSeconds](PaymentProvider *provider) {
        // Short ids become the provider's full ones before they are checked and sent.
        PaymentIntentDraft named = draft;
        named.customerId = provider->fullId(ObjectKind::Customer, draft.customerId);
        named.paymentMethodId = provider->fullId(ObjectKind::PaymentMethod, draft.paymentMethodId);
        named.device = provider->fullId(ObjectKind::Device, draft.device);
        const auto create = [this, named, wait, waitSeconds,
                             provider](const std::optional<Device> &device) {
            const ValidationResult check = named.validate(provider->limits(), device);
            if (!check.ok()) {
                failValidation(check);
                return;
            }
            const QString requestId = newRequestId();
            writeSent(tr("the payment intent"),
                      QStringLiteral("paydesk-cli intents check %1").arg(requestId));
            provider->createPaymentIntent(
                named, this,
                [this, wait, waitSeconds](const CreateOutcome<PaymentIntent> &o) {
                    if (wait && o.status == CreateStatus::Created) {
                        m_writeSent.clear();
                        if (o.foundByLookup)
                            m_err << tr("The answer was lost, but Paydesk found the %1 it created "
                                        "(request id %2).")
                                         .arg(tr("payment intent"), o.requestId)
                                  << ' ' << o.proof << '\n';
                        followPayment(*o.object, waitSeconds);
                        return;
                    }
                    reportCreate(o, tr("payment intent"), QStringLiteral("intents"));
                },
                requestId);
        };
        // A terminal is checked as the provider lists it: paired, active, and taking the
        // currency. The draft's own rules come first, so that a device without --confirm is
        // told so without a look-up.
        const ValidationResult plain = named.validate(provider->limits());
        if (!plain.ok() || named.device.trimmed().isEmpty()) {
            create(std::nullopt);
            return;
        }
        findDevice(provider, named.device, [create](const Device &device) { create(device); });
    });
}

void Cli::findDevice(PaymentProvider *provider, const QString &device,
                     std::function<void(const Device &)> then)
{
    auto found = std::make_shared<std::optional<Device>>();
    const QString wanted = device.trimmed();
    walkPages<Device>(
        [provider](const PageQuery &q, QObject *ctx, Callback<Page<Device>> cb) {
            return provider->listDevices(q, ctx, std::move(cb));
        },
        100, this,
        [found, wanted](const QList<Device> &page, const WalkProgress &) {
            for (const Device &d : page) {
                if (d.id == wanted) {
                    *found = d;
                    return false;
                }
            }
            return true;
        },
        [this, found, wanted, then](const Result<WalkProgress> &result) {
            if (*found) {
                then(**found);
                return;
            }
            if (!result.ok()) {
                failApi(result.error(), QString(field::Device));
                return;
            }
            fail(UsageError, tr("--device: there is no card terminal %1. paydesk-cli devices list "
                                "shows them.")
                                 .arg(wanted));
        });
}

void Cli::followPayment(const PaymentIntent &intent, int timeoutSeconds)
{
    // The wait has its own bound, --wait-timeout; --deadline was for sending the create.
    if (m_deadlineTimer)
        m_deadlineTimer->stop();
    if (isatty(STDERR_FILENO)) {
        m_err << (intent.device.isEmpty()
                      ? tr("Waiting for the payment %1…").arg(intent.id)
                      : tr("Waiting for the payment %1 on the card terminal %2…")
                            .arg(intent.id, intent.device))
              << '\n';
        m_err.flush();
    }
    m_provider->followPaymentIntent(
        intent.id, timeoutSeconds * 1000, this,
        [this](const PaymentIntent &now) {
            if (isatty(STDERR_FILENO)) {
                m_err << tr("Status: %1").arg(now.status.displayName()) << '\n';
                m_err.flush();
            }
        },
        [this, intent](const Result<PaymentIntent> &result) {
            if (!result.ok()) {
                const ApiError &error = result.error();
                const QStringList details = {
                    tr("Payment intent: %1").arg(intent.id),
                    tr("Check with: paydesk-cli intents get %1").arg(intent.id)};
                if (error.kind == ApiErrorKind::Timeout || exitCodeFor(error) == RequestFailed) {
                    fail(OutcomeUnknown, error.message, details);
                    return;
                }
                fail(exitCodeFor(error), error.message, details);
                return;
            }
            reportSettled(result.value());
        });
}

void Cli::reportSettled(const PaymentIntent &intent)
{
    const IntentStatus &status = intent.status;
    const bool failed = status.known() == IntentStatus::Failed ||
                        status.known() == IntentStatus::Canceled ||
                        (status.phase() == IntentPhase::Waiting && intent.lastPaymentError);
    if (!failed) {
        printObject(intent);
        finish(Success);
        return;
    }
    QString reason;
    QString device = intent.device;
    if (intent.lastPaymentError) {
        reason = intent.lastPaymentError->message;
        if (!intent.lastPaymentError->code.isEmpty())
            reason = reason.isEmpty()
                         ? intent.lastPaymentError->code
                         : QStringLiteral("%1 (%2)").arg(reason, intent.lastPaymentError->code);
        if (!intent.lastPaymentError->device.isEmpty())
            device = intent.lastPaymentError->device;
    }
    if (reason.isEmpty())
        reason = status.displayName();
    const QStringList details = {tr("Payment intent: %1").arg(intent.id),
                                 tr("Status: %1").arg(status.raw())};
    if (device.isEmpty())
        fail(ApiRejected, tr("The payment did not go through: %1").arg(reason), details);
    else
        fail(ApiRejected,
             tr("The card terminal %1 did not take the payment: %2").arg(device, reason), details);
}

void Cli::intentsConfirm()
{
    if (!checkOptions({QStringLiteral("payment-method")}))
        return;
    if (m_positional.size() != 3) {
        fail(UsageError, tr("Give exactly one id: paydesk-cli intents confirm ID "
                            "--payment-method ID."));
        return;
    }
    const ConfirmIntentDraft typed{m_positional.value(2),
                                   m_parser.value(QStringLiteral("payment-method"))};
    withProvider([this, typed](PaymentProvider *provider) {
        if (!provider->capabilities().confirmLater) {
            fail(UsageError, provider->capabilities().whyNoConfirmLater);
            return;
        }
        const ConfirmIntentDraft draft{
            provider->fullId(ObjectKind::PaymentIntent, typed.paymentIntentId),
            provider->fullId(ObjectKind::PaymentMethod, typed.paymentMethodId)};
        const ValidationResult check = draft.validate();
        if (!check.ok()) {
            failValidation(check);
            return;
        }
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
}

void Cli::intentsCheck()
{
    checkCommand<PaymentIntent>(
        tr("payment intent"), QStringLiteral("intents"),
        [](PaymentProvider *p, const QString &id, QObject *c, CreateCallback<PaymentIntent> cb) {
            return p->findCreatedPaymentIntent(id, c, std::move(cb));
        });
}

} // namespace paydesk::cli
