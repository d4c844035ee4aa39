#pragma once

#include "models/resources.h"
#include "models/validation.h"

#include <QWidget>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;

namespace paydesk {

class CustomerFilterModel;
class CustomerTableModel;

// Chooses one customer by typing part of a name, email or id: the matches of the session's
// customer list drop down as the person types (Enter takes the first), and a line under the
// field says plainly who is chosen. A pasted customer id is taken as it is, so customers the
// list has not loaded can still be used. Text that names no chosen customer is never read as
// "no customer": inputErrors() reports it, and Enter in the field chooses or stays in the field
// rather than letting a dialog send a form without the customer the person meant.
class CustomerPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPicker(CustomerTableModel *customers, QWidget *parent = nullptr);

    QString customerId() const { return m_id; }
    // Chooses `id` (empty: none) and shows its name once the list has it.
    void setCustomerId(const QString &id);
    // The chosen customer, when the list holds it.
    std::optional<Customer> customer() const;
    // The chosen customer's display name, else its id; empty when none is chosen.
    QString customerName() const;
    // Something is typed but no customer is chosen from it.
    bool isUnresolved() const;
    // An error on the customer field while the typed text is unresolved.
    ValidationResult inputErrors() const;

    QLineEdit *searchField() const { return m_search; }
    QLabel *selectionLabel() const { return m_selection; }
    QCompleter *completer() const { return m_completer; }
    // The customers matching what is typed, in the order the drop-down shows them.
    CustomerFilterModel *matches() const { return m_matches; }

signals:
    void customerChanged(const QString &id);
    // A person typed or chose something.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void choose(const QString &id);
    bool chooseFirstMatch();
    void updateSelectionLabel();

    CustomerTableModel *m_customers;
    CustomerFilterModel *m_matches;
    QCompleter *m_completer;
    QLineEdit *m_search;
    QLabel *m_selection;
    QString m_id;
    QString m_chosenText;
};

} // namespace paydesk
