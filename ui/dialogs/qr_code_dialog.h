#pragma once

#include <QDialog>

namespace paydesk {

class LinkPanel;

// A link's QR code, large enough to scan from a phone, with Copy, Open and Save: what "Show QR
// code" on a row opens.
class QrCodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QrCodeDialog(const QString &url, QWidget *parent = nullptr);

    LinkPanel *linkPanel() const { return m_link; }

protected:
    bool event(QEvent *event) override;

private:
    LinkPanel *m_link;
};

} // namespace paydesk
