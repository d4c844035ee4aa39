#include "ui/widgets/date_field.h"

#include "ui/widgets/palette_colours.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QMenu>
#include <QStyle>
#include <QWidgetAction>

#include <algorithm>

namespace paydesk {

namespace {

// A short format names the year in two digits ("M/d/yy"); people read and type four.
QString withLongYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    const QLocale locale;
    setPlaceholderText(tr("Any date"));
    m_hint = tr("Type a date like %1 or %2, or pick one in the calendar")
                 .arg(QDate::currentDate().toString(displayFormat(locale)),
                      QDate::currentDate().toString(Qt::ISODate));
    setToolTip(m_hint);
    QAction *calendar = addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                  QLineEdit::TrailingPosition);
    calendar->setText(tr("Pick a date"));
    calendar->setToolTip(tr("Pick a date"));
    connect(calendar, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateField::readText);
    // A mark stays only as long as the text it is about.
    connect(this, &QLineEdit::textEdited, this, [this] { markInvalid(false); });
    // Room for the longest day and for the placeholder, whichever is wider.
    const int width =
        std::max(fontMetrics().horizontalAdvance(
                     QDate(2026, 12, 28).toString(displayFormat(locale)) + QLatin1String("MM")),
                 fontMetrics().horizontalAdvance(placeholderText() + QLatin1String("M")));
    setMinimumWidth(width + 28);
    setMaximumWidth(width + 36);
}

QString DateField::displayFormat(const QLocale &locale)
{
    return withLongYear(locale.dateFormat(QLocale::ShortFormat));
}

QDate DateField::parse(const QString &typed, const QLocale &locale)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date;
    // As shown, with the year in four digits or two, and with days and months in one digit
    // where the format wants two ("4.12.2026" as well as "04.12.2026").
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QString loose = shortFormat;
    loose.replace(QLatin1String("dd"), QLatin1String("d"))
        .replace(QLatin1String("MM"), QLatin1String("M"));
    for (const QString &format :
         {withLongYear(shortFormat), withLongYear(loose), shortFormat, loose}) {
        date = locale.toDate(text, format);
        if (!date.isValid())
            continue;
        // Qt reads a two-digit year as 19xx; a payment is from this century.
        if (date.year() < 2000 && !format.contains(QLatin1String("yyyy")))
            date = date.addYears(100);
        return date;
    }
    return date;
}

void DateField::setDate(const QDate &date)
{
    const bool changed = date != m_date;
    m_date = date;
    setText(date.isValid() ? date.toString(displayFormat(QLocale())) : QString());
    markInvalid(false);
    if (changed)
        emit dateChanged(m_date);
}

void DateField::readText()
{
    if (text().trimmed().isEmpty()) {
        setDate({});
        return;
    }
    const QDate date = parse(text(), QLocale());
    if (!date.isValid()) {
        markInvalid(true);
        return;
    }
    setDate(date);
}

void DateField::markInvalid(bool invalid)
{
    if (invalid == m_invalid)
        return;
    m_invalid = invalid;
    QPalette palette = parentWidget() ? parentWidget()->palette() : QPalette();
    if (invalid)
        palette.setColor(QPalette::Base, colours::tint(palette, colours::errorText(palette), 0.18));
    setPalette(palette);
    const QString example = QDate::currentDate().toString(displayFormat(QLocale()));
    setAccessibleDescription(invalid ? tr("Not a date: type one like %1").arg(example) : QString());
    setToolTip(invalid ? tr("Not a date: type one like %1 or %2")
                             .arg(example, QDate::currentDate().toString(Qt::ISODate))
                       : m_hint);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    // As in a combo box: the calendar without reaching for the mouse.
    if ((event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier)) ||
        event->key() == Qt::Key_F4) {
        showCalendar();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::showCalendar()
{
    if (!m_calendarMenu) {
        m_calendarMenu = new QMenu(this);
        m_calendar = new QCalendarWidget(m_calendarMenu);
        m_calendar->setAccessibleName(tr("Calendar"));
        auto *holder = new QWidgetAction(m_calendarMenu);
        holder->setDefaultWidget(m_calendar);
        m_calendarMenu->addAction(holder);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
            m_calendarMenu->close();
            setDate(date);
        });
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
            m_calendarMenu->close();
            setDate(date);
        });
    }
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    m_calendarMenu->popup(mapToGlobal(QPoint(0, height())));
    m_calendar->setFocus();
}

} // namespace paydesk
