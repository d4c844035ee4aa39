<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DotsCodec</name>
    <message>
        <location filename="../../models/dots_codec.cpp" line="399"/>
        <source>The answer is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/dots_codec.cpp" line="414"/>
        <source>The answer is not a list: it has no “data” array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../models/drafts.cpp" line="23"/>
        <source>The %1 must be a UUID, such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="50"/>
        <source>The %1 must look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="60"/>
        <source>The %1 must be a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="66"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="74"/>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="77"/>
        <source>%1 is in %2, but %3 takes payments in %4 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="94"/>
        <source>Enter a name for item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="99"/>
        <source>Enter a price for item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="103"/>
        <source>The price of item %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="108"/>
        <source>The price of item %1 must be in %2, like the first item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="113"/>
        <source>The price of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="119"/>
        <source>The quantity of item %1 must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="123"/>
        <source>Item %1 costs too much: its price times its quantity is more than Paydesk can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="161"/>
        <source>Enter either a person&apos;s first and last name or a business name, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="166"/>
        <source>Enter the customer&apos;s last name too, or a business name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="170"/>
        <source>Enter the customer&apos;s first name too, or a business name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="174"/>
        <source>Enter the customer&apos;s first and last name, or a business name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="178"/>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="183"/>
        <source>The phone country code must be 1 to 3 digits, such as 1 for the United States.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="196"/>
        <source>Enter the first line of the address, or leave the whole address empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="198"/>
        <source>Enter the city, or leave the whole address empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="200"/>
        <source>Enter the state, or leave the whole address empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="202"/>
        <source>Enter the postcode, or leave the whole address empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="204"/>
        <source>Enter the country, or leave the whole address empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="213"/>
        <source>The country must be a two-letter code, such as US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="226"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="229"/>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="230"/>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="233"/>
        <location filename="../../models/drafts.cpp" line="312"/>
        <source>customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="237"/>
        <source>Choose a payment method to confirm the payment now, or create it without confirming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="241"/>
        <location filename="../../models/drafts.cpp" line="365"/>
        <source>payment method ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="247"/>
        <source>The application fee must be in %1, the currency of the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="251"/>
        <source>The application fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="253"/>
        <source>The application fee cannot be more than the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="258"/>
        <source>destination user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="283"/>
        <source>Add at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="299"/>
        <source>The items add up to more than Paydesk can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="304"/>
        <source>Enter the success URL: the web address the customer returns to after paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="307"/>
        <source>success URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="309"/>
        <source>cancel URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="311"/>
        <source>customer&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="316"/>
        <source>The link must expire within %1 seconds (3 hours); 0 is the shortest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="336"/>
        <location filename="../../models/drafts.cpp" line="363"/>
        <source>payment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="336"/>
        <source>Choose the payment to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="340"/>
        <source>Enter the amount to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="342"/>
        <source>The refund must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="344"/>
        <source>The refund must be in %1, the currency of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="347"/>
        <source>The refund cannot be more than the %1 left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="354"/>
        <source>The reason must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="363"/>
        <source>Choose the payment to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="366"/>
        <source>Choose a payment method to confirm the payment with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <location filename="../../models/metadata.cpp" line="67"/>
        <source>Metadata can have at most %1 keys: the limit is %2, and Paydesk keeps %3 for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="72"/>
        <source>Metadata can have at most %1 keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="78"/>
        <source>Every metadata value needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="81"/>
        <source>The metadata key “%1” starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="83"/>
        <source>The metadata key “%1” is reserved for Paydesk: choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="87"/>
        <source>The metadata key “%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="92"/>
        <source>The value of the metadata key “%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../models/money.cpp" line="262"/>
        <source>Choose a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="265"/>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="269"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="272"/>
        <source>Enter the amount as a number, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="298"/>
        <source>The amount has more than one decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="306"/>
        <location filename="../../models/money.cpp" line="324"/>
        <source>The amount has a thousands separator in the wrong place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="314"/>
        <source>Enter the amount without a currency symbol or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="317"/>
        <source>Write the amount out in full, without an exponent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="331"/>
        <source>%1 amounts have no decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="333"/>
        <source>%1 amounts have at most %2 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="346"/>
        <source>The amount is too large: the most Paydesk can hold in %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="352"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="354"/>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../models/status.cpp" line="31"/>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="72"/>
        <source>Initialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="74"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="76"/>
        <source>Requires payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="78"/>
        <source>Requires confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="80"/>
        <source>Requires action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="82"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="84"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="86"/>
        <source>Requires capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="88"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="90"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="154"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="156"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="158"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="189"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="191"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="193"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="197"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="62"/>
        <source>Paydesk: take payments, send checkout links and review payment intents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="67"/>
        <source>Start on the built-in demo: a local sandbox with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="70"/>
        <source>Open the profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="74"/>
        <source>Number of payment intents the demo is seeded with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ApiError</name>
    <message>
        <location filename="../../network/api_error.cpp" line="11"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::AppController</name>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="55"/>
        <source>No such profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="56"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="119"/>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="122"/>
        <source>The demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="123"/>
        <source>Paydesk could not start its built-in sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="170"/>
        <source>The API key is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="171"/>
        <source>Paydesk could not read the API key of profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="176"/>
        <source>Open Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutLinkDialog</name>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="36"/>
        <source>New checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="37"/>
        <source>checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="43"/>
        <source>What the customer pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="44"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="55"/>
        <source>https://shop.example.com/thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="57"/>
        <source>Required. The web address the customer returns to after paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="61"/>
        <source>Optional: where the customer goes on cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="68"/>
        <source>Optional: the chosen customer&apos;s email when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="75"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="76"/>
        <source>The link can be paid for this long: at most %1 minutes (3 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="81"/>
        <source>Optional: your order or invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="88"/>
        <source>&amp;Success URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="89"/>
        <source>Ca&amp;ncel URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="90"/>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="91"/>
        <source>Customer &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="92"/>
        <source>E&amp;xpires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="93"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="94"/>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="95"/>
        <source>Success URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="96"/>
        <source>Cancel URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="97"/>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="98"/>
        <source>Expires after, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="99"/>
        <source>Client reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="114"/>
        <source>Create &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="116"/>
        <source>Create link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="119"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="210"/>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="211"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutLinkView</name>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="20"/>
        <source>Checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="22"/>
        <source>Checkout link status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="29"/>
        <source>Checkout link details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="32"/>
        <source>Checkout session ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="57"/>
        <source>the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="60"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="61"/>
        <source>The customer paid %1 through the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="64"/>
        <source>Link expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="66"/>
        <source>The link expired before it was paid. Create a new one to take the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="70"/>
        <source>Checkout link ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="72"/>
        <source>Send this link to the customer to pay %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="73"/>
        <source>Send this link to %1 to pay %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="76"/>
        <source>It can be paid until %1. Paydesk shows the payment here and in the lists as soon as it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="81"/>
        <source>Paydesk shows the payment as soon as it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="87"/>
        <source>Checkout session ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutSessionTableModel</name>
    <message>
        <location filename="../../models/checkout_session_table_model.cpp" line="108"/>
        <source>%1: a status this version of Paydesk does not know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/checkout_session_table_model.cpp" line="138"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/checkout_session_table_model.cpp" line="140"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/checkout_session_table_model.cpp" line="142"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/checkout_session_table_model.cpp" line="144"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/checkout_session_table_model.cpp" line="146"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/checkout_session_table_model.cpp" line="148"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/checkout_session_table_model.cpp" line="150"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/checkout_session_table_model.cpp" line="152"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutSessionsPage</name>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="22"/>
        <source>Checkout sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="31"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="35"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="39"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="42"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="43"/>
        <source>Show QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="44"/>
        <source>Refresh this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="45"/>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="48"/>
        <source>Copied the checkout link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="63"/>
        <source>Copied the checkout session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="97"/>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="100"/>
        <source>Checkout session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ConfirmIntentDialog</name>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="32"/>
        <source>Confirm payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="33"/>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="39"/>
        <source>Payment to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="47"/>
        <source>&amp;Pay with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="61"/>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="63"/>
        <source>Charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="75"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="77"/>
        <source>%1 from %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="84"/>
        <source>This payment is not waiting to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="85"/>
        <source>It is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="89"/>
        <source>This payment has no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="90"/>
        <source>Only a customer&apos;s saved payment methods can confirm it here: send the customer a checkout link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="121"/>
        <source>Wait a moment: the customer&apos;s payment methods are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="125"/>
        <source>This customer has no saved payment method: send a checkout link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="131"/>
        <source>Confirming the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="139"/>
        <source>The payment was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="163"/>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="164"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="23"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="24"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="28"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="29"/>
        <source>&amp;Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="32"/>
        <source>The customer is a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="33"/>
        <source>The customer is a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="51"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="56"/>
        <source>Phone country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="58"/>
        <source>The country calling code, digits only: 1 for the United States, 44 for the United Kingdom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="60"/>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="65"/>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="66"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="71"/>
        <source>Customer is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="73"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="74"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="75"/>
        <source>Business &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="76"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="83"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="84"/>
        <source>Plus sign of the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="90"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="95"/>
        <source>Address (optional: fill in all of it or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="96"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="101"/>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="104"/>
        <source>Address line 2 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="113"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="114"/>
        <source>Two-letter country code, such as US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="115"/>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="117"/>
        <source>Line &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="119"/>
        <source>Line &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="120"/>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="121"/>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="122"/>
        <source>P&amp;ostcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="123"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="132"/>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="142"/>
        <source>Create &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="144"/>
        <source>Create customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="146"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="220"/>
        <source>Enter the business name, or choose Person to enter a person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::CustomerPicker</name>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="49"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="56"/>
        <source>Search by name, email or customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="57"/>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="59"/>
        <source>Type part of a name, email or ID; choose from the list that drops down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="67"/>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="71"/>
        <source>Chosen customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="185"/>
        <source>No loaded customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="187"/>
        <source>No customer chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="195"/>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="203"/>
        <source>Chosen: customer %1 (not in the loaded list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::CustomerTableModel</name>
    <message>
        <location filename="../../models/customer_table_model.cpp" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/customer_table_model.cpp" line="96"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/customer_table_model.cpp" line="98"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/customer_table_model.cpp" line="100"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/customer_table_model.cpp" line="102"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/customer_table_model.cpp" line="104"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::CustomersPage</name>
    <message>
        <location filename="../../ui/customers_page.cpp" line="16"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="22"/>
        <source>Take a payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="23"/>
        <source>Send a checkout link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="24"/>
        <source>Show payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="25"/>
        <source>Show this customer&apos;s payment intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="26"/>
        <source>Refresh this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="27"/>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="43"/>
        <source>Copied the customer id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="81"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="81"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="84"/>
        <source>Fields of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="87"/>
        <source>Raw JSON of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="88"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="89"/>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="103"/>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="144"/>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="145"/>
        <source>Sent by the API but not known to this version of Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::DotsProvider</name>
    <message>
        <location filename="../../network/dots_provider.cpp" line="218"/>
        <source>Dots did not accept the %1 (%2). Check the fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="221"/>
        <source>Dots did not accept the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="224"/>
        <source>Dots did not accept this profile&apos;s client id and API key (401). Check them in Profiles; sandbox and production keys are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="228"/>
        <source>Dots refused access to the %1 (403). The API key may lack this permission, or an organisation key may need an app id.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="233"/>
        <source>The %1 was not found on Dots (404).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../network/dots_provider.cpp" line="237"/>
        <source>Dots is limiting how fast requests may come (429). Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="240"/>
        <source>Dots is limiting how fast requests may come (429). Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="244"/>
        <source>Dots had a problem answering (%1). Try again in a moment; if it keeps happening, check Dots&apos; status page.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="250"/>
        <source>Dots sent an answer about the %1 that Paydesk could not read. Try again; if it keeps happening, the API may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="256"/>
        <source>Dots refused the request for the %1 (%2).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="331"/>
        <source>look for the %1 just created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="427"/>
        <source>The request was sent before you cancelled, so the %1 may exist. Look for a %1 whose metadata has %2 = %3 before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="449"/>
        <source>list customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="456"/>
        <source>read customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="470"/>
        <source>create customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="507"/>
        <source>list payment intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="514"/>
        <source>read payment intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="523"/>
        <source>create payment intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="549"/>
        <source>confirm payment intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="592"/>
        <source>list checkout sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="599"/>
        <source>read checkout session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="608"/>
        <source>create checkout session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="625"/>
        <source>list payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="632"/>
        <source>read payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="640"/>
        <source>list refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="646"/>
        <source>read refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/dots_provider.cpp" line="655"/>
        <source>create refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::EnvironmentBanner</name>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="28"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="41"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="42"/>
        <source>You are trying Paydesk on its built-in sandbox with sample data. No real money moves and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="46"/>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="47"/>
        <source>Test mode: %1&apos;s sandbox. No real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="53"/>
        <source>LOCAL SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="53"/>
        <source>CUSTOM SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="54"/>
        <source>Connected to %1, not the provider&apos;s production API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="13"/>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="32"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="14"/>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="37"/>
        <source>Connect a Dots account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="16"/>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="17"/>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="18"/>
        <source>Welcome to Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="23"/>
        <source>Take payments, send checkout links and review what was paid. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="27"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="30"/>
        <source>Explore Paydesk with sample customers and payments on this computer. No account and no network needed; nothing is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="35"/>
        <source>Enter your Dots client ID and API key. The key is kept in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="41"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="42"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="43"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::FlowDialog</name>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.h" line="137"/>
        <source>Creating the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.h" line="164"/>
        <source>Checking whether the %1 was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="38"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="90"/>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="111"/>
        <source>Nothing was sent: please correct the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="153"/>
        <source>The server refused it: see the highlighted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="158"/>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="185"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="168"/>
        <source>The %1 was not created: the server refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="169"/>
        <source>See the highlighted field, correct it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="177"/>
        <source>Paydesk checked: the %1 was not created, so it is safe to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="178"/>
        <source>Nothing was created, and everything you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="182"/>
        <source>Nothing was created, and everything you typed is still here. You can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="194"/>
        <source>What happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="197"/>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="200"/>
        <source>Paydesk could not find out whether the %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="202"/>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="203"/>
        <source>Check again whether the %1 was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="233"/>
        <source>Check again first: the last attempt may have created the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="255"/>
        <source>Still waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="256"/>
        <source>Paydesk has sent the %1 and is waiting for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="259"/>
        <source>If you close now, Paydesk still takes the answer: a %1 that was created appears in the lists, and if it was not, this window opens again to say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="262"/>
        <source>&amp;Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="263"/>
        <source>C&amp;lose anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="264"/>
        <source>Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="265"/>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::FormErrors</name>
    <message>
        <location filename="../../ui/widgets/form_errors.cpp" line="31"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_errors.cpp" line="175"/>
        <source>The server refused this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_errors.cpp" line="368"/>
        <source>Please correct the following:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::HttpExchange</name>
    <message>
        <location filename="../../network/http_transport.cpp" line="127"/>
        <source>Paydesk only talks to %1 over HTTPS. Change the profile&apos;s base URL to start with https:// (plain http:// is allowed for this machine only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="253"/>
        <source>%1 did not answer for %2 seconds. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="270"/>
        <source>Could not find %1. Check your internet connection and the profile&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="273"/>
        <source>Could not connect to %1. Check your internet connection, or whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="280"/>
        <source>The secure connection to %1 failed (%2). Paydesk does not ignore certificate problems; check the system date and any proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="291"/>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="297"/>
        <source>The connection to %1 was lost before an answer came (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="309"/>
        <source>%1 redirected the request to %2. Paydesk does not follow API redirects to another address; check the profile&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="312"/>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="332"/>
        <source>the server asked to slow down (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="333"/>
        <source>the server had a problem (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="336"/>
        <source>the answer was cut off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::KeychainCredentialStore</name>
    <message>
        <location filename="../../network/credential_store.cpp" line="20"/>
        <source>No API key is stored for profile &quot;%1&quot;. Enter it in Profiles, or run paydesk-cli login --profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="27"/>
        <source>The keychain refused access to the API key (%1). Unlock your keychain (for example by logging in to the desktop again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="48"/>
        <source>The system keychain is not available (%1). Paydesk keeps API keys only in a keychain: install and start a Secret Service provider such as gnome-keyring, unlock it, and try again, or keep the key in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="52"/>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="77"/>
        <source>The keychain did not answer. Check that a Secret Service provider such as gnome-keyring is running and unlocked, or keep the key in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="108"/>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::LineItemsEditor</name>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="44"/>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="47"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="48"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="48"/>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="48"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="49"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="64"/>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="66"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="105"/>
        <source>What the customer pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="204"/>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="317"/>
        <source>No items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="320"/>
        <source>The items add up to more than Paydesk can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/line_items_editor.cpp" line="323"/>
        <source>Total: %1 so far (%n item(s) without a valid price)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="328"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="339"/>
        <source>Item %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="340"/>
        <source>Item %1 description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="341"/>
        <source>Item %1 unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="342"/>
        <source>Item %1 quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="343"/>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="344"/>
        <source>Remove item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="345"/>
        <source>Item %1 error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::LinkPanel</name>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="31"/>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="32"/>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="33"/>
        <location filename="../../ui/widgets/link_panel.cpp" line="101"/>
        <source>Show &amp;QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="34"/>
        <source>&amp;Save QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="38"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="40"/>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="42"/>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="43"/>
        <source>Open the link in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="44"/>
        <location filename="../../ui/widgets/link_panel.cpp" line="102"/>
        <source>Show the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="46"/>
        <source>Save the QR code as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="49"/>
        <source>Link status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="101"/>
        <source>Hide &amp;QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="102"/>
        <source>Hide the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="117"/>
        <source>Could not save the QR code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="120"/>
        <source>QR code saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="127"/>
        <source>Link copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="134"/>
        <source>No browser could be started. Copy the link and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="140"/>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="143"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="50"/>
        <source>payment intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="52"/>
        <source>checkout sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="56"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="77"/>
        <location filename="../../ui/main_window.cpp" line="561"/>
        <source>Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="80"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="89"/>
        <location filename="../../ui/main_window.cpp" line="217"/>
        <location filename="../../ui/main_window.cpp" line="523"/>
        <source>Payment intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="91"/>
        <location filename="../../ui/main_window.cpp" line="217"/>
        <location filename="../../ui/main_window.cpp" line="524"/>
        <source>Checkout sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="93"/>
        <location filename="../../ui/main_window.cpp" line="217"/>
        <location filename="../../ui/main_window.cpp" line="525"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="104"/>
        <source>Export %1 to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="152"/>
        <source>Take a payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="154"/>
        <source>Take a payment from a customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="158"/>
        <source>Checkout link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="160"/>
        <source>Create a checkout link to send to a customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="165"/>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="169"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="171"/>
        <source>Load everything again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="174"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="178"/>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="186"/>
        <source>Copied the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="190"/>
        <source>Export payment intents to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="194"/>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="196"/>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="199"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="203"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="211"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="214"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="223"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="226"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="227"/>
        <location filename="../../ui/main_window.cpp" line="228"/>
        <source>About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="229"/>
        <source>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for taking payments, sending checkout links and reviewing payment intents.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="243"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="244"/>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="261"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="262"/>
        <source>Last refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="263"/>
        <source>Requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="264"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="268"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="269"/>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="270"/>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="291"/>
        <location filename="../../ui/main_window.cpp" line="314"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="313"/>
        <source>Paydesk — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="315"/>
        <source>built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="411"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="415"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="422"/>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="427"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="428"/>
        <source>Paydesk could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="437"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="444"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="459"/>
        <source>Could not load all %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="468"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="472"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="476"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="480"/>
        <source>Credentials rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="494"/>
        <source>Retrying %1 in %2 s (%3 of %4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="505"/>
        <source>%n request(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="513"/>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="535"/>
        <source>Payment succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="535"/>
        <source>%1 was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="537"/>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="537"/>
        <source>The payment of %1 was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="539"/>
        <source>Payment updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="539"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="546"/>
        <source>Checkout link paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="546"/>
        <source>A customer paid %1 through a checkout link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="548"/>
        <source>Checkout link expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="548"/>
        <source>The checkout link for %1 expired unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::MemoryCredentialStore</name>
    <message>
        <location filename="../../network/credential_store.cpp" line="153"/>
        <source>memory, for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="166"/>
        <source>No API key is held for profile &quot;%1&quot; in this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::MessageBanner</name>
    <message>
        <location filename="../../ui/widgets/message_banner.cpp" line="62"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.cpp" line="67"/>
        <source>Message icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.cpp" line="73"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.cpp" line="74"/>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::MetadataEditor</name>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="28"/>
        <source>&amp;Add pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="29"/>
        <source>Remove pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="32"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="33"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="33"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="34"/>
        <source>Metadata pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="35"/>
        <source>Each row is one metadata key and its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="51"/>
        <source>Add metadata pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="53"/>
        <source>Remove the selected metadata pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="56"/>
        <source>Metadata limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="166"/>
        <source>The metadata key “%1” appears more than once: keep one row for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="183"/>
        <source>%1 of %2 pairs · keys up to %3 characters, values up to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentIntentTableModel</name>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="116"/>
        <source>Application fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="123"/>
        <source>%1: waiting for the customer or for you to act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="125"/>
        <source>%1: the provider is working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="127"/>
        <source>%1: final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="129"/>
        <source>%1: a status this version of Paydesk does not know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="155"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="157"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="159"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="161"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="163"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="165"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="167"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/payment_intent_table_model.cpp" line="169"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentIntentsPage</name>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="31"/>
        <source>Payment intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="51"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="54"/>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="55"/>
        <source>Filter by currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="59"/>
        <source>Min amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="60"/>
        <source>Max amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="61"/>
        <source>Minimum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="62"/>
        <source>Maximum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="75"/>
        <source>Remove the customer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="91"/>
        <source>Totals of the payment intents shown, per status and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="102"/>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="103"/>
        <source>Charge a payment method of the customer to confirm this intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="104"/>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="105"/>
        <source>Refund all or part of this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="106"/>
        <source>Refresh this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="107"/>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="116"/>
        <source>Copied the payment intent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="150"/>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="197"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="250"/>
        <source>Status: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="251"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payment_intents_page.cpp" line="252"/>
        <source>Status: %n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="273"/>
        <source>All shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="291"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="297"/>
        <source>%1 intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="297"/>
        <source>%1 amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="315"/>
        <source>Totals: no payment intents shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payment_intents_page.cpp" line="316"/>
        <source>Totals of the %n payment intent(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentMethodPicker</name>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="20"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="30"/>
        <source>Load again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="32"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="33"/>
        <source>Saved payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="38"/>
        <source>Payment methods status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="40"/>
        <source>Load the payment methods again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="57"/>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="73"/>
        <source>Choose a customer to see their saved payment methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="76"/>
        <source>Loading the customer&apos;s payment methods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="86"/>
        <source>Could not load the payment methods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="93"/>
        <source>This customer has no saved payment methods. Send a checkout link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="95"/>
        <source>%n saved payment method(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentResultView</name>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="24"/>
        <source>Payment result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="26"/>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="34"/>
        <source>Payment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="38"/>
        <source>Payment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="44"/>
        <source>Waiting for the payment to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="75"/>
        <source>%1 from %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="77"/>
        <source>%1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="79"/>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="85"/>
        <source>Processing the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="87"/>
        <source>Paydesk checks again until the payment succeeds or fails; you can close this window, the result also shows in the payments list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="94"/>
        <source>Payment succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="95"/>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="100"/>
        <source>Payment declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="102"/>
        <source>The payment failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="103"/>
        <source>Nothing was charged. Try another payment method, or send a checkout link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="107"/>
        <source>Payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="114"/>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="116"/>
        <source>The payment needs another step before money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="120"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="125"/>
        <source>Payment ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ProfilesDialog</name>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="41"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="42"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="46"/>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="52"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="55"/>
        <source>Add a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="58"/>
        <source>Remove the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="68"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="69"/>
        <source>Profile details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="72"/>
        <source>Shop (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="75"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="76"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="77"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="79"/>
        <source>Production: payments made with this profile move real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="82"/>
        <source>Production warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="88"/>
        <source>http://127.0.0.1:8080/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="94"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="101"/>
        <source>Masked. Paydesk stores the key in the system keychain and never shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="116"/>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="123"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="124"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="126"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="127"/>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="128"/>
        <source>A&amp;pp ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="129"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="131"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="133"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="135"/>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="137"/>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="153"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="154"/>
        <source>&amp;Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="156"/>
        <source>Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="159"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="244"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="246"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="262"/>
        <source>To rename a profile, add a new one and remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="273"/>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="274"/>
        <source>Paste the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="296"/>
        <source>A profile named “%1” exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="302"/>
        <source>Enter the API key: Paydesk keeps it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="318"/>
        <source>Profile “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="331"/>
        <source>Profile “%1” was saved, but its API key could not be stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="334"/>
        <source>&amp;Keep the key in memory for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="338"/>
        <source>Try the keychain &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="346"/>
        <source>No system keychain is available to Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="351"/>
        <source>Storing the API key in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="367"/>
        <source>Profile “%1” saved. Its API key is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="382"/>
        <source>The API key could not be kept in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="392"/>
        <source>The API key of “%1” is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="393"/>
        <source>Paydesk forgets it when it quits and asks for it again next time. Store it in the keychain once one is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="412"/>
        <source>Enter the API key to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="426"/>
        <source>Reading the stored API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="432"/>
        <source>No API key is available for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="433"/>
        <source>Type the key in the API key field to test with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="442"/>
        <source>The API key of “%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="466"/>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="482"/>
        <source>Connected to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="483"/>
        <source>The client ID and API key work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="487"/>
        <source>The connection test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="499"/>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="500"/>
        <source>Remove the profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="501"/>
        <source>Its API key is removed from the keychain too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="502"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="503"/>
        <source>Remove the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="505"/>
        <source>Keep the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="531"/>
        <source>Profile “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="539"/>
        <source>Profile “%1” removed, with its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="543"/>
        <source>Profile “%1” removed, but its API key could not be removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="557"/>
        <source>Save the profile first, then use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::QrCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="16"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="17"/>
        <source>Scan this code with a phone camera to open the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="19"/>
        <source>How to use the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="24"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="25"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::QrCodeWidget</name>
    <message>
        <location filename="../../ui/widgets/qr_code_widget.cpp" line="16"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr_code_widget.cpp" line="32"/>
        <source>This link is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr_code_widget.cpp" line="43"/>
        <source>A QR code of %1. Scan it with a phone camera to open the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr_code_widget.cpp" line="98"/>
        <source>No link yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::RefundDialog</name>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="34"/>
        <source>Duplicate payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="36"/>
        <source>Fraudulent payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="38"/>
        <source>Requested by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="40"/>
        <source>Expired uncaptured charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="42"/>
        <source>Partial capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="69"/>
        <source>Refund payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="70"/>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="77"/>
        <source>Payment being refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="86"/>
        <source>&amp;Part of it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="88"/>
        <source>Refund part of the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="95"/>
        <source>Amount to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="109"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="110"/>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="116"/>
        <source>Refund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="119"/>
        <source>How much to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="120"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="136"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="139"/>
        <source>Confirm the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="142"/>
        <source>What the refund does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="161"/>
        <source>Refund result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="163"/>
        <source>Refund details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="176"/>
        <source>&amp;Review refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="178"/>
        <source>Review the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="179"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="181"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="183"/>
        <source>Back to the refund form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="186"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="219"/>
        <source>Only a succeeded payment can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="220"/>
        <source>This payment is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="224"/>
        <source>This payment has been refunded in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="275"/>
        <source>Refund %1 of this payment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="276"/>
        <source>Refund %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="294"/>
        <source>Enter the amount to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="304"/>
        <source>The money goes back to the card or account the customer paid with. A refund cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="307"/>
        <source>Reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="310"/>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="311"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="359"/>
        <source>Refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="360"/>
        <source>Refunded %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="365"/>
        <source>Refund ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="370"/>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="371"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="393"/>
        <source>Payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="394"/>
        <source>Payment of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="399"/>
        <source>Already refunded: %1 · Left to refund: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="405"/>
        <source>&amp;Everything left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="405"/>
        <source>&amp;Everything left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ResourcePage</name>
    <message>
        <location filename="../../ui/resource_page.cpp" line="29"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="31"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="46"/>
        <source>Search id, name, email, description, metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="48"/>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="64"/>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="65"/>
        <source>Created to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="66"/>
        <source>Filter by earliest creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="67"/>
        <source>Filter by latest creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="236"/>
        <location filename="../../ui/resource_page.cpp" line="249"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="236"/>
        <location filename="../../ui/resource_page.cpp" line="250"/>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="238"/>
        <source>%1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="239"/>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::TakePaymentDialog</name>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="47"/>
        <source>Take a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="48"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="320"/>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="57"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="60"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="75"/>
        <source>What the payment is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="85"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="96"/>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="98"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="101"/>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="104"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="105"/>
        <source>How will the customer pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="106"/>
        <source>C&amp;harge a saved card now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="108"/>
        <source>Charge a saved card now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="109"/>
        <source>Send a chec&amp;kout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="111"/>
        <source>Send a checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="122"/>
        <source>Success URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="124"/>
        <source>The web address the customer returns to after paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="125"/>
        <source>https://shop.example.com/thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="132"/>
        <source>&amp;Success URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="167"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="429"/>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="170"/>
        <source>Try &amp;another payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="172"/>
        <source>Try another payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="176"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="409"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="410"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="255"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="269"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="275"/>
        <source>Choose the customer whose saved card to charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="280"/>
        <source>Wait a moment: the customer&apos;s payment methods are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="285"/>
        <source>The payment methods could not be loaded: load them again, or send a checkout link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="291"/>
        <source>This customer has no saved payment method: send a checkout link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="346"/>
        <source>Enter the success URL: the web address the customer returns to after paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="351"/>
        <source>checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="380"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="381"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="396"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="397"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="429"/>
        <source>Charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="431"/>
        <source>Create link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::cli::Cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="109"/>
        <source>Usage: paydesk-cli [--profile NAME] [--base-url URL] [--output table|json|csv] [--timeout SECONDS] COMMAND

Commands:
  customers list [--limit N] [--all] | customers get ID
  customers create [--first-name X --last-name Y | --business-name Z] [--email E] [--phone P]
                   [--country-code C] [--address-line1 L --address-line2 L --address-city C
                   --address-state S --address-postcode P --address-country C] [--metadata KEY=VALUE]...
  intents list [--limit N] [--all] | intents get ID
  intents create --amount DECIMAL --currency CODE [--customer ID] [--description TEXT]
                 [--payment-method ID] [--confirm] [--application-fee DECIMAL]
                 [--transfer-to USER_ID] [--metadata KEY=VALUE]...
  intents confirm ID --payment-method ID
  checkout list [--limit N] [--all] | checkout get ID
  checkout create --item NAME=PRICE[xQTY]... --success-url URL [--cancel-url URL]
                  [--customer-email EMAIL] [--customer ID] [--expires-in SECONDS]
                  [--client-reference-id REF] [--currency CODE] [--metadata KEY=VALUE]...
  refunds create --intent ID --amount DECIMAL [--reason REASON] | refunds list | refunds get ID
  payment-methods list --customer ID
  profiles list | profiles add NAME --environment production|sandbox|URL --client-id ID [--app-id ID]
  profiles remove NAME
  login --profile NAME      reads the API key from standard input and stores it in the keychain

Credentials: --profile NAME uses a saved profile and its key from the system keychain. Without
it, PAYDESK_BASE_URL, PAYDESK_CLIENT_ID and PAYDESK_API_KEY are read from the environment;
--base-url wins over both. The API key is never accepted as an option, so it never shows in
the process list or the shell history.

Amounts are decimal in major units and converted exactly: --amount 12.34 --currency usd sends 1234.

Exit codes: 0 success; 2 bad usage or invalid input (nothing was sent); 3 rejected by the API
(4xx); 4 server or network failure (nothing was created); 5 outcome unknown (a create that could
not be checked); 6 credentials missing or keychain failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="233"/>
        <location filename="../../app/cli/cli.cpp" line="535"/>
        <source>Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="235"/>
        <location filename="../../app/cli/cli.cpp" line="537"/>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="237"/>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="271"/>
        <source>--%1 does not apply to &quot;%2&quot;. See paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="280"/>
        <source>. See paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="299"/>
        <source>--output must be table, json or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="325"/>
        <source>Unknown command &quot;%1&quot;. See paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="335"/>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="343"/>
        <source>The base URL &quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="348"/>
        <source>The base URL must use https:// (plain http:// is allowed only for this machine): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="358"/>
        <source>Retrying %1 in %2 s (%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="376"/>
        <source>There is no profile named &quot;%1&quot;. paydesk-cli profiles list shows the profiles; profiles add creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="400"/>
        <source>PAYDESK_BASE_URL (or --base-url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="406"/>
        <source>No credentials: use --profile NAME, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="463"/>
        <source>--limit must be a whole number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="478"/>
        <source>Fetched %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="504"/>
        <source>Give exactly one id: paydesk-cli %1 get ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="525"/>
        <source>The answer was lost, but Paydesk found the %1 it created (request id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="539"/>
        <source>The %1 was not created. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="544"/>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="545"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="558"/>
        <source>--metadata must be KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="573"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="630"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="634"/>
        <source>customers takes list, get or create. See paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="641"/>
        <source>payment intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="660"/>
        <source>--amount and --currency are required: paydesk-cli intents create --amount 12.34 --currency usd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="700"/>
        <source>payment intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="710"/>
        <source>Give exactly one id: paydesk-cli intents confirm ID --payment-method ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="729"/>
        <source>intents takes list, get, create or confirm. See paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="736"/>
        <source>checkout sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="763"/>
        <source>--item must be NAME=PRICE or NAME=PRICExQUANTITY, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="774"/>
        <source>--item &quot;%1&quot;: the quantity after x must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="783"/>
        <source>--item &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="798"/>
        <source>--expires-in must be a whole number of seconds from 0 to 10800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="817"/>
        <source>checkout session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="821"/>
        <source>checkout takes list, get or create. See paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="828"/>
        <source>refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="842"/>
        <source>--intent and --amount are required: paydesk-cli refunds create --intent ID --amount 5.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="872"/>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="877"/>
        <source>refunds takes list, get or create. See paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="884"/>
        <source>payment-methods takes list --customer ID. See paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="889"/>
        <source>--customer is required: paydesk-cli payment-methods list --customer ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="893"/>
        <source>payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="939"/>
        <source>--environment is required: production, sandbox, or a base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="958"/>
        <source>A profile named &quot;%1&quot; exists already; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="964"/>
        <source>Added profile &quot;%1&quot; (%2). Store its API key with: paydesk-cli login --profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="974"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="981"/>
        <source>Removed profile &quot;%1&quot;, but its API key could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="986"/>
        <source>Removed profile &quot;%1&quot; and its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="990"/>
        <source>profiles takes list, add or remove. See paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="1000"/>
        <source>login needs --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="1005"/>
        <source>There is no profile named &quot;%1&quot;; add it first with paydesk-cli profiles add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="1010"/>
        <source>API key for profile &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="1012"/>
        <source>No API key was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="1020"/>
        <source>Stored the API key for profile &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
