#pragma once

// What the dialog suites share: a sandbox on loopback, a console Workspace connected to it as a
// custom profile, a known customer, and helpers to drive real widgets.

#include "network/payment_provider.h"
#include "sandbox/sandbox_server.h"
#include "services/workspace.h"
#include "ui/widgets/form_errors.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace paydesk::testing {

// Settings go to a directory of their own, never the user's.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("PaydeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-dialog-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

// Collects the one result a callback delivers.
template <typename R>
struct Capture
{
    std::optional<R> value;
    auto callback()
    {
        return [this](const R &r) { value = r; };
    }
};

struct ConsoleFixture
{
    explicit ConsoleFixture(sandbox::SandboxOptions options = defaultOptions())
        : server(std::make_unique<sandbox::SandboxServer>(options))
    {
        if (!server->listen())
            qFatal("sandbox did not start: %s", qPrintable(server->errorString()));
        session = std::make_unique<Workspace>(profile(), credentials(), false);
        TransportOptions transport;
        transport.inactivityTimeoutMs = 5000;
        transport.retry.initialDelayMs = 2;
        transport.retry.maxDelayMs = 20;
        transport.retry.maxRetries = 2;
        session->setTransportOptions(transport);
        // Watching settles in a few polls, not seconds.
        session->setPollTiming({20, 1.5, 100}, {20, 1.5, 100});
    }

    static sandbox::SandboxOptions defaultOptions()
    {
        sandbox::SandboxOptions options;
        // Short but not zero: a confirmed payment is seen processing before it settles.
        options.processingDelayMs = 150;
        options.randomSeed = 11;
        options.seedSizes.customers = 4;
        return options;
    }

    Profile profile() const
    {
        Profile p;
        p.name = QStringLiteral("Dialog tests");
        p.environment = Environment::Custom;
        p.customBaseUrl = server->apiBaseUrl();
        p.clientId = server->options().clientId;
        return p;
    }

    Credentials credentials() const
    {
        return Credentials{server->options().clientId, server->options().apiKey.toUtf8(), {}, {}};
    }

    PaymentProvider *provider() const { return session->provider(); }

    // Loads the customer list into the session's model, as the console does on opening.
    bool loadCustomers()
    {
        bool finished = false;
        bool complete = false;
        QObject guard;
        QObject::connect(session.get(), &Workspace::loadFinished, &guard,
                         [&](ResourceKind kind, bool ok, const QString &) {
                             if (kind == ResourceKind::Customers) {
                                 finished = true;
                                 complete = ok;
                             }
                         });
        session->load(ResourceKind::Customers);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(finished, 10000); }();
        return complete;
    }

    // Creates a customer straight through the provider (not through a dialog).
    std::optional<Customer> createCustomer(const QString &first, const QString &last,
                                           const QString &email)
    {
        CustomerDraft draft;
        draft.firstName = first;
        draft.lastName = last;
        draft.email = email;
        Capture<CreateOutcome<Customer>> created;
        provider()->createCustomer(draft, &callbacks, created.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(created.value.has_value(), 10000); }();
        if (!created.value || created.value->status != CreateStatus::Created)
            return std::nullopt;
        return created.value->object;
    }

    QList<PaymentMethod> paymentMethods(const QString &customerId)
    {
        Capture<Result<Page<PaymentMethod>>> page;
        provider()->listPaymentMethods(customerId, PageQuery{}, &callbacks, page.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page.value.has_value(), 10000); }();
        return page.value && page.value->ok() ? page.value->value().items : QList<PaymentMethod>();
    }

    // The test card whose description says payments succeed (or are declined).
    std::optional<PaymentMethod> card(const QString &customerId, bool succeeding)
    {
        for (const PaymentMethod &method : paymentMethods(customerId)) {
            if (method.description.contains(succeeding ? QStringLiteral("succeed")
                                                       : QStringLiteral("declined")))
                return method;
        }
        return std::nullopt;
    }

    // A payment of `minor` cents charged to the customer's succeeding card, once it succeeded.
    std::optional<PaymentIntent> succeededPayment(const QString &customerId, qint64 minor)
    {
        const auto method = card(customerId, true);
        if (!method)
            return std::nullopt;
        PaymentIntentDraft draft;
        draft.amount = Money(minor, QStringLiteral("USD"));
        draft.customerId = customerId;
        draft.paymentMethodId = method->id;
        draft.confirm = true;
        draft.description = QStringLiteral("Test order");
        Capture<CreateOutcome<PaymentIntent>> created;
        provider()->createPaymentIntent(draft, &callbacks, created.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(created.value.has_value(), 10000); }();
        if (!created.value || !created.value->object)
            return std::nullopt;
        // Past the processing delay on the sandbox's clock: settled without waiting.
        server->advanceClock(60);
        Capture<Result<PaymentIntent>> read;
        provider()->getPaymentIntent(created.value->object->id, &callbacks, read.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(read.value.has_value(), 10000); }();
        if (!read.value || !read.value->ok() || !read.value->value().status.isFinal())
            return std::nullopt;
        return read.value->value();
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<Workspace> session;
    // The context of the calls the fixture makes itself (a provider answers only while its
    // caller's context lives).
    QObject callbacks;
};

// A child widget by object name; fails the test when there is none.
template <typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// Types as a person does: focus, select what is there, type over it.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

inline void click(QAbstractButton *button)
{
    // A radio button or check box reacts on its indicator and text, not the whole row it may
    // stretch across: click its indicator.
    const bool indicator = button->inherits("QRadioButton") || button->inherits("QCheckBox");
    const QPoint at = indicator ? QPoint(std::min(8, button->width() / 2), button->height() / 2)
                                : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

// The error shown next to `widget` (in the label bound to it), or empty when none shows.
inline QString shownError(const FormErrors *errors, const QWidget *widget)
{
    const QLabel *label = errors->labelFor(widget);
    if (!label || label->isHidden())
        return {};
    return label->text();
}

} // namespace paydesk::testing
