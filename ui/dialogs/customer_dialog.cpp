#include "ui/dialogs/customer_dialog.h"

#include "models/fields.h"
#include "services/workspace.h"
#include "ui/widgets/metadata_editor.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace paydesk {

CustomerDialog::CustomerDialog(Workspace *session, QWidget *parent)
    : FlowDialog(session, parent)
{
    setWindowTitle(tr("New customer"));
    setNoun(tr("customer"));
    // Wide enough that the address's messages ("Enter the city, or leave the whole address
    // empty.") take one line each: the form keeps each message's line, and a form with every
    // message wrapped was taller than a small screen.
    setMinimumWidth(640);
    auto *content = new QWidget(this);

    // Who: a person or a business.
    m_person = new QRadioButton(tr("&Person"), content);
    m_business = new QRadioButton(tr("&Business"), content);
    m_person->setObjectName(QStringLiteral("personRadio"));
    m_business->setObjectName(QStringLiteral("businessRadio"));
    m_person->setAccessibleName(tr("The customer is a person"));
    m_business->setAccessibleName(tr("The customer is a business"));
    m_person->setChecked(true);
    auto *kinds = new QButtonGroup(content);
    kinds->addButton(m_person);
    kinds->addButton(m_business);
    auto *kindRow = new QHBoxLayout;
    // The rows below are spaced by their error lines; this one has none of its own.
    kindRow->setContentsMargins(0, 0, 0, 6);
    kindRow->addWidget(m_person);
    kindRow->addWidget(m_business);
    kindRow->addStretch();

    m_firstName = new QLineEdit(content);
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_lastName = new QLineEdit(content);
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_businessName = new QLineEdit(content);
    m_businessName->setObjectName(QStringLiteral("businessNameEdit"));
    m_email = new QLineEdit(content);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);

    m_countryCode = new QLineEdit(content);
    m_countryCode->setObjectName(QStringLiteral("countryCodeEdit"));
    m_countryCode->setAccessibleName(tr("Phone country code"));
    m_countryCode->setAccessibleDescription(
        tr("The country calling code, digits only: 1 for the United States, 44 for the United "
           "Kingdom."));
    // A hint that cannot pass for a typed value (a grey "1" looked like one).
    m_countryCode->setPlaceholderText(tr("Code"));
    m_countryCode->setMaximumWidth(std::max(
        64, m_countryCode->fontMetrics().horizontalAdvance(m_countryCode->placeholderText()) + 24));
    m_countryCode->setInputMethodHints(Qt::ImhDigitsOnly);
    m_phone = new QLineEdit(content);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setAccessibleName(tr("Phone number"));
    m_phone->setPlaceholderText(tr("Phone number"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Customer is:"), kindRow);
    m_nameForm = form;
    addField(form, tr("&First name:"), m_firstName, {QString(field::FirstName)});
    addField(form, tr("&Last name:"), m_lastName, {QString(field::LastName)});
    addField(form, tr("Business &name:"), m_businessName, {QString(field::BusinessName)});
    addField(form, tr("&Email:"), m_email, {QString(field::Email)});

    // Phone: "+ [code] [number]", each with its own error line.
    auto *phoneRow = new QWidget(content);
    auto *phoneLayout = new QHBoxLayout(phoneRow);
    phoneLayout->setContentsMargins(0, 0, 0, 0);
    phoneLayout->setSpacing(4);
    auto *plus = new QLabel(tr("+"), phoneRow);
    plus->setAccessibleName(tr("Plus sign of the country code"));
    // Level with the fields, not with the middle of the fields and their error lines.
    plus->setMinimumHeight(m_countryCode->sizeHint().height());
    phoneLayout->addWidget(plus, 0, Qt::AlignTop);
    phoneLayout->addWidget(withErrors(m_countryCode, {QString(field::PhoneCountryCode)}), 0,
                           Qt::AlignTop);
    phoneLayout->addWidget(withErrors(m_phone, {QString(field::Phone)}), 1, Qt::AlignTop);
    auto *phoneLabel = new QLabel(tr("P&hone:"), content);
    phoneLabel->setBuddy(m_countryCode);
    form->addRow(phoneLabel, phoneRow);

    // Address: all of it or none of it.
    m_addressGroup = new QGroupBox(tr("Address (optional: fill in all of it or none)"), content);
    m_addressGroup->setAccessibleName(tr("Address"));
    auto *address = new QFormLayout(m_addressGroup);
    address->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_line1 = new QLineEdit(m_addressGroup);
    m_line1->setObjectName(QStringLiteral("line1Edit"));
    m_line1->setAccessibleName(tr("Address line 1"));
    m_line2 = new QLineEdit(m_addressGroup);
    m_line2->setObjectName(QStringLiteral("line2Edit"));
    m_line2->setAccessibleName(tr("Address line 2 (optional)"));
    m_city = new QLineEdit(m_addressGroup);
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_state = new QLineEdit(m_addressGroup);
    m_state->setObjectName(QStringLiteral("stateEdit"));
    m_postcode = new QLineEdit(m_addressGroup);
    m_postcode->setObjectName(QStringLiteral("postcodeEdit"));
    m_country = new QLineEdit(m_addressGroup);
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_country->setAccessibleName(tr("Country"));
    m_country->setAccessibleDescription(tr("Two-letter country code, such as US."));
    // Words, never a grey "US" that looks typed while the form says the country is missing.
    m_country->setPlaceholderText(tr("Two letters, such as US"));
    m_country->setMinimumWidth(
        m_country->fontMetrics().horizontalAdvance(m_country->placeholderText()) + 24);
    addField(address, tr("Line &1:"), m_line1,
             {QString(field::AddressLine1), QString(field::Address)});
    addField(address, tr("Line &2:"), m_line2, {QString(field::AddressLine2)});
    addField(address, tr("&City:"), m_city, {QString(field::AddressCity)});
    addField(address, tr("&State:"), m_state, {QString(field::AddressState)});
    addField(address, tr("P&ostcode:"), m_postcode, {QString(field::AddressPostcode)});
    addField(address, tr("Co&untry:"), m_country, {QString(field::AddressCountry)});

    m_metadata = new MetadataEditor(content);
    m_metadata->setObjectName(QStringLiteral("metadataEditor"));
    if (session && session->provider())
        m_metadata->setLimits(session->provider()->limits().metadata);
    auto *extraForm = new QFormLayout;
    extraForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(extraForm, tr("&Metadata:"), m_metadata, {QString(field::Metadata)});

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_addressGroup);
    layout->addLayout(extraForm);
    setContent(content);

    auto *create = buttonBox()->addButton(tr("Create &customer"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("submitButton"));
    create->setAccessibleName(tr("Create customer"));
    auto *cancel = buttonBox()->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    setSubmitButton(create);
    connect(create, &QPushButton::clicked, this, &CustomerDialog::submit);

    setFieldErrorsComplete();
    connect(m_person, &QRadioButton::toggled, this, &CustomerDialog::updateKind);
    updateKind();

    setTabOrder(m_person, m_business);
    setTabOrder(m_business, m_firstName);
    setTabOrder(m_firstName, m_lastName);
    setTabOrder(m_lastName, m_businessName);
    setTabOrder(m_businessName, m_email);
    setTabOrder(m_email, m_countryCode);
    setTabOrder(m_countryCode, m_phone);
    setTabOrder(m_phone, m_line1);
    setTabOrder(m_line1, m_line2);
    setTabOrder(m_line2, m_city);
    setTabOrder(m_city, m_state);
    setTabOrder(m_state, m_postcode);
    setTabOrder(m_postcode, m_country);
    setTabOrder(m_country, m_metadata);
    m_firstName->setFocus();
}

CustomerDialog::~CustomerDialog()
{
    hide();
}

bool CustomerDialog::isBusiness() const
{
    return m_business->isChecked();
}

void CustomerDialog::setBusiness(bool business)
{
    (business ? m_business : m_person)->setChecked(true);
}

CustomerDraft CustomerDialog::draft() const
{
    CustomerDraft draft;
    // Only the chosen kind's names are sent; the other kind's stay in the form, untouched.
    if (isBusiness()) {
        draft.businessName = m_businessName->text();
    } else {
        draft.firstName = m_firstName->text();
        draft.lastName = m_lastName->text();
    }
    draft.email = m_email->text();
    draft.phoneNumber = m_phone->text();
    draft.countryCode = m_countryCode->text();
    Address address;
    address.line1 = m_line1->text();
    address.line2 = m_line2->text();
    address.city = m_city->text();
    address.state = m_state->text();
    address.postcode = m_postcode->text();
    address.country = m_country->text();
    if (!address.isEmpty())
        draft.address = address;
    draft.metadata = m_metadata->metadata();
    return draft;
}

ValidationResult CustomerDialog::fieldErrors() const
{
    const CustomerDraft customer = draft();
    ValidationResult checked = customer.validate(session()->provider()->limits());
    checked.merge(m_metadata->validate());
    // The names of the kind not chosen are hidden: their errors go to the kind shown.
    ValidationResult result;
    for (const FieldError &error : checked.errors()) {
        const bool personName = error.field == field::FirstName || error.field == field::LastName;
        if (isBusiness() && personName) {
            result.add(field::BusinessName,
                       tr("Enter the business name, or choose Person to enter a person's name."));
        } else if (!isBusiness() && error.field == field::BusinessName) {
            result.add(field::FirstName, error.message);
        } else {
            result.add(error.field, error.message);
        }
    }
    return result;
}

void CustomerDialog::submit()
{
    if (isBusy())
        return;
    const CustomerDraft customer = draft();
    if (!acceptValidation(fieldErrors()))
        return;
    PaymentProvider *provider = session()->provider();
    runCreate<Customer>(
        [provider, customer](QObject *context, CreateCallback<Customer> done) {
            return provider->createCustomer(customer, context, std::move(done));
        },
        [provider](const QString &requestId, QObject *context, CreateCallback<Customer> done) {
            return provider->findCreatedCustomer(requestId, context, std::move(done));
        },
        [this](const Customer &created) {
            session()->adopt(created);
            emit customerCreated(created);
            accept();
        });
}

void CustomerDialog::updateKind()
{
    const bool business = isBusiness();
    m_nameForm->setRowVisible(m_firstName->parentWidget(), !business);
    m_nameForm->setRowVisible(m_lastName->parentWidget(), !business);
    m_nameForm->setRowVisible(m_businessName->parentWidget(), business);
    (business ? m_businessName : m_firstName)->setFocus();
}

} // namespace paydesk
