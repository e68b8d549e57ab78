"""The letter a citizen takes home after a referral, as structured data.

The fixed sentences come from ``resources/letters/letter-<language>.toml``;
the partner's details from the directory. The UI turns a :class:`Letter`
into print or PDF; tests read it directly, without Qt.

A missing or broken template falls back to Dutch; the letter then carries a
Dutch warning for staff in :attr:`Letter.warnings` (a :func:`desk.messages.msg`).
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from desk.domain.contact import format_phone, normalise_phone, phone_problem
from desk.domain.directory.model import (
    WEEKDAYS,
    Contact,
    Location,
    OpeningHours,
    Organization,
    Service,
)
from desk.domain.referrals.model import Referral
from desk.domain.vocab import NEEDS
from desk.errors import InputError
from desk.messages import msg

__all__ = [
    "Letter",
    "LetterSection",
    "LetterTemplate",
    "LetterTemplateError",
    "OfficeInfo",
    "build_letter",
    "format_opening_hours",
    "load_letter_template",
]

FALLBACK_LANGUAGE: Final = "nl"

# Section keys, in the order they appear on the letter.
WHERE: Final = "waar"
WHEN: Final = "wanneer"
WHAT_TO_BRING: Final = "wat_meebrengen"
COST: Final = "kosten"
REFERRED_BY: Final = "wie_doorverwezen"
PARTNER_CONTACT: Final = "contact_partner"

_TEXT_SAMPLE: Final[dict[str, Any]] = {
    "service_name": "S",
    "organization_name": "O",
    "citizen_name": "N",
    "needs": "n",
    "availability": "a",
    "date": "d",
    "staff_name": "s",
    "office_name": "o",
    "phone": "p",
    "email": "e",
    "url": "u",
}
_TOP: Final = (
    "title",
    "greeting",
    "greeting_anonymous",
    "intro",
    "contact_phone",
    "contact_sms",
    "contact_email",
    "contact_self",
    "availability",
    "closing",
    "date_line",
)
_HEADINGS: Final = ("where", "when", "what_to_bring", "cost", "referred_by", "partner_contact")
_LINES: Final = (
    "wheelchair_yes",
    "wheelchair_no",
    "no_location",
    "no_hours",
    "nothing_to_bring",
    "referred_by",
    "phone",
    "email",
    "website",
)


class LetterTemplateError(InputError):
    """A letter template that cannot be used; names the file and the key."""


@dataclass(frozen=True)
class LetterTemplate:
    language: str
    data: Mapping[str, Any]
    path: Path | None = None

    def text(self, key: str, **values: Any) -> str:
        return str(self.data[key]).format_map(values)

    def heading(self, key: str, **values: Any) -> str:
        return str(self.data["headings"][key]).format_map(values)

    def line(self, key: str, **values: Any) -> str:
        return str(self.data["lines"][key]).format_map(values)

    def need(self, code: str) -> str:
        return str(self.data["needs"][code])


@dataclass(frozen=True)
class OfficeInfo:
    """Who referred the citizen and how the citizen reaches them again."""

    office_name: str
    staff_name: str
    phone: str = ""  # any format; shown in Belgian form when valid E.164
    email: str = ""
    address: str = ""


@dataclass(frozen=True)
class LetterSection:
    key: str  # WHERE, WHEN, ...
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Letter:
    """The content of a referral letter, ready to lay out."""

    language: str  # the language actually used
    requested_language: str
    title: str
    date_line: str
    greeting: str
    paragraphs: tuple[str, ...]
    sections: tuple[LetterSection, ...]
    closing: str
    warnings: tuple[str, ...] = ()

    def section(self, key: str) -> LetterSection | None:
        return next((s for s in self.sections if s.key == key), None)

    def as_text(self) -> str:
        """The letter as plain text (for previews, tests and text extraction checks)."""
        parts = [self.title, self.date_line, "", self.greeting, "", *self.paragraphs]
        for section in self.sections:
            parts += ["", section.heading, *section.lines]
        parts += ["", self.closing]
        return "\n".join(parts) + "\n"


def _fields(fmt: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(fmt) if name is not None}


def _check(data: Mapping[str, Any], file: str) -> None:
    def fail(key: str, why: str) -> LetterTemplateError:
        return LetterTemplateError(f"{file}: {key}: {why}")

    def try_format(key: str, fmt: Any, sample: Mapping[str, Any]) -> None:
        if not isinstance(fmt, str) or not fmt.strip():
            raise fail(key, "ontbreekt of is geen tekst")
        try:
            fmt.format_map(sample)
        except KeyError as exc:
            raise fail(key, f"onbekende plaatshouder {{{exc.args[0]}}}") from None
        except (ValueError, IndexError) as exc:
            raise fail(key, f"ongeldige plaatshouder ({exc})") from None

    for key in _TOP:
        try_format(key, data.get(key), _TEXT_SAMPLE)
    try_format("date_format", data.get("date_format"), {"day": 1, "month": 2, "year": 2026})
    for group, keys in (("headings", _HEADINGS), ("lines", _LINES), ("needs", tuple(NEEDS))):
        section = data.get(group)
        if not isinstance(section, dict):
            raise fail(f"[{group}]", "ontbreekt")
        for key in keys:
            try_format(f"{group}.{key}", section.get(key), _TEXT_SAMPLE)
    hours = data.get("hours")
    if not isinstance(hours, dict):
        raise fail("[hours]", "ontbreekt")
    weekdays = hours.get("weekdays")
    if (
        not isinstance(weekdays, list)
        or len(weekdays) != 7
        or not all(isinstance(d, str) and d for d in weekdays)
    ):
        raise fail("hours.weekdays", "verwacht 7 dagnamen, maandag eerst")
    try_format("hours.time", hours.get("time"), {"hour": 9, "minute": 0})
    try_format("hours.range", hours.get("range"), {"opens": "a", "closes": "b"})
    try_format("hours.day", hours.get("day"), {"weekday": "w", "ranges": "r"})
    if not isinstance(hours.get("joiner"), str):
        raise fail("hours.joiner", "ontbreekt of is geen tekst")


def load_letter_template(folder: Path, language: str) -> LetterTemplate:
    """Load and check ``letter-<language>.toml`` from *folder*.

    Raises:
        LetterTemplateError: missing file, bad TOML, a missing key, a wrong
            language or an unknown placeholder.
    """
    path = folder / f"letter-{language}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LetterTemplateError(f"{path.name}: bestand niet gevonden") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LetterTemplateError(f"{path.name}: kan het bestand niet lezen ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise LetterTemplateError(f"{path.name}: geen geldige TOML ({exc})") from None
    if data.get("language") != language:
        raise LetterTemplateError(
            f'{path.name}: language is "{data.get("language")}", verwacht "{language}"'
        )
    _check(data, path.name)
    return LetterTemplate(language=language, data=data, path=path)


def _template_with_fallback(folder: Path, language: str) -> tuple[LetterTemplate, list[str]]:
    try:
        return load_letter_template(folder, language), []
    except LetterTemplateError as exc:
        if language == FALLBACK_LANGUAGE:
            raise
        # The template problem itself is for whoever maintains the files: it stays Dutch.
        warning = msg(
            "Geen bruikbare brief in deze taal ({0}); de brief is in het Nederlands.", str(exc)
        )
    return load_letter_template(folder, FALLBACK_LANGUAGE), [warning]


def _time(value: str, tpl: LetterTemplate) -> str:
    hour, minute = (int(part) for part in value.split(":"))
    return str(tpl.data["hours"]["time"]).format(hour=hour, minute=minute)


def format_opening_hours(hours: OpeningHours, tpl: LetterTemplate) -> list[str]:
    """One line per day, e.g. ``maandag 9.00–12.00 en 13.30–16.00 uur``, then the note."""
    spec = tpl.data["hours"]
    lines: list[str] = []
    for index, weekday in enumerate(WEEKDAYS):
        slots = [s for s in hours.slots if s.weekday == weekday]
        if not slots:
            continue
        ranges = str(spec["joiner"]).join(
            str(spec["range"]).format(opens=_time(s.opens, tpl), closes=_time(s.closes, tpl))
            for s in slots
        )
        lines.append(str(spec["day"]).format(weekday=spec["weekdays"][index], ranges=ranges))
    if hours.note:
        lines.append(hours.note)
    return lines


def _contact_lines(contacts: Sequence[Contact], tpl: LetterTemplate) -> list[str]:
    lines: list[str] = []
    for contact in contacts:
        if contact.phone:
            lines.append(tpl.line("phone", phone=format_phone(contact.phone)))
        if contact.email:
            lines.append(tpl.line("email", email=contact.email))
        if contact.url:
            lines.append(tpl.line("website", url=contact.url))
    return list(dict.fromkeys(lines))  # a location often repeats its service's contact


def _phone_for_letter(raw: str) -> str:
    return format_phone(normalise_phone(raw)) if raw and phone_problem(raw) is None else raw


def build_letter(
    referral: Referral,
    service: Service,
    location: Location | None,
    office: OfficeInfo,
    *,
    templates: Path,
    today: date,
    organization: Organization | None = None,
    language: str | None = None,
) -> Letter:
    """Build the letter for *referral* to *service* at *location*.

    Args:
        referral: the referral (personal details are used only with consent).
        service: the chosen service from the directory.
        location: where the citizen goes; ``None`` for services that come to
            the citizen (home coaching) — the letter then says so.
        office: who referred the citizen.
        templates: folder with ``letter-<language>.toml``, usually
            ``desk.paths.resources_dir() / "letters"``.
        today: the date printed on the letter.
        organization: the service's organisation (its name reads better than
            the service name in sentences); defaults to the service name.
        language: the letter's language; defaults to the citizen's language
            (with consent) or Dutch.

    Raises:
        LetterTemplateError: the Dutch template itself is broken.
    """
    citizen = referral.citizen if referral.consent.active else None
    requested = language or (citizen.language if citizen else FALLBACK_LANGUAGE)
    tpl, warnings = _template_with_fallback(templates, requested)
    org_name = organization.name if organization else service.name
    names = {"service_name": service.name, "organization_name": org_name}

    needs = [n for n in referral.needs if n in service.needs] or list(referral.needs)
    paragraphs = [tpl.text("intro", needs=", ".join(tpl.need(n) for n in needs), **names)]
    channel = citizen.contact_channel if citizen else "none_i_will_go"
    contact_key = {
        "phone": "contact_phone",
        "sms": "contact_sms",
        "email": "contact_email",
    }.get(channel, "contact_self")
    paragraphs.append(tpl.text(contact_key, **names))
    if citizen and citizen.availability.strip():
        paragraphs.append(tpl.text("availability", availability=citizen.availability.strip()))

    sections: list[LetterSection] = []
    if location is not None:
        where = [
            location.name,
            location.address.street,
            f"{location.address.postal_code} {location.address.municipality}",
        ]
        if location.accessibility.wheelchair is True:
            where.append(tpl.line("wheelchair_yes"))
        elif location.accessibility.wheelchair is False:
            where.append(tpl.line("wheelchair_no"))
        if location.accessibility.note:
            where.append(location.accessibility.note)
        when = format_opening_hours(location.opening_hours, tpl) or [tpl.line("no_hours")]
    else:
        where = [tpl.line("no_location", **names)]
        when = [tpl.line("no_hours")]
    sections.append(LetterSection(WHERE, tpl.heading("where"), tuple(where)))
    sections.append(LetterSection(WHEN, tpl.heading("when"), tuple(when)))
    bring = service.what_to_bring or (tpl.line("nothing_to_bring"),)
    sections.append(LetterSection(WHAT_TO_BRING, tpl.heading("what_to_bring"), tuple(bring)))
    if service.cost.text:
        sections.append(LetterSection(COST, tpl.heading("cost"), (service.cost.text,)))

    referred = [
        tpl.line("referred_by", staff_name=office.staff_name, office_name=office.office_name)
    ]
    if office.address:
        referred.append(office.address)
    if office.phone:
        referred.append(tpl.line("phone", phone=_phone_for_letter(office.phone)))
    if office.email:
        referred.append(tpl.line("email", email=office.email))
    sections.append(LetterSection(REFERRED_BY, tpl.heading("referred_by"), tuple(referred)))

    # One phone number and one address, the location's first: two numbers confuse.
    here = location.contact if location else Contact()
    merged = Contact(
        phone=here.phone or service.contact.phone,
        email=here.email or service.contact.email,
        url=here.url or service.contact.url,
    )
    partner = _contact_lines([merged], tpl) or [tpl.line("no_hours")]
    sections.append(
        LetterSection(PARTNER_CONTACT, tpl.heading("partner_contact", **names), tuple(partner))
    )

    date_text = str(tpl.data["date_format"]).format(
        day=today.day, month=today.month, year=today.year
    )
    return Letter(
        language=tpl.language,
        requested_language=requested,
        title=tpl.text("title", **names),
        date_line=tpl.text("date_line", date=date_text),
        greeting=tpl.text("greeting", citizen_name=citizen.name.strip())
        if citizen and citizen.name.strip()
        else tpl.text("greeting_anonymous"),
        paragraphs=tuple(paragraphs),
        sections=tuple(sections),
        closing=tpl.text("closing"),
        warnings=tuple(warnings),
    )
