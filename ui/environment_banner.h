#pragma once

#include <QFrame>

class QLabel;

namespace paydesk {

struct Profile;

// The strip across the top of the window that says, unmistakably, when the console is not
// looking at real money: DEMO (the built-in sandbox) or SANDBOX (a test environment). Hidden for
// production, where everything is real.
class EnvironmentBanner : public QFrame
{
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);

    void showFor(const Profile &profile, bool isDemo);
    QString badgeText() const;

private:
    QLabel *m_badge;
    QLabel *m_text;
};

} // namespace paydesk
