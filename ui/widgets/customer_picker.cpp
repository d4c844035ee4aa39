#include "ui/widgets/customer_picker.h"

#include "models/customer_filter_model.h"
#include "models/customer_table_model.h"
#include "models/drafts.h"
#include "models/fields.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace paydesk {

namespace {

// One line per customer in the drop-down: "Ada Lovelace · ada@example.com".
class CustomerChoiceModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
            return QIdentityProxyModel::data(index, role);
        const QVariant resource = index.data(ResourceTableModel::ResourceRole);
        if (!resource.canConvert<Customer>())
            return QIdentityProxyModel::data(index, role);
        const Customer customer = resource.value<Customer>();
        const QString name = customer.displayName();
        if (!customer.email.isEmpty() && customer.email != name)
            return QStringLiteral("%1 · %2").arg(name, customer.email);
        return name;
    }
};

} // namespace

CustomerPicker::CustomerPicker(CustomerTableModel *customers, QWidget *parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_matches(new CustomerFilterModel(this))
    , m_completer(new QCompleter(this))
    , m_search(new QLineEdit(this))
    , m_selection(new QLabel(this))
{
    setAccessibleName(tr("Customer"));
    m_matches->setSourceModel(customers);
    m_matches->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_matches->sort(CustomerTableModel::NameColumn);
    auto *choices = new CustomerChoiceModel(this);
    choices->setSourceModel(m_matches);

    m_search->setPlaceholderText(tr("Search by name, email or customer ID"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setAccessibleDescription(
        tr("Type part of a name, email or ID; choose from the list that drops down."));
    m_search->setClearButtonEnabled(true);

    m_completer->setModel(choices);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionColumn(CustomerTableModel::NameColumn);
    m_completer->setMaxVisibleItems(8);
    // Down on the last (or only) match keeps it highlighted: wrapping would clear the highlight
    // and Enter would then choose nothing.
    m_completer->setWrapAround(false);
    m_completer->setWidget(m_search);
    m_completer->popup()->setAccessibleName(tr("Matching customers"));

    m_selection->setWordWrap(true);
    m_selection->setTextFormat(Qt::PlainText);
    m_selection->setAccessibleName(tr("Chosen customer"));
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_selection);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textEdited, this, &CustomerPicker::onTextEdited);
    // Enter in the field takes the first match (see eventFilter()). While the drop-down is open
    // it takes Enter itself, choosing its current row.
    m_search->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                choose(index.data(ResourceTableModel::IdRole).toString());
                emit edited();
            });
    // The list may load (or learn a name) after a customer was chosen by id.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(customers, signal, this, &CustomerPicker::updateSelectionLabel);
    connect(customers, &QAbstractItemModel::dataChanged, this,
            &CustomerPicker::updateSelectionLabel);
    connect(customers, &QAbstractItemModel::modelReset, this,
            &CustomerPicker::updateSelectionLabel);
    updateSelectionLabel();
}

void CustomerPicker::setCustomerId(const QString &id)
{
    choose(id.trimmed());
}

std::optional<Customer> CustomerPicker::customer() const
{
    const int row = m_id.isEmpty() ? -1 : m_customers->rowOf(m_id);
    if (row < 0)
        return std::nullopt;
    return m_customers->at(row);
}

QString CustomerPicker::customerName() const
{
    if (const auto chosen = customer())
        return chosen->displayName();
    return m_id;
}

bool CustomerPicker::isUnresolved() const
{
    return m_id.isEmpty() && !m_search->text().trimmed().isEmpty();
}

ValidationResult CustomerPicker::inputErrors() const
{
    ValidationResult result;
    if (isUnresolved())
        result.add(field::Customer, tr("Pick a customer from the list or clear the field."));
    return result;
}

bool CustomerPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on unresolved text, the drop-down closed: take the first match and stay in the
    // form, so the person sees whom Enter chose before anything is sent. With no match Enter
    // goes on to the dialog, whose check then refuses the unresolved text.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && isUnresolved() &&
            !m_completer->popup()->isVisible()) {
            if (chooseFirstMatch())
                return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerPicker::onTextEdited(const QString &text)
{
    if (!m_id.isEmpty() && text != m_chosenText) {
        m_id.clear();
        m_chosenText.clear();
        updateSelectionLabel();
        emit customerChanged(m_id);
    }
    emit edited();
    const QString query = text.trimmed();
    if (rules::isUuid(query)) {
        m_completer->popup()->hide();
        choose(query);
        return;
    }
    m_matches->setText(query);
    if (query.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    if (m_matches->rowCount() == 0) {
        m_completer->popup()->hide();
        updateSelectionLabel();
        return;
    }
    m_completer->complete();
    // Enter takes the best match without an extra arrow key.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    updateSelectionLabel();
}

void CustomerPicker::choose(const QString &id)
{
    const bool changed = id != m_id;
    m_id = id;
    if (m_id.isEmpty()) {
        m_chosenText.clear();
        m_search->clear();
    } else {
        const auto chosen = customer();
        m_chosenText = chosen ? chosen->displayName() : m_id;
        m_search->setText(m_chosenText);
    }
    m_matches->setText(QString());
    updateSelectionLabel();
    if (changed)
        emit customerChanged(m_id);
}

bool CustomerPicker::chooseFirstMatch()
{
    if (m_search->text().trimmed().isEmpty() || m_matches->rowCount() == 0)
        return false;
    choose(m_matches->index(0, 0).data(ResourceTableModel::IdRole).toString());
    emit edited();
    return true;
}

void CustomerPicker::updateSelectionLabel()
{
    if (m_id.isEmpty()) {
        const QString query = m_search->text().trimmed();
        if (!query.isEmpty() && m_matches->rowCount() == 0 && !m_matches->filter().text.isEmpty())
            m_selection->setText(tr("No loaded customer matches “%1”.").arg(query));
        else
            m_selection->setText(tr("No customer chosen."));
        return;
    }
    if (const auto chosen = customer()) {
        QStringList parts{chosen->displayName()};
        if (!chosen->email.isEmpty() && chosen->email != chosen->displayName())
            parts.append(chosen->email);
        parts.append(chosen->id);
        m_selection->setText(tr("Chosen: %1").arg(parts.join(QStringLiteral(" · "))));
        // A name learnt after the id was set replaces the bare id in the field.
        if (m_search->text() == m_id && chosen->displayName() != m_id) {
            m_chosenText = chosen->displayName();
            m_search->setText(m_chosenText);
        }
        return;
    }
    m_selection->setText(tr("Chosen: customer %1 (not in the loaded list)").arg(m_id));
}

} // namespace paydesk
