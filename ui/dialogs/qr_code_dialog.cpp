#include "ui/dialogs/qr_code_dialog.h"

#include "ui/widgets/link_panel.h"
#include "ui/widgets/window_fit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

QrCodeDialog::QrCodeDialog(const QString &url, QWidget *parent)
    : QDialog(parent)
    , m_link(new LinkPanel(this))
{
    setWindowTitle(tr("QR code"));
    auto *hint = new QLabel(tr("Scan this code with a phone camera to open the link."), this);
    hint->setWordWrap(true);
    hint->setAccessibleName(tr("How to use the QR code"));
    m_link->setObjectName(QStringLiteral("linkPanel"));
    m_link->setUrl(url);
    m_link->setQrCodeVisible(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(hint);
    layout->addWidget(m_link);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

} // namespace paydesk

namespace paydesk {

bool QrCodeDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFitContents(this);
    return handled;
}

} // namespace paydesk
