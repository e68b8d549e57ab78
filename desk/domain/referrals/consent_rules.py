"""Consent: what may be kept about a citizen, and withdrawing it.

Without consent a referral is anonymous: needs, barriers, municipality and
the chosen service only. Withdrawal purges every personal field at once and
leaves a history entry, so the loop (and the statistics) stay intact.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from desk.domain.referrals.model import KIND_CONSENT_WITHDRAWN, Consent, HistoryEntry, Referral

__all__ = ["give_consent", "withdraw_consent"]

#: Every withdrawal history entry starts with this text. The wire format has no
#: entry "kind", so :func:`desk.domain.referrals.wire.from_wire` recognises it by it.
WITHDRAWN_NOTE = "Toestemming ingetrokken: naam, contactgegevens en notities zijn gewist."


def give_consent(
    referral: Referral, *, text_version: str, language: str, staff: str, at: datetime
) -> Referral:
    """Record that the citizen agreed to consent text *text_version* (shown in *language*)."""
    if not text_version:
        raise ValueError("the consent text version is required")
    consent = Consent(
        given=True,
        text_version=text_version,
        language=language,
        at=at.astimezone(UTC),
        staff=staff,
    )
    return replace(referral, consent=consent)


def withdraw_consent(referral: Referral, *, by: str, at: datetime, note: str = "") -> Referral:
    """The referral with all personal fields purged and a history entry added.

    The citizen (name, contact, language, availability) and the free-text
    notes are removed; the consent keeps its version and gets
    ``withdrawn_at``/``withdrawn_by`` so the record shows that consent
    existed and was withdrawn. The status does
    not change: the partner is informed through sync.

    Works on drafts too (the citizen changed their mind before sending).
    """
    moment = at.astimezone(UTC)
    consent = replace(referral.consent, withdrawn_at=moment, withdrawn_by=by)
    entry = HistoryEntry(
        status=referral.status,
        at=moment,
        by=by,
        note=f"{WITHDRAWN_NOTE} {note}".strip(),
        kind=KIND_CONSENT_WITHDRAWN,
    )
    return replace(
        referral,
        citizen=None,
        notes="",
        consent=consent,
        status_history=(*referral.status_history, entry),
    )
