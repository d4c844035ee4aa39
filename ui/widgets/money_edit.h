#pragma once

#include "models/money.h"

#include <QLineEdit>

#include <optional>

namespace paydesk {

// An amount in major units ("12.34", or "12,34" where the locale writes it so), converted
// exactly by Money::parse in the widget's locale and currency: no floating point on the way.
// What the person typed is never rewritten; errorText() names the rule it breaks.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    // ISO 4217 code deciding the decimal places ("USD": 2, "JPY": 0).
    void setCurrency(const QString &code);
    QString currency() const { return m_currency; }

    void setSignRule(Money::SignRule rule);
    Money::SignRule signRule() const { return m_rule; }

    Money::ParseResult parseResult() const;
    // The amount, or nullopt when the text is empty or breaks a rule.
    std::optional<Money> money() const;
    // Shows `money` in this locale's notation ("1234.50", "1234,50") and takes its currency.
    void setMoney(const Money &money);

    bool isBlank() const { return text().trimmed().isEmpty(); }
    // Why the text is not an amount; empty when it is one or when nothing was typed.
    QString errorText() const;

signals:
    // The amount may have changed (text, currency or locale).
    void moneyChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePlaceholder();

    QString m_currency = QStringLiteral("USD");
    Money::SignRule m_rule = Money::SignRule::Positive;
};

} // namespace paydesk
