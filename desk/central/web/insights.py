"""Insights for viewers: the statistics tables of ``/v1/stats``, drawn as SVG with a table.

The figures come from :func:`desk.central.stats.build`, the same query and disclosure
control as the API and the desk's statistics screen; this module only chooses the
referral and contact tables, labels their rows and columns, and draws the charts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from markupsafe import Markup, escape
from sqlalchemy import Engine, select

from desk.central import stats
from desk.central import tables as t
from desk.central.db import reading
from desk.central.schemas import StatsTable
from desk.central.web import i18n, labels
from desk.domain.periods import Period
from desk.domain.vocab import CHANNEL_LABELS, OUTCOME_LABELS, TTFC_LABELS

#: The referral and contact tables, in the order of the desk's statistics screen.
TABLES: Final = (
    "referrals_by_month", "referrals_by_org", "referrals_by_need", "referrals_by_barrier",
    "referrals_by_service", "referrals_by_urgency", "time_to_first_contact",
    "cases_by_month", "cases_by_org", "cases_by_channel",
)  # fmt: skip
_MONTH_RE: Final = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_ROW_KIND: Final = {
    "referrals_by_need": "need", "referrals_by_barrier": "barrier",
    "referrals_by_urgency": "urgency",
}  # fmt: skip


_PERIOD_RE: Final = re.compile(r"^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$")
#: How many calendar years the period list offers (this one and the ones before).
YEARS_SHOWN: Final = 3


def period_months(code: str) -> tuple[str, str] | None:
    """First and last month of a whole period: ``2026`` (year), ``2026-Q1`` (quarter) or
    ``2026-03`` (month). Statistics are asked for whole periods only, so that no two
    answers can be subtracted to single out a few weeks (the rule of /v1/stats)."""
    m = _PERIOD_RE.match(code)
    if not m or not 2000 <= int(m.group(1)) <= 2999:
        return None
    year = int(m.group(1))
    if m.group(2):
        return f"{year}-{m.group(2)}", f"{year}-{m.group(2)}"
    if m.group(3):
        q = int(m.group(3))
        return f"{year}-{3 * q - 2:02d}", f"{year}-{3 * q:02d}"
    return f"{year}-01", f"{year}-12"


def default_period(today: date) -> str:
    return str(today.year)


def period_choices(today: date, lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The periods to choose from, grouped: years, quarters, months (newest first)."""
    years = [today.year - n for n in range(YEARS_SHOWN)]
    months = i18n.text("month_names", lang).split(",")
    quarter = i18n.text("quarter", lang)
    return [
        (i18n.text("period_year", lang), [(str(y), str(y)) for y in years]),
        (i18n.text("period_quarter", lang), [
            (f"{y}-Q{q}", quarter.format(q=q, year=y)) for y in years for q in (4, 3, 2, 1)
            if (y, 3 * q - 2) <= (today.year, today.month)]),
        (i18n.text("period_month", lang), [
            (f"{y}-{m:02d}", f"{months[m - 1]} {y}") for y in years for m in range(12, 0, -1)
            if (y, m) <= (today.year, today.month)]),
    ]  # fmt: skip


_ROW_HEADING: Final = {
    "referrals_by_month": "row_month", "referrals_by_org": "row_org",
    "referrals_by_need": "row_need", "referrals_by_barrier": "row_barrier",
    "referrals_by_service": "row_service", "referrals_by_urgency": "row_urgency",
    "time_to_first_contact": "row_time", "cases_by_month": "row_month",
    "cases_by_org": "row_org", "cases_by_channel": "row_channel",
}  # fmt: skip


@dataclass(frozen=True)
class Shown:
    table: StatsTable
    title: str
    row_heading: str
    rows: list[str]
    columns: list[str]
    chart: Markup


def _names(engine: Engine) -> tuple[dict[str, str], dict[str, str]]:
    i = t.items.c
    with reading(engine) as conn:
        orgs = {str(c): str(n) for c, n in conn.execute(select(t.orgs.c.code, t.orgs.c.name))}
        row = conn.execute(select(i.body).where(i.kind == "directory", i.id == "directory",
                                                i.deleted.is_(False))).first()  # fmt: skip
    services: dict[str, str] = {}
    if row is not None:
        try:
            for service in json.loads(row[0]).get("services") or []:
                if service.get("id") and service.get("name"):
                    services[str(service["id"])] = str(service["name"])
        except (ValueError, TypeError, AttributeError):
            pass
    return orgs, services


def organisations(engine: Engine) -> list[tuple[str, str]]:
    with reading(engine) as conn:
        return [(str(c), str(n)) for c, n in
                conn.execute(select(t.orgs.c.code, t.orgs.c.name).order_by(t.orgs.c.name))]


@dataclass(frozen=True)
class Figures:
    tables: list[Shown]
    #: How small numbers are protected, in the statistics' own words (Dutch): shown as
    #: is, so the page always says what the figures' method really does.
    note: str


def build(engine: Engine, from_month: str, to_month: str, org: str | None,
          lang: str) -> Figures:  # fmt: skip
    """The chosen tables with disclosure control applied, labelled in *lang*."""
    result = stats.build(engine, stats.Scope(Period.of_months(from_month, to_month), org))
    orgs, services = _names(engine)
    shown = []
    by_name = {table.name: table for table in result.tables}
    for name in TABLES:
        table = by_name.get(name)
        if table is None:
            continue
        rows = [_row_label(name, r, lang, orgs, services) for r in table.rows]
        columns = [_column_label(c, lang) for c in table.columns]
        title = i18n.text(f"title_{name}", lang)
        heading = i18n.text(_ROW_HEADING[name], lang)
        shown.append(Shown(table, title, heading, rows, columns,
                           chart(name, title, rows, table.row_totals)))  # fmt: skip
    return Figures(shown, result.note)


def _month(code: str) -> str:
    m = _MONTH_RE.match(code)
    return f"{m.group(2)}-{m.group(1)}" if m else code


def _row_label(table: str, code: str, lang: str, orgs: dict[str, str],
               services: dict[str, str]) -> str:  # fmt: skip
    if table.endswith("_by_month"):
        return _month(code)
    if table.endswith("_by_org"):
        return orgs.get(code, code)
    if table == "referrals_by_service":
        return services.get(code, code)
    if table == "time_to_first_contact":
        return labels.translate(TTFC_LABELS.get(code, code), lang)
    if table == "cases_by_channel":
        return labels.translate(CHANNEL_LABELS.get(code, code), lang)
    kind = _ROW_KIND.get(table)
    return labels.label(kind, code, lang) if kind else code


def _column_label(code: str, lang: str) -> str:
    if code == "count":
        return i18n.text("count", lang)
    if code in labels.codes("status"):
        return labels.label("status", code, lang)
    if code in OUTCOME_LABELS:
        return labels.translate(OUTCOME_LABELS[code], lang)
    return code


def chart(name: str, title: str, rows: list[str], totals: list[int | str]) -> Markup:
    """A bar chart of the row totals, as inline SVG (no script, no build step).

    Each row's label stands above its bar, so the chart stays readable on a phone. A
    hidden cell ('<5') draws a dashed box and is written as '<5'. The SVG is an image
    with a title; the table beside it carries the same numbers for screen readers.
    """
    width, label_h, bar_h, gap = 360, 18, 18, 12
    row_h = label_h + bar_h + gap
    numbers = [v for v in totals if isinstance(v, int)]
    top = max(numbers, default=0) or 1
    height = max(1, len(rows)) * row_h
    bar_space = width - 56
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="chart" role="img" aria-labelledby="chart-{name}-title">'
        f'<title id="chart-{name}-title">{escape(title)}</title>'
    ]
    for n, (label, value) in enumerate(zip(rows, totals, strict=True)):
        y = n * row_h
        short = label if len(label) <= 44 else label[:43] + "…"
        parts.append(f'<text x="0" y="{y + 14}" class="chart-label">{escape(short)}</text>')
        bar_y = y + label_h
        if isinstance(value, int):
            w = max(2, round(bar_space * value / top)) if value else 0
            parts.append(f'<rect x="0" y="{bar_y}" width="{w}" height="{bar_h}" '
                         f'class="chart-bar"/>')  # fmt: skip
            text_x = w + 6
        else:
            parts.append(f'<rect x="1" y="{bar_y + 1}" width="22" height="{bar_h - 2}" '
                         f'class="chart-hidden"/>')  # fmt: skip
            text_x = 30
        parts.append(f'<text x="{text_x}" y="{bar_y + 14}" class="chart-value">'
                     f'{escape(str(value))}</text>')  # fmt: skip
    parts.append("</svg>")
    return Markup("".join(parts))


def csv_for(engine: Engine, table: str, from_month: str, to_month: str,
            org: str | None) -> str | None:  # fmt: skip
    """One table of the page as CSV (the statistics' own CSV, formula-safe there)."""
    if table not in TABLES:
        return None
    result = stats.build(engine, stats.Scope(Period.of_months(from_month, to_month), org))
    for candidate in result.tables:
        if candidate.name == table:
            return stats.to_csv(candidate)
    return None
