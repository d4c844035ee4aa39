#include "ui/widgets/payment_method_picker.h"

#include "network/payment_provider.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

namespace {

QString methodText(const PaymentMethod &method)
{
    const QString name = method.displayName();
    if (method.description.isEmpty() || method.description == name)
        return name;
    return PaymentMethodPicker::tr("%1 — %2").arg(name, method.description);
}

} // namespace

PaymentMethodPicker::PaymentMethodPicker(PaymentProvider *provider, QWidget *parent)
    : QWidget(parent)
    , m_provider(provider)
    , m_combo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Load again"), this))
{
    setAccessibleName(tr("Payment method"));
    m_combo->setAccessibleName(tr("Saved payment method"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(28);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Payment methods status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_retry->setAccessibleName(tr("Load the payment methods again"));
    m_retry->setAutoDefault(false);
    m_retry->hide();

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addLayout(statusRow);
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::activated, this, &PaymentMethodPicker::edited);
    connect(m_retry, &QPushButton::clicked, this, &PaymentMethodPicker::reload);
    setState(State::NoCustomer, tr("Choose a customer to see their saved payment methods."));
}

void PaymentMethodPicker::setCustomerId(const QString &id)
{
    if (id == m_customerId && m_state != State::Failed)
        return;
    m_customerId = id;
    reload();
}

void PaymentMethodPicker::reload()
{
    m_load.cancel();
    fill({});
    if (m_customerId.isEmpty()) {
        setState(State::NoCustomer, tr("Choose a customer to see their saved payment methods."));
        return;
    }
    setState(State::Loading, tr("Loading the customer's payment methods…"));
    const QString customerId = m_customerId;
    m_load = m_provider->listPaymentMethods(
        customerId, PageQuery{}, this,
        [this, customerId](const Result<Page<PaymentMethod>> &result) {
            if (customerId != m_customerId)
                return;
            if (!result.ok()) {
                if (result.error().kind == ApiErrorKind::Cancelled)
                    return;
                setState(State::Failed,
                         tr("Could not load the payment methods: %1").arg(result.error().message));
                return;
            }
            fill(result.value().items);
            setState(State::Ready,
                     m_methods.isEmpty()
                         ? tr("This customer has no saved payment methods. Send a checkout "
                              "link instead.")
                         : tr("%n saved payment method(s).", nullptr, int(m_methods.size())));
        });
}

QString PaymentMethodPicker::paymentMethodId() const
{
    return m_combo->currentData().toString();
}

std::optional<PaymentMethod> PaymentMethodPicker::paymentMethod() const
{
    const QString id = paymentMethodId();
    for (const PaymentMethod &method : m_methods) {
        if (method.id == id)
            return method;
    }
    return std::nullopt;
}

void PaymentMethodPicker::setPaymentMethodId(const QString &id)
{
    const int index = m_combo->findData(id);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

bool PaymentMethodPicker::chooseAnotherThan(const QString &id)
{
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i).toString() != id) {
            m_combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void PaymentMethodPicker::setState(State state, const QString &message)
{
    m_state = state;
    m_status->setText(message);
    m_status->setForegroundRole(state == State::Failed ? QPalette::WindowText
                                                       : QPalette::PlaceholderText);
    m_retry->setVisible(state == State::Failed);
    m_combo->setEnabled(state == State::Ready && !m_methods.isEmpty());
    emit stateChanged(state);
}

void PaymentMethodPicker::fill(const QList<PaymentMethod> &methods)
{
    m_methods = methods;
    m_combo->clear();
    for (const PaymentMethod &method : methods)
        m_combo->addItem(methodText(method), method.id);
}

} // namespace paydesk
