#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QToolBar;
class QAction;
class QScrollArea;

namespace paydesk {

// One line of a detail summary: "Amount", "$7,943.00". An id (`copyable`) has a Copy button
// beside it.
struct DetailLine
{
    QString label;
    QString value;
    bool copyable = false;
};

// The right-hand side of a list page: what the selected object is, the actions that apply to
// it, a summary a person reads (when the page gives one), every field the API sent (fields this
// build does not know are marked, never dropped) and the raw JSON.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    // `json` is the object as the API shapes it; `unknownKeys` are the top-level keys Paydesk
    // does not know (they are shown marked). `title` and `subtitle` head the pane. With a
    // `summary`, the Details tab shows it and the fields move to a tab of their own.
    void show(const QString &title, const QString &subtitle, const QJsonObject &json,
              const QStringList &unknownKeys, const QList<DetailLine> &summary = {});
    // The summary's lines as shown (label, value), for tests and screen readers.
    QList<DetailLine> summary() const { return m_lines; }
    void clear(const QString &placeholder);

    // Buttons for the page's row actions, shown above the fields. When the pane is too narrow
    // for all of them (long labels in some languages), the rest fold into a » menu.
    // The enabled ones come first.
    void setActions(const QList<QAction *> &actions);
    QToolBar *actionBar() const { return m_actionBar; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showSummary(const QList<DetailLine> &lines);
    // True when the pane is too narrow to show names and values side by side.
    bool stackSummary() const;
    void orderActions();

    QLabel *m_title;
    QLabel *m_subtitle;
    QToolBar *m_actionBar;
    QList<QAction *> m_actions;
    bool m_orderPending = false;
    bool m_stacked = false;
    QTabWidget *m_tabs;
    QScrollArea *m_summaryArea;
    QWidget *m_summary = nullptr;
    QList<DetailLine> m_lines;
    QTreeWidget *m_fields;
    QPlainTextEdit *m_raw;
    QLabel *m_placeholder;
};

} // namespace paydesk
