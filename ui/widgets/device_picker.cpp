#include "ui/widgets/device_picker.h"

#include "network/payment_provider.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace paydesk {

namespace {

bool sameDevice(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && (a == b || shortId(a) == shortId(b));
}

} // namespace

DevicePicker::DevicePicker(PaymentProvider *provider, const QString &rememberKey, QWidget *parent)
    : QWidget(parent)
    , m_provider(provider)
    , m_rememberKey(rememberKey)
    , m_combo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Load again"), this))
{
    setAccessibleName(tr("Card terminal"));
    m_combo->setAccessibleName(tr("Card terminal"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(28);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Card terminal status"));
    m_retry->setAccessibleName(tr("Load the card terminals again"));
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

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateStatus();
        emit deviceChanged();
    });
    connect(m_retry, &QPushButton::clicked, this, &DevicePicker::reload);
}

void DevicePicker::reload()
{
    m_load.cancel();
    setState(State::Loading, tr("Loading the card terminals…"));
    PageQuery query;
    query.limit = 100;
    m_load = m_provider->listDevices(query, this, [this](const Result<Page<Device>> &result) {
        if (!result.ok()) {
            if (result.error().kind == ApiErrorKind::Cancelled)
                return;
            fill({});
            setState(State::Failed,
                     tr("Could not load the card terminals: %1").arg(result.error().message));
            return;
        }
        fill(result.value().items);
        setState(State::Ready, m_devices.isEmpty()
                                   ? tr("This account has no card terminals. Charge a saved "
                                        "card or send a checkout link instead.")
                                   : QString());
    });
}

void DevicePicker::setCurrency(const QString &currency)
{
    m_currency = currency;
    updateItems();
}

QString DevicePicker::deviceId() const
{
    return m_combo->currentData().toString();
}

std::optional<Device> DevicePicker::device() const
{
    const QString id = deviceId();
    for (const Device &device : m_devices) {
        if (device.id == id)
            return device;
    }
    return std::nullopt;
}

void DevicePicker::setDeviceId(const QString &id)
{
    for (int i = 0; i < m_combo->count(); ++i) {
        if (sameDevice(m_combo->itemData(i).toString(), id)) {
            m_combo->setCurrentIndex(i);
            return;
        }
    }
}

bool DevicePicker::chooseAnotherThan(const QString &id)
{
    for (int i = 0; i < m_devices.size(); ++i) {
        const Device &device = m_devices.at(i);
        if (!sameDevice(device.id, id) && device.canTakePayment(m_currency)) {
            m_combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void DevicePicker::rememberChoice() const
{
    if (!m_rememberKey.isEmpty() && !deviceId().isEmpty())
        QSettings().setValue(m_rememberKey, deviceId());
}

void DevicePicker::setState(State state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    m_retry->setVisible(state == State::Failed);
    m_combo->setEnabled(state == State::Ready && !m_devices.isEmpty());
    updateStatus();
    emit stateChanged(state);
}

void DevicePicker::fill(const QList<Device> &devices)
{
    const QString previous =
        deviceId().isEmpty() ? QSettings().value(m_rememberKey).toString() : deviceId();
    m_devices = devices;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const Device &device : devices) {
            const QString text = device.model.isEmpty()
                                     ? device.label()
                                     : tr("%1 · %2").arg(device.label(), device.model);
            m_combo->addItem(text, device.id);
        }
    }
    updateItems();
    // The one used last, else the first that can take the payment.
    setDeviceId(previous);
    if (const std::optional<Device> chosen = device();
        !chosen || !chosen->canTakePayment(m_currency))
        chooseAnotherThan(QString());
    updateStatus();
    emit deviceChanged();
}

void DevicePicker::updateItems()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_combo->model());
    if (!model)
        return;
    for (int i = 0; i < m_devices.size() && i < model->rowCount(); ++i) {
        QString reason;
        const bool usable = m_devices.at(i).canTakePayment(m_currency, &reason);
        QStandardItem *item = model->item(i);
        item->setEnabled(usable);
        item->setToolTip(reason);
    }
    updateStatus();
}

void DevicePicker::updateStatus()
{
    QString text = m_stateMessage;
    bool problem = m_state == State::Failed;
    if (m_state == State::Ready && text.isEmpty()) {
        QString reason;
        if (const std::optional<Device> chosen = device();
            chosen && !chosen->canTakePayment(m_currency, &reason)) {
            text = reason;
            problem = true;
        }
    }
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
}

} // namespace paydesk
