#include "ui/receipt_actions.h"

#include "services/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>

namespace paydesk {

namespace {

const QString PageKey = QStringLiteral("page");
const QString RollKey = QStringLiteral("roll80");
// Where receipts were saved last: the next one is offered the same folder.
const QString FolderKey = QStringLiteral("receipts/lastFolder");

QString paperName(ReceiptPaper paper)
{
    return paper == ReceiptPaper::Roll80 ? RollKey : PageKey;
}

} // namespace

ReceiptPreviewDialog::ReceiptPreviewDialog(const ReceiptData &receipt, const QString &rememberKey,
                                           QWidget *parent)
    : QPrintPreviewDialog(parent)
    , m_receipt(receipt)
    , m_rememberKey(rememberKey)
    , m_paper(new QComboBox(this))
{
    setObjectName(QStringLiteral("receiptPreviewDialog"));
    setWindowTitle(receipt.kind == ReceiptData::Kind::Refund ? tr("Print refund receipt")
                                                             : tr("Print receipt"));
    m_paper->setObjectName(QStringLiteral("receiptPaperCombo"));
    m_paper->addItem(tr("Full page"), int(ReceiptPaper::Page));
    m_paper->addItem(tr("80 mm receipt roll"), int(ReceiptPaper::Roll80));
    m_paper->setAccessibleName(tr("Paper"));
    m_paper->setToolTip(tr("A full sheet (%1 here; the print dialog can change it), or the roll "
                           "of an 80 mm receipt printer")
                            .arg(Receipt::pageSize(locale()).name()));
    m_paper->setCurrentIndex(m_paper->findData(int(receipts::rememberedPaper(rememberKey))));
    // The paper goes first in the preview's own toolbar, beside what it changes.
    auto *label = new QLabel(tr("Paper:"), this);
    label->setBuddy(m_paper);
    label->setContentsMargins(6, 0, 4, 0);
    if (auto *toolBar = findChild<QToolBar *>()) {
        QAction *first = toolBar->actions().value(0);
        toolBar->insertWidget(first, label);
        toolBar->insertWidget(first, m_paper);
        toolBar->insertSeparator(first);
    }

    printer()->setDocName(QStringLiteral("%1 %2").arg(
        Receipt::title(receipt),
        shortId(receipt.kind == ReceiptData::Kind::Refund ? receipt.refundReference
                                                          : receipt.reference)));
    printer()->setCreator(QStringLiteral("Paydesk"));
    Receipt::preparePage(printer(), paper(), locale());
    connect(this, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *printer) { Receipt::render(m_receipt, printer, locale(), paper()); });
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReceiptPreviewDialog::paperChosen);
}

ReceiptPreviewDialog::~ReceiptPreviewDialog() = default;

ReceiptPaper ReceiptPreviewDialog::paper() const
{
    return ReceiptPaper(m_paper->currentData().toInt());
}

void ReceiptPreviewDialog::setPaper(ReceiptPaper paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
}

void ReceiptPreviewDialog::paperChosen()
{
    receipts::rememberPaper(m_rememberKey, paper());
    Receipt::preparePage(printer(), paper(), locale());
    if (auto *preview = findChild<QPrintPreviewWidget *>())
        preview->updatePreview();
}

namespace receipts {

QString paperKey(const Workspace *session)
{
    return QStringLiteral("receipts/paper/%1").arg(session ? session->profile().name : QString());
}

ReceiptPaper rememberedPaper(const QString &key)
{
    if (key.isEmpty())
        return ReceiptPaper::Page;
    return QSettings().value(key).toString() == RollKey ? ReceiptPaper::Roll80 : ReceiptPaper::Page;
}

void rememberPaper(const QString &key, ReceiptPaper paper)
{
    if (!key.isEmpty())
        QSettings().setValue(key, paperName(paper));
}

MerchantDetails merchantOf(const Workspace *session)
{
    if (!session)
        return {};
    // The demo's profile is not among the saved ones; another may carry the same name.
    if (!session->isDemo()) {
        QSettings settings;
        if (const std::optional<Profile> saved =
                ProfileStore(settings).find(session->profile().name))
            return saved->merchant;
    }
    return session->profile().merchant;
}

ReceiptData forPayment(const Workspace *session, const PaymentIntent &intent,
                       const QString &paymentMethod)
{
    QString method = paymentMethod;
    QList<LineItem> items;
    if (session) {
        if (method.isEmpty() && !intent.paymentMethodId.isEmpty())
            method = session->paymentIntents()->paymentMethodName(intent.paymentMethodId);
        // A payment made through a checkout link: the link says what was bought.
        const CheckoutSessionTableModel *links = session->checkoutSessions();
        for (int row = 0; row < links->rowCount() && !intent.id.isEmpty(); ++row) {
            if (links->at(row).paymentIntentId == intent.id) {
                items = links->at(row).lineItems;
                break;
            }
        }
    }
    return paymentReceipt(intent, merchantOf(session), method, items);
}

ReceiptData forRefund(const Workspace *session, const Refund &refund, const PaymentIntent &intent,
                      const QString &reasonText)
{
    const QString method =
        session && !intent.paymentMethodId.isEmpty()
            ? session->paymentIntents()->paymentMethodName(intent.paymentMethodId)
            : QString();
    return refundReceipt(refund, intent, merchantOf(session), method, reasonText);
}

ReceiptPreviewDialog *print(QWidget *parent, const ReceiptData &receipt, const QString &paperKey)
{
    auto *dialog = new ReceiptPreviewDialog(receipt, paperKey, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QFileDialog *saveAsPdf(QWidget *parent, const ReceiptData &receipt, const QString &paperKey,
                       std::function<void(const QString &path)> saved)
{
    const bool refund = receipt.kind == ReceiptData::Kind::Refund;
    auto *dialog = new QFileDialog(parent, refund ? Receipt::tr("Save refund receipt as PDF")
                                                  : Receipt::tr("Save receipt as PDF"));
    dialog->setObjectName(QStringLiteral("receiptSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    // The paper is chosen with the file type: a sheet to print or mail, or a roll's strip.
    const QString pageFilter = Receipt::tr("PDF, full page (*.pdf)");
    const QString rollFilter = Receipt::tr("PDF, 80 mm receipt roll (*.pdf)");
    dialog->setNameFilters({pageFilter, rollFilter});
    dialog->selectNameFilter(rememberedPaper(paperKey) == ReceiptPaper::Roll80 ? rollFilter
                                                                               : pageFilter);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    QString folder = QSettings().value(FolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->setDirectory(folder);
    dialog->selectFile(Receipt::suggestedFileName(receipt));
    const QLocale locale = parent ? parent->locale() : QLocale();
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [dialog, receipt, paperKey, rollFilter, locale, saved](const QString &path) {
                         const ReceiptPaper paper = dialog->selectedNameFilter() == rollFilter
                                                        ? ReceiptPaper::Roll80
                                                        : ReceiptPaper::Page;
                         rememberPaper(paperKey, paper);
                         QString error;
                         if (!Receipt::savePdf(receipt, path, locale, paper, &error)) {
                             auto *box = new QMessageBox(QMessageBox::Warning,
                                                         Receipt::tr("Receipt not saved"), error,
                                                         QMessageBox::Ok, dialog->parentWidget());
                             box->setInformativeText(
                                 Receipt::tr("Choose a folder you can write to, and try again."));
                             box->setAttribute(Qt::WA_DeleteOnClose);
                             box->open();
                             return;
                         }
                         QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
                         if (saved)
                             saved(path);
                     });
    dialog->open();
    return dialog;
}

} // namespace receipts

} // namespace paydesk
