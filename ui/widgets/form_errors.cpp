#include "ui/widgets/form_errors.h"

#include "ui/widgets/message_banner.h"
#include "ui/widgets/palette_colours.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <algorithm>

namespace paydesk {

namespace {

// Every label createLabel() made: it follows palette changes to keep the error colour readable.
class ErrorLabel : public QLabel
{
public:
    explicit ErrorLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        setAccessibleName(FormErrors::tr("Error"));
        // The message sits right under its field, closer to it than to the next row.
        setContentsMargins(2, 0, 0, 2);
        applyColour();
        hide();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange && !m_styling)
            applyColour();
    }

private:
    void applyColour()
    {
        m_styling = true;
        QPalette own = palette();
        own.setColor(QPalette::WindowText, colours::errorText(own));
        setPalette(own);
        m_styling = false;
    }

    bool m_styling = false;
};

bool isAncestorOrSelf(const QWidget *ancestor, const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        if (o == ancestor)
            return true;
    }
    return false;
}

} // namespace

FormErrors::FormErrors(QObject *parent)
    : QObject(parent)
{}

void FormErrors::setBanner(MessageBanner *banner)
{
    m_banner = banner;
}

QLabel *FormErrors::createLabel(QWidget *parent)
{
    return new ErrorLabel(parent);
}

QString FormErrors::parentPath(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const qsizetype bracket = path.lastIndexOf(QLatin1Char('['));
    const qsizetype cut = std::max(dot, bracket);
    return cut <= 0 ? QString() : path.left(cut);
}

void FormErrors::bind(const QString &field, QWidget *widget, QLabel *label)
{
    m_fields.insert(field, widget);
    if (Target *existing = targetFor(widget)) {
        existing->label = label;
        return;
    }
    m_targets.append(Target{widget, label, widget->accessibleDescription(), {}});
    watchEdits(widget);
}

void FormErrors::unbindPrefix(const QString &prefix)
{
    for (auto it = m_fields.begin(); it != m_fields.end();) {
        if (it.key().startsWith(prefix))
            it = m_fields.erase(it);
        else
            ++it;
    }
    // Widgets no field points to any more are forgotten with their messages.
    QList<QPointer<QLabel>> touched;
    for (qsizetype i = m_targets.size() - 1; i >= 0; --i) {
        const Target &target = m_targets.at(i);
        bool used = false;
        for (const QPointer<QWidget> &w : std::as_const(m_fields))
            used = used || w == target.widget;
        if (!used || !target.widget) {
            touched.append(target.label);
            m_targets.removeAt(i);
        }
    }
    for (const QPointer<QLabel> &label : std::as_const(touched))
        refresh(label);
}

QWidget *FormErrors::widgetFor(const QString &field) const
{
    for (QString path = field; !path.isEmpty(); path = parentPath(path)) {
        const auto it = m_fields.constFind(path);
        if (it != m_fields.constEnd() && *it)
            return *it;
    }
    return nullptr;
}

QWidget *FormErrors::show(const QList<FieldError> &errors)
{
    clearAll();
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        if (QWidget *widget = widgetFor(error.field)) {
            addMessage(widget, error.message);
            if (!first)
                first = widget;
        } else {
            m_unplaced.append(error.message);
        }
    }
    showUnplaced();
    emit errorsChanged();
    return first;
}

bool FormErrors::showField(const QString &field, const QString &message)
{
    QWidget *widget = widgetFor(field);
    if (!widget)
        return false;
    addMessage(widget, message);
    emit errorsChanged();
    return true;
}

QWidget *FormErrors::showServerError(const ApiError &error)
{
    // Each field the server named gets its own words beside it; the first one placed is
    // returned, so the dialog can put the focus there.
    QList<FieldError> named = error.fieldErrors;
    if (named.isEmpty() && !error.field.isEmpty())
        named.append({error.field, error.serverMessage});
    QWidget *first = nullptr;
    for (const FieldError &e : std::as_const(named)) {
        QWidget *widget = widgetFor(e.field);
        if (!widget)
            continue;
        // The server's own words name the rule; the message says what to do about it.
        const QString words = e.message.isEmpty() ? error.serverMessage : e.message;
        addMessage(widget,
                   words.isEmpty() ? error.message : tr("The server refused this: %1").arg(words));
        if (!first)
            first = widget;
    }
    if (first)
        emit errorsChanged();
    return first;
}

void FormErrors::checkOnLeave(QLineEdit *edit, const QString &field, std::function<QString()> check)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, check] {
        // Leaving because the window closes is not leaving the field to go on.
        if (!edit->isVisible())
            return;
        const QString message = check();
        if (message.isEmpty())
            return;
        clear(edit);
        showField(field, message);
    });
}

void FormErrors::clear(QWidget *widget)
{
    Target *target = targetFor(widget);
    if (!target || target->messages.isEmpty())
        return;
    target->messages.clear();
    updateDescription(*target);
    refresh(target->label);
    emit errorsChanged();
}

void FormErrors::clearAll()
{
    QList<QPointer<QLabel>> labels;
    for (Target &target : m_targets) {
        if (target.messages.isEmpty())
            continue;
        target.messages.clear();
        updateDescription(target);
        labels.append(target.label);
    }
    for (const QPointer<QLabel> &label : std::as_const(labels))
        refresh(label);
    if (!m_unplaced.isEmpty() && m_banner)
        m_banner->clear();
    m_unplaced.clear();
}

bool FormErrors::hasErrors() const
{
    if (!m_unplaced.isEmpty())
        return true;
    return std::any_of(m_targets.cbegin(), m_targets.cend(),
                       [](const Target &t) { return !t.messages.isEmpty(); });
}

QString FormErrors::messageFor(const QWidget *widget) const
{
    const Target *target = targetFor(widget);
    return target ? target->messages.join(QLatin1Char('\n')) : QString();
}

QLabel *FormErrors::labelFor(const QWidget *widget) const
{
    const Target *target = targetFor(widget);
    return target ? target->label.data() : nullptr;
}

void FormErrors::widgetEdited()
{
    const QObject *source = sender();
    bool changed = false;
    QList<QPointer<QLabel>> labels;
    for (Target &target : m_targets) {
        if (target.messages.isEmpty() || !target.widget)
            continue;
        if (!isAncestorOrSelf(target.widget, source))
            continue;
        target.messages.clear();
        updateDescription(target);
        labels.append(target.label);
        changed = true;
    }
    for (const QPointer<QLabel> &label : std::as_const(labels))
        refresh(label);
    if (changed)
        emit errorsChanged();
}

FormErrors::Target *FormErrors::targetFor(const QWidget *widget)
{
    for (Target &target : m_targets) {
        if (target.widget == widget)
            return &target;
    }
    return nullptr;
}

const FormErrors::Target *FormErrors::targetFor(const QWidget *widget) const
{
    for (const Target &target : m_targets) {
        if (target.widget == widget)
            return &target;
    }
    return nullptr;
}

void FormErrors::watchEdits(QWidget *widget)
{
    // Our compound widgets say when a person changed them.
    const int edited = widget->metaObject()->indexOfSignal("edited()");
    if (edited >= 0) {
        const QMetaMethod signal = widget->metaObject()->method(edited);
        const QMetaMethod slot = metaObject()->method(metaObject()->indexOfSlot("widgetEdited()"));
        connect(widget, signal, this, slot, Qt::UniqueConnection);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        connect(edit, &QLineEdit::textEdited, this, &FormErrors::widgetEdited,
                Qt::UniqueConnection);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        connect(combo, &QComboBox::activated, this, &FormErrors::widgetEdited,
                Qt::UniqueConnection);
        if (QLineEdit *comboEdit = combo->lineEdit())
            connect(comboEdit, &QLineEdit::textEdited, this, &FormErrors::widgetEdited,
                    Qt::UniqueConnection);
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        connect(spin, &QSpinBox::valueChanged, this, &FormErrors::widgetEdited,
                Qt::UniqueConnection);
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        connect(button, &QAbstractButton::clicked, this, &FormErrors::widgetEdited,
                Qt::UniqueConnection);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        connect(text, &QPlainTextEdit::textChanged, this, &FormErrors::widgetEdited,
                Qt::UniqueConnection);
    } else {
        // A plain container (a group of radio buttons and an amount): editing anything in it
        // clears its error.
        const QList<QWidget *> children =
            widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *child : children)
            watchEdits(child);
    }
}

void FormErrors::addMessage(QWidget *widget, const QString &message)
{
    Target *target = targetFor(widget);
    if (!target)
        return;
    if (!target->messages.contains(message))
        target->messages.append(message);
    updateDescription(*target);
    refresh(target->label);
}

void FormErrors::refresh(QLabel *label)
{
    if (!label)
        return;
    QStringList lines;
    for (const Target &target : std::as_const(m_targets)) {
        if (target.label != label)
            continue;
        for (const QString &message : target.messages) {
            if (!lines.contains(message))
                lines.append(message);
        }
    }
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

void FormErrors::updateDescription(Target &target)
{
    if (!target.widget)
        return;
    const QString description = target.messages.isEmpty() ? target.originalDescription
                                                          : target.messages.join(QLatin1Char(' '));
    if (target.widget->accessibleDescription() == description)
        return;
    target.widget->setAccessibleDescription(description);
    QAccessibleEvent event(target.widget, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void FormErrors::showUnplaced()
{
    if (m_unplaced.isEmpty() || !m_banner)
        return;
    m_banner->showMessage(MessageBanner::Kind::Error, tr("Please correct the following:"),
                          m_unplaced.join(QLatin1Char('\n')));
}

} // namespace paydesk
