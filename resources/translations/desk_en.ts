<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desk/ui/about.py" line="28"/>
        <location filename="../../desk/ui/about.py" line="29"/>
        <source>(niet ingesteld)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="34"/>
        <source>Begeleide digitale dienstverlening voor de loketten van Zuid-West-Vlaanderen.</source>
        <translation>Assisted digital services at the counters of South-West Flanders.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="25"/>
        <source>Databank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="27"/>
        <source>Gebruikersinstellingen</source>
        <translation>User settings</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="24"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="29"/>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="26"/>
        <source>Machineconfiguratie</source>
        <translation>Machine configuration</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="30"/>
        <source>Oefenmodus</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="28"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="18"/>
        <location filename="../../desk/ui/about.py" line="19"/>
        <source>Over Desk</source>
        <translation>About Desk</translation>
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
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="23"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="30"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="30"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../../desk/bootstrap.py" line="113"/>
        <source>Configuratieprobleem: {0}</source>
        <translation>Configuration problem: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/bootstrap.py" line="140"/>
        <source>Databank niet beschikbaar</source>
        <translation>Database not available</translation>
    </message>
    <message>
        <location filename="../../desk/bootstrap.py" line="172"/>
        <source>Databank openen</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location filename="../../desk/bootstrap.py" line="128"/>
        <source>De lokale databank kon niet worden geopend. Zie het logboek.</source>
        <translation>The local database could not be opened. See the log file.</translation>
    </message>
</context>
<context>
    <name>CaseLog</name>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="147"/>
        <source>Bewaartermijn toepassen</source>
        <translation>Applying the retention period</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="54"/>
        <source>Contact &amp;loggen…</source>
        <translation>&amp;Log a contact…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="166"/>
        <source>De databank wordt nog geopend…</source>
        <translation>The database is still opening…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="131"/>
        <source>Een contact dat nog niet bewaard was, is hersteld. Kijk het na en bewaar.</source>
        <translation>A contact that had not been saved was recovered. Check it and save it.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="58"/>
        <source>Een geholpen burger loggen (Ctrl+L)</source>
        <translation>Log a citizen you helped (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="103"/>
        <source>Opvolgingen tellen</source>
        <translation>Counting follow-ups</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="112"/>
        <source>Opvolgingen: {0} voor vandaag, {1} achterstallig. Zie Logboek → ‘Opvolging te doen’.</source>
        <translation>Follow-ups: {0} for today, {1} overdue. See Case log → ‘Follow-up to do’.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="227"/>
        <source>Klik om te sorteren</source>
        <translation>Click to sort</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="226"/>
        <source>Op deze kolom kan niet gesorteerd worden</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Verzending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>alleen lokaal</source>
        <translation>local only</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>te verzenden</source>
        <translation>to send</translation>
    </message>
    <message>
        <source>verzonden</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="177"/>
        <source>{0} (afgehandeld)</source>
        <translation>{0} (done)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="74"/>
        <location filename="../../desk/ui/cases/model.py" line="179"/>
        <source>{0} (te laat)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="181"/>
        <source>{0} (vandaag)</source>
        <translation>{0} (today)</translation>
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
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="112"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="130"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="106"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/page.py" line="278"/>
        <source>&lt;b&gt;%n opvolgingen&lt;/b&gt; te doen (vandaag of eerder). &lt;a href='#due'&gt;Toon ze&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n follow-up&lt;/b&gt; to do (today or earlier). &lt;a href='#due'&gt;Show it&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n follow-ups&lt;/b&gt; to do (today or earlier). &lt;a href='#due'&gt;Show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="206"/>
        <source>Aantal contacten</source>
        <translation>Number of contacts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="131"/>
        <source>Afhandeling van de opvolging ongedaan maken</source>
        <translation>Undo marking the follow-up done</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="172"/>
        <source>Alleen &amp;mijn contacten</source>
        <translation>Only m&amp;y contacts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="173"/>
        <source>Alleen de contacten die ik gelogd heb</source>
        <translation>Only the contacts I logged</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="170"/>
        <source>Alleen opvolgingen die te doen zijn, de eerste vervaldag eerst</source>
        <translation>Only follow-ups to do, the first due date first</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="104"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="493"/>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="453"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="102"/>
        <source>Contact loggen (Ctrl+L)</source>
        <translation>Log a contact (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="403"/>
        <location filename="../../desk/ui/cases/page.py" line="408"/>
        <location filename="../../desk/ui/cases/page.py" line="417"/>
        <source>Contact verwijderen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="185"/>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="451"/>
        <location filename="../../desk/ui/cases/page.py" line="487"/>
        <source>Contacten exporteren</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="111"/>
        <source>Contacten exporteren naar CSV</source>
        <translation>Export contacts to CSV</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="492"/>
        <location filename="../../desk/ui/cases/page.py" line="529"/>
        <source>Contacten importeren</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="113"/>
        <source>Contacten importeren uit CSV</source>
        <translation>Import contacts from CSV</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="369"/>
        <source>Contacten tellen…</source>
        <translation>Counting contacts…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="404"/>
        <source>Dit contact verwijderen? Het verdwijnt ook op de centrale server bij de volgende synchronisatie.</source>
        <translation>Delete this contact? It will also disappear from the central server at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="110"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/page.py" line="484"/>
        <source>Export van %n contacten</source>
        <translation>
            <numerusform>Export of %n contact</numerusform>
            <numerusform>Export of %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="179"/>
        <source>Fout in de filter</source>
        <translation>Error in the filter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="299"/>
        <source>Fout: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="342"/>
        <source>Geen contacten voor deze zoekopdracht of filters.

Wis het zoekveld en de datums, zet ‘Opvolging te doen’ en ‘Alleen mijn contacten’ uit, en kies ‘alle …’ in de lijsten om alle contacten te zien.</source>
        <translation>No contacts for this search or these filters.

Clear the search field and the dates, untick ‘Follow-up to do’ and ‘Only my contacts’, and choose ‘all …’ in the lists to see every contact.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="105"/>
        <source>Gekozen contact bewerken</source>
        <translation>Edit the selected contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="107"/>
        <source>Gekozen contact verwijderen</source>
        <translation>Delete the selected contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="262"/>
        <source>Gids: {0}</source>
        <translation>Guide: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="512"/>
        <source>Het bestand heeft {0} probleem/problemen; er is niets geïmporteerd. Verbeter het bestand en probeer opnieuw.</source>
        <translation>The file has {0} problem(s); nothing was imported. Correct the file and try again.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="518"/>
        <source>Import klaar</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="159"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="158"/>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="77"/>
        <location filename="../../desk/ui/cases/page.py" line="99"/>
        <source>Logboek</source>
        <translation>Case log</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="205"/>
        <source>Logboek wordt geladen…</source>
        <translation>Loading the case log…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="511"/>
        <source>Niets geïmporteerd</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="103"/>
        <source>Nieuw contact loggen</source>
        <translation>Log a new contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="346"/>
        <source>Nog geen contacten in het logboek.

Log elke burger die u helpt: druk Ctrl+L of kies ‘Contact loggen’. Na een gids opent het loggen vanzelf, al ingevuld.</source>
        <translation>No contacts in the case log yet.

Log every citizen you help: press Ctrl+L or choose ‘Log a contact’. After a guide, logging opens by itself, already filled in.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="162"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="132"/>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="458"/>
        <source>Ook de contactreferenties (persoonsgegevens) meenemen? Dit wordt in het auditlogboek genoteerd.</source>
        <translation>Include the contact references (personal data) as well? This is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="108"/>
        <source>Opvolging &amp;afgehandeld</source>
        <translation>&amp;Mark follow-up done</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="428"/>
        <source>Opvolging afgehandeld. Per ongeluk? Maak het ongedaan (Ctrl+Z).</source>
        <translation>Follow-up marked done. By mistake? Undo it (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="168"/>
        <source>Opvolging te &amp;doen</source>
        <translation>Follow-up &amp;to do</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="109"/>
        <source>Opvolging van het gekozen contact afhandelen</source>
        <translation>Mark the follow-up of the selected contact as done</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="271"/>
        <source>Opvolgingen tellen</source>
        <translation>Counting follow-ups</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="120"/>
        <source>Opvolgingen van vandaag</source>
        <translation>Today's follow-ups</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="457"/>
        <source>Persoonsgegevens</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="378"/>
        <source>Tellen</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="153"/>
        <source>Tot en met datum</source>
        <translation>Up to and including date</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="163"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="150"/>
        <source>Vanaf datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="145"/>
        <source>Zoeken in het logboek</source>
        <translation>Search the case log</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="144"/>
        <source>Zoeken in onderwerpen en notities…</source>
        <translation>Search topics and notes…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="159"/>
        <source>alle kanalen</source>
        <translation>all channels</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="158"/>
        <source>alle kantoren</source>
        <translation>all offices</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="162"/>
        <source>alle onderwerpen</source>
        <translation>all topics</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="163"/>
        <source>alle uitkomsten</source>
        <translation>all outcomes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="297"/>
        <source>de begindatum ligt na de einddatum</source>
        <translation>the start date is after the end date</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="286"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="152"/>
        <source>tot dd-mm-jjjj</source>
        <translation>to dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="286"/>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="149"/>
        <source>van dd-mm-jjjj</source>
        <translation>from dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="478"/>
        <source>{0} contacten geschreven…</source>
        <translation>{0} contacts written…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="519"/>
        <source>{0} contacten geïmporteerd, {1} overgeslagen (bestonden al).</source>
        <translation>{0} contacts imported, {1} skipped (already there).</translation>
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
        <translation>Citizen screen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/citizen.py" line="263"/>
        <source>Burgerscherm — {0}</source>
        <translation>Citizen screen — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/citizen.py" line="193"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="198"/>
        <source>&amp;Diagnose voor helpdesk…</source>
        <translation>&amp;Diagnostics for the helpdesk…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="185"/>
        <source>Bewaard als {0}</source>
        <translation>Saved as {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="165"/>
        <source>Diagnose bewaren</source>
        <translation>Save the diagnostics</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="134"/>
        <source>Diagnose verzamelen</source>
        <translation>Collecting diagnostics</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="74"/>
        <location filename="../../desk/ui/diagnostics.py" line="75"/>
        <source>Diagnose voor helpdesk</source>
        <translation>Diagnostics for the helpdesk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="80"/>
        <source>Dit rapport helpt de helpdesk om een probleem met Desk te vinden. Het bevat versies, instellingen (zonder wachtwoorden), de toestand van de databank en de synchronisatie, en de laatste logregels.
Het bevat geen persoonsgegevens van burgers en geen toegangssleutels.</source>
        <translation>This report helps the helpdesk find a problem with Desk. It contains versions, settings (without passwords), the state of the database and of sync, and the last log lines.
It contains no personal data of citizens and no access keys.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="199"/>
        <source>Een rapport zonder persoonsgegevens maken voor de helpdesk</source>
        <translation>Make a report without personal data for the helpdesk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="94"/>
        <source>Gegevens verzamelen…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="149"/>
        <source>Het rapport kon niet worden gemaakt ({0}). Zie het logboek.</source>
        <translation>The report could not be made ({0}). See the log file.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="181"/>
        <source>Kan {0} niet bewaren: {1}</source>
        <translation>Cannot save {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="144"/>
        <source>Klaar. Bewaar het rapport en stuur het naar de helpdesk.</source>
        <translation>Done. Save the report and send it to the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="104"/>
        <source>Opslaan als zip…</source>
        <translation>Save as zip…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="193"/>
        <source>Overzicht gekopieerd.</source>
        <translation>Summary copied.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="107"/>
        <source>Overzicht kopiëren</source>
        <translation>Copy the summary</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="93"/>
        <source>Overzicht van het rapport</source>
        <translation>Summary of the report</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="113"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="165"/>
        <source>Zip-bestand (*.zip)</source>
        <translation>Zip file (*.zip)</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../desk/ui/empty.py" line="29"/>
        <source>Lege lijst</source>
        <translation>Empty list</translation>
    </message>
</context>
<context>
    <name>EndedPanel</name>
    <message numerus="yes">
        <location filename="../../desk/ui/guides/runner_panels.py" line="511"/>
        <source>%n stappen</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Doorverwijzen…</source>
        <translation type="vanished">&amp;Refer…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="507"/>
        <source>Advies: {0}</source>
        <translation>Advice: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="498"/>
        <source>Dit lukte vandaag niet. Een partner kan de burger verder helpen: druk op Enter of kies Doorverwijzen. Noden en drempels staan al ingevuld.</source>
        <translation>This was not possible today. A partner can help the citizen further: press Enter or choose Refer. Needs and barriers are already filled in.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="475"/>
        <source>Door&amp;verwijzen…</source>
        <translation>R&amp;efer…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="476"/>
        <source>Doorverwijzing maken voor deze burger</source>
        <translation>Make a referral for this citizen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="504"/>
        <source>Gids afgelopen: {0}</source>
        <translation>Guide ended: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="480"/>
        <source>Terug &amp;naar de gidsen</source>
        <translation>&amp;Back to the guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="481"/>
        <source>Terug naar de gidsen</source>
        <translation>Back to the guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="516"/>
        <source>Verder in een andere gids.</source>
        <translation>Continued in another guide.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="512"/>
        <source>• {0}: {1}, {2}, ongeveer {3} min.</source>
        <translation>• {0}: {1}, {2}, about {3} min.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="63"/>
        <source>&amp;Aanmeldcode:</source>
        <translation>&amp;Enrolment code:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="59"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="130"/>
        <source>Aangemeld bij {0} ({1}).</source>
        <translation>Enrolled with {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="62"/>
        <source>Aanmeldcode</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="90"/>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="124"/>
        <source>Aanmelden</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="39"/>
        <source>Aanmelden bij de centrale server</source>
        <translation>Enrol with the central server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="141"/>
        <source>Aanmelden mislukte door een fout in Desk. Zie het logboek.</source>
        <translation>Enrolment failed because of an error in Desk. See the log file.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="56"/>
        <source>Adres van de centrale server</source>
        <translation>Address of the central server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="114"/>
        <source>Bezig met aanmelden…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="105"/>
        <source>De lokale databank is nog niet geopend.</source>
        <translation>The local database is not open yet.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="70"/>
        <source>De toestelsleutel wordt bewaard in: {0}.</source>
        <translation>The device key is kept in: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="73"/>
        <source>Let op: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="81"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="44"/>
        <source>Vraag IT om een eenmalige aanmeldcode. Na het aanmelden verstuurt Desk uw logboek en doorverwijzingen naar de centrale dienst. Gegevens die al op deze computer staan blijven bewaard.</source>
        <translation>Ask IT for a one-time enrolment code. After enrolling, Desk sends your case log and referrals to the central service. Data already on this computer is kept.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="108"/>
        <source>Vul het adres van de server en de aanmeldcode in.</source>
        <translation>Enter the server address and the enrolment code.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="76"/>
        <source>Waar de toestelsleutel bewaard wordt</source>
        <translation>Where the device key is kept</translation>
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
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="70"/>
        <source>Er liep iets mis in Desk. Uw gegevens zijn bewaard. De fout is in het logboek geschreven; meld ze aan de helpdesk (Help → Diagnose voor helpdesk).</source>
        <translation>Something went wrong in Desk. Your data has been kept. The error was written to the log file; report it to the helpdesk (Help → Diagnostics for the helpdesk).</translation>
    </message>
</context>
<context>
    <name>FieldChoiceDialog</name>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="275"/>
        <source>Per veld kiezen</source>
        <translation>Choose per field</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="277"/>
        <source>Vink de velden aan waarvoor u de versie van de server wilt nemen. De andere velden houden uw versie.</source>
        <translation>Tick the fields for which you want to take the server's version. The other fields keep your version.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="283"/>
        <source>{0}: mijn versie «{1}» — server «{2}»</source>
        <translation>{0}: my version ‘{1}’ — server ‘{2}’</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desk/ui/first_run.py" line="169"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="115"/>
        <source>&amp;Kantoor:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="174"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="117"/>
        <source>&amp;Taal van Desk:</source>
        <translation>Desk's lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="114"/>
        <source>&amp;Uw korte naam (voor het logboek):</source>
        <translation>&amp;Your short name (for the case log):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="148"/>
        <source>Aanmelden bij de centrale server: dan gaan uw logboek en doorverwijzingen naar de centrale dienst. Daarvoor hebt u een eenmalige aanmeldcode van IT nodig. Zonder aanmelding werkt Desk ook; alles blijft dan op deze computer tot u aanmeldt (Bestand → Aanmelden bij de centrale server).</source>
        <translation>Enrol with the central server: your case log and referrals then go to the central service. For that you need a one-time enrolment code from IT. Desk also works without enrolling; everything then stays on this computer until you enrol (File → Enrol with the central server).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="155"/>
        <source>Bewaren en &amp;aanmelden…</source>
        <translation>Save and &amp;enrol…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="156"/>
        <source>Bewaren en aanmelden bij de centrale server</source>
        <translation>Save and enrol with the central server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="132"/>
        <source>De nieuwe taal geldt na het herstarten van Desk.</source>
        <translation>The new language applies after restarting Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="86"/>
        <source>Desk instellen</source>
        <translation>Set up Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="141"/>
        <source>Ingesteld door de IT-dienst: {0}.</source>
        <translation>Set by IT: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="176"/>
        <source>Later: nu overslaan</source>
        <translation>Later: skip for now</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="163"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="86"/>
        <source>Uw korte naam</source>
        <translation>Your short name</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="198"/>
        <source>Vul uw korte naam in, of kies Later.</source>
        <translation>Fill in your short name, or choose Later.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="92"/>
        <source>Welkom bij Desk. Vul hieronder in wie u bent en waar u werkt: Desk zet dit bij elk contact dat u logt. U kunt dit later wijzigen in Bestand → Instellingen, en u kunt deze stap ook overslaan.</source>
        <translation>Welcome to Desk. Fill in below who you are and where you work: Desk adds it to every contact you log. You can change it later in File → Settings, and you can also skip this step.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="103"/>
        <source>bv. An of AVD</source>
        <translation>e.g. An or AVD</translation>
    </message>
</context>
<context>
    <name>GuideImage</name>
    <message>
        <location filename="../../desk/ui/guides/images.py" line="44"/>
        <source>[Afbeelding: {0}]</source>
        <translation>[Image: {0}]</translation>
    </message>
</context>
<context>
    <name>GuideReports</name>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="93"/>
        <source>Afgesloten door de redactie</source>
        <translation>Closed by the editors</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="100"/>
        <source>Alleen op deze computer (oefenprofiel)</source>
        <translation>Only on this computer (training profile)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="141"/>
        <source>Antwoord van de redactie</source>
        <translation>Editors' reply</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="207"/>
        <source>Antwoord van de redactie:</source>
        <translation>Editors' reply:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="109"/>
        <source>De stap is aangepast in versie {0}.</source>
        <translation>The step was corrected in version {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="199"/>
        <source>Gemeld op: {0}</source>
        <translation>Reported on: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Gids</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="197"/>
        <source>Gids: {0} (versie {1})</source>
        <translation>Guide: {0} (version {1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="72"/>
        <source>Melding bewaard op deze computer. Dit is een oefenprofiel: de melding wordt niet verstuurd.</source>
        <translation>Report saved on this computer. This is a training profile: the report will not be sent.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="75"/>
        <source>Melding bewaard op deze computer. Ze wordt verstuurd zodra deze computer met de centrale dienst verbonden is en synchroniseert.</source>
        <translation>Report saved on this computer. It will be sent once this computer is enrolled with the central service and syncs.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="77"/>
        <source>Melding bewaard; ze wordt verstuurd bij de volgende synchronisatie.</source>
        <translation>Report saved; it will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="202"/>
        <source>Melding:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="98"/>
        <source>Open; geweigerd door de server (zie Synchronisatieproblemen)</source>
        <translation>Open; refused by the server (see Sync problems)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="96"/>
        <source>Open; nog niet verstuurd</source>
        <translation>Open; not sent yet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="101"/>
        <source>Open; verstuurd naar de redactie</source>
        <translation>Open; sent to the editors</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="92"/>
        <source>Opgelost in versie {0} van de gids</source>
        <translation>Resolved in version {0} of the guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="200"/>
        <source>Stand: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="198"/>
        <source>Stap: {0}</source>
        <translation>Step: {0}</translation>
    </message>
</context>
<context>
    <name>GuideReportsDialog</name>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="391"/>
        <source>&amp;Meldingen:</source>
        <translation>&amp;Reports:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="397"/>
        <source>&amp;Volledige tekst:</source>
        <translation>&amp;Full text:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="430"/>
        <source>Meldingen laden</source>
        <translation>Loading reports</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="384"/>
        <location filename="../../desk/ui/guides/reports.py" line="393"/>
        <source>Meldingen over gidsen</source>
        <translation>Guide reports</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="411"/>
        <source>Meldingen sluiten</source>
        <translation>Close the reports</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="386"/>
        <source>Meldingen van deze computer en, na een synchronisatie, van uw collega's. Het antwoord van de redactie komt binnen bij de synchronisatie.</source>
        <translation>Reports from this computer and, after a sync, from your colleagues. The editors' reply arrives with the sync.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="405"/>
        <source>Nog geen meldingen.</source>
        <translation>No reports yet.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="410"/>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="401"/>
        <source>Volledige tekst van de gekozen melding</source>
        <translation>Full text of the chosen report</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="62"/>
        <source>Gidsen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="96"/>
        <source>Gidsen laden</source>
        <translation>Loading guides</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../desk/ui/guides/handout.py" line="206"/>
        <source>De PDF kon niet worden bewaard in {0}. Kies een andere map.</source>
        <translation>The PDF could not be saved in {0}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../../desk/ui/guides/library_view.py" line="229"/>
        <source>%n gidsen gevonden</source>
        <translation>
            <numerusform>%n guide found</numerusform>
            <numerusform>%n guides found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="128"/>
        <source>&amp;Categorie:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="156"/>
        <source>&amp;Meldingen over gidsen…</source>
        <translation>Guide &amp;reports…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="122"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="231"/>
        <source>({0} met verlopen nazicht)</source>
        <translation>({0} overdue for review)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="131"/>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="130"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="181"/>
        <source>De gidsen konden niet geladen worden. Zie de foutmelding.</source>
        <translation>The guides could not be loaded. See the error message.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="200"/>
        <source>Er zijn nog geen gidsen.</source>
        <translation>There are no guides yet.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="240"/>
        <source>Geen gids gevonden voor ‘{0}’.</source>
        <translation>No guide found for ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="245"/>
        <source>Geen gidsen in deze categorie.</source>
        <translation>No guides in this category.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="145"/>
        <source>Gevonden gidsen</source>
        <translation>Guides found</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="178"/>
        <source>Gidsen laden…</source>
        <translation>Loading guides…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="125"/>
        <source>Gidsen zoeken</source>
        <translation>Search guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="248"/>
        <source>Is er geen gids voor deze vraag? Help de burger zoals gewoonlijk en log het contact met Ctrl+L.</source>
        <translation>Is there no guide for this question? Help the citizen as usual and log the contact with Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="158"/>
        <source>Meldingen over gidsen en de antwoorden van de redactie</source>
        <translation>Guide reports and the editors' replies</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="247"/>
        <source>Of zoek in alle gidsen: kies ‘Alle categorieën’.</source>
        <translation>Or search all guides: choose ‘All categories’.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="241"/>
        <source>Probeer een ander woord: wat de burger wil doen of waar het om gaat, bijvoorbeeld ‘attest’, ‘pincode’ of ‘verhuizen’. Esc wist het zoekveld.</source>
        <translation>Try another word: what the citizen wants to do or what it is about. The guides are in Dutch: for example ‘attest’, ‘pincode’ or ‘verhuizen’. Esc clears the search field.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="124"/>
        <source>Typ wat de burger vraagt, bv. pincode vergeten</source>
        <translation>Type what the citizen asks, e.g. forgot PIN code</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="213"/>
        <source>ongeveer {0} min.</source>
        <translation>about {0} min.</translation>
    </message>
    <message>
        <source>{0} gids(en) gevonden</source>
        <translation type="vanished">{0} guide(s) found</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="249"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="242"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="254"/>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="264"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="262"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="244"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="269"/>
        <source>&amp;Over Desk</source>
        <translation>&amp;About Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="69"/>
        <source>Cijfers over contacten en doorverwijzingen komen hier.</source>
        <translation>Figures on contacts and referrals will appear here.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="60"/>
        <source>De stap-voor-stapgidsen worden hier getoond zodra ze beschikbaar zijn.</source>
        <translation>The step-by-step guides will be shown here as soon as they are available.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="106"/>
        <source>Desk hoofdvenster</source>
        <translation>Desk main window</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="105"/>
        <source>Desk — digitale dienstverlening</source>
        <translation>Desk — digital services</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="64"/>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="66"/>
        <source>Doorverwijzingen naar digitale hulp komen hier.</source>
        <translation>Referrals to digital help will appear here.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="58"/>
        <source>Gidsen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="63"/>
        <source>Het logboek van geholpen burgers komt hier.</source>
        <translation>The log of citizens you helped will appear here.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="61"/>
        <source>Logboek</source>
        <translation>Case log</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="65"/>
        <source>Nog geen doorverwijzingen</source>
        <translation>No referrals yet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="59"/>
        <source>Nog geen gidsen</source>
        <translation>No guides yet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="62"/>
        <source>Nog geen logboek</source>
        <translation>No case log yet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="68"/>
        <source>Nog geen statistieken</source>
        <translation>No statistics yet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="311"/>
        <source>OEFENMODUS — dit profiel bevat alleen fictieve oefengegevens. Niets wordt naar de centrale server gestuurd.</source>
        <translation>TRAINING MODE — this profile holds only made-up practice data. Nothing is sent to the central server.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="125"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="67"/>
        <source>Statistieken</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="149"/>
        <source>Synchronisatie: geen centrale server ingesteld</source>
        <translation>Sync: no central server set up</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="150"/>
        <source>Synchronisatiestatus</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="318"/>
        <source>{0} — OEFENMODUS</source>
        <translation>{0} — TRAINING MODE</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../desk/ui/manual.py" line="95"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desk/ui/manual.py" line="73"/>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../desk/ui/manual.py" line="80"/>
        <source>Hoofdstukken</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../desk/ui/manual.py" line="89"/>
        <source>Tekst van de handleiding</source>
        <translation>Text of the manual</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desk/domain/cases.py" line="346"/>
        <source>'gedaan voor burger' is in uw organisatie niet toegestaan</source>
        <translation>'done for the citizen' is not allowed in your organisation</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="386"/>
        <source>'{0}' is geen aantal minuten</source>
        <translation>'{0}' is not a number of minutes</translation>
    </message>
    <message>
        <location filename="../../desk/domain/formats.py" line="81"/>
        <source>'{0}' is geen datum; schrijf dd-mm-jjjj, bv. 28-11-2026</source>
        <translation>'{0}' is not a date; write dd-mm-yyyy, e.g. 28-11-2026</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="418"/>
        <source>'{0}' is geen gebruikersinstelling</source>
        <translation>'{0}' is not a user setting</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="176"/>
        <source>'{0}' is geen gids-id</source>
        <translation>'{0}' is not a guide id</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="180"/>
        <source>'{0}' is geen stap-id</source>
        <translation>'{0}' is not a step id</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="400"/>
        <source>'{0}' is geen taalcode (bv. nl, fr, en)</source>
        <translation>'{0}' is not a language code (e.g. nl, fr, en)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="169"/>
        <source>'{0}' is geen uur; schrijf uu:mm, bv. 14:05</source>
        <translation>'{0}' is not a time; write hh:mm, e.g. 14:05</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="178"/>
        <source>'{0}' is geen versienummer</source>
        <translation>'{0}' is not a version number</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="420"/>
        <source>'{0}' is vergrendeld door de IT-dienst</source>
        <translation>'{0}' is locked by IT</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="74"/>
        <source>Begin het nummer met 0 (bijvoorbeeld 056 12 34 56) of met + en de landcode.</source>
        <translation>Start the number with 0 (for example 056 12 34 56) or with + and the country code.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="235"/>
        <source>Bij deze doorverwijzing verschillen alleen de status of de toestemming. Die kiest u niet per veld: houd uw versie of neem die van de server.</source>
        <translation>For this referral only the status or the consent differ. These cannot be chosen per field: keep your version or take the server's.</translation>
    </message>
    <message>
        <location filename="../../desk/store/conflicts.py" line="93"/>
        <location filename="../../desk/sync/resolve.py" line="63"/>
        <source>Conflicten van soort {0} kunnen hier nog niet opgelost worden.</source>
        <translation>Conflicts of kind {0} cannot be resolved here yet.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="520"/>
        <source>De beveiligde verbinding met {0} kon niet gecontroleerd worden: het certificaat van de server klopt niet of is niet vertrouwd. Er is niets verzonden. Vraag IT om het serveradres en het certificaat (ca_bundle) na te kijken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>The secure connection to {0} could not be verified: the server's certificate is wrong or not trusted. Nothing was sent. Ask IT to check the server address and the certificate (ca_bundle). Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="532"/>
        <source>De centrale server ({0}) antwoordt niet op tijd. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>The central server ({0}) is not answering in time. Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="547"/>
        <source>De centrale server ({0}) is niet bereikbaar. Controleer de netwerkverbinding. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>The central server ({0}) cannot be reached. Check the network connection. Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/stats_client.py" line="60"/>
        <source>De centrale server gaf een onleesbaar antwoord op de vraag naar statistieken. De cijfers van dit loket (lokale bron) blijven beschikbaar.</source>
        <translation>The central server gave an unreadable answer to the request for statistics. The figures of this counter (local source) remain available.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="670"/>
        <source>De centrale server gaf een onvolledig of onleesbaar antwoord. Er gaat niets verloren: de gegevens blijven in de wachtrij en worden opnieuw verzonden.</source>
        <translation>The central server gave an incomplete or unreadable answer. Nothing is lost: the data stays in the queue and will be sent again.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/stats_client.py" line="97"/>
        <source>De centrale server gaf onverwachte statistieken terug. De cijfers van dit loket (lokale bron) blijven beschikbaar.</source>
        <translation>The central server returned unexpected statistics. The figures of this counter (local source) remain available.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="579"/>
        <source>De centrale server herkent dit toestel niet meer (aanmelding ongeldig, ingetrokken of verlopen). Meld het toestel opnieuw aan met een nieuwe aanmeldcode van IT. Alle gegevens op deze computer blijven bewaard.</source>
        <translation>The central server no longer recognises this device (enrolment invalid, revoked or expired). Enrol the device again with a new enrolment code from IT. All data on this computer is kept.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="600"/>
        <source>De centrale server is tijdelijk overbelast of in onderhoud (HTTP {0}). Desk probeert het later opnieuw. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>The central server is temporarily overloaded or under maintenance (HTTP {0}). Desk will try again later. Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="611"/>
        <source>De centrale server weigerde het verzoek (HTTP {0}): {1}. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>The central server refused the request (HTTP {0}): {1}. Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/store/migrate.py" line="79"/>
        <source>De databank kon niet worden bijgewerkt naar de nieuwe versie.</source>
        <translation>The database could not be updated to the new version.</translation>
    </message>
    <message>
        <location filename="../../desk/store/migrate.py" line="73"/>
        <source>De databank kon niet worden bijgewerkt naar de nieuwe versie. De reservekopie staat in {0}.</source>
        <translation>The database could not be updated to the new version. The backup copy is in {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="124"/>
        <source>De databank staat op een netwerkschijf ({0}): {1}. Desk bewaart zijn gegevens alleen op een lokale schijf, omdat een netwerkschijf gegevens kan beschadigen. Stel DESK_HOME in op een lokale map.</source>
        <translation>The database is on a network drive ({0}): {1}. Desk only keeps its data on a local disk, because a network drive can damage data. Set DESK_HOME to a local folder.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="171"/>
        <source>De databank {0} is beschadigd of geen Desk-databank ({1}). Desk verwijdert niets. Neem contact op met de helpdesk; er staan reservekopieën in de map 'backups' van uw profiel.</source>
        <translation>The database {0} is damaged or is not a Desk database ({1}). Desk deletes nothing. Contact the helpdesk; there are backup copies in the 'backups' folder of your profile.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="163"/>
        <source>De databank {0} is vergrendeld door een ander programma (draait Desk al?). Sluit het andere venster en probeer opnieuw.</source>
        <translation>The database {0} is locked by another program (is Desk already running?). Close the other window and try again.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="147"/>
        <source>De databank {0} kan niet worden geopend ({1}).</source>
        <translation>The database {0} cannot be opened ({1}).</translation>
    </message>
    <message>
        <location filename="../../desk/store/referrals.py" line="103"/>
        <source>De doorverwijzing is nog niet volledig: {0}</source>
        <translation>The referral is not complete yet: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="172"/>
        <source>De gekozen sleutelbos ({0}) versleutelt de geheimen niet, of Desk kan niet nagaan of hij dat doet. Iemand met toegang tot deze computer kan ze mogelijk lezen. Vraag IT om een versleutelde sleutelbos te kiezen.</source>
        <translation>The chosen keyring ({0}) does not encrypt the secrets, or Desk cannot check whether it does. Someone with access to this computer may be able to read them. Ask IT to choose an encrypted keyring.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="190"/>
        <source>De klok van deze computer wijkt {0} seconden af van de centrale server. Vraag IT om datum en tijd na te kijken.</source>
        <translation>This computer's clock differs from the central server's by {0} seconds. Ask IT to check the date and time.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="103"/>
        <source>De koppeling met het contact is ongeldig. Kies het contact opnieuw.</source>
        <translation>The link to the contact is not valid. Choose the contact again.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="73"/>
        <source>De medewerker ontbreekt.</source>
        <translation>The staff member is missing.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="94"/>
        <source>De partnerdienst „{0}” staat niet (meer) in de partnergids. Kies een andere dienst.</source>
        <translation>The partner service ‘{0}’ is not (or no longer) in the partner directory. Choose another service.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="135"/>
        <source>De profielmap {0} is alleen-lezen. Desk kan niets bewaren. Vraag de IT-dienst om schrijfrechten of stel DESK_HOME in op een andere map.</source>
        <translation>The profile folder {0} is read-only. Desk cannot save anything. Ask IT for write permission or set DESK_HOME to another folder.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="113"/>
        <source>De profielmap {0} kan niet worden aangemaakt ({1}). Vraag de IT-dienst om schrijfrechten of stel DESK_HOME in op een lokale map.</source>
        <translation>The profile folder {0} cannot be created ({1}). Ask IT for write permission or set DESK_HOME to a local folder.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="511"/>
        <source>De proxyserver weigert de verbinding met de centrale server. Vraag IT om de proxy-instelling na te kijken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>The proxy server refuses the connection to the central server. Ask IT to check the proxy setting. Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="570"/>
        <source>De server aanvaardt geen gecomprimeerde gegevens.</source>
        <translation>The server does not accept compressed data.</translation>
    </message>
    <message>
        <location filename="../../desk/store/referrals.py" line="445"/>
        <source>De sleutel in de sleutelbos is niet de sleutel waarmee de persoonsgegevens van de doorverwijzingen versleuteld zijn. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</source>
        <translation>The key in the keyring is not the key the personal data of the referrals was encrypted with. Contact IT; until then, make only anonymous referrals.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="160"/>
        <source>De sleutel voor persoonsgegevens in de sleutelbos is beschadigd. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</source>
        <translation>The key for personal data in the keyring is damaged. Contact IT; until then, make only anonymous referrals.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="169"/>
        <source>De sleutel voor persoonsgegevens ontbreekt in de sleutelbos, terwijl er al versleutelde gegevens zijn. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</source>
        <translation>The key for personal data is missing from the keyring, although encrypted data already exists. Contact IT; until then, make only anonymous referrals.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="212"/>
        <source>De sleutelbos is vergrendeld. Ontgrendel hem (meld u opnieuw aan op de computer of open de sleutelbos) en probeer opnieuw.</source>
        <translation>The keyring is locked. Unlock it (sign in to the computer again or open the keyring) and try again.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="192"/>
        <source>De sleutelbos kon niet gestart worden. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>The keyring could not be started. Ask IT to set up a keyring (on Windows: Credential Manager; on Linux: GNOME Keyring or KWallet, or choose one with PYTHON_KEYRING_BACKEND or keyringrc.cfg) and restart Desk. Until then Desk works without a connection to the central service and you can only make anonymous referrals.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="133"/>
        <source>De toestemming is onvolledig: de versie van de tekst, het tijdstip of de medewerker ontbreekt. Toon de toestemmingstekst opnieuw.</source>
        <translation>The consent is incomplete: the text version, the time or the staff member is missing. Show the consent text again.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="558"/>
        <source>De verbinding met de centrale server ({0}) mislukte. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>The connection to the central server ({0}) failed. Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="126"/>
        <source>De versie van de server werd hier zonder naam, contactgegevens en notities bewaard (de sleutel voor persoonsgegevens ontbrak toen). Hun versie nemen zou die gegevens wissen: houd uw versie of kies per veld.</source>
        <translation>The server's version was kept here without name, contact details and notes (the key for personal data was missing at the time). Taking their version would erase that data: keep your version or choose per field.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="76"/>
        <source>Desk kan geen geheimen veilig bewaren op deze computer. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>Desk cannot keep secrets safely on this computer. Ask IT to set up a keyring (on Windows: Credential Manager; on Linux: GNOME Keyring or KWallet, or choose one with PYTHON_KEYRING_BACKEND or keyringrc.cfg) and restart Desk. Until then Desk works without a connection to the central service and you can only make anonymous referrals.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="83"/>
        <source>Desk maakt geen verbinding met {0} via http://: dan zouden het logboek, doorverwijzingen met contactgegevens van burgers en de toestelsleutel onbeveiligd over het netwerk gaan. Gebruik het https://-adres van de centrale server; vraag het aan IT als u het niet kent. Er is niets verzonden en uw gegevens blijven bewaard op deze computer.</source>
        <translation>Desk does not connect to {0} over http://: the case log, referrals with citizens' contact details and the device key would travel over the network unprotected. Use the central server's https:// address; ask IT if you do not know it. Nothing was sent and your data stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="589"/>
        <source>Deze versie van Desk is te oud voor de centrale server. Vraag IT om Desk bij te werken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>This version of Desk is too old for the central server. Ask IT to update Desk. Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="67"/>
        <source>Dit conflict is al opgelost.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="161"/>
        <source>Dit e-mailadres is niet geldig. Voorbeeld: naam@voorbeeld.be.</source>
        <translation>This email address is not valid. Example: name@example.be.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/enrollment.py" line="68"/>
        <source>Dit is een oefenprofiel: oefengegevens worden nooit naar de centrale server gestuurd. Synchroniseren en aanmelden kan alleen in een gewoon profiel.</source>
        <translation>This is a training profile: practice data is never sent to the central server. Syncing and enrolling only work in a normal profile.</translation>
    </message>
    <message>
        <location filename="../../desk/store/conflicts.py" line="109"/>
        <location filename="../../desk/sync/resolve.py" line="104"/>
        <source>Dit record bestaat niet meer op deze computer.</source>
        <translation>This record no longer exists on this computer.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="98"/>
        <source>Dit telefoonnummer is te kort.</source>
        <translation>This phone number is too short.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="91"/>
        <source>Dit telefoonnummer is te kort. Een Belgisch nummer heeft 9 of 10 cijfers.</source>
        <translation>This phone number is too short. A Belgian number has 9 or 10 digits.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="100"/>
        <source>Dit telefoonnummer is te lang.</source>
        <translation>This phone number is too long.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="94"/>
        <source>Dit telefoonnummer is te lang. Een Belgisch nummer heeft 9 of 10 cijfers.</source>
        <translation>This phone number is too long. A Belgian number has 9 or 10 digits.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="444"/>
        <source>Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan met een aanmeldcode van IT. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>This device is not enrolled with the central server yet. Enrol it with an enrolment code from IT. Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/connect.py" line="21"/>
        <source>Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan via Bestand &gt; Aanmelden bij de centrale server, met de aanmeldcode van IT. Uw gegevens blijven bewaard op deze computer.</source>
        <translation>This device is not enrolled with the central server yet. Enrol it via File &gt; Enrol with the central server, with the enrolment code from IT. Your data stays kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="151"/>
        <source>Een e-mailadres bevat geen spaties.</source>
        <translation>An email address contains no spaces.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="154"/>
        <source>Een e-mailadres bevat precies één @, zoals naam@voorbeeld.be.</source>
        <translation>An email address contains exactly one @, like name@example.be.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="79"/>
        <source>Een telefoonnummer bevat alleen cijfers, spaties en eventueel + vooraan.</source>
        <translation>A phone number contains only digits, spaces and possibly a + at the start.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="102"/>
        <source>Een versleuteld veld heeft een onbekend formaat.</source>
        <translation>An encrypted field has an unknown format.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="109"/>
        <location filename="../../desk/store/crypto.py" line="112"/>
        <source>Een versleuteld veld is beschadigd.</source>
        <translation>An encrypted field is damaged.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="117"/>
        <source>Een versleuteld veld kan niet gelezen worden: het is gewijzigd, hoort bij een ander record, of de sleutel in de sleutelbos is niet meer dezelfde.</source>
        <translation>An encrypted field cannot be read: it has been changed, it belongs to another record, or the key in the keyring is no longer the same one.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="407"/>
        <source>Een {0} van de server kon niet verwerkt worden (id {1}).</source>
        <translation>A {0} from the server could not be processed (id {1}).</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="121"/>
        <source>Er is geen bruikbare sleutelbos ({0}). Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>There is no usable keyring ({0}). Ask IT to set up a keyring (on Windows: Credential Manager; on Linux: GNOME Keyring or KWallet, or choose one with PYTHON_KEYRING_BACKEND or keyringrc.cfg) and restart Desk. Until then Desk works without a connection to the central service and you can only make anonymous referrals.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="140"/>
        <source>Er is geen bruikbare sleutelbos. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>There is no usable keyring. Ask IT to set up a keyring (on Windows: Credential Manager; on Linux: GNOME Keyring or KWallet, or choose one with PYTHON_KEYRING_BACKEND or keyringrc.cfg) and restart Desk. Until then Desk works without a connection to the central service and you can only make anonymous referrals.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="316"/>
        <source>Er is geen centrale server ingesteld. Vul het adres in (server_url in de configuratie of --server) en meld dit toestel aan.</source>
        <translation>No central server has been set up. Enter its address (server_url in the configuration or --server) and enrol this device.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/letter.py" line="238"/>
        <source>Geen bruikbare brief in deze taal ({0}); de brief is in het Nederlands.</source>
        <translation>No usable letter in this language ({0}); the letter is in Dutch.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/consent.py" line="179"/>
        <source>Geen bruikbare toestemmingstekst in deze taal ({0}); de Nederlandse tekst wordt getoond.</source>
        <translation>No usable consent text in this language ({0}); the Dutch text is shown.</translation>
    </message>
    <message>
        <location filename="../../desk/store/referrals.py" line="349"/>
        <source>Geen sleutel voor persoonsgegevens.</source>
        <translation>No key for personal data.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="165"/>
        <source>Geheimen staan versleuteld in {0}.</source>
        <translation>Secrets are kept encrypted in {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="324"/>
        <source>Het adres van de centrale server is ongeldig: {0}. Gebruik de vorm https://server.voorbeeld.be</source>
        <translation>The address of the central server is not valid: {0}. Use the form https://server.example.be</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="158"/>
        <source>Het deel vóór de @ is niet geldig.</source>
        <translation>The part before the @ is not valid.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="71"/>
        <source>Het kantoor ontbreekt. Kies een kantoor in de instellingen.</source>
        <translation>The office is missing. Choose an office in the settings.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="75"/>
        <source>Kies de gemeente van de burger.</source>
        <translation>Choose the citizen's municipality.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="162"/>
        <source>Kies de taal van de burger.</source>
        <translation>Choose the citizen's language.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="92"/>
        <source>Kies een partnerdienst.</source>
        <translation>Choose a partner service.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="142"/>
        <source>Kies hoe de partner de burger mag contacteren, of „niet contacteren: ik ga zelf”.</source>
        <translation>Choose how the partner may contact the citizen, or ‘Don't contact me; I will go myself’.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="89"/>
        <source>Kies hoe dringend het is: niet dringend, normaal of dringend.</source>
        <translation>Choose how urgent it is: not urgent, normal or urgent.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="80"/>
        <source>Kies minstens één nood.</source>
        <translation>Choose at least one need.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="84"/>
        <source>Na +32 komt geen 0 meer: schrijf +32 56 12 34 56.</source>
        <translation>No 0 after +32: write +32 56 12 34 56.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="146"/>
        <source>Onbekend contactkanaal „{0}”.</source>
        <translation>Unknown contact channel ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="87"/>
        <source>Onbekende drempel: {0}.</source>
        <translation>Unknown barrier: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="77"/>
        <source>Onbekende gemeente „{0}”.</source>
        <translation>Unknown municipality ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="84"/>
        <source>Onbekende nood: {0}.</source>
        <translation>Unknown need: {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="255"/>
        <location filename="../../desk/sync/resolve.py" line="321"/>
        <source>Onbekende velden: {0}</source>
        <translation>Unknown fields: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="373"/>
        <source>Ontvangen</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="248"/>
        <location filename="../../desk/sync/resolve.py" line="317"/>
        <source>Per veld kiezen kan niet: een van beide versies is verwijderd.</source>
        <translation>Choosing field by field is not possible: one of the two versions has been deleted.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="48"/>
        <source>Secret Service (GNOME-sleutelbos of KWallet)</source>
        <translation>Secret Service (GNOME Keyring or KWallet)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="155"/>
        <source>Synchronisatie geannuleerd. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Sync cancelled. Your data stays on this computer and will be sent later.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/stats_client.py" line="48"/>
        <source>U hebt geen rechten om deze regionale cijfers te lezen: alleen een toestel met de rol 'reviewer' of van het datateam ziet de cijfers van andere organisaties. Vraag de beheerder om de juiste rol. De cijfers van dit loket (lokale bron) blijven beschikbaar.</source>
        <translation>You do not have the rights to read these regional figures: only a device with the 'reviewer' role or from the data team sees the figures of other organisations. Ask the administrator for the right role. The figures of this counter (local source) remain available.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="75"/>
        <source>UNC-pad</source>
        <translation>UNC path</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="216"/>
        <location filename="../../desk/sync/engine.py" line="239"/>
        <source>Verzenden</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="139"/>
        <source>Vul de naam van de burger in.</source>
        <translation>Enter the citizen's name.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="149"/>
        <source>Vul een e-mailadres in.</source>
        <translation>Enter an email address.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="160"/>
        <source>Vul een e-mailadres in: de burger wil een e-mail krijgen.</source>
        <translation>Enter an email address: the citizen wants to receive an email.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="62"/>
        <source>Vul een telefoonnummer in.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="152"/>
        <source>Vul een telefoonnummer in: de burger wil gebeld of ge-sms't worden.</source>
        <translation>Enter a phone number: the citizen wants to be called or to get a text message.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="52"/>
        <source>Windows Referentiebeheer</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="45"/>
        <source>Zonder toestemming kunt u geen notities bewaren: ze kunnen persoonsgegevens bevatten. Vraag toestemming of wis de notities.</source>
        <translation>Without consent you cannot keep notes: they may contain personal data. Ask for consent or delete the notes.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="41"/>
        <source>Zonder toestemming mag u geen naam of contactgegevens bewaren. Vraag toestemming, of maak een anonieme doorverwijzing en wis deze gegevens.</source>
        <translation>Without consent you may not keep a name or contact details. Ask for consent, or make an anonymous referral and delete these details.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="409"/>
        <source>alleen toegelaten bij een opvolging met datum</source>
        <translation>only allowed for a follow-up with a date</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="118"/>
        <source>beschrijf kort wat er niet klopt aan deze stap</source>
        <translation>describe briefly what is wrong with this step</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="89"/>
        <source>bestandssysteem {0}</source>
        <translation>file system {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="102"/>
        <source>bevat een adres; schrijf geen adressen van burgers</source>
        <translation>contains an address; do not write citizens' addresses</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="94"/>
        <source>bevat een e-mailadres; schrijf geen persoonsgegevens (noem de dienst of de website)</source>
        <translation>contains an e-mail address; do not write personal data (name the service or the website)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="104"/>
        <source>bevat een geboortedatum; schrijf geen persoonsgegevens</source>
        <translation>contains a date of birth; do not write personal data</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="97"/>
        <source>bevat een gsm-, rijksregister- of rekeningnummer; schrijf geen nummers van burgers</source>
        <translation>contains a mobile, national register or account number; do not write citizens' numbers</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="100"/>
        <source>bevat een naam; schrijf geen namen van burgers</source>
        <translation>contains a name; do not write citizens' names</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="154"/>
        <location filename="../../desk/domain/cases.py" line="259"/>
        <source>bevat onzichtbare of stuurtekens ({0}); typ de tekst opnieuw</source>
        <translation>contains invisible or control characters ({0}); type the text again</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="615"/>
        <source>geen reden</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="189"/>
        <source>geen sleutelbos</source>
        <translation>no keyring</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="61"/>
        <location filename="../../desk/secrets.py" line="137"/>
        <source>geen sleutelbos gevonden</source>
        <translation>no keyring found</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="391"/>
        <source>hoogstens {0} minuten</source>
        <translation>at most {0} minutes</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="331"/>
        <source>hoogstens {0} onderwerpen</source>
        <translation>at most {0} topics</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="411"/>
        <source>hoogstens {0} tekens</source>
        <translation>at most {0} characters</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="157"/>
        <source>hoogstens {0} tekens ({1} nu)</source>
        <translation>at most {0} characters ({1} now)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="375"/>
        <source>is geen geldige doorverwijzing</source>
        <translation>is not a valid referral</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="389"/>
        <source>kan niet negatief zijn</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="290"/>
        <source>kies een kantoor</source>
        <translation>choose an office</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="342"/>
        <source>kies een uitkomst</source>
        <translation>choose an outcome</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="321"/>
        <source>kies minstens één onderwerp</source>
        <translation>choose at least one topic</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="350"/>
        <source>kies waarom het niet mogelijk was</source>
        <translation>choose why it was not possible</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="283"/>
        <source>ligt in de toekomst</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="367"/>
        <source>ligt meer dan een jaar later</source>
        <translation>is more than a year later</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="285"/>
        <source>ligt te ver in het verleden</source>
        <translation>is too far in the past</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="365"/>
        <source>ligt vóór de datum van het contact</source>
        <translation>is before the date of the contact</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="53"/>
        <source>macOS-sleutelhanger</source>
        <translation>macOS Keychain</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="298"/>
        <source>mag hoogstens {0} tekens lang zijn</source>
        <translation>may be at most {0} characters long</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="292"/>
        <source>moet een kantoorcode zijn (kleine letters, cijfers, '-')</source>
        <translation>must be an office code (lower-case letters, digits, '-')</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="81"/>
        <source>netwerkstation {0}</source>
        <translation>network drive {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="301"/>
        <source>onbekend kanaal '{0}'</source>
        <translation>unknown channel '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="329"/>
        <source>onbekend onderwerp: gids {0}</source>
        <translation>unknown topic: guide {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="327"/>
        <source>onbekend onderwerp: {0}</source>
        <translation>unknown topic: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="323"/>
        <source>onbekend onderwerp: {0}; gids {1}</source>
        <translation>unknown topic: {0}; guide {1}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="397"/>
        <source>onbekende feedback '{0}'</source>
        <translation>unknown feedback '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="394"/>
        <source>onbekende inschatting '{0}'</source>
        <translation>unknown assessment '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="352"/>
        <source>onbekende reden '{0}'</source>
        <translation>unknown reason '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="344"/>
        <source>onbekende uitkomst '{0}'</source>
        <translation>unknown outcome '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="422"/>
        <source>ongeldige waarde voor '{0}'</source>
        <translation>invalid value for '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="62"/>
        <source>sleutelbos uitgeschakeld (null-backend)</source>
        <translation>keyring switched off (null backend)</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="169"/>
        <source>sleutelbos {0}</source>
        <translation>keyring {0}</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="54"/>
        <source>versleuteld bestand (keyrings.alt)</source>
        <translation>encrypted file (keyrings.alt)</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="55"/>
        <source>versleuteld bestand (keyrings.cryptfile)</source>
        <translation>encrypted file (keyrings.cryptfile)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="369"/>
        <source>vul de datum van de opvolging in</source>
        <translation>enter the follow-up date</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="381"/>
        <source>vul de duur in minuten in</source>
        <translation>enter the duration in minutes</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="296"/>
        <source>vul uw korte naam in (Instellingen)</source>
        <translation>enter your short name (Settings)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/enrollment.py" line="102"/>
        <source>{0} De aanmeldcode is al gebruikt: vraag IT daarna een nieuwe code.</source>
        <translation>{0} The enrolment code has already been used: ask IT for a new code afterwards.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/formats.py" line="80"/>
        <source>{0} bestaat niet als datum</source>
        <translation>the date {0} does not exist</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="172"/>
        <source>{0} bestaat niet als uur</source>
        <translation>the time {0} does not exist</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="108"/>
        <source>{0} conflict(en)</source>
        <translation>{0} conflict(s)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="106"/>
        <source>{0} geweigerd</source>
        <translation>{0} refused</translation>
    </message>
    <message>
        <source>{0} in quarantaine</source>
        <translation type="vanished">{0} in quarantine</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="109"/>
        <source>{0} in wachtrij</source>
        <translation>{0} queued</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="104"/>
        <source>{0} ontvangen</source>
        <translation>{0} received</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="103"/>
        <source>{0} verzonden</source>
        <translation>{0} sent</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="111"/>
        <source>{0} wachten op een oplossing (Synchronisatieproblemen)</source>
        <translation>{0} waiting for a solution (Sync problems)</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="349"/>
        <source>{0}: 'locked' noemt een onbekende sleutel '{1}'</source>
        <translation>{0}: 'locked' names an unknown key '{1}'</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="311"/>
        <source>{0}: '{1}' kan alleen in de machineconfiguratie worden ingesteld</source>
        <translation>{0}: '{1}' can only be set in the machine configuration</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="157"/>
        <source>{0}: '{1}' mag alleen kleine letters, cijfers en '-' bevatten; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' may only contain lower-case letters, digits and '-'; default value used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="116"/>
        <source>{0}: '{1}' moet een adres zijn dat begint met https:// (http:// alleen voor een server op deze computer); standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' must be an address starting with https:// (http:// only for a server on this computer); default value used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="204"/>
        <source>{0}: '{1}' moet een geheel getal zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' must be a whole number; default value used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="200"/>
        <source>{0}: '{1}' moet een lijst van teksten zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' must be a list of texts; default value used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="198"/>
        <source>{0}: '{1}' moet een tekst zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' must be text; default value used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="205"/>
        <source>{0}: '{1}' moet een true of false zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' must be true or false; default value used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="180"/>
        <source>{0}: '{1}' moet kantoorcodes bevatten zoals kortrijk-stadhuis (kleine letters, cijfers, '-' of '_'), geen namen; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' must hold office codes such as kortrijk-stadhuis (lower-case letters, digits, '-' or '_'), not names; default used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="147"/>
        <source>{0}: '{1}' moet nl, fr of en zijn; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' must be nl, fr or en; default value used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="133"/>
        <source>{0}: '{1}' moet tussen {2} en {3} liggen; standaardwaarde gebruikt</source>
        <translation>{0}: '{1}' must be between {2} and {3}; default value used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="429"/>
        <source>{0}: bevat fouten; los die eerst op, Desk overschrijft het bestand niet</source>
        <translation>{0}: contains errors; fix them first, Desk does not overwrite the file</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="259"/>
        <source>{0}: het bestand is geen geldige UTF-8-tekst; standaardwaarden gebruikt</source>
        <translation>{0}: the file is not valid UTF-8 text; default values used</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="270"/>
        <source>{0}: kan het bestand niet lezen ({1})</source>
        <translation>{0}: cannot read the file ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="301"/>
        <source>{0}: onbekende sleutel '{1}' wordt genegeerd</source>
        <translation>{0}: unknown key '{1}' is ignored</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="281"/>
        <source>{0}: ongeldige TOML ({1}); de instellingen uit dit bestand worden niet gebruikt</source>
        <translation>{0}: invalid TOML ({1}); the settings from this file are not used</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desk/ui/notices.py" line="24"/>
        <source>Let op:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/notices.py" line="31"/>
        <source>Melding sluiten</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <location filename="../../desk/ui/notices.py" line="30"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="393"/>
        <source>&amp;Niet mogelijk</source>
        <translation>&amp;Not possible</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="402"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="416"/>
        <source>Be&amp;vestigen</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="417"/>
        <source>Einde bevestigen</source>
        <translation>Confirm the end</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="392"/>
        <source>Ge&amp;lukt: het doel is bereikt</source>
        <translation>&amp;Succeeded: the goal was reached</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="394"/>
        <source>Ge&amp;stopt (bijvoorbeeld: de burger komt later terug)</source>
        <translation>S&amp;topped (for example: the citizen comes back later)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="389"/>
        <source>Hoe is de gids afgelopen?</source>
        <translation>How did the guide end?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="404"/>
        <source>Reden waarom het niet mogelijk is</source>
        <translation>Why it is not possible</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="418"/>
        <source>Terug naar de st&amp;ap</source>
        <translation>Back to the st&amp;ep</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="419"/>
        <source>Terug naar de stap</source>
        <translation>Back to the step</translation>
    </message>
</context>
<context>
    <name>PrestartPanel</name>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="99"/>
        <source>&amp;Start de gids</source>
        <translation>&amp;Start the guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="152"/>
        <source>Alles is aangevinkt.</source>
        <translation>Everything is ticked.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="93"/>
        <source>Controleer eerst</source>
        <translation>Check first</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="121"/>
        <source>Duurt ongeveer {0} minuten.</source>
        <translation>Takes about {0} minutes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/guides/runner_panels.py" line="149"/>
        <source>Nog %n punten niet aangevinkt. U kunt toch starten.</source>
        <translation>
            <numerusform>%n item not ticked yet. You can start anyway.</numerusform>
            <numerusform>%n items not ticked yet. You can start anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nog {0} punt(en) niet aangevinkt. U kunt toch starten.</source>
        <translation type="vanished">{0} item(s) not ticked yet. You can start anyway.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="112"/>
        <location filename="../../desk/ui/guides/runner_panels.py" line="142"/>
        <source>Officiële bronnen</source>
        <translation>Official sources</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="100"/>
        <source>Start de gids</source>
        <translation>Start the guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="90"/>
        <source>Wat moet de burger meebrengen?</source>
        <translation>What should the citizen bring?</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="58"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="60"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="81"/>
        <source>Blad {0} van {1}</source>
        <translation>Sheet {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="56"/>
        <source>V&amp;olgend blad »</source>
        <translation>&amp;Next sheet »</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="48"/>
        <source>Voorbeeld van de afdruk</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="55"/>
        <source>« &amp;Vorig blad</source>
        <translation>« &amp;Previous sheet</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/quick_log.py" line="470"/>
        <source>%n stappen</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="629"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="298"/>
        <source>&amp;Bewaren en doorverwijzen</source>
        <translation>Sa&amp;ve and refer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="232"/>
        <source>&amp;Contactreferentie</source>
        <translation>Co&amp;ntact reference</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="221"/>
        <source>&amp;Duur (min)</source>
        <translation>&amp;Duration (min)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="267"/>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="239"/>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="250"/>
        <source>&amp;Medewerker</source>
        <translation>&amp;Staff member</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="630"/>
        <source>&amp;Niet bewaren</source>
        <translation>&amp;Don't save</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="206"/>
        <source>&amp;Onderwerp</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="226"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="260"/>
        <source>&amp;Vaardigheid</source>
        <translation>S&amp;kill</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="631"/>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Keep filling in</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="304"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="303"/>
        <source>Annuleren (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="293"/>
        <source>Bewaren (Enter)</source>
        <translation>Save (Enter)</translation>
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
        <translation>Save the contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="299"/>
        <source>Contact bewaren en een doorverwijzing maken</source>
        <translation>Save the contact and make a referral</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="134"/>
        <source>Contact bewerken</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="134"/>
        <source>Contact loggen</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="625"/>
        <location filename="../../desk/ui/cases/quick_log.py" line="634"/>
        <source>Contact niet bewaard</source>
        <translation>Contact not saved</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="230"/>
        <source>Contactreferentie voor de opvolging</source>
        <translation>Contact reference for the follow-up</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="246"/>
        <source>D&amp;atum</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="245"/>
        <source>Datum van het contact</source>
        <translation>Date of the contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="235"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="259"/>
        <source>Digitale vaardigheid</source>
        <translation>Digital skill</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="624"/>
        <source>Dit contact is nog niet bewaard. Wat wilt u doen?</source>
        <translation>This contact is not saved yet. What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="220"/>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="266"/>
        <source>Feedback burger</source>
        <translation>Citizen feedback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="280"/>
        <source>Fout bij notities</source>
        <translation>Error in the notes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="180"/>
        <source>Fout bij {0}</source>
        <translation>Error in {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="523"/>
        <source>Fout: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="196"/>
        <source>Gegevens uit de gids</source>
        <translation>Details from the guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="474"/>
        <source>Gestopt bij stap &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Stopped at step &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="426"/>
        <source>Gids: {0}</source>
        <translation>Guide: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="208"/>
        <source>Gidsen en extra onderwerpen</source>
        <translation>Guides and extra topics</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="210"/>
        <source>Gidsen, &amp;extra</source>
        <translation>Guides, &amp;extra</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="336"/>
        <source>Het kantoor wordt ook uw instelling (Bestand → Instellingen).</source>
        <translation>The office also becomes your setting (File → Settings).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="244"/>
        <source>Kan&amp;toor</source>
        <translation>Off&amp;ice</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="238"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="241"/>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="477"/>
        <source>Kies de uitkomst.</source>
        <translation>Choose the outcome.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="479"/>
        <source>Kijk de uitkomst na en bewaar.</source>
        <translation>Check the outcome and save.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="249"/>
        <source>Medewerker (korte naam)</source>
        <translation>Staff member (short name)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/quick_log.py" line="529"/>
        <source>Niet bewaard: %n velden kloppen niet. Verbeter ze en druk op Enter.</source>
        <translation>
            <numerusform>Not saved: %n field is not right. Correct it and press Enter.</numerusform>
            <numerusform>Not saved: %n fields are not right. Correct them and press Enter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="273"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="270"/>
        <source>Notities (geen namen of rijksregisternummers)</source>
        <translation>Notes (no names or national register numbers)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="228"/>
        <source>O&amp;pvolgen op</source>
        <translation>Follow &amp;up on</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="205"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="358"/>
        <source>Onthouden als uw instelling: {0}. Wijzigen kan in Bestand → Instellingen.</source>
        <translation>Remembered as your setting: {0}. You can change it in File → Settings.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="227"/>
        <source>Opvolgdatum</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="225"/>
        <source>Reden niet mogelijk</source>
        <translation>Reason it was not possible</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="287"/>
        <source>Samenvatting van de fouten</source>
        <translation>Summary of the errors</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="263"/>
        <source>Taa&amp;l</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="262"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="219"/>
        <source>U&amp;itkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="248"/>
        <source>U&amp;ur</source>
        <translation>Ti&amp;me</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="468"/>
        <source>Uit de gids &lt;b&gt;{0}&lt;/b&gt;: {1}, {2} min.</source>
        <translation>From the guide &lt;b&gt;{0}&lt;/b&gt;: {1}, {2} min.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="218"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="247"/>
        <source>Uur van het contact</source>
        <translation>Time of the contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="331"/>
        <source>Uw korte naam en het kantoor worden ook uw instellingen (Bestand → Instellingen).</source>
        <translation>Your short name and the office also become your settings (File → Settings).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="334"/>
        <source>Uw korte naam wordt ook uw instelling (Bestand → Instellingen).</source>
        <translation>Your short name also becomes your setting (File → Settings).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="622"/>
        <source>Uw wijzigingen aan dit contact zijn nog niet bewaard. Wat wilt u doen?</source>
        <translation>Your changes to this contact are not saved yet. What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="254"/>
        <source>Wordt onthouden</source>
        <translation>Will be remembered</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="231"/>
        <source>alleen voor de opvolging; wordt later gewist</source>
        <translation>only for the follow-up; deleted later</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="227"/>
        <location filename="../../desk/ui/cases/quick_log.py" line="245"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="209"/>
        <source>gescheiden door ; (bv. Belastingen; Pensioen)</source>
        <translation>separated by ; (e.g. Taxes; Pension)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="220"/>
        <source>minuten</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="247"/>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="258"/>
        <source>— geen inschatting —</source>
        <translation>— no assessment —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="265"/>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="204"/>
        <source>— kies een onderwerp —</source>
        <translation>— choose a topic —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="222"/>
        <source>— kies een reden —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="213"/>
        <source>— kies een uitkomst —</source>
        <translation>— choose an outcome —</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="259"/>
        <source>&amp;Beschikbaar:</source>
        <translation>A&amp;vailable:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="250"/>
        <source>&amp;Contact via:</source>
        <translation>&amp;Contact by:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="298"/>
        <source>&amp;Dringend:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="256"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation type="vanished">&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="303"/>
        <source>&amp;Koppel aan contact:</source>
        <translation>Lin&amp;k to contact:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="245"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="338"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="253"/>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="314"/>
        <source>&amp;Voorgestelde diensten (beste eerst):</source>
        <translation>Suggested se&amp;rvices (best first):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="300"/>
        <source>(geen koppeling)</source>
        <translation>(no link)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="640"/>
        <source>Adres: {0}, {1}, {2} {3}</source>
        <translation>Address: {0}, {1}, {2} {3}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="720"/>
        <source>Automatisch bewaard om {0}.</source>
        <translation>Saved automatically at {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="726"/>
        <source>Automatisch bewaren lukte niet. Bewaar het concept.</source>
        <translation>Automatic saving failed. Save the draft.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="334"/>
        <source>Bewaarstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="198"/>
        <source>Burger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="229"/>
        <source>De burger geeft toestemming</source>
        <translation>The citizen gives consent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="228"/>
        <source>De burger heeft de tekst gelezen of gehoord en &amp;geeft toestemming</source>
        <translation>The citizen has read or heard the text and &amp;gives consent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="577"/>
        <source>De partnergids kon niet geladen worden. U kunt het concept wel bewaren.</source>
        <translation>The partner directory could not be loaded. You can still save the draft.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="529"/>
        <source>De toestemmingstekst kan niet getoond worden ({0}). Alleen een anonieme doorverwijzing is mogelijk; meld dit aan IT.</source>
        <translation>The consent text cannot be shown ({0}). Only an anonymous referral is possible; report this to IT.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="145"/>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="289"/>
        <source>Drempel: {0}</source>
        <translation>Barrier: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="862"/>
        <source>Een doorverwijzing die niet bewaard was, is hersteld ({0}).</source>
        <translation>A referral that had not been saved was recovered ({0}).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="146"/>
        <source>Formulier doorverwijzing</source>
        <translation>Referral form</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="682"/>
        <source>Fout: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="204"/>
        <source>Ge&amp;meente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="624"/>
        <source>Geen dienst in de partnergids helpt met deze noden. Toon alle diensten om zelf te kiezen.</source>
        <translation>No service in the partner directory helps with these needs. Show all services to choose yourself.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="573"/>
        <source>Geen toestemming: anonieme doorverwijzing.</source>
        <translation>No consent: anonymous referral.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="481"/>
        <source>Hersteld concept.</source>
        <translation>Recovered draft.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="478"/>
        <source>Hersteld concept: naam en contactgegevens konden niet gelezen worden (sleutel ontbreekt).</source>
        <translation>Recovered draft: the name and contact details could not be read (key missing).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="401"/>
        <source>Het gekoppelde contact</source>
        <translation>The linked contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="621"/>
        <source>Kies eerst wat de burger nodig heeft: dan stelt Desk een partnerdienst voor.</source>
        <translation>First choose what the citizen needs: then Desk suggests a partner service.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="644"/>
        <source>Komt aan huis of werkt op afspraak.</source>
        <translation>Visits at home or works by appointment.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="645"/>
        <source>Kosten: {0}</source>
        <translation>Cost: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="541"/>
        <source>Let op: er is geen toestemmingstekst in de taal van de burger. De Nederlandse tekst wordt getoond; leg hem uit of laat hem vertalen.</source>
        <translation>Note: there is no consent text in the citizen's language. The Dutch text is shown; explain it or have it translated.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="263"/>
        <source>N&amp;otities:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="238"/>
        <source>Naam en contact (alleen met toestemming)</source>
        <translation>Name and contact (only with consent)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="278"/>
        <source>Nood: {0}</source>
        <translation>Need: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="336"/>
        <source>Opslaan a&amp;ls concept</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="308"/>
        <source>Partnerdienst</source>
        <translation>Partner service</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="317"/>
        <source>Partnerdiensten</source>
        <translation>Partner services</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="557"/>
        <source>Persoonsgegevens zijn uitgeschakeld: {0}</source>
        <translation>Personal data is switched off: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="208"/>
        <source>T&amp;aal van de burger:</source>
        <translation>Citizen's l&amp;anguage:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="212"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="568"/>
        <source>Toestemming geregistreerd: tekst {0} ({1}), {2}, door {3}.</source>
        <translation>Consent recorded: text {0} ({1}), {2}, by {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="223"/>
        <source>Toestemmingstekst</source>
        <translation>Consent text</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="321"/>
        <source>Toon alle diensten uit de &amp;partnergids</source>
        <translation>Show all services in the partner director&amp;y</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="214"/>
        <source>Toon of lees deze tekst aan de burger. Zonder toestemming is alleen een anonieme doorverwijzing mogelijk.</source>
        <translation>Show or read this text to the citizen. Without consent only an anonymous referral is possible.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="337"/>
        <source>Verst&amp;uren</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="342"/>
        <source>Versturen (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="269"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="283"/>
        <source>Wat maakt het nu moeilijk?</source>
        <translation>What makes it hard now?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="271"/>
        <source>Wat wil de burger leren of krijgen? (meerdere mogelijk)</source>
        <translation>What does the citizen want to learn or get? (several possible)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="560"/>
        <source>Zonder toestemming blijven naam, contactgegevens en notities leeg: dit wordt een anonieme doorverwijzing. De burger krijgt wel een brief met het adres van de partner.</source>
        <translation>Without consent, name, contact details and notes stay empty: this becomes an anonymous referral. The citizen still gets a letter with the partner's address.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="592"/>
        <source>aan huis</source>
        <translation>at home</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="258"/>
        <source>bv. dinsdagvoormiddag, na 16 uur</source>
        <translation>e.g. Tuesday morning, after 4 pm</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="93"/>
        <source>elders in de regio</source>
        <translation>elsewhere in the region</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="646"/>
        <source>gratis</source>
        <translation>free</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/referrals/form.py" line="88"/>
        <source>helpt bij %n van de {0} noden</source>
        <translation>
            <numerusform>helps with %n of the {0} needs</numerusform>
            <numerusform>helps with %n of the {0} needs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="86"/>
        <source>helpt bij alles wat gevraagd is</source>
        <translation>helps with everything asked</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="92"/>
        <source>in de buurt of voor de hele regio</source>
        <translation>nearby or for the whole region</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="91"/>
        <source>in de eigen gemeente</source>
        <translation>in the citizen's own municipality</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="255"/>
        <source>naam@voorbeeld.be</source>
        <translation>name@example.be</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="863"/>
        <source>nog zonder noden</source>
        <translation>no needs yet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="595"/>
        <source>{0}  [voorgesteld]</source>
        <translation>{0}  [suggested]</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="611"/>
        <source>{0} (staat niet meer in de partnergids)</source>
        <translation>{0} (no longer in the partner directory)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="201"/>
        <source>— kies een gemeente —</source>
        <translation>— choose a municipality —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="247"/>
        <source>— kies hoe de partner contact opneemt —</source>
        <translation>— choose how the partner gets in touch —</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="223"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="224"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="179"/>
        <source>&amp;Taal van de brief:</source>
        <translation>Letter &amp;language:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="294"/>
        <source>Afdrukken is op deze computer niet mogelijk; bewaar de brief als PDF en druk die af.</source>
        <translation>Printing is not possible on this computer; save the letter as PDF and print that.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="222"/>
        <source>Bewaren als &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="280"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="301"/>
        <source>Brief afdrukken</source>
        <translation>Print the letter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="260"/>
        <source>Brief bewaren</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="168"/>
        <location filename="../../desk/ui/referrals/letter.py" line="169"/>
        <source>Brief voor de burger</source>
        <translation>Letter for the citizen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="276"/>
        <source>De brief is niet bewaard: {0}</source>
        <translation>The letter was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="152"/>
        <source>De brief kon niet worden bewaard in {0}. Kies een andere map.</source>
        <translation>The letter could not be saved in {0}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="243"/>
        <source>De gekozen partnerdienst staat niet in de partnergids: er kan geen brief gemaakt worden.</source>
        <translation>The chosen partner service is not in the partner directory: no letter can be made.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="205"/>
        <source>Let op: deze doorverwijzing is nog niet verstuurd (Klaar om te versturen). De partner weet er nog niets van tot deze computer met de centrale server verbonden is. Zeg dat aan de burger, of geef de brief pas mee als de doorverwijzing verstuurd is.</source>
        <translation>Note: this referral has not been sent yet (Ready to send). The partner knows nothing of it until this computer connects to the central server. Tell the citizen, or hand over the letter only once the referral is sent.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="201"/>
        <source>Let op: dit is een concept. De doorverwijzing is nog niet verstuurd en de partner weet er nog niets van.</source>
        <translation>Note: this is a draft. The referral has not been sent and the partner knows nothing of it yet.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="197"/>
        <source>Let op: dit is een oefenprofiel. Deze doorverwijzing wordt nooit verstuurd; geef deze brief niet aan een burger.</source>
        <translation>Note: this is a training profile. This referral is never sent; do not give this letter to a citizen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="188"/>
        <source>Let op: er is geen brief in de taal van de burger; kies een taal die de burger kan lezen.</source>
        <translation>Note: there is no letter in the citizen's language; choose a language the citizen can read.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="261"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="214"/>
        <source>Voorbeeld van de brief</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="88"/>
        <source>uw gemeente</source>
        <translation>your municipality</translation>
    </message>
</context>
<context>
    <name>ReferralListModel</name>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="152"/>
        <source>(naam vergrendeld)</source>
        <translation>(name locked)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="115"/>
        <source>(nog geen dienst)</source>
        <translation>(no service yet)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="51"/>
        <source>Burger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="51"/>
        <source>Opvolgen vanaf</source>
        <translation>Follow up from</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Partnerdienst</source>
        <translation>Partner service</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="51"/>
        <source>Verzending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="151"/>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="33"/>
        <location filename="../../desk/ui/referrals/model.py" line="145"/>
        <source>{0} (te laat)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="147"/>
        <source>{0} (vandaag)</source>
        <translation>{0} (today)</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message numerus="yes">
        <location filename="../../desk/ui/referrals/page.py" line="356"/>
        <source>%n doorverwijzingen wachten op opvolging.</source>
        <translation>
            <numerusform>%n referral waits for a follow-up.</numerusform>
            <numerusform>%n referrals wait for a follow-up.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="680"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="147"/>
        <source>&amp;Nieuwe doorverwijzing</source>
        <translation>&amp;New referral</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="249"/>
        <source>&amp;Status wijzigen…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="179"/>
        <source>&amp;Toon:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="164"/>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="679"/>
        <source>&amp;Wissen</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="191"/>
        <source>&amp;Zoeken:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="175"/>
        <source>Alle doorverwijzingen</source>
        <translation>All referrals</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="195"/>
        <source>Alleen &amp;mijn doorverwijzingen</source>
        <translation>Only &amp;my referrals</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="196"/>
        <source>Alleen de doorverwijzingen die ik gemaakt heb</source>
        <translation>Only the referrals I made</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="434"/>
        <source>Anonieme doorverwijzing (geen toestemming).</source>
        <translation>Anonymous referral (no consent).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="250"/>
        <source>B&amp;rief voor de burger…</source>
        <translation>&amp;Letter for the citizen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="425"/>
        <source>Burger: {0} · contact via {1}</source>
        <translation>Citizen: {0} · contact by {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="248"/>
        <source>C&amp;oncept verder invullen</source>
        <translation>C&amp;ontinue the draft</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="746"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="252"/>
        <source>Concept &amp;verwijderen…</source>
        <translation>Delete &amp;draft…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="708"/>
        <source>Concept verwijderen</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="178"/>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="675"/>
        <source>De naam, contactgegevens en notities van deze burger worden nu gewist, hier en bij de partner. Dit kan niet ongedaan gemaakt worden. Doorgaan?</source>
        <translation>This citizen's name, contact details and notes will now be erased, here and at the partner. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="472"/>
        <source>Deze computer is aangemeld om cijfers te lezen: hij verandert geen status.</source>
        <translation>This computer is enrolled to read figures: it changes no status.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="658"/>
        <source>Deze statuswijziging is niet toegelaten.</source>
        <translation>This status change is not allowed.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="709"/>
        <source>Dit concept is nooit verstuurd. Verwijderen?</source>
        <translation>This draft was never sent. Delete it?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="134"/>
        <location filename="../../desk/ui/referrals/page.py" line="145"/>
        <location filename="../../desk/ui/referrals/page.py" line="722"/>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="744"/>
        <location filename="../../desk/ui/referrals/page.py" line="771"/>
        <source>Doorverwijzingen exporteren</source>
        <translation>Export referrals</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="149"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="566"/>
        <source>Een doorverwijzing vermeldt wie ze maakte. Vul uw korte naam in: Desk onthoudt ze voor de volgende keer.</source>
        <translation>A referral records who made it. Fill in your short name: Desk remembers it for next time.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/referrals/page.py" line="766"/>
        <source>Export van %n doorverwijzingen</source>
        <translation>
            <numerusform>Export of %n referral</numerusform>
            <numerusform>Export of %n referrals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="357"/>
        <source>Geen doorverwijzingen om op te volgen.</source>
        <translation>No referrals to follow up.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="553"/>
        <source>Geen doorverwijzingen voor deze zoekopdracht of keuze.

Wis het zoekveld, zet ‘Alleen mijn doorverwijzingen’ uit en kies bij ‘Toon’ voor ‘Alle doorverwijzingen’ om ze allemaal te zien.</source>
        <translation>No referrals for this search or choice.

Clear the search field, untick ‘Only my referrals’ and choose ‘All referrals’ under ‘Show’ to see them all.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="236"/>
        <source>Gegevens van de doorverwijzing</source>
        <translation>Referral details</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="416"/>
        <source>Gemeente: {0} · aangemaakt {1} door {2}</source>
        <translation>Municipality: {0} · created {1} by {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="240"/>
        <source>Ges&amp;chiedenis:</source>
        <translation>Histor&amp;y:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="518"/>
        <source>Gids: {0}</source>
        <translation>Guide: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="165"/>
        <source>Herstelde doorverwijzing verder invullen</source>
        <translation>Continue the recovered referral</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="215"/>
        <source>Hoek van de lijst</source>
        <translation>Corner of the list</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="234"/>
        <location filename="../../desk/ui/referrals/page.py" line="406"/>
        <source>Kies een doorverwijzing in de lijst.</source>
        <translation>Choose a referral in the list.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="298"/>
        <source>Let op: de partnergids kon niet geladen worden ({0}). Doorverwijzen kan pas weer als IT dit oplost.</source>
        <translation>Note: the partner directory could not be loaded ({0}). Referring is possible again once IT fixes this.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="295"/>
        <source>Let op: persoonsgegevens zijn uitgeschakeld. {0}</source>
        <translation>Note: personal data is switched off. {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="302"/>
        <source>Let op: sommige items in de partnergids zijn overgeslagen: {0}</source>
        <translation>Note: some items in the partner directory were skipped: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="207"/>
        <source>Lijst van doorverwijzingen</source>
        <translation>List of referrals</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="176"/>
        <source>Lopend (nog niet afgesloten)</source>
        <translation>Open (not closed yet)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="421"/>
        <source>Naam en contact vergrendeld: {0}</source>
        <translation>Name and contact locked: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="431"/>
        <source>Naam, contactgegevens en notities gewist op {0}.</source>
        <translation>Name, contact details and notes erased on {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="148"/>
        <source>Nieuwe doorverwijzing (Ctrl+Shift+N)</source>
        <translation>New referral (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="414"/>
        <source>Noden: {0}</source>
        <translation>Needs: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="556"/>
        <source>Nog geen doorverwijzingen.

Heeft een burger hulp nodig die het loket niet geeft, zoals leren werken met een smartphone of een toestel lenen? Verwijs door naar een partner: kies ‘Nieuwe doorverwijzing’ (Ctrl+Shift+N).</source>
        <translation>No referrals yet.

Does a citizen need help the counter does not give, such as learning to use a smartphone or borrowing a device? Refer them to a partner: choose ‘New referral’ (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="450"/>
        <source>Nog niet verstuurd (concept).</source>
        <translation>Not sent yet (draft).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="456"/>
        <source>Nog niet verstuurd: de centrale server heeft deze doorverwijzing geweigerd. Zie Bestand › Synchronisatieproblemen.</source>
        <translation>Not sent yet: the central server refused this referral. See File › Sync problems.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="461"/>
        <source>Nog niet verstuurd: de doorverwijzing gaat naar de partner zodra deze computer met de centrale server verbonden is. De partner weet er nog niets van.</source>
        <translation>Not sent yet: the referral goes to the partner as soon as this computer connects to the central server. The partner knows nothing of it yet.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="459"/>
        <source>Nog niet verstuurd: dit is een oefenprofiel; doorverwijzingen verlaten deze computer niet.</source>
        <translation>Not sent yet: this is a training profile; referrals never leave this computer.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="199"/>
        <source>Op te volgen</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="177"/>
        <source>Op te volgen (geen vooruitgang)</source>
        <translation>To follow up (no progress)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="288"/>
        <source>Partnergids laden</source>
        <translation>Loading the partner directory</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="242"/>
        <source>Statusgeschiedenis</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="251"/>
        <source>Toestemming &amp;intrekken…</source>
        <translation>W&amp;ithdraw consent…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="428"/>
        <source>Toestemming ingetrokken op {0}: anoniem.</source>
        <translation>Consent withdrawn on {0}: anonymous.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="674"/>
        <location filename="../../desk/ui/referrals/page.py" line="682"/>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="186"/>
        <source>Zoeken in de doorverwijzingen</source>
        <translation>Search the referrals</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="187"/>
        <source>Zoekt ook op de naam van de burger; die wordt alleen in het geheugen geopend.</source>
        <translation>Also searches the citizen's name; it is decrypted in memory only.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="190"/>
        <source>Zoekterm wissen</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="185"/>
        <source>naam, partner, gemeente, nood…</source>
        <translation>name, partner, municipality, need…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="444"/>
        <source>{0} — toestemming ingetrokken door {1}</source>
        <translation>{0} — consent withdrawn by {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="441"/>
        <source>{0} — {1} door {2}</source>
        <translation>{0} — {1} by {2}</translation>
    </message>
</context>
<context>
    <name>ReportStepDialog</name>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="251"/>
        <source>&amp;Wat klopt er niet?</source>
        <translation>&amp;What is wrong?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="287"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="288"/>
        <source>Annuleren zonder te bewaren</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="358"/>
        <source>De databank is nog niet open; probeer zo meteen opnieuw.</source>
        <translation>The database is not open yet; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="226"/>
        <source>Deze stap klopt niet</source>
        <translation>This step is wrong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="274"/>
        <source>Eerdere meldingen over deze stap</source>
        <translation>Earlier reports about this step</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="336"/>
        <source>Eerdere meldingen over deze stap van uw organisatie: {0}, waarvan {1} open. Is het hetzelfde probleem, dan hoeft u het niet opnieuw te melden.</source>
        <translation>Earlier reports about this step from your organisation: {0}, of which {1} open. If it is the same problem, there is no need to report it again.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="267"/>
        <source>Fout in de melding</source>
        <translation>Error in the report</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="230"/>
        <source>Gids: {0} (versie {1})
Stap: {2}</source>
        <translation>Guide: {0} (version {1})
Step: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="284"/>
        <source>Melding &amp;bewaren</source>
        <translation>&amp;Save the report</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="285"/>
        <location filename="../../desk/ui/guides/reports.py" line="362"/>
        <source>Melding bewaren</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="227"/>
        <source>Melding: deze stap klopt niet</source>
        <translation>Report: this step is wrong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="329"/>
        <source>Meldingen laden</source>
        <translation>Loading reports</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="366"/>
        <source>Niet bewaard: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="237"/>
        <source>Schrijf geen namen, telefoon-, rijksregister- of rekeningnummers, e-mailadressen of adressen van burgers. Beschrijf alleen wat er in de stap niet klopt, bijvoorbeeld: de knop heet nu 'Bevestigen'.</source>
        <translation>Do not write citizens' names, phone, national register or account numbers, e-mail addresses or addresses. Only describe what is wrong in the step, for example: the button is now called 'Confirm'.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="254"/>
        <source>Wat klopt er niet aan deze stap?</source>
        <translation>What is wrong with this step?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="316"/>
        <source>{0} van {1} tekens</source>
        <translation>{0} of {1} characters</translation>
    </message>
</context>
<context>
    <name>RunnerView</name>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="194"/>
        <source>&amp;Taal van de burger:</source>
        <translation>Citizen's &amp;language:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="226"/>
        <source>Af&amp;drukken…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="205"/>
        <location filename="../../desk/ui/guides/runner.py" line="616"/>
        <source>B&amp;urgerscherm tonen</source>
        <translation>Show the citi&amp;zen screen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="616"/>
        <source>B&amp;urgerscherm verbergen</source>
        <translation>Hide the citi&amp;zen screen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="698"/>
        <source>Bewaard: {0} in de map {1}.</source>
        <translation>Saved: {0} in the folder {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="223"/>
        <source>Bewaren als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="207"/>
        <source>Burgerscherm tonen of verbergen</source>
        <translation>Show or hide the citizen screen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="525"/>
        <source>Deze gids heeft geen vertaling in het {0}; de burger ziet Nederlands.</source>
        <translation>This guide has no translation in {0}; the citizen sees Dutch.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="238"/>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="227"/>
        <source>Handout afdrukken</source>
        <translation>Print the handout</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="728"/>
        <source>Handout afdrukken: {0}</source>
        <translation>Print the handout: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="706"/>
        <source>Handout bewaard: {0}</source>
        <translation>Handout saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="690"/>
        <source>Handout bewaren</source>
        <translation>Save the handout</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="224"/>
        <location filename="../../desk/ui/guides/runner.py" line="672"/>
        <source>Handout bewaren als PDF</source>
        <translation>Save the handout as PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="222"/>
        <source>Handout om mee te nemen:</source>
        <translation>Handout to take home:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="682"/>
        <source>Handout wordt bewaard…</source>
        <translation>Saving the handout…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="213"/>
        <source>Hoog &amp;contrast (wit op zwart)</source>
        <translation>High &amp;contrast (white on black)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="214"/>
        <source>Hoog contrast op het burgerscherm</source>
        <translation>High contrast on the citizen screen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="454"/>
        <source>Meldingen laden</source>
        <translation>Loading reports</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="712"/>
        <source>Niet bewaard: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="674"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="209"/>
        <source>Sc&amp;herm voor de burger:</source>
        <translation>Scr&amp;een for the citizen:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="211"/>
        <source>Scherm voor de burger</source>
        <translation>Screen for the citizen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="558"/>
        <source>Scherm {0}: {1} ({2}×{3})</source>
        <translation>Screen {0}: {1} ({2}×{3})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="196"/>
        <source>Taal van de burger</source>
        <translation>Citizen's language</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="102"/>
        <source>Terug naar de gidsen</source>
        <translation>Back to the guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="192"/>
        <source>Voor de burger</source>
        <translation>For the citizen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="713"/>
        <source>zie de foutmelding.</source>
        <translation>see the error message.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="101"/>
        <source>« Te&amp;rug naar gidsen</source>
        <translation>« Back to gu&amp;ides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="562"/>
        <source>— hetzelfde als Desk</source>
        <translation>— same as Desk</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desk/ui/saving.py" line="73"/>
        <source>{0} bewaard: {1} (in de map {2}).</source>
        <translation>{0} saved: {1} (in the folder {2}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="83"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="65"/>
        <source>&amp;Hoog contrast (wit op zwart)</source>
        <translation>&amp;High contrast (white on black)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="57"/>
        <source>&amp;Kantoor:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="63"/>
        <source>&amp;Taal van Desk:</source>
        <translation>Desk &amp;language:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="49"/>
        <source>&amp;Uw korte naam (voor het logboek):</source>
        <translation>&amp;Your short name (for the case log):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="96"/>
        <source>(vergrendeld door de IT-dienst)</source>
        <translation>(locked by IT)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="84"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="70"/>
        <source>Een andere taal of weergave geldt na het herstarten van Desk.</source>
        <translation>A different language or display applies after restarting Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="67"/>
        <source>Hoog contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="37"/>
        <location filename="../../desk/ui/settings_dialog.py" line="38"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="76"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="95"/>
        <source>Vergrendeld door de IT-dienst</source>
        <translation>Locked by IT</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="68"/>
        <source>Weergave:</source>
        <translation>Display:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="48"/>
        <source>bv. An of AVD</source>
        <translation>e.g. An or AVD</translation>
    </message>
</context>
<context>
    <name>SkippedNotice</name>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="51"/>
        <location filename="../../desk/ui/guides/library_view.py" line="73"/>
        <source>&amp;Details tonen</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="73"/>
        <source>&amp;Details verbergen</source>
        <translation>Hide &amp;details</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="53"/>
        <source>Details over overgeslagen gidsen</source>
        <translation>Details of skipped guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="80"/>
        <source>Let op: {0} gidsbestand(en) overgeslagen wegens fouten. De andere gidsen werken gewoon.</source>
        <translation>Note: {0} guide file(s) skipped because of errors. The other guides work as usual.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="55"/>
        <source>Melding over overgeslagen gidsen sluiten</source>
        <translation>Close the message about skipped guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="63"/>
        <source>Overgeslagen gidsbestanden en hun fouten</source>
        <translation>Skipped guide files and their errors</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="54"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Alle aantallen zijn afgerond op een veelvoud van 5, per maand en kantoor; totalen zijn de som van die afgeronde aantallen. Een aantal kan daardoor tot 4 per maand en kantoor afwijken van het echte aantal, en 0 kan ook 1 tot 4 betekenen. Zo kan niemand kleine aantallen terugrekenen.</source>
        <translation>All counts are rounded to a multiple of 5, per month and office; totals are the sum of those rounded counts. A count can therefore differ from the true count by up to 4 per month and office, and 0 can also mean 1 to 4. This way nobody can work out small counts.</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contacten per kanaal</source>
        <translation>Contacts by channel</translation>
    </message>
    <message>
        <source>Contacten per kanaal en uitkomst</source>
        <translation>Contacts by channel and outcome</translation>
    </message>
    <message>
        <source>Contacten per maand</source>
        <translation>Contacts by month</translation>
    </message>
    <message>
        <source>Contacten per maand en uitkomst</source>
        <translation>Contacts by month and outcome</translation>
    </message>
    <message>
        <source>Contacten per onderwerp</source>
        <translation>Contacts by topic</translation>
    </message>
    <message>
        <source>Contacten per uitkomst</source>
        <translation>Contacts by outcome</translation>
    </message>
    <message>
        <source>De klasse waarin de mediaan valt (de cijfers zijn in klassen).</source>
        <translation>The class the median falls in (the figures are in classes).</translation>
    </message>
    <message>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Doorverwijzingen afgerond</source>
        <translation>Referrals completed</translation>
    </message>
    <message>
        <source>Doorverwijzingen per drempel</source>
        <translation>Referrals by barrier</translation>
    </message>
    <message>
        <source>Doorverwijzingen per drempel en status</source>
        <translation>Referrals by barrier and status</translation>
    </message>
    <message>
        <source>Doorverwijzingen per gemeente</source>
        <translation>Referrals by municipality</translation>
    </message>
    <message>
        <source>Doorverwijzingen per gemeente en status</source>
        <translation>Referrals by municipality and status</translation>
    </message>
    <message>
        <source>Doorverwijzingen per maand</source>
        <translation>Referrals by month</translation>
    </message>
    <message>
        <source>Doorverwijzingen per maand en status</source>
        <translation>Referrals by month and status</translation>
    </message>
    <message>
        <source>Doorverwijzingen per nood</source>
        <translation>Referrals by need</translation>
    </message>
    <message>
        <source>Doorverwijzingen per nood en status</source>
        <translation>Referrals by need and status</translation>
    </message>
    <message>
        <source>Doorverwijzingen per partnerdienst</source>
        <translation>Referrals by partner service</translation>
    </message>
    <message>
        <source>Doorverwijzingen per partnerdienst en status</source>
        <translation>Referrals by partner service and status</translation>
    </message>
    <message>
        <source>Eén contact kan meer dan één onderwerp hebben.</source>
        <translation>One contact can have more than one topic.</translation>
    </message>
    <message>
        <source>Eén doorverwijzing kan meer dan één drempel hebben: de totalen tellen vermeldingen.</source>
        <translation>One referral can have more than one barrier: the totals count mentions.</translation>
    </message>
    <message>
        <source>Eén doorverwijzing kan meer dan één nood hebben: de totalen tellen vermeldingen.</source>
        <translation>One referral can have more than one need: the totals count mentions.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="67"/>
        <location filename="../../desk/ui/stats/sections.py" line="80"/>
        <source>Geen gegevens in deze periode.</source>
        <translation>No data in this period.</translation>
    </message>
    <message>
        <source>Gidsen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Gidsen voltooid</source>
        <translation>Guides completed</translation>
    </message>
    <message>
        <source>Gidsen: stap waar men stopte</source>
        <translation>Guides: step where people stopped</translation>
    </message>
    <message>
        <source>Gidsen: voltooid of gestopt</source>
        <translation>Guides: completed or stopped</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="178"/>
        <location filename="../../desk/ui/stats/sections.py" line="179"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Mediaan tijd tot eerste contact</source>
        <translation>Median time to first contact</translation>
    </message>
    <message>
        <source>Niet mogelijk: reden</source>
        <translation>Not possible: reason</translation>
    </message>
    <message>
        <source>Niet opgedaagd</source>
        <translation>Did not show up</translation>
    </message>
    <message>
        <source>Per gids de stap waar een niet-voltooide doorloop eindigde.</source>
        <translation>For each guide, the step where an unfinished run ended.</translation>
    </message>
    <message>
        <source>Percentage van alle verstuurde doorverwijzingen van de periode dat nu op „Afgerond” staat.</source>
        <translation>Percentage of all referrals sent in the period that are now “Completed”.</translation>
    </message>
    <message>
        <source>Percentage van alle verstuurde doorverwijzingen van de periode dat nu op „Niet opgedaagd” staat.</source>
        <translation>Percentage of all referrals sent in the period that are now “No-show”.</translation>
    </message>
    <message>
        <source>Percentage van de gidsen die in Desk doorlopen werden, dat tot het einde ging. Een contact met een gids als onderwerp maar zonder doorloop in Desk telt hier niet mee.</source>
        <translation>Percentage of the guides run in Desk that went to the end. A contact with a guide as topic but without a run in Desk does not count here.</translation>
    </message>
    <message>
        <source>Status van de doorverwijzingen per maand</source>
        <translation>Status of referrals by month</translation>
    </message>
    <message>
        <source>Tijd tot eerste contact</source>
        <translation>Time to first contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="73"/>
        <location filename="../../desk/ui/stats/export.py" line="82"/>
        <location filename="../../desk/ui/stats/table_model.py" line="141"/>
        <location filename="../../desk/ui/stats/table_model.py" line="184"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Van verstuurd tot de eerste status die contact betekent.</source>
        <translation>From sending to the first status that means contact.</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>afloop</source>
        <translation>ending</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="98"/>
        <location filename="../../desk/ui/stats/page.py" line="358"/>
        <source>de regio (centrale server)</source>
        <translation>the region (central server)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="100"/>
        <location filename="../../desk/ui/stats/page.py" line="359"/>
        <source>dit loket (lokaal logboek)</source>
        <translation>this counter (local case log)</translation>
    </message>
    <message>
        <source>drempel</source>
        <translation>barrier</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>gids</source>
        <translation>guide</translation>
    </message>
    <message>
        <source>gids / stap</source>
        <translation>guide / step</translation>
    </message>
    <message>
        <source>kanaal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>nood</source>
        <translation>need</translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisatie/kantoor</source>
        <translation>organisation/office</translation>
    </message>
    <message>
        <source>partnerdienst</source>
        <translation>partner service</translation>
    </message>
    <message>
        <source>reden</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>termijn</source>
        <translation>time</translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation>urgency</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../../desk/ui/stats/charts.py" line="246"/>
        <source> (grafiek)</source>
        <translation> (chart)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/charts.py" line="247"/>
        <source>Dezelfde cijfers staan in de tabel naast de grafiek.</source>
        <translation>The same figures are in the table next to the chart.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/charts.py" line="199"/>
        <source>Verborgen (&lt;5)</source>
        <translation>Hidden (&lt;5)</translation>
    </message>
</context>
<context>
    <name>StatsExport</name>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="109"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="107"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="234"/>
        <source>Het PDF-rapport kon niet gemaakt worden in {0}. Kies een andere map.</source>
        <translation>The PDF report could not be made in {0}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="227"/>
        <source>Kan het PDF-rapport niet bewaren in {0}: {1}.</source>
        <translation>Cannot save the PDF report in {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="46"/>
        <source>Kan niet schrijven naar {0}: {1}. Kies een andere map.</source>
        <translation>Cannot write to {0}: {1}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="114"/>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="112"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="117"/>
        <source>Over de afronding van de cijfers</source>
        <translation>About the rounding of the figures</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="105"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="103"/>
        <location filename="../../desk/ui/stats/export.py" line="203"/>
        <source>Statistieken digitale inclusie</source>
        <translation>Digital inclusion statistics</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="161"/>
        <source>&amp;CSV exporteren…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="153"/>
        <source>&amp;Kantoor:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="150"/>
        <source>&amp;Organisatie:</source>
        <translation>Organis&amp;ation:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="164"/>
        <source>&amp;PDF-rapport…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="145"/>
        <source>&amp;Tijdvak:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="152"/>
        <location filename="../../desk/ui/stats/page.py" line="327"/>
        <source>Alle kantoren</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="222"/>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="162"/>
        <source>Alle tabellen als CSV exporteren</source>
        <translation>Export all tables as CSV</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="135"/>
        <source>B&amp;ron:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="291"/>
        <source>Berekening gestopt. Kies ‘Bijwerken’ om opnieuw te berekenen.</source>
        <translation>Calculation stopped. Choose ‘Refresh’ to calculate again.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="155"/>
        <source>Bij&amp;werken</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="135"/>
        <source>Bron van de cijfers</source>
        <translation>Source of the figures</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="361"/>
        <source>Bron: {0} — periode {1} — gemaakt {2}</source>
        <translation>Source: {0} — period {1} — made {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="156"/>
        <source>Cijfers bijwerken</source>
        <translation>Refresh the figures</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="264"/>
        <source>Cijfers worden berekend…</source>
        <translation>Calculating the figures…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="365"/>
        <source>Contacten en doorverwijzingen in de periode: zie de tabbladen.</source>
        <translation>Contacts and referrals in the period: see the tabs.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="369"/>
        <source>Contacten: {0} — doorverwijzingen: {1}</source>
        <translation>Contacts: {0} — referrals: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="308"/>
        <location filename="../../desk/ui/stats/page.py" line="321"/>
        <source>De cijfers konden niet berekend worden.</source>
        <translation>The figures could not be calculated.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="314"/>
        <source>De cijfers van de regio zijn niet beschikbaar. </source>
        <translation>The figures for the region are not available. </translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="226"/>
        <source>Dit loket</source>
        <translation>This counter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="133"/>
        <source>Dit loket (lokaal logboek)</source>
        <translation>This counter (local case log)</translation>
    </message>
    <message>
        <source>Doorverwijzingen die nog klaar staan om te versturen, tellen pas mee als de centrale server ze heeft.</source>
        <translation>Referrals that are ready to send count only once the central server has them.</translation>
    </message>
    <message>
        <source>Geen gegevens in deze periode.</source>
        <translation>No data in this period.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="91"/>
        <source>Getoonde cijfers</source>
        <translation>Figures shown</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="374"/>
        <source>Hier komen de cijfers van de contacten in het Logboek en van de doorverwijzingen. Log elke burger die u helpt (Ctrl+L), of kies een langere periode.</source>
        <translation>Here come the figures of the contacts in the Case log and of the referrals. Log every citizen you help (Ctrl+L), or choose a longer period.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="140"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="153"/>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="140"/>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="141"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="396"/>
        <source>Map voor de CSV-bestanden</source>
        <translation>Folder for the CSV files</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="82"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Nog geen doorverwijzingen: deze computer bewaart (nog) geen doorverwijzingen.</source>
        <translation>No referrals yet: this computer keeps no referrals (yet).</translation>
    </message>
    <message>
        <source>Oefenprofiel: deze cijfers komen uit fictieve oefengegevens.</source>
        <translation>Training profile: these figures come from made-up practice data.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="95"/>
        <source>Onderdelen van de statistieken</source>
        <translation>Parts of the statistics</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="150"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="143"/>
        <source>P&amp;eriode:</source>
        <translation>Kin&amp;d of period:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="417"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="433"/>
        <source>PDF-rapport</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="416"/>
        <source>PDF-rapport bewaren</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="439"/>
        <source>PDF-rapport maken</source>
        <translation>Making the PDF report</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="165"/>
        <source>PDF-rapport voor de adviesgroep maken</source>
        <translation>Make the PDF report for the advisory group</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="145"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="134"/>
        <source>Regio (centrale server)</source>
        <translation>Region (central server)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="143"/>
        <source>Soort periode</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="71"/>
        <location filename="../../desk/ui/stats/page.py" line="74"/>
        <location filename="../../desk/ui/stats/page.py" line="75"/>
        <source>Statistieken</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="280"/>
        <source>Statistieken berekenen</source>
        <translation>Calculating statistics</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="409"/>
        <source>{0} CSV-bestanden bewaard in {1}.</source>
        <translation>{0} CSV files saved in {1}.</translation>
    </message>
</context>
<context>
    <name>StatsSection</name>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="76"/>
        <source> (tabel)</source>
        <translation> (table)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="55"/>
        <source>&amp;Gids:</source>
        <translation>&amp;Guide:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="215"/>
        <source>({0} van {1})</source>
        <translation>({0} of {1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="105"/>
        <source>&lt;5: verborgen om niemand herkenbaar te maken; zie de uitleg bij Kerncijfers.</source>
        <translation>&lt;5: hidden so that nobody can be recognised; see the explanation under Key figures.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="199"/>
        <source>Aantallen in de periode</source>
        <translation>Counts in the period</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="108"/>
        <source>Afgerond op een veelvoud van 5; zie de uitleg bij Kerncijfers.</source>
        <translation>Rounded to a multiple of 5; see the explanation under Key figures.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="95"/>
        <source>Alle gidsen</source>
        <translation>All guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="77"/>
        <source>De cijfers van de grafiek. Ctrl+C kopieert de selectie.</source>
        <translation>The figures of the chart. Ctrl+C copies the selection.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="81"/>
        <source>Geen gegevens</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="57"/>
        <source>Gids voor de stappen</source>
        <translation>Guide for the steps</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="85"/>
        <source>Toelichting bij de tabel</source>
        <translation>Notes on the table</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="185"/>
        <source>Uitleg over de afronding</source>
        <translation>About the rounding</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="56"/>
        <source>Gids: {0}</source>
        <translation>Guide: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="155"/>
        <source>Verborgen (&lt;5): een klein aantal, of een getal waaruit een klein aantal terug te rekenen is.</source>
        <translation>Hidden (&lt;5): a small number, or a number from which a small number could be worked out.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="72"/>
        <source>{0}e kwartaal {1}</source>
        <translation>Q{0} {1}</translation>
    </message>
</context>
<context>
    <name>StatsTableView</name>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="212"/>
        <source>Hele tabel kopiëren</source>
        <translation>Copy the whole table</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="208"/>
        <source>Selectie kopiëren</source>
        <translation>Copy selection</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="107"/>
        <source> (doet de maatschappelijk werker of de partner)</source>
        <translation> (done by the social worker or the partner)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="109"/>
        <source> (niet mogelijk)</source>
        <translation> (not possible)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="139"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="111"/>
        <source>&amp;Nieuwe status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="62"/>
        <source>De doorverwijzing staat al op „{0}”.</source>
        <translation>The referral is already ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="66"/>
        <source>Deze computer is aangemeld om cijfers te lezen: hij verandert geen status.</source>
        <translation>This computer is enrolled to read figures: it changes no status.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="60"/>
        <source>Een concept heeft nog geen status: verstuur het eerst.</source>
        <translation>A draft has no status yet: send it first.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="94"/>
        <source>Huidige status: {0}</source>
        <translation>Current status: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="118"/>
        <source>N&amp;otitie (zonder namen):</source>
        <translation>N&amp;ote (no names):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="155"/>
        <source>Niet mogelijk: {0}</source>
        <translation>Not possible: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="98"/>
        <source>Nieuwe status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="116"/>
        <source>Notitie bij de statuswijziging</source>
        <translation>Note on the status change</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="122"/>
        <source>Op een baliecomputer kunt u een doorverwijzing alleen annuleren, en alleen als ze op deze computer gemaakt is. De andere stappen zet de maatschappelijk werker of de partner.</source>
        <translation>On a counter computer you can only cancel a referral, and only one made on this computer. The social worker or the partner takes the other steps.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="137"/>
        <source>Status op&amp;slaan</source>
        <translation>&amp;Save status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="91"/>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="92"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="77"/>
        <source>Van „{0}” kan de doorverwijzing niet naar „{1}”. Wel mogelijk: {2}.</source>
        <translation>The referral cannot go from ‘{0}’ to ‘{1}’. Possible: {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="74"/>
        <source>„{0}” is een eindstatus: de status kan niet meer veranderen.</source>
        <translation>‘{0}’ is a final status: it cannot change any more.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="68"/>
        <source>„{0}” zet de maatschappelijk werker of de partner, niet een baliecomputer. Hier kunt u de doorverwijzing alleen annuleren.</source>
        <translation>‘{0}’ is set by the social worker or the partner, not by a counter computer. Here you can only cancel the referral.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="235"/>
        <source>&amp;Notitie bij deze stap (niet voor de burger)</source>
        <translation>&amp;Note for this step (not for the citizen)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="351"/>
        <source>(einde: {0})</source>
        <translation>(end: {0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="315"/>
        <source>(geen uitleg voor de medewerker)</source>
        <translation>(no explanation for staff)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="349"/>
        <source>(naar een andere gids)</source>
        <translation>(to another guide)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="326"/>
        <source>Afronden: ge&amp;lukt</source>
        <translation>Finish: &amp;succeeded</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="327"/>
        <source>Afronden: gelukt</source>
        <translation>Finish: succeeded</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="260"/>
        <source>Beë&amp;indigen…</source>
        <translation>&amp;End…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="216"/>
        <source>Burger &amp;alleen</source>
        <translation>Citizen &amp;alone</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="309"/>
        <source>Burger alleen: de burger typt zelf de PIN-code, het wachtwoord of bevestigt met itsme. Kijk weg van het scherm en het toetsenbord. Raak het toestel niet aan.</source>
        <translation>Citizen alone: the citizen types the PIN code or password, or confirms with itsme, themselves. Look away from the screen and the keyboard. Do not touch the device.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="262"/>
        <source>Deze stap &amp;klopt niet…</source>
        <translation>This step is &amp;wrong…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="264"/>
        <source>Deze stap klopt niet: melden aan de redactie</source>
        <translation>This step is wrong: report it to the editors</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="261"/>
        <source>Gids beëindigen</source>
        <translation>End the guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="217"/>
        <source>M&amp;edewerker</source>
        <translation>Staff &amp;member</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="266"/>
        <source>Meld aan de redactie dat deze stap niet klopt (Ctrl+Shift+M)</source>
        <translation>Tell the editors that this step is wrong (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="238"/>
        <source>Notitie bij deze stap</source>
        <translation>Note for this step</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="202"/>
        <source>Op het burgerscherm</source>
        <translation>On the citizen screen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="216"/>
        <source>Sa&amp;men</source>
        <translation>T&amp;ogether</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="299"/>
        <source>Stap {0} van ongeveer {1}</source>
        <translation>Step {0} of about {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="297"/>
        <source>Stap {0} van {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="364"/>
        <source>Uw organisatie meldde al dat deze stap niet klopt ({0} open melding(en)). Kijk bij 'Deze stap klopt niet…'.</source>
        <translation>Your organisation already reported that this step is wrong ({0} open report(s)). See 'This step is wrong…'.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="258"/>
        <location filename="../../desk/ui/guides/runner_panels.py" line="329"/>
        <source>Vo&amp;lgende »</source>
        <translation>Ne&amp;xt »</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="259"/>
        <location filename="../../desk/ui/guides/runner_panels.py" line="330"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="199"/>
        <source>Voor de medewerker</source>
        <translation>For staff</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="183"/>
        <source>Voortgang in de gids</source>
        <translation>Progress through the guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="257"/>
        <source>Vorige stap</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="344"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="212"/>
        <source>Wie doet deze stap?</source>
        <translation>Who does this step?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="256"/>
        <source>« &amp;Vorige</source>
        <translation>« &amp;Back</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../desk/ui/sync/controller.py" line="127"/>
        <source>%n conflicten</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/sync/controller.py" line="125"/>
        <source>%n geweigerd door de server</source>
        <translation>
            <numerusform>%n refused by the server</numerusform>
            <numerusform>%n refused by the server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="156"/>
        <source>&amp;Nu synchroniseren</source>
        <translation>Sy&amp;nc now</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="161"/>
        <source>Aan&amp;melden bij de centrale server…</source>
        <translation>&amp;Enrol with the central server…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="338"/>
        <source>De klok van deze computer wijkt af van de server.</source>
        <translation>This computer's clock differs from the server's.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="344"/>
        <source>De toestelsleutel staat in {0}, die de geheimen niet versleutelt. Vraag IT om een versleutelde sleutelbos te kiezen.</source>
        <translation>The device key is kept in {0}, which does not encrypt secrets. Ask IT to choose an encrypted keyring.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="166"/>
        <source>Geweigerde wijzigingen en conflicten bekijken en oplossen</source>
        <translation>View and resolve refused changes and conflicts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="116"/>
        <source>Oefenprofiel: synchroniseert niet</source>
        <translation>Training profile: does not sync</translation>
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
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="164"/>
        <source>Synchronisatie&amp;problemen…</source>
        <translation>Sync &amp;problems…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="118"/>
        <source>Synchronisatie: niet aangemeld · {0} in wachtrij</source>
        <translation>Sync: not enrolled · {0} queued</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="233"/>
        <source>Synchronisatiestatus</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="261"/>
        <source>Synchroniseren met de centrale server</source>
        <translation>Sync with the central server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="252"/>
        <source>Synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="335"/>
        <source>Toestelsleutel: {0}</source>
        <translation>Device key: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="158"/>
        <source>Wijzigingen nu verzenden en ophalen</source>
        <translation>Send and fetch changes now</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="130"/>
        <source>laatste sync {0}</source>
        <translation>last sync {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="105"/>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{0} in quarantaine</source>
        <translation type="vanished">{0} in quarantine</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="121"/>
        <source>{0} in wachtrij</source>
        <translation>{0} queued</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="129"/>
        <source>{0} onleesbaar ontvangen</source>
        <translation>{0} unreadable from the server</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="99"/>
        <source>&amp;Mijn versie houden</source>
        <translation>&amp;Keep my version</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="81"/>
        <source>&amp;Opnieuw verzenden</source>
        <translation>&amp;Resend</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="101"/>
        <source>&amp;Per veld kiezen…</source>
        <translation>Choose &amp;per field…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="100"/>
        <source>&amp;Versie van de server nemen</source>
        <translation>Take the server's &amp;version</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="73"/>
        <source>&lt;b&gt;Deze gegevens konden niet worden verstuurd&lt;/b&gt;</source>
        <translation>&lt;b&gt;This data could not be sent&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="92"/>
        <source>&lt;b&gt;Ook op de server gewijzigd&lt;/b&gt;: kies welke versie blijft.</source>
        <translation>&lt;b&gt;Also changed on the server&lt;/b&gt;: choose which version stays.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="237"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="250"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="267"/>
        <source>Conflict oplossen</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="96"/>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="191"/>
        <source>De centrale server kent het kantoor van deze gegevens niet. Vraag de helpdesk om het kantoor op de server toe te voegen (of de kantoorcode in de instellingen van deze computer te verbeteren) en verzend dan opnieuw.</source>
        <translation>The central server does not know the office of this data. Ask the helpdesk to add the office on the server (or to correct the office code in this computer's settings), then send again.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="199"/>
        <source>De persoonsgegevens konden niet geopend worden op deze computer. Bel de helpdesk.</source>
        <translation>The personal data could not be opened on this computer. Call the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="189"/>
        <source>De server had een storing. Probeer later opnieuw te verzenden.</source>
        <translation>The server had a fault. Try sending again later.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="201"/>
        <source>De server vond een fout in deze gegevens. Verbeter ze, of bel de helpdesk.</source>
        <translation>The server found an error in this data. Correct it, or call the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="187"/>
        <source>Deze computer mag deze gegevens niet verzenden. Bel de helpdesk.</source>
        <translation>This computer may not send this data. Call the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="196"/>
        <source>Dit zijn oefengegevens: deze server neemt ze niet aan. Ze blijven op deze computer.</source>
        <translation>This is practice data: this server does not accept it. It stays on this computer.</translation>
    </message>
    <message>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="170"/>
        <source>Er zijn geen synchronisatieproblemen.</source>
        <translation>There are no sync problems.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="78"/>
        <source>Gegevens die niet verstuurd konden worden</source>
        <translation>Data that could not be sent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="94"/>
        <source>Gewijzigd op</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="158"/>
        <source>Iemand anders wijzigde dit ook, op een andere computer.</source>
        <translation>Someone else changed this too, on another computer.</translation>
    </message>
    <message>
        <source>Melding over een gids</source>
        <translation>Guide report</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="229"/>
        <source>Opnieuw verzenden</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <source>Pogingen</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="95"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="94"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="69"/>
        <source>Synchronisatieproblemen</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="137"/>
        <source>Synchronisatieproblemen laden</source>
        <translation>Loading sync problems</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="83"/>
        <source>Verbeter eerst de gegevens (in het logboek of bij de doorverwijzingen); een bewaarde wijziging wordt vanzelf opnieuw verzonden. Of verzend ze ongewijzigd opnieuw.</source>
        <translation>First correct the data (in the case log or the referrals); a saved change is sent again by itself. Or send it again unchanged.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="152"/>
        <source>Voor de helpdesk: {0}</source>
        <translation>For the helpdesk: {0}</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../desk/ui/topics.py" line="23"/>
        <source>Afspraak maken</source>
        <translation>Making an appointment</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="28"/>
        <source>Afval en omgeving</source>
        <translation>Waste and environment</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="29"/>
        <source>Andere vraag</source>
        <translation>Other question</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="21"/>
        <source>Attesten en uittreksels</source>
        <translation>Certificates and extracts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="24"/>
        <source>Belastingen</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="22"/>
        <source>Identiteitskaart en PIN</source>
        <translation>Identity card and PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="27"/>
        <source>Mobiliteit en parkeren</source>
        <translation>Mobility and parking</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="25"/>
        <source>Sociale voordelen</source>
        <translation>Social benefits</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="26"/>
        <source>Wonen en premies</source>
        <translation>Housing and grants</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>0 tot 2 dagen</source>
        <translation>0 to 2 days</translation>
    </message>
    <message>
        <source>15 tot 30 dagen</source>
        <translation>15 to 30 days</translation>
    </message>
    <message>
        <source>3 tot 7 dagen</source>
        <translation>3 to 7 days</translation>
    </message>
    <message>
        <source>8 tot 14 dagen</source>
        <translation>8 to 14 days</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="58"/>
        <source>Adres en persoonlijke gegevens</source>
        <translation>Address and personal details</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="52"/>
        <source>Alleen op deze computer</source>
        <translation>Only on this computer</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="79"/>
        <source>Andere reden</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Angst of wantrouwen</source>
        <translation>Fear or distrust</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="68"/>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="32"/>
        <source>Attesten en documenten</source>
        <translation>Certificates and documents</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="51"/>
        <source>Bankkaart</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Basisgebruik computer of tablet</source>
        <translation>Basic use of a computer or tablet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="38"/>
        <source>Basisvaardigheden</source>
        <translation>Basic skills</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="33"/>
        <source>Belastingen en geld</source>
        <translation>Taxes and money</translation>
    </message>
    <message>
        <source>Beperking</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Betaalbaar internet</source>
        <translation>Affordable internet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="65"/>
        <source>Burger alleen</source>
        <translation>Citizen alone</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="55"/>
        <source>Computer of laptop</source>
        <translation>Computer or laptop</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="51"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Contact opgenomen</source>
        <translation>Contact made</translation>
    </message>
    <message>
        <source>Contacteer mij niet; ik ga zelf</source>
        <translation>Don't contact me; I will go myself</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="52"/>
        <source>Digipass of kaartlezer van de bank</source>
        <translation>Digipass or the bank's card reader</translation>
    </message>
    <message>
        <source>Doorverwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Dringend</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="67"/>
        <source>Duits</source>
        <translation>German</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="53"/>
        <source>E-mailadres (en wachtwoord)</source>
        <translation>Email address (and password)</translation>
    </message>
    <message>
        <source>Een toestel lenen</source>
        <translation>Borrowing a device</translation>
    </message>
    <message>
        <source>Eerste sessie gevolgd</source>
        <translation>First session attended</translation>
    </message>
    <message>
        <source>Elders doorverwezen</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="66"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="65"/>
        <source>Frans</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Gedaan voor burger</source>
        <translation>Done for the citizen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="74"/>
        <source>Geen (geldige) eID</source>
        <translation>No (valid) eID</translation>
    </message>
    <message>
        <source>Geen eID</source>
        <translation>No eID</translation>
    </message>
    <message>
        <source>Geen internet</source>
        <translation>No internet</translation>
    </message>
    <message>
        <source>Geen partnerdienst gekozen</source>
        <translation>No partner service chosen</translation>
    </message>
    <message>
        <source>Geen plaats</source>
        <translation>No place available</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="76"/>
        <source>Geen smartphone</source>
        <translation>No smartphone</translation>
    </message>
    <message>
        <source>Geen toestel</source>
        <translation>No device</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="86"/>
        <source>Gelukt</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="36"/>
        <source>Gemeente en afspraken</source>
        <translation>Municipality and appointments</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="88"/>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="50"/>
        <source>Geweigerd door server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="34"/>
        <source>Gezin en zorg</source>
        <translation>Family and care</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="54"/>
        <source>Gsm-nummer</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Heeft hulp nodig</source>
        <translation>Needs help</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="31"/>
        <source>Identiteit en aanmelden</source>
        <translation>Identity and logging in</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="48"/>
        <source>Kaartlezer</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>Kan het nog niet</source>
        <translation>Cannot do it yet</translation>
    </message>
    <message>
        <source>Klaar om te versturen</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Lezen en schrijven</source>
        <translation>Reading and writing</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="67"/>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Meer dan 30 dagen</source>
        <translation>More than 30 days</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="104"/>
        <source>Nazicht verlopen: deze gids werd laatst nagekeken op {0} en moest uiterlijk op {1} opnieuw nagekeken worden. Controleer de stappen op de officiële bronnen voor u ze volgt.</source>
        <translation>Review overdue: this guide was last checked on {0} and was due for another check by {1}. Check the steps against the official sources before you follow them.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="97"/>
        <source>Nazicht verlopen: laatst nagekeken op {0}</source>
        <translation>Review overdue: last checked on {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="64"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Niet dringend</source>
        <translation>Not urgent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="87"/>
        <source>Niet mogelijk</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Niet opgedaagd</source>
        <translation>Did not show up</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="56"/>
        <source>Nodige papieren en documenten</source>
        <translation>Necessary papers and documents</translation>
    </message>
    <message>
        <source>Normaal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="70"/>
        <source>Oekraïens</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Online bankieren</source>
        <translation>Online banking</translation>
    </message>
    <message>
        <source>Online overheidsdiensten</source>
        <translation>Online government services</translation>
    </message>
    <message>
        <source>Ontevreden</source>
        <translation>Unhappy</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Opvolging nodig</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>Overige onderwerpen</source>
        <translation>Other topics</translation>
    </message>
    <message>
        <source>PIN onbekend</source>
        <translation>PIN unknown</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="75"/>
        <source>PIN-code onbekend</source>
        <translation>PIN code unknown</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="46"/>
        <source>PIN-code van de eID</source>
        <translation>eID PIN code</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="47"/>
        <source>PUK-code (brief bij de eID)</source>
        <translation>PUK code (letter that came with the eID)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="72"/>
        <source>Pools</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Portaal buiten dienst</source>
        <translation>Portal down</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="57"/>
        <source>Rijksregisternummer</source>
        <translation>National register number</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="73"/>
        <source>Roemeens</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="71"/>
        <source>Russisch</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="66"/>
        <source>Samen</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Samen gedaan</source>
        <translation>Done together</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="49"/>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Smartphone gebruiken</source>
        <translation>Using a smartphone</translation>
    </message>
    <message>
        <source>Sms</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="74"/>
        <source>Spaans</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="78"/>
        <source>Taalprobleem</source>
        <translation>Language problem</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tevreden</source>
        <translation>Happy</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Toegang tot internet</source>
        <translation>Internet access</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="69"/>
        <source>Turks</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="37"/>
        <source>Veilig online</source>
        <translation>Staying safe online</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="49"/>
        <source>Verzonden</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voltooid</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="48"/>
        <source>Wacht op verzending</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="77"/>
        <source>Website of portaal werkt niet</source>
        <translation>Website or portal not working</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="35"/>
        <source>Wonen en verbouwen</source>
        <translation>Housing and renovation</translation>
    </message>
    <message>
        <source>Zelf gedaan door burger</source>
        <translation>Done by the citizen alone</translation>
    </message>
    <message>
        <source>Zelfredzaam</source>
        <translation>Self-reliant</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="45"/>
        <source>eID (identiteitskaart)</source>
        <translation>eID (identity card)</translation>
    </message>
    <message>
        <source>eID en itsme</source>
        <translation>eID and itsme</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="50"/>
        <source>itsme op de smartphone</source>
        <translation>itsme on the smartphone</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desk/ui/worker.py" line="318"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/worker.py" line="317"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/worker.py" line="316"/>
        <source>Even geduld</source>
        <translation>One moment</translation>
    </message>
    <message>
        <location filename="../../desk/ui/worker.py" line="319"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
</context>
</TS>
