#pragma once

#include "models/drafts.h"
#include "models/resources.h"
#include "ui/dialogs/flow_dialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace paydesk {

class PageStack;
class CheckoutLinkView;
class CustomerPicker;
class LineItemsEditor;
class MetadataEditor;
class MoneyEdit;

// Creates a checkout link a customer pays in a browser: line items with a live total, where the
// customer goes after paying (or cancelling), who the customer is (an email or a customer of the
// list), how long the link lasts, a reference of the merchant's own, and metadata. The link is
// then shown with Copy, Open and a QR code, and followed until it is paid or expires.
class CheckoutLinkDialog : public FlowDialog
{
    Q_OBJECT
public:
    static QString successUrlSettingsKey() { return QStringLiteral("checkout/successUrl"); }
    static QString cancelUrlSettingsKey() { return QStringLiteral("checkout/cancelUrl"); }
    static constexpr int MaxExpiryMinutes = CheckoutSessionDraft::MaxExpiresInSeconds / 60;

    explicit CheckoutLinkDialog(Workspace *session, QWidget *parent = nullptr);
    // Hidden first, while every part of the dialog still exists: hiding moves the focus away
    // from a field, and a field that loses it is checked.
    ~CheckoutLinkDialog() override;

    void setCustomer(const QString &customerId);

    // What the form would send now.
    CheckoutSessionDraft draft() const;
    const CheckoutSession &createdSession() const { return m_created; }
    bool isShowingLink() const;

    LineItemsEditor *lineItems() const { return m_items; }

signals:
    void checkoutSessionCreated(const paydesk::CheckoutSession &session);

protected:
    void submit() override;
    ValidationResult fieldErrors() const override;

private:
    void showSession(const CheckoutSession &session);

    PageStack *m_pages;
    LineItemsEditor *m_items;
    QLineEdit *m_successUrl;
    QLineEdit *m_cancelUrl;
    CustomerPicker *m_customer;
    QLineEdit *m_customerEmail;
    QSpinBox *m_expiry;
    // Where the provider takes one amount rather than items (m_items is then hidden).
    MoneyEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_reference;
    MetadataEditor *m_metadata;
    CheckoutLinkView *m_linkView;
    QPushButton *m_create;
    QPushButton *m_close;
    CheckoutSession m_created;
};

} // namespace paydesk
