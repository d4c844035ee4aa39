#include "app/i18n/translations.h"
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    paydesk::installTranslations(app);

    paydesk::cli::Cli cli(QCoreApplication::arguments());
    cli.start();
    return QCoreApplication::exec();
}
