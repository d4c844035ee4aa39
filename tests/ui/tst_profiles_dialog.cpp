// The profiles dialog against the real OS keychain (a private Secret Service started by
// with-keyring.sh), the case where there is no keychain at all, and the first-run choice.
#include "dialog_fixture.h"
#include "network/credential_store.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/dialogs/profiles_dialog.h"
#include "ui/widgets/message_banner.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>

using namespace paydesk;
using namespace paydesk::testing;

namespace {

std::optional<Result<QByteArray, KeychainError>> readKey(CredentialStore &store,
                                                         const QString &profile, QObject *context)
{
    std::optional<Result<QByteArray, KeychainError>> slot;
    store.readApiKey(profile, context,
                     [&](const Result<QByteArray, KeychainError> &r) { slot = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(slot.has_value(), 20000); }();
    return slot;
}

// What is written to the settings file: the profile, never its key.
QByteArray settingsFileContents()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Fills in a new profile pointing at the sandbox.
void fillNewProfile(ProfilesDialog &dialog, const ConsoleFixture &f, const QString &name,
                    const QString &key)
{
    click(child<QPushButton>(&dialog, "addButton"));
    typeInto(child<QLineEdit>(&dialog, "nameEdit"), name);
    auto *environment = child<QComboBox>(&dialog, "environmentCombo");
    environment->setCurrentIndex(environment->findData(int(Environment::Custom)));
    typeInto(child<QLineEdit>(&dialog, "baseUrlEdit"), f.server->apiBaseUrl().toString());
    typeInto(child<QLineEdit>(&dialog, "clientIdEdit"), f.server->options().clientId);
    typeInto(child<QLineEdit>(&dialog, "apiKeyEdit"), key);
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() { QSettings().clear(); }

    void savesTheKeyInTheKeychainAndTestsTheConnection()
    {
        if (qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD"))
            QSKIP("runs in the parent, which has a keychain");
        ConsoleFixture f;
        QSettings settings;
        ProfileStore store(settings);
        KeychainCredentialStore keychain;
        MemoryCredentialStore memory;
        ProfilesDialog dialog(store, &keychain, &memory);
        QSignalSpy activated(&dialog, &ProfilesDialog::profileActivated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const QString name = QStringLiteral("Shop (sandbox)");
        const QString key = f.server->options().apiKey;
        fillNewProfile(dialog, f, name, key);
        auto *apiKey = child<QLineEdit>(&dialog, "apiKeyEdit");
        QCOMPARE(apiKey->echoMode(), QLineEdit::Password);
        // Not usable before it is saved.
        QVERIFY(!child<QPushButton>(&dialog, "useButton")->isEnabled());

        click(child<QPushButton>(&dialog, "saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY2(dialog.banner()->text().contains(keychain.storageDescription()),
                 qPrintable(dialog.banner()->text()));
        // The key went to the keychain, and nowhere else: not the form, not the settings file.
        const auto stored = readKey(keychain, name, this);
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value(), key.toUtf8());
        QCOMPARE(apiKey->text(), QString());
        QVERIFY(!settingsFileContents().isEmpty());
        QVERIFY(!settingsFileContents().contains(key.toUtf8()));
        const auto saved = store.find(name);
        QVERIFY(saved);
        QCOMPARE(saved->environment, Environment::Custom);
        QCOMPARE(saved->customBaseUrl, f.server->apiBaseUrl());
        QCOMPARE(dialog.profileList()->count(), 1);
        QVERIFY(!memory.storageDescription().isEmpty());

        // Opening it again never shows the key.
        dialog.selectProfile(name);
        QCOMPARE(apiKey->text(), QString());
        QVERIFY(child<QLineEdit>(&dialog, "nameEdit")->isReadOnly());

        // Test connection reads the stored key and lists one customer.
        click(child<QPushButton>(&dialog, "testButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY2(dialog.banner()->text().contains(QLatin1String("Connected to Dots")),
                 qPrintable(dialog.banner()->text()));

        click(child<QPushButton>(&dialog, "useButton"));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), name);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Leave the keychain as it was.
        std::optional<Result<Done, KeychainError>> removed;
        keychain.removeApiKey(name, this, [&](const auto &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    }

    void aRejectedKeyFailsTheTestWithTheReason()
    {
        if (qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD"))
            QSKIP("runs in the parent, which has a keychain");
        ConsoleFixture f;
        QSettings settings;
        ProfileStore store(settings);
        MemoryCredentialStore memory;
        ProfilesDialog dialog(store, &memory, &memory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString wrongKey = QStringLiteral("not-the-right-key");
        fillNewProfile(dialog, f, QStringLiteral("Wrong key"), wrongKey);
        click(child<QPushButton>(&dialog, "testButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(dialog.banner()->text(), QStringLiteral("The connection test failed."));
        QVERIFY2(dialog.banner()->detail().contains(QLatin1String("401")),
                 qPrintable(dialog.banner()->detail()));
        // The key is never echoed back, and testing does not save anything.
        QVERIFY(!dialog.banner()->detail().contains(wrongKey));
        QVERIFY(store.profiles().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "apiKeyEdit")->text(), wrongKey);
    }

    void removingAProfileRemovesItsKey()
    {
        if (qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD"))
            QSKIP("runs in the parent, which has a keychain");
        ConsoleFixture f;
        QSettings settings;
        ProfileStore store(settings);
        KeychainCredentialStore keychain;
        MemoryCredentialStore memory;
        ProfilesDialog dialog(store, &keychain, &memory);
        QSignalSpy changed(&dialog, &ProfilesDialog::profilesChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString name = QStringLiteral("Old shop");
        fillNewProfile(dialog, f, name, QStringLiteral("old-key"));
        click(child<QPushButton>(&dialog, "saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY(readKey(keychain, name, this)->ok());

        click(child<QPushButton>(&dialog, "removeButton"));
        auto *question = dialog.findChild<QMessageBox *>();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(question->text().contains(name));
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == QLatin1String("Remove"))
                remove = button;
        }
        QVERIFY(remove);
        click(remove);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY2(dialog.banner()->text().contains(QLatin1String("with its API key")),
                 qPrintable(dialog.banner()->text()));
        QVERIFY(!store.find(name));
        QCOMPARE(dialog.profileList()->count(), 0);
        const auto gone = readKey(keychain, name, this);
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error().kind, KeychainError::Kind::NotFound);
        QCOMPARE(changed.count(), 2); // saved, removed
    }

    // Without a Secret Service (no session bus at all): the reason, and the explicit choice to
    // keep the key in memory for this run only. Runs in a child process whose bus does not
    // exist.
    void noKeychainOffersMemoryForThisRunOnly()
    {
        if (!qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD")) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PAYDESK_KEYCHAIN_CHILD"), QStringLiteral("1"));
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/paydesk-no-bus"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("noKeychainOffersMemoryForThisRunOnly")});
            QVERIFY(child.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 90000);
            const QByteArray output = child.readAll();
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                     output.constData());
            QVERIFY2(output.contains(
                         "PASS   : TestProfilesDialog::noKeychainOffersMemoryForThisRunOnly()"),
                     output.constData());
            return;
        }

        ConsoleFixture f;
        QSettings settings;
        ProfileStore store(settings);
        KeychainCredentialStore keychain;
        keychain.setTimeoutMs(10000);
        MemoryCredentialStore memory;
        ProfilesDialog dialog(store, &keychain, &memory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString name = QStringLiteral("Counter");
        const QString key = f.server->options().apiKey;
        fillNewProfile(dialog, f, name, key);
        click(child<QPushButton>(&dialog, "saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);

        // Said plainly, with the keychain's own reason.
        MessageBanner *banner = dialog.banner();
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(banner->text().contains(QLatin1String("could not be stored in the keychain")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->detail().contains(QLatin1String("keychain"), Qt::CaseInsensitive),
                 qPrintable(banner->detail()));
        // The profile itself is saved; the key is nowhere yet, and never in the settings file.
        QVERIFY(store.find(name));
        QVERIFY(!settingsFileContents().contains(key.toUtf8()));
        QVERIFY(!readKey(memory, name, this)->ok());

        QPushButton *keep =
            banner->action(QStringLiteral("Keep the key in memory for this run only"));
        QVERIFY(keep);
        click(keep);
        QTRY_COMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(banner->text().contains(QLatin1String("in memory for this run only")),
                 qPrintable(banner->text()));
        const auto kept = readKey(memory, name, this);
        QVERIFY(kept && kept->ok());
        QCOMPARE(kept->value(), key.toUtf8());
        QCOMPARE(child<QLineEdit>(&dialog, "apiKeyEdit")->text(), QString());
        QVERIFY(!settingsFileContents().contains(key.toUtf8()));

        // The key in memory is enough to test the connection.
        click(child<QPushButton>(&dialog, "testButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Success);
    }

    void firstRunOffersTheDemoOrAnAccount()
    {
        if (qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD"))
            QSKIP("runs in the parent");
        FirstRunDialog demo;
        QSignalSpy chosen(&demo, &FirstRunDialog::chosen);
        demo.show();
        QVERIFY(QTest::qWaitForWindowExposed(&demo));
        QCOMPARE(demo.choice(), FirstRunDialog::Choice::None);
        click(demo.demoButton());
        QCOMPARE(demo.choice(), FirstRunDialog::Choice::Demo);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(demo.result(), int(QDialog::Accepted));

        FirstRunDialog account;
        account.show();
        QVERIFY(QTest::qWaitForWindowExposed(&account));
        click(account.connectButton());
        QCOMPARE(account.choice(), FirstRunDialog::Choice::ConnectAccount);

        FirstRunDialog later;
        later.show();
        QVERIFY(QTest::qWaitForWindowExposed(&later));
        QTest::keyClick(&later, Qt::Key_Escape);
        QCOMPARE(later.choice(), FirstRunDialog::Choice::None);
        QCOMPARE(later.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profiles_dialog.moc"
