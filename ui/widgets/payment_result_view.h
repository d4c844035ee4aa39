#pragma once

#include "models/resources.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace paydesk {

// Where a payment stands, told in plain words where the person is: processing (with a busy
// bar), succeeded, declined (with the provider's reason), or waiting for something else.
class PaymentResultView : public QWidget
{
    Q_OBJECT
public:
    enum class Outcome
    {
        None,
        Processing,
        Succeeded,
        Declined, // failed
        Canceled,
        Waiting, // requires something else: confirmation, action, capture
        Other,   // a status this build does not know
    };
    Q_ENUM(Outcome)

    explicit PaymentResultView(QWidget *parent = nullptr);

    // `customerName` and `methodName` may be empty.
    void setIntent(const PaymentIntent &intent, const QString &customerName = {},
                   const QString &methodName = {});
    const PaymentIntent &intent() const { return m_intent; }
    Outcome outcome() const { return m_outcome; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *detailLabel() const { return m_detail; }

    // The provider's reason for a failed payment ("The card was declined."), if it gave one.
    static QString failureReason(const PaymentIntent &intent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    PaymentIntent m_intent;
    Outcome m_outcome = Outcome::None;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_id;
    QProgressBar *m_progress;
    bool m_styling = false;
};

} // namespace paydesk
