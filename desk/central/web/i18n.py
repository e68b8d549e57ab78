"""The words of the web pages in Dutch (default), French and English. Plain language (B1).

Code labels (needs, statuses …) come from :mod:`desk.central.web.labels`.
"""

from __future__ import annotations

from typing import Final

from desk.central.web.labels import LANGS

DEFAULT: Final = "nl"

#: key -> (nl, fr, en)
MESSAGES: Final[dict[str, tuple[str, str, str]]] = {
    "site": ("Desk voor partners", "Desk pour les partenaires", "Desk for partners"),
    "skip": ("Naar de inhoud", "Aller au contenu", "Skip to content"),
    "language": ("Taal", "Langue", "Language"),
    "main_menu": ("Hoofdmenu", "Menu principal", "Main menu"),
    "inbox": ("Doorverwijzingen", "Orientations", "Referrals"),
    "insights": ("Cijfers", "Chiffres", "Figures"),
    "account": ("Mijn account", "Mon compte", "My account"),
    "sign_out": ("Afmelden", "Se déconnecter", "Sign out"),
    "signed_out": ("U bent afgemeld.", "Vous êtes déconnecté.", "You are signed out."),
    "session_over": (
        "U was te lang niet actief. Meld u opnieuw aan.",
        "Vous étiez inactif trop longtemps. Connectez-vous à nouveau.",
        "You were inactive for too long. Please sign in again.",
    ),
    # -- sign in
    "sign_in": ("Aanmelden", "Se connecter", "Sign in"),
    "sign_in_intro": (
        "Meld u aan met uw e-mailadres en wachtwoord. Daarna vragen we de code uit uw app.",
        "Connectez-vous avec votre adresse e-mail et votre mot de passe. Ensuite, nous "
        "demandons le code de votre application.",
        "Sign in with your e-mail address and password. Then we ask for the code from your app.",
    ),
    "email": ("E-mailadres", "Adresse e-mail", "E-mail address"),
    "password": ("Wachtwoord", "Mot de passe", "Password"),
    "next": ("Verder", "Continuer", "Continue"),
    "signin_wrong": (
        "Het e-mailadres of het wachtwoord klopt niet.",
        "L'adresse e-mail ou le mot de passe n'est pas correct.",
        "The e-mail address or the password is not correct.",
    ),
    "locked": (
        "Te veel foute pogingen. Wacht 15 minuten en probeer opnieuw.",
        "Trop d'essais erronés. Attendez 15 minutes et réessayez.",
        "Too many wrong attempts. Wait 15 minutes and try again.",
    ),
    "too_many": (
        "Te veel foute pogingen van deze computer. Probeer later opnieuw.",
        "Trop d'essais erronés depuis cet ordinateur. Réessayez plus tard.",
        "Too many wrong attempts from this computer. Try again later.",
    ),
    "code_title": ("Code uit uw app", "Code de votre application", "Code from your app"),
    "code_intro": (
        "Open de app op uw telefoon (bijvoorbeeld Google Authenticator of Microsoft "
        "Authenticator). Typ de code van 6 cijfers. Geen telefoon bij de hand? Typ dan "
        "een van uw herstelcodes.",
        "Ouvrez l'application sur votre téléphone (par exemple Google Authenticator ou "
        "Microsoft Authenticator). Tapez le code de 6 chiffres. Pas de téléphone sous la "
        "main ? Tapez alors un de vos codes de récupération.",
        "Open the app on your phone (for example Google Authenticator or Microsoft "
        "Authenticator). Type the 6-digit code. No phone at hand? Then type one of your "
        "recovery codes.",
    ),
    "code": ("Code", "Code", "Code"),
    "code_hint": (
        "6 cijfers, of een herstelcode zoals abcde-12345",
        "6 chiffres, ou un code de récupération comme abcde-12345",
        "6 digits, or a recovery code such as abcde-12345",
    ),
    "code_wrong": (
        "Deze code klopt niet. Kijk of de tijd op uw telefoon juist staat, en typ de "
        "nieuwe code.",
        "Ce code n'est pas correct. Vérifiez l'heure de votre téléphone et tapez le "
        "nouveau code.",
        "This code is not correct. Check the time on your phone and type the new code.",
    ),
    "form_expired": (
        "Dit formulier is verlopen. Probeer het nog eens.",
        "Ce formulaire a expiré. Réessayez.",
        "This form has expired. Please try again.",
    ),
    # -- welcome (first sign-in from the link)
    "welcome": ("Welkom", "Bienvenue", "Welcome"),
    "welcome_intro": (
        "U maakt nu uw account voor {email}. Dat gaat in drie stappen.",
        "Vous créez maintenant votre compte pour {email}. Cela se fait en trois étapes.",
        "You are now setting up your account for {email}. This takes three steps.",
    ),
    "step_password": (
        "Stap 1: kies een wachtwoord",
        "Étape 1 : choisissez un mot de passe",
        "Step 1: choose a password",
    ),
    "password_rule": (
        "Minstens 12 tekens. Een zin van een paar woorden is goed en makkelijk te onthouden.",
        "Au moins 12 caractères. Une phrase de quelques mots convient et se retient "
        "facilement.",
        "At least 12 characters. A sentence of a few words is good and easy to remember.",
    ),
    "password_again": ("Wachtwoord nog eens", "Mot de passe à nouveau", "Password again"),
    "step_app": (
        "Stap 2: koppel de app op uw telefoon",
        "Étape 2 : liez l'application sur votre téléphone",
        "Step 2: link the app on your phone",
    ),
    "app_intro": (
        "Installeer een app voor codes, zoals Google Authenticator of Microsoft "
        "Authenticator. Scan dan deze QR-code met de app. Lukt scannen niet? Typ dan de "
        "sleutel hieronder in de app.",
        "Installez une application de codes, comme Google Authenticator ou Microsoft "
        "Authenticator. Scannez ensuite ce code QR avec l'application. Le scan ne marche "
        "pas ? Tapez alors la clé ci-dessous dans l'application.",
        "Install an app for codes, such as Google Authenticator or Microsoft "
        "Authenticator. Then scan this QR code with the app. Scanning does not work? Then "
        "type the key below into the app.",
    ),
    "qr_alt": (
        "QR-code om de app te koppelen",
        "Code QR pour lier l'application",
        "QR code to link the app",
    ),
    "key": ("Sleutel", "Clé", "Key"),
    "step_code": (
        "Stap 3: typ de code uit de app",
        "Étape 3 : tapez le code de l'application",
        "Step 3: type the code from the app",
    ),
    "make_account": ("Account maken", "Créer le compte", "Create account"),
    "link_invalid": (
        "Deze link werkt niet meer. Een link werkt één keer en 24 uur lang. Vraag een "
        "nieuwe link aan de beheerder van Desk.",
        "Ce lien ne fonctionne plus. Un lien fonctionne une seule fois, pendant 24 heures. "
        "Demandez un nouveau lien à l'administrateur de Desk.",
        "This link no longer works. A link works once, for 24 hours. Ask the Desk "
        "administrator for a new link.",
    ),
    "password_short": (
        "Het wachtwoord is te kort: minstens 12 tekens.",
        "Le mot de passe est trop court : au moins 12 caractères.",
        "The password is too short: at least 12 characters.",
    ),
    "password_long": (
        "Het wachtwoord is te lang: hoogstens 128 tekens.",
        "Le mot de passe est trop long : 128 caractères au maximum.",
        "The password is too long: at most 128 characters.",
    ),
    "password_guessable": (
        "Dit wachtwoord is te makkelijk te raden. Kies een ander.",
        "Ce mot de passe est trop facile à deviner. Choisissez-en un autre.",
        "This password is too easy to guess. Choose another one.",
    ),
    "password_mismatch": (
        "De twee wachtwoorden zijn niet gelijk.",
        "Les deux mots de passe ne sont pas identiques.",
        "The two passwords are not the same.",
    ),
    "recovery_title": ("Uw herstelcodes", "Vos codes de récupération", "Your recovery codes"),
    "recovery_intro": (
        "Uw account is klaar. Bewaar deze codes op papier, op een veilige plaats. Kwijt "
        "u uw telefoon? Dan meldt u zich aan met een van deze codes. Elke code werkt één "
        "keer. U ziet ze maar één keer.",
        "Votre compte est prêt. Gardez ces codes sur papier, dans un endroit sûr. Vous "
        "perdez votre téléphone ? Connectez-vous alors avec un de ces codes. Chaque code "
        "fonctionne une fois. Vous ne les voyez qu'une seule fois.",
        "Your account is ready. Keep these codes on paper, in a safe place. Lose your "
        "phone? Then sign in with one of these codes. Each code works once. You see them "
        "only once.",
    ),
    "continue_home": ("Ik heb de codes bewaard: verder", "J'ai gardé les codes : continuer",
                      "I have kept the codes: continue"),
    # -- inbox
    "inbox_intro": (
        "Hier staan de doorverwijzingen naar {partner}. De dringendste en nieuwste staan "
        "bovenaan.",
        "Voici les orientations vers {partner}. Les plus urgentes et les plus récentes "
        "sont en haut.",
        "These are the referrals to {partner}. The most urgent and newest are at the top.",
    ),
    "tab_all": ("Alle", "Toutes", "All"),
    "tab_new": ("Nieuw", "Nouvelles", "New"),
    "tab_open": ("Lopend", "En cours", "Open"),
    "tab_closed": ("Afgesloten", "Clôturées", "Closed"),
    "show": ("Toon", "Afficher", "Show"),
    "search": ("Zoeken", "Rechercher", "Search"),
    "search_label": (
        "Zoek op referentie, gemeente of vraag",
        "Chercher par référence, commune ou demande",
        "Search by reference, municipality or need",
    ),
    "no_referrals": (
        "Er zijn hier geen doorverwijzingen.",
        "Il n'y a pas d'orientations ici.",
        "There are no referrals here.",
    ),
    "results": ("{n} doorverwijzingen", "{n} orientations", "{n} referrals"),
    "reference": ("Referentie", "Référence", "Reference"),
    "date": ("Datum", "Date", "Date"),
    "urgency": ("Dringend?", "Urgence", "Urgency"),
    "municipality": ("Gemeente", "Commune", "Municipality"),
    "needs": ("Wat wil de burger leren?", "Que veut apprendre le citoyen ?",
              "What does the citizen want to learn?"),
    "needs_short": ("Vraag", "Demande", "Need"),
    "barriers": ("Wat maakt het moeilijk?", "Qu'est-ce qui rend les choses difficiles ?",
                 "What makes it hard?"),
    "status": ("Status", "Statut", "Status"),
    "open": ("Openen", "Ouvrir", "Open"),
    "pages": ("Pagina's", "Pages", "Pages"),
    "page_of": ("Pagina {page} van {pages}", "Page {page} sur {pages}", "Page {page} of {pages}"),
    "previous": ("Vorige", "Précédente", "Previous"),
    "following": ("Volgende", "Suivante", "Next"),
    # -- one referral
    "referral": ("Doorverwijzing {ref}", "Orientation {ref}", "Referral {ref}"),
    "back_inbox": ("Terug naar de lijst", "Retour à la liste", "Back to the list"),
    "about": ("Over de vraag", "La demande", "About the request"),
    "sent_on": ("Verstuurd op", "Envoyée le", "Sent on"),
    "by_org": ("Van", "De", "From"),
    "citizen": ("De burger", "Le citoyen", "The citizen"),
    "name": ("Naam", "Nom", "Name"),
    "phone": ("Telefoon", "Téléphone", "Phone"),
    "contact_pref": ("Contact via", "Contact par", "Contact by"),
    "citizen_language": ("Taal", "Langue", "Language"),
    "availability": ("Wanneer bereikbaar", "Quand joignable", "When available"),
    "staff_notes": ("Notities van de medewerker", "Notes de l'agent", "Notes of the staff member"),
    "no_consent": (
        "De burger gaf geen toestemming om naam en contactgegevens door te geven. De "
        "burger komt zelf naar u.",
        "Le citoyen n'a pas donné son accord pour transmettre son nom et ses coordonnées. "
        "Le citoyen viendra lui-même chez vous.",
        "The citizen did not agree to pass on name and contact details. The citizen will "
        "come to you.",
    ),
    "erased": (
        "Naam en contactgegevens zijn gewist (bewaartermijn of vraag van de burger).",
        "Le nom et les coordonnées ont été effacés (délai de conservation ou demande du "
        "citoyen).",
        "Name and contact details have been erased (retention period or the citizen's "
        "request).",
    ),
    "private_note": (
        "Alleen voor uw organisatie. Elke keer dat u deze gegevens bekijkt, wordt "
        "bijgehouden.",
        "Uniquement pour votre organisation. Chaque consultation de ces données est "
        "enregistrée.",
        "For your organisation only. Every time you view these details is recorded.",
    ),
    "history": ("Verloop", "Historique", "History"),
    "change_status": ("Status aanpassen", "Modifier le statut", "Change the status"),
    "new_status": ("Nieuwe status", "Nouveau statut", "New status"),
    "note": ("Korte boodschap voor de doorverwijzer (mag leeg blijven)",
             "Court message pour la personne qui a orienté (peut rester vide)",
             "Short message for the referrer (may stay empty)"),
    "note_hint": (
        "Geen namen, geen telefoonnummers, geen rijksregisternummers. Hoogstens 500 tekens.",
        "Pas de noms, pas de numéros de téléphone, pas de numéros de registre national. "
        "500 caractères au maximum.",
        "No names, no phone numbers, no national register numbers. At most 500 characters.",
    ),
    "save": ("Opslaan", "Enregistrer", "Save"),
    "status_saved": (
        "De status is nu: {status}. De doorverwijzer ziet dat bij de volgende synchronisatie.",
        "Le statut est maintenant : {status}. La personne qui a orienté le verra à la "
        "prochaine synchronisation.",
        "The status is now: {status}. The referrer sees it at the next sync.",
    ),
    "status_final": (
        "Deze doorverwijzing is afgesloten. De status kan niet meer veranderen.",
        "Cette orientation est clôturée. Le statut ne peut plus changer.",
        "This referral is closed. The status can no longer change.",
    ),
    "status_choose": ("Kies een nieuwe status.", "Choisissez un nouveau statut.",
                      "Choose a new status."),
    "status_not_allowed": (
        "Deze status kan nu niet. Kies een van de statussen in de lijst.",
        "Ce statut n'est pas possible maintenant. Choisissez un statut de la liste.",
        "This status is not possible now. Choose one of the statuses in the list.",
    ),
    "note_long": ("De boodschap is te lang: hoogstens 500 tekens.",
                  "Le message est trop long : 500 caractères au maximum.",
                  "The message is too long: at most 500 characters."),
    "note_control": (
        "De boodschap bevat onzichtbare tekens. Typ de tekst opnieuw.",
        "Le message contient des caractères invisibles. Retapez le texte.",
        "The message contains invisible characters. Type the text again.",
    ),
    "not_found": (
        "Deze doorverwijzing bestaat niet, of is niet voor uw organisatie.",
        "Cette orientation n'existe pas ou n'est pas destinée à votre organisation.",
        "This referral does not exist, or is not for your organisation.",
    ),
    "error": ("Er ging iets mis", "Un problème est survenu", "Something went wrong"),
    "forbidden": (
        "Deze pagina is niet voor uw account.",
        "Cette page n'est pas destinée à votre compte.",
        "This page is not for your account.",
    ),
    "refused": (
        "Dit verzoek werd geweigerd. Open de pagina opnieuw en probeer nog eens.",
        "Cette demande a été refusée. Rouvrez la page et réessayez.",
        "This request was refused. Open the page again and try once more.",
    ),
    "problem": ("Let op", "Attention", "Please note"),
    # -- account
    "account_intro": ("Aangemeld als {email}.", "Connecté en tant que {email}.",
                      "Signed in as {email}."),
    "notify": (
        "Stuur mij een e-mail als er een nieuwe doorverwijzing is (zonder namen)",
        "Envoyez-moi un e-mail quand il y a une nouvelle orientation (sans noms)",
        "Send me an e-mail when there is a new referral (without names)",
    ),
    "notify_off": (
        "E-mails zijn niet ingesteld op deze server.",
        "Les e-mails ne sont pas configurés sur ce serveur.",
        "E-mail is not set up on this server.",
    ),
    "saved": ("Opgeslagen.", "Enregistré.", "Saved."),
    # -- insights
    "insights_intro": (
        "Cijfers over doorverwijzingen en contacten, per maand. Kleine aantallen tonen we "
        "niet precies, zodat niemand herkenbaar is.",
        "Chiffres sur les orientations et les contacts, par mois. Nous ne montrons pas les "
        "petits nombres exactement, pour que personne ne soit reconnaissable.",
        "Figures on referrals and contacts, by month. We do not show small numbers exactly, "
        "so that nobody can be recognised.",
    ),
    "period": ("Periode", "Période", "Period"),
    "period_year": ("Jaar", "Année", "Year"),
    "period_quarter": ("Kwartaal", "Trimestre", "Quarter"),
    "period_month": ("Maand", "Mois", "Month"),
    "quarter": ("Kwartaal {q} van {year}", "Trimestre {q} de {year}", "Quarter {q} of {year}"),
    "month_names": (
        "januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,"
        "december",
        "janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre",
        "January,February,March,April,May,June,July,August,September,October,November,"
        "December",
    ),
    "period_hint": (
        "Een heel jaar, kwartaal of maand. Zo kan niemand twee periodes van elkaar aftrekken "
        "om kleine aantallen te vinden.",
        "Une année, un trimestre ou un mois entier. Ainsi, personne ne peut soustraire deux "
        "périodes pour retrouver de petits nombres.",
        "A whole year, quarter or month. That way nobody can subtract two periods to find "
        "small numbers.",
    ),
    "organisation": ("Organisatie", "Organisation", "Organisation"),
    "whole_region": ("De hele regio", "Toute la région", "The whole region"),
    "show_figures": ("Toon de cijfers", "Afficher les chiffres", "Show the figures"),
    "chart_of": ("Grafiek: {title}", "Graphique : {title}", "Chart: {title}"),
    "table_of": ("Tabel: {title}", "Tableau : {title}", "Table: {title}"),
    "total": ("Totaal", "Total", "Total"),
    "download_csv": ("Download als CSV: {title}", "Télécharger en CSV : {title}",
                     "Download as CSV: {title}"),
    "no_figures": ("Geen cijfers voor deze periode.", "Pas de chiffres pour cette période.",
                   "No figures for this period."),
    "contents": ("Inhoud", "Contenu", "Contents"),
    "period_invalid": (
        "Kies een periode uit de lijst: een jaar, een kwartaal of een maand.",
        "Choisissez une période dans la liste : une année, un trimestre ou un mois.",
        "Choose a period from the list: a year, a quarter or a month.",
    ),
    # -- insights: table titles and row headings
    "title_referrals_by_month": ("Doorverwijzingen per maand en status",
                                 "Orientations par mois et statut",
                                 "Referrals by month and status"),
    "title_referrals_by_org": ("Doorverwijzingen per organisatie en status",
                               "Orientations par organisation et statut",
                               "Referrals by organisation and status"),
    "title_referrals_by_need": ("Doorverwijzingen per vraag en status",
                                "Orientations par demande et statut",
                                "Referrals by need and status"),
    "title_referrals_by_barrier": ("Doorverwijzingen per drempel en status",
                                   "Orientations par obstacle et statut",
                                   "Referrals by barrier and status"),
    "title_referrals_by_service": ("Doorverwijzingen per partner en status",
                                   "Orientations par partenaire et statut",
                                   "Referrals by partner and status"),
    "title_referrals_by_urgency": ("Doorverwijzingen per urgentie en status",
                                   "Orientations par urgence et statut",
                                   "Referrals by urgency and status"),
    "title_time_to_first_contact": ("Tijd tot het eerste contact",
                                    "Délai jusqu'au premier contact",
                                    "Time to first contact"),
    "title_cases_by_month": ("Contacten per maand en uitkomst", "Contacts par mois et résultat",
                             "Contacts by month and outcome"),
    "title_cases_by_org": ("Contacten per organisatie en uitkomst",
                           "Contacts par organisation et résultat",
                           "Contacts by organisation and outcome"),
    "title_cases_by_channel": ("Contacten per kanaal en uitkomst",
                               "Contacts par canal et résultat",
                               "Contacts by channel and outcome"),
    "row_month": ("Maand", "Mois", "Month"),
    "row_org": ("Organisatie", "Organisation", "Organisation"),
    "row_need": ("Vraag", "Demande", "Need"),
    "row_barrier": ("Drempel", "Obstacle", "Barrier"),
    "row_service": ("Partnerdienst", "Service partenaire", "Partner service"),
    "row_urgency": ("Urgentie", "Urgence", "Urgency"),
    "row_time": ("Termijn", "Délai", "Time"),
    "row_channel": ("Kanaal", "Canal", "Channel"),
    "count": ("Aantal", "Nombre", "Number"),
}


def text(key: str, lang: str, **values: object) -> str:
    """The message *key* in *lang* (Dutch when unknown), with ``{name}`` values filled in."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    index = LANGS.index(lang) if lang in LANGS else 0
    message = entry[index]
    return message.format(**values) if values else message
