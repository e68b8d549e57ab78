"""A referral of a citizen to a partner service, as a draft and as a record.

Objects are immutable: every change (a status update, consent withdrawal)
returns a new :class:`Referral`, so the store can save old and new side by
side and the UI never edits a record behind the store's back.

Personal fields are ``citizen`` (name, contact, language, availability) and
``notes``; they exist only with consent and are what the store encrypts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Final

from desk.domain.lifecycle import SENT, IllegalTransition, check_transition
from desk.domain.vocab import READY_TO_SEND

__all__ = [
    "DRAFT",
    "Citizen",
    "Consent",
    "HistoryEntry",
    "Referral",
    "change_status",
    "new_referral",
    "shown_status",
    "submit",
]

#: Status of a referral that has not been sent yet. Not part of the shared
#: lifecycle: a draft only ever moves to ``sent`` (see :func:`submit`).
DRAFT: Final = "draft"

#: ``HistoryEntry.kind`` values.
KIND_STATUS: Final = "status"
KIND_CONSENT_WITHDRAWN: Final = "consent_withdrawn"


@dataclass(frozen=True)
class Citizen:
    """Who is referred and how the partner may reach them. Personal data."""

    name: str = ""
    phone: str = ""
    email: str = ""
    #: One of ``vocab.CONTACT_CHANNELS``; ``none_i_will_go`` = "contact me not; I will go myself".
    contact_channel: str = ""
    #: ISO 639-1 code of the language for the letter and the partner (``nl``, ``fr``, ...).
    language: str = "nl"
    #: Free text: "dinsdagvoormiddag", "na 16 uur", ...
    availability: str = ""

    def has_contact_data(self) -> bool:
        """Whether anything identifying is filled in."""
        return any(
            value.strip() for value in (self.name, self.phone, self.email, self.availability)
        )


@dataclass(frozen=True)
class Consent:
    """The citizen's consent as recorded by the employee who showed the text."""

    given: bool = False
    text_version: str = ""  # front-matter version of the consent text shown
    language: str = "nl"  # language of the text shown
    at: datetime | None = None
    staff: str = ""
    withdrawn_at: datetime | None = None
    withdrawn_by: str = ""

    @property
    def active(self) -> bool:
        return self.given and self.withdrawn_at is None


@dataclass(frozen=True)
class HistoryEntry:
    """One change in the closed loop: who, when, what, and why."""

    status: str  # the status after the change
    at: datetime
    by: str
    note: str = ""
    kind: str = KIND_STATUS


@dataclass(frozen=True)
class Referral:
    """A referral draft or record. See ``to_wire`` for the JSON form."""

    id: str
    created_at: datetime
    office: str
    staff: str
    municipality: str = ""
    case_id: str | None = None
    needs: tuple[str, ...] = ()
    barriers: tuple[str, ...] = ()
    urgency: str = "normal"
    service_id: str | None = None
    consent: Consent = field(default_factory=Consent)
    citizen: Citizen | None = None
    notes: str = ""
    status: str = DRAFT
    status_history: tuple[HistoryEntry, ...] = ()
    training: bool = False

    @property
    def anonymous(self) -> bool:
        """True when no personal data can be attached (no active consent)."""
        return not self.consent.active

    @property
    def last_change(self) -> datetime:
        """When the status last moved (or the referral was created)."""
        moments = [e.at for e in self.status_history if e.kind == KIND_STATUS]
        return max(moments, default=self.created_at)


def shown_status(status: str, *, accepted: bool) -> str:
    """The status the screens, the letter and the statistics show for *status*.

    A referral is "Verstuurd" (``sent``) only once the central service has
    accepted it (*accepted*: its outbox entry was acknowledged at least once).
    Until then it is ``ready_to_send``: on an unenrolled desk, offline, or when
    the server refused it, nobody outside this desk knows of it yet. Every other
    status is shown as it is.
    """
    if status == SENT and not accepted:
        return READY_TO_SEND
    return status


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("timestamps must carry a time zone")
    return moment.astimezone(UTC)


def new_referral(
    *, office: str, staff: str, now: datetime, municipality: str = "", training: bool = False
) -> Referral:
    """An empty draft with a fresh UUID."""
    return Referral(
        id=str(uuid.uuid4()),
        created_at=_utc(now),
        office=office,
        staff=staff,
        municipality=municipality,
        training=training,
    )


def submit(referral: Referral, *, by: str, at: datetime, note: str = "") -> Referral:
    """Turn a draft into a sent referral. Validate it first (``validate_referral``).

    Raises:
        IllegalTransition: the referral is not a draft.
    """
    if referral.status != DRAFT:
        raise IllegalTransition(referral.status, SENT)
    entry = HistoryEntry(status=SENT, at=_utc(at), by=by, note=note)
    return replace(referral, status=SENT, status_history=(*referral.status_history, entry))


def change_status(
    referral: Referral, new_status: str, *, by: str, at: datetime, note: str = ""
) -> Referral:
    """Move a sent referral along the lifecycle, recording who, when and why.

    Raises:
        IllegalTransition: the lifecycle does not allow this step (also for drafts).
        ValueError: *new_status* is not a known status.
    """
    if referral.status == DRAFT:
        raise IllegalTransition(DRAFT, new_status)
    check_transition(referral.status, new_status)
    entry = HistoryEntry(status=new_status, at=_utc(at), by=by, note=note)
    return replace(referral, status=new_status, status_history=(*referral.status_history, entry))
