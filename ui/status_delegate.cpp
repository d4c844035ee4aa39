#include "ui/status_delegate.h"

#include "models/resource_table_model.h"
#include "models/status.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace paydesk {

QColor StatusDelegate::colorFor(const QString &rawStatus, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const auto pick = [dark](QColor light, QColor darkVariant) {
        return dark ? darkVariant : light;
    };
    const IntentStatus intent(rawStatus);
    if (intent.known() != IntentStatus::Unrecognized) {
        switch (intent.known()) {
        case IntentStatus::Succeeded:
            return pick(QColor(0x1a7f37), QColor(0x3fb950));
        case IntentStatus::Failed:
            return pick(QColor(0xcf222e), QColor(0xf85149));
        case IntentStatus::Canceled:
            return pick(QColor(0x6e7781), QColor(0x8b949e));
        case IntentStatus::Processing:
            return pick(QColor(0x0969da), QColor(0x58a6ff));
        default:
            return pick(QColor(0x9a6700), QColor(0xd29922));
        }
    }
    switch (CheckoutStatus(rawStatus).known()) {
    case CheckoutStatus::Complete:
        return pick(QColor(0x1a7f37), QColor(0x3fb950));
    case CheckoutStatus::Open:
        return pick(QColor(0x0969da), QColor(0x58a6ff));
    case CheckoutStatus::Expired:
        return pick(QColor(0x6e7781), QColor(0x8b949e));
    case CheckoutStatus::Unrecognized:
        break;
    }
    return pick(QColor(0x8250df), QColor(0xbc8cff));
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QColor color =
        colorFor(index.data(ResourceTableModel::StatusRole).toString(), opt.palette);
    painter->save();
    painter->setFont(opt.font);
    // The painter's metrics, not the screen's: a grab or a printer may have another resolution.
    const QFontMetrics fm = painter->fontMetrics();
    const int padX = fm.height() / 2;
    const int height = fm.height() + 2;
    const QRect area = opt.rect.adjusted(4, 0, -4, 0);
    const int textWidth = fm.boundingRect(text).width() + 2;
    const int width = std::min(area.width(), textWidth + 2 * padX);
    const QRect pill(area.left(), area.center().y() - height / 2, width, height);

    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(40);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(QPen(color, 1));
    painter->drawPath(path);
    painter->setPen(
        opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText) : color);
    const int room = pill.width() - 2 * padX;
    painter->drawText(pill.adjusted(padX, 0, -padX, 0), Qt::AlignCenter,
                      textWidth <= room ? text : fm.elidedText(text, Qt::ElideRight, room));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(size.width() + fm.height() + 8);
    size.setHeight(std::max(size.height(), fm.height() + 8));
    return size;
}

} // namespace paydesk
