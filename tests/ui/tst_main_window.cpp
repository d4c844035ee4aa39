// The console's window over a real sandbox: pages load everything a page at a time, filters
// and sorting narrow and order the rows, the export writes exactly what the table shows, the
// banner says when the money is not real, and objects that move on their own are followed.
#include "models/intent_totals.h"
#include "models/payment_intent_filter_model.h"
#include "sandbox/sandbox_server.h"
#include "services/workspace.h"
#include "ui/checkout_sessions_page.h"
#include "ui/customers_page.h"
#include "ui/detail_pane.h"
#include "ui/dialogs/customer_dialog.h"
#include "ui/environment_banner.h"
#include "ui/main_window.h"
#include "ui/payment_intents_page.h"
#include "ui/widgets/date_field.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace paydesk;

namespace {

// Splits RFC 4180 text into rows of fields (quoted fields may hold commas and quotes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    Profile localProfile() const
    {
        Profile p;
        p.name = QStringLiteral("Local");
        p.environment = Environment::Custom;
        p.customBaseUrl = m_server->apiBaseUrl();
        p.clientId = m_server->options().clientId;
        return p;
    }

    std::unique_ptr<Workspace> openSession(bool demo = false)
    {
        auto session = std::make_unique<Workspace>(
            localProfile(),
            Credentials{m_server->options().clientId, m_server->options().apiKey.toUtf8(), {}, {}},
            demo);
        session->setPollTiming({20, 1.5, 100}, {20, 1.5, 100});
        return session;
    }

    // With PAYDESK_SCREENSHOT_DIR set, saves `window` as it is now, for people to look at.
    static void shoot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The totals follow a few times a second.
        QTest::qWait(400);
        QVERIFY(window->grab().save(QDir(dir).filePath(name + QLatin1String(".png"))));
    }

    // Saves `window` at `size` to PAYDESK_SCREENSHOT_DIR, when that is set.
    static void shootAt(QWidget *window, const QSize &size, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(400);
        QVERIFY(window->grab().save(QDir(dir).filePath(name + QLatin1String(".png"))));
    }

    static void waitLoaded(Workspace *session)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!session->isLoading() && session->lastRefreshed().isValid(),
                                 30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PaydeskTest"));
        sandbox::SandboxOptions options;
        options.processingDelayMs = 300;
        options.seedSizes.customers = 40;
        options.seedSizes.paymentIntents = 450;
        options.seedSizes.checkoutSessions = 12;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_server->listen());
    }

    void loadsEveryPageIntoThePages()
    {
        MainWindow window;
        auto session = openSession();
        session->setLoadInsertInterval(0);
        QSignalSpy inserted(session->paymentIntents(), &QAbstractItemModel::rowsInserted);
        window.setSession(session.get());
        waitLoaded(session.get());
        QCOMPARE(qsizetype(session->paymentIntents()->rowCount()),
                 m_server->count(sandbox::Resource::PaymentIntents));
        QCOMPARE(qsizetype(session->customers()->rowCount()),
                 m_server->count(sandbox::Resource::PaymentCustomers));
        QCOMPARE(qsizetype(session->checkoutSessions()->rowCount()),
                 m_server->count(sandbox::Resource::CheckoutSessions));
        // One insert per page of 100, never one per row.
        QCOMPARE(inserted.count(), (session->paymentIntents()->rowCount() + 99) / 100);
        QCOMPARE(window.paymentIntentsPage()->view()->model()->rowCount(),
                 session->paymentIntents()->rowCount());
        // Customer names replace ids in the intent table.
        const PaymentIntentTableModel *intents = session->paymentIntents();
        int named = 0;
        for (int row = 0; row < intents->rowCount(); ++row)
            if (!intents->at(row).customerId.isEmpty() &&
                !intents->customerName(intents->at(row).customerId).isEmpty())
                ++named;
        QVERIFY(named > 0);
    }

    void pagesArrivingTogetherAreInsertedTogether()
    {
        // The first page shows at once; pages that come sooner than the insert interval after
        // it wait and go in together, and none is left waiting when the load ends.
        MainWindow window;
        auto session = openSession();
        session->setLoadInsertInterval(60000);
        QSignalSpy inserted(session->paymentIntents(), &QAbstractItemModel::rowsInserted);
        QSignalSpy progress(session.get(), &Workspace::loadProgress);
        QSignalSpy finished(session.get(), &Workspace::loadFinished);
        window.setSession(session.get());
        waitLoaded(session.get());
        const int intents = session->paymentIntents()->rowCount();
        QCOMPARE(qsizetype(intents), m_server->count(sandbox::Resource::PaymentIntents));
        QVERIFY(intents > 300); // several pages
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(2).toInt() - inserted.at(0).at(1).toInt() + 1, 100);
        QCOMPARE(window.paymentIntentsPage()->view()->model()->rowCount(), intents);
        // Progress counts what is in the table, and says the last count before the end.
        QList<int> intentProgress;
        for (const QList<QVariant> &args : std::as_const(progress))
            if (args.at(0).value<ResourceKind>() == ResourceKind::PaymentIntents)
                intentProgress.append(args.at(1).toInt());
        QCOMPARE(intentProgress, (QList<int>{100, intents}));
        for (const QList<QVariant> &args : std::as_const(finished))
            QVERIFY(args.at(1).toBool());
    }

    void bannerSaysWhenTheMoneyIsNotReal()
    {
        MainWindow window;
        auto local = openSession(false);
        window.setSession(local.get());
        QCOMPARE(window.banner()->badgeText(), QStringLiteral("LOCAL SANDBOX"));
        auto demo = openSession(true);
        window.setSession(demo.get());
        QCOMPARE(window.banner()->badgeText(), QStringLiteral("DEMO"));
        QVERIFY(window.windowTitle().contains(QLatin1String("Demo")));

        Profile production = localProfile();
        production.environment = Environment::Production;
        window.banner()->showFor(production, false);
        QVERIFY(window.banner()->badgeText().isEmpty());
    }

    void everyControlHasANameAndTabReachesIt()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        waitLoaded(session.get());
        const QList<ResourcePage *> pages{window.paymentIntentsPage(),
                                          window.checkoutSessionsPage(), window.customersPage()};
        for (int index = 0; index < pages.size(); ++index) {
            ResourcePage *page = pages.at(index);
            window.showPage(index);
            QCOMPARE(window.currentPage(), page);
            page->view()->selectRow(0);
            QCoreApplication::processEvents();
            QList<QWidget *> controls;
            for (QWidget *w : window.findChildren<QWidget *>()) {
                if (w->window() != &window || !w->isVisible() || !w->isEnabled() ||
                    !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                    continue;
                if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                    qobject_cast<QComboBox *>(w->parentWidget()))
                    continue;
                controls.append(w);
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
                QVERIFY(accessible);
                QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
                         qPrintable(page->title() + QLatin1String(": unnamed ") +
                                    QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') +
                                    w->objectName()));
            }
            QVERIFY(controls.size() >= 5);
            // Tab walks from the search field through every control of the page.
            QSet<QWidget *> reached;
            QWidget *w = controls.first();
            for (int steps = 0; steps < 2000; ++steps) {
                reached.insert(w);
                w = w->nextInFocusChain();
                if (w == controls.first())
                    break;
            }
            for (QWidget *control : std::as_const(controls))
                QVERIFY2(reached.contains(control),
                         qPrintable(QLatin1String("Tab never reaches ") +
                                    QLatin1String(control->metaObject()->className())));
        }
        window.setSession(nullptr);
    }

    void searchAndStatusFilterNarrowTheRows()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        PaymentIntentsPage *page = window.paymentIntentsPage();
        QAbstractItemModel *shown = page->view()->model();
        const int all = shown->rowCount();

        auto *search = page->findChild<QLineEdit *>();
        QVERIFY(search);
        const QString someId = session->paymentIntents()->at(7).id;
        search->setText(someId.left(13));
        QTRY_VERIFY(shown->rowCount() < all);
        QVERIFY(shown->rowCount() >= 1);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, 0)
                        .data(ResourceTableModel::IdRole)
                        .toString()
                        .startsWith(someId.left(13)));
        search->clear();
        QTRY_COMPARE(shown->rowCount(), all);

        // Status: tick "Succeeded" in the status menu.
        auto *statusButton = page->findChild<QToolButton *>();
        QVERIFY(statusButton && statusButton->menu());
        QAction *succeeded = nullptr;
        for (QAction *a : statusButton->menu()->actions())
            if (a->data().toString() == QLatin1String("succeeded"))
                succeeded = a;
        QVERIFY(succeeded);
        succeeded->setChecked(true);
        QVERIFY(shown->rowCount() > 0);
        QVERIFY(shown->rowCount() < all);
        for (int row = 0; row < shown->rowCount(); ++row)
            QCOMPARE(shown->index(row, 0).data(ResourceTableModel::StatusRole).toString(),
                     QStringLiteral("succeeded"));
        QVERIFY(statusButton->text().contains(QLatin1String("Succeeded")));
        // The totals follow the filter.
        QCOMPARE(page->totals()->totals().count, qint64(shown->rowCount()));
        QCOMPARE(page->totals()->totals().countByStatus.keys(), QStringList{"succeeded"});
        succeeded->setChecked(false);
        QCOMPARE(shown->rowCount(), all);
    }

    void typedDatesAreReadWithoutJumps()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        PaymentIntentsPage *page = window.paymentIntentsPage();
        QAbstractItemModel *shown = page->view()->model();
        const int all = shown->rowCount();
        DateField *from = page->fromField();
        DateField *to = page->toField();
        QVERIFY(from && to);
        QVERIFY(!from->date().isValid() && !to->date().isValid());

        // "20" is no date: it stays as typed, marked, and narrows nothing (it once became the
        // 24th of the month).
        QTest::keyClicks(from, QStringLiteral("20"));
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(from->text(), QStringLiteral("20"));
        QVERIFY(!from->date().isValid());
        QVERIFY(from->hasInvalidText());
        QCOMPARE(shown->rowCount(), all);

        // ISO 8601.
        from->clear();
        QTest::keyClicks(from, QStringLiteral("2026-11-20"));
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(from->date(), QDate(2026, 11, 20));
        QVERIFY(!from->hasInvalidText());

        // The locale's short format, with its own two-digit year, and with four digits.
        const QLocale locale;
        const QDate december(2026, 12, 4);
        to->clear();
        QTest::keyClicks(to, december.toString(locale.dateFormat(QLocale::ShortFormat)));
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(to->date(), december);
        to->clear();
        QTest::keyClicks(to, december.toString(DateField::displayFormat(locale)));
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(to->date(), december);
        QCOMPARE(to->text(), december.toString(DateField::displayFormat(locale)));
        QCOMPARE(DateField::parse(QStringLiteral("2026-12-04"), locale), december);
        QCOMPARE(DateField::parse(QStringLiteral("20"), locale), QDate());
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(DateField::parse(QStringLiteral("04.12.26"), german), december);
        QCOMPARE(DateField::parse(QStringLiteral("4.12.2026"), german), december);

        // Every row shown lies within the typed days.
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QDate created =
                session->paymentIntents()
                    ->at(page->filterModel()->mapToSource(shown->index(row, 0)).row())
                    .created.toLocalTime()
                    .date();
            QVERIFY(created >= QDate(2026, 11, 20) && created <= december);
        }

        // Alt+Down opens the calendar on the field's day; a click there sets it.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(from->calendar());
        QTRY_VERIFY(from->calendar()->isVisible());
        QCOMPARE(from->calendar()->selectedDate(), QDate(2026, 11, 20));
        emit from->calendar()->clicked(QDate(2026, 11, 21));
        QCOMPARE(from->date(), QDate(2026, 11, 21));
        QTRY_VERIFY(!from->calendar()->isVisible());

        // Emptied, a field bounds nothing again.
        from->clear();
        QTest::keyClick(from, Qt::Key_Return);
        to->clear();
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(shown->rowCount(), all);
    }

    void anInvertedDateRangeIsSaidBesideTheDates()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        waitLoaded(session.get());
        PaymentIntentsPage *page = window.paymentIntentsPage();
        QVERIFY(!page->dateWarning()->isVisible());
        page->fromField()->setDate(QDate::currentDate());
        page->toField()->setDate(QDate::currentDate().addDays(-3));
        QCOMPARE(page->view()->model()->rowCount(), 0);
        QVERIFY(page->dateWarning()->isVisible());
        QVERIFY(!page->dateWarning()->text().isEmpty());
        const QRect warning(page->dateWarning()->mapTo(page, QPoint(0, 0)),
                            page->dateWarning()->size());
        const QRect toField(page->toField()->mapTo(page, QPoint(0, 0)), page->toField()->size());
        QVERIFY2(qAbs(warning.center().y() - toField.center().y()) < toField.height(),
                 "the warning is beside the dates");
        page->toField()->setDate(QDate::currentDate());
        QVERIFY(!page->dateWarning()->isVisible());
        shootAt(&window, QSize(1024, 700), QStringLiteral("dates-inverted"));
    }

    void datePresetsSetBothEnds()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        PaymentIntentsPage *page = window.paymentIntentsPage();
        QToolButton *presets = page->datePresetsButton();
        QVERIFY(presets && presets->menu());
        const auto preset = [presets](const QString &text) -> QAction * {
            for (QAction *action : presets->menu()->actions())
                if (action->text() == text)
                    return action;
            return nullptr;
        };
        const QDate today = QDate::currentDate();
        const QDate firstOfMonth(today.year(), today.month(), 1);
        const struct
        {
            const char *text;
            QDate from;
            QDate to;
        } cases[] = {
            {"Today", today, today},
            {"Yesterday", today.addDays(-1), today.addDays(-1)},
            {"Last 7 days", today.addDays(-6), today},
            {"This month", firstOfMonth, today},
            {"Last month", firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)},
            {"Any date", QDate(), QDate()},
        };
        for (const auto &c : cases) {
            QAction *action = preset(QString::fromLatin1(c.text));
            QVERIFY2(action, c.text);
            action->trigger();
            QCOMPARE(page->fromField()->date(), c.from);
            QCOMPARE(page->toField()->date(), c.to);
            QVERIFY(!page->dateWarning()->isVisibleTo(page));
        }
        QCOMPARE(page->view()->model()->rowCount(), session->paymentIntents()->rowCount());
    }

    void smallWindowsKeepTheFilterBarApart()
    {
        MainWindow window;
        // Smaller than this, a dozen rows and the detail pane's actions no longer fit.
        QVERIFY(window.minimumSize().width() >= 640 && window.minimumSize().height() >= 480);
        QVERIFY(window.minimumSize().width() <= 800 && window.minimumSize().height() <= 600);
        auto session = openSession();
        window.setSession(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        waitLoaded(session.get());
        // The customer chip is the widest filter the intents page can show.
        window.paymentIntentsPage()->showCustomer(session->customers()->at(0).id,
                                                  QStringLiteral("Marguerite Featherstonehaugh"));
        window.showPage(0);
        // With the warning of an inverted range shown, and without.
        for (const bool inverted : {true, false})
            for (const QSize size : {QSize(800, 600), QSize(1024, 700)}) {
                for (ResourcePage *page :
                     {static_cast<ResourcePage *>(window.paymentIntentsPage()),
                      static_cast<ResourcePage *>(window.checkoutSessionsPage()),
                      static_cast<ResourcePage *>(window.customersPage())}) {
                    page->fromField()->setDate(inverted ? QDate::currentDate() : QDate());
                    page->toField()->setDate(inverted ? QDate::currentDate().addDays(-1) : QDate());
                }
                window.resize(size);
                QTRY_COMPARE(window.size(), size);
                const QList<ResourcePage *> pages{window.paymentIntentsPage(),
                                                  window.checkoutSessionsPage(),
                                                  window.customersPage()};
                for (int index = 0; index < pages.size(); ++index) {
                    ResourcePage *page = pages.at(index);
                    window.showPage(index);
                    page->view()->selectRow(0);
                    QCoreApplication::processEvents();
                    const QString where = QStringLiteral("%1 at %2x%3: ")
                                              .arg(page->title())
                                              .arg(size.width())
                                              .arg(size.height());
                    QWidget *dates = page->fromField()->parentWidget();
                    QList<QWidget *> bar;
                    for (QWidget *parent : {static_cast<QWidget *>(page), dates})
                        for (QWidget *w :
                             parent->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
                            if (w->isVisible() && w != dates && !qobject_cast<QSplitter *>(w) &&
                                !w->isWindow())
                                bar.append(w);
                    QVERIFY(bar.size() >= 5);
                    QList<QRect> rects;
                    for (QWidget *w : std::as_const(bar)) {
                        const QRect rect(w->mapTo(page, QPoint(0, 0)), w->size());
                        const QString name = where + QLatin1String(w->metaObject()->className()) +
                                             QLatin1Char(' ') + w->accessibleName() +
                                             QLatin1Char(' ');
                        QVERIFY2(page->rect().contains(rect), qPrintable(name + "leaves the page"));
                        const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
                        QVERIFY2(w->width() >= least.width() && w->height() >= least.height(),
                                 qPrintable(name + "is squeezed below its minimum"));
                        rects.append(rect);
                    }
                    for (int a = 0; a < rects.size(); ++a)
                        for (int b = a + 1; b < rects.size(); ++b)
                            QVERIFY2(
                                !rects.at(a).intersects(rects.at(b)),
                                qPrintable(where +
                                           QLatin1String(bar.at(a)->metaObject()->className()) +
                                           QLatin1String(" overlaps ") +
                                           QLatin1String(bar.at(b)->metaObject()->className())));
                    if (!inverted)
                        shootAt(&window, size,
                                QStringLiteral("small-%1-%2").arg(index).arg(size.width()));
                }
            }
    }

    void actionsThatApplyComeFirstInANarrowPane()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        waitLoaded(session.get());
        PaymentIntentsPage *page = window.paymentIntentsPage();
        const PaymentIntentTableModel *intents = session->paymentIntents();
        QAction *refund = nullptr;
        QAction *confirm = nullptr;
        for (QAction *action : page->rowActions()) {
            if (action->text().startsWith(QLatin1String("Refund")))
                refund = action;
            if (action->text().startsWith(QLatin1String("Confirm")))
                confirm = action;
        }
        QVERIFY(refund && confirm);
        // A succeeded payment with something left to refund.
        for (int row = 0; row < intents->rowCount() && !refund->isEnabled(); ++row)
            if (intents->at(row).status.known() == IntentStatus::Succeeded)
                QVERIFY(page->selectId(intents->at(row).id));
        QVERIFY(refund->isEnabled());
        QVERIFY(!confirm->isEnabled());
        auto *pane = page->findChild<DetailPane *>();
        QVERIFY(pane);
        QTRY_VERIFY(pane->actionBar()->actions().indexOf(refund) <
                    pane->actionBar()->actions().indexOf(confirm));
        QWidget *refundButton = pane->actionBar()->widgetForAction(refund);
        QVERIFY(refundButton);
        QTRY_VERIFY(refundButton->isVisible());
        // Every enabled action is placed before every disabled one.
        bool disabledSeen = false;
        for (QAction *action : pane->actionBar()->actions()) {
            if (!action->isEnabled())
                disabledSeen = true;
            else
                QVERIFY2(!disabledSeen, qPrintable(action->text()));
        }
        // The narrow pane shows each value, not names beside values squeezed to nothing.
        QCoreApplication::processEvents();
        int values = 0;
        for (const DetailLine &line : pane->summary()) {
            // An id is cut at the pane's edge by design, with Copy beside it.
            if (line.value.isEmpty() || line.copyable)
                continue;
            for (QLabel *label : pane->findChildren<QLabel *>()) {
                if (label->text() != line.value || label->accessibleName() != line.label ||
                    !label->isVisible())
                    continue;
                ++values;
                const int right = label->mapTo(pane, QPoint(label->width(), 0)).x();
                QVERIFY2(right <= pane->width(),
                         qPrintable(line.label + QLatin1String(" runs past the pane's edge")));
                const int wanted = std::min(label->sizeHint().width(), 100);
                QVERIFY2(label->width() >= wanted,
                         qPrintable(line.label + QLatin1String(" is squeezed to ") +
                                    QString::number(label->width()) + QLatin1String(" pixels")));
            }
        }
        QVERIFY(values >= 3);
        shootAt(&window, QSize(800, 600), QStringLiteral("narrow-succeeded"));
    }

    void aNarrowDetailPaneKeepsValuesInside()
    {
        DetailPane pane;
        pane.resize(190, 500);
        pane.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QList<DetailLine> lines{
            {QStringLiteral("Amount"), QStringLiteral("29.00 USD"), false},
            {QStringLiteral("Metadata: invoice_number_of_the_shop"), QStringLiteral("INV-5334"),
             false},
            {QStringLiteral("Description"), QStringLiteral("Table reservation deposit 1334"),
             false},
        };
        pane.show(QStringLiteral("29.00 USD"), QString(), QJsonObject(), {}, lines);
        QCoreApplication::processEvents();
        for (const DetailLine &line : lines) {
            QLabel *value = nullptr;
            for (QLabel *label : pane.findChildren<QLabel *>())
                if (label->text() == line.value && label->accessibleName() == line.label)
                    value = label;
            QVERIFY(value);
            QTRY_VERIFY(value->isVisible());
            const int right = value->mapTo(&pane, QPoint(value->width(), 0)).x();
            QVERIFY2(right <= pane.width(),
                     qPrintable(line.label + QLatin1String(" runs past the pane's edge")));
            QVERIFY2(value->width() >= std::min(value->sizeHint().width(), 100),
                     qPrintable(line.label + QLatin1String(" is squeezed")));
        }
    }

    void exportWritesWhatTheTableShowsInItsOrder()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        window.showPage(0);
        PaymentIntentsPage *page = window.paymentIntentsPage();
        QTableView *view = page->view();
        // Sort by amount, largest first, hide one column and move another: what you see.
        view->sortByColumn(PaymentIntentTableModel::AmountColumn, Qt::DescendingOrder);
        view->setColumnHidden(PaymentIntentTableModel::DescriptionColumn, true);
        view->horizontalHeader()->moveSection(
            view->horizontalHeader()->visualIndex(PaymentIntentTableModel::IdColumn), 0);
        page->intentFilter()->setCurrency(QStringLiteral("USD"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("intents.csv"));
        QString error;
        QVERIFY2(window.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));

        QAbstractItemModel *shown = view->model();
        QCOMPARE(rows.size(), shown->rowCount() + 1);
        const QStringList header = rows.first();
        QCOMPARE(header.first(), QStringLiteral("ID"));
        QVERIFY(!header.contains(QStringLiteral("Description")));
        const int amountColumn = int(header.indexOf(QStringLiteral("Amount")));
        QVERIFY(amountColumn > 0);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QStringList &line = rows.at(row + 1);
            const QModelIndex index = shown->index(row, 0);
            QCOMPARE(line.first(), index.data(ResourceTableModel::IdRole).toString());
            const PaymentIntent intent =
                index.data(ResourceTableModel::ResourceRole).value<PaymentIntent>();
            // Amounts are exact decimals a spreadsheet reads as numbers, in the order shown.
            QCOMPARE(line.at(amountColumn), intent.amount.toDecimalString());
            QVERIFY(intent.amount.minorUnits() <= previous);
            previous = intent.amount.minorUnits();
        }
    }

    // The sidebar's counts are the lists' own: an object adopted between loads counts at once.
    void sidebarCountsFollowTheLists()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        QListWidget *sidebar = nullptr;
        for (QListWidget *list : window.findChildren<QListWidget *>())
            if (list->accessibleName() == QLatin1String("Pages"))
                sidebar = list;
        QVERIFY(sidebar);
        window.showPage(2);
        shoot(&window, QStringLiteral("main-customers"));
        const QLocale locale;
        const int before = session->paymentIntents()->rowCount();
        QCOMPARE(sidebar->item(0)->text(),
                 QStringLiteral("Payment intents  (%1)").arg(locale.toString(before)));

        PaymentIntent taken = session->paymentIntents()->at(0);
        taken.id = QStringLiteral("0b9c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4");
        session->adopt(taken);
        QCOMPARE(session->paymentIntents()->rowCount(), before + 1);
        QCOMPARE(sidebar->item(0)->text(),
                 QStringLiteral("Payment intents  (%1)").arg(locale.toString(before + 1)));

        Customer added = session->customers()->at(0);
        added.id = QStringLiteral("1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5");
        session->adopt(added);
        QCOMPARE(sidebar->item(2)->text(),
                 QStringLiteral("Customers  (%1)")
                     .arg(locale.toString(session->customers()->rowCount())));
    }

    // A partial refund is seen everywhere the payment is: its status in the table and the
    // header, the refunded and net columns, the totals, the CSV; and the refunded amount is a
    // field Paydesk knows, not one marked new.
    void refundsShowInTheListHeaderTotalsAndCsv()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        window.showPage(0);
        PaymentIntentsPage *page = window.paymentIntentsPage();
        const PaymentIntentTableModel *intents = session->paymentIntents();
        QString id;
        for (int row = 0; row < intents->rowCount() && id.isEmpty(); ++row) {
            const PaymentIntent &each = intents->at(row);
            if (each.status.known() == IntentStatus::Succeeded && each.amount.minorUnits() > 100 &&
                each.amountRefunded.value_or(0) == 0 &&
                each.amount.currency() == QLatin1String("USD"))
                id = each.id;
        }
        QVERIFY(!id.isEmpty());
        const Money amount = intents->at(intents->rowOf(id)).amount;
        const qint64 refundedBefore =
            page->totals()->totals().total(QStringLiteral("USD")).refundedMinorUnits;

        QObject context;
        RefundDraft draft;
        draft.paymentIntentId = id;
        draft.amount = Money(100, amount.currency());
        std::optional<CreateOutcome<Refund>> refunded;
        session->provider()->createRefund(draft, &context,
                                          [&](const CreateOutcome<Refund> &o) { refunded = o; });
        QTRY_VERIFY_WITH_TIMEOUT(refunded.has_value(), 10000);
        QCOMPARE(refunded->status, CreateStatus::Created);
        std::optional<Result<PaymentIntent>> read;
        session->provider()->getPaymentIntent(id, &context,
                                              [&](const Result<PaymentIntent> &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        QVERIFY(read->ok());
        QCOMPARE(read->value().amountRefunded, std::optional<qint64>(100));
        session->adopt(read->value());

        const int row = intents->rowOf(id);
        const auto cell = [&](int column) { return intents->index(row, column).data().toString(); };
        QCOMPARE(cell(PaymentIntentTableModel::StatusColumn), QStringLiteral("Partially refunded"));
        QCOMPARE(cell(PaymentIntentTableModel::RefundedColumn),
                 Money(100, amount.currency()).toString(QLocale()));
        QCOMPARE(cell(PaymentIntentTableModel::NetColumn),
                 Money(amount.minorUnits() - 100, amount.currency()).toString(QLocale()));
        QCOMPARE(page->totals()->totals().total(QStringLiteral("USD")).refundedMinorUnits,
                 refundedBefore + 100);

        QVERIFY(page->selectId(id));
        auto *pane = page->findChild<DetailPane *>();
        QVERIFY(pane);
        bool headed = false;
        for (const QLabel *label : pane->findChildren<QLabel *>())
            headed = headed || label->text().startsWith(QLatin1String("Partially refunded"));
        QVERIFY(headed);
        const QTreeWidget *fields = pane->findChild<QTreeWidget *>();
        QVERIFY(fields);
        bool listed = false;
        for (int i = 0; i < fields->topLevelItemCount(); ++i) {
            const QString name = fields->topLevelItem(i)->text(0);
            QVERIFY2(!name.startsWith(QLatin1String("amount_refunded ")), qPrintable(name));
            listed = listed || name == QLatin1String("amount_refunded");
        }
        QVERIFY(listed);
        shoot(&window, QStringLiteral("main-intents-refunded"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("intents.csv"));
        QString error;
        QVERIFY2(window.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
        const QStringList header = rows.first();
        const qsizetype idColumn = header.indexOf(QStringLiteral("ID"));
        const qsizetype refundedColumn = header.indexOf(QStringLiteral("Refunded"));
        const qsizetype netColumn = header.indexOf(QStringLiteral("Net"));
        QVERIFY(idColumn >= 0 && refundedColumn >= 0 && netColumn >= 0);
        bool found = false;
        for (const QStringList &line : rows) {
            if (line.value(idColumn) != id)
                continue;
            found = true;
            QCOMPARE(line.at(refundedColumn), QStringLiteral("1.00"));
            QCOMPARE(line.at(netColumn),
                     Money(amount.minorUnits() - 100, amount.currency()).toDecimalString());
        }
        QVERIFY(found);
    }

    // The Details tab is a summary a person reads: money and dates the locale's way, the
    // customer's name, the card, with every id beside a Copy button; the raw view stays in Raw
    // JSON. The card learnt for the summary also names the payment method in the CSV.
    void detailsReadAsASummary()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        window.showPage(0);
        PaymentIntentsPage *page = window.paymentIntentsPage();
        const PaymentIntentTableModel *intents = session->paymentIntents();
        int row = -1;
        for (int i = 0; i < intents->rowCount() && row < 0; ++i) {
            const PaymentIntent &each = intents->at(i);
            if (!each.paymentMethodId.isEmpty() &&
                !intents->customerName(each.customerId).isEmpty())
                row = i;
        }
        QVERIFY(row >= 0);
        const PaymentIntent intent = intents->at(row);
        QVERIFY(page->selectId(intent.id));
        auto *pane = page->findChild<DetailPane *>();
        QVERIFY(pane);
        const auto valueOf = [pane](const QString &label) {
            for (const DetailLine &line : pane->summary())
                if (line.label == label)
                    return line.value;
            return QString();
        };
        const QLocale locale;
        QCOMPARE(valueOf(QStringLiteral("Amount")), intent.amount.toString(locale));
        QCOMPARE(valueOf(QStringLiteral("Customer")), intents->customerName(intent.customerId));
        QCOMPARE(valueOf(QStringLiteral("Created")),
                 locale.toString(intent.created.toLocalTime(), QLocale::LongFormat));
        QCOMPARE(valueOf(QStringLiteral("Payment ID")), intent.id);
        QTRY_VERIFY(valueOf(QStringLiteral("Payment method")).contains(QStringLiteral("••••")));
        QCOMPARE(valueOf(QStringLiteral("Payment method ID")), intent.paymentMethodId);
        for (const DetailLine &line : pane->summary())
            QCOMPARE(line.copyable, line.label.endsWith(QLatin1String(" ID")));

        // Every id has its Copy button; it copies.
        QToolButton *copy = nullptr;
        for (QToolButton *button : pane->findChildren<QToolButton *>())
            if (button->accessibleName() == QLatin1String("Copy Payment ID"))
                copy = button;
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), intent.id);

        shoot(&window, QStringLiteral("main-intents-details"));

        // The list and the CSV name the card too.
        const QString card = valueOf(QStringLiteral("Payment method"));
        QCOMPARE(intents->csvCell(intents->rowOf(intent.id),
                                  PaymentIntentTableModel::PaymentMethodColumn),
                 card);
    }

    // A pasted checkout link finds its session on the sessions page, whose Details tab then
    // reads as a summary with the link to copy; a customer's reads with the country by name
    // and the phone in international form.
    void sessionAndCustomerDetailsReadAsSummaries()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        window.showPage(1);
        CheckoutSessionsPage *sessions = window.checkoutSessionsPage();
        const CheckoutSession wanted = session->checkoutSessions()->at(3);
        QVERIFY(!wanted.url.isEmpty());
        auto *search = sessions->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setText(QLatin1Char(' ') + wanted.url + QLatin1Char(' '));
        QAbstractItemModel *shown = sessions->view()->model();
        QTRY_COMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data(ResourceTableModel::IdRole).toString(), wanted.id);
        QVERIFY(sessions->selectId(wanted.id));
        auto *pane = sessions->findChild<DetailPane *>();
        QVERIFY(pane);
        const auto valueOf = [](const DetailPane *p, const QString &label) {
            for (const DetailLine &line : p->summary())
                if (line.label == label)
                    return line;
            return DetailLine();
        };
        QCOMPARE(valueOf(pane, QStringLiteral("Checkout link")).value, wanted.url);
        QVERIFY(valueOf(pane, QStringLiteral("Checkout link")).copyable);
        QCOMPARE(valueOf(pane, QStringLiteral("Session ID")).value, wanted.id);
        QCOMPARE(valueOf(pane, QStringLiteral("Status")).value, wanted.status.displayName());
        shoot(&window, QStringLiteral("main-sessions-details"));

        window.showPage(2);
        CustomersPage *customers = window.customersPage();
        Customer customer = session->customers()->at(0);
        QVERIFY(customers->selectId(customer.id));
        pane = customers->findChild<DetailPane *>();
        QVERIFY(pane);
        QVERIFY(customer.address);
        QCOMPARE(customer.address->country, QStringLiteral("US"));
        QCOMPARE(valueOf(pane, QStringLiteral("Country")).value, QStringLiteral("United States"));
        QVERIFY2(valueOf(pane, QStringLiteral("Phone")).value.startsWith(QLatin1String("+1 ")),
                 qPrintable(valueOf(pane, QStringLiteral("Phone")).value));
        QCOMPARE(valueOf(pane, QStringLiteral("Customer ID")).value, customer.id);
        shoot(&window, QStringLiteral("main-customers-details"));
    }

    void customersShowTheirPayments()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        window.showPage(2);
        CustomersPage *customers = window.customersPage();
        // A customer who has payments.
        QString customerId;
        for (int row = 0; row < session->paymentIntents()->rowCount() && customerId.isEmpty();
             ++row)
            customerId = session->paymentIntents()->at(row).customerId;
        QVERIFY(customers->selectId(customerId));
        QAction *payments = nullptr;
        for (QAction *a : customers->rowActions())
            if (a->text() == QLatin1String("Show payments"))
                payments = a;
        QVERIFY(payments && payments->isEnabled());
        payments->trigger();
        QCOMPARE(window.currentPage(), static_cast<ResourcePage *>(window.paymentIntentsPage()));
        QAbstractItemModel *shown = window.paymentIntentsPage()->view()->model();
        QVERIFY(shown->rowCount() > 0);
        for (int row = 0; row < shown->rowCount(); ++row)
            QCOMPARE(shown->index(row, 0)
                         .data(ResourceTableModel::ResourceRole)
                         .value<PaymentIntent>()
                         .customerId,
                     customerId);
    }

    void aPaidCheckoutLinkBecomesCompleteInTheConsole()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        // An open session, selected: the console follows it.
        const CheckoutSessionTableModel *sessions = session->checkoutSessions();
        int open = -1;
        for (int row = 0; row < sessions->rowCount() && open < 0; ++row)
            if (sessions->at(row).status.known() == CheckoutStatus::Open)
                open = row;
        QVERIFY(open >= 0);
        const CheckoutSession target = sessions->at(open);
        window.showPage(1);
        QVERIFY(window.checkoutSessionsPage()->selectId(target.id));
        QTRY_VERIFY(session->isWatching(target.id));

        QSignalSpy settled(session.get(), &Workspace::checkoutSessionSettled);
        // The customer pays on the sandbox's page, as a browser would: the form's POST.
        QNetworkAccessManager browser;
        QNetworkReply *page = browser.get(QNetworkRequest(QUrl(target.url)));
        QTRY_VERIFY(page->isFinished());
        const QString html = QString::fromUtf8(page->readAll());
        const QRegularExpressionMatch action =
            QRegularExpression(QStringLiteral("<form[^>]*action=\"([^\"]+)\"")).match(html);
        QVERIFY2(action.hasMatch(), qPrintable(html.left(400)));
        QNetworkRequest pay(QUrl(target.url).resolved(QUrl(action.captured(1))));
        pay.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *paid = browser.post(pay, QByteArray());
        QTRY_VERIFY(paid->isFinished());

        QTRY_VERIFY_WITH_TIMEOUT(settled.count() == 1, 10000);
        const CheckoutSession *now = sessions->find(target.id);
        QVERIFY(now);
        QCOMPARE(now->status.known(), CheckoutStatus::Complete);
        QVERIFY(!session->isWatching(target.id));
        page->deleteLater();
        paid->deleteLater();
    }

    void switcherOffersADemoPerProviderAndTheProfiles()
    {
        MainWindow window;
        window.setProfiles({QStringLiteral("Shop")}, {}, QStringLiteral("synaptopay"));
        auto *switcher = window.findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
        QVERIFY(switcher);
        QStringList items;
        for (int i = 0; i < switcher->count(); ++i)
            items.append(switcher->itemText(i));
        QCOMPARE(items, (QStringList{QStringLiteral("Demo: Dots"),
                                     QStringLiteral("Demo: SynaptoPay"), QStringLiteral("Shop")}));
        QCOMPARE(switcher->currentText(), QStringLiteral("Demo: SynaptoPay"));

        QSignalSpy demos(&window, &MainWindow::demoRequested);
        QSignalSpy profiles(&window, &MainWindow::profileSwitchRequested);
        emit switcher->activated(0);
        emit switcher->activated(2);
        QCOMPARE(demos.size(), 1);
        QCOMPARE(demos.at(0).at(0).toString(), QStringLiteral("dots"));
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).at(0).toString(), QStringLiteral("Shop"));
    }

    void synaptoPayDemoLoadsItsOwnData()
    {
        // The one sandbox serves both providers: the SynaptoPay demo sees SynaptoPay's records.
        sandbox::SandboxOptions options;
        options.seedSizes.synaptoPayData = true;
        options.seedSizes.paymentIntents = 5;
        sandbox::SandboxServer server(options);
        QVERIFY(server.listen());
        const QList<sandbox::SandboxConnection> connections =
            sandbox::sandboxConnections(server.apiBaseUrl(), server.options());
        QCOMPARE(connections.size(), 2);
        const sandbox::SandboxConnection sp = connections.at(1);
        QCOMPARE(sp.provider, QStringLiteral("synaptopay"));
        Profile profile;
        profile.name = QStringLiteral("Demo SynaptoPay");
        profile.provider = sp.provider;
        profile.environment = Environment::Custom;
        profile.customBaseUrl = sp.baseUrl;
        profile.account = sp.account;
        QVERIFY(profile.validate().ok());
        Workspace session(profile, profile.credentials(sp.apiKey.toUtf8()), true);
        MainWindow window;
        window.setSession(&session);
        waitLoaded(&session);
        QCOMPARE(window.banner()->badgeText(), QStringLiteral("DEMO"));
        QVERIFY(window.windowTitle().contains(QLatin1String("SynaptoPay")));
        QVERIFY(session.paymentIntents()->rowCount() > 10);
        QVERIFY(session.customers()->rowCount() > 0);
        for (int row = 0; row < session.paymentIntents()->rowCount(); ++row)
            QVERIFY(session.paymentIntents()->at(row).id.startsWith(
                QLatin1String("accounts/acct_demo/")));

        // The summary of a split payment says what went to whom; a terminal payment's names its
        // terminal, and a declined one where it was declined.
        PaymentIntentsPage *page = window.paymentIntentsPage();
        auto *pane = page->findChild<DetailPane *>();
        QVERIFY(pane);
        QStringList labels;
        const PaymentIntentTableModel *intents = session.paymentIntents();
        for (int row = 0; row < intents->rowCount(); ++row) {
            const PaymentIntent &intent = intents->at(row);
            if (intent.transfers.isEmpty() && intent.device.isEmpty())
                continue;
            QVERIFY(page->selectId(intent.id));
            for (const DetailLine &line : pane->summary())
                labels.append(line.label);
        }
        QVERIFY2(labels.contains(QStringLiteral("Card terminal")), qPrintable(labels.join(u',')));
        QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                             [](const QString &label) {
                                 return label.startsWith(QLatin1String("Passed on to "));
                             }),
                 qPrintable(labels.join(u',')));
    }

    void aCreatedCustomerIsAnnouncedAndSelected()
    {
        MainWindow window;
        auto session = openSession();
        window.setSession(session.get());
        waitLoaded(session.get());
        window.show();
        window.createCustomer();
        CustomerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CustomerDialog *>()) != nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))
            ->setText(QStringLiteral("Ida"));
        dialog->findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))
            ->setText(QStringLiteral("Noddack"));
        dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("ida@example.com"));
        dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QLatin1String("Ida Noddack created")),
            10000);
        QCOMPARE(window.currentPage(), static_cast<ResourcePage *>(window.customersPage()));
    }

    void switchingProfileReloadsEverything()
    {
        MainWindow window;
        auto first = openSession();
        window.setSession(first.get());
        waitLoaded(first.get());
        auto second = openSession(true);
        window.setSession(second.get());
        first.reset(); // the old session goes; the window must not touch it again
        waitLoaded(second.get());
        QCOMPARE(window.paymentIntentsPage()->view()->model()->rowCount(),
                 second->paymentIntents()->rowCount());
        QVERIFY(second->paymentIntents()->rowCount() > 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
