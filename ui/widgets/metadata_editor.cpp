#include "ui/widgets/metadata_editor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk {

namespace {

enum Column
{
    KeyColumn,
    ValueColumn,
};

// Room for a few rows: metadata is usually one to three pairs.
constexpr int VisibleRows = 3;

} // namespace

MetadataEditor::MetadataEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add pair"), this))
    , m_remove(new QPushButton(tr("Remove pair"), this))
    , m_hint(new QLabel(this))
{
    setAccessibleName(tr("Metadata"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->setAccessibleName(tr("Metadata pairs"));
    m_table->setAccessibleDescription(tr("Each row is one metadata key and its value."));
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(KeyColumn, 160);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    // Not CurrentChanged: Add opens the new key for typing itself.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // A few rows at a time, scrolling beyond: metadata is optional and rarely long.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rowHeight * VisibleRows + 2 * m_table->frameWidth());

    m_add->setAccessibleName(tr("Add metadata pair"));
    m_add->setAutoDefault(false);
    m_remove->setAccessibleName(tr("Remove the selected metadata pair"));
    m_remove->setAutoDefault(false);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Metadata limits"));
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    setFocusProxy(m_table);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_table->setCurrentCell(row, KeyColumn);
        m_table->editItem(m_table->item(row, KeyColumn));
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        removeRow(row);
        emit edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        updateHint();
        emit edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &MetadataEditor::updateButtons);
    updateButtons();
    updateHint();
}

void MetadataEditor::setLimits(const MetadataLimits &limits)
{
    m_limits = limits;
    updateHint();
}

Metadata MetadataEditor::metadata() const
{
    Metadata result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, KeyColumn)->text();
        const QString value = m_table->item(row, ValueColumn)->text();
        if (key.isEmpty() && value.isEmpty())
            continue;
        result.insert(key, value);
    }
    return result;
}

void MetadataEditor::setMetadata(const Metadata &metadata)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const QString &key : metadata.keys())
        addRow(key, metadata.text(key));
    m_filling = false;
    updateButtons();
    updateHint();
}

int MetadataEditor::addRow(const QString &key, const QString &value)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(key));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    m_filling = wasFilling;
    updateButtons();
    updateHint();
    return row;
}

void MetadataEditor::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    updateButtons();
    updateHint();
}

int MetadataEditor::rowCount() const
{
    return m_table->rowCount();
}

ValidationResult MetadataEditor::validate(const QString &fieldPrefix) const
{
    ValidationResult result = metadata().validate(m_limits, fieldPrefix);
    QStringList seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, KeyColumn)->text();
        if (key.isEmpty())
            continue;
        if (seen.contains(key)) {
            result.add(
                fieldPrefix + QLatin1Char('.') + key,
                tr("The metadata key “%1” appears more than once: keep one row for it.").arg(key));
        }
        seen.append(key);
    }
    return result;
}

void MetadataEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}

void MetadataEditor::updateHint()
{
    // Paydesk keeps one key for itself (the request id of each create).
    const int allowed = m_limits.maxKeys - 1;
    m_hint->setText(tr("%1 of %2 pairs · keys up to %3 characters, values up to %4")
                        .arg(metadata().size())
                        .arg(allowed)
                        .arg(m_limits.maxKeyLength)
                        .arg(m_limits.maxValueLength));
}

} // namespace paydesk
