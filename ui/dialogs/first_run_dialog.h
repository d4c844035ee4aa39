#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QCommandLinkButton;

namespace paydesk {

// The first thing a new user sees when there is no profile: try Paydesk on sample data (the
// demo, no account, no network) or connect an account, one button per provider Paydesk speaks.
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
    // The first provider's button ("Connect a Dots account").
    QCommandLinkButton *connectButton() const { return m_connect.constFirst(); }
    // One per provider, in knownProviders()' order.
    QList<QCommandLinkButton *> connectButtons() const { return m_connect; }
    // After ConnectAccount: the provider chosen, as knownProviders() spells it ("synaptopay").
    QString providerKey() const { return m_providerKey; }

signals:
    void chosen(paydesk::FirstRunDialog::Choice choice);

private:
    void choose(Choice choice, const QString &providerKey = QString());

    Choice m_choice = Choice::None;
    QString m_providerKey;
    QCommandLinkButton *m_demo;
    QList<QCommandLinkButton *> m_connect;
};

} // namespace paydesk
