// paydesk-render-icon: renders the application icon's SVG to the PNG sizes the freedesktop icon
// theme wants. A build-time tool: the PNGs are generated from the one SVG, never committed.
//
//   paydesk-render-icon SVG SIZE OUT.png

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: paydesk-render-icon SVG SIZE OUT.png\n");
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&ok);
    const QString out = QString::fromLocal8Bit(argv[3]);
    if (!ok || size < 1 || size > 4096) {
        std::fprintf(stderr, "paydesk-render-icon: SIZE must be a number of pixels\n");
        return 2;
    }

    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "paydesk-render-icon: cannot read %s\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(out, "PNG")) {
        std::fprintf(stderr, "paydesk-render-icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
