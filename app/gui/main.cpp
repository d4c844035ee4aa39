#include "app/i18n/translations.h"
#include "app_controller.h"
#include "network/provider_factory.h"
#include "services/workspace.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QTextStream>

namespace {

// With PAYDESK_REPORT_FIRST_PAINT set, prints how long after start the main window first
// painted: the benchmark reads it from the real program rather than from a stand-in.
class FirstPaintReporter : public QObject
{
public:
    FirstPaintReporter(QWidget *window, const QElapsedTimer &sinceStart)
        : m_window(window)
        , m_sinceStart(sinceStart)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            QTextStream(stdout) << "first-paint-ms " << m_sinceStart.nsecsElapsed() / 1e6
                                << Qt::endl;
            qApp->removeEventFilter(this);
        }
        return false;
    }

private:
    QWidget *m_window;
    QElapsedTimer m_sinceStart;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QApplication::setApplicationName(QStringLiteral("Paydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Paydesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.paydesk.Paydesk"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.paydesk.Paydesk"),
                         QIcon(QStringLiteral(":/icons/org.paydesk.Paydesk.svg"))));
    paydesk::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Paydesk: take payments, send checkout links and review "
                                        "payment intents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Start on the built-in demo: a "
                                                                "local sandbox with sample data."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Open the profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption demoIntents(
        QStringLiteral("demo-intents"),
        QApplication::translate("main", "Number of payment intents the demo is seeded with."),
        QStringLiteral("N"));
    const QCommandLineOption demoProvider(
        QStringLiteral("demo-provider"),
        QApplication::translate("main", "With --demo, open the demo of this provider: dots or "
                                        "synaptopay (both are a click away in the profile list)."),
        QStringLiteral("PROVIDER"));
    parser.addOption(demo);
    parser.addOption(demoProvider);
    parser.addOption(profile);
    parser.addOption(demoIntents);
    parser.process(app);

    paydesk::LaunchOptions options;
    options.demo = parser.isSet(demo);
    options.profile = parser.value(profile);
    if (parser.isSet(demoProvider)) {
        options.demoProvider = parser.value(demoProvider).toLower();
        if (!paydesk::findProvider(options.demoProvider)) {
            QTextStream(stderr) << "paydesk: --demo-provider must be dots or synaptopay\n";
            return 2;
        }
        options.demo = true;
    }
    if (parser.isSet(demoIntents)) {
        bool ok = false;
        const int n = parser.value(demoIntents).toInt(&ok);
        if (!ok || n < 0 || n > 100000) {
            QTextStream(stderr) << "paydesk: --demo-intents must be a number from 0 to 100000\n";
            return 2;
        }
        options.demoIntents = n;
    }

    paydesk::AppController controller(options);
    if (qEnvironmentVariableIsSet("PAYDESK_REPORT_FIRST_PAINT"))
        app.installEventFilter(new FirstPaintReporter(controller.window(), sinceStart));
    controller.start();
    return QApplication::exec();
}
