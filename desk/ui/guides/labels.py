"""Words for the codes in guide data, for staff and for citizens.

Staff labels follow the UI language (Qt translation, Dutch source strings).
Citizen texts follow the *citizen's* language, chosen per citizen in the
runner, which may differ from the UI's: those few fixed phrases (handout
headings, "what to bring" items, "Stap 3 van 7") are kept here per language,
with Dutch as the fallback, the same way the guide translations fall back to
Dutch per step.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from PySide6.QtCore import QCoreApplication

from desk.domain.formats import format_date
from desk.domain.guides.model import Guide
from desk.ui.languages import own_name

_CONTEXT: Final = "Vocabulary"  # shared terms (desk.ui.terms): translated once


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def category_label(code: str) -> str:
    labels = {
        "identiteit-en-aanmelden": _tr("Identiteit en aanmelden"),
        "attesten-en-documenten": _tr("Attesten en documenten"),
        "belastingen-en-geld": _tr("Belastingen en geld"),
        "gezin-en-zorg": _tr("Gezin en zorg"),
        "wonen-en-verbouwen": _tr("Wonen en verbouwen"),
        "gemeente-en-afspraken": _tr("Gemeente en afspraken"),
        "veilig-online": _tr("Veilig online"),
        "basisvaardigheden": _tr("Basisvaardigheden"),
    }
    return labels.get(code, code)


def bring_label(code: str) -> str:
    labels = {
        "eid": _tr("eID (identiteitskaart)"),
        "pin": _tr("PIN-code van de eID"),
        "puk": _tr("PUK-code (brief bij de eID)"),
        "kaartlezer": _tr("Kaartlezer"),
        "smartphone": _tr("Smartphone"),
        "itsme": _tr("itsme op de smartphone"),
        "bankkaart": _tr("Bankkaart"),
        "digipass": _tr("Digipass of kaartlezer van de bank"),
        "emailadres": _tr("E-mailadres (en wachtwoord)"),
        "gsm-nummer": _tr("Gsm-nummer"),
        "computer": _tr("Computer of laptop"),
        "documenten": _tr("Nodige papieren en documenten"),
        "rijksregisternummer": _tr("Rijksregisternummer"),
        "adres-en-gegevens": _tr("Adres en persoonlijke gegevens"),
    }
    return labels.get(code, code)


def actor_label(code: str) -> str:
    labels = {
        "citizen": _tr("Burger alleen"),
        "together": _tr("Samen"),
        "staff": _tr("Medewerker"),
    }
    return labels.get(code, code)


def reason_label(code: str) -> str:
    labels = {
        "no_eid": _tr("Geen (geldige) eID"),
        "pin_unknown": _tr("PIN-code onbekend"),
        "no_smartphone": _tr("Geen smartphone"),
        "portal_down": _tr("Website of portaal werkt niet"),
        "language": _tr("Taalprobleem"),
        "other": _tr("Andere reden"),
    }
    return labels.get(code, code)


def outcome_label(code: str) -> str:
    labels = {
        "done": _tr("Gelukt"),
        "not_possible": _tr("Niet mogelijk"),
        "stopped": _tr("Gestopt"),
    }
    return labels.get(code, code)


def review_overdue_short(guide: Guide, today: date) -> str | None:
    """One line for the guide list when the review interval has run out, else None."""
    if not guide.review_overdue(today):
        return None
    return _tr("Nazicht verlopen: laatst nagekeken op {0}").format(format_date(guide.reviewed))


def review_overdue_notice(guide: Guide, today: date) -> str | None:
    """The runner's notice when the review interval has run out, else None."""
    if not guide.review_overdue(today):
        return None
    return _tr(
        "Nazicht verlopen: deze gids werd laatst nagekeken op {0} en moest uiterlijk op {1} "
        "opnieuw nagekeken worden. Controleer de stappen op de officiële bronnen voor u "
        "ze volgt."
    ).format(format_date(guide.reviewed), format_date(guide.review_due))


def language_name(code: str) -> str:
    """The language's own name, capitalised: ``Nederlands``, ``Français``, ``English``."""
    return own_name(code)


# -- citizen-language texts ------------------------------------------------

CITIZEN_LANGUAGES: Final = ("nl", "fr", "en")

_CITIZEN: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "step_of": "Stap {0} van {1}",
        "step_of_about": "Stap {0} van ongeveer {1}",
        "bring": "Wat brengt u mee?",
        "steps": "Wat moet u doen?",
        "links": "Meer informatie",
        "date": "Datum: {0}",
        "from_step": "Deze stappen doet u nog.",
        "whole_guide": "Dit zijn alle stappen.",
        "not_possible": "Dit lukte vandaag niet. Lukt het later wel? Dan zijn dit de stappen.",
        "then": "Daarna: verder met “{0}”",
        "you_alone": "Dit doet u zelf. Niemand kijkt mee.",
        "welcome": "We helpen u stap voor stap.",
        "done": "Klaar. Dank u wel.",
        "footer": "Hebt u nog vragen? Kom gerust terug naar het loket.",
        "eid": "Uw eID (identiteitskaart)",
        "pin": "De PIN-code van uw eID",
        "puk": "De brief met uw PUK-code",
        "kaartlezer": "Een kaartlezer",
        "smartphone": "Uw smartphone",
        "itsme": "De app itsme op uw smartphone",
        "bankkaart": "Uw bankkaart",
        "digipass": "De kaartlezer of digipass van uw bank",
        "emailadres": "Uw e-mailadres en wachtwoord",
        "gsm-nummer": "Uw gsm-nummer",
        "computer": "Een computer of laptop",
        "documenten": "De nodige papieren",
        "rijksregisternummer": "Uw rijksregisternummer (achterkant van uw eID)",
        "adres-en-gegevens": "Uw adres en gegevens",
    },
    "fr": {
        "step_of": "Étape {0} sur {1}",
        "step_of_about": "Étape {0} sur environ {1}",
        "bring": "Qu'apportez-vous ?",
        "steps": "Que devez-vous faire ?",
        "links": "Plus d'informations",
        "date": "Date : {0}",
        "from_step": "Voici les étapes qui restent.",
        "whole_guide": "Voici toutes les étapes.",
        "not_possible": ("Cela n'a pas été possible aujourd'hui. Si c'est possible plus tard, "
                         "voici les étapes."),
        "then": "Ensuite : suite de « {0} »",
        "you_alone": "Vous faites ceci vous-même. Personne ne regarde.",
        "welcome": "Nous vous aidons étape par étape.",
        "done": "C'est fini. Merci.",
        "footer": "Vous avez encore des questions ? Revenez au guichet.",
        "eid": "Votre eID (carte d'identité)",
        "pin": "Le code PIN de votre eID",
        "puk": "La lettre avec votre code PUK",
        "kaartlezer": "Un lecteur de carte",
        "smartphone": "Votre smartphone",
        "itsme": "L'app itsme sur votre smartphone",
        "bankkaart": "Votre carte bancaire",
        "digipass": "Le lecteur de carte ou digipass de votre banque",
        "emailadres": "Votre adresse e-mail et votre mot de passe",
        "gsm-nummer": "Votre numéro de GSM",
        "computer": "Un ordinateur",
        "documenten": "Les documents nécessaires",
        "rijksregisternummer": "Votre numéro de registre national (au dos de votre eID)",
        "adres-en-gegevens": "Votre adresse et vos données",
    },
    "en": {
        "step_of": "Step {0} of {1}",
        "step_of_about": "Step {0} of about {1}",
        "bring": "What do you bring?",
        "steps": "What do you do?",
        "links": "More information",
        "date": "Date: {0}",
        "from_step": "These are the steps you still do.",
        "whole_guide": "These are all the steps.",
        "not_possible": ("This was not possible today. If it becomes possible later, "
                         "these are the steps."),
        "then": "Then: carry on with “{0}”",
        "you_alone": "You do this yourself. Nobody looks.",
        "welcome": "We help you step by step.",
        "done": "Finished. Thank you.",
        "footer": "Do you have more questions? Come back to the desk.",
        "eid": "Your eID (identity card)",
        "pin": "The PIN code of your eID",
        "puk": "The letter with your PUK code",
        "kaartlezer": "A card reader",
        "smartphone": "Your smartphone",
        "itsme": "The itsme app on your smartphone",
        "bankkaart": "Your bank card",
        "digipass": "The card reader or digipass of your bank",
        "emailadres": "Your e-mail address and password",
        "gsm-nummer": "Your mobile phone number",
        "computer": "A computer or laptop",
        "documenten": "The documents you need",
        "rijksregisternummer": "Your national register number (back of your eID)",
        "adres-en-gegevens": "Your address and details",
    },
}


def citizen_text(language: str, key: str) -> str:
    """A fixed citizen phrase in ``language``, else in Dutch, else the key itself."""
    table = _CITIZEN.get(language, _CITIZEN["nl"])
    return table.get(key) or _CITIZEN["nl"].get(key, key)
