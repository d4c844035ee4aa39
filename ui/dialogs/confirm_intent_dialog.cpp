#include "ui/dialogs/confirm_intent_dialog.h"

#include "models/fields.h"
#include "services/workspace.h"
#include "ui/widgets/page_stack.h"
#include "ui/widgets/payment_method_picker.h"
#include "ui/widgets/payment_result_view.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

namespace {

enum Page
{
    FormPage,
    ResultPage,
};

} // namespace

ConfirmIntentDialog::ConfirmIntentDialog(Workspace *session, const PaymentIntent &intent,
                                         QWidget *parent)
    : FlowDialog(session, parent)
    , m_intent(intent)
{
    setWindowTitle(tr("Confirm payment"));
    setNoun(tr("payment"));
    m_pages = new PageStack(this);

    auto *form = new QWidget(m_pages);
    m_summary = new QLabel(form);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAccessibleName(tr("Payment to confirm"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_methods = new PaymentMethodPicker(session->provider(), form);
    m_methods->setObjectName(QStringLiteral("paymentMethodPicker"));
    // The cards loaded here name the payment method in the list and its CSV.
    connect(m_methods, &PaymentMethodPicker::stateChanged, this,
            [this](PaymentMethodPicker::State state) {
                if (state == PaymentMethodPicker::State::Ready)
                    this->session()->adopt(m_methods->paymentMethods());
            });
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(fields, tr("&Pay with:"), m_methods, {QString(field::PaymentMethod)});
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(withErrors(m_summary, {QString(field::PaymentIntent)}));
    layout->addLayout(fields);
    layout->addStretch();
    m_pages->addWidget(form);
    m_result = new PaymentResultView(m_pages);
    m_result->setObjectName(QStringLiteral("paymentResult"));
    m_pages->addWidget(m_result);
    setContent(m_pages);
    showPage(m_pages, FormPage);

    const QString amount = intent.amount.isValid() ? intent.amount.toString(locale()) : QString();
    m_confirm = buttonBox()->addButton(tr("Charge %1").arg(amount), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("submitButton"));
    m_confirm->setAccessibleName(tr("Charge %1").arg(amount));
    m_close = buttonBox()->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Cancel"));
    setSubmitButton(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &ConfirmIntentDialog::submit);

    connect(session, &Workspace::paymentIntentSettled, this, [this](const PaymentIntent &settled) {
        if (settled.id == m_intent.id && isShowingResult())
            showIntent(settled);
    });

    QString summary = tr("%1 · %2").arg(amount, intent.status.displayName());
    if (!customerName().isEmpty())
        summary = tr("%1 from %2 · %3").arg(amount, customerName(), intent.status.displayName());
    if (!intent.description.isEmpty())
        summary += QStringLiteral(" · ") + intent.description;
    m_summary->setText(summary);

    if (intent.status.phase() != IntentPhase::Waiting) {
        banner()->showMessage(MessageBanner::Kind::Warning,
                              tr("This payment is not waiting to be confirmed."),
                              tr("It is %1.").arg(intent.status.displayName()));
        setSubmitAllowed(false);
    } else if (intent.customerId.isEmpty()) {
        banner()->showMessage(
            MessageBanner::Kind::Warning, tr("This payment has no customer."),
            tr("Only a customer's saved payment methods can confirm it here: send the customer "
               "a checkout link instead."));
        setSubmitAllowed(false);
    }
    m_methods->setCustomerId(intent.customerId);
    m_methods->setFocus();
}

ConfirmIntentDialog::~ConfirmIntentDialog()
{
    hide();
}

bool ConfirmIntentDialog::isShowingResult() const
{
    return m_pages->currentIndex() == ResultPage;
}

QString ConfirmIntentDialog::customerName() const
{
    if (m_intent.customerId.isEmpty())
        return {};
    const int row = session()->customers()->rowOf(m_intent.customerId);
    return row >= 0 ? session()->customers()->at(row).displayName() : QString();
}

void ConfirmIntentDialog::submit()
{
    if (isBusy() || isShowingResult())
        return;
    ConfirmIntentDraft draft;
    draft.paymentIntentId = m_intent.id;
    draft.paymentMethodId = m_methods->paymentMethodId();
    ValidationResult first;
    if (m_methods->state() == PaymentMethodPicker::State::Loading) {
        first.add(field::PaymentMethod,
                  tr("Wait a moment: the customer's payment methods are still loading."));
    } else if (m_methods->state() == PaymentMethodPicker::State::Ready &&
               m_methods->paymentMethods().isEmpty()) {
        first.add(field::PaymentMethod,
                  tr("This customer has no saved payment method: send a checkout link "
                     "instead."));
    }
    if (!acceptValidation(merged(first, draft.validate())))
        return;
    formErrors()->clearAll();
    setBusy(true, tr("Confirming the payment…"));
    // Confirming twice cannot charge twice: when its answer is lost the provider reads the
    // payment back, and a payment already confirmed is reported as confirmed.
    m_confirmCall = session()->provider()->confirmPaymentIntent(
        draft, this, [this](const Result<PaymentIntent> &result) {
            setBusy(false);
            if (!result.ok()) {
                if (result.error().kind != ApiErrorKind::Cancelled)
                    showCallFailure(result.error(), tr("The payment was not confirmed."));
                afterOutcome(false);
                return;
            }
            banner()->clear();
            const PaymentIntent confirmed = result.value();
            session()->adopt(confirmed);
            emit intentConfirmed(confirmed);
            showIntent(confirmed);
            if (confirmed.status.phase() == IntentPhase::Moving)
                session()->watchPaymentIntent(confirmed.id);
            afterOutcome(true);
        });
}

void ConfirmIntentDialog::showIntent(const PaymentIntent &intent)
{
    m_intent = intent;
    QString method;
    if (const auto chosen = m_methods->paymentMethod();
        chosen && chosen->id == intent.paymentMethodId)
        method = chosen->displayName();
    m_result->setIntent(intent, customerName(), method);
    if (m_pages->currentIndex() != ResultPage)
        showPage(m_pages, ResultPage);
    showButton(m_confirm, QDialogButtonBox::AcceptRole, false);
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setDefault(true);
}

} // namespace paydesk
