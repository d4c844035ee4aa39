#include "ui/widgets/form_errors.h"

#include "ui/widgets/message_banner.h"
#include "ui/widgets/palette_colours.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPainter>
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
        // Hidden, the line keeps its room: a message that comes or goes moves nothing below it
        // (the next field, the dialog's buttons) under the person's pointer.
        QSizePolicy policy = sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        setSizePolicy(policy);
        applyColour();
        hide();
    }

    QSize sizeHint() const override { return atLeastOneLine(QLabel::sizeHint()); }
    QSize minimumSizeHint() const override { return atLeastOneLine(QLabel::minimumSizeHint()); }
    int heightForWidth(int width) const override
    {
        return std::max(QLabel::heightForWidth(width), oneLine());
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange && !m_styling)
            applyColour();
    }

private:
    int oneLine() const
    {
        const QMargins margins = contentsMargins();
        return fontMetrics().height() + margins.top() + margins.bottom();
    }
    QSize atLeastOneLine(QSize size) const
    {
        size.setHeight(std::max(size.height(), oneLine()));
        return size;
    }

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

// The frame in the error colour around a field that has an error: drawn over the field by a
// sibling that lets every click through, so it fits any widget (a line edit, a spin box, a
// compound picker) without restyling it.
class ErrorOutline : public QWidget
{
public:
    explicit ErrorOutline(QWidget *field)
        : QWidget(field->parentWidget())
        , m_field(field)
    {
        setObjectName(QStringLiteral("errorOutline"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        field->installEventFilter(this);
        follow();
    }

    void setShown(bool shown)
    {
        m_shown = shown;
        follow();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_field) {
            switch (event->type()) {
            case QEvent::Move:
            case QEvent::Resize:
            case QEvent::Show:
            case QEvent::Hide:
                follow();
                break;
            default:
                break;
            }
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(colours::errorText(palette()));
        pen.setWidthF(2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }

private:
    void follow()
    {
        if (!m_field)
            return;
        setGeometry(m_field->geometry());
        const bool visible = m_shown && !m_field->isHidden();
        setVisible(visible);
        if (visible)
            raise();
    }

    QPointer<QWidget> m_field;
    bool m_shown = false;
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
{
    connect(qApp, &QApplication::focusChanged, this, &FormErrors::focusChanged);
}

void FormErrors::setLeaveCheck(std::function<ValidationResult()> check, bool complete)
{
    m_leaveCheck = std::move(check);
    m_leaveCheckComplete = complete;
}

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
    m_targets.append(Target{widget, label, widget->accessibleDescription(), {}, {}, false, false});
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
            if (target.outline)
                target.outline->deleteLater();
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
        if (Target *target = targetFor(widget))
            target->fromServer = true;
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
    target->fromServer = false;
    updateDescription(*target);
    refresh(target->label);
    emit errorsChanged();
}

void FormErrors::clearAll()
{
    QList<QPointer<QLabel>> labels;
    for (Target &target : m_targets) {
        target.fromServer = false;
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
        if (!target.widget || !isAncestorOrSelf(target.widget, source))
            continue;
        target.edited = true;
        if (target.messages.isEmpty())
            continue;
        target.messages.clear();
        target.fromServer = false;
        updateDescription(target);
        labels.append(target.label);
        changed = true;
    }
    for (const QPointer<QLabel> &label : std::as_const(labels))
        refresh(label);
    if (dropResolved())
        changed = true;
    if (changed)
        emit errorsChanged();
}

bool FormErrors::dropResolved()
{
    if (!m_leaveCheck || !m_leaveCheckComplete)
        return false;
    if (std::none_of(m_targets.cbegin(), m_targets.cend(),
                     [](const Target &t) { return !t.messages.isEmpty() && !t.fromServer; }))
        return false;
    const ValidationResult result = m_leaveCheck();
    QList<const QWidget *> stillWrong;
    for (const FieldError &error : result.errors())
        stillWrong.append(widgetFor(error.field));
    bool dropped = false;
    QList<QPointer<QLabel>> labels;
    for (Target &target : m_targets) {
        if (target.messages.isEmpty() || target.fromServer || !target.widget ||
            stillWrong.contains(target.widget))
            continue;
        target.messages.clear();
        updateDescription(target);
        labels.append(target.label);
        dropped = true;
    }
    for (const QPointer<QLabel> &label : std::as_const(labels))
        refresh(label);
    return dropped;
}

void FormErrors::focusChanged(QWidget *old, QWidget *now)
{
    // Leaving for another window (a popup, a question, another application) is not leaving the
    // field to go on with the form.
    if (!m_leaveCheck || !old || !now || old->window() != now->window())
        return;
    QList<QPointer<QWidget>> left;
    for (const Target &target : std::as_const(m_targets)) {
        if (target.widget && target.edited && isAncestorOrSelf(target.widget, old) &&
            !isAncestorOrSelf(target.widget, now))
            left.append(target.widget);
    }
    for (const QPointer<QWidget> &widget : std::as_const(left)) {
        if (widget)
            checkLeft(widget);
    }
}

void FormErrors::checkLeft(QWidget *widget)
{
    if (!widget->isVisible() || !widget->isEnabled())
        return;
    const ValidationResult result = m_leaveCheck();
    QStringList messages;
    for (const FieldError &error : result.errors()) {
        if (widgetFor(error.field) == widget && !messages.contains(error.message))
            messages.append(error.message);
    }
    // Editing already took the field's own stale message away; a message shown by another
    // check (checkOnLeave) stays when this one has nothing to say.
    Target *target = targetFor(widget);
    if (!target || messages.isEmpty() || target->messages == messages)
        return;
    target->messages = messages;
    updateDescription(*target);
    refresh(target->label);
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
    const bool invalid = !target.messages.isEmpty();
    target.widget->setProperty("invalid", invalid);
    if (invalid && !target.outline) {
        // A compound widget (a customer picker) is marked on the part that takes the input,
        // not around its status lines.
        QWidget *input = target.widget->focusProxy();
        if (!input || !target.widget->isAncestorOf(input))
            input = target.widget;
        if (input->parentWidget())
            target.outline = new ErrorOutline(input);
    }
    if (target.outline)
        static_cast<ErrorOutline *>(target.outline.data())->setShown(invalid);
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
