// The profiles dialog against the real OS keychain (a private Secret Service started by
// with-keyring.sh), the case where there is no keychain at all, and the first-run choice.
#include "dialog_fixture.h"
#include "network/credential_store.h"
#include "network/provider_factory.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/dialogs/profiles_dialog.h"
#include "ui/widgets/message_banner.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QFormLayout>
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

// Chooses a provider as a person does: the combo box's item, then its activation.
void chooseProvider(ProfilesDialog &dialog, const QString &key)
{
    auto *provider = child<QComboBox>(&dialog, "providerCombo");
    const int index = provider->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    provider->setCurrentIndex(index);
    emit provider->activated(index);
}

// Fills in a new SynaptoPay profile pointing at the sandbox's SynaptoPay routes.
void fillNewSynaptoPayProfile(ProfilesDialog &dialog, const ConsoleFixture &f, const QString &name,
                              const QString &account, const QString &key)
{
    click(child<QPushButton>(&dialog, "addButton"));
    typeInto(child<QLineEdit>(&dialog, "nameEdit"), name);
    chooseProvider(dialog, QStringLiteral("synaptopay"));
    auto *environment = child<QComboBox>(&dialog, "environmentCombo");
    environment->setCurrentIndex(environment->findData(int(Environment::Custom)));
    typeInto(child<QLineEdit>(&dialog, "baseUrlEdit"), f.server->synaptoPayBaseUrl().toString());
    typeInto(child<QLineEdit>(&dialog, "accountEdit"), account);
    typeInto(child<QLineEdit>(&dialog, "apiKeyEdit"), key);
}

// Whether the form row holding `field` (label and field) is shown.
bool rowShown(ProfilesDialog &dialog, QLineEdit *field)
{
    QFormLayout *form = nullptr;
    for (QFormLayout *candidate : dialog.findChildren<QFormLayout *>())
        if (candidate->indexOf(field->parentWidget()) >= 0)
            form = candidate;
    if (!form)
        return false;
    QWidget *label = form->labelForField(field->parentWidget());
    return field->isVisible() && label && label->isVisible() && label->height() > 0 &&
           field->height() > 0;
}

const QString DemoAccount = QString::fromLatin1(sandbox::kSynaptoPayDemoAccount);
const QString DemoKey = QString::fromLatin1(sandbox::kSynaptoPayDemoApiKey);
const QString SecondKey = QString::fromLatin1(sandbox::kSynaptoPaySecondApiKey);

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

    // The rows follow the provider: an account for a key that acts for one (SynaptoPay), a
    // client id and app id otherwise (Dots); hidden, not merely disabled, and what was typed in
    // a hidden row is kept for when the person switches back.
    void choosingAProviderShowsItsOwnFields()
    {
        if (qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD"))
            QSKIP("runs in the parent");
        QSettings settings;
        ProfileStore store(settings);
        MemoryCredentialStore memory;
        ProfilesDialog dialog(store, &memory, &memory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        click(child<QPushButton>(&dialog, "addButton"));

        // Every provider Paydesk speaks is offered, by its name, the first one chosen.
        auto *provider = child<QComboBox>(&dialog, "providerCombo");
        QCOMPARE(provider->count(), int(knownProviders().size()));
        for (int i = 0; i < provider->count(); ++i)
            QCOMPARE(provider->itemText(i), QString(knownProviders()[i].name));
        QCOMPARE(provider->currentData().toString(), QStringLiteral("dots"));

        auto *clientId = child<QLineEdit>(&dialog, "clientIdEdit");
        auto *appId = child<QLineEdit>(&dialog, "appIdEdit");
        auto *account = child<QLineEdit>(&dialog, "accountEdit");
        auto *baseUrl = child<QLineEdit>(&dialog, "baseUrlEdit");
        auto *save = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(rowShown(dialog, clientId));
        QVERIFY(rowShown(dialog, appId));
        QVERIFY(!rowShown(dialog, account));
        typeInto(clientId, QStringLiteral("typed-client"));
        const QPoint saveAt = save->mapTo(&dialog, QPoint());

        chooseProvider(dialog, QStringLiteral("synaptopay"));
        QVERIFY(rowShown(dialog, account));
        QVERIFY(!rowShown(dialog, clientId));
        QVERIFY(!rowShown(dialog, appId));
        QVERIFY(!clientId->isVisible());
        QVERIFY(account->placeholderText().startsWith(QLatin1String("acct_")));
        // The buttons under the form stay where they were.
        QCoreApplication::processEvents();
        QCOMPARE(save->mapTo(&dialog, QPoint()), saveAt);
        // The base URL's hint is where a local sandbox serves this provider.
        auto *environment = child<QComboBox>(&dialog, "environmentCombo");
        environment->setCurrentIndex(environment->findData(int(Environment::Custom)));
        QVERIFY(baseUrl->isVisible());
        QVERIFY2(baseUrl->placeholderText().endsWith(
                     QString(knownProviders()[provider->currentIndex()].sandbox.path())),
                 qPrintable(baseUrl->placeholderText()));
        QVERIFY(baseUrl->placeholderText().contains(QLatin1String("/v1")));
        QCOMPARE(dialog.formProfile().provider, QStringLiteral("synaptopay"));
        QVERIFY(dialog.formProfile().keyActsForAccount());
        QCOMPARE(dialog.formProfile().clientId, QString());
        // Tab goes from the base URL to the account, then the key: never to a hidden row.
        baseUrl->setFocus(Qt::TabFocusReason);
        QTest::keyClick(baseUrl, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), account);
        QTest::keyClick(account, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "apiKeyEdit"));

        // Back on Dots: its rows again, with what was typed, and the base URL hint its own.
        chooseProvider(dialog, QStringLiteral("dots"));
        QVERIFY(rowShown(dialog, clientId));
        QVERIFY(!rowShown(dialog, account));
        QCOMPARE(clientId->text(), QStringLiteral("typed-client"));
        QVERIFY2(baseUrl->placeholderText().endsWith(QLatin1String("/api")),
                 qPrintable(baseUrl->placeholderText()));

        // A new profile started for a provider (the first-run choice) shows that provider.
        dialog.startNewProfile(QStringLiteral("synaptopay"));
        QCOMPARE(provider->currentData().toString(), QStringLiteral("synaptopay"));
        QVERIFY(rowShown(dialog, account));
        QCOMPARE(account->text(), QString());
    }

    // A bad account is refused before anything is sent or saved, with the rule under the
    // Account field, and nothing typed is lost.
    void aBadAccountShowsTheRuleUnderAccount()
    {
        if (qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD"))
            QSKIP("runs in the parent");
        ConsoleFixture f;
        QSettings settings;
        ProfileStore store(settings);
        MemoryCredentialStore memory;
        ProfilesDialog dialog(store, &memory, &memory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString name = QStringLiteral("Counter (SynaptoPay)");
        fillNewSynaptoPayProfile(dialog, f, name, QStringLiteral("demo"), DemoKey);
        auto *account = child<QLineEdit>(&dialog, "accountEdit");

        for (const char *button : {"saveButton", "testButton"}) {
            click(child<QPushButton>(&dialog, button));
            QVERIFY(!dialog.isBusy());
            const QString shown = shownError(dialog.formErrors(), account);
            QVERIFY2(shown.contains(QLatin1String("acct_")), qPrintable(shown));
            QVERIFY(dialog.formErrors()->labelFor(account)->isVisible());
            QCOMPARE(QApplication::focusWidget(), account);
            // The rule's extra lines squeeze no other row.
            QTRY_VERIFY(rowShown(dialog, child<QLineEdit>(&dialog, "baseUrlEdit")));
            QVERIFY(rowShown(dialog, account));
            QTRY_VERIFY(account->height() >= account->minimumSizeHint().height());
            // Only the account is wrong: nothing else is marked.
            QCOMPARE(shownError(dialog.formErrors(), child<QLineEdit>(&dialog, "nameEdit")),
                     QString());
            QCOMPARE(shownError(dialog.formErrors(), child<QLineEdit>(&dialog, "baseUrlEdit")),
                     QString());
            QVERIFY(dialog.banner()->kind() != MessageBanner::Kind::Success);
            // Everything typed is still there, and nothing was saved.
            QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), name);
            QCOMPARE(account->text(), QStringLiteral("demo"));
            QCOMPARE(child<QLineEdit>(&dialog, "baseUrlEdit")->text(),
                     f.server->synaptoPayBaseUrl().toString());
            QCOMPARE(child<QLineEdit>(&dialog, "apiKeyEdit")->text(), DemoKey);
            QCOMPARE(child<QComboBox>(&dialog, "providerCombo")->currentData().toString(),
                     QStringLiteral("synaptopay"));
            QVERIFY(store.profiles().isEmpty());
        }

        // An empty account says it is required; editing clears the message.
        typeInto(account, QString());
        click(child<QPushButton>(&dialog, "saveButton"));
        QVERIFY2(shownError(dialog.formErrors(), account).contains(QLatin1String("required")),
                 qPrintable(shownError(dialog.formErrors(), account)));
        typeInto(account, DemoAccount);
        QCOMPARE(shownError(dialog.formErrors(), account), QString());
    }

    // Test connection sends the key to the account's own path: the demo account's key works
    // there, another account's key is refused, and the message says it is the key or the
    // account.
    void testConnectionChecksTheKeyAgainstTheAccount()
    {
        if (qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD"))
            QSKIP("runs in the parent");
        ConsoleFixture f;
        QSettings settings;
        ProfileStore store(settings);
        MemoryCredentialStore memory;
        ProfilesDialog dialog(store, &memory, &memory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillNewSynaptoPayProfile(dialog, f, QStringLiteral("Counter"), DemoAccount, DemoKey);

        click(child<QPushButton>(&dialog, "testButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY2(dialog.banner()->text().contains(QLatin1String("Connected to SynaptoPay")),
                 qPrintable(dialog.banner()->text()));
        QVERIFY2(dialog.banner()->detail().contains(DemoAccount),
                 qPrintable(dialog.banner()->detail()));

        // acct_second's key on acct_demo's path: refused (403), said so, the key never shown.
        typeInto(child<QLineEdit>(&dialog, "apiKeyEdit"), SecondKey);
        click(child<QPushButton>(&dialog, "testButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(dialog.banner()->text(),
                 QStringLiteral("The API key was not accepted for account acct_demo."));
        const QString detail = dialog.banner()->detail();
        QVERIFY2(detail.contains(QLatin1String("403")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("Check the key and the account")),
                 qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("acct_second")), qPrintable(detail));
        QVERIFY(!detail.contains(SecondKey));
        QVERIFY(!dialog.banner()->text().contains(SecondKey));
        // Testing saves nothing and keeps what was typed.
        QVERIFY(store.profiles().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "apiKeyEdit")->text(), SecondKey);
        QCOMPARE(child<QLineEdit>(&dialog, "accountEdit")->text(), DemoAccount);

        // The right key on the other account is refused the same way.
        typeInto(child<QLineEdit>(&dialog, "accountEdit"),
                 QString::fromLatin1(sandbox::kSynaptoPaySecondAccount));
        typeInto(child<QLineEdit>(&dialog, "apiKeyEdit"), DemoKey);
        click(child<QPushButton>(&dialog, "testButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(dialog.banner()->text().contains(QLatin1String("acct_second")),
                 qPrintable(dialog.banner()->text()));
    }

    // Saving writes the provider and the account to settings and the key to the keychain only.
    void savingASynaptoPayProfileStoresProviderAndAccount()
    {
        if (qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD"))
            QSKIP("runs in the parent, which has a keychain");
        ConsoleFixture f;
        QSettings settings;
        ProfileStore store(settings);
        KeychainCredentialStore keychain;
        MemoryCredentialStore memory;
        ProfilesDialog dialog(store, &keychain, &memory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString name = QStringLiteral("Counter (SynaptoPay)");
        // A client id typed while Dots was chosen is not saved with a SynaptoPay profile.
        click(child<QPushButton>(&dialog, "addButton"));
        typeInto(child<QLineEdit>(&dialog, "clientIdEdit"), QStringLiteral("stray-client"));
        fillNewSynaptoPayProfile(dialog, f, name, DemoAccount, DemoKey);
        click(child<QPushButton>(&dialog, "saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Success);

        const auto saved = store.find(name);
        QVERIFY(saved);
        QCOMPARE(saved->provider, QStringLiteral("synaptopay"));
        QCOMPARE(saved->account, DemoAccount);
        QCOMPARE(saved->clientId, QString());
        QCOMPARE(saved->environment, Environment::Custom);
        QCOMPARE(saved->customBaseUrl, f.server->synaptoPayBaseUrl());
        const QByteArray file = settingsFileContents();
        QVERIFY(file.contains("synaptopay"));
        QVERIFY(file.contains(DemoAccount.toUtf8()));
        QVERIFY(!file.contains(DemoKey.toUtf8()));
        QVERIFY(!file.contains("stray-client"));
        const auto stored = readKey(keychain, name, this);
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value(), DemoKey.toUtf8());
        QCOMPARE(child<QLineEdit>(&dialog, "apiKeyEdit")->text(), QString());

        // Shown again as saved, and its stored key passes the test.
        dialog.selectProfile(QString());
        dialog.selectProfile(name);
        QCOMPARE(child<QComboBox>(&dialog, "providerCombo")->currentData().toString(),
                 QStringLiteral("synaptopay"));
        QCOMPARE(child<QLineEdit>(&dialog, "accountEdit")->text(), DemoAccount);
        QVERIFY(!child<QLineEdit>(&dialog, "clientIdEdit")->isVisible());
        QVERIFY(dialog.profileList()->currentItem());
        QVERIFY(
            dialog.profileList()->currentItem()->toolTip().contains(QLatin1String("SynaptoPay")));
        click(child<QPushButton>(&dialog, "testButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY2(dialog.banner()->text().contains(QLatin1String("Connected to SynaptoPay")),
                 qPrintable(dialog.banner()->text()));

        std::optional<Result<Done, KeychainError>> removed;
        keychain.removeApiKey(name, this, [&](const auto &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
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
        QCOMPARE(account.providerKey(), QString(knownProviders().front().key));

        // One button per provider, each naming it, each choosing it.
        FirstRunDialog other;
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        QCOMPARE(other.connectButtons().size(), qsizetype(knownProviders().size()));
        QCommandLinkButton *synaptoPay = other.connectButtons().at(1);
        QVERIFY(synaptoPay->isVisible());
        QVERIFY2(synaptoPay->text().contains(QLatin1String("SynaptoPay")),
                 qPrintable(synaptoPay->text()));
        QVERIFY2(synaptoPay->description().contains(QLatin1String("acct_")),
                 qPrintable(synaptoPay->description()));
        click(synaptoPay);
        QCOMPARE(other.choice(), FirstRunDialog::Choice::ConnectAccount);
        QCOMPARE(other.providerKey(), QStringLiteral("synaptopay"));

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
