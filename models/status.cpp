#include "models/status.h"

#include <QCoreApplication>

#include <array>

namespace paydesk {

namespace {

// Status names are translated in the "Status" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Status)
};

// Matches case-insensitively so "SUCCEEDED" from a server that changes its casing is still
// understood; the raw string is kept as it came either way.
template <typename Status>
typename Status::Known knownFromRaw(const QString &raw)
{
    for (const typename Status::Known known : Status::allKnown()) {
        if (raw.compare(Status::rawName(known), Qt::CaseInsensitive) == 0)
            return known;
    }
    return Status::Unrecognized;
}

// What a table shows for a status this build does not know: the server's own word, so nothing
// is hidden, or a placeholder when there was none at all.
QString unrecognizedDisplayName(const QString &raw)
{
    return raw.isEmpty() ? Text::tr("No status") : raw;
}

} // namespace

IntentStatus::IntentStatus(const QString &raw)
{
    if (raw.isEmpty())
        return;
    const Known known = knownFromRaw<IntentStatus>(raw);
    // Known statuses as the server usually writes them share one Data each: a million rows
    // then hold no status of their own.
    static const auto shared = [] {
        std::array<QExplicitlySharedDataPointer<Data>, Unrecognized> all;
        for (const Known each : allKnown()) {
            auto *d = new Data;
            d->raw = rawName(each);
            d->known = each;
            all[size_t(each)] = d;
        }
        return all;
    }();
    if (known != Unrecognized && shared[size_t(known)]->raw == raw) {
        m_d = shared[size_t(known)];
        return;
    }
    auto *d = new Data;
    d->raw = raw;
    d->known = known;
    m_d = d;
}

const QString &IntentStatus::raw() const
{
    static const QString none;
    return m_d ? m_d->raw : none;
}

IntentStatus IntentStatus::fromKnown(Known known)
{
    return IntentStatus(rawName(known));
}

IntentPhase IntentStatus::phase() const
{
    switch (known()) {
    case Initialized:
    case Created:
    case RequiresPaymentMethod:
    case RequiresConfirmation:
    case RequiresAction:
    case RequiresCapture:
        return IntentPhase::Waiting;
    case Processing:
        return IntentPhase::Moving;
    case Succeeded:
    case Canceled:
    case Failed:
        return IntentPhase::Final;
    case Unrecognized:
        break;
    }
    return IntentPhase::Unknown;
}

QString IntentStatus::displayName() const
{
    switch (known()) {
    case Initialized:
        return Text::tr("Initialized");
    case Created:
        return Text::tr("Created");
    case RequiresPaymentMethod:
        return Text::tr("Requires payment method");
    case RequiresConfirmation:
        return Text::tr("Requires confirmation");
    case RequiresAction:
        return Text::tr("Requires action");
    case Processing:
        return Text::tr("Processing");
    case Succeeded:
        return Text::tr("Succeeded");
    case RequiresCapture:
        return Text::tr("Requires capture");
    case Canceled:
        return Text::tr("Canceled");
    case Failed:
        return Text::tr("Failed");
    case Unrecognized:
        break;
    }
    return unrecognizedDisplayName(raw());
}

QString IntentStatus::rawName(Known known)
{
    switch (known) {
    case Initialized:
        return QStringLiteral("initialized");
    case Created:
        return QStringLiteral("created");
    case RequiresPaymentMethod:
        return QStringLiteral("requires_payment_method");
    case RequiresConfirmation:
        return QStringLiteral("requires_confirmation");
    case RequiresAction:
        return QStringLiteral("requires_action");
    case Processing:
        return QStringLiteral("processing");
    case Succeeded:
        return QStringLiteral("succeeded");
    case RequiresCapture:
        return QStringLiteral("requires_capture");
    case Canceled:
        return QStringLiteral("canceled");
    case Failed:
        return QStringLiteral("failed");
    case Unrecognized:
        break;
    }
    return {};
}

QList<IntentStatus::Known> IntentStatus::allKnown()
{
    return {Initialized,
            Created,
            RequiresPaymentMethod,
            RequiresConfirmation,
            RequiresAction,
            Processing,
            Succeeded,
            RequiresCapture,
            Canceled,
            Failed};
}

CheckoutStatus::CheckoutStatus(const QString &raw)
    : m_raw(raw)
    , m_known(knownFromRaw<CheckoutStatus>(raw))
{}

CheckoutStatus CheckoutStatus::fromKnown(Known known)
{
    return CheckoutStatus(rawName(known));
}

QString CheckoutStatus::displayName() const
{
    switch (m_known) {
    case Open:
        return Text::tr("Open");
    case Complete:
        return Text::tr("Complete");
    case Expired:
        return Text::tr("Expired");
    case Unrecognized:
        break;
    }
    return unrecognizedDisplayName(m_raw);
}

QString CheckoutStatus::rawName(Known known)
{
    switch (known) {
    case Open:
        return QStringLiteral("open");
    case Complete:
        return QStringLiteral("complete");
    case Expired:
        return QStringLiteral("expired");
    case Unrecognized:
        break;
    }
    return {};
}

QList<CheckoutStatus::Known> CheckoutStatus::allKnown()
{
    return {Open, Complete, Expired};
}

QString intentPhaseName(IntentPhase phase)
{
    switch (phase) {
    case IntentPhase::Waiting:
        return Text::tr("Waiting");
    case IntentPhase::Moving:
        return Text::tr("In progress");
    case IntentPhase::Final:
        return Text::tr("Final");
    case IntentPhase::Unknown:
        break;
    }
    return Text::tr("Unknown");
}

} // namespace paydesk
