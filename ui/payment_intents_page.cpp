#include "ui/payment_intents_page.h"

#include "models/intent_totals.h"
#include "models/payment_intent_filter_model.h"
#include "services/workspace.h"
#include "ui/detail_pane.h"
#include "ui/dialogs/confirm_intent_dialog.h"
#include "ui/dialogs/refund_dialog.h"
#include "ui/finance_overview.h"
#include "ui/receipt_actions.h"
#include "ui/status_delegate.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/flow_layout.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <climits>

namespace paydesk {

PaymentIntentsPage::PaymentIntentsPage(QWidget *parent)
    : ResourcePage(QStringLiteral("paymentIntentsPage"), tr("Payment intents"),
                   tr("payment intents"), parent)
    , m_filter(new PaymentIntentFilterModel(this))
    , m_totals(new IntentTotalsTracker(m_filter, this))
    , m_statusButton(new QToolButton(this))
    , m_statusMenu(new QMenu(this))
    , m_currency(new QComboBox(this))
    , m_minAmount(new QLineEdit(this))
    , m_maxAmount(new QLineEdit(this))
    , m_customerChip(new QToolButton(this))
    , m_totalsTitle(new QLabel(this))
    , m_totalsTable(new QTableWidget(this))
    , m_overview(new FinanceOverview(m_filter, this))
    , m_totalsTabs(new QTabWidget(this))
    , m_totalsRefresh(new QTimer(this))
{
    setProxy(m_filter);
    view()->setItemDelegateForColumn(PaymentIntentTableModel::StatusColumn,
                                     new StatusDelegate(view()));
    view()->sortByColumn(PaymentIntentTableModel::CreatedColumn, Qt::DescendingOrder);
    view()->setColumnHidden(PaymentIntentTableModel::PaymentMethodColumn, true);

    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setAccessibleName(tr("Filter by status"));
    rebuildStatusMenu();

    m_currency->addItem(tr("All currencies"), QString());
    m_currency->setAccessibleName(tr("Filter by currency"));
    connect(m_currency, &QComboBox::currentIndexChanged, this,
            &PaymentIntentsPage::readAmountBounds);

    m_minAmount->setPlaceholderText(tr("Min amount"));
    m_maxAmount->setPlaceholderText(tr("Max amount"));
    m_minAmount->setAccessibleName(tr("Minimum amount"));
    m_maxAmount->setAccessibleName(tr("Maximum amount"));
    for (QLineEdit *edit : {m_minAmount, m_maxAmount}) {
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(120);
        connect(edit, &QLineEdit::editingFinished, this, &PaymentIntentsPage::readAmountBounds);
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                readAmountBounds();
        });
    }

    m_customerChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_customerChip->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_customerChip->setAccessibleName(tr("Remove the customer filter"));
    m_customerChip->hide();
    connect(m_customerChip, &QToolButton::clicked, this, [this] { showCustomer({}, {}); });

    filterBar()->addWidget(m_statusButton);
    filterBar()->addWidget(m_currency);
    filterBar()->addWidget(m_minAmount);
    filterBar()->addWidget(m_maxAmount);
    filterBar()->addWidget(m_customerChip);

    QFont bold = m_totalsTitle->font();
    bold.setBold(true);
    m_totalsTitle->setFont(bold);
    m_totalsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totalsTable->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_totalsTable->setFocusPolicy(Qt::TabFocus);
    m_totalsTable->setAccessibleName(tr("Totals of the payment intents shown, per status and "
                                        "currency"));
    m_totalsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totalsTable->horizontalHeader()->setHighlightSections(false);
    m_totalsTable->verticalHeader()->setHighlightSections(false);
    // The totals as a table, exact and read by screen readers, or as a chart of the volume per
    // day, which finance reads at a glance; both of the rows the filters show.
    m_totalsTabs->setObjectName(QStringLiteral("totalsTabs"));
    m_totalsTabs->setDocumentMode(true);
    m_totalsTabs->addTab(m_totalsTable, tr("Table"));
    m_totalsTabs->addTab(m_overview, tr("Overview"));
    m_totalsTabs->setTabToolTip(0, tr("The totals per status and currency"));
    m_totalsTabs->setTabToolTip(1, tr("The payment volume per day as a chart, by outcome"));
    // The chart's own buttons beside its tab, where they take no line of their own.
    m_totalsTabs->setCornerWidget(m_overview->takeControls(), Qt::TopRightCorner);
    connect(m_totalsTabs, &QTabWidget::currentChanged, this, &PaymentIntentsPage::fitTotalsTabs);
    connect(m_overview, &FinanceOverview::rangeChosen, this, &PaymentIntentsPage::showDays);
    connect(m_overview, &FinanceOverview::returnRequested, this, &PaymentIntentsPage::restoreDays);
    for (DateField *field : {fromField(), toField()}) {
        connect(field, &DateField::dateChanged, this, [this] {
            // Dates changed by hand: the ones before the click are no longer the way back.
            m_daysBeforeChart.reset();
            m_overview->offerReturn(false);
        });
    }
    belowTable()->addSpacing(4);
    belowTable()->addWidget(m_totalsTitle);
    belowTable()->addWidget(m_totalsTabs);
    // While pages arrive the totals change with each one; recounting 100,000 rows per page
    // would stall the window, so the table and the chart follow at most a few times a second.
    m_totalsRefresh->setSingleShot(true);
    m_totalsRefresh->setInterval(300);
    // The totals are counted in slices (a million rows would hold the window), then shown.
    connect(m_totalsRefresh, &QTimer::timeout, m_totals, &IntentTotalsTracker::countInSlices);
    connect(m_totals, &IntentTotalsTracker::counted, this, &PaymentIntentsPage::updateTotals);
    connect(m_totals, &IntentTotalsTracker::changed, this, [this] {
        if (!m_totalsRefresh->isActive())
            m_totalsRefresh->start();
    });

    m_confirm = new QAction(tr("Confirm…"), this);
    m_confirm->setToolTip(tr("Charge a payment method of the customer to confirm this intent"));
    m_refund = new QAction(tr("Refund…"), this);
    m_refund->setToolTip(tr("Refund all or part of this payment"));
    m_printReceipt = new QAction(tr("Print receipt…"), this);
    m_printReceipt->setObjectName(QStringLiteral("printReceiptAction"));
    m_saveReceipt = new QAction(tr("Save receipt as PDF…"), this);
    m_saveReceipt->setObjectName(QStringLiteral("saveReceiptAction"));
    connect(m_confirm, &QAction::triggered, this, &PaymentIntentsPage::confirmCurrent);
    connect(m_refund, &QAction::triggered, this, &PaymentIntentsPage::refundCurrent);
    connect(m_printReceipt, &QAction::triggered, this, &PaymentIntentsPage::printCurrentReceipt);
    connect(m_saveReceipt, &QAction::triggered, this, &PaymentIntentsPage::saveCurrentReceipt);
    for (QAction *a : {m_confirm, m_refund, m_printReceipt, m_saveReceipt})
        addRowAction(a);
    addRefreshAndCopyActions(
        [this](const QString &id) {
            if (m_session)
                m_session->refreshPaymentIntent(id);
        },
        tr("Copied the payment intent id."));
    updateTotals();
}

PaymentIntentsPage::~PaymentIntentsPage() = default;

void PaymentIntentsPage::setSession(Workspace *session)
{
    if (m_session && m_session->paymentIntents())
        disconnect(m_session->paymentIntents(), nullptr, this, nullptr);
    m_session = session;
    m_seenStatuses.clear();
    attach(session ? session->paymentIntents() : nullptr);
    if (session) {
        connect(session->paymentIntents(), &QAbstractItemModel::rowsInserted, this,
                &PaymentIntentsPage::noteStatuses);
        const QStringList currencies = session->provider()->limits().currencies;
        m_currency->blockSignals(true);
        while (m_currency->count() > 1)
            m_currency->removeItem(1);
        for (const QString &code : currencies)
            m_currency->addItem(code, code);
        m_currency->blockSignals(false);
    }
    rebuildStatusMenu();
    updateTotals();
}

void PaymentIntentsPage::showCustomer(const QString &customerId, const QString &name)
{
    m_customerId = customerId;
    m_customerChip->setText(tr("Customer: %1").arg(name.isEmpty() ? customerId : name));
    m_customerChip->setVisible(!customerId.isEmpty());
    applyFilter();
}

void PaymentIntentsPage::extendFilter(ResourceFilter &filter) const
{
    for (const QAction *action : m_statusMenu->actions())
        if (action->isCheckable() && action->isChecked())
            filter.statuses.insert(action->data().toString());
    filter.currency = m_currency->currentData().toString();
    filter.customerId = m_customerId;
    filter.minAmount = m_minBound;
    filter.maxAmount = m_maxBound;
}

void PaymentIntentsPage::readAmountBounds()
{
    // Amounts are typed in major units of the chosen currency (Dots: US dollars). A bound that
    // does not parse is marked and left out, and what was typed stays.
    const QString chosen = m_currency->currentData().toString();
    const QString currency = chosen.isEmpty() ? QStringLiteral("USD") : chosen;
    const auto bound = [&currency](QLineEdit *edit) -> std::optional<qint64> {
        if (edit->text().trimmed().isEmpty()) {
            edit->setToolTip(QString());
            edit->setStyleSheet(QString());
            return std::nullopt;
        }
        const Money::ParseResult parsed =
            Money::parse(edit->text(), currency, QLocale(), Money::SignRule::NonNegative);
        edit->setToolTip(parsed.ok() ? QString() : parsed.error);
        edit->setStyleSheet(
            parsed.ok() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #cf222e; }"));
        return parsed.ok() ? std::optional<qint64>(parsed.value->minorUnits()) : std::nullopt;
    };
    m_minBound = bound(m_minAmount);
    m_maxBound = bound(m_maxAmount);
    applyFilter();
}

void PaymentIntentsPage::rebuildStatusMenu()
{
    QSet<QString> checked;
    for (const QAction *action : m_statusMenu->actions())
        if (action->isChecked())
            checked.insert(action->data().toString());
    m_statusMenu->clear();
    QAction *all = m_statusMenu->addAction(tr("All statuses"));
    connect(all, &QAction::triggered, this, [this] {
        for (QAction *a : m_statusMenu->actions())
            if (a->isCheckable())
                a->setChecked(false);
        updateStatusButton();
        applyFilter();
    });
    m_statusMenu->addSeparator();
    QStringList raws;
    for (IntentStatus::Known known : IntentStatus::allKnown())
        raws.append(IntentStatus::rawName(known));
    QStringList unknown(m_seenStatuses.cbegin(), m_seenStatuses.cend());
    unknown.sort();
    for (const QString &raw : std::as_const(unknown))
        if (!raws.contains(raw))
            raws.append(raw);
    for (const QString &raw : std::as_const(raws)) {
        QAction *action = m_statusMenu->addAction(IntentStatus(raw).displayName());
        action->setCheckable(true);
        action->setData(raw);
        action->setChecked(checked.contains(raw));
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButton();
            applyFilter();
        });
    }
    updateStatusButton();
}

void PaymentIntentsPage::noteStatuses(const QModelIndex &, int first, int last)
{
    if (!m_session)
        return;
    bool fresh = false;
    const PaymentIntentTableModel *model = m_session->paymentIntents();
    for (int row = first; row <= last; ++row) {
        const IntentStatus &status = model->at(row).status;
        if (status.known() == IntentStatus::Unrecognized &&
            !m_seenStatuses.contains(status.raw())) {
            m_seenStatuses.insert(status.raw());
            fresh = true;
        }
    }
    if (fresh)
        rebuildStatusMenu();
}

void PaymentIntentsPage::updateStatusButton()
{
    QStringList names;
    for (const QAction *action : m_statusMenu->actions())
        if (action->isCheckable() && action->isChecked())
            names.append(action->text());
    m_statusButton->setText(names.isEmpty() ? tr("Status: all")
                            : names.size() <= 2
                                ? tr("Status: %1").arg(names.join(QStringLiteral(", ")))
                                : tr("Status: %n selected", nullptr, int(names.size())));
}

void PaymentIntentsPage::updateTotals()
{
    // A small pivot of what the filters show: one column per status (and one for all of them),
    // and per currency a row of counts and a row of sums. Amounts of different currencies are
    // never added together.
    const IntentTotals &totals = m_totals->totals();
    QStringList statuses;
    for (IntentStatus::Known known : IntentStatus::allKnown())
        if (totals.countByStatus.contains(IntentStatus::rawName(known)))
            statuses.append(IntentStatus::rawName(known));
    for (auto it = totals.countByStatus.cbegin(); it != totals.countByStatus.cend(); ++it)
        if (!statuses.contains(it.key()))
            statuses.append(it.key());

    const QStringList currencies = totals.currencies();
    m_totalsTable->clear();
    m_totalsTable->setColumnCount(int(statuses.size()) + 1);
    m_totalsTable->setRowCount(0);
    QStringList headings{tr("All shown")};
    for (const QString &raw : std::as_const(statuses))
        headings.append(IntentStatus(raw).displayName());
    m_totalsTable->setHorizontalHeaderLabels(headings);

    const QLocale locale;
    const auto cell = [](const QString &text, bool bold = false) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        return item;
    };
    const auto sumText = [&locale](const AmountTotal &t, const QString &currency) {
        const std::optional<Money> sum = t.sum(currency);
        return sum ? sum->toString(locale) : tr("too large");
    };
    const auto moneyText = [&locale](const std::optional<Money> &money) {
        return money ? money->toString(locale) : tr("too large");
    };
    // Per currency: counts and amounts, and where anything was refunded, the refunds and what
    // the payments keep.
    QStringList rowLabels;
    int line = 0;
    for (const QString &currency : currencies) {
        const CurrencyTotals &t = totals.byCurrency.value(currency);
        const bool refunds = t.all.overflowed || t.all.refundedMinorUnits != 0;
        m_totalsTable->setRowCount(line + (refunds ? 4 : 2));
        rowLabels << tr("%1 intents").arg(currency) << tr("%1 amount").arg(currency);
        if (refunds)
            rowLabels << tr("%1 refunded").arg(currency) << tr("%1 net").arg(currency);
        for (int s = 0; s <= statuses.size(); ++s) {
            const AmountTotal part = s == 0 ? t.all : t.byStatus.value(statuses.at(s - 1));
            const bool bold = s == 0;
            m_totalsTable->setItem(line, s, cell(locale.toString(part.count), bold));
            m_totalsTable->setItem(line + 1, s, cell(sumText(part, currency), bold));
            if (refunds) {
                m_totalsTable->setItem(line + 2, s, cell(moneyText(part.refunded(currency)), bold));
                m_totalsTable->setItem(line + 3, s, cell(moneyText(part.net(currency)), bold));
            }
        }
        line += refunds ? 4 : 2;
    }
    m_totalsTable->setVerticalHeaderLabels(rowLabels);
    m_totalsTable->resizeColumnsToContents();
    int height = m_totalsTable->horizontalHeader()->height() + 2 * m_totalsTable->frameWidth();
    for (int row = 0; row < m_totalsTable->rowCount(); ++row)
        height += m_totalsTable->rowHeight(row);
    if (m_totalsTable->horizontalScrollBar()->isVisible() ||
        m_totalsTable->horizontalHeader()->length() > m_totalsTable->viewport()->width())
        height += m_totalsTable->horizontalScrollBar()->sizeHint().height();
    m_totalsTable->setFixedHeight(height);
    const int shown = int(std::min<qint64>(totals.count, INT_MAX));
    m_totalsTitle->setText(totals.count == 0
                               ? tr("Totals: no payment intents shown.")
                               : tr("Totals of the %n payment intent(s) shown", nullptr, shown));
    m_totalsTabs->setVisible(totals.count > 0);
    // The chart counts once per change too, and only while it is shown.
    m_overview->refresh();
    if (m_daysBeforeChart &&
        std::make_pair(fromField()->date(), toField()->date()) != m_daysFromChart) {
        m_daysBeforeChart.reset();
        m_overview->offerReturn(false);
    }
    fitTotalsTabs();
}

void PaymentIntentsPage::fitTotalsTabs()
{
    // The table takes the height of its rows; the chart a height it can be read at. The page
    // not shown gives up its size, so the tabs are as tall as the one shown.
    const bool chart = m_totalsTabs->currentWidget() == m_overview;
    m_totalsTabs->cornerWidget(Qt::TopRightCorner)->setVisible(chart);
    m_totalsTable->setSizePolicy(QSizePolicy::Expanding,
                                 chart ? QSizePolicy::Ignored : QSizePolicy::Fixed);
    m_overview->setSizePolicy(QSizePolicy::Expanding,
                              chart ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    // The chart: about a third of the page, so a small window keeps rows of the list in view,
    // between what a chart can be read at and what it needs.
    const int line = fontMetrics().height();
    const int page = chart ? std::clamp(int(height() * 0.38), line * 9, line * 19)
                           : m_totalsTable->minimumHeight();
    m_totalsTabs->setFixedHeight(m_totalsTabs->tabBar()->sizeHint().height() + page);
}

void PaymentIntentsPage::resizeEvent(QResizeEvent *event)
{
    ResourcePage::resizeEvent(event);
    if (m_totalsTabs->currentWidget() == m_overview)
        fitTotalsTabs();
}

void PaymentIntentsPage::showOverview(bool overview)
{
    m_totalsTabs->setCurrentWidget(overview ? static_cast<QWidget *>(m_overview) : m_totalsTable);
}

void PaymentIntentsPage::showDays(const QDate &first, const QDate &last)
{
    if (!m_daysBeforeChart)
        m_daysBeforeChart = std::make_pair(fromField()->date(), toField()->date());
    m_daysFromChart = std::make_pair(first, last);
    setDays(first, last);
    m_overview->offerReturn(true);
}

void PaymentIntentsPage::restoreDays()
{
    if (!m_daysBeforeChart)
        return;
    const std::pair<QDate, QDate> before = *m_daysBeforeChart;
    m_daysBeforeChart.reset();
    m_overview->offerReturn(false);
    setDays(before.first, before.second);
}

void PaymentIntentsPage::setDays(const QDate &from, const QDate &to)
{
    // Both fields, then one re-filter, as the date presets do.
    {
        const QSignalBlocker blockFrom(fromField());
        const QSignalBlocker blockTo(toField());
        fromField()->setDate(from);
        toField()->setDate(to);
    }
    dateWarning()->setVisible(from.isValid() && to.isValid() && from > to);
    applyFilter();
}

QList<DetailLine> PaymentIntentsPage::summaryOf(const PaymentIntent &intent) const
{
    // What a shop assistant or a finance clerk reads: money and dates the locale's way, names
    // rather than ids (the ids below them, to copy).
    const PaymentIntentTableModel *model = m_session->paymentIntents();
    const QLocale locale;
    const auto money = [&locale](const std::optional<Money> &value) {
        return value ? value->toString(locale) : QString();
    };
    const auto when = [&locale](const QDateTime &time) {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::LongFormat)
                              : QString();
    };
    QList<DetailLine> lines;
    const auto add = [&lines](const QString &label, const QString &value, bool copyable = false) {
        if (!value.isEmpty())
            lines.append({label, value, copyable});
    };
    add(tr("Amount"), intent.amount.isValid() ? intent.amount.toString(locale) : QString());
    add(tr("Status"), intentStatusText(intent));
    if (refundState(intent) != RefundState::None) {
        add(tr("Refunded"), money(refundedAmount(intent)));
        add(tr("Net"), money(netAmount(intent)));
    }
    if (intent.applicationFeeAmount)
        add(tr("Application fee"),
            Money(*intent.applicationFeeAmount, intent.amount.currency()).toString(locale));
    if (intent.lastPaymentError) {
        const PaymentError &error = *intent.lastPaymentError;
        add(tr("Last attempt"), error.code.isEmpty() || error.message.isEmpty()
                                    ? error.message + error.code
                                    : tr("%1 (%2)").arg(error.message, error.code));
        add(tr("Last attempt on"), shortId(error.device));
    }
    add(tr("Card terminal"), shortId(intent.device));
    for (const Transfer &transfer : intent.transfers) {
        //: A part of a split payment in the detail summary; %1 is the receiving account.
        add(tr("Passed on to %1").arg(shortId(transfer.recipient)),
            transfer.amount.isValid() ? transfer.amount.toString(locale) : QString());
    }
    add(tr("Description"), intent.description);
    add(tr("Customer"), model->customerName(intent.customerId));
    add(tr("Payment method"), model->paymentMethodName(intent.paymentMethodId));
    add(tr("Created"), when(intent.created));
    add(tr("Updated"), when(intent.updated));
    for (const QString &key : intent.metadata.keys()) {
        //: A metadata pair in the detail summary; %1 is its key.
        add(tr("Metadata: %1").arg(key), intent.metadata.text(key));
    }
    add(tr("Payment ID"), intent.id, true);
    add(tr("Customer ID"), intent.customerId, true);
    add(tr("Payment method ID"), intent.paymentMethodId, true);
    add(tr("Transfer ID"), intent.transferId, true);
    add(tr("Card terminal ID"), intent.device, true);
    for (const Transfer &transfer : intent.transfers)
        add(tr("Transfer ID"), transfer.id, true);
    return lines;
}

void PaymentIntentsPage::describe(int sourceRow)
{
    const PaymentIntentTableModel *model = m_session->paymentIntents();
    const PaymentIntent &intent = model->at(sourceRow);
    const QLocale locale;
    const QString customer = model->customerLabel(intent);
    QStringList subtitle;
    subtitle << intentStatusText(intent);
    if (const std::optional<Money> refunded = refundedAmount(intent);
        refunded && refundState(intent) != RefundState::None) {
        const std::optional<Money> net = netAmount(intent);
        subtitle << tr("%1 refunded, %2 net")
                        .arg(refunded->toString(locale), net ? net->toString(locale) : QString());
    }
    if (!customer.isEmpty())
        subtitle << customer;
    if (intent.created.isValid())
        subtitle << locale.toString(intent.created.toLocalTime(), QLocale::ShortFormat);
    detailPane()->show(intent.amount.toString(locale), subtitle.join(QStringLiteral(" · ")),
                       m_session->provider()->rawJson(intent), intent.extra.keys(),
                       summaryOf(intent));
    // Name the card in the summary once its payment method is read.
    if (!intent.paymentMethodId.isEmpty() &&
        model->paymentMethodName(intent.paymentMethodId).isEmpty())
        m_session->lookUpPaymentMethod(intent.paymentMethodId);
    if (intent.status.phase() == IntentPhase::Moving && !m_session->isWatching(intent.id))
        m_session->watchPaymentIntent(intent.id);
}

void PaymentIntentsPage::updateRowActions(int sourceRow)
{
    const PaymentIntent *intent =
        sourceRow >= 0 && m_session ? &m_session->paymentIntents()->at(sourceRow) : nullptr;
    // What the provider cannot do is said, not offered and left to fail.
    const ProviderCapabilities can =
        m_session ? m_session->provider()->capabilities() : ProviderCapabilities();
    m_confirm->setEnabled(can.confirmLater && intent &&
                          intent->status.phase() == IntentPhase::Waiting);
    m_confirm->setToolTip(can.confirmLater
                              ? tr("Charge a payment method of the customer to confirm this intent")
                              : can.whyNoConfirmLater);
    m_refund->setEnabled(can.refunds && intent &&
                         intent->status.known() == IntentStatus::Succeeded);
    m_refund->setToolTip(can.refunds ? tr("Refund all or part of this payment") : can.whyNoRefunds);
    // Only a succeeded payment has a receipt; for the others the tooltip says so.
    QString noReceipt;
    const bool receipt = intent && hasReceipt(*intent, &noReceipt);
    m_printReceipt->setEnabled(receipt);
    m_saveReceipt->setEnabled(receipt);
    m_printReceipt->setToolTip(receipt || !intent ? tr("Print a receipt of this payment, or see "
                                                       "it first")
                                                  : noReceipt);
    m_saveReceipt->setToolTip(receipt || !intent ? tr("Save a receipt of this payment as a PDF")
                                                 : noReceipt);
    refreshAction()->setEnabled(intent);
    copyIdAction()->setEnabled(intent);
}

void PaymentIntentsPage::confirmCurrent()
{
    const int row = currentSourceRow();
    if (!m_session || row < 0)
        return;
    auto *dialog = new ConfirmIntentDialog(m_session, m_session->paymentIntents()->at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PaymentIntentsPage::refundCurrent()
{
    const int row = currentSourceRow();
    if (!m_session || row < 0)
        return;
    auto *dialog = new RefundDialog(m_session, m_session->paymentIntents()->at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PaymentIntentsPage::printCurrentReceipt()
{
    const int row = currentSourceRow();
    if (!m_session || row < 0 || !hasReceipt(m_session->paymentIntents()->at(row)))
        return;
    receipts::print(this, receipts::forPayment(m_session, m_session->paymentIntents()->at(row)),
                    receipts::paperKey(m_session));
}

void PaymentIntentsPage::saveCurrentReceipt()
{
    const int row = currentSourceRow();
    if (!m_session || row < 0 || !hasReceipt(m_session->paymentIntents()->at(row)))
        return;
    receipts::saveAsPdf(this, receipts::forPayment(m_session, m_session->paymentIntents()->at(row)),
                        receipts::paperKey(m_session), [this](const QString &path) {
                            emit notice(
                                tr("Saved the receipt to %1.").arg(QDir::toNativeSeparators(path)));
                        });
}

} // namespace paydesk
