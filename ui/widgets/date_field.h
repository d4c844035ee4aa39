#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;
class QMenu;

namespace paydesk {

// A day typed as text: the locale's short format ("11/20/2026", "20.11.2026", a two-digit year
// meaning this century) or ISO 8601 ("2026-11-20"); the calendar button beside the text picks
// one instead (Alt+Down opens it from the keyboard). Nothing jumps while typing: the date is read
// when the person leaves the field or presses Enter, and text that is no date is kept and marked,
// never turned into another day. Empty means no date.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // The day shown; invalid when the field is empty.
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // True when the text is neither empty nor a day this field reads.
    bool hasInvalidText() const { return m_invalid; }

    // The day `text` names in `locale`'s short format or ISO 8601; invalid when none.
    static QDate parse(const QString &text, const QLocale &locale);
    // The format days are shown in: the locale's short one, with the year in four digits.
    static QString displayFormat(const QLocale &locale);

    // The calendar, once it has been opened (Alt+Down or the button).
    QCalendarWidget *calendar() const { return m_calendar; }

signals:
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void readText();
    void markInvalid(bool invalid);
    void showCalendar();

    QDate m_date;
    bool m_invalid = false;
    QString m_hint;
    QMenu *m_calendarMenu = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace paydesk
