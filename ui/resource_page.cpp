#include "ui/resource_page.h"

#include "models/csv.h"
#include "ui/detail_pane.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/palette_colours.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace paydesk {

ResourcePage::ResourcePage(const QString &pageKey, const QString &title, const QString &noun,
                           QWidget *parent)
    : QWidget(parent)
    , m_pageKey(pageKey)
    , m_titleText(title)
    , m_noun(noun)
    , m_title(new QLabel(title, this))
    , m_count(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_dates(new QWidget(this))
    , m_from(new DateField(m_dates))
    , m_to(new DateField(m_dates))
    , m_datePresets(new QToolButton(m_dates))
    , m_dateWarning(new QLabel(this))
    , m_filterBar(new FlowLayout)
    , m_belowTable(new QVBoxLayout)
    , m_view(new QTableView(this))
    , m_detail(new DetailPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_search->setPlaceholderText(tr("Search id, name, email, description, metadata…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(noun));
    m_search->setMinimumWidth(200);
    // Every keystroke filters at once: the proxy tests large tables in slices between events,
    // drops a pass the next keystroke makes stale, and narrows from the rows it already knows.
    connect(m_search, &QLineEdit::textChanged, this, &ResourcePage::applyFilter);

    // The dates stay together on one line: From, To and the presets; a warning follows them when
    // the range is empty.
    auto *fromLabel = new QLabel(tr("From"), m_dates);
    auto *toLabel = new QLabel(tr("To"), m_dates);
    fromLabel->setBuddy(m_from);
    toLabel->setBuddy(m_to);
    m_from->setAccessibleName(tr("Created from"));
    m_to->setAccessibleName(tr("Created to"));
    for (DateField *field : {m_from, m_to})
        connect(field, &DateField::dateChanged, this, &ResourcePage::onDatesChanged);

    m_datePresets->setText(tr("Dates"));
    m_datePresets->setAccessibleName(tr("Date presets"));
    m_datePresets->setToolTip(tr("Today, yesterday, the last 7 days, this month or last month"));
    m_datePresets->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_datePresets);
    const auto addPreset = [this, presets](const QString &text, auto range) {
        connect(presets->addAction(text), &QAction::triggered, this, [this, range] {
            const QDate today = QDate::currentDate();
            const std::pair<QDate, QDate> days = range(today);
            setDateRange(days.first, days.second);
        });
    };
    addPreset(tr("Today"), [](QDate today) { return std::make_pair(today, today); });
    addPreset(tr("Yesterday"),
              [](QDate today) { return std::make_pair(today.addDays(-1), today.addDays(-1)); });
    addPreset(tr("Last 7 days"),
              [](QDate today) { return std::make_pair(today.addDays(-6), today); });
    addPreset(tr("This month"), [](QDate today) {
        return std::make_pair(QDate(today.year(), today.month(), 1), today);
    });
    addPreset(tr("Last month"), [](QDate today) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return std::make_pair(first, first.addMonths(1).addDays(-1));
    });
    presets->addSeparator();
    addPreset(tr("Any date"), [](QDate) { return std::make_pair(QDate(), QDate()); });
    m_datePresets->setMenu(presets);

    m_dateWarning->setText(tr("From is after To: no row can match."));
    QPalette warning = m_dateWarning->palette();
    warning.setColor(QPalette::WindowText, colours::errorText(warning));
    m_dateWarning->setPalette(warning);
    m_dateWarning->hide();

    // As wide as the dates need; the search field takes what the line leaves.
    m_dates->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *dates = new QHBoxLayout(m_dates);
    dates->setContentsMargins(0, 0, 0, 0);
    dates->setSpacing(6);
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addSpacing(6);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addWidget(m_datePresets);

    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(title);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ResourcePage::showContextMenu);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_count, 1, Qt::AlignBottom);

    m_filterBar->setSpacings(6, 6);
    m_filterBar->addWidget(m_search);
    m_filterBar->addWidget(m_dates);
    m_filterBar->addWidget(m_dateWarning);

    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(m_belowTable);

    m_splitter->addWidget(tableSide);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(header);
    layout->addLayout(m_filterBar);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_search, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_datePresets);
}

ResourcePage::~ResourcePage() = default;

void ResourcePage::setProxy(ResourceFilterModel *proxy)
{
    m_proxy = proxy;
    m_view->setModel(m_proxy);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourcePage::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourcePage::refreshCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourcePage::fitColumnsOnce);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResourcePage::refreshCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourcePage::refreshCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResourcePage::refreshCountLabel);
    // The selected object may change under the user (polling): keep its details current.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row() &&
                    current.row() <= bottomRight.row())
                    onCurrentChanged();
            });
}

void ResourcePage::attach(ResourceTableModel *source)
{
    m_source = source;
    m_proxy->setSourceModel(source);
    refreshCountLabel();
    onCurrentChanged();
}

void ResourcePage::addRowAction(QAction *action)
{
    m_rowActions.append(action);
    addAction(action);
    m_detail->setActions(m_rowActions);
}

void ResourcePage::addRefreshAndCopyActions(std::function<void(const QString &id)> refresh,
                                            const QString &copied)
{
    m_refreshAction = new QAction(tr("Refresh this one"), this);
    m_copyIdAction = new QAction(tr("Copy id"), this);
    connect(m_refreshAction, &QAction::triggered, this, [this, refresh] {
        if (!currentId().isEmpty())
            refresh(currentId());
    });
    connect(m_copyIdAction, &QAction::triggered, this, [this, copied] {
        QApplication::clipboard()->setText(currentId());
        emit notice(copied);
    });
    addRowAction(m_refreshAction);
    addRowAction(m_copyIdAction);
}

QString ResourcePage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ResourceTableModel::IdRole).toString() : QString();
}

int ResourcePage::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

bool ResourcePage::selectId(const QString &id)
{
    if (!m_source)
        return false;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_source->indexOf(id));
    if (!proxyIndex.isValid())
        return false;
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
    return true;
}

void ResourcePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResourcePage::applyFilter()
{
    ResourceFilter filter;
    filter.text = m_search->text();
    if (m_from->date().isValid())
        filter.createdFrom = m_from->date().startOfDay();
    if (m_to->date().isValid())
        filter.createdTo = m_to->date().endOfDay();
    extendFilter(filter);
    if (filter == m_proxy->filter())
        return;
    m_proxy->setFilter(filter);
    refreshCountLabel();
    onCurrentChanged();
}

void ResourcePage::setDateRange(const QDate &from, const QDate &to)
{
    // One re-filter for both ends.
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    onDatesChanged();
}

void ResourcePage::onDatesChanged()
{
    // An inverted range empties the table; say so beside the dates rather than leave a
    // silently empty list.
    const bool inverted =
        m_from->date().isValid() && m_to->date().isValid() && m_from->date() > m_to->date();
    m_dateWarning->setVisible(inverted);
    applyFilter();
}

void ResourcePage::fitColumnsOnce()
{
    // Columns fit the first rows that arrive, unless the person arranged them before (restored
    // header state); after that they stay as the person leaves them.
    if (m_columnsFitted)
        return;
    m_columnsFitted = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int cap = fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column) + 12, cap));
    }
}

void ResourcePage::refreshCountLabel()
{
    if (!m_source) {
        m_count->clear();
        return;
    }
    const int shown = m_proxy->rowCount();
    const int all = m_source->rowCount();
    if (currentSourceRow() < 0)
        m_detail->clear(all == 0 ? tr("Nothing here yet.")
                                 : tr("Select a row to see its details."));
    const QLocale locale;
    m_count->setText(shown == all
                         ? tr("%1 in all").arg(locale.toString(all))
                         : tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(all)));
}

void ResourcePage::onCurrentChanged()
{
    const int row = currentSourceRow();
    updateRowActions(row);
    if (row < 0)
        m_detail->clear(m_source && m_source->rowCount() == 0
                            ? tr("Nothing here yet.")
                            : tr("Select a row to see its details."));
    else
        describe(row);
    emit currentChanged();
}

void ResourcePage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    for (QAction *action : std::as_const(m_rowActions))
        if (action->isVisible())
            menu.addAction(action);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QString ResourcePage::toCsv() const
{
    if (!m_source)
        return QString();
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList headings;
    for (int column : std::as_const(columns))
        headings.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    QString out = csv::line(headings);
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        const int sourceRow = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : std::as_const(columns))
            cells.append(m_source->csvCell(sourceRow, column));
        out += csv::line(cells);
    }
    return out;
}

void ResourcePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterPlaced || m_splitter->width() <= 0)
        return;
    // The table is what people came for: it gets about seven tenths of the width, the detail
    // pane the rest but never less than its buttons need (their labels are longer in some
    // languages than in English).
    m_splitterPlaced = true;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int detail = std::max(m_detail->minimumSizeHint().width(), total * 3 / 10);
    m_splitter->setSizes({std::max(0, total - detail), detail});
}

void ResourcePage::saveLayout(QSettings &settings) const
{
    settings.beginGroup(m_pageKey);
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.endGroup();
}

void ResourcePage::restoreLayout(QSettings &settings)
{
    settings.beginGroup(m_pageKey);
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header))
        m_columnsFitted = true;
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty() && m_splitter->restoreState(splitter))
        m_splitterPlaced = true;
    settings.endGroup();
}

} // namespace paydesk
