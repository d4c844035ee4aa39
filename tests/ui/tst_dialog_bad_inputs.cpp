// Bad input across the dialogs: each error appears next to the widget it concerns, nothing the
// person typed is lost, nothing is sent, and editing the field clears its error.
#include "dialog_fixture.h"
#include "network/credential_store.h"
#include "network/scripted_server.h"
#include "ui/dialogs/checkout_link_dialog.h"
#include "ui/dialogs/customer_dialog.h"
#include "ui/dialogs/profiles_dialog.h"
#include "ui/dialogs/refund_dialog.h"
#include "ui/dialogs/take_payment_dialog.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/line_items_editor.h"
#include "ui/widgets/message_banner.h"
#include "ui/widgets/metadata_editor.h"
#include "ui/widgets/money_edit.h"
#include "ui/widgets/payment_method_picker.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace paydesk;
using namespace paydesk::testing;
using sandbox::Resource;

namespace {

// "item0.price" and friends: the fields of the checkout dialog's first line.
QWidget *lineItemField(QWidget *dialog, const QString &name)
{
    auto *items = dialog->findChild<LineItemsEditor *>();
    if (!items)
        return nullptr;
    const int index = name.mid(4, name.indexOf(QLatin1Char('.')) - 4).toInt();
    const QString part = name.section(QLatin1Char('.'), 1);
    if (index >= items->count())
        return nullptr;
    if (part == QLatin1String("name"))
        return items->nameEdit(index);
    if (part == QLatin1String("description"))
        return items->descriptionEdit(index);
    if (part == QLatin1String("price"))
        return items->priceEdit(index);
    if (part == QLatin1String("quantity"))
        return items->quantityEdit(index);
    return nullptr;
}

QWidget *widgetNamed(QWidget *dialog, const QString &name)
{
    if (name.startsWith(QLatin1String("item")))
        return lineItemField(dialog, name);
    if (name.endsWith(QLatin1String(".search"))) {
        auto *picker = dialog->findChild<CustomerPicker *>(name.section(QLatin1Char('.'), 0, 0));
        return picker ? picker->searchField() : nullptr;
    }
    return dialog->findChild<QWidget *>(name);
}

QString valueOf(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    if (auto *spin = qobject_cast<QSpinBox *>(widget))
        return QString::number(spin->value());
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    return {};
}

// "name=text" types into a field, "name" clicks a button, "metadata:key=value" adds a pair.
void apply(QWidget *dialog, const QString &input)
{
    if (input.startsWith(QLatin1String("metadata:"))) {
        const QString pair = input.mid(9);
        auto *editor = dialog->findChild<MetadataEditor *>();
        QVERIFY(editor);
        editor->addRow(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        return;
    }
    const QString name = input.section(QLatin1Char('='), 0, 0);
    QWidget *widget = widgetNamed(dialog, name);
    QVERIFY2(widget, qPrintable(name));
    if (!input.contains(QLatin1Char('='))) {
        auto *button = qobject_cast<QAbstractButton *>(widget);
        QVERIFY2(button, qPrintable(name));
        click(button);
        return;
    }
    const QString text = input.section(QLatin1Char('='), 1);
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        typeInto(edit, text);
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        combo->setCurrentIndex(combo->findText(text));
        QVERIFY(combo->currentIndex() >= 0);
    } else {
        QFAIL(qPrintable(QStringLiteral("cannot type into %1").arg(name)));
    }
}

} // namespace

class TestDialogBadInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QString>("errorWidget");
        QTest::addColumn<QString>("message");

        const QString customer = QStringLiteral("customer");
        QTest::newRow("customer: email without a domain")
            << customer << QStringList{"emailEdit=ada@"} << "emailEdit"
            << "name@example.com";
        QTest::newRow("customer: calling code with a plus")
            << customer << QStringList{"countryCodeEdit=+44"} << "countryCodeEdit"
            << "1 to 3 digits";
        QTest::newRow("customer: part of an address")
            << customer << QStringList{"cityEdit=Springfield"} << "line1Edit"
            << "first line of the address";
        QTest::newRow("customer: three-letter country")
            << customer
            << QStringList{"line1Edit=1 Main St", "cityEdit=Springfield", "stateEdit=IL",
                           "postcodeEdit=62701", "countryEdit=USA"}
            << "countryEdit"
            << "two-letter code";
        QTest::newRow("customer: first name only")
            << customer << QStringList{"lastNameEdit="} << "lastNameEdit"
            << "last name too";
        QTest::newRow("customer: business without a name")
            << customer << QStringList{"businessRadio", "businessNameEdit="} << "businessNameEdit"
            << "Enter the business name";
        QTest::newRow("customer: reserved metadata key")
            << customer << QStringList{"metadata:paydesk_request_id=mine"} << "metadataEditor"
            << "reserved for Paydesk";

        const QString payment = QStringLiteral("payment");
        QTest::newRow("payment: three decimals")
            << payment << QStringList{"amountEdit=12.345"} << "amountEdit"
            << "at most 2 decimal places";
        QTest::newRow("payment: words for an amount")
            << payment << QStringList{"amountEdit=twelve"} << "amountEdit"
            << "as a number";
        QTest::newRow("payment: zero") << payment << QStringList{"amountEdit=0"} << "amountEdit"
                                       << "more than zero";
        QTest::newRow("payment: no amount") << payment << QStringList{"amountEdit="} << "amountEdit"
                                            << "Enter an amount.";
        QTest::newRow("payment: link without a scheme")
            << payment << QStringList{"sendLinkRadio", "successUrlEdit=shop.example.com/thanks"}
            << "successUrlEdit"
            << "http:// or https://";
        QTest::newRow("payment: link without a success URL")
            << payment << QStringList{"sendLinkRadio", "successUrlEdit="} << "successUrlEdit"
            << "Enter the success URL";
        QTest::newRow("payment: the same metadata key twice")
            << payment << QStringList{"metadata:order=1", "metadata:order=2"} << "metadataEditor"
            << "more than once";

        const QString link = QStringLiteral("link");
        QTest::newRow("link: item without a name")
            << link << QStringList{"item0.name="} << "item0.name"
            << "Enter a name for item 1";
        QTest::newRow("link: price with three decimals")
            << link << QStringList{"item0.price=1.999"} << "item0.price"
            << "Item 1: USD amounts have at most 2 decimal places";
        QTest::newRow("link: second item without a price")
            << link << QStringList{"item0.name=Coffee"} << "item0.name"
            << "";
        QTest::newRow("link: bad customer email")
            << link << QStringList{"customerEmailEdit=not-an-email"} << "customerEmailEdit"
            << "name@example.com";
        QTest::newRow("link: cancel URL not on the web")
            << link << QStringList{"cancelUrlEdit=ftp://example.com/cart"} << "cancelUrlEdit"
            << "http:// or https://";
        QTest::newRow("link: price times quantity overflows")
            << link << QStringList{"item0.price=50000000000000000.00", "item0.quantity=2"}
            << "item0.quantity"
            << "costs too much";
        QTest::newRow("link: no success URL")
            << link << QStringList{"successUrlEdit="} << "successUrlEdit"
            << "Enter the success URL";

        const QString refund = QStringLiteral("refund");
        QTest::newRow("refund: more than was paid")
            << refund << QStringList{"partialRadio", "amountEdit=60.00"} << "amountBox"
            << "cannot be more than the $50.00 left";
        QTest::newRow("refund: fractions of a cent")
            << refund << QStringList{"partialRadio", "amountEdit=0.001"} << "amountBox"
            << "at most 2 decimal places";
        QTest::newRow("refund: part without an amount")
            << refund << QStringList{"partialRadio", "amountEdit="} << "amountBox"
            << "Enter the amount to refund";

        const QString profiles = QStringLiteral("profiles");
        QTest::newRow("profile: no name") << profiles << QStringList{"nameEdit="} << "nameEdit"
                                          << "Profile name is required";
        QTest::newRow("profile: plain http to another host")
            << profiles
            << QStringList{"environmentCombo=Custom URL", "baseUrlEdit=http://example.com/api"}
            << "baseUrlEdit"
            << "https://";
        QTest::newRow("profile: no client id")
            << profiles << QStringList{"clientIdEdit="} << "clientIdEdit"
            << "Client id is required";
        QTest::newRow("profile: no API key")
            << profiles << QStringList{"apiKeyEdit="} << "apiKeyEdit"
            << "Enter the API key";
        // SynaptoPay: the account in place of the client id, and examples of its own.
        QTest::newRow("profile: SynaptoPay account without acct_")
            << profiles << QStringList{"providerCombo=SynaptoPay", "accountEdit=demo"}
            << "accountEdit"
            << "acct_ followed by letters and digits";
        QTest::newRow("profile: SynaptoPay account with a space")
            << profiles << QStringList{"providerCombo=SynaptoPay", "accountEdit=acct_demo shop"}
            << "accountEdit"
            << "such as acct_1234";
        QTest::newRow("profile: SynaptoPay without an account")
            << profiles << QStringList{"providerCombo=SynaptoPay", "accountEdit="} << "accountEdit"
            << "Account is required";
        QTest::newRow("profile: SynaptoPay plain http to another host")
            << profiles
            << QStringList{"providerCombo=SynaptoPay", "accountEdit=acct_demo",
                           "environmentCombo=Custom URL", "baseUrlEdit=http://example.com/v1"}
            << "baseUrlEdit"
            << "such as http://127.0.0.1:8080/v1/";
        QTest::newRow("profile: SynaptoPay base URL that is no address")
            << profiles
            << QStringList{"providerCombo=SynaptoPay", "accountEdit=acct_demo",
                           "environmentCombo=Custom URL", "baseUrlEdit=ftp:/v1"}
            << "baseUrlEdit"
            << "such as https://api.synaptopay.com/v1/";

        // Refused by the server, not by Paydesk: an id that looks right but names nobody.
        QTest::newRow("payment: unknown customer (server 400)")
            << payment
            << QStringList{"sendLinkRadio", "successUrlEdit=https://shop.example.com/ok",
                           "customerPicker.search=5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"}
            << "customerPicker"
            << "server refused";
    }

    void badInput()
    {
        QFETCH(QString, dialog);
        QFETCH(QStringList, inputs);
        QFETCH(QString, errorWidget);
        QFETCH(QString, message);

        ConsoleFixture f;
        QSettings settings;
        ProfileStore store(settings);
        MemoryCredentialStore keys;
        std::unique_ptr<QDialog> window;
        std::optional<Customer> ada;
        if (dialog != QLatin1String("profiles")) {
            ada = f.createCustomer(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                   QStringLiteral("ada@example.com"));
            QVERIFY(ada);
            QVERIFY(f.loadCustomers());
        }
        const auto counts = [&] {
            return QList<qsizetype>{f.server->count(Resource::PaymentCustomers),
                                    f.server->count(Resource::PaymentIntents),
                                    f.server->count(Resource::CheckoutSessions),
                                    f.server->count(Resource::Refunds)};
        };

        // A valid form first, so that each row breaks one thing.
        QString submit = QStringLiteral("submitButton");
        if (dialog == QLatin1String("customer")) {
            window = std::make_unique<CustomerDialog>(f.session.get());
            window->show();
            apply(window.get(), QStringLiteral("firstNameEdit=Grace"));
            apply(window.get(), QStringLiteral("lastNameEdit=Hopper"));
        } else if (dialog == QLatin1String("payment")) {
            auto *take = new TakePaymentDialog(f.session.get());
            window.reset(take);
            take->setCustomer(ada->id);
            window->show();
            apply(window.get(), QStringLiteral("amountEdit=10.00"));
            QTRY_COMPARE(child<PaymentMethodPicker>(take, "paymentMethodPicker")->state(),
                         PaymentMethodPicker::State::Ready);
        } else if (dialog == QLatin1String("link")) {
            auto *checkout = new CheckoutLinkDialog(f.session.get());
            window.reset(checkout);
            window->show();
            apply(window.get(), QStringLiteral("item0.name=Coffee"));
            apply(window.get(), QStringLiteral("item0.price=12.50"));
            apply(window.get(), QStringLiteral("successUrlEdit=https://shop.example.com/ok"));
            if (QTest::currentDataTag() == QLatin1String("link: second item without a price")) {
                // An added line left without a price: its error is on that line.
                click(checkout->lineItems()->addButton());
                inputs.append(QStringLiteral("item1.name=Mug"));
                errorWidget = QStringLiteral("item1.price");
                message = QStringLiteral("Enter a price for item 2");
            }
        } else if (dialog == QLatin1String("refund")) {
            const auto paid = f.succeededPayment(ada->id, 5000);
            QVERIFY(paid);
            window = std::make_unique<RefundDialog>(f.session.get(), *paid);
            window->show();
            submit = QStringLiteral("reviewButton");
        } else if (dialog == QLatin1String("profiles")) {
            window = std::make_unique<ProfilesDialog>(store, &keys, &keys);
            window->show();
            apply(window.get(), QStringLiteral("nameEdit=Shop"));
            apply(window.get(), QStringLiteral("clientIdEdit=client-1"));
            apply(window.get(), QStringLiteral("apiKeyEdit=secret-key"));
            submit = QStringLiteral("saveButton");
        }
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (const QString &input : std::as_const(inputs)) {
            apply(window.get(), input);
            if (QTest::currentTestFailed())
                return;
        }
        const QList<qsizetype> before = counts();

        click(child<QPushButton>(window.get(), qPrintable(submit)));

        auto *target = widgetNamed(window.get(), errorWidget);
        QVERIFY2(target, qPrintable(errorWidget));
        FormErrors *errors = dialog == QLatin1String("profiles")
                                 ? static_cast<ProfilesDialog *>(window.get())->formErrors()
                                 : static_cast<FlowDialog *>(window.get())->formErrors();
        // Client-side errors show at once; a server's refusal once it answered.
        const auto *banner = window->findChild<MessageBanner *>();
        QTRY_VERIFY2(!shownError(errors, target).isEmpty(),
                     qPrintable(errorWidget + QLatin1String(": ") + banner->text() +
                                QLatin1Char(' ') + banner->detail()));
        QVERIFY2(shownError(errors, target).contains(message),
                 qPrintable(shownError(errors, target)));
        // Next to the widget: the error line sits right below it, in the same column.
        const QLabel *label = errors->labelFor(target);
        const QRect widgetRect(target->mapTo(window.get(), QPoint(0, 0)), target->size());
        const QRect labelRect(label->mapTo(window.get(), QPoint(0, 0)), label->size());
        QVERIFY(labelRect.top() >= widgetRect.bottom());
        QVERIFY(labelRect.top() - widgetRect.bottom() < 3 * target->height());
        QVERIFY(labelRect.left() <= widgetRect.left() + 4);
        QVERIFY(target->accessibleDescription().contains(message));

        // Nothing typed was lost, nothing was created.
        for (const QString &input : std::as_const(inputs)) {
            if (!input.contains(QLatin1Char('=')) || input.startsWith(QLatin1String("metadata:")))
                continue;
            const QString name = input.section(QLatin1Char('='), 0, 0);
            const QString typed = input.section(QLatin1Char('='), 1);
            if (name.endsWith(QLatin1String(".search")))
                continue; // the picker shows the chosen customer's name
            QCOMPARE(valueOf(widgetNamed(window.get(), name)), typed);
        }
        if (dialog != QLatin1String("profiles"))
            QCOMPARE(counts(), before);
        else
            QVERIFY(!store.find(QStringLiteral("Shop")));

        // Editing the field clears its error.
        if (auto *edit = qobject_cast<QLineEdit *>(target)) {
            QTest::keyClick(edit, Qt::Key_End);
            QTest::keyClicks(edit, QStringLiteral("x"));
            QCOMPARE(shownError(errors, target), QString());
            QVERIFY(!target->accessibleDescription().contains(message));
        }
    }

    // A server that names several fields at once, each in its own words: each message lands
    // beside its own field, the code stays out of the person's way, nothing typed is lost.
    void serverNamesSeveralFields()
    {
        ScriptedServer server([](const ScriptedRequest &, ScriptedReply &reply) {
            reply.send(400,
                       R"({"error": "invalid-input", "message": "2 fields are not accepted", )"
                       R"("errors": [{"field": "first_name", "message": "is on a blocklist"}, )"
                       R"({"field": "email", "message": "domain does not accept mail"}]})");
        });
        Profile profile;
        profile.name = QStringLiteral("Strict server");
        profile.environment = Environment::Custom;
        profile.customBaseUrl = server.baseUrl();
        profile.clientId = QStringLiteral("client");
        Workspace workspace(profile, Credentials{profile.clientId, "key", {}, {}}, false);
        CustomerDialog dialog(&workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        apply(&dialog, QStringLiteral("firstNameEdit=Grace"));
        apply(&dialog, QStringLiteral("lastNameEdit=Hopper"));
        apply(&dialog, QStringLiteral("emailEdit=grace@example.invalid"));
        click(dialog.submitButton());

        FormErrors *errors = dialog.formErrors();
        QWidget *firstName = widgetNamed(&dialog, QStringLiteral("firstNameEdit"));
        QWidget *email = widgetNamed(&dialog, QStringLiteral("emailEdit"));
        QTRY_VERIFY(!shownError(errors, email).isEmpty());
        QCOMPARE(shownError(errors, firstName),
                 QStringLiteral("The server refused this: is on a blocklist"));
        QCOMPARE(shownError(errors, email),
                 QStringLiteral("The server refused this: domain does not accept mail"));
        QCOMPARE(shownError(errors, widgetNamed(&dialog, QStringLiteral("lastNameEdit"))),
                 QString());
        const auto *banner = dialog.findChild<MessageBanner *>();
        QVERIFY(!banner->text().contains(QLatin1String("invalid-input")));
        QCOMPARE(valueOf(firstName), QStringLiteral("Grace"));
        QCOMPARE(valueOf(email), QStringLiteral("grace@example.invalid"));
        QVERIFY(dialog.submitButton()->isEnabled());
    }

    // Dots names a checkout line's price by its wire path, here as a JSON pointer; the message
    // still lands under that line's price, not the form's.
    void serverNamesALinesPriceByItsWirePath()
    {
        ScriptedServer server([](const ScriptedRequest &, ScriptedReply &reply) {
            reply.send(400, R"({"message": "Invalid request", "errors": [{"pointer": )"
                            R"("/line_items/1/price_data/amount", "detail": "is below 0.50"}]})");
        });
        Profile profile;
        profile.name = QStringLiteral("Strict server");
        profile.environment = Environment::Custom;
        profile.customBaseUrl = server.baseUrl();
        profile.clientId = QStringLiteral("client");
        Workspace workspace(profile, Credentials{profile.clientId, "key", {}, {}}, false);
        CheckoutLinkDialog dialog(&workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *items = dialog.findChild<LineItemsEditor *>();
        QVERIFY(items);
        items->addItem();
        apply(&dialog, QStringLiteral("item0.name=Coffee"));
        apply(&dialog, QStringLiteral("item0.price=12.50"));
        apply(&dialog, QStringLiteral("item1.name=Sticker"));
        apply(&dialog, QStringLiteral("item1.price=0.10"));
        apply(&dialog, QStringLiteral("successUrlEdit=https://shop.example.com/ok"));
        click(dialog.submitButton());

        FormErrors *errors = dialog.formErrors();
        QWidget *secondPrice = widgetNamed(&dialog, QStringLiteral("item1.price"));
        QTRY_COMPARE(shownError(errors, secondPrice),
                     QStringLiteral("The server refused this: is below 0.50"));
        QCOMPARE(shownError(errors, widgetNamed(&dialog, QStringLiteral("item0.price"))),
                 QString());
        QCOMPARE(valueOf(widgetNamed(&dialog, QStringLiteral("item1.name"))),
                 QStringLiteral("Sticker"));
    }
};

QTEST_MAIN(TestDialogBadInputs)
#include "tst_dialog_bad_inputs.moc"
