#pragma once

#include "models/resources.h"
#include "network/call_handle.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace paydesk {

class PaymentProvider;

// The card terminal to take a payment on, from the provider's list of the account's devices.
// Each shows its name and model; one that cannot take this payment (not active, or not taking
// the currency) is listed but disabled, with the reason as its tooltip and under the box when
// it is the one chosen. The terminal used last is chosen again where it can be.
class DevicePicker : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Idle, // not loaded yet
        Loading,
        Ready,  // loaded; may hold no devices
        Failed, // the load failed; reload() tries again
    };
    Q_ENUM(State)

    // `rememberKey`: where the terminal used last is kept (QSettings), such as one per profile.
    DevicePicker(PaymentProvider *provider, const QString &rememberKey, QWidget *parent = nullptr);

    void reload();
    State state() const { return m_state; }
    QList<Device> devices() const { return m_devices; }

    // The currency of the payment: decides which terminals can take it.
    void setCurrency(const QString &currency);
    QString deviceId() const;
    std::optional<Device> device() const;
    // Chooses this terminal (full name or short id) if it is listed.
    void setDeviceId(const QString &id);
    // Chooses a terminal that can take the payment, other than `id`; false when there is none.
    bool chooseAnotherThan(const QString &id);
    // Keeps the chosen terminal as the one to offer first next time.
    void rememberChoice() const;

    QComboBox *comboBox() const { return m_combo; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void stateChanged(paydesk::DevicePicker::State state);
    void deviceChanged();

private:
    void setState(State state, const QString &message);
    void fill(const QList<Device> &devices);
    void updateItems();
    void updateStatus();

    PaymentProvider *m_provider;
    QString m_rememberKey;
    QComboBox *m_combo;
    QLabel *m_status;
    QPushButton *m_retry;
    QList<Device> m_devices;
    QString m_currency;
    CallHandle m_load;
    State m_state = State::Idle;
    QString m_stateMessage;
};

} // namespace paydesk
