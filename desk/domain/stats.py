"""Statistics for a period: count tables from plain records, then disclosure control.

Two steps, kept apart on purpose:

1. :func:`compute` turns plain records (:class:`CaseRecord`,
   :class:`ReferralRecord`) into raw :class:`CountTable` objects and raw
   measures. Nothing here is fit to show to anyone but the desk itself.
2. :func:`publish` applies :mod:`desk.domain.disclosure` to every table and
   measure and gives a :class:`Report`: what the screen, the CSV, the PDF and
   ``desk stats --json`` show. A report read from the central ``/v1/stats``
   answer (:func:`report_from_central`) has the same shape, so everything
   downstream treats both sources alike.

Table names, row/column codes and titles follow the central service's
``/v1/stats`` tables where both exist, so a reader can compare a desk's own
figures with the region's. Dates are Belgian local dates; a month is the
local month of the record's moment.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Final

from desk.domain import disclosure
from desk.domain.csvsafe import csv_safe
from desk.domain.days import local, local_month
from desk.domain.disclosure import Cell
from desk.domain.formats import MONTHS_NL, format_date, format_number
from desk.domain.lifecycle import COMPLETED, CONTACT_MADE, NO_SHOW, SENT
from desk.domain.vocab import (
    BARRIER_LABELS,
    BARRIERS,
    CHANNEL_LABELS,
    CHANNELS,
    CONTACT_STATUSES,
    GUIDE_END_LABELS,
    MUNICIPALITY_NAMES,
    NEED_LABELS,
    NEEDS,
    OUTCOME_LABELS,
    OUTCOMES,
    REASON_LABELS,
    STATUS_LABELS,
    STATUSES,
    TTFC_BUCKETS,
    TTFC_LABELS,
    URGENCY_LABELS,
    ttfc_bucket,
)

# -- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GuideRun:
    """The part of a case's guide session that statistics need."""

    guide_id: str
    completed: bool
    drop_off_step: str | None = None
    #: Step ids in the order they were visited (orders the drop-off rows).
    steps: tuple[str, ...] = ()
    #: Where the drop-off step came in the run, when ``steps`` is not given.
    position: int | None = None


@dataclass(frozen=True)
class CaseRecord:
    """One assisted contact, reduced to what is counted (no notes, no citizen)."""

    occurred_at: datetime
    office: str
    channel: str
    outcome: str
    topics: tuple[str, ...] = ()
    not_possible_reason: str | None = None
    guide: GuideRun | None = None
    org: str = ""
    #: How many identical contacts this record stands for (the store groups them in SQL).
    count: int = 1


@dataclass(frozen=True)
class TopicCount:
    """*count* contacts on *topic* (the store counts topics apart, in SQL)."""

    occurred_at: datetime
    office: str
    topic: str
    count: int
    org: str = ""


@dataclass(frozen=True)
class StatusChange:
    status: str
    at: datetime


@dataclass(frozen=True)
class ReferralRecord:
    """One referral, reduced to what is counted (no citizen, no notes)."""

    created_at: datetime
    office: str
    municipality: str
    status: str
    needs: tuple[str, ...] = ()
    barriers: tuple[str, ...] = ()
    service_id: str | None = None
    urgency: str = "normal"
    history: tuple[StatusChange, ...] = ()
    org: str = ""


# -- filters -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Period (inclusive local dates, open ends allowed), organisation and office."""

    start: date | None = None
    end: date | None = None
    org: str | None = None
    office: str | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValueError("de begindatum ligt na de einddatum")

    def keeps(self, moment: datetime, org: str, office: str) -> bool:
        day = local(moment).date()
        if self.start is not None and day < self.start:
            return False
        if self.end is not None and day > self.end:
            return False
        if self.org and org != self.org:
            return False
        return not (self.office and office != self.office)


# -- tables --------------------------------------------------------------------------------

#: What the rows and columns of a table are: a dimension name per axis.
#: ``count`` is the single column of a one-way table.
#: Free topics beyond this many are counted together in one "other" row.
TOP_TOPICS: Final = 25
OTHER_TOPICS: Final = "topic:*"


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: str
    row_dim: str
    col_dim: str
    section: str  # referrals | cases | guides
    note: str = ""


_MULTI = "Eén doorverwijzing kan meer dan één {0} hebben: de totalen tellen vermeldingen."
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
SPEC_BY_NAME: Final = {s.name: s for s in SPECS}

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


def label(dim: str, code: str) -> str:
    """The Dutch label of a row or column code (the code itself when unknown)."""
    if dim == "month":
        return _month_label(code)
    if dim == "topic":
        if code == OTHER_TOPICS:
            return "Overige onderwerpen"
        kind, _, text = code.partition(":")
        return f"Gids: {text}" if kind == "guide" else (text if kind == "topic" else code)
    if dim == "count":
        return "Aantal"
    if dim == "municipality" and code == "":
        return "Onbekend"
    if dim == "service" and code == "":
        return "Geen partnerdienst gekozen"
    maps: dict[str, Mapping[str, str]] = {
        "status": STATUS_LABELS, "outcome": OUTCOME_LABELS, "channel": CHANNEL_LABELS,
        "reason": REASON_LABELS, "need": NEED_LABELS, "barrier": BARRIER_LABELS,
        "municipality": MUNICIPALITY_NAMES, "urgency": URGENCY_LABELS,
        "guide_end": GUIDE_END_LABELS, "ttfc": TTFC_LABELS,
    }  # fmt: skip
    return maps.get(dim, {}).get(code, code)


@dataclass(frozen=True)
class CountTable:
    """Raw counts: ``counts[r][c]`` for ``rows[r]`` x ``columns[c]`` (codes)."""

    spec: TableSpec
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def get(self, row: str, column: str = "count") -> int:
        return self.counts[self.rows.index(row)][self.columns.index(column)]

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.counts)


def _table(
    spec: TableSpec,
    data: Mapping[tuple[str, str], int],
    rows: Iterable[str] | None = None,
    columns: Iterable[str] | None = None,
) -> CountTable:
    """A table with the given order; rows and columns that are all zero are left out."""
    row_list = sorted({r for r, _ in data}) if rows is None else list(rows)
    col_list = sorted({c for _, c in data}) if columns is None else list(columns)
    row_list = [r for r in row_list if any(data.get((r, c), 0) for c in col_list)]
    col_list = [c for c in col_list if any(data.get((r, c), 0) for r in row_list)]
    counts = tuple(tuple(data.get((r, c), 0) for c in col_list) for r in row_list)
    return CountTable(spec, tuple(row_list), tuple(col_list), counts)


# -- raw figures ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Ratio:
    """A raw rate: *part* of *whole*."""

    key: str
    title: str
    part: int
    whole: int
    note: str = ""


@dataclass(frozen=True)
class Figures:
    """Raw figures for one period and scope: for this desk only, never to publish as is."""

    filters: Filters
    tables: tuple[CountTable, ...]
    ratios: tuple[Ratio, ...]
    #: Days from "sent" to first contact, one per referral that has both.
    ttfc_days: tuple[float, ...]
    cases: int
    referrals: int
    #: False when the desk has no referral data at all (the store has no table yet).
    referrals_available: bool = True

    def table(self, name: str) -> CountTable:
        return next(t for t in self.tables if t.spec.name == name)


def _month(moment: datetime) -> str:
    return local_month(moment)


def first_contact_days(referral: ReferralRecord) -> float | None:
    """Days from the "sent" entry (else creation) to the first contact status."""
    history = sorted(referral.history, key=lambda h: h.at)
    sent = next((h.at for h in history if h.status == SENT), referral.created_at)
    for entry in history:
        if entry.status in CONTACT_STATUSES:
            return max(0.0, (entry.at - sent).total_seconds() / 86400)
    return None


def _case_tables(
    cases: Sequence[CaseRecord], extra_topics: Sequence[TopicCount]
) -> list[CountTable]:
    by_month: Counter[tuple[str, str]] = Counter()
    by_channel: Counter[tuple[str, str]] = Counter()
    by_reason: Counter[tuple[str, str]] = Counter()
    topics: Counter[str] = Counter()
    guide_end: Counter[tuple[str, str]] = Counter()
    drop: Counter[tuple[str, str]] = Counter()
    step_pos: dict[tuple[str, str], int] = {}
    for case in cases:
        n = case.count
        by_month[(_month(case.occurred_at), case.outcome)] += n
        by_channel[(case.channel, case.outcome)] += n
        if case.outcome == "not_possible":
            by_reason[(case.not_possible_reason or "other", "count")] += n
        for topic in set(case.topics):
            topics[topic] += n
        run = case.guide
        if run is not None:
            guide_end[(run.guide_id, "completed" if run.completed else "stopped")] += n
            if not run.completed and run.drop_off_step:
                key = (run.guide_id, run.drop_off_step)
                drop[key] += n
                if run.drop_off_step in run.steps:
                    pos = run.steps.index(run.drop_off_step)
                else:
                    pos = 999 if run.position is None else run.position
                step_pos[key] = min(step_pos.get(key, pos), pos)
    for tc in extra_topics:
        topics[tc.topic] += tc.count
    # Guide topics are always listed; free topics beyond the top ones are grouped.
    guides = {t: n for t, n in topics.items() if t.startswith("guide:")}
    free = sorted(
        ((t, n) for t, n in topics.items() if t not in guides), key=lambda x: (-x[1], x[0])
    )
    topic_data: Counter[tuple[str, str]] = Counter()
    for t, n in [*guides.items(), *free[:TOP_TOPICS]]:
        topic_data[(t, "count")] = n
    rest = sum(n for _, n in free[TOP_TOPICS:])
    if rest:
        topic_data[(OTHER_TOPICS, "count")] = rest
    topic_rows = sorted(topic_data, key=lambda k: (k[0] == OTHER_TOPICS, -topic_data[k], k[0]))
    drop_rows = sorted(drop, key=lambda k: (k[0], step_pos[k], k[1]))
    drop_data = {(f"{g} / {s}", "count"): drop[(g, s)] for g, s in drop_rows}
    return [
        _table(SPEC_BY_NAME["cases_by_month"], by_month, None, OUTCOMES),
        _table(SPEC_BY_NAME["cases_by_channel"], by_channel, CHANNELS, OUTCOMES),
        _table(SPEC_BY_NAME["cases_by_topic"], topic_data, [r for r, _ in topic_rows], ["count"]),
        _table(SPEC_BY_NAME["cases_by_reason"], by_reason,
               sorted(REASON_LABELS, key=list(REASON_LABELS).index), ["count"]),
        _table(SPEC_BY_NAME["guide_completion"], guide_end, None, ["completed", "stopped"]),
        _table(SPEC_BY_NAME["guide_drop_off"], drop_data, [r for r, _ in drop_data], ["count"]),
    ]  # fmt: skip


def _referral_tables(referrals: Sequence[ReferralRecord]) -> tuple[list[CountTable], list[float]]:
    data: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    days_list: list[float] = []
    for ref in referrals:
        st = ref.status
        data["referrals_by_month"][(_month(ref.created_at), st)] += 1
        data["referrals_by_municipality"][(ref.municipality, st)] += 1
        for need in dict.fromkeys(ref.needs):
            data["referrals_by_need"][(need, st)] += 1
        for barrier in dict.fromkeys(ref.barriers):
            data["referrals_by_barrier"][(barrier, st)] += 1
        data["referrals_by_service"][(ref.service_id or "", st)] += 1
        days = first_contact_days(ref)
        if days is not None:
            days_list.append(days)
            data["time_to_first_contact"][(ttfc_bucket(days), "count")] += 1
    order: dict[str, Iterable[str] | None] = {
        "referrals_by_month": None, "referrals_by_municipality": None,
        "referrals_by_need": list(NEEDS), "referrals_by_barrier": list(BARRIERS),
        "referrals_by_service": None,
    }  # fmt: skip
    tables = [
        _table(SPEC_BY_NAME[name], data[name], rows, STATUSES) for name, rows in order.items()
    ]
    tables.append(_table(SPEC_BY_NAME["time_to_first_contact"], data["time_to_first_contact"],
                         TTFC_BUCKETS, ["count"]))  # fmt: skip
    return tables, days_list


def compute(
    cases: Iterable[CaseRecord],
    referrals: Iterable[ReferralRecord] | None,
    filters: Filters = Filters(),
    topics: Iterable[TopicCount] = (),
) -> Figures:
    """Raw figures for the records that fall within *filters*.

    Args:
        cases: case records (deleted ones already left out by the caller).
        referrals: referral records, or ``None`` when this desk has no referral
            data at all (the tables are then empty and ``referrals_available`` false).
        filters: period, organisation and office.
        topics: topic counts kept apart from the records (added to the records' own
            topics); the store uses it so that contacts group better in SQL.
    """
    kept_cases = [c for c in cases if filters.keeps(c.occurred_at, c.org, c.office)]
    kept_refs = [r for r in (referrals or ()) if filters.keeps(r.created_at, r.org, r.office)]
    ref_tables, days = _referral_tables(kept_refs)
    kept_topics = [t for t in topics if filters.keeps(t.occurred_at, t.org, t.office)]
    case_tables = _case_tables(kept_cases, kept_topics)
    ever = [{h.status for h in r.history} | {r.status} for r in kept_refs]
    runs = [(c.guide, c.count) for c in kept_cases if c.guide is not None]
    ratios = (
        Ratio("referrals_completed", "Doorverwijzingen afgerond",
              sum(COMPLETED in s for s in ever), len(kept_refs),
              "Deel van de doorverwijzingen in de periode dat ooit 'afgerond' werd."),
        Ratio("referrals_no_show", "Niet opgedaagd",
              sum(NO_SHOW in s for s in ever), sum(CONTACT_MADE in s for s in ever),
              "Deel van de doorverwijzingen met contact waarbij de burger niet opdaagde."),
        Ratio("guides_completed", "Gidsen voltooid",
              sum(n for r, n in runs if r.completed), sum(n for _, n in runs),
              "Deel van de gidsdoorlopen dat tot het einde ging."),
    )  # fmt: skip
    return Figures(
        filters=filters,
        tables=(*ref_tables, *case_tables),
        ratios=ratios,
        ttfc_days=tuple(sorted(days)),
        cases=sum(c.count for c in kept_cases),
        referrals=len(kept_refs),
        referrals_available=referrals is not None,
    )


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


DIM_LABELS: Final = {
    "month": "maand", "status": "status", "municipality": "gemeente", "need": "nood",
    "barrier": "drempel", "service": "partnerdienst", "ttfc": "termijn", "count": "aantal",
    "outcome": "uitkomst", "channel": "kanaal", "topic": "onderwerp", "reason": "reden",
    "guide": "gids", "guide_end": "afloop", "guide_step": "gids / stap", "org": "organisatie",
    "urgency": "urgentie",
}  # fmt: skip


def label_of_dim(dim: str) -> str:
    return DIM_LABELS.get(dim, dim)


@dataclass(frozen=True)
class Measure:
    """A published key figure: its text and the protected numbers behind it."""

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
    start: date | None
    end: date | None
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
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "org": self.org, "office": self.office,
            "generated_at": self.generated_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "threshold": self.threshold, "suppressed_label": disclosure.SUPPRESSED_LABEL,
            "note": self.note, "messages": list(self.messages), "empty": self.empty,
            "measures": [m.to_json() for m in self.measures],
            "tables": [t.to_json() for t in self.tables],
        }  # fmt: skip


def protect_table(
    table: CountTable, threshold: int = disclosure.DEFAULT_THRESHOLD
) -> PublishedTable:
    spec = table.spec
    prot = disclosure.protect([list(r) for r in table.counts], table.rows, table.columns, threshold)
    return PublishedTable(
        name=spec.name, title=spec.title, row_dim=spec.row_dim, col_dim=spec.col_dim,
        rows=prot.rows, columns=prot.columns, cells=prot.cells, row_totals=prot.row_totals,
        column_totals=prot.column_totals, total=prot.total, note=spec.note,
        section=spec.section,
    )  # fmt: skip


def protect_ratio(ratio: Ratio, threshold: int = disclosure.DEFAULT_THRESHOLD) -> Measure:
    """A rate whose part, rest and whole are protected as one 1x2 table with margins."""
    rest = ratio.whole - ratio.part
    if ratio.whole == 0:
        return Measure(ratio.key, ratio.title, "-", Cell(0), Cell(0), ratio.note)
    prot = disclosure.protect([[ratio.part, rest]], ["r"], ["part", "rest"], threshold)
    part, whole = prot.cells[0][0], prot.total
    return Measure(ratio.key, ratio.title, _percent(part, whole), part, whole, ratio.note)


def _percent(part: Cell, whole: Cell) -> str:
    if part.value is None or whole.value is None:
        return disclosure.SUPPRESSED_LABEL
    if whole.value == 0:
        return "-"
    return f"{format_number(100 * part.value / whole.value)}%"


def median_measure(days: Sequence[float], threshold: int = disclosure.DEFAULT_THRESHOLD) -> Measure:
    """The median time to first contact, published only when at least *threshold* values."""
    n = len(days)
    title = "Mediaan tijd tot eerste contact"
    note = "Van verstuurd tot het eerste contact, over de doorverwijzingen met contact."
    if n == 0:
        return Measure("ttfc_median", title, "-", Cell(0), Cell(0), note)
    if n < threshold:
        return Measure("ttfc_median", title, disclosure.SUPPRESSED_LABEL,
                       disclosure.SUPPRESSED, disclosure.SUPPRESSED, note)  # fmt: skip
    med = statistics.median(days)
    return Measure("ttfc_median", title, f"{format_number(med, 1)} dagen", Cell(n), Cell(n), note)


NO_REFERRALS: Final = (
    "Nog geen doorverwijzingen: deze computer bewaart (nog) geen doorverwijzingen."
)
EMPTY_PERIOD: Final = "Geen gegevens in deze periode."


def publish(
    figures: Figures,
    *,
    generated_at: datetime,
    source: str = "local",
    threshold: int = disclosure.DEFAULT_THRESHOLD,
) -> Report:
    """Apply disclosure control to every table and measure of *figures*."""
    tables = tuple(protect_table(t, threshold) for t in figures.tables)
    measures = (median_measure(figures.ttfc_days, threshold),
                *(protect_ratio(r, threshold) for r in figures.ratios))  # fmt: skip
    messages: list[str] = []
    if not figures.cases and not figures.referrals:
        messages.append(EMPTY_PERIOD)
    if not figures.referrals_available:
        messages.append(NO_REFERRALS)
    f = figures.filters
    return Report(source, f.start, f.end, f.org, f.office, generated_at, tables, measures,
                  threshold, messages=tuple(messages))  # fmt: skip


# -- the central answer -----------------------------------------------------------------------

#: Central tables with no local counterpart still need dimensions for their labels.
_CENTRAL_DIMS: Final = {
    "referrals_by_org": ("org", "status"), "referrals_by_urgency": ("urgency", "status"),
    "cases_by_org": ("org", "outcome"),
}  # fmt: skip


def _cell(value: Any) -> Cell:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"unexpected cell {value!r}")
    if isinstance(value, str):
        if value != disclosure.SUPPRESSED_LABEL:
            raise ValueError(f"unexpected cell {value!r}")
        return disclosure.SUPPRESSED
    return Cell(value)


def _parse_month(text: Any, last: bool) -> date | None:
    if not isinstance(text, str) or len(text) < 7:
        return None
    year, month = int(text[:4]), int(text[5:7])
    if not last:
        return date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def report_from_central(data: Mapping[str, Any], *, generated_at: datetime) -> Report:
    """A :class:`Report` from the central ``/v1/stats`` JSON (already protected there).

    Raises:
        ValueError: the answer does not have the expected shape.
    """
    try:
        raw_tables = data["tables"]
        tables: list[PublishedTable] = []
        for raw in raw_tables:
            name = str(raw["name"])
            spec = SPEC_BY_NAME.get(name)
            row_dim, col_dim = (
                (spec.row_dim, spec.col_dim)
                if spec
                else _CENTRAL_DIMS.get(name, (str(raw["row_label"]), str(raw["column_label"])))
            )
            tables.append(PublishedTable(
                name=name, title=spec.title if spec else str(raw["title"]),
                row_dim=row_dim, col_dim=col_dim,
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
        source="central",
        start=_parse_month(data.get("from_month"), last=False),
        end=_parse_month(data.get("to_month"), last=True),
        org=data.get("org"), office=data.get("office"),
        generated_at=generated_at, tables=tuple(tables), measures=(),
        threshold=int(data.get("threshold") or disclosure.DEFAULT_THRESHOLD),
        note=str(data.get("note") or disclosure.SUPPRESSION_NOTE_NL),
    )  # fmt: skip
    measures = central_measures(report)
    messages = (EMPTY_PERIOD,) if report.empty else ()
    return Report(**{**report.__dict__, "measures": measures, "messages": messages})


def _column_total(table: PublishedTable, column: str) -> Cell:
    if column not in table.columns:
        return Cell(0)
    return table.column_totals[table.columns.index(column)]


def central_measures(report: Report) -> tuple[Measure, ...]:
    """Key figures derived from published central cells only (never from hidden ones)."""
    out: list[Measure] = []
    names = {t.name for t in report.tables}
    if "time_to_first_contact" in names:
        out.append(_median_bucket(report.table("time_to_first_contact")))
    if "referrals_by_month" in names:
        t = report.table("referrals_by_month")
        note = "Volgens de huidige status van elke doorverwijzing (centrale cijfers)."
        for key, title, status in (
            ("referrals_completed", "Doorverwijzingen afgerond", COMPLETED),
            ("referrals_no_show", "Niet opgedaagd", NO_SHOW),
        ):
            part = _column_total(t, status)
            out.append(Measure(key, title, _percent(part, t.total), part, t.total, note))
    if "guide_completion" in names:
        t = report.table("guide_completion")
        part = _column_total(t, "completed")
        out.append(
            Measure(
                "guides_completed",
                "Gidsen voltooid",
                _percent(part, t.total),
                part,
                t.total,
                "Deel van de gidsdoorlopen dat tot het einde ging.",
            )
        )
    return tuple(out)


def _median_bucket(table: PublishedTable) -> Measure:
    title = "Mediaan tijd tot eerste contact"
    note = "De klasse waarin de mediaan valt (de centrale cijfers zijn in klassen)."
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
    if table.suppressed_count:
        writer.writerow([])
        writer.writerow([f"{disclosure.SUPPRESSED_LABEL}: {note}"])
    return out.getvalue()


def period_text(start: date | None, end: date | None) -> str:
    """``01-10-2026 – 30-11-2026``, or an open end in words."""
    if start and end:
        return f"{format_date(start)} – {format_date(end)}"
    if start:
        return f"vanaf {format_date(start)}"
    if end:
        return f"tot en met {format_date(end)}"
    return "alle gegevens"
