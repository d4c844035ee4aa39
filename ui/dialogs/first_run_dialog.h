#pragma once

#include <QDialog>

class QCommandLinkButton;

namespace paydesk {

// The first thing a new user sees when there is no profile: try Paydesk on sample data (the
// demo, no account, no network) or connect a Dots account.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        None, // closed without choosing
        Demo,
        ConnectAccount,
    };
    Q_ENUM(Choice)

    explicit FirstRunDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QCommandLinkButton *demoButton() const { return m_demo; }
    QCommandLinkButton *connectButton() const { return m_connect; }

signals:
    void chosen(paydesk::FirstRunDialog::Choice choice);

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QCommandLinkButton *m_demo;
    QCommandLinkButton *m_connect;
};

} // namespace paydesk
