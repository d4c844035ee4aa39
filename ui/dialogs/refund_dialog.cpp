#include "ui/dialogs/refund_dialog.h"

#include "models/fields.h"
#include "services/workspace.h"
#include "ui/receipt_actions.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/page_stack.h"
#include "ui/widgets/palette_colours.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace paydesk {

namespace {

enum Page
{
    FormPage,
    ConfirmPage,
    DonePage,
};

QLabel *bigLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

QString RefundDialog::reasonText(const QString &reason)
{
    if (reason == QLatin1String("duplicate"))
        return tr("Duplicate payment");
    if (reason == QLatin1String("fraudulent"))
        return tr("Fraudulent payment");
    if (reason == QLatin1String("requested_by_customer"))
        return tr("Requested by the customer");
    if (reason == QLatin1String("expired_uncaptured_charge"))
        return tr("Expired uncaptured charge");
    if (reason == QLatin1String("partial_capture"))
        return tr("Partial capture");
    return reason;
}

qint64 RefundDialog::amountRefunded(const PaymentIntent &intent)
{
    return intent.amountRefunded.value_or(0);
}

RefundDialog::RefundDialog(Workspace *session, const PaymentIntent &intent, QWidget *parent)
    : FlowDialog(session, parent)
    , m_intent(intent)
{
    setWindowTitle(tr("Refund payment"));
    setNoun(tr("refund"));
    m_pages = new PageStack(this);

    // The form: how much, and why.
    auto *form = new QWidget(m_pages);
    m_summary = new QLabel(form);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAccessibleName(tr("Payment being refunded"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *amountBox = new QWidget(form);
    amountBox->setObjectName(QStringLiteral("amountBox"));
    m_full = new QRadioButton(amountBox);
    m_full->setObjectName(QStringLiteral("fullRadio"));
    m_partial = new QRadioButton(tr("&Part of it:"), amountBox);
    m_partial->setObjectName(QStringLiteral("partialRadio"));
    m_partial->setAccessibleName(tr("Refund part of the payment"));
    auto *modes = new QButtonGroup(amountBox);
    modes->addButton(m_full);
    modes->addButton(m_partial);
    m_full->setChecked(true);
    m_amount = new MoneyEdit(amountBox);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAccessibleName(tr("Amount to refund"));
    m_amount->setCurrency(intent.amount.currency());
    auto *partialRow = new QHBoxLayout;
    partialRow->addWidget(m_partial);
    partialRow->addWidget(m_amount, 1);
    auto *amountLayout = new QVBoxLayout(amountBox);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->setSpacing(4);
    amountLayout->addWidget(m_full);
    amountLayout->addLayout(partialRow);
    amountBox->setFocusProxy(m_full);

    m_reason = new QComboBox(form);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItem(tr("No reason given"), QString());
    for (const QString &reason : RefundDraft::reasons())
        m_reason->addItem(reasonText(reason), reason);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    QLabel *amountLabel = addField(fields, tr("Refund:"), amountBox,
                                   {QString(field::Amount), QString(field::Currency)});
    amountLabel->setBuddy(m_full);
    amountBox->setAccessibleName(tr("How much to refund"));
    addField(fields, tr("Rea&son:"), m_reason, {QString(field::Reason)});
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(12);
    formLayout->addWidget(withErrors(m_summary, {QString(field::PaymentIntent)}));
    formLayout->addLayout(fields);
    formLayout->addStretch();
    m_pages->addWidget(form);

    // The confirmation: the amount and the customer, once more, before anything is sent.
    auto *confirm = new QWidget(m_pages);
    auto *confirmIcon = new QLabel(confirm);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    confirmIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(iconSize));
    confirmIcon->setAlignment(Qt::AlignTop);
    confirmIcon->setAccessibleName(tr("Question"));
    m_question = bigLabel(confirm);
    m_question->setObjectName(QStringLiteral("confirmationLabel"));
    m_question->setAccessibleName(tr("Confirm the refund"));
    m_consequence = new QLabel(confirm);
    m_consequence->setObjectName(QStringLiteral("consequenceLabel"));
    m_consequence->setAccessibleName(tr("What the refund does"));
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::PlainText);
    auto *confirmText = new QVBoxLayout;
    confirmText->setSpacing(8);
    confirmText->addWidget(m_question);
    confirmText->addWidget(m_consequence);
    confirmText->addStretch();
    auto *confirmLayout = new QHBoxLayout(confirm);
    confirmLayout->setContentsMargins(4, 8, 4, 8);
    confirmLayout->setSpacing(12);
    confirmLayout->addWidget(confirmIcon);
    confirmLayout->addLayout(confirmText, 1);
    m_pages->addWidget(confirm);

    // Done.
    auto *done = new QWidget(m_pages);
    m_doneTitle = bigLabel(done);
    m_doneTitle->setObjectName(QStringLiteral("doneLabel"));
    m_doneTitle->setAccessibleName(tr("Refund result"));
    m_doneDetail = new QLabel(done);
    m_doneDetail->setAccessibleName(tr("Refund details"));
    m_doneDetail->setWordWrap(true);
    m_doneDetail->setTextFormat(Qt::PlainText);
    m_doneDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The refund's own receipt, for the customer.
    m_printReceipt = new QPushButton(tr("&Print refund receipt…"), done);
    m_printReceipt->setObjectName(QStringLiteral("printReceiptButton"));
    m_printReceipt->setAccessibleName(tr("Print refund receipt"));
    m_printReceipt->setToolTip(tr("Print a receipt of this refund, or see it first"));
    m_printReceipt->setAutoDefault(false);
    m_saveReceipt = new QPushButton(tr("Save refund receipt as P&DF…"), done);
    m_saveReceipt->setObjectName(QStringLiteral("saveReceiptButton"));
    m_saveReceipt->setAccessibleName(tr("Save refund receipt as PDF"));
    m_saveReceipt->setToolTip(tr("Save a receipt of this refund as a PDF"));
    m_saveReceipt->setAutoDefault(false);
    auto *receiptRow = new QHBoxLayout;
    receiptRow->setContentsMargins(0, 0, 0, 0);
    receiptRow->addWidget(m_printReceipt);
    receiptRow->addWidget(m_saveReceipt);
    receiptRow->addStretch();
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(4, 8, 4, 8);
    doneLayout->setSpacing(8);
    doneLayout->addWidget(m_doneTitle);
    doneLayout->addWidget(m_doneDetail);
    doneLayout->addLayout(receiptRow);
    doneLayout->addStretch();
    m_pages->addWidget(done);
    setContent(m_pages);
    showPage(m_pages, FormPage);

    m_review = buttonBox()->addButton(tr("&Review refund…"), QDialogButtonBox::AcceptRole);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setAccessibleName(tr("Review the refund"));
    // The confirmation's buttons join the row when it shows.
    m_confirm = new QPushButton(tr("Refund"), this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->hide();
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back to the refund form"));
    m_back->setAutoDefault(false);
    m_back->hide();
    m_close = buttonBox()->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Cancel"));
    setSubmitButton(m_review);
    connect(m_review, &QPushButton::clicked, this, &RefundDialog::submit);
    connect(m_confirm, &QPushButton::clicked, this, &RefundDialog::submit);
    connect(m_back, &QPushButton::clicked, this, &RefundDialog::back);
    connect(m_printReceipt, &QPushButton::clicked, this, &RefundDialog::printReceipt);
    connect(m_saveReceipt, &QPushButton::clicked, this, &RefundDialog::saveReceipt);
    connect(m_full, &QRadioButton::toggled, this, &RefundDialog::updateAmountMode);
    connect(m_amount, &MoneyEdit::textEdited, this, [this] {
        if (!m_partial->isChecked())
            m_partial->setChecked(true);
    });
    formErrors()->checkOnLeave(m_amount, QStringLiteral("amount"),
                               [amount = m_amount] { return amount->errorText(); });

    // The confirmation names the customer: from the list, else asked of the provider.
    connect(session->customers(), &QAbstractItemModel::rowsInserted, this,
            &RefundDialog::updateCustomerName);
    updateCustomerName();
    if (m_customerName.isEmpty() && !intent.customerId.isEmpty()) {
        session->provider()->getCustomer(intent.customerId, this,
                                         [this](const Result<Customer> &customer) {
                                             if (customer.ok()) {
                                                 m_customerName = customer.value().displayName();
                                                 updateAmountMode();
                                             }
                                         });
    }

    // Only a succeeded payment with something left can be refunded.
    const std::optional<Money> left = refundable();
    if (intent.status.known() != IntentStatus::Succeeded) {
        banner()->showMessage(MessageBanner::Kind::Warning,
                              tr("Only a succeeded payment can be refunded."),
                              tr("This payment is %1.").arg(intent.status.displayName()));
        setSubmitAllowed(false);
    } else if (!left || left->minorUnits() <= 0) {
        banner()->showMessage(MessageBanner::Kind::Info,
                              tr("This payment has been refunded in full."));
        setSubmitAllowed(false);
    }
    updateAmountMode();
    m_full->setFocus();
}

RefundDialog::~RefundDialog()
{
    hide();
}

std::optional<Money> RefundDialog::refundable() const
{
    if (!m_intent.amount.isValid())
        return std::nullopt;
    return Money(std::max<qint64>(0, m_intent.amount.minorUnits() - amountRefunded(m_intent)),
                 m_intent.amount.currency());
}

std::optional<Money> RefundDialog::requestedAmount() const
{
    if (m_full->isChecked())
        return refundable();
    return m_amount->money();
}

RefundDraft RefundDialog::draft() const
{
    RefundDraft draft;
    draft.paymentIntentId = m_intent.id;
    draft.amount = requestedAmount().value_or(Money());
    draft.reason = m_reason->currentData().toString();
    return draft;
}

void RefundDialog::setPartial(bool partial)
{
    (partial ? m_partial : m_full)->setChecked(true);
}

bool RefundDialog::isConfirming() const
{
    return m_pages->currentIndex() == ConfirmPage;
}

QString RefundDialog::customerName() const
{
    return m_customerName;
}

QString RefundDialog::confirmationText() const
{
    const std::optional<Money> amount = requestedAmount();
    const QString money = amount ? amount->toString(locale()) : QString();
    if (m_customerName.isEmpty())
        return tr("Refund %1 of this payment?").arg(money);
    return tr("Refund %1 to %2?").arg(money, m_customerName);
}

void RefundDialog::submit()
{
    if (isBusy())
        return;
    if (m_pages->currentIndex() == FormPage)
        review();
    else if (m_pages->currentIndex() == ConfirmPage)
        send();
}

void RefundDialog::review()
{
    ValidationResult first;
    if (m_partial->isChecked()) {
        if (m_amount->isBlank())
            first.add(QStringLiteral("amount"), tr("Enter the amount to refund."));
        else if (!m_amount->errorText().isEmpty())
            first.add(QStringLiteral("amount"), m_amount->errorText());
    }
    if (!acceptValidation(merged(first, draft().validate(refundable()))))
        return;
    banner()->clear();
    m_confirmed = draft();
    m_question->setText(confirmationText());
    QString consequence =
        tr("The money goes back to the card or account the customer paid with. A refund cannot "
           "be undone.");
    if (!m_confirmed.reason.isEmpty())
        consequence += QLatin1Char(' ') + tr("Reason: %1.").arg(reasonText(m_confirmed.reason));
    m_consequence->setText(consequence);
    const QString money = m_confirmed.amount.toString(locale());
    m_confirm->setText(tr("Refund %1").arg(money));
    m_confirm->setAccessibleName(tr("Refund %1").arg(money));
    showPage(m_pages, ConfirmPage);
    showButton(m_review, QDialogButtonBox::AcceptRole, false);
    showButton(m_back, QDialogButtonBox::ActionRole, true);
    showButton(m_confirm, QDialogButtonBox::AcceptRole, true);
    setSubmitButton(m_confirm);
    m_confirm->setFocus();
}

void RefundDialog::send()
{
    const RefundDraft refund = m_confirmed;
    PaymentProvider *provider = session()->provider();
    runCreate<Refund>(
        [provider, refund](QObject *context, CreateCallback<Refund> done) {
            return provider->createRefund(refund, context, std::move(done));
        },
        [provider](const QString &requestId, QObject *context, CreateCallback<Refund> done) {
            return provider->findCreatedRefund(requestId, context, std::move(done));
        },
        [this](const Refund &created) {
            // The intent's refunded amount changed: the list reads it again.
            session()->refreshPaymentIntent(m_intent.id);
            emit refundCreated(created);
            showDone(created);
        });
    // A refusal belongs to the form: go back to it with the error shown there.
    connect(
        this, &FlowDialog::busyChanged, this,
        [this](bool busy) {
            if (busy || m_pages->currentIndex() != ConfirmPage)
                return;
            if (formErrors()->hasErrors())
                back();
        },
        Qt::SingleShotConnection);
}

void RefundDialog::back()
{
    showPage(m_pages, FormPage);
    showButton(m_confirm, QDialogButtonBox::AcceptRole, false);
    showButton(m_back, QDialogButtonBox::ActionRole, false);
    showButton(m_review, QDialogButtonBox::AcceptRole, true);
    setSubmitButton(m_review);
}

void RefundDialog::showDone(const Refund &refund)
{
    const Money amount = refund.amount.value_or(m_confirmed.amount);
    m_refund = refund;
    m_refund.amount = amount;
    if (m_refund.reason.isEmpty())
        m_refund.reason = m_confirmed.reason;
    m_doneTitle->setText(
        m_customerName.isEmpty()
            ? tr("Refunded %1").arg(amount.toString(locale()))
            : tr("Refunded %1 to %2").arg(amount.toString(locale()), m_customerName));
    QPalette palette = m_doneTitle->palette();
    palette.setColor(QPalette::WindowText, colours::successText(palette));
    m_doneTitle->setPalette(palette);
    m_doneDetail->setText(tr("Refund ID: %1").arg(refund.id));
    showPage(m_pages, DonePage);
    showButton(m_confirm, QDialogButtonBox::AcceptRole, false);
    showButton(m_back, QDialogButtonBox::ActionRole, false);
    showButton(m_review, QDialogButtonBox::AcceptRole, false);
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setDefault(true);
    m_close->setFocus();
}

void RefundDialog::printReceipt()
{
    if (m_refund.id.isEmpty())
        return;
    receipts::print(this,
                    receipts::forRefund(session(), m_refund, m_intent, reasonText(m_refund.reason)),
                    receipts::paperKey(session()));
}

void RefundDialog::saveReceipt()
{
    if (m_refund.id.isEmpty())
        return;
    receipts::saveAsPdf(
        this, receipts::forRefund(session(), m_refund, m_intent, reasonText(m_refund.reason)),
        receipts::paperKey(session()), [this](const QString &path) {
            banner()->showMessage(
                MessageBanner::Kind::Success,
                tr("Saved the refund receipt to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

void RefundDialog::updateCustomerName()
{
    if (m_intent.customerId.isEmpty())
        return;
    const int row = session()->customers()->rowOf(m_intent.customerId);
    if (row >= 0) {
        m_customerName = session()->customers()->at(row).displayName();
        updateAmountMode();
    }
}

void RefundDialog::updateAmountMode()
{
    const std::optional<Money> left = refundable();
    const qint64 refunded = amountRefunded(m_intent);
    const QString total =
        m_intent.amount.isValid() ? m_intent.amount.toString(locale()) : QString();
    QString summary = m_customerName.isEmpty()
                          ? tr("Payment of %1").arg(total)
                          : tr("Payment of %1 from %2").arg(total, m_customerName);
    if (!m_intent.description.isEmpty())
        summary += QStringLiteral(" · ") + m_intent.description;
    if (refunded > 0 && left) {
        summary += QLatin1Char('\n') +
                   tr("Already refunded: %1 · Left to refund: %2")
                       .arg(Money(refunded, m_intent.amount.currency()).toString(locale()),
                            left->toString(locale()));
    }
    m_summary->setText(summary);
    const QString fullText =
        left ? tr("&Everything left: %1").arg(left->toString(locale())) : tr("&Everything left");
    m_full->setText(fullText);
    m_full->setAccessibleName(QString(fullText).remove(QLatin1Char('&')));
    m_amount->setEnabled(true);
}

} // namespace paydesk
