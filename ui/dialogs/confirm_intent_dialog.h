#pragma once

#include "models/resources.h"
#include "ui/dialogs/flow_dialog.h"

class QLabel;

namespace paydesk {

class PageStack;
class PaymentMethodPicker;
class PaymentResultView;

// Confirms a payment that waits for its payment method: one of its customer's saved methods is
// chosen and the payment is confirmed with it, then followed until it succeeds or fails.
class ConfirmIntentDialog : public FlowDialog
{
    Q_OBJECT
public:
    ConfirmIntentDialog(Workspace *session, const PaymentIntent &intent, QWidget *parent = nullptr);
    // Hidden first, while every part of the dialog still exists: hiding moves the focus away
    // from a field, and a field that loses it is checked.
    ~ConfirmIntentDialog() override;

    const PaymentIntent &intent() const { return m_intent; }
    PaymentMethodPicker *paymentMethodPicker() const { return m_methods; }
    bool isShowingResult() const;

signals:
    // The provider accepted the confirmation (the payment is usually processing then).
    void intentConfirmed(const paydesk::PaymentIntent &intent);

protected:
    void submit() override;

private:
    void showIntent(const PaymentIntent &intent);
    QString customerName() const;

    PaymentIntent m_intent;
    PageStack *m_pages;
    QLabel *m_summary;
    PaymentMethodPicker *m_methods;
    PaymentResultView *m_result;
    QPushButton *m_confirm;
    QPushButton *m_close;
    CallHandle m_confirmCall;
};

} // namespace paydesk
