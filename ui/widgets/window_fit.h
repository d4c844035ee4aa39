#pragma once

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace paydesk {

// The height a window's layout wants at its current width (its wrapped lines included), within
// the screen; 0 when it has no layout.
inline int fittingHeight(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return 0;
    layout->activate();
    const int width = window->width();
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                             : layout->totalSizeHint().height();
    needed = std::max(needed, layout->totalMinimumSize().height());
    if (const QScreen *screen = window->screen())
        needed = std::min(needed, screen->availableGeometry().height());
    return needed;
}

// Grows a window to the height its layout wants at its current width. Dialogs whose content
// changes while they are open (an error line under a field, a banner, a QR code) call this on
// each layout request: a layout with word-wrapped labels (height for width) does not raise a
// window's minimum height by itself, so without this the new lines squeeze the fields above.
// Never shrinks, and never grows past the screen.
inline void growToFitContents(QWidget *window)
{
    if (!window->layout() || !window->isVisible())
        return;
    const int needed = fittingHeight(window);
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

} // namespace paydesk
