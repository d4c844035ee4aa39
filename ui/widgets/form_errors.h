#pragma once

#include "models/validation.h"
#include "network/api_error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QWidget;

namespace paydesk {

class MessageBanner;

// Puts each error where the person is looking: under the widget that holds the field it names.
// Fields are API field paths (`first_name`, `address.city`, `line_items[1].quantity`,
// `metadata.colour`), the same for the client-side checks of models/drafts.h and a server's 400,
// so both land on the same widget. A path with no widget of its own goes to the nearest bound
// parent path (`line_items[1].quantity` -> `line_items[1]` -> `line_items`), and failing that to
// the banner. Editing a widget clears its errors; the widget itself is outlined in the error
// colour (and has the dynamic property `invalid`) and its accessible description carries the
// message while it is shown. An error line keeps its room while it is empty, so nothing below
// it moves when a message comes or goes.
class FormErrors : public QObject
{
    Q_OBJECT
public:
    explicit FormErrors(QObject *parent = nullptr);

    // The label an error is shown in: hidden until needed, wrapped, in the error colour.
    static QLabel *createLabel(QWidget *parent = nullptr);

    // Errors for `field` go to `widget`, shown in `label`. Several fields may share a widget
    // (amount and currency), several widgets a label (the cells of one row).
    void bind(const QString &field, QWidget *widget, QLabel *label);
    // Forgets every field whose path starts with `prefix` (rows that were removed).
    void unbindPrefix(const QString &prefix);
    void setBanner(MessageBanner *banner);

    // Shows every error (replacing what was shown); returns the widget of the first one, for
    // focus, or null when every error went to the banner.
    QWidget *show(const QList<FieldError> &errors);
    QWidget *show(const ValidationResult &result) { return show(result.errors()); }
    // Shows one error next to its widget; false (nothing shown) when no widget takes its field.
    bool showField(const QString &field, const QString &message);
    // A server's refusal: next to the field it names (ApiError::field) when a widget takes it.
    // Returns that widget, or null when the caller must show the message elsewhere.
    QWidget *showServerError(const ApiError &error);

    // Checks a line edit when the person leaves it: a non-empty result of `check` is shown as
    // its error (what was typed stays as it is).
    void checkOnLeave(QLineEdit *edit, const QString &field, std::function<QString()> check);
    // Checks every bound widget the person typed into when the focus leaves it: what `check`
    // reports for that widget's fields is shown under it, and nothing else. A field only passed
    // through says nothing yet.
    // With `complete` (the check knows every rule the form's own fields have), editing any
    // widget also takes away the messages the check no longer reports (an address emptied
    // drops "enter the city"); a server's refusal stays until its own field is edited.
    void setLeaveCheck(std::function<ValidationResult()> check, bool complete = false);

    void clear(QWidget *widget);
    void clearAll();

    bool hasErrors() const;
    // The widget that would show an error for `field`, or null.
    QWidget *widgetFor(const QString &field) const;
    // What is shown for `widget` (its messages, one per line), and the label that shows it.
    QString messageFor(const QWidget *widget) const;
    QLabel *labelFor(const QWidget *widget) const;
    // Messages that had no widget and went to the banner.
    QStringList unplacedMessages() const { return m_unplaced; }

    // `line_items[1].quantity` -> `line_items[1]` -> `line_items` -> "".
    static QString parentPath(const QString &path);

signals:
    void errorsChanged();

private slots:
    void widgetEdited();
    void focusChanged(QWidget *old, QWidget *now);

private:
    struct Target
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
        QString originalDescription;
        QStringList messages;
        QPointer<QWidget> outline;
        bool edited = false;
        bool fromServer = false;
    };

    Target *targetFor(const QWidget *widget);
    const Target *targetFor(const QWidget *widget) const;
    void watchEdits(QWidget *widget);
    void addMessage(QWidget *widget, const QString &message);
    void refresh(QLabel *label);
    void updateDescription(Target &target);
    void checkLeft(QWidget *widget);
    bool dropResolved();
    void showUnplaced();

    QHash<QString, QPointer<QWidget>> m_fields;
    QList<Target> m_targets;
    QPointer<MessageBanner> m_banner;
    QStringList m_unplaced;
    std::function<ValidationResult()> m_leaveCheck;
    bool m_leaveCheckComplete = false;
};

} // namespace paydesk
