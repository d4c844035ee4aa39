#pragma once

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace paydesk {

// Grows a window to the height its layout wants at its current width. Dialogs whose content
// changes while they are open (an error line under a field, a banner, a QR code) call this on
// each layout request: a layout with word-wrapped labels (height for width) does not raise a
// window's minimum height by itself, so without this the new lines squeeze the fields above.
// Never shrinks, and never grows past the screen.
inline void growToFitContents(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int width = window->width();
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                             : layout->totalSizeHint().height();
    needed = std::max(needed, layout->totalMinimumSize().height());
    if (const QScreen *screen = window->screen())
        needed = std::min(needed, screen->availableGeometry().height());
    if (window->height() < needed)
        window->resize(width, needed);
}

} // namespace paydesk
