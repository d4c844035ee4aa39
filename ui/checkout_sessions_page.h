#pragma once

#include "ui/detail_pane.h"
#include "ui/resource_page.h"

#include <QPointer>

class QComboBox;

namespace paydesk {

class CheckoutSessionFilterModel;

// Checkout sessions: the links support agents send. Copy a link, open it, or show it as a QR
// code; open sessions are watched until they are paid or expire.
class CheckoutSessionsPage : public ResourcePage
{
    Q_OBJECT
public:
    explicit CheckoutSessionsPage(QWidget *parent = nullptr);

    void setSession(Workspace *session) override;

protected:
    void extendFilter(ResourceFilter &filter) const override;
    void describe(int sourceRow) override;
    void updateRowActions(int sourceRow) override;

private:
    QString currentUrl() const;
    // The Details tab's lines for `session`.
    QList<DetailLine> summaryOf(const CheckoutSession &session) const;

    QPointer<Workspace> m_session;
    CheckoutSessionFilterModel *m_filter;
    QComboBox *m_status;
    QAction *m_copyLink;
    QAction *m_openLink;
    QAction *m_showQr;
};

} // namespace paydesk
