<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="nl_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desk/ui/about.py" line="28"/>
        <location filename="../../desk/ui/about.py" line="29"/>
        <source>(niet ingesteld)</source>
        <translation>(non configuré)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="34"/>
        <source>Begeleide digitale dienstverlening voor de loketten van Zuid-West-Vlaanderen.</source>
        <translation>Accompagnement numérique aux guichets de la Flandre occidentale du Sud-Ouest.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="25"/>
        <source>Databank</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="27"/>
        <source>Gebruikersinstellingen</source>
        <translation>Paramètres de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="24"/>
        <source>Gegevensmap</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="29"/>
        <source>Kantoor</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="26"/>
        <source>Machineconfiguratie</source>
        <translation>Configuration de l'ordinateur</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="30"/>
        <source>Oefenmodus</source>
        <translation>Mode exercice</translation>
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
        <translation>À propos de Desk</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="23"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="30"/>
        <source>ja</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desk/ui/about.py" line="30"/>
        <source>nee</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../../desk/bootstrap.py" line="113"/>
        <source>Configuratieprobleem: {0}</source>
        <translation>Problème de configuration : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/bootstrap.py" line="140"/>
        <source>Databank niet beschikbaar</source>
        <translation>Base de données indisponible</translation>
    </message>
    <message>
        <location filename="../../desk/bootstrap.py" line="172"/>
        <source>Databank openen</source>
        <translation>Ouverture de la base de données</translation>
    </message>
    <message>
        <location filename="../../desk/bootstrap.py" line="128"/>
        <source>De lokale databank kon niet worden geopend. Zie het logboek.</source>
        <translation>La base de données locale n'a pas pu être ouverte. Consultez le fichier journal.</translation>
    </message>
</context>
<context>
    <name>CaseLog</name>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="147"/>
        <source>Bewaartermijn toepassen</source>
        <translation>Appliquer le délai de conservation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="54"/>
        <source>Contact &amp;loggen…</source>
        <translation>&amp;Enregistrer un contact…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="166"/>
        <source>De databank wordt nog geopend…</source>
        <translation>La base de données est en cours d'ouverture…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="131"/>
        <source>Een contact dat nog niet bewaard was, is hersteld. Kijk het na en bewaar.</source>
        <translation>Un contact qui n'avait pas été enregistré a été récupéré. Vérifiez-le et enregistrez-le.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="58"/>
        <source>Een geholpen burger loggen (Ctrl+L)</source>
        <translation>Enregistrer un citoyen aidé (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="103"/>
        <source>Opvolgingen tellen</source>
        <translation>Compter les suivis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/wiring.py" line="112"/>
        <source>Opvolgingen: {0} voor vandaag, {1} achterstallig. Zie Logboek → ‘Opvolging te doen’.</source>
        <translation>Suivis : {0} pour aujourd'hui, {1} en retard. Voir Journal → « Suivi à faire ».</translation>
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
        <translation>Durée</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kantoor</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="227"/>
        <source>Klik om te sorteren</source>
        <translation>Cliquez pour trier</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="226"/>
        <source>Op deze kolom kan niet gesorteerd worden</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Verzending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>alleen lokaal</source>
        <translation>local uniquement</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>te verzenden</source>
        <translation>à envoyer</translation>
    </message>
    <message>
        <source>verzonden</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="177"/>
        <source>{0} (afgehandeld)</source>
        <translation>{0} (traité)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="74"/>
        <location filename="../../desk/ui/cases/model.py" line="179"/>
        <source>{0} (te laat)</source>
        <translation>{0} (en retard)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/model.py" line="181"/>
        <source>{0} (vandaag)</source>
        <translation>{0} (aujourd'hui)</translation>
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
        <translation>{0} · contact : {1}</translation>
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
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="130"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Annuler le suivi traité</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="106"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/page.py" line="278"/>
        <source>&lt;b&gt;%n opvolgingen&lt;/b&gt; te doen (vandaag of eerder). &lt;a href='#due'&gt;Toon ze&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n suivi&lt;/b&gt; à faire (aujourd'hui ou avant). &lt;a href='#due'&gt;Les afficher&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n suivis&lt;/b&gt; à faire (aujourd'hui ou avant). &lt;a href='#due'&gt;Les afficher&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="206"/>
        <source>Aantal contacten</source>
        <translation>Nombre de contacts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="131"/>
        <source>Afhandeling van de opvolging ongedaan maken</source>
        <translation>Annuler « suivi traité »</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="172"/>
        <source>Alleen &amp;mijn contacten</source>
        <translation>Se&amp;ulement mes contacts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="173"/>
        <source>Alleen de contacten die ik gelogd heb</source>
        <translation>Seulement les contacts que j'ai enregistrés</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="170"/>
        <source>Alleen opvolgingen die te doen zijn, de eerste vervaldag eerst</source>
        <translation>Seulement les suivis à faire, la première échéance d'abord</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="104"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="493"/>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="453"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="102"/>
        <source>Contact loggen (Ctrl+L)</source>
        <translation>Enregistrer un contact (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="403"/>
        <location filename="../../desk/ui/cases/page.py" line="408"/>
        <location filename="../../desk/ui/cases/page.py" line="417"/>
        <source>Contact verwijderen</source>
        <translation>Supprimer le contact</translation>
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
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="111"/>
        <source>Contacten exporteren naar CSV</source>
        <translation>Exporter les contacts en CSV</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="492"/>
        <location filename="../../desk/ui/cases/page.py" line="529"/>
        <source>Contacten importeren</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="113"/>
        <source>Contacten importeren uit CSV</source>
        <translation>Importer des contacts depuis un CSV</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="369"/>
        <source>Contacten tellen…</source>
        <translation>Comptage des contacts…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="404"/>
        <source>Dit contact verwijderen? Het verdwijnt ook op de centrale server bij de volgende synchronisatie.</source>
        <translation>Supprimer ce contact ? Il disparaîtra aussi du serveur central à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="110"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/page.py" line="484"/>
        <source>Export van %n contacten</source>
        <translation>
            <numerusform>Export de %n contact</numerusform>
            <numerusform>Export de %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="179"/>
        <source>Fout in de filter</source>
        <translation>Erreur dans le filtre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="299"/>
        <source>Fout: {0}</source>
        <translation>Erreur : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="342"/>
        <source>Geen contacten voor deze zoekopdracht of filters.

Wis het zoekveld en de datums, zet ‘Opvolging te doen’ en ‘Alleen mijn contacten’ uit, en kies ‘alle …’ in de lijsten om alle contacten te zien.</source>
        <translation>Aucun contact pour cette recherche ou ces filtres.

Videz le champ de recherche et les dates, décochez « Suivi à faire » et « Seulement mes contacts », et choisissez « tous … » dans les listes pour voir tous les contacts.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="105"/>
        <source>Gekozen contact bewerken</source>
        <translation>Modifier le contact sélectionné</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="107"/>
        <source>Gekozen contact verwijderen</source>
        <translation>Supprimer le contact sélectionné</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="262"/>
        <source>Gids: {0}</source>
        <translation>Guide : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="512"/>
        <source>Het bestand heeft {0} probleem/problemen; er is niets geïmporteerd. Verbeter het bestand en probeer opnieuw.</source>
        <translation>Le fichier contient {0} problème(s) ; rien n'a été importé. Corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="518"/>
        <source>Import klaar</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="159"/>
        <source>Kanaal</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="158"/>
        <source>Kantoor</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="77"/>
        <location filename="../../desk/ui/cases/page.py" line="99"/>
        <source>Logboek</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="205"/>
        <source>Logboek wordt geladen…</source>
        <translation>Chargement du journal…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="511"/>
        <source>Niets geïmporteerd</source>
        <translation>Rien n'a été importé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="103"/>
        <source>Nieuw contact loggen</source>
        <translation>Enregistrer un nouveau contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="346"/>
        <source>Nog geen contacten in het logboek.

Log elke burger die u helpt: druk Ctrl+L of kies ‘Contact loggen’. Na een gids opent het loggen vanzelf, al ingevuld.</source>
        <translation>Pas encore de contacts dans le journal.

Enregistrez chaque citoyen que vous aidez : appuyez sur Ctrl+L ou choisissez « Enregistrer un contact ». Après un guide, l'enregistrement s'ouvre tout seul, déjà rempli.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="162"/>
        <source>Onderwerp</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="132"/>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="458"/>
        <source>Ook de contactreferenties (persoonsgegevens) meenemen? Dit wordt in het auditlogboek genoteerd.</source>
        <translation>Inclure aussi les références de contact (données personnelles) ? Ce sera noté dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="108"/>
        <source>Opvolging &amp;afgehandeld</source>
        <translation>Suivi &amp;traité</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="428"/>
        <source>Opvolging afgehandeld. Per ongeluk? Maak het ongedaan (Ctrl+Z).</source>
        <translation>Suivi marqué comme traité. Par erreur ? Annulez-le (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="168"/>
        <source>Opvolging te &amp;doen</source>
        <translation>Suivi à fai&amp;re</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="109"/>
        <source>Opvolging van het gekozen contact afhandelen</source>
        <translation>Marquer comme traité le suivi du contact sélectionné</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="271"/>
        <source>Opvolgingen tellen</source>
        <translation>Compter les suivis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="120"/>
        <source>Opvolgingen van vandaag</source>
        <translation>Suivis du jour</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="457"/>
        <source>Persoonsgegevens</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="378"/>
        <source>Tellen</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="153"/>
        <source>Tot en met datum</source>
        <translation>Jusqu'à la date (incluse)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="163"/>
        <source>Uitkomst</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="150"/>
        <source>Vanaf datum</source>
        <translation>À partir de la date</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="145"/>
        <source>Zoeken in het logboek</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="144"/>
        <source>Zoeken in onderwerpen en notities…</source>
        <translation>Rechercher dans les sujets et les notes…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="159"/>
        <source>alle kanalen</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="158"/>
        <source>alle kantoren</source>
        <translation>tous les bureaux</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="162"/>
        <source>alle onderwerpen</source>
        <translation>tous les sujets</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="163"/>
        <source>alle uitkomsten</source>
        <translation>tous les résultats</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="297"/>
        <source>de begindatum ligt na de einddatum</source>
        <translation>la date de début est après la date de fin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="286"/>
        <source>tot</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="152"/>
        <source>tot dd-mm-jjjj</source>
        <translation>au jj-mm-aaaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="286"/>
        <source>van</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="149"/>
        <source>van dd-mm-jjjj</source>
        <translation>du jj-mm-aaaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="478"/>
        <source>{0} contacten geschreven…</source>
        <translation>{0} contacts écrits…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="519"/>
        <source>{0} contacten geïmporteerd, {1} overgeslagen (bestonden al).</source>
        <translation>{0} contacts importés, {1} ignorés (existaient déjà).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/page.py" line="294"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../../desk/ui/guides/citizen.py" line="161"/>
        <location filename="../../desk/ui/guides/citizen.py" line="162"/>
        <source>Burgerscherm</source>
        <translation>Écran du citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/citizen.py" line="263"/>
        <source>Burgerscherm — {0}</source>
        <translation>Écran du citoyen — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/citizen.py" line="193"/>
        <source>Voortgang</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="198"/>
        <source>&amp;Diagnose voor helpdesk…</source>
        <translation>&amp;Diagnostic pour le helpdesk…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="185"/>
        <source>Bewaard als {0}</source>
        <translation>Enregistré sous {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="165"/>
        <source>Diagnose bewaren</source>
        <translation>Enregistrer le diagnostic</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="134"/>
        <source>Diagnose verzamelen</source>
        <translation>Collecte du diagnostic</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="74"/>
        <location filename="../../desk/ui/diagnostics.py" line="75"/>
        <source>Diagnose voor helpdesk</source>
        <translation>Diagnostic pour le helpdesk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="80"/>
        <source>Dit rapport helpt de helpdesk om een probleem met Desk te vinden. Het bevat versies, instellingen (zonder wachtwoorden), de toestand van de databank en de synchronisatie, en de laatste logregels.
Het bevat geen persoonsgegevens van burgers en geen toegangssleutels.</source>
        <translation>Ce rapport aide le helpdesk à trouver un problème dans Desk. Il contient les versions, les paramètres (sans mots de passe), l'état de la base de données et de la synchronisation, et les dernières lignes du journal.
Il ne contient aucune donnée personnelle de citoyens ni aucune clé d'accès.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="199"/>
        <source>Een rapport zonder persoonsgegevens maken voor de helpdesk</source>
        <translation>Créer un rapport sans données personnelles pour le helpdesk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="94"/>
        <source>Gegevens verzamelen…</source>
        <translation>Collecte des données…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="149"/>
        <source>Het rapport kon niet worden gemaakt ({0}). Zie het logboek.</source>
        <translation>Le rapport n'a pas pu être créé ({0}). Consultez le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="181"/>
        <source>Kan {0} niet bewaren: {1}</source>
        <translation>Impossible d'enregistrer {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="144"/>
        <source>Klaar. Bewaar het rapport en stuur het naar de helpdesk.</source>
        <translation>Terminé. Enregistrez le rapport et envoyez-le au helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="104"/>
        <source>Opslaan als zip…</source>
        <translation>Enregistrer en zip…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="193"/>
        <source>Overzicht gekopieerd.</source>
        <translation>Résumé copié.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="107"/>
        <source>Overzicht kopiëren</source>
        <translation>Copier le résumé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="93"/>
        <source>Overzicht van het rapport</source>
        <translation>Résumé du rapport</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="113"/>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="100"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/diagnostics.py" line="165"/>
        <source>Zip-bestand (*.zip)</source>
        <translation>Fichier zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../desk/ui/empty.py" line="29"/>
        <source>Lege lijst</source>
        <translation>Liste vide</translation>
    </message>
</context>
<context>
    <name>EndedPanel</name>
    <message numerus="yes">
        <location filename="../../desk/ui/guides/runner_panels.py" line="511"/>
        <source>%n stappen</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Doorverwijzen…</source>
        <translation type="vanished">&amp;Orienter…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="507"/>
        <source>Advies: {0}</source>
        <translation>Conseil : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="498"/>
        <source>Dit lukte vandaag niet. Een partner kan de burger verder helpen: druk op Enter of kies Doorverwijzen. Noden en drempels staan al ingevuld.</source>
        <translation>Cela n'a pas été possible aujourd'hui. Un partenaire peut aider le citoyen : appuyez sur Entrée ou choisissez Orienter. Les besoins et les obstacles sont déjà remplis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="475"/>
        <source>Door&amp;verwijzen…</source>
        <translation>&amp;Orienter…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="476"/>
        <source>Doorverwijzing maken voor deze burger</source>
        <translation>Faire une orientation pour ce citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="504"/>
        <source>Gids afgelopen: {0}</source>
        <translation>Guide terminé : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="480"/>
        <source>Terug &amp;naar de gidsen</source>
        <translation>&amp;Retour aux guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="481"/>
        <source>Terug naar de gidsen</source>
        <translation>Retour aux guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="516"/>
        <source>Verder in een andere gids.</source>
        <translation>Suite dans un autre guide.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="512"/>
        <source>• {0}: {1}, {2}, ongeveer {3} min.</source>
        <translation>• {0} : {1}, {2}, environ {3} min.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="63"/>
        <source>&amp;Aanmeldcode:</source>
        <translation>&amp;Code d'inscription :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="59"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="130"/>
        <source>Aangemeld bij {0} ({1}).</source>
        <translation>Inscrit auprès de {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="62"/>
        <source>Aanmeldcode</source>
        <translation>Code d'inscription</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="90"/>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="124"/>
        <source>Aanmelden</source>
        <translation>S'inscrire</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="39"/>
        <source>Aanmelden bij de centrale server</source>
        <translation>Inscription auprès du serveur central</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="141"/>
        <source>Aanmelden mislukte door een fout in Desk. Zie het logboek.</source>
        <translation>L'inscription a échoué à cause d'une erreur dans Desk. Consultez le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="56"/>
        <source>Adres van de centrale server</source>
        <translation>Adresse du serveur central</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="114"/>
        <source>Bezig met aanmelden…</source>
        <translation>Inscription en cours…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="105"/>
        <source>De lokale databank is nog niet geopend.</source>
        <translation>La base de données locale n'est pas encore ouverte.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="70"/>
        <source>De toestelsleutel wordt bewaard in: {0}.</source>
        <translation>La clé de l'appareil est conservée dans : {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="73"/>
        <source>Let op: {0}</source>
        <translation>Attention : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="81"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="44"/>
        <source>Vraag IT om een eenmalige aanmeldcode. Na het aanmelden verstuurt Desk uw logboek en doorverwijzingen naar de centrale dienst. Gegevens die al op deze computer staan blijven bewaard.</source>
        <translation>Demandez un code d'inscription unique au service informatique. Après l'inscription, Desk envoie votre journal et vos orientations au service central. Les données déjà présentes sur cet ordinateur sont conservées.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="108"/>
        <source>Vul het adres van de server en de aanmeldcode in.</source>
        <translation>Indiquez l'adresse du serveur et le code d'inscription.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/enroll_dialog.py" line="76"/>
        <source>Waar de toestelsleutel bewaard wordt</source>
        <translation>Où la clé de l'appareil est conservée</translation>
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
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="70"/>
        <source>Er liep iets mis in Desk. Uw gegevens zijn bewaard. De fout is in het logboek geschreven; meld ze aan de helpdesk (Help → Diagnose voor helpdesk).</source>
        <translation>Un problème est survenu dans Desk. Vos données sont conservées. L'erreur a été notée dans le fichier journal ; signalez-la au helpdesk (Aide → Diagnostic pour le helpdesk).</translation>
    </message>
</context>
<context>
    <name>FieldChoiceDialog</name>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="275"/>
        <source>Per veld kiezen</source>
        <translation>Choisir champ par champ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="277"/>
        <source>Vink de velden aan waarvoor u de versie van de server wilt nemen. De andere velden houden uw versie.</source>
        <translation>Cochez les champs pour lesquels vous voulez reprendre la version du serveur. Les autres champs gardent votre version.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="283"/>
        <source>{0}: mijn versie «{1}» — server «{2}»</source>
        <translation>{0} : ma version « {1} » — serveur « {2} »</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desk/ui/first_run.py" line="169"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="115"/>
        <source>&amp;Kantoor:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="174"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="117"/>
        <source>&amp;Taal van Desk:</source>
        <translation>&amp;Langue de Desk :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="114"/>
        <source>&amp;Uw korte naam (voor het logboek):</source>
        <translation>Votre &amp;nom court (pour le journal) :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="148"/>
        <source>Aanmelden bij de centrale server: dan gaan uw logboek en doorverwijzingen naar de centrale dienst. Daarvoor hebt u een eenmalige aanmeldcode van IT nodig. Zonder aanmelding werkt Desk ook; alles blijft dan op deze computer tot u aanmeldt (Bestand → Aanmelden bij de centrale server).</source>
        <translation>S'inscrire auprès du serveur central : votre journal et vos orientations vont alors au service central. Il vous faut pour cela un code d'inscription unique du service informatique. Sans inscription, Desk fonctionne aussi ; tout reste alors sur cet ordinateur jusqu'à votre inscription (Fichier → S'inscrire auprès du serveur central).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="155"/>
        <source>Bewaren en &amp;aanmelden…</source>
        <translation>Enregistrer et s'&amp;inscrire…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="156"/>
        <source>Bewaren en aanmelden bij de centrale server</source>
        <translation>Enregistrer et s'inscrire auprès du serveur central</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="132"/>
        <source>De nieuwe taal geldt na het herstarten van Desk.</source>
        <translation>La nouvelle langue s'applique après le redémarrage de Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="86"/>
        <source>Desk instellen</source>
        <translation>Configurer Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="141"/>
        <source>Ingesteld door de IT-dienst: {0}.</source>
        <translation>Réglé par le service informatique : {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="176"/>
        <source>Later: nu overslaan</source>
        <translation>Plus tard : passer cette étape</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="163"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="86"/>
        <source>Uw korte naam</source>
        <translation>Votre nom court</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="198"/>
        <source>Vul uw korte naam in, of kies Later.</source>
        <translation>Indiquez votre nom court, ou choisissez Plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="92"/>
        <source>Welkom bij Desk. Vul hieronder in wie u bent en waar u werkt: Desk zet dit bij elk contact dat u logt. U kunt dit later wijzigen in Bestand → Instellingen, en u kunt deze stap ook overslaan.</source>
        <translation>Bienvenue dans Desk. Indiquez ci-dessous qui vous êtes et où vous travaillez : Desk le note pour chaque contact que vous enregistrez. Vous pourrez le modifier plus tard dans Fichier → Paramètres, et vous pouvez aussi passer cette étape.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_run.py" line="103"/>
        <source>bv. An of AVD</source>
        <translation>p.ex. An ou AVD</translation>
    </message>
</context>
<context>
    <name>GuideImage</name>
    <message>
        <location filename="../../desk/ui/guides/images.py" line="44"/>
        <source>[Afbeelding: {0}]</source>
        <translation>[Image : {0}]</translation>
    </message>
</context>
<context>
    <name>GuideReports</name>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="93"/>
        <source>Afgesloten door de redactie</source>
        <translation>Clôturé par la rédaction</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="100"/>
        <source>Alleen op deze computer (oefenprofiel)</source>
        <translation>Seulement sur cet ordinateur (profil d'exercice)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="141"/>
        <source>Antwoord van de redactie</source>
        <translation>Réponse de la rédaction</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="207"/>
        <source>Antwoord van de redactie:</source>
        <translation>Réponse de la rédaction :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="109"/>
        <source>De stap is aangepast in versie {0}.</source>
        <translation>L'étape a été corrigée dans la version {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Gemeld op</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="199"/>
        <source>Gemeld op: {0}</source>
        <translation>Signalé le : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Gids</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="197"/>
        <source>Gids: {0} (versie {1})</source>
        <translation>Guide : {0} (version {1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Melding</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="72"/>
        <source>Melding bewaard op deze computer. Dit is een oefenprofiel: de melding wordt niet verstuurd.</source>
        <translation>Signalement enregistré sur cet ordinateur. C'est un profil d'exercice : le signalement ne sera pas envoyé.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="75"/>
        <source>Melding bewaard op deze computer. Ze wordt verstuurd zodra deze computer met de centrale dienst verbonden is en synchroniseert.</source>
        <translation>Signalement enregistré sur cet ordinateur. Il sera envoyé dès que cet ordinateur sera inscrit auprès du service central et se synchronisera.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="77"/>
        <source>Melding bewaard; ze wordt verstuurd bij de volgende synchronisatie.</source>
        <translation>Signalement enregistré ; il sera envoyé lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="202"/>
        <source>Melding:</source>
        <translation>Signalement :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="98"/>
        <source>Open; geweigerd door de server (zie Synchronisatieproblemen)</source>
        <translation>Ouvert ; refusé par le serveur (voir Problèmes de synchronisation)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="96"/>
        <source>Open; nog niet verstuurd</source>
        <translation>Ouvert ; pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="101"/>
        <source>Open; verstuurd naar de redactie</source>
        <translation>Ouvert ; envoyé à la rédaction</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="92"/>
        <source>Opgelost in versie {0} van de gids</source>
        <translation>Résolu dans la version {0} du guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Stand</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="200"/>
        <source>Stand: {0}</source>
        <translation>État : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="140"/>
        <source>Stap</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="198"/>
        <source>Stap: {0}</source>
        <translation>Étape : {0}</translation>
    </message>
</context>
<context>
    <name>GuideReportsDialog</name>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="391"/>
        <source>&amp;Meldingen:</source>
        <translation>&amp;Signalements :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="397"/>
        <source>&amp;Volledige tekst:</source>
        <translation>&amp;Texte complet :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="430"/>
        <source>Meldingen laden</source>
        <translation>Chargement des signalements</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="384"/>
        <location filename="../../desk/ui/guides/reports.py" line="393"/>
        <source>Meldingen over gidsen</source>
        <translation>Signalements sur les guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="411"/>
        <source>Meldingen sluiten</source>
        <translation>Fermer les signalements</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="386"/>
        <source>Meldingen van deze computer en, na een synchronisatie, van uw collega's. Het antwoord van de redactie komt binnen bij de synchronisatie.</source>
        <translation>Signalements de cet ordinateur et, après une synchronisation, de vos collègues. La réponse de la rédaction arrive lors de la synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="405"/>
        <source>Nog geen meldingen.</source>
        <translation>Pas encore de signalements.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="410"/>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="401"/>
        <source>Volledige tekst van de gekozen melding</source>
        <translation>Texte complet du signalement choisi</translation>
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
        <translation>Chargement des guides</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../desk/ui/guides/handout.py" line="206"/>
        <source>De PDF kon niet worden bewaard in {0}. Kies een andere map.</source>
        <translation>Le PDF n'a pas pu être enregistré dans {0}. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../../desk/ui/guides/library_view.py" line="229"/>
        <source>%n gidsen gevonden</source>
        <translation>
            <numerusform>%n guide trouvé</numerusform>
            <numerusform>%n guides trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="128"/>
        <source>&amp;Categorie:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="156"/>
        <source>&amp;Meldingen over gidsen…</source>
        <translation>Signale&amp;ments sur les guides…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="122"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="231"/>
        <source>({0} met verlopen nazicht)</source>
        <translation>({0} avec vérification dépassée)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="131"/>
        <source>Alle categorieën</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="130"/>
        <source>Categorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="181"/>
        <source>De gidsen konden niet geladen worden. Zie de foutmelding.</source>
        <translation>Les guides n'ont pas pu être chargés. Voir le message d'erreur.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="200"/>
        <source>Er zijn nog geen gidsen.</source>
        <translation>Il n'y a pas encore de guides.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="240"/>
        <source>Geen gids gevonden voor ‘{0}’.</source>
        <translation>Aucun guide trouvé pour « {0} ».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="245"/>
        <source>Geen gidsen in deze categorie.</source>
        <translation>Aucun guide dans cette catégorie.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="145"/>
        <source>Gevonden gidsen</source>
        <translation>Guides trouvés</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="178"/>
        <source>Gidsen laden…</source>
        <translation>Chargement des guides…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="125"/>
        <source>Gidsen zoeken</source>
        <translation>Rechercher des guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="248"/>
        <source>Is er geen gids voor deze vraag? Help de burger zoals gewoonlijk en log het contact met Ctrl+L.</source>
        <translation>Il n'y a pas de guide pour cette question ? Aidez le citoyen comme d'habitude et enregistrez le contact avec Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="158"/>
        <source>Meldingen over gidsen en de antwoorden van de redactie</source>
        <translation>Signalements sur les guides et réponses de la rédaction</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="247"/>
        <source>Of zoek in alle gidsen: kies ‘Alle categorieën’.</source>
        <translation>Ou cherchez dans tous les guides : choisissez « Toutes les catégories ».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="241"/>
        <source>Probeer een ander woord: wat de burger wil doen of waar het om gaat, bijvoorbeeld ‘attest’, ‘pincode’ of ‘verhuizen’. Esc wist het zoekveld.</source>
        <translation>Essayez un autre mot : ce que le citoyen veut faire ou ce dont il s'agit. Les guides sont en néerlandais : par exemple « attest », « pincode » ou « verhuizen ». Échap vide le champ de recherche.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="124"/>
        <source>Typ wat de burger vraagt, bv. pincode vergeten</source>
        <translation>Tapez la demande du citoyen, p.ex. code PIN oublié</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="213"/>
        <source>ongeveer {0} min.</source>
        <translation>environ {0} min.</translation>
    </message>
    <message>
        <source>{0} gids(en) gevonden</source>
        <translation type="vanished">{0} guide(s) trouvé(s)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="249"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="242"/>
        <source>&amp;Bestand</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="254"/>
        <source>&amp;Ga naar</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="264"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="262"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="244"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="269"/>
        <source>&amp;Over Desk</source>
        <translation>À &amp;propos de Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="69"/>
        <source>Cijfers over contacten en doorverwijzingen komen hier.</source>
        <translation>Les chiffres sur les contacts et les orientations apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="60"/>
        <source>De stap-voor-stapgidsen worden hier getoond zodra ze beschikbaar zijn.</source>
        <translation>Les guides pas à pas s'afficheront ici dès qu'ils seront disponibles.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="106"/>
        <source>Desk hoofdvenster</source>
        <translation>Fenêtre principale de Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="105"/>
        <source>Desk — digitale dienstverlening</source>
        <translation>Desk — services numériques</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="64"/>
        <source>Doorverwijzingen</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="66"/>
        <source>Doorverwijzingen naar digitale hulp komen hier.</source>
        <translation>Les orientations vers une aide numérique apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="58"/>
        <source>Gidsen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="63"/>
        <source>Het logboek van geholpen burgers komt hier.</source>
        <translation>Le journal des citoyens aidés apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="61"/>
        <source>Logboek</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="65"/>
        <source>Nog geen doorverwijzingen</source>
        <translation>Pas encore d'orientations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="59"/>
        <source>Nog geen gidsen</source>
        <translation>Pas encore de guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="62"/>
        <source>Nog geen logboek</source>
        <translation>Pas encore de journal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="68"/>
        <source>Nog geen statistieken</source>
        <translation>Pas encore de statistiques</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="311"/>
        <source>OEFENMODUS — dit profiel bevat alleen fictieve oefengegevens. Niets wordt naar de centrale server gestuurd.</source>
        <translation>MODE EXERCICE — ce profil ne contient que des données d'exercice fictives. Rien n'est envoyé au serveur central.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="125"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="67"/>
        <source>Statistieken</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="149"/>
        <source>Synchronisatie: geen centrale server ingesteld</source>
        <translation>Synchronisation : aucun serveur central configuré</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="150"/>
        <source>Synchronisatiestatus</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="318"/>
        <source>{0} — OEFENMODUS</source>
        <translation>{0} — MODE EXERCICE</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../desk/ui/manual.py" line="95"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/manual.py" line="73"/>
        <source>Handleiding</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/manual.py" line="80"/>
        <source>Hoofdstukken</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <location filename="../../desk/ui/manual.py" line="89"/>
        <source>Tekst van de handleiding</source>
        <translation>Texte du manuel</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desk/domain/cases.py" line="346"/>
        <source>'gedaan voor burger' is in uw organisatie niet toegestaan</source>
        <translation>« fait pour le citoyen » n'est pas autorisé dans votre organisation</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="386"/>
        <source>'{0}' is geen aantal minuten</source>
        <translation>« {0} » n'est pas un nombre de minutes</translation>
    </message>
    <message>
        <location filename="../../desk/domain/formats.py" line="81"/>
        <source>'{0}' is geen datum; schrijf dd-mm-jjjj, bv. 28-11-2026</source>
        <translation>« {0} » n'est pas une date ; écrivez jj-mm-aaaa, p. ex. 28-11-2026</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="418"/>
        <source>'{0}' is geen gebruikersinstelling</source>
        <translation>'{0}' n'est pas un paramètre utilisateur</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="176"/>
        <source>'{0}' is geen gids-id</source>
        <translation>« {0} » n'est pas un identifiant de guide</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="180"/>
        <source>'{0}' is geen stap-id</source>
        <translation>« {0} » n'est pas un identifiant d'étape</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="400"/>
        <source>'{0}' is geen taalcode (bv. nl, fr, en)</source>
        <translation>« {0} » n'est pas un code de langue (p. ex. nl, fr, en)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="169"/>
        <source>'{0}' is geen uur; schrijf uu:mm, bv. 14:05</source>
        <translation>« {0} » n'est pas une heure ; écrivez hh:mm, p. ex. 14:05</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="178"/>
        <source>'{0}' is geen versienummer</source>
        <translation>« {0} » n'est pas un numéro de version</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="420"/>
        <source>'{0}' is vergrendeld door de IT-dienst</source>
        <translation>'{0}' est verrouillé par le service informatique</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="74"/>
        <source>Begin het nummer met 0 (bijvoorbeeld 056 12 34 56) of met + en de landcode.</source>
        <translation>Commencez le numéro par 0 (par exemple 056 12 34 56) ou par + et l'indicatif du pays.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="235"/>
        <source>Bij deze doorverwijzing verschillen alleen de status of de toestemming. Die kiest u niet per veld: houd uw versie of neem die van de server.</source>
        <translation>Pour cette orientation, seuls le statut ou le consentement diffèrent. Ils ne se choisissent pas champ par champ : gardez votre version ou prenez celle du serveur.</translation>
    </message>
    <message>
        <location filename="../../desk/store/conflicts.py" line="93"/>
        <location filename="../../desk/sync/resolve.py" line="63"/>
        <source>Conflicten van soort {0} kunnen hier nog niet opgelost worden.</source>
        <translation>Les conflits de type {0} ne peuvent pas encore être résolus ici.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="520"/>
        <source>De beveiligde verbinding met {0} kon niet gecontroleerd worden: het certificaat van de server klopt niet of is niet vertrouwd. Er is niets verzonden. Vraag IT om het serveradres en het certificaat (ca_bundle) na te kijken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>La connexion sécurisée avec {0} n'a pas pu être vérifiée : le certificat du serveur n'est pas correct ou n'est pas reconnu comme fiable. Rien n'a été envoyé. Demandez au service informatique de vérifier l'adresse du serveur et le certificat (ca_bundle). Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="532"/>
        <source>De centrale server ({0}) antwoordt niet op tijd. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Le serveur central ({0}) ne répond pas à temps. Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="547"/>
        <source>De centrale server ({0}) is niet bereikbaar. Controleer de netwerkverbinding. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Le serveur central ({0}) est injoignable. Vérifiez la connexion réseau. Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/stats_client.py" line="60"/>
        <source>De centrale server gaf een onleesbaar antwoord op de vraag naar statistieken. De cijfers van dit loket (lokale bron) blijven beschikbaar.</source>
        <translation>Le serveur central a donné une réponse illisible à la demande de statistiques. Les chiffres de ce guichet (source locale) restent disponibles.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="670"/>
        <source>De centrale server gaf een onvolledig of onleesbaar antwoord. Er gaat niets verloren: de gegevens blijven in de wachtrij en worden opnieuw verzonden.</source>
        <translation>Le serveur central a donné une réponse incomplète ou illisible. Rien n'est perdu : les données restent dans la file d'attente et seront renvoyées.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/stats_client.py" line="97"/>
        <source>De centrale server gaf onverwachte statistieken terug. De cijfers van dit loket (lokale bron) blijven beschikbaar.</source>
        <translation>Le serveur central a renvoyé des statistiques inattendues. Les chiffres de ce guichet (source locale) restent disponibles.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="579"/>
        <source>De centrale server herkent dit toestel niet meer (aanmelding ongeldig, ingetrokken of verlopen). Meld het toestel opnieuw aan met een nieuwe aanmeldcode van IT. Alle gegevens op deze computer blijven bewaard.</source>
        <translation>Le serveur central ne reconnaît plus cet appareil (inscription non valide, révoquée ou expirée). Inscrivez à nouveau l'appareil avec un nouveau code d'inscription du service informatique. Toutes les données de cet ordinateur restent conservées.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="600"/>
        <source>De centrale server is tijdelijk overbelast of in onderhoud (HTTP {0}). Desk probeert het later opnieuw. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Le serveur central est temporairement surchargé ou en maintenance (HTTP {0}). Desk réessaiera plus tard. Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="611"/>
        <source>De centrale server weigerde het verzoek (HTTP {0}): {1}. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Le serveur central a refusé la demande (HTTP {0}) : {1}. Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/store/migrate.py" line="79"/>
        <source>De databank kon niet worden bijgewerkt naar de nieuwe versie.</source>
        <translation>La base de données n'a pas pu être mise à jour vers la nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../desk/store/migrate.py" line="73"/>
        <source>De databank kon niet worden bijgewerkt naar de nieuwe versie. De reservekopie staat in {0}.</source>
        <translation>La base de données n'a pas pu être mise à jour vers la nouvelle version. La copie de sauvegarde se trouve dans {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="124"/>
        <source>De databank staat op een netwerkschijf ({0}): {1}. Desk bewaart zijn gegevens alleen op een lokale schijf, omdat een netwerkschijf gegevens kan beschadigen. Stel DESK_HOME in op een lokale map.</source>
        <translation>La base de données se trouve sur un lecteur réseau ({0}) : {1}. Desk conserve ses données uniquement sur un disque local, car un lecteur réseau peut endommager les données. Réglez DESK_HOME sur un dossier local.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="171"/>
        <source>De databank {0} is beschadigd of geen Desk-databank ({1}). Desk verwijdert niets. Neem contact op met de helpdesk; er staan reservekopieën in de map 'backups' van uw profiel.</source>
        <translation>La base de données {0} est endommagée ou n'est pas une base de données Desk ({1}). Desk ne supprime rien. Contactez le helpdesk ; des copies de sauvegarde se trouvent dans le dossier 'backups' de votre profil.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="163"/>
        <source>De databank {0} is vergrendeld door een ander programma (draait Desk al?). Sluit het andere venster en probeer opnieuw.</source>
        <translation>La base de données {0} est verrouillée par un autre programme (Desk est-il déjà ouvert ?). Fermez l'autre fenêtre et réessayez.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="147"/>
        <source>De databank {0} kan niet worden geopend ({1}).</source>
        <translation>La base de données {0} ne peut pas être ouverte ({1}).</translation>
    </message>
    <message>
        <location filename="../../desk/store/referrals.py" line="103"/>
        <source>De doorverwijzing is nog niet volledig: {0}</source>
        <translation>L'orientation n'est pas encore complète : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="172"/>
        <source>De gekozen sleutelbos ({0}) versleutelt de geheimen niet, of Desk kan niet nagaan of hij dat doet. Iemand met toegang tot deze computer kan ze mogelijk lezen. Vraag IT om een versleutelde sleutelbos te kiezen.</source>
        <translation>Le trousseau de clés choisi ({0}) ne chiffre pas les secrets, ou Desk ne peut pas vérifier s'il le fait. Une personne qui a accès à cet ordinateur pourrait les lire. Demandez au service informatique de choisir un trousseau de clés chiffré.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="190"/>
        <source>De klok van deze computer wijkt {0} seconden af van de centrale server. Vraag IT om datum en tijd na te kijken.</source>
        <translation>L'horloge de cet ordinateur diffère de {0} secondes de celle du serveur central. Demandez au service informatique de vérifier la date et l'heure.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="103"/>
        <source>De koppeling met het contact is ongeldig. Kies het contact opnieuw.</source>
        <translation>Le lien avec le contact n'est pas valide. Choisissez à nouveau le contact.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="73"/>
        <source>De medewerker ontbreekt.</source>
        <translation>L'agent n'est pas indiqué.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="94"/>
        <source>De partnerdienst „{0}” staat niet (meer) in de partnergids. Kies een andere dienst.</source>
        <translation>Le service partenaire « {0} » ne figure pas (ou plus) dans le répertoire des partenaires. Choisissez un autre service.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="135"/>
        <source>De profielmap {0} is alleen-lezen. Desk kan niets bewaren. Vraag de IT-dienst om schrijfrechten of stel DESK_HOME in op een andere map.</source>
        <translation>Le dossier de profil {0} est en lecture seule. Desk ne peut rien enregistrer. Demandez des droits d'écriture au service informatique ou réglez DESK_HOME sur un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="113"/>
        <source>De profielmap {0} kan niet worden aangemaakt ({1}). Vraag de IT-dienst om schrijfrechten of stel DESK_HOME in op een lokale map.</source>
        <translation>Le dossier de profil {0} ne peut pas être créé ({1}). Demandez des droits d'écriture au service informatique ou réglez DESK_HOME sur un dossier local.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="511"/>
        <source>De proxyserver weigert de verbinding met de centrale server. Vraag IT om de proxy-instelling na te kijken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Le serveur proxy refuse la connexion au serveur central. Demandez au service informatique de vérifier le réglage du proxy. Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="570"/>
        <source>De server aanvaardt geen gecomprimeerde gegevens.</source>
        <translation>Le serveur n'accepte pas les données compressées.</translation>
    </message>
    <message>
        <location filename="../../desk/store/referrals.py" line="445"/>
        <source>De sleutel in de sleutelbos is niet de sleutel waarmee de persoonsgegevens van de doorverwijzingen versleuteld zijn. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</source>
        <translation>La clé du trousseau de clés n'est pas celle avec laquelle les données personnelles des orientations ont été chiffrées. Contactez le service informatique ; d'ici là, ne faites que des orientations anonymes.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="160"/>
        <source>De sleutel voor persoonsgegevens in de sleutelbos is beschadigd. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</source>
        <translation>La clé des données personnelles dans le trousseau de clés est endommagée. Contactez le service informatique ; d'ici là, ne faites que des orientations anonymes.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="169"/>
        <source>De sleutel voor persoonsgegevens ontbreekt in de sleutelbos, terwijl er al versleutelde gegevens zijn. Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen.</source>
        <translation>La clé des données personnelles est absente du trousseau de clés, alors que des données chiffrées existent déjà. Contactez le service informatique ; d'ici là, ne faites que des orientations anonymes.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="212"/>
        <source>De sleutelbos is vergrendeld. Ontgrendel hem (meld u opnieuw aan op de computer of open de sleutelbos) en probeer opnieuw.</source>
        <translation>Le trousseau de clés est verrouillé. Déverrouillez-le (reconnectez-vous à l'ordinateur ou ouvrez le trousseau de clés) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="192"/>
        <source>De sleutelbos kon niet gestart worden. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>Le trousseau de clés n'a pas pu être démarré. Demandez au service informatique de configurer un trousseau de clés (sous Windows : le Gestionnaire d'identification ; sous Linux : le trousseau GNOME ou KWallet, ou choisissez-en un avec PYTHON_KEYRING_BACKEND ou keyringrc.cfg) et redémarrez Desk. D'ici là, Desk fonctionne sans connexion au service central et vous ne pouvez faire que des orientations anonymes.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="133"/>
        <source>De toestemming is onvolledig: de versie van de tekst, het tijdstip of de medewerker ontbreekt. Toon de toestemmingstekst opnieuw.</source>
        <translation>Le consentement est incomplet : la version du texte, le moment ou l'agent manque. Affichez à nouveau le texte de consentement.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="558"/>
        <source>De verbinding met de centrale server ({0}) mislukte. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>La connexion au serveur central ({0}) a échoué. Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="126"/>
        <source>De versie van de server werd hier zonder naam, contactgegevens en notities bewaard (de sleutel voor persoonsgegevens ontbrak toen). Hun versie nemen zou die gegevens wissen: houd uw versie of kies per veld.</source>
        <translation>La version du serveur a été conservée ici sans nom, coordonnées ni notes (la clé des données personnelles manquait alors). Prendre leur version effacerait ces données : gardez votre version ou choisissez champ par champ.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="76"/>
        <source>Desk kan geen geheimen veilig bewaren op deze computer. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>Desk ne peut pas conserver de secrets en sécurité sur cet ordinateur. Demandez au service informatique de configurer un trousseau de clés (sous Windows : le Gestionnaire d'identification ; sous Linux : le trousseau GNOME ou KWallet, ou choisissez-en un avec PYTHON_KEYRING_BACKEND ou keyringrc.cfg) et redémarrez Desk. D'ici là, Desk fonctionne sans connexion au service central et vous ne pouvez faire que des orientations anonymes.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="83"/>
        <source>Desk maakt geen verbinding met {0} via http://: dan zouden het logboek, doorverwijzingen met contactgegevens van burgers en de toestelsleutel onbeveiligd over het netwerk gaan. Gebruik het https://-adres van de centrale server; vraag het aan IT als u het niet kent. Er is niets verzonden en uw gegevens blijven bewaard op deze computer.</source>
        <translation>Desk ne se connecte pas à {0} par http:// : le journal, les orientations avec les coordonnées des citoyens et la clé de l'appareil passeraient sans protection sur le réseau. Utilisez l'adresse https:// du serveur central ; demandez-la au service informatique si vous ne la connaissez pas. Rien n'a été envoyé et vos données restent conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="589"/>
        <source>Deze versie van Desk is te oud voor de centrale server. Vraag IT om Desk bij te werken. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Cette version de Desk est trop ancienne pour le serveur central. Demandez au service informatique de mettre Desk à jour. Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="67"/>
        <source>Dit conflict is al opgelost.</source>
        <translation>Ce conflit est déjà résolu.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="161"/>
        <source>Dit e-mailadres is niet geldig. Voorbeeld: naam@voorbeeld.be.</source>
        <translation>Cette adresse e-mail n'est pas valide. Exemple : nom@exemple.be.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/enrollment.py" line="68"/>
        <source>Dit is een oefenprofiel: oefengegevens worden nooit naar de centrale server gestuurd. Synchroniseren en aanmelden kan alleen in een gewoon profiel.</source>
        <translation>Ceci est un profil d'exercice : les données d'exercice ne sont jamais envoyées au serveur central. La synchronisation et l'inscription ne sont possibles que dans un profil normal.</translation>
    </message>
    <message>
        <location filename="../../desk/store/conflicts.py" line="109"/>
        <location filename="../../desk/sync/resolve.py" line="104"/>
        <source>Dit record bestaat niet meer op deze computer.</source>
        <translation>Cet enregistrement n'existe plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="98"/>
        <source>Dit telefoonnummer is te kort.</source>
        <translation>Ce numéro de téléphone est trop court.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="91"/>
        <source>Dit telefoonnummer is te kort. Een Belgisch nummer heeft 9 of 10 cijfers.</source>
        <translation>Ce numéro de téléphone est trop court. Un numéro belge compte 9 ou 10 chiffres.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="100"/>
        <source>Dit telefoonnummer is te lang.</source>
        <translation>Ce numéro de téléphone est trop long.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="94"/>
        <source>Dit telefoonnummer is te lang. Een Belgisch nummer heeft 9 of 10 cijfers.</source>
        <translation>Ce numéro de téléphone est trop long. Un numéro belge compte 9 ou 10 chiffres.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="444"/>
        <source>Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan met een aanmeldcode van IT. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Cet appareil n'est pas encore inscrit auprès du serveur central. Inscrivez-le avec un code d'inscription du service informatique. Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/connect.py" line="21"/>
        <source>Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan via Bestand &gt; Aanmelden bij de centrale server, met de aanmeldcode van IT. Uw gegevens blijven bewaard op deze computer.</source>
        <translation>Cet appareil n'est pas encore inscrit auprès du serveur central. Inscrivez-le via Fichier &gt; S'inscrire auprès du serveur central, avec le code d'inscription reçu de l'IT. Vos données restent conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="151"/>
        <source>Een e-mailadres bevat geen spaties.</source>
        <translation>Une adresse e-mail ne contient pas d'espaces.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="154"/>
        <source>Een e-mailadres bevat precies één @, zoals naam@voorbeeld.be.</source>
        <translation>Une adresse e-mail contient exactement un @, comme nom@exemple.be.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="79"/>
        <source>Een telefoonnummer bevat alleen cijfers, spaties en eventueel + vooraan.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces et éventuellement un + au début.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="102"/>
        <source>Een versleuteld veld heeft een onbekend formaat.</source>
        <translation>Un champ chiffré a un format inconnu.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="109"/>
        <location filename="../../desk/store/crypto.py" line="112"/>
        <source>Een versleuteld veld is beschadigd.</source>
        <translation>Un champ chiffré est endommagé.</translation>
    </message>
    <message>
        <location filename="../../desk/store/crypto.py" line="117"/>
        <source>Een versleuteld veld kan niet gelezen worden: het is gewijzigd, hoort bij een ander record, of de sleutel in de sleutelbos is niet meer dezelfde.</source>
        <translation>Un champ chiffré ne peut pas être lu : il a été modifié, il appartient à un autre enregistrement, ou la clé dans le trousseau de clés n'est plus la même.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="407"/>
        <source>Een {0} van de server kon niet verwerkt worden (id {1}).</source>
        <translation>Un élément de type {0} reçu du serveur n'a pas pu être traité (id {1}).</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="121"/>
        <source>Er is geen bruikbare sleutelbos ({0}). Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>Aucun trousseau de clés utilisable ({0}). Demandez au service informatique de configurer un trousseau de clés (sous Windows : le Gestionnaire d'identification ; sous Linux : le trousseau GNOME ou KWallet, ou choisissez-en un avec PYTHON_KEYRING_BACKEND ou keyringrc.cfg) et redémarrez Desk. D'ici là, Desk fonctionne sans connexion au service central et vous ne pouvez faire que des orientations anonymes.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="140"/>
        <source>Er is geen bruikbare sleutelbos. Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; in Linux: GNOME-sleutelbos of KWallet, of kies er een met PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan werkt Desk zonder verbinding met de centrale dienst en kunt u alleen anonieme doorverwijzingen maken.</source>
        <translation>Aucun trousseau de clés utilisable. Demandez au service informatique de configurer un trousseau de clés (sous Windows : le Gestionnaire d'identification ; sous Linux : le trousseau GNOME ou KWallet, ou choisissez-en un avec PYTHON_KEYRING_BACKEND ou keyringrc.cfg) et redémarrez Desk. D'ici là, Desk fonctionne sans connexion au service central et vous ne pouvez faire que des orientations anonymes.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="316"/>
        <source>Er is geen centrale server ingesteld. Vul het adres in (server_url in de configuratie of --server) en meld dit toestel aan.</source>
        <translation>Aucun serveur central n'est configuré. Indiquez son adresse (server_url dans la configuration ou --server) et inscrivez cet appareil.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/letter.py" line="238"/>
        <source>Geen bruikbare brief in deze taal ({0}); de brief is in het Nederlands.</source>
        <translation>Pas de lettre utilisable dans cette langue ({0}) ; la lettre est en néerlandais.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/consent.py" line="179"/>
        <source>Geen bruikbare toestemmingstekst in deze taal ({0}); de Nederlandse tekst wordt getoond.</source>
        <translation>Pas de texte de consentement utilisable dans cette langue ({0}) ; le texte néerlandais est affiché.</translation>
    </message>
    <message>
        <location filename="../../desk/store/referrals.py" line="349"/>
        <source>Geen sleutel voor persoonsgegevens.</source>
        <translation>Pas de clé pour les données personnelles.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="165"/>
        <source>Geheimen staan versleuteld in {0}.</source>
        <translation>Les secrets sont conservés chiffrés dans {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="324"/>
        <source>Het adres van de centrale server is ongeldig: {0}. Gebruik de vorm https://server.voorbeeld.be</source>
        <translation>L'adresse du serveur central n'est pas valide : {0}. Utilisez la forme https://serveur.exemple.be</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="158"/>
        <source>Het deel vóór de @ is niet geldig.</source>
        <translation>La partie avant le @ n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="71"/>
        <source>Het kantoor ontbreekt. Kies een kantoor in de instellingen.</source>
        <translation>Le bureau n'est pas indiqué. Choisissez un bureau dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="75"/>
        <source>Kies de gemeente van de burger.</source>
        <translation>Choisissez la commune du citoyen.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="162"/>
        <source>Kies de taal van de burger.</source>
        <translation>Choisissez la langue du citoyen.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="92"/>
        <source>Kies een partnerdienst.</source>
        <translation>Choisissez un service partenaire.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="142"/>
        <source>Kies hoe de partner de burger mag contacteren, of „niet contacteren: ik ga zelf”.</source>
        <translation>Choisissez comment le partenaire peut contacter le citoyen, ou « Ne me contactez pas ; j'y vais moi-même ».</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="89"/>
        <source>Kies hoe dringend het is: niet dringend, normaal of dringend.</source>
        <translation>Indiquez l'urgence : pas urgent, normal ou urgent.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="80"/>
        <source>Kies minstens één nood.</source>
        <translation>Choisissez au moins un besoin.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="84"/>
        <source>Na +32 komt geen 0 meer: schrijf +32 56 12 34 56.</source>
        <translation>Pas de 0 après +32 : écrivez +32 56 12 34 56.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="146"/>
        <source>Onbekend contactkanaal „{0}”.</source>
        <translation>Moyen de contact inconnu « {0} ».</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="87"/>
        <source>Onbekende drempel: {0}.</source>
        <translation>Obstacle inconnu : {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="77"/>
        <source>Onbekende gemeente „{0}”.</source>
        <translation>Commune inconnue « {0} ».</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="84"/>
        <source>Onbekende nood: {0}.</source>
        <translation>Besoin inconnu : {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="255"/>
        <location filename="../../desk/sync/resolve.py" line="321"/>
        <source>Onbekende velden: {0}</source>
        <translation>Champs inconnus : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="373"/>
        <source>Ontvangen</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../desk/sync/resolve.py" line="248"/>
        <location filename="../../desk/sync/resolve.py" line="317"/>
        <source>Per veld kiezen kan niet: een van beide versies is verwijderd.</source>
        <translation>Impossible de choisir champ par champ : l'une des deux versions a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="48"/>
        <source>Secret Service (GNOME-sleutelbos of KWallet)</source>
        <translation>Secret Service (trousseau GNOME ou KWallet)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="155"/>
        <source>Synchronisatie geannuleerd. Uw gegevens blijven bewaard op deze computer en worden later verzonden.</source>
        <translation>Synchronisation annulée. Vos données restent conservées sur cet ordinateur et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/sync/stats_client.py" line="48"/>
        <source>U hebt geen rechten om deze regionale cijfers te lezen: alleen een toestel met de rol 'reviewer' of van het datateam ziet de cijfers van andere organisaties. Vraag de beheerder om de juiste rol. De cijfers van dit loket (lokale bron) blijven beschikbaar.</source>
        <translation>Vous n'avez pas le droit de lire ces chiffres régionaux : seul un appareil avec le rôle 'reviewer' ou de l'équipe de données voit les chiffres d'autres organisations. Demandez le bon rôle à l'administrateur. Les chiffres de ce guichet (source locale) restent disponibles.</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="75"/>
        <source>UNC-pad</source>
        <translation>chemin UNC</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="216"/>
        <location filename="../../desk/sync/engine.py" line="239"/>
        <source>Verzenden</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="139"/>
        <source>Vul de naam van de burger in.</source>
        <translation>Indiquez le nom du citoyen.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="149"/>
        <source>Vul een e-mailadres in.</source>
        <translation>Indiquez une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="160"/>
        <source>Vul een e-mailadres in: de burger wil een e-mail krijgen.</source>
        <translation>Indiquez une adresse e-mail : le citoyen souhaite recevoir un e-mail.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/contact.py" line="62"/>
        <source>Vul een telefoonnummer in.</source>
        <translation>Indiquez un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="152"/>
        <source>Vul een telefoonnummer in: de burger wil gebeld of ge-sms't worden.</source>
        <translation>Indiquez un numéro de téléphone : le citoyen souhaite être appelé ou recevoir un SMS.</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="52"/>
        <source>Windows Referentiebeheer</source>
        <translation>Gestionnaire d'identification Windows</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="45"/>
        <source>Zonder toestemming kunt u geen notities bewaren: ze kunnen persoonsgegevens bevatten. Vraag toestemming of wis de notities.</source>
        <translation>Sans consentement, vous ne pouvez pas enregistrer de notes : elles peuvent contenir des données personnelles. Demandez le consentement ou effacez les notes.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/referrals/validation.py" line="41"/>
        <source>Zonder toestemming mag u geen naam of contactgegevens bewaren. Vraag toestemming, of maak een anonieme doorverwijzing en wis deze gegevens.</source>
        <translation>Sans consentement, vous ne pouvez pas enregistrer de nom ni de coordonnées. Demandez le consentement, ou faites une orientation anonyme et effacez ces données.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="409"/>
        <source>alleen toegelaten bij een opvolging met datum</source>
        <translation>autorisé uniquement pour un suivi avec une date</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="118"/>
        <source>beschrijf kort wat er niet klopt aan deze stap</source>
        <translation>décrivez brièvement ce qui n'est pas correct dans cette étape</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="89"/>
        <source>bestandssysteem {0}</source>
        <translation>système de fichiers {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="102"/>
        <source>bevat een adres; schrijf geen adressen van burgers</source>
        <translation>contient une adresse ; n'écrivez pas d'adresses de citoyens</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="94"/>
        <source>bevat een e-mailadres; schrijf geen persoonsgegevens (noem de dienst of de website)</source>
        <translation>contient une adresse e-mail ; n'écrivez pas de données personnelles (citez le service ou le site web)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="104"/>
        <source>bevat een geboortedatum; schrijf geen persoonsgegevens</source>
        <translation>contient une date de naissance ; n'écrivez pas de données personnelles</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="97"/>
        <source>bevat een gsm-, rijksregister- of rekeningnummer; schrijf geen nummers van burgers</source>
        <translation>contient un numéro de GSM, de registre national ou de compte ; n'écrivez pas de numéros de citoyens</translation>
    </message>
    <message>
        <location filename="../../desk/domain/guide_reports.py" line="100"/>
        <source>bevat een naam; schrijf geen namen van burgers</source>
        <translation>contient un nom ; n'écrivez pas de noms de citoyens</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="154"/>
        <location filename="../../desk/domain/cases.py" line="259"/>
        <source>bevat onzichtbare of stuurtekens ({0}); typ de tekst opnieuw</source>
        <translation>contient des caractères invisibles ou de contrôle ({0}) ; retapez le texte</translation>
    </message>
    <message>
        <location filename="../../desk/sync/client.py" line="615"/>
        <source>geen reden</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="189"/>
        <source>geen sleutelbos</source>
        <translation>pas de trousseau de clés</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="61"/>
        <location filename="../../desk/secrets.py" line="137"/>
        <source>geen sleutelbos gevonden</source>
        <translation>aucun trousseau de clés trouvé</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="391"/>
        <source>hoogstens {0} minuten</source>
        <translation>{0} minutes au maximum</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="331"/>
        <source>hoogstens {0} onderwerpen</source>
        <translation>{0} sujets au maximum</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="411"/>
        <source>hoogstens {0} tekens</source>
        <translation>{0} caractères au maximum</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="157"/>
        <source>hoogstens {0} tekens ({1} nu)</source>
        <translation>{0} caractères au maximum ({1} actuellement)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="375"/>
        <source>is geen geldige doorverwijzing</source>
        <translation>n'est pas une orientation valide</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="389"/>
        <source>kan niet negatief zijn</source>
        <translation>ne peut pas être négative</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="290"/>
        <source>kies een kantoor</source>
        <translation>choisissez un bureau</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="342"/>
        <source>kies een uitkomst</source>
        <translation>choisissez un résultat</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="321"/>
        <source>kies minstens één onderwerp</source>
        <translation>choisissez au moins un sujet</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="350"/>
        <source>kies waarom het niet mogelijk was</source>
        <translation>indiquez pourquoi ce n'était pas possible</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="283"/>
        <source>ligt in de toekomst</source>
        <translation>est dans le futur</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="367"/>
        <source>ligt meer dan een jaar later</source>
        <translation>est plus d'un an plus tard</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="285"/>
        <source>ligt te ver in het verleden</source>
        <translation>est trop loin dans le passé</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="365"/>
        <source>ligt vóór de datum van het contact</source>
        <translation>est antérieure à la date du contact</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="53"/>
        <source>macOS-sleutelhanger</source>
        <translation>trousseau macOS</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="298"/>
        <source>mag hoogstens {0} tekens lang zijn</source>
        <translation>ne peut pas dépasser {0} caractères</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="292"/>
        <source>moet een kantoorcode zijn (kleine letters, cijfers, '-')</source>
        <translation>doit être un code de bureau (minuscules, chiffres, « - »)</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py" line="81"/>
        <source>netwerkstation {0}</source>
        <translation>lecteur réseau {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="301"/>
        <source>onbekend kanaal '{0}'</source>
        <translation>canal inconnu « {0} »</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="329"/>
        <source>onbekend onderwerp: gids {0}</source>
        <translation>sujet inconnu : guide {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="327"/>
        <source>onbekend onderwerp: {0}</source>
        <translation>sujet inconnu : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="323"/>
        <source>onbekend onderwerp: {0}; gids {1}</source>
        <translation>sujet inconnu : {0} ; guide {1}</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="397"/>
        <source>onbekende feedback '{0}'</source>
        <translation>avis inconnu « {0} »</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="394"/>
        <source>onbekende inschatting '{0}'</source>
        <translation>évaluation inconnue « {0} »</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="352"/>
        <source>onbekende reden '{0}'</source>
        <translation>raison inconnue « {0} »</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="344"/>
        <source>onbekende uitkomst '{0}'</source>
        <translation>résultat inconnu « {0} »</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="422"/>
        <source>ongeldige waarde voor '{0}'</source>
        <translation>valeur non valide pour '{0}'</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="62"/>
        <source>sleutelbos uitgeschakeld (null-backend)</source>
        <translation>trousseau de clés désactivé (backend null)</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="169"/>
        <source>sleutelbos {0}</source>
        <translation>trousseau de clés {0}</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="54"/>
        <source>versleuteld bestand (keyrings.alt)</source>
        <translation>fichier chiffré (keyrings.alt)</translation>
    </message>
    <message>
        <location filename="../../desk/secrets.py" line="55"/>
        <source>versleuteld bestand (keyrings.cryptfile)</source>
        <translation>fichier chiffré (keyrings.cryptfile)</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="369"/>
        <source>vul de datum van de opvolging in</source>
        <translation>indiquez la date du suivi</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="381"/>
        <source>vul de duur in minuten in</source>
        <translation>indiquez la durée en minutes</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="296"/>
        <source>vul uw korte naam in (Instellingen)</source>
        <translation>indiquez votre nom court (Paramètres)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/enrollment.py" line="102"/>
        <source>{0} De aanmeldcode is al gebruikt: vraag IT daarna een nieuwe code.</source>
        <translation>{0} Le code d'inscription a déjà été utilisé : demandez ensuite un nouveau code au service informatique.</translation>
    </message>
    <message>
        <location filename="../../desk/domain/formats.py" line="80"/>
        <source>{0} bestaat niet als datum</source>
        <translation>la date {0} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../desk/domain/cases.py" line="172"/>
        <source>{0} bestaat niet als uur</source>
        <translation>l'heure {0} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="108"/>
        <source>{0} conflict(en)</source>
        <translation>{0} conflit(s)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="106"/>
        <source>{0} geweigerd</source>
        <translation>{0} refusé(s)</translation>
    </message>
    <message>
        <source>{0} in quarantaine</source>
        <translation type="vanished">{0} en quarantaine</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="109"/>
        <source>{0} in wachtrij</source>
        <translation>{0} en attente</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="104"/>
        <source>{0} ontvangen</source>
        <translation>{0} reçu(s)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="103"/>
        <source>{0} verzonden</source>
        <translation>{0} envoyé(s)</translation>
    </message>
    <message>
        <location filename="../../desk/sync/engine.py" line="111"/>
        <source>{0} wachten op een oplossing (Synchronisatieproblemen)</source>
        <translation>{0} en attente d'une solution (Problèmes de synchronisation)</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="349"/>
        <source>{0}: 'locked' noemt een onbekende sleutel '{1}'</source>
        <translation>{0} : 'locked' cite une clé inconnue '{1}'</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="311"/>
        <source>{0}: '{1}' kan alleen in de machineconfiguratie worden ingesteld</source>
        <translation>{0} : '{1}' ne peut être réglé que dans la configuration de la machine</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="157"/>
        <source>{0}: '{1}' mag alleen kleine letters, cijfers en '-' bevatten; standaardwaarde gebruikt</source>
        <translation>{0} : '{1}' ne peut contenir que des minuscules, des chiffres et '-' ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="116"/>
        <source>{0}: '{1}' moet een adres zijn dat begint met https:// (http:// alleen voor een server op deze computer); standaardwaarde gebruikt</source>
        <translation>{0} : '{1}' doit être une adresse qui commence par https:// (http:// seulement pour un serveur sur cet ordinateur) ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="204"/>
        <source>{0}: '{1}' moet een geheel getal zijn; standaardwaarde gebruikt</source>
        <translation>{0} : '{1}' doit être un nombre entier ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="200"/>
        <source>{0}: '{1}' moet een lijst van teksten zijn; standaardwaarde gebruikt</source>
        <translation>{0} : '{1}' doit être une liste de textes ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="198"/>
        <source>{0}: '{1}' moet een tekst zijn; standaardwaarde gebruikt</source>
        <translation>{0} : '{1}' doit être un texte ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="205"/>
        <source>{0}: '{1}' moet een true of false zijn; standaardwaarde gebruikt</source>
        <translation>{0} : '{1}' doit valoir true ou false ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="180"/>
        <source>{0}: '{1}' moet kantoorcodes bevatten zoals kortrijk-stadhuis (kleine letters, cijfers, '-' of '_'), geen namen; standaardwaarde gebruikt</source>
        <translation>{0} : « {1} » doit contenir des codes de bureau comme kortrijk-stadhuis (minuscules, chiffres, « - » ou « _ »), pas des noms ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="147"/>
        <source>{0}: '{1}' moet nl, fr of en zijn; standaardwaarde gebruikt</source>
        <translation>{0} : '{1}' doit valoir nl, fr ou en ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="133"/>
        <source>{0}: '{1}' moet tussen {2} en {3} liggen; standaardwaarde gebruikt</source>
        <translation>{0} : '{1}' doit être compris entre {2} et {3} ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="429"/>
        <source>{0}: bevat fouten; los die eerst op, Desk overschrijft het bestand niet</source>
        <translation>{0} : contient des erreurs ; corrigez-les d'abord, Desk n'écrase pas le fichier</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="259"/>
        <source>{0}: het bestand is geen geldige UTF-8-tekst; standaardwaarden gebruikt</source>
        <translation>{0} : le fichier n'est pas un texte UTF-8 valide ; valeurs par défaut utilisées</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="270"/>
        <source>{0}: kan het bestand niet lezen ({1})</source>
        <translation>{0} : impossible de lire le fichier ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="301"/>
        <source>{0}: onbekende sleutel '{1}' wordt genegeerd</source>
        <translation>{0} : la clé inconnue '{1}' est ignorée</translation>
    </message>
    <message>
        <location filename="../../desk/config.py" line="281"/>
        <source>{0}: ongeldige TOML ({1}); de instellingen uit dit bestand worden niet gebruikt</source>
        <translation>{0} : TOML non valide ({1}) ; les paramètres de ce fichier ne sont pas utilisés</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desk/ui/notices.py" line="24"/>
        <source>Let op:</source>
        <translation>Attention :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/notices.py" line="31"/>
        <source>Melding sluiten</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../../desk/ui/notices.py" line="30"/>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="393"/>
        <source>&amp;Niet mogelijk</source>
        <translation>Pas po&amp;ssible</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="402"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="416"/>
        <source>Be&amp;vestigen</source>
        <translation>Confir&amp;mer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="417"/>
        <source>Einde bevestigen</source>
        <translation>Confirmer la fin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="392"/>
        <source>Ge&amp;lukt: het doel is bereikt</source>
        <translation>&amp;Réussi : l'objectif est atteint</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="394"/>
        <source>Ge&amp;stopt (bijvoorbeeld: de burger komt later terug)</source>
        <translation>Arrê&amp;té (par exemple : le citoyen reviendra plus tard)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="389"/>
        <source>Hoe is de gids afgelopen?</source>
        <translation>Comment le guide s'est-il terminé ?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="404"/>
        <source>Reden waarom het niet mogelijk is</source>
        <translation>Raison pour laquelle ce n'est pas possible</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="418"/>
        <source>Terug naar de st&amp;ap</source>
        <translation>R&amp;etour à l'étape</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="419"/>
        <source>Terug naar de stap</source>
        <translation>Retour à l'étape</translation>
    </message>
</context>
<context>
    <name>PrestartPanel</name>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="99"/>
        <source>&amp;Start de gids</source>
        <translation>&amp;Démarrer le guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="152"/>
        <source>Alles is aangevinkt.</source>
        <translation>Tout est coché.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="93"/>
        <source>Controleer eerst</source>
        <translation>Vérifiez d'abord</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="121"/>
        <source>Duurt ongeveer {0} minuten.</source>
        <translation>Dure environ {0} minutes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/guides/runner_panels.py" line="149"/>
        <source>Nog %n punten niet aangevinkt. U kunt toch starten.</source>
        <translation>
            <numerusform>Encore %n point non coché. Vous pouvez quand même commencer.</numerusform>
            <numerusform>Encore %n points non cochés. Vous pouvez quand même commencer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nog {0} punt(en) niet aangevinkt. U kunt toch starten.</source>
        <translation type="vanished">Encore {0} point(s) non coché(s). Vous pouvez quand même démarrer.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="112"/>
        <location filename="../../desk/ui/guides/runner_panels.py" line="142"/>
        <source>Officiële bronnen</source>
        <translation>Sources officielles</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="100"/>
        <source>Start de gids</source>
        <translation>Démarrer le guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="90"/>
        <source>Wat moet de burger meebrengen?</source>
        <translation>Que doit apporter le citoyen ?</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="58"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="60"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="81"/>
        <source>Blad {0} van {1}</source>
        <translation>Feuille {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="56"/>
        <source>V&amp;olgend blad »</source>
        <translation>Feuille sui&amp;vante »</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="48"/>
        <source>Voorbeeld van de afdruk</source>
        <translation>Aperçu de l'impression</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/preview.py" line="55"/>
        <source>« &amp;Vorig blad</source>
        <translation>« Feuille &amp;précédente</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/quick_log.py" line="470"/>
        <source>%n stappen</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="629"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="298"/>
        <source>&amp;Bewaren en doorverwijzen</source>
        <translation>Enregistrer et o&amp;rienter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="232"/>
        <source>&amp;Contactreferentie</source>
        <translation>Référence de &amp;contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="221"/>
        <source>&amp;Duur (min)</source>
        <translation>&amp;Durée (min)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="267"/>
        <source>&amp;Feedback</source>
        <translation>&amp;Avis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="239"/>
        <source>&amp;Kanaal</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="250"/>
        <source>&amp;Medewerker</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="630"/>
        <source>&amp;Niet bewaren</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="206"/>
        <source>&amp;Onderwerp</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="226"/>
        <source>&amp;Reden</source>
        <translation>Rais&amp;on</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="260"/>
        <source>&amp;Vaardigheid</source>
        <translation>Com&amp;pétence</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="631"/>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Continuer à remplir</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="304"/>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="303"/>
        <source>Annuleren (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="293"/>
        <source>Bewaren (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
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
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="299"/>
        <source>Contact bewaren en een doorverwijzing maken</source>
        <translation>Enregistrer le contact et faire une orientation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="134"/>
        <source>Contact bewerken</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="134"/>
        <source>Contact loggen</source>
        <translation>Enregistrer un contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="625"/>
        <location filename="../../desk/ui/cases/quick_log.py" line="634"/>
        <source>Contact niet bewaard</source>
        <translation>Contact non enregistré</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="230"/>
        <source>Contactreferentie voor de opvolging</source>
        <translation>Référence de contact pour le suivi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="246"/>
        <source>D&amp;atum</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="245"/>
        <source>Datum van het contact</source>
        <translation>Date du contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="235"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="259"/>
        <source>Digitale vaardigheid</source>
        <translation>Compétence numérique</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="624"/>
        <source>Dit contact is nog niet bewaard. Wat wilt u doen?</source>
        <translation>Ce contact n'est pas encore enregistré. Que voulez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="220"/>
        <source>Duur in minuten</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="266"/>
        <source>Feedback burger</source>
        <translation>Avis du citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="280"/>
        <source>Fout bij notities</source>
        <translation>Erreur dans les notes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="180"/>
        <source>Fout bij {0}</source>
        <translation>Erreur dans {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="523"/>
        <source>Fout: {0}</source>
        <translation>Erreur : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="196"/>
        <source>Gegevens uit de gids</source>
        <translation>Données du guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="474"/>
        <source>Gestopt bij stap &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Arrêté à l'étape &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="426"/>
        <source>Gids: {0}</source>
        <translation>Guide : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="208"/>
        <source>Gidsen en extra onderwerpen</source>
        <translation>Guides et sujets supplémentaires</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="210"/>
        <source>Gidsen, &amp;extra</source>
        <translation>Guides, &amp;extra</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="336"/>
        <source>Het kantoor wordt ook uw instelling (Bestand → Instellingen).</source>
        <translation>Le bureau devient aussi votre paramètre (Fichier → Paramètres).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="244"/>
        <source>Kan&amp;toor</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="238"/>
        <source>Kanaal</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="241"/>
        <source>Kantoor</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="477"/>
        <source>Kies de uitkomst.</source>
        <translation>Choisissez le résultat.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="479"/>
        <source>Kijk de uitkomst na en bewaar.</source>
        <translation>Vérifiez le résultat et enregistrez.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="249"/>
        <source>Medewerker (korte naam)</source>
        <translation>Agent (nom court)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/cases/quick_log.py" line="529"/>
        <source>Niet bewaard: %n velden kloppen niet. Verbeter ze en druk op Enter.</source>
        <translation>
            <numerusform>Non enregistré : %n champ n'est pas correct. Corrigez-le et appuyez sur Entrée.</numerusform>
            <numerusform>Non enregistré : %n champs ne sont pas corrects. Corrigez-les et appuyez sur Entrée.</numerusform>
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
        <translation>Notes (pas de noms ni de numéros de registre national)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="228"/>
        <source>O&amp;pvolgen op</source>
        <translation>Su&amp;ivi le</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="205"/>
        <source>Onderwerp</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="358"/>
        <source>Onthouden als uw instelling: {0}. Wijzigen kan in Bestand → Instellingen.</source>
        <translation>Retenu comme votre paramètre : {0}. Vous pouvez le modifier dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="227"/>
        <source>Opvolgdatum</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="225"/>
        <source>Reden niet mogelijk</source>
        <translation>Raison de l'impossibilité</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="287"/>
        <source>Samenvatting van de fouten</source>
        <translation>Résumé des erreurs</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="263"/>
        <source>Taa&amp;l</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="262"/>
        <source>Taal</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="219"/>
        <source>U&amp;itkomst</source>
        <translation>R&amp;ésultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="248"/>
        <source>U&amp;ur</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="468"/>
        <source>Uit de gids &lt;b&gt;{0}&lt;/b&gt;: {1}, {2} min.</source>
        <translation>Du guide &lt;b&gt;{0}&lt;/b&gt; : {1}, {2} min.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="218"/>
        <source>Uitkomst</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="247"/>
        <source>Uur van het contact</source>
        <translation>Heure du contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="331"/>
        <source>Uw korte naam en het kantoor worden ook uw instellingen (Bestand → Instellingen).</source>
        <translation>Votre nom court et le bureau deviennent aussi vos paramètres (Fichier → Paramètres).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="334"/>
        <source>Uw korte naam wordt ook uw instelling (Bestand → Instellingen).</source>
        <translation>Votre nom court devient aussi votre paramètre (Fichier → Paramètres).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="622"/>
        <source>Uw wijzigingen aan dit contact zijn nog niet bewaard. Wat wilt u doen?</source>
        <translation>Vos modifications de ce contact ne sont pas encore enregistrées. Que voulez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="254"/>
        <source>Wordt onthouden</source>
        <translation>Sera retenu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="231"/>
        <source>alleen voor de opvolging; wordt later gewist</source>
        <translation>uniquement pour le suivi ; effacé plus tard</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="227"/>
        <location filename="../../desk/ui/cases/quick_log.py" line="245"/>
        <source>dd-mm-jjjj</source>
        <translation>jj-mm-aaaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="209"/>
        <source>gescheiden door ; (bv. Belastingen; Pensioen)</source>
        <translation>séparés par ; (p. ex. Impôts; Pension)</translation>
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
        <translation>— pas d'évaluation —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="265"/>
        <source>— geen —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="204"/>
        <source>— kies een onderwerp —</source>
        <translation>— choisissez un sujet —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="222"/>
        <source>— kies een reden —</source>
        <translation>— choisissez une raison —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/quick_log.py" line="213"/>
        <source>— kies een uitkomst —</source>
        <translation>— choisissez un résultat —</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="259"/>
        <source>&amp;Beschikbaar:</source>
        <translation>&amp;Disponible :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="250"/>
        <source>&amp;Contact via:</source>
        <translation>Contact &amp;par :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="298"/>
        <source>&amp;Dringend:</source>
        <translation>&amp;Urgence :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="256"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation type="vanished">Co&amp;mmune :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="303"/>
        <source>&amp;Koppel aan contact:</source>
        <translation>&amp;Lier au contact :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="245"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="338"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="253"/>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="314"/>
        <source>&amp;Voorgestelde diensten (beste eerst):</source>
        <translation>&amp;Services proposés (le meilleur d'abord) :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="300"/>
        <source>(geen koppeling)</source>
        <translation>(pas de lien)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="640"/>
        <source>Adres: {0}, {1}, {2} {3}</source>
        <translation>Adresse : {0}, {1}, {2} {3}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="720"/>
        <source>Automatisch bewaard om {0}.</source>
        <translation>Enregistré automatiquement à {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="726"/>
        <source>Automatisch bewaren lukte niet. Bewaar het concept.</source>
        <translation>L'enregistrement automatique a échoué. Enregistrez le brouillon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="334"/>
        <source>Bewaarstatus</source>
        <translation>État de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="198"/>
        <source>Burger</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="229"/>
        <source>De burger geeft toestemming</source>
        <translation>Le citoyen donne son consentement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="228"/>
        <source>De burger heeft de tekst gelezen of gehoord en &amp;geeft toestemming</source>
        <translation>Le citoyen a lu ou entendu le texte et donne son &amp;consentement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="577"/>
        <source>De partnergids kon niet geladen worden. U kunt het concept wel bewaren.</source>
        <translation>Le répertoire des partenaires n'a pas pu être chargé. Vous pouvez quand même enregistrer le brouillon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="529"/>
        <source>De toestemmingstekst kan niet getoond worden ({0}). Alleen een anonieme doorverwijzing is mogelijk; meld dit aan IT.</source>
        <translation>Le texte de consentement ne peut pas être affiché ({0}). Seule une orientation anonyme est possible ; signalez-le au service informatique.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="145"/>
        <source>Doorverwijzing</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="289"/>
        <source>Drempel: {0}</source>
        <translation>Obstacle : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="862"/>
        <source>Een doorverwijzing die niet bewaard was, is hersteld ({0}).</source>
        <translation>Une orientation qui n'avait pas été enregistrée a été récupérée ({0}).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="146"/>
        <source>Formulier doorverwijzing</source>
        <translation>Formulaire d'orientation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="682"/>
        <source>Fout: {0}</source>
        <translation>Erreur : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="204"/>
        <source>Ge&amp;meente:</source>
        <translation>Co&amp;mmune :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="624"/>
        <source>Geen dienst in de partnergids helpt met deze noden. Toon alle diensten om zelf te kiezen.</source>
        <translation>Aucun service du répertoire des partenaires ne répond à ces besoins. Affichez tous les services pour choisir vous-même.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="573"/>
        <source>Geen toestemming: anonieme doorverwijzing.</source>
        <translation>Pas de consentement : orientation anonyme.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="481"/>
        <source>Hersteld concept.</source>
        <translation>Brouillon récupéré.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="478"/>
        <source>Hersteld concept: naam en contactgegevens konden niet gelezen worden (sleutel ontbreekt).</source>
        <translation>Brouillon récupéré : le nom et les coordonnées n'ont pas pu être lus (clé manquante).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="401"/>
        <source>Het gekoppelde contact</source>
        <translation>Le contact lié</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="621"/>
        <source>Kies eerst wat de burger nodig heeft: dan stelt Desk een partnerdienst voor.</source>
        <translation>Choisissez d'abord ce dont le citoyen a besoin : Desk propose alors un service partenaire.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="644"/>
        <source>Komt aan huis of werkt op afspraak.</source>
        <translation>Se déplace à domicile ou travaille sur rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="645"/>
        <source>Kosten: {0}</source>
        <translation>Coût : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="541"/>
        <source>Let op: er is geen toestemmingstekst in de taal van de burger. De Nederlandse tekst wordt getoond; leg hem uit of laat hem vertalen.</source>
        <translation>Attention : il n'y a pas de texte de consentement dans la langue du citoyen. Le texte néerlandais est affiché ; expliquez-le ou faites-le traduire.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="263"/>
        <source>N&amp;otities:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="238"/>
        <source>Naam en contact (alleen met toestemming)</source>
        <translation>Nom et coordonnées (uniquement avec consentement)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="278"/>
        <source>Nood: {0}</source>
        <translation>Besoin : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="336"/>
        <source>Opslaan a&amp;ls concept</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="308"/>
        <source>Partnerdienst</source>
        <translation>Service partenaire</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="317"/>
        <source>Partnerdiensten</source>
        <translation>Services partenaires</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="557"/>
        <source>Persoonsgegevens zijn uitgeschakeld: {0}</source>
        <translation>Les données personnelles sont désactivées : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="208"/>
        <source>T&amp;aal van de burger:</source>
        <translation>L&amp;angue du citoyen :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="212"/>
        <source>Toestemming</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="568"/>
        <source>Toestemming geregistreerd: tekst {0} ({1}), {2}, door {3}.</source>
        <translation>Consentement enregistré : texte {0} ({1}), {2}, par {3}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="223"/>
        <source>Toestemmingstekst</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="321"/>
        <source>Toon alle diensten uit de &amp;partnergids</source>
        <translation>Afficher tous les services du répertoire des partenai&amp;res</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="214"/>
        <source>Toon of lees deze tekst aan de burger. Zonder toestemming is alleen een anonieme doorverwijzing mogelijk.</source>
        <translation>Montrez ou lisez ce texte au citoyen. Sans consentement, seule une orientation anonyme est possible.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="337"/>
        <source>Verst&amp;uren</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="342"/>
        <source>Versturen (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="269"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="283"/>
        <source>Wat maakt het nu moeilijk?</source>
        <translation>Qu'est-ce qui rend les choses difficiles ?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="271"/>
        <source>Wat wil de burger leren of krijgen? (meerdere mogelijk)</source>
        <translation>Que veut apprendre ou obtenir le citoyen ? (plusieurs choix possibles)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="560"/>
        <source>Zonder toestemming blijven naam, contactgegevens en notities leeg: dit wordt een anonieme doorverwijzing. De burger krijgt wel een brief met het adres van de partner.</source>
        <translation>Sans consentement, le nom, les coordonnées et les notes restent vides : ce sera une orientation anonyme. Le citoyen reçoit quand même une lettre avec l'adresse du partenaire.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="592"/>
        <source>aan huis</source>
        <translation>à domicile</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="258"/>
        <source>bv. dinsdagvoormiddag, na 16 uur</source>
        <translation>p.ex. mardi matin, après 16 h</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="93"/>
        <source>elders in de regio</source>
        <translation>ailleurs dans la région</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="646"/>
        <source>gratis</source>
        <translation>gratuit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/referrals/form.py" line="88"/>
        <source>helpt bij %n van de {0} noden</source>
        <translation>
            <numerusform>aide pour %n des {0} besoins</numerusform>
            <numerusform>aide pour %n des {0} besoins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="86"/>
        <source>helpt bij alles wat gevraagd is</source>
        <translation>aide pour tout ce qui est demandé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="92"/>
        <source>in de buurt of voor de hele regio</source>
        <translation>à proximité ou pour toute la région</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="91"/>
        <source>in de eigen gemeente</source>
        <translation>dans la commune même</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="255"/>
        <source>naam@voorbeeld.be</source>
        <translation>nom@exemple.be</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="863"/>
        <source>nog zonder noden</source>
        <translation>pas encore de besoins</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="595"/>
        <source>{0}  [voorgesteld]</source>
        <translation>{0}  [proposé]</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="611"/>
        <source>{0} (staat niet meer in de partnergids)</source>
        <translation>{0} (ne figure plus dans le répertoire des partenaires)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="201"/>
        <source>— kies een gemeente —</source>
        <translation>— choisissez une commune —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/form.py" line="247"/>
        <source>— kies hoe de partner contact opneemt —</source>
        <translation>— choisissez comment le partenaire prend contact —</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="223"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="224"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="179"/>
        <source>&amp;Taal van de brief:</source>
        <translation>&amp;Langue de la lettre :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="294"/>
        <source>Afdrukken is op deze computer niet mogelijk; bewaar de brief als PDF en druk die af.</source>
        <translation>L'impression n'est pas possible sur cet ordinateur ; enregistrez la lettre en PDF et imprimez celui-ci.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="222"/>
        <source>Bewaren als &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="280"/>
        <source>Brief</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="301"/>
        <source>Brief afdrukken</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="260"/>
        <source>Brief bewaren</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="168"/>
        <location filename="../../desk/ui/referrals/letter.py" line="169"/>
        <source>Brief voor de burger</source>
        <translation>Lettre pour le citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="276"/>
        <source>De brief is niet bewaard: {0}</source>
        <translation>La lettre n'est pas enregistrée : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="152"/>
        <source>De brief kon niet worden bewaard in {0}. Kies een andere map.</source>
        <translation>La lettre n'a pas pu être enregistrée dans {0}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="243"/>
        <source>De gekozen partnerdienst staat niet in de partnergids: er kan geen brief gemaakt worden.</source>
        <translation>Le service partenaire choisi ne figure pas dans le répertoire des partenaires : aucune lettre ne peut être créée.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="205"/>
        <source>Let op: deze doorverwijzing is nog niet verstuurd (Klaar om te versturen). De partner weet er nog niets van tot deze computer met de centrale server verbonden is. Zeg dat aan de burger, of geef de brief pas mee als de doorverwijzing verstuurd is.</source>
        <translation>Attention : cette orientation n'est pas encore envoyée (Prête à envoyer). Le partenaire n'en sait rien tant que cet ordinateur n'est pas connecté au serveur central. Dites-le au citoyen, ou ne donnez la lettre qu'une fois l'orientation envoyée.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="201"/>
        <source>Let op: dit is een concept. De doorverwijzing is nog niet verstuurd en de partner weet er nog niets van.</source>
        <translation>Attention : ceci est un brouillon. L'orientation n'est pas encore envoyée et le partenaire n'en sait rien.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="197"/>
        <source>Let op: dit is een oefenprofiel. Deze doorverwijzing wordt nooit verstuurd; geef deze brief niet aan een burger.</source>
        <translation>Attention : ceci est un profil d'exercice. Cette orientation ne sera jamais envoyée ; ne donnez pas cette lettre à un citoyen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="188"/>
        <source>Let op: er is geen brief in de taal van de burger; kies een taal die de burger kan lezen.</source>
        <translation>Attention : il n'y a pas de lettre dans la langue du citoyen ; choisissez une langue qu'il peut lire.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="261"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="214"/>
        <source>Voorbeeld van de brief</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/letter.py" line="88"/>
        <source>uw gemeente</source>
        <translation>votre commune</translation>
    </message>
</context>
<context>
    <name>ReferralListModel</name>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="152"/>
        <source>(naam vergrendeld)</source>
        <translation>(nom verrouillé)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="115"/>
        <source>(nog geen dienst)</source>
        <translation>(pas encore de service)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Aangemaakt</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="51"/>
        <source>Burger</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Gemeente</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="51"/>
        <source>Opvolgen vanaf</source>
        <translation>Suivi à partir du</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Partnerdienst</source>
        <translation>Service partenaire</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="50"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="51"/>
        <source>Verzending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="151"/>
        <source>anoniem</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="33"/>
        <location filename="../../desk/ui/referrals/model.py" line="145"/>
        <source>{0} (te laat)</source>
        <translation>{0} (en retard)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/model.py" line="147"/>
        <source>{0} (vandaag)</source>
        <translation>{0} (aujourd'hui)</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message numerus="yes">
        <location filename="../../desk/ui/referrals/page.py" line="356"/>
        <source>%n doorverwijzingen wachten op opvolging.</source>
        <translation>
            <numerusform>%n orientation attend un suivi.</numerusform>
            <numerusform>%n orientations attendent un suivi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="680"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="147"/>
        <source>&amp;Nieuwe doorverwijzing</source>
        <translation>&amp;Nouvelle orientation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="249"/>
        <source>&amp;Status wijzigen…</source>
        <translation>&amp;Modifier le statut…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="179"/>
        <source>&amp;Toon:</source>
        <translation>Affich&amp;er :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="164"/>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="679"/>
        <source>&amp;Wissen</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="191"/>
        <source>&amp;Zoeken:</source>
        <translation>Reche&amp;rcher :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="175"/>
        <source>Alle doorverwijzingen</source>
        <translation>Toutes les orientations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="195"/>
        <source>Alleen &amp;mijn doorverwijzingen</source>
        <translation>Se&amp;ulement mes orientations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="196"/>
        <source>Alleen de doorverwijzingen die ik gemaakt heb</source>
        <translation>Seulement les orientations que j'ai faites</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="434"/>
        <source>Anonieme doorverwijzing (geen toestemming).</source>
        <translation>Orientation anonyme (pas de consentement).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="250"/>
        <source>B&amp;rief voor de burger…</source>
        <translation>Le&amp;ttre pour le citoyen…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="425"/>
        <source>Burger: {0} · contact via {1}</source>
        <translation>Citoyen : {0} · contact par {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="248"/>
        <source>C&amp;oncept verder invullen</source>
        <translation>Continuer le br&amp;ouillon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="746"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="252"/>
        <source>Concept &amp;verwijderen…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="708"/>
        <source>Concept verwijderen</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="178"/>
        <source>Concepten</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="675"/>
        <source>De naam, contactgegevens en notities van deze burger worden nu gewist, hier en bij de partner. Dit kan niet ongedaan gemaakt worden. Doorgaan?</source>
        <translation>Le nom, les coordonnées et les notes de ce citoyen vont être effacés, ici et chez le partenaire. Cette action est irréversible. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="472"/>
        <source>Deze computer is aangemeld om cijfers te lezen: hij verandert geen status.</source>
        <translation>Cet ordinateur est inscrit pour lire les chiffres : il ne change aucun statut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="658"/>
        <source>Deze statuswijziging is niet toegelaten.</source>
        <translation>Ce changement de statut n'est pas autorisé.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="709"/>
        <source>Dit concept is nooit verstuurd. Verwijderen?</source>
        <translation>Ce brouillon n'a jamais été envoyé. Le supprimer ?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="134"/>
        <location filename="../../desk/ui/referrals/page.py" line="145"/>
        <location filename="../../desk/ui/referrals/page.py" line="722"/>
        <source>Doorverwijzingen</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="744"/>
        <location filename="../../desk/ui/referrals/page.py" line="771"/>
        <source>Doorverwijzingen exporteren</source>
        <translation>Exporter les orientations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="149"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="566"/>
        <source>Een doorverwijzing vermeldt wie ze maakte. Vul uw korte naam in: Desk onthoudt ze voor de volgende keer.</source>
        <translation>Une orientation mentionne qui l'a faite. Indiquez votre nom court : Desk le retient pour la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/referrals/page.py" line="766"/>
        <source>Export van %n doorverwijzingen</source>
        <translation>
            <numerusform>Export de %n orientation</numerusform>
            <numerusform>Export de %n orientations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="357"/>
        <source>Geen doorverwijzingen om op te volgen.</source>
        <translation>Aucune orientation à suivre.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="553"/>
        <source>Geen doorverwijzingen voor deze zoekopdracht of keuze.

Wis het zoekveld, zet ‘Alleen mijn doorverwijzingen’ uit en kies bij ‘Toon’ voor ‘Alle doorverwijzingen’ om ze allemaal te zien.</source>
        <translation>Aucune orientation pour cette recherche ou ce choix.

Videz le champ de recherche, décochez « Seulement mes orientations » et choisissez « Toutes les orientations » sous « Afficher » pour les voir toutes.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="236"/>
        <source>Gegevens van de doorverwijzing</source>
        <translation>Détails de l'orientation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="416"/>
        <source>Gemeente: {0} · aangemaakt {1} door {2}</source>
        <translation>Commune : {0} · créée le {1} par {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="240"/>
        <source>Ges&amp;chiedenis:</source>
        <translation>&amp;Historique :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="518"/>
        <source>Gids: {0}</source>
        <translation>Guide : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="165"/>
        <source>Herstelde doorverwijzing verder invullen</source>
        <translation>Reprendre l'orientation récupérée</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="215"/>
        <source>Hoek van de lijst</source>
        <translation>Coin de la liste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="234"/>
        <location filename="../../desk/ui/referrals/page.py" line="406"/>
        <source>Kies een doorverwijzing in de lijst.</source>
        <translation>Choisissez une orientation dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="298"/>
        <source>Let op: de partnergids kon niet geladen worden ({0}). Doorverwijzen kan pas weer als IT dit oplost.</source>
        <translation>Attention : le répertoire des partenaires n'a pas pu être chargé ({0}). Les orientations seront à nouveau possibles quand le service informatique aura résolu le problème.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="295"/>
        <source>Let op: persoonsgegevens zijn uitgeschakeld. {0}</source>
        <translation>Attention : les données personnelles sont désactivées. {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="302"/>
        <source>Let op: sommige items in de partnergids zijn overgeslagen: {0}</source>
        <translation>Attention : certains éléments du répertoire des partenaires ont été ignorés : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="207"/>
        <source>Lijst van doorverwijzingen</source>
        <translation>Liste des orientations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="176"/>
        <source>Lopend (nog niet afgesloten)</source>
        <translation>En cours (pas encore clôturées)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="421"/>
        <source>Naam en contact vergrendeld: {0}</source>
        <translation>Nom et coordonnées verrouillés : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="431"/>
        <source>Naam, contactgegevens en notities gewist op {0}.</source>
        <translation>Nom, coordonnées et notes effacés le {0}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="148"/>
        <source>Nieuwe doorverwijzing (Ctrl+Shift+N)</source>
        <translation>Nouvelle orientation (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="414"/>
        <source>Noden: {0}</source>
        <translation>Besoins : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="556"/>
        <source>Nog geen doorverwijzingen.

Heeft een burger hulp nodig die het loket niet geeft, zoals leren werken met een smartphone of een toestel lenen? Verwijs door naar een partner: kies ‘Nieuwe doorverwijzing’ (Ctrl+Shift+N).</source>
        <translation>Pas encore d'orientations.

Un citoyen a besoin d'une aide que le guichet ne donne pas, comme apprendre à utiliser un smartphone ou emprunter un appareil ? Orientez-le vers un partenaire : choisissez « Nouvelle orientation » (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="450"/>
        <source>Nog niet verstuurd (concept).</source>
        <translation>Pas encore envoyée (brouillon).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="456"/>
        <source>Nog niet verstuurd: de centrale server heeft deze doorverwijzing geweigerd. Zie Bestand › Synchronisatieproblemen.</source>
        <translation>Pas encore envoyée : le serveur central a refusé cette orientation. Voir Fichier › Problèmes de synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="461"/>
        <source>Nog niet verstuurd: de doorverwijzing gaat naar de partner zodra deze computer met de centrale server verbonden is. De partner weet er nog niets van.</source>
        <translation>Pas encore envoyée : l'orientation part vers le partenaire dès que cet ordinateur est connecté au serveur central. Le partenaire n'en sait encore rien.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="459"/>
        <source>Nog niet verstuurd: dit is een oefenprofiel; doorverwijzingen verlaten deze computer niet.</source>
        <translation>Pas encore envoyée : ceci est un profil d'exercice ; les orientations ne quittent pas cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="199"/>
        <source>Op te volgen</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="177"/>
        <source>Op te volgen (geen vooruitgang)</source>
        <translation>À suivre (pas de progrès)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="288"/>
        <source>Partnergids laden</source>
        <translation>Chargement du répertoire des partenaires</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="242"/>
        <source>Statusgeschiedenis</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="251"/>
        <source>Toestemming &amp;intrekken…</source>
        <translation>Retirer le &amp;consentement…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="428"/>
        <source>Toestemming ingetrokken op {0}: anoniem.</source>
        <translation>Consentement retiré le {0} : anonyme.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="674"/>
        <location filename="../../desk/ui/referrals/page.py" line="682"/>
        <source>Toestemming intrekken</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="186"/>
        <source>Zoeken in de doorverwijzingen</source>
        <translation>Rechercher dans les orientations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="187"/>
        <source>Zoekt ook op de naam van de burger; die wordt alleen in het geheugen geopend.</source>
        <translation>Recherche aussi sur le nom du citoyen ; il n'est déchiffré qu'en mémoire.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="190"/>
        <source>Zoekterm wissen</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="185"/>
        <source>naam, partner, gemeente, nood…</source>
        <translation>nom, partenaire, commune, besoin…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="444"/>
        <source>{0} — toestemming ingetrokken door {1}</source>
        <translation>{0} — consentement retiré par {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/page.py" line="441"/>
        <source>{0} — {1} door {2}</source>
        <translation>{0} — {1} par {2}</translation>
    </message>
</context>
<context>
    <name>ReportStepDialog</name>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="251"/>
        <source>&amp;Wat klopt er niet?</source>
        <translation>&amp;Qu'est-ce qui n'est pas correct ?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="287"/>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="288"/>
        <source>Annuleren zonder te bewaren</source>
        <translation>Annuler sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="358"/>
        <source>De databank is nog niet open; probeer zo meteen opnieuw.</source>
        <translation>La base de données n'est pas encore ouverte ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="226"/>
        <source>Deze stap klopt niet</source>
        <translation>Cette étape n'est pas correcte</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="274"/>
        <source>Eerdere meldingen over deze stap</source>
        <translation>Signalements précédents sur cette étape</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="336"/>
        <source>Eerdere meldingen over deze stap van uw organisatie: {0}, waarvan {1} open. Is het hetzelfde probleem, dan hoeft u het niet opnieuw te melden.</source>
        <translation>Signalements précédents de votre organisation sur cette étape : {0}, dont {1} ouverts. S'il s'agit du même problème, inutile de le signaler à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="267"/>
        <source>Fout in de melding</source>
        <translation>Erreur dans le signalement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="230"/>
        <source>Gids: {0} (versie {1})
Stap: {2}</source>
        <translation>Guide : {0} (version {1})
Étape : {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="284"/>
        <source>Melding &amp;bewaren</source>
        <translation>&amp;Enregistrer le signalement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="285"/>
        <location filename="../../desk/ui/guides/reports.py" line="362"/>
        <source>Melding bewaren</source>
        <translation>Enregistrer le signalement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="227"/>
        <source>Melding: deze stap klopt niet</source>
        <translation>Signalement : cette étape n'est pas correcte</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="329"/>
        <source>Meldingen laden</source>
        <translation>Chargement des signalements</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="366"/>
        <source>Niet bewaard: {0}</source>
        <translation>Pas enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="237"/>
        <source>Schrijf geen namen, telefoon-, rijksregister- of rekeningnummers, e-mailadressen of adressen van burgers. Beschrijf alleen wat er in de stap niet klopt, bijvoorbeeld: de knop heet nu 'Bevestigen'.</source>
        <translation>N'écrivez pas de noms, de numéros de téléphone, de registre national ou de compte, d'adresses e-mail ni d'adresses de citoyens. Décrivez seulement ce qui n'est pas correct dans l'étape, par exemple : le bouton s'appelle maintenant « Confirmer ».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="254"/>
        <source>Wat klopt er niet aan deze stap?</source>
        <translation>Qu'est-ce qui n'est pas correct dans cette étape ?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/reports.py" line="316"/>
        <source>{0} van {1} tekens</source>
        <translation>{0} sur {1} caractères</translation>
    </message>
</context>
<context>
    <name>RunnerView</name>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="194"/>
        <source>&amp;Taal van de burger:</source>
        <translation>Lang&amp;ue du citoyen :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="226"/>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="205"/>
        <location filename="../../desk/ui/guides/runner.py" line="616"/>
        <source>B&amp;urgerscherm tonen</source>
        <translation>Afficher l'écran du cito&amp;yen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="616"/>
        <source>B&amp;urgerscherm verbergen</source>
        <translation>Masquer l'écran du cito&amp;yen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="698"/>
        <source>Bewaard: {0} in de map {1}.</source>
        <translation>Enregistré : {0} dans le dossier {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="223"/>
        <source>Bewaren als &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="207"/>
        <source>Burgerscherm tonen of verbergen</source>
        <translation>Afficher ou masquer l'écran du citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="525"/>
        <source>Deze gids heeft geen vertaling in het {0}; de burger ziet Nederlands.</source>
        <translation>Ce guide n'a pas de traduction en {0} ; le citoyen voit le néerlandais.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="238"/>
        <source>Handout</source>
        <translation>Fiche à emporter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="227"/>
        <source>Handout afdrukken</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="728"/>
        <source>Handout afdrukken: {0}</source>
        <translation>Imprimer la fiche à emporter : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="706"/>
        <source>Handout bewaard: {0}</source>
        <translation>Fiche à emporter enregistrée : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="690"/>
        <source>Handout bewaren</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="224"/>
        <location filename="../../desk/ui/guides/runner.py" line="672"/>
        <source>Handout bewaren als PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="222"/>
        <source>Handout om mee te nemen:</source>
        <translation>Fiche à emporter :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="682"/>
        <source>Handout wordt bewaard…</source>
        <translation>Enregistrement de la fiche à emporter…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="213"/>
        <source>Hoog &amp;contrast (wit op zwart)</source>
        <translation>Contraste élevé (&amp;blanc sur noir)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="214"/>
        <source>Hoog contrast op het burgerscherm</source>
        <translation>Contraste élevé sur l'écran du citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="454"/>
        <source>Meldingen laden</source>
        <translation>Chargement des signalements</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="712"/>
        <source>Niet bewaard: {0}</source>
        <translation>Pas enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="674"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="209"/>
        <source>Sc&amp;herm voor de burger:</source>
        <translation>É&amp;cran pour le citoyen :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="211"/>
        <source>Scherm voor de burger</source>
        <translation>Écran pour le citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="558"/>
        <source>Scherm {0}: {1} ({2}×{3})</source>
        <translation>Écran {0} : {1} ({2}×{3})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="196"/>
        <source>Taal van de burger</source>
        <translation>Langue du citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="102"/>
        <source>Terug naar de gidsen</source>
        <translation>Retour aux guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="192"/>
        <source>Voor de burger</source>
        <translation>Pour le citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="713"/>
        <source>zie de foutmelding.</source>
        <translation>voir le message d'erreur.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="101"/>
        <source>« Te&amp;rug naar gidsen</source>
        <translation>« Retour aux &amp;guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner.py" line="562"/>
        <source>— hetzelfde als Desk</source>
        <translation>— comme Desk</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desk/ui/saving.py" line="73"/>
        <source>{0} bewaard: {1} (in de map {2}).</source>
        <translation>{0} enregistré : {1} (dans le dossier {2}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="83"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="65"/>
        <source>&amp;Hoog contrast (wit op zwart)</source>
        <translation>&amp;Contraste élevé (blanc sur noir)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="57"/>
        <source>&amp;Kantoor:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="63"/>
        <source>&amp;Taal van Desk:</source>
        <translation>&amp;Langue de Desk :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="49"/>
        <source>&amp;Uw korte naam (voor het logboek):</source>
        <translation>Votre &amp;nom court (pour le journal) :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="96"/>
        <source>(vergrendeld door de IT-dienst)</source>
        <translation>(verrouillé par le service informatique)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="84"/>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="70"/>
        <source>Een andere taal of weergave geldt na het herstarten van Desk.</source>
        <translation>Un changement de langue ou d'affichage s'applique après le redémarrage de Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="67"/>
        <source>Hoog contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="37"/>
        <location filename="../../desk/ui/settings_dialog.py" line="38"/>
        <source>Instellingen</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="76"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="95"/>
        <source>Vergrendeld door de IT-dienst</source>
        <translation>Verrouillé par le service informatique</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="68"/>
        <source>Weergave:</source>
        <translation>Affichage :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="48"/>
        <source>bv. An of AVD</source>
        <translation>p.ex. An ou AVD</translation>
    </message>
</context>
<context>
    <name>SkippedNotice</name>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="51"/>
        <location filename="../../desk/ui/guides/library_view.py" line="73"/>
        <source>&amp;Details tonen</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="73"/>
        <source>&amp;Details verbergen</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="53"/>
        <source>Details over overgeslagen gidsen</source>
        <translation>Détails des guides ignorés</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="80"/>
        <source>Let op: {0} gidsbestand(en) overgeslagen wegens fouten. De andere gidsen werken gewoon.</source>
        <translation>Attention : {0} fichier(s) de guide ignoré(s) à cause d'erreurs. Les autres guides fonctionnent normalement.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="55"/>
        <source>Melding over overgeslagen gidsen sluiten</source>
        <translation>Fermer le message sur les guides ignorés</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="63"/>
        <source>Overgeslagen gidsbestanden en hun fouten</source>
        <translation>Fichiers de guide ignorés et leurs erreurs</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_view.py" line="54"/>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Alle aantallen zijn afgerond op een veelvoud van 5, per maand en kantoor; totalen zijn de som van die afgeronde aantallen. Een aantal kan daardoor tot 4 per maand en kantoor afwijken van het echte aantal, en 0 kan ook 1 tot 4 betekenen. Zo kan niemand kleine aantallen terugrekenen.</source>
        <translation>Tous les nombres sont arrondis à un multiple de 5, par mois et par bureau ; les totaux sont la somme de ces nombres arrondis. Un nombre peut donc s'écarter du nombre réel de 4 au plus par mois et par bureau, et 0 peut aussi signifier 1 à 4. Ainsi, personne ne peut recalculer de petits nombres.</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contacten per kanaal</source>
        <translation>Contacts par canal</translation>
    </message>
    <message>
        <source>Contacten per kanaal en uitkomst</source>
        <translation>Contacts par canal et résultat</translation>
    </message>
    <message>
        <source>Contacten per maand</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>Contacten per maand en uitkomst</source>
        <translation>Contacts par mois et résultat</translation>
    </message>
    <message>
        <source>Contacten per onderwerp</source>
        <translation>Contacts par sujet</translation>
    </message>
    <message>
        <source>Contacten per uitkomst</source>
        <translation>Contacts par résultat</translation>
    </message>
    <message>
        <source>De klasse waarin de mediaan valt (de cijfers zijn in klassen).</source>
        <translation>La classe où se situe la médiane (les chiffres sont par classes).</translation>
    </message>
    <message>
        <source>Doorverwijzingen</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Doorverwijzingen afgerond</source>
        <translation>Orientations terminées</translation>
    </message>
    <message>
        <source>Doorverwijzingen per drempel</source>
        <translation>Orientations par obstacle</translation>
    </message>
    <message>
        <source>Doorverwijzingen per drempel en status</source>
        <translation>Orientations par obstacle et statut</translation>
    </message>
    <message>
        <source>Doorverwijzingen per gemeente</source>
        <translation>Orientations par commune</translation>
    </message>
    <message>
        <source>Doorverwijzingen per gemeente en status</source>
        <translation>Orientations par commune et statut</translation>
    </message>
    <message>
        <source>Doorverwijzingen per maand</source>
        <translation>Orientations par mois</translation>
    </message>
    <message>
        <source>Doorverwijzingen per maand en status</source>
        <translation>Orientations par mois et statut</translation>
    </message>
    <message>
        <source>Doorverwijzingen per nood</source>
        <translation>Orientations par besoin</translation>
    </message>
    <message>
        <source>Doorverwijzingen per nood en status</source>
        <translation>Orientations par besoin et statut</translation>
    </message>
    <message>
        <source>Doorverwijzingen per partnerdienst</source>
        <translation>Orientations par service partenaire</translation>
    </message>
    <message>
        <source>Doorverwijzingen per partnerdienst en status</source>
        <translation>Orientations par service partenaire et statut</translation>
    </message>
    <message>
        <source>Eén contact kan meer dan één onderwerp hebben.</source>
        <translation>Un contact peut avoir plusieurs sujets.</translation>
    </message>
    <message>
        <source>Eén doorverwijzing kan meer dan één drempel hebben: de totalen tellen vermeldingen.</source>
        <translation>Une orientation peut avoir plusieurs obstacles : les totaux comptent les mentions.</translation>
    </message>
    <message>
        <source>Eén doorverwijzing kan meer dan één nood hebben: de totalen tellen vermeldingen.</source>
        <translation>Une orientation peut avoir plusieurs besoins : les totaux comptent les mentions.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="67"/>
        <location filename="../../desk/ui/stats/sections.py" line="80"/>
        <source>Geen gegevens in deze periode.</source>
        <translation>Aucune donnée pour cette période.</translation>
    </message>
    <message>
        <source>Gidsen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Gidsen voltooid</source>
        <translation>Guides terminés</translation>
    </message>
    <message>
        <source>Gidsen: stap waar men stopte</source>
        <translation>Guides : étape où l'on s'est arrêté</translation>
    </message>
    <message>
        <source>Gidsen: voltooid of gestopt</source>
        <translation>Guides : terminés ou arrêtés</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="178"/>
        <location filename="../../desk/ui/stats/sections.py" line="179"/>
        <source>Kerncijfers</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Mediaan tijd tot eerste contact</source>
        <translation>Délai médian jusqu'au premier contact</translation>
    </message>
    <message>
        <source>Niet mogelijk: reden</source>
        <translation>Pas possible : raison</translation>
    </message>
    <message>
        <source>Niet opgedaagd</source>
        <translation>Ne s'est pas présenté</translation>
    </message>
    <message>
        <source>Per gids de stap waar een niet-voltooide doorloop eindigde.</source>
        <translation>Pour chaque guide, l'étape où un parcours inachevé s'est arrêté.</translation>
    </message>
    <message>
        <source>Percentage van alle verstuurde doorverwijzingen van de periode dat nu op „Afgerond” staat.</source>
        <translation>Pourcentage de toutes les orientations envoyées de la période qui sont maintenant « Terminée ».</translation>
    </message>
    <message>
        <source>Percentage van alle verstuurde doorverwijzingen van de periode dat nu op „Niet opgedaagd” staat.</source>
        <translation>Pourcentage de toutes les orientations envoyées de la période qui sont maintenant « Absent ».</translation>
    </message>
    <message>
        <source>Percentage van de gidsen die in Desk doorlopen werden, dat tot het einde ging. Een contact met een gids als onderwerp maar zonder doorloop in Desk telt hier niet mee.</source>
        <translation>Pourcentage des guides parcourus dans Desk qui sont allés jusqu'au bout. Un contact avec un guide comme sujet mais sans parcours dans Desk ne compte pas ici.</translation>
    </message>
    <message>
        <source>Status van de doorverwijzingen per maand</source>
        <translation>Statut des orientations par mois</translation>
    </message>
    <message>
        <source>Tijd tot eerste contact</source>
        <translation>Délai jusqu'au premier contact</translation>
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
        <translation>De l'envoi jusqu'au premier statut qui signifie un contact.</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>afloop</source>
        <translation>issue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="98"/>
        <location filename="../../desk/ui/stats/page.py" line="358"/>
        <source>de regio (centrale server)</source>
        <translation>la région (serveur central)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="100"/>
        <location filename="../../desk/ui/stats/page.py" line="359"/>
        <source>dit loket (lokaal logboek)</source>
        <translation>ce guichet (journal local)</translation>
    </message>
    <message>
        <source>drempel</source>
        <translation>obstacle</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>gids</source>
        <translation>guide</translation>
    </message>
    <message>
        <source>gids / stap</source>
        <translation>guide / étape</translation>
    </message>
    <message>
        <source>kanaal</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>nood</source>
        <translation>besoin</translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisatie/kantoor</source>
        <translation>organisation/bureau</translation>
    </message>
    <message>
        <source>partnerdienst</source>
        <translation>service partenaire</translation>
    </message>
    <message>
        <source>reden</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>termijn</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation>urgence</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../../desk/ui/stats/charts.py" line="246"/>
        <source> (grafiek)</source>
        <translation> (graphique)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/charts.py" line="247"/>
        <source>Dezelfde cijfers staan in de tabel naast de grafiek.</source>
        <translation>Les mêmes chiffres figurent dans le tableau à côté du graphique.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/charts.py" line="199"/>
        <source>Verborgen (&lt;5)</source>
        <translation>Masqué (&lt;5)</translation>
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
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="234"/>
        <source>Het PDF-rapport kon niet gemaakt worden in {0}. Kies een andere map.</source>
        <translation>Le rapport PDF n'a pas pu être créé dans {0}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="227"/>
        <source>Kan het PDF-rapport niet bewaren in {0}: {1}.</source>
        <translation>Impossible d'enregistrer le rapport PDF dans {0} : {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="46"/>
        <source>Kan niet schrijven naar {0}: {1}. Kies een andere map.</source>
        <translation>Impossible d'écrire dans {0} : {1}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="114"/>
        <source>Kantoor</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="112"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="117"/>
        <source>Over de afronding van de cijfers</source>
        <translation>À propos de l'arrondi des chiffres</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="105"/>
        <source>Periode</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/export.py" line="103"/>
        <location filename="../../desk/ui/stats/export.py" line="203"/>
        <source>Statistieken digitale inclusie</source>
        <translation>Statistiques d'inclusion numérique</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="161"/>
        <source>&amp;CSV exporteren…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="153"/>
        <source>&amp;Kantoor:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="150"/>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="164"/>
        <source>&amp;PDF-rapport…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="145"/>
        <source>&amp;Tijdvak:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="152"/>
        <location filename="../../desk/ui/stats/page.py" line="327"/>
        <source>Alle kantoren</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="222"/>
        <source>Alle organisaties</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="162"/>
        <source>Alle tabellen als CSV exporteren</source>
        <translation>Exporter tous les tableaux en CSV</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="135"/>
        <source>B&amp;ron:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="291"/>
        <source>Berekening gestopt. Kies ‘Bijwerken’ om opnieuw te berekenen.</source>
        <translation>Calcul arrêté. Choisissez « Actualiser » pour recalculer.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="155"/>
        <source>Bij&amp;werken</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="135"/>
        <source>Bron van de cijfers</source>
        <translation>Source des chiffres</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="361"/>
        <source>Bron: {0} — periode {1} — gemaakt {2}</source>
        <translation>Source : {0} — période {1} — créé le {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="156"/>
        <source>Cijfers bijwerken</source>
        <translation>Actualiser les chiffres</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="264"/>
        <source>Cijfers worden berekend…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="365"/>
        <source>Contacten en doorverwijzingen in de periode: zie de tabbladen.</source>
        <translation>Contacts et orientations sur la période : voir les onglets.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="369"/>
        <source>Contacten: {0} — doorverwijzingen: {1}</source>
        <translation>Contacts : {0} — orientations : {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="308"/>
        <location filename="../../desk/ui/stats/page.py" line="321"/>
        <source>De cijfers konden niet berekend worden.</source>
        <translation>Les chiffres n'ont pas pu être calculés.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="314"/>
        <source>De cijfers van de regio zijn niet beschikbaar. </source>
        <translation>Les chiffres de la région ne sont pas disponibles. </translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="226"/>
        <source>Dit loket</source>
        <translation>Ce guichet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="133"/>
        <source>Dit loket (lokaal logboek)</source>
        <translation>Ce guichet (journal local)</translation>
    </message>
    <message>
        <source>Doorverwijzingen die nog klaar staan om te versturen, tellen pas mee als de centrale server ze heeft.</source>
        <translation>Les orientations prêtes à envoyer ne comptent qu'une fois que le serveur central les a reçues.</translation>
    </message>
    <message>
        <source>Geen gegevens in deze periode.</source>
        <translation>Aucune donnée pour cette période.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="91"/>
        <source>Getoonde cijfers</source>
        <translation>Chiffres affichés</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="374"/>
        <source>Hier komen de cijfers van de contacten in het Logboek en van de doorverwijzingen. Log elke burger die u helpt (Ctrl+L), of kies een langere periode.</source>
        <translation>Ici apparaissent les chiffres des contacts du Journal et des orientations. Enregistrez chaque citoyen que vous aidez (Ctrl+L), ou choisissez une période plus longue.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="140"/>
        <source>Jaar</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="153"/>
        <source>Kantoor</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="140"/>
        <source>Kwartaal</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="141"/>
        <source>Maand</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="396"/>
        <source>Map voor de CSV-bestanden</source>
        <translation>Dossier pour les fichiers CSV</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="82"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Nog geen doorverwijzingen: deze computer bewaart (nog) geen doorverwijzingen.</source>
        <translation>Pas encore d'orientations : cet ordinateur ne conserve (encore) aucune orientation.</translation>
    </message>
    <message>
        <source>Oefenprofiel: deze cijfers komen uit fictieve oefengegevens.</source>
        <translation>Profil d'exercice : ces chiffres proviennent de données d'exercice fictives.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="95"/>
        <source>Onderdelen van de statistieken</source>
        <translation>Parties des statistiques</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="150"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="143"/>
        <source>P&amp;eriode:</source>
        <translation>T&amp;ype de période :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="417"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="433"/>
        <source>PDF-rapport</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="416"/>
        <source>PDF-rapport bewaren</source>
        <translation>Enregistrer le rapport PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="439"/>
        <source>PDF-rapport maken</source>
        <translation>Création du rapport PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="165"/>
        <source>PDF-rapport voor de adviesgroep maken</source>
        <translation>Créer le rapport PDF pour le groupe consultatif</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="145"/>
        <source>Periode</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="134"/>
        <source>Regio (centrale server)</source>
        <translation>Région (serveur central)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="143"/>
        <source>Soort periode</source>
        <translation>Type de période</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="71"/>
        <location filename="../../desk/ui/stats/page.py" line="74"/>
        <location filename="../../desk/ui/stats/page.py" line="75"/>
        <source>Statistieken</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="280"/>
        <source>Statistieken berekenen</source>
        <translation>Calcul des statistiques</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/page.py" line="409"/>
        <source>{0} CSV-bestanden bewaard in {1}.</source>
        <translation>{0} fichiers CSV enregistrés dans {1}.</translation>
    </message>
</context>
<context>
    <name>StatsSection</name>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="76"/>
        <source> (tabel)</source>
        <translation> (tableau)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="55"/>
        <source>&amp;Gids:</source>
        <translation>&amp;Guide :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="215"/>
        <source>({0} van {1})</source>
        <translation>({0} sur {1})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="105"/>
        <source>&lt;5: verborgen om niemand herkenbaar te maken; zie de uitleg bij Kerncijfers.</source>
        <translation>&lt;5 : masqué pour que personne ne soit reconnaissable ; voir l'explication sous Chiffres clés.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="199"/>
        <source>Aantallen in de periode</source>
        <translation>Nombres sur la période</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="108"/>
        <source>Afgerond op een veelvoud van 5; zie de uitleg bij Kerncijfers.</source>
        <translation>Arrondi à un multiple de 5 ; voir l'explication sous Chiffres clés.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="95"/>
        <source>Alle gidsen</source>
        <translation>Tous les guides</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="77"/>
        <source>De cijfers van de grafiek. Ctrl+C kopieert de selectie.</source>
        <translation>Les chiffres du graphique. Ctrl+C copie la sélection.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="81"/>
        <source>Geen gegevens</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="57"/>
        <source>Gids voor de stappen</source>
        <translation>Guide pour les étapes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="85"/>
        <source>Toelichting bij de tabel</source>
        <translation>Explication du tableau</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/sections.py" line="185"/>
        <source>Uitleg over de afronding</source>
        <translation>Explication de l'arrondi</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="56"/>
        <source>Gids: {0}</source>
        <translation>Guide : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="155"/>
        <source>Verborgen (&lt;5): een klein aantal, of een getal waaruit een klein aantal terug te rekenen is.</source>
        <translation>Masqué (&lt;5) : un petit nombre, ou un nombre permettant de retrouver un petit nombre.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="72"/>
        <source>{0}e kwartaal {1}</source>
        <translation>{0}e trimestre {1}</translation>
    </message>
</context>
<context>
    <name>StatsTableView</name>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="212"/>
        <source>Hele tabel kopiëren</source>
        <translation>Copier tout le tableau</translation>
    </message>
    <message>
        <location filename="../../desk/ui/stats/table_model.py" line="208"/>
        <source>Selectie kopiëren</source>
        <translation>Copier la sélection</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="107"/>
        <source> (doet de maatschappelijk werker of de partner)</source>
        <translation> (fait par le travailleur social ou le partenaire)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="109"/>
        <source> (niet mogelijk)</source>
        <translation> (pas possible)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="139"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="111"/>
        <source>&amp;Nieuwe status:</source>
        <translation>&amp;Nouveau statut :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="62"/>
        <source>De doorverwijzing staat al op „{0}”.</source>
        <translation>L'orientation a déjà le statut « {0} ».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="66"/>
        <source>Deze computer is aangemeld om cijfers te lezen: hij verandert geen status.</source>
        <translation>Cet ordinateur est inscrit pour lire les chiffres : il ne change aucun statut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="60"/>
        <source>Een concept heeft nog geen status: verstuur het eerst.</source>
        <translation>Un brouillon n'a pas encore de statut : envoyez-le d'abord.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="94"/>
        <source>Huidige status: {0}</source>
        <translation>Statut actuel : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="118"/>
        <source>N&amp;otitie (zonder namen):</source>
        <translation>N&amp;ote (sans noms) :</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="155"/>
        <source>Niet mogelijk: {0}</source>
        <translation>Pas possible : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="98"/>
        <source>Nieuwe status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="116"/>
        <source>Notitie bij de statuswijziging</source>
        <translation>Note sur le changement de statut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="122"/>
        <source>Op een baliecomputer kunt u een doorverwijzing alleen annuleren, en alleen als ze op deze computer gemaakt is. De andere stappen zet de maatschappelijk werker of de partner.</source>
        <translation>Sur un ordinateur de guichet, vous pouvez seulement annuler une orientation, et seulement si elle a été faite sur cet ordinateur. Les autres étapes sont faites par le travailleur social ou le partenaire.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="137"/>
        <source>Status op&amp;slaan</source>
        <translation>&amp;Enregistrer le statut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="91"/>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="92"/>
        <source>Status wijzigen</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="77"/>
        <source>Van „{0}” kan de doorverwijzing niet naar „{1}”. Wel mogelijk: {2}.</source>
        <translation>L'orientation ne peut pas passer de « {0} » à « {1} ». Possible : {2}.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="74"/>
        <source>„{0}” is een eindstatus: de status kan niet meer veranderen.</source>
        <translation>« {0} » est un statut final : il ne peut plus changer.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/status_dialog.py" line="68"/>
        <source>„{0}” zet de maatschappelijk werker of de partner, niet een baliecomputer. Hier kunt u de doorverwijzing alleen annuleren.</source>
        <translation>« {0} » est fait par le travailleur social ou le partenaire, pas par un ordinateur de guichet. Ici, vous pouvez seulement annuler l'orientation.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="235"/>
        <source>&amp;Notitie bij deze stap (niet voor de burger)</source>
        <translation>&amp;Note pour cette étape (pas pour le citoyen)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="351"/>
        <source>(einde: {0})</source>
        <translation>(fin : {0})</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="315"/>
        <source>(geen uitleg voor de medewerker)</source>
        <translation>(pas d'explication pour l'agent)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="349"/>
        <source>(naar een andere gids)</source>
        <translation>(vers un autre guide)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="326"/>
        <source>Afronden: ge&amp;lukt</source>
        <translation>Terminer : &amp;réussi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="327"/>
        <source>Afronden: gelukt</source>
        <translation>Terminer : réussi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="260"/>
        <source>Beë&amp;indigen…</source>
        <translation>Ter&amp;miner…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="216"/>
        <source>Burger &amp;alleen</source>
        <translation>Citoyen &amp;seul</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="309"/>
        <source>Burger alleen: de burger typt zelf de PIN-code, het wachtwoord of bevestigt met itsme. Kijk weg van het scherm en het toetsenbord. Raak het toestel niet aan.</source>
        <translation>Citoyen seul : le citoyen tape lui-même le code PIN, le mot de passe ou confirme avec itsme. Détournez le regard de l'écran et du clavier. Ne touchez pas l'appareil.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="262"/>
        <source>Deze stap &amp;klopt niet…</source>
        <translation>Cette étape n'est pas c&amp;orrecte…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="264"/>
        <source>Deze stap klopt niet: melden aan de redactie</source>
        <translation>Cette étape n'est pas correcte : la signaler à la rédaction</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="261"/>
        <source>Gids beëindigen</source>
        <translation>Terminer le guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="217"/>
        <source>M&amp;edewerker</source>
        <translation>Agen&amp;t</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="266"/>
        <source>Meld aan de redactie dat deze stap niet klopt (Ctrl+Shift+M)</source>
        <translation>Signaler à la rédaction que cette étape n'est pas correcte (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="238"/>
        <source>Notitie bij deze stap</source>
        <translation>Note pour cette étape</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="202"/>
        <source>Op het burgerscherm</source>
        <translation>Sur l'écran du citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="216"/>
        <source>Sa&amp;men</source>
        <translation>&amp;Ensemble</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="299"/>
        <source>Stap {0} van ongeveer {1}</source>
        <translation>Étape {0} sur environ {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="297"/>
        <source>Stap {0} van {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="364"/>
        <source>Uw organisatie meldde al dat deze stap niet klopt ({0} open melding(en)). Kijk bij 'Deze stap klopt niet…'.</source>
        <translation>Votre organisation a déjà signalé que cette étape n'est pas correcte ({0} signalement(s) ouvert(s)). Voir « Cette étape n'est pas correcte… ».</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="258"/>
        <location filename="../../desk/ui/guides/runner_panels.py" line="329"/>
        <source>Vo&amp;lgende »</source>
        <translation>Sui&amp;vant »</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="259"/>
        <location filename="../../desk/ui/guides/runner_panels.py" line="330"/>
        <source>Volgende stap</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="199"/>
        <source>Voor de medewerker</source>
        <translation>Pour l'agent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="183"/>
        <source>Voortgang in de gids</source>
        <translation>Progression dans le guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="257"/>
        <source>Vorige stap</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="344"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="212"/>
        <source>Wie doet deze stap?</source>
        <translation>Qui fait cette étape ?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/runner_panels.py" line="256"/>
        <source>« &amp;Vorige</source>
        <translation>« Précé&amp;dent</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../desk/ui/sync/controller.py" line="127"/>
        <source>%n conflicten</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/sync/controller.py" line="125"/>
        <source>%n geweigerd door de server</source>
        <translation>
            <numerusform>%n refusé par le serveur</numerusform>
            <numerusform>%n refusés par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="156"/>
        <source>&amp;Nu synchroniseren</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="161"/>
        <source>Aan&amp;melden bij de centrale server…</source>
        <translation>S'&amp;inscrire auprès du serveur central…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="338"/>
        <source>De klok van deze computer wijkt af van de server.</source>
        <translation>L'horloge de cet ordinateur n'est pas à l'heure du serveur.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="344"/>
        <source>De toestelsleutel staat in {0}, die de geheimen niet versleutelt. Vraag IT om een versleutelde sleutelbos te kiezen.</source>
        <translation>La clé de l'appareil est conservée dans {0}, qui ne chiffre pas les secrets. Demandez au service informatique de choisir un trousseau de clés chiffré.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="166"/>
        <source>Geweigerde wijzigingen en conflicten bekijken en oplossen</source>
        <translation>Voir et résoudre les modifications refusées et les conflits</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="116"/>
        <source>Oefenprofiel: synchroniseert niet</source>
        <translation>Profil d'exercice : pas de synchronisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="120"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="120"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="120"/>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="164"/>
        <source>Synchronisatie&amp;problemen…</source>
        <translation>Problèmes de s&amp;ynchronisation…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="118"/>
        <source>Synchronisatie: niet aangemeld · {0} in wachtrij</source>
        <translation>Synchronisation : non inscrit · {0} en attente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="233"/>
        <source>Synchronisatiestatus</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="261"/>
        <source>Synchroniseren met de centrale server</source>
        <translation>Synchroniser avec le serveur central</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="252"/>
        <source>Synchroniseren…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="335"/>
        <source>Toestelsleutel: {0}</source>
        <translation>Clé de l'appareil : {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="158"/>
        <source>Wijzigingen nu verzenden en ophalen</source>
        <translation>Envoyer et récupérer les modifications maintenant</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="130"/>
        <source>laatste sync {0}</source>
        <translation>dernière synchro {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="105"/>
        <source>nog nooit</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{0} in quarantaine</source>
        <translation type="vanished">{0} en quarantaine</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="121"/>
        <source>{0} in wachtrij</source>
        <translation>{0} en attente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/controller.py" line="129"/>
        <source>{0} onleesbaar ontvangen</source>
        <translation>{0} reçu(s) illisible(s)</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="99"/>
        <source>&amp;Mijn versie houden</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="81"/>
        <source>&amp;Opnieuw verzenden</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="101"/>
        <source>&amp;Per veld kiezen…</source>
        <translation>Choisir &amp;champ par champ…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="100"/>
        <source>&amp;Versie van de server nemen</source>
        <translation>Prendre la &amp;version du serveur</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="73"/>
        <source>&lt;b&gt;Deze gegevens konden niet worden verstuurd&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ces données n'ont pas pu être envoyées&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="92"/>
        <source>&lt;b&gt;Ook op de server gewijzigd&lt;/b&gt;: kies welke versie blijft.</source>
        <translation>&lt;b&gt;Modifié aussi sur le serveur&lt;/b&gt; : choisissez la version à garder.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="237"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="250"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="267"/>
        <source>Conflict oplossen</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="96"/>
        <source>Conflicten</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="191"/>
        <source>De centrale server kent het kantoor van deze gegevens niet. Vraag de helpdesk om het kantoor op de server toe te voegen (of de kantoorcode in de instellingen van deze computer te verbeteren) en verzend dan opnieuw.</source>
        <translation>Le serveur central ne connaît pas le bureau de ces données. Demandez au helpdesk d'ajouter le bureau sur le serveur (ou de corriger le code de bureau dans les paramètres de cet ordinateur), puis envoyez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="199"/>
        <source>De persoonsgegevens konden niet geopend worden op deze computer. Bel de helpdesk.</source>
        <translation>Les données personnelles n'ont pas pu être ouvertes sur cet ordinateur. Appelez le helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="189"/>
        <source>De server had een storing. Probeer later opnieuw te verzenden.</source>
        <translation>Le serveur a eu une panne. Réessayez d'envoyer plus tard.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="201"/>
        <source>De server vond een fout in deze gegevens. Verbeter ze, of bel de helpdesk.</source>
        <translation>Le serveur a trouvé une erreur dans ces données. Corrigez-les, ou appelez le helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="187"/>
        <source>Deze computer mag deze gegevens niet verzenden. Bel de helpdesk.</source>
        <translation>Cet ordinateur n'a pas le droit d'envoyer ces données. Appelez le helpdesk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="196"/>
        <source>Dit zijn oefengegevens: deze server neemt ze niet aan. Ze blijven op deze computer.</source>
        <translation>Ce sont des données d'exercice : ce serveur ne les accepte pas. Elles restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Doorverwijzing</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="170"/>
        <source>Er zijn geen synchronisatieproblemen.</source>
        <translation>Il n'y a aucun problème de synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="78"/>
        <source>Gegevens die niet verstuurd konden worden</source>
        <translation>Données qui n'ont pas pu être envoyées</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="94"/>
        <source>Gewijzigd op</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="158"/>
        <source>Iemand anders wijzigde dit ook, op een andere computer.</source>
        <translation>Quelqu'un d'autre l'a aussi modifié, sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Melding over een gids</source>
        <translation>Signalement sur un guide</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="229"/>
        <source>Opnieuw verzenden</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <source>Pogingen</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="95"/>
        <source>Reden</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="76"/>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="94"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="69"/>
        <source>Synchronisatieproblemen</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="137"/>
        <source>Synchronisatieproblemen laden</source>
        <translation>Chargement des problèmes de synchronisation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="83"/>
        <source>Verbeter eerst de gegevens (in het logboek of bij de doorverwijzingen); een bewaarde wijziging wordt vanzelf opnieuw verzonden. Of verzend ze ongewijzigd opnieuw.</source>
        <translation>Corrigez d'abord les données (dans le journal ou les orientations) ; une modification enregistrée est renvoyée d'elle-même. Ou renvoyez-les telles quelles.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync/issues_dialog.py" line="152"/>
        <source>Voor de helpdesk: {0}</source>
        <translation>Pour le helpdesk : {0}</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../desk/ui/topics.py" line="23"/>
        <source>Afspraak maken</source>
        <translation>Prendre rendez-vous</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="28"/>
        <source>Afval en omgeving</source>
        <translation>Déchets et environnement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="29"/>
        <source>Andere vraag</source>
        <translation>Autre question</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="21"/>
        <source>Attesten en uittreksels</source>
        <translation>Attestations et extraits</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="24"/>
        <source>Belastingen</source>
        <translation>Impôts</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="22"/>
        <source>Identiteitskaart en PIN</source>
        <translation>Carte d'identité et code PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="27"/>
        <source>Mobiliteit en parkeren</source>
        <translation>Mobilité et stationnement</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="25"/>
        <source>Sociale voordelen</source>
        <translation>Avantages sociaux</translation>
    </message>
    <message>
        <location filename="../../desk/ui/topics.py" line="26"/>
        <source>Wonen en premies</source>
        <translation>Logement et primes</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>0 tot 2 dagen</source>
        <translation>0 à 2 jours</translation>
    </message>
    <message>
        <source>15 tot 30 dagen</source>
        <translation>15 à 30 jours</translation>
    </message>
    <message>
        <source>3 tot 7 dagen</source>
        <translation>3 à 7 jours</translation>
    </message>
    <message>
        <source>8 tot 14 dagen</source>
        <translation>8 à 14 jours</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="58"/>
        <source>Adres en persoonlijke gegevens</source>
        <translation>Adresse et données personnelles</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="52"/>
        <source>Alleen op deze computer</source>
        <translation>Uniquement sur cet ordinateur</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="79"/>
        <source>Andere reden</source>
        <translation>Autre raison</translation>
    </message>
    <message>
        <source>Angst of wantrouwen</source>
        <translation>Peur ou méfiance</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="68"/>
        <source>Arabisch</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="32"/>
        <source>Attesten en documenten</source>
        <translation>Attestations et documents</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="51"/>
        <source>Bankkaart</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Basisgebruik computer of tablet</source>
        <translation>Utilisation de base d'un ordinateur ou d'une tablette</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="38"/>
        <source>Basisvaardigheden</source>
        <translation>Compétences de base</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="33"/>
        <source>Belastingen en geld</source>
        <translation>Impôts et argent</translation>
    </message>
    <message>
        <source>Beperking</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Betaalbaar internet</source>
        <translation>Internet abordable</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="65"/>
        <source>Burger alleen</source>
        <translation>Citoyen seul</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="55"/>
        <source>Computer of laptop</source>
        <translation>Ordinateur ou portable</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="51"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Contact opgenomen</source>
        <translation>Contact pris</translation>
    </message>
    <message>
        <source>Contacteer mij niet; ik ga zelf</source>
        <translation>Ne me contactez pas ; j'y vais moi-même</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="52"/>
        <source>Digipass of kaartlezer van de bank</source>
        <translation>Digipass ou lecteur de carte de la banque</translation>
    </message>
    <message>
        <source>Doorverwezen</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Dringend</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="67"/>
        <source>Duits</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="53"/>
        <source>E-mailadres (en wachtwoord)</source>
        <translation>Adresse e-mail (et mot de passe)</translation>
    </message>
    <message>
        <source>Een toestel lenen</source>
        <translation>Emprunter un appareil</translation>
    </message>
    <message>
        <source>Eerste sessie gevolgd</source>
        <translation>Première séance suivie</translation>
    </message>
    <message>
        <source>Elders doorverwezen</source>
        <translation>Orienté ailleurs</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="66"/>
        <source>Engels</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="65"/>
        <source>Frans</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Gedaan voor burger</source>
        <translation>Fait pour le citoyen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="74"/>
        <source>Geen (geldige) eID</source>
        <translation>Pas d'eID (valide)</translation>
    </message>
    <message>
        <source>Geen eID</source>
        <translation>Pas d'eID</translation>
    </message>
    <message>
        <source>Geen internet</source>
        <translation>Pas d'internet</translation>
    </message>
    <message>
        <source>Geen partnerdienst gekozen</source>
        <translation>Aucun service partenaire choisi</translation>
    </message>
    <message>
        <source>Geen plaats</source>
        <translation>Pas de place</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="76"/>
        <source>Geen smartphone</source>
        <translation>Pas de smartphone</translation>
    </message>
    <message>
        <source>Geen toestel</source>
        <translation>Pas d'appareil</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="86"/>
        <source>Gelukt</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="36"/>
        <source>Gemeente en afspraken</source>
        <translation>Commune et rendez-vous</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="88"/>
        <source>Gestopt</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="50"/>
        <source>Geweigerd door server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="34"/>
        <source>Gezin en zorg</source>
        <translation>Famille et soins</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="54"/>
        <source>Gsm-nummer</source>
        <translation>Numéro de GSM</translation>
    </message>
    <message>
        <source>Heeft hulp nodig</source>
        <translation>A besoin d'aide</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="31"/>
        <source>Identiteit en aanmelden</source>
        <translation>Identité et connexion</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="48"/>
        <source>Kaartlezer</source>
        <translation>Lecteur de carte</translation>
    </message>
    <message>
        <source>Kan het nog niet</source>
        <translation>Ne sait pas encore</translation>
    </message>
    <message>
        <source>Klaar om te versturen</source>
        <translation>Prête à envoyer</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Lezen en schrijven</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="67"/>
        <source>Medewerker</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Meer dan 30 dagen</source>
        <translation>Plus de 30 jours</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="104"/>
        <source>Nazicht verlopen: deze gids werd laatst nagekeken op {0} en moest uiterlijk op {1} opnieuw nagekeken worden. Controleer de stappen op de officiële bronnen voor u ze volgt.</source>
        <translation>Vérification dépassée : ce guide a été vérifié pour la dernière fois le {0} et devait être revérifié au plus tard le {1}. Contrôlez les étapes sur les sources officielles avant de les suivre.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="97"/>
        <source>Nazicht verlopen: laatst nagekeken op {0}</source>
        <translation>Vérification dépassée : dernière vérification le {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="64"/>
        <source>Nederlands</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Neutraal</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Niet dringend</source>
        <translation>Pas urgent</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="87"/>
        <source>Niet mogelijk</source>
        <translation>Pas possible</translation>
    </message>
    <message>
        <source>Niet opgedaagd</source>
        <translation>Ne s'est pas présenté</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="56"/>
        <source>Nodige papieren en documenten</source>
        <translation>Papiers et documents nécessaires</translation>
    </message>
    <message>
        <source>Normaal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="70"/>
        <source>Oekraïens</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Online bankieren</source>
        <translation>Banque en ligne</translation>
    </message>
    <message>
        <source>Online overheidsdiensten</source>
        <translation>Services publics en ligne</translation>
    </message>
    <message>
        <source>Ontevreden</source>
        <translation>Mécontent</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Opvolging nodig</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <source>Overige onderwerpen</source>
        <translation>Autres sujets</translation>
    </message>
    <message>
        <source>PIN onbekend</source>
        <translation>PIN inconnu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="75"/>
        <source>PIN-code onbekend</source>
        <translation>Code PIN inconnu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="46"/>
        <source>PIN-code van de eID</source>
        <translation>Code PIN de l'eID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="47"/>
        <source>PUK-code (brief bij de eID)</source>
        <translation>Code PUK (lettre reçue avec l'eID)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="72"/>
        <source>Pools</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Portaal buiten dienst</source>
        <translation>Portail hors service</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="57"/>
        <source>Rijksregisternummer</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="73"/>
        <source>Roemeens</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="71"/>
        <source>Russisch</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="66"/>
        <source>Samen</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Samen gedaan</source>
        <translation>Fait ensemble</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="49"/>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Smartphone gebruiken</source>
        <translation>Utiliser un smartphone</translation>
    </message>
    <message>
        <source>Sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="74"/>
        <source>Spaans</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="78"/>
        <source>Taalprobleem</source>
        <translation>Problème de langue</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tevreden</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrigna</translation>
    </message>
    <message>
        <source>Toegang tot internet</source>
        <translation>Accès à internet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="69"/>
        <source>Turks</source>
        <translation>Turc</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="37"/>
        <source>Veilig online</source>
        <translation>Sécurité en ligne</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="49"/>
        <source>Verzonden</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Voltooid</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desk/ui/referrals/labels.py" line="48"/>
        <source>Wacht op verzending</source>
        <translation>En attente d'envoi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="77"/>
        <source>Website of portaal werkt niet</source>
        <translation>Le site ou le portail ne fonctionne pas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="35"/>
        <source>Wonen en verbouwen</source>
        <translation>Logement et rénovation</translation>
    </message>
    <message>
        <source>Zelf gedaan door burger</source>
        <translation>Fait par le citoyen lui-même</translation>
    </message>
    <message>
        <source>Zelfredzaam</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="45"/>
        <source>eID (identiteitskaart)</source>
        <translation>eID (carte d'identité)</translation>
    </message>
    <message>
        <source>eID en itsme</source>
        <translation>eID et itsme</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/labels.py" line="50"/>
        <source>itsme op de smartphone</source>
        <translation>itsme sur le smartphone</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desk/ui/worker.py" line="318"/>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desk/ui/worker.py" line="317"/>
        <source>Bezig…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/worker.py" line="316"/>
        <source>Even geduld</source>
        <translation>Un instant</translation>
    </message>
    <message>
        <location filename="../../desk/ui/worker.py" line="319"/>
        <source>Voortgang</source>
        <translation>Progression</translation>
    </message>
</context>
</TS>
