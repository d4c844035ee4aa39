#include "ui/main_window.h"

#include "network/provider_factory.h"
#include "ui/checkout_sessions_page.h"
#include "ui/customers_page.h"
#include "ui/dialogs/checkout_link_dialog.h"
#include "ui/dialogs/customer_dialog.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/environment_banner.h"
#include "ui/payment_intents_page.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace paydesk {

namespace {

// Where a profile switcher entry for a demo keeps its provider.
constexpr int DemoProviderRole = Qt::UserRole + 1;

enum PageIndex
{
    IntentsPageIndex,
    SessionsPageIndex,
    CustomersPageIndex,
};

QString kindNoun(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::PaymentIntents:
        return MainWindow::tr("payment intents");
    case ResourceKind::CheckoutSessions:
        return MainWindow::tr("checkout sessions");
    case ResourceKind::Customers:
        break;
    }
    return MainWindow::tr("customers");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new EnvironmentBanner(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_intentsPage(new PaymentIntentsPage(this))
    , m_sessionsPage(new CheckoutSessionsPage(this))
    , m_customersPage(new CustomersPage(this))
    , m_profileSwitcher(new QComboBox(this))
    , m_connection(new QLabel(this))
    , m_lastRefreshed(new QLabel(this))
    , m_inFlight(new QLabel(this))
    , m_retry(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelLoad(new QToolButton(this))
{
    setWindowTitle(tr("Paydesk"));
    setObjectName(QStringLiteral("mainWindow"));

    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setMaximumWidth(230);
    m_sidebar->setMinimumWidth(170);
    m_sidebar->setBackgroundRole(QPalette::Window);
    const QStyle *s = style();
    m_sidebar->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_FileDialogDetailedView),
                                           tr("Payment intents")));
    m_sidebar->addItem(
        new QListWidgetItem(s->standardIcon(QStyle::SP_DirLinkIcon), tr("Checkout sessions")));
    m_sidebar->addItem(
        new QListWidgetItem(s->standardIcon(QStyle::SP_DirHomeIcon), tr("Customers")));
    for (int i = 0; i < m_sidebar->count(); ++i)
        m_sidebar->item(i)->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 18));

    m_pages->addWidget(m_intentsPage);
    m_pages->addWidget(m_sessionsPage);
    m_pages->addWidget(m_customersPage);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_exportAction)
            m_exportAction->setText(
                tr("Export %1 to CSV…")
                    .arg(qobject_cast<ResourcePage *>(m_pages->widget(index))->noun()));
    });

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(m_sidebar);
    row->addWidget(m_pages, 1);
    column->addLayout(row, 1);
    setCentralWidget(central);
    // Below this the filter bar, a dozen rows and the detail pane's actions no longer fit.
    setMinimumSize(760, 540);

    for (ResourcePage *page :
         {static_cast<ResourcePage *>(m_intentsPage), static_cast<ResourcePage *>(m_sessionsPage),
          static_cast<ResourcePage *>(m_customersPage)})
        connect(page, &ResourcePage::notice, this,
                [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_customersPage, &CustomersPage::takePaymentRequested, this,
            [this](const QString &id) { takePayment(id); });
    connect(m_customersPage, &CustomersPage::checkoutLinkRequested, this,
            [this](const QString &id) { createCheckoutLink(id); });
    connect(m_customersPage, &CustomersPage::paymentsRequested, this,
            [this](const QString &id, const QString &name) {
                m_intentsPage->showCustomer(id, name);
                showPage(IntentsPageIndex);
            });

    buildActions();
    buildStatusBar();
    m_sidebar->setCurrentRow(IntentsPageIndex);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const QStyle *s = style();

    auto *newPayment =
        new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("Take a payment…"), this);
    newPayment->setShortcut(QKeySequence::New);
    newPayment->setToolTip(tr("Take a payment from a customer (%1)")
                               .arg(newPayment->shortcut().toString(QKeySequence::NativeText)));
    connect(newPayment, &QAction::triggered, this, [this] { takePayment(); });

    auto *newLink =
        new QAction(s->standardIcon(QStyle::SP_DirLinkIcon), tr("Checkout link…"), this);
    newLink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    newLink->setToolTip(tr("Create a checkout link to send to a customer (%1)")
                            .arg(newLink->shortcut().toString(QKeySequence::NativeText)));
    connect(newLink, &QAction::triggered, this, [this] { createCheckoutLink(); });

    auto *newCustomer =
        new QAction(s->standardIcon(QStyle::SP_FileDialogNewFolder), tr("New customer…"), this);
    newCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newCustomer, &QAction::triggered, this, &MainWindow::createCustomer);

    auto *refresh = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    refresh->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    refresh->setToolTip(tr("Load everything again (F5)"));
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { currentPage()->focusSearch(); });

    auto *copyId = new QAction(tr("Copy id"), this);
    copyId->setShortcut(QKeySequence::Copy);
    copyId->setShortcutContext(Qt::WindowShortcut);
    connect(copyId, &QAction::triggered, this, [this] {
        ResourcePage *page = currentPage();
        if (page->currentId().isEmpty())
            return;
        QApplication::clipboard()->setText(page->currentId());
        statusBar()->showMessage(tr("Copied the id."), 3000);
    });

    m_exportAction = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton),
                                 tr("Export payment intents to CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);

    auto *profiles = new QAction(tr("Profiles…"), this);
    connect(profiles, &QAction::triggered, this, &MainWindow::manageProfilesRequested);
    auto *demo = new QAction(tr("Open the demo"), this);
    connect(demo, &QAction::triggered, this, [this] { emit demoRequested({}); });

    auto *quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newPayment);
    file->addAction(newLink);
    file->addAction(newCustomer);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(copyId);
    edit->addAction(find);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addSeparator();
    const QStringList pageNames = {tr("Payment intents"), tr("Checkout sessions"), tr("Customers")};
    for (int i = 0; i < pageNames.size(); ++i) {
        QAction *go = view->addAction(pageNames.at(i));
        go->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(profiles);
    account->addAction(demo);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About Paydesk"), this, [this] {
        QMessageBox::about(this, tr("About Paydesk"),
                           tr("<h3>Paydesk %1</h3><p>A desktop console for taking payments, "
                              "sending checkout links and reviewing payment intents.</p>")
                               .arg(QStringLiteral(PAYDESK_VERSION)));
    });

    toolbar->addAction(newPayment);
    toolbar->addAction(newLink);
    toolbar->addAction(newCustomer);
    toolbar->addSeparator();
    toolbar->addAction(refresh);
    toolbar->addAction(m_exportAction);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(new QLabel(tr("Profile:"), toolbar));
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setAccessibleName(tr("Active profile"));
    m_profileSwitcher->setMinimumContentsLength(14);
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_profileSwitcher);
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString demoProvider =
            m_profileSwitcher->itemData(index, DemoProviderRole).toString();
        if (!demoProvider.isEmpty())
            emit demoRequested(demoProvider);
        else
            emit profileSwitchRequested(m_profileSwitcher->itemData(index).toString());
    });
    addAction(find);
    addAction(copyId);
}

void MainWindow::buildStatusBar()
{
    m_connection->setAccessibleName(tr("Connection"));
    m_lastRefreshed->setAccessibleName(tr("Last refreshed"));
    m_inFlight->setAccessibleName(tr("Requests in flight"));
    m_retry->setAccessibleName(tr("Retry"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setToolTip(tr("Stop loading"));
    m_cancelLoad->setAccessibleName(tr("Cancel loading"));
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->cancelLoads();
    });
    statusBar()->addPermanentWidget(m_retry);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_inFlight);
    statusBar()->addPermanentWidget(m_lastRefreshed);
    statusBar()->addPermanentWidget(m_connection);
    onConnectionState(Workspace::ConnectionState::Connecting, QString());
    onInFlight(0);
}

void MainWindow::setProfiles(const QStringList &names, const QString &current,
                             const QString &currentDemo)
{
    m_profileSwitcher->blockSignals(true);
    m_profileSwitcher->clear();
    // One demo per provider, all on the one built-in sandbox.
    for (const ProviderInfo &provider : knownProviders()) {
        m_profileSwitcher->addItem(tr("Demo: %1").arg(provider.name));
        m_profileSwitcher->setItemData(m_profileSwitcher->count() - 1, QString(provider.key),
                                       DemoProviderRole);
    }
    for (const QString &name : names)
        m_profileSwitcher->addItem(name, name);
    const int index = !current.isEmpty() ? m_profileSwitcher->findData(current)
                      : !currentDemo.isEmpty()
                          ? m_profileSwitcher->findData(currentDemo, DemoProviderRole)
                          : 0;
    m_profileSwitcher->setCurrentIndex(std::max(0, index));
    m_profileSwitcher->blockSignals(false);
}

namespace {

// The session's lists, in the sidebar's order.
QList<QAbstractItemModel *> listsOf(Workspace *session)
{
    return {session->paymentIntents(), session->checkoutSessions(), session->customers()};
}

} // namespace

void MainWindow::setSession(Workspace *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        for (QAbstractItemModel *model : listsOf(m_session))
            disconnect(model, nullptr, this, nullptr);
    }
    m_session = session;
    m_intentsPage->showCustomer({}, {});
    m_intentsPage->setSession(session);
    m_sessionsPage->setSession(session);
    m_customersPage->setSession(session);
    if (!session) {
        m_banner->hide();
        return;
    }
    m_banner->showFor(session->profile(), session->isDemo());
    setWindowTitle(tr("Paydesk — %1 (%2)")
                       .arg(session->isDemo()
                                ? tr("Demo: %1").arg(session->profile().providerName())
                                : session->profile().name,
                            session->isDemo() ? tr("built-in sandbox")
                                              : session->profile().environmentLabel()));
    connect(session, &Workspace::loadStarted, this, &MainWindow::onLoadStarted);
    connect(session, &Workspace::loadProgress, this, &MainWindow::onLoadProgress);
    connect(session, &Workspace::loadFinished, this, &MainWindow::onLoadFinished);
    connect(session, &Workspace::connectionStateChanged, this, &MainWindow::onConnectionState);
    connect(session, &Workspace::paymentIntentSettled, this, &MainWindow::onIntentSettled);
    connect(session, &Workspace::checkoutSessionSettled, this, &MainWindow::onCheckoutSettled);
    connect(session->provider(), &PaymentProvider::retryScheduled, this, &MainWindow::onRetry);
    connect(session->provider(), &PaymentProvider::requestsInFlightChanged, this,
            &MainWindow::onInFlight);
    // The counts follow the lists themselves: a payment taken, a link created or an object
    // found by polling counts at once, not at the next load.
    for (QAbstractItemModel *model : listsOf(session)) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSidebarCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSidebarCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateSidebarCounts);
    }
    updateSidebarCounts();
    onConnectionState(session->connectionState(), session->connectionMessage());
    session->loadAll();
}

ResourcePage *MainWindow::currentPage() const
{
    return qobject_cast<ResourcePage *>(m_pages->currentWidget());
}

void MainWindow::showPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::refresh()
{
    if (m_session)
        m_session->loadAll();
}

void MainWindow::takePayment(const QString &customerId)
{
    if (!m_session)
        return;
    auto *dialog = new TakePaymentDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!customerId.isEmpty())
        dialog->setCustomer(customerId);
    connect(dialog, &TakePaymentDialog::paymentIntentCreated, this,
            [this](const PaymentIntent &intent) {
                showPage(IntentsPageIndex);
                m_intentsPage->selectId(intent.id);
            });
    dialog->open();
}

void MainWindow::createCheckoutLink(const QString &customerId)
{
    if (!m_session)
        return;
    auto *dialog = new CheckoutLinkDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!customerId.isEmpty())
        dialog->setCustomer(customerId);
    connect(dialog, &CheckoutLinkDialog::checkoutSessionCreated, this,
            [this](const CheckoutSession &session) {
                showPage(SessionsPageIndex);
                m_sessionsPage->selectId(session.id);
            });
    dialog->open();
}

void MainWindow::createCustomer()
{
    if (!m_session)
        return;
    auto *dialog = new CustomerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::customerCreated, this, [this](const Customer &customer) {
        showPage(CustomersPageIndex);
        m_customersPage->selectId(customer.id);
        // The dialog closes at once: say that it worked, where the eye goes next.
        const QString name = customer.displayName();
        statusBar()->showMessage(
            name.isEmpty() ? tr("Customer created.")
                           : tr("Customer %1 created: it is selected in the list.").arg(name),
            10000);
    });
    dialog->open();
}

bool MainWindow::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // A byte-order mark lets spreadsheet programs read the UTF-8 names and currency symbols.
    file.write("\xEF\xBB\xBF");
    file.write(currentPage()->toCsv().toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void MainWindow::chooseExportFile()
{
    ResourcePage *page = currentPage();
    auto *dialog = new QFileDialog(this, tr("Export %1").arg(page->noun()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->selectFile(QStringLiteral("%1-%2.csv")
                           .arg(page->noun().replace(QLatin1Char(' '), QLatin1Char('-')),
                                QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportCsv(path, &error))
            statusBar()->showMessage(
                tr("Exported %n row(s) to %1.", nullptr, currentPage()->filterModel()->rowCount())
                    .arg(QDir::toNativeSeparators(path)),
                6000);
        else
            QMessageBox::warning(
                this, tr("Export failed"),
                tr("Paydesk could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
    });
    dialog->open();
}

void MainWindow::onLoadStarted(ResourceKind)
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Loading…"));
    m_progress->show();
    m_cancelLoad->show();
}

void MainWindow::onLoadProgress(ResourceKind kind, int items)
{
    m_progress->setFormat(tr("%1 %2").arg(QLocale().toString(items), kindNoun(kind)));
    updateSidebarCounts();
}

void MainWindow::onLoadFinished(ResourceKind kind, bool complete, const QString &error)
{
    updateSidebarCounts();
    if (!m_session || !m_session->isLoading()) {
        m_progress->hide();
        m_cancelLoad->hide();
        m_retry->clear();
    }
    if (complete)
        updateLastRefreshed();
    else if (!error.isEmpty())
        statusBar()->showMessage(tr("Could not load all %1: %2").arg(kindNoun(kind), error), 10000);
}

void MainWindow::onConnectionState(Workspace::ConnectionState state, const QString &message)
{
    QString text;
    QColor colour;
    switch (state) {
    case Workspace::ConnectionState::Connecting:
        text = tr("Connecting…");
        colour = QColor(0x9a6700);
        break;
    case Workspace::ConnectionState::Online:
        text = tr("Connected");
        colour = QColor(0x1a7f37);
        break;
    case Workspace::ConnectionState::Offline:
        text = tr("Offline");
        colour = QColor(0xcf222e);
        break;
    case Workspace::ConnectionState::CredentialsRejected:
        text = tr("Credentials rejected");
        colour = QColor(0xcf222e);
        break;
    }
    m_connection->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                              .arg(colour.name(), text.toHtmlEscaped()));
    m_connection->setToolTip(message);
    m_connection->setAccessibleDescription(
        text + (message.isEmpty() ? QString() : QLatin1String(": ") + message));
    if (!message.isEmpty())
        statusBar()->showMessage(message, 10000);
}

void MainWindow::onRetry(const RetryNotice &notice)
{
    m_retry->setText(tr("Retrying %1 in %2 s (%3 of %4)…")
                         .arg(notice.label)
                         .arg(QLocale().toString(notice.delayMs / 1000.0, 'f', 1))
                         .arg(notice.attempt)
                         .arg(notice.maxRetries));
    m_retry->setToolTip(notice.reason);
    QTimer::singleShot(notice.delayMs + 1500, m_retry, [this] { m_retry->clear(); });
}

void MainWindow::onInFlight(int count)
{
    m_inFlight->setText(count == 0 ? QString() : tr("%n request(s) in flight", nullptr, count));
}

void MainWindow::updateLastRefreshed()
{
    if (!m_session || !m_session->lastRefreshed().isValid())
        return;
    m_lastRefreshed->setText(
        tr("Refreshed %1")
            .arg(QLocale().toString(m_session->lastRefreshed().time(), QLocale::ShortFormat)));
}

void MainWindow::updateSidebarCounts()
{
    if (!m_session)
        return;
    const QLocale locale;
    const QList<std::pair<QString, int>> entries = {
        {tr("Payment intents"), m_session->paymentIntents()->rowCount()},
        {tr("Checkout sessions"), m_session->checkoutSessions()->rowCount()},
        {tr("Customers"), m_session->customers()->rowCount()}};
    for (int i = 0; i < entries.size(); ++i)
        m_sidebar->item(i)->setText(
            QStringLiteral("%1  (%2)")
                .arg(entries.at(i).first, locale.toString(entries.at(i).second)));
}

void MainWindow::onIntentSettled(const PaymentIntent &intent)
{
    const QString amount = intent.amount.toString(QLocale());
    if (intent.status.known() == IntentStatus::Succeeded)
        notify(tr("Payment succeeded"), tr("%1 was paid.").arg(amount));
    else if (intent.status.known() == IntentStatus::Failed)
        notify(tr("Payment failed"), tr("The payment of %1 was declined.").arg(amount));
    else
        notify(tr("Payment updated"), tr("%1 is now %2.").arg(amount, intent.status.displayName()));
}

void MainWindow::onCheckoutSettled(const CheckoutSession &session)
{
    const QString amount =
        session.amountTotal ? session.amountTotal->toString(QLocale()) : QString();
    if (session.status.known() == CheckoutStatus::Complete)
        notify(tr("Checkout link paid"),
               tr("A customer paid %1 through a checkout link.").arg(amount));
    else
        notify(tr("Checkout link expired"),
               tr("The checkout link for %1 expired unpaid.").arg(amount));
}

void MainWindow::notify(const QString &title, const QString &message)
{
    statusBar()->showMessage(QStringLiteral("%1: %2").arg(title, message), 10000);
    if (isActiveWindow())
        return;
    // The user is elsewhere: a desktop notification where the system has a tray, otherwise ask
    // the window manager to draw attention to the window.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Paydesk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
    } else {
        QApplication::alert(this);
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (ResourcePage *page :
         {static_cast<ResourcePage *>(m_intentsPage), static_cast<ResourcePage *>(m_sessionsPage),
          static_cast<ResourcePage *>(m_customersPage)})
        page->restoreLayout(settings);
    settings.endGroup();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    for (const ResourcePage *page :
         {static_cast<ResourcePage *>(m_intentsPage), static_cast<ResourcePage *>(m_sessionsPage),
          static_cast<ResourcePage *>(m_customersPage)})
        page->saveLayout(settings);
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Follow the system when it switches between light and dark: the status colours are
    // computed from the palette when painted, so a repaint is all it takes.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        update();
    QMainWindow::changeEvent(event);
}

} // namespace paydesk
