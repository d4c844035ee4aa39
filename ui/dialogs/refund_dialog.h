#pragma once

#include "models/drafts.h"
#include "models/resources.h"
#include "ui/dialogs/flow_dialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QRadioButton;

namespace paydesk {

class PageStack;
class MoneyEdit;

// Refunds a succeeded payment, all of what is left of it (the default) or part of it, with an
// optional reason, behind a confirmation that repeats the amount and the customer's name
// ("Refund $12.34 to Ada Lovelace?"). The payment is read again afterwards, and the refund's own
// receipt is offered.
class RefundDialog : public FlowDialog
{
    Q_OBJECT
public:
    RefundDialog(Workspace *session, const PaymentIntent &intent, QWidget *parent = nullptr);
    // Hidden first, while every part of the dialog still exists: hiding moves the focus away
    // from a field, and a field that loses it is checked.
    ~RefundDialog() override;

    const PaymentIntent &intent() const { return m_intent; }
    // What is left to refund: the amount minus what was refunded already
    // (PaymentIntent::amountRefunded).
    std::optional<Money> refundable() const;
    // The amount the form asks for now (the whole refundable amount unless partial).
    std::optional<Money> requestedAmount() const;
    RefundDraft draft() const;

    void setPartial(bool partial);
    bool isConfirming() const;
    // The question of the confirmation step.
    QString confirmationText() const;

    static qint64 amountRefunded(const PaymentIntent &intent);
    // A refund's reason in words ("Requested by the customer"); an unknown one as it came.
    static QString reasonText(const QString &reason);
    // The refund this dialog made (empty id until then), for its receipt.
    const Refund &createdRefund() const { return m_refund; }

signals:
    void refundCreated(const paydesk::Refund &refund);

protected:
    // The first press reviews (shows the confirmation), the second sends.
    void submit() override;

private:
    void review();
    void send();
    void back();
    void showDone(const Refund &refund);
    void printReceipt();
    void saveReceipt();
    void updateCustomerName();
    void updateAmountMode();
    QString customerName() const;

    PaymentIntent m_intent;
    QString m_customerName;
    PageStack *m_pages;
    QLabel *m_summary;
    QRadioButton *m_full;
    QRadioButton *m_partial;
    MoneyEdit *m_amount;
    QComboBox *m_reason;
    QLabel *m_question;
    QLabel *m_consequence;
    QLabel *m_doneTitle;
    QLabel *m_doneDetail;
    QPushButton *m_printReceipt;
    QPushButton *m_saveReceipt;
    Refund m_refund;
    QPushButton *m_review;
    QPushButton *m_confirm;
    QPushButton *m_back;
    QPushButton *m_close;
    RefundDraft m_confirmed;
};

} // namespace paydesk
