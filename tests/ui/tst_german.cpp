// Paydesk in German, as a person whose system speaks German sees it: the catalogue the build
// makes is loaded for the system locale (LANG=de_DE.UTF-8, set by ctest), the window and the
// validation messages speak German, and money, numbers and dates are written the German way.
#include "models/drafts.h"
#include "models/fields.h"
#include "models/money.h"
#include "models/payment_intent_table_model.h"
#include "models/status.h"
#include "sandbox/sandbox_server.h"
#include "services/workspace.h"
#include "ui/environment_banner.h"
#include "ui/main_window.h"
#include "ui/payment_intents_page.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace paydesk;

namespace {

QStringList actionTexts(const QWidget *widget)
{
    QStringList texts;
    for (const QAction *action : widget->findChildren<QAction *>())
        texts.append(action->text());
    return texts;
}

} // namespace

class TestGerman : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTranslator m_translator;
    std::unique_ptr<sandbox::SandboxServer> m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PaydeskTest"));

        // The locale comes from the environment, as a user's does.
        QCOMPARE(QLocale::system().language(), QLocale::German);
        QCOMPARE(QLocale().language(), QLocale::German);
        QVERIFY2(m_translator.load(QLocale(), QStringLiteral("paydesk"), QStringLiteral("_"),
                                   QStringLiteral(PAYDESK_QM_DIR)),
                 "the build made no German catalogue in " PAYDESK_QM_DIR);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));

        sandbox::SandboxOptions options;
        options.processingDelayMs = 0;
        options.seedSizes.customers = 5;
        options.seedSizes.paymentIntents = 30;
        options.seedSizes.checkoutSessions = 3;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_server->listen());
    }

    void theWindowSpeaksGerman()
    {
        MainWindow window;
        QStringList menus;
        for (const QAction *menu : window.menuBar()->actions())
            menus.append(menu->text());
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u", ")));
        QVERIFY(menus.contains(QStringLiteral("&Hilfe")));

        const QStringList actions = actionTexts(&window);
        QVERIFY2(actions.contains(QStringLiteral("Zahlung annehmen…")),
                 qPrintable(actions.join(u", ")));
        // A page's name inside a sentence keeps the capital a German noun has.
        QVERIFY(actions.contains(QStringLiteral("Zahlungen als CSV exportieren…")));

        auto *search = window.paymentIntentsPage()->findChild<QLineEdit *>();
        QVERIFY(search);
        QCOMPARE(search->accessibleName(), QStringLiteral("Zahlungen durchsuchen"));
    }

    void theBannerSaysSandboxInGerman()
    {
        MainWindow window;
        Profile local;
        local.name = QStringLiteral("Lokal");
        local.environment = Environment::Custom;
        local.customBaseUrl = m_server->apiBaseUrl();
        window.banner()->showFor(local, false);
        QCOMPARE(window.banner()->badgeText(), QStringLiteral("LOKALE SANDBOX"));
    }

    void moneyIsReadAndWrittenTheGermanWay()
    {
        const QString euros = Money(123456, QStringLiteral("EUR")).toString();
        QCOMPARE(QString(euros).replace(QChar(0x00A0), QLatin1Char(' ')),
                 QStringLiteral("1.234,56 €"));
        // What a German types: a comma before the cents, points between thousands.
        const Money::ParseResult typed = Money::parse(u"1.234,56", u"EUR");
        QVERIFY(typed.ok());
        QCOMPARE(typed.value->minorUnits(), qint64(123456));
        QCOMPARE(Money::parse(u"0,1", u"EUR").value->minorUnits(), qint64(10));
        // And a rule broken is explained in German.
        const Money::ParseResult yen = Money::parse(u"12,5", u"JPY");
        QVERIFY(!yen.ok());
        QCOMPARE(yen.error, QStringLiteral("JPY-Beträge haben keine Nachkommastellen."));
    }

    void validationMessagesAreGerman()
    {
        const ValidationResult result = CustomerDraft().validate();
        QVERIFY(!result.ok());
        QCOMPARE(result.messageFor(field::FirstName),
                 QStringLiteral("Geben Sie den Vor- und Nachnamen des Kunden oder einen "
                                "Firmennamen ein."));
        QCOMPARE(IntentStatus(QStringLiteral("succeeded")).displayName(),
                 QStringLiteral("Erfolgreich"));
    }

    void theTableWritesAmountsAndDatesTheGermanWay()
    {
        MainWindow window;
        Profile profile;
        profile.name = QStringLiteral("Lokal");
        profile.environment = Environment::Custom;
        profile.customBaseUrl = m_server->apiBaseUrl();
        profile.clientId = m_server->options().clientId;
        Workspace session(
            profile,
            Credentials{m_server->options().clientId, m_server->options().apiKey.toUtf8(), {}, {}},
            false);
        window.setSession(&session);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading() && session.lastRefreshed().isValid(), 30000);
        const PaymentIntentTableModel *intents = session.paymentIntents();
        QVERIFY(intents->rowCount() > 0);
        // German short dates: 22.11.26 14:05.
        const QRegularExpression germanDate(
            QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d$"));
        for (int row = 0; row < intents->rowCount(); ++row) {
            const PaymentIntent &intent = intents->at(row);
            const QString amount =
                intents->index(row, PaymentIntentTableModel::AmountColumn).data().toString();
            QCOMPARE(amount, intent.amount.toString(QLocale()));
            if (intent.amount.minorUnits() % 100 != 0 || intent.amount.minorUnits() >= 100000)
                QVERIFY2(amount.contains(QLatin1Char(',')) || amount.contains(QLatin1Char('.')),
                         qPrintable(amount));
            const QString created =
                intents->index(row, PaymentIntentTableModel::CreatedColumn).data().toString();
            QVERIFY2(germanDate.match(created).hasMatch(), qPrintable(created));
        }
        window.setSession(nullptr);
    }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
