#include "ui/widgets/line_items_editor.h"

#include "models/fields.h"
#include "ui/widgets/form_errors.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/palette_colours.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace paydesk {

namespace {

enum Column
{
    NameColumn,
    DescriptionColumn,
    PriceColumn,
    QuantityColumn,
    RemoveColumn,
    ColumnCount
};

} // namespace

LineItemsEditor::LineItemsEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_listError(FormErrors::createLabel(this))
    , m_add(new QPushButton(tr("&Add item"), this))
    , m_total(new QLabel(this))
{
    setAccessibleName(tr("Items"));
    for (const QString &title :
         {tr("Item"), tr("Description (optional)"), tr("Unit price"), tr("Quantity")}) {
        auto *header = new QLabel(title, this);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        m_headers.append(header);
    }
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(NameColumn, 3);
    m_grid->setColumnStretch(DescriptionColumn, 4);
    m_grid->setColumnStretch(PriceColumn, 2);
    m_grid->setColumnStretch(QuantityColumn, 1);

    m_add->setAccessibleName(tr("Add an item"));
    m_add->setAutoDefault(false);
    m_total->setAccessibleName(tr("Total"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_add);
    footer->addStretch();
    footer->addWidget(m_total);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_grid);
    layout->addWidget(m_listError);
    layout->addLayout(footer);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int index = addItem();
        nameEdit(index)->setFocus();
        emit edited();
    });
    addItem();
}

void LineItemsEditor::setCurrency(const QString &code)
{
    m_currency = Currency::normalize(code);
    for (const Row &row : std::as_const(m_rows))
        row.price->setCurrency(m_currency);
    updateTotal();
}

int LineItemsEditor::addItem(const CheckoutLineItemDraft &item)
{
    Row row;
    row.name = new QLineEdit(item.name, this);
    row.name->setPlaceholderText(tr("What the customer pays for"));
    row.description = new QLineEdit(item.description, this);
    row.price = new MoneyEdit(this);
    row.price->setCurrency(m_currency);
    if (item.unitPrice.isValid())
        row.price->setMoney(item.unitPrice);
    row.price->setMinimumWidth(90);
    row.quantity = new QSpinBox(this);
    // 0 can be typed and is refused with its reason, never quietly put back to 1.
    row.quantity->setRange(0, MaxQuantity);
    row.quantity->setValue(int(std::clamp<qint64>(item.quantity, 1, MaxQuantity)));
    row.quantity->setMinimumWidth(70);
    row.remove = new QToolButton(this);
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton, nullptr, this));
    row.remove->setAutoRaise(true);
    row.error = FormErrors::createLabel(this);

    m_rows.append(row);

    for (QLineEdit *edit : {row.name, row.description, static_cast<QLineEdit *>(row.price)})
        connect(edit, &QLineEdit::textEdited, this, &LineItemsEditor::edited);
    connect(row.price, &MoneyEdit::moneyChanged, this, &LineItemsEditor::updateTotal);
    connect(row.quantity, &QSpinBox::valueChanged, this, [this] {
        updateTotal();
        emit edited();
    });
    QToolButton *remove = row.remove;
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int i = 0; i < count(); ++i) {
            if (m_rows.at(i).remove == remove) {
                removeItem(i);
                emit edited();
                return;
            }
        }
    });

    relayout();
    // Shown now, not on the layout's next pass, so the new line can take the focus at once.
    for (QWidget *widget :
         {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.description),
          static_cast<QWidget *>(row.price), static_cast<QWidget *>(row.quantity),
          static_cast<QWidget *>(row.remove)})
        widget->show();
    // Keep the tab order row by row, with Add after the last line.
    QWidget *previous =
        count() > 1 ? static_cast<QWidget *>(m_rows.at(count() - 2).remove) : nullptr;
    for (QWidget *next : {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.description),
                          static_cast<QWidget *>(row.price), static_cast<QWidget *>(row.quantity),
                          static_cast<QWidget *>(row.remove), static_cast<QWidget *>(m_add)}) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
    rebindErrors();
    updateTotal();
    return count() - 1;
}

void LineItemsEditor::removeItem(int index)
{
    if (index < 0 || index >= count())
        return;
    const Row row = m_rows.takeAt(index);
    for (QWidget *widget :
         {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.description),
          static_cast<QWidget *>(row.price), static_cast<QWidget *>(row.quantity),
          static_cast<QWidget *>(row.remove), static_cast<QWidget *>(row.error)}) {
        widget->hide();
        widget->deleteLater();
    }
    relayout();
    rebindErrors();
    updateTotal();
    if (count() > 0)
        nameEdit(std::min(index, count() - 1))->setFocus();
    else
        m_add->setFocus();
}

QList<CheckoutLineItemDraft> LineItemsEditor::items() const
{
    QList<CheckoutLineItemDraft> result;
    for (const Row &row : m_rows) {
        CheckoutLineItemDraft item;
        item.name = row.name->text();
        item.description = row.description->text();
        item.unitPrice = row.price->money().value_or(Money());
        item.quantity = row.quantity->value();
        result.append(item);
    }
    return result;
}

ValidationResult LineItemsEditor::inputErrors() const
{
    ValidationResult result;
    for (int i = 0; i < count(); ++i) {
        const int number = i + 1;
        const QString error = m_rows.at(i).price->errorText();
        if (!error.isEmpty()) {
            result.add(field::lineItem(i, field::ItemUnitPrice),
                       tr("Item %1: %2").arg(number).arg(error));
        }
        if (m_rows.at(i).quantity->value() < 1) {
            result.add(field::lineItem(i, field::ItemQuantity),
                       tr("Item %1: Quantity must be at least 1.").arg(number));
        }
    }
    return result;
}

std::optional<Money> LineItemsEditor::total() const
{
    return m_sum;
}

void LineItemsEditor::bindErrors(FormErrors *errors)
{
    m_errors = errors;
    rebindErrors();
}

QLineEdit *LineItemsEditor::nameEdit(int index) const
{
    return m_rows.at(index).name;
}

QLineEdit *LineItemsEditor::descriptionEdit(int index) const
{
    return m_rows.at(index).description;
}

MoneyEdit *LineItemsEditor::priceEdit(int index) const
{
    return m_rows.at(index).price;
}

QSpinBox *LineItemsEditor::quantityEdit(int index) const
{
    return m_rows.at(index).quantity;
}

QToolButton *LineItemsEditor::removeButton(int index) const
{
    return m_rows.at(index).remove;
}

QLabel *LineItemsEditor::errorLabel(int index) const
{
    return m_rows.at(index).error;
}

void LineItemsEditor::relayout()
{
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item;
    for (int column = 0; column < m_headers.size(); ++column)
        m_grid->addWidget(m_headers.at(column), 0, column);
    for (int i = 0; i < count(); ++i) {
        const Row &row = m_rows.at(i);
        const int line = 1 + 2 * i;
        m_grid->addWidget(row.name, line, NameColumn);
        m_grid->addWidget(row.description, line, DescriptionColumn);
        m_grid->addWidget(row.price, line, PriceColumn);
        m_grid->addWidget(row.quantity, line, QuantityColumn);
        m_grid->addWidget(row.remove, line, RemoveColumn);
        m_grid->addWidget(row.error, line + 1, NameColumn, 1, ColumnCount);
    }
    updateAccessibleNames();
}

void LineItemsEditor::rebindErrors()
{
    if (!m_errors)
        return;
    m_errors->unbindPrefix(field::LineItems);
    m_errors->bind(field::LineItems, this, m_listError);
    for (int i = 0; i < count(); ++i) {
        const Row &row = m_rows.at(i);
        m_errors->bind(field::lineItem(i), row.name, row.error);
        m_errors->bind(field::lineItem(i, field::ItemName), row.name, row.error);
        m_errors->bind(field::lineItem(i, field::ItemDescription), row.description, row.error);
        m_errors->bind(field::lineItem(i, field::ItemUnitPrice), row.price, row.error);
        m_errors->bind(field::lineItem(i, field::ItemCurrency), row.price, row.error);
        m_errors->bind(field::lineItem(i, field::ItemQuantity), row.quantity, row.error);
    }
}

void LineItemsEditor::updateTotal()
{
    m_overflow = false;
    std::optional<Money> sum = Money(0, m_currency);
    int missing = 0;
    for (const Row &row : std::as_const(m_rows)) {
        const std::optional<Money> price = row.price->money();
        if (!price) {
            ++missing;
            continue;
        }
        const std::optional<Money> line = price->checkedMultiply(row.quantity->value());
        sum = (line && sum) ? sum->checkedAdd(*line) : std::nullopt;
        if (!sum) {
            m_overflow = true;
            break;
        }
    }
    QPalette palette = m_total->palette();
    palette.setColor(QPalette::WindowText, m_overflow
                                               ? colours::errorText(palette)
                                               : this->palette().color(QPalette::WindowText));
    m_total->setPalette(palette);
    if (m_rows.isEmpty()) {
        m_sum.reset();
        m_total->setText(tr("No items yet"));
    } else if (m_overflow) {
        m_sum.reset();
        m_total->setText(tr("The items add up to more than Paydesk can hold."));
    } else if (missing > 0) {
        m_sum.reset();
        m_total->setText(tr("Total: %1 so far (%n item(s) without a valid price)", nullptr, missing)
                             .arg(sum->toString(locale())));
    } else {
        m_sum = sum;
        m_total->setText(tr("Total: %1").arg(sum->toString(locale())));
    }
    m_total->setAccessibleDescription(m_total->text());
    emit totalChanged();
}

void LineItemsEditor::updateAccessibleNames()
{
    for (int i = 0; i < count(); ++i) {
        const Row &row = m_rows.at(i);
        const int number = i + 1;
        row.name->setAccessibleName(tr("Item %1 name").arg(number));
        row.description->setAccessibleName(tr("Item %1 description").arg(number));
        row.price->setAccessibleName(tr("Item %1 unit price").arg(number));
        row.quantity->setAccessibleName(tr("Item %1 quantity").arg(number));
        row.remove->setAccessibleName(tr("Remove item %1").arg(number));
        row.remove->setToolTip(tr("Remove item %1").arg(number));
        row.error->setAccessibleName(tr("Item %1 error").arg(number));
    }
}

} // namespace paydesk
