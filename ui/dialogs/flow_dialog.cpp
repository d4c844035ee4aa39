#include "ui/dialogs/flow_dialog.h"

#include "services/workspace.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/label_text.h"
#include "ui/widgets/page_stack.h"
#include "ui/widgets/window_fit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace paydesk {

FlowDialog::FlowDialog(Workspace *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_errors(new FormErrors(this))
    , m_layout(new QVBoxLayout(this))
    , m_buttons(new QDialogButtonBox(this))
{
    m_errors->setBanner(m_banner);
    m_layout->setSpacing(12);
    m_layout->addWidget(m_banner);
    m_layout->addWidget(m_buttons);
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FlowDialog::reject);
    // A field is checked when it is left, with the same rules as the primary button.
    m_errors->setLeaveCheck([this] { return merged(pickerErrors(), fieldErrors()); });
    connect(m_errors, &FormErrors::errorsChanged, this, &FlowDialog::dropFieldsBannerWhenFixed);
    // Room for a sentence per line in the banner and the error lines.
    setMinimumWidth(480);
}

// Calls in flight are not cancelled here: the provider stops them once this object is gone
// (it is their context) without calling back into a half-destroyed dialog.
FlowDialog::~FlowDialog()
{
    // What a field still reports while the widgets go is for nobody now.
    disconnect(m_errors, nullptr, this, nullptr);
}

bool FlowDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest && isVisible()) {
        const int needed = fittingHeight(this);
        if (height() < needed) {
            m_fitHeight = needed;
            resize(width(), needed);
        }
    }
    // What the dialog opened with (a remembered URL, a chosen customer) is not typed input.
    if (event->type() == QEvent::Show && !m_shown) {
        m_shown = true;
        m_opened = typedValues();
    }
    return handled;
}

void FlowDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // Grown for a banner or a wrapped message (to the layout's new minimum or to fit its
    // wrapped lines), not by the person: the window grows upwards where the screen has room,
    // so the buttons stay where they were under the pointer.
    const int grown = event->size().height() - event->oldSize().height();
    const bool fitted = height() == m_fitHeight || height() == minimumHeight();
    if (!isVisible() || !event->oldSize().isValid() || grown <= 0 || !fitted)
        return;
    m_fitHeight = -1;
    int top = pos().y() - grown;
    if (const QScreen *screen = this->screen())
        top = std::max(top, screen->availableGeometry().top());
    if (top < pos().y())
        move(pos().x(), top);
}

void FlowDialog::showButton(QPushButton *button, QDialogButtonBox::ButtonRole role, bool shown)
{
    const bool inBox = m_buttons->buttons().contains(button);
    if (shown && !inBox) {
        m_buttons->addButton(button, role);
        button->show();
    } else if (!shown && inBox) {
        m_buttons->removeButton(button);
        button->setParent(this);
        button->hide();
    }
}

void FlowDialog::showPage(PageStack *pages, int index)
{
    pages->setCurrentIndex(index);
    if (!isVisible())
        return;
    // Once the new page's size is known: as small as it needs, never narrower than before.
    QTimer::singleShot(0, this, [this] {
        const int width = this->width();
        adjustSize();
        if (this->width() < width)
            resize(width, height());
        growToFitContents(this);
    });
}

void FlowDialog::setContent(QWidget *content)
{
    m_content = content;
    m_layout->insertWidget(1, content, 1);
}

void FlowDialog::setSubmitButton(QPushButton *button)
{
    m_submit = button;
    button->setDefault(true);
    button->setAutoDefault(true);
    updateSubmit();
}

void FlowDialog::setSubmitAllowed(bool allowed)
{
    m_submitAllowed = allowed;
    updateSubmit();
}

QLabel *FlowDialog::addField(QFormLayout *form, const QString &label, QWidget *field,
                             const QStringList &apiFields)
{
    // Each field's error line keeps its room and is the gap to the next row: no more spacing
    // on top of it, so the form is not taller than it was with the lines hidden.
    form->setVerticalSpacing(2);
    auto *title = new QLabel(label, form->parentWidget());
    title->setBuddy(field);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(withoutMnemonic(label));
    form->addRow(title, withErrors(field, apiFields));
    return title;
}

QWidget *FlowDialog::withErrors(QWidget *field, const QStringList &apiFields, QLabel **errorLabel)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(field);
    QLabel *error = FormErrors::createLabel(box);
    if (!field->accessibleName().isEmpty())
        error->setAccessibleName(tr("%1 error").arg(field->accessibleName()));
    layout->addWidget(error);
    box->setFocusProxy(field);
    for (const QString &apiField : apiFields)
        m_errors->bind(apiField, field, error);
    if (errorLabel)
        *errorLabel = error;
    return box;
}

void FlowDialog::setFieldErrorsComplete()
{
    m_errors->setLeaveCheck([this] { return merged(pickerErrors(), fieldErrors()); }, true);
}

ValidationResult FlowDialog::pickerErrors() const
{
    // Every customer picker on the form: typed text that chose no one is never sent as "no
    // customer", whatever the dialog's own checks say.
    ValidationResult pickers;
    for (const CustomerPicker *picker : findChildren<CustomerPicker *>()) {
        if (picker->isVisibleTo(this))
            pickers.merge(picker->inputErrors());
    }
    return pickers;
}

bool FlowDialog::acceptValidation(const ValidationResult &checked)
{
    const ValidationResult result = merged(pickerErrors(), checked);
    if (result.ok()) {
        m_errors->clearAll();
        return true;
    }
    QWidget *first = m_errors->show(result);
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    if (m_errors->unplacedMessages().isEmpty() && first)
        showFieldsBanner(tr("Nothing was sent: please correct the highlighted fields."));
    return false;
}

void FlowDialog::showFieldsBanner(const QString &text, const QString &detail)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text, detail);
    m_fieldsBanner = text;
}

void FlowDialog::dropFieldsBannerWhenFixed()
{
    if (m_fieldsBanner.isEmpty() || m_errors->hasErrors())
        return;
    // Only the banner that pointed at the fields: another message shown since stays.
    if (m_banner->text() == m_fieldsBanner)
        m_banner->clear();
    m_fieldsBanner.clear();
}

ValidationResult FlowDialog::merged(const ValidationResult &first,
                                    const ValidationResult &more) const
{
    ValidationResult result = first;
    QList<QWidget *> covered;
    for (const FieldError &error : first.errors())
        covered.append(m_errors->widgetFor(error.field));
    for (const FieldError &error : more.errors()) {
        QWidget *widget = m_errors->widgetFor(error.field);
        if (widget && covered.contains(widget))
            continue;
        result.add(error.field, error.message);
    }
    return result;
}

void FlowDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    if (m_content)
        m_content->setEnabled(!busy);
    if (busy) {
        m_banner->showMessage(MessageBanner::Kind::Info, message);
    } else if (m_closeQuestion) {
        // The answer came while the person was being asked: the question is moot.
        m_closeQuestion->close();
    }
    updateSubmit();
    emit busyChanged(busy);
}

void FlowDialog::showCallFailure(const ApiError &error, const QString &whatFailed)
{
    if (error.kind == ApiErrorKind::Validation) {
        if (QWidget *field = m_errors->showServerError(error)) {
            field->setFocus(Qt::OtherFocusReason);
            showFieldsBanner(whatFailed, tr("The server refused it: see the highlighted field."));
            return;
        }
    }
    m_banner->showMessage(MessageBanner::Kind::Error, whatFailed, error.message);
    connect(m_banner->addAction(tr("&Try again")), &QPushButton::clicked, this,
            &FlowDialog::submit);
}

void FlowDialog::showNotCreated(const std::optional<ApiError> &error)
{
    if (error && error->kind == ApiErrorKind::Validation) {
        if (QWidget *field = m_errors->showServerError(*error)) {
            field->setFocus(Qt::OtherFocusReason);
            showFieldsBanner(
                //: %1 names what this dialog creates, as set by setNoun() ("payment",
                //: "refund", "checkout link", "customer"); word it so no article is needed.
                tr("The %1 was not created: the server refused it.").arg(m_noun),
                tr("See the highlighted field, correct it, and try again."));
            return;
        }
    }
    if (!error) {
        // What a "Check again" found: the lost create never arrived.
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            //: %1 names what this dialog creates, as set by setNoun() ("payment",
            //: "refund", "checkout link", "customer"); word it so no article is needed.
            tr("Paydesk checked: the %1 was not created, so it is safe to try again.").arg(m_noun),
            tr("Nothing was created, and everything you typed is still here."));
    } else {
        m_banner->showMessage(
            MessageBanner::Kind::Error, error->message,
            tr("Nothing was created, and everything you typed is still here. You can try "
               "again."));
    }
    connect(m_banner->addAction(tr("&Try again")), &QPushButton::clicked, this,
            &FlowDialog::submit);
}

void FlowDialog::showUnknown(const QString &requestId, const QString &guidance,
                             const std::optional<ApiError> &error)
{
    //: %1 names what this dialog creates, as set by setNoun() ("payment",
    //: "refund", "checkout link", "customer"); word it so no article is needed.
    const QString title = tr("Paydesk could not find out whether the %1 was created.").arg(m_noun);
    QStringList detail;
    if (error && !error->message.isEmpty())
        detail.append(tr("What happened: %1").arg(error->message));
    // The provider's guidance may open with the sentence the title already says.
    QString advice = guidance;
    if (advice.startsWith(title))
        advice = advice.mid(title.size()).trimmed();
    if (!advice.isEmpty())
        detail.append(advice);
    //: %1 names what this dialog creates, as set by setNoun() ("payment",
    //: "refund", "checkout link", "customer"); word it so no article is needed.
    detail.append(tr("Request ID: %1").arg(requestId));
    m_banner->showMessage(MessageBanner::Kind::Warning, title, detail.join(QLatin1Char('\n')));
    QPushButton *check = m_banner->addAction(tr("&Check again"));
    //: %1 names what this dialog creates, as set by setNoun() ("payment",
    //: "refund", "checkout link", "customer"); word it so no article is needed.
    check->setAccessibleName(tr("Check again whether the %1 was created").arg(m_noun));
    connect(check, &QPushButton::clicked, this, [this] {
        if (m_checkAgain && !m_busy)
            m_checkAgain();
    });
}

void FlowDialog::afterOutcome(bool succeeded)
{
    if (succeeded)
        m_finished = true;
    if (!m_closeWhenDone)
        return;
    m_closeWhenDone = false;
    if (succeeded) {
        // The dialog may have finished itself on success already (a customer dialog accepts).
        if (result() != QDialog::Accepted)
            done(QDialog::Accepted);
        return;
    }
    // Closed while waiting, but the create did not go through: say so where it can be seen.
    show();
    raise();
    activateWindow();
}

void FlowDialog::updateSubmit()
{
    if (!m_submit)
        return;
    const bool unknown = !m_pendingRequestId.isEmpty();
    m_submit->setEnabled(!m_busy && !unknown && m_submitAllowed);
    m_submit->setToolTip(unknown ? tr("Check again first: the last attempt may have created "
                                      "the %1.")
                                       .arg(m_noun)
                                 : QString());
}

void FlowDialog::reject()
{
    if (m_busy) {
        askBeforeClosing();
        return;
    }
    if (!m_finished && hasTypedInput()) {
        askBeforeDiscarding();
        return;
    }
    QDialog::reject();
}

QStringList FlowDialog::typedValues() const
{
    QStringList values;
    const QWidget *form = m_content ? m_content : this;
    // A picker counts by whom it chose (its text may turn from an id into a name once the
    // customers load), or by the text typed that chose no one.
    const QList<CustomerPicker *> pickers = form->findChildren<CustomerPicker *>();
    for (const CustomerPicker *picker : pickers) {
        values.append(picker->customerId().isEmpty() ? picker->searchField()->text()
                                                     : picker->customerId());
    }
    for (const QLineEdit *edit : form->findChildren<QLineEdit *>()) {
        const bool inPicker =
            std::any_of(pickers.cbegin(), pickers.cend(),
                        [edit](const CustomerPicker *p) { return p->isAncestorOf(edit); });
        if (!edit->isReadOnly() && !inPicker)
            values.append(edit->text());
    }
    for (const QPlainTextEdit *edit : form->findChildren<QPlainTextEdit *>()) {
        if (!edit->isReadOnly())
            values.append(edit->toPlainText());
    }
    for (const QTableWidget *table : form->findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem *item = table->item(row, column);
                values.append(item ? item->text() : QString());
            }
        }
    }
    return values;
}

bool FlowDialog::hasTypedInput() const
{
    const QStringList now = typedValues();
    if (!m_shown)
        return std::any_of(now.cbegin(), now.cend(), [](const QString &v) { return !v.isEmpty(); });
    return now != m_opened;
}

void FlowDialog::askBeforeDiscarding()
{
    // A question answered a moment ago may still be waiting to be deleted.
    if (m_discardQuestion && m_discardQuestion->isVisible()) {
        m_discardQuestion->raise();
        return;
    }
    auto *question =
        new QMessageBox(QMessageBox::Question, tr("Discard what you typed?"),
                        //: %1 names what this dialog creates, as set by setNoun() ("payment",
                        //: "refund", "checkout link", "customer"); word it so no article is needed.
                        tr("Discard the %1 you typed?").arg(m_noun), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("discardQuestion"));
    question->setInformativeText(tr("Nothing was sent. If you close now, what you typed is lost."));
    QPushButton *keep = question->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    QPushButton *discard = question->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    keep->setAccessibleName(tr("Keep editing"));
    discard->setAccessibleName(tr("Discard"));
    question->setDefaultButton(keep);
    question->setEscapeButton(keep);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *button) {
        if (button == discard && !m_busy)
            QDialog::reject();
    });
    m_discardQuestion = question;
    question->open();
}

void FlowDialog::askBeforeClosing()
{
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return;
    }
    auto *question =
        new QMessageBox(QMessageBox::Warning, tr("Still waiting for the answer"),
                        //: %1 names what this dialog creates, as set by setNoun() ("payment",
                        //: "refund", "checkout link", "customer"); word it so no article is needed.
                        tr("Paydesk has sent the %1 and is waiting for the answer.").arg(m_noun),
                        QMessageBox::NoButton, this);
    question->setInformativeText(
        //: %1 names what this dialog creates, as set by setNoun() ("payment",
        //: "refund", "checkout link", "customer"); word it so no article is needed.
        tr("If you close now, Paydesk still takes the answer: a %1 that was created appears in "
           "the lists, and if it was not, this window opens again to say so.")
            .arg(m_noun));
    QPushButton *wait = question->addButton(tr("&Keep waiting"), QMessageBox::RejectRole);
    QPushButton *close = question->addButton(tr("C&lose anyway"), QMessageBox::DestructiveRole);
    wait->setAccessibleName(tr("Keep waiting"));
    close->setAccessibleName(tr("Close anyway"));
    question->setDefaultButton(wait);
    question->setEscapeButton(wait);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, close](QAbstractButton *button) {
        if (button != close)
            return;
        if (!m_busy) {
            QDialog::reject();
            return;
        }
        m_closeWhenDone = true;
        hide();
    });
    m_closeQuestion = question;
    question->open();
}

} // namespace paydesk
