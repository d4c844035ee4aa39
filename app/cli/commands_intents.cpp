#include "cli.h"
#include "cli_generic.h"
#include "models/drafts.h"
#include "options.h"

#include <QCoreApplication>

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
            Money::parse(m_parser.value(QStringLiteral("application-fee")), currency, QLocale::c(),
                         Money::SignRule::NonNegative);
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
}

void Cli::intentsConfirm()
{
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
