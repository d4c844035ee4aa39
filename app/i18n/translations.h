#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace paydesk {

// Installs Qt's own messages (qtbase) and Paydesk's catalogue for the locale, the system's
// unless told otherwise, into the application. Catalogues that are not there are skipped: the
// program then speaks English. Call it before any user-visible text is built.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

// Where Paydesk's catalogues (paydesk_<language>.qm) are looked for, relative to the running
// executable so that one build works installed, from its build tree and when deployed:
// <bin>/../share/paydesk/translations on Linux and in the build tree, <bin>/translations next to
// a deployed Windows executable, and <bundle>/Contents/Resources/translations on macOS.
QStringList translationDirectories();

} // namespace paydesk
