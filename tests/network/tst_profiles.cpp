// Profiles in settings: what is saved, what is never saved (the key), and the rules a profile
// must meet before it is used.
#include "network/http_transport.h"
#include "network/profile.h"
#include "network/provider_factory.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void saveFindReplaceRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paydesk.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(settings);
            QVERIFY(store.profiles().isEmpty());
            Profile shop;
            shop.name = QStringLiteral("Shop");
            shop.environment = Environment::Production;
            shop.clientId = QStringLiteral("client-123");
            shop.appId = QStringLiteral("app-9");
            store.save(shop);
            Profile local;
            local.name = QStringLiteral("Local sandbox");
            local.environment = Environment::Custom;
            local.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/api"));
            local.clientId = QStringLiteral("demo-client");
            store.save(local);
            store.setDefaultProfileName(QStringLiteral("Shop"));
        }
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(settings);
        QCOMPARE(store.profiles().size(), 2);
        const std::optional<Profile> shop = store.find(QStringLiteral("Shop"));
        QVERIFY(shop);
        QVERIFY(shop->isProduction());
        QCOMPARE(shop->baseUrl(), QUrl(QStringLiteral("https://api.dots.dev/api")));
        QCOMPARE(shop->appId, QStringLiteral("app-9"));
        QCOMPARE(store.find(QStringLiteral("Local sandbox"))->baseUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:8080/api")));

        Profile changed = *shop;
        changed.clientId = QStringLiteral("client-456");
        store.save(changed);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.find(QStringLiteral("Shop"))->clientId, QStringLiteral("client-456"));

        QVERIFY(store.remove(QStringLiteral("Shop")));
        QVERIFY(!store.remove(QStringLiteral("Shop")));
        QVERIFY(store.defaultProfileName().isEmpty());
        QCOMPARE(store.profiles().size(), 1);

        // Settings hold names, URLs and ids: never a key.
        settings.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(!text.contains("key"));
        QVERIFY(!text.contains("secret"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no name") << ""
                                 << "sandbox"
                                 << "id"
                                 << "name"
                                 << "required";
        QTest::newRow("padded name") << " Shop"
                                     << "sandbox"
                                     << "id"
                                     << "name"
                                     << "space";
        QTest::newRow("no client id") << "Shop"
                                      << "production"
                                      << ""
                                      << "clientId"
                                      << "required";
        QTest::newRow("plain http elsewhere") << "Shop"
                                              << "http://api.example.com/api"
                                              << "id"
                                              << "baseUrl"
                                              << "https://";
        QTest::newRow("not a url") << "Shop"
                                   << "ftp://files"
                                   << "id"
                                   << "baseUrl"
                                   << "http(s)";
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, environment);
        QFETCH(QString, clientId);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Profile p;
        p.name = name;
        p.clientId = clientId;
        const std::optional<Environment> known = Profile::environmentFromKey(environment);
        p.environment = known.value_or(Environment::Custom);
        if (!known)
            p.customBaseUrl = QUrl(environment);
        const ValidationResult r = p.validate();
        QVERIFY(!r.ok());
        QVERIFY2(r.has(field), qPrintable(r.errors().first().field));
        QVERIFY2(r.messageFor(field).contains(messagePart), qPrintable(r.messageFor(field)));
    }

    void synaptoPayProfileKeepsItsAccount()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("paydesk.ini")), QSettings::IniFormat);
        ProfileStore store(settings);
        Profile shop;
        shop.name = QStringLiteral("Counter");
        shop.provider = QStringLiteral("synaptopay");
        shop.environment = Environment::Production;
        shop.account = QStringLiteral("acct_shop1");
        QVERIFY(shop.validate().ok());
        QVERIFY(shop.keyActsForAccount());
        store.save(shop);
        const std::optional<Profile> found = store.find(QStringLiteral("Counter"));
        QVERIFY(found);
        QCOMPARE(*found, shop);
        QCOMPARE(found->providerName(), QStringLiteral("SynaptoPay"));
        QCOMPARE(found->baseUrl().host(), QStringLiteral("api.synaptopay.com"));
        Profile sandboxed = shop;
        sandboxed.environment = Environment::Sandbox;
        QVERIFY(sandboxed.baseUrl().host() != found->baseUrl().host());

        const Credentials credentials = found->credentials("sk_test_1");
        QCOMPARE(credentials.account, QStringLiteral("acct_shop1"));
        QVERIFY(credentials.isComplete());
        HttpTransport transport;
        const std::unique_ptr<PaymentProvider> provider =
            createProvider(*found, credentials, &transport);
        QCOMPARE(provider->displayName(), QStringLiteral("SynaptoPay"));
        QVERIFY(provider->limits().takesDevices);
        QVERIFY(!provider->capabilities().refunds);
    }

    void synaptoPayProfileNeedsAnAccount_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("none") << ""
                              << "required";
        QTest::newRow("a client id") << "demo-client"
                                     << "acct_";
        QTest::newRow("a resource name") << "accounts/acct_1"
                                         << "acct_";
        QTest::newRow("spaces inside") << "acct_1 2"
                                       << "letters and digits";
    }

    void synaptoPayProfileNeedsAnAccount()
    {
        QFETCH(QString, account);
        QFETCH(QString, messagePart);
        Profile p;
        p.name = QStringLiteral("Counter");
        p.provider = QStringLiteral("synaptopay");
        p.clientId = QStringLiteral("ignored for SynaptoPay");
        p.account = account;
        const ValidationResult r = p.validate();
        QVERIFY(!r.ok());
        QVERIFY2(r.has(QStringLiteral("account")), qPrintable(r.errors().first().field));
        QVERIFY2(r.messageFor(QStringLiteral("account")).contains(messagePart),
                 qPrintable(r.messageFor(QStringLiteral("account"))));
    }

    void unknownProviderIsNamed()
    {
        Profile p;
        p.name = QStringLiteral("Shop");
        p.provider = QStringLiteral("paypal");
        p.clientId = QStringLiteral("id");
        const ValidationResult r = p.validate();
        QVERIFY(!r.ok());
        QVERIFY(r.messageFor(QStringLiteral("provider")).contains(QLatin1String("SynaptoPay")));
    }

    void merchantDetailsAreKeptWithTheProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paydesk.ini"));
        MerchantDetails corner;
        corner.name = QStringLiteral("Corner Café");
        corner.address = QStringLiteral("12 Market Street\nSpringfield, IL 62701");
        corner.phone = QStringLiteral("+1 217 555 0100");
        corner.taxNumber = QStringLiteral("TAX-991-204");
        corner.footer = QStringLiteral("Thank you!\nReturns within 30 days.");
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(settings);
            Profile shop;
            shop.name = QStringLiteral("Shop");
            shop.clientId = QStringLiteral("client-123");
            shop.merchant = corner;
            store.save(shop);
            Profile plain;
            plain.name = QStringLiteral("Plain");
            plain.clientId = QStringLiteral("client-456");
            store.save(plain);
        }
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(settings);
        QCOMPARE(store.find(QStringLiteral("Shop"))->merchant, corner);
        QVERIFY(store.find(QStringLiteral("Plain"))->merchant.isEmpty());
        // A profile without them writes none of their keys.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("merchantName"), 1);
    }

    void merchantDetailsAreCheckedAsPrinted()
    {
        MerchantDetails typed;
        typed.name = QStringLiteral("  Corner   Café ");
        typed.address = QStringLiteral(" 12 Market Street \r\n\r\n  Springfield\n");
        typed.footer = QStringLiteral("\n Thanks \n");
        const MerchantDetails printed = typed.trimmed();
        QCOMPARE(printed.name, QStringLiteral("Corner Café"));
        QCOMPARE(printed.address, QStringLiteral("12 Market Street\nSpringfield"));
        QCOMPARE(printed.footer, QStringLiteral("Thanks"));
        QVERIFY(typed.validate().ok());
        QVERIFY(!typed.isEmpty());
        MerchantDetails blank;
        blank.address = QStringLiteral(" \n ");
        QVERIFY(blank.isEmpty());

        // Each limit, on the field it concerns, with a sentence that names it.
        MerchantDetails tooMuch;
        tooMuch.name = QString(MerchantDetails::MaxNameLength + 1, QLatin1Char('n'));
        tooMuch.address = QStringLiteral("1\n2\n3\n4\n5\n6\n7");
        tooMuch.phone = QString(MerchantDetails::MaxPhoneLength + 1, QLatin1Char('5'));
        tooMuch.taxNumber = QString(MerchantDetails::MaxTaxNumberLength + 1, QLatin1Char('T'));
        tooMuch.footer = QString(MerchantDetails::MaxFooterLength + 1, QLatin1Char('f'));
        const ValidationResult r = tooMuch.validate();
        QVERIFY2(r.messageFor(QStringLiteral("merchant.name")).contains(QLatin1String("120")),
                 qPrintable(r.messageFor(QStringLiteral("merchant.name"))));
        QVERIFY(
            r.messageFor(QStringLiteral("merchant.address")).contains(QLatin1String("6 lines")));
        QVERIFY(r.messageFor(QStringLiteral("merchant.phone")).contains(QLatin1String("Phone")));
        QVERIFY(r.messageFor(QStringLiteral("merchant.taxNumber")).contains(QLatin1String("Tax")));
        QVERIFY(r.messageFor(QStringLiteral("merchant.footer")).contains(QLatin1String("600")));
        // A profile with them is refused whole.
        Profile p;
        p.name = QStringLiteral("Shop");
        p.clientId = QStringLiteral("id");
        QVERIFY(p.validate().ok());
        p.merchant = tooMuch;
        QVERIFY(p.validate().has(QStringLiteral("merchant.footer")));
    }

    void loopbackHttpIsAllowed()
    {
        Profile p;
        p.name = QStringLiteral("Local");
        p.clientId = QStringLiteral("id");
        p.environment = Environment::Custom;
        p.customBaseUrl = QUrl(QStringLiteral("http://localhost:9000/api"));
        QVERIFY(p.validate().ok());
        QVERIFY(p.environmentLabel().contains(QLatin1String("localhost:9000")));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
