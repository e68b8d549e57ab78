"""Read and check a partner directory file.

A directory arrives from two places: the copy shipped with Desk and newer
copies pulled through sync. :func:`load_best_directory` takes every
candidate file and keeps the highest ``version`` that loads at all.

Inside a file, one bad entry never sinks the rest: the entry is skipped and
a :class:`~desk.domain.directory.model.DirectoryProblem` names the file and
the JSON path (``services[3].needs[1]: onbekende nood "x"``). Only a file
that is unreadable, not JSON, or has no usable ``version`` is refused as a
whole (:class:`DirectoryFileError`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final, TypeVar

from desk.domain.contact import InvalidContactError, normalise_email, normalise_phone
from desk.domain.directory.geography import REGION
from desk.domain.directory.model import (
    WEEKDAYS,
    Accessibility,
    Address,
    Contact,
    Cost,
    Directory,
    DirectoryProblem,
    Location,
    OpeningHours,
    OpeningSlot,
    Organization,
    Service,
    ServiceAtLocation,
)
from desk.domain.vocab import MUNICIPALITIES, NEEDS
from desk.errors import InputError

__all__ = ["DirectoryFileError", "load_best_directory", "load_directory", "parse_directory"]

_TIME: Final = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_LANG: Final = re.compile(r"^[a-z]{2,3}$")
_POSTAL: Final = re.compile(r"^\d{4}$")
T = TypeVar("T")


class DirectoryFileError(InputError):
    """A directory file that cannot be used at all.

    ``str(error)`` names the file (and line, for JSON syntax errors) in Dutch.
    """

    def __init__(self, file: str, message: str, line: int | None = None) -> None:
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {message}")
        self.file = file
        self.line = line
        self.reason = message


class _EntryError(Exception):
    """Internal: the entry at ``path`` is unusable."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = message


def _obj(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _EntryError(path, "verwacht een object { ... }")
    return value


def _text(obj: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> str:
    value = obj.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _EntryError(f"{path}.{key}", "ontbreekt of is leeg")
        return ""
    if not isinstance(value, str):
        raise _EntryError(f"{path}.{key}", "verwacht tekst")
    return value.strip()


def _texts(
    obj: Mapping[str, Any],
    key: str,
    path: str,
    *,
    required: bool = True,
    check: Callable[[str, str], None] | None = None,
) -> tuple[str, ...]:
    value = obj.get(key)
    if value is None:
        if required:
            raise _EntryError(f"{path}.{key}", "ontbreekt")
        return ()
    if not isinstance(value, list):
        raise _EntryError(f"{path}.{key}", "verwacht een lijst [ ... ]")
    out: list[str] = []
    for i, item in enumerate(value):
        item_path = f"{path}.{key}[{i}]"
        if not isinstance(item, str) or not item.strip():
            raise _EntryError(item_path, "verwacht niet-lege tekst")
        if check is not None:
            check(item, item_path)
        out.append(item.strip())
    if required and not out:
        raise _EntryError(f"{path}.{key}", "mag niet leeg zijn")
    return tuple(out)


def _check_need(value: str, path: str) -> None:
    if value not in NEEDS:
        raise _EntryError(path, f'onbekende nood "{value}"')


def _check_language(value: str, path: str) -> None:
    if not _LANG.match(value):
        raise _EntryError(path, f'onbekende taalcode "{value}" (gebruik bv. "nl", "fr", "en")')


def _check_area(value: str, path: str) -> None:
    if value != REGION and value not in MUNICIPALITIES:
        raise _EntryError(path, f'onbekende gemeente "{value}"')


def _contact(obj: Mapping[str, Any], path: str) -> Contact:
    raw = obj.get("contact")
    if raw is None:
        return Contact()
    c = _obj(raw, f"{path}.contact")
    phone = _text(c, "phone", f"{path}.contact", required=False)
    email = _text(c, "email", f"{path}.contact", required=False)
    try:
        phone = normalise_phone(phone) if phone else ""
    except InvalidContactError as exc:
        msg = f'ongeldig telefoonnummer "{phone}": {exc}'
        raise _EntryError(f"{path}.contact.phone", msg) from None
    try:
        email = normalise_email(email) if email else ""
    except InvalidContactError as exc:
        msg = f'ongeldig e-mailadres "{email}": {exc}'
        raise _EntryError(f"{path}.contact.email", msg) from None
    return Contact(
        phone=phone,
        email=email,
        url=_text(c, "url", f"{path}.contact", required=False),
        name=_text(c, "name", f"{path}.contact", required=False),
    )


def _organization(raw: Any, path: str) -> Organization:
    o = _obj(raw, path)
    return Organization(
        id=_text(o, "id", path),
        name=_text(o, "name", path),
        description=_text(o, "description", path),
        url=_text(o, "url", path, required=False),
    )


def _service(raw: Any, path: str) -> Service:
    s = _obj(raw, path)
    cost_raw = s.get("cost")
    cost_obj = _obj(cost_raw, f"{path}.cost") if cost_raw is not None else None
    if cost_obj is None:
        raise _EntryError(f"{path}.cost", "ontbreekt")
    free = cost_obj.get("free")
    if not isinstance(free, bool):
        raise _EntryError(f"{path}.cost.free", "verwacht true of false")
    return Service(
        id=_text(s, "id", path),
        organization_id=_text(s, "organization_id", path),
        name=_text(s, "name", path),
        description=_text(s, "description", path),
        needs=_texts(s, "needs", path, check=_check_need),
        languages=_texts(s, "languages", path, check=_check_language),
        cost=Cost(free=free, text=_text(cost_obj, "text", f"{path}.cost", required=False)),
        eligibility=_text(s, "eligibility", path, required=False),
        what_to_bring=_texts(s, "what_to_bring", path, required=False),
        contact=_contact(s, path),
        service_area=_texts(s, "service_area", path, required=False, check=_check_area),
    )


def _time(value: Any, path: str) -> str:
    if not isinstance(value, str) or not _TIME.match(value):
        raise _EntryError(path, f'verwacht een uur als "09:00", niet {json.dumps(value)}')
    return value


def _opening_hours(raw: Any, path: str) -> OpeningHours:
    if raw is None:
        return OpeningHours()
    o = _obj(raw, path)
    regular = o.get("regular", [])
    if not isinstance(regular, list):
        raise _EntryError(f"{path}.regular", "verwacht een lijst [ ... ]")
    slots: list[OpeningSlot] = []
    for i, item in enumerate(regular):
        p = f"{path}.regular[{i}]"
        slot = _obj(item, p)
        weekday = slot.get("weekday")
        if weekday not in WEEKDAYS:
            raise _EntryError(
                f"{p}.weekday",
                f'onbekende dag {json.dumps(weekday)} (gebruik "monday" ... "sunday")',
            )
        opens = _time(slot.get("from"), f"{p}.from")
        closes = _time(slot.get("to"), f"{p}.to")
        if closes <= opens:
            raise _EntryError(p, f"sluitingsuur {closes} ligt niet na openingsuur {opens}")
        slots.append(OpeningSlot(weekday=weekday, opens=opens, closes=closes))
    slots.sort(key=lambda s: (WEEKDAYS.index(s.weekday), s.opens))
    return OpeningHours(slots=tuple(slots), note=_text(o, "note", path, required=False))


def _location(raw: Any, path: str) -> Location:
    loc = _obj(raw, path)
    addr = _obj(loc.get("address"), f"{path}.address")
    postal = _text(addr, "postal_code", f"{path}.address")
    if not _POSTAL.match(postal):
        raise _EntryError(f"{path}.address.postal_code", f'verwacht 4 cijfers, niet "{postal}"')
    municipality = _text(loc, "municipality", path)
    if municipality not in MUNICIPALITIES:
        raise _EntryError(f"{path}.municipality", f'onbekende gemeente "{municipality}"')
    acc_raw = loc.get("accessibility")
    accessibility = Accessibility()
    if acc_raw is not None:
        acc = _obj(acc_raw, f"{path}.accessibility")
        wheelchair = acc.get("wheelchair")
        if wheelchair is not None and not isinstance(wheelchair, bool):
            raise _EntryError(f"{path}.accessibility.wheelchair", "verwacht true, false of null")
        accessibility = Accessibility(
            wheelchair=wheelchair,
            note=_text(acc, "note", f"{path}.accessibility", required=False),
        )
    verified_raw = _text(loc, "last_verified", path)
    try:
        verified = date.fromisoformat(verified_raw)
    except ValueError:
        raise _EntryError(
            f"{path}.last_verified",
            f'verwacht een datum als "2026-10-31", niet "{verified_raw}"',
        ) from None
    return Location(
        id=_text(loc, "id", path),
        organization_id=_text(loc, "organization_id", path),
        name=_text(loc, "name", path),
        address=Address(
            street=_text(addr, "street", f"{path}.address"),
            postal_code=postal,
            municipality=_text(addr, "municipality", f"{path}.address"),
        ),
        municipality=municipality,
        opening_hours=_opening_hours(loc.get("opening_hours"), f"{path}.opening_hours"),
        languages=_texts(loc, "languages", path, check=_check_language),
        accessibility=accessibility,
        contact=_contact(loc, path),
        last_verified=verified,
    )


def _link(raw: Any, path: str) -> ServiceAtLocation:
    link = _obj(raw, path)
    return ServiceAtLocation(
        id=_text(link, "id", path),
        service_id=_text(link, "service_id", path),
        location_id=_text(link, "location_id", path),
    )


def _section(
    data: Mapping[str, Any],
    key: str,
    parse: Callable[[Any, str], T],
    ident: Callable[[T], str],
    problems: list[DirectoryProblem],
    file: str,
    accept: Callable[[T, str], None] | None = None,
) -> list[T]:
    raw = data.get(key, [])
    if not isinstance(raw, list):
        problems.append(DirectoryProblem(file, key, "verwacht een lijst [ ... ]; genegeerd"))
        return []
    seen: set[str] = set()
    out: list[T] = []
    for i, item in enumerate(raw):
        path = f"{key}[{i}]"
        try:
            entry = parse(item, path)
            if ident(entry) in seen:
                raise _EntryError(f"{path}.id", f'dubbele id "{ident(entry)}"')
            if accept is not None:
                accept(entry, path)
        except _EntryError as bad:
            problems.append(DirectoryProblem(file, bad.path, f"{bad.reason}; item overgeslagen"))
            continue
        seen.add(ident(entry))
        out.append(entry)
    return out


def parse_directory(
    data: Any, *, file: str = "<directory>", source: Path | None = None
) -> Directory:
    """Build a :class:`Directory` from already-parsed JSON *data*.

    Raises:
        DirectoryFileError: *data* is not an object or has no usable ``version``.
    """
    if not isinstance(data, dict):
        raise DirectoryFileError(file, "verwacht een JSON-object { ... } bovenaan")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DirectoryFileError(file, "version ontbreekt of is geen geheel getal groter dan 0")
    problems: list[DirectoryProblem] = []
    published: datetime | None = None
    raw_published = data.get("published_at")
    if raw_published is not None:
        try:
            published = datetime.fromisoformat(str(raw_published))
        except ValueError:
            problems.append(
                DirectoryProblem(
                    file,
                    "published_at",
                    f'verwacht een tijdstip als "2026-11-01T09:00:00+01:00", '
                    f'niet "{raw_published}"',
                )
            )

    orgs = _section(data, "organizations", _organization, lambda o: o.id, problems, file)
    org_ids = {o.id for o in orgs}

    def owned(entry: Service | Location, path: str) -> None:
        if entry.organization_id not in org_ids:
            raise _EntryError(
                f"{path}.organization_id", f'onbekende organisatie "{entry.organization_id}"'
            )

    services = _section(data, "services", _service, lambda s: s.id, problems, file, owned)
    locations = _section(data, "locations", _location, lambda loc: loc.id, problems, file, owned)
    service_ids = {s.id for s in services}
    location_ids = {loc.id for loc in locations}

    def linkable(link: ServiceAtLocation, path: str) -> None:
        if link.service_id not in service_ids:
            raise _EntryError(
                f"{path}.service_id", f'onbekende of overgeslagen dienst "{link.service_id}"'
            )
        if link.location_id not in location_ids:
            raise _EntryError(
                f"{path}.location_id", f'onbekende of overgeslagen locatie "{link.location_id}"'
            )

    links = _section(data, "service_at_location", _link, lambda x: x.id, problems, file, linkable)
    linked = {link.service_id for link in links}
    for i, service in enumerate(services):
        if service.id not in linked and not service.service_area:
            problems.append(
                DirectoryProblem(
                    file,
                    f"services[{i}]",
                    f'dienst "{service.id}" heeft geen locatie en geen service_area; '
                    "hij wordt nooit voorgesteld",
                )
            )
    return Directory(
        version=version,
        published_at=published,
        organizations=tuple(orgs),
        services=tuple(services),
        locations=tuple(locations),
        links=tuple(links),
        source=source,
        problems=tuple(problems),
    )


def load_directory(path: Path) -> Directory:
    """Load one directory file.

    Raises:
        DirectoryFileError: unreadable, not UTF-8 JSON, or no usable ``version``.
    """
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DirectoryFileError(name, f"bestand niet gevonden ({path})") from None
    except UnicodeDecodeError:
        raise DirectoryFileError(name, "het bestand is geen UTF-8-tekst") from None
    except OSError as exc:
        raise DirectoryFileError(name, f"kan het bestand niet lezen ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DirectoryFileError(
            name, f"geen geldige JSON (kolom {exc.colno}: {exc.msg})", line=exc.lineno
        ) from None
    return parse_directory(data, file=name, source=path)


def load_best_directory(candidates: Iterable[Path]) -> Directory:
    """Load every candidate and keep the one with the highest ``version``.

    Candidates are typically ``[synced copy, shipped copy]``. Files that are
    missing or broken are passed over; their problem is added to the
    ``problems`` of the result so the UI can show it. A file that does not
    exist is skipped quietly (normal before the first sync). On equal
    versions the earlier candidate wins.

    Raises:
        DirectoryFileError: none of the candidates can be used.
    """
    best: Directory | None = None
    rejected: list[DirectoryProblem] = []
    missing: list[str] = []
    for path in candidates:
        if not path.exists():
            # Normal before the first sync: not a problem worth showing.
            missing.append(path.name)
            continue
        try:
            loaded = load_directory(path)
        except DirectoryFileError as exc:
            rejected.append(DirectoryProblem(exc.file, "", f"{exc.reason}; bestand niet gebruikt"))
            continue
        if best is None or loaded.version > best.version:
            best = loaded
    if best is None:
        details = (
            "; ".join([str(p) for p in rejected] + [f"{name}: niet gevonden" for name in missing])
            or "geen bestanden opgegeven"
        )
        raise DirectoryFileError("partnergids", f"geen bruikbaar bestand: {details}")
    if not rejected:
        return best
    return Directory(
        version=best.version,
        published_at=best.published_at,
        organizations=best.organizations,
        services=best.services,
        locations=best.locations,
        links=best.links,
        source=best.source,
        problems=(*best.problems, *rejected),
    )
