#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace paydesk {

namespace {

// Loads the first catalogue prefix_<language>.qm found in directories into a translator owned
// by app and installs it.
bool installFirst(QCoreApplication &app, const QLocale &locale, const QString &prefix,
                  const QStringList &directories)
{
    for (const QString &directory : directories) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, prefix, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

QString besideExecutable(const QString &relativePath)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           relativePath);
}

} // namespace

QStringList translationDirectories()
{
    return {besideExecutable(QStringLiteral("../share/paydesk/translations")),
            besideExecutable(QStringLiteral("translations")),
            besideExecutable(QStringLiteral("../Resources/translations"))};
}

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings: the standard buttons, the context menus of text fields, and so on. A
    // system Qt keeps them in its translations path; Qt's deploy tools put them beside the
    // program.
    installFirst(app, locale, QStringLiteral("qtbase"),
                 {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                  besideExecutable(QStringLiteral("translations")),
                  besideExecutable(QStringLiteral("../Resources/translations"))});
    installFirst(app, locale, QStringLiteral("paydesk"), translationDirectories());
}

} // namespace paydesk
