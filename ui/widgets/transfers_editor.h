#pragma once

#include "models/drafts.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace paydesk {

// Parts of a payment passed on to other accounts once it succeeds (a split payment): one row
// per receiving account, with what is left for the merchant shown live under the table. Each
// rule of the draft is shown at its row as the person types (the offending cell marked, its
// message as the cell's tooltip) and in the line under the table.
class TransfersEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersEditor(QWidget *parent = nullptr);

    // The payment being split: the currency the amounts are read in, and what they share.
    void setPayment(const std::optional<Money> &amount, const QString &currency);

    // The rows typed so far; rows left entirely empty are skipped. An amount that cannot be
    // read is kept as an invalid Money, so the draft's check names it.
    QList<TransferDraft> transfers() const;
    int addRow(const QString &recipient = {}, const QString &amount = {});
    void removeRow(int row);
    int rowCount() const;

    // Marks the cells the errors name (`transfers[i].recipient`, `transfers[i].amount`) and
    // lists the messages under the table; errors for other fields are ignored.
    void showErrors(const ValidationResult &result);
    // The amounts that could not be read, as errors on their cells.
    ValidationResult parseErrors() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *remainingLabel() const { return m_remaining; }
    QLabel *problemsLabel() const { return m_problems; }

signals:
    void edited();

private:
    void updateRemaining();
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_remaining;
    QLabel *m_problems;
    std::optional<Money> m_amount;
    QString m_currency;
    bool m_filling = false;
};

} // namespace paydesk
