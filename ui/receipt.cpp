#include "ui/receipt.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace paydesk {

namespace {

// The roll: 80 mm paper, of which a receipt printer prints on about 72 mm.
constexpr qreal RollWidthMm = 80;
const QMarginsF RollMarginsMm(4, 4, 4, 6);
// A roll's page is cut after the receipt, but never shorter than this.
constexpr qreal RollMinimumLengthMm = 50;
// The longest value that still fits beside its label on a roll.
constexpr qsizetype RollValueBesideLabel = 24;
const QMarginsF PageMarginsMm(20, 18, 20, 18);
// On a sheet the receipt keeps a receipt's shape: a column this wide, in the middle, rather than
// labels and amounts at the two edges of the page.
constexpr qreal PageColumnMm = 120;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Text a person typed over several lines, as lines of rich text.
QString lines(const QString &text)
{
    return escaped(text.trimmed()).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString moneyText(const Money &money, const QLocale &locale)
{
    return money.isValid() ? money.toString(locale) : QString();
}

// The rich text of a receipt, one part at a time.
class ReceiptWriter
{
public:
    ReceiptWriter(const QLocale &locale, ReceiptPaper paper)
        : m_locale(locale)
        , m_roll(paper == ReceiptPaper::Roll80)
    {}

    QString html() const { return m_html; }

    void header(const MerchantDetails &merchant)
    {
        const MerchantDetails shown = merchant.trimmed();
        if (!shown.name.isEmpty())
            m_html += QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:%1pt; "
                                     "font-weight:bold;\">%2</p>")
                          .arg(m_roll ? 11 : 16)
                          .arg(escaped(shown.name));
        QStringList contact;
        if (!shown.address.isEmpty())
            contact.append(lines(shown.address));
        if (!shown.phone.isEmpty())
            contact.append(escaped(Receipt::tr("Phone: %1").arg(shown.phone)));
        if (!shown.taxNumber.isEmpty())
            contact.append(escaped(Receipt::tr("Tax number: %1").arg(shown.taxNumber)));
        if (!contact.isEmpty())
            m_html += QStringLiteral("<p align=\"center\" style=\"margin-top:2px; "
                                     "margin-bottom:0;\">%1</p>")
                          .arg(contact.join(QLatin1String("<br>")));
        if (!shown.name.isEmpty() || !contact.isEmpty())
            rule();
    }

    void title(const QString &text)
    {
        m_html += QStringLiteral("<p align=\"center\" style=\"margin-top:%1px; margin-bottom:%1px; "
                                 "font-size:%2pt; font-weight:bold;\">%3</p>")
                      .arg(m_roll ? 4 : 10)
                      .arg(m_roll ? 11 : 18)
                      .arg(escaped(text));
    }

    // Label and value rows; a row without a value is left out.
    void details(const QList<std::pair<QString, QString>> &rows, bool bold = false)
    {
        QString table;
        for (const auto &row : rows) {
            if (row.second.isEmpty())
                continue;
            const QString weight =
                padding() + (bold ? QStringLiteral(" font-weight:bold;") : QString());
            // On a roll a long value (a provider's UUID) goes under its label, whole, rather
            // than broken across lines beside it.
            if (m_roll && row.second.size() > RollValueBesideLabel) {
                table += QStringLiteral("<tr><td colspan=\"2\" style=\"%1\">%2</td></tr>"
                                        "<tr><td colspan=\"2\" align=\"right\" style=\"%1\">%3"
                                        "</td></tr>")
                             .arg(weight, escaped(row.first), escaped(row.second));
                continue;
            }
            table += QStringLiteral("<tr><td style=\"%1\">%2</td>"
                                    "<td align=\"right\" style=\"%1\">%3</td></tr>")
                         .arg(weight, escaped(row.first), escaped(row.second));
        }
        if (table.isEmpty())
            return;
        // No padding at the sides: labels line up with the paragraphs above and below.
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">%1"
                                 "</table>")
                      .arg(table);
    }

    void heading(const QString &text)
    {
        m_html += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:2px; "
                                 "font-weight:bold;\">%2</p>")
                      .arg(m_roll ? 6 : 12)
                      .arg(escaped(text));
    }

    void paragraph(const QString &text)
    {
        m_html += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:0;\">%2</p>")
                      .arg(m_roll ? 4 : 8)
                      .arg(lines(text));
    }

    void items(const QList<LineItem> &items)
    {
        if (items.isEmpty())
            return;
        const QString cell =
            QStringLiteral("<td valign=\"top\" style=\"%1\"%3>%4</td>").arg(padding());
        QString table = QStringLiteral("<tr>") +
                        cell.arg(QStringLiteral(" width=\"50%\""),
                                 QStringLiteral("<b>%1</b>").arg(escaped(Receipt::tr("Item")))) +
                        cell.arg(QStringLiteral(" align=\"right\" width=\"18%\""),
                                 QStringLiteral("<b>%1</b>")
                                     .arg(escaped(
                                         //: The column of a receipt's items saying how many.
                                         Receipt::tr("Qty")))) +
                        cell.arg(QStringLiteral(" align=\"right\" width=\"32%\""),
                                 QStringLiteral("<b>%1</b>").arg(escaped(Receipt::tr("Amount")))) +
                        QStringLiteral("</tr>");
        for (const LineItem &item : items) {
            QString what = escaped(item.name);
            if (!item.description.trimmed().isEmpty())
                what += QStringLiteral("<br><span style=\"font-size:%1pt;\">%2</span>")
                            .arg(m_roll ? 7 : 9)
                            .arg(escaped(item.description.trimmed()));
            // One price each, then the line's total, where the price is known.
            const std::optional<Money> total = item.total();
            QString amount = total ? escaped(total->toString(m_locale)) : QString();
            if (item.quantity > 1 && item.unitPrice)
                amount += QStringLiteral("<br><span style=\"font-size:%1pt;\">%2</span>")
                              .arg(m_roll ? 7 : 9)
                              .arg(escaped(
                                  Receipt::tr("%1 each").arg(item.unitPrice->toString(m_locale))));
            table += QStringLiteral("<tr>") + cell.arg(QString(), what) +
                     cell.arg(QStringLiteral(" align=\"right\""),
                              escaped(m_locale.toString(item.quantity))) +
                     cell.arg(QStringLiteral(" align=\"right\""), amount) + QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                 "style=\"margin-top:%1px;\">%2</table>")
                      .arg(m_roll ? 4 : 10)
                      .arg(table);
    }

    void rule() { m_html += QStringLiteral("<hr>"); }

    void footer(const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        rule();
        m_html += QStringLiteral("<p align=\"center\" style=\"margin-top:%1px;\">%2</p>")
                      .arg(m_roll ? 2 : 6)
                      .arg(lines(text));
    }

    // Room above and below each row of a table.
    QString padding() const
    {
        return QStringLiteral("padding-top:%1px; padding-bottom:%1px;").arg(m_roll ? 1 : 2);
    }

    QString when(const QDateTime &time) const { return Receipt::timeText(time, m_locale); }
    QString money(const Money &money) const { return moneyText(money, m_locale); }
    QString money(const std::optional<Money> &money) const
    {
        return money ? moneyText(*money, m_locale) : QString();
    }

private:
    QLocale m_locale;
    bool m_roll;
    QString m_html;
};

} // namespace

bool hasReceipt(const PaymentIntent &intent, QString *whyNot)
{
    if (intent.status.known() == IntentStatus::Succeeded)
        return true;
    if (whyNot)
        *whyNot = Receipt::tr("Only a succeeded payment has a receipt (this one: %1).")
                      .arg(intentStatusText(intent));
    return false;
}

ReceiptData paymentReceipt(const PaymentIntent &intent, const MerchantDetails &merchant,
                           const QString &paymentMethod, const QList<LineItem> &lineItems)
{
    ReceiptData receipt;
    receipt.kind = ReceiptData::Kind::Payment;
    receipt.merchant = merchant.trimmed();
    receipt.time = intent.created.isValid() ? intent.created : intent.updated;
    receipt.amount = intent.amount;
    if (refundState(intent) != RefundState::None) {
        receipt.refunded = refundedAmount(intent);
        receipt.net = netAmount(intent);
    }
    receipt.paymentMethod = paymentMethod.trimmed();
    receipt.reference = intent.id;
    receipt.description = intent.description.trimmed();
    receipt.lineItems = lineItems;
    return receipt;
}

ReceiptData refundReceipt(const Refund &refund, const PaymentIntent &payment,
                          const MerchantDetails &merchant, const QString &paymentMethod,
                          const QString &reasonText)
{
    ReceiptData receipt;
    receipt.kind = ReceiptData::Kind::Refund;
    receipt.merchant = merchant.trimmed();
    // A refund is offered its receipt as soon as it is made: a provider that does not say when
    // made it just now.
    receipt.time = refund.created.isValid() ? refund.created : QDateTime::currentDateTime();
    receipt.amount = refund.amount.value_or(Money());
    receipt.paymentMethod = paymentMethod.trimmed();
    receipt.reference = payment.id.isEmpty() ? refund.paymentIntentId : payment.id;
    receipt.description = payment.description.trimmed();
    receipt.refundReference = refund.id;
    receipt.refundReason = reasonText.trimmed();
    receipt.paymentTime = payment.created.isValid() ? payment.created : payment.updated;
    receipt.paymentAmount = payment.amount;
    return receipt;
}

QString Receipt::title(const ReceiptData &receipt)
{
    return receipt.kind == ReceiptData::Kind::Refund ? tr("Refund receipt") : tr("Receipt");
}

QString Receipt::suggestedFileName(const ReceiptData &receipt)
{
    const bool refund = receipt.kind == ReceiptData::Kind::Refund;
    QString id = shortId(refund ? receipt.refundReference : receipt.reference);
    // Only what every file system takes.
    for (QChar &c : id)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    const QString stem = refund ? QStringLiteral("refund-receipt") : QStringLiteral("receipt");
    return id.isEmpty() ? stem + QStringLiteral(".pdf") : QStringLiteral("%1-%2.pdf").arg(stem, id);
}

QString Receipt::timeText(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    // A receipt is kept for years: the whole year, not the short format's two digits.
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(local.date(), dateFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString Receipt::html(const ReceiptData &receipt, const QLocale &locale, ReceiptPaper paper)
{
    ReceiptWriter out(locale, paper);
    out.header(receipt.merchant);
    out.title(title(receipt));
    if (receipt.kind == ReceiptData::Kind::Refund) {
        out.details({
            {tr("Refund date"), out.when(receipt.time)},
            {tr("Refund reference"), shortId(receipt.refundReference)},
            {tr("Reason"), receipt.refundReason},
            {tr("Refunded to"), receipt.paymentMethod},
        });
        out.heading(tr("Original payment"));
        out.details({
            {tr("Payment reference"), shortId(receipt.reference)},
            {tr("Payment date"), out.when(receipt.paymentTime)},
            {tr("Payment amount"), out.money(receipt.paymentAmount)},
        });
        if (!receipt.description.isEmpty())
            out.paragraph(receipt.description);
        out.rule();
        out.details({{tr("Refunded"), out.money(receipt.amount)}}, true);
    } else {
        out.details({
            {tr("Date"), out.when(receipt.time)},
            {tr("Reference"), shortId(receipt.reference)},
            {tr("Paid with"), receipt.paymentMethod},
        });
        if (!receipt.description.isEmpty())
            out.paragraph(receipt.description);
        out.items(receipt.lineItems);
        out.rule();
        out.details({{tr("Total"), out.money(receipt.amount)}}, true);
        if (receipt.refunded) {
            out.details({{tr("Refunded"), out.money(receipt.refunded)}});
            out.details({{tr("Net"), out.money(receipt.net)}}, true);
        }
    }
    out.footer(receipt.merchant.footer);
    return out.html();
}

QPageSize Receipt::pageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

void Receipt::preparePage(QPagedPaintDevice *device, ReceiptPaper paper, const QLocale &locale)
{
    if (paper == ReceiptPaper::Roll80) {
        device->setPageSize(QPageSize(QSizeF(RollWidthMm, RollMinimumLengthMm * 2),
                                      QPageSize::Millimeter, tr("80 mm receipt roll"),
                                      QPageSize::ExactMatch));
        device->setPageOrientation(QPageLayout::Portrait);
        device->setPageMargins(RollMarginsMm, QPageLayout::Millimeter);
        return;
    }
    device->setPageSize(pageSize(locale));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(PageMarginsMm, QPageLayout::Millimeter);
}

bool Receipt::render(const ReceiptData &receipt, QPagedPaintDevice *device, const QLocale &locale,
                     ReceiptPaper paper)
{
    const bool roll = paper == ReceiptPaper::Roll80;
    // Laid out in the device's own pixels, so that points are points on paper.
    const int dpi = device->logicalDpiY();
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    QFont font = document.defaultFont();
    font.setPointSizeF(roll ? 8 : 10);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html(receipt, locale, paper));
    QRectF body = device->pageLayout().paintRectPixels(dpi);
    qreal width = body.width();
    qreal left = 0;
    if (!roll && PageColumnMm / 25.4 * dpi < width) {
        width = PageColumnMm / 25.4 * dpi;
        left = (body.width() - width) / 2;
    }
    document.setTextWidth(width);
    if (roll) {
        // The roll is cut after the receipt: one page, as long as what is printed on it.
        const QPageLayout layout = device->pageLayout();
        const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
        const qreal length =
            document.size().height() * 25.4 / dpi + margins.top() + margins.bottom() + 1;
        device->setPageSize(QPageSize(QSizeF(RollWidthMm, std::max(length, RollMinimumLengthMm)),
                                      QPageSize::Millimeter, tr("80 mm receipt roll"),
                                      QPageSize::ExactMatch));
        device->setPageMargins(margins, QPageLayout::Millimeter);
        body = device->pageLayout().paintRectPixels(dpi);
    }
    document.setPageSize(QSizeF(width, body.height()));

    QPainter painter;
    if (!painter.begin(device))
        return false;
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        const QRectF shown(0, page * body.height(), width, body.height());
        painter.save();
        painter.translate(left, -shown.top());
        document.drawContents(&painter, shown);
        painter.restore();
    }
    return painter.end();
}

bool Receipt::savePdf(const ReceiptData &receipt, const QString &path, const QLocale &locale,
                      ReceiptPaper paper, QString *error)
{
    // Written whole or not at all: a receipt cut short by a full disk is never left behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("The receipt could not be saved to %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(QStringLiteral("%1 %2").arg(title(receipt),
                                                 shortId(receipt.kind == ReceiptData::Kind::Refund
                                                             ? receipt.refundReference
                                                             : receipt.reference)));
        pdf.setCreator(QStringLiteral("Paydesk"));
        preparePage(&pdf, paper, locale);
        if (!render(receipt, &pdf, locale, paper)) {
            file.cancelWriting();
            if (error)
                *error = tr("The receipt could not be drawn into the PDF.");
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("The receipt could not be saved to %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace paydesk
