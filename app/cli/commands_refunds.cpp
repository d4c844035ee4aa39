#include "cli.h"
#include "cli_generic.h"
#include "models/drafts.h"
#include "options.h"

#include <QCoreApplication>

namespace paydesk::cli {

void Cli::refundsList()
{
    listCommand<Refund>(tr("refunds"), [](PaymentProvider *p, const PageQuery &q, QObject *c,
                                          Callback<Page<Refund>> cb) {
        return p->listRefunds(q, c, std::move(cb));
    });
}

void Cli::refundsGet()
{
    getCommand<Refund>([](PaymentProvider *p, const QString &id, QObject *c, Callback<Refund> cb) {
        return p->getRefund(id, c, cb);
    });
}

void Cli::refundsCreate()
{
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
        if (!provider->capabilities().refunds) {
            fail(UsageError, provider->capabilities().whyNoRefunds);
            return;
        }
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
}

void Cli::refundsCheck()
{
    checkCommand<Refund>(
        tr("refund"), QStringLiteral("refunds"),
        [](PaymentProvider *p, const QString &id, QObject *c, CreateCallback<Refund> cb) {
            return p->findCreatedRefund(id, c, std::move(cb));
        });
}

void Cli::paymentMethodsList()
{
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

} // namespace paydesk::cli
