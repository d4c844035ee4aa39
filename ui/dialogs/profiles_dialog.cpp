#include "ui/dialogs/profiles_dialog.h"

#include "models/fields.h"
#include "network/provider_factory.h"
#include "services/key_resolver.h"
#include "ui/widgets/form_errors.h"
#include "ui/widgets/label_text.h"
#include "ui/widgets/message_banner.h"
#include "ui/widgets/palette_colours.h"
#include "ui/widgets/window_fit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paydesk {

ProfilesDialog::ProfilesDialog(ProfileStore &store, CredentialStore *keychain,
                               MemoryCredentialStore *memory, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_memory(memory)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_banner(new MessageBanner(this))
    , m_errors(new FormErrors(this))
{
    setWindowTitle(tr("Profiles"));
    setMinimumWidth(680);
    m_errors->setBanner(m_banner);
    m_testOptions.inactivityTimeoutMs = 15000;
    m_testOptions.retry.maxRetries = 1;

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(180);
    m_list->setMaximumWidth(240);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAccessibleName(tr("Add a profile"));
    m_add->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setAccessibleName(tr("Remove the selected profile"));
    m_remove->setAutoDefault(false);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    auto *details = new QGroupBox(tr("Profile"), this);
    details->setAccessibleName(tr("Profile details"));
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Shop (sandbox)"));
    m_provider = new QComboBox(details);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    for (const ProviderInfo &info : knownProviders())
        m_provider->addItem(QString(info.name), QString(info.key));
    m_environment = new QComboBox(details);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->addItem(tr("Production"), int(Environment::Production));
    m_environment->addItem(tr("Sandbox"), int(Environment::Sandbox));
    m_environment->addItem(tr("Custom URL"), int(Environment::Custom));
    m_productionNote =
        new QLabel(tr("Production: payments made with this profile move real money."), details);
    m_productionNote->setObjectName(QStringLiteral("productionNote"));
    m_productionNote->setWordWrap(true);
    m_productionNote->setAccessibleName(tr("Production warning"));
    QPalette warning = m_productionNote->palette();
    warning.setColor(QPalette::WindowText, colours::warningText(warning));
    m_productionNote->setPalette(warning);
    m_baseUrl = new QLineEdit(details);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_clientId = new QLineEdit(details);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_appId = new QLineEdit(details);
    m_appId->setObjectName(QStringLiteral("appIdEdit"));
    m_appId->setPlaceholderText(tr("Optional"));
    m_account = new QLineEdit(details);
    m_account->setObjectName(QStringLiteral("accountEdit"));
    //: Placeholder of the account field: how an account id starts.
    m_account->setPlaceholderText(tr("acct_…"));
    m_account->setToolTip(tr("The account the API key acts for: acct_ followed by letters and "
                             "digits, as the provider's dashboard shows it."));
    m_account->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_deadline = new QSpinBox(details);
    m_deadline->setObjectName(QStringLiteral("deadlineSpin"));
    m_deadline->setRange(Profile::MinRequestDeadlineSeconds, Profile::MaxRequestDeadlineSeconds);
    m_deadline->setValue(Profile::DefaultRequestDeadlineSeconds);
    //: After the number of seconds in a spin box: "Give up after: 120 s".
    m_deadline->setSuffix(tr(" s"));
    m_deadline->setToolTip(tr("How long one request may take in all, retries included, before "
                              "Paydesk gives up and says so."));
    m_apiKey = new QLineEdit(details);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_apiKey->setAccessibleDescription(
        tr("Masked. Paydesk stores the key in the system keychain and never shows it again."));

    // What the receipts say about the merchant: printed for anyone to read, never a secret.
    m_merchantName = new QLineEdit(details);
    m_merchantName->setObjectName(QStringLiteral("merchantNameEdit"));
    m_merchantName->setPlaceholderText(tr("The shop's name, as customers know it"));
    m_merchantAddress = new QPlainTextEdit(details);
    m_merchantAddress->setObjectName(QStringLiteral("merchantAddressEdit"));
    m_merchantAddress->setPlaceholderText(tr("Street and number\nPostcode and city"));
    m_merchantAddress->setTabChangesFocus(true);
    m_merchantPhone = new QLineEdit(details);
    m_merchantPhone->setObjectName(QStringLiteral("merchantPhoneEdit"));
    m_merchantPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_taxNumber = new QLineEdit(details);
    m_taxNumber->setObjectName(QStringLiteral("taxNumberEdit"));
    m_taxNumber->setToolTip(tr("The VAT or sales tax number receipts must show where you sell."));
    m_receiptFooter = new QPlainTextEdit(details);
    m_receiptFooter->setObjectName(QStringLiteral("receiptFooterEdit"));
    m_receiptFooter->setPlaceholderText(tr("Thank you for your visit!"));
    m_receiptFooter->setTabChangesFocus(true);
    for (QPlainTextEdit *edit : {m_merchantAddress, m_receiptFooter}) {
        // About four lines: room for an address without taking the dialog's height.
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 2 * edit->frameWidth() +
                             int(2 * edit->document()->documentMargin()));
    }

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *receiptForm = new QFormLayout;
    receiptForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [this, details, receiptForm](const QString &label, QWidget *field,
                                                     const QStringList &apiFields) {
        auto *title = new QLabel(label, details);
        title->setBuddy(field);
        field->setAccessibleName(withoutMnemonic(label));
        auto *box = new QWidget(details);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        QLabel *error = FormErrors::createLabel(box);
        error->setAccessibleName(tr("%1 error").arg(withoutMnemonic(label)));
        layout->addWidget(error);
        box->setFocusProxy(field);
        for (const QString &apiField : apiFields)
            m_errors->bind(apiField, field, error);
        if (apiFields.value(0).startsWith(QLatin1String("merchant."))) {
            receiptForm->addRow(title, box);
            return;
        }
        m_form->addRow(title, box);
        m_rows.append({title, box});
    };
    addRow(tr("&Name:"), m_name, {QString(field::ProfileName)});
    addRow(tr("Pro&vider:"), m_provider, {QString(field::Provider)});
    addRow(tr("&Environment:"), m_environment, {});
    addRow(tr("&Base URL:"), m_baseUrl, {QString(field::BaseUrl)});
    addRow(tr("Acc&ount:"), m_account, {QString(field::Account)});
    addRow(tr("&Client ID:"), m_clientId, {QString(field::ClientId)});
    addRow(tr("A&pp ID:"), m_appId, {QString(field::AppId)});
    addRow(tr("API &key:"), m_apiKey, {QString(field::ApiKey)});
    addRow(tr("&Give up after:"), m_deadline, {QString(field::RequestDeadline)});
    addRow(tr("&Merchant name:"), m_merchantName, {QString(field::MerchantName)});
    addRow(tr("A&ddress:"), m_merchantAddress, {QString(field::MerchantAddress)});
    addRow(tr("P&hone:"), m_merchantPhone, {QString(field::MerchantPhone)});
    addRow(tr("Ta&x number:"), m_taxNumber, {QString(field::MerchantTaxNumber)});
    addRow(tr("&Footer:"), m_receiptFooter, {QString(field::ReceiptFooter)});

    m_test = new QPushButton(tr("&Test connection"), details);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setAutoDefault(false);
    m_save = new QPushButton(tr("&Save profile"), details);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save profile"));
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_test);
    formButtons->addWidget(m_save);
    // The connection on one tab, the receipts on another: the form stays the height it was.
    m_tabs = new QTabWidget(details);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->setAccessibleName(tr("Profile settings"));
    auto *connectionPage = new QWidget(m_tabs);
    auto *connectionLayout = new QVBoxLayout(connectionPage);
    connectionLayout->addLayout(m_form);
    // Under the form, across its width: a wrapped line inside a form row gets too little height.
    connectionLayout->addWidget(m_productionNote);
    connectionLayout->addStretch();
    m_receiptPage = new QWidget(m_tabs);
    auto *receiptHint = new QLabel(tr("What the receipts of this profile's payments show about "
                                      "you. All optional; printed for anyone to read, so never "
                                      "put a password or key here."),
                                   m_receiptPage);
    receiptHint->setObjectName(QStringLiteral("receiptHint"));
    receiptHint->setWordWrap(true);
    receiptHint->setForegroundRole(QPalette::PlaceholderText);
    auto *receiptLayout = new QVBoxLayout(m_receiptPage);
    receiptLayout->addWidget(receiptHint);
    receiptLayout->addLayout(receiptForm);
    receiptLayout->addStretch();
    m_tabs->addTab(connectionPage, tr("Connection"));
    m_tabs->addTab(m_receiptPage, tr("Receipts"));
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_tabs, 1);
    detailsLayout->addLayout(formButtons);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addLayout(listColumn);
    columns->addWidget(details, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    m_use = buttons->addButton(tr("&Use this profile"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useButton"));
    m_use->setAccessibleName(tr("Use this profile"));
    m_use->setAutoDefault(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    m_close->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    m_save->setDefault(true);

    connect(m_add, &QPushButton::clicked, this, [this] {
        selectProfile(QString());
        m_name->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::askToRemove);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_use, &QPushButton::clicked, this, &ProfilesDialog::activate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const QString name = item ? item->data(Qt::UserRole).toString() : QString();
        if (name != m_current)
            showProfile(m_store.find(name));
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateProvider);
    connect(m_provider, &QComboBox::activated, this, [this] {
        m_errors->clear(m_provider);
        setDirty(true);
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &ProfilesDialog::updateEnvironment);
    for (QLineEdit *edit : {m_name, m_baseUrl, m_clientId, m_appId, m_account, m_apiKey,
                            m_merchantName, m_merchantPhone, m_taxNumber})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    for (QPlainTextEdit *edit : {m_merchantAddress, m_receiptFooter})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                setDirty(true);
        });
    connect(m_environment, &QComboBox::activated, this, [this] { setDirty(true); });
    connect(m_deadline, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });

    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_tabs->tabBar());
    setTabOrder(m_tabs->tabBar(), m_name);
    setTabOrder(m_name, m_provider);
    setTabOrder(m_provider, m_environment);
    setTabOrder(m_environment, m_baseUrl);
    setTabOrder(m_baseUrl, m_account);
    setTabOrder(m_account, m_clientId);
    setTabOrder(m_clientId, m_appId);
    setTabOrder(m_appId, m_apiKey);
    setTabOrder(m_apiKey, m_deadline);
    setTabOrder(m_deadline, m_merchantName);
    setTabOrder(m_merchantName, m_merchantAddress);
    setTabOrder(m_merchantAddress, m_merchantPhone);
    setTabOrder(m_merchantPhone, m_taxNumber);
    setTabOrder(m_taxNumber, m_receiptFooter);
    setTabOrder(m_receiptFooter, m_test);
    setTabOrder(m_test, m_save);
    setTabOrder(m_save, m_use);
    setTabOrder(m_use, m_close);

    reloadList();
    const QList<Profile> profiles = m_store.profiles();
    const QString preferred = m_store.defaultProfileName();
    if (m_store.find(preferred))
        selectProfile(preferred);
    else
        selectProfile(profiles.isEmpty() ? QString() : profiles.first().name);
}

bool ProfilesDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFitContents(this);
    return handled;
}

ProfilesDialog::~ProfilesDialog()
{
    // The provider sends on the transport: it goes first.
    m_testConnection.reset();
    m_pendingKey.fill('\0');
}

void ProfilesDialog::selectProfile(const QString &name)
{
    showProfile(name.isEmpty() ? std::nullopt : m_store.find(name));
}

void ProfilesDialog::startNewProfile(const QString &providerKey)
{
    showProfile(std::nullopt);
    const int index = m_provider->findData(providerKey);
    if (index >= 0)
        m_provider->setCurrentIndex(index);
}

Profile ProfilesDialog::formProfile() const
{
    Profile profile;
    profile.name = m_name->text();
    profile.provider = m_provider->currentData().toString();
    profile.environment = Environment(m_environment->currentData().toInt());
    if (profile.environment == Environment::Custom)
        profile.customBaseUrl = QUrl(m_baseUrl->text().trimmed());
    // Only what this provider's key authenticates with: the other rows are hidden, and what was
    // typed in them stays there, unsaved, in case the person switches back.
    if (profile.keyActsForAccount()) {
        profile.account = m_account->text().trimmed();
    } else {
        profile.clientId = m_clientId->text().trimmed();
        profile.appId = m_appId->text().trimmed();
    }
    profile.requestDeadlineSeconds = m_deadline->value();
    MerchantDetails merchant;
    merchant.name = m_merchantName->text();
    merchant.address = m_merchantAddress->toPlainText();
    merchant.phone = m_merchantPhone->text();
    merchant.taxNumber = m_taxNumber->text();
    merchant.footer = m_receiptFooter->toPlainText();
    // Kept as it is printed: spaces around lines and blank lines go.
    profile.merchant = merchant.trimmed();
    return profile;
}

void ProfilesDialog::reloadList()
{
    m_filling = true;
    m_list->clear();
    const QString preferred = m_store.defaultProfileName();
    for (const Profile &profile : m_store.profiles()) {
        QString text = profile.name;
        if (profile.name == preferred)
            text += tr(" (default)");
        // The name in the list; where it connects to in the form and the tooltip.
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, profile.name);
        //: A profile's provider and environment: "SynaptoPay, Sandbox".
        const QString where = tr("%1, %2").arg(profile.providerName(), profile.environmentLabel());
        item->setToolTip(where);
        item->setData(Qt::AccessibleDescriptionRole, where);
        if (profile.name == m_current)
            m_list->setCurrentItem(item);
    }
    m_filling = false;
}

void ProfilesDialog::showProfile(const std::optional<Profile> &profile)
{
    m_errors->clearAll();
    m_current = profile ? profile->name : QString();
    m_name->setText(profile ? profile->name : QString());
    // A saved profile keeps its name: its key is stored under it.
    m_name->setReadOnly(profile.has_value());
    m_name->setToolTip(profile ? tr("To rename a profile, add a new one and remove this one.")
                               : QString());
    const QString provider = profile ? profile->provider : QString(knownProviders().front().key);
    m_provider->setCurrentIndex(m_provider->findData(provider));
    const Environment environment = profile ? profile->environment : Environment::Sandbox;
    m_environment->setCurrentIndex(m_environment->findData(int(environment)));
    m_baseUrl->setText(profile && profile->environment == Environment::Custom
                           ? profile->customBaseUrl.toString()
                           : QString());
    m_clientId->setText(profile ? profile->clientId : QString());
    m_appId->setText(profile ? profile->appId : QString());
    m_account->setText(profile ? profile->account : QString());
    m_filling = true;
    m_deadline->setValue(profile ? profile->requestDeadlineSeconds
                                 : Profile::DefaultRequestDeadlineSeconds);
    const MerchantDetails merchant = profile ? profile->merchant : MerchantDetails();
    m_merchantName->setText(merchant.name);
    m_merchantAddress->setPlainText(merchant.address);
    m_merchantPhone->setText(merchant.phone);
    m_taxNumber->setText(merchant.taxNumber);
    m_receiptFooter->setPlainText(merchant.footer);
    m_filling = false;
    // The stored key is never read into the form.
    m_apiKey->clear();
    m_apiKey->setPlaceholderText(profile ? tr("Leave empty to keep the stored key")
                                         : tr("Paste the API key"));
    m_filling = true;
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == m_current && profile)
            m_list->setCurrentRow(row);
    }
    m_filling = false;
    updateProvider();
    setDirty(false);
}

void ProfilesDialog::save()
{
    if (m_busy)
        return;
    const Profile profile = formProfile();
    const bool isNew = m_current.isEmpty();
    ValidationResult result = profile.validate();
    if (isNew && !profile.name.trimmed().isEmpty() && m_store.find(profile.name)) {
        result.add(
            QStringLiteral("name"),
            tr("A profile named “%1” exists already: choose another name.").arg(profile.name));
    }
    const QByteArray key = m_apiKey->text().trimmed().toUtf8();
    if (isNew && key.isEmpty()) {
        result.add(field::ApiKey,
                   tr("Enter the API key: Paydesk keeps it in the system keychain."));
    }
    if (!result.ok()) {
        if (QWidget *first = m_errors->show(result)) {
            // The first mistake may be on the other tab: show it there.
            m_tabs->setCurrentWidget(m_receiptPage->isAncestorOf(first) ? m_receiptPage
                                                                        : m_tabs->widget(0));
            first->setFocus();
        }
        return;
    }
    m_errors->clearAll();
    m_store.save(profile);
    m_current = profile.name;
    reloadList();
    m_name->setReadOnly(true);
    setDirty(false);
    emit profilesChanged();
    if (key.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Profile “%1” saved.").arg(profile.name));
        return;
    }
    storeKey(profile.name, key);
}

void ProfilesDialog::storeKey(const QString &profile, const QByteArray &key)
{
    m_pendingKey = key;
    m_pendingKeyProfile = profile;
    const auto failed = [this, profile](const KeychainError &error) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("Profile “%1” was saved, but its API key could not be stored in the keychain.")
                .arg(profile),
            error.message);
        QPushButton *memory = m_banner->addAction(tr("&Keep the key in memory for this run only"));
        memory->setObjectName(QStringLiteral("keepInMemoryButton"));
        connect(memory, &QPushButton::clicked, this, [this, profile] { keepKeyInMemory(profile); });
        QPushButton *again = m_banner->addAction(tr("Try the keychain &again"));
        connect(again, &QPushButton::clicked, this, [this, profile] {
            if (!m_pendingKey.isEmpty())
                storeKey(profile, m_pendingKey);
        });
    };
    if (!m_keychain) {
        failed(KeychainError{KeychainError::Kind::Unavailable,
                             tr("No system keychain is available to Paydesk.")});
        return;
    }
    setBusy(true);
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Storing the API key in %1…").arg(m_keychain->storageDescription()));
    m_keychain->writeApiKey(
        profile, key, this, [this, profile, failed](const Result<Done, KeychainError> &result) {
            setBusy(false);
            if (!result.ok()) {
                failed(result.error());
                return;
            }
            m_pendingKey.fill('\0');
            m_pendingKey.clear();
            // A key kept in memory earlier gives way to the keychain's.
            if (m_memory)
                m_memory->removeApiKey(profile, this, [](const Result<Done, KeychainError> &) {});
            if (m_current == profile)
                m_apiKey->clear();
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("Profile “%1” saved. Its API key is in %2.")
                                      .arg(profile, m_keychain->storageDescription()));
        });
}

void ProfilesDialog::keepKeyInMemory(const QString &profile)
{
    if (!m_memory || m_pendingKey.isEmpty())
        return;
    setBusy(true);
    m_memory->writeApiKey(
        profile, m_pendingKey, this, [this, profile](const Result<Done, KeychainError> &result) {
            setBusy(false);
            if (!result.ok()) {
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("The API key could not be kept in memory."),
                                      result.error().message);
                return;
            }
            m_pendingKey.fill('\0');
            m_pendingKey.clear();
            if (m_current == profile)
                m_apiKey->clear();
            m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("The API key of “%1” is kept in memory for this run only.").arg(profile),
                tr("Paydesk forgets it when it quits and asks for it again next time. Store it "
                   "in the keychain once one is available."));
        });
}

void ProfilesDialog::testConnection()
{
    if (m_busy)
        return;
    const Profile profile = formProfile();
    ValidationResult result = profile.validate();
    // The name is not needed to test, and a new profile may not have one yet.
    ValidationResult relevant;
    for (const FieldError &error : result.errors()) {
        if (error.field != field::ProfileName)
            relevant.add(error.field, error.message);
    }
    const QByteArray typed = m_apiKey->text().trimmed().toUtf8();
    if (typed.isEmpty() && m_current.isEmpty()) {
        relevant.add(field::ApiKey, tr("Enter the API key to test the connection."));
    }
    if (!relevant.ok()) {
        if (QWidget *first = m_errors->show(relevant))
            first->setFocus();
        return;
    }
    m_errors->clearAll();
    if (!typed.isEmpty()) {
        runTest(profile, typed);
        return;
    }
    // The stored key: this run's memory first (the person chose it), else the keychain.
    setBusy(true);
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Reading the stored API key…"));
    const QString name = m_current;
    KeyResolver(m_memory, m_keychain)
        .readApiKey(
            name, this, [this, profile, name](const Result<QByteArray, KeychainError> &key) {
                if (key.ok()) {
                    runTest(profile, key.value());
                    return;
                }
                setBusy(false);
                if (!m_keychain)
                    m_banner->showMessage(MessageBanner::Kind::Error,
                                          tr("No API key is available for “%1”.").arg(name),
                                          tr("Type the key in the API key field to test with it."));
                else
                    m_banner->showMessage(MessageBanner::Kind::Error,
                                          tr("The API key of “%1” could not be read.").arg(name),
                                          key.error().message);
            });
}

void ProfilesDialog::runTest(const Profile &profile, const QByteArray &key)
{
    setBusy(true);
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Testing the connection to %1 (%2)…")
                              .arg(profile.providerName(), profile.environmentLabel()));
    const Credentials credentials = profile.credentials(key);
    m_testConnection = std::make_unique<Connection>(profile, credentials);
    m_testConnection->setTransportOptions(m_testOptions);
    PageQuery query;
    query.limit = 1;
    const QString provider = m_testConnection->provider()->displayName();
    const QString where = profile.environmentLabel();
    // The account the key must act for, when the provider's keys act for one.
    const QString account = profile.keyActsForAccount() ? profile.account : QString();
    m_testConnection->provider()->listCustomers(
        query, this, [this, provider, where, account](const Result<Page<Customer>> &result) {
            setBusy(false);
            if (result.ok()) {
                m_banner->showMessage(
                    MessageBanner::Kind::Success, tr("Connected to %1 (%2).").arg(provider, where),
                    account.isEmpty() ? tr("The client ID and API key work.")
                                      : tr("The API key works for account %1.").arg(account));
                return;
            }
            const ApiError &error = result.error();
            // A key refused on an account path may be the wrong key or the wrong account: the
            // headline names the account, the detail gives the provider's own reason.
            const QString headline =
                error.kind == ApiErrorKind::Credentials && !account.isEmpty()
                    ? tr("The API key was not accepted for account %1.").arg(account)
                    : tr("The connection test failed.");
            m_banner->showMessage(MessageBanner::Kind::Error, headline, error.message);
        });
}

void ProfilesDialog::askToRemove()
{
    if (m_busy || m_current.isEmpty())
        return;
    const QString name = m_current;
    auto *question =
        new QMessageBox(QMessageBox::Warning, tr("Remove profile"),
                        tr("Remove the profile “%1”?").arg(name), QMessageBox::NoButton, this);
    question->setInformativeText(tr("Its API key is removed from the keychain too."));
    QPushButton *remove = question->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Remove the profile"));
    QPushButton *keep = question->addButton(QMessageBox::Cancel);
    keep->setAccessibleName(tr("Keep the profile"));
    question->setDefaultButton(keep);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, remove, name](QAbstractButton *button) {
                if (button == remove)
                    this->remove(name);
            });
    m_removeQuestion = question;
    question->open();
}

void ProfilesDialog::remove(const QString &name)
{
    m_store.remove(name);
    if (m_store.defaultProfileName() == name)
        m_store.setDefaultProfileName(QString());
    if (m_memory)
        m_memory->removeApiKey(name, this, [](const Result<Done, KeychainError> &) {});
    const QList<Profile> left = m_store.profiles();
    m_current.clear();
    reloadList();
    selectProfile(left.isEmpty() ? QString() : left.first().name);
    emit profilesChanged();
    if (!m_keychain) {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Profile “%1” removed.").arg(name));
        return;
    }
    setBusy(true);
    m_keychain->removeApiKey(name, this, [this, name](const Result<Done, KeychainError> &result) {
        setBusy(false);
        if (result.ok()) {
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("Profile “%1” removed, with its API key.").arg(name));
        } else {
            m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("Profile “%1” removed, but its API key could not be removed from the "
                   "keychain.")
                    .arg(name),
                result.error().message);
        }
    });
}

void ProfilesDialog::activate()
{
    if (m_busy)
        return;
    if (m_current.isEmpty() || m_dirty) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Save the profile first, then use it."));
        return;
    }
    emit profileActivated(m_current);
    accept();
}

void ProfilesDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ProfilesDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateButtons();
}

void ProfilesDialog::updateEnvironment()
{
    const auto environment = Environment(m_environment->currentData().toInt());
    setRowShown(m_baseUrl, environment == Environment::Custom);
    m_productionNote->setVisible(environment == Environment::Production);
    // Where the chosen provider and environment send requests.
    Profile where;
    where.provider = m_provider->currentData().toString();
    where.environment = environment;
    const QUrl url = where.baseUrl();
    m_environment->setToolTip(environment == Environment::Custom || url.isEmpty()
                                  ? tr("Requests go to the base URL below.")
                                  : tr("Requests go to %1.").arg(url.toString()));
}

void ProfilesDialog::updateProvider()
{
    const ProviderInfo *info = findProvider(m_provider->currentData().toString());
    // A key acts either for an account or for a client id: only that provider's rows show.
    const bool forAccount = info && info->keyActsForAccount;
    setRowShown(m_clientId, !forAccount);
    setRowShown(m_appId, !forAccount);
    setRowShown(m_account, forAccount);
    // The address of a local sandbox for this provider, the custom URL people type most.
    m_baseUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080") +
                                  (info ? info->sandbox.path() : QString()));
    updateEnvironment();
}

void ProfilesDialog::setRowShown(QWidget *field, bool shown)
{
    // A row not shown is taken out of the form rather than hidden in it: QFormLayout sizes a
    // word-wrapped error line wrongly below hidden rows, and squeezes a row to nothing.
    QWidget *box = field->parentWidget();
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    m_form->getWidgetPosition(box, &row, &role);
    if (shown == (row >= 0))
        return;
    if (!shown) {
        const QFormLayout::TakeRowResult taken = m_form->takeRow(row);
        delete taken.labelItem;
        delete taken.fieldItem;
        for (const FormRow &formRow : m_rows) {
            if (formRow.box == box)
                formRow.title->hide();
        }
        box->hide();
        return;
    }
    // Back in its place: after the rows before it that are in the form.
    int at = 0;
    for (const FormRow &formRow : m_rows) {
        if (formRow.box == box) {
            m_form->insertRow(at, formRow.title, box);
            formRow.title->show();
            box->show();
            return;
        }
        int present = -1;
        m_form->getWidgetPosition(formRow.box, &present, &role);
        if (present >= 0)
            ++at;
    }
}

void ProfilesDialog::updateButtons()
{
    m_save->setEnabled(!m_busy);
    m_test->setEnabled(!m_busy);
    m_remove->setEnabled(!m_busy && !m_current.isEmpty());
    m_add->setEnabled(!m_busy);
    m_use->setEnabled(!m_busy && !m_current.isEmpty() && !m_dirty);
    m_list->setEnabled(!m_busy);
}

} // namespace paydesk
