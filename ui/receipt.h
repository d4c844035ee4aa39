#pragma once

#include "models/resources.h"
#include "network/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPrinter;

namespace paydesk {

// What a receipt is printed on.
enum class ReceiptPaper
{
    Page,   // a sheet: Letter where the locale uses it (US, Canada), else A4; the print dialog
            // may change it
    Roll80, // an 80 mm receipt printer's roll: one narrow page as long as the receipt
};

// Everything a receipt shows, from any provider. Built from the domain types by
// paymentReceipt() and refundReceipt(), laid out by Receipt::html(), printed or saved as PDF by
// Receipt::render(). It never holds a full card number or anything secret: a card is its brand
// and last four digits, as the provider names it.
struct ReceiptData
{
    enum class Kind
    {
        Payment,
        Refund,
    };

    Kind kind = Kind::Payment;
    MerchantDetails merchant;
    // When the payment was made; for a refund receipt, when the refund was.
    QDateTime time;
    // What was paid; for a refund receipt, what was refunded.
    Money amount;
    // A payment receipt of a payment refunded in part or in full: what went back, and what the
    // payment keeps. Unset when nothing was refunded or the provider does not say.
    std::optional<Money> refunded;
    std::optional<Money> net;
    QString paymentMethod; // "visa •••• 4242"; empty when the provider does not say
    QString reference;     // the payment's id
    QString description;
    QList<LineItem> lineItems; // what was bought, where the payment came from a checkout link
    // A refund receipt: the refund's id, its reason in words, and the payment it gave back.
    QString refundReference;
    QString refundReason;
    QDateTime paymentTime;
    Money paymentAmount;
};

// Whether `intent` has a receipt: only a succeeded payment has one. When it has not, `whyNot`
// gets a sentence for a person (a tooltip on the receipt actions).
bool hasReceipt(const PaymentIntent &intent, QString *whyNot = nullptr);

// The receipt of a succeeded payment. `paymentMethod` names the card ("visa •••• 4242", as
// PaymentMethod::displayName() says it); `lineItems` what was bought, when known.
ReceiptData paymentReceipt(const PaymentIntent &intent, const MerchantDetails &merchant,
                           const QString &paymentMethod = {},
                           const QList<LineItem> &lineItems = {});
// The receipt of `refund`, a refund of `payment`. `reasonText` is the refund's reason in words.
ReceiptData refundReceipt(const Refund &refund, const PaymentIntent &payment,
                          const MerchantDetails &merchant, const QString &paymentMethod = {},
                          const QString &reasonText = {});

// Lays a receipt out and puts it on paper or into a PDF.
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::Receipt)

public:
    // "Receipt" or "Refund receipt".
    static QString title(const ReceiptData &receipt);
    // A file name to offer when saving: "receipt-pi_123.pdf", "refund-receipt-re_456.pdf".
    static QString suggestedFileName(const ReceiptData &receipt);
    // The date and time as the receipt prints them: the locale's short date with the whole
    // year, and its short time ("3/5/2024 2:03 PM", "05.03.2024 14:03").
    static QString timeText(const QDateTime &time, const QLocale &locale);
    // The receipt as rich text (the subset QTextDocument reads), in `locale`'s formats.
    static QString html(const ReceiptData &receipt, const QLocale &locale, ReceiptPaper paper);

    // The sheet a full-page receipt is printed on: Letter in the US and Canada, else A4.
    static QPageSize pageSize(const QLocale &locale);
    // Sets `device` (a printer or a PDF) up for `paper`: a sheet of the locale's size, or the
    // roll's width. A roll's length is set by render(), once the receipt is laid out.
    static void preparePage(QPagedPaintDevice *device, ReceiptPaper paper, const QLocale &locale);
    // Draws the receipt on `device` (a printer, a print preview or a PDF), on as many pages as
    // it needs. A full-page receipt keeps the paper the device has (the person may have chosen
    // another in the print dialog); on a roll the page is made as long as the receipt. False
    // when the device cannot be painted on.
    static bool render(const ReceiptData &receipt, QPagedPaintDevice *device, const QLocale &locale,
                       ReceiptPaper paper);
    // Writes the receipt to a PDF at `path`. False, with `error` saying why for a person, when
    // the file cannot be written.
    static bool savePdf(const ReceiptData &receipt, const QString &path, const QLocale &locale,
                        ReceiptPaper paper, QString *error = nullptr);
};

} // namespace paydesk
