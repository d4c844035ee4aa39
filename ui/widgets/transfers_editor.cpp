#include "ui/widgets/transfers_editor.h"

#include "models/fields.h"
#include "ui/widgets/palette_colours.h"

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
    RecipientColumn,
    AmountColumn,
};

} // namespace

TransfersEditor::TransfersEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add &transfer"), this))
    , m_remove(new QPushButton(tr("Remove transfer"), this))
    , m_remaining(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setAccessibleName(tr("Transfers"));
    m_table->setObjectName(QStringLiteral("transfersTable"));
    m_table->setAccessibleName(tr("Transfers to other accounts"));
    m_table->setHorizontalHeaderLabels({tr("Receiving account"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(RecipientColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    m_add->setObjectName(QStringLiteral("addTransferButton"));
    m_add->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeTransferButton"));
    m_remove->setAutoDefault(false);
    m_remaining->setObjectName(QStringLiteral("remainingLabel"));
    m_remaining->setAccessibleName(tr("Left for this account"));
    m_remaining->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setObjectName(QStringLiteral("transferProblems"));
    m_problems->setAccessibleName(tr("Transfer problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_problems->palette();
    errorPalette.setColor(QPalette::WindowText, colours::errorText(errorPalette));
    m_problems->setPalette(errorPalette);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_remaining);
    layout->addWidget(m_problems);
    setFocusProxy(m_table);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_table->setCurrentCell(row, RecipientColumn);
        m_table->editItem(m_table->item(row, RecipientColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeRow(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        updateRemaining();
        emit edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &TransfersEditor::updateButtons);
    updateRemaining();
    updateButtons();
}

void TransfersEditor::setPayment(const std::optional<Money> &amount, const QString &currency)
{
    m_amount = amount;
    m_currency = currency;
    updateRemaining();
}

QList<TransferDraft> TransfersEditor::transfers() const
{
    QList<TransferDraft> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString recipient = m_table->item(row, RecipientColumn)->text().trimmed();
        const QString amountText = m_table->item(row, AmountColumn)->text().trimmed();
        if (recipient.isEmpty() && amountText.isEmpty())
            continue;
        TransferDraft transfer;
        transfer.recipient = recipient;
        const Money::ParseResult parsed = Money::parse(amountText, m_currency, locale());
        if (parsed.ok())
            transfer.amount = *parsed.value;
        result.append(transfer);
    }
    return result;
}

ValidationResult TransfersEditor::parseErrors() const
{
    ValidationResult result;
    int index = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString recipient = m_table->item(row, RecipientColumn)->text().trimmed();
        const QString amountText = m_table->item(row, AmountColumn)->text().trimmed();
        if (recipient.isEmpty() && amountText.isEmpty())
            continue;
        if (!amountText.isEmpty()) {
            const Money::ParseResult parsed = Money::parse(amountText, m_currency, locale());
            if (!parsed.ok())
                result.add(field::transfer(index, field::TransferAmount),
                           tr("Transfer %1: %2").arg(index + 1).arg(parsed.error));
        }
        ++index;
    }
    return result;
}

int TransfersEditor::addRow(const QString &recipient, const QString &amount)
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *account = new QTableWidgetItem(recipient);
    account->setToolTip(tr("The receiving account's name, such as accounts/acct_123"));
    m_table->setItem(row, RecipientColumn, account);
    auto *money = new QTableWidgetItem(amount);
    money->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, AmountColumn, money);
    m_filling = false;
    updateRemaining();
    updateButtons();
    emit edited();
    return row;
}

void TransfersEditor::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    updateRemaining();
    updateButtons();
    emit edited();
}

int TransfersEditor::rowCount() const
{
    return m_table->rowCount();
}

void TransfersEditor::showErrors(const ValidationResult &result)
{
    // Rows the person left empty are not transfers: map each transfer back to its row.
    QList<int> rowOfTransfer;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!m_table->item(row, RecipientColumn)->text().trimmed().isEmpty() ||
            !m_table->item(row, AmountColumn)->text().trimmed().isEmpty())
            rowOfTransfer.append(row);
    }
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {RecipientColumn, AmountColumn}) {
            QTableWidgetItem *item = m_table->item(row, column);
            item->setData(Qt::BackgroundRole, QVariant());
            item->setData(Qt::ToolTipRole, column == RecipientColumn
                                               ? tr("The receiving account's name, such as "
                                                    "accounts/acct_123")
                                               : QVariant());
        }
    }
    QStringList messages;
    const QColor marked = colours::tint(palette(), colours::errorText(palette()), 0.25);
    for (const FieldError &error : result.errors()) {
        if (!error.field.startsWith(QString(field::Transfers)))
            continue;
        messages.append(error.message);
        const qsizetype open = error.field.indexOf(QLatin1Char('['));
        const qsizetype close = error.field.indexOf(QLatin1Char(']'));
        if (open < 0 || close < open)
            continue;
        const int index = error.field.mid(open + 1, close - open - 1).toInt();
        if (index < 0 || index >= rowOfTransfer.size())
            continue;
        const int column =
            error.field.endsWith(QString(field::TransferAmount)) ? AmountColumn : RecipientColumn;
        QTableWidgetItem *item = m_table->item(rowOfTransfer.at(index), column);
        item->setData(Qt::BackgroundRole, marked);
        item->setData(Qt::ToolTipRole, error.message);
    }
    m_filling = false;
    messages.removeDuplicates();
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
}

void TransfersEditor::updateRemaining()
{
    if (!m_amount || !m_amount->isValid()) {
        m_remaining->setText(tr("Enter the amount to see what is left for this account."));
        return;
    }
    qint64 passedOn = 0;
    for (const TransferDraft &transfer : transfers()) {
        if (transfer.amount.isValid() && transfer.amount.currency() == m_amount->currency())
            passedOn += transfer.amount.minorUnits();
    }
    const Money left(m_amount->minorUnits() - passedOn, m_amount->currency());
    m_remaining->setText(tr("Left for this account: %1 of %2")
                             .arg(left.toString(locale()), m_amount->toString(locale())));
    m_remaining->setForegroundRole(left.minorUnits() < 0 ? QPalette::WindowText
                                                         : QPalette::PlaceholderText);
}

void TransfersEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace paydesk
