#include "cli.h"
#include "cli_generic.h"
#include "models/drafts.h"
#include "options.h"

#include <QCoreApplication>

namespace paydesk::cli {

void Cli::checkoutList()
{
    listCommand<CheckoutSession>(
        tr("checkout sessions"),
        [](PaymentProvider *p, const PageQuery &q, QObject *c, Callback<Page<CheckoutSession>> cb) {
            return p->listCheckoutSessions(q, c, std::move(cb));
        });
}

void Cli::checkoutGet()
{
    getCommand<CheckoutSession>(
        [](PaymentProvider *p, const QString &id, QObject *c, Callback<CheckoutSession> cb) {
            return p->getCheckoutSession(id, c, cb);
        });
}

void Cli::checkoutCreate()
{
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
    withProvider([this, typed = draft](PaymentProvider *provider) {
        CheckoutSessionDraft draft = typed;
        draft.customerId = provider->fullId(ObjectKind::Customer, typed.customerId);
        const ValidationResult check = draft.validate(provider->limits());
        if (!check.ok()) {
            failValidation(check);
            return;
        }
        // The lines' names and quantities would not reach the customer: say what will.
        const std::optional<Money> total = draft.total();
        if (!provider->limits().takesCheckoutLineItems && total) {
            m_err << tr("%1 keeps one amount per checkout link, not its items: the link asks for "
                        "%2 %3.")
                         .arg(provider->displayName(), total->toDecimalString(), total->currency())
                  << '\n';
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
}

void Cli::checkoutCheck()
{
    checkCommand<CheckoutSession>(
        tr("checkout session"), QStringLiteral("checkout"),
        [](PaymentProvider *p, const QString &id, QObject *c, CreateCallback<CheckoutSession> cb) {
            return p->findCreatedCheckoutSession(id, c, std::move(cb));
        });
}

} // namespace paydesk::cli
