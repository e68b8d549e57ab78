"""Codes used in referral data (see notes/contracts.md), with Dutch labels.

The UI translates labels through Qt; these Dutch labels are the source
strings and the text used in letters and messages built by the domain.
"""

from __future__ import annotations

from typing import Final

NEEDS: Final[dict[str, str]] = {
    "device_basics": "basisgebruik computer of tablet",
    "smartphone": "smartphone gebruiken",
    "internet_access": "toegang tot internet",
    "email": "e-mail",
    "eid_itsme": "eID en itsme",
    "egov": "online overheidsdiensten",
    "online_banking": "online bankieren",
    "online_safety": "veilig online",
    "device_lending": "een toestel lenen",
    "affordable_internet": "betaalbaar internet",
}

BARRIERS: Final[dict[str, str]] = {
    "no_device": "geen toestel",
    "no_internet": "geen internet",
    "cost": "kosten",
    "literacy": "lezen en schrijven",
    "language": "taal",
    "disability": "beperking",
    "fear_distrust": "angst of wantrouwen",
    "other": "andere",
}

URGENCIES: Final[dict[str, str]] = {
    "low": "niet dringend",
    "normal": "normaal",
    "high": "dringend",
}

#: How the partner may contact the citizen. ``none_i_will_go``: "contacteer mij
#: niet; ik ga zelf" — no phone or e-mail is needed then.
CONTACT_CHANNELS: Final[dict[str, str]] = {
    "phone": "telefoon",
    "sms": "sms",
    "email": "e-mail",
    "none_i_will_go": "niet contacteren: ik ga zelf",
}
CHANNELS_NEEDING_PHONE: Final[frozenset[str]] = frozenset({"phone", "sms"})
CHANNELS_NEEDING_EMAIL: Final[frozenset[str]] = frozenset({"email"})

#: The 13 municipalities of South-West Flanders (organisation codes).
MUNICIPALITIES: Final[dict[str, str]] = {
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
