#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QToolBar;
class QAction;

namespace paydesk {

// The right-hand side of a list page: what the selected object is, the actions that apply to
// it, every field the API sent (fields this build does not know are marked, never dropped) and
// the raw JSON.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    // `json` is the object as the API shapes it; `unknownKeys` are the top-level keys Paydesk
    // does not know (they are shown marked). `title` and `subtitle` head the pane.
    void show(const QString &title, const QString &subtitle, const QJsonObject &json,
              const QStringList &unknownKeys);
    void clear(const QString &placeholder);

    // Buttons for the page's row actions, shown above the fields. When the pane is too narrow
    // for all of them (long labels in some languages), the rest fold into a » menu.
    void setActions(const QList<QAction *> &actions);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolBar *m_actionBar;
    QTabWidget *m_tabs;
    QTreeWidget *m_fields;
    QPlainTextEdit *m_raw;
    QLabel *m_placeholder;
};

} // namespace paydesk
