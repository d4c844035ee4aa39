#pragma once

#include "models/drafts.h"

#include <QList>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace paydesk {

class FormErrors;
class MoneyEdit;

// The lines of a checkout session: name, description, unit price and quantity per line, with
// add and remove, and a live total in exact Money arithmetic (an overflow is said, never
// wrapped). Each line has its own error line under it, bound to the API paths
// `line_items[i]...` in a FormErrors.
class LineItemsEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxQuantity = 999999;

    explicit LineItemsEditor(QWidget *parent = nullptr);

    void setCurrency(const QString &code);
    QString currency() const { return m_currency; }

    int count() const { return int(m_rows.size()); }
    // Appends a line (prefilled when given) and returns its index.
    int addItem(const CheckoutLineItemDraft &item = {});
    void removeItem(int index);

    // The lines as typed. A price that is not an amount comes as an invalid Money.
    QList<CheckoutLineItemDraft> items() const;
    // What the fields themselves know is wrong (a price that breaks a rule of Money::parse), on
    // the API's paths. Empty prices are left to CheckoutSessionDraft::validate.
    ValidationResult inputErrors() const;
    // The sum of every line; nullopt while a price is missing or wrong, or on overflow.
    std::optional<Money> total() const;
    bool totalOverflows() const { return m_overflow; }

    // Errors for `line_items` and `line_items[i]...` go to this editor's lines from now on,
    // including lines added later.
    void bindErrors(FormErrors *errors);

    QLineEdit *nameEdit(int index) const;
    QLineEdit *descriptionEdit(int index) const;
    MoneyEdit *priceEdit(int index) const;
    QSpinBox *quantityEdit(int index) const;
    QToolButton *removeButton(int index) const;
    QLabel *errorLabel(int index) const;
    QLabel *totalLabel() const { return m_total; }
    QPushButton *addButton() const { return m_add; }

signals:
    void edited();
    void totalChanged();

private:
    struct Row
    {
        QLineEdit *name;
        QLineEdit *description;
        MoneyEdit *price;
        QSpinBox *quantity;
        QToolButton *remove;
        QLabel *error;
    };

    void relayout();
    void rebindErrors();
    void updateTotal();
    void updateAccessibleNames();

    QString m_currency = QStringLiteral("USD");
    QList<Row> m_rows;
    QGridLayout *m_grid;
    QList<QLabel *> m_headers;
    QLabel *m_listError;
    QPushButton *m_add;
    QLabel *m_total;
    FormErrors *m_errors = nullptr;
    std::optional<Money> m_sum;
    bool m_overflow = false;
};

} // namespace paydesk
