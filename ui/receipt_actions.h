#pragma once

#include "ui/receipt.h"

#include <QPrintPreviewDialog>

#include <functional>

class QComboBox;
class QFileDialog;

namespace paydesk {

class Workspace;

// The print preview of a receipt: the system's print dialog is one click away, and a choice of
// paper (a full page, or an 80 mm receipt roll) sits in its toolbar. The paper chosen is
// remembered, one choice per profile.
class ReceiptPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT
public:
    // `rememberKey`: where the paper chosen last is kept (QSettings); see receiptPaperKey().
    ReceiptPreviewDialog(const ReceiptData &receipt, const QString &rememberKey,
                         QWidget *parent = nullptr);
    ~ReceiptPreviewDialog() override;

    const ReceiptData &receipt() const { return m_receipt; }
    ReceiptPaper paper() const;
    void setPaper(ReceiptPaper paper);
    QComboBox *paperCombo() const { return m_paper; }

private:
    void paperChosen();

    ReceiptData m_receipt;
    QString m_rememberKey;
    QComboBox *m_paper;
};

// What the places that offer a receipt share (the payments list, the take-payment dialog, the
// refund dialog).
namespace receipts {

// Where the paper chosen last for `session`'s profile is kept (QSettings).
QString paperKey(const Workspace *session);
// The paper chosen last under `key`; a full page when none was.
ReceiptPaper rememberedPaper(const QString &key);
void rememberPaper(const QString &key, ReceiptPaper paper);

// The merchant's details of `session`'s profile as they are saved now (the profiles dialog may
// have changed them since the session opened).
MerchantDetails merchantOf(const Workspace *session);
// The receipt of `intent` as `session` knows it: the merchant's details, the card (by the name
// `paymentMethod` gives it, else the one the payments list learnt), and the items of the checkout
// link it was paid through, when the list has that link.
ReceiptData forPayment(const Workspace *session, const PaymentIntent &intent,
                       const QString &paymentMethod = {});
// The receipt of `refund`, made on `intent`; `reasonText` is the refund's reason in words.
ReceiptData forRefund(const Workspace *session, const Refund &refund, const PaymentIntent &intent,
                      const QString &reasonText);

// Opens the print preview of `receipt` (not modal: the console goes on).
ReceiptPreviewDialog *print(QWidget *parent, const ReceiptData &receipt, const QString &paperKey);
// Asks where to save `receipt` as a PDF, offering both papers as the file types, and saves it
// there. `saved` is told the path once it is written; a failure is said in a message box.
QFileDialog *saveAsPdf(QWidget *parent, const ReceiptData &receipt, const QString &paperKey,
                       std::function<void(const QString &path)> saved = {});

} // namespace receipts

} // namespace paydesk
