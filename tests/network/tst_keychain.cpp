// The credential store against a real Secret Service (gnome-keyring in a private D-Bus session,
// started by tests/with-keyring.sh), and the clear error when there is none.
#include "network/credential_store.h"

#include <QProcess>
#include <QTest>

#include <optional>

using namespace paydesk;

namespace {

template <typename T>
Result<T, KeychainError> waitFor(std::optional<Result<T, KeychainError>> &slot, int ms = 20000)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(slot.has_value(), ms); }();
    if (!slot)
        qFatal("the keychain gave no answer");
    return *slot;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    Result<QByteArray, KeychainError> read(CredentialStore &store, const QString &profile)
    {
        std::optional<Result<QByteArray, KeychainError>> slot;
        store.readApiKey(profile, this, [&](const auto &r) { slot = r; });
        return waitFor(slot);
    }
    Result<Done, KeychainError> write(CredentialStore &store, const QString &profile,
                                      const QByteArray &key)
    {
        std::optional<Result<Done, KeychainError>> slot;
        store.writeApiKey(profile, key, this, [&](const auto &r) { slot = r; });
        return waitFor(slot);
    }
    Result<Done, KeychainError> remove(CredentialStore &store, const QString &profile)
    {
        std::optional<Result<Done, KeychainError>> slot;
        store.removeApiKey(profile, this, [&](const auto &r) { slot = r; });
        return waitFor(slot);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run this suite through tests/with-keyring.sh (a private Secret Service)");
    }

    void storeReadReplaceRemove()
    {
        KeychainCredentialStore store;
        const QString profile = QStringLiteral("Shop (sandbox)");
        QVERIFY(write(store, profile, "first-key").ok());
        Result<QByteArray, KeychainError> got = read(store, profile);
        QVERIFY(got.ok());
        QCOMPARE(got.value(), QByteArray("first-key"));

        QVERIFY(write(store, profile, "second-key").ok());
        got = read(store, profile);
        QVERIFY(got.ok());
        QCOMPARE(got.value(), QByteArray("second-key"));

        // The entry is findable by people, under names that say what it is (QtKeychain's
        // Secret Service schema files the service name as `server`, the key name as `user`).
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                      KeychainCredentialStore::serviceName()});
        QVERIFY(lookup.waitForFinished(10000));
        const QString listing =
            QString::fromUtf8(lookup.readAllStandardOutput() + lookup.readAllStandardError());
        QVERIFY2(listing.contains(QLatin1String("Paydesk")), qPrintable(listing));
        QVERIFY2(listing.contains(KeychainCredentialStore::entryName(profile)),
                 qPrintable(listing));

        QVERIFY(remove(store, profile).ok());
        got = read(store, profile);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().kind, KeychainError::Kind::NotFound);
        QVERIFY(got.error().message.contains(profile));
        // Removing again is not an error: the keychain is as asked.
        QVERIFY(remove(store, profile).ok());
    }

    void profilesAreSeparate()
    {
        KeychainCredentialStore store;
        QVERIFY(write(store, QStringLiteral("a"), "key-a").ok());
        QVERIFY(write(store, QStringLiteral("b"), "key-b").ok());
        QCOMPARE(read(store, QStringLiteral("a")).value(), QByteArray("key-a"));
        QCOMPARE(read(store, QStringLiteral("b")).value(), QByteArray("key-b"));
        QVERIFY(remove(store, QStringLiteral("a")).ok());
        QVERIFY(read(store, QStringLiteral("b")).ok());
        QVERIFY(remove(store, QStringLiteral("b")).ok());
    }

    void noSecretServiceGivesAClearErrorNotAHang()
    {
        // The same store, run in a child whose session bus does not exist.
        if (qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_CHILD")) {
            KeychainCredentialStore store;
            store.setTimeoutMs(5000);
            const Result<QByteArray, KeychainError> r = read(store, QStringLiteral("any"));
            QVERIFY(!r.ok());
            QVERIFY(r.error().kind == KeychainError::Kind::Unavailable ||
                    r.error().kind == KeychainError::Kind::TimedOut);
            QVERIFY2(r.error().message.contains(QLatin1String("gnome-keyring")),
                     qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(QLatin1String("memory")));
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAYDESK_KEYCHAIN_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/paydesk-no-bus"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("noSecretServiceGivesAClearErrorNotAHang")});
        QVERIFY(child.waitForFinished(30000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitCode() == 0, output.constData());
    }

    void memoryStoreKeepsKeysForThisRunOnly()
    {
        MemoryCredentialStore store;
        QVERIFY(!read(store, QStringLiteral("demo")).ok());
        QVERIFY(write(store, QStringLiteral("demo"), "demo-key").ok());
        QCOMPARE(read(store, QStringLiteral("demo")).value(), QByteArray("demo-key"));
        QVERIFY(remove(store, QStringLiteral("demo")).ok());
        QCOMPARE(read(store, QStringLiteral("demo")).error().kind, KeychainError::Kind::NotFound);
        QVERIFY(store.storageDescription().contains(QLatin1String("this run only")));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
