"""Which charts the statistics screen draws, and from which table (no Qt import).

Every chart names the table it is drawn from; the screen, the PDF and the
tests use this list, so no chart can exist without its table alternative.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from desk.domain.disclosure import Cell
from desk.domain.stats import PublishedTable


@dataclass(frozen=True)
class ChartSpec:
    """One chart: which table it draws and how.

    Kinds: ``line`` (row totals over months), ``stacked`` (columns stacked per
    row, vertical), ``hstacked`` (the same, horizontal), ``hbar`` (row totals),
    ``hbar_cells`` (the single column), ``bar_columns`` (column totals); every
    bar chart but ``stacked`` is horizontal.
    """

    key: str
    title: str
    table: str
    kind: str
    section: str


CHARTS: Final[tuple[ChartSpec, ...]] = (
    ChartSpec("referrals_month", "Doorverwijzingen per maand", "referrals_by_month", "line",
              "referrals"),
    # Horizontal: month names and totals stay readable however many months.
    ChartSpec("referrals_status_month", "Status van de doorverwijzingen per maand",
              "referrals_by_month", "hstacked", "referrals"),
    ChartSpec("referrals_municipality", "Doorverwijzingen per gemeente",
              "referrals_by_municipality", "hbar", "referrals"),
    ChartSpec("referrals_need", "Doorverwijzingen per nood", "referrals_by_need", "hbar",
              "referrals"),
    ChartSpec("referrals_barrier", "Doorverwijzingen per drempel", "referrals_by_barrier",
              "hbar", "referrals"),
    ChartSpec("referrals_service", "Doorverwijzingen per partnerdienst", "referrals_by_service",
              "hbar", "referrals"),
    ChartSpec("ttfc", "Tijd tot eerste contact", "time_to_first_contact", "hbar_cells",
              "referrals"),
    ChartSpec("cases_month", "Contacten per maand", "cases_by_month", "line", "cases"),
    ChartSpec("cases_outcome", "Contacten per uitkomst", "cases_by_month", "bar_columns",
              "cases"),
    ChartSpec("cases_channel", "Contacten per kanaal", "cases_by_channel", "hbar", "cases"),
    ChartSpec("cases_topic", "Contacten per onderwerp", "cases_by_topic", "hbar_cells", "cases"),
    ChartSpec("cases_reason", "Niet mogelijk: reden", "cases_by_reason", "hbar_cells", "cases"),
    ChartSpec("guide_completion", "Gidsen: voltooid of gestopt", "guide_completion", "hstacked",
              "guides"),
    ChartSpec("guide_drop_off", "Gidsen: stap waar men stopte", "guide_drop_off", "hbar_cells",
              "guides"),
)  # fmt: skip


def points(spec: ChartSpec, table: PublishedTable) -> list[tuple[str, Cell]]:
    """(label, published cell) per category of a one-series chart."""
    if spec.kind in ("line", "hbar"):
        return list(zip(table.row_labels(), table.row_totals, strict=True))
    if spec.kind == "hbar_cells":
        return [(name, cells[0]) for name, cells in zip(table.row_labels(), table.cells,
                                                        strict=True)]  # fmt: skip
    if spec.kind == "bar_columns":
        return list(zip(table.column_labels(), table.column_totals, strict=True))
    raise ValueError(f"{spec.kind} is not a one-series chart")
