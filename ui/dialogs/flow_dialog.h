#pragma once

#include "models/validation.h"
#include "network/payment_provider.h"
#include "ui/widgets/form_errors.h"
#include "ui/widgets/message_banner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPointer>
#include <QStringList>

#include <functional>

class QFormLayout;
class QLabel;
class QMessageBox;
class QPushButton;
class QVBoxLayout;

namespace paydesk {

class PageStack;
class Workspace;

template <typename T>
using CreateStarter = std::function<CallHandle(QObject *context, CreateCallback<T> done)>;
template <typename T>
using CreateFinder =
    std::function<CallHandle(const QString &requestId, QObject *context, CreateCallback<T> done)>;

// What every dialog that creates something on the provider shares: a banner for what happened,
// errors next to the fields they concern, and the rules of a create. The primary button is
// disabled while a request is in flight and the dialog warns before it is closed then; a refusal
// (400) is shown next to the field the server names; a failure that created nothing keeps what
// was typed and offers to try again; an unknown outcome says so, shows the request id, and offers
// "Check again", never a blind resubmit. Never runs a nested event loop.
class FlowDialog : public QDialog
{
    Q_OBJECT
public:
    ~FlowDialog() override;

    Workspace *session() const { return m_session; }
    MessageBanner *banner() const { return m_banner; }
    FormErrors *formErrors() const { return m_errors; }
    QPushButton *submitButton() const { return m_submit; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    bool isBusy() const { return m_busy; }
    // The request id of a create whose outcome is unknown until "Check again" finds out.
    QString pendingRequestId() const { return m_pendingRequestId; }

    // While a request is in flight, asks first (without blocking) and keeps the dialog open
    // unless the person insists. When something was typed and nothing created yet, asks before
    // throwing it away; otherwise closes at once.
    void reject() override;
    // True when a text the person can type differs from what the dialog opened with.
    bool hasTypedInput() const;

signals:
    void busyChanged(bool busy);

protected:
    FlowDialog(Workspace *session, QWidget *parent);

    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

    // Lays the dialog out as banner, `content`, buttons.
    void setContent(QWidget *content);
    // The primary button: default, disabled while busy or while an outcome is unknown.
    void setSubmitButton(QPushButton *button);
    // Lets a dialog say the form cannot be sent at all (nothing left to refund).
    void setSubmitAllowed(bool allowed);
    // Puts `button` into the button row or takes it out (a dialog's buttons change with its
    // page). Hidden buttons are kept out of the box: QDialogButtonBox shows what it holds.
    void showButton(QPushButton *button, QDialogButtonBox::ButtonRole role, bool shown);
    // Turns `pages` to `index` and fits the dialog to that page (a short result page does not
    // keep the height of the long form before it).
    void showPage(PageStack *pages, int index);
    // What a create makes, for messages: "payment", "customer".
    void setNoun(const QString &noun) { m_noun = noun; }
    QString noun() const { return m_noun; }

    // The primary action; "Try again" calls it too.
    virtual void submit() = 0;
    // What the form's own checks say now, on API field names; a field the person typed into
    // shows its part of this when it is left. Unresolved customer text is added to it.
    virtual ValidationResult fieldErrors() const { return {}; }
    // Says fieldErrors() holds every rule of the form's fields (as submit() uses it): then an
    // edit anywhere also takes away the messages that no longer apply.
    void setFieldErrorsComplete();

    // Adds a labelled row to `form` whose field shows errors for `apiFields` right under it.
    QLabel *addField(QFormLayout *form, const QString &label, QWidget *field,
                     const QStringList &apiFields);
    // `field` with an error line under it, bound to `apiFields`; the line is also returned in
    // `errorLabel` for more fields to share.
    QWidget *withErrors(QWidget *field, const QStringList &apiFields,
                        QLabel **errorLabel = nullptr);

    // Shows client-side errors next to their widgets and focuses the first; true when none.
    // A customer picker's unresolved text is an error too, in every dialog.
    bool acceptValidation(const ValidationResult &result);
    // `first` plus the errors of `more` for widgets `first` says nothing about: a widget's own
    // check ("three decimal places") wins over a draft's general one ("enter an amount").
    ValidationResult merged(const ValidationResult &first, const ValidationResult &more) const;

    void setBusy(bool busy, const QString &message = {});

    // Runs a create and applies the rules above to its outcome. `created` receives the object
    // (also when a look-up found it).
    template <typename T>
    void runCreate(const CreateStarter<T> &start, const CreateFinder<T> &find,
                   const std::function<void(const T &)> &created);

    // A call that is not a create failed (confirming a payment): the field the server named,
    // else the banner with "Try again".
    void showCallFailure(const ApiError &error, const QString &whatFailed);
    // After an answer: a dialog the person closed while waiting finishes now when it worked,
    // and opens again to show what went wrong when it did not.
    void afterOutcome(bool succeeded);

private:
    template <typename T>
    void handleOutcome(const CreateOutcome<T> &outcome, const CreateFinder<T> &find,
                       const std::function<void(const T &)> &created);
    void showNotCreated(const std::optional<ApiError> &error);
    void showUnknown(const QString &requestId, const QString &guidance,
                     const std::optional<ApiError> &error);
    void updateSubmit();
    void askBeforeClosing();
    void askBeforeDiscarding();
    // Shows an error banner that sends the person to the highlighted fields: it goes once no
    // field shows an error any more.
    void showFieldsBanner(const QString &text, const QString &detail = {});
    void dropFieldsBannerWhenFixed();
    ValidationResult pickerErrors() const;
    QStringList typedValues() const;

    Workspace *m_session;
    MessageBanner *m_banner;
    FormErrors *m_errors;
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit = nullptr;
    QPointer<QMessageBox> m_closeQuestion;
    QPointer<QMessageBox> m_discardQuestion;
    QString m_fieldsBanner;
    QStringList m_opened; // what the text fields held when the dialog was first shown
    int m_fitHeight = -1; // the height the dialog last asked for to fit its contents
    bool m_shown = false;
    bool m_finished = false; // something was created (or confirmed): nothing typed is at stake
    QString m_noun;
    QString m_pendingRequestId;
    std::function<void()> m_checkAgain;
    CallHandle m_call;
    bool m_busy = false;
    bool m_submitAllowed = true;
    bool m_closeWhenDone = false;
};

template <typename T>
void FlowDialog::runCreate(const CreateStarter<T> &start, const CreateFinder<T> &find,
                           const std::function<void(const T &)> &created)
{
    m_errors->clearAll();
    //: %1 names what this dialog creates, as set by setNoun() ("payment",
    //: "refund", "checkout link", "customer"); word it so no article is needed.
    setBusy(true, tr("Creating the %1…").arg(m_noun));
    m_call = start(this, [this, find, created](const CreateOutcome<T> &outcome) {
        handleOutcome<T>(outcome, find, created);
    });
}

template <typename T>
void FlowDialog::handleOutcome(const CreateOutcome<T> &outcome, const CreateFinder<T> &find,
                               const std::function<void(const T &)> &created)
{
    setBusy(false);
    switch (outcome.status) {
    case CreateStatus::Created:
        m_pendingRequestId.clear();
        m_checkAgain = nullptr;
        m_banner->clear();
        created(*outcome.object);
        if (outcome.foundByLookup) {
            m_banner->showMessage(
                MessageBanner::Kind::Info,
                //: %1 names what this dialog creates, as set by setNoun() ("payment",
                //: "refund", "checkout link", "customer"); word it so no article is needed.
                tr("The server's answer was lost, but Paydesk found the %1 it created.")
                    .arg(m_noun),
                tr("It was created once; nothing was sent twice.") +
                    (outcome.proof.isEmpty() ? QString() : QLatin1Char(' ') + outcome.proof));
        }
        break;
    case CreateStatus::NotCreated:
        m_pendingRequestId.clear();
        m_checkAgain = nullptr;
        showNotCreated(outcome.error);
        break;
    case CreateStatus::Unknown:
        m_pendingRequestId = outcome.requestId;
        m_checkAgain = [this, find, created, requestId = outcome.requestId] {
            m_errors->clearAll();
            //: %1 names what this dialog creates, as set by setNoun() ("payment",
            //: "refund", "checkout link", "customer"); word it so no article is needed.
            setBusy(true, tr("Checking whether the %1 was created…").arg(m_noun));
            m_call = find(requestId, this, [this, find, created](const CreateOutcome<T> &again) {
                handleOutcome<T>(again, find, created);
            });
        };
        showUnknown(outcome.requestId, outcome.guidance, outcome.error);
        break;
    }
    updateSubmit();
    afterOutcome(outcome.status == CreateStatus::Created);
}

} // namespace paydesk
