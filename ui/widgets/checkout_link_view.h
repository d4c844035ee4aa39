#pragma once

#include "models/resources.h"

#include <QWidget>

class QLabel;

namespace paydesk {

class LinkPanel;

// A checkout session as the person who made it needs it: the link to hand over (Copy, Open,
// QR code) and whether it has been paid yet.
class CheckoutLinkView : public QWidget
{
    Q_OBJECT
public:
    explicit CheckoutLinkView(QWidget *parent = nullptr);

    void setSession(const CheckoutSession &session, const QString &customerName = {});
    const CheckoutSession &session() const { return m_session; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    LinkPanel *linkPanel() const { return m_link; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    CheckoutSession m_session;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_id;
    LinkPanel *m_link;
    bool m_styling = false;
};

} // namespace paydesk
