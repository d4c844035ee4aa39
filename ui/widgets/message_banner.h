#pragma once

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace paydesk {

// A message across the top of a dialog: what just happened and what the person can do next
// ("Try again", "Check again"). Tinted from the current palette, so it reads in light and dark
// themes alike; announced to assistive technology when it appears.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error,
    };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);

    // Replaces the message and drops the actions of the previous one. `detail` is a second,
    // smaller paragraph (guidance, a request id); both are selectable so people can copy them.
    void showMessage(Kind kind, const QString &text, const QString &detail = {});
    // Adds a button after the message; it is removed with the next message or clear().
    QPushButton *addAction(const QString &text);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString detail() const;
    QList<QPushButton *> actions() const { return m_actions; }
    // The action whose text is `text` (mnemonic ampersands ignored), or null.
    QPushButton *action(const QString &text) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detail;
    QHBoxLayout *m_actionLayout;
    QList<QPushButton *> m_actions;
    bool m_styling = false;
};

} // namespace paydesk
