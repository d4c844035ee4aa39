#include "ui/dialogs/checkout_link_dialog.h"

#include "models/fields.h"
#include "services/workspace.h"
#include "ui/widgets/checkout_link_view.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/line_items_editor.h"
#include "ui/widgets/metadata_editor.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/page_stack.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk {

namespace {

enum Page
{
    FormPage,
    LinkPage,
};

} // namespace

CheckoutLinkDialog::CheckoutLinkDialog(Workspace *session, QWidget *parent)
    : FlowDialog(session, parent)
{
    setWindowTitle(tr("New checkout link"));
    // Four columns of line items side by side.
    setMinimumWidth(640);
    setNoun(tr("checkout link"));
    const ProviderLimits limits = session->provider()->limits();

    m_pages = new PageStack(this);
    auto *form = new QWidget(m_pages);

    auto *itemsGroup = new QGroupBox(tr("What the customer pays for"), form);
    itemsGroup->setAccessibleName(tr("Items"));
    m_items = new LineItemsEditor(itemsGroup);
    m_items->setObjectName(QStringLiteral("lineItemsEditor"));
    m_items->setCurrency(limits.currencies.value(0, QStringLiteral("USD")));
    m_items->bindErrors(formErrors());
    auto *itemsLayout = new QVBoxLayout(itemsGroup);
    itemsLayout->addWidget(m_items);

    QSettings settings;
    m_successUrl = new QLineEdit(settings.value(successUrlSettingsKey()).toString(), form);
    m_successUrl->setObjectName(QStringLiteral("successUrlEdit"));
    m_successUrl->setPlaceholderText(tr("https://shop.example.com/thanks"));
    m_successUrl->setAccessibleDescription(
        tr("Required. The web address the customer returns to after paying."));
    m_successUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_cancelUrl = new QLineEdit(settings.value(cancelUrlSettingsKey()).toString(), form);
    m_cancelUrl->setObjectName(QStringLiteral("cancelUrlEdit"));
    m_cancelUrl->setPlaceholderText(tr("Optional: where the customer goes on cancelling"));
    m_cancelUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);

    m_customer = new CustomerPicker(session->customers(), form);
    m_customer->setObjectName(QStringLiteral("customerPicker"));
    m_customerEmail = new QLineEdit(form);
    m_customerEmail->setObjectName(QStringLiteral("customerEmailEdit"));
    m_customerEmail->setPlaceholderText(tr("Optional: the chosen customer's email when empty"));
    m_customerEmail->setInputMethodHints(Qt::ImhEmailCharactersOnly);

    m_expiry = new QSpinBox(form);
    m_expiry->setObjectName(QStringLiteral("expirySpin"));
    m_expiry->setRange(1, MaxExpiryMinutes);
    m_expiry->setValue(MaxExpiryMinutes);
    m_expiry->setSuffix(tr(" minutes"));
    m_expiry->setAccessibleDescription(tr("The link can be paid for this long: at most %1 minutes "
                                          "(3 hours).")
                                           .arg(MaxExpiryMinutes));
    m_reference = new QLineEdit(form);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Optional: your order or invoice number"));
    m_metadata = new MetadataEditor(form);
    m_metadata->setObjectName(QStringLiteral("metadataEditor"));
    m_metadata->setLimits(limits.metadata);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (!limits.takesCheckoutLineItems) {
        // The provider takes one amount for a link, not items: ask for just that.
        m_amount = new MoneyEdit(form);
        m_amount->setObjectName(QStringLiteral("amountEdit"));
        m_amount->setAccessibleName(tr("Amount"));
        m_currency = new QComboBox(form);
        m_currency->setObjectName(QStringLiteral("currencyCombo"));
        m_currency->setAccessibleName(tr("Currency"));
        m_currency->addItems(limits.currencies.isEmpty() ? Currency::knownCodes()
                                                         : limits.currencies);
        m_amount->setCurrency(m_currency->currentText());
        connect(m_currency, &QComboBox::currentTextChanged, m_amount, &MoneyEdit::setCurrency);
        auto *amountRow = new QWidget(form);
        auto *amountLayout = new QHBoxLayout(amountRow);
        amountLayout->setContentsMargins(0, 0, 0, 0);
        amountLayout->addWidget(m_amount, 1);
        amountLayout->addWidget(m_currency);
        amountRow->setFocusProxy(m_amount);
        QLabel *amountError = nullptr;
        QWidget *amountBox = withErrors(amountRow, {}, &amountError);
        auto *amountLabel = new QLabel(tr("&Amount:"), form);
        amountLabel->setBuddy(m_amount);
        fields->addRow(amountLabel, amountBox);
        for (const QString &field :
             {QString(field::LineItems), field::lineItem(0),
              field::lineItem(0, field::ItemUnitPrice), field::lineItem(0, field::ItemQuantity),
              QString(field::Amount)})
            formErrors()->bind(field, m_amount, amountError);
        formErrors()->bind(field::lineItem(0, field::ItemCurrency), m_currency, amountError);
        formErrors()->checkOnLeave(m_amount, QString(field::Amount),
                                   [amount = m_amount] { return amount->errorText(); });
        itemsGroup->hide();
    }
    addField(fields, tr("&Success URL:"), m_successUrl, {QString(field::SuccessUrl)});
    addField(fields, tr("Ca&ncel URL:"), m_cancelUrl, {QString(field::CancelUrl)});
    QLabel *customerLabel =
        addField(fields, tr("C&ustomer:"), m_customer, {QString(field::Customer)});
    QLabel *emailLabel =
        addField(fields, tr("Customer &email:"), m_customerEmail, {QString(field::CustomerEmail)});
    QLabel *expiryLabel =
        addField(fields, tr("E&xpires after:"), m_expiry, {QString(field::ExpiresIn)});
    // Fields the provider does not take are not offered: what is typed there would be lost.
    if (!limits.takesCheckoutCustomer) {
        fields->setRowVisible(customerLabel, false);
        fields->setRowVisible(emailLabel, false);
    }
    if (!limits.takesCheckoutExpiry)
        fields->setRowVisible(expiryLabel, false);
    addField(fields, tr("&Reference:"), m_reference, {QString(field::Reference)});
    addField(fields, tr("&Metadata:"), m_metadata, {QString(field::Metadata)});
    m_successUrl->setAccessibleName(tr("Success URL"));
    m_cancelUrl->setAccessibleName(tr("Cancel URL"));
    m_customerEmail->setAccessibleName(tr("Customer email"));
    m_expiry->setAccessibleName(tr("Expires after, in minutes"));
    m_reference->setAccessibleName(tr("Client reference"));

    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(10);
    formLayout->addWidget(itemsGroup);
    formLayout->addLayout(fields);
    formLayout->addStretch();
    m_pages->addWidget(form);

    m_linkView = new CheckoutLinkView(m_pages);
    m_linkView->setObjectName(QStringLiteral("checkoutLinkView"));
    m_pages->addWidget(m_linkView);
    setContent(m_pages);
    showPage(m_pages, FormPage);

    m_create = buttonBox()->addButton(tr("Create &link"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("submitButton"));
    m_create->setAccessibleName(tr("Create link"));
    m_close = buttonBox()->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Cancel"));
    setSubmitButton(m_create);
    setFieldErrorsComplete();
    connect(m_create, &QPushButton::clicked, this, &CheckoutLinkDialog::submit);

    connect(session, &Workspace::checkoutSessionSettled, this,
            [this](const CheckoutSession &settled) {
                if (!m_created.id.isEmpty() && settled.id == m_created.id)
                    showSession(settled);
            });
    // The open link also changes in the list while it is watched (paid elsewhere, refreshed).
    connect(session->checkoutSessions(), &QAbstractItemModel::dataChanged, this, [this] {
        if (m_created.id.isEmpty())
            return;
        const int row = this->session()->checkoutSessions()->rowOf(m_created.id);
        if (row >= 0 && !(this->session()->checkoutSessions()->at(row) == m_created))
            showSession(this->session()->checkoutSessions()->at(row));
    });

    setTabOrder(m_items->addButton(), m_successUrl);
    setTabOrder(m_successUrl, m_cancelUrl);
    setTabOrder(m_cancelUrl, m_customer->searchField());
    setTabOrder(m_customer->searchField(), m_customerEmail);
    setTabOrder(m_customerEmail, m_expiry);
    setTabOrder(m_expiry, m_reference);
    setTabOrder(m_reference, m_metadata->table());
    setTabOrder(m_metadata->table(), m_metadata->addButton());
    setTabOrder(m_metadata->addButton(), m_metadata->removeButton());
    if (m_amount)
        m_amount->setFocus();
    else
        m_items->nameEdit(0)->setFocus();
}

CheckoutLinkDialog::~CheckoutLinkDialog()
{
    hide();
}

void CheckoutLinkDialog::setCustomer(const QString &customerId)
{
    m_customer->setCustomerId(customerId);
}

bool CheckoutLinkDialog::isShowingLink() const
{
    return m_pages->currentIndex() == LinkPage;
}

CheckoutSessionDraft CheckoutLinkDialog::draft() const
{
    CheckoutSessionDraft draft;
    const ProviderLimits limits = session()->provider()->limits();
    if (m_amount) {
        CheckoutLineItemDraft item;
        item.name = tr("Payment");
        item.unitPrice = m_amount->money().value_or(Money());
        item.quantity = 1;
        draft.lineItems.append(item);
    } else {
        draft.lineItems = m_items->items();
    }
    draft.successUrl = m_successUrl->text();
    draft.cancelUrl = m_cancelUrl->text();
    if (limits.takesCheckoutCustomer) {
        draft.customerId = m_customer->customerId();
        draft.customerEmail = m_customerEmail->text();
    }
    draft.clientReferenceId = m_reference->text();
    if (limits.takesCheckoutExpiry)
        draft.expiresInSeconds = m_expiry->value() * 60;
    draft.metadata = m_metadata->metadata();
    return draft;
}

ValidationResult CheckoutLinkDialog::fieldErrors() const
{
    ValidationResult first;
    if (m_amount) {
        if (m_amount->isBlank())
            first.add(field::Amount, tr("Enter an amount."));
        else if (!m_amount->errorText().isEmpty())
            first.add(field::Amount, m_amount->errorText());
    } else {
        first = m_items->inputErrors();
    }
    first.merge(m_metadata->validate());
    return merged(first, draft().validate(session()->provider()->limits()));
}

void CheckoutLinkDialog::submit()
{
    if (isBusy() || isShowingLink())
        return;
    const CheckoutSessionDraft checkout = draft();
    PaymentProvider *provider = session()->provider();
    if (!acceptValidation(fieldErrors()))
        return;
    runCreate<CheckoutSession>(
        [provider, checkout](QObject *context, CreateCallback<CheckoutSession> done) {
            return provider->createCheckoutSession(checkout, context, std::move(done));
        },
        [provider](const QString &requestId, QObject *context,
                   CreateCallback<CheckoutSession> done) {
            return provider->findCreatedCheckoutSession(requestId, context, std::move(done));
        },
        [this](const CheckoutSession &created) {
            m_created = created;
            QSettings settings;
            settings.setValue(successUrlSettingsKey(), m_successUrl->text().trimmed());
            settings.setValue(cancelUrlSettingsKey(), m_cancelUrl->text().trimmed());
            session()->adopt(created);
            emit checkoutSessionCreated(created);
            showSession(created);
            if (!created.status.isFinal())
                session()->watchCheckoutSession(created.id);
        });
}

void CheckoutLinkDialog::showSession(const CheckoutSession &shown)
{
    m_created = shown;
    // Whom to send it to: the chosen customer, else the email typed.
    const QString who =
        m_customer->customerName().isEmpty() ? shown.customerEmail : m_customer->customerName();
    m_linkView->setSession(shown, who);
    if (m_pages->currentIndex() != LinkPage)
        showPage(m_pages, LinkPage);
    showButton(m_create, QDialogButtonBox::AcceptRole, false);
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setDefault(true);
}

} // namespace paydesk
