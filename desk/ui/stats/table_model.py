"""A protected statistics table as a Qt model, and a table view that copies well.

The model shows exactly the published (rounded) cells; a hidden one, as older
servers sent them, reads ``<5`` with an explanation in the tooltip and for
screen readers. Row labels are the
first column (not a header) so a copied selection keeps them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk.domain.disclosure import Cell
from desk.domain.formats import format_number
from desk.domain.periods import Period
from desk.domain.stats import PublishedTable, label_of_dim, month_of_label
from desk.domain.stats import period_text as domain_period_text
from desk.ui.terms import STEP_TITLES, guide_name, stats_text, term
from desk.ui.topics import topic_name

#: How the statistics name a guide row (``desk.domain.stats.label``): "Gids: <id>".
GUIDE_PREFIX = "Gids: "

Index = QModelIndex | QPersistentModelIndex


def month_text(label: str) -> str | None:
    """A month label of the statistics ("jan 2026") as the UI's locale writes it, else None."""
    month = month_of_label(label)
    if month is None:
        return None
    return QLocale().toString(QDate(month[0], month[1], 1), "MMM yyyy")


def label_text(label: str) -> str:
    """A row or column label in the UI language: months as the locale writes them,
    codes' labels as shared terms (names such as topics pass through)."""
    month = month_text(label)
    if month is not None:
        return month
    if label.startswith(GUIDE_PREFIX):  # a guide by its title, a step by its title
        guide, sep, step = label[len(GUIDE_PREFIX):].partition(" / ")
        shown = _tr("Gids: {0}").format(guide_name(guide))
        if sep:
            shown += " / " + STEP_TITLES.get((guide, step), term(step))
        return shown
    topic = topic_name(label)  # the free topics Desk ships, in the UI language
    return topic if topic != label else term(label)


def period_text(period: Period | None, start: date | None = None,
                end: date | None = None) -> str:  # fmt: skip
    """A statistics period in the UI language: "oktober 2026", "4e kwartaal 2026", "2026"."""
    if period is None:
        return domain_period_text(start, end)
    if period.kind == "month":
        return QLocale().toString(QDate(period.year, period.number, 1), "MMMM yyyy")
    if period.kind == "quarter":
        return QCoreApplication.translate("StatsTableModel", "{0}e kwartaal {1}").format(
            period.number, period.year)
    return str(period.year)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsTableModel", text)


def cell_text(cell: Cell) -> str:
    """``<5`` for a hidden cell, else the number in Belgian format (1.234)."""
    return cell.display if cell.value is None else format_number(cell.value)


class StatsTableModel(QAbstractTableModel):
    """Rows of the table plus a totals row; columns plus a totals column."""

    def __init__(self, table: PublishedTable | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: PublishedTable | None = None
        self._rows: list[str] = []
        self._rows_shown: list[int] = []
        if table is not None:
            self.set_table(table)

    @property
    def table(self) -> PublishedTable | None:
        return self._table

    def set_table(self, table: PublishedTable | None, rows: list[int] | None = None) -> None:
        """Show *table*; *rows* (indices) limits the body rows shown (totals stay)."""
        self.beginResetModel()
        self._table = table
        self._rows_shown = list(range(len(table.rows))) if table and rows is None else rows or []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self._table is None or self._table.empty:
            return 0
        return len(self._rows_shown) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self._table is None or self._table.empty:
            return 0
        return len(self._table.columns) + (2 if self.has_total_column else 1)

    @property
    def has_total_column(self) -> bool:
        """One-column tables show no row totals: they would repeat the column."""
        return self._table is not None and len(self._table.columns) > 1

    def cell(self, row: int, column: int) -> Cell | None:
        """The published cell behind (row, column), None for the label column."""
        t = self._table
        if t is None or column == 0:
            return None
        body = row < len(self._rows_shown)
        last_col = column == len(t.columns) + 1
        if body:
            r = self._rows_shown[row]
            return t.row_totals[r] if last_col else t.cells[r][column - 1]
        return t.total if last_col else t.column_totals[column - 1]

    def display(self, row: int, column: int) -> str:
        t = self._table
        assert t is not None
        if column == 0:
            if row < len(self._rows_shown):
                return label_text(t.row_labels()[self._rows_shown[row]])
            return stats_text("Totaal")
        cell = self.cell(row, column)
        assert cell is not None
        return cell_text(cell)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        cell = self.cell(row, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if cell is not None and cell.suppressed:
                return _tr("Verborgen (<5): een klein aantal, of een getal waaruit een klein "
                           "aantal terug te rekenen is.")  # fmt: skip
            if role == Qt.ItemDataRole.AccessibleTextRole:
                head = self.headerData(column, Qt.Orientation.Horizontal)
                return f"{self.display(row, 0)}, {head}: {self.display(row, column)}"
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            totals = row == len(self._rows_shown) or column == len(self._table.columns) + 1
            if totals:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        t = self._table
        if section == 0:
            return stats_text(label_of_dim(t.row_dim)).capitalize()
        if section == len(t.columns) + 1:
            return stats_text("Totaal")
        return label_text(t.column_labels()[section - 1])

    def as_tsv(self, rows: list[int] | None = None, columns: list[int] | None = None) -> str:
        """The table (or a selection) as tab-separated text, with its header."""
        rows = list(range(self.rowCount())) if rows is None else rows
        columns = list(range(self.columnCount())) if columns is None else columns
        lines = ["\t".join(str(self.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        lines += ["\t".join(self.display(r, c) for c in columns) for r in rows]
        return "\n".join(lines)


class StatsTableView(QTableView):
    """A read-only table view; Ctrl+C copies the selection (or everything) as text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy = QAction(self.tr("Selectie kopiëren"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        copy_all = QAction(self.tr("Hele tabel kopiëren"), self)
        copy_all.triggered.connect(self.copy_all)
        self.addAction(copy)
        self.addAction(copy_all)

    def _model(self) -> StatsTableModel | None:
        model = self.model()
        return model if isinstance(model, StatsTableModel) else None

    def copy_selection(self) -> None:
        model = self._model()
        if model is None:
            return
        indexes = self.selectedIndexes()
        if not indexes:
            self.copy_all()
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes} | {0})
        QGuiApplication.clipboard().setText(model.as_tsv(rows, columns))

    def copy_all(self) -> None:
        model = self._model()
        if model is not None:
            QGuiApplication.clipboard().setText(model.as_tsv())
