<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Device</name>
    <message>
        <location filename="../../models/resources.cpp" line="185"/>
        <source>The card terminal “%1” is not paired yet: finish pairing it in the payment provider&apos;s dashboard first.</source>
        <translation>Das Kartenterminal „%1“ ist noch nicht gekoppelt: Schließen Sie die Kopplung zuerst im Dashboard des Zahlungsanbieters ab.</translation>
    </message>
    <message>
        <location filename="../../models/resources.cpp" line="189"/>
        <source>The card terminal “%1” is suspended and cannot take payments.</source>
        <translation>Das Kartenterminal „%1“ ist gesperrt und kann keine Zahlungen annehmen.</translation>
    </message>
    <message>
        <location filename="../../models/resources.cpp" line="192"/>
        <source>The card terminal “%1” has not said that it is ready to take payments.</source>
        <translation>Das Kartenterminal „%1“ hat nicht gemeldet, dass es bereit ist, Zahlungen anzunehmen.</translation>
    </message>
    <message>
        <location filename="../../models/resources.cpp" line="196"/>
        <source>The card terminal “%1” cannot take payments while its state is %2.</source>
        <translation>Das Kartenterminal „%1“ kann keine Zahlungen annehmen, solange sein Status %2 ist.</translation>
    </message>
    <message>
        <location filename="../../models/resources.cpp" line="200"/>
        <source>The card terminal “%1” takes payments in %2 only, not in %3.</source>
        <translation>Das Kartenterminal „%1“ nimmt Zahlungen nur in %2 an, nicht in %3.</translation>
    </message>
    <message>
        <location filename="../../models/resources.cpp" line="201"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>DotsCodec</name>
    <message>
        <source>The answer is not JSON: %1 at byte %2.</source>
        <translation type="vanished">Die Antwort ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_codec.cpp" line="411"/>
        <source>The answer is not a list: it has no “data” array.</source>
        <translation>Die Antwort ist keine Liste: Es fehlt das Array „data“.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../models/drafts.cpp" line="24"/>
        <source>The %1 must be a UUID, such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>Die %1 muss eine UUID sein, z. B. 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="61"/>
        <source>The %1 must look like name@example.com.</source>
        <translation>Die %1 muss die Form name@example.com haben.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="71"/>
        <source>The %1 must be a web address starting with http:// or https://.</source>
        <translation>Die %1 muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="77"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="85"/>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="88"/>
        <source>%1 is in %2, but %3 takes payments in %4 only.</source>
        <translation>%1 ist in %2 angegeben, aber %3 akzeptiert nur Zahlungen in %4.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="103"/>
        <source>Enter a name for item %1.</source>
        <translation>Geben Sie einen Namen für Position %1 ein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="108"/>
        <source>Enter a price for item %1.</source>
        <translation>Geben Sie einen Preis für Position %1 ein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="112"/>
        <source>The price of item %1 must be more than zero.</source>
        <translation>Der Preis von Position %1 muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="117"/>
        <source>The price of item %1 must be in %2, like the first item.</source>
        <translation>Der Preis von Position %1 muss wie bei der ersten Position in %2 angegeben sein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="122"/>
        <source>The price of item %1</source>
        <translation>Der Preis von Position %1</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="128"/>
        <source>The quantity of item %1 must be at least 1.</source>
        <translation>Die Menge von Position %1 muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="132"/>
        <source>Item %1 costs too much: its price times its quantity is more than Paydesk can hold.</source>
        <translation>Position %1 ist zu teuer: Preis mal Menge ist mehr, als Paydesk verarbeiten kann.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="158"/>
        <source>Enter the account that receives transfer %1.</source>
        <translation>Geben Sie das Konto ein, das Überweisung %1 erhält.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="160"/>
        <source>The account of transfer %1 must be an account&apos;s name, such as accounts/acct_123.</source>
        <translation>Das Konto von Überweisung %1 muss ein Kontoname sein, z. B. accounts/acct_123.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="166"/>
        <source>Transfer %1 goes to the same account as transfer %2: make one transfer per account.</source>
        <translation>Überweisung %1 geht an dasselbe Konto wie Überweisung %2: Legen Sie pro Konto nur eine Überweisung an.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="175"/>
        <source>Enter an amount for transfer %1.</source>
        <translation>Geben Sie einen Betrag für Überweisung %1 ein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="178"/>
        <source>The amount of transfer %1 must be more than zero.</source>
        <translation>Der Betrag von Überweisung %1 muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="181"/>
        <source>Transfer %1 must be in %2, the currency of the payment.</source>
        <translation>Überweisung %1 muss in %2 sein, der Währung der Zahlung.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="196"/>
        <source>The transfers add up to more than the payment&apos;s %1.</source>
        <translation>Die Überweisungen ergeben zusammen mehr als die %1 der Zahlung.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="199"/>
        <source>The transfers add up to %1, more than the payment&apos;s %2.</source>
        <translation>Die Überweisungen ergeben zusammen %1, mehr als die %2 der Zahlung.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="245"/>
        <source>Enter either a person&apos;s first and last name or a business name, not both.</source>
        <translation>Geben Sie entweder den Vor- und Nachnamen einer Person oder einen Firmennamen ein, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="250"/>
        <source>Enter the customer&apos;s last name too, or a business name instead.</source>
        <translation>Geben Sie auch den Nachnamen des Kunden ein oder stattdessen einen Firmennamen.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="254"/>
        <source>Enter the customer&apos;s first name too, or a business name instead.</source>
        <translation>Geben Sie auch den Vornamen des Kunden ein oder stattdessen einen Firmennamen.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="258"/>
        <source>Enter the customer&apos;s first and last name, or a business name.</source>
        <translation>Geben Sie den Vor- und Nachnamen des Kunden oder einen Firmennamen ein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="262"/>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="267"/>
        <source>The phone country code must be 1 to 3 digits, such as 1 for the United States.</source>
        <translation>Die Ländervorwahl muss aus 1 bis 3 Ziffern bestehen, z. B. 1 für die USA.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="280"/>
        <source>Enter the first line of the address, or leave the whole address empty.</source>
        <translation>Geben Sie die erste Adresszeile ein oder lassen Sie die gesamte Adresse leer.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="282"/>
        <source>Enter the city, or leave the whole address empty.</source>
        <translation>Geben Sie den Ort ein oder lassen Sie die gesamte Adresse leer.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="284"/>
        <source>Enter the state, or leave the whole address empty.</source>
        <translation>Geben Sie das Bundesland ein oder lassen Sie die gesamte Adresse leer.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="286"/>
        <source>Enter the postcode, or leave the whole address empty.</source>
        <translation>Geben Sie die Postleitzahl ein oder lassen Sie die gesamte Adresse leer.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="288"/>
        <source>Enter the country, or leave the whole address empty.</source>
        <translation>Geben Sie das Land ein oder lassen Sie die gesamte Adresse leer.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="297"/>
        <source>The country must be a two-letter code, such as US.</source>
        <translation>Das Land muss ein Code aus zwei Buchstaben sein, z. B. US.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="313"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="316"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="318"/>
        <source>The amount</source>
        <translation>Der Betrag</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="330"/>
        <source>The customer must be a customer&apos;s name, such as accounts/acct_123/customers/cus_456.</source>
        <translation>Der Kunde muss als Kundenname angegeben werden, z. B. accounts/acct_123/customers/cus_456.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="333"/>
        <location filename="../../models/drafts.cpp" line="485"/>
        <source>customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="340"/>
        <source>Choose a payment method or a card terminal to confirm the payment now, or create it without confirming.</source>
        <translation>Wählen Sie eine Zahlungsmethode oder ein Kartenterminal, um die Zahlung sofort zu bestätigen, oder erstellen Sie sie ohne Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="342"/>
        <source>Choose a payment method to confirm the payment now, or create it without confirming.</source>
        <translation>Wählen Sie eine Zahlungsmethode, um die Zahlung sofort zu bestätigen, oder erstellen Sie sie ohne Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="346"/>
        <source>A card terminal takes the card presented there: leave the payment method empty.</source>
        <translation>Ein Kartenterminal nimmt die Karte, die dort vorgelegt wird: Lassen Sie die Zahlungsmethode leer.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="350"/>
        <source>The payment method must be a payment method&apos;s name, such as accounts/acct_123/payment-methods/pm_456.</source>
        <translation>Die Zahlungsmethode muss als Name einer Zahlungsmethode angegeben werden, z. B. accounts/acct_123/payment-methods/pm_456.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="354"/>
        <location filename="../../models/drafts.cpp" line="551"/>
        <source>payment method ID</source>
        <translation>ID der Zahlungsmethode</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="362"/>
        <source>%1 does not take payments on card terminals.</source>
        <translation>%1 nimmt keine Zahlungen an Kartenterminals an.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="365"/>
        <source>A card terminal takes the payment only when it is confirmed now: confirm it, or choose no terminal.</source>
        <translation>Ein Kartenterminal nimmt die Zahlung nur an, wenn sie sofort bestätigt wird: Bestätigen Sie sie, oder wählen Sie kein Terminal.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="368"/>
        <source>The card terminal must be a device&apos;s name, such as accounts/acct_123/devices/dvc_456.</source>
        <translation>Das Kartenterminal muss als Gerätename angegeben werden, z. B. accounts/acct_123/devices/dvc_456.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="380"/>
        <source>%1 does not take an application fee: pass a part of the payment on with a transfer instead.</source>
        <translation>%1 nimmt keine Plattformgebühr an: Geben Sie stattdessen einen Teil der Zahlung mit einer Überweisung weiter.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="384"/>
        <source>The application fee must be in %1, the currency of the amount.</source>
        <translation>Die Plattformgebühr muss in %1 angegeben sein, der Währung des Betrags.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="388"/>
        <source>The application fee cannot be negative.</source>
        <translation>Die Plattformgebühr darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="390"/>
        <source>The application fee cannot be more than the amount.</source>
        <translation>Die Plattformgebühr darf nicht höher als der Betrag sein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="396"/>
        <source>%1 has no transfer destination user: add a transfer to the receiving account instead.</source>
        <translation>%1 kennt keinen Zielbenutzer: Fügen Sie stattdessen eine Überweisung an das empfangende Konto hinzu.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="401"/>
        <source>destination user ID</source>
        <translation>ID des Zielbenutzers</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="406"/>
        <source>%1 does not keep a description for a payment: put it in the metadata instead.</source>
        <translation>%1 speichert keine Beschreibung zu einer Zahlung: Tragen Sie sie stattdessen in die Metadaten ein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="414"/>
        <source>%1 cannot pass parts of a payment on to other accounts.</source>
        <translation>%1 kann keine Teile einer Zahlung an andere Konten weitergeben.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="424"/>
        <source>%1 cannot save the payment method for later charges.</source>
        <translation>%1 kann die Zahlungsmethode nicht für spätere Belastungen speichern.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="428"/>
        <source>Choose a customer to save the payment method on, or do not save it for later.</source>
        <translation>Wählen Sie einen Kunden, bei dem die Zahlungsmethode gespeichert wird, oder speichern Sie sie nicht für später.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="456"/>
        <source>Add at least one item.</source>
        <translation>Fügen Sie mindestens eine Position hinzu.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="471"/>
        <source>The items add up to more than Paydesk can hold.</source>
        <translation>Die Positionen ergeben zusammen mehr, als Paydesk verarbeiten kann.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="476"/>
        <source>Enter the success URL: the web address the customer returns to after paying.</source>
        <translation>Geben Sie die Erfolgs-URL ein: die Webadresse, zu der der Kunde nach dem Bezahlen zurückkehrt.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="479"/>
        <source>success URL</source>
        <translation>Erfolgs-URL</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="481"/>
        <source>cancel URL</source>
        <translation>Abbruch-URL</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="484"/>
        <source>customer&apos;s email address</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="487"/>
        <source>%1 does not tie a checkout link to a customer: send the link to them yourself, or name them in the reference.</source>
        <translation>%1 verknüpft einen Checkout-Link nicht mit einem Kunden: Senden Sie den Link selbst an ihn, oder nennen Sie ihn in der Referenz.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="498"/>
        <source>%1 decides when its checkout links expire: leave the expiry out.</source>
        <translation>%1 bestimmt selbst, wann seine Checkout-Links ablaufen: Lassen Sie den Ablauf weg.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="503"/>
        <source>The link must expire within %1 seconds (3 hours); 0 is the shortest.</source>
        <translation>Der Link muss innerhalb von %1 Sekunden (3 Stunden) ablaufen; 0 ist der kürzeste Wert.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="522"/>
        <location filename="../../models/drafts.cpp" line="549"/>
        <source>payment ID</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="523"/>
        <source>Choose the payment to refund.</source>
        <translation>Wählen Sie die Zahlung aus, die erstattet werden soll.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="527"/>
        <source>Enter the amount to refund.</source>
        <translation>Geben Sie den zu erstattenden Betrag ein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="529"/>
        <source>The refund must be more than zero.</source>
        <translation>Die Rückerstattung muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="531"/>
        <source>The refund must be in %1, the currency of the payment.</source>
        <translation>Die Rückerstattung muss in %1 erfolgen, der Währung der Zahlung.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="534"/>
        <source>The refund cannot be more than the %1 left to refund.</source>
        <translation>Die Rückerstattung darf nicht höher sein als der noch erstattbare Betrag von %1.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="541"/>
        <source>The reason must be one of: %1.</source>
        <translation>Der Grund muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="550"/>
        <source>Choose the payment to confirm.</source>
        <translation>Wählen Sie die Zahlung aus, die bestätigt werden soll.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.cpp" line="552"/>
        <source>Choose a payment method to confirm the payment with.</source>
        <translation>Wählen Sie eine Zahlungsmethode, mit der die Zahlung bestätigt werden soll.</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <location filename="../../models/metadata.cpp" line="108"/>
        <source>Metadata can have at most %1 keys: the limit is %2, and Paydesk keeps %3 for itself.</source>
        <translation>Metadaten können höchstens %1 Schlüssel enthalten: Das Limit liegt bei %2, und Paydesk reserviert %3 davon für sich.</translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="113"/>
        <source>Metadata can have at most %1 keys.</source>
        <translation>Metadaten können höchstens %1 Schlüssel enthalten.</translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="120"/>
        <source>Every metadata value needs a key.</source>
        <translation>Jeder Metadatenwert braucht einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="123"/>
        <source>The metadata key “%1” starts or ends with a space.</source>
        <translation>Der Metadatenschlüssel „%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="125"/>
        <source>The metadata key “%1” is reserved for Paydesk: choose another key.</source>
        <translation>Der Metadatenschlüssel „%1“ ist für Paydesk reserviert: Wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="129"/>
        <source>The metadata key “%1” is longer than %2 characters.</source>
        <translation>Der Metadatenschlüssel „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../models/metadata.cpp" line="134"/>
        <source>The value of the metadata key “%1” is longer than %2 characters.</source>
        <translation>Der Wert des Metadatenschlüssels „%1“ ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../models/money.cpp" line="300"/>
        <source>Choose a currency.</source>
        <translation>Wählen Sie eine Währung.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="303"/>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="307"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="310"/>
        <source>Enter the amount as a number, such as %1.</source>
        <translation>Geben Sie den Betrag als Zahl ein, z. B. %1.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="313"/>
        <source>The amount has a thousands separator in the wrong place; write it like %1.</source>
        <translation>Der Betrag enthält ein Tausendertrennzeichen an der falschen Stelle; schreiben Sie ihn wie %1.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="346"/>
        <source>The amount has more than one decimal point.</source>
        <translation>Der Betrag enthält mehr als ein Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="361"/>
        <source>Enter the amount without a currency symbol or code.</source>
        <translation>Geben Sie den Betrag ohne Währungssymbol oder -code ein.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="364"/>
        <source>Write the amount out in full, without an exponent.</source>
        <translation>Schreiben Sie den Betrag vollständig aus, ohne Exponenten.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="378"/>
        <source>%1 amounts have no decimal places.</source>
        <translation>%1-Beträge haben keine Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="380"/>
        <source>%1 amounts have at most %2 decimal places.</source>
        <translation>%1-Beträge haben höchstens %2 Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="393"/>
        <source>The amount is too large: the most Paydesk can hold in %1 is %2.</source>
        <translation>Der Betrag ist zu hoch: Paydesk kann in %1 höchstens %2 verarbeiten.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="399"/>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../models/money.cpp" line="401"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../models/status.cpp" line="33"/>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="102"/>
        <source>Initialized</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="104"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="106"/>
        <source>Requires payment method</source>
        <translation>Zahlungsmethode erforderlich</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="108"/>
        <source>Requires confirmation</source>
        <translation>Bestätigung erforderlich</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="110"/>
        <source>Requires action</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="112"/>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="114"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="116"/>
        <source>Requires capture</source>
        <translation>Erfassung erforderlich</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="118"/>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="120"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="184"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="186"/>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="188"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="219"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="221"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="223"/>
        <source>Final</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../models/status.cpp" line="227"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>SynaptoPayCodec</name>
    <message>
        <location filename="../../network/synaptopay/synaptopay_codec.cpp" line="433"/>
        <source>The answer is not a list: its “%1” is not an array.</source>
        <translation>Die Antwort ist keine Liste: Ihr „%1“ ist kein Array.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_codec.cpp" line="464"/>
        <source>The answer is not a list: it has no “%1” array.</source>
        <translation>Die Antwort ist keine Liste: Es fehlt das Array „%1“.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_codec.cpp" line="471"/>
        <source>The answer is not a list: it is empty.</source>
        <translation>Die Antwort ist keine Liste: Sie ist leer.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_codec.cpp" line="504"/>
        <source>The answer is not JSON: %1 at byte %2.</source>
        <translation>Die Antwort ist kein JSON: %1 bei Byte %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="62"/>
        <source>Paydesk: take payments, send checkout links and review payment intents.</source>
        <translation>Paydesk: Zahlungen annehmen, Checkout-Links senden und Zahlungen prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="67"/>
        <source>Start on the built-in demo: a local sandbox with sample data.</source>
        <translation>Mit der integrierten Demo starten: einer lokalen Sandbox mit Beispieldaten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="70"/>
        <source>Open the profile NAME.</source>
        <translation>Das Profil NAME öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="74"/>
        <source>Number of payment intents the demo is seeded with.</source>
        <translation>Anzahl der Zahlungen, mit denen die Demo befüllt wird.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="78"/>
        <source>With --demo, open the demo of this provider: dots or synaptopay (both are a click away in the profile list).</source>
        <translation>Mit --demo die Demo dieses Anbieters öffnen: dots oder synaptopay (beide sind in der Profilliste nur einen Klick entfernt).</translation>
    </message>
</context>
<context>
    <name>paydesk::ApiError</name>
    <message>
        <location filename="../../network/api_error.cpp" line="14"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../network/api_error.cpp" line="71"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location filename="../../network/api_error.cpp" line="74"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <location filename="../../network/api_error.cpp" line="76"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
</context>
<context>
    <name>paydesk::AppController</name>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="58"/>
        <source>No such profile</source>
        <translation>Profil nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="59"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="127"/>
        <source>Starting the demo sandbox…</source>
        <translation>Demo-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="130"/>
        <source>The demo could not start</source>
        <translation>Die Demo konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="131"/>
        <source>Paydesk could not start its built-in sandbox: %1</source>
        <translation>Paydesk konnte die integrierte Sandbox nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="168"/>
        <source>A receipt from Paydesk&apos;s demo: no money moved.</source>
        <translation>Ein Beleg aus der Demo von Paydesk: Es ist kein Geld geflossen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="205"/>
        <source>The API key is not available</source>
        <translation>Der API-Schlüssel ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="206"/>
        <source>Paydesk could not read the API key of profile &quot;%1&quot;.</source>
        <translation>Paydesk konnte den API-Schlüssel des Profils „%1“ nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/app_controller.cpp" line="210"/>
        <source>Open Profiles…</source>
        <translation>Profile öffnen…</translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutLinkDialog</name>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="40"/>
        <source>New checkout link</source>
        <translation>Neuer Checkout-Link</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="43"/>
        <source>checkout link</source>
        <translation>Checkout-Link</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="49"/>
        <source>What the customer pays for</source>
        <translation>Was der Kunde bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="50"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="61"/>
        <source>https://shop.example.com/thanks</source>
        <translation>https://shop.example.com/thanks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="63"/>
        <source>Required. The web address the customer returns to after paying.</source>
        <translation>Erforderlich. Die Webadresse, zu der der Kunde nach dem Bezahlen zurückkehrt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="67"/>
        <source>Optional: where the customer goes on cancelling</source>
        <translation>Optional: wohin der Kunde beim Abbrechen gelangt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="74"/>
        <source>Optional: the chosen customer&apos;s email when empty</source>
        <translation>Optional: wenn leer, die E-Mail-Adresse des gewählten Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="81"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="82"/>
        <source>The link can be paid for this long: at most %1 minutes (3 hours).</source>
        <translation>So lange kann über den Link bezahlt werden: höchstens %1 Minuten (3 Stunden).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="87"/>
        <source>Optional: your order or invoice number</source>
        <translation>Optional: Ihre Bestell- oder Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="98"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="101"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="114"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="127"/>
        <source>&amp;Success URL:</source>
        <translation>&amp;Erfolgs-URL:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="128"/>
        <source>Ca&amp;ncel URL:</source>
        <translation>&amp;Abbruch-URL:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="130"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="132"/>
        <source>Customer &amp;email:</source>
        <translation>E-Ma&amp;il des Kunden:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="134"/>
        <source>E&amp;xpires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="142"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="143"/>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="144"/>
        <source>Success URL</source>
        <translation>Erfolgs-URL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="145"/>
        <source>Cancel URL</source>
        <translation>Abbruch-URL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="146"/>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="147"/>
        <source>Expires after, in minutes</source>
        <translation>Läuft ab nach (in Minuten)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="148"/>
        <source>Client reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="164"/>
        <source>Create &amp;link</source>
        <translation>Link ers&amp;tellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="166"/>
        <source>Create link</source>
        <translation>Link erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="169"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="224"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="249"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="298"/>
        <location filename="../../ui/dialogs/checkout_link_dialog.cpp" line="299"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutLinkView</name>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="20"/>
        <source>Checkout link</source>
        <translation>Checkout-Link</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="22"/>
        <source>Checkout link status</source>
        <translation>Status des Checkout-Links</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="29"/>
        <source>Checkout link details</source>
        <translation>Details des Checkout-Links</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="32"/>
        <source>Checkout session ID</source>
        <translation>ID der Checkout-Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="57"/>
        <source>the amount</source>
        <translation>den Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="60"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="61"/>
        <source>The customer paid %1 through the link.</source>
        <translation>Der Kunde hat %1 über den Link bezahlt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="64"/>
        <source>Link expired</source>
        <translation>Link abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="66"/>
        <source>The link expired before it was paid. Create a new one to take the payment.</source>
        <translation>Der Link ist abgelaufen, bevor er bezahlt wurde. Erstellen Sie einen neuen, um die Zahlung anzunehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="70"/>
        <source>Checkout link ready</source>
        <translation>Checkout-Link bereit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="72"/>
        <source>Send this link to the customer to pay %1.</source>
        <translation>Senden Sie diesen Link an den Kunden, um eine Zahlung über %1 anzufordern.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="73"/>
        <source>Send this link to %1 to pay %2.</source>
        <translation>Senden Sie diesen Link an %1, um eine Zahlung über %2 anzufordern.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="76"/>
        <source>It can be paid until %1. Paydesk shows the payment here and in the lists as soon as it is made.</source>
        <translation>Er kann bis %1 bezahlt werden. Paydesk zeigt die Zahlung hier und in den Listen an, sobald sie erfolgt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="80"/>
        <source>Paydesk shows the payment as soon as it is made.</source>
        <translation>Paydesk zeigt die Zahlung an, sobald sie erfolgt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_link_view.cpp" line="86"/>
        <source>Checkout session ID: %1</source>
        <translation>ID der Checkout-Sitzung: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutSessionTableModel</name>
    <message>
        <location filename="../../models/columns_checkout_sessions.cpp" line="23"/>
        <source>%1: a status this version of Paydesk does not know yet</source>
        <translation>%1: ein Status, den diese Version von Paydesk noch nicht kennt</translation>
    </message>
    <message>
        <location filename="../../models/columns_checkout_sessions.cpp" line="31"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../models/columns_checkout_sessions.cpp" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../models/columns_checkout_sessions.cpp" line="46"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../models/columns_checkout_sessions.cpp" line="67"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../models/columns_checkout_sessions.cpp" line="79"/>
        <source>Reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <location filename="../../models/columns_checkout_sessions.cpp" line="85"/>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../models/columns_checkout_sessions.cpp" line="93"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../models/columns_checkout_sessions.cpp" line="99"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutSessionsPage</name>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="22"/>
        <source>Checkout sessions</source>
        <translation>Checkout-Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="23"/>
        <source>checkout sessions</source>
        <translation>Checkout-Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="32"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="36"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="40"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="43"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="44"/>
        <source>Show QR code</source>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="47"/>
        <source>Copied the checkout link.</source>
        <translation>Checkout-Link kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="63"/>
        <source>Copied the checkout session id.</source>
        <translation>ID der Checkout-Sitzung kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="99"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="106"/>
        <source>%1 × %2: %3</source>
        <extracomment>A line item in the detail summary: quantity, name, and its total.</extracomment>
        <translation>%1 × %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="108"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="110"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="114"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="115"/>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="116"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="117"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="118"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="119"/>
        <source>Success URL</source>
        <translation>Erfolgs-URL</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="120"/>
        <source>Cancel URL</source>
        <translation>Abbruch-URL</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="123"/>
        <source>Metadata: %1</source>
        <extracomment>A metadata pair in the detail summary; %1 is its key.</extracomment>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="125"/>
        <source>Checkout link</source>
        <translation>Checkout-Link</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="126"/>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="127"/>
        <source>Payment ID</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="128"/>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="141"/>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <location filename="../../ui/checkout_sessions_page.cpp" line="144"/>
        <source>Checkout session</source>
        <translation>Checkout-Sitzung</translation>
    </message>
</context>
<context>
    <name>paydesk::ConfirmIntentDialog</name>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="33"/>
        <source>Confirm payment</source>
        <translation>Zahlung bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="34"/>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="40"/>
        <source>Payment to confirm</source>
        <translation>Zu bestätigende Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="54"/>
        <source>&amp;Pay with:</source>
        <translation>&amp;Bezahlen mit:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="69"/>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="71"/>
        <source>Charge %1</source>
        <translation>%1 belasten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="83"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="85"/>
        <source>%1 from %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="92"/>
        <source>This payment is not waiting to be confirmed.</source>
        <translation>Diese Zahlung wartet nicht auf eine Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="93"/>
        <source>It is %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="97"/>
        <source>This payment has no customer.</source>
        <translation>Diese Zahlung ist keinem Kunden zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="98"/>
        <source>Only a customer&apos;s saved payment methods can confirm it here: send the customer a checkout link instead.</source>
        <translation>Hier kann sie nur mit einer gespeicherten Zahlungsmethode eines Kunden bestätigt werden: Senden Sie dem Kunden stattdessen einen Checkout-Link.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="134"/>
        <source>Wait a moment: the customer&apos;s payment methods are still loading.</source>
        <translation>Einen Moment bitte: Die Zahlungsmethoden des Kunden werden noch geladen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="138"/>
        <source>This customer has no saved payment method: send a checkout link instead.</source>
        <translation>Dieser Kunde hat keine gespeicherte Zahlungsmethode: Senden Sie stattdessen einen Checkout-Link.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="144"/>
        <source>Confirming the payment…</source>
        <translation>Zahlung wird bestätigt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="152"/>
        <source>The payment was not confirmed.</source>
        <translation>Die Zahlung wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="178"/>
        <location filename="../../ui/dialogs/confirm_intent_dialog.cpp" line="179"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>paydesk::CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="26"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="27"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="35"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="36"/>
        <source>&amp;Business</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="39"/>
        <source>The customer is a person</source>
        <translation>Der Kunde ist eine Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="40"/>
        <source>The customer is a business</source>
        <translation>Der Kunde ist ein Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="60"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="65"/>
        <source>Phone country code</source>
        <translation>Ländervorwahl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="67"/>
        <source>The country calling code, digits only: 1 for the United States, 44 for the United Kingdom.</source>
        <translation>Die internationale Ländervorwahl, nur Ziffern: 49 für Deutschland, 43 für Österreich.</translation>
    </message>
    <message>
        <source>1</source>
        <translation type="vanished">49</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="70"/>
        <source>Code</source>
        <translation>Vorwahl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="76"/>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="77"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="82"/>
        <source>Customer is:</source>
        <translation>Kundentyp:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="84"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="85"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="86"/>
        <source>Business &amp;name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="87"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="94"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="95"/>
        <source>Plus sign of the country code</source>
        <translation>Pluszeichen der Ländervorwahl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="102"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="107"/>
        <source>Address (optional: fill in all of it or none)</source>
        <translation>Adresse (optional: vollständig oder gar nicht ausfüllen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="108"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="113"/>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="116"/>
        <source>Address line 2 (optional)</source>
        <translation>Adresszeile 2 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="125"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="126"/>
        <source>Two-letter country code, such as US.</source>
        <translation>Zweistelliger Ländercode, z. B. DE.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="128"/>
        <source>Two letters, such as US</source>
        <translation>Zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>US</source>
        <translation type="vanished">DE</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="131"/>
        <source>Line &amp;1:</source>
        <translation>Zeile &amp;1:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="133"/>
        <source>Line &amp;2:</source>
        <translation>Zeile &amp;2:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="134"/>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="135"/>
        <source>&amp;State:</source>
        <translation>&amp;Bundesland:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="136"/>
        <source>P&amp;ostcode:</source>
        <translation>Postleit&amp;zahl:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="137"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="145"/>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="155"/>
        <source>Create &amp;customer</source>
        <translation>&amp;Kunden erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="157"/>
        <source>Create customer</source>
        <translation>Kunden erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="159"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.cpp" line="236"/>
        <source>Enter the business name, or choose Person to enter a person&apos;s name.</source>
        <translation>Geben Sie den Firmennamen ein, oder wählen Sie „Person“, um den Namen einer Person einzugeben.</translation>
    </message>
</context>
<context>
    <name>paydesk::CustomerPicker</name>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="51"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="58"/>
        <source>Search by name, email or customer ID</source>
        <translation>Nach Name, E-Mail oder Kunden-ID suchen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="59"/>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="61"/>
        <source>Type part of a name, email or ID; choose from the list that drops down.</source>
        <translation>Geben Sie einen Teil eines Namens, einer E-Mail-Adresse oder einer ID ein; wählen Sie dann aus der aufklappenden Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="72"/>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="76"/>
        <source>Chosen customer</source>
        <translation>Ausgewählter Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="134"/>
        <source>Pick a customer from the list or clear the field.</source>
        <translation>Wählen Sie einen Kunden aus der Liste oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="217"/>
        <source>No loaded customer matches “%1”.</source>
        <translation>Kein geladener Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="219"/>
        <source>No customer chosen.</source>
        <translation>Kein Kunde ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="227"/>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.cpp" line="235"/>
        <source>Chosen: customer %1 (not in the loaded list)</source>
        <translation>Ausgewählt: Kunde %1 (nicht in der geladenen Liste)</translation>
    </message>
</context>
<context>
    <name>paydesk::CustomerTableModel</name>
    <message>
        <location filename="../../models/columns_customers.cpp" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../models/columns_customers.cpp" line="40"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../models/columns_customers.cpp" line="42"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../models/columns_customers.cpp" line="49"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../models/columns_customers.cpp" line="56"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../models/columns_customers.cpp" line="63"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>paydesk::CustomersPage</name>
    <message>
        <location filename="../../ui/customers_page.cpp" line="13"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="13"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="19"/>
        <source>Take a payment…</source>
        <translation>Zahlung annehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="20"/>
        <source>Send a checkout link…</source>
        <translation>Checkout-Link senden…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="21"/>
        <source>Show payments</source>
        <translation>Zahlungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="22"/>
        <source>Show this customer&apos;s payment intents</source>
        <translation>Zahlungen dieses Kunden anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="39"/>
        <source>Copied the customer id.</source>
        <translation>Kunden-ID kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="67"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="68"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="70"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="71"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="73"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="73"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="78"/>
        <source>Metadata: %1</source>
        <extracomment>A metadata pair in the detail summary; %1 is its key.</extracomment>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.cpp" line="80"/>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
</context>
<context>
    <name>paydesk::DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.cpp" line="32"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.cpp" line="33"/>
        <source>Type a date like %1 or %2, or pick one in the calendar</source>
        <translation>Ein Datum wie %1 oder %2 eingeben oder im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.cpp" line="39"/>
        <location filename="../../ui/widgets/date_field.cpp" line="40"/>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.cpp" line="120"/>
        <source>Not a date: type one like %1</source>
        <translation>Kein Datum: eines wie %1 eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.cpp" line="121"/>
        <source>Not a date: type one like %1 or %2</source>
        <translation>Kein Datum: eines wie %1 oder %2 eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.cpp" line="143"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>paydesk::DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="91"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="91"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="94"/>
        <source>Fields of the selected object</source>
        <translation>Felder des ausgewählten Objekts</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="97"/>
        <source>Raw JSON of the selected object</source>
        <translation>JSON-Rohdaten des ausgewählten Objekts</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="101"/>
        <source>Summary of the selected object</source>
        <translation>Zusammenfassung des ausgewählten Objekts</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="102"/>
        <location filename="../../ui/detail_pane.cpp" line="103"/>
        <location filename="../../ui/detail_pane.cpp" line="280"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="104"/>
        <source>Raw JSON</source>
        <translation>JSON-Rohdaten</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="117"/>
        <source>Actions on the selected object</source>
        <translation>Aktionen für das ausgewählte Objekt</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="121"/>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="215"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="216"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="217"/>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="271"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="272"/>
        <source>Sent by the API but not known to this version of Paydesk.</source>
        <translation>Von der API gesendet, aber dieser Version von Paydesk nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.cpp" line="280"/>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
</context>
<context>
    <name>paydesk::DevicePicker</name>
    <message>
        <location filename="../../ui/widgets/device_picker.cpp" line="30"/>
        <source>Load again</source>
        <translation>Erneut laden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/device_picker.cpp" line="32"/>
        <location filename="../../ui/widgets/device_picker.cpp" line="33"/>
        <source>Card terminal</source>
        <translation>Kartenterminal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/device_picker.cpp" line="38"/>
        <source>Card terminal status</source>
        <translation>Status der Kartenterminals</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/device_picker.cpp" line="39"/>
        <source>Load the card terminals again</source>
        <translation>Kartenterminals erneut laden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/device_picker.cpp" line="64"/>
        <source>Loading the card terminals…</source>
        <translation>Kartenterminals werden geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/device_picker.cpp" line="73"/>
        <source>Could not load the card terminals: %1</source>
        <translation>Die Kartenterminals konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/device_picker.cpp" line="78"/>
        <source>This account has no card terminals. Charge a saved card or send a checkout link instead.</source>
        <translation>Dieses Konto hat keine Kartenterminals. Belasten Sie stattdessen eine gespeicherte Karte oder senden Sie einen Checkout-Link.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/device_picker.cpp" line="154"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>paydesk::DotsProvider</name>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="53"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="72"/>
        <source>payment intent</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="94"/>
        <source>checkout session</source>
        <translation>Checkout-Sitzung</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="116"/>
        <source>payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="133"/>
        <source>refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="249"/>
        <source>Dots said: %1</source>
        <translation>Dots meldete: %1</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="255"/>
        <source>Dots did not accept the %1 (%2). Check the fields and try again.</source>
        <translation>Dots hat die Angaben nicht akzeptiert (%1, %2). Prüfen Sie die Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="258"/>
        <source>Dots did not accept the %1: %2</source>
        <translation>Dots hat die Angaben nicht akzeptiert (%1): %2</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="261"/>
        <source>Dots did not accept this profile&apos;s client id and API key (401). Check them in Profiles; sandbox and production keys are different.</source>
        <translation>Dots hat die Client-ID und den API-Schlüssel dieses Profils nicht akzeptiert (401). Prüfen Sie sie in den Profilen; Sandbox- und Produktionsschlüssel sind verschieden.</translation>
    </message>
    <message numerus="yes">
        <source>Dots is limiting how fast requests may come (429). Try again in %n second(s).</source>
        <translation type="vanished">
            <numerusform>Dots begrenzt die Anzahl der Anfragen (429). Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Dots begrenzt die Anzahl der Anfragen (429). Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="283"/>
        <source>Dots is limiting how fast requests may come (429). Wait a moment and try again.</source>
        <translation>Dots begrenzt die Anzahl der Anfragen (429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="298"/>
        <source>Dots sent an answer about the %1 that Paydesk could not read. Try again; if it keeps happening, the API may have changed.</source>
        <translation>Dots hat eine Antwort gesendet, die Paydesk nicht lesen konnte (%1). Versuchen Sie es erneut; wenn das weiterhin auftritt, hat sich möglicherweise die API geändert.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="383"/>
        <source>look for the %1 just created</source>
        <translation>nach dem soeben erstellten Eintrag suchen (%1)</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="436"/>
        <source>Paydesk checked: nothing was created, so it is safe to try again.</source>
        <translation>Paydesk hat nachgesehen: Es wurde nichts erstellt, Sie können es gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="268"/>
        <source>Dots refused access to the %1 (403). The API key may lack this permission, or an organisation key may need an app id.</source>
        <translation>Dots hat den Zugriff verweigert (%1, 403). Dem API-Schlüssel fehlt vielleicht diese Berechtigung, oder ein Organisationsschlüssel braucht eine App-ID.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="271"/>
        <source>Dots refused access to the %1 (403): %2. The API key may lack this permission, or an organisation key may need an app id.</source>
        <translation>Dots hat den Zugriff verweigert (%1, 403): %2. Dem API-Schlüssel fehlt vielleicht diese Berechtigung, oder ein Organisationsschlüssel braucht eine App-ID.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="276"/>
        <source>The %1 was not found on Dots (404).</source>
        <translation>Nicht bei Dots gefunden (%1, 404).</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="280"/>
        <source>Dots is limiting how fast requests may come (429). Try again in %1.</source>
        <translation>Dots begrenzt, wie schnell Anfragen kommen dürfen (429). Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="290"/>
        <source>Dots had a problem answering (%1). Try again in a moment; if it keeps happening, check Dots&apos; status page.</source>
        <translation>Dots hatte ein Problem beim Antworten (%1). Versuchen Sie es gleich noch einmal; wenn es wieder passiert, sehen Sie auf der Statusseite von Dots nach.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="293"/>
        <source>Dots had a problem answering (%1): %2. Try again in a moment; if it keeps happening, check Dots&apos; status page.</source>
        <translation>Dots hatte ein Problem beim Antworten (%1): %2. Versuchen Sie es gleich noch einmal; wenn es wieder passiert, sehen Sie auf der Statusseite von Dots nach.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="304"/>
        <source>Dots refused the request for the %1 (%2).</source>
        <translation>Dots hat die Anfrage abgelehnt (%1, %2).</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="426"/>
        <source>Paydesk found it by its request id.</source>
        <translation>Paydesk hat ihn anhand seiner Anfrage-ID gefunden.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="450"/>
        <source>The server does not show a request id on %1 that could be it: %2. Look at them before creating it again.</source>
        <translation>Der Server zeigt bei %1, die es sein könnten, keine Anfrage-ID: %2. Sehen Sie sich diese an, bevor Sie ihn erneut anlegen.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="453"/>
        <source>one %1</source>
        <translation>einem Eintrag (%1)</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="454"/>
        <source>%1 objects</source>
        <translation>%1 Einträgen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="457"/>
        <source>Paydesk could not find out whether the %1 was created. Before creating it again, look for a %1 whose metadata has %2 = %3.</source>
        <translation>Paydesk konnte nicht feststellen, ob der Eintrag (%1) erstellt wurde. Bevor Sie ihn erneut anlegen, suchen Sie nach einem Eintrag vom Typ %1, dessen Metadaten %2 = %3 enthalten.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="473"/>
        <source>read what existed before the %1</source>
        <translation>lesen, was vor dem Eintrag (%1) bestand</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="542"/>
        <source>The request was sent before you cancelled, so the %1 may exist. Look for a %1 whose metadata has %2 = %3 before creating it again.</source>
        <translation>Die Anfrage wurde gesendet, bevor Sie abgebrochen haben; der Eintrag (%1) existiert daher möglicherweise. Suchen Sie nach einem Eintrag vom Typ %1, dessen Metadaten %2 = %3 enthalten, bevor Sie ihn erneut erstellen.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="596"/>
        <source>list customers</source>
        <translation>Kunden auflisten</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="603"/>
        <source>read customer</source>
        <translation>Kunden abrufen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="623"/>
        <source>create customer</source>
        <translation>Kunden erstellen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="660"/>
        <source>list payment intents</source>
        <translation>Zahlungen auflisten</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="667"/>
        <source>read payment intent</source>
        <translation>Zahlung abrufen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="682"/>
        <source>create payment intent</source>
        <translation>Zahlung erstellen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="708"/>
        <source>confirm payment intent</source>
        <translation>Zahlung bestätigen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="732"/>
        <source>Paydesk checked: the payment intent was not confirmed, so it is safe to confirm it again.</source>
        <translation>Paydesk hat nachgesehen: Die Zahlung wurde nicht bestätigt, Sie können sie gefahrlos erneut bestätigen.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="736"/>
        <source>Paydesk could not find out whether the confirmation went through; refresh the payment intent before confirming it again.</source>
        <translation>Paydesk konnte nicht feststellen, ob die Bestätigung angekommen ist. Aktualisieren Sie die Zahlung, bevor Sie sie erneut bestätigen.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="755"/>
        <source>list checkout sessions</source>
        <translation>Checkout-Sitzungen auflisten</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="762"/>
        <source>read checkout session</source>
        <translation>Checkout-Sitzung abrufen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="778"/>
        <source>create checkout session</source>
        <translation>Checkout-Sitzung erstellen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="795"/>
        <source>list payment methods</source>
        <translation>Zahlungsmethoden auflisten</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="802"/>
        <source>read payment method</source>
        <translation>Zahlungsmethode abrufen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="810"/>
        <source>list refunds</source>
        <translation>Rückerstattungen auflisten</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="816"/>
        <source>read refund</source>
        <translation>Rückerstattung abrufen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="844"/>
        <source>Paydesk reads the payment intent and its latest refunds before refunding, and could not, so nothing was sent. %1</source>
        <translation>Paydesk liest vor einer Erstattung die Zahlung und ihre letzten Erstattungen und konnte das nicht, daher wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="880"/>
        <source>The server does not show request ids on refunds: Paydesk found the one refund of this amount on this payment intent made since it was sent.</source>
        <translation>Der Server zeigt bei Erstattungen keine Anfrage-ID: Paydesk hat die eine Erstattung dieses Betrags für diese Zahlung gefunden, die seit dem Senden entstanden ist.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="885"/>
        <source>create refund</source>
        <translation>Rückerstattung erstellen</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="923"/>
        <source>The payment intent&apos;s refunded amount is what it was before.</source>
        <translation>Der erstattete Betrag der Zahlung ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../network/dots/dots_provider.cpp" line="935"/>
        <source>Paydesk could not find out whether the refund was made: the payment intent&apos;s refunded amount changed by %1 since the refund was sent, which the refunds Paydesk can see do not explain. Look at the payment intent&apos;s refunds before refunding again.</source>
        <translation>Paydesk konnte nicht feststellen, ob die Erstattung erfolgt ist: Der erstattete Betrag der Zahlung hat sich seit dem Senden um %1 geändert, was die für Paydesk sichtbaren Erstattungen nicht erklären. Sehen Sie sich die Erstattungen der Zahlung an, bevor Sie erneut erstatten.</translation>
    </message>
</context>
<context>
    <name>paydesk::EnvironmentBanner</name>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="27"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="40"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>You are trying Paydesk on its built-in sandbox with sample data. No real money moves and nothing leaves this computer.</source>
        <translation type="vanished">Sie testen Paydesk mit der integrierten Sandbox und Beispieldaten. Es fließt kein echtes Geld, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="41"/>
        <source>You are trying Paydesk with %1 on its built-in sandbox with sample data. No real money moves and nothing leaves this computer.</source>
        <translation>Sie testen Paydesk mit %1 in der eingebauten Sandbox mit Beispieldaten. Es wird kein echtes Geld bewegt und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="46"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="48"/>
        <source>Test mode: %1&apos;s sandbox. No real money moves.</source>
        <translation>Testmodus: Sandbox von %1. Es fließt kein echtes Geld.</translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="52"/>
        <source>LOCAL SANDBOX</source>
        <translation>LOKALE SANDBOX</translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="52"/>
        <source>CUSTOM SERVER</source>
        <translation>EIGENER SERVER</translation>
    </message>
    <message>
        <location filename="../../ui/environment_banner.cpp" line="53"/>
        <source>Connected to %1, not the provider&apos;s production API.</source>
        <translation>Verbunden mit %1, nicht mit der Produktions-API des Anbieters.</translation>
    </message>
</context>
<context>
    <name>paydesk::FinanceOverview</name>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="70"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="72"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="74"/>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="76"/>
        <source>Failed or canceled</source>
        <translation>Fehlgeschlagen oder storniert</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="80"/>
        <source>Other status</source>
        <translation>Anderer Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/finance_overview.cpp" line="124"/>
        <source>%n payment intent(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="134"/>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="152"/>
        <source>Currency charted</source>
        <translation>Dargestellte Währung</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="157"/>
        <source>Back to the previous dates</source>
        <translation>Zurück zum vorherigen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="158"/>
        <source>Bring back the dates the table showed before a bar was clicked</source>
        <translation>Den Zeitraum wiederherstellen, den die Tabelle vor dem Klick auf einen Balken zeigte</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="164"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="165"/>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>Das Diagramm als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="168"/>
        <source>As PNG image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="170"/>
        <source>As SVG image…</source>
        <translation>Als SVG-Bild…</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="207"/>
        <source>Payment volume chart</source>
        <translation>Diagramm des Zahlungsvolumens</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="208"/>
        <source>The totals table holds the same figures as text.</source>
        <translation>Die Summentabelle enthält dieselben Zahlen als Text.</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="405"/>
        <source>Payment volume per day in %1, %2 to %3</source>
        <extracomment>The chart&apos;s title: %1 the currency, %2 and %3 the first and last day.</extracomment>
        <translation>Zahlungsvolumen pro Tag in %1, %2 bis %3</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="407"/>
        <source>Payment volume per week in %1, %2 to %3</source>
        <translation>Zahlungsvolumen pro Woche in %1, %2 bis %3</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="409"/>
        <source>Payment volume per month in %1, %2 to %3</source>
        <translation>Zahlungsvolumen pro Monat in %1, %2 bis %3</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="420"/>
        <source>Not in the chart: %1 without a creation date.</source>
        <translation>Nicht im Diagramm: %1 ohne Erstellungsdatum.</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="422"/>
        <source>Not in the chart: %1 without an amount.</source>
        <translation>Nicht im Diagramm: %1 ohne Betrag.</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="429"/>
        <source>No payment intents shown: nothing to chart.</source>
        <translation>Keine Zahlungen angezeigt: nichts darzustellen.</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="430"/>
        <source>None of the payment intents shown has a date and an amount to chart.</source>
        <translation>Keine der angezeigten Zahlungen hat ein Datum und einen Betrag, die sich darstellen ließen.</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="472"/>
        <source>Week, from %1</source>
        <extracomment>The axis of a chart by week; %1 is the day weeks start on (&quot;Monday&quot;).</extracomment>
        <translation>Woche, ab %1</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="474"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="476"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="487"/>
        <source>%1 to %2</source>
        <extracomment>A week in the chart&apos;s tooltip: its first and last day.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="503"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="509"/>
        <source>%1, %2</source>
        <extracomment>A bar&apos;s tooltip: %1 how many payment intents (&quot;3 payment intents&quot;), %2 their sum.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="517"/>
        <source>Refunded: %1</source>
        <translation>Erstattet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="524"/>
        <source>%1: %2, %3</source>
        <extracomment>A bar&apos;s tooltip: %1 an outcome (&quot;Succeeded&quot;), %2 how many, %3 what they keep.</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="529"/>
        <source>Click to show these payment intents in the table.</source>
        <translation>Klicken, um diese Zahlungen in der Tabelle zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="622"/>
        <source>Payment volume by outcome: %1</source>
        <extracomment>Described in the saved SVG file; %1 lists the parts of a bar (&quot;Succeeded, Waiting&quot;).</extracomment>
        <translation>Zahlungsvolumen nach Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="638"/>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="638"/>
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="641"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="641"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="653"/>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/finance_overview.cpp" line="654"/>
        <source>Paydesk could not write %1: %2</source>
        <translation>Paydesk konnte %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>paydesk::FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="15"/>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="33"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Connect a Dots account</source>
        <translation type="vanished">Dots-Konto verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="17"/>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="18"/>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="19"/>
        <source>Welcome to Paydesk</source>
        <translation>Willkommen bei Paydesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="24"/>
        <source>Take payments, send checkout links and review what was paid. How would you like to start?</source>
        <translation>Zahlungen annehmen, Checkout-Links senden und Zahlungseingänge prüfen. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="28"/>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="31"/>
        <source>Explore Paydesk with sample customers and payments on this computer. No account and no network needed; nothing is real.</source>
        <translation>Lernen Sie Paydesk mit Beispielkunden und -zahlungen auf diesem Computer kennen. Kein Konto und kein Netzwerk nötig; nichts davon ist echt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="39"/>
        <source>Connect a %1 account</source>
        <extracomment>%1 is a payment provider: &quot;Connect a SynaptoPay account&quot;.</extracomment>
        <translation>%1-Konto verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="43"/>
        <source>Enter your %1 account (acct_…) and its API key. The key is kept in your system keychain, never in a file.</source>
        <translation>Geben Sie Ihr %1-Konto (acct_…) und seinen API-Schlüssel ein. Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="46"/>
        <source>Enter your %1 client ID and API key. The key is kept in your system keychain, never in a file.</source>
        <translation>Geben Sie Ihre %1-Client-ID und Ihren API-Schlüssel ein. Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Enter your Dots client ID and API key. The key is kept in your system keychain, never in a file.</source>
        <translation type="vanished">Geben Sie Ihre Dots-Client-ID und Ihren API-Schlüssel ein. Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="57"/>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="58"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.cpp" line="59"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>paydesk::FlowDialog</name>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.h" line="172"/>
        <source>Creating the %1…</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.h" line="194"/>
        <source>The server&apos;s answer was lost, but Paydesk found the %1 it created.</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>Die Antwort des Servers ging verloren, aber Paydesk hat das Ergebnis gefunden: %1 wurde erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.h" line="196"/>
        <source>It was created once; nothing was sent twice.</source>
        <translation>Der Vorgang wurde nur einmal ausgeführt; nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.h" line="211"/>
        <source>Checking whether the %1 was created…</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>%1: Erstellung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="39"/>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="163"/>
        <source>%1 error</source>
        <translation>%1: Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="201"/>
        <source>Nothing was sent: please correct the highlighted fields.</source>
        <translation>Es wurde nichts gesendet: Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="257"/>
        <source>The server refused it: see the highlighted field.</source>
        <translation>Der Server hat die Anfrage abgelehnt: Prüfen Sie das markierte Feld.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="262"/>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="293"/>
        <source>&amp;Try again</source>
        <translation>Erneut ve&amp;rsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="274"/>
        <source>The %1 was not created: the server refused it.</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>%1 wurde nicht erstellt: Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="275"/>
        <source>See the highlighted field, correct it, and try again.</source>
        <translation>Korrigieren Sie das markierte Feld, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="285"/>
        <source>Paydesk checked: the %1 was not created, so it is safe to try again.</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>Paydesk hat geprüft: %1 wurde nicht erstellt. Sie können es also gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="286"/>
        <source>Nothing was created, and everything you typed is still here.</source>
        <translation>Es wurde nichts erstellt, und alle Ihre Eingaben sind noch vorhanden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="290"/>
        <source>Nothing was created, and everything you typed is still here. You can try again.</source>
        <translation>Es wurde nichts erstellt, und alle Ihre Eingaben sind noch vorhanden. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="305"/>
        <source>What happened: %1</source>
        <translation>Was passiert ist: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="314"/>
        <source>Request ID: %1</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="302"/>
        <source>Paydesk could not find out whether the %1 was created.</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>%1: Paydesk konnte nicht feststellen, ob die Erstellung erfolgreich war.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="316"/>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="319"/>
        <source>Check again whether the %1 was created</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>Erneut prüfen, ob die Erstellung erfolgreich war (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="351"/>
        <source>Check again first: the last attempt may have created the %1.</source>
        <translation>Prüfen Sie zuerst erneut: Der letzte Versuch war möglicherweise bereits erfolgreich (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="419"/>
        <source>Discard what you typed?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="422"/>
        <source>Discard the %1 you typed?</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>Ihre Eingaben verwerfen (%1)?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="424"/>
        <source>Nothing was sent. If you close now, what you typed is lost.</source>
        <translation>Es wurde nichts gesendet. Wenn Sie jetzt schließen, gehen Ihre Eingaben verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="425"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="426"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="427"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="428"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="447"/>
        <source>Still waiting for the answer</source>
        <translation>Antwort steht noch aus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="450"/>
        <source>Paydesk has sent the %1 and is waiting for the answer.</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>%1: Paydesk hat die Anfrage gesendet und wartet auf die Antwort.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="455"/>
        <source>If you close now, Paydesk still takes the answer: a %1 that was created appears in the lists, and if it was not, this window opens again to say so.</source>
        <extracomment>%1 names what this dialog creates, as set by setNoun() (&quot;payment&quot;, &quot;refund&quot;, &quot;checkout link&quot;, &quot;customer&quot;); word it so no article is needed.</extracomment>
        <translation>Wenn Sie jetzt schließen, verarbeitet Paydesk die Antwort trotzdem: Bei Erfolg erscheint der neue Eintrag (%1) in den Listen; andernfalls öffnet sich dieses Fenster erneut mit einem Hinweis.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="458"/>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Weiter warten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="459"/>
        <source>C&amp;lose anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="460"/>
        <source>Keep waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flow_dialog.cpp" line="461"/>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
</context>
<context>
    <name>paydesk::FormErrors</name>
    <message>
        <location filename="../../ui/widgets/form_errors.cpp" line="33"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_errors.cpp" line="283"/>
        <source>The server refused this: %1</source>
        <translation>Der Server hat dies abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_errors.cpp" line="563"/>
        <source>Please correct the following:</source>
        <translation>Bitte korrigieren Sie Folgendes:</translation>
    </message>
</context>
<context>
    <name>paydesk::HttpExchange</name>
    <message>
        <location filename="../../network/http_transport.cpp" line="134"/>
        <source>Paydesk only talks to %1 over HTTPS. Change the profile&apos;s base URL to start with https:// (plain http:// is allowed for this machine only).</source>
        <translation>Paydesk kommuniziert mit %1 nur über HTTPS. Ändern Sie die Basis-URL des Profils so, dass sie mit https:// beginnt (einfaches http:// ist nur für diesen Rechner erlaubt).</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="318"/>
        <source>Could not find %1. Check your internet connection and the profile&apos;s base URL.</source>
        <translation>%1 wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und die Basis-URL des Profils.</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="321"/>
        <source>Could not connect to %1. Check your internet connection, or whether the server is running.</source>
        <translation>Keine Verbindung zu %1 möglich. Prüfen Sie Ihre Internetverbindung oder ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="328"/>
        <source>The secure connection to %1 failed (%2). Paydesk does not ignore certificate problems; check the system date and any proxy.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Paydesk ignoriert keine Zertifikatsprobleme; prüfen Sie das Systemdatum und einen eventuellen Proxy.</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="339"/>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="215"/>
        <source>%1 did not finish answering within %2. Check your connection and try again.</source>
        <translation>%1 hat nicht innerhalb von %2 fertig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="303"/>
        <source>%1 did not answer for %2. Check your connection and try again.</source>
        <translation>%1 hat %2 lang nicht geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="345"/>
        <source>The connection to %1 was lost before an answer came.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="356"/>
        <source>%1 redirected the request to %2. Paydesk does not follow API redirects to another address; check the profile&apos;s base URL.</source>
        <translation>%1 hat die Anfrage an %2 umgeleitet. Paydesk folgt keinen API-Weiterleitungen an eine andere Adresse; prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="359"/>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="379"/>
        <source>the server asked to slow down (429)</source>
        <translation>der Server bittet um weniger Anfragen (429)</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="380"/>
        <source>the server had a problem (%1)</source>
        <translation>der Server hatte ein Problem (%1)</translation>
    </message>
    <message>
        <location filename="../../network/http_transport.cpp" line="383"/>
        <source>the answer was cut off</source>
        <translation>die Antwort war unvollständig</translation>
    </message>
</context>
<context>
    <name>paydesk::KeyResolver</name>
    <message>
        <location filename="../../services/key_resolver.cpp" line="15"/>
        <source>No API key is stored for “%1”.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>paydesk::KeychainCredentialStore</name>
    <message>
        <location filename="../../network/credential_store.cpp" line="20"/>
        <source>No API key is stored for profile &quot;%1&quot;. Enter it in Profiles, or run paydesk-cli login --profile &quot;%1&quot;.</source>
        <translation>Für das Profil &quot;%1&quot; ist kein API-Schlüssel gespeichert. Geben Sie ihn in den Profilen ein oder führen Sie paydesk-cli login --profile &quot;%1&quot; aus.</translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="27"/>
        <source>The keychain refused access to the API key (%1). Unlock your keychain (for example by logging in to the desktop again) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den API-Schlüssel verweigert (%1). Entsperren Sie Ihren Schlüsselbund (zum Beispiel, indem Sie sich erneut am Desktop anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="48"/>
        <source>The system keychain is not available (%1). Paydesk keeps API keys only in a keychain: install and start a Secret Service provider such as gnome-keyring, unlock it, and try again, or keep the key in memory for this run only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Paydesk speichert API-Schlüssel ausschließlich in einem Schlüsselbund: Installieren und starten Sie einen Anbieter für Secret Service wie gnome-keyring, entsperren Sie ihn und versuchen Sie es erneut, oder behalten Sie den Schlüssel nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="52"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="77"/>
        <source>The keychain did not answer. Check that a Secret Service provider such as gnome-keyring is running and unlocked, or keep the key in memory for this run only.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet. Prüfen Sie, ob ein Anbieter für Secret Service wie gnome-keyring läuft und entsperrt ist, oder behalten Sie den Schlüssel nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="108"/>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>paydesk::LineItemsEditor</name>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="40"/>
        <source>&amp;Add item</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="43"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="45"/>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="45"/>
        <source>Description (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="45"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="45"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="60"/>
        <source>Add an item</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="62"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="101"/>
        <source>What the customer pays for</source>
        <translation>Was der Kunde bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="203"/>
        <source>Item %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="207"/>
        <source>Item %1: Quantity must be at least 1.</source>
        <translation>Position %1: Die Menge muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="315"/>
        <source>No items yet</source>
        <translation>Noch keine Positionen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="318"/>
        <source>The items add up to more than Paydesk can hold.</source>
        <translation>Die Summe der Positionen übersteigt, was Paydesk verarbeiten kann.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/line_items_editor.cpp" line="321"/>
        <source>Total: %1 so far (%n item(s) without a valid price)</source>
        <translation>
            <numerusform>Summe bisher: %1 (%n Position ohne gültigen Preis)</numerusform>
            <numerusform>Summe bisher: %1 (%n Positionen ohne gültigen Preis)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="325"/>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="336"/>
        <source>Item %1 name</source>
        <translation>Name von Position %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="337"/>
        <source>Item %1 description</source>
        <translation>Beschreibung von Position %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="338"/>
        <source>Item %1 unit price</source>
        <translation>Stückpreis von Position %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="339"/>
        <source>Item %1 quantity</source>
        <translation>Menge von Position %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="340"/>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="341"/>
        <source>Remove item %1</source>
        <translation>Position %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/line_items_editor.cpp" line="342"/>
        <source>Item %1 error</source>
        <translation>Fehler in Position %1</translation>
    </message>
</context>
<context>
    <name>paydesk::LinkPanel</name>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="31"/>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="32"/>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="33"/>
        <location filename="../../ui/widgets/link_panel.cpp" line="101"/>
        <source>Show &amp;QR code</source>
        <translation>&amp;QR-Code anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="34"/>
        <source>&amp;Save QR code…</source>
        <translation>QR-Code &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="38"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="40"/>
        <source>Link address</source>
        <translation>Linkadresse</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="42"/>
        <source>Copy the link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="43"/>
        <source>Open the link in the browser</source>
        <translation>Link im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="44"/>
        <location filename="../../ui/widgets/link_panel.cpp" line="102"/>
        <source>Show the QR code</source>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="46"/>
        <source>Save the QR code as an image</source>
        <translation>QR-Code als Bild speichern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="49"/>
        <source>Link status</source>
        <translation>Linkstatus</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="101"/>
        <source>Hide &amp;QR code</source>
        <translation>&amp;QR-Code ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="102"/>
        <source>Hide the QR code</source>
        <translation>QR-Code ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="117"/>
        <source>Could not save the QR code to %1.</source>
        <translation>Der QR-Code konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="120"/>
        <source>QR code saved to %1.</source>
        <translation>QR-Code unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="127"/>
        <source>Link copied to the clipboard.</source>
        <translation>Link in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="134"/>
        <source>No browser could be started. Copy the link and open it yourself.</source>
        <translation>Es konnte kein Browser gestartet werden. Kopieren Sie den Link und öffnen Sie ihn selbst.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="140"/>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_panel.cpp" line="143"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>paydesk::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="54"/>
        <source>payment intents</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="56"/>
        <source>checkout sessions</source>
        <translation>Checkout-Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="60"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="81"/>
        <location filename="../../ui/main_window.cpp" line="612"/>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="84"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="93"/>
        <location filename="../../ui/main_window.cpp" line="224"/>
        <location filename="../../ui/main_window.cpp" line="570"/>
        <source>Payment intents</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="95"/>
        <location filename="../../ui/main_window.cpp" line="224"/>
        <location filename="../../ui/main_window.cpp" line="571"/>
        <source>Checkout sessions</source>
        <translation>Checkout-Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="97"/>
        <location filename="../../ui/main_window.cpp" line="224"/>
        <location filename="../../ui/main_window.cpp" line="572"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="108"/>
        <source>Export %1 to CSV…</source>
        <translation>%1 als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="151"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="158"/>
        <source>Take a payment…</source>
        <translation>Zahlung annehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="160"/>
        <source>Take a payment from a customer (%1)</source>
        <translation>Zahlung von einem Kunden annehmen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="165"/>
        <source>Checkout link…</source>
        <translation>Checkout-Link…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="167"/>
        <source>Create a checkout link to send to a customer (%1)</source>
        <translation>Checkout-Link zum Senden an einen Kunden erstellen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="172"/>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="176"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="178"/>
        <source>Load everything again (F5)</source>
        <translation>Alles neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="181"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="185"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="193"/>
        <source>Copied the id.</source>
        <translation>ID kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="197"/>
        <source>Export payment intents to CSV…</source>
        <translation>Zahlungen als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="201"/>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="203"/>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="206"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="210"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="218"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="221"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="230"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="233"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="234"/>
        <location filename="../../ui/main_window.cpp" line="235"/>
        <source>About Paydesk</source>
        <translation>Über Paydesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="236"/>
        <source>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for taking payments, sending checkout links and reviewing payment intents.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole, um Zahlungen anzunehmen, Checkout-Links zu senden und Zahlungen zu prüfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="250"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="252"/>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="270"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="271"/>
        <source>Last refreshed</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="272"/>
        <source>Requests in flight</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="273"/>
        <source>Retry</source>
        <translation>Erneuter Versuch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="277"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="278"/>
        <source>Stop loading</source>
        <translation>Laden stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="279"/>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="302"/>
        <location filename="../../ui/main_window.cpp" line="345"/>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="vanished">Demo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="343"/>
        <source>Paydesk — %1 (%2)</source>
        <translation>Paydesk — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="347"/>
        <source>built-in sandbox</source>
        <translation>integrierte Sandbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="430"/>
        <source>Customer created.</source>
        <translation>Kunde angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="431"/>
        <source>Customer %1 created: it is selected in the list.</source>
        <translation>Kunde %1 angelegt: Er ist in der Liste ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="457"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="461"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="469"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="474"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="475"/>
        <source>Paydesk could not write %1: %2</source>
        <translation>Paydesk konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="483"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="490"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="505"/>
        <source>Could not load all %1: %2</source>
        <translation>Nicht alle %1 konnten geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="514"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="518"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="522"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="526"/>
        <source>Credentials rejected</source>
        <translation>Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="541"/>
        <source>Retrying %1 in %2 s (%3 of %4)…</source>
        <translation>Erneuter Versuch für „%1“ in %2 s (%3 von %4)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="552"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n laufende Anfrage</numerusform>
            <numerusform>%n laufende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="560"/>
        <source>Refreshed %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="583"/>
        <source>Payment succeeded</source>
        <translation>Zahlung erfolgreich</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="583"/>
        <source>%1 was paid.</source>
        <translation>%1 wurde bezahlt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="585"/>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="585"/>
        <source>The payment of %1 was declined.</source>
        <translation>Die Zahlung über %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="587"/>
        <source>Payment updated</source>
        <translation>Zahlung aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="587"/>
        <source>%1 is now %2.</source>
        <translation>Die Zahlung über %1 hat jetzt den Status „%2“.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="595"/>
        <source>Checkout link paid</source>
        <translation>Checkout-Link bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="596"/>
        <source>A customer paid %1 through a checkout link.</source>
        <translation>Ein Kunde hat %1 über einen Checkout-Link bezahlt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="598"/>
        <source>Checkout link expired</source>
        <translation>Checkout-Link abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="599"/>
        <source>The checkout link for %1 expired unpaid.</source>
        <translation>Der Checkout-Link über %1 ist unbezahlt abgelaufen.</translation>
    </message>
</context>
<context>
    <name>paydesk::MemoryCredentialStore</name>
    <message>
        <location filename="../../network/credential_store.cpp" line="153"/>
        <source>memory, for this run only</source>
        <translation>dem Arbeitsspeicher (nur für diesen Programmlauf)</translation>
    </message>
    <message>
        <location filename="../../network/credential_store.cpp" line="166"/>
        <source>No API key is held for profile &quot;%1&quot; in this run.</source>
        <translation>Für das Profil „%1“ ist in diesem Programmlauf kein API-Schlüssel hinterlegt.</translation>
    </message>
</context>
<context>
    <name>paydesk::MessageBanner</name>
    <message>
        <location filename="../../ui/widgets/message_banner.cpp" line="58"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.cpp" line="63"/>
        <source>Message icon</source>
        <translation>Meldungssymbol</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.cpp" line="69"/>
        <source>Message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.cpp" line="70"/>
        <source>Message details</source>
        <translation>Meldungsdetails</translation>
    </message>
</context>
<context>
    <name>paydesk::MetadataEditor</name>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="28"/>
        <source>&amp;Add pair</source>
        <translation>Paar &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="29"/>
        <source>Remove pair</source>
        <translation>Paar entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="32"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="33"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="33"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="34"/>
        <source>Metadata pairs</source>
        <translation>Metadatenpaare</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="35"/>
        <source>Each row is one metadata key and its value.</source>
        <translation>Jede Zeile enthält einen Metadatenschlüssel und seinen Wert.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="51"/>
        <source>Add metadata pair</source>
        <translation>Metadatenpaar hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="53"/>
        <source>Remove the selected metadata pair</source>
        <translation>Ausgewähltes Metadatenpaar entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="56"/>
        <source>Metadata limits</source>
        <translation>Metadaten-Limits</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="168"/>
        <source>The metadata key “%1” appears more than once: keep one row for it.</source>
        <translation>Der Metadatenschlüssel „%1“ kommt mehrfach vor: Behalten Sie nur eine Zeile dafür.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/metadata_editor.cpp" line="184"/>
        <source>%1 of %2 pairs · keys up to %3 characters, values up to %4</source>
        <translation>%1 von %2 Paaren · Schlüssel bis %3 Zeichen, Werte bis %4 Zeichen</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentIntent</name>
    <message>
        <location filename="../../models/resources.cpp" line="135"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../models/resources.cpp" line="137"/>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentIntentTableModel</name>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="81"/>
        <source>Application fee: %1</source>
        <translation>Plattformgebühr: %1</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="55"/>
        <source>%1: waiting for the customer or for you to act</source>
        <translation>%1: wartet auf den Kunden oder auf Sie</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="37"/>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="40"/>
        <source>Last attempt, on terminal %1: %2</source>
        <translation>Letzter Versuch, an Terminal %1: %2</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="45"/>
        <source>Card terminal: %1</source>
        <translation>Kartenterminal: %1</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="59"/>
        <source>%1: the provider is working on it</source>
        <translation>%1: wird vom Anbieter bearbeitet</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="63"/>
        <source>%1: final</source>
        <translation>%1: abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="66"/>
        <source>%1: a status this version of Paydesk does not know yet</source>
        <translation>%1: ein Status, den diese Version von Paydesk noch nicht kennt</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="111"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="119"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="130"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="136"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="147"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="155"/>
        <source>%1 less %2 refunded</source>
        <translation>%1 abzüglich %2 erstattet</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="170"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="182"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="189"/>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <location filename="../../models/columns_payment_intents.cpp" line="196"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentIntentsPage</name>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="38"/>
        <source>Payment intents</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="39"/>
        <source>payment intents</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="62"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="65"/>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="66"/>
        <source>Filter by currency</source>
        <translation>Nach Währung filtern</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="70"/>
        <source>Min amount</source>
        <translation>Min. Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="71"/>
        <source>Max amount</source>
        <translation>Max. Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="72"/>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="73"/>
        <source>Maximum amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="86"/>
        <source>Remove the customer filter</source>
        <translation>Kundenfilter entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="102"/>
        <source>Totals of the payment intents shown, per status and currency</source>
        <translation>Summen der angezeigten Zahlungen nach Status und Währung</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="111"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="112"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="113"/>
        <source>The totals per status and currency</source>
        <translation>Die Summen je Status und Währung</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="114"/>
        <source>The payment volume per day as a chart, by outcome</source>
        <translation>Das Zahlungsvolumen pro Tag als Diagramm, nach Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="140"/>
        <source>Confirm…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="141"/>
        <location filename="../../ui/payment_intents_page.cpp" line="545"/>
        <source>Charge a payment method of the customer to confirm this intent</source>
        <translation>Eine Zahlungsmethode des Kunden belasten, um diese Zahlung zu bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="142"/>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="143"/>
        <location filename="../../ui/payment_intents_page.cpp" line="549"/>
        <source>Refund all or part of this payment</source>
        <translation>Diese Zahlung ganz oder teilweise erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="144"/>
        <source>Print receipt…</source>
        <translation>Beleg drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="146"/>
        <source>Save receipt as PDF…</source>
        <translation>Beleg als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="159"/>
        <source>Copied the payment intent id.</source>
        <translation>ID der Zahlung kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="190"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="237"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="291"/>
        <source>Status: all</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="293"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payment_intents_page.cpp" line="294"/>
        <source>Status: %n selected</source>
        <translation>
            <numerusform>Status: %n ausgewählt</numerusform>
            <numerusform>Status: %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="315"/>
        <source>All shown</source>
        <translation>Alle angezeigten</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="333"/>
        <location filename="../../ui/payment_intents_page.cpp" line="336"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="346"/>
        <source>%1 intents</source>
        <translation>%1-Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="346"/>
        <source>%1 amount</source>
        <translation>%1-Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="348"/>
        <source>%1 refunded</source>
        <translation>%1-Erstattungen</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="348"/>
        <source>%1 net</source>
        <translation>%1-Netto</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="372"/>
        <source>Totals: no payment intents shown.</source>
        <translation>Summen: keine Zahlungen angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payment_intents_page.cpp" line="373"/>
        <source>Totals of the %n payment intent(s) shown</source>
        <translation>
            <numerusform>Summen der %n angezeigten Zahlung</numerusform>
            <numerusform>Summen der %n angezeigten Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="465"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="466"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="468"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="469"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="472"/>
        <source>Application fee</source>
        <translation>Plattformgebühr</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="476"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="478"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="479"/>
        <source>Last attempt on</source>
        <translation>Letzter Versuch an</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="481"/>
        <source>Card terminal</source>
        <translation>Kartenterminal</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="484"/>
        <source>Passed on to %1</source>
        <extracomment>A part of a split payment in the detail summary; %1 is the receiving account.</extracomment>
        <translation>Weitergegeben an %1</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="487"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="488"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="489"/>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="490"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="491"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="494"/>
        <source>Metadata: %1</source>
        <extracomment>A metadata pair in the detail summary; %1 is its key.</extracomment>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="496"/>
        <source>Payment ID</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="497"/>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="498"/>
        <source>Payment method ID</source>
        <translation>Zahlungsmethoden-ID</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="499"/>
        <location filename="../../ui/payment_intents_page.cpp" line="502"/>
        <source>Transfer ID</source>
        <translation>Überweisungs-ID</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="500"/>
        <source>Card terminal ID</source>
        <translation>Kartenterminal-ID</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="517"/>
        <source>%1 refunded, %2 net</source>
        <translation>%1 erstattet, %2 netto</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="555"/>
        <source>Print a receipt of this payment, or see it first</source>
        <translation>Einen Beleg dieser Zahlung drucken oder zuerst ansehen</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="558"/>
        <source>Save a receipt of this payment as a PDF</source>
        <translation>Einen Beleg dieser Zahlung als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/payment_intents_page.cpp" line="601"/>
        <source>Saved the receipt to %1.</source>
        <translation>Beleg unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentMethodPicker</name>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="20"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="30"/>
        <source>Load again</source>
        <translation>Erneut laden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="32"/>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="33"/>
        <source>Saved payment method</source>
        <translation>Gespeicherte Zahlungsmethode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="38"/>
        <source>Payment methods status</source>
        <translation>Status der Zahlungsmethoden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="40"/>
        <source>Load the payment methods again</source>
        <translation>Zahlungsmethoden erneut laden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="57"/>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="73"/>
        <source>Choose a customer to see their saved payment methods.</source>
        <translation>Wählen Sie einen Kunden aus, um seine gespeicherten Zahlungsmethoden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="76"/>
        <source>Loading the customer&apos;s payment methods…</source>
        <translation>Zahlungsmethoden des Kunden werden geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="87"/>
        <source>Could not load the payment methods: %1</source>
        <translation>Die Zahlungsmethoden konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="93"/>
        <source>This customer has no saved payment methods. Send a checkout link instead.</source>
        <translation>Dieser Kunde hat keine gespeicherten Zahlungsmethoden. Senden Sie stattdessen einen Checkout-Link.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/payment_method_picker.cpp" line="95"/>
        <source>%n saved payment method(s).</source>
        <translation>
            <numerusform>%n gespeicherte Zahlungsmethode.</numerusform>
            <numerusform>%n gespeicherte Zahlungsmethoden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentProvider</name>
    <message>
        <location filename="../../network/payment_provider.cpp" line="38"/>
        <source>%1 has no card terminals.</source>
        <translation>%1 hat keine Kartenterminals.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../network/payment_provider.cpp" line="104"/>
        <source>The payment is still in progress after %n second(s); it may still complete.</source>
        <translation>
            <numerusform>Die Zahlung läuft nach %n Sekunde noch; sie kann noch abgeschlossen werden.</numerusform>
            <numerusform>Die Zahlung läuft nach %n Sekunden noch; sie kann noch abgeschlossen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentResultView</name>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="28"/>
        <source>Payment result</source>
        <translation>Zahlungsergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="30"/>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="38"/>
        <source>Payment details</source>
        <translation>Zahlungsdetails</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="42"/>
        <source>Payment ID</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="48"/>
        <source>Waiting for the payment to settle</source>
        <translation>Warten auf den Abschluss der Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="88"/>
        <source>%1 has not finished the payment yet</source>
        <translation>%1 hat die Zahlung noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="90"/>
        <source>Waited %1. The payment may still complete on the terminal: Paydesk keeps following it, and the result shows in the payments list even if you close this window.</source>
        <translation>Gewartet: %1. Die Zahlung kann am Terminal noch abgeschlossen werden: Paydesk verfolgt sie weiter, und das Ergebnis erscheint in der Zahlungsliste, auch wenn Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="95"/>
        <source>Waiting for the customer to present a card on %1</source>
        <translation>Warten, bis der Kunde an %1 eine Karte vorlegt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="97"/>
        <source>Waited %1. The customer follows the prompts on the terminal; you can close this window: the payment stays in the list and Paydesk tells you how it ends.</source>
        <translation>Gewartet: %1. Der Kunde folgt den Anweisungen am Terminal; Sie können dieses Fenster schließen: Die Zahlung bleibt in der Liste, und Paydesk teilt Ihnen mit, wie sie endet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="121"/>
        <source>%1 from %2 with %3.</source>
        <translation>%1 von %2 mit %3.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="123"/>
        <source>%1 from %2.</source>
        <translation>%1 von %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="125"/>
        <source>%1 with %2.</source>
        <translation>%1 mit %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="127"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="133"/>
        <source>Processing the payment…</source>
        <translation>Zahlung wird verarbeitet…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="135"/>
        <source>Paydesk checks again until the payment succeeds or fails; you can close this window, the result also shows in the payments list.</source>
        <translation>Paydesk prüft erneut, bis die Zahlung erfolgreich ist oder fehlschlägt. Sie können dieses Fenster schließen; das Ergebnis erscheint auch in der Zahlungsliste.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="142"/>
        <source>Payment succeeded</source>
        <translation>Zahlung erfolgreich</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="143"/>
        <source>Received %1</source>
        <translation>Erhalten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="148"/>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="169"/>
        <source>Payment declined</source>
        <translation>Zahlung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="150"/>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="171"/>
        <source>The payment failed.</source>
        <translation>Die Zahlung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="151"/>
        <source>Nothing was charged. Try another payment method, or send a checkout link.</source>
        <translation>Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsmethode oder senden Sie einen Checkout-Link.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="156"/>
        <source>Payment canceled</source>
        <translation>Zahlung storniert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="157"/>
        <source>Payment ended: %1</source>
        <translation>Zahlung beendet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="170"/>
        <source>Payment declined on %1</source>
        <translation>Zahlung an %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="172"/>
        <source>Nothing was charged.</source>
        <translation>Es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="177"/>
        <source>Waiting: %1</source>
        <translation>Wartet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="179"/>
        <source>The payment needs another step before money moves.</source>
        <translation>Die Zahlung erfordert einen weiteren Schritt, bevor Geld fließt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="183"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payment_result_view.cpp" line="199"/>
        <source>Payment ID: %1</source>
        <translation>Zahlungs-ID: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::Profile</name>
    <message>
        <location filename="../../network/profile.cpp" line="45"/>
        <source>%1 must be at most %2 characters.</source>
        <extracomment>%1 is a field&apos;s name (&quot;Merchant name&quot;), %2 a number of characters.</extracomment>
        <translation>%1 darf höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="77"/>
        <source>Merchant name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="82"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="85"/>
        <source>Address must fit on %1 lines.</source>
        <translation>Die Adresse darf höchstens %1 Zeilen haben.</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="90"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="93"/>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="97"/>
        <source>Receipt footer</source>
        <translation>Fußzeile des Belegs</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="139"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="141"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="145"/>
        <source>Custom (%1)</source>
        <translation>Eigene (%1)</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="190"/>
        <source>Profile name is required.</source>
        <translation>Ein Profilname ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="193"/>
        <source>Profile name must not start or end with a space.</source>
        <translation>Der Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="200"/>
        <source>Provider must be one of: %1.</source>
        <translation>Der Anbieter muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="207"/>
        <source>Account is required, such as acct_1234.</source>
        <translation>Ein Konto ist erforderlich, etwa acct_1234.</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="211"/>
        <source>Account must be an account id such as acct_1234 (acct_ followed by letters and digits).</source>
        <translation>Das Konto muss eine Konto-ID wie acct_1234 sein (acct_ gefolgt von Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="217"/>
        <source>Client id is required.</source>
        <translation>Eine Client-ID ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="222"/>
        <source>Give up after must be from %1 to %2 seconds.</source>
        <translation>„Aufgeben nach“ muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="236"/>
        <source>Base URL must be a full http(s) address, such as %1.</source>
        <translation>Die Basis-URL muss eine vollständige http(s)-Adresse sein, etwa %1.</translation>
    </message>
    <message>
        <location filename="../../network/profile.cpp" line="242"/>
        <source>Base URL must use https:// (plain http:// is allowed only for this machine, such as %1).</source>
        <translation>Die Basis-URL muss https:// verwenden (einfaches http:// ist nur für diesen Rechner erlaubt, etwa %1).</translation>
    </message>
    <message>
        <source>Base URL must be a full http(s) address, such as https://api.dots.dev/api.</source>
        <translation type="vanished">Die Basis-URL muss eine vollständige http(s)-Adresse sein, etwa https://api.dots.dev/api.</translation>
    </message>
    <message>
        <source>Base URL must use https:// (plain http:// is allowed only for this machine, such as http://127.0.0.1:8080/api).</source>
        <translation type="vanished">Die Basis-URL muss https:// verwenden (einfaches http:// ist nur für diesen Rechner erlaubt, etwa http://127.0.0.1:8080/api).</translation>
    </message>
</context>
<context>
    <name>paydesk::ProfilesDialog</name>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="37"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="38"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="42"/>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="49"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="53"/>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="56"/>
        <source>Remove the selected profile</source>
        <translation>Ausgewähltes Profil entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="66"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="67"/>
        <source>Profile details</source>
        <translation>Profildetails</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="70"/>
        <source>Shop (sandbox)</source>
        <translation>Shop (Sandbox)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="77"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="78"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="79"/>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="81"/>
        <source>Production: payments made with this profile move real money.</source>
        <translation>Produktion: Zahlungen mit diesem Profil bewegen echtes Geld.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="84"/>
        <source>Production warning</source>
        <translation>Warnung: Produktion</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/api</source>
        <translation type="vanished">http://127.0.0.1:8080/api</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="95"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="99"/>
        <source>acct_…</source>
        <extracomment>Placeholder of the account field: how an account id starts.</extracomment>
        <translation>acct_…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="100"/>
        <source>The account the API key acts for: acct_ followed by letters and digits, as the provider&apos;s dashboard shows it.</source>
        <translation>Das Konto, für das der API-Schlüssel handelt: acct_ gefolgt von Buchstaben und Ziffern, wie es das Dashboard des Anbieters zeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="108"/>
        <source> s</source>
        <extracomment>After the number of seconds in a spin box: &quot;Give up after: 120 s&quot;.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="109"/>
        <source>How long one request may take in all, retries included, before Paydesk gives up and says so.</source>
        <translation>Wie lange eine Anfrage insgesamt dauern darf, Wiederholungen eingeschlossen, bevor Paydesk aufgibt und es meldet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="117"/>
        <source>Masked. Paydesk stores the key in the system keychain and never shows it again.</source>
        <translation>Verdeckt. Paydesk speichert den Schlüssel im Schlüsselbund des Systems und zeigt ihn nie wieder an.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="122"/>
        <source>The shop&apos;s name, as customers know it</source>
        <translation>Der Name des Geschäfts, wie Kunden ihn kennen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="125"/>
        <source>Street and number
Postcode and city</source>
        <translation>Straße und Hausnummer
Postleitzahl und Ort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="132"/>
        <source>The VAT or sales tax number receipts must show where you sell.</source>
        <translation>Die Umsatzsteuer-ID oder Steuernummer, die Belege dort zeigen müssen, wo Sie verkaufen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="135"/>
        <source>Thank you for your visit!</source>
        <translation>Vielen Dank für Ihren Besuch!</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="158"/>
        <source>%1 error</source>
        <translation>Fehler im Feld %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="170"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="171"/>
        <source>Pro&amp;vider:</source>
        <translation>Anb&amp;ieter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="172"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="173"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="174"/>
        <source>Acc&amp;ount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="175"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="176"/>
        <source>A&amp;pp ID:</source>
        <translation>A&amp;pp-ID:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="177"/>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="178"/>
        <source>&amp;Give up after:</source>
        <translation>&amp;Aufgeben nach:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="179"/>
        <source>&amp;Merchant name:</source>
        <translation>Na&amp;me des Geschäfts:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="180"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="181"/>
        <source>P&amp;hone:</source>
        <translation>Telef&amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="182"/>
        <source>Ta&amp;x number:</source>
        <translation>Steue&amp;rnummer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="183"/>
        <source>&amp;Footer:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="185"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="187"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="189"/>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="191"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="199"/>
        <source>Profile settings</source>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="207"/>
        <source>What the receipts of this profile&apos;s payments show about you. All optional; printed for anyone to read, so never put a password or key here.</source>
        <translation>Was die Belege der Zahlungen dieses Profils über Sie zeigen. Alles optional; für alle lesbar gedruckt, tragen Sie hier also nie ein Passwort oder einen Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="218"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="219"/>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="230"/>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="231"/>
        <source>&amp;Use this profile</source>
        <translation>Dieses Profil ver&amp;wenden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="233"/>
        <source>Use this profile</source>
        <translation>Dieses Profil verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="236"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="378"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="383"/>
        <source>%1, %2</source>
        <extracomment>A profile&apos;s provider and environment: &quot;SynaptoPay, Sandbox&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="399"/>
        <source>To rename a profile, add a new one and remove this one.</source>
        <translation>Um ein Profil umzubenennen, legen Sie ein neues an und entfernen dieses.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="423"/>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel beizubehalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="424"/>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="447"/>
        <source>A profile named “%1” exists already: choose another name.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="452"/>
        <source>Enter the API key: Paydesk keeps it in the system keychain.</source>
        <translation>Geben Sie den API-Schlüssel ein: Paydesk bewahrt ihn im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="472"/>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="485"/>
        <source>Profile “%1” was saved, but its API key could not be stored in the keychain.</source>
        <translation>Profil „%1“ wurde gespeichert, aber sein API-Schlüssel konnte nicht im Schlüsselbund abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="488"/>
        <source>&amp;Keep the key in memory for this run only</source>
        <translation>Schlüssel nur für diese Sitzung im Arbeitsspeicher beha&amp;lten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="491"/>
        <source>Try the keychain &amp;again</source>
        <translation>Schlüsselbund erneut &amp;versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="499"/>
        <source>No system keychain is available to Paydesk.</source>
        <translation>Für Paydesk ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="504"/>
        <source>Storing the API key in %1…</source>
        <translation>API-Schlüssel wird gespeichert (Speicherort: %1)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="520"/>
        <source>Profile “%1” saved. Its API key is in %2.</source>
        <translation>Profil „%1“ gespeichert. Speicherort des API-Schlüssels: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="535"/>
        <source>The API key could not be kept in memory.</source>
        <translation>Der API-Schlüssel konnte nicht im Arbeitsspeicher behalten werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="545"/>
        <source>The API key of “%1” is kept in memory for this run only.</source>
        <translation>Der API-Schlüssel von „%1“ wird nur für diese Sitzung im Arbeitsspeicher behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="546"/>
        <source>Paydesk forgets it when it quits and asks for it again next time. Store it in the keychain once one is available.</source>
        <translation>Paydesk vergisst ihn beim Beenden und fragt beim nächsten Start erneut danach. Speichern Sie ihn im Schlüsselbund, sobald einer verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="565"/>
        <source>Enter the API key to test the connection.</source>
        <translation>Geben Sie den API-Schlüssel ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="579"/>
        <source>Reading the stored API key…</source>
        <translation>Gespeicherter API-Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="591"/>
        <source>No API key is available for “%1”.</source>
        <translation>Für „%1“ ist kein API-Schlüssel verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="592"/>
        <source>Type the key in the API key field to test with it.</source>
        <translation>Geben Sie den Schlüssel in das Feld „API-Schlüssel“ ein, um damit zu testen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="595"/>
        <source>The API key of “%1” could not be read.</source>
        <translation>Der API-Schlüssel von „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="604"/>
        <source>Testing the connection to %1 (%2)…</source>
        <translation>Verbindung zu %1 (%2) wird getestet…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="729"/>
        <source>Requests go to the base URL below.</source>
        <translation>Anfragen gehen an die Basis-URL darunter.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="730"/>
        <source>Requests go to %1.</source>
        <translation>Anfragen gehen an %1.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="vanished">Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="620"/>
        <source>Connected to %1 (%2).</source>
        <translation>Verbunden mit %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="621"/>
        <source>The client ID and API key work.</source>
        <translation>Client-ID und API-Schlüssel funktionieren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="622"/>
        <source>The API key works for account %1.</source>
        <translation>Der API-Schlüssel funktioniert für das Konto %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="630"/>
        <source>The API key was not accepted for account %1.</source>
        <translation>Der API-Schlüssel wurde für das Konto %1 nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="631"/>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="642"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="643"/>
        <source>Remove the profile “%1”?</source>
        <translation>Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="644"/>
        <source>Its API key is removed from the keychain too.</source>
        <translation>Sein API-Schlüssel wird ebenfalls aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="645"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="646"/>
        <source>Remove the profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="648"/>
        <source>Keep the profile</source>
        <translation>Profil behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="673"/>
        <source>Profile “%1” removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="681"/>
        <source>Profile “%1” removed, with its API key.</source>
        <translation>Profil „%1“ samt API-Schlüssel entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="685"/>
        <source>Profile “%1” removed, but its API key could not be removed from the keychain.</source>
        <translation>Profil „%1“ entfernt, aber sein API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profiles_dialog.cpp" line="699"/>
        <source>Save the profile first, then use it.</source>
        <translation>Speichern Sie das Profil zuerst, dann können Sie es verwenden.</translation>
    </message>
</context>
<context>
    <name>paydesk::QrCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="18"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="19"/>
        <source>Scan this code with a phone camera to open the link.</source>
        <translation>Scannen Sie diesen Code mit einer Handykamera, um den Link zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="21"/>
        <source>How to use the QR code</source>
        <translation>So verwenden Sie den QR-Code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="26"/>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qr_code_dialog.cpp" line="27"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>paydesk::QrCodeWidget</name>
    <message>
        <location filename="../../ui/widgets/qr_code_widget.cpp" line="15"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr_code_widget.cpp" line="30"/>
        <source>This link is too long for a QR code.</source>
        <translation>Dieser Link ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr_code_widget.cpp" line="41"/>
        <source>A QR code of %1. Scan it with a phone camera to open the link.</source>
        <translation>QR-Code für %1. Scannen Sie ihn mit einer Handykamera, um den Link zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qr_code_widget.cpp" line="96"/>
        <source>No link yet</source>
        <translation>Noch kein Link</translation>
    </message>
</context>
<context>
    <name>paydesk::Receipt</name>
    <message>
        <location filename="../../ui/receipt.cpp" line="69"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="71"/>
        <source>Tax number: %1</source>
        <translation>Steuernummer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="142"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="147"/>
        <source>Qty</source>
        <extracomment>The column of a receipt&apos;s items saying how many.</extracomment>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="149"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="164"/>
        <source>%1 each</source>
        <translation>je %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="214"/>
        <source>Only a succeeded payment has a receipt (this one: %1).</source>
        <translation>Nur eine erfolgreiche Zahlung hat einen Beleg (diese: %1).</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="261"/>
        <source>Refund receipt</source>
        <translation>Erstattungsbeleg</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="261"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="296"/>
        <source>Refund date</source>
        <translation>Erstattet am</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="297"/>
        <source>Refund reference</source>
        <translation>Erstattungsreferenz</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="298"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="299"/>
        <source>Refunded to</source>
        <translation>Erstattet auf</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="301"/>
        <source>Original payment</source>
        <translation>Ursprüngliche Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="303"/>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="304"/>
        <source>Payment date</source>
        <translation>Zahlungsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="305"/>
        <source>Payment amount</source>
        <translation>Zahlungsbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="310"/>
        <location filename="../../ui/receipt.cpp" line="323"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="313"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="314"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="315"/>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="321"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="324"/>
        <source>Net</source>
        <translation>Nach Erstattung</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="346"/>
        <location filename="../../ui/receipt.cpp" line="385"/>
        <source>80 mm receipt roll</source>
        <translation>80-mm-Bonrolle</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="415"/>
        <location filename="../../ui/receipt.cpp" line="436"/>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>Der Beleg konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.cpp" line="430"/>
        <source>The receipt could not be drawn into the PDF.</source>
        <translation>Der Beleg konnte nicht in das PDF gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="169"/>
        <source>Save refund receipt as PDF</source>
        <translation>Erstattungsbeleg als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="170"/>
        <source>Save receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="176"/>
        <source>PDF, full page (*.pdf)</source>
        <translation>PDF, ganze Seite (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="177"/>
        <source>PDF, 80 mm receipt roll (*.pdf)</source>
        <translation>PDF, 80-mm-Bonrolle (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="197"/>
        <source>Receipt not saved</source>
        <translation>Beleg nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="200"/>
        <source>Choose a folder you can write to, and try again.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>paydesk::ReceiptPreviewDialog</name>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="41"/>
        <source>Print refund receipt</source>
        <translation>Erstattungsbeleg drucken</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="42"/>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="44"/>
        <source>Full page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="45"/>
        <source>80 mm receipt roll</source>
        <translation>80-mm-Bonrolle</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="46"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="47"/>
        <source>A full sheet (%1 here; the print dialog can change it), or the roll of an 80 mm receipt printer</source>
        <translation>Ein ganzes Blatt (hier %1; der Druckdialog kann es ändern) oder die Rolle eines 80-mm-Bondruckers</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.cpp" line="52"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundDialog</name>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="51"/>
        <source>Duplicate payment</source>
        <translation>Doppelte Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="53"/>
        <source>Fraudulent payment</source>
        <translation>Betrügerische Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="55"/>
        <source>Requested by the customer</source>
        <translation>Auf Wunsch des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="57"/>
        <source>Expired uncaptured charge</source>
        <translation>Abgelaufene, nicht erfasste Belastung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="59"/>
        <source>Partial capture</source>
        <translation>Teilweise Erfassung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="72"/>
        <source>Refund payment</source>
        <translation>Zahlung erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="73"/>
        <source>refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="80"/>
        <source>Payment being refunded</source>
        <translation>Zu erstattende Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="89"/>
        <source>&amp;Part of it:</source>
        <translation>&amp;Teilbetrag:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="91"/>
        <source>Refund part of the payment</source>
        <translation>Einen Teil der Zahlung erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="98"/>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="112"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="113"/>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="119"/>
        <source>Refund:</source>
        <translation>Erstatten:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="122"/>
        <source>How much to refund</source>
        <translation>Wie viel erstattet werden soll</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="123"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="139"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="142"/>
        <source>Confirm the refund</source>
        <translation>Rückerstattung bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="145"/>
        <source>What the refund does</source>
        <translation>Was die Rückerstattung bewirkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="164"/>
        <source>Refund result</source>
        <translation>Ergebnis der Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="166"/>
        <source>Refund details</source>
        <translation>Details der Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="171"/>
        <source>&amp;Print refund receipt…</source>
        <translation>Erstattungsbeleg &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="173"/>
        <source>Print refund receipt</source>
        <translation>Erstattungsbeleg drucken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="174"/>
        <source>Print a receipt of this refund, or see it first</source>
        <translation>Einen Beleg dieser Erstattung drucken oder zuerst ansehen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="176"/>
        <source>Save refund receipt as P&amp;DF…</source>
        <translation>Erstattungsbeleg als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="178"/>
        <source>Save refund receipt as PDF</source>
        <translation>Erstattungsbeleg als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="179"/>
        <source>Save a receipt of this refund as a PDF</source>
        <translation>Einen Beleg dieser Erstattung als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="197"/>
        <source>&amp;Review refund…</source>
        <translation>Rückerstattung &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="199"/>
        <source>Review the refund</source>
        <translation>Rückerstattung prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="201"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="204"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="206"/>
        <source>Back to the refund form</source>
        <translation>Zurück zum Rückerstattungsformular</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="211"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="244"/>
        <source>Only a succeeded payment can be refunded.</source>
        <translation>Nur eine erfolgreiche Zahlung kann erstattet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="245"/>
        <source>This payment is %1.</source>
        <translation>Status dieser Zahlung: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="249"/>
        <source>This payment has been refunded in full.</source>
        <translation>Diese Zahlung wurde bereits vollständig erstattet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="305"/>
        <source>Refund %1 of this payment?</source>
        <translation>%1 dieser Zahlung erstatten?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="306"/>
        <source>Refund %1 to %2?</source>
        <translation>%1 an %2 erstatten?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="324"/>
        <source>Enter the amount to refund.</source>
        <translation>Geben Sie den zu erstattenden Betrag ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="334"/>
        <source>The money goes back to the card or account the customer paid with. A refund cannot be undone.</source>
        <translation>Das Geld geht zurück auf die Karte oder das Konto, mit dem der Kunde bezahlt hat. Eine Rückerstattung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="337"/>
        <source>Reason: %1.</source>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="340"/>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="341"/>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="397"/>
        <source>Refunded %1</source>
        <translation>%1 erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="398"/>
        <source>Refunded %1 to %2</source>
        <translation>%1 an %2 erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="402"/>
        <source>Refund ID: %1</source>
        <translation>Rückerstattungs-ID: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="407"/>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="408"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="431"/>
        <source>Saved the refund receipt to %1.</source>
        <translation>Erstattungsbeleg unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="453"/>
        <source>Payment of %1</source>
        <translation>Zahlung über %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="454"/>
        <source>Payment of %1 from %2</source>
        <translation>Zahlung über %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="459"/>
        <source>Already refunded: %1 · Left to refund: %2</source>
        <translation>Bereits erstattet: %1 · Noch erstattbar: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="465"/>
        <source>&amp;Everything left: %1</source>
        <translation>Gesamter &amp;Restbetrag: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refund_dialog.cpp" line="465"/>
        <source>&amp;Everything left</source>
        <translation>Gesamter &amp;Restbetrag</translation>
    </message>
</context>
<context>
    <name>paydesk::ResourcePage</name>
    <message>
        <location filename="../../ui/resource_page.cpp" line="65"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="66"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="55"/>
        <source>Search id, name, email, description, metadata…</source>
        <translation>ID, Name, E-Mail, Beschreibung, Metadaten durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="57"/>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="69"/>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="70"/>
        <source>Created to</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Filter by earliest creation date</source>
        <translation type="vanished">Nach frühestem Erstellungsdatum filtern</translation>
    </message>
    <message>
        <source>Filter by latest creation date</source>
        <translation type="vanished">Nach spätestem Erstellungsdatum filtern</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="74"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="75"/>
        <source>Date presets</source>
        <translation>Vorgegebene Zeiträume</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="76"/>
        <source>Today, yesterday, the last 7 days, this month or last month</source>
        <translation>Heute, gestern, die letzten 7 Tage, dieser Monat oder letzter Monat</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="86"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="87"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="89"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="91"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="94"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="99"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="102"/>
        <source>From is after To: no row can match.</source>
        <translation>„Von“ liegt nach „Bis“: keine Zeile kann passen.</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="208"/>
        <source>Refresh this one</source>
        <translation>Diesen Eintrag aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="209"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="314"/>
        <location filename="../../ui/resource_page.cpp" line="328"/>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="315"/>
        <location filename="../../ui/resource_page.cpp" line="329"/>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="318"/>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location filename="../../ui/resource_page.cpp" line="319"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>paydesk::SynaptoPayProvider</name>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="72"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="90"/>
        <source>payment intent</source>
        <translation>Zahlungsvorgang</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="111"/>
        <source>checkout session</source>
        <translation>Checkout-Sitzung</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="132"/>
        <source>refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="152"/>
        <source>payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="171"/>
        <source>card terminal</source>
        <translation>Kartenterminal</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="208"/>
        <source>SynaptoPay refunds a charge, and does not say which charge a payment intent made. Refund this payment in SynaptoPay&apos;s dashboard.</source>
        <translation>SynaptoPay erstattet eine Belastung und gibt nicht an, welche Belastung ein Zahlungsvorgang erzeugt hat. Erstatten Sie diese Zahlung im Dashboard von SynaptoPay.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="211"/>
        <source>SynaptoPay confirms a payment when it is created; it has no way to confirm it later. Take a new payment instead.</source>
        <translation>SynaptoPay bestätigt eine Zahlung beim Erstellen; sie lässt sich nicht später bestätigen. Nehmen Sie stattdessen eine neue Zahlung an.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="330"/>
        <source>SynaptoPay said: %1</source>
        <translation>SynaptoPay meldete: %1</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="334"/>
        <source>SynaptoPay is still working on an earlier attempt of this request (409). Wait a moment and check again.</source>
        <translation>SynaptoPay bearbeitet noch einen früheren Versuch dieser Anfrage (409). Warten Sie einen Moment und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="339"/>
        <source>SynaptoPay refused the %1 as a conflict (409).</source>
        <translation>SynaptoPay hat %1 wegen eines Konflikts abgelehnt (409).</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="349"/>
        <source>SynaptoPay has already seen this request&apos;s key with other details (400), so it did not act on it.</source>
        <translation>SynaptoPay kennt den Schlüssel dieser Anfrage bereits mit anderen Angaben (400) und hat sie daher nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="355"/>
        <source>SynaptoPay did not accept the %1 (%2). Check the fields and try again.</source>
        <translation>SynaptoPay hat %1 nicht angenommen (%2). Prüfen Sie die Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="358"/>
        <source>SynaptoPay did not accept the %1: %2</source>
        <translation>SynaptoPay hat %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="361"/>
        <source>SynaptoPay did not accept this profile&apos;s API key for its account (%1). Check the key and the account in Profiles; sandbox and production keys are different.</source>
        <translation>SynaptoPay hat den API-Schlüssel dieses Profils für sein Konto nicht angenommen (%1). Prüfen Sie Schlüssel und Konto unter Profile; Sandbox- und Produktionsschlüssel sind verschieden.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="368"/>
        <source>The %1 was not found on SynaptoPay (404).</source>
        <translation>%1 wurde bei SynaptoPay nicht gefunden (404).</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="372"/>
        <source>SynaptoPay is limiting how fast requests may come (429). Try again in %1.</source>
        <translation>SynaptoPay begrenzt, wie schnell Anfragen kommen dürfen (429). Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="375"/>
        <source>SynaptoPay is limiting how fast requests may come (429). Wait a moment and try again.</source>
        <translation>SynaptoPay begrenzt, wie schnell Anfragen kommen dürfen (429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="381"/>
        <source>SynaptoPay had a problem answering (%1). Try again in a moment.</source>
        <translation>SynaptoPay hatte ein Problem beim Antworten (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="385"/>
        <source>SynaptoPay sent an answer about the %1 that Paydesk could not read. Try again; if it keeps happening, the API may have changed.</source>
        <translation>SynaptoPay hat zu %1 eine Antwort gesendet, die Paydesk nicht lesen konnte. Versuchen Sie es erneut; wenn es wieder passiert, hat sich die API möglicherweise geändert.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="391"/>
        <source>SynaptoPay refused the request for the %1 (%2).</source>
        <translation>SynaptoPay hat die Anfrage zu %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="504"/>
        <source>SynaptoPay answered a repeat of the request with the same idempotency key.</source>
        <translation>SynaptoPay hat eine Wiederholung der Anfrage mit demselben Idempotenzschlüssel beantwortet.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="532"/>
        <source>SynaptoPay was still working on the %1 when you cancelled. Check again before creating it again.</source>
        <translation>SynaptoPay hat noch an %1 gearbeitet, als Sie abgebrochen haben. Prüfen Sie erneut, bevor Sie es noch einmal anlegen.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="563"/>
        <source>The request was sent before you cancelled, so the %1 may exist. Check again, or look for a %1 whose metadata has %2 = %3.</source>
        <translation>Die Anfrage wurde vor dem Abbruch gesendet, %1 existiert also möglicherweise. Prüfen Sie erneut oder suchen Sie nach %1 mit den Metadaten %2 = %3.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="566"/>
        <source>SynaptoPay did not answer, so Paydesk cannot tell whether the %1 was created. Check again before creating it again.</source>
        <translation>SynaptoPay hat nicht geantwortet, daher kann Paydesk nicht sagen, ob %1 angelegt wurde. Prüfen Sie erneut, bevor Sie es noch einmal anlegen.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="586"/>
        <source>The request was sent before you cancelled, so the %1 may exist. Check again before creating it again.</source>
        <translation>Die Anfrage wurde vor dem Abbruch gesendet, %1 existiert also möglicherweise. Prüfen Sie erneut, bevor Sie es noch einmal anlegen.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="616"/>
        <source>look for the %1 just created</source>
        <translation>nach soeben angelegtem %1 suchen</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="643"/>
        <source>Paydesk found it by its request id.</source>
        <translation>Paydesk hat es anhand seiner Anfrage-ID gefunden.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="646"/>
        <source>Paydesk checked every %1: none has this request&apos;s id, so it is safe to try again.</source>
        <translation>Paydesk hat jeden Eintrag (%1) geprüft: Keiner trägt die ID dieser Anfrage, ein erneuter Versuch ist also sicher.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="654"/>
        <source>Paydesk could not find out whether the %1 was created. Before creating it again, look for a %1 whose metadata has %2 = %3.</source>
        <translation>Paydesk konnte nicht feststellen, ob %1 angelegt wurde. Suchen Sie vor einem erneuten Anlegen nach %1 mit den Metadaten %2 = %3.</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="668"/>
        <source>list customers</source>
        <translation>Kunden auflisten</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="674"/>
        <source>read a customer</source>
        <translation>einen Kunden lesen</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="683"/>
        <source>create a customer</source>
        <translation>einen Kunden anlegen</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="698"/>
        <source>list payment intents</source>
        <translation>Zahlungsvorgänge auflisten</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="705"/>
        <source>read a payment intent</source>
        <translation>einen Zahlungsvorgang lesen</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="724"/>
        <source>create a payment intent</source>
        <translation>einen Zahlungsvorgang anlegen</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="753"/>
        <source>list checkout sessions</source>
        <translation>Checkout-Sitzungen auflisten</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="761"/>
        <source>read a checkout session</source>
        <translation>eine Checkout-Sitzung lesen</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="771"/>
        <source>create a checkout session</source>
        <translation>eine Checkout-Sitzung anlegen</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="791"/>
        <source>list payment methods</source>
        <translation>Zahlungsmethoden auflisten</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="799"/>
        <source>read a payment method</source>
        <translation>eine Zahlungsmethode lesen</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="805"/>
        <source>list card terminals</source>
        <translation>Kartenterminals auflisten</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="811"/>
        <source>list refunds</source>
        <translation>Rückerstattungen auflisten</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="816"/>
        <source>read a refund</source>
        <translation>eine Rückerstattung lesen</translation>
    </message>
    <message>
        <location filename="../../network/synaptopay/synaptopay_provider.cpp" line="841"/>
        <source>refund a payment</source>
        <translation>eine Zahlung erstatten</translation>
    </message>
</context>
<context>
    <name>paydesk::TakePaymentDialog</name>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="54"/>
        <source>Take a payment</source>
        <translation>Zahlung annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="55"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="496"/>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="64"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="67"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="81"/>
        <source>What the payment is for (optional)</source>
        <translation>Zweck der Zahlung (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="91"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="100"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="103"/>
        <source>&amp;Description:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="106"/>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="112"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="113"/>
        <source>How will the customer pay?</source>
        <translation>Wie bezahlt der Kunde?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="114"/>
        <source>C&amp;harge a saved card now</source>
        <translation>&amp;Gespeicherte Karte jetzt belasten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="116"/>
        <source>Charge a saved card now</source>
        <translation>Gespeicherte Karte jetzt belasten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="117"/>
        <source>Send a chec&amp;kout link</source>
        <translation>&amp;Checkout-Link senden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="119"/>
        <source>Send a checkout link</source>
        <translation>Checkout-Link senden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="126"/>
        <source>On a card &amp;terminal</source>
        <translation>Am Karten&amp;terminal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="128"/>
        <source>On a card terminal</source>
        <translation>Am Kartenterminal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="143"/>
        <source>Success URL</source>
        <translation>Erfolgs-URL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="145"/>
        <source>The web address the customer returns to after paying.</source>
        <translation>Die Webadresse, zu der der Kunde nach dem Bezahlen zurückkehrt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="146"/>
        <source>https://shop.example.com/thanks</source>
        <translation>https://shop.example.com/thanks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="153"/>
        <source>&amp;Success URL:</source>
        <translation>&amp;Erfolgs-URL:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="182"/>
        <source>Sa&amp;ve the card for later charges</source>
        <translation>Karte für s&amp;pätere Belastungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="184"/>
        <source>Save the card for later charges</source>
        <translation>Karte für spätere Belastungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="195"/>
        <source>S&amp;plit: pass part of the payment on to other accounts</source>
        <translation>&amp;Aufteilen: einen Teil der Zahlung an andere Konten weitergeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="228"/>
        <source>Try &amp;again on the terminal</source>
        <translation>Am Terminal &amp;erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="230"/>
        <source>Try again on the terminal</source>
        <translation>Am Terminal erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="234"/>
        <source>&amp;Open the simulated terminal</source>
        <translation>Simuliertes Terminal ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="236"/>
        <source>Open the simulated terminal</source>
        <translation>Simuliertes Terminal öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="237"/>
        <source>The demo&apos;s card terminals are pages of the built-in sandbox: present a card there, or decline it.</source>
        <translation>Die Kartenterminals der Demo sind Seiten der eingebauten Sandbox: Legen Sie dort eine Karte vor oder lehnen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="242"/>
        <source>&amp;Print receipt…</source>
        <translation>Beleg &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="244"/>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="245"/>
        <source>Print a receipt of this payment, or see it first</source>
        <translation>Einen Beleg dieser Zahlung drucken oder zuerst ansehen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="248"/>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Beleg als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="250"/>
        <source>Save receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="251"/>
        <source>Save a receipt of this payment as a PDF</source>
        <translation>Einen Beleg dieser Zahlung als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="275"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="733"/>
        <source>Charge</source>
        <translation>Belasten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="224"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="684"/>
        <source>Try &amp;another payment method</source>
        <translation>&amp;Andere Zahlungsmethode versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="226"/>
        <source>Try another payment method</source>
        <translation>Andere Zahlungsmethode versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="279"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="603"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="604"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="410"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="424"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="431"/>
        <source>Wait a moment: the card terminals are still loading.</source>
        <translation>Einen Moment bitte: Die Kartenterminals werden noch geladen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="434"/>
        <source>The card terminals could not be loaded: load them again, or charge a saved card.</source>
        <translation>Die Kartenterminals konnten nicht geladen werden: Laden Sie sie erneut oder belasten Sie eine gespeicherte Karte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="439"/>
        <source>This account has no card terminals: charge a saved card or send a checkout link instead.</source>
        <translation>Dieses Konto hat keine Kartenterminals: Belasten Sie stattdessen eine gespeicherte Karte oder senden Sie einen Checkout-Link.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="442"/>
        <source>Choose the card terminal to take the payment on.</source>
        <translation>Wählen Sie das Kartenterminal, an dem die Zahlung angenommen wird.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="447"/>
        <source>Choose the customer whose saved card to charge.</source>
        <translation>Wählen Sie den Kunden, dessen gespeicherte Karte belastet werden soll.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="452"/>
        <source>Wait a moment: the customer&apos;s payment methods are still loading.</source>
        <translation>Einen Moment bitte: Die Zahlungsmethoden des Kunden werden noch geladen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="457"/>
        <source>The payment methods could not be loaded: load them again, or send a checkout link.</source>
        <translation>Die Zahlungsmethoden konnten nicht geladen werden: Laden Sie sie erneut, oder senden Sie einen Checkout-Link.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="463"/>
        <source>This customer has no saved payment method: send a checkout link instead.</source>
        <translation>Dieser Kunde hat keine gespeicherte Zahlungsmethode: Senden Sie stattdessen einen Checkout-Link.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="525"/>
        <source>Enter the success URL: the web address the customer returns to after paying.</source>
        <translation>Geben Sie die Erfolgs-URL ein: die Webadresse, zu der der Kunde nach dem Bezahlen zurückkehrt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="530"/>
        <source>checkout link</source>
        <translation>Checkout-Link</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="577"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="578"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="591"/>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="592"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="640"/>
        <source>A checkout link lets the customer choose to save their card.</source>
        <translation>Bei einem Checkout-Link entscheidet der Kunde selbst, ob er seine Karte speichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="643"/>
        <source>Choose a customer first: the card is saved on them.</source>
        <translation>Wählen Sie zuerst einen Kunden: Die Karte wird bei ihm gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="645"/>
        <source>The card used is kept on %1 for charges you start later, such as a balance or a subscription.</source>
        <translation>Die verwendete Karte wird bei %1 für spätere Belastungen gespeichert, etwa für einen Restbetrag oder ein Abonnement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="684"/>
        <source>&amp;Use another terminal</source>
        <translation>Anderes &amp;Terminal verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="708"/>
        <source>Saved the receipt to %1.</source>
        <translation>Beleg unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="733"/>
        <source>Charge %1</source>
        <translation>%1 belasten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_payment_dialog.cpp" line="735"/>
        <source>Create link</source>
        <translation>Link erstellen</translation>
    </message>
</context>
<context>
    <name>paydesk::TransfersEditor</name>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="28"/>
        <source>Add &amp;transfer</source>
        <translation>Überweisung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="29"/>
        <source>Remove transfer</source>
        <translation>Überweisung entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="33"/>
        <source>Transfers</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="35"/>
        <source>Transfers to other accounts</source>
        <translation>Überweisungen an andere Konten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="36"/>
        <source>Receiving account</source>
        <translation>Empfängerkonto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="36"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="47"/>
        <source>Left for this account</source>
        <translation>Bleibt für dieses Konto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="50"/>
        <source>Transfer problems</source>
        <translation>Probleme bei Überweisungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="129"/>
        <source>Transfer %1: %2</source>
        <translation>Überweisung %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="142"/>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="184"/>
        <source>The receiving account&apos;s name, such as accounts/acct_123</source>
        <translation>Der Name des Empfängerkontos, z. B. accounts/acct_123</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="217"/>
        <source>Enter the amount to see what is left for this account.</source>
        <translation>Geben Sie den Betrag ein, um zu sehen, was für dieses Konto bleibt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfers_editor.cpp" line="226"/>
        <source>Left for this account: %1 of %2</source>
        <translation>Bleibt für dieses Konto: %1 von %2</translation>
    </message>
</context>
<context>
    <name>paydesk::cli::Cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="90"/>
        <location filename="../../app/cli/cli.cpp" line="93"/>
        <source>Field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="96"/>
        <source>Server said: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="100"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="140"/>
        <source>--%1 does not apply to &quot;%2&quot;. See paydesk-cli --help.</source>
        <translation>--%1 gilt nicht für &quot;%2&quot;. Siehe paydesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="150"/>
        <source>%1 See paydesk-cli --help.</source>
        <translation>%1 Siehe paydesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="169"/>
        <source>--output must be table, json or csv, not &quot;%1&quot;.</source>
        <translation>--output muss table, json oder csv sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="191"/>
        <source>Unknown command &quot;%1&quot;. See paydesk-cli --help.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. Siehe paydesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="197"/>
        <source>%1 takes %2. See paydesk-cli --help.</source>
        <translation>%1 erwartet %2. Siehe paydesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="196"/>
        <location filename="../../app/cli/connect.cpp" line="180"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Usage: paydesk-cli [--profile NAME] [--base-url URL] [--output table|json|csv]
                   [--timeout SECONDS] [--deadline SECONDS] COMMAND

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
  customers|intents|checkout|refunds check REQUEST_ID
                            whether a create that ended with exit code 5 made its object
  payment-methods list --customer ID
  profiles list | profiles add NAME --environment production|sandbox|URL --client-id ID [--app-id ID]
  profiles remove NAME
  login --profile NAME      reads the API key from standard input and stores it in the keychain

Credentials: --profile NAME uses a saved profile and its key from the system keychain. Without
it, PAYDESK_BASE_URL, PAYDESK_CLIENT_ID and PAYDESK_API_KEY are read from the environment;
--base-url wins over both. The API key is never accepted as an option, so it never shows in
the process list or the shell history.

Amounts are decimal in major units and converted exactly: --amount 12.34 --currency usd sends 1234.

--timeout (default 30) is how long the server may stay silent, from 1 to 3600 seconds.
--deadline (default 300) is how long the whole command may take, from 1 to 86400 seconds; each
request gets half of it, so that a create whose answer is lost still has time to be checked.

Exit codes: 0 success; 2 bad usage or invalid input (nothing was sent); 3 rejected by the API
(4xx); 4 server or network failure (nothing was created); 5 outcome unknown (a create that could
not be checked: the message says how to check); 6 credentials missing or keychain failure.
</source>
        <translation type="vanished">Aufruf: paydesk-cli [--profile NAME] [--base-url URL] [--output table|json|csv]
                   [--timeout SECONDS] [--deadline SECONDS] COMMAND

Befehle:
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
  customers|intents|checkout|refunds check REQUEST_ID
                            ob ein Erstellvorgang, der mit Exit-Code 5 endete, etwas erstellt hat
  payment-methods list --customer ID
  profiles list | profiles add NAME --environment production|sandbox|URL --client-id ID [--app-id ID]
  profiles remove NAME
  login --profile NAME      liest den API-Schlüssel von der Standardeingabe und speichert ihn im Schlüsselbund

Zugangsdaten: --profile NAME verwendet ein gespeichertes Profil und dessen Schlüssel aus dem
Schlüsselbund des Systems. Ohne diese Option werden PAYDESK_BASE_URL, PAYDESK_CLIENT_ID und
PAYDESK_API_KEY aus der Umgebung gelesen; --base-url hat Vorrang vor beidem. Der API-Schlüssel
wird nie als Option angenommen und erscheint daher weder in der Prozessliste noch im Shell-Verlauf.

Beträge werden als Dezimalzahl in der Hauptwährungseinheit angegeben und exakt umgerechnet:
--amount 12.34 --currency usd sendet 1234.

--timeout (Standard 30) ist, wie lange der Server schweigen darf, von 1 bis 3600 Sekunden.
--deadline (Standard 300) ist, wie lange der ganze Befehl dauern darf, von 1 bis 86400 Sekunden;
jede Anfrage bekommt die Hälfte davon, damit ein Erstellvorgang mit verlorener Antwort noch
geprüft werden kann.

Exit-Codes: 0 Erfolg; 2 falscher Aufruf oder ungültige Eingabe (nichts wurde gesendet); 3 von der
API abgelehnt (4xx); 4 Server- oder Netzwerkfehler (nichts wurde erstellt); 5 Ergebnis unbekannt
(ein Erstellvorgang, der nicht überprüft werden konnte: die Meldung sagt, wie man es prüft); 6
Zugangsdaten fehlen oder Fehler des Schlüsselbunds.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="94"/>
        <source>Field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="98"/>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="26"/>
        <source>--%1 must be a number of seconds from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine Anzahl Sekunden von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="53"/>
        <source>The base URL &quot;%1&quot; is not a valid address.</source>
        <translation>Die Basis-URL &quot;%1&quot; ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="58"/>
        <source>The base URL must use https:// (plain http:// is allowed only for this machine): %1</source>
        <translation>Die Basis-URL muss https:// verwenden (einfaches http:// ist nur für diesen Rechner erlaubt): %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="70"/>
        <source>Retrying %1 in %2 s (%3)…</source>
        <translation>Erneuter Versuch in %2 s: %1 (%3)…</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="86"/>
        <source>--%1 is for a connection without a profile: profile &quot;%2&quot; names its own.</source>
        <translation>--%1 gilt für eine Verbindung ohne Profil: Das Profil &quot;%2&quot; legt dies selbst fest.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="95"/>
        <source>There is no profile named &quot;%1&quot;. paydesk-cli profiles list shows the profiles; profiles add creates one.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;. paydesk-cli profiles list zeigt die Profile an; profiles add legt ein neues an.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="130"/>
        <source>--provider (or PAYDESK_PROVIDER) must be one of %1, not &quot;%2&quot;.</source>
        <translation>--provider (oder PAYDESK_PROVIDER) muss %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="138"/>
        <source>PAYDESK_BASE_URL (or --base-url)</source>
        <translation>PAYDESK_BASE_URL (oder --base-url)</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="142"/>
        <source>PAYDESK_ACCOUNT (or --account)</source>
        <translation>PAYDESK_ACCOUNT (oder --account)</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="149"/>
        <source>--account is for a provider whose key acts for an account; %1 takes PAYDESK_CLIENT_ID.</source>
        <translation>--account gilt für einen Anbieter, dessen Schlüssel für ein Konto handelt; %1 verwendet PAYDESK_CLIENT_ID.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connect.cpp" line="158"/>
        <source>No credentials: use --profile NAME, or set %1.</source>
        <translation>Keine Zugangsdaten: Verwenden Sie --profile NAME oder setzen Sie %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_generic.h" line="66"/>
        <source>--limit must be a whole number from 1 to 100.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 100 sein.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_generic.h" line="81"/>
        <source>Fetched %1 %2…</source>
        <translation>%1 %2 abgerufen…</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_generic.h" line="107"/>
        <source>Give exactly one id: paydesk-cli %1 get ID.</source>
        <translation>Geben Sie genau eine ID an: paydesk-cli %1 get ID.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_generic.h" line="129"/>
        <location filename="../../app/cli/commands_intents.cpp" line="144"/>
        <source>The answer was lost, but Paydesk found the %1 it created (request id %2).</source>
        <translation>Die Antwort ging verloren, aber Paydesk hat den erstellten Eintrag gefunden (%1, Anfrage-ID %2).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_generic.h" line="137"/>
        <location filename="../../app/cli/cli_generic.h" line="142"/>
        <source>The %1 was not created. %2</source>
        <translation>%1 wurde nicht erstellt. %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_generic.h" line="148"/>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_generic.h" line="149"/>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_generic.h" line="150"/>
        <source>Check with: paydesk-cli %1 check %2</source>
        <translation>Prüfen mit: paydesk-cli %1 check %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_generic.h" line="165"/>
        <source>Give exactly one request id: paydesk-cli %1 check REQUEST_ID (exit code 5 printed it).</source>
        <translation>Geben Sie genau eine Anfrage-ID an: paydesk-cli %1 check REQUEST_ID (Exit-Code 5 hat sie ausgegeben).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="210"/>
        <source>paydesk-cli gave up after %1 (--deadline): the server did not finish answering. Nothing was created.</source>
        <translation>paydesk-cli hat nach %1 aufgegeben (--deadline): Der Server hat nicht fertig geantwortet. Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="216"/>
        <source>paydesk-cli gave up after %1 (--deadline) before it could find out whether %2 was made.</source>
        <translation>paydesk-cli hat nach %1 aufgegeben (--deadline), bevor feststand, ob %2 ausgeführt wurde.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="219"/>
        <source>Check with: %1</source>
        <translation>Prüfen mit: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/options.cpp" line="116"/>
        <source>Usage: paydesk-cli [--profile NAME] [--base-url URL] [--provider dots|synaptopay]
                   [--account ACCOUNT] [--output table|json|csv] [--timeout SECONDS]
                   [--deadline SECONDS] COMMAND

Commands:
  customers list [--limit N] [--all] | customers get ID
  customers create [--first-name X --last-name Y | --business-name Z] [--email E] [--phone P]
                   [--country-code C] [--address-line1 L --address-line2 L --address-city C
                   --address-state S --address-postcode P --address-country C] [--metadata KEY=VALUE]...
  intents list [--limit N] [--all] | intents get ID
  intents create --amount DECIMAL --currency CODE [--customer ID] [--description TEXT]
                 [--payment-method ID] [--confirm] [--application-fee DECIMAL]
                 [--transfer-to USER_ID] [--metadata KEY=VALUE]...
                 SynaptoPay also: [--device ID] [--transfer ACCOUNT=DECIMAL]...
                 [--save-for-later off-session]
                 [--wait [--wait-timeout SECONDS]]  follow a confirmed payment to its end
  intents confirm ID --payment-method ID
  checkout list [--limit N] [--all] | checkout get ID
  checkout create --item NAME=PRICE[xQTY]... --success-url URL [--cancel-url URL]
                  [--customer-email EMAIL] [--customer ID] [--expires-in SECONDS]
                  [--client-reference-id REF] [--currency CODE] [--metadata KEY=VALUE]...
  refunds create --intent ID --amount DECIMAL [--reason REASON] | refunds list | refunds get ID
  customers|intents|checkout|refunds check REQUEST_ID
                            whether a create that ended with exit code 5 made its object
  payment-methods list --customer ID
  devices list [--limit N] [--all]   the card terminals (SynaptoPay)
  profiles list | profiles add NAME --environment production|sandbox|URL --client-id ID [--app-id ID]
  profiles add NAME --provider synaptopay --environment production|sandbox|URL --account acct_ID
  profiles remove NAME
  login --profile NAME      reads the API key from standard input and stores it in the keychain

Credentials: --profile NAME uses a saved profile and its key from the system keychain. Without
it, PAYDESK_BASE_URL, PAYDESK_CLIENT_ID and PAYDESK_API_KEY are read from the environment;
--base-url wins over both. For SynaptoPay (--provider synaptopay, or PAYDESK_PROVIDER), the
account (--account acct_ID, or PAYDESK_ACCOUNT) takes the place of the client id. The API key is
never accepted as an option, so it never shows in the process list or the shell history.

An ID is the provider&apos;s id; for SynaptoPay the full name (accounts/acct_X/payment-intents/pi_Y)
or the short id (pi_Y) of an object of the account.

Amounts are decimal in major units and converted exactly: --amount 12.34 --currency usd sends 1234.

--timeout (default 30) is how long the server may stay silent, from 1 to 3600 seconds.
--deadline (default 300) is how long the whole command may take, from 1 to 86400 seconds; each
request gets half of it, so that a create whose answer is lost still has time to be checked.
--wait-timeout (default 120, up to 3600) is how long --wait follows the payment once created.

Exit codes: 0 success; 2 bad usage or invalid input (nothing was sent); 3 rejected by the API
(4xx), or with --wait, the payment was declined; 4 server or network failure (nothing was
created); 5 outcome unknown (a create that could not be checked, or with --wait, a payment still
in progress: the message says how to check); 6 credentials missing or keychain failure.
</source>
        <translation>Aufruf: paydesk-cli [--profile NAME] [--base-url URL] [--provider dots|synaptopay]
                   [--account ACCOUNT] [--output table|json|csv] [--timeout SECONDS]
                   [--deadline SECONDS] COMMAND

Befehle:
  customers list [--limit N] [--all] | customers get ID
  customers create [--first-name X --last-name Y | --business-name Z] [--email E] [--phone P]
                   [--country-code C] [--address-line1 L --address-line2 L --address-city C
                   --address-state S --address-postcode P --address-country C] [--metadata KEY=VALUE]...
  intents list [--limit N] [--all] | intents get ID
  intents create --amount DECIMAL --currency CODE [--customer ID] [--description TEXT]
                 [--payment-method ID] [--confirm] [--application-fee DECIMAL]
                 [--transfer-to USER_ID] [--metadata KEY=VALUE]...
                 SynaptoPay außerdem: [--device ID] [--transfer ACCOUNT=DECIMAL]...
                 [--save-for-later off-session]
                 [--wait [--wait-timeout SECONDS]]  eine bestätigte Zahlung bis zum Ende verfolgen
  intents confirm ID --payment-method ID
  checkout list [--limit N] [--all] | checkout get ID
  checkout create --item NAME=PRICE[xQTY]... --success-url URL [--cancel-url URL]
                  [--customer-email EMAIL] [--customer ID] [--expires-in SECONDS]
                  [--client-reference-id REF] [--currency CODE] [--metadata KEY=VALUE]...
  refunds create --intent ID --amount DECIMAL [--reason REASON] | refunds list | refunds get ID
  customers|intents|checkout|refunds check REQUEST_ID
                            ob ein Erstellvorgang, der mit Exit-Code 5 endete, etwas erstellt hat
  payment-methods list --customer ID
  devices list [--limit N] [--all]   die Kartenterminals (SynaptoPay)
  profiles list | profiles add NAME --environment production|sandbox|URL --client-id ID [--app-id ID]
  profiles add NAME --provider synaptopay --environment production|sandbox|URL --account acct_ID
  profiles remove NAME
  login --profile NAME      liest den API-Schlüssel von der Standardeingabe und speichert ihn im Schlüsselbund

Zugangsdaten: --profile NAME verwendet ein gespeichertes Profil und dessen Schlüssel aus dem
Schlüsselbund des Systems. Ohne diese Option werden PAYDESK_BASE_URL, PAYDESK_CLIENT_ID und
PAYDESK_API_KEY aus der Umgebung gelesen; --base-url hat Vorrang vor beidem. Für SynaptoPay
(--provider synaptopay oder PAYDESK_PROVIDER) tritt das Konto (--account acct_ID oder
PAYDESK_ACCOUNT) an die Stelle der Client-ID. Der API-Schlüssel wird nie als Option angenommen
und erscheint daher weder in der Prozessliste noch im Shell-Verlauf.

Eine ID ist die ID des Anbieters; bei SynaptoPay der vollständige Name
(accounts/acct_X/payment-intents/pi_Y) oder die kurze ID (pi_Y) eines Objekts des Kontos.

Beträge werden als Dezimalzahl in der Hauptwährungseinheit angegeben und exakt umgerechnet:
--amount 12.34 --currency usd sendet 1234.

--timeout (Standard 30) ist, wie lange der Server schweigen darf, von 1 bis 3600 Sekunden.
--deadline (Standard 300) ist, wie lange der ganze Befehl dauern darf, von 1 bis 86400 Sekunden;
jede Anfrage bekommt die Hälfte davon, damit ein Erstellvorgang mit verlorener Antwort noch
geprüft werden kann.
--wait-timeout (Standard 120, bis 3600) ist, wie lange --wait die erstellte Zahlung verfolgt.

Exit-Codes: 0 Erfolg; 2 falscher Aufruf oder ungültige Eingabe (nichts wurde gesendet); 3 von der
API abgelehnt (4xx) oder, mit --wait, die Zahlung wurde abgelehnt; 4 Server- oder Netzwerkfehler
(nichts wurde erstellt); 5 Ergebnis unbekannt (ein Erstellvorgang, der nicht überprüft werden
konnte, oder, mit --wait, eine Zahlung, die noch läuft: die Meldung sagt, wie man es prüft); 6
Zugangsdaten fehlen oder Fehler des Schlüsselbunds.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/options.cpp" line="216"/>
        <source>--metadata must be KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--metadata muss KEY=VALUE sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_customers.cpp" line="12"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_customers.cpp" line="75"/>
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_customers.cpp" line="80"/>
        <location filename="../../app/cli/commands_customers.cpp" line="89"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="296"/>
        <source>the confirmation</source>
        <translation>die Bestätigung</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="15"/>
        <source>payment intents</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="42"/>
        <source>--amount and --currency are required: paydesk-cli intents create --amount 12.34 --currency usd.</source>
        <translation>--amount und --currency sind erforderlich: paydesk-cli intents create --amount 12.34 --currency usd.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="73"/>
        <source>--transfer must be ACCOUNT=AMOUNT, such as accounts/acct_123=5.00, not &quot;%1&quot;.</source>
        <translation>--transfer muss ACCOUNT=AMOUNT sein, z. B. accounts/acct_123=5.00, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="80"/>
        <source>--transfer &quot;%1&quot;: %2</source>
        <translation>--transfer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="88"/>
        <source>--save-for-later takes off-session (save the card for payments started later without the customer), not &quot;%1&quot;.</source>
        <translation>--save-for-later nimmt off-session (die Karte für später ohne den Kunden gestartete Zahlungen speichern), nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="101"/>
        <source>--wait-timeout must be a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--wait-timeout muss eine ganze Zahl von Sekunden von 1 bis %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="108"/>
        <source>--wait-timeout needs --wait.</source>
        <translation>--wait-timeout braucht --wait.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="113"/>
        <source>--wait follows a payment that is confirmed now: add --confirm with --device or --payment-method.</source>
        <translation>--wait verfolgt eine Zahlung, die jetzt bestätigt wird: Fügen Sie --confirm mit --device oder --payment-method hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="136"/>
        <source>the payment intent</source>
        <translation>die Zahlung</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="146"/>
        <location filename="../../app/cli/commands_intents.cpp" line="151"/>
        <location filename="../../app/cli/commands_intents.cpp" line="313"/>
        <source>payment intent</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="195"/>
        <source>--device: there is no card terminal %1. paydesk-cli devices list shows them.</source>
        <translation>--device: Es gibt kein Kartenterminal %1. paydesk-cli devices list zeigt sie an.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="208"/>
        <source>Waiting for the payment %1…</source>
        <translation>Warte auf die Zahlung %1…</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="209"/>
        <source>Waiting for the payment %1 on the card terminal %2…</source>
        <translation>Warte auf die Zahlung %1 am Kartenterminal %2…</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="218"/>
        <location filename="../../app/cli/commands_intents.cpp" line="264"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="226"/>
        <location filename="../../app/cli/commands_intents.cpp" line="263"/>
        <source>Payment intent: %1</source>
        <translation>Zahlung: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="227"/>
        <source>Check with: paydesk-cli intents get %1</source>
        <translation>Prüfen mit: paydesk-cli intents get %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="266"/>
        <source>The payment did not go through: %1</source>
        <translation>Die Zahlung ist nicht durchgegangen: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="269"/>
        <source>The card terminal %1 did not take the payment: %2</source>
        <translation>Das Kartenterminal %1 hat die Zahlung nicht angenommen: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_intents.cpp" line="277"/>
        <source>Give exactly one id: paydesk-cli intents confirm ID --payment-method ID.</source>
        <translation>Geben Sie genau eine ID an: paydesk-cli intents confirm ID --payment-method ID.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_checkout.cpp" line="13"/>
        <source>checkout sessions</source>
        <translation>Checkout-Sitzungen</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_checkout.cpp" line="45"/>
        <source>--item must be NAME=PRICE or NAME=PRICExQUANTITY, not &quot;%1&quot;.</source>
        <translation>--item muss NAME=PRICE oder NAME=PRICExQUANTITY sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_checkout.cpp" line="56"/>
        <source>--item &quot;%1&quot;: the quantity after x must be a whole number.</source>
        <translation>--item &quot;%1&quot;: Die Menge nach x muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_checkout.cpp" line="65"/>
        <source>--item &quot;%1&quot;: %2</source>
        <translation>--item &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_checkout.cpp" line="80"/>
        <source>--expires-in must be a whole number of seconds from 0 to 10800.</source>
        <translation>--expires-in muss eine ganze Anzahl Sekunden von 0 bis 10800 sein.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_checkout.cpp" line="102"/>
        <source>%1 keeps one amount per checkout link, not its items: the link asks for %2 %3.</source>
        <translation>%1 speichert pro Checkout-Link nur einen Betrag, nicht die einzelnen Artikel: Der Link fordert %2 %3 an.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_checkout.cpp" line="108"/>
        <source>the checkout session</source>
        <translation>die Checkout-Sitzung</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_checkout.cpp" line="113"/>
        <location filename="../../app/cli/commands_checkout.cpp" line="122"/>
        <source>checkout session</source>
        <translation>Checkout-Sitzung</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_refunds.cpp" line="12"/>
        <source>refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_refunds.cpp" line="33"/>
        <source>--intent and --amount are required: paydesk-cli refunds create --intent ID --amount 5.00.</source>
        <translation>--intent und --amount sind erforderlich: paydesk-cli refunds create --intent ID --amount 5.00.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_refunds.cpp" line="66"/>
        <source>the refund</source>
        <translation>die Erstattung</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_refunds.cpp" line="71"/>
        <location filename="../../app/cli/commands_refunds.cpp" line="81"/>
        <source>refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_refunds.cpp" line="91"/>
        <source>--customer is required: paydesk-cli payment-methods list --customer ID.</source>
        <translation>--customer ist erforderlich: paydesk-cli payment-methods list --customer ID.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_refunds.cpp" line="95"/>
        <source>payment methods</source>
        <translation>Zahlungsmethoden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="76"/>
        <source>--environment is required: production, sandbox, or a base URL.</source>
        <translation>--environment ist erforderlich: production, sandbox oder eine Basis-URL.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="96"/>
        <source>A profile named &quot;%1&quot; exists already; remove it first.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits; entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; (%2). Store its API key with: paydesk-cli login --profile &quot;%1&quot;</source>
        <translation type="vanished">Profil &quot;%1&quot; hinzugefügt (%2). Speichern Sie den API-Schlüssel mit: paydesk-cli login --profile &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="59"/>
        <source>--provider must be one of %1, not &quot;%2&quot;.</source>
        <translation>--provider muss %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="70"/>
        <source>--%1 does not apply to a %2 profile.</source>
        <translation>--%1 gilt nicht für ein %2-Profil.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="102"/>
        <source>Added profile &quot;%1&quot; (%2, %3). Store its API key with: paydesk-cli login --profile &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot; hinzugefügt (%2, %3). Speichern Sie den API-Schlüssel mit: paydesk-cli login --profile &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="116"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="123"/>
        <source>Removed profile &quot;%1&quot;, but its API key could not be removed from the keychain: %2</source>
        <translation>Profil &quot;%1&quot; wurde entfernt, aber sein API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="128"/>
        <source>Removed profile &quot;%1&quot; and its API key.</source>
        <translation>Profil &quot;%1&quot; und sein API-Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="139"/>
        <source>login needs --profile NAME.</source>
        <translation>login benötigt --profile NAME.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="144"/>
        <source>There is no profile named &quot;%1&quot;; add it first with paydesk-cli profiles add.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;; legen Sie es zuerst mit paydesk-cli profiles add an.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="149"/>
        <source>API key for profile &quot;%1&quot;: </source>
        <translation>API-Schlüssel für Profil &quot;%1&quot;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="151"/>
        <source>No API key was given on standard input.</source>
        <translation>Über die Standardeingabe wurde kein API-Schlüssel übergeben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_profiles.cpp" line="159"/>
        <source>Stored the API key for profile &quot;%1&quot; in %2.</source>
        <translation>API-Schlüssel für Profil &quot;%1&quot; in %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_devices.cpp" line="11"/>
        <source>card terminals</source>
        <translation>Kartenterminals</translation>
    </message>
</context>
</TS>
