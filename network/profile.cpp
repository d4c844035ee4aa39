#include "network/profile.h"

#include "models/fields.h"
#include "network/http_transport.h"
#include "network/provider_factory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <utility>

namespace paydesk {

namespace {

const QString ProfilesKey = QStringLiteral("profiles");
const QString DefaultProfileKey = QStringLiteral("defaultProfile");

// Where each of the merchant's details is kept in a profile's settings entry.
const QString MerchantNameKey = QStringLiteral("merchantName");
const QString MerchantAddressKey = QStringLiteral("merchantAddress");
const QString MerchantPhoneKey = QStringLiteral("merchantPhone");
const QString MerchantTaxNumberKey = QStringLiteral("merchantTaxNumber");
const QString ReceiptFooterKey = QStringLiteral("receiptFooter");

// Each line trimmed, blank lines dropped, lines joined with '\n' whatever the platform typed.
QString trimmedLines(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    const QStringList typed = text.split(lineBreak);
    QStringList lines;
    for (const QString &line : typed) {
        const QString kept = line.trimmed();
        if (!kept.isEmpty())
            lines.append(kept);
    }
    return lines.join(QLatin1Char('\n'));
}

QString tooLong(const QString &what, int max)
{
    //: %1 is a field's name ("Merchant name"), %2 a number of characters.
    return QCoreApplication::translate("paydesk::Profile", "%1 must be at most %2 characters.")
        .arg(what)
        .arg(max);
}

} // namespace

bool MerchantDetails::isEmpty() const
{
    const MerchantDetails kept = trimmed();
    return kept.name.isEmpty() && kept.address.isEmpty() && kept.phone.isEmpty() &&
           kept.taxNumber.isEmpty() && kept.footer.isEmpty();
}

MerchantDetails MerchantDetails::trimmed() const
{
    MerchantDetails kept;
    kept.name = name.simplified();
    kept.address = trimmedLines(address);
    kept.phone = phone.simplified();
    kept.taxNumber = taxNumber.simplified();
    kept.footer = trimmedLines(footer);
    return kept;
}

ValidationResult MerchantDetails::validate() const
{
    // Checked as they will be printed: trimmed, so spaces around a line do not count.
    const MerchantDetails kept = trimmed();
    ValidationResult result;
    if (kept.name.size() > MaxNameLength)
        result.add(field::MerchantName,
                   tooLong(QCoreApplication::translate("paydesk::Profile", "Merchant name"),
                           MaxNameLength));
    if (kept.address.size() > MaxAddressLength)
        result.add(
            field::MerchantAddress,
            tooLong(QCoreApplication::translate("paydesk::Profile", "Address"), MaxAddressLength));
    else if (kept.address.count(QLatin1Char('\n')) + 1 > MaxAddressLines)
        result.add(field::MerchantAddress,
                   QCoreApplication::translate("paydesk::Profile", "Address must fit on %1 lines.")
                       .arg(MaxAddressLines));
    if (kept.phone.size() > MaxPhoneLength)
        result.add(
            field::MerchantPhone,
            tooLong(QCoreApplication::translate("paydesk::Profile", "Phone"), MaxPhoneLength));
    if (kept.taxNumber.size() > MaxTaxNumberLength)
        result.add(field::MerchantTaxNumber,
                   tooLong(QCoreApplication::translate("paydesk::Profile", "Tax number"),
                           MaxTaxNumberLength));
    if (kept.footer.size() > MaxFooterLength)
        result.add(field::ReceiptFooter,
                   tooLong(QCoreApplication::translate("paydesk::Profile", "Receipt footer"),
                           MaxFooterLength));
    return result;
}

QUrl Profile::baseUrl() const
{
    const ProviderInfo *info = findProvider(provider);
    switch (environment) {
    case Environment::Production:
        return info ? info->production : QUrl();
    case Environment::Sandbox:
        return info ? info->sandbox : QUrl();
    case Environment::Custom:
        break;
    }
    return customBaseUrl;
}

bool Profile::keyActsForAccount() const
{
    const ProviderInfo *info = findProvider(provider);
    return info && info->keyActsForAccount;
}

Credentials Profile::credentials(const QByteArray &apiKey) const
{
    Credentials c;
    c.apiKey = apiKey;
    if (keyActsForAccount()) {
        c.account = account.trimmed();
    } else {
        c.clientId = clientId.trimmed();
        c.appId = appId.trimmed();
    }
    return c;
}

QString Profile::environmentLabel() const
{
    switch (environment) {
    case Environment::Production:
        return QCoreApplication::translate("paydesk::Profile", "Production");
    case Environment::Sandbox:
        return QCoreApplication::translate("paydesk::Profile", "Sandbox");
    case Environment::Custom:
        break;
    }
    return QCoreApplication::translate("paydesk::Profile", "Custom (%1)")
        .arg(customBaseUrl.toString(QUrl::RemoveUserInfo));
}

QString Profile::environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<Environment> Profile::environmentFromKey(const QString &key)
{
    if (key == QLatin1String("production"))
        return Environment::Production;
    if (key == QLatin1String("sandbox"))
        return Environment::Sandbox;
    if (key == QLatin1String("custom"))
        return Environment::Custom;
    return std::nullopt;
}

bool Profile::isLocal() const
{
    return environment == Environment::Custom &&
           HttpTransport::isLoopbackHost(customBaseUrl.host());
}

QString Profile::providerName() const
{
    const ProviderInfo *info = findProvider(provider);
    return info ? QString(info->name) : provider;
}

ValidationResult Profile::validate() const
{
    ValidationResult result;
    if (name.trimmed().isEmpty())
        result.add(field::ProfileName,
                   QCoreApplication::translate("paydesk::Profile", "Profile name is required."));
    else if (name != name.trimmed())
        result.add(field::ProfileName,
                   QCoreApplication::translate("paydesk::Profile",
                                               "Profile name must not start or end with a space."));
    if (!findProvider(provider)) {
        QStringList names;
        for (const ProviderInfo &info : knownProviders())
            names.append(info.name);
        result.add(field::Provider,
                   QCoreApplication::translate("paydesk::Profile", "Provider must be one of: %1.")
                       .arg(names.join(QLatin1String(", "))));
    } else if (keyActsForAccount()) {
        static const QRegularExpression accountId(QStringLiteral("^acct_[A-Za-z0-9_]+$"));
        const QString id = account.trimmed();
        if (id.isEmpty())
            result.add(field::Account,
                       QCoreApplication::translate("paydesk::Profile",
                                                   "Account is required, such as acct_1234."));
        else if (!accountId.match(id).hasMatch())
            result.add(field::Account,
                       QCoreApplication::translate(
                           "paydesk::Profile",
                           "Account must be an account id such as acct_1234 (acct_ followed "
                           "by letters and digits)."));
    } else if (clientId.trimmed().isEmpty()) {
        result.add(field::ClientId,
                   QCoreApplication::translate("paydesk::Profile", "Client id is required."));
    }
    if (requestDeadlineSeconds < MinRequestDeadlineSeconds ||
        requestDeadlineSeconds > MaxRequestDeadlineSeconds)
        result.add(field::RequestDeadline,
                   QCoreApplication::translate("paydesk::Profile",
                                               "Give up after must be from %1 to %2 seconds.")
                       .arg(MinRequestDeadlineSeconds)
                       .arg(MaxRequestDeadlineSeconds));
    if (environment == Environment::Custom) {
        // The examples are this provider's own addresses: its production API, and where a
        // local sandbox serves it.
        const ProviderInfo *info = findProvider(provider);
        const ProviderInfo &example = info ? *info : knownProviders().front();
        const QString remote = example.production.toString();
        const QString local = QStringLiteral("http://127.0.0.1:8080") + example.sandbox.path();
        if (!customBaseUrl.isValid() || customBaseUrl.host().isEmpty() ||
            (customBaseUrl.scheme() != QLatin1String("https") &&
             customBaseUrl.scheme() != QLatin1String("http")))
            result.add(field::BaseUrl, QCoreApplication::translate(
                                           "paydesk::Profile",
                                           "Base URL must be a full http(s) address, such as %1.")
                                           .arg(remote));
        else if (!HttpTransport::isAllowedUrl(customBaseUrl))
            result.add(field::BaseUrl,
                       QCoreApplication::translate(
                           "paydesk::Profile",
                           "Base URL must use https:// (plain http:// is allowed only for "
                           "this machine, such as %1).")
                           .arg(local));
    }
    result.merge(merchant.validate());
    return result;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    const int count = m_settings.beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        Profile p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.provider =
            m_settings.value(QStringLiteral("provider"), QStringLiteral("dots")).toString();
        p.environment =
            Profile::environmentFromKey(m_settings.value(QStringLiteral("environment")).toString())
                .value_or(Environment::Sandbox);
        p.customBaseUrl = m_settings.value(QStringLiteral("baseUrl")).toUrl();
        p.clientId = m_settings.value(QStringLiteral("clientId")).toString();
        p.appId = m_settings.value(QStringLiteral("appId")).toString();
        p.account = m_settings.value(QStringLiteral("account")).toString();
        p.requestDeadlineSeconds =
            std::clamp(m_settings
                           .value(QStringLiteral("requestDeadlineSeconds"),
                                  Profile::DefaultRequestDeadlineSeconds)
                           .toInt(),
                       Profile::MinRequestDeadlineSeconds, Profile::MaxRequestDeadlineSeconds);
        p.merchant.name = m_settings.value(MerchantNameKey).toString();
        p.merchant.address = m_settings.value(MerchantAddressKey).toString();
        p.merchant.phone = m_settings.value(MerchantPhoneKey).toString();
        p.merchant.taxNumber = m_settings.value(MerchantTaxNumberKey).toString();
        p.merchant.footer = m_settings.value(ReceiptFooterKey).toString();
        if (!p.name.isEmpty())
            result.append(p);
    }
    m_settings.endArray();
    return result;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    for (const Profile &p : profiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

void ProfileStore::save(const Profile &profile)
{
    QList<Profile> all = profiles();
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const Profile &p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    write(all);
}

bool ProfileStore::remove(const QString &name)
{
    QList<Profile> all = profiles();
    const auto removed = all.removeIf([&](const Profile &p) { return p.name == name; });
    if (removed == 0)
        return false;
    write(all);
    if (defaultProfileName() == name)
        m_settings.remove(DefaultProfileKey);
    return true;
}

QString ProfileStore::defaultProfileName() const
{
    return m_settings.value(DefaultProfileKey).toString();
}

void ProfileStore::setDefaultProfileName(const QString &name)
{
    m_settings.setValue(DefaultProfileKey, name);
}

void ProfileStore::write(const QList<Profile> &profiles)
{
    m_settings.remove(ProfilesKey);
    m_settings.beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("provider"), p.provider);
        m_settings.setValue(QStringLiteral("environment"), Profile::environmentKey(p.environment));
        if (p.environment == Environment::Custom)
            m_settings.setValue(QStringLiteral("baseUrl"), p.customBaseUrl);
        m_settings.setValue(QStringLiteral("clientId"), p.clientId);
        if (!p.appId.isEmpty())
            m_settings.setValue(QStringLiteral("appId"), p.appId);
        if (!p.account.isEmpty())
            m_settings.setValue(QStringLiteral("account"), p.account);
        if (p.requestDeadlineSeconds != Profile::DefaultRequestDeadlineSeconds)
            m_settings.setValue(QStringLiteral("requestDeadlineSeconds"), p.requestDeadlineSeconds);
        // Only the details a merchant gave: a profile without them reads as it always did.
        const std::pair<const QString &, const QString &> merchant[] = {
            {MerchantNameKey, p.merchant.name},    {MerchantAddressKey, p.merchant.address},
            {MerchantPhoneKey, p.merchant.phone},  {MerchantTaxNumberKey, p.merchant.taxNumber},
            {ReceiptFooterKey, p.merchant.footer},
        };
        for (const auto &[key, value] : merchant)
            if (!value.isEmpty())
                m_settings.setValue(key, value);
    }
    m_settings.endArray();
    m_settings.sync();
}

} // namespace paydesk
