"""The JSON body of a referral, as sent to and received from the central API.

Keys: ``created_at, office, staff, municipality, case_id, needs, barriers,
urgency, service_id, consent, citizen, notes, status, status_history,
training``. The record id travels outside the body (in the URL or the sync
envelope), which is why :func:`from_wire` takes it as an argument.

``citizen`` is ``null`` without active consent, and ``notes`` is then
``""``: :func:`to_wire` enforces this even if a caller forgot to validate, so
personal data can never leave the desk without consent.

The body matches the central service's strict schema
(``desk.central.schemas.ReferralBody``), which has no room (yet) for the
consent text's language, the withdrawal time or a history entry's kind:

* ``consent`` is ``null`` when consent was never given, otherwise
  ``{given, text_version, at, staff}``; ``given`` is ``false`` after a
  withdrawal. ``text_version`` carries the language as ``"<version>/<lang>"``
  (``"2026-11-v1/fr"``) so the exact text shown stays traceable.
* A withdrawal is a history entry whose note starts with
  :data:`~desk.domain.referrals.consent_rules.WITHDRAWN_NOTE`;
  :func:`from_wire` rebuilds ``withdrawn_at``/``withdrawn_by`` from it.
* Empty phone, e-mail and availability are ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from desk.domain.referrals.consent_rules import WITHDRAWN_NOTE
from desk.domain.referrals.model import (
    KIND_CONSENT_WITHDRAWN,
    Citizen,
    Consent,
    HistoryEntry,
    Referral,
)
from desk.errors import InputError

__all__ = ["WireFormatError", "from_wire", "to_wire"]


class WireFormatError(InputError):
    """A referral body from the server or a file that cannot be read."""


def _ts(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _consent_wire(consent: Consent) -> dict[str, Any] | None:
    if not consent.text_version or consent.at is None:
        return None  # never given: an anonymous referral
    return {
        "given": consent.active,
        "text_version": f"{consent.text_version}/{consent.language}",
        "at": _ts(consent.at),
        "staff": consent.staff,
    }


def _none_if_empty(value: str) -> str | None:
    return value if value.strip() else None


def to_wire(referral: Referral) -> dict[str, Any]:
    """The referral as a JSON-ready dict (see module doc for the keys)."""
    consent = referral.consent
    citizen = referral.citizen if consent.active else None
    return {
        "created_at": _ts(referral.created_at),
        "office": referral.office,
        "staff": referral.staff,
        "municipality": referral.municipality,
        "case_id": referral.case_id,
        "needs": list(referral.needs),
        "barriers": list(referral.barriers),
        "urgency": referral.urgency,
        "service_id": referral.service_id,
        "consent": _consent_wire(consent),
        "citizen": None
        if citizen is None
        else {
            "name": citizen.name,
            "phone": _none_if_empty(citizen.phone),
            "email": _none_if_empty(citizen.email),
            "contact_channel": citizen.contact_channel,
            "language": citizen.language,
            "availability": _none_if_empty(citizen.availability),
        },
        "notes": referral.notes if consent.active else "",
        "status": referral.status,
        "status_history": [
            {"status": entry.status, "at": _ts(entry.at), "by": entry.by, "note": entry.note}
            for entry in referral.status_history
        ],
        "training": referral.training,
    }


def _get(body: Mapping[str, Any], key: str, kind: type | tuple[type, ...], path: str) -> Any:
    if key not in body:
        raise WireFormatError(f"Doorverwijzing onleesbaar: {path}{key} ontbreekt.")
    value = body[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise WireFormatError(f"Doorverwijzing onleesbaar: {path}{key} heeft een verkeerd type.")
    return value


def _opt_text(body: Mapping[str, Any], key: str, path: str) -> str:
    value = body.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise WireFormatError(f"Doorverwijzing onleesbaar: {path}{key} moet tekst zijn.")
    return value


def _parse_ts(value: Any, where: str, *, optional: bool = False) -> datetime | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise WireFormatError(f"Doorverwijzing onleesbaar: {where} is geen tijdstip.")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise WireFormatError(f"Doorverwijzing onleesbaar: {where} is geen tijdstip.") from None
    if moment.tzinfo is None:
        raise WireFormatError(f"Doorverwijzing onleesbaar: {where} heeft geen tijdzone.")
    return moment.astimezone(UTC)


def _texts(body: Mapping[str, Any], key: str) -> tuple[str, ...]:
    values = _get(body, key, list, "")
    if not all(isinstance(v, str) for v in values):
        raise WireFormatError(f"Doorverwijzing onleesbaar: {key} moet een lijst van codes zijn.")
    return tuple(values)


def _consent_from_wire(body: Mapping[str, Any], history: list[HistoryEntry]) -> Consent:
    raw = body.get("consent")
    if raw is None:
        return Consent()
    if not isinstance(raw, dict):
        raise WireFormatError("Doorverwijzing onleesbaar: consent moet een object of null zijn.")
    given = bool(_get(raw, "given", bool, "consent."))
    version, _, language = _opt_text(raw, "text_version", "consent.").rpartition("/")
    if not version:  # no language suffix (written by another client)
        version, language = language, "nl"
    withdrawals = [e for e in history if e.kind == KIND_CONSENT_WITHDRAWN]
    withdrawn = withdrawals[-1] if withdrawals and not given else None
    return Consent(
        # A withdrawn consent was given once; given=false without a
        # withdrawal entry means the server only knows "no consent".
        given=given or withdrawn is not None,
        text_version=version,
        language=language or "nl",
        at=_parse_ts(raw.get("at"), "consent.at"),
        staff=_opt_text(raw, "staff", "consent."),
        withdrawn_at=withdrawn.at if withdrawn else None,
        withdrawn_by=withdrawn.by if withdrawn else "",
    )


def from_wire(record_id: str, body: Mapping[str, Any]) -> Referral:
    """Rebuild a :class:`Referral` from :func:`to_wire` output.

    Unknown extra keys are ignored (a newer server may add some).

    Raises:
        WireFormatError: a key is missing or has the wrong type.
    """
    if not isinstance(body, Mapping):
        raise WireFormatError("Doorverwijzing onleesbaar: verwacht een JSON-object.")
    citizen: Citizen | None = None
    raw_citizen = body.get("citizen")
    if raw_citizen is not None:
        if not isinstance(raw_citizen, dict):
            raise WireFormatError(
                "Doorverwijzing onleesbaar: citizen moet een object of null zijn."
            )
        citizen = Citizen(
            name=_opt_text(raw_citizen, "name", "citizen."),
            phone=_opt_text(raw_citizen, "phone", "citizen."),
            email=_opt_text(raw_citizen, "email", "citizen."),
            contact_channel=_opt_text(raw_citizen, "contact_channel", "citizen."),
            language=_opt_text(raw_citizen, "language", "citizen.") or "nl",
            availability=_opt_text(raw_citizen, "availability", "citizen."),
        )
    history: list[HistoryEntry] = []
    for i, raw in enumerate(_get(body, "status_history", list, "")):
        where = f"status_history[{i}]."
        if not isinstance(raw, dict):
            raise WireFormatError(f"Doorverwijzing onleesbaar: status_history[{i}] is geen object.")
        at = _parse_ts(raw.get("at"), f"{where}at")
        assert at is not None
        history.append(
            HistoryEntry(
                status=_get(raw, "status", str, where),
                at=at,
                by=_opt_text(raw, "by", where),
                note=_opt_text(raw, "note", where),
            )
        )
    history = [
        HistoryEntry(e.status, e.at, e.by, e.note, KIND_CONSENT_WITHDRAWN)
        if e.note.startswith(WITHDRAWN_NOTE)
        else e
        for e in history
    ]
    consent = _consent_from_wire(body, history)
    case_id = body.get("case_id")
    service_id = body.get("service_id")
    created = _parse_ts(body.get("created_at"), "created_at")
    assert created is not None
    if case_id is not None and not isinstance(case_id, str):
        raise WireFormatError("Doorverwijzing onleesbaar: case_id moet tekst of null zijn.")
    if service_id is not None and not isinstance(service_id, str):
        raise WireFormatError("Doorverwijzing onleesbaar: service_id moet tekst of null zijn.")
    return Referral(
        id=record_id,
        created_at=created,
        office=_get(body, "office", str, ""),
        staff=_get(body, "staff", str, ""),
        municipality=_opt_text(body, "municipality", ""),
        case_id=case_id,
        needs=_texts(body, "needs"),
        barriers=_texts(body, "barriers"),
        urgency=_get(body, "urgency", str, ""),
        service_id=service_id,
        consent=consent,
        citizen=citizen if consent.active else None,
        notes=_opt_text(body, "notes", "") if consent.active else "",
        status=_get(body, "status", str, ""),
        status_history=tuple(history),
        training=bool(_get(body, "training", bool, "")),
    )
