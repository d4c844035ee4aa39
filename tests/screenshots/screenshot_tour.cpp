// paydesk-screenshot-tour: starts the console on its demo exactly as `paydesk --demo` does, walks
// through every page and every flow dialog the way a person would, and saves a PNG of each
// (QWidget::grab, so no window manager is needed). packaging/screenshots.sh runs it under Xvfb.
//   paydesk-screenshot-tour OUTPUT_DIR
// It speaks the language of the environment (LANG), from the catalogues this build made.
#include "app_controller.h"
#include "services/workspace.h"
#include "ui/checkout_sessions_page.h"
#include "ui/customers_page.h"
#include "ui/dialogs/checkout_link_dialog.h"
#include "ui/dialogs/confirm_intent_dialog.h"
#include "ui/dialogs/customer_dialog.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/dialogs/profiles_dialog.h"
#include "ui/dialogs/qr_code_dialog.h"
#include "ui/dialogs/refund_dialog.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/finance_overview.h"
#include "ui/main_window.h"
#include "ui/payment_intents_page.h"
#include "ui/receipt_actions.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/line_items_editor.h"
#include "ui/widgets/money_edit.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>

#include <cstdio>

using namespace paydesk;

namespace {

QString g_outputDir;
int g_failures = 0;

// Runs the event loop until `done` holds or `ms` pass.
bool waitUntil(const std::function<bool()> &done, int ms = 15000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle(int ms = 300)
{
    waitUntil([] { return false; }, ms);
}

void shoot(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(g_outputDir).filePath(name + QStringLiteral(".png"));
    if (widget->grab().save(path)) {
        std::printf("saved %s\n", qPrintable(path));
    } else {
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
        ++g_failures;
    }
}

template <typename Dialog>
Dialog *openDialog(QWidget *window)
{
    Dialog *dialog = nullptr;
    waitUntil([&] {
        dialog = window->findChild<Dialog *>();
        return dialog && dialog->isVisible();
    });
    return dialog;
}

int firstRow(const ResourceTableModel *model, const std::function<bool(int)> &wanted)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (wanted(row))
            return row;
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: paydesk-screenshot-tour OUTPUT_DIR\n");
        return 2;
    }
    g_outputDir = QString::fromLocal8Bit(argv[1]);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("paydesk"), QStringLiteral("_"),
                        QStringLiteral(PAYDESK_QM_DIR)))
        QCoreApplication::installTranslator(&translator);
    QDir().mkpath(g_outputDir);
    // A throwaway settings store: the tour never touches the person's own profiles.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QApplication::setApplicationName(QStringLiteral("Paydesk"));

    {
        FirstRunDialog firstRun;
        firstRun.show();
        shoot(&firstRun, QStringLiteral("first-run"));
    }

    LaunchOptions options;
    options.demo = true;
    options.demoProcessingDelayMs = 1500;
    AppController controller(options);
    MainWindow *window = controller.window();
    window->resize(1360, 820);
    controller.start();
    if (!waitUntil(
            [&] {
                return controller.session() && !controller.session()->isLoading() &&
                       controller.session()->lastRefreshed().isValid();
            },
            60000)) {
        std::fprintf(stderr, "the demo did not load\n");
        return 1;
    }
    Workspace *session = controller.session();

    // Payment intents, a succeeded one selected.
    window->showPage(0);
    const PaymentIntentTableModel *intents = session->paymentIntents();
    const int succeeded = firstRow(intents, [&](int row) {
        return intents->at(row).status.known() == IntentStatus::Succeeded &&
               !intents->at(row).customerId.isEmpty();
    });
    window->paymentIntentsPage()->selectId(intents->at(succeeded).id);
    shoot(window, QStringLiteral("main-intents"));

    // Checkout sessions, an open one selected.
    window->showPage(1);
    const CheckoutSessionTableModel *sessions = session->checkoutSessions();
    const int open = firstRow(sessions, [&](int row) {
        return sessions->at(row).status.known() == CheckoutStatus::Open;
    });
    if (open >= 0)
        window->checkoutSessionsPage()->selectId(sessions->at(open).id);
    shoot(window, QStringLiteral("checkout-sessions"));

    // Customers.
    window->showPage(2);
    const QString customerId = intents->at(succeeded).customerId;
    window->customersPage()->selectId(customerId);
    shoot(window, QStringLiteral("customers"));

    // Take a payment: a customer, an amount, a saved card.
    window->showPage(0);
    window->takePayment(customerId);
    if (auto *dialog = openDialog<TakePaymentDialog>(window)) {
        // Typed as the language's people type it ("42,50" in German).
        dialog->findChild<MoneyEdit *>(QStringLiteral("amountEdit"))
            ->setText(QStringLiteral("42.50").replace(QLatin1Char('.'), QLocale().decimalPoint()));
        dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"))
            ->setText(QStringLiteral("Two coffees and a cake"));
        // The customer's cards arrive; the counter takes the one that succeeds.
        auto *cards = dialog->findChild<QWidget *>(QStringLiteral("paymentMethodPicker"))
                          ->findChild<QComboBox *>();
        waitUntil([&] { return cards->count() >= 2; });
        cards->setCurrentIndex(cards->findText(QStringLiteral("succeed"), Qt::MatchContains));
        shoot(dialog, QStringLiteral("take-payment"));
        dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        waitUntil([&] { return dialog->isShowingResult(); });
        shoot(dialog, QStringLiteral("take-payment-processing"));
        waitUntil([&] {
            return !dialog->createdIntent().id.isEmpty() &&
                   intents->find(dialog->createdIntent().id) &&
                   intents->find(dialog->createdIntent().id)->status.isFinal();
        });
        shoot(dialog, QStringLiteral("take-payment-result"));
        dialog->close();
    }

    // A receipt, from the payments list: the print preview on a sheet, then on a receipt roll.
    // A payment made through a checkout link shows its items.
    int receiptRow = succeeded;
    for (int row = 0; row < sessions->rowCount(); ++row) {
        const CheckoutSession &paidLink = sessions->at(row);
        const int paid =
            paidLink.paymentIntentId.isEmpty() ? -1 : intents->rowOf(paidLink.paymentIntentId);
        if (paid >= 0 && intents->at(paid).status.known() == IntentStatus::Succeeded &&
            paidLink.lineItems.size() >= 2) {
            receiptRow = paid;
            break;
        }
    }
    window->paymentIntentsPage()->selectId(intents->at(receiptRow).id);
    // Selecting it looks its card up: the receipt names the card once that is back.
    waitUntil(
        [&] {
            const PaymentIntent &paid = intents->at(receiptRow);
            return paid.paymentMethodId.isEmpty() ||
                   !intents->paymentMethodName(paid.paymentMethodId).isEmpty();
        },
        5000);
    if (auto *print = window->paymentIntentsPage()->findChild<QAction *>(
            QStringLiteral("printReceiptAction"))) {
        print->trigger();
        if (auto *preview = openDialog<ReceiptPreviewDialog>(window)) {
            preview->setPaper(ReceiptPaper::Page);
            preview->resize(900, 820);
            settle(800);
            shoot(preview, QStringLiteral("receipt-preview"));
            preview->setPaper(ReceiptPaper::Roll80);
            settle(800);
            shoot(preview, QStringLiteral("receipt-preview-roll"));
            preview->setPaper(ReceiptPaper::Page);
            preview->close();
        }
    }

    // A payment with a mistake in it: the message sits next to the field, nothing is lost.
    window->takePayment(customerId);
    if (auto *dialog = openDialog<TakePaymentDialog>(window)) {
        dialog->findChild<MoneyEdit *>(QStringLiteral("amountEdit"))
            ->setText(QStringLiteral("12.345"));
        dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        shoot(dialog, QStringLiteral("take-payment-invalid"));
        dialog->close();
    }

    // A checkout link with two items, then the link with its QR code.
    window->createCheckoutLink(customerId);
    if (auto *dialog = openDialog<CheckoutLinkDialog>(window)) {
        LineItemsEditor *items = dialog->lineItems();
        while (items->count() > 0)
            items->removeItem(0);
        items->addItem({QStringLiteral("Coffee beans, 1 kg"), QStringLiteral("House blend"),
                        Money(1850, QStringLiteral("USD")), 2});
        items->addItem(
            {QStringLiteral("Ceramic mug"), QString(), Money(1200, QStringLiteral("USD")), 1});
        dialog->findChild<QLineEdit *>(QStringLiteral("successUrlEdit"))
            ->setText(QStringLiteral("https://shop.example.com/thanks"));
        shoot(dialog, QStringLiteral("checkout-link"));
        dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        waitUntil([&] { return dialog->isShowingLink(); });
        shoot(dialog, QStringLiteral("checkout-link-created"));
        dialog->close();
    }

    // A new customer.
    window->createCustomer();
    if (auto *dialog = openDialog<CustomerDialog>(window)) {
        shoot(dialog, QStringLiteral("new-customer"));
        dialog->close();
    }

    // Refund and confirm, from the intent page's detail pane.
    {
        auto *refund = new RefundDialog(session, intents->at(succeeded), window);
        refund->setAttribute(Qt::WA_DeleteOnClose);
        refund->open();
        shoot(refund, QStringLiteral("refund"));
        refund->close();
    }
    const int waiting = firstRow(intents, [&](int row) {
        return intents->at(row).status.phase() == IntentPhase::Waiting &&
               !intents->at(row).customerId.isEmpty();
    });
    if (waiting >= 0) {
        auto *confirm = new ConfirmIntentDialog(session, intents->at(waiting), window);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        confirm->open();
        settle(800);
        shoot(confirm, QStringLiteral("confirm-intent"));
        confirm->close();
    }
    if (open >= 0) {
        auto *qr = new QrCodeDialog(sessions->at(open).url, window);
        qr->setAttribute(Qt::WA_DeleteOnClose);
        qr->open();
        shoot(qr, QStringLiteral("qr-code"));
        qr->close();
    }

    // Profiles.
    controller.manageProfiles();
    if (auto *dialog = openDialog<ProfilesDialog>(window)) {
        shoot(dialog, QStringLiteral("profiles"));
        // A new profile for SynaptoPay: the account in place of the client and app ids.
        dialog->startNewProfile(QStringLiteral("synaptopay"));
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")))
            name->setText(QStringLiteral("Counter (SynaptoPay)"));
        if (auto *account = dialog->findChild<QLineEdit *>(QStringLiteral("accountEdit")))
            account->setText(QStringLiteral("acct_demo"));
        shoot(dialog, QStringLiteral("profiles-synaptopay"));
        dialog->close();
    }

    // Finance: only the succeeded payments, with their totals.
    window->showPage(0);
    auto *statusButton = window->paymentIntentsPage()->findChild<QToolButton *>();
    for (QAction *action : statusButton->menu()->actions())
        if (action->data().toString() == QLatin1String("succeeded"))
            action->setChecked(true);
    settle(600);
    shoot(window, QStringLiteral("finance-succeeded"));

    // The finance overview: every status again, the volume per day as a chart, its tooltip, in
    // the dark too; then a bar clicked, which narrows the table to its days.
    {
        PaymentIntentsPage *page = window->paymentIntentsPage();
        for (QAction *action : statusButton->menu()->actions())
            action->setChecked(false);
        page->showOverview(true);
        settle(600);
        shoot(window, QStringLiteral("finance-overview"));
        FinanceOverview *overview = page->overview();
        int busiest = 0;
        for (int i = 0; i < overview->buckets().size(); ++i)
            if (overview->buckets().at(i).all().count > overview->buckets().at(busiest).all().count)
                busiest = i;
        QToolTip::showText(overview->chartView()->mapToGlobal(QPoint(200, 100)),
                           overview->toolTipFor(busiest), overview->chartView());
        settle();
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->inherits("QTipLabel") && top->isVisible())
                shoot(top, QStringLiteral("finance-overview-tooltip"));
        QToolTip::hideText();
        // What "Save chart" writes.
        QString error;
        for (const QString &file : {QStringLiteral("finance-overview-saved.png"),
                                    QStringLiteral("finance-overview-saved.svg")}) {
            const QString path = QDir(g_outputDir).filePath(file);
            const bool saved = file.endsWith(QLatin1String(".png"))
                                   ? overview->exportPng(path, &error)
                                   : overview->exportSvg(path, &error);
            if (saved) {
                std::printf("saved %s\n", qPrintable(path));
            } else {
                std::fprintf(stderr, "could not save %s: %s\n", qPrintable(path),
                             qPrintable(error));
                ++g_failures;
            }
        }

        const QPalette light = QApplication::palette();
        // A dark palette as a desktop's dark theme gives one.
        QPalette dark;
        const auto set = [&dark](QPalette::ColorRole role, QRgb colour, QRgb disabled) {
            dark.setColor(QPalette::All, role, QColor(colour));
            dark.setColor(QPalette::Disabled, role, QColor(disabled));
        };
        set(QPalette::Window, 0x2b2b2b, 0x2b2b2b);
        set(QPalette::WindowText, 0xe6e6e6, 0x7f7f7f);
        set(QPalette::Base, 0x1e1e1e, 0x242424);
        set(QPalette::AlternateBase, 0x262626, 0x262626);
        set(QPalette::Text, 0xe6e6e6, 0x7f7f7f);
        set(QPalette::PlaceholderText, 0x9a9a9a, 0x6a6a6a);
        set(QPalette::Button, 0x353535, 0x303030);
        set(QPalette::ButtonText, 0xe6e6e6, 0x7f7f7f);
        set(QPalette::BrightText, 0xffffff, 0xffffff);
        set(QPalette::Light, 0x505050, 0x505050);
        set(QPalette::Midlight, 0x404040, 0x404040);
        set(QPalette::Mid, 0x555555, 0x555555);
        set(QPalette::Dark, 0x1a1a1a, 0x1a1a1a);
        set(QPalette::Shadow, 0x000000, 0x000000);
        set(QPalette::Highlight, 0x2f6fb5, 0x404040);
        set(QPalette::HighlightedText, 0xffffff, 0x9a9a9a);
        set(QPalette::Link, 0x8ab4f8, 0x8ab4f8);
        set(QPalette::ToolTipBase, 0x3a3a3a, 0x3a3a3a);
        set(QPalette::ToolTipText, 0xe6e6e6, 0xe6e6e6);
        QApplication::setPalette(dark);
        settle(600);
        shoot(window, QStringLiteral("finance-overview-dark"));
        QApplication::setPalette(light);

        overview->selectBucket(busiest);
        settle(800);
        shoot(window, QStringLiteral("finance-overview-bar-clicked"));
        page->fromField()->setDate({});
        page->toField()->setDate({});
        page->showOverview(false);
        for (QAction *action : statusButton->menu()->actions())
            if (action->data().toString() == QLatin1String("succeeded"))
                action->setChecked(true);
        settle();
    }

    // A small window: the filter bar wraps, the actions that apply come first.
    window->resize(800, 600);
    window->paymentIntentsPage()->selectId(intents->at(succeeded).id);
    settle(600);
    shoot(window, QStringLiteral("small-window"));

    // Dates typed the wrong way round: the warning beside them.
    window->paymentIntentsPage()->fromField()->setDate(QDate::currentDate());
    window->paymentIntentsPage()->toField()->setDate(QDate::currentDate().addDays(-7));
    settle();
    shoot(window, QStringLiteral("dates-inverted"));

    return g_failures == 0 ? 0 : 1;
}
