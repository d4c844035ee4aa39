#pragma once

#include "models/resources.h"
#include "network/call_handle.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace paydesk {

class PaymentProvider;

// One of a customer's saved payment methods, loaded from the provider when the customer is
// set. Each shows its brand and last digits with the provider's description ("visa •••• 4242 —
// Test card: payments succeed"); no card number is ever asked for.
class PaymentMethodPicker : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        NoCustomer,
        Loading,
        Ready,  // loaded; may hold no methods
        Failed, // the load failed; reload() tries again
    };
    Q_ENUM(State)

    explicit PaymentMethodPicker(PaymentProvider *provider, QWidget *parent = nullptr);

    // Loads `id`'s payment methods (cancelling a load under way); empty: none.
    void setCustomerId(const QString &id);
    QString customerId() const { return m_customerId; }
    void reload();

    State state() const { return m_state; }
    QList<PaymentMethod> paymentMethods() const { return m_methods; }
    QString paymentMethodId() const;
    std::optional<PaymentMethod> paymentMethod() const;
    void setPaymentMethodId(const QString &id);
    // Selects the first method that is not `id` (after a decline on it); false when there is
    // no other.
    bool chooseAnotherThan(const QString &id);

    QComboBox *comboBox() const { return m_combo; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void stateChanged(paydesk::PaymentMethodPicker::State state);
    // A person chose another method.
    void edited();

private:
    void setState(State state, const QString &message);
    void fill(const QList<PaymentMethod> &methods);

    PaymentProvider *m_provider;
    QComboBox *m_combo;
    QLabel *m_status;
    QPushButton *m_retry;
    QString m_customerId;
    QList<PaymentMethod> m_methods;
    CallHandle m_load;
    State m_state = State::NoCustomer;
};

} // namespace paydesk
