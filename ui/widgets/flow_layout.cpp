#include "ui/widgets/flow_layout.h"

#include <QWidget>

#include <algorithm>

namespace paydesk {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::setSpacings(int horizontal, int vertical)
{
    m_horizontal = horizontal;
    m_vertical = vertical;
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    invalidate();
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return place(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += (width > 0 ? m_horizontal : 0) + hint.width();
        height = std::max(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    place(rect, true);
}

int FlowLayout::place(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = std::max(0, area.width());
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            visible.append(item);

    int y = area.y();
    qsizetype first = 0;
    while (first < visible.size()) {
        // Fill a row with what fits at the preferred widths (at least one item per row).
        QList<int> widths;
        int used = 0;
        qsizetype end = first;
        while (end < visible.size()) {
            QLayoutItem *item = visible.at(end);
            const int width = std::max(std::min(item->sizeHint().width(), available),
                                       item->minimumSize().width());
            const int needed = used + (end > first ? m_horizontal : 0) + width;
            if (end > first && needed > available)
                break;
            widths.append(width);
            used = needed;
            ++end;
        }
        // What is left goes to the expanding items, up to their maximum widths.
        int left = available - used;
        for (int round = 0; round < 2 && left > 0; ++round) {
            QList<qsizetype> growing;
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = visible.at(i);
                if ((item->expandingDirections() & Qt::Horizontal) &&
                    widths.at(i - first) < item->maximumSize().width())
                    growing.append(i);
            }
            if (growing.isEmpty())
                break;
            const int share = std::max(1, left / int(growing.size()));
            for (qsizetype i : std::as_const(growing)) {
                if (left <= 0)
                    break;
                int &width = widths[i - first];
                const int grown =
                    std::min({width + share, width + left, visible.at(i)->maximumSize().width()});
                left -= grown - width;
                width = grown;
            }
        }
        int height = 0;
        for (qsizetype i = first; i < end; ++i)
            height = std::max(height, visible.at(i)->sizeHint().height());
        if (apply) {
            int x = area.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = visible.at(i);
                const int itemHeight = std::max(item->minimumSize().height(),
                                                std::min(height, item->maximumSize().height()));
                item->setGeometry(
                    QRect(x, y + (height - itemHeight) / 2, widths.at(i - first), itemHeight));
                x += widths.at(i - first) + m_horizontal;
            }
        }
        y += height + m_vertical;
        first = end;
    }
    const QMargins margins = contentsMargins();
    const int content = y > area.y() ? y - m_vertical - area.y() : 0;
    return content + margins.top() + margins.bottom();
}

} // namespace paydesk
