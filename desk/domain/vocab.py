"""The one vocabulary: every code Desk and desk-central exchange, with its Dutch label.

Codes travel on the wire, sit in both databases and name the rows and columns
of the statistics; the Dutch labels are the source strings the desk's screens
translate (``desk/ui``, context per screen) and the text the domain uses in
letters, CSV files and reports. Each vocabulary is one ordered mapping
``code -> label``; its tuple of codes is derived from it, so the two cannot
drift apart. The central service validates bodies with ``Literal`` types
(``desk/central/vocab.py``); ``tests/foundation/test_vocabulary.py`` holds
them equal to these tuples.

Nothing here imports anything: every room may use it.
"""

from __future__ import annotations

from typing import Final

# An office code ("kortrijk-stadhuis"): the pattern is IT configuration's, which sits
# below the domain; named here with the rest of the vocabulary.
from desk.config import OFFICE_CODE as OFFICE_CODE

#: The code for "anything else" in a statistics row: a value the server does not know
#: (free text, an unpublished guide, an unknown service or office) is counted under it.
OTHER: Final = "other"
OTHER_LABEL: Final = "Andere"

# -- contacts (cases) ------------------------------------------------------------------------

CHANNEL_LABELS: Final[dict[str, str]] = {
    "counter": "Loket",
    "phone": "Telefoon",
    "home_visit": "Huisbezoek",
    "email": "E-mail",
    "video": "Video",
}
CHANNELS: Final = tuple(CHANNEL_LABELS)

OUTCOME_LABELS: Final[dict[str, str]] = {
    "citizen_alone": "Zelf gedaan door burger",
    "together": "Samen gedaan",
    "for_citizen": "Gedaan voor burger",
    "referred": "Doorverwezen",
    "follow_up": "Opvolging nodig",
    "not_possible": "Niet mogelijk",
}
OUTCOMES: Final = tuple(OUTCOME_LABELS)
NOT_POSSIBLE: Final = "not_possible"

#: Why an e-service could not be done (required exactly when the outcome is not_possible).
REASON_LABELS: Final[dict[str, str]] = {
    "no_eid": "Geen eID",
    "pin_unknown": "PIN onbekend",
    "no_smartphone": "Geen smartphone",
    "portal_down": "Portaal buiten dienst",
    "language": "Taal",
    "other": "Andere reden",
}
REASONS: Final = tuple(REASON_LABELS)

SKILL_LABELS: Final[dict[str, str]] = {
    "self_reliant": "Zelfredzaam",
    "needs_help": "Heeft hulp nodig",
    "cannot_yet": "Kan het nog niet",
}
SKILLS: Final = tuple(SKILL_LABELS)

FEEDBACK_LABELS: Final[dict[str, str]] = {
    "happy": "Tevreden",
    "neutral": "Neutraal",
    "unhappy": "Ontevreden",
}
FEEDBACKS: Final = tuple(FEEDBACK_LABELS)

#: Who acted in a guide step (``guide_session.visits[].actor``).
ACTORS: Final = ("citizen", "together", "staff")

#: Languages the case form offers (ISO 639-1); other well-formed codes are accepted too.
LANGUAGES: Final = ("nl", "fr", "en", "de", "ar", "tr", "uk", "ru", "pl", "ro", "es", "so", "ti")

#: How a guide run ended, in the statistics.
GUIDE_END_LABELS: Final[dict[str, str]] = {"completed": "Voltooid", "stopped": "Gestopt"}
GUIDE_ENDS: Final = tuple(GUIDE_END_LABELS)

# -- referrals -------------------------------------------------------------------------------

NEED_LABELS: Final[dict[str, str]] = {
    "device_basics": "Basisgebruik computer of tablet",
    "smartphone": "Smartphone gebruiken",
    "internet_access": "Toegang tot internet",
    "email": "E-mail",
    "eid_itsme": "eID en itsme",
    "egov": "Online overheidsdiensten",
    "online_banking": "Online bankieren",
    "online_safety": "Veilig online",
    "device_lending": "Een toestel lenen",
    "affordable_internet": "Betaalbaar internet",
}
NEEDS: Final = tuple(NEED_LABELS)

BARRIER_LABELS: Final[dict[str, str]] = {
    "no_device": "Geen toestel",
    "no_internet": "Geen internet",
    "cost": "Kosten",
    "literacy": "Lezen en schrijven",
    "language": "Taal",
    "disability": "Beperking",
    "fear_distrust": "Angst of wantrouwen",
    "other": "Andere",
}
BARRIERS: Final = tuple(BARRIER_LABELS)

#: What a "not possible" ending says about the referral it calls for: reason code ->
#: (needs, barriers). A guide that ends in "niet mogelijk" offers a referral with these
#: filled in; the employee can still change them. Every reason maps (a test holds it).
REASON_REFERRAL: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "no_eid": (("eid_itsme",), ("other",)),
    "pin_unknown": (("eid_itsme",), ("other",)),
    "no_smartphone": (("smartphone", "device_lending"), ("no_device",)),
    "portal_down": (("egov",), ("other",)),
    "language": (("egov",), ("language",)),
    "other": (("egov",), ("other",)),
}


def referral_for_reason(reason: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The needs and barriers a referral starts with after a "not possible" *reason*."""
    return REASON_REFERRAL.get(reason or "other", REASON_REFERRAL["other"])

URGENCY_LABELS: Final[dict[str, str]] = {
    "low": "Niet dringend",
    "normal": "Normaal",
    "high": "Dringend",
}
URGENCIES: Final = tuple(URGENCY_LABELS)

#: How the partner may contact the citizen. ``none_i_will_go``: no phone or e-mail needed.
CONTACT_CHANNEL_LABELS: Final[dict[str, str]] = {
    "phone": "Telefoon",
    "sms": "Sms",
    "email": "E-mail",
    "none_i_will_go": "Contacteer mij niet; ik ga zelf",
}
CONTACT_CHANNELS: Final = tuple(CONTACT_CHANNEL_LABELS)
CHANNELS_NEEDING_PHONE: Final = frozenset({"phone", "sms"})
CHANNELS_NEEDING_EMAIL: Final = frozenset({"email"})

#: The statuses of the shared referral lifecycle (``desk.domain.lifecycle`` has the
#: transitions), in lifecycle order: the happy path, then the side exits.
STATUS_LABELS: Final[dict[str, str]] = {
    "sent": "Verstuurd",
    "received": "Ontvangen",
    "contact_made": "Contact opgenomen",
    "first_session": "Eerste sessie gevolgd",
    "completed": "Afgerond",
    "no_show": "Niet opgedaagd",
    "declined": "Geweigerd",
    "no_capacity": "Geen plaats",
    "referred_elsewhere": "Elders doorverwezen",
    "cancelled": "Geannuleerd",
}
STATUSES: Final = tuple(STATUS_LABELS)
#: A referral the desk has not sent yet: it never leaves the desk and is never counted.
DRAFT: Final = "draft"
DRAFT_LABEL: Final = "Concept"
#: What a sent referral shows until the central service has accepted it: pressing
#: "Versturen" puts it in the outbox, and only the server's acknowledgement makes it
#: "Verstuurd". A shown status only (``desk.domain.referrals.shown_status``): it never
#: travels and is never a lifecycle status.
READY_TO_SEND: Final = "ready_to_send"
READY_TO_SEND_LABEL: Final = "Klaar om te versturen"
#: Statuses that mean the partner reached the citizen (time to first contact ends there).
CONTACT_STATUSES: Final = frozenset({"contact_made", "first_session", "completed"})

#: Time from "sent" to the first contact status, in the statistics' buckets.
TTFC_LABELS: Final[dict[str, str]] = {
    "0-2 d": "0 tot 2 dagen",
    "3-7 d": "3 tot 7 dagen",
    "8-14 d": "8 tot 14 dagen",
    "15-30 d": "15 tot 30 dagen",
    ">30 d": "Meer dan 30 dagen",
}
TTFC_BUCKETS: Final = tuple(TTFC_LABELS)
_TTFC_LIMITS: Final = ((2.0, "0-2 d"), (7.0, "3-7 d"), (14.0, "8-14 d"), (30.0, "15-30 d"))


def ttfc_bucket(days: float) -> str:
    """The bucket of a time to first contact in days (upper limits inclusive)."""
    for limit, bucket in _TTFC_LIMITS:
        if days <= limit:
            return bucket
    return ">30 d"


# -- organisations and roles ---------------------------------------------------------------

#: The 13 municipalities of South-West Flanders (organisation codes), with their names.
MUNICIPALITY_NAMES: Final[dict[str, str]] = {
    "anzegem": "Anzegem",
    "avelgem": "Avelgem",
    "deerlijk": "Deerlijk",
    "harelbeke": "Harelbeke",
    "kortrijk": "Kortrijk",
    "kuurne": "Kuurne",
    "lendelede": "Lendelede",
    "menen": "Menen",
    "spiere-helkijn": "Spiere-Helkijn",
    "waregem": "Waregem",
    "wevelgem": "Wevelgem",
    "zwevegem": "Zwevegem",
    "wervik": "Wervik",
}
MUNICIPALITIES: Final = tuple(MUNICIPALITY_NAMES)
#: Regional organisations: their devices work for every municipality.
REGIONAL_ORG_NAMES: Final[dict[str, str]] = {"w13": "W13", "leiedal": "Leiedal"}
REGIONAL_ORGS: Final = frozenset(REGIONAL_ORG_NAMES)
ORG_CODES: Final = (*MUNICIPALITIES, *REGIONAL_ORG_NAMES)

ROLES: Final = ("counter", "social", "reviewer", "admin")
