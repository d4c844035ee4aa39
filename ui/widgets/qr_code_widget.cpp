#include "ui/widgets/qr_code_widget.h"

#include <QPainter>
#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace paydesk {

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("QR code"));
    // Square by its size hint; painted as the largest square that fits, centred.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_error.clear();
    m_modules = QImage();
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
        if (!code) {
            m_error = tr("This link is too long for a QR code.");
        } else {
            const int width = code->width;
            m_modules = QImage(width, width, QImage::Format_Grayscale8);
            for (int y = 0; y < width; ++y) {
                uchar *line = m_modules.scanLine(y);
                for (int x = 0; x < width; ++x)
                    line[x] = (code->data[y * width + x] & 1) ? 0 : 255;
            }
        }
    }
    setAccessibleDescription(isValid() ? tr("A QR code of %1. Scan it with a phone camera to "
                                            "open the link.")
                                             .arg(text)
                                       : m_error);
    updateGeometry();
    update();
}

int QrCodeWidget::moduleCount() const
{
    return m_modules.isNull() ? 0 : m_modules.width();
}

bool QrCodeWidget::isDark(int x, int y) const
{
    if (m_modules.isNull() || !m_modules.valid(x, y))
        return false;
    return qGray(m_modules.pixel(x, y)) < 128;
}

QImage QrCodeWidget::toImage(int modulePixels) const
{
    if (m_modules.isNull() || modulePixels < 1)
        return {};
    const int side = (moduleCount() + 2 * QuietZoneModules) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const int offset = QuietZoneModules * modulePixels;
    painter.drawImage(
        QRect(offset, offset, moduleCount() * modulePixels, moduleCount() * modulePixels),
        m_modules);
    return image;
}

QSize QrCodeWidget::sizeHint() const
{
    return QSize(280, 280);
}

QSize QrCodeWidget::minimumSizeHint() const
{
    return QSize(MinimumSide, MinimumSide);
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // The code is always dark on light: scanners expect it, whatever the palette.
    const int side = std::min(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    painter.fillRect(square, Qt::white);
    if (m_modules.isNull()) {
        painter.setPen(Qt::black);
        painter.drawText(square.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_error.isEmpty() ? tr("No link yet") : m_error);
        return;
    }
    // Whole device pixels per module, so every module edge falls on a pixel edge.
    const qreal ratio = devicePixelRatioF();
    const int total = moduleCount() + 2 * QuietZoneModules;
    const int devicePixels = int(std::floor(side * ratio));
    const int modulePixels = std::max(1, devicePixels / total);
    const QImage image = toImage(modulePixels);
    QImage scaled = image;
    scaled.setDevicePixelRatio(ratio);
    const QSizeF logical = QSizeF(image.size()) / ratio;
    const QPointF topLeft(square.x() + (side - logical.width()) / 2,
                          square.y() + (side - logical.height()) / 2);
    // Snap the corner to a device pixel as well.
    const QPointF snapped(std::round(topLeft.x() * ratio) / ratio,
                          std::round(topLeft.y() * ratio) / ratio);
    painter.drawImage(snapped, scaled);
}

} // namespace paydesk
