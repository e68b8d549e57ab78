"""Statistics for one period: the cube of the records, then protected tables.

Three steps, the same on the desk and on desk-central:

1. Records become cube cells (:mod:`desk.domain.cube`): counts per local month,
   organisation, office and code. Free text never becomes a code.
2. :func:`desk.domain.disclosure.round_cube` rounds the finest cells to
   multiples of 5.
3. :func:`build_tables` sums the rounded cells into every table. A report
   (:class:`Report`) holds those tables and key figures derived from them;
   it is what the screen, the CSV, the PDF and ``desk stats --json`` show. A
   report read from the central ``/v1/stats`` answer (:func:`report_from_central`)
   has the same shape.

:func:`compute` also keeps the true counts (:attr:`Figures.tables`): they are
for this desk's tests and checks only, never shown.

Table names, row/column codes and titles are the central service's, so a
reader can compare a desk's own figures with the region's; the same records
give the same published numbers on both sides.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, Final

from desk.domain import disclosure
from desk.domain.csvsafe import csv_safe
from desk.domain.cube import (
    UNRESTRICTED,
    CaseRecord,
    Cube,
    CubeKey,
    GuideRun,
    ReferralRecord,
    StatusChange,
    TopicCount,
    Vocabulary,
    first_contact_days,
)
from desk.domain.days import local
from desk.domain.disclosure import Cell
from desk.domain.formats import MONTHS_NL, format_date, format_number
from desk.domain.lifecycle import COMPLETED, NO_SHOW
from desk.domain.periods import Period, PeriodError
from desk.domain.vocab import (
    BARRIER_LABELS,
    BARRIERS,
    CHANNEL_LABELS,
    CHANNELS,
    GUIDE_END_LABELS,
    GUIDE_ENDS,
    MUNICIPALITIES,
    MUNICIPALITY_NAMES,
    NEED_LABELS,
    NEEDS,
    OTHER,
    OTHER_LABEL,
    OUTCOME_LABELS,
    OUTCOMES,
    REASON_LABELS,
    REASONS,
    STATUS_LABELS,
    STATUSES,
    TTFC_BUCKETS,
    TTFC_LABELS,
    URGENCIES,
    URGENCY_LABELS,
)

__all__ = [
    "CaseRecord",
    "Filters",
    "GuideRun",
    "Period",
    "ReferralRecord",
    "Report",
    "StatusChange",
    "TopicCount",
    "Vocabulary",
    "build_tables",
    "compute",
    "first_contact_days",
    "publish",
    "report_from_central",
]

# -- filters -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """One whole period, and optionally one organisation and one office."""

    period: Period
    org: str | None = None
    office: str | None = None

    @classmethod
    def between(
        cls, start: date | None, end: date | None, org: str | None = None,
        office: str | None = None,
    ) -> Filters:  # fmt: skip
        """Filters for the days *start* to *end*, which must be one whole period.

        Raises:
            ValueError: a missing end, or not a whole calendar month, quarter or year
                (the message is Dutch).
        """
        if start is None or end is None:
            raise ValueError("kies een volledige maand, een kwartaal of een jaar")
        if start > end:
            raise ValueError("de begindatum ligt na de einddatum")
        try:
            period = Period.spanning(start, end)
        except PeriodError:
            raise ValueError(
                "statistieken gaan over een volledige kalendermaand, een kwartaal of een jaar "
                f"(niet {format_date(start)} tot {format_date(end)})"
            ) from None
        return cls(period, org, office)

    @property
    def start(self) -> date:
        return self.period.start

    @property
    def end(self) -> date:
        return self.period.end

    def keeps(self, moment: datetime, org: str, office: str) -> bool:
        if not (self.period.start <= local(moment).date() <= self.period.end):
            return False
        if self.org and org != self.org:
            return False
        return not (self.office and office != self.office)


# -- tables --------------------------------------------------------------------------------

#: Free topics beyond this many are counted together under "other".
TOP_TOPICS: Final = 25


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: str
    row_dim: str
    col_dim: str
    section: str  # referrals | cases | guides
    note: str = ""


_MULTI = "Eén doorverwijzing kan meer dan één {0} hebben: de totalen tellen vermeldingen."
#: The tables of the desk's report (the server publishes these and :data:`SERVER_SPECS`).
SPECS: Final[tuple[TableSpec, ...]] = (
    TableSpec("referrals_by_month", "Doorverwijzingen per maand en status", "month", "status",
              "referrals"),
    TableSpec("referrals_by_municipality", "Doorverwijzingen per gemeente en status",
              "municipality", "status", "referrals"),
    TableSpec("referrals_by_need", "Doorverwijzingen per nood en status", "need", "status",
              "referrals", _MULTI.format("nood")),
    TableSpec("referrals_by_barrier", "Doorverwijzingen per drempel en status", "barrier",
              "status", "referrals", _MULTI.format("drempel")),
    TableSpec("referrals_by_service", "Doorverwijzingen per partnerdienst en status", "service",
              "status", "referrals"),
    TableSpec("time_to_first_contact", "Tijd tot eerste contact", "ttfc", "count", "referrals",
              "Van verstuurd tot de eerste status die contact betekent."),
    TableSpec("cases_by_month", "Contacten per maand en uitkomst", "month", "outcome", "cases"),
    TableSpec("cases_by_channel", "Contacten per kanaal en uitkomst", "channel", "outcome",
              "cases"),
    TableSpec("cases_by_topic", "Contacten per onderwerp", "topic", "count", "cases",
              "Eén contact kan meer dan één onderwerp hebben."),
    TableSpec("cases_by_reason", "Niet mogelijk: reden", "reason", "count", "cases"),
    TableSpec("guide_completion", "Gidsen: voltooid of gestopt", "guide", "guide_end", "guides"),
    TableSpec("guide_drop_off", "Gidsen: stap waar men stopte", "guide_step", "count", "guides",
              "Per gids de stap waar een niet-voltooide doorloop eindigde."),
)  # fmt: skip
#: Tables only the server publishes (they compare organisations and offices).
SERVER_SPECS: Final[tuple[TableSpec, ...]] = (
    TableSpec("referrals_by_org", "Doorverwijzingen per organisatie en status", "org", "status",
              "referrals"),
    TableSpec("referrals_by_office", "Doorverwijzingen per kantoor en status", "office",
              "status", "referrals"),
    TableSpec("referrals_by_urgency", "Doorverwijzingen per urgentie en status", "urgency",
              "status", "referrals"),
    TableSpec("cases_by_org", "Contacten per organisatie en uitkomst", "org", "outcome",
              "cases"),
    TableSpec("cases_by_office", "Contacten per kantoor en uitkomst", "office", "outcome",
              "cases"),
)  # fmt: skip
SPEC_BY_NAME: Final = {s.name: s for s in (*SPECS, *SERVER_SPECS)}
DESK_TABLES: Final = tuple(s.name for s in SPECS)
#: The order of the server's tables (its answer lists them so).
SERVER_ORDER: Final = (
    "referrals_by_month", "referrals_by_org", "referrals_by_office", "referrals_by_municipality",
    "referrals_by_need", "referrals_by_barrier", "referrals_by_service", "referrals_by_urgency",
    "time_to_first_contact", "cases_by_month", "cases_by_org", "cases_by_office",
    "cases_by_channel", "cases_by_reason", "cases_by_topic", "guide_completion",
    "guide_drop_off",
)  # fmt: skip


def _month_label(code: str) -> str:
    try:
        year, month = code.split("-")
        return f"{MONTHS_NL[int(month) - 1][:3]} {year}"
    except (ValueError, IndexError):
        return code


def month_of_label(text: str) -> tuple[int, int] | None:
    """(year, month) of a label made by :func:`label` for a month, else None.

    The UI shows months in the employee's language; it recognises them by this.
    """
    name, _, year = text.partition(" ")
    short = [m[:3] for m in MONTHS_NL]
    if name in short and year.isdigit() and len(year) == 4:
        return int(year), short.index(name) + 1
    return None


_OTHER_TOPICS_LABEL: Final = "Overige onderwerpen"
_MAPS: Final[dict[str, Mapping[str, str]]] = {
    "status": STATUS_LABELS, "outcome": OUTCOME_LABELS, "channel": CHANNEL_LABELS,
    "reason": REASON_LABELS, "need": NEED_LABELS, "barrier": BARRIER_LABELS,
    "municipality": MUNICIPALITY_NAMES, "urgency": URGENCY_LABELS,
    "guide_end": GUIDE_END_LABELS, "ttfc": TTFC_LABELS,
}  # fmt: skip


def label(dim: str, code: str) -> str:
    """The Dutch label of a row or column code (the code itself when it is a name)."""
    if dim == "month":
        return _month_label(code)
    if dim == "count":
        return "Aantal"
    if dim == "topic":
        if code == OTHER:
            return _OTHER_TOPICS_LABEL
        kind, _, text = code.partition(":")
        return f"Gids: {text}" if kind == "guide" else (text if kind == "topic" else code)
    if dim == "guide":  # named like a guide topic; the screens put its title there
        return OTHER_LABEL if code == OTHER else f"Gids: {code}"
    if dim == "guide_step":
        guide, _, step = code.partition(" / ")
        return f"{label('guide', guide)} / {OTHER_LABEL if step == OTHER else step}"
    if dim == "municipality" and code == "":
        return "Onbekend"
    if dim == "service" and code == "":
        return "Geen partnerdienst gekozen"
    if code == OTHER and dim not in ("reason", "barrier"):
        return OTHER_LABEL
    return _MAPS.get(dim, {}).get(code, code)


DIM_LABELS: Final = {
    "month": "maand", "status": "status", "municipality": "gemeente", "need": "nood",
    "barrier": "drempel", "service": "partnerdienst", "ttfc": "termijn", "count": "aantal",
    "outcome": "uitkomst", "channel": "kanaal", "topic": "onderwerp", "reason": "reden",
    "guide": "gids", "guide_end": "afloop", "guide_step": "gids / stap", "org": "organisatie",
    "urgency": "urgentie", "office": "organisatie/kantoor",
}  # fmt: skip


def label_of_dim(dim: str) -> str:
    return DIM_LABELS.get(dim, dim)


@dataclass(frozen=True)
class CountTable:
    """Counts: ``counts[r][c]`` for ``rows[r]`` x ``columns[c]`` (codes)."""

    spec: TableSpec
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def get(self, row: str, column: str = "count") -> int:
        return self.counts[self.rows.index(row)][self.columns.index(column)]

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.counts)


def _ordered(found: Iterable[str], order: Sequence[str]) -> list[str]:
    """*found* in the vocabulary's *order*, then the rest sorted, "" and "other" last."""
    found = set(found)
    known = [c for c in order if c in found]
    rest = sorted(c for c in found if c not in order and c not in ("", OTHER))
    return [*known, *rest, *(c for c in ("", OTHER) if c in found and c not in order)]


def _table(
    spec: TableSpec,
    data: Mapping[tuple[str, str], int],
    rows: Sequence[str] | None,
    columns: Sequence[str],
) -> CountTable:
    """A table in the given order; rows and columns that are all zero are left out."""
    row_list = _ordered((r for r, _ in data), rows or ())
    col_list = list(columns)
    row_list = [r for r in row_list if any(data.get((r, c), 0) for c in col_list)]
    col_list = [c for c in col_list if any(data.get((r, c), 0) for r in row_list)]
    counts = tuple(tuple(data.get((r, c), 0) for c in col_list) for r in row_list)
    return CountTable(spec, tuple(row_list), tuple(col_list), counts)


def build_tables(
    values: Mapping[CubeKey, int],
    vocab: Vocabulary = UNRESTRICTED,
    names: Sequence[str] = DESK_TABLES,
) -> list[CountTable]:
    """Every table *names* asks for, each a sum of cube *values* (rounded or true).

    Runs in O(cells log cells): one pass over the cells, then sorting rows.
    """
    data: dict[str, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    steps: dict[str, set[str]] = defaultdict(set)
    for (kind, month, org, office, dim, a, b), n in values.items():
        if not n:
            continue
        where = f"{org}/{office}" if office else org
        if kind == "referral":
            if dim == "status":
                data["referrals_by_month"][(month, a)] += n
                data["referrals_by_org"][(org, a)] += n
                data["referrals_by_office"][(where, a)] += n
            elif dim in ("municipality", "need", "barrier", "service", "urgency"):
                data[f"referrals_by_{dim}"][(a, b)] += n
            elif dim == "ttfc":
                data["time_to_first_contact"][(a, "count")] += n
        elif kind == "case":
            if dim == "outcome":
                data["cases_by_month"][(month, a)] += n
                data["cases_by_org"][(org, a)] += n
                data["cases_by_office"][(where, a)] += n
            elif dim == "channel":
                data["cases_by_channel"][(a, b)] += n
            elif dim == "reason":
                data["cases_by_reason"][(a, "count")] += n
            elif dim == "topic":
                data["cases_by_topic"][(a, "count")] += n
            elif dim == "guide":
                data["guide_completion"][(a, b)] += n
            elif dim == "dropoff" and a:
                data["guide_drop_off"][(f"{b} / {a}", "count")] += n
                steps[b].add(a)
    _group_topics(data["cases_by_topic"])
    drop_rows = _drop_off_order(steps, vocab)
    topic_data = data["cases_by_topic"]
    topic_rows = sorted((r for r, _ in topic_data),
                        key=lambda r: (r == OTHER, -topic_data[(r, "count")], r))  # fmt: skip
    orders: dict[str, tuple[Sequence[str] | None, Sequence[str]]] = {
        "referrals_by_month": (None, STATUSES),
        "referrals_by_org": (None, STATUSES),
        "referrals_by_office": (None, STATUSES),
        "referrals_by_municipality": (MUNICIPALITIES, STATUSES),
        "referrals_by_need": (NEEDS, STATUSES),
        "referrals_by_barrier": (BARRIERS, STATUSES),
        "referrals_by_service": (None, STATUSES),
        "referrals_by_urgency": (URGENCIES, STATUSES),
        "time_to_first_contact": (TTFC_BUCKETS, ("count",)),
        "cases_by_month": (None, OUTCOMES),
        "cases_by_org": (None, OUTCOMES),
        "cases_by_office": (None, OUTCOMES),
        "cases_by_channel": (CHANNELS, OUTCOMES),
        "cases_by_reason": (REASONS, ("count",)),
        "cases_by_topic": (topic_rows, ("count",)),
        "guide_completion": (None, GUIDE_ENDS),
        "guide_drop_off": (drop_rows, ("count",)),
    }
    return [_table(SPEC_BY_NAME[name], data[name], *orders[name]) for name in names]


def _group_topics(topics: dict[tuple[str, str], int]) -> None:
    """Free topics beyond the :data:`TOP_TOPICS` biggest join "other" (guides always show)."""
    free = sorted(((r, n) for (r, _), n in topics.items() if r.startswith("topic:")),
                  key=lambda x: (-x[1], x[0]))  # fmt: skip
    for topic, n in free[TOP_TOPICS:]:
        del topics[(topic, "count")]
        topics[(OTHER, "count")] = topics.get((OTHER, "count"), 0) + n


def _drop_off_order(steps: Mapping[str, set[str]], vocab: Vocabulary) -> list[str]:
    rows = []
    for guide in sorted(steps, key=lambda g: (g == OTHER, g)):
        order = vocab.steps_of(guide)

        def position(
            step: str, guide: str = guide, order: tuple[str, ...] = order
        ) -> tuple[int, int, str]:
            if step in order:
                return (0, order.index(step), step)
            return (1 if step != OTHER else 2, vocab.step_order.get((guide, step), 999), step)

        rows += [f"{guide} / {step}" for step in sorted(steps[guide], key=position)]
    return rows


# -- raw figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """The cube of one period and scope: for this desk only, never to publish as is."""

    filters: Filters
    cube: Cube
    vocab: Vocabulary
    cases: int
    referrals: int
    #: False when the desk has no referral data at all (the store has no table yet).
    referrals_available: bool = True

    @property
    def tables(self) -> tuple[CountTable, ...]:
        """The true counts (tests and checks only)."""
        return tuple(build_tables({k: c.n for k, c in self.cube.cells.items()}, self.vocab))

    def table(self, name: str) -> CountTable:
        return next(t for t in self.tables if t.spec.name == name)


def compute(
    cases: Iterable[CaseRecord],
    referrals: Iterable[ReferralRecord] | None,
    filters: Filters,
    topics: Iterable[TopicCount] = (),
    vocab: Vocabulary = UNRESTRICTED,
) -> Figures:
    """The cube of the records that fall within *filters*.

    Args:
        cases: case records (deleted ones already left out by the caller).
        referrals: referral records, or ``None`` when this desk has no referral
            data at all (the tables are then empty and ``referrals_available`` false).
        filters: period, organisation and office.
        topics: topic counts kept apart from the records (added to the records' own
            topics); the store uses it so that contacts group better in SQL.
        vocab: the codes rows may carry; anything else counts as "other".
    """
    cube = Cube()
    kept = [c for c in cases if filters.keeps(c.occurred_at, c.org, c.office)]
    vocab = replace(vocab, step_order={**_step_order(kept), **vocab.step_order})
    n_cases = n_refs = 0
    for case in kept:
        cube.add_case(case, vocab)
        n_cases += case.count
    for topic in topics:
        if filters.keeps(topic.occurred_at, topic.org, topic.office):
            cube.add_topic(topic, vocab)
    for ref in referrals or ():
        if filters.keeps(ref.created_at, ref.org, ref.office):
            cube.add_referral(ref, vocab)
            n_refs += 1
    return Figures(filters, cube, vocab, n_cases, n_refs, referrals is not None)


def _step_order(cases: Iterable[CaseRecord]) -> dict[tuple[str, str], int]:
    """Where each drop-off step came in its runs (orders the rows like the guide)."""
    order: dict[tuple[str, str], int] = {}
    for case in cases:
        run = case.guide
        if run is None or not run.drop_off_step:
            continue
        if run.drop_off_step in run.steps:
            pos = run.steps.index(run.drop_off_step)
        elif run.position is not None:
            pos = run.position
        else:
            continue
        key = (run.guide_id, run.drop_off_step)
        order[key] = min(order.get(key, pos), pos)
    return order


# -- published figures ------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedTable:
    """A table after disclosure control (same fields as the central ``StatsTable``)."""

    name: str
    title: str
    row_dim: str
    col_dim: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    total: Cell
    note: str = ""
    section: str = ""

    @classmethod
    def of(cls, table: CountTable) -> PublishedTable:
        """A table of published (rounded) counts, with its sums as margins."""
        spec = table.spec
        cols = range(len(table.columns))
        return cls(
            name=spec.name, title=spec.title, row_dim=spec.row_dim, col_dim=spec.col_dim,
            rows=table.rows, columns=table.columns,
            cells=tuple(tuple(Cell(n) for n in row) for row in table.counts),
            row_totals=tuple(Cell(sum(row)) for row in table.counts),
            column_totals=tuple(Cell(sum(row[c] for row in table.counts)) for c in cols),
            total=Cell(table.total), note=spec.note, section=spec.section,
        )  # fmt: skip

    @property
    def suppressed_count(self) -> int:
        hidden = sum(c.suppressed for row in self.cells for c in row)
        hidden += sum(c.suppressed for c in (*self.row_totals, *self.column_totals))
        return hidden + int(self.total.suppressed)

    @property
    def empty(self) -> bool:
        return not self.rows

    def row_labels(self) -> list[str]:
        return [label(self.row_dim, r) for r in self.rows]

    def column_labels(self) -> list[str]:
        return [label(self.col_dim, c) for c in self.columns]

    def grid(self) -> list[list[str]]:
        """Header + rows + totals row, all as display text (what CSV and PDF print)."""
        corner = f"{label_of_dim(self.row_dim)} \\ {label_of_dim(self.col_dim)}"
        # A one-column table's row totals repeat that column: leave them out.
        totals = len(self.columns) > 1
        out = [[corner, *self.column_labels(), *(["Totaal"] if totals else [])]]
        for name, cells, total in zip(self.row_labels(), self.cells, self.row_totals, strict=True):
            out.append([name, *(c.display for c in cells), *([total.display] if totals else [])])
        out.append(["Totaal", *(c.display for c in self.column_totals),
                    *([self.total.display] if totals else [])])  # fmt: skip
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "title": self.title, "row_dim": self.row_dim,
            "col_dim": self.col_dim, "note": self.note,
            "rows": list(self.rows), "row_labels": self.row_labels(),
            "columns": list(self.columns), "column_labels": self.column_labels(),
            "cells": [[c.as_json() for c in row] for row in self.cells],
            "row_totals": [c.as_json() for c in self.row_totals],
            "column_totals": [c.as_json() for c in self.column_totals],
            "total": self.total.as_json(),
        }  # fmt: skip


@dataclass(frozen=True)
class Measure:
    """A published key figure: its text and the published numbers behind it."""

    key: str
    title: str
    value: str
    part: Cell
    whole: Cell
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "value": self.value,
            "part": self.part.as_json(),
            "whole": self.whole.as_json(),
            "note": self.note,
        }


@dataclass(frozen=True)
class Report:
    """What is shown or exported: protected tables and measures, with their scope."""

    source: str  # "local" or "central"
    period: Period | None
    org: str | None
    office: str | None
    generated_at: datetime
    tables: tuple[PublishedTable, ...]
    measures: tuple[Measure, ...]
    threshold: int = disclosure.DEFAULT_THRESHOLD
    note: str = disclosure.SUPPRESSION_NOTE_NL
    #: Plain Dutch remarks for the reader (no referrals yet, empty period, ...).
    messages: tuple[str, ...] = field(default=())

    @property
    def start(self) -> date | None:
        return None if self.period is None else self.period.start

    @property
    def end(self) -> date | None:
        return None if self.period is None else self.period.end

    @property
    def empty(self) -> bool:
        return all(t.empty for t in self.tables)

    @property
    def suppressed_count(self) -> int:
        return sum(t.suppressed_count for t in self.tables) + sum(
            m.part.suppressed or m.whole.suppressed for m in self.measures
        )

    def table(self, name: str) -> PublishedTable:
        return next(t for t in self.tables if t.name == name)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "period": self.period.code if self.period else None,
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "org": self.org, "office": self.office,
            "generated_at": self.generated_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "method": disclosure.METHOD, "threshold": self.threshold,
            "suppressed_label": disclosure.SUPPRESSED_LABEL,
            "note": self.note, "messages": list(self.messages), "empty": self.empty,
            "measures": [m.to_json() for m in self.measures],
            "tables": [t.to_json() for t in self.tables],
        }  # fmt: skip


NO_REFERRALS: Final = (
    "Nog geen doorverwijzingen: deze computer bewaart (nog) geen doorverwijzingen."
)
EMPTY_PERIOD: Final = "Geen gegevens in deze periode."


def published_tables(
    cube: Cube, vocab: Vocabulary = UNRESTRICTED,
    names: Sequence[str] = DESK_TABLES,
) -> list[PublishedTable]:  # fmt: skip
    """The protected tables of *cube*: its rounded cells, summed."""
    rounded = disclosure.round_cube(cube.cells)
    return [PublishedTable.of(t) for t in build_tables(rounded, vocab, names)]


def publish(figures: Figures, *, generated_at: datetime, source: str = "local") -> Report:
    """Apply disclosure control to *figures*: the report the desk shows and exports."""
    tables = tuple(published_tables(figures.cube, figures.vocab))
    messages: list[str] = []
    if not figures.cases and not figures.referrals:
        messages.append(EMPTY_PERIOD)
    if not figures.referrals_available:
        messages.append(NO_REFERRALS)
    f = figures.filters
    report = Report(source, f.period, f.org, f.office, generated_at, tables, (),
                    messages=tuple(messages))  # fmt: skip
    return replace(report, measures=measures(report))


# -- the central answer -----------------------------------------------------------------------


def _cell(value: Any) -> Cell:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"unexpected cell {value!r}")
    if isinstance(value, str):
        if value != disclosure.SUPPRESSED_LABEL:
            raise ValueError(f"unexpected cell {value!r}")
        return disclosure.SUPPRESSED
    return Cell(value)


def _period_of(data: Mapping[str, Any]) -> Period | None:
    try:
        if isinstance(data.get("period"), str):
            return Period.parse(data["period"])
        first, last = data.get("from_month"), data.get("to_month")
        if isinstance(first, str) and isinstance(last, str):
            return Period.of_months(first, last)
    except PeriodError:
        return None
    return None


def report_from_central(data: Mapping[str, Any], *, generated_at: datetime) -> Report:
    """A :class:`Report` from the central ``/v1/stats`` JSON (already protected there).

    Raises:
        ValueError: the answer does not have the expected shape.
    """
    try:
        tables: list[PublishedTable] = []
        for raw in data["tables"]:
            name = str(raw["name"])
            spec = SPEC_BY_NAME.get(name)
            tables.append(PublishedTable(
                name=name, title=spec.title if spec else str(raw["title"]),
                row_dim=spec.row_dim if spec else str(raw["row_label"]),
                col_dim=spec.col_dim if spec else str(raw["column_label"]),
                rows=tuple(str(r) for r in raw["rows"]),
                columns=tuple(str(c) for c in raw["columns"]),
                cells=tuple(tuple(_cell(v) for v in row) for row in raw["cells"]),
                row_totals=tuple(_cell(v) for v in raw["row_totals"]),
                column_totals=tuple(_cell(v) for v in raw["column_totals"]),
                total=_cell(raw["total"]),
                note=spec.note if spec else "",
                section=spec.section if spec else (
                    "cases" if name.startswith("cases") else "referrals"),
            ))  # fmt: skip
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"unexpected statistics answer: {exc}") from None
    report = Report(
        source="central", period=_period_of(data),
        org=data.get("org"), office=data.get("office"),
        generated_at=generated_at, tables=tuple(tables), measures=(),
        threshold=int(data.get("threshold") or disclosure.DEFAULT_THRESHOLD),
        note=str(data.get("note") or disclosure.SUPPRESSION_NOTE_NL),
    )  # fmt: skip
    messages = (EMPTY_PERIOD,) if report.empty else ()
    return replace(report, measures=measures(report), messages=messages)


def _percent(part: Cell, whole: Cell) -> str:
    if part.value is None or whole.value is None:
        return disclosure.SUPPRESSED_LABEL
    if whole.value == 0:
        return "-"
    return f"{format_number(100 * part.value / whole.value)}%"


def _column_total(table: PublishedTable, column: str) -> Cell:
    if column not in table.columns:
        return Cell(0)
    return table.column_totals[table.columns.index(column)]


def measures(report: Report) -> tuple[Measure, ...]:
    """Key figures derived from published numbers only (the same for both sources)."""
    out: list[Measure] = []
    names = {t.name for t in report.tables}
    if "time_to_first_contact" in names:
        out.append(_median_bucket(report.table("time_to_first_contact")))
    if "referrals_by_month" in names:
        t = report.table("referrals_by_month")
        done, absent = _column_total(t, COMPLETED), _column_total(t, NO_SHOW)
        note = ("Percentage van alle verstuurde doorverwijzingen van de periode dat nu op "
                "„Afgerond” staat.")
        out.append(Measure("referrals_completed", "Doorverwijzingen afgerond",
                           _percent(done, t.total), done, t.total, note))
        note = ("Percentage van alle verstuurde doorverwijzingen van de periode dat nu op "
                "„Niet opgedaagd” staat.")
        out.append(Measure("referrals_no_show", "Niet opgedaagd",
                           _percent(absent, t.total), absent, t.total, note))
    if "guide_completion" in names:
        t = report.table("guide_completion")
        part = _column_total(t, "completed")
        note = ("Percentage van de gidsen die in Desk doorlopen werden, dat tot het einde "
                "ging. Een contact met een gids als onderwerp maar zonder doorloop in Desk "
                "telt hier niet mee.")
        out.append(Measure("guides_completed", "Gidsen voltooid", _percent(part, t.total), part,
                           t.total, note))
    return tuple(out)  # fmt: skip


def _median_bucket(table: PublishedTable) -> Measure:
    title = "Mediaan tijd tot eerste contact"
    note = "De klasse waarin de mediaan valt (de cijfers zijn in klassen)."
    counts = [row[0].value for row in table.cells]
    total = table.total
    if total.value == 0 or not table.rows:
        return Measure("ttfc_median", title, "-", Cell(0), Cell(0), note)
    if total.value is None or any(v is None for v in counts):
        return Measure("ttfc_median", title, disclosure.SUPPRESSED_LABEL, disclosure.SUPPRESSED,
                       total, note)  # fmt: skip
    half, seen = total.value / 2, 0
    for code, n in zip(table.rows, counts, strict=True):
        seen += n or 0
        if seen >= half:
            return Measure("ttfc_median", title, label("ttfc", code), total, total, note)
    return Measure("ttfc_median", title, "-", total, total, note)  # pragma: no cover


# -- text for exports ------------------------------------------------------------------------


def table_csv(table: PublishedTable, note: str = disclosure.SUPPRESSION_NOTE_NL,
              separator: str = ";") -> str:  # fmt: skip
    """One protected table as CSV for Belgian Excel: BOM, ``;``, totals, and the note."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    for row in table.grid():
        writer.writerow([csv_safe(cell) for cell in row])
    writer.writerow([])
    writer.writerow([csv_safe(note)])
    return out.getvalue()


def period_text(start: date | None, end: date | None) -> str:
    """``maart 2026``, ``1e kwartaal 2026`` or ``2026``; other ranges as dates."""
    if start and end:
        try:
            return Period.spanning(start, end).label
        except PeriodError:
            return f"{format_date(start)} – {format_date(end)}"
    if start:
        return f"vanaf {format_date(start)}"
    if end:
        return f"tot en met {format_date(end)}"
    return "alle gegevens"
