#include "ui/widgets/money_edit.h"

#include <QEvent>

namespace paydesk {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    setClearButtonEnabled(false);
    updatePlaceholder();
    connect(this, &QLineEdit::textChanged, this, &MoneyEdit::moneyChanged);
}

void MoneyEdit::setCurrency(const QString &code)
{
    const QString normalized = Currency::normalize(code);
    if (normalized == m_currency)
        return;
    m_currency = normalized;
    updatePlaceholder();
    emit moneyChanged();
}

void MoneyEdit::setSignRule(Money::SignRule rule)
{
    m_rule = rule;
    emit moneyChanged();
}

Money::ParseResult MoneyEdit::parseResult() const
{
    return Money::parse(text(), m_currency, locale(), m_rule);
}

std::optional<Money> MoneyEdit::money() const
{
    return parseResult().value;
}

void MoneyEdit::setMoney(const Money &money)
{
    if (money.isValid())
        setCurrency(money.currency());
    setText(money.isValid() ? money.toLocaleDecimalString(locale()) : QString());
}

QString MoneyEdit::errorText() const
{
    if (isBlank())
        return {};
    return parseResult().error;
}

void MoneyEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LocaleChange) {
        updatePlaceholder();
        emit moneyChanged();
    }
}

void MoneyEdit::updatePlaceholder()
{
    // "0.00" or "0,00": shows the decimal separator and places this currency takes.
    setPlaceholderText(Money(0, m_currency).toLocaleDecimalString(locale()));
}

} // namespace paydesk
