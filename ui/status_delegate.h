#pragma once

#include <QStyledItemDelegate>

namespace paydesk {

// Paints a status cell as a coloured pill, so a column of statuses reads at a glance: green when
// it succeeded, red when it failed, blue while it moves, amber while it waits for someone, grey
// when canceled or expired, violet for a status this build does not know. Colours come from the
// palette's lightness, so they hold in light and dark themes.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour a raw status is shown in (intent and checkout session statuses).
    static QColor colorFor(const QString &rawStatus, const QPalette &palette);
};

} // namespace paydesk
