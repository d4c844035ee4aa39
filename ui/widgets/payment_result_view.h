#pragma once

#include "models/resources.h"

#include <QElapsedTimer>
#include <QWidget>

class QTimer;

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
    // The card terminal the payment is taken on, by the name people know it by ("Front
    // counter"); empty when there is none. Set before setIntent(). While the terminal waits for
    // a card, the view says so and counts the time waited; after `patienceSeconds` it says the
    // payment may still complete.
    void setTerminal(const QString &name, int patienceSeconds = 120);
    QString terminal() const { return m_terminal; }
    // Whether the terminal has waited longer than the patience given.
    bool isPastPatience() const;
    Outcome outcome() const { return m_outcome; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *detailLabel() const { return m_detail; }

    // The provider's reason for a failed payment ("The card was declined."), if it gave one.
    static QString failureReason(const PaymentIntent &intent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();
    void updateWaiting();

    PaymentIntent m_intent;
    Outcome m_outcome = Outcome::None;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_id;
    QProgressBar *m_progress;
    bool m_styling = false;
    QString m_terminal;
    int m_patienceSeconds = 120;
    QElapsedTimer m_waiting;
    QTimer *m_tick;
    QString m_who;
};

} // namespace paydesk
