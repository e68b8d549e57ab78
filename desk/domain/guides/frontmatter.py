"""The header of a guide or translation file: reading, comments and the TOML front matter.

Every problem is reported at the line of the offending key, including TOML
syntax errors (tomllib's "at line N" is mapped to the file's line).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk.domain.guides.model import CATEGORIES, Problem

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$")
_TOML_AT = re.compile(r"\(at line (\d+), column \d+\)")
_TOML_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
#: A reviewed exception to the rule "the citizen types in their own account":
#: ``<!-- uitzondering: reden -->`` on its own line in a step's staff text.
EXCEPTION_WORD = "uitzondering"
_EXCEPTION = re.compile(rf"^{EXCEPTION_WORD}(?![\w-])\s*(?P<colon>:?)\s*(?P<reason>.*)$",
                        re.IGNORECASE | re.DOTALL)


@dataclass
class Sink:
    """Collects problems for one file."""

    path: Path
    problems: list[Problem] = field(default_factory=list)

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, "error", message))

    def warning(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, "warning", message))

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)


@dataclass(frozen=True)
class ExceptionMarker:
    """An ``<!-- uitzondering: reden -->`` comment found in the body.

    Attributes:
        reason: The text after the colon, trimmed ("" when empty or without colon).
        own_line: True when the comment is alone on its line.
        has_colon: False for ``<!-- uitzondering -->`` without a colon.
    """

    reason: str
    own_line: bool
    has_colon: bool


@dataclass
class FrontMatter:
    data: dict[str, Any]
    lines: dict[str, int]
    body_start: int  # 0-based index of the first body line
    body: list[str]
    #: Exception markers by the line they start on (the body has them blanked out).
    markers: dict[int, ExceptionMarker] = field(default_factory=dict)


# --------------------------------------------------------------------------- reading


def read_text(path: Path, sink: Sink) -> str | None:
    """The file's text, or None after reporting unreadable, non-UTF-8 or empty files."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        sink.error(0, f"bestand kan niet gelezen worden ({exc.strerror or exc})")
        return None
    return decode(raw, sink)


def decode(raw: bytes, sink: Sink) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        sink.error(
            line,
            f"geen geldige UTF-8 (byte 0x{raw[exc.start]:02x}); sla het bestand op als UTF-8",
        )
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        sink.error(1, "leeg bestand")
        return None
    return text


def _strip_comments(text: str, first_line: int, sink: Sink) -> str:
    """Blank out ``<!-- ... -->`` while keeping every line in place."""
    text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    start = text.find("<!--")
    if start >= 0:
        line = first_line + text.count("\n", 0, start)
        sink.error(line, "HTML-commentaar '<!--' wordt nergens gesloten met '-->'")
        text = text[:start] + "\n" * text.count("\n", start)
    return text


def _exception_markers(text: str, first_line: int) -> dict[int, ExceptionMarker]:
    """Every ``<!-- uitzondering ... -->`` comment in *text*, by the line it starts on."""
    markers: dict[int, ExceptionMarker] = {}
    for match in _COMMENT.finditer(text):
        inner = match.group(0)[4:-3].strip()
        marker = _EXCEPTION.match(inner)
        if marker is None:
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        whole_line = text[start : len(text) if end < 0 else end]
        own_line = "\n" not in match.group(0) and whole_line.strip() == match.group(0)
        line = first_line + text.count("\n", 0, match.start())
        reason = " ".join(marker.group("reason").split())
        markers[line] = ExceptionMarker(reason, own_line, bool(marker.group("colon")))
    return markers


def _key_lines(front: list[str], first_line: int, sink: Sink) -> dict[str, int]:
    """Line of each top-level TOML key; reports keys that appear twice.

    tomllib refuses duplicate keys too, but only says where the second one is,
    not which key; this scan names it.
    """
    lines: dict[str, int] = {}
    depth = 0
    in_multiline = False
    for offset, raw in enumerate(front):
        line_no = first_line + offset
        if raw.count('"""') % 2 == 1 or raw.count("'''") % 2 == 1:
            in_multiline = not in_multiline
            continue
        if in_multiline:
            continue
        if depth == 0 and raw.lstrip().startswith("["):
            # A [table]: not allowed in the header, and tomllib reports it as an
            # unknown key; its own keys are not top-level keys.
            table = raw.strip().strip("[]").strip()
            lines.setdefault(table, line_no)
            break
        if depth == 0:
            match = _TOML_KEY.match(raw)
            if match:
                key = match.group(1) or match.group(2) or match.group(3)
                if key in lines:
                    sink.error(
                        line_no, f"sleutel '{key}' staat twee keer (eerst op regel {lines[key]})"
                    )
                else:
                    lines[key] = line_no
        depth += _bracket_delta(raw)
        depth = max(depth, 0)
    return lines


def _bracket_delta(raw: str) -> int:
    delta = 0
    quote = ""
    for char in raw:
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            break
        elif char in "[{":
            delta += 1
        elif char in "]}":
            delta -= 1
    return delta


def front_matter(text: str, sink: Sink) -> FrontMatter | None:
    lines = text.split("\n")
    if lines[0].strip() != "+++":
        sink.error(1, "het bestand moet beginnen met een regel '+++' (begin van de kop)")
        return None
    close = next((i for i in range(1, len(lines)) if lines[i].strip() == "+++"), None)
    if close is None:
        sink.error(1, "de kop wordt niet afgesloten met een tweede regel '+++'")
        return None
    front = lines[1:close]
    key_lines = _key_lines(front, 2, sink)
    try:
        data = tomllib.loads("\n".join(front))
    except tomllib.TOMLDecodeError as exc:
        if not sink.has_errors:  # a duplicate key was already named precisely
            message = str(exc)
            match = _TOML_AT.search(message)
            line = int(match.group(1)) + 1 if match else close + 1
            detail = _TOML_AT.sub("", message).strip()
            sink.error(line, f"ongeldige TOML in de kop: {detail}")
        return None
    if sink.has_errors:
        return None
    raw_body = "\n".join(lines[close + 1 :])
    markers = _exception_markers(raw_body, close + 2)
    body_text = _strip_comments(raw_body, close + 2, sink)
    return FrontMatter(data, key_lines, close + 1, body_text.split("\n"), markers)


# --------------------------------------------------------------------------- front matter


class Fields:
    """Typed access to front-matter values that reports wrong types at the key's line."""

    def __init__(self, fm: FrontMatter, allowed: dict[str, bool], sink: Sink) -> None:
        self.data = fm.data
        self.lines = fm.lines
        self.sink = sink
        for key in fm.data:
            if key not in allowed:
                known = ", ".join(allowed)
                sink.error(
                    self.line(key), f"onbekende sleutel '{key}' in de kop (toegestaan: {known})"
                )
        for key, required in allowed.items():
            if required and key not in fm.data:
                sink.error(1, f"verplichte sleutel '{key}' ontbreekt in de kop")

    def line(self, key: str) -> int:
        return self.lines.get(key, 1)

    def text(self, key: str, *, check: Callable[[str], str | None] | None = None) -> str:
        value = self.data.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.sink.error(self.line(key), f"'{key}' moet tekst tussen aanhalingstekens zijn")
            return ""
        value = value.strip()
        if not value:
            self.sink.error(self.line(key), f"'{key}' mag niet leeg zijn")
        elif check is not None:
            complaint = check(value)
            if complaint:
                self.sink.error(self.line(key), complaint)
        return value

    def texts(
        self, key: str, *, minimum: int = 0, allowed: tuple[str, ...] = ()
    ) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.sink.error(
                self.line(key), f"'{key}' moet een lijst van teksten zijn, bv. {key} = [\"...\"]"
            )
            return ()
        items = tuple(v.strip() for v in value)
        if any(not v for v in items):
            self.sink.error(self.line(key), f"'{key}' bevat een lege tekst")
        if len(items) < minimum:
            self.sink.error(self.line(key), f"'{key}' heeft minstens {minimum} waarde(n) nodig")
        if allowed:
            for item in items:
                if item and item not in allowed:
                    self.sink.error(
                        self.line(key),
                        f"'{item}' is geen geldige waarde voor '{key}' "
                        f"(kies uit: {', '.join(allowed)})",
                    )
        seen: set[str] = set()
        for item in items:
            if item in seen:
                self.sink.error(self.line(key), f"'{item}' staat twee keer in '{key}'")
            seen.add(item)
        return items

    def integer(self, key: str, low: int, high: int | None = None) -> int:
        value = self.data.get(key)
        if value is None:
            return low
        if isinstance(value, bool) or not isinstance(value, int):
            self.sink.error(
                self.line(key), f"'{key}' moet een geheel getal zijn (zonder aanhalingstekens)"
            )
            return low
        if value < low or (high is not None and value > high):
            bounds = f"tussen {low} en {high}" if high is not None else f"minstens {low}"
            self.sink.error(self.line(key), f"'{key}' = {value} moet {bounds} liggen")
        return value

    def day(self, key: str) -> date:
        value = self.data.get(key)
        if value is None:
            return date.min
        if isinstance(value, datetime) or not isinstance(value, date):
            self.sink.error(
                self.line(key),
                f"'{key}' moet een TOML-datum zijn zonder aanhalingstekens, bv. {key} = 2026-10-15",
            )
            return date.min
        return value


def check_slug(value: str) -> str | None:
    if SLUG.match(value):
        return None
    return f"id '{value}' mag alleen kleine letters, cijfers en koppeltekens bevatten"


def check_language(value: str) -> str | None:
    return None if _LANGUAGE.match(value) else f'taalcode \'{value}\' is ongeldig (bv. "nl", "fr")'


def check_category(value: str) -> str | None:
    if value in CATEGORIES:
        return None
    return f"onbekende categorie '{value}' (kies uit: {', '.join(CATEGORIES)})"


def check_sources(items: tuple[str, ...], fields: Fields) -> None:
    for item in items:
        if not re.match(r"^https://[^\s/]+\.[^\s]+$", item):
            fields.sink.error(fields.line("sources"), f"bron '{item}' is geen volledige https-link")


_REPORT_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def check_report_ids(items: tuple[str, ...], fields: Fields) -> None:
    """``resolves``: ids of guide reports, as ``desk-central guide-reports`` lists them."""
    for item in items:
        if item and not _REPORT_ID.match(item):
            fields.sink.error(
                fields.line("resolves"),
                f"'{item}' in 'resolves' is geen id van een melding (zoals "
                "'desk-central guide-reports' het toont, bv. 3f2b9c1e-…)",
            )
