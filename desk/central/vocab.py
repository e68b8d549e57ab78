"""The shared codes as ``Literal`` types, for validating wire bodies.

The codes themselves, with their Dutch labels, live in :mod:`desk.domain.vocab`;
pydantic needs them spelled out as ``Literal`` types here.
``tests/foundation/test_vocabulary.py`` fails when the two differ.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "Actor",
    "Barrier",
    "Channel",
    "Feedback",
    "Municipality",
    "Need",
    "NotPossibleReason",
    "Outcome",
    "Role",
    "Skill",
    "Status",
    "Urgency",
]

Channel = Literal["counter", "phone", "home_visit", "email", "video"]
Outcome = Literal[
    "citizen_alone", "together", "for_citizen", "referred", "follow_up", "not_possible"
]
NotPossibleReason = Literal[
    "no_eid", "pin_unknown", "no_smartphone", "portal_down", "language", "other"
]
Skill = Literal["self_reliant", "needs_help", "cannot_yet"]
Feedback = Literal["happy", "neutral", "unhappy"]
Actor = Literal["citizen", "together", "staff"]
Need = Literal[
    "device_basics",
    "smartphone",
    "internet_access",
    "email",
    "eid_itsme",
    "egov",
    "online_banking",
    "online_safety",
    "device_lending",
    "affordable_internet",
]
Barrier = Literal[
    "no_device",
    "no_internet",
    "cost",
    "literacy",
    "language",
    "disability",
    "fear_distrust",
    "other",
]
Urgency = Literal["low", "normal", "high"]
Status = Literal[
    "sent",
    "received",
    "contact_made",
    "first_session",
    "completed",
    "no_show",
    "declined",
    "no_capacity",
    "referred_elsewhere",
    "cancelled",
]
Role = Literal["counter", "social", "reviewer", "admin"]
Municipality = Literal[
    "anzegem",
    "avelgem",
    "deerlijk",
    "harelbeke",
    "kortrijk",
    "kuurne",
    "lendelede",
    "menen",
    "spiere-helkijn",
    "waregem",
    "wevelgem",
    "zwevegem",
    "wervik",
]
