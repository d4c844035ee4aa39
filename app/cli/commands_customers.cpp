#include "cli.h"
#include "cli_generic.h"
#include "models/drafts.h"
#include "options.h"

#include <QCoreApplication>

namespace paydesk::cli {

void Cli::customersList()
{
    listCommand<Customer>(tr("customers"), [](PaymentProvider *p, const PageQuery &q, QObject *c,
                                              Callback<Page<Customer>> cb) {
        return p->listCustomers(q, c, std::move(cb));
    });
}

void Cli::customersGet()
{
    getCommand<Customer>([](PaymentProvider *p, const QString &id, QObject *c,
                            Callback<Customer> cb) { return p->getCustomer(id, c, cb); });
}

void Cli::customersCreate()
{
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
}

void Cli::customersCheck()
{
    checkCommand<Customer>(
        tr("customer"), QStringLiteral("customers"),
        [](PaymentProvider *p, const QString &id, QObject *c, CreateCallback<Customer> cb) {
            return p->findCreatedCustomer(id, c, std::move(cb));
        });
}

} // namespace paydesk::cli
