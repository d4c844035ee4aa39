#include "ui/dialogs/take_payment_dialog.h"

#include "models/fields.h"
#include "services/workspace.h"
#include "ui/receipt_actions.h"
#include "ui/widgets/checkout_link_view.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/device_picker.h"
#include "ui/widgets/metadata_editor.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/page_stack.h"
#include "ui/widgets/payment_method_picker.h"
#include "ui/widgets/payment_result_view.h"
#include "ui/widgets/transfers_editor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk {

namespace {

enum Page
{
    FormPage,
    IntentPage,
    LinkPage,
};

QStringList currenciesOf(const ProviderLimits &limits)
{
    return limits.currencies.isEmpty() ? Currency::knownCodes() : limits.currencies;
}

} // namespace

TakePaymentDialog::TakePaymentDialog(Workspace *session, QWidget *parent)
    : FlowDialog(session, parent)
{
    setWindowTitle(tr("Take a payment"));
    setNoun(tr("payment"));
    const ProviderLimits limits = session->provider()->limits();

    m_pages = new PageStack(this);
    auto *form = new QWidget(m_pages);

    // Amount and currency.
    m_amount = new MoneyEdit(form);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAccessibleName(tr("Amount"));
    m_currency = new QComboBox(form);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->addItems(currenciesOf(limits));
    m_amount->setCurrency(m_currency->currentText());
    auto *amountRow = new QWidget(form);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);
    amountRow->setFocusProxy(m_amount);

    m_customer = new CustomerPicker(session->customers(), form);
    m_customer->setObjectName(QStringLiteral("customerPicker"));
    m_description = new QLineEdit(form);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What the payment is for (optional)"));
    m_metadata = new MetadataEditor(form);
    m_metadata->setObjectName(QStringLiteral("metadataEditor"));
    m_metadata->setLimits(limits.metadata);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // The amount's errors (including a checkout line's price) show under the amount.
    QLabel *amountError = nullptr;
    QWidget *amountBox = withErrors(amountRow, {}, &amountError);
    auto *amountLabel = new QLabel(tr("&Amount:"), form);
    amountLabel->setBuddy(m_amount);
    fields->addRow(amountLabel, amountBox);
    for (const QString &field : {QString(field::Amount), QString(field::LineItems),
                                 field::lineItem(0, field::ItemUnitPrice),
                                 field::lineItem(0, field::ItemQuantity), field::lineItem(0)})
        formErrors()->bind(field, m_amount, amountError);
    for (const QString &field : {QString(field::Currency), field::lineItem(0, field::ItemCurrency)})
        formErrors()->bind(field, m_currency, amountError);
    addField(fields, tr("C&ustomer:"), m_customer,
             {QString(field::Customer), QString(field::CustomerEmail)});
    QLabel *descriptionLabel =
        addField(fields, tr("&Description:"), m_description,
                 {QString(field::Description), field::lineItem(0, field::ItemName),
                  field::lineItem(0, field::ItemDescription)});
    addField(fields, tr("&Metadata:"), m_metadata, {QString(field::Metadata)});
    // A field the provider does not take is not offered (what is typed there would be lost).
    if (!limits.takesIntentDescription)
        fields->setRowVisible(descriptionLabel, false);

    // How the customer pays.
    auto *how = new QGroupBox(tr("How will the customer pay?"), form);
    how->setAccessibleName(tr("How will the customer pay?"));
    m_chargeNow = new QRadioButton(tr("C&harge a saved card now"), how);
    m_chargeNow->setObjectName(QStringLiteral("chargeNowRadio"));
    m_chargeNow->setAccessibleName(tr("Charge a saved card now"));
    m_sendLink = new QRadioButton(tr("Send a chec&kout link"), how);
    m_sendLink->setObjectName(QStringLiteral("sendLinkRadio"));
    m_sendLink->setAccessibleName(tr("Send a checkout link"));
    auto *methods = new QButtonGroup(how);
    methods->addButton(m_chargeNow);
    methods->addButton(m_sendLink);
    m_chargeNow->setChecked(true);
    if (limits.takesDevices) {
        // At a counter with a terminal, the terminal is how people pay: it comes first.
        m_onTerminal = new QRadioButton(tr("On a card &terminal"), how);
        m_onTerminal->setObjectName(QStringLiteral("onTerminalRadio"));
        m_onTerminal->setAccessibleName(tr("On a card terminal"));
        methods->addButton(m_onTerminal);
        m_device = new DevicePicker(
            session->provider(),
            QStringLiteral("terminal/lastUsed/%1").arg(session->profile().name), how);
        m_device->setObjectName(QStringLiteral("devicePicker"));
        m_deviceRow = withErrors(m_device, {QString(field::Device)});
        m_onTerminal->setChecked(true);
    }

    m_paymentMethod = new PaymentMethodPicker(session->provider(), how);
    m_paymentMethod->setObjectName(QStringLiteral("paymentMethodPicker"));
    m_paymentMethodRow = withErrors(m_paymentMethod, {QString(field::PaymentMethod)});
    m_successUrl = new QLineEdit(how);
    m_successUrl->setObjectName(QStringLiteral("successUrlEdit"));
    m_successUrl->setAccessibleName(tr("Success URL"));
    m_successUrl->setAccessibleDescription(
        tr("The web address the customer returns to after paying."));
    m_successUrl->setPlaceholderText(tr("https://shop.example.com/thanks"));
    m_successUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_successUrl->setText(QSettings().value(successUrlSettingsKey()).toString());
    auto *successUrlInner = new QWidget(how);
    auto *successUrlForm = new QFormLayout(successUrlInner);
    successUrlForm->setContentsMargins(0, 0, 0, 0);
    successUrlForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(successUrlForm, tr("&Success URL:"), m_successUrl, {QString(field::SuccessUrl)});
    m_successUrlRow = successUrlInner;

    auto *howLayout = new QVBoxLayout(how);
    howLayout->setSpacing(6);
    if (m_onTerminal) {
        howLayout->addWidget(m_onTerminal);
        auto *indentedDevice = new QHBoxLayout;
        indentedDevice->addSpacing(24);
        indentedDevice->addWidget(m_deviceRow, 1);
        howLayout->addLayout(indentedDevice);
    }
    howLayout->addWidget(m_chargeNow);
    auto *indentedMethod = new QHBoxLayout;
    indentedMethod->addSpacing(24);
    indentedMethod->addWidget(m_paymentMethodRow, 1);
    howLayout->addLayout(indentedMethod);
    howLayout->addWidget(m_sendLink);
    auto *indentedLink = new QHBoxLayout;
    indentedLink->addSpacing(24);
    indentedLink->addWidget(m_successUrlRow, 1);
    howLayout->addLayout(indentedLink);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(10);
    formLayout->addLayout(fields);
    formLayout->addWidget(how);
    if (limits.takesSaveForLater) {
        m_saveForLater = new QCheckBox(tr("Sa&ve the card for later charges"), form);
        m_saveForLater->setObjectName(QStringLiteral("saveForLaterCheck"));
        m_saveForLater->setAccessibleName(tr("Save the card for later charges"));
        m_saveForLaterHint = new QLabel(form);
        m_saveForLaterHint->setObjectName(QStringLiteral("saveForLaterHint"));
        m_saveForLaterHint->setWordWrap(true);
        m_saveForLaterHint->setForegroundRole(QPalette::PlaceholderText);
        auto *saveBox = withErrors(m_saveForLater, {QString(field::SaveForLater)});
        saveBox->layout()->addWidget(m_saveForLaterHint);
        formLayout->addWidget(saveBox);
        connect(m_saveForLater, &QCheckBox::toggled, this, &TakePaymentDialog::updateExtras);
    }
    if (limits.takesTransfers) {
        m_split = new QGroupBox(tr("S&plit: pass part of the payment on to other accounts"), form);
        m_split->setObjectName(QStringLiteral("splitGroup"));
        m_split->setCheckable(true);
        m_split->setChecked(false);
        m_transfers = new TransfersEditor(m_split);
        m_transfers->setObjectName(QStringLiteral("transfersEditor"));
        auto *splitLayout = new QVBoxLayout(m_split);
        splitLayout->addWidget(withErrors(m_transfers, {QString(field::Transfers)}));
        m_transfers->parentWidget()->setVisible(false);
        formLayout->addWidget(m_split);
        connect(m_split, &QGroupBox::toggled, this, [this](bool on) {
            m_transfers->parentWidget()->setVisible(on);
            if (on && m_transfers->rowCount() == 0)
                m_transfers->addRow();
            checkTransfers();
        });
        connect(m_transfers, &TransfersEditor::edited, this, &TakePaymentDialog::checkTransfers);
        connect(m_amount, &MoneyEdit::moneyChanged, this, &TakePaymentDialog::checkTransfers);
        connect(m_currency, &QComboBox::currentTextChanged, this,
                &TakePaymentDialog::checkTransfers);
    }
    formLayout->addStretch();
    m_pages->addWidget(form);

    // The payment charged now, followed until it settles; after a decline, the way back to the
    // form sits right under the reason.
    auto *resultPage = new QWidget(m_pages);
    m_result = new PaymentResultView(resultPage);
    m_result->setObjectName(QStringLiteral("paymentResult"));
    m_tryAnother = new QPushButton(tr("Try &another payment method"), resultPage);
    m_tryAnother->setObjectName(QStringLiteral("tryAnotherButton"));
    m_tryAnother->setAccessibleName(tr("Try another payment method"));
    m_tryAnother->setAutoDefault(false);
    m_retryTerminal = new QPushButton(tr("Try &again on the terminal"), resultPage);
    m_retryTerminal->setObjectName(QStringLiteral("retryTerminalButton"));
    m_retryTerminal->setAccessibleName(tr("Try again on the terminal"));
    m_retryTerminal->setAutoDefault(false);
    m_retryTerminal->hide();
    // The demo's terminals are simulated: a person trying Paydesk presents the card there.
    m_openTerminal = new QPushButton(tr("&Open the simulated terminal"), resultPage);
    m_openTerminal->setObjectName(QStringLiteral("openTerminalButton"));
    m_openTerminal->setAccessibleName(tr("Open the simulated terminal"));
    m_openTerminal->setToolTip(tr("The demo's card terminals are pages of the built-in sandbox: "
                                  "present a card there, or decline it."));
    m_openTerminal->setAutoDefault(false);
    m_openTerminal->hide();
    // What a shop hands over once the payment succeeded.
    m_printReceipt = new QPushButton(tr("&Print receipt…"), resultPage);
    m_printReceipt->setObjectName(QStringLiteral("printReceiptButton"));
    m_printReceipt->setAccessibleName(tr("Print receipt"));
    m_printReceipt->setToolTip(tr("Print a receipt of this payment, or see it first"));
    m_printReceipt->setAutoDefault(false);
    m_printReceipt->hide();
    m_saveReceipt = new QPushButton(tr("Save receipt as P&DF…"), resultPage);
    m_saveReceipt->setObjectName(QStringLiteral("saveReceiptButton"));
    m_saveReceipt->setAccessibleName(tr("Save receipt as PDF"));
    m_saveReceipt->setToolTip(tr("Save a receipt of this payment as a PDF"));
    m_saveReceipt->setAutoDefault(false);
    m_saveReceipt->hide();
    auto *tryRow = new QHBoxLayout;
    tryRow->setContentsMargins(0, 0, 0, 0);
    tryRow->addWidget(m_printReceipt);
    tryRow->addWidget(m_saveReceipt);
    tryRow->addWidget(m_openTerminal);
    tryRow->addStretch();
    tryRow->addWidget(m_retryTerminal);
    tryRow->addWidget(m_tryAnother);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_result);
    resultLayout->addLayout(tryRow);
    m_pages->addWidget(resultPage);

    // The checkout link.
    m_linkView = new CheckoutLinkView(m_pages);
    m_linkView->setObjectName(QStringLiteral("checkoutLinkView"));
    m_pages->addWidget(m_linkView);
    setContent(m_pages);
    showPage(m_pages, FormPage);

    m_submitButton = buttonBox()->addButton(tr("Charge"), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_close = buttonBox()->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Cancel"));
    setSubmitButton(m_submitButton);
    connect(m_submitButton, &QPushButton::clicked, this, &TakePaymentDialog::submit);
    connect(m_tryAnother, &QPushButton::clicked, this, [this] {
        if (!m_intent.device.isEmpty()) {
            useAnotherTerminal();
            return;
        }
        // Another of the customer's cards, not the one that was just declined.
        const QString declined = m_intent.paymentMethodId;
        backToForm();
        m_paymentMethod->chooseAnotherThan(declined);
    });
    connect(m_retryTerminal, &QPushButton::clicked, this, [this] {
        backToForm();
        chargeNow();
    });
    connect(m_openTerminal, &QPushButton::clicked, this, &TakePaymentDialog::openTerminalPage);
    connect(m_printReceipt, &QPushButton::clicked, this, &TakePaymentDialog::printReceipt);
    connect(m_saveReceipt, &QPushButton::clicked, this, &TakePaymentDialog::saveReceipt);
    if (m_onTerminal) {
        connect(m_onTerminal, &QRadioButton::toggled, this, &TakePaymentDialog::updateMethod);
        connect(m_currency, &QComboBox::currentTextChanged, m_device, &DevicePicker::setCurrency);
        m_device->setCurrency(m_currency->currentText());
        m_device->reload();
    }

    connect(m_customer, &CustomerPicker::customerChanged, this, &TakePaymentDialog::updateExtras);
    connect(m_customer, &CustomerPicker::customerChanged, m_paymentMethod,
            &PaymentMethodPicker::setCustomerId);
    // The cards loaded here name the payment method in the list and its CSV.
    connect(m_paymentMethod, &PaymentMethodPicker::stateChanged, this,
            [this](PaymentMethodPicker::State state) {
                if (state == PaymentMethodPicker::State::Ready)
                    this->session()->adopt(m_paymentMethod->paymentMethods());
            });
    connect(m_chargeNow, &QRadioButton::toggled, this, &TakePaymentDialog::updateMethod);
    connect(m_amount, &MoneyEdit::moneyChanged, this, &TakePaymentDialog::updateSubmitText);
    connect(m_currency, &QComboBox::currentTextChanged, m_amount, &MoneyEdit::setCurrency);
    formErrors()->checkOnLeave(m_amount, QStringLiteral("amount"),
                               [amount = m_amount] { return amount->errorText(); });

    connect(session, &Workspace::paymentIntentSettled, this, [this](const PaymentIntent &intent) {
        if (!m_intent.id.isEmpty() && intent.id == m_intent.id)
            showIntent(intent);
    });
    connect(session, &Workspace::checkoutSessionSettled, this,
            [this](const CheckoutSession &settled) {
                if (!m_session.id.isEmpty() && settled.id == m_session.id)
                    showSession(settled);
            });

    setTabOrder(m_amount, m_currency);
    setTabOrder(m_currency, m_customer->searchField());
    setTabOrder(m_customer->searchField(), m_description);
    setTabOrder(m_description, m_metadata->table());
    setTabOrder(m_metadata->table(), m_metadata->addButton());
    setTabOrder(m_metadata->addButton(), m_metadata->removeButton());
    if (m_onTerminal) {
        setTabOrder(m_metadata->removeButton(), m_onTerminal);
        setTabOrder(m_onTerminal, m_device->comboBox());
        setTabOrder(m_device->comboBox(), m_chargeNow);
    } else {
        setTabOrder(m_metadata->removeButton(), m_chargeNow);
    }
    setTabOrder(m_chargeNow, m_paymentMethod->comboBox());
    setTabOrder(m_paymentMethod->comboBox(), m_sendLink);
    setTabOrder(m_sendLink, m_successUrl);
    updateMethod();
    m_amount->setFocus();
}

TakePaymentDialog::~TakePaymentDialog()
{
    hide();
}

void TakePaymentDialog::setCustomer(const QString &customerId)
{
    m_customer->setCustomerId(customerId);
}

void TakePaymentDialog::setMethod(Method method)
{
    if (method == Method::OnTerminal && m_onTerminal)
        m_onTerminal->setChecked(true);
    else
        (method == Method::CheckoutLink ? m_sendLink : m_chargeNow)->setChecked(true);
}

TakePaymentDialog::Method TakePaymentDialog::method() const
{
    if (m_onTerminal && m_onTerminal->isChecked())
        return Method::OnTerminal;
    return m_chargeNow->isChecked() ? Method::ChargeSavedCard : Method::CheckoutLink;
}

bool TakePaymentDialog::isShowingResult() const
{
    return m_pages->currentIndex() != FormPage;
}

QString TakePaymentDialog::currency() const
{
    return m_currency->currentText();
}

PaymentIntentDraft TakePaymentDialog::intentDraft() const
{
    PaymentIntentDraft draft;
    draft.amount = m_amount->money().value_or(Money());
    draft.customerId = m_customer->customerId();
    draft.description = m_description->text();
    if (method() == Method::OnTerminal)
        draft.device = m_device->deviceId();
    else
        draft.paymentMethodId = m_paymentMethod->paymentMethodId();
    draft.confirm = true;
    draft.metadata = m_metadata->metadata();
    if (m_split && m_split->isChecked())
        draft.transfers = m_transfers->transfers();
    draft.saveForLater =
        m_saveForLater && m_saveForLater->isEnabled() && m_saveForLater->isChecked();
    return draft;
}

CheckoutSessionDraft TakePaymentDialog::checkoutDraft() const
{
    CheckoutSessionDraft draft;
    CheckoutLineItemDraft item;
    const QString description = m_description->text().trimmed();
    item.name = description.isEmpty() ? tr("Payment") : description;
    item.unitPrice = m_amount->money().value_or(Money());
    item.quantity = 1;
    draft.lineItems.append(item);
    draft.successUrl = m_successUrl->text();
    draft.customerId = m_customer->customerId();
    draft.metadata = m_metadata->metadata();
    return draft;
}

ValidationResult TakePaymentDialog::inputErrors() const
{
    ValidationResult result;
    if (m_amount->isBlank())
        result.add(field::Amount, tr("Enter an amount."));
    else if (!m_amount->errorText().isEmpty())
        result.add(field::Amount, m_amount->errorText());
    if (method() == Method::OnTerminal) {
        switch (m_device->state()) {
        case DevicePicker::State::Idle:
        case DevicePicker::State::Loading:
            result.add(field::Device, tr("Wait a moment: the card terminals are still loading."));
            break;
        case DevicePicker::State::Failed:
            result.add(field::Device, tr("The card terminals could not be loaded: load them "
                                         "again, or charge a saved card."));
            break;
        case DevicePicker::State::Ready:
            if (m_device->devices().isEmpty())
                result.add(field::Device, tr("This account has no card terminals: charge a saved "
                                             "card or send a checkout link instead."));
            else if (m_device->deviceId().isEmpty())
                result.add(field::Device, tr("Choose the card terminal to take the payment on."));
            break;
        }
    } else if (method() == Method::ChargeSavedCard) {
        if (m_customer->customerId().isEmpty()) {
            result.add(field::Customer, tr("Choose the customer whose saved card to charge."));
        } else {
            switch (m_paymentMethod->state()) {
            case PaymentMethodPicker::State::Loading:
                result.add(field::PaymentMethod,
                           tr("Wait a moment: the customer's payment methods are still "
                              "loading."));
                break;
            case PaymentMethodPicker::State::Failed:
                result.add(field::PaymentMethod,
                           tr("The payment methods could not be loaded: load them again, or send "
                              "a checkout link."));
                break;
            case PaymentMethodPicker::State::Ready:
                if (m_paymentMethod->paymentMethods().isEmpty()) {
                    result.add(field::PaymentMethod,
                               tr("This customer has no saved payment method: send a checkout "
                                  "link instead."));
                }
                break;
            case PaymentMethodPicker::State::NoCustomer:
                break;
            }
        }
    }
    result.merge(m_metadata->validate());
    if (m_split && m_split->isChecked() && method() != Method::CheckoutLink)
        result.merge(m_transfers->parseErrors());
    return result;
}

void TakePaymentDialog::submit()
{
    if (isBusy() || isShowingResult())
        return;
    if (method() == Method::CheckoutLink)
        createLink();
    else
        chargeNow();
}

void TakePaymentDialog::chargeNow()
{
    const PaymentIntentDraft draft = intentDraft();
    PaymentProvider *provider = session()->provider();
    const std::optional<Device> device =
        method() == Method::OnTerminal ? m_device->device() : std::nullopt;
    if (!acceptValidation(merged(inputErrors(), draft.validate(provider->limits(), device))))
        return;
    setNoun(tr("payment"));
    m_cardUsed.clear();
    m_result->setTerminal(device ? device->label() : QString(), m_terminalPatienceSeconds);
    runCreate<PaymentIntent>(
        [provider, draft](QObject *context, CreateCallback<PaymentIntent> done) {
            return provider->createPaymentIntent(draft, context, std::move(done));
        },
        [provider](const QString &requestId, QObject *context, CreateCallback<PaymentIntent> done) {
            return provider->findCreatedPaymentIntent(requestId, context, std::move(done));
        },
        [this](const PaymentIntent &intent) {
            m_intent = intent;
            if (!intent.device.isEmpty())
                m_device->rememberChoice();
            session()->adopt(intent);
            emit paymentIntentCreated(intent);
            showIntent(intent);
            if (intent.status.phase() == IntentPhase::Moving)
                session()->watchPaymentIntent(intent.id);
        });
}

void TakePaymentDialog::createLink()
{
    const CheckoutSessionDraft draft = checkoutDraft();
    PaymentProvider *provider = session()->provider();
    ValidationResult first = inputErrors();
    if (m_successUrl->text().trimmed().isEmpty()) {
        first.add(field::SuccessUrl,
                  tr("Enter the success URL: the web address the customer returns to after "
                     "paying."));
    }
    if (!acceptValidation(merged(first, draft.validate(provider->limits()))))
        return;
    setNoun(tr("checkout link"));
    runCreate<CheckoutSession>(
        [provider, draft](QObject *context, CreateCallback<CheckoutSession> done) {
            return provider->createCheckoutSession(draft, context, std::move(done));
        },
        [provider](const QString &requestId, QObject *context,
                   CreateCallback<CheckoutSession> done) {
            return provider->findCreatedCheckoutSession(requestId, context, std::move(done));
        },
        [this](const CheckoutSession &created) {
            m_session = created;
            QSettings().setValue(successUrlSettingsKey(), m_successUrl->text().trimmed());
            session()->adopt(created);
            emit checkoutSessionCreated(created);
            showSession(created);
            if (!created.status.isFinal())
                session()->watchCheckoutSession(created.id);
        });
}

QString TakePaymentDialog::cardName(const PaymentIntent &intent) const
{
    if (const auto chosen = m_paymentMethod->paymentMethod();
        chosen && chosen->id == intent.paymentMethodId)
        return chosen->displayName();
    return m_cardUsed;
}

void TakePaymentDialog::showIntent(const PaymentIntent &intent)
{
    m_intent = intent;
    const QString methodName = cardName(intent);
    m_result->setIntent(intent, m_customer->customerName(), methodName);
    // A terminal reads a card nobody chose here: name it once the provider says which it was.
    if (!intent.device.isEmpty() && methodName.isEmpty() && !intent.paymentMethodId.isEmpty() &&
        m_result->outcome() == PaymentResultView::Outcome::Succeeded) {
        const QString id = intent.id;
        session()->provider()->getPaymentMethod(intent.paymentMethodId, this,
                                                [this, id](const Result<PaymentMethod> &method) {
                                                    if (method.ok() && m_intent.id == id) {
                                                        m_cardUsed = method.value().displayName();
                                                        showIntent(m_intent);
                                                    }
                                                });
    }
    updateTerminalButtons();
    showButton(m_submitButton, QDialogButtonBox::AcceptRole, false);
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setDefault(true);
    if (m_pages->currentIndex() != IntentPage)
        showPage(m_pages, IntentPage);
}

void TakePaymentDialog::showSession(const CheckoutSession &created)
{
    m_session = created;
    m_linkView->setSession(created, m_customer->customerName());
    if (m_pages->currentIndex() != LinkPage)
        showPage(m_pages, LinkPage);
    showButton(m_submitButton, QDialogButtonBox::AcceptRole, false);
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setDefault(true);
}

void TakePaymentDialog::backToForm()
{
    // Everything typed is still in the form; a new payment is a new intent (the declined one is
    // final, so nothing is charged twice).
    showPage(m_pages, FormPage);
    showButton(m_submitButton, QDialogButtonBox::AcceptRole, true);
    m_submitButton->setDefault(true);
    m_close->setText(tr("Cancel"));
    m_close->setAccessibleName(tr("Cancel"));
    banner()->clear();
    if (method() == Method::OnTerminal)
        m_device->comboBox()->setFocus();
    else
        m_paymentMethod->comboBox()->setFocus();
}

void TakePaymentDialog::updateMethod()
{
    const Method chosen = method();
    m_paymentMethodRow->setEnabled(chosen == Method::ChargeSavedCard);
    m_successUrlRow->setEnabled(chosen == Method::CheckoutLink);
    if (m_deviceRow)
        m_deviceRow->setEnabled(chosen == Method::OnTerminal);
    if (chosen != Method::ChargeSavedCard)
        formErrors()->clear(m_paymentMethod);
    if (chosen != Method::CheckoutLink)
        formErrors()->clear(m_successUrl);
    if (m_device && chosen != Method::OnTerminal)
        formErrors()->clear(m_device);
    updateExtras();
    updateSubmitText();
}

void TakePaymentDialog::updateExtras()
{
    const bool paysNow = method() != Method::CheckoutLink;
    if (m_split)
        m_split->setEnabled(paysNow);
    if (!m_saveForLater)
        return;
    // The card is saved on a customer: without one there is nobody to save it on.
    const bool customer = !m_customer->customerId().isEmpty();
    m_saveForLater->setEnabled(paysNow && customer);
    if (!paysNow)
        m_saveForLaterHint->setText(tr("A checkout link lets the customer choose to save their "
                                       "card."));
    else if (!customer)
        m_saveForLaterHint->setText(tr("Choose a customer first: the card is saved on them."));
    else
        m_saveForLaterHint->setText(tr("The card used is kept on %1 for charges you start "
                                       "later, such as a balance or a subscription.")
                                        .arg(m_customer->customerName()));
}

void TakePaymentDialog::checkTransfers()
{
    if (!m_split)
        return;
    m_transfers->setPayment(m_amount->money(), currency());
    if (!m_split->isChecked()) {
        m_transfers->showErrors({});
        return;
    }
    // Each rule at its row as the person types: the draft's own checks, and amounts that
    // could not be read.
    PaymentIntentDraft draft;
    draft.amount = m_amount->money().value_or(Money());
    draft.transfers = m_transfers->transfers();
    ValidationResult result = m_transfers->parseErrors();
    const ValidationResult checked = draft.validate(session()->provider()->limits());
    for (const FieldError &error : checked.errors()) {
        if (error.field.startsWith(QString(field::Transfers)))
            result.add(error.field, error.message);
    }
    m_transfers->showErrors(result);
}

void TakePaymentDialog::updateTerminalButtons()
{
    const bool onTerminal = !m_intent.device.isEmpty();
    const PaymentResultView::Outcome outcome = m_result->outcome();
    const bool declined = outcome == PaymentResultView::Outcome::Declined;
    m_tryAnother->setVisible(declined);
    // A receipt only for a payment that succeeded; nothing to hand over for any other.
    const bool succeeded = outcome == PaymentResultView::Outcome::Succeeded;
    m_printReceipt->setVisible(succeeded);
    m_saveReceipt->setVisible(succeeded);
    const QString another =
        onTerminal ? tr("&Use another terminal") : tr("Try &another payment method");
    m_tryAnother->setText(another);
    m_tryAnother->setAccessibleName(QString(another).remove(QLatin1Char('&')));
    m_retryTerminal->setVisible(declined && onTerminal);
    m_openTerminal->setVisible(onTerminal && session()->isDemo() &&
                               outcome == PaymentResultView::Outcome::Processing);
}

void TakePaymentDialog::printReceipt()
{
    if (m_intent.id.isEmpty() || !hasReceipt(m_intent))
        return;
    receipts::print(this, receipts::forPayment(session(), m_intent, cardName(m_intent)),
                    receipts::paperKey(session()));
}

void TakePaymentDialog::saveReceipt()
{
    if (m_intent.id.isEmpty() || !hasReceipt(m_intent))
        return;
    receipts::saveAsPdf(this, receipts::forPayment(session(), m_intent, cardName(m_intent)),
                        receipts::paperKey(session()), [this](const QString &path) {
                            banner()->showMessage(
                                MessageBanner::Kind::Success,
                                tr("Saved the receipt to %1.").arg(QDir::toNativeSeparators(path)));
                        });
}

void TakePaymentDialog::useAnotherTerminal()
{
    const QString declinedOn = m_intent.device;
    backToForm();
    m_device->chooseAnotherThan(declinedOn);
    m_device->comboBox()->setFocus();
}

void TakePaymentDialog::openTerminalPage()
{
    // The sandbox serves its simulated terminals beside its API, at /terminal/{device id}.
    QUrl url = session()->profile().baseUrl();
    url.setPath(QStringLiteral("/terminal/") + shortId(m_intent.device));
    QDesktopServices::openUrl(url);
}

void TakePaymentDialog::updateSubmitText()
{
    const std::optional<Money> amount = m_amount->money();
    QString text;
    if (method() != Method::CheckoutLink) {
        text = amount ? tr("Charge %1").arg(amount->toString(locale())) : tr("Charge");
    } else {
        text = tr("Create link");
    }
    m_submitButton->setText(text);
    m_submitButton->setAccessibleName(text);
}

} // namespace paydesk
