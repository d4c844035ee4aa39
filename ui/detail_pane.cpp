#include "ui/detail_pane.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace paydesk {

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::String:
        return value.toString();
    default:
        return QString();
    }
}

void addValue(QTreeWidgetItem *item, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        item->setText(1, object.isEmpty() ? QStringLiteral("{}") : QString());
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto *child = new QTreeWidgetItem(item, {it.key()});
            addValue(child, it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, array.isEmpty() ? QStringLiteral("[]") : QString());
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto *child = new QTreeWidgetItem(item, {QStringLiteral("[%1]").arg(i)});
            addValue(child, array.at(i));
        }
    } else {
        item->setText(1, scalarText(value));
        item->setToolTip(1, scalarText(value));
    }
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_actionBar(new QToolBar(this))
    , m_tabs(new QTabWidget(this))
    , m_summaryArea(new QScrollArea(this))
    , m_fields(new QTreeWidget(this))
    , m_raw(new QPlainTextEdit(this))
    , m_placeholder(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);

    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->setAlternatingRowColors(true);
    m_fields->setAccessibleName(tr("Fields of the selected object"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Raw JSON of the selected object"));
    m_summaryArea->setWidgetResizable(true);
    m_summaryArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summaryArea->setFrameShape(QFrame::NoFrame);
    m_summaryArea->setAccessibleName(tr("Summary of the selected object"));
    m_tabs->addTab(m_summaryArea, tr("Details"));
    m_tabs->addTab(m_fields, tr("Details"));
    m_tabs->addTab(m_raw, tr("Raw JSON"));

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_actionBar->setMovable(false);
    m_actionBar->setFloatable(false);
    m_actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actionBar->setAccessibleName(tr("Actions on the selected object"));
    layout->addWidget(m_actionBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_placeholder, 1);
    clear(tr("Select a row to see its details."));
}

void DetailPane::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : std::as_const(m_actions))
        disconnect(action, &QAction::changed, this, nullptr);
    m_actions = actions;
    for (QAction *action : actions)
        connect(action, &QAction::changed, this, [this] {
            // A page enables its actions one by one: lay them out once, after the last.
            if (m_orderPending)
                return;
            m_orderPending = true;
            QTimer::singleShot(0, this, &DetailPane::orderActions);
        });
    orderActions();
}

void DetailPane::orderActions()
{
    // What applies comes first: when the pane is too narrow for every button, the disabled
    // ones are those that fold into the » menu, never the one the person came for.
    m_orderPending = false;
    QList<QAction *> ordered;
    for (QAction *action : std::as_const(m_actions))
        if (action->isEnabled())
            ordered.append(action);
    for (QAction *action : std::as_const(m_actions))
        if (!action->isEnabled())
            ordered.append(action);
    if (ordered == m_actionBar->actions())
        return;
    m_actionBar->clear();
    for (QAction *action : std::as_const(ordered)) {
        m_actionBar->addAction(action);
        // Raised like push buttons, so they read as buttons and not as a window's toolbar.
        if (auto *button = qobject_cast<QToolButton *>(m_actionBar->widgetForAction(action)))
            button->setAutoRaise(false);
    }
}

void DetailPane::showSummary(const QList<DetailLine> &lines)
{
    m_lines = lines;
    // A new widget per object: the rows differ from one object to the next. A grid rather than
    // a form layout: it gives wrapped values the height their width needs.
    auto *summary = new QWidget;
    auto *grid = new QGridLayout(summary);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    m_stacked = stackSummary();
    int row = 0;
    for (const DetailLine &line : lines) {
        auto *value = new QLabel(line.value, summary);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(line.label);
        auto *label = new QLabel(line.label, summary);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setBuddy(value);
        if (m_stacked) {
            // A long name ("Metadata: invoice_number") must not widen a narrow pane past its
            // edge, taking the values with it: it wraps, and is cut only where one word is
            // longer than the line.
            label->setWordWrap(true);
            QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            policy.setHeightForWidth(true);
            label->setSizePolicy(policy);
        }
        // No value widens the pane: a word longer than the line (a URL, an email) is cut at
        // its edge, the whole of it in the tooltip, rather than pushing every line sideways.
        value->setToolTip(line.value);
        if (!line.copyable) {
            value->setWordWrap(true);
            QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            policy.setHeightForWidth(true);
            value->setSizePolicy(policy);
            if (m_stacked) {
                // Too narrow for a column of names beside a column of values: each value
                // under its name, rather than names beside values squeezed to nothing.
                grid->addWidget(label, row++, 0, 1, 2);
                grid->addWidget(value, row++, 0, 1, 2);
                continue;
            }
            grid->addWidget(label, row, 0, Qt::AlignTop);
            grid->addWidget(value, row, 1);
            ++row;
            continue;
        }
        // An id goes under its label, across the pane, to be read whole; it never widens the
        // pane (the tooltip and Copy have it all where the pane is narrower still).
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *copy = new QToolButton(summary);
        copy->setText(tr("Copy"));
        copy->setAccessibleName(tr("Copy %1").arg(line.label));
        copy->setToolTip(tr("Copy %1 to the clipboard").arg(line.label));
        connect(copy, &QToolButton::clicked, copy,
                [text = line.value] { QGuiApplication::clipboard()->setText(text); });
        auto *idRow = new QHBoxLayout;
        idRow->addWidget(value, 1);
        idRow->addWidget(copy);
        grid->addWidget(label, row++, 0, 1, 2);
        grid->addLayout(idRow, row++, 0, 1, 2);
    }
    grid->setRowStretch(row, 1);
    delete m_summaryArea->takeWidget();
    m_summaryArea->setWidget(summary);
    m_summary = summary;
}

bool DetailPane::stackSummary() const
{
    int names = 0;
    for (const DetailLine &line : std::as_const(m_lines))
        if (!line.copyable)
            names = std::max(names, fontMetrics().horizontalAdvance(line.label));
    // Values need room for a short amount or date on a line, about 16 characters.
    const int values = fontMetrics().averageCharWidth() * 16;
    const int room = m_summaryArea->width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 24;
    return names + 12 + values > room;
}

void DetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_summary && !m_lines.isEmpty() && stackSummary() != m_stacked)
        showSummary(m_lines);
}

void DetailPane::show(const QString &title, const QString &subtitle, const QJsonObject &json,
                      const QStringList &unknownKeys, const QList<DetailLine> &summary)
{
    m_placeholder->hide();
    m_title->show();
    m_subtitle->show();
    m_tabs->show();
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_actionBar->show();

    m_fields->clear();
    for (auto it = json.begin(); it != json.end(); ++it) {
        auto *item = new QTreeWidgetItem(m_fields, {it.key()});
        addValue(item, it.value());
        if (unknownKeys.contains(it.key())) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
            item->setText(0, tr("%1 (new)").arg(it.key()));
            item->setToolTip(0, tr("Sent by the API but not known to this version of Paydesk."));
        }
    }
    m_fields->expandAll();
    // With a summary, Details is the summary and the fields have a tab of their own.
    const bool summarised = !summary.isEmpty();
    showSummary(summary);
    m_tabs->setTabVisible(m_tabs->indexOf(m_summaryArea), summarised);
    m_tabs->setTabText(m_tabs->indexOf(m_fields), summarised ? tr("All fields") : tr("Details"));
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

void DetailPane::clear(const QString &placeholder)
{
    m_title->hide();
    m_subtitle->hide();
    m_tabs->hide();
    m_actionBar->hide();
    m_placeholder->setText(placeholder);
    m_placeholder->show();
}

} // namespace paydesk
