#include "ui/widgets/link_panel.h"

#include "ui/widgets/qr_code_widget.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace paydesk {

namespace {

// Pixels per module in a saved image: sharp when printed, still small as a file.
constexpr int SavedModulePixels = 12;

} // namespace

LinkPanel::LinkPanel(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy link"), this))
    , m_open(new QPushButton(tr("&Open in browser"), this))
    , m_showQr(new QPushButton(tr("Show &QR code"), this))
    , m_saveQr(new QPushButton(tr("&Save QR code…"), this))
    , m_qr(new QrCodeWidget(this))
    , m_status(new QLabel(this))
{
    setAccessibleName(tr("Link"));
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Link address"));
    m_url->setMinimumWidth(320);
    m_copy->setAccessibleName(tr("Copy the link"));
    m_open->setAccessibleName(tr("Open the link in the browser"));
    m_showQr->setAccessibleName(tr("Show the QR code"));
    m_showQr->setCheckable(true);
    m_saveQr->setAccessibleName(tr("Save the QR code as an image"));
    for (QPushButton *button : {m_copy, m_open, m_showQr, m_saveQr})
        button->setAutoDefault(false);
    m_status->setAccessibleName(tr("Link status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_qr->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addWidget(m_showQr);
    buttons->addWidget(m_saveQr);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_url);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);

    connect(m_copy, &QPushButton::clicked, this, &LinkPanel::copy);
    connect(m_open, &QPushButton::clicked, this, &LinkPanel::openInBrowser);
    connect(m_showQr, &QPushButton::toggled, this, &LinkPanel::setQrCodeVisible);
    connect(m_saveQr, &QPushButton::clicked, this, &LinkPanel::chooseQrCodeFile);
    setUrl(QString());
}

void LinkPanel::setUrl(const QString &url)
{
    m_url->setText(url);
    m_url->setCursorPosition(0);
    m_qr->setText(url);
    const bool has = !url.isEmpty();
    m_copy->setEnabled(has);
    m_open->setEnabled(has);
    m_showQr->setEnabled(has && m_qr->isValid());
    m_saveQr->setEnabled(has && m_qr->isValid());
    m_status->hide();
}

QString LinkPanel::url() const
{
    return m_url->text();
}

void LinkPanel::setQrCodeVisible(bool visible)
{
    m_qr->setVisible(visible);
    if (m_showQr->isChecked() != visible)
        m_showQr->setChecked(visible);
    m_showQr->setText(visible ? tr("Hide &QR code") : tr("Show &QR code"));
    m_showQr->setAccessibleName(visible ? tr("Hide the QR code") : tr("Show the QR code"));
    // A dialog grows to show the code (and shrinks back); other windows keep their size.
    if (auto *dialog = qobject_cast<QDialog *>(window()); dialog && dialog->isVisible())
        dialog->adjustSize();
}

bool LinkPanel::isQrCodeVisible() const
{
    return !m_qr->isHidden();
}

bool LinkPanel::saveQrCode(const QString &path)
{
    const QImage image = m_qr->toImage(SavedModulePixels);
    if (image.isNull() || !image.save(path, "PNG")) {
        setStatus(tr("Could not save the QR code to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    setStatus(tr("QR code saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LinkPanel::copy()
{
    QGuiApplication::clipboard()->setText(url());
    setStatus(tr("Link copied to the clipboard."));
    emit copied();
}

void LinkPanel::openInBrowser()
{
    if (!QDesktopServices::openUrl(QUrl(url())))
        setStatus(tr("No browser could be started. Copy the link and open it yourself."));
}

void LinkPanel::chooseQrCodeFile()
{
    // Not the static getSaveFileName(): that runs a nested event loop.
    auto *chooser = new QFileDialog(this, tr("Save QR code"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilter(tr("PNG images (*.png)"));
    chooser->setDefaultSuffix(QStringLiteral("png"));
    chooser->setDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    chooser->selectFile(QStringLiteral("payment-link-qr.png"));
    connect(chooser, &QFileDialog::fileSelected, this, &LinkPanel::saveQrCode);
    chooser->open();
}

void LinkPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->show();
}

} // namespace paydesk
