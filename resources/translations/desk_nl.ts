<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="nl_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desk/ui/about.py" line="28"/>
        <location filename="../../desk/ui/about.py" line="29"/>
        <source>(niet ingesteld)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="34"/>
        <source>Begeleide digitale dienstverlening voor de loketten van Zuid-West-Vlaanderen.</source>
        <translation>Begeleide digitale dienstverlening voor de loketten van Zuid-West-Vlaanderen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="25"/>
        <source>Databank</source>
        <translation>Databank</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="27"/>
        <source>Gebruikersinstellingen</source>
        <translation>Gebruikersinstellingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="24"/>
        <source>Gegevensmap</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="29"/>
        <source>Kantoor</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="26"/>
        <source>Machineconfiguratie</source>
        <translation>Machineconfiguratie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="30"/>
        <source>Oefenmodus</source>
        <translation>Oefenmodus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="28"/>
        <source>Organisatie</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="18"/>
        <location filename="../../desk/ui/about.py" line="19"/>
        <source>Over Desk</source>
        <translation>Over Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="32"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="31"/>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="46"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="23"/>
        <source>Versie</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="30"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="30"/>
        <source>nee</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../../desk/bootstrap.py" line="113"/>
        <source>Configuratieprobleem: {0}</source>
        <translation>Configuratieprobleem: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/bootstrap.py" line="140"/>
        <source>Databank niet beschikbaar</source>
        <translation>Databank niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../desk/bootstrap.py" line="172"/>
        <source>Databank openen</source>
        <translation>Databank openen</translation>
    </message>
    <message>
        <location filename="../../desk/bootstrap.py" line="128"/>
        <source>De lokale databank kon niet worden geopend. Zie het logboek.</source>
        <translation>De lokale databank kon niet worden geopend. Zie het logboek.</translation>
    </message>
</context>
<context>
    <name>CaseLog</name>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="147"/>
        <source>Bewaartermijn toepassen</source>
        <translation>Bewaartermijn toepassen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="54"/>
        <source>Contact &amp;loggen…</source>
        <translation>Contact &amp;loggen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="166"/>
        <source>De databank wordt nog geopend…</source>
        <translation>De databank wordt nog geopend…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="131"/>
        <source>Een contact dat nog niet bewaard was, is hersteld. Kijk het na en bewaar.</source>
        <translation>Een contact dat nog niet bewaard was, is hersteld. Kijk het na en bewaar.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="58"/>
        <source>Een geholpen burger loggen (Ctrl+L)</source>
        <translation>Een geholpen burger loggen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="103"/>
        <source>Opvolgingen tellen</source>
        <translation>Opvolgingen tellen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="112"/>
        <source>Opvolgingen: {0} voor vandaag, {1} achterstallig. Zie Logboek → ‘Opvolging te doen’.</source>
        <translation>Opvolgingen: {0} voor vandaag, {1} achterstallig. Zie Logboek → ‘Opvolging te doen’.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Kantoor</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="227"/>
        <source>Klik om te sorteren</source>
        <translation>Klik om te sorteren</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="226"/>
        <source>Op deze kolom kan niet gesorteerd worden</source>
        <translation>Op deze kolom kan niet gesorteerd worden</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Verzending</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <source>alleen lokaal</source>
        <translation>alleen lokaal</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>te verzenden</source>
        <translation>te verzenden</translation>
    </message>
    <message>
        <source>verzonden</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="177"/>
        <source>{0} (afgehandeld)</source>
        <translation>{0} (afgehandeld)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="74"/>
        <location filename="../../desk/ui/cases/model.py" line="179"/>
        <source>{0} (te laat)</source>
        <translation>{0} (te laat)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="181"/>
        <source>{0} (vandaag)</source>
        <translation>{0} (vandaag)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="74"/>
        <location filename="../../desk/ui/cases/model.py" line="194"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="186"/>
        <source>{0} · contact: {1}</source>
        <translation>{0} · contact: {1}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/page.py" line="375"/>
        <source>%Ln contacten</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="112"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="130"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="106"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/page.py" line="278"/>
        <source>&lt;b&gt;%n opvolgingen&lt;/b&gt; te doen (vandaag of eerder). &lt;a href='#due'&gt;Toon ze&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n opvolging&lt;/b&gt; te doen (vandaag of eerder). &lt;a href='#due'&gt;Toon ze&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n opvolgingen&lt;/b&gt; te doen (vandaag of eerder). &lt;a href='#due'&gt;Toon ze&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="206"/>
        <source>Aantal contacten</source>
        <translation>Aantal contacten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="131"/>
        <source>Afhandeling van de opvolging ongedaan maken</source>
        <translation>Afhandeling van de opvolging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="172"/>
        <source>Alleen &amp;mijn contacten</source>
        <translation>Alleen &amp;mijn contacten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="173"/>
        <source>Alleen de contacten die ik gelogd heb</source>
        <translation>Alleen de contacten die ik gelogd heb</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="170"/>
        <source>Alleen opvolgingen die te doen zijn, de eerste vervaldag eerst</source>
        <translation>Alleen opvolgingen die te doen zijn, de eerste vervaldag eerst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="104"/>
        <source>Be&amp;werken</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="493"/>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="453"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="102"/>
        <source>Contact loggen (Ctrl+L)</source>
        <translation>Contact loggen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="403"/>
        <location filename="../../desk/ui/cases/page.py" line="408"/>
        <location filename="../../desk/ui/cases/page.py" line="417"/>
        <source>Contact verwijderen</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="185"/>
        <source>Contacten</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="451"/>
        <location filename="../../desk/ui/cases/page.py" line="487"/>
        <source>Contacten exporteren</source>
        <translation>Contacten exporteren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="111"/>
        <source>Contacten exporteren naar CSV</source>
        <translation>Contacten exporteren naar CSV</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="492"/>
        <location filename="../../desk/ui/cases/page.py" line="529"/>
        <source>Contacten importeren</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="113"/>
        <source>Contacten importeren uit CSV</source>
        <translation>Contacten importeren uit CSV</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="369"/>
        <source>Contacten tellen…</source>
        <translation>Contacten tellen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="404"/>
        <source>Dit contact verwijderen? Het verdwijnt ook op de centrale server bij de volgende synchronisatie.</source>
        <translation>Dit contact verwijderen? Het verdwijnt ook op de centrale server bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="110"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/page.py" line="484"/>
        <source>Export van %n contacten</source>
        <translation>
            <numerusform>Export van %n contact</numerusform>
            <numerusform>Export van %n contacten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="179"/>
        <source>Fout in de filter</source>
        <translation>Fout in de filter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="299"/>
        <source>Fout: {0}</source>
        <translation>Fout: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="342"/>
        <source>Geen contacten voor deze zoekopdracht of filters.

Wis het zoekveld en de datums, zet ‘Opvolging te doen’ en ‘Alleen mijn contacten’ uit, en kies ‘alle …’ in de lijsten om alle contacten te zien.</source>
        <translation>Geen contacten voor deze zoekopdracht of filters.

Wis het zoekveld en de datums, zet ‘Opvolging te doen’ en ‘Alleen mijn contacten’ uit, en kies ‘alle …’ in de lijsten om alle contacten te zien.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="105"/>
        <source>Gekozen contact bewerken</source>
        <translation>Gekozen contact bewerken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="107"/>
        <source>Gekozen contact verwijderen</source>
        <translation>Gekozen contact verwijderen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="262"/>
        <source>Gids: {0}</source>
        <translation>Gids: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="512"/>
        <source>Het bestand heeft {0} probleem/problemen; er is niets geïmporteerd. Verbeter het bestand en probeer opnieuw.</source>
        <translation>Het bestand heeft {0} probleem/problemen; er is niets geïmporteerd. Verbeter het bestand en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="518"/>
        <source>Import klaar</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="159"/>
        <source>Kanaal</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="158"/>
        <source>Kantoor</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="77"/>
        <location filename="../../desk/ui/cases/page.py" line="99"/>
        <source>Logboek</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="205"/>
        <source>Logboek wordt geladen…</source>
        <translation>Logboek wordt geladen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="511"/>
        <source>Niets geïmporteerd</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="103"/>
        <source>Nieuw contact loggen</source>
        <translation>Nieuw contact loggen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="346"/>
        <source>Nog geen contacten in het logboek.

Log elke burger die u helpt: druk Ctrl+L of kies ‘Contact loggen’. Na een gids opent het loggen vanzelf, al ingevuld.</source>
        <translation>Nog geen contacten in het logboek.

Log elke burger die u helpt: druk Ctrl+L of kies ‘Contact loggen’. Na een gids opent het loggen vanzelf, al ingevuld.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="162"/>
        <source>Onderwerp</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="132"/>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="458"/>
        <source>Ook de contactreferenties (persoonsgegevens) meenemen? Dit wordt in het auditlogboek genoteerd.</source>
        <translation>Ook de contactreferenties (persoonsgegevens) meenemen? Dit wordt in het auditlogboek genoteerd.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="108"/>
        <source>Opvolging &amp;afgehandeld</source>
        <translation>Opvolging &amp;afgehandeld</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="428"/>
        <source>Opvolging afgehandeld. Per ongeluk? Maak het ongedaan (Ctrl+Z).</source>
        <translation>Opvolging afgehandeld. Per ongeluk? Maak het ongedaan (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="168"/>
        <source>Opvolging te &amp;doen</source>
        <translation>Opvolging te &amp;doen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="109"/>
        <source>Opvolging van het gekozen contact afhandelen</source>
        <translation>Opvolging van het gekozen contact afhandelen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="271"/>
        <source>Opvolgingen tellen</source>
        <translation>Opvolgingen tellen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="120"/>
        <source>Opvolgingen van vandaag</source>
        <translation>Opvolgingen van vandaag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="457"/>
        <source>Persoonsgegevens</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="378"/>
        <source>Tellen</source>
        <translation>Tellen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="153"/>
        <source>Tot en met datum</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="163"/>
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="150"/>
        <source>Vanaf datum</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="145"/>
        <source>Zoeken in het logboek</source>
        <translation>Zoeken in het logboek</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="144"/>
        <source>Zoeken in onderwerpen en notities…</source>
        <translation>Zoeken in onderwerpen en notities…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="159"/>
        <source>alle kanalen</source>
        <translation>alle kanalen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="158"/>
        <source>alle kantoren</source>
        <translation>alle kantoren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="162"/>
        <source>alle onderwerpen</source>
        <translation>alle onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="163"/>
        <source>alle uitkomsten</source>
        <translation>alle uitkomsten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="297"/>
        <source>de begindatum ligt na de einddatum</source>
        <translation>de begindatum ligt na de einddatum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="286"/>
        <source>tot</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="152"/>
        <source>tot dd-mm-jjjj</source>
        <translation>tot dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="286"/>
        <source>van</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="149"/>
        <source>van dd-mm-jjjj</source>
        <translation>van dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="478"/>
        <source>{0} contacten geschreven…</source>
        <translation>{0} contacten geschreven…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="519"/>
        <source>{0} contacten geïmporteerd, {1} overgeslagen (bestonden al).</source>
        <translation>{0} contacten geïmporteerd, {1} overgeslagen (bestonden al).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="294"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../../desk/ui/guides/citizen.py" line="161"/>
        <location filename="../../desk/ui/guides/citizen.py" line="162"/>
        <source>Burgerscherm</source>
        <translation>Burgerscherm</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/citizen.py" line="263"/>
        <source>Burgerscherm — {0}</source>
        <translation>Burgerscherm — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/citizen.py" line="193"/>
        <source>Voortgang</source>
        <translation>Voortgang</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="198"/>
        <source>&amp;Diagnose voor helpdesk…</source>
        <translation>&amp;Diagnose voor helpdesk…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="185"/>
        <source>Bewaard als {0}</source>
        <translation>Bewaard als {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="165"/>
        <source>Diagnose bewaren</source>
        <translation>Diagnose bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="134"/>
        <source>Diagnose verzamelen</source>
        <translation>Diagnose verzamelen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="74"/>
        <location filename="../../desk/ui/diagnostics.py" line="75"/>
        <source>Diagnose voor helpdesk</source>
        <translation>Diagnose voor helpdesk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="80"/>
        <source>Dit rapport helpt de helpdesk om een probleem met Desk te vinden. Het bevat versies, instellingen (zonder wachtwoorden), de toestand van de databank en de synchronisatie, en de laatste logregels.
Het bevat geen persoonsgegevens van burgers en geen toegangssleutels.</source>
        <translation>Dit rapport helpt de helpdesk om een probleem met Desk te vinden. Het bevat versies, instellingen (zonder wachtwoorden), de toestand van de databank en de synchronisatie, en de laatste logregels.
Het bevat geen persoonsgegevens van burgers en geen toegangssleutels.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="199"/>
        <source>Een rapport zonder persoonsgegevens maken voor de helpdesk</source>
        <translation>Een rapport zonder persoonsgegevens maken voor de helpdesk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="94"/>
        <source>Gegevens verzamelen…</source>
        <translation>Gegevens verzamelen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="149"/>
        <source>Het rapport kon niet worden gemaakt ({0}). Zie het logboek.</source>
        <translation>Het rapport kon niet worden gemaakt ({0}). Zie het logboek.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="181"/>
        <source>Kan {0} niet bewaren: {1}</source>
        <translation>Kan {0} niet bewaren: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="144"/>
        <source>Klaar. Bewaar het rapport en stuur het naar de helpdesk.</source>
        <translation>Klaar. Bewaar het rapport en stuur het naar de helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="104"/>
        <source>Opslaan als zip…</source>
        <translation>Opslaan als zip…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="193"/>
        <source>Overzicht gekopieerd.</source>
        <translation>Overzicht gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="107"/>
        <source>Overzicht kopiëren</source>
        <translation>Overzicht kopiëren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="93"/>
        <source>Overzicht van het rapport</source>
        <translation>Overzicht van het rapport</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="113"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="165"/>
        <source>Zip-bestand (*.zip)</source>
        <translation>Zip-bestand (*.zip)</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../desk/ui/empty.py" line="29"/>
        <source>Lege lijst</source>
        <translation>Lege lijst</translation>
    </message>
</context>
<context>
    <name>EndedPanel</name>
    <message numerus="yes">
        <location filename="../../desk/ui/guides/runner_panels.py" line="511"/>
        <source>%n stappen</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Doorverwijzen…</source>
        <translation type="vanished">&amp;Doorverwijzen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="507"/>
        <source>Advies: {0}</source>
        <translation>Advies: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="498"/>
        <source>Dit lukte vandaag niet. Een partner kan de burger verder helpen: druk op Enter of kies Doorverwijzen. Noden en drempels staan al ingevuld.</source>
        <translation>Dit lukte vandaag niet. Een partner kan de burger verder helpen: druk op Enter of kies Doorverwijzen. Noden en drempels staan al ingevuld.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="475"/>
        <source>Door&amp;verwijzen…</source>
        <translation>Door&amp;verwijzen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="476"/>
        <source>Doorverwijzing maken voor deze burger</source>
        <translation>Doorverwijzing maken voor deze burger</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="504"/>
        <source>Gids afgelopen: {0}</source>
        <translation>Gids afgelopen: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="480"/>
        <source>Terug &amp;naar de gidsen</source>
        <translation>Terug &amp;naar de gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="481"/>
        <source>Terug naar de gidsen</source>
        <translation>Terug naar de gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="516"/>
        <source>Verder in een andere gids.</source>
        <translation>Verder in een andere gids.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="512"/>
        <source>• {0}: {1}, {2}, ongeveer {3} min.</source>
        <translation>• {0}: {1}, {2}, ongeveer {3} min.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="63"/>
        <source>&amp;Aanmeldcode:</source>
        <translation>&amp;Aanmeldcode:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="59"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="130"/>
        <source>Aangemeld bij {0} ({1}).</source>
        <translation>Aangemeld bij {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="62"/>
        <source>Aanmeldcode</source>
        <translation>Aanmeldcode</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="90"/>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="124"/>
        <source>Aanmelden</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="39"/>
        <source>Aanmelden bij de centrale server</source>
        <translation>Aanmelden bij de centrale server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="141"/>
        <source>Aanmelden mislukte door een fout in Desk. Zie het logboek.</source>
        <translation>Aanmelden mislukte door een fout in Desk. Zie het logboek.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="56"/>
        <source>Adres van de centrale server</source>
        <translation>Adres van de centrale server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="114"/>
        <source>Bezig met aanmelden…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="105"/>
        <source>De lokale databank is nog niet geopend.</source>
        <translation>De lokale databank is nog niet geopend.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="70"/>
        <source>De toestelsleutel wordt bewaard in: {0}.</source>
        <translation>De toestelsleutel wordt bewaard in: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="73"/>
        <source>Let op: {0}</source>
        <translation>Let op: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="81"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="44"/>
        <source>Vraag IT om een eenmalige aanmeldcode. Na het aanmelden verstuurt Desk uw logboek en doorverwijzingen naar de centrale dienst. Gegevens die al op deze computer staan blijven bewaard.</source>
        <translation>Vraag IT om een eenmalige aanmeldcode. Na het aanmelden verstuurt Desk uw logboek en doorverwijzingen naar de centrale dienst. Gegevens die al op deze computer staan blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="108"/>
        <source>Vul het adres van de server en de aanmeldcode in.</source>
        <translation>Vul het adres van de server en de aanmeldcode in.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="76"/>
        <source>Waar de toestelsleutel bewaard wordt</source>
        <translation>Waar de toestelsleutel bewaard wordt</translation>
    </message>
</context>
<context>
    <name>ErrorDisplay</name>
    <message>
        <location filename="../../desk/ui/errors.py" line="54"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="69"/>
        <source>Er ging iets mis</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="70"/>
        <source>Er liep iets mis in Desk. Uw gegevens zijn bewaard. De fout is in het logboek geschreven; meld ze aan de helpdesk (Help → Diagnose voor helpdesk).</source>
        <translation>Er liep iets mis in Desk. Uw gegevens zijn bewaard. De fout is in het logboek geschreven; meld ze aan de helpdesk (Help → Diagnose voor helpdesk).</translation>
    </message>
</context>
<context>
    <name>FieldChoiceDialog</name>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="275"/>
        <source>Per veld kiezen</source>
        <translation>Per veld kiezen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="277"/>
        <source>Vink de velden aan waarvoor u de versie van de server wilt nemen. De andere velden houden uw versie.</source>
        <translation>Vink de velden aan waarvoor u de versie van de server wilt nemen. De andere velden houden uw versie.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="283"/>
        <source>{0}: mijn versie «{1}» — server «{2}»</source>
        <translation>{0}: mijn versie «{1}» — server «{2}»</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desk/ui/first_run.py" line="169"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="115"/>
        <source>&amp;Kantoor:</source>
        <translation>&amp;Kantoor:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="174"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="117"/>
        <source>&amp;Taal van Desk:</source>
        <translation>&amp;Taal van Desk:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="114"/>
        <source>&amp;Uw korte naam (voor het logboek):</source>
        <translation>&amp;Uw korte naam (voor het logboek):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="148"/>
        <source>Aanmelden bij de centrale server: dan gaan uw logboek en doorverwijzingen naar de centrale dienst. Daarvoor hebt u een eenmalige aanmeldcode van IT nodig. Zonder aanmelding werkt Desk ook; alles blijft dan op deze computer tot u aanmeldt (Bestand → Aanmelden bij de centrale server).</source>
        <translation>Aanmelden bij de centrale server: dan gaan uw logboek en doorverwijzingen naar de centrale dienst. Daarvoor hebt u een eenmalige aanmeldcode van IT nodig. Zonder aanmelding werkt Desk ook; alles blijft dan op deze computer tot u aanmeldt (Bestand → Aanmelden bij de centrale server).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="155"/>
        <source>Bewaren en &amp;aanmelden…</source>
        <translation>Bewaren en &amp;aanmelden…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="156"/>
        <source>Bewaren en aanmelden bij de centrale server</source>
        <translation>Bewaren en aanmelden bij de centrale server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="132"/>
        <source>De nieuwe taal geldt na het herstarten van Desk.</source>
        <translation>De nieuwe taal geldt na het herstarten van Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="86"/>
        <source>Desk instellen</source>
        <translation>Desk instellen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="141"/>
        <source>Ingesteld door de IT-dienst: {0}.</source>
        <translation>Ingesteld door de IT-dienst: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="176"/>
        <source>Later: nu overslaan</source>
        <translation>Later: nu overslaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="163"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="86"/>
        <source>Uw korte naam</source>
        <translation>Uw korte naam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="198"/>
        <source>Vul uw korte naam in, of kies Later.</source>
        <translation>Vul uw korte naam in, of kies Later.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="92"/>
        <source>Welkom bij Desk. Vul hieronder in wie u bent en waar u werkt: Desk zet dit bij elk contact dat u logt. U kunt dit later wijzigen in Bestand → Instellingen, en u kunt deze stap ook overslaan.</source>
        <translation>Welkom bij Desk. Vul hieronder in wie u bent en waar u werkt: Desk zet dit bij elk contact dat u logt. U kunt dit later wijzigen in Bestand → Instellingen, en u kunt deze stap ook overslaan.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="103"/>
        <source>bv. An of AVD</source>
        <translation>bv. An of AVD</translation>
    </message>
</context>
<context>
    <name>GuideImage</name>
    <message>
        <location filename="../../desk/ui/guides/images.py" line="44"/>
        <source>[Afbeelding: {0}]</source>
        <translation>[Afbeelding: {0}]</translation>
    </message>
</context>
<context>
    <name>GuideReports</name>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="93"/>
        <source>Afgesloten door de redactie</source>
        <translation>Afgesloten door de redactie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="100"/>
        <source>Alleen op deze computer (oefenprofiel)</source>
        <translation>Alleen op deze computer (oefenprofiel)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="141"/>
        <source>Antwoord van de redactie</source>
        <translation>Antwoord van de redactie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="207"/>
        <source>Antwoord van de redactie:</source>
        <translation>Antwoord van de redactie:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="109"/>
        <source>De stap is aangepast in versie {0}.</source>
        <translation>De stap is aangepast in versie {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Gemeld op</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="199"/>
        <source>Gemeld op: {0}</source>
        <translation>Gemeld op: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Gids</source>
        <translation>Gids</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="197"/>
        <source>Gids: {0} (versie {1})</source>
        <translation>Gids: {0} (versie {1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="72"/>
        <source>Melding bewaard op deze computer. Dit is een oefenprofiel: de melding wordt niet verstuurd.</source>
        <translation>Melding bewaard op deze computer. Dit is een oefenprofiel: de melding wordt niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="75"/>
        <source>Melding bewaard op deze computer. Ze wordt verstuurd zodra deze computer met de centrale dienst verbonden is en synchroniseert.</source>
        <translation>Melding bewaard op deze computer. Ze wordt verstuurd zodra deze computer met de centrale dienst verbonden is en synchroniseert.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="77"/>
        <source>Melding bewaard; ze wordt verstuurd bij de volgende synchronisatie.</source>
        <translation>Melding bewaard; ze wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="202"/>
        <source>Melding:</source>
        <translation>Melding:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="98"/>
        <source>Open; geweigerd door de server (zie Synchronisatieproblemen)</source>
        <translation>Open; geweigerd door de server (zie Synchronisatieproblemen)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="96"/>
        <source>Open; nog niet verstuurd</source>
        <translation>Open; nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="101"/>
        <source>Open; verstuurd naar de redactie</source>
        <translation>Open; verstuurd naar de redactie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="92"/>
        <source>Opgelost in versie {0} van de gids</source>
        <translation>Opgelost in versie {0} van de gids</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="200"/>
        <source>Stand: {0}</source>
        <translation>Stand: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Stap</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="198"/>
        <source>Stap: {0}</source>
        <translation>Stap: {0}</translation>
    </message>
</context>
<context>
    <name>GuideReportsDialog</name>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="391"/>
        <source>&amp;Meldingen:</source>
        <translation>&amp;Meldingen:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="397"/>
        <source>&amp;Volledige tekst:</source>
        <translation>&amp;Volledige tekst:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="430"/>
        <source>Meldingen laden</source>
        <translation>Meldingen laden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="384"/>
        <location filename="../../desk/ui/guides/reports.py" line="393"/>
        <source>Meldingen over gidsen</source>
        <translation>Meldingen over gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="411"/>
        <source>Meldingen sluiten</source>
        <translation>Meldingen sluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="386"/>
        <source>Meldingen van deze computer en, na een synchronisatie, van uw collega's. Het antwoord van de redactie komt binnen bij de synchronisatie.</source>
        <translation>Meldingen van deze computer en, na een synchronisatie, van uw collega's. Het antwoord van de redactie komt binnen bij de synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="405"/>
        <source>Nog geen meldingen.</source>
        <translation>Nog geen meldingen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="410"/>
        <source>Sl&amp;uiten</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="401"/>
        <source>Volledige tekst van de gekozen melding</source>
        <translation>Volledige tekst van de gekozen melding</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="62"/>
        <source>Gidsen</source>
        <translation>Gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="96"/>
        <source>Gidsen laden</source>
        <translation>Gidsen laden</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../desk/ui/guides/handout.py" line="206"/>
        <source>De PDF kon niet worden bewaard in {0}. Kies een andere map.</source>
        <translation>De PDF kon niet worden bewaard in {0}. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../../desk/ui/guides/library_view.py" line="229"/>
        <source>%n gidsen gevonden</source>
        <translation>
            <numerusform>%n gids gevonden</numerusform>
            <numerusform>%n gidsen gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="128"/>
        <source>&amp;Categorie:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="156"/>
        <source>&amp;Meldingen over gidsen…</source>
        <translation>&amp;Meldingen over gidsen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="122"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="231"/>
        <source>({0} met verlopen nazicht)</source>
        <translation>({0} met verlopen nazicht)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="131"/>
        <source>Alle categorieën</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="130"/>
        <source>Categorie</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="181"/>
        <source>De gidsen konden niet geladen worden. Zie de foutmelding.</source>
        <translation>De gidsen konden niet geladen worden. Zie de foutmelding.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="200"/>
        <source>Er zijn nog geen gidsen.</source>
        <translation>Er zijn nog geen gidsen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="240"/>
        <source>Geen gids gevonden voor ‘{0}’.</source>
        <translation>Geen gids gevonden voor ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="245"/>
        <source>Geen gidsen in deze categorie.</source>
        <translation>Geen gidsen in deze categorie.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="145"/>
        <source>Gevonden gidsen</source>
        <translation>Gevonden gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="178"/>
        <source>Gidsen laden…</source>
        <translation>Gidsen laden…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="125"/>
        <source>Gidsen zoeken</source>
        <translation>Gidsen zoeken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="248"/>
        <source>Is er geen gids voor deze vraag? Help de burger zoals gewoonlijk en log het contact met Ctrl+L.</source>
        <translation>Is er geen gids voor deze vraag? Help de burger zoals gewoonlijk en log het contact met Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="158"/>
        <source>Meldingen over gidsen en de antwoorden van de redactie</source>
        <translation>Meldingen over gidsen en de antwoorden van de redactie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="247"/>
        <source>Of zoek in alle gidsen: kies ‘Alle categorieën’.</source>
        <translation>Of zoek in alle gidsen: kies ‘Alle categorieën’.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="241"/>
        <source>Probeer een ander woord: wat de burger wil doen of waar het om gaat, bijvoorbeeld ‘attest’, ‘pincode’ of ‘verhuizen’. Esc wist het zoekveld.</source>
        <translation>Probeer een ander woord: wat de burger wil doen of waar het om gaat, bijvoorbeeld ‘attest’, ‘pincode’ of ‘verhuizen’. Esc wist het zoekveld.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="124"/>
        <source>Typ wat de burger vraagt, bv. pincode vergeten</source>
        <translation>Typ wat de burger vraagt, bv. pincode vergeten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="213"/>
        <source>ongeveer {0} min.</source>
        <translation>ongeveer {0} min.</translation>
    </message>
    <message>
        <source>{0} gids(en) gevonden</source>
        <translation type="vanished">{0} gids(en) gevonden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="249"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="242"/>
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="254"/>
        <source>&amp;Ga naar</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="264"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="262"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="244"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="269"/>
        <source>&amp;Over Desk</source>
        <translation>&amp;Over Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="69"/>
        <source>Cijfers over contacten en doorverwijzingen komen hier.</source>
        <translation>Cijfers over contacten en doorverwijzingen komen hier.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="60"/>
        <source>De stap-voor-stapgidsen worden hier getoond zodra ze beschikbaar zijn.</source>
        <translation>De stap-voor-stapgidsen worden hier getoond zodra ze beschikbaar zijn.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="106"/>
        <source>Desk hoofdvenster</source>
        <translation>Desk hoofdvenster</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="105"/>
        <source>Desk — digitale dienstverlening</source>
        <translation>Desk — digitale dienstverlening</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="64"/>
        <source>Doorverwijzingen</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="66"/>
        <source>Doorverwijzingen naar digitale hulp komen hier.</source>
        <translation>Doorverwijzingen naar digitale hulp komen hier.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="58"/>
        <source>Gidsen</source>
        <translation>Gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="63"/>
        <source>Het logboek van geholpen burgers komt hier.</source>
        <translation>Het logboek van geholpen burgers komt hier.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="61"/>
        <source>Logboek</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="65"/>
        <source>Nog geen doorverwijzingen</source>
        <translation>Nog geen doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="59"/>
        <source>Nog geen gidsen</source>
        <translation>Nog geen gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="62"/>
        <source>Nog geen logboek</source>
        <translation>Nog geen logboek</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="68"/>
        <source>Nog geen statistieken</source>
        <translation>Nog geen statistieken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="311"/>
        <source>OEFENMODUS — dit profiel bevat alleen fictieve oefengegevens. Niets wordt naar de centrale server gestuurd.</source>
        <translation>OEFENMODUS — dit profiel bevat alleen fictieve oefengegevens. Niets wordt naar de centrale server gestuurd.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="125"/>
        <source>Onderdelen</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="67"/>
        <source>Statistieken</source>
        <translation>Statistieken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="149"/>
        <source>Synchronisatie: geen centrale server ingesteld</source>
        <translation>Synchronisatie: geen centrale server ingesteld</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="150"/>
        <source>Synchronisatiestatus</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="318"/>
        <source>{0} — OEFENMODUS</source>
        <translation>{0} — OEFENMODUS</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../desk/ui/manual.py" line="95"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/manual.py" line="73"/>
        <source>Handleiding</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location filename="../../desk/ui/manual.py" line="80"/>
        <source>Hoofdstukken</source>
        <translation>Hoofdstukken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/manual.py" line="89"/>
        <source>Tekst van de handleiding</source>
        <translation>Tekst van de handleiding</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desk/domain/cases.py" line="346"/>
        <source>'gedaan voor burger' is in uw organisatie niet toegestaan</source>
        <translation>'gedaan voor burger' is in uw organisatie niet toegestaan</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="386"/>
        <source>'{0}' is geen aantal minuten</source>
        <translation>'{0}' is geen aantal minuten</translation>
    </message>
    <message>
        <location filename="../../desk/domain/formats.py" line="81"/>
        <source>'{0}' is geen datum; schrijf dd-mm-jjjj, bv. 28-11-2026</source>
        <translation>'{0}' is geen datum; schrijf dd-mm-jjjj, bv. 28-11-2026</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="418"/>
        <source>'{0}' is geen gebruikersinstelling</source>
        <translation>'{0}' is geen gebruikersinstelling</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="176"/>
        <source>'{0}' is geen gids-id</source>
        <translation>'{0}' is geen gids-id</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="180"/>
        <source>'{0}' is geen stap-id</source>
        <translation>'{0}' is geen stap-id</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="400"/>
        <source>'{0}' is geen taalcode (bv. nl, fr, en)</source>
        <translation>'{0}' is geen taalcode (bv. nl, fr, en)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="169"/>
        <source>'{0}' is geen uur; schrijf uu:mm, bv. 14:05</source>
        <translation>'{0}' is geen uur; schrijf uu:mm, bv. 14:05</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="178"/>
        <source>'{0}' is geen versienummer</source>
        <translation>'{0}' is geen versienummer</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="420"/>
        <source>'{0}' is vergrendeld door de IT-dienst</source>
        <translation>'{0}' is vergrendeld door de IT-dienst</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="74"/>
        <source>Begin het nummer met 0 (bijvoorbeeld 056 12 34 56) of met + en de landcode.</source>
        <translation>Begin het nummer met 0 (bijvoorbeeld 056 12 34 56) of met + en de landcode.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="235"/>
        <source>Bij deze doorverwijzing verschillen alleen de status of de toestemming. Die kiest u niet per veld: houd uw versie of neem die van de server.</source>
        <translation>Bij deze doorverwijzing verschillen alleen de status of de toestemming. Die kiest u niet per veld: houd uw versie of neem die van de server.</translation>
    </message>
    <message>
        <location filename="../../desk/store/conflicts.py" line="93"/>
        <location filename="../../desk/sync/resolve.py" line="63"/>
        <source>Conflicten van soort {0} kunnen hier nog niet opgelost worden.</source>
        <translation>Conflicten van soort {0} kunnen hier nog niet opgelost worden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="520"/>
        <source>De beveiligde verbinding met {0} kon niet gecontroleerd worden: het certificaat van de server klopt niet of is niet vertrouwd. Er is niets verzonden. Vraag IT om het serveradres en het certificaat (ca_bundle) na te kijken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>De beveiligde verbinding met {0} kon niet gecontroleerd worden: het certificaat van de server klopt niet of is niet vertrouwd. Er is niets verzonden. Vraag IT om het serveradres en het certificaat (ca_bundle) na te kijken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="532"/>
        <source>De centrale server ({0}) antwoordt niet op tijd. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>De centrale server ({0}) antwoordt niet op tijd. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="547"/>
        <source>De centrale server ({0}) is niet bereikbaar. Controleer de netwerkverbinding. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>De centrale server ({0}) is niet bereikbaar. Controleer de netwerkverbinding. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/stats_client.py" line="60"/>
        <source>De centrale server gaf een onleesbaar antwoord op de vraag naar statistieken. De cijfers van dit loket (lokale bron) blijven beschikbaar.</source>
        <translation>De centrale server gaf een onleesbaar antwoord op de vraag naar statistieken. De cijfers van dit loket (lokale bron) blijven beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="670"/>
        <source>De centrale server gaf een onvolledig of onleesbaar antwoord. Er gaat niets verloren: de gegevens blijven in de wachtrij en worden opnieuw verzonden.</source>
        <translation>De centrale server gaf een onvolledig of onleesbaar antwoord. Er gaat niets verloren: de gegevens blijven in de wachtrij en worden opnieuw verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/stats_client.py" line="97"/>
        <source>De centrale server gaf onverwachte statistieken terug. De cijfers van dit loket (lokale bron) blijven beschikbaar.</source>
        <translation>De centrale server gaf onverwachte statistieken terug. De cijfers van dit loket (lokale bron) blijven beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="579"/>
        <source>De centrale server herkent dit toestel niet meer (aanmelding ongeldig, ingetrokken of verlopen). Meld het toestel opnieuw aan met een nieuwe aanmeldcode van IT. Alle gegevens op deze computer blijven bewaard.</source>
        <translation>De centrale server herkent dit toestel niet meer (aanmelding ongeldig, ingetrokken of verlopen). Meld het toestel opnieuw aan met een nieuwe aanmeldcode van IT. Alle gegevens op deze computer blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="600"/>
        <source>De centrale server is tijdelijk overbelast of in onderhoud (HTTP {0}). Desk probeert het later opnieuw. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>De centrale server is tijdelijk overbelast of in onderhoud (HTTP {0}). Desk probeert het later opnieuw. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="611"/>
        <source>De centrale server weigerde het verzoek (HTTP {0}): {1}. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>De centrale server weigerde het verzoek (HTTP {0}): {1}. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/store/migrate.py" line="79"/>
        <source>De databank kon niet worden bijgewerkt naar de nieuwe versie.</source>
        <translation>De databank kon niet worden bijgewerkt naar de nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../desk/store/migrate.py" line="73"/>
        <source>De databank kon niet worden bijgewerkt naar de nieuwe versie. De reservekopie staat in {0}.</source>
        <translation>De databank kon niet worden bijgewerkt naar de nieuwe versie. De reservekopie staat in {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="124"/>
        <source>De databank staat op een netwerkschijf ({0}): {1}. Desk bewaart zijn gegevens alleen op een lokale schijf, omdat een netwerkschijf gegevens kan beschadigen. Stel DESK_HOME in op een lokale map.</source>
        <translation>De databank staat op een netwerkschijf ({0}): {1}. Desk bewaart zijn gegevens alleen op een lokale schijf, omdat een netwerkschijf gegevens kan beschadigen. Stel DESK_HOME in op een lokale map.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="171"/>
        <source>De databank {0} is beschadigd of geen Desk-databank ({1}). Desk verwijdert niets. Neem contact op met de helpdesk; er staan reservekopieën in de map 'backups' van uw profiel.</source>
        <translation>De databank {0} is beschadigd of geen Desk-databank ({1}). Desk verwijdert niets. Neem contact op met de helpdesk; er staan reservekopieën in de map 'backups' van uw profiel.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="163"/>
        <source>De databank {0} is vergrendeld door een ander programma (draait Desk al?). Sluit het andere venster en probeer opnieuw.</source>
        <translation>De databank {0} is vergrendeld door een ander programma (draait Desk al?). Sluit het andere venster en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="147"/>
        <source>De databank {0} kan niet worden geopend ({1}).</source>
        <translation>De databank {0} kan niet worden geopend ({1}).</translation>
    </message>
    <message>
        <location filename="../../desk/store/referrals.py" line="103"/>
        <source>De doorverwijzing is nog niet volledig: {0}</source>
        <translation>De doorverwijzing is nog niet volledig: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="172"/>
        <source>De gekozen sleutelbos ({0}) versleutelt de geheimen niet, of Desk kan niet nagaan of hij dat doet. Iemand met toegang tot deze computer kan ze mogelijk lezen. Vraag IT om een versleutelde sleutelbos te kiezen.</source>
        <translation>De gekozen sleutelbos ({0}) versleutelt de geheimen niet, of Desk kan niet nagaan of hij dat doet. Iemand met toegang tot deze computer kan ze mogelijk lezen. Vraag IT om een versleutelde sleutelbos te kiezen.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="190"/>
        <source>De klok van deze computer wijkt {0} seconden af van de centrale server. Vraag IT om datum en tijd na te kijken.</source>
        <translation>De klok van deze computer wijkt {0} seconden af van de centrale server. Vraag IT om datum en tijd na te kijken.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="103"/>
        <source>De koppeling met het contact is ongeldig. Kies het contact opnieuw.</source>
        <translation>De koppeling met het contact is ongeldig. Kies het contact opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="73"/>
        <source>De medewerker ontbreekt.</source>
        <translation>De medewerker ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="94"/>
        <source>De partnerdienst „{0}” staat niet (meer) in de partnergids. Kies een andere dienst.</source>
        <translation>De partnerdienst „{0}” staat niet (meer) in de partnergids. Kies een andere dienst.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="135"/>
        <source>De profielmap {0} is alleen-lezen. Desk kan niets bewaren. Vraag de IT-dienst om schrijfrechten of stel DESK_HOME in op een andere map.</source>
        <translation>De profielmap {0} is alleen-lezen. Desk kan niets bewaren. Vraag de IT-dienst om schrijfrechten of stel DESK_HOME in op een andere map.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="113"/>
        <source>De profielmap {0} kan niet worden aangemaakt ({1}). Vraag de IT-dienst om schrijfrechten of stel DESK_HOME in op een lokale map.</source>
        <translation>De profielmap {0} kan niet worden aangemaakt ({1}). Vraag de IT-dienst om schrijfrechten of stel DESK_HOME in op een lokale map.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="511"/>
        <source>De proxyserver weigert de verbinding met de centrale server. Vraag IT om de proxy-instelling na te kijken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>De proxyserver weigert de verbinding met de centrale server. Vraag IT om de proxy-instelling na te kijken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="570"/>
        <source>De server aanvaardt geen gecomprimeerde gegevens.</source>
        <translation>De server aanvaardt geen gecomprimeerde gegevens.</translation>
    </message>
    <message>
        <location filename="../../desk/store/referrals.py" line="445"/>
        <source>De sleutel in de sleutelbos is niet de sleutel waarmee de persoonsgegevens van de doorverwijzingen versleuteld zijn. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</source>
        <translation>De sleutel in de sleutelbos is niet de sleutel waarmee de persoonsgegevens van de doorverwijzingen versleuteld zijn. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="160"/>
        <source>De sleutel voor persoonsgegevens in de sleutelbos is beschadigd. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</source>
        <translation>De sleutel voor persoonsgegevens in de sleutelbos is beschadigd. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="169"/>
        <source>De sleutel voor persoonsgegevens ontbreekt in de sleutelbos, terwijl er al versleutelde gegevens zijn. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</source>
        <translation>De sleutel voor persoonsgegevens ontbreekt in de sleutelbos, terwijl er al versleutelde gegevens zijn. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="212"/>
        <source>De sleutelbos is vergrendeld. Ontgrendel hem (meld u opnieuw aan op de computer of open de sleutelbos) en probeer opnieuw.</source>
        <translation>De sleutelbos is vergrendeld. Ontgrendel hem (meld u opnieuw aan op de computer of open de sleutelbos) en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="192"/>
        <source>De sleutelbos kon niet gestart worden. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>De sleutelbos kon niet gestart worden. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="133"/>
        <source>De toestemming is onvolledig: de versie van de tekst, het tijdstip of de medewerker ontbreekt. Toon de toestemmingstekst opnieuw.</source>
        <translation>De toestemming is onvolledig: de versie van de tekst, het tijdstip of de medewerker ontbreekt. Toon de toestemmingstekst opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="558"/>
        <source>De verbinding met de centrale server ({0}) mislukte. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>De verbinding met de centrale server ({0}) mislukte. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="126"/>
        <source>De versie van de server werd hier zonder naam, contactgegevens en notities bewaard (de sleutel voor persoonsgegevens ontbrak toen). Hun versie nemen zou die gegevens wissen: houd uw versie of kies per veld.</source>
        <translation>De versie van de server werd hier zonder naam, contactgegevens en notities bewaard (de sleutel voor persoonsgegevens ontbrak toen). Hun versie nemen zou die gegevens wissen: houd uw versie of kies per veld.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="76"/>
        <source>Desk kan geen geheimen veilig bewaren op deze computer. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>Desk kan geen geheimen veilig bewaren op deze computer. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="83"/>
        <source>Desk maakt geen verbinding met {0} via http://: dan zouden het logboek, doorverwijzingen met contactgegevens van burgers en de toestelsleutel onbeveiligd over het netwerk gaan. Gebruik het https://-adres van de centrale server; vraag het aan IT als u het niet kent. Er is niets verzonden en uw gegevens blijven bewaard op deze computer.</source>
        <translation>Desk maakt geen verbinding met {0} via http://: dan zouden het logboek, doorverwijzingen met contactgegevens van burgers en de toestelsleutel onbeveiligd over het netwerk gaan. Gebruik het https://-adres van de centrale server; vraag het aan IT als u het niet kent. Er is niets verzonden en uw gegevens blijven bewaard op deze computer.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="589"/>
        <source>Deze versie van Desk is te oud voor de centrale server. Vraag IT om Desk bij te werken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Deze versie van Desk is te oud voor de centrale server. Vraag IT om Desk bij te werken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="67"/>
        <source>Dit conflict is al opgelost.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="161"/>
        <source>Dit e-mailadres is niet geldig. Voorbeeld: naam@voorbeeld.be.</source>
        <translation>Dit e-mailadres is niet geldig. Voorbeeld: naam@voorbeeld.be.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/enrollment.py" line="68"/>
        <source>Dit is een oefenprofiel: oefengegevens worden nooit naar de centrale server gestuurd. Synchroniseren en aanmelden kan alleen in een gewoon profiel.</source>
        <translation>Dit is een oefenprofiel: oefengegevens worden nooit naar de centrale server gestuurd. Synchroniseren en aanmelden kan alleen in een gewoon profiel.</translation>
    </message>
    <message>
        <location filename="../../desk/store/conflicts.py" line="109"/>
        <location filename="../../desk/sync/resolve.py" line="104"/>
        <source>Dit record bestaat niet meer op deze computer.</source>
        <translation>Dit record bestaat niet meer op deze computer.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="98"/>
        <source>Dit telefoonnummer is te kort.</source>
        <translation>Dit telefoonnummer is te kort.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="91"/>
        <source>Dit telefoonnummer is te kort. Een Belgisch nummer heeft 9 of 10 cijfers.</source>
        <translation>Dit telefoonnummer is te kort. Een Belgisch nummer heeft 9 of 10 cijfers.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="100"/>
        <source>Dit telefoonnummer is te lang.</source>
        <translation>Dit telefoonnummer is te lang.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="94"/>
        <source>Dit telefoonnummer is te lang. Een Belgisch nummer heeft 9 of 10 cijfers.</source>
        <translation>Dit telefoonnummer is te lang. Een Belgisch nummer heeft 9 of 10 cijfers.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="444"/>
        <source>Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan met een aanmeldcode van IT. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan met een aanmeldcode van IT. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/connect.py" line="21"/>
        <source>Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan via Bestand &gt; Aanmelden bij de centrale server, met de aanmeldcode van IT. Uw gegevens blijven bewaard op deze computer.</source>
        <translation>Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan via Bestand &gt; Aanmelden bij de centrale server, met de aanmeldcode van IT. Uw gegevens blijven bewaard op deze computer.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="151"/>
        <source>Een e-mailadres bevat geen spaties.</source>
        <translation>Een e-mailadres bevat geen spaties.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="154"/>
        <source>Een e-mailadres bevat precies één @, zoals naam@voorbeeld.be.</source>
        <translation>Een e-mailadres bevat precies één @, zoals naam@voorbeeld.be.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="79"/>
        <source>Een telefoonnummer bevat alleen cijfers, spaties en eventueel + vooraan.</source>
        <translation>Een telefoonnummer bevat alleen cijfers, spaties en eventueel + vooraan.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="102"/>
        <source>Een versleuteld veld heeft een onbekend formaat.</source>
        <translation>Een versleuteld veld heeft een onbekend formaat.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="109"/>
        <location filename="../../desk/store/crypto.py" line="112"/>
        <source>Een versleuteld veld is beschadigd.</source>
        <translation>Een versleuteld veld is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="117"/>
        <source>Een versleuteld veld kan niet gelezen worden: het is gewijzigd, hoort bij een ander record, of de sleutel in de sleutelbos is niet meer dezelfde.</source>
        <translation>Een versleuteld veld kan niet gelezen worden: het is gewijzigd, hoort bij een ander record, of de sleutel in de sleutelbos is niet meer dezelfde.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="407"/>
        <source>Een {0} van de server kon niet verwerkt worden (id {1}).</source>
        <translation>Een {0} van de server kon niet verwerkt worden (id {1}).</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="121"/>
        <source>Er is geen bruikbare sleutelbos ({0}). Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>Er is geen bruikbare sleutelbos ({0}). Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="140"/>
        <source>Er is geen bruikbare sleutelbos. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>Er is geen bruikbare sleutelbos. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="316"/>
        <source>Er is geen centrale server ingesteld. Vul het adres in (server_url in de configuratie of --server) en meld dit toestel aan.</source>
        <translation>Er is geen centrale server ingesteld. Vul het adres in (server_url in de configuratie of --server) en meld dit toestel aan.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/letter.py" line="238"/>
        <source>Geen bruikbare brief in deze taal ({0}); de brief is in het Nederlands.</source>
        <translation>Geen bruikbare brief in deze taal ({0}); de brief is in het Nederlands.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/consent.py" line="179"/>
        <source>Geen bruikbare toestemmingstekst in deze taal ({0}); de Nederlandse tekst wordt getoond.</source>
        <translation>Geen bruikbare toestemmingstekst in deze taal ({0}); de Nederlandse tekst wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../desk/store/referrals.py" line="349"/>
        <source>Geen sleutel voor persoonsgegevens.</source>
        <translation>Geen sleutel voor persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="165"/>
        <source>Geheimen staan versleuteld in {0}.</source>
        <translation>Geheimen staan versleuteld in {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="324"/>
        <source>Het adres van de centrale server is ongeldig: {0}. Gebruik de vorm https://server.voorbeeld.be</source>
        <translation>Het adres van de centrale server is ongeldig: {0}. Gebruik de vorm https://server.voorbeeld.be</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="158"/>
        <source>Het deel vóór de @ is niet geldig.</source>
        <translation>Het deel vóór de @ is niet geldig.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="71"/>
        <source>Het kantoor ontbreekt. Kies een kantoor in de instellingen.</source>
        <translation>Het kantoor ontbreekt. Kies een kantoor in de instellingen.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="75"/>
        <source>Kies de gemeente van de burger.</source>
        <translation>Kies de gemeente van de burger.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="162"/>
        <source>Kies de taal van de burger.</source>
        <translation>Kies de taal van de burger.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="92"/>
        <source>Kies een partnerdienst.</source>
        <translation>Kies een partnerdienst.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="142"/>
        <source>Kies hoe de partner de burger mag contacteren, of „niet contacteren: ik ga zelf”.</source>
        <translation>Kies hoe de partner de burger mag contacteren, of „niet contacteren: ik ga zelf”.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="89"/>
        <source>Kies hoe dringend het is: niet dringend, normaal of dringend.</source>
        <translation>Kies hoe dringend het is: niet dringend, normaal of dringend.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="80"/>
        <source>Kies minstens één nood.</source>
        <translation>Kies minstens één nood.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="84"/>
        <source>Na +32 komt geen 0 meer: schrijf +32 56 12 34 56.</source>
        <translation>Na +32 komt geen 0 meer: schrijf +32 56 12 34 56.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="146"/>
        <source>Onbekend contactkanaal „{0}”.</source>
        <translation>Onbekend contactkanaal „{0}”.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="87"/>
        <source>Onbekende drempel: {0}.</source>
        <translation>Onbekende drempel: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="77"/>
        <source>Onbekende gemeente „{0}”.</source>
        <translation>Onbekende gemeente „{0}”.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="84"/>
        <source>Onbekende nood: {0}.</source>
        <translation>Onbekende nood: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="255"/>
        <location filename="../../desk/sync/resolve.py" line="321"/>
        <source>Onbekende velden: {0}</source>
        <translation>Onbekende velden: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="373"/>
        <source>Ontvangen</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="248"/>
        <location filename="../../desk/sync/resolve.py" line="317"/>
        <source>Per veld kiezen kan niet: een van beide versies is verwijderd.</source>
        <translation>Per veld kiezen kan niet: een van beide versies is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="48"/>
        <source>Secret Service (GNOME-sleutelbos of KWallet)</source>
        <translation>Secret Service (GNOME-sleutelbos of KWallet)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="155"/>
        <source>Synchronisatie geannuleerd. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Synchronisatie geannuleerd. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/stats_client.py" line="48"/>
        <source>U hebt geen rechten om deze regionale cijfers te lezen: alleen een toestel met de rol 'reviewer' of van het datateam ziet de cijfers van andere organisaties. Vraag de beheerder om de juiste rol. De cijfers van dit loket (lokale bron) blijven beschikbaar.</source>
        <translation>U hebt geen rechten om deze regionale cijfers te lezen: alleen een toestel met de rol 'reviewer' of van het datateam ziet de cijfers van andere organisaties. Vraag de beheerder om de juiste rol. De cijfers van dit loket (lokale bron) blijven beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="75"/>
        <source>UNC-pad</source>
        <translation>UNC-pad</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="216"/>
        <location filename="../../desk/sync/engine.py" line="239"/>
        <source>Verzenden</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="139"/>
        <source>Vul de naam van de burger in.</source>
        <translation>Vul de naam van de burger in.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="149"/>
        <source>Vul een e-mailadres in.</source>
        <translation>Vul een e-mailadres in.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="160"/>
        <source>Vul een e-mailadres in: de burger wil een e-mail krijgen.</source>
        <translation>Vul een e-mailadres in: de burger wil een e-mail krijgen.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="62"/>
        <source>Vul een telefoonnummer in.</source>
        <translation>Vul een telefoonnummer in.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="152"/>
        <source>Vul een telefoonnummer in: de burger wil gebeld of ge-sms't worden.</source>
        <translation>Vul een telefoonnummer in: de burger wil gebeld of ge-sms't worden.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="52"/>
        <source>Windows Referentiebeheer</source>
        <translation>Windows Referentiebeheer</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="45"/>
        <source>Zonder toestemming kunt u geen notities bewaren: ze kunnen persoonsgegevens bevatten. Vraag toestemming of wis de notities.</source>
        <translation>Zonder toestemming kunt u geen notities bewaren: ze kunnen persoonsgegevens bevatten. Vraag toestemming of wis de notities.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="41"/>
        <source>Zonder toestemming mag u geen naam of contactgegevens bewaren. Vraag toestemming, of maak een anonieme doorverwijzing en wis deze gegevens.</source>
        <translation>Zonder toestemming mag u geen naam of contactgegevens bewaren. Vraag toestemming, of maak een anonieme doorverwijzing en wis deze gegevens.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="409"/>
        <source>alleen toegelaten bij een opvolging met datum</source>
        <translation>alleen toegelaten bij een opvolging met datum</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="118"/>
        <source>beschrijf kort wat er niet klopt aan deze stap</source>
        <translation>beschrijf kort wat er niet klopt aan deze stap</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="89"/>
        <source>bestandssysteem {0}</source>
        <translation>bestandssysteem {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="102"/>
        <source>bevat een adres; schrijf geen adressen van burgers</source>
        <translation>bevat een adres; schrijf geen adressen van burgers</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="94"/>
        <source>bevat een e-mailadres; schrijf geen persoonsgegevens (noem de dienst of de website)</source>
        <translation>bevat een e-mailadres; schrijf geen persoonsgegevens (noem de dienst of de website)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="104"/>
        <source>bevat een geboortedatum; schrijf geen persoonsgegevens</source>
        <translation>bevat een geboortedatum; schrijf geen persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="97"/>
        <source>bevat een gsm-, rijksregister- of rekeningnummer; schrijf geen nummers van burgers</source>
        <translation>bevat een gsm-, rijksregister- of rekeningnummer; schrijf geen nummers van burgers</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="100"/>
        <source>bevat een naam; schrijf geen namen van burgers</source>
        <translation>bevat een naam; schrijf geen namen van burgers</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="154"/>
        <location filename="../../desk/domain/cases.py" line="259"/>
        <source>bevat onzichtbare of stuurtekens ({0}); typ de tekst opnieuw</source>
        <translation>bevat onzichtbare of stuurtekens ({0}); typ de tekst opnieuw</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="615"/>
        <source>geen reden</source>
        <translation>geen reden</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="189"/>
        <source>geen sleutelbos</source>
        <translation>geen sleutelbos</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="61"/>
        <location filename="../../desk/secrets.py" line="137"/>
        <source>geen sleutelbos gevonden</source>
        <translation>geen sleutelbos gevonden</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="391"/>
        <source>hoogstens {0} minuten</source>
        <translation>hoogstens {0} minuten</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="331"/>
        <source>hoogstens {0} onderwerpen</source>
        <translation>hoogstens {0} onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="411"/>
        <source>hoogstens {0} tekens</source>
        <translation>hoogstens {0} tekens</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="157"/>
        <source>hoogstens {0} tekens ({1} nu)</source>
        <translation>hoogstens {0} tekens ({1} nu)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="375"/>
        <source>is geen geldige doorverwijzing</source>
        <translation>is geen geldige doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="389"/>
        <source>kan niet negatief zijn</source>
        <translation>kan niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="290"/>
        <source>kies een kantoor</source>
        <translation>kies een kantoor</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="342"/>
        <source>kies een uitkomst</source>
        <translation>kies een uitkomst</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="321"/>
        <source>kies minstens één onderwerp</source>
        <translation>kies minstens één onderwerp</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="350"/>
        <source>kies waarom het niet mogelijk was</source>
        <translation>kies waarom het niet mogelijk was</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="283"/>
        <source>ligt in de toekomst</source>
        <translation>ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="367"/>
        <source>ligt meer dan een jaar later</source>
        <translation>ligt meer dan een jaar later</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="285"/>
        <source>ligt te ver in het verleden</source>
        <translation>ligt te ver in het verleden</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="365"/>
        <source>ligt vóór de datum van het contact</source>
        <translation>ligt vóór de datum van het contact</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="53"/>
        <source>macOS-sleutelhanger</source>
        <translation>macOS-sleutelhanger</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="298"/>
        <source>mag hoogstens {0} tekens lang zijn</source>
        <translation>mag hoogstens {0} tekens lang zijn</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="292"/>
        <source>moet een kantoorcode zijn (kleine letters, cijfers, '-')</source>
        <translation>moet een kantoorcode zijn (kleine letters, cijfers, '-')</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="81"/>
        <source>netwerkstation {0}</source>
        <translation>netwerkstation {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="301"/>
        <source>onbekend kanaal '{0}'</source>
        <translation>onbekend kanaal '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="329"/>
        <source>onbekend onderwerp: gids {0}</source>
        <translation>onbekend onderwerp: gids {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="327"/>
        <source>onbekend onderwerp: {0}</source>
        <translation>onbekend onderwerp: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="323"/>
        <source>onbekend onderwerp: {0}; gids {1}</source>
        <translation>onbekend onderwerp: {0}; gids {1}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="397"/>
        <source>onbekende feedback '{0}'</source>
        <translation>onbekende feedback '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="394"/>
        <source>onbekende inschatting '{0}'</source>
        <translation>onbekende inschatting '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="352"/>
        <source>onbekende reden '{0}'</source>
        <translation>onbekende reden '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="344"/>
        <source>onbekende uitkomst '{0}'</source>
        <translation>onbekende uitkomst '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="422"/>
        <source>ongeldige waarde voor '{0}'</source>
        <translation>ongeldige waarde voor '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="62"/>
        <source>sleutelbos uitgeschakeld (null-backend)</source>
        <translation>sleutelbos uitgeschakeld (null-backend)</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="169"/>
        <source>sleutelbos {0}</source>
        <translation>sleutelbos {0}</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="54"/>
        <source>versleuteld bestand (keyrings.alt)</source>
        <translation>versleuteld bestand (keyrings.alt)</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="55"/>
        <source>versleuteld bestand (keyrings.cryptfile)</source>
        <translation>versleuteld bestand (keyrings.cryptfile)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="369"/>
        <source>vul de datum van de opvolging in</source>
        <translation>vul de datum van de opvolging in</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="381"/>
        <source>vul de duur in minuten in</source>
        <translation>vul de duur in minuten in</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="296"/>
        <source>vul uw korte naam in (Instellingen)</source>
        <translation>vul uw korte naam in (Instellingen)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/enrollment.py" line="102"/>
        <source>{0} De aanmeldcode is al gebruikt: vraag IT daarna een nieuwe code.</source>
        <translation>{0} De aanmeldcode is al gebruikt: vraag IT daarna een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/formats.py" line="80"/>
        <source>{0} bestaat niet als datum</source>
        <translation>{0} bestaat niet als datum</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="172"/>
        <source>{0} bestaat niet als uur</source>
        <translation>{0} bestaat niet als uur</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="108"/>
        <source>{0} conflict(en)</source>
        <translation>{0} conflict(en)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="106"/>
        <source>{0} geweigerd</source>
        <translation>{0} geweigerd</translation>
    </message>
    <message>
        <source>{0} in quarantaine</source>
        <translation type="vanished">{0} in quarantaine</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="109"/>
        <source>{0} in wachtrij</source>
        <translation>{0} in wachtrij</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="104"/>
        <source>{0} ontvangen</source>
        <translation>{0} ontvangen</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="103"/>
        <source>{0} verzonden</source>
        <translation>{0} verzonden</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="111"/>
        <source>{0} wachten op een oplossing (Synchronisatieproblemen)</source>
        <translation>{0} wachten op een oplossing (Synchronisatieproblemen)</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="349"/>
        <source>{0}: 'locked' noemt een onbekende sleutel '{1}'</source>
        <translation>{0}: 'locked' noemt een onbekende sleutel '{1}'</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="311"/>
        <source>{0}: '{1}' kan alleen in de machineconfiguratie worden ingesteld</source>
        <translation>{0}: '{1}' kan alleen in de machineconfiguratie worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="157"/>
        <source>{0}: '{1}' mag alleen kleine letters, cijfers en '-' bevatten; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' mag alleen kleine letters, cijfers en '-' bevatten; standaardwaarde gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="116"/>
        <source>{0}: '{1}' moet een adres zijn dat begint met https:// (http:// alleen voor een server op deze computer); standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' moet een adres zijn dat begint met https:// (http:// alleen voor een server op deze computer); standaardwaarde gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="204"/>
        <source>{0}: '{1}' moet een geheel getal zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' moet een geheel getal zijn; standaardwaarde gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="200"/>
        <source>{0}: '{1}' moet een lijst van teksten zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' moet een lijst van teksten zijn; standaardwaarde gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="198"/>
        <source>{0}: '{1}' moet een tekst zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' moet een tekst zijn; standaardwaarde gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="205"/>
        <source>{0}: '{1}' moet een true of false zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' moet een true of false zijn; standaardwaarde gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="180"/>
        <source>{0}: '{1}' moet kantoorcodes bevatten zoals kortrijk-stadhuis (kleine letters, cijfers, '-' of '_'), geen namen; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' moet kantoorcodes bevatten zoals kortrijk-stadhuis (kleine letters, cijfers, '-' of '_'), geen namen; standaardwaarde gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="147"/>
        <source>{0}: '{1}' moet nl, fr of en zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' moet nl, fr of en zijn; standaardwaarde gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="133"/>
        <source>{0}: '{1}' moet tussen {2} en {3} liggen; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' moet tussen {2} en {3} liggen; standaardwaarde gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="429"/>
        <source>{0}: bevat fouten; los die eerst op, Desk overschrijft het bestand niet</source>
        <translation>{0}: bevat fouten; los die eerst op, Desk overschrijft het bestand niet</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="259"/>
        <source>{0}: het bestand is geen geldige UTF-8-tekst; standaardwaarden gebruikt</source>
        <translation>{0}: het bestand is geen geldige UTF-8-tekst; standaardwaarden gebruikt</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="270"/>
        <source>{0}: kan het bestand niet lezen ({1})</source>
        <translation>{0}: kan het bestand niet lezen ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="301"/>
        <source>{0}: onbekende sleutel '{1}' wordt genegeerd</source>
        <translation>{0}: onbekende sleutel '{1}' wordt genegeerd</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="281"/>
        <source>{0}: ongeldige TOML ({1}); de instellingen uit dit bestand worden niet gebruikt</source>
        <translation>{0}: ongeldige TOML ({1}); de instellingen uit dit bestand worden niet gebruikt</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desk/ui/notices.py" line="24"/>
        <source>Let op:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/notices.py" line="31"/>
        <source>Melding sluiten</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/notices.py" line="30"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="393"/>
        <source>&amp;Niet mogelijk</source>
        <translation>&amp;Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="402"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="416"/>
        <source>Be&amp;vestigen</source>
        <translation>Be&amp;vestigen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="417"/>
        <source>Einde bevestigen</source>
        <translation>Einde bevestigen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="392"/>
        <source>Ge&amp;lukt: het doel is bereikt</source>
        <translation>Ge&amp;lukt: het doel is bereikt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="394"/>
        <source>Ge&amp;stopt (bijvoorbeeld: de burger komt later terug)</source>
        <translation>Ge&amp;stopt (bijvoorbeeld: de burger komt later terug)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="389"/>
        <source>Hoe is de gids afgelopen?</source>
        <translation>Hoe is de gids afgelopen?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="404"/>
        <source>Reden waarom het niet mogelijk is</source>
        <translation>Reden waarom het niet mogelijk is</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="418"/>
        <source>Terug naar de st&amp;ap</source>
        <translation>Terug naar de st&amp;ap</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="419"/>
        <source>Terug naar de stap</source>
        <translation>Terug naar de stap</translation>
    </message>
</context>
<context>
    <name>PrestartPanel</name>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="99"/>
        <source>&amp;Start de gids</source>
        <translation>&amp;Start de gids</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="152"/>
        <source>Alles is aangevinkt.</source>
        <translation>Alles is aangevinkt.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="93"/>
        <source>Controleer eerst</source>
        <translation>Controleer eerst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="121"/>
        <source>Duurt ongeveer {0} minuten.</source>
        <translation>Duurt ongeveer {0} minuten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/guides/runner_panels.py" line="149"/>
        <source>Nog %n punten niet aangevinkt. U kunt toch starten.</source>
        <translation>
            <numerusform>Nog %n punt niet aangevinkt. U kunt toch starten.</numerusform>
            <numerusform>Nog %n punten niet aangevinkt. U kunt toch starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nog {0} punt(en) niet aangevinkt. U kunt toch starten.</source>
        <translation type="vanished">Nog {0} punt(en) niet aangevinkt. U kunt toch starten.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="112"/>
        <location filename="../../desk/ui/guides/runner_panels.py" line="142"/>
        <source>Officiële bronnen</source>
        <translation>Officiële bronnen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="100"/>
        <source>Start de gids</source>
        <translation>Start de gids</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="90"/>
        <source>Wat moet de burger meebrengen?</source>
        <translation>Wat moet de burger meebrengen?</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="58"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="60"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="81"/>
        <source>Blad {0} van {1}</source>
        <translation>Blad {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="56"/>
        <source>V&amp;olgend blad »</source>
        <translation>V&amp;olgend blad »</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="48"/>
        <source>Voorbeeld van de afdruk</source>
        <translation>Voorbeeld van de afdruk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="55"/>
        <source>« &amp;Vorig blad</source>
        <translation>« &amp;Vorig blad</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/quick_log.py" line="470"/>
        <source>%n stappen</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="629"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="298"/>
        <source>&amp;Bewaren en doorverwijzen</source>
        <translation>&amp;Bewaren en doorverwijzen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="232"/>
        <source>&amp;Contactreferentie</source>
        <translation>&amp;Contactreferentie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="221"/>
        <source>&amp;Duur (min)</source>
        <translation>&amp;Duur (min)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="267"/>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="239"/>
        <source>&amp;Kanaal</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="250"/>
        <source>&amp;Medewerker</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="630"/>
        <source>&amp;Niet bewaren</source>
        <translation>&amp;Niet bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="206"/>
        <source>&amp;Onderwerp</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="226"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="260"/>
        <source>&amp;Vaardigheid</source>
        <translation>&amp;Vaardigheid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="631"/>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Verder invullen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="304"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="303"/>
        <source>Annuleren (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="293"/>
        <source>Bewaren (Enter)</source>
        <translation>Bewaren (Enter)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="202"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="294"/>
        <location filename="../../desk/ui/cases/quick_log.py" line="596"/>
        <source>Contact bewaren</source>
        <translation>Contact bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="299"/>
        <source>Contact bewaren en een doorverwijzing maken</source>
        <translation>Contact bewaren en een doorverwijzing maken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="134"/>
        <source>Contact bewerken</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="134"/>
        <source>Contact loggen</source>
        <translation>Contact loggen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="625"/>
        <location filename="../../desk/ui/cases/quick_log.py" line="634"/>
        <source>Contact niet bewaard</source>
        <translation>Contact niet bewaard</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="230"/>
        <source>Contactreferentie voor de opvolging</source>
        <translation>Contactreferentie voor de opvolging</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="246"/>
        <source>D&amp;atum</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="245"/>
        <source>Datum van het contact</source>
        <translation>Datum van het contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="235"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="259"/>
        <source>Digitale vaardigheid</source>
        <translation>Digitale vaardigheid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="624"/>
        <source>Dit contact is nog niet bewaard. Wat wilt u doen?</source>
        <translation>Dit contact is nog niet bewaard. Wat wilt u doen?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="220"/>
        <source>Duur in minuten</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="266"/>
        <source>Feedback burger</source>
        <translation>Feedback burger</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="280"/>
        <source>Fout bij notities</source>
        <translation>Fout bij notities</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="180"/>
        <source>Fout bij {0}</source>
        <translation>Fout bij {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="523"/>
        <source>Fout: {0}</source>
        <translation>Fout: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="196"/>
        <source>Gegevens uit de gids</source>
        <translation>Gegevens uit de gids</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="474"/>
        <source>Gestopt bij stap &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Gestopt bij stap &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="426"/>
        <source>Gids: {0}</source>
        <translation>Gids: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="208"/>
        <source>Gidsen en extra onderwerpen</source>
        <translation>Gidsen en extra onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="210"/>
        <source>Gidsen, &amp;extra</source>
        <translation>Gidsen, &amp;extra</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="336"/>
        <source>Het kantoor wordt ook uw instelling (Bestand → Instellingen).</source>
        <translation>Het kantoor wordt ook uw instelling (Bestand → Instellingen).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="244"/>
        <source>Kan&amp;toor</source>
        <translation>Kan&amp;toor</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="238"/>
        <source>Kanaal</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="241"/>
        <source>Kantoor</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="477"/>
        <source>Kies de uitkomst.</source>
        <translation>Kies de uitkomst.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="479"/>
        <source>Kijk de uitkomst na en bewaar.</source>
        <translation>Kijk de uitkomst na en bewaar.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="249"/>
        <source>Medewerker (korte naam)</source>
        <translation>Medewerker (korte naam)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/quick_log.py" line="529"/>
        <source>Niet bewaard: %n velden kloppen niet. Verbeter ze en druk op Enter.</source>
        <translation>
            <numerusform>Niet bewaard: %n veld klopt niet. Verbeter het en druk op Enter.</numerusform>
            <numerusform>Niet bewaard: %n velden kloppen niet. Verbeter ze en druk op Enter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="273"/>
        <source>Notities</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="270"/>
        <source>Notities (geen namen of rijksregisternummers)</source>
        <translation>Notities (geen namen of rijksregisternummers)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="228"/>
        <source>O&amp;pvolgen op</source>
        <translation>O&amp;pvolgen op</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="205"/>
        <source>Onderwerp</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="358"/>
        <source>Onthouden als uw instelling: {0}. Wijzigen kan in Bestand → Instellingen.</source>
        <translation>Onthouden als uw instelling: {0}. Wijzigen kan in Bestand → Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="227"/>
        <source>Opvolgdatum</source>
        <translation>Opvolgdatum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="225"/>
        <source>Reden niet mogelijk</source>
        <translation>Reden niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="287"/>
        <source>Samenvatting van de fouten</source>
        <translation>Samenvatting van de fouten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="263"/>
        <source>Taa&amp;l</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="262"/>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="219"/>
        <source>U&amp;itkomst</source>
        <translation>U&amp;itkomst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="248"/>
        <source>U&amp;ur</source>
        <translation>U&amp;ur</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="468"/>
        <source>Uit de gids &lt;b&gt;{0}&lt;/b&gt;: {1}, {2} min.</source>
        <translation>Uit de gids &lt;b&gt;{0}&lt;/b&gt;: {1}, {2} min.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="218"/>
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="247"/>
        <source>Uur van het contact</source>
        <translation>Uur van het contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="331"/>
        <source>Uw korte naam en het kantoor worden ook uw instellingen (Bestand → Instellingen).</source>
        <translation>Uw korte naam en het kantoor worden ook uw instellingen (Bestand → Instellingen).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="334"/>
        <source>Uw korte naam wordt ook uw instelling (Bestand → Instellingen).</source>
        <translation>Uw korte naam wordt ook uw instelling (Bestand → Instellingen).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="622"/>
        <source>Uw wijzigingen aan dit contact zijn nog niet bewaard. Wat wilt u doen?</source>
        <translation>Uw wijzigingen aan dit contact zijn nog niet bewaard. Wat wilt u doen?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="254"/>
        <source>Wordt onthouden</source>
        <translation>Wordt onthouden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="231"/>
        <source>alleen voor de opvolging; wordt later gewist</source>
        <translation>alleen voor de opvolging; wordt later gewist</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="227"/>
        <location filename="../../desk/ui/cases/quick_log.py" line="245"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="209"/>
        <source>gescheiden door ; (bv. Belastingen; Pensioen)</source>
        <translation>gescheiden door ; (bv. Belastingen; Pensioen)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="220"/>
        <source>minuten</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="247"/>
        <source>uu:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="258"/>
        <source>— geen inschatting —</source>
        <translation>— geen inschatting —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="265"/>
        <source>— geen —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="204"/>
        <source>— kies een onderwerp —</source>
        <translation>— kies een onderwerp —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="222"/>
        <source>— kies een reden —</source>
        <translation>— kies een reden —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="213"/>
        <source>— kies een uitkomst —</source>
        <translation>— kies een uitkomst —</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="259"/>
        <source>&amp;Beschikbaar:</source>
        <translation>&amp;Beschikbaar:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="250"/>
        <source>&amp;Contact via:</source>
        <translation>&amp;Contact via:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="298"/>
        <source>&amp;Dringend:</source>
        <translation>&amp;Dringend:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="256"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation type="vanished">&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="303"/>
        <source>&amp;Koppel aan contact:</source>
        <translation>&amp;Koppel aan contact:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="245"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="338"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="253"/>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="314"/>
        <source>&amp;Voorgestelde diensten (beste eerst):</source>
        <translation>&amp;Voorgestelde diensten (beste eerst):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="300"/>
        <source>(geen koppeling)</source>
        <translation>(geen koppeling)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="640"/>
        <source>Adres: {0}, {1}, {2} {3}</source>
        <translation>Adres: {0}, {1}, {2} {3}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="720"/>
        <source>Automatisch bewaard om {0}.</source>
        <translation>Automatisch bewaard om {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="726"/>
        <source>Automatisch bewaren lukte niet. Bewaar het concept.</source>
        <translation>Automatisch bewaren lukte niet. Bewaar het concept.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="334"/>
        <source>Bewaarstatus</source>
        <translation>Bewaarstatus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="198"/>
        <source>Burger</source>
        <translation>Burger</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="229"/>
        <source>De burger geeft toestemming</source>
        <translation>De burger geeft toestemming</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="228"/>
        <source>De burger heeft de tekst gelezen of gehoord en &amp;geeft toestemming</source>
        <translation>De burger heeft de tekst gelezen of gehoord en &amp;geeft toestemming</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="577"/>
        <source>De partnergids kon niet geladen worden. U kunt het concept wel bewaren.</source>
        <translation>De partnergids kon niet geladen worden. U kunt het concept wel bewaren.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="529"/>
        <source>De toestemmingstekst kan niet getoond worden ({0}). Alleen een anonieme doorverwijzing is mogelijk; meld dit aan IT.</source>
        <translation>De toestemmingstekst kan niet getoond worden ({0}). Alleen een anonieme doorverwijzing is mogelijk; meld dit aan IT.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="145"/>
        <source>Doorverwijzing</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="289"/>
        <source>Drempel: {0}</source>
        <translation>Drempel: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="862"/>
        <source>Een doorverwijzing die niet bewaard was, is hersteld ({0}).</source>
        <translation>Een doorverwijzing die niet bewaard was, is hersteld ({0}).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="146"/>
        <source>Formulier doorverwijzing</source>
        <translation>Formulier doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="682"/>
        <source>Fout: {0}</source>
        <translation>Fout: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="204"/>
        <source>Ge&amp;meente:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="624"/>
        <source>Geen dienst in de partnergids helpt met deze noden. Toon alle diensten om zelf te kiezen.</source>
        <translation>Geen dienst in de partnergids helpt met deze noden. Toon alle diensten om zelf te kiezen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="573"/>
        <source>Geen toestemming: anonieme doorverwijzing.</source>
        <translation>Geen toestemming: anonieme doorverwijzing.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="481"/>
        <source>Hersteld concept.</source>
        <translation>Hersteld concept.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="478"/>
        <source>Hersteld concept: naam en contactgegevens konden niet gelezen worden (sleutel ontbreekt).</source>
        <translation>Hersteld concept: naam en contactgegevens konden niet gelezen worden (sleutel ontbreekt).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="401"/>
        <source>Het gekoppelde contact</source>
        <translation>Het gekoppelde contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="621"/>
        <source>Kies eerst wat de burger nodig heeft: dan stelt Desk een partnerdienst voor.</source>
        <translation>Kies eerst wat de burger nodig heeft: dan stelt Desk een partnerdienst voor.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="644"/>
        <source>Komt aan huis of werkt op afspraak.</source>
        <translation>Komt aan huis of werkt op afspraak.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="645"/>
        <source>Kosten: {0}</source>
        <translation>Kosten: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="541"/>
        <source>Let op: er is geen toestemmingstekst in de taal van de burger. De Nederlandse tekst wordt getoond; leg hem uit of laat hem vertalen.</source>
        <translation>Let op: er is geen toestemmingstekst in de taal van de burger. De Nederlandse tekst wordt getoond; leg hem uit of laat hem vertalen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="263"/>
        <source>N&amp;otities:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="238"/>
        <source>Naam en contact (alleen met toestemming)</source>
        <translation>Naam en contact (alleen met toestemming)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="278"/>
        <source>Nood: {0}</source>
        <translation>Nood: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="336"/>
        <source>Opslaan a&amp;ls concept</source>
        <translation>Opslaan a&amp;ls concept</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="308"/>
        <source>Partnerdienst</source>
        <translation>Partnerdienst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="317"/>
        <source>Partnerdiensten</source>
        <translation>Partnerdiensten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="557"/>
        <source>Persoonsgegevens zijn uitgeschakeld: {0}</source>
        <translation>Persoonsgegevens zijn uitgeschakeld: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="208"/>
        <source>T&amp;aal van de burger:</source>
        <translation>T&amp;aal van de burger:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="212"/>
        <source>Toestemming</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="568"/>
        <source>Toestemming geregistreerd: tekst {0} ({1}), {2}, door {3}.</source>
        <translation>Toestemming geregistreerd: tekst {0} ({1}), {2}, door {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="223"/>
        <source>Toestemmingstekst</source>
        <translation>Toestemmingstekst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="321"/>
        <source>Toon alle diensten uit de &amp;partnergids</source>
        <translation>Toon alle diensten uit de &amp;partnergids</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="214"/>
        <source>Toon of lees deze tekst aan de burger. Zonder toestemming is alleen een anonieme doorverwijzing mogelijk.</source>
        <translation>Toon of lees deze tekst aan de burger. Zonder toestemming is alleen een anonieme doorverwijzing mogelijk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="337"/>
        <source>Verst&amp;uren</source>
        <translation>Verst&amp;uren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="342"/>
        <source>Versturen (Ctrl+Enter)</source>
        <translation>Versturen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="269"/>
        <source>Vraag</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="283"/>
        <source>Wat maakt het nu moeilijk?</source>
        <translation>Wat maakt het nu moeilijk?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="271"/>
        <source>Wat wil de burger leren of krijgen? (meerdere mogelijk)</source>
        <translation>Wat wil de burger leren of krijgen? (meerdere mogelijk)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="560"/>
        <source>Zonder toestemming blijven naam, contactgegevens en notities leeg: dit wordt een anonieme doorverwijzing. De burger krijgt wel een brief met het adres van de partner.</source>
        <translation>Zonder toestemming blijven naam, contactgegevens en notities leeg: dit wordt een anonieme doorverwijzing. De burger krijgt wel een brief met het adres van de partner.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="592"/>
        <source>aan huis</source>
        <translation>aan huis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="258"/>
        <source>bv. dinsdagvoormiddag, na 16 uur</source>
        <translation>bv. dinsdagvoormiddag, na 16 uur</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="93"/>
        <source>elders in de regio</source>
        <translation>elders in de regio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="646"/>
        <source>gratis</source>
        <translation>gratis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/referrals/form.py" line="88"/>
        <source>helpt bij %n van de {0} noden</source>
        <translation>
            <numerusform>helpt bij %n van de {0} noden</numerusform>
            <numerusform>helpt bij %n van de {0} noden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="86"/>
        <source>helpt bij alles wat gevraagd is</source>
        <translation>helpt bij alles wat gevraagd is</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="92"/>
        <source>in de buurt of voor de hele regio</source>
        <translation>in de buurt of voor de hele regio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="91"/>
        <source>in de eigen gemeente</source>
        <translation>in de eigen gemeente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="255"/>
        <source>naam@voorbeeld.be</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="863"/>
        <source>nog zonder noden</source>
        <translation>nog zonder noden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="595"/>
        <source>{0}  [voorgesteld]</source>
        <translation>{0}  [voorgesteld]</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="611"/>
        <source>{0} (staat niet meer in de partnergids)</source>
        <translation>{0} (staat niet meer in de partnergids)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="201"/>
        <source>— kies een gemeente —</source>
        <translation>— kies een gemeente —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="247"/>
        <source>— kies hoe de partner contact opneemt —</source>
        <translation>— kies hoe de partner contact opneemt —</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="223"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="224"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="179"/>
        <source>&amp;Taal van de brief:</source>
        <translation>&amp;Taal van de brief:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="294"/>
        <source>Afdrukken is op deze computer niet mogelijk; bewaar de brief als PDF en druk die af.</source>
        <translation>Afdrukken is op deze computer niet mogelijk; bewaar de brief als PDF en druk die af.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="222"/>
        <source>Bewaren als &amp;PDF…</source>
        <translation>Bewaren als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="280"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="301"/>
        <source>Brief afdrukken</source>
        <translation>Brief afdrukken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="260"/>
        <source>Brief bewaren</source>
        <translation>Brief bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="168"/>
        <location filename="../../desk/ui/referrals/letter.py" line="169"/>
        <source>Brief voor de burger</source>
        <translation>Brief voor de burger</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="276"/>
        <source>De brief is niet bewaard: {0}</source>
        <translation>De brief is niet bewaard: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="152"/>
        <source>De brief kon niet worden bewaard in {0}. Kies een andere map.</source>
        <translation>De brief kon niet worden bewaard in {0}. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="243"/>
        <source>De gekozen partnerdienst staat niet in de partnergids: er kan geen brief gemaakt worden.</source>
        <translation>De gekozen partnerdienst staat niet in de partnergids: er kan geen brief gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="205"/>
        <source>Let op: deze doorverwijzing is nog niet verstuurd (Klaar om te versturen). De partner weet er nog niets van tot deze computer met de centrale server verbonden is. Zeg dat aan de burger, of geef de brief pas mee als de doorverwijzing verstuurd is.</source>
        <translation>Let op: deze doorverwijzing is nog niet verstuurd (Klaar om te versturen). De partner weet er nog niets van tot deze computer met de centrale server verbonden is. Zeg dat aan de burger, of geef de brief pas mee als de doorverwijzing verstuurd is.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="201"/>
        <source>Let op: dit is een concept. De doorverwijzing is nog niet verstuurd en de partner weet er nog niets van.</source>
        <translation>Let op: dit is een concept. De doorverwijzing is nog niet verstuurd en de partner weet er nog niets van.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="197"/>
        <source>Let op: dit is een oefenprofiel. Deze doorverwijzing wordt nooit verstuurd; geef deze brief niet aan een burger.</source>
        <translation>Let op: dit is een oefenprofiel. Deze doorverwijzing wordt nooit verstuurd; geef deze brief niet aan een burger.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="188"/>
        <source>Let op: er is geen brief in de taal van de burger; kies een taal die de burger kan lezen.</source>
        <translation>Let op: er is geen brief in de taal van de burger; kies een taal die de burger kan lezen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="261"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="214"/>
        <source>Voorbeeld van de brief</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="88"/>
        <source>uw gemeente</source>
        <translation>uw gemeente</translation>
    </message>
</context>
<context>
    <name>ReferralListModel</name>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="152"/>
        <source>(naam vergrendeld)</source>
        <translation>(naam vergrendeld)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="115"/>
        <source>(nog geen dienst)</source>
        <translation>(nog geen dienst)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Aangemaakt</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="51"/>
        <source>Burger</source>
        <translation>Burger</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="51"/>
        <source>Opvolgen vanaf</source>
        <translation>Opvolgen vanaf</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Partnerdienst</source>
        <translation>Partnerdienst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="51"/>
        <source>Verzending</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="151"/>
        <source>anoniem</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="33"/>
        <location filename="../../desk/ui/referrals/model.py" line="145"/>
        <source>{0} (te laat)</source>
        <translation>{0} (te laat)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="147"/>
        <source>{0} (vandaag)</source>
        <translation>{0} (vandaag)</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message numerus="yes">
        <location filename="../../desk/ui/referrals/page.py" line="356"/>
        <source>%n doorverwijzingen wachten op opvolging.</source>
        <translation>
            <numerusform>%n doorverwijzing wacht op opvolging.</numerusform>
            <numerusform>%n doorverwijzingen wachten op opvolging.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="680"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="147"/>
        <source>&amp;Nieuwe doorverwijzing</source>
        <translation>&amp;Nieuwe doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="249"/>
        <source>&amp;Status wijzigen…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="179"/>
        <source>&amp;Toon:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="164"/>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Verder invullen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="679"/>
        <source>&amp;Wissen</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="191"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="175"/>
        <source>Alle doorverwijzingen</source>
        <translation>Alle doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="195"/>
        <source>Alleen &amp;mijn doorverwijzingen</source>
        <translation>Alleen &amp;mijn doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="196"/>
        <source>Alleen de doorverwijzingen die ik gemaakt heb</source>
        <translation>Alleen de doorverwijzingen die ik gemaakt heb</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="434"/>
        <source>Anonieme doorverwijzing (geen toestemming).</source>
        <translation>Anonieme doorverwijzing (geen toestemming).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="250"/>
        <source>B&amp;rief voor de burger…</source>
        <translation>B&amp;rief voor de burger…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="425"/>
        <source>Burger: {0} · contact via {1}</source>
        <translation>Burger: {0} · contact via {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="248"/>
        <source>C&amp;oncept verder invullen</source>
        <translation>C&amp;oncept verder invullen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="746"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="252"/>
        <source>Concept &amp;verwijderen…</source>
        <translation>Concept &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="708"/>
        <source>Concept verwijderen</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="178"/>
        <source>Concepten</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="675"/>
        <source>De naam, contactgegevens en notities van deze burger worden nu gewist, hier en bij de partner. Dit kan niet ongedaan gemaakt worden. Doorgaan?</source>
        <translation>De naam, contactgegevens en notities van deze burger worden nu gewist, hier en bij de partner. Dit kan niet ongedaan gemaakt worden. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="472"/>
        <source>Deze computer is aangemeld om cijfers te lezen: hij verandert geen status.</source>
        <translation>Deze computer is aangemeld om cijfers te lezen: hij verandert geen status.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="658"/>
        <source>Deze statuswijziging is niet toegelaten.</source>
        <translation>Deze statuswijziging is niet toegelaten.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="709"/>
        <source>Dit concept is nooit verstuurd. Verwijderen?</source>
        <translation>Dit concept is nooit verstuurd. Verwijderen?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="134"/>
        <location filename="../../desk/ui/referrals/page.py" line="145"/>
        <location filename="../../desk/ui/referrals/page.py" line="722"/>
        <source>Doorverwijzingen</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="744"/>
        <location filename="../../desk/ui/referrals/page.py" line="771"/>
        <source>Doorverwijzingen exporteren</source>
        <translation>Doorverwijzingen exporteren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="149"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="566"/>
        <source>Een doorverwijzing vermeldt wie ze maakte. Vul uw korte naam in: Desk onthoudt ze voor de volgende keer.</source>
        <translation>Een doorverwijzing vermeldt wie ze maakte. Vul uw korte naam in: Desk onthoudt ze voor de volgende keer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/referrals/page.py" line="766"/>
        <source>Export van %n doorverwijzingen</source>
        <translation>
            <numerusform>Export van %n doorverwijzing</numerusform>
            <numerusform>Export van %n doorverwijzingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="357"/>
        <source>Geen doorverwijzingen om op te volgen.</source>
        <translation>Geen doorverwijzingen om op te volgen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="553"/>
        <source>Geen doorverwijzingen voor deze zoekopdracht of keuze.

Wis het zoekveld, zet ‘Alleen mijn doorverwijzingen’ uit en kies bij ‘Toon’ voor ‘Alle doorverwijzingen’ om ze allemaal te zien.</source>
        <translation>Geen doorverwijzingen voor deze zoekopdracht of keuze.

Wis het zoekveld, zet ‘Alleen mijn doorverwijzingen’ uit en kies bij ‘Toon’ voor ‘Alle doorverwijzingen’ om ze allemaal te zien.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="236"/>
        <source>Gegevens van de doorverwijzing</source>
        <translation>Gegevens van de doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="416"/>
        <source>Gemeente: {0} · aangemaakt {1} door {2}</source>
        <translation>Gemeente: {0} · aangemaakt {1} door {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="240"/>
        <source>Ges&amp;chiedenis:</source>
        <translation>Ges&amp;chiedenis:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="518"/>
        <source>Gids: {0}</source>
        <translation>Gids: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="165"/>
        <source>Herstelde doorverwijzing verder invullen</source>
        <translation>Herstelde doorverwijzing verder invullen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="215"/>
        <source>Hoek van de lijst</source>
        <translation>Hoek van de lijst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="234"/>
        <location filename="../../desk/ui/referrals/page.py" line="406"/>
        <source>Kies een doorverwijzing in de lijst.</source>
        <translation>Kies een doorverwijzing in de lijst.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="298"/>
        <source>Let op: de partnergids kon niet geladen worden ({0}). Doorverwijzen kan pas weer als IT dit oplost.</source>
        <translation>Let op: de partnergids kon niet geladen worden ({0}). Doorverwijzen kan pas weer als IT dit oplost.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="295"/>
        <source>Let op: persoonsgegevens zijn uitgeschakeld. {0}</source>
        <translation>Let op: persoonsgegevens zijn uitgeschakeld. {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="302"/>
        <source>Let op: sommige items in de partnergids zijn overgeslagen: {0}</source>
        <translation>Let op: sommige items in de partnergids zijn overgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="207"/>
        <source>Lijst van doorverwijzingen</source>
        <translation>Lijst van doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="176"/>
        <source>Lopend (nog niet afgesloten)</source>
        <translation>Lopend (nog niet afgesloten)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="421"/>
        <source>Naam en contact vergrendeld: {0}</source>
        <translation>Naam en contact vergrendeld: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="431"/>
        <source>Naam, contactgegevens en notities gewist op {0}.</source>
        <translation>Naam, contactgegevens en notities gewist op {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="148"/>
        <source>Nieuwe doorverwijzing (Ctrl+Shift+N)</source>
        <translation>Nieuwe doorverwijzing (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="414"/>
        <source>Noden: {0}</source>
        <translation>Noden: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="556"/>
        <source>Nog geen doorverwijzingen.

Heeft een burger hulp nodig die het loket niet geeft, zoals leren werken met een smartphone of een toestel lenen? Verwijs door naar een partner: kies ‘Nieuwe doorverwijzing’ (Ctrl+Shift+N).</source>
        <translation>Nog geen doorverwijzingen.

Heeft een burger hulp nodig die het loket niet geeft, zoals leren werken met een smartphone of een toestel lenen? Verwijs door naar een partner: kies ‘Nieuwe doorverwijzing’ (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="450"/>
        <source>Nog niet verstuurd (concept).</source>
        <translation>Nog niet verstuurd (concept).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="456"/>
        <source>Nog niet verstuurd: de centrale server heeft deze doorverwijzing geweigerd. Zie Bestand › Synchronisatieproblemen.</source>
        <translation>Nog niet verstuurd: de centrale server heeft deze doorverwijzing geweigerd. Zie Bestand › Synchronisatieproblemen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="461"/>
        <source>Nog niet verstuurd: de doorverwijzing gaat naar de partner zodra deze computer met de centrale server verbonden is. De partner weet er nog niets van.</source>
        <translation>Nog niet verstuurd: de doorverwijzing gaat naar de partner zodra deze computer met de centrale server verbonden is. De partner weet er nog niets van.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="459"/>
        <source>Nog niet verstuurd: dit is een oefenprofiel; doorverwijzingen verlaten deze computer niet.</source>
        <translation>Nog niet verstuurd: dit is een oefenprofiel; doorverwijzingen verlaten deze computer niet.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="199"/>
        <source>Op te volgen</source>
        <translation>Op te volgen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="177"/>
        <source>Op te volgen (geen vooruitgang)</source>
        <translation>Op te volgen (geen vooruitgang)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="288"/>
        <source>Partnergids laden</source>
        <translation>Partnergids laden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="242"/>
        <source>Statusgeschiedenis</source>
        <translation>Statusgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="251"/>
        <source>Toestemming &amp;intrekken…</source>
        <translation>Toestemming &amp;intrekken…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="428"/>
        <source>Toestemming ingetrokken op {0}: anoniem.</source>
        <translation>Toestemming ingetrokken op {0}: anoniem.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="674"/>
        <location filename="../../desk/ui/referrals/page.py" line="682"/>
        <source>Toestemming intrekken</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="186"/>
        <source>Zoeken in de doorverwijzingen</source>
        <translation>Zoeken in de doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="187"/>
        <source>Zoekt ook op de naam van de burger; die wordt alleen in het geheugen geopend.</source>
        <translation>Zoekt ook op de naam van de burger; die wordt alleen in het geheugen geopend.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="190"/>
        <source>Zoekterm wissen</source>
        <translation>Zoekterm wissen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="185"/>
        <source>naam, partner, gemeente, nood…</source>
        <translation>naam, partner, gemeente, nood…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="444"/>
        <source>{0} — toestemming ingetrokken door {1}</source>
        <translation>{0} — toestemming ingetrokken door {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="441"/>
        <source>{0} — {1} door {2}</source>
        <translation>{0} — {1} door {2}</translation>
    </message>
</context>
<context>
    <name>ReportStepDialog</name>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="251"/>
        <source>&amp;Wat klopt er niet?</source>
        <translation>&amp;Wat klopt er niet?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="287"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="288"/>
        <source>Annuleren zonder te bewaren</source>
        <translation>Annuleren zonder te bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="358"/>
        <source>De databank is nog niet open; probeer zo meteen opnieuw.</source>
        <translation>De databank is nog niet open; probeer zo meteen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="226"/>
        <source>Deze stap klopt niet</source>
        <translation>Deze stap klopt niet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="274"/>
        <source>Eerdere meldingen over deze stap</source>
        <translation>Eerdere meldingen over deze stap</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="336"/>
        <source>Eerdere meldingen over deze stap van uw organisatie: {0}, waarvan {1} open. Is het hetzelfde probleem, dan hoeft u het niet opnieuw te melden.</source>
        <translation>Eerdere meldingen over deze stap van uw organisatie: {0}, waarvan {1} open. Is het hetzelfde probleem, dan hoeft u het niet opnieuw te melden.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="267"/>
        <source>Fout in de melding</source>
        <translation>Fout in de melding</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="230"/>
        <source>Gids: {0} (versie {1})
Stap: {2}</source>
        <translation>Gids: {0} (versie {1})
Stap: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="284"/>
        <source>Melding &amp;bewaren</source>
        <translation>Melding &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="285"/>
        <location filename="../../desk/ui/guides/reports.py" line="362"/>
        <source>Melding bewaren</source>
        <translation>Melding bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="227"/>
        <source>Melding: deze stap klopt niet</source>
        <translation>Melding: deze stap klopt niet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="329"/>
        <source>Meldingen laden</source>
        <translation>Meldingen laden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="366"/>
        <source>Niet bewaard: {0}</source>
        <translation>Niet bewaard: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="237"/>
        <source>Schrijf geen namen, telefoon-, rijksregister- of rekeningnummers, e-mailadressen of adressen van burgers. Beschrijf alleen wat er in de stap niet klopt, bijvoorbeeld: de knop heet nu 'Bevestigen'.</source>
        <translation>Schrijf geen namen, telefoon-, rijksregister- of rekeningnummers, e-mailadressen of adressen van burgers. Beschrijf alleen wat er in de stap niet klopt, bijvoorbeeld: de knop heet nu 'Bevestigen'.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="254"/>
        <source>Wat klopt er niet aan deze stap?</source>
        <translation>Wat klopt er niet aan deze stap?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="316"/>
        <source>{0} van {1} tekens</source>
        <translation>{0} van {1} tekens</translation>
    </message>
</context>
<context>
    <name>RunnerView</name>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="194"/>
        <source>&amp;Taal van de burger:</source>
        <translation>&amp;Taal van de burger:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="226"/>
        <source>Af&amp;drukken…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="205"/>
        <location filename="../../desk/ui/guides/runner.py" line="616"/>
        <source>B&amp;urgerscherm tonen</source>
        <translation>B&amp;urgerscherm tonen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="616"/>
        <source>B&amp;urgerscherm verbergen</source>
        <translation>B&amp;urgerscherm verbergen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="698"/>
        <source>Bewaard: {0} in de map {1}.</source>
        <translation>Bewaard: {0} in de map {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="223"/>
        <source>Bewaren als &amp;PDF…</source>
        <translation>Bewaren als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="207"/>
        <source>Burgerscherm tonen of verbergen</source>
        <translation>Burgerscherm tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="525"/>
        <source>Deze gids heeft geen vertaling in het {0}; de burger ziet Nederlands.</source>
        <translation>Deze gids heeft geen vertaling in het {0}; de burger ziet Nederlands.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="238"/>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="227"/>
        <source>Handout afdrukken</source>
        <translation>Handout afdrukken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="728"/>
        <source>Handout afdrukken: {0}</source>
        <translation>Handout afdrukken: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="706"/>
        <source>Handout bewaard: {0}</source>
        <translation>Handout bewaard: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="690"/>
        <source>Handout bewaren</source>
        <translation>Handout bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="224"/>
        <location filename="../../desk/ui/guides/runner.py" line="672"/>
        <source>Handout bewaren als PDF</source>
        <translation>Handout bewaren als PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="222"/>
        <source>Handout om mee te nemen:</source>
        <translation>Handout om mee te nemen:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="682"/>
        <source>Handout wordt bewaard…</source>
        <translation>Handout wordt bewaard…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="213"/>
        <source>Hoog &amp;contrast (wit op zwart)</source>
        <translation>Hoog &amp;contrast (wit op zwart)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="214"/>
        <source>Hoog contrast op het burgerscherm</source>
        <translation>Hoog contrast op het burgerscherm</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="454"/>
        <source>Meldingen laden</source>
        <translation>Meldingen laden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="712"/>
        <source>Niet bewaard: {0}</source>
        <translation>Niet bewaard: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="674"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="209"/>
        <source>Sc&amp;herm voor de burger:</source>
        <translation>Sc&amp;herm voor de burger:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="211"/>
        <source>Scherm voor de burger</source>
        <translation>Scherm voor de burger</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="558"/>
        <source>Scherm {0}: {1} ({2}×{3})</source>
        <translation>Scherm {0}: {1} ({2}×{3})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="196"/>
        <source>Taal van de burger</source>
        <translation>Taal van de burger</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="102"/>
        <source>Terug naar de gidsen</source>
        <translation>Terug naar de gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="192"/>
        <source>Voor de burger</source>
        <translation>Voor de burger</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="713"/>
        <source>zie de foutmelding.</source>
        <translation>zie de foutmelding.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="101"/>
        <source>« Te&amp;rug naar gidsen</source>
        <translation>« Te&amp;rug naar gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="562"/>
        <source>— hetzelfde als Desk</source>
        <translation>— hetzelfde als Desk</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desk/ui/saving.py" line="73"/>
        <source>{0} bewaard: {1} (in de map {2}).</source>
        <translation>{0} bewaard: {1} (in de map {2}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="83"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="65"/>
        <source>&amp;Hoog contrast (wit op zwart)</source>
        <translation>&amp;Hoog contrast (wit op zwart)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="57"/>
        <source>&amp;Kantoor:</source>
        <translation>&amp;Kantoor:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="63"/>
        <source>&amp;Taal van Desk:</source>
        <translation>&amp;Taal van Desk:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="49"/>
        <source>&amp;Uw korte naam (voor het logboek):</source>
        <translation>&amp;Uw korte naam (voor het logboek):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="96"/>
        <source>(vergrendeld door de IT-dienst)</source>
        <translation>(vergrendeld door de IT-dienst)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="84"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="70"/>
        <source>Een andere taal of weergave geldt na het herstarten van Desk.</source>
        <translation>Een andere taal of weergave geldt na het herstarten van Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="67"/>
        <source>Hoog contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="37"/>
        <location filename="../../desk/ui/settings_dialog.py" line="38"/>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="76"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="95"/>
        <source>Vergrendeld door de IT-dienst</source>
        <translation>Vergrendeld door de IT-dienst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="68"/>
        <source>Weergave:</source>
        <translation>Weergave:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="48"/>
        <source>bv. An of AVD</source>
        <translation>bv. An of AVD</translation>
    </message>
</context>
<context>
    <name>SkippedNotice</name>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="51"/>
        <location filename="../../desk/ui/guides/library_view.py" line="73"/>
        <source>&amp;Details tonen</source>
        <translation>&amp;Details tonen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="73"/>
        <source>&amp;Details verbergen</source>
        <translation>&amp;Details verbergen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="53"/>
        <source>Details over overgeslagen gidsen</source>
        <translation>Details over overgeslagen gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="80"/>
        <source>Let op: {0} gidsbestand(en) overgeslagen wegens fouten. De andere gidsen werken gewoon.</source>
        <translation>Let op: {0} gidsbestand(en) overgeslagen wegens fouten. De andere gidsen werken gewoon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="55"/>
        <source>Melding over overgeslagen gidsen sluiten</source>
        <translation>Melding over overgeslagen gidsen sluiten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="63"/>
        <source>Overgeslagen gidsbestanden en hun fouten</source>
        <translation>Overgeslagen gidsbestanden en hun fouten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="54"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Alle aantallen zijn afgerond op een veelvoud van 5, per maand en kantoor; totalen zijn de som van die afgeronde aantallen. Een aantal kan daardoor tot 4 per maand en kantoor afwijken van het echte aantal, en 0 kan ook 1 tot 4 betekenen. Zo kan niemand kleine aantallen terugrekenen.</source>
        <translation>Alle aantallen zijn afgerond op een veelvoud van 5, per maand en kantoor; totalen zijn de som van die afgeronde aantallen. Een aantal kan daardoor tot 4 per maand en kantoor afwijken van het echte aantal, en 0 kan ook 1 tot 4 betekenen. Zo kan niemand kleine aantallen terugrekenen.</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Contacten per kanaal</source>
        <translation>Contacten per kanaal</translation>
    </message>
    <message>
        <source>Contacten per kanaal en uitkomst</source>
        <translation>Contacten per kanaal en uitkomst</translation>
    </message>
    <message>
        <source>Contacten per maand</source>
        <translation>Contacten per maand</translation>
    </message>
    <message>
        <source>Contacten per maand en uitkomst</source>
        <translation>Contacten per maand en uitkomst</translation>
    </message>
    <message>
        <source>Contacten per onderwerp</source>
        <translation>Contacten per onderwerp</translation>
    </message>
    <message>
        <source>Contacten per uitkomst</source>
        <translation>Contacten per uitkomst</translation>
    </message>
    <message>
        <source>De klasse waarin de mediaan valt (de cijfers zijn in klassen).</source>
        <translation>De klasse waarin de mediaan valt (de cijfers zijn in klassen).</translation>
    </message>
    <message>
        <source>Doorverwijzingen</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Doorverwijzingen afgerond</source>
        <translation>Doorverwijzingen afgerond</translation>
    </message>
    <message>
        <source>Doorverwijzingen per drempel</source>
        <translation>Doorverwijzingen per drempel</translation>
    </message>
    <message>
        <source>Doorverwijzingen per drempel en status</source>
        <translation>Doorverwijzingen per drempel en status</translation>
    </message>
    <message>
        <source>Doorverwijzingen per gemeente</source>
        <translation>Doorverwijzingen per gemeente</translation>
    </message>
    <message>
        <source>Doorverwijzingen per gemeente en status</source>
        <translation>Doorverwijzingen per gemeente en status</translation>
    </message>
    <message>
        <source>Doorverwijzingen per maand</source>
        <translation>Doorverwijzingen per maand</translation>
    </message>
    <message>
        <source>Doorverwijzingen per maand en status</source>
        <translation>Doorverwijzingen per maand en status</translation>
    </message>
    <message>
        <source>Doorverwijzingen per nood</source>
        <translation>Doorverwijzingen per nood</translation>
    </message>
    <message>
        <source>Doorverwijzingen per nood en status</source>
        <translation>Doorverwijzingen per nood en status</translation>
    </message>
    <message>
        <source>Doorverwijzingen per partnerdienst</source>
        <translation>Doorverwijzingen per partnerdienst</translation>
    </message>
    <message>
        <source>Doorverwijzingen per partnerdienst en status</source>
        <translation>Doorverwijzingen per partnerdienst en status</translation>
    </message>
    <message>
        <source>Eén contact kan meer dan één onderwerp hebben.</source>
        <translation>Eén contact kan meer dan één onderwerp hebben.</translation>
    </message>
    <message>
        <source>Eén doorverwijzing kan meer dan één drempel hebben: de totalen tellen vermeldingen.</source>
        <translation>Eén doorverwijzing kan meer dan één drempel hebben: de totalen tellen vermeldingen.</translation>
    </message>
    <message>
        <source>Eén doorverwijzing kan meer dan één nood hebben: de totalen tellen vermeldingen.</source>
        <translation>Eén doorverwijzing kan meer dan één nood hebben: de totalen tellen vermeldingen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="67"/>
        <location filename="../../desk/ui/stats/sections.py" line="80"/>
        <source>Geen gegevens in deze periode.</source>
        <translation>Geen gegevens in deze periode.</translation>
    </message>
    <message>
        <source>Gidsen</source>
        <translation>Gidsen</translation>
    </message>
    <message>
        <source>Gidsen voltooid</source>
        <translation>Gidsen voltooid</translation>
    </message>
    <message>
        <source>Gidsen: stap waar men stopte</source>
        <translation>Gidsen: stap waar men stopte</translation>
    </message>
    <message>
        <source>Gidsen: voltooid of gestopt</source>
        <translation>Gidsen: voltooid of gestopt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="178"/>
        <location filename="../../desk/ui/stats/sections.py" line="179"/>
        <source>Kerncijfers</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Mediaan tijd tot eerste contact</source>
        <translation>Mediaan tijd tot eerste contact</translation>
    </message>
    <message>
        <source>Niet mogelijk: reden</source>
        <translation>Niet mogelijk: reden</translation>
    </message>
    <message>
        <source>Niet opgedaagd</source>
        <translation>Niet opgedaagd</translation>
    </message>
    <message>
        <source>Per gids de stap waar een niet-voltooide doorloop eindigde.</source>
        <translation>Per gids de stap waar een niet-voltooide doorloop eindigde.</translation>
    </message>
    <message>
        <source>Percentage van alle verstuurde doorverwijzingen van de periode dat nu op „Afgerond” staat.</source>
        <translation>Percentage van alle verstuurde doorverwijzingen van de periode dat nu op „Afgerond” staat.</translation>
    </message>
    <message>
        <source>Percentage van alle verstuurde doorverwijzingen van de periode dat nu op „Niet opgedaagd” staat.</source>
        <translation>Percentage van alle verstuurde doorverwijzingen van de periode dat nu op „Niet opgedaagd” staat.</translation>
    </message>
    <message>
        <source>Percentage van de gidsen die in Desk doorlopen werden, dat tot het einde ging. Een contact met een gids als onderwerp maar zonder doorloop in Desk telt hier niet mee.</source>
        <translation>Percentage van de gidsen die in Desk doorlopen werden, dat tot het einde ging. Een contact met een gids als onderwerp maar zonder doorloop in Desk telt hier niet mee.</translation>
    </message>
    <message>
        <source>Status van de doorverwijzingen per maand</source>
        <translation>Status van de doorverwijzingen per maand</translation>
    </message>
    <message>
        <source>Tijd tot eerste contact</source>
        <translation>Tijd tot eerste contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="73"/>
        <location filename="../../desk/ui/stats/export.py" line="82"/>
        <location filename="../../desk/ui/stats/table_model.py" line="141"/>
        <location filename="../../desk/ui/stats/table_model.py" line="184"/>
        <source>Totaal</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Van verstuurd tot de eerste status die contact betekent.</source>
        <translation>Van verstuurd tot de eerste status die contact betekent.</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>afloop</source>
        <translation>afloop</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="98"/>
        <location filename="../../desk/ui/stats/page.py" line="358"/>
        <source>de regio (centrale server)</source>
        <translation>de regio (centrale server)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="100"/>
        <location filename="../../desk/ui/stats/page.py" line="359"/>
        <source>dit loket (lokaal logboek)</source>
        <translation>dit loket (lokaal logboek)</translation>
    </message>
    <message>
        <source>drempel</source>
        <translation>drempel</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>gids</source>
        <translation>gids</translation>
    </message>
    <message>
        <source>gids / stap</source>
        <translation>gids / stap</translation>
    </message>
    <message>
        <source>kanaal</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>nood</source>
        <translation>nood</translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>organisatie/kantoor</source>
        <translation>organisatie/kantoor</translation>
    </message>
    <message>
        <source>partnerdienst</source>
        <translation>partnerdienst</translation>
    </message>
    <message>
        <source>reden</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>termijn</source>
        <translation>termijn</translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation>urgentie</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../../desk/ui/stats/charts.py" line="246"/>
        <source> (grafiek)</source>
        <translation> (grafiek)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/charts.py" line="247"/>
        <source>Dezelfde cijfers staan in de tabel naast de grafiek.</source>
        <translation>Dezelfde cijfers staan in de tabel naast de grafiek.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/charts.py" line="199"/>
        <source>Verborgen (&lt;5)</source>
        <translation>Verborgen (&lt;5)</translation>
    </message>
</context>
<context>
    <name>StatsExport</name>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="109"/>
        <source>Bron</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="107"/>
        <source>Gemaakt op</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="234"/>
        <source>Het PDF-rapport kon niet gemaakt worden in {0}. Kies een andere map.</source>
        <translation>Het PDF-rapport kon niet gemaakt worden in {0}. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="227"/>
        <source>Kan het PDF-rapport niet bewaren in {0}: {1}.</source>
        <translation>Kan het PDF-rapport niet bewaren in {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="46"/>
        <source>Kan niet schrijven naar {0}: {1}. Kies een andere map.</source>
        <translation>Kan niet schrijven naar {0}: {1}. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="114"/>
        <source>Kantoor</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="112"/>
        <source>Organisatie</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="117"/>
        <source>Over de afronding van de cijfers</source>
        <translation>Over de afronding van de cijfers</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="105"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="103"/>
        <location filename="../../desk/ui/stats/export.py" line="203"/>
        <source>Statistieken digitale inclusie</source>
        <translation>Statistieken digitale inclusie</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="161"/>
        <source>&amp;CSV exporteren…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="153"/>
        <source>&amp;Kantoor:</source>
        <translation>&amp;Kantoor:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="150"/>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="164"/>
        <source>&amp;PDF-rapport…</source>
        <translation>&amp;PDF-rapport…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="145"/>
        <source>&amp;Tijdvak:</source>
        <translation>&amp;Tijdvak:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="152"/>
        <location filename="../../desk/ui/stats/page.py" line="327"/>
        <source>Alle kantoren</source>
        <translation>Alle kantoren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="222"/>
        <source>Alle organisaties</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="162"/>
        <source>Alle tabellen als CSV exporteren</source>
        <translation>Alle tabellen als CSV exporteren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="135"/>
        <source>B&amp;ron:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="291"/>
        <source>Berekening gestopt. Kies ‘Bijwerken’ om opnieuw te berekenen.</source>
        <translation>Berekening gestopt. Kies ‘Bijwerken’ om opnieuw te berekenen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="155"/>
        <source>Bij&amp;werken</source>
        <translation>Bij&amp;werken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="135"/>
        <source>Bron van de cijfers</source>
        <translation>Bron van de cijfers</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="361"/>
        <source>Bron: {0} — periode {1} — gemaakt {2}</source>
        <translation>Bron: {0} — periode {1} — gemaakt {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="156"/>
        <source>Cijfers bijwerken</source>
        <translation>Cijfers bijwerken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="264"/>
        <source>Cijfers worden berekend…</source>
        <translation>Cijfers worden berekend…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="365"/>
        <source>Contacten en doorverwijzingen in de periode: zie de tabbladen.</source>
        <translation>Contacten en doorverwijzingen in de periode: zie de tabbladen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="369"/>
        <source>Contacten: {0} — doorverwijzingen: {1}</source>
        <translation>Contacten: {0} — doorverwijzingen: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="308"/>
        <location filename="../../desk/ui/stats/page.py" line="321"/>
        <source>De cijfers konden niet berekend worden.</source>
        <translation>De cijfers konden niet berekend worden.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="314"/>
        <source>De cijfers van de regio zijn niet beschikbaar. </source>
        <translation>De cijfers van de regio zijn niet beschikbaar. </translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="226"/>
        <source>Dit loket</source>
        <translation>Dit loket</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="133"/>
        <source>Dit loket (lokaal logboek)</source>
        <translation>Dit loket (lokaal logboek)</translation>
    </message>
    <message>
        <source>Doorverwijzingen die nog klaar staan om te versturen, tellen pas mee als de centrale server ze heeft.</source>
        <translation>Doorverwijzingen die nog klaar staan om te versturen, tellen pas mee als de centrale server ze heeft.</translation>
    </message>
    <message>
        <source>Geen gegevens in deze periode.</source>
        <translation>Geen gegevens in deze periode.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="91"/>
        <source>Getoonde cijfers</source>
        <translation>Getoonde cijfers</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="374"/>
        <source>Hier komen de cijfers van de contacten in het Logboek en van de doorverwijzingen. Log elke burger die u helpt (Ctrl+L), of kies een langere periode.</source>
        <translation>Hier komen de cijfers van de contacten in het Logboek en van de doorverwijzingen. Log elke burger die u helpt (Ctrl+L), of kies een langere periode.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="140"/>
        <source>Jaar</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="153"/>
        <source>Kantoor</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="140"/>
        <source>Kwartaal</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="141"/>
        <source>Maand</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="396"/>
        <source>Map voor de CSV-bestanden</source>
        <translation>Map voor de CSV-bestanden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="82"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Nog geen doorverwijzingen: deze computer bewaart (nog) geen doorverwijzingen.</source>
        <translation>Nog geen doorverwijzingen: deze computer bewaart (nog) geen doorverwijzingen.</translation>
    </message>
    <message>
        <source>Oefenprofiel: deze cijfers komen uit fictieve oefengegevens.</source>
        <translation>Oefenprofiel: deze cijfers komen uit fictieve oefengegevens.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="95"/>
        <source>Onderdelen van de statistieken</source>
        <translation>Onderdelen van de statistieken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="150"/>
        <source>Organisatie</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="143"/>
        <source>P&amp;eriode:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="417"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="433"/>
        <source>PDF-rapport</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="416"/>
        <source>PDF-rapport bewaren</source>
        <translation>PDF-rapport bewaren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="439"/>
        <source>PDF-rapport maken</source>
        <translation>PDF-rapport maken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="165"/>
        <source>PDF-rapport voor de adviesgroep maken</source>
        <translation>PDF-rapport voor de adviesgroep maken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="145"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="134"/>
        <source>Regio (centrale server)</source>
        <translation>Regio (centrale server)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="143"/>
        <source>Soort periode</source>
        <translation>Soort periode</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="71"/>
        <location filename="../../desk/ui/stats/page.py" line="74"/>
        <location filename="../../desk/ui/stats/page.py" line="75"/>
        <source>Statistieken</source>
        <translation>Statistieken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="280"/>
        <source>Statistieken berekenen</source>
        <translation>Statistieken berekenen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="409"/>
        <source>{0} CSV-bestanden bewaard in {1}.</source>
        <translation>{0} CSV-bestanden bewaard in {1}.</translation>
    </message>
</context>
<context>
    <name>StatsSection</name>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="76"/>
        <source> (tabel)</source>
        <translation> (tabel)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="55"/>
        <source>&amp;Gids:</source>
        <translation>&amp;Gids:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="215"/>
        <source>({0} van {1})</source>
        <translation>({0} van {1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="105"/>
        <source>&lt;5: verborgen om niemand herkenbaar te maken; zie de uitleg bij Kerncijfers.</source>
        <translation>&lt;5: verborgen om niemand herkenbaar te maken; zie de uitleg bij Kerncijfers.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="199"/>
        <source>Aantallen in de periode</source>
        <translation>Aantallen in de periode</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="108"/>
        <source>Afgerond op een veelvoud van 5; zie de uitleg bij Kerncijfers.</source>
        <translation>Afgerond op een veelvoud van 5; zie de uitleg bij Kerncijfers.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="95"/>
        <source>Alle gidsen</source>
        <translation>Alle gidsen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="77"/>
        <source>De cijfers van de grafiek. Ctrl+C kopieert de selectie.</source>
        <translation>De cijfers van de grafiek. Ctrl+C kopieert de selectie.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="81"/>
        <source>Geen gegevens</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="57"/>
        <source>Gids voor de stappen</source>
        <translation>Gids voor de stappen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="85"/>
        <source>Toelichting bij de tabel</source>
        <translation>Toelichting bij de tabel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="185"/>
        <source>Uitleg over de afronding</source>
        <translation>Uitleg over de afronding</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="56"/>
        <source>Gids: {0}</source>
        <translation>Gids: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="155"/>
        <source>Verborgen (&lt;5): een klein aantal, of een getal waaruit een klein aantal terug te rekenen is.</source>
        <translation>Verborgen (&lt;5): een klein aantal, of een getal waaruit een klein aantal terug te rekenen is.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="72"/>
        <source>{0}e kwartaal {1}</source>
        <translation>{0}e kwartaal {1}</translation>
    </message>
</context>
<context>
    <name>StatsTableView</name>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="212"/>
        <source>Hele tabel kopiëren</source>
        <translation>Hele tabel kopiëren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="208"/>
        <source>Selectie kopiëren</source>
        <translation>Selectie kopiëren</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="107"/>
        <source> (doet de maatschappelijk werker of de partner)</source>
        <translation> (doet de maatschappelijk werker of de partner)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="109"/>
        <source> (niet mogelijk)</source>
        <translation> (niet mogelijk)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="139"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="111"/>
        <source>&amp;Nieuwe status:</source>
        <translation>&amp;Nieuwe status:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="62"/>
        <source>De doorverwijzing staat al op „{0}”.</source>
        <translation>De doorverwijzing staat al op „{0}”.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="66"/>
        <source>Deze computer is aangemeld om cijfers te lezen: hij verandert geen status.</source>
        <translation>Deze computer is aangemeld om cijfers te lezen: hij verandert geen status.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="60"/>
        <source>Een concept heeft nog geen status: verstuur het eerst.</source>
        <translation>Een concept heeft nog geen status: verstuur het eerst.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="94"/>
        <source>Huidige status: {0}</source>
        <translation>Huidige status: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="118"/>
        <source>N&amp;otitie (zonder namen):</source>
        <translation>N&amp;otitie (zonder namen):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="155"/>
        <source>Niet mogelijk: {0}</source>
        <translation>Niet mogelijk: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="98"/>
        <source>Nieuwe status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="116"/>
        <source>Notitie bij de statuswijziging</source>
        <translation>Notitie bij de statuswijziging</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="122"/>
        <source>Op een baliecomputer kunt u een doorverwijzing alleen annuleren, en alleen als ze op deze computer gemaakt is. De andere stappen zet de maatschappelijk werker of de partner.</source>
        <translation>Op een baliecomputer kunt u een doorverwijzing alleen annuleren, en alleen als ze op deze computer gemaakt is. De andere stappen zet de maatschappelijk werker of de partner.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="137"/>
        <source>Status op&amp;slaan</source>
        <translation>Status op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="91"/>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="92"/>
        <source>Status wijzigen</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="77"/>
        <source>Van „{0}” kan de doorverwijzing niet naar „{1}”. Wel mogelijk: {2}.</source>
        <translation>Van „{0}” kan de doorverwijzing niet naar „{1}”. Wel mogelijk: {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="74"/>
        <source>„{0}” is een eindstatus: de status kan niet meer veranderen.</source>
        <translation>„{0}” is een eindstatus: de status kan niet meer veranderen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="68"/>
        <source>„{0}” zet de maatschappelijk werker of de partner, niet een baliecomputer. Hier kunt u de doorverwijzing alleen annuleren.</source>
        <translation>„{0}” zet de maatschappelijk werker of de partner, niet een baliecomputer. Hier kunt u de doorverwijzing alleen annuleren.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="235"/>
        <source>&amp;Notitie bij deze stap (niet voor de burger)</source>
        <translation>&amp;Notitie bij deze stap (niet voor de burger)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="351"/>
        <source>(einde: {0})</source>
        <translation>(einde: {0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="315"/>
        <source>(geen uitleg voor de medewerker)</source>
        <translation>(geen uitleg voor de medewerker)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="349"/>
        <source>(naar een andere gids)</source>
        <translation>(naar een andere gids)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="326"/>
        <source>Afronden: ge&amp;lukt</source>
        <translation>Afronden: ge&amp;lukt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="327"/>
        <source>Afronden: gelukt</source>
        <translation>Afronden: gelukt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="260"/>
        <source>Beë&amp;indigen…</source>
        <translation>Beë&amp;indigen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="216"/>
        <source>Burger &amp;alleen</source>
        <translation>Burger &amp;alleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="309"/>
        <source>Burger alleen: de burger typt zelf de PIN-code, het wachtwoord of bevestigt met itsme. Kijk weg van het scherm en het toetsenbord. Raak het toestel niet aan.</source>
        <translation>Burger alleen: de burger typt zelf de PIN-code, het wachtwoord of bevestigt met itsme. Kijk weg van het scherm en het toetsenbord. Raak het toestel niet aan.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="262"/>
        <source>Deze stap &amp;klopt niet…</source>
        <translation>Deze stap &amp;klopt niet…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="264"/>
        <source>Deze stap klopt niet: melden aan de redactie</source>
        <translation>Deze stap klopt niet: melden aan de redactie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="261"/>
        <source>Gids beëindigen</source>
        <translation>Gids beëindigen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="217"/>
        <source>M&amp;edewerker</source>
        <translation>M&amp;edewerker</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="266"/>
        <source>Meld aan de redactie dat deze stap niet klopt (Ctrl+Shift+M)</source>
        <translation>Meld aan de redactie dat deze stap niet klopt (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="238"/>
        <source>Notitie bij deze stap</source>
        <translation>Notitie bij deze stap</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="202"/>
        <source>Op het burgerscherm</source>
        <translation>Op het burgerscherm</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="216"/>
        <source>Sa&amp;men</source>
        <translation>Sa&amp;men</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="299"/>
        <source>Stap {0} van ongeveer {1}</source>
        <translation>Stap {0} van ongeveer {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="297"/>
        <source>Stap {0} van {1}</source>
        <translation>Stap {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="364"/>
        <source>Uw organisatie meldde al dat deze stap niet klopt ({0} open melding(en)). Kijk bij 'Deze stap klopt niet…'.</source>
        <translation>Uw organisatie meldde al dat deze stap niet klopt ({0} open melding(en)). Kijk bij 'Deze stap klopt niet…'.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="258"/>
        <location filename="../../desk/ui/guides/runner_panels.py" line="329"/>
        <source>Vo&amp;lgende »</source>
        <translation>Vo&amp;lgende »</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="259"/>
        <location filename="../../desk/ui/guides/runner_panels.py" line="330"/>
        <source>Volgende stap</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="199"/>
        <source>Voor de medewerker</source>
        <translation>Voor de medewerker</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="183"/>
        <source>Voortgang in de gids</source>
        <translation>Voortgang in de gids</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="257"/>
        <source>Vorige stap</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="344"/>
        <source>Vraag</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="212"/>
        <source>Wie doet deze stap?</source>
        <translation>Wie doet deze stap?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="256"/>
        <source>« &amp;Vorige</source>
        <translation>« &amp;Vorige</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../desk/ui/sync/controller.py" line="127"/>
        <source>%n conflicten</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/sync/controller.py" line="125"/>
        <source>%n geweigerd door de server</source>
        <translation>
            <numerusform>%n geweigerd door de server</numerusform>
            <numerusform>%n geweigerd door de server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="156"/>
        <source>&amp;Nu synchroniseren</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="161"/>
        <source>Aan&amp;melden bij de centrale server…</source>
        <translation>Aan&amp;melden bij de centrale server…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="338"/>
        <source>De klok van deze computer wijkt af van de server.</source>
        <translation>De klok van deze computer wijkt af van de server.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="344"/>
        <source>De toestelsleutel staat in {0}, die de geheimen niet versleutelt. Vraag IT om een versleutelde sleutelbos te kiezen.</source>
        <translation>De toestelsleutel staat in {0}, die de geheimen niet versleutelt. Vraag IT om een versleutelde sleutelbos te kiezen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="166"/>
        <source>Geweigerde wijzigingen en conflicten bekijken en oplossen</source>
        <translation>Geweigerde wijzigingen en conflicten bekijken en oplossen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="116"/>
        <source>Oefenprofiel: synchroniseert niet</source>
        <translation>Oefenprofiel: synchroniseert niet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="120"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="120"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="120"/>
        <source>Synchronisatie</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="164"/>
        <source>Synchronisatie&amp;problemen…</source>
        <translation>Synchronisatie&amp;problemen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="118"/>
        <source>Synchronisatie: niet aangemeld · {0} in wachtrij</source>
        <translation>Synchronisatie: niet aangemeld · {0} in wachtrij</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="233"/>
        <source>Synchronisatiestatus</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="261"/>
        <source>Synchroniseren met de centrale server</source>
        <translation>Synchroniseren met de centrale server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="252"/>
        <source>Synchroniseren…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="335"/>
        <source>Toestelsleutel: {0}</source>
        <translation>Toestelsleutel: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="158"/>
        <source>Wijzigingen nu verzenden en ophalen</source>
        <translation>Wijzigingen nu verzenden en ophalen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="130"/>
        <source>laatste sync {0}</source>
        <translation>laatste sync {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="105"/>
        <source>nog nooit</source>
        <translation>nog nooit</translation>
    </message>
    <message>
        <source>{0} in quarantaine</source>
        <translation type="vanished">{0} in quarantaine</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="121"/>
        <source>{0} in wachtrij</source>
        <translation>{0} in wachtrij</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="129"/>
        <source>{0} onleesbaar ontvangen</source>
        <translation>{0} onleesbaar ontvangen</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="99"/>
        <source>&amp;Mijn versie houden</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="81"/>
        <source>&amp;Opnieuw verzenden</source>
        <translation>&amp;Opnieuw verzenden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="101"/>
        <source>&amp;Per veld kiezen…</source>
        <translation>&amp;Per veld kiezen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="100"/>
        <source>&amp;Versie van de server nemen</source>
        <translation>&amp;Versie van de server nemen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="73"/>
        <source>&lt;b&gt;Deze gegevens konden niet worden verstuurd&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deze gegevens konden niet worden verstuurd&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="92"/>
        <source>&lt;b&gt;Ook op de server gewijzigd&lt;/b&gt;: kies welke versie blijft.</source>
        <translation>&lt;b&gt;Ook op de server gewijzigd&lt;/b&gt;: kies welke versie blijft.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="237"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="250"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="267"/>
        <source>Conflict oplossen</source>
        <translation>Conflict oplossen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="96"/>
        <source>Conflicten</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="191"/>
        <source>De centrale server kent het kantoor van deze gegevens niet. Vraag de helpdesk om het kantoor op de server toe te voegen (of de kantoorcode in de instellingen van deze computer te verbeteren) en verzend dan opnieuw.</source>
        <translation>De centrale server kent het kantoor van deze gegevens niet. Vraag de helpdesk om het kantoor op de server toe te voegen (of de kantoorcode in de instellingen van deze computer te verbeteren) en verzend dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="199"/>
        <source>De persoonsgegevens konden niet geopend worden op deze computer. Bel de helpdesk.</source>
        <translation>De persoonsgegevens konden niet geopend worden op deze computer. Bel de helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="189"/>
        <source>De server had een storing. Probeer later opnieuw te verzenden.</source>
        <translation>De server had een storing. Probeer later opnieuw te verzenden.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="201"/>
        <source>De server vond een fout in deze gegevens. Verbeter ze, of bel de helpdesk.</source>
        <translation>De server vond een fout in deze gegevens. Verbeter ze, of bel de helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="187"/>
        <source>Deze computer mag deze gegevens niet verzenden. Bel de helpdesk.</source>
        <translation>Deze computer mag deze gegevens niet verzenden. Bel de helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="196"/>
        <source>Dit zijn oefengegevens: deze server neemt ze niet aan. Ze blijven op deze computer.</source>
        <translation>Dit zijn oefengegevens: deze server neemt ze niet aan. Ze blijven op deze computer.</translation>
    </message>
    <message>
        <source>Doorverwijzing</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="170"/>
        <source>Er zijn geen synchronisatieproblemen.</source>
        <translation>Er zijn geen synchronisatieproblemen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="78"/>
        <source>Gegevens die niet verstuurd konden worden</source>
        <translation>Gegevens die niet verstuurd konden worden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="94"/>
        <source>Gewijzigd op</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="158"/>
        <source>Iemand anders wijzigde dit ook, op een andere computer.</source>
        <translation>Iemand anders wijzigde dit ook, op een andere computer.</translation>
    </message>
    <message>
        <source>Melding over een gids</source>
        <translation>Melding over een gids</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="229"/>
        <source>Opnieuw verzenden</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <source>Pogingen</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="95"/>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="94"/>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="69"/>
        <source>Synchronisatieproblemen</source>
        <translation>Synchronisatieproblemen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="137"/>
        <source>Synchronisatieproblemen laden</source>
        <translation>Synchronisatieproblemen laden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="83"/>
        <source>Verbeter eerst de gegevens (in het logboek of bij de doorverwijzingen); een bewaarde wijziging wordt vanzelf opnieuw verzonden. Of verzend ze ongewijzigd opnieuw.</source>
        <translation>Verbeter eerst de gegevens (in het logboek of bij de doorverwijzingen); een bewaarde wijziging wordt vanzelf opnieuw verzonden. Of verzend ze ongewijzigd opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="152"/>
        <source>Voor de helpdesk: {0}</source>
        <translation>Voor de helpdesk: {0}</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../desk/ui/topics.py" line="23"/>
        <source>Afspraak maken</source>
        <translation>Afspraak maken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="28"/>
        <source>Afval en omgeving</source>
        <translation>Afval en omgeving</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="29"/>
        <source>Andere vraag</source>
        <translation>Andere vraag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="21"/>
        <source>Attesten en uittreksels</source>
        <translation>Attesten en uittreksels</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="24"/>
        <source>Belastingen</source>
        <translation>Belastingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="22"/>
        <source>Identiteitskaart en PIN</source>
        <translation>Identiteitskaart en PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="27"/>
        <source>Mobiliteit en parkeren</source>
        <translation>Mobiliteit en parkeren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="25"/>
        <source>Sociale voordelen</source>
        <translation>Sociale voordelen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="26"/>
        <source>Wonen en premies</source>
        <translation>Wonen en premies</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>0 tot 2 dagen</source>
        <translation>0 tot 2 dagen</translation>
    </message>
    <message>
        <source>15 tot 30 dagen</source>
        <translation>15 tot 30 dagen</translation>
    </message>
    <message>
        <source>3 tot 7 dagen</source>
        <translation>3 tot 7 dagen</translation>
    </message>
    <message>
        <source>8 tot 14 dagen</source>
        <translation>8 tot 14 dagen</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="58"/>
        <source>Adres en persoonlijke gegevens</source>
        <translation>Adres en persoonlijke gegevens</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="52"/>
        <source>Alleen op deze computer</source>
        <translation>Alleen op deze computer</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="79"/>
        <source>Andere reden</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Angst of wantrouwen</source>
        <translation>Angst of wantrouwen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="68"/>
        <source>Arabisch</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="32"/>
        <source>Attesten en documenten</source>
        <translation>Attesten en documenten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="51"/>
        <source>Bankkaart</source>
        <translation>Bankkaart</translation>
    </message>
    <message>
        <source>Basisgebruik computer of tablet</source>
        <translation>Basisgebruik computer of tablet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="38"/>
        <source>Basisvaardigheden</source>
        <translation>Basisvaardigheden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="33"/>
        <source>Belastingen en geld</source>
        <translation>Belastingen en geld</translation>
    </message>
    <message>
        <source>Beperking</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <source>Betaalbaar internet</source>
        <translation>Betaalbaar internet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="65"/>
        <source>Burger alleen</source>
        <translation>Burger alleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="55"/>
        <source>Computer of laptop</source>
        <translation>Computer of laptop</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="51"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Contact opgenomen</source>
        <translation>Contact opgenomen</translation>
    </message>
    <message>
        <source>Contacteer mij niet; ik ga zelf</source>
        <translation>Contacteer mij niet; ik ga zelf</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="52"/>
        <source>Digipass of kaartlezer van de bank</source>
        <translation>Digipass of kaartlezer van de bank</translation>
    </message>
    <message>
        <source>Doorverwezen</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Dringend</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="67"/>
        <source>Duits</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="53"/>
        <source>E-mailadres (en wachtwoord)</source>
        <translation>E-mailadres (en wachtwoord)</translation>
    </message>
    <message>
        <source>Een toestel lenen</source>
        <translation>Een toestel lenen</translation>
    </message>
    <message>
        <source>Eerste sessie gevolgd</source>
        <translation>Eerste sessie gevolgd</translation>
    </message>
    <message>
        <source>Elders doorverwezen</source>
        <translation>Elders doorverwezen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="66"/>
        <source>Engels</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="65"/>
        <source>Frans</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Gedaan voor burger</source>
        <translation>Gedaan voor burger</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="74"/>
        <source>Geen (geldige) eID</source>
        <translation>Geen (geldige) eID</translation>
    </message>
    <message>
        <source>Geen eID</source>
        <translation>Geen eID</translation>
    </message>
    <message>
        <source>Geen internet</source>
        <translation>Geen internet</translation>
    </message>
    <message>
        <source>Geen partnerdienst gekozen</source>
        <translation>Geen partnerdienst gekozen</translation>
    </message>
    <message>
        <source>Geen plaats</source>
        <translation>Geen plaats</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="76"/>
        <source>Geen smartphone</source>
        <translation>Geen smartphone</translation>
    </message>
    <message>
        <source>Geen toestel</source>
        <translation>Geen toestel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="86"/>
        <source>Gelukt</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="36"/>
        <source>Gemeente en afspraken</source>
        <translation>Gemeente en afspraken</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="88"/>
        <source>Gestopt</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="50"/>
        <source>Geweigerd door server</source>
        <translation>Geweigerd door server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="34"/>
        <source>Gezin en zorg</source>
        <translation>Gezin en zorg</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="54"/>
        <source>Gsm-nummer</source>
        <translation>Gsm-nummer</translation>
    </message>
    <message>
        <source>Heeft hulp nodig</source>
        <translation>Heeft hulp nodig</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="31"/>
        <source>Identiteit en aanmelden</source>
        <translation>Identiteit en aanmelden</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="48"/>
        <source>Kaartlezer</source>
        <translation>Kaartlezer</translation>
    </message>
    <message>
        <source>Kan het nog niet</source>
        <translation>Kan het nog niet</translation>
    </message>
    <message>
        <source>Klaar om te versturen</source>
        <translation>Klaar om te versturen</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Lezen en schrijven</source>
        <translation>Lezen en schrijven</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="67"/>
        <source>Medewerker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Meer dan 30 dagen</source>
        <translation>Meer dan 30 dagen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="104"/>
        <source>Nazicht verlopen: deze gids werd laatst nagekeken op {0} en moest uiterlijk op {1} opnieuw nagekeken worden. Controleer de stappen op de officiële bronnen voor u ze volgt.</source>
        <translation>Nazicht verlopen: deze gids werd laatst nagekeken op {0} en moest uiterlijk op {1} opnieuw nagekeken worden. Controleer de stappen op de officiële bronnen voor u ze volgt.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="97"/>
        <source>Nazicht verlopen: laatst nagekeken op {0}</source>
        <translation>Nazicht verlopen: laatst nagekeken op {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="64"/>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Neutraal</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <source>Niet dringend</source>
        <translation>Niet dringend</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="87"/>
        <source>Niet mogelijk</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Niet opgedaagd</source>
        <translation>Niet opgedaagd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="56"/>
        <source>Nodige papieren en documenten</source>
        <translation>Nodige papieren en documenten</translation>
    </message>
    <message>
        <source>Normaal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="70"/>
        <source>Oekraïens</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Online bankieren</source>
        <translation>Online bankieren</translation>
    </message>
    <message>
        <source>Online overheidsdiensten</source>
        <translation>Online overheidsdiensten</translation>
    </message>
    <message>
        <source>Ontevreden</source>
        <translation>Ontevreden</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Opvolging nodig</source>
        <translation>Opvolging nodig</translation>
    </message>
    <message>
        <source>Overige onderwerpen</source>
        <translation>Overige onderwerpen</translation>
    </message>
    <message>
        <source>PIN onbekend</source>
        <translation>PIN onbekend</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="75"/>
        <source>PIN-code onbekend</source>
        <translation>PIN-code onbekend</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="46"/>
        <source>PIN-code van de eID</source>
        <translation>PIN-code van de eID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="47"/>
        <source>PUK-code (brief bij de eID)</source>
        <translation>PUK-code (brief bij de eID)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="72"/>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Portaal buiten dienst</source>
        <translation>Portaal buiten dienst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="57"/>
        <source>Rijksregisternummer</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="73"/>
        <source>Roemeens</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="71"/>
        <source>Russisch</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="66"/>
        <source>Samen</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Samen gedaan</source>
        <translation>Samen gedaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="49"/>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Smartphone gebruiken</source>
        <translation>Smartphone gebruiken</translation>
    </message>
    <message>
        <source>Sms</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="74"/>
        <source>Spaans</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="78"/>
        <source>Taalprobleem</source>
        <translation>Taalprobleem</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Tevreden</source>
        <translation>Tevreden</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Toegang tot internet</source>
        <translation>Toegang tot internet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="69"/>
        <source>Turks</source>
        <translation>Turks</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="37"/>
        <source>Veilig online</source>
        <translation>Veilig online</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="49"/>
        <source>Verzonden</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voltooid</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="48"/>
        <source>Wacht op verzending</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="77"/>
        <source>Website of portaal werkt niet</source>
        <translation>Website of portaal werkt niet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="35"/>
        <source>Wonen en verbouwen</source>
        <translation>Wonen en verbouwen</translation>
    </message>
    <message>
        <source>Zelf gedaan door burger</source>
        <translation>Zelf gedaan door burger</translation>
    </message>
    <message>
        <source>Zelfredzaam</source>
        <translation>Zelfredzaam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="45"/>
        <source>eID (identiteitskaart)</source>
        <translation>eID (identiteitskaart)</translation>
    </message>
    <message>
        <source>eID en itsme</source>
        <translation>eID en itsme</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="50"/>
        <source>itsme op de smartphone</source>
        <translation>itsme op de smartphone</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desk/ui/worker.py" line="318"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desk/ui/worker.py" line="317"/>
        <source>Bezig…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/worker.py" line="316"/>
        <source>Even geduld</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <location filename="../../desk/ui/worker.py" line="319"/>
        <source>Voortgang</source>
        <translation>Voortgang</translation>
    </message>
</context>
</TS>
