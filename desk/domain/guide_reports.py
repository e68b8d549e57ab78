"""A guide report: staff say that one step of a guide is wrong ("Deze stap klopt niet").

Pure logic, shared by the runner's dialog, the desk store, the sync engine and
the central service. A report names the guide, the version staff saw, the
step and a short note. The note follows the case log's free-text rule
(:func:`desk.domain.cases.free_text_problem`: no control characters, a length
limit) and must not hold personal data: :func:`personal_data_problem` refuses
what clearly is (an e-mail address, a mobile, national register or account
number, a name after a title, a street address, a birth date). Names without a
title cannot be recognised; the dialog tells staff not to write them.

The editors close a report with a reply, or a new version of the guide
resolves it (``resolves`` in the guide's header, see ``guides/README.md``);
the reply reaches the desks through pull.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from desk.domain.cases import control_chars, free_text_problem
from desk.domain.vocab import OFFICE_CODE
from desk.messages import msg

#: Longest note, in characters (after trimming): a short description, not a story.
MAX_NOTE: Final = 500
#: Shortest note that says anything.
MIN_NOTE: Final = 3
#: Longest reply of the editors.
MAX_REPLY: Final = 2000

OPEN: Final = "open"
CLOSED: Final = "closed"
STATUSES: Final = (OPEN, CLOSED)

#: Guide and step ids, as the guide format allows them (lower case, digits, dashes).
ID_PATTERN: Final = r"^[a-z0-9][a-z0-9-]{0,79}$"
_ID = re.compile(ID_PATTERN)

# -- personal data that can be recognised ------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A run of digits, possibly split by spaces, dots, slashes or dashes ("0470 12 34 56").
_NUMBER = re.compile(r"\+?\d(?:[ ./-]?\d){6,}")
#: A title followed by a capitalised word: "mevrouw Peeters", "Dhr. Janssens", "Mme Dubois".
_TITLED_NAME = re.compile(
    r"(?i:\b(?:mevrouw|mevr|meneer|mijnheer|dhr|mw|juffrouw|madame|mme|monsieur|mlle|mrs|mr|ms"
    r"|miss))\.?\s+(?:(?i:van|de|der|den|le|la|du)\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]+"
)
#: "naam: …", "nom : …", "name: …".
_NAME_LABEL = re.compile(r"(?i)\b(?:naam|nom|name|voornaam|prénom)\s*[:=]\s*\S")
#: A street and a house number: "Kerkstraat 12", "Grote Markt 1", "rue de la Gare 5".
_STREET = re.compile(
    r"(?i)\b(?:\w*(?:straat|laan|plein|weg|dreef|lei|kaai|markt|baan|singel|hof|pad|dijk)"
    r"|(?:rue|avenue|av\.|chaussée|place|boulevard|bd\.)(?:\s+[\w'’-]+){1,4})"
    r"\s+\d{1,4}[a-z]?\b"
)
#: A birth date: "geboren op 3/4/1950", "geboortedatum 03-04-1950", "né le 3.4.1950".
_BIRTH = re.compile(
    r"(?i)\b(?:geboren|geboortedatum|geb\.|née?|date de naissance|born|date of birth)"
    r"\s*(?:op|le|on|:)?\s*\d"
)


def _personal_number(text: str) -> bool:
    """A mobile, national register, bank account or card number in *text*.

    Fixed-line numbers of nine digits stay allowed: guides quote the numbers of
    services (Card Stop 078 170 170, Fluvius 0800 63 535).
    """
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) >= 11:
            return True  # national register (11), IBAN, card numbers
        if len(digits) == 10 and digits.startswith("04"):
            return True  # a Belgian mobile: 04xx xx xx xx
    compact = text.replace(" ", "").replace(".", "").replace("/", "")
    if re.search(r"(?:\+|00)324\d{8}", compact):
        return True  # a Belgian mobile in international form
    return bool(re.search(r"(?i)\b[A-Z]{2}\d{2}(?:\s?[0-9A-Z]{4}){3,7}\b", text))  # an IBAN


def personal_data_problem(text: str) -> str | None:
    """What in *text* is clearly personal data, as a message; None when nothing is found.

    Only what can be recognised with certainty is refused; the dialog warns
    about the rest.
    """
    if _EMAIL.search(text):
        return msg("bevat een e-mailadres; schrijf geen persoonsgegevens (noem de dienst of de "
                   "website)")  # fmt: skip
    if _personal_number(text):
        return msg("bevat een gsm-, rijksregister- of rekeningnummer; schrijf geen nummers van "
                   "burgers")  # fmt: skip
    if _TITLED_NAME.search(text) or _NAME_LABEL.search(text):
        return msg("bevat een naam; schrijf geen namen van burgers")
    if _STREET.search(text):
        return msg("bevat een adres; schrijf geen adressen van burgers")
    if _BIRTH.search(text):
        return msg("bevat een geboortedatum; schrijf geen persoonsgegevens")
    return None


def note_problem(text: str, limit: int = MAX_NOTE) -> str | None:
    """Why a report's note (or an editor's reply) cannot be saved, or None.

    The case log's free-text rule, a minimum length and no recognisable
    personal data.
    """
    problem = free_text_problem(text, limit)
    if problem is not None:
        return problem
    if len(text.strip()) < MIN_NOTE:
        return msg("beschrijf kort wat er niet klopt aan deze stap")
    return personal_data_problem(text)


# -- the record --------------------------------------------------------------------------------


class ReportInvalid(ValueError):
    """A report with problems; ``errors`` maps field name to a message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = dict(errors)


@dataclass(frozen=True)
class ReportValues:
    """A valid report as the desk store keeps it (minus the sync columns)."""

    guide_id: str
    guide_version: int
    step_id: str
    note: str
    reported_at: datetime
    office: str | None = None
    training: bool = False

    def columns(self) -> dict[str, Any]:
        """Column values for ``desk.store.records.write_record``."""
        return {
            "guide_id": self.guide_id,
            "guide_version": self.guide_version,
            "step_id": self.step_id,
            "note": self.note,
            "reported_at": self.reported_at,
            "office": self.office,
            "status": OPEN,
            "training": self.training,
        }


def validate_report(
    guide_id: str,
    guide_version: int,
    step_id: str,
    note: str,
    *,
    now: datetime,
    office: str | None = None,
    training: bool = False,
) -> ReportValues:
    """Check a report; return it or raise :class:`ReportInvalid` (field -> message).

    ``now`` (aware, UTC) is when it is reported; ``office`` an office code or
    None (an invalid code is dropped: the report does not depend on it).
    """
    errors: dict[str, str] = {}
    if not _ID.match(guide_id or ""):
        errors["guide_id"] = msg("'{0}' is geen gids-id", guide_id)
    if isinstance(guide_version, bool) or not isinstance(guide_version, int) or guide_version < 1:
        errors["guide_version"] = msg("'{0}' is geen versienummer", guide_version)
    if not _ID.match(step_id or ""):
        errors["step_id"] = msg("'{0}' is geen stap-id", step_id)
    problem = note_problem(note)
    if problem is not None:
        errors["note"] = problem
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if errors:
        raise ReportInvalid(errors)
    return ReportValues(
        guide_id=guide_id,
        guide_version=guide_version,
        step_id=step_id,
        note=note.strip(),
        reported_at=now.astimezone(UTC),
        office=office if office and OFFICE_CODE.fullmatch(office) else None,
        training=training,
    )


# -- the wire ----------------------------------------------------------------------------------


def _iso(value: Any) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValueError(f"not an aware moment: {value!r}")
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def report_to_wire(row: Mapping[str, Any]) -> dict[str, Any]:
    """The body a desk pushes (``desk.central.schemas.GuideReportBody``) for a stored row.

    Only what the desk decides; the status and the reply belong to the server.
    """
    return {
        "guide_id": row["guide_id"],
        "guide_version": int(row["guide_version"]),
        "step_id": row["step_id"],
        "note": row["note"],
        "reported_at": _iso(row["reported_at"]),
        "office": row.get("office"),
        "training": bool(row.get("training")),
    }


def report_from_wire(body: Mapping[str, Any]) -> dict[str, Any]:
    """The desk's ``guide_reports`` columns from a pulled body (ValueError if unreadable).

    A pulled body is what the desk pushed, plus what the server decided:
    ``status``, ``reply``, ``closed_at`` and ``resolved_in_version``.
    """
    guide_id, step_id = str(body["guide_id"]), str(body["step_id"])
    if not _ID.match(guide_id) or not _ID.match(step_id):
        raise ValueError("guide_id or step_id is not an id")
    version = body["guide_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValueError("guide_version is not a version")
    note = body["note"]
    if not isinstance(note, str) or control_chars(note, allow_newlines=True):
        raise ValueError("note is not plain text")
    status = body.get("status") or OPEN
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    reply = body.get("reply")
    if reply is not None and (not isinstance(reply, str)
                              or control_chars(reply, allow_newlines=True)):  # fmt: skip
        raise ValueError("reply is not plain text")
    resolved = body.get("resolved_in_version")
    if resolved is not None and (isinstance(resolved, bool) or not isinstance(resolved, int)):
        raise ValueError("resolved_in_version is not a version")
    office = body.get("office")
    closed_at = body.get("closed_at")
    return {
        "guide_id": guide_id,
        "guide_version": version,
        "step_id": step_id,
        "note": note[: MAX_NOTE * 2],
        "reported_at": _to_store(_iso(body["reported_at"])),
        "office": str(office) if office else None,
        "status": status,
        "reply": reply,
        "closed_at": None if closed_at is None else _to_store(_iso(closed_at)),
        "resolved_in_version": resolved,
        "training": int(bool(body.get("training"))),
    }


def _to_store(iso: str) -> str:
    """``...Z`` -> the desk store's sortable ``YYYY-MM-DDTHH:MM:SS.ffffffZ``."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def server_fields(status: str, reply: str | None, closed_at: datetime | None,
                  resolved_in_version: int | None) -> dict[str, Any]:  # fmt: skip
    """What the server adds to a report's body when it is closed (pulled by the desks)."""
    return {
        "status": status,
        "reply": reply,
        "closed_at": None if closed_at is None else _iso(closed_at),
        "resolved_in_version": resolved_in_version,
    }
