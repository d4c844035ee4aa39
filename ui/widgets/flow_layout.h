#pragma once

#include <QLayout>
#include <QList>

namespace paydesk {

// Lays its items out in a row at their preferred widths and starts a new row where the next one
// would not fit, so that a narrow window wraps its controls instead of squeezing them into one
// another. What a row leaves over goes to its horizontally expanding items (a search field).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void setSpacings(int horizontal, int vertical);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int place(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontal = 6;
    int m_vertical = 6;
};

} // namespace paydesk
