#pragma once

#include "models/shared_text.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace paydesk {

// How a payment intent status behaves, which is what a console needs to know about it.
enum class IntentPhase
{
    Waiting, // someone must act: requires_*, initialized, created
    Moving,  // moves on by itself: processing (poll it)
    Final,   // succeeded, canceled, failed
    Unknown, // a status this build does not know yet: shown as it came, never dropped
};

// A payment intent status that keeps the raw string the server sent. Known statuses are
// recognised whatever their case; equality compares the raw strings.
class IntentStatus
{
public:
    enum Known
    {
        Initialized,
        Created,
        RequiresPaymentMethod,
        RequiresConfirmation,
        RequiresAction,
        Processing,
        Succeeded,
        RequiresCapture,
        Canceled,
        Failed,
        Unrecognized,
    };

    IntentStatus() = default;
    explicit IntentStatus(const QString &raw);
    static IntentStatus fromKnown(Known known);

    const QString &raw() const;
    Known known() const { return m_d ? m_d->known : Unrecognized; }
    IntentPhase phase() const;
    bool isFinal() const { return phase() == IntentPhase::Final; }
    // "Succeeded", "Requires payment method"; an unknown status reads as its raw string.
    QString displayName() const;

    static QString rawName(Known known);
    static QList<Known> allKnown();

    friend bool operator==(const IntentStatus &a, const IntentStatus &b)
    {
        return a.m_d == b.m_d || a.raw() == b.raw();
    }

private:
    // The raw string and what it means, behind one pointer shared by every row with the same
    // status (known statuses as servers write them share one for the whole program).
    struct Data : QSharedData
    {
        QString raw;
        Known known = Unrecognized;
    };
    QExplicitlySharedDataPointer<Data> m_d;
};

class CheckoutStatus
{
public:
    enum Known
    {
        Open,
        Complete,
        Expired,
        Unrecognized,
    };

    CheckoutStatus() = default;
    explicit CheckoutStatus(const QString &raw);
    static CheckoutStatus fromKnown(Known known);

    const QString &raw() const { return m_raw; }
    Known known() const { return m_known; }
    bool isFinal() const { return m_known == Complete || m_known == Expired; }
    QString displayName() const;

    static QString rawName(Known known);
    static QList<Known> allKnown();

    friend bool operator==(const CheckoutStatus &a, const CheckoutStatus &b)
    {
        return a.m_raw == b.m_raw;
    }

private:
    QString m_raw;
    Known m_known = Unrecognized;
};

QString intentPhaseName(IntentPhase phase);

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::IntentStatus)
Q_DECLARE_METATYPE(paydesk::CheckoutStatus)
