#pragma once

#include "models/resource_filter_model.h"
#include "models/resource_table_model.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace paydesk {

class DateField;
class DetailPane;
class FlowLayout;
class Workspace;

// One list page: a title with a count, a search field and filters, a sortable table over a
// filter proxy, and a detail pane with the row's actions. Subclasses add the filters and actions
// that fit their resource and describe the selected object.
class ResourcePage : public QWidget
{
    Q_OBJECT
public:
    // `pageKey` names the page in settings (column and splitter state).
    // `title` heads the page ("Payment intents"); `noun` names its rows inside a sentence
    // ("payment intents"), translated apart because languages do not simply lower-case a title.
    ResourcePage(const QString &pageKey, const QString &title, const QString &noun,
                 QWidget *parent = nullptr);
    ~ResourcePage() override;

    virtual void setSession(Workspace *session) = 0;

    QString title() const { return m_titleText; }
    QString noun() const { return m_noun; }
    QTableView *view() const { return m_view; }
    ResourceFilterModel *filterModel() const { return m_proxy; }
    ResourceTableModel *sourceModel() const { return m_source; }

    // The selected object's id and source row (-1 when nothing is selected).
    QString currentId() const;
    int currentSourceRow() const;
    bool selectId(const QString &id);

    void focusSearch();
    // The creation dates the rows are narrowed to (invalid: no bound).
    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    // Today, Yesterday, Last 7 days, This month, Last month and Any date.
    QToolButton *datePresetsButton() const { return m_datePresets; }
    // Says when From is after To, which nothing can match.
    QLabel *dateWarning() const { return m_dateWarning; }
    QList<QAction *> rowActions() const { return m_rowActions; }

    // The rows the table shows, in the order it shows them, with the columns it shows in their
    // order, as CSV (header first). Amounts are decimal numbers and times ISO 8601 so a
    // spreadsheet reads them as numbers and dates.
    QString toCsv() const;

    void saveLayout(QSettings &settings) const;
    void restoreLayout(QSettings &settings);

signals:
    void currentChanged();
    // A short message for the status bar.
    void notice(const QString &message);

protected:
    // Subclasses call this once with their proxy, then attach() with each session's model.
    void setProxy(ResourceFilterModel *proxy);
    void attach(ResourceTableModel *source);

    // The search, the dates and the page's own filters, wrapping onto more lines when the
    // window is narrow.
    FlowLayout *filterBar() const { return m_filterBar; }
    QVBoxLayout *belowTable() const { return m_belowTable; }
    DetailPane *detailPane() const { return m_detail; }
    void addRowAction(QAction *action);
    // "Refresh this one" and "Copy id", which every page ends its actions with: `refresh` reads
    // the object of that id again; `copied` is the notice once its id is on the clipboard.
    void addRefreshAndCopyActions(std::function<void(const QString &id)> refresh,
                                  const QString &copied);
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *copyIdAction() const { return m_copyIdAction; }

    // Re-reads every filter widget into one ResourceFilter (one re-filter).
    void applyFilter();
    // Adds the subclass's own criteria to the filter being built.
    virtual void extendFilter(ResourceFilter &filter) const { Q_UNUSED(filter); }
    // Fills the detail pane for a source row; called when the selection or that row changes.
    virtual void describe(int sourceRow) = 0;
    // Enables the row actions for the current selection (none selected: sourceRow -1).
    virtual void updateRowActions(int sourceRow) = 0;

    void refreshCountLabel();
    void showEvent(QShowEvent *event) override;

private:
    void onCurrentChanged();
    void showContextMenu(const QPoint &pos);
    void fitColumnsOnce();
    void setDateRange(const QDate &from, const QDate &to);
    void onDatesChanged();

    QString m_pageKey;
    QString m_titleText;
    QString m_noun;
    bool m_splitterPlaced = false; // sized on first show, or restored from the settings
    QLabel *m_title;
    QLabel *m_count;
    QLineEdit *m_search;
    QWidget *m_dates;
    DateField *m_from;
    DateField *m_to;
    QToolButton *m_datePresets;
    QLabel *m_dateWarning;
    FlowLayout *m_filterBar;
    QVBoxLayout *m_belowTable;
    QTableView *m_view;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    ResourceFilterModel *m_proxy = nullptr;
    QPointer<ResourceTableModel> m_source;
    QList<QAction *> m_rowActions;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    bool m_columnsFitted = false;
};

} // namespace paydesk
