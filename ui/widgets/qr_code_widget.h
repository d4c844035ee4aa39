#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace paydesk {

// A QR code of a text (a checkout link) that a phone can scan off the screen: error correction
// level M, every module the same whole number of device pixels (no blurred edges at any scale
// factor), black on white whatever the palette, with the four-module quiet zone the standard
// asks for, and never drawn smaller than MinimumSide logical pixels.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int QuietZoneModules = 4;
    static constexpr int MinimumSide = 240;

    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // False when there is no text or it does not fit in a QR code.
    bool isValid() const { return !m_modules.isNull(); }
    QString errorString() const { return m_error; }

    // Modules per side, without the quiet zone (21 for version 1).
    int moduleCount() const;
    bool isDark(int x, int y) const;

    // The code with its quiet zone, `modulePixels` pixels per module: for saving and printing.
    QImage toImage(int modulePixels = 8) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QString m_error;
    QImage m_modules; // one pixel per module, no quiet zone
};

} // namespace paydesk
