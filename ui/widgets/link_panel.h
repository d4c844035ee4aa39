#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk {

class QrCodeWidget;

// A link to hand to a customer: the address in a read-only field, Copy, Open in browser, and a
// QR code to show on screen (for a phone at the counter) or save as an image.
class LinkPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LinkPanel(QWidget *parent = nullptr);

    void setUrl(const QString &url);
    QString url() const;

    void setQrCodeVisible(bool visible);
    bool isQrCodeVisible() const;

    QLineEdit *urlField() const { return m_url; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *qrCodeButton() const { return m_showQr; }
    QPushButton *saveQrCodeButton() const { return m_saveQr; }
    QrCodeWidget *qrCode() const { return m_qr; }
    QLabel *statusLabel() const { return m_status; }

    // Writes the QR code as a PNG; false (with the reason in the status line) on failure.
    bool saveQrCode(const QString &path);

signals:
    void copied();

private:
    void copy();
    void openInBrowser();
    void chooseQrCodeFile();
    void setStatus(const QString &text);

    QLineEdit *m_url;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_showQr;
    QPushButton *m_saveQr;
    QrCodeWidget *m_qr;
    QLabel *m_status;
};

} // namespace paydesk
