"""The case CSV format shared by export and import.

UTF-8 with a byte-order mark and ``;`` between fields, as Belgian Excel
expects (another separator on request). Headers are Dutch; values are the
shared codes (``counter``, ``together``…), and the import also accepts the
Dutch labels. Dates are dd-mm-jjjj, times uu:mm in Belgian local time.
Every row carries the case's UUID in ``id``; a row imported without one
gets an id derived from its content (:func:`content_id`). The personal column
(``burgerreferentie``) is written only when explicitly asked for.

Cells that Excel would run as a formula are written with a leading
apostrophe (:mod:`desk.domain.csvsafe`), which the import removes again.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from desk.domain.cases import (
    CaseInvalid,
    CaseValues,
    Rules,
    fold,
    format_day,
    stored_parts,
    validate_case,
)
from desk.domain.csvsafe import csv_safe, csv_unsafe
from desk.domain.vocab import (
    CHANNEL_LABELS,
    FEEDBACK_LABELS,
    OUTCOME_LABELS,
    REASON_LABELS,
    SKILL_LABELS,
)

BOM: Final = "\ufeff"
SEPARATORS: Final = (";", ",", "\t", "|")

#: CSV header -> form field. Order is the export's column order.
COLUMNS: Final = (
    ("id", "id"),
    ("datum", "date"),
    ("uur", "time"),
    ("kantoor", "office"),
    ("medewerker", "staff"),
    ("kanaal", "channel"),
    ("onderwerpen", "topics"),
    ("uitkomst", "outcome"),
    ("reden_niet_mogelijk", "not_possible_reason"),
    ("opvolgdatum", "follow_up_on"),
    ("doorverwijzing", "referral_id"),
    ("duur_min", "duration_min"),
    ("vaardigheid", "skill"),
    ("taal", "language"),
    ("feedback", "feedback"),
    ("notities", "notes"),
    ("gidssessie", "guide_session"),
)
PERSONAL_COLUMNS: Final = (("burgerreferentie", "citizen_ref"),)
REQUIRED: Final = ("datum", "onderwerpen", "uitkomst", "duur_min")

_LABELS: Final = {
    "channel": CHANNEL_LABELS, "outcome": OUTCOME_LABELS, "not_possible_reason": REASON_LABELS,
    "skill": SKILL_LABELS, "feedback": FEEDBACK_LABELS,
}
def headers(personal: bool = False) -> list[str]:
    cols = [h for h, _ in COLUMNS]
    if personal:
        cols += [h for h, _ in PERSONAL_COLUMNS]
    return cols


def row_to_csv(row: Mapping[str, Any], *, personal: bool = False) -> list[str]:
    """One stored case (as the database holds it) as CSV cells."""
    day, clock, topics, follow = stored_parts(row)
    session = row.get("guide_session")
    if session is not None and not isinstance(session, str):
        session = json.dumps(session, ensure_ascii=False)
    cells = [
        str(row["id"]), day, clock, row["office"], csv_safe(row["staff"]), row["channel"],
        csv_safe(";".join(t.removeprefix("topic:") for t in topics)), row["outcome"],
        row.get("not_possible_reason") or "",
        format_day(follow) if follow else "",
        row.get("referral_id") or "", str(row["duration_min"]), row.get("skill") or "",
        row.get("language") or "nl", row.get("feedback") or "", csv_safe(row.get("notes") or ""),
        session or "",
    ]
    if personal:
        cells.append(csv_safe(row.get("citizen_ref") or ""))
    return cells


def write_csv(
    out: io.TextIOBase | Any,
    rows: Iterable[Mapping[str, Any]],
    *,
    personal: bool = False,
    separator: str = ";",
) -> int:
    """Write the BOM, the header and *rows*; returns the number of rows."""
    out.write(BOM)
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow(headers(personal))
    count = 0
    for row in rows:
        writer.writerow(row_to_csv(row, personal=personal))
        count += 1
    return count


@dataclass(frozen=True)
class ParsedRow:
    line: int
    case_id: str | None
    values: CaseValues


@dataclass
class ParseResult:
    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: How often each id-less row content was seen (for :func:`content_id`).
    seen: dict[str, int] = field(default_factory=dict)


#: Namespace of the ids given to rows that come without one.
IMPORT_NAMESPACE: Final = uuid.UUID("5b0f3c52-8a4e-4c1b-9d5e-2f1d6a7c9e11")


def content_id(cells: Mapping[str, str], occurrence: int) -> str:
    """The id of a row without ``id``: derived from its content.

    Importing the same spreadsheet twice then adds nothing, even when its
    rows have no ids, while two identical rows in one file stay two cases
    (they differ in *occurrence*).
    """
    canonical = json.dumps(sorted((k, v.strip()) for k, v in cells.items() if k != "id"),
                           ensure_ascii=False)
    return str(uuid.uuid5(IMPORT_NAMESPACE, f"{canonical}#{occurrence}"))


def detect_separator(header_line: str) -> str:
    counts = {sep: header_line.count(sep) for sep in SEPARATORS}
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] else ";"


def _code(field_name: str, text: str) -> str:
    """A code, or the code of a Dutch label (case- and accent-insensitive)."""
    labels = _LABELS.get(field_name)
    if not labels or not text or text in labels:
        return text
    wanted = fold(text.strip())
    for code, label in labels.items():
        if fold(label) == wanted:
            return code
    return text


def parse_csv(
    text: str,
    *,
    name: str,
    rules: Rules,
    defaults: Mapping[str, str],
    separator: str | None = None,
) -> ParseResult:
    """Parse a case CSV; every problem becomes ``name:row: message``.

    ``defaults`` fills missing office, staff and channel columns. The row
    number is the line in the file (the header is row 1).
    """
    result = ParseResult()
    if text.startswith(BOM):
        text = text[len(BOM):]
    if not text.strip():
        result.problems.append(f"{name}:1: het bestand is leeg")
        return result
    first_line = text.split("\n", 1)[0]
    sep = separator or detect_separator(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as exc:
        result.problems.append(f"{name}:1: onleesbare kop ({exc})")
        return result
    known = {h: f for h, f in (*COLUMNS, *PERSONAL_COLUMNS)}
    for h in header:
        if h not in known:
            result.problems.append(f"{name}:1: onbekende kolom '{h}'")
    if len(set(header)) != len(header):
        result.problems.append(f"{name}:1: een kolom staat er twee keer in")
    for h in REQUIRED:
        if h not in header:
            result.problems.append(f"{name}:1: de kolom '{h}' ontbreekt")
    if result.problems:
        return result
    line = 1
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                result.problems.append(
                    f"{name}:{line}: {len(cells)} velden, verwacht {len(header)} "
                    f"(scheidingsteken '{sep}')"
                )
                continue
            _parse_row(result, name, line, dict(zip(header, cells, strict=True)), known,
                       rules, defaults)
    except csv.Error as exc:
        result.problems.append(f"{name}:{line}: onleesbare regel ({exc})")
    return result


def _parse_row(
    result: ParseResult,
    name: str,
    line: int,
    cells: Mapping[str, str],
    known: Mapping[str, str],
    rules: Rules,
    defaults: Mapping[str, str],
) -> None:
    form = {known[h]: csv_unsafe(v.strip()) for h, v in cells.items()}
    for key in ("office", "staff", "channel"):
        if not form.get(key):
            form[key] = defaults.get(key, "")
    for key in _LABELS:
        form[key] = _code(key, form.get(key, ""))
    case_id: str | None = form.pop("id", "") or None
    problems: list[str] = []
    if case_id is None:
        key = json.dumps(sorted(cells.items()), ensure_ascii=False)
        result.seen[key] = result.seen.get(key, 0) + 1
        case_id = content_id(cells, result.seen[key])
    else:
        try:
            case_id = str(uuid.UUID(case_id))
        except ValueError:
            problems.append(f"id: '{case_id}' is geen geldige UUID")
    session: dict[str, Any] | None = None
    raw_session = form.pop("guide_session", "")
    if raw_session:
        try:
            loaded = json.loads(raw_session)
            if not isinstance(loaded, dict) or "guide_id" not in loaded:
                raise ValueError
            session = loaded
        except ValueError:
            problems.append("gidssessie: geen geldige gidssessie (JSON)")
    try:
        values = validate_case(form, rules, guide_session=session)
    except CaseInvalid as exc:
        header_of = {f: h for h, f in known.items()}
        problems += [f"{header_of.get(k, k)}: {m}" for k, m in exc.errors.items()]
        values = None
    for problem in problems:
        result.problems.append(f"{name}:{line}: {problem}")
    if not problems and values is not None:
        result.rows.append(ParsedRow(line=line, case_id=case_id, values=values))
