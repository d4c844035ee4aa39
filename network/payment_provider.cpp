#include "network/payment_provider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace paydesk {

QJsonObject PaymentProvider::rawJson(const Device &device) const
{
    QJsonObject json = device.extra;
    json.insert(QStringLiteral("id"), device.id);
    json.insert(QStringLiteral("display_name"), device.displayName);
    json.insert(QStringLiteral("model"), device.model);
    json.insert(QStringLiteral("serial_number"), device.serialNumber);
    json.insert(QStringLiteral("state"), device.state);
    json.insert(QStringLiteral("supported_currencies"),
                QJsonArray::fromStringList(device.supportedCurrencies));
    return json;
}

QString PaymentProvider::fullId(ObjectKind kind, const QString &typed) const
{
    Q_UNUSED(kind);
    return typed;
}

CallHandle PaymentProvider::listDevices(const PageQuery &query, QObject *context,
                                        Callback<Page<Device>> done)
{
    Q_UNUSED(query);
    ApiError error;
    error.kind = ApiErrorKind::Rejected;
    error.message =
        QCoreApplication::translate("paydesk::PaymentProvider", "%1 has no card terminals.")
            .arg(displayName());
    const ContextGuard guard(context);
    QTimer::singleShot(0, this, [guard, done, error] {
        if (guard.isAlive())
            done(error);
    });
    return {};
}

CallHandle PaymentProvider::followPaymentIntent(const QString &id, int timeoutMs, QObject *context,
                                                std::function<void(const PaymentIntent &)> changed,
                                                Callback<PaymentIntent> done)
{
    struct State
    {
        QElapsedTimer clock;
        QString lastStatus;
        int pauseMs = 500;
        std::function<void()> read;
    };
    auto *operation = new Operation(this);
    const ContextGuard guard(context);
    if (context)
        connect(context, &QObject::destroyed, operation, &Operation::cancel);
    auto state = std::make_shared<State>();
    state->clock.start();
    const auto finish = [operation, guard, done, state](const Result<PaymentIntent> &result) {
        state->read = nullptr; // breaks the cycle through the captured state
        operation->finish();
        if (guard.isAlive())
            done(result);
    };
    state->read = [=, this] {
        const CallHandle get =
            getPaymentIntent(id, operation, [=](const Result<PaymentIntent> &result) {
                if (operation->isCancelled()) {
                    finish(ApiError::cancelled());
                    return;
                }
                if (result.ok()) {
                    const PaymentIntent &intent = result.value();
                    if (intent.status.raw() != state->lastStatus) {
                        state->lastStatus = intent.status.raw();
                        if (changed && guard.isAlive())
                            changed(intent);
                    }
                    if (intent.status.phase() != IntentPhase::Moving) {
                        finish(intent);
                        return;
                    }
                } else if (result.error().kind == ApiErrorKind::Cancelled ||
                           result.error().kind == ApiErrorKind::NotFound ||
                           result.error().kind == ApiErrorKind::Credentials) {
                    finish(result.error()); // reading again will not help
                    return;
                }
                // Still moving, or a read that failed for a while: read again after a pause
                // that grows to 5 s, until the time is up.
                const qint64 left = timeoutMs - state->clock.elapsed();
                if (left <= 0) {
                    // Kept out of the translate() call: lupdate 6.4 does not return from a
                    // cast expression among its arguments.
                    const int seconds = (timeoutMs + 999) / 1000;
                    ApiError timeout;
                    timeout.kind = ApiErrorKind::Timeout;
                    timeout.message = QCoreApplication::translate(
                        "paydesk::PaymentProvider",
                        "The payment is still in progress after %n second(s); it may still "
                        "complete.",
                        nullptr, seconds);
                    finish(timeout);
                    return;
                }
                auto *timer = new QTimer(operation);
                timer->setSingleShot(true);
                QObject::connect(timer, &QTimer::timeout, operation, [state] {
                    if (state->read)
                        state->read();
                });
                timer->start(int(std::min<qint64>(state->pauseMs, left)));
                state->pauseMs = std::min(state->pauseMs * 2, 5000);
                operation->setCanceller([timer, finish] {
                    timer->stop();
                    finish(ApiError::cancelled());
                });
            });
        operation->setCanceller([get] { get.cancel(); });
    };
    state->read();
    return CallHandle(operation);
}

QString createStatusName(CreateStatus status)
{
    switch (status) {
    case CreateStatus::Created:
        return QStringLiteral("created");
    case CreateStatus::NotCreated:
        return QStringLiteral("not-created");
    case CreateStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace paydesk
