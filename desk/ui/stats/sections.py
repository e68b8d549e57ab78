"""One chart with its table next to it, and the key-figures panel.

A :class:`ChartSection` holds its table at once but builds its chart only
when asked (:meth:`ChartSection.ensure_chart`), which the page does when the
section's tab is shown: QtCharts work costs nothing until someone looks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.domain.formats import format_number
from desk.domain.stats import Measure, PublishedTable
from desk.ui.stats.specs import ChartSpec
from desk.ui.stats.table_model import StatsTableModel, StatsTableView
from desk.ui.terms import stats_text, term


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsSection", text)



def measure_value(value: str) -> str:
    """A key figure's value in the UI language: a class of days ("0 tot 2 dagen") is a
    shared term; a percentage, "<5" and "-" read the same in every language."""
    return term(value) if any(c.isalpha() for c in value) else value


class ChartSection(QGroupBox):
    """A chart (built lazily) with the same numbers as a table beside it."""

    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(stats_text(spec.title), parent)
        self.spec = spec
        self.setObjectName(f"section-{spec.key}")
        self.setAccessibleName(stats_text(spec.title))
        self.table: PublishedTable | None = None
        self.chart_view: QWidget | None = None
        self._dirty = False
        outer = QVBoxLayout(self)
        self.filter_box: QComboBox | None = None
        if spec.table == "guide_drop_off":
            row = QHBoxLayout()
            label = QLabel(_tr("&Gids:"), self)
            self.filter_box = QComboBox(self)
            self.filter_box.setAccessibleName(_tr("Gids voor de stappen"))
            label.setBuddy(self.filter_box)
            self.filter_box.currentIndexChanged.connect(self._apply_guide_filter)
            row.addWidget(label)
            row.addWidget(self.filter_box, 1)
            row.addStretch(2)
            outer.addLayout(row)
        # One-column tables fit beside their chart; wider ones go under it, full width.
        body = QHBoxLayout() if spec.kind == "hbar_cells" else QVBoxLayout()
        outer.addLayout(body)
        self.chart_holder = QWidget(self)
        self.chart_holder.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Preferred)  # fmt: skip
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.chart_holder, 3)
        self.model = StatsTableModel(parent=self)
        self.view = StatsTableView(self)
        self.view.setModel(self.model)
        self.view.setObjectName(f"table-{spec.key}")
        self.view.setAccessibleName(stats_text(spec.title) + _tr(" (tabel)"))
        self.view.setAccessibleDescription(_tr(
            "De cijfers van de grafiek. Ctrl+C kopieert de selectie."))  # fmt: skip
        body.addWidget(self.view, 2)
        self.empty_label = QLabel(stats_text("Geen gegevens in deze periode."), self)
        self.empty_label.setAccessibleName(_tr("Geen gegevens"))
        outer.addWidget(self.empty_label)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setAccessibleName(_tr("Toelichting bij de tabel"))
        outer.addWidget(self.note_label)

    # -- data -----------------------------------------------------------------------------------
    def set_table(self, table: PublishedTable) -> None:
        self.table = table
        self._dirty = True
        if self.filter_box is not None:
            self.filter_box.blockSignals(True)
            self.filter_box.clear()
            self.filter_box.addItem(_tr("Alle gidsen"), "")
            for guide in dict.fromkeys(r.split(" / ")[0] for r in table.rows):
                self.filter_box.addItem(guide, guide)
            self.filter_box.blockSignals(False)
        self.model.set_table(table)
        self.view.setVisible(not table.empty)
        self.chart_holder.setVisible(not table.empty)
        self.empty_label.setVisible(table.empty)
        notes = [stats_text(table.note)] if table.note else []
        if table.suppressed_count:  # an older server hid cells instead of rounding
            notes.append(_tr("<5: verborgen om niemand herkenbaar te maken; zie de uitleg "
                             "bij Kerncijfers."))  # fmt: skip
        elif not table.empty:
            notes.append(_tr("Afgerond op een veelvoud van 5; zie de uitleg bij Kerncijfers."))
        self.note_label.setText(" ".join(notes))
        self.note_label.setVisible(bool(notes))
        self._fit_table()
        if self.chart_view is not None:  # drop the old chart; rebuilt when shown
            self.chart_view.deleteLater()
            self.chart_view = None

    def _shown_table(self) -> PublishedTable | None:
        """The table as the chart draws it (only the chosen guide's steps)."""
        table = self.table
        if table is None or self.filter_box is None or not self.filter_box.currentData():
            return table
        guide = str(self.filter_box.currentData())
        keep = [i for i, r in enumerate(table.rows) if r.split(" / ")[0] == guide]
        from dataclasses import replace

        return replace(
            table,
            rows=tuple(table.rows[i] for i in keep),
            cells=tuple(table.cells[i] for i in keep),
            row_totals=tuple(table.row_totals[i] for i in keep),
        )

    def _apply_guide_filter(self) -> None:
        table = self.table
        if table is None:
            return
        guide = self.filter_box.currentData() if self.filter_box is not None else ""
        rows = [i for i, r in enumerate(table.rows) if not guide or r.split(" / ")[0] == guide]
        self.model.set_table(table, rows)
        self._dirty = True
        if self.chart_view is not None:
            self.chart_view.deleteLater()
            self.chart_view = None
            self.ensure_chart()

    def _fit_table(self) -> None:
        self.view.resizeColumnsToContents()
        rows = self.model.rowCount()
        line = self.view.verticalHeader().defaultSectionSize()
        header = self.view.horizontalHeader().height() or line
        height = min(16, rows) * line + header + 2 * self.view.frameWidth() + 2
        scrollbar = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setMinimumHeight(height + scrollbar)
        self.view.setMaximumHeight(height + scrollbar)

    # -- chart ----------------------------------------------------------------------------------
    def ensure_chart(self) -> QWidget | None:
        """Build the chart now if the table changed since the last build."""
        table = self._shown_table()
        if table is None or table.empty or (self.chart_view is not None and not self._dirty):
            return self.chart_view
        from desk.ui.stats.charts import make_view

        if self.chart_view is not None:
            self.chart_view.deleteLater()
        view = make_view(self.spec, table, self.chart_holder)
        layout = self.chart_holder.layout()
        assert layout is not None
        layout.addWidget(view)
        self.chart_view = view
        self._dirty = False
        return view


class MeasuresPanel(QGroupBox):
    """The key figures, each with its explanation, and how the numbers are protected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(stats_text("Kerncijfers"), parent)
        self.setAccessibleName(stats_text("Kerncijfers"))
        layout = QVBoxLayout(self)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(_tr("Uitleg over de afronding"))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.values: dict[str, QLabel] = {}

    def set_measures(self, measures: tuple[Measure, ...], note: str, counts: str) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.values = {}
        summary = QLabel(counts, self)
        summary.setAccessibleName(_tr("Aantallen in de periode"))
        self.grid.addWidget(summary, 0, 0, 1, 3)
        for row, m in enumerate(measures, start=1):
            title = QLabel(stats_text(m.title), self)
            value = QLabel(measure_value(m.value), self)
            value.setTextFormat(Qt.TextFormat.PlainText)  # "<5" is text, not a tag
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            value.setFont(font)
            value.setAccessibleName(f"{stats_text(m.title)}: {measure_value(m.value)}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = stats_text(m.note)
            if m.value.endswith("%") and m.part.value is not None and m.whole.value is not None:
                # What the percentage is of, in numbers: "(0 van 35)".
                text += " " + _tr("({0} van {1})").format(
                    format_number(m.part.value), format_number(m.whole.value))
            explain = QLabel(text, self)
            explain.setWordWrap(True)
            self.grid.addWidget(title, row, 0)
            self.grid.addWidget(value, row, 1)
            self.grid.addWidget(explain, row, 2)
            self.values[m.key] = value
        self.grid.setColumnStretch(2, 1)
        self.note.setText(stats_text(note))
