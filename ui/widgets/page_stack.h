#pragma once

#include <QList>
#include <QVBoxLayout>
#include <QWidget>

namespace paydesk {

// Pages of which one shows at a time, like QStackedWidget, except that the pages not shown take
// no room: a short result page does not keep the height of the long form before it (a stacked
// widget sizes itself, and its height for a width, to its largest page).
class PageStack : public QWidget
{
    Q_OBJECT
public:
    explicit PageStack(QWidget *parent = nullptr)
        : QWidget(parent)
        , m_layout(new QVBoxLayout(this))
    {
        m_layout->setContentsMargins(0, 0, 0, 0);
    }

    int addWidget(QWidget *page)
    {
        m_layout->addWidget(page);
        m_pages.append(page);
        page->setVisible(m_pages.size() - 1 == m_current);
        return int(m_pages.size()) - 1;
    }
    int count() const { return int(m_pages.size()); }
    QWidget *widget(int index) const { return m_pages.value(index); }
    int currentIndex() const { return m_current; }
    QWidget *currentWidget() const { return widget(m_current); }

    void setCurrentIndex(int index)
    {
        if (index < 0 || index >= count())
            return;
        m_current = index;
        for (int i = 0; i < count(); ++i)
            m_pages.at(i)->setVisible(i == index);
    }

private:
    QVBoxLayout *m_layout;
    QList<QWidget *> m_pages;
    int m_current = 0;
};

} // namespace paydesk
