#pragma once

#include "models/drafts.h"
#include "models/resources.h"
#include "ui/dialogs/flow_dialog.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace paydesk {

class PageStack;
class CheckoutLinkView;
class CustomerPicker;
class DevicePicker;
class MetadataEditor;
class MoneyEdit;
class PaymentMethodPicker;
class PaymentResultView;
class TransfersEditor;

// Takes a payment from a customer at the counter or on the phone: an amount, the customer, a
// description and metadata, and how the customer pays: on a card terminal (where the provider
// has them), a saved card charged now (the result is followed in the dialog until the payment
// succeeds or fails), or a checkout link the customer opens in a browser. Once a payment
// succeeded, its receipt is printed or saved from the result.
class TakePaymentDialog : public FlowDialog
{
    Q_OBJECT
public:
    enum class Method
    {
        ChargeSavedCard,
        CheckoutLink,
        OnTerminal, // a card terminal, where the provider has them
    };
    Q_ENUM(Method)

    // Where the success URL typed last is remembered (QSettings).
    static QString successUrlSettingsKey() { return QStringLiteral("checkout/successUrl"); }

    explicit TakePaymentDialog(Workspace *session, QWidget *parent = nullptr);
    // Hidden first, while every part of the dialog still exists: hiding moves the focus away
    // from a field, and a field that loses it is checked.
    ~TakePaymentDialog() override;

    void setCustomer(const QString &customerId);
    void setMethod(Method method);
    Method method() const;

    // The intent or checkout session this dialog created last (empty id until then).
    const PaymentIntent &createdIntent() const { return m_intent; }
    const CheckoutSession &createdSession() const { return m_session; }
    DevicePicker *devicePicker() const { return m_device; }
    // How long a terminal may wait for a card before the dialog says the payment may still
    // complete (it keeps following it either way).
    void setTerminalPatience(int seconds) { m_terminalPatienceSeconds = seconds; }
    // True once the result page is shown.
    bool isShowingResult() const;

    // What the form would send now.
    PaymentIntentDraft intentDraft() const;
    CheckoutSessionDraft checkoutDraft() const;

signals:
    void paymentIntentCreated(const paydesk::PaymentIntent &intent);
    void checkoutSessionCreated(const paydesk::CheckoutSession &session);

protected:
    void submit() override;

private:
    void chargeNow();
    void createLink();
    ValidationResult inputErrors() const;
    void showIntent(const PaymentIntent &intent);
    void showSession(const CheckoutSession &session);
    void backToForm();
    void useAnotherTerminal();
    void openTerminalPage();
    void updateTerminalButtons();
    void updateExtras();
    void checkTransfers();
    void updateMethod();
    void updateSubmitText();
    // The card the payment was made with, by name ("visa •••• 4242"), where known.
    QString cardName(const PaymentIntent &intent) const;
    void printReceipt();
    void saveReceipt();
    QString currency() const;

    MoneyEdit *m_amount;
    QComboBox *m_currency;
    CustomerPicker *m_customer;
    QLineEdit *m_description;
    MetadataEditor *m_metadata;
    QRadioButton *m_chargeNow;
    QRadioButton *m_sendLink;
    PaymentMethodPicker *m_paymentMethod;
    QWidget *m_paymentMethodRow;
    QRadioButton *m_onTerminal = nullptr;
    DevicePicker *m_device = nullptr;
    QWidget *m_deviceRow = nullptr;
    QPushButton *m_retryTerminal;
    QPushButton *m_openTerminal;
    QString m_cardUsed; // the card a terminal read, once the payment succeeded
    int m_terminalPatienceSeconds = 120;
    QGroupBox *m_split = nullptr;
    TransfersEditor *m_transfers = nullptr;
    QCheckBox *m_saveForLater = nullptr;
    QLabel *m_saveForLaterHint = nullptr;
    QLineEdit *m_successUrl;
    QWidget *m_successUrlRow;
    PageStack *m_pages;
    PaymentResultView *m_result;
    CheckoutLinkView *m_linkView;
    QPushButton *m_submitButton;
    QPushButton *m_tryAnother;
    QPushButton *m_printReceipt;
    QPushButton *m_saveReceipt;
    QPushButton *m_close;
    PaymentIntent m_intent;
    CheckoutSession m_session;
};

} // namespace paydesk
