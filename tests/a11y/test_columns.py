"""Table columns fit the table's width (desk.ui.columns), in every language and size."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from desk.ui.columns import Column, ColumnFitter, fit

HEADINGS = ["Datum", "Onderwerpen", "Uitkomst", "Verzending"]


class Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 3

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(HEADINGS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return "28-12-2026 20:08" if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADINGS[section]
        return None


def test_room_to_spare_goes_to_the_flexible_column() -> None:
    assert fit(500, [50, 50, 50], [100, 100, 100], flexible=1) == [100, 300, 100]


def test_too_narrow_gives_up_slack_in_proportion_and_fills_exactly() -> None:
    widths = fit(250, [50, 50, 50], [100, 150, 100], flexible=1)
    assert sum(widths) == 250
    assert all(w >= m for w, m in zip(widths, [50, 50, 50], strict=True))
    # 100 px short; the middle column had twice the slack, so it gives up twice as much
    assert widths == [75, 100, 75]
    odd = fit(251, [50, 50, 50], [100, 151, 100], flexible=1)  # rounding leftovers too
    assert sum(odd) == 251 and all(w >= 50 for w in odd)


@pytest.mark.parametrize("available", [0, 100, 149])
def test_never_below_the_minimum(available: int) -> None:
    assert fit(available, [50, 50, 50], [100, 150, 100], flexible=1) == [50, 50, 50]


@pytest.fixture
def view(qtbot: Any) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(Model(view))
    view.horizontalHeader().setHighlightSections(False)
    return view


def _sizes(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [header.sectionSize(i) for i in range(header.count())]


def test_columns_follow_the_width_and_dates_stay_whole(qtbot: Any, view: QTableView) -> None:
    fitter = ColumnFitter(view, [Column("28-12-2026 20:08", 16), Column("", 40),
                                 Column("", 20), Column("", 10)], flexible=1)
    view.resize(1000, 300)
    view.show()
    qtbot.waitUntil(lambda: sum(_sizes(view)) == view.viewport().width())
    wide = _sizes(view)
    date_needs = view.fontMetrics().horizontalAdvance("28-12-2026 20:08")
    assert wide[0] > date_needs
    view.resize(420, 300)
    qtbot.waitUntil(lambda: _sizes(view) != wide)
    narrow = _sizes(view)
    assert narrow[1] < wide[1] and narrow[0] > date_needs
    heading = view.horizontalHeader().fontMetrics()
    for index, text in enumerate(HEADINGS):
        assert narrow[index] >= heading.horizontalAdvance(text)
    assert sum(narrow) <= max(view.viewport().width(), sum(fitter._limits()[0]))


def test_a_column_the_employee_sized_is_left_alone(qtbot: Any, view: QTableView) -> None:
    fitter = ColumnFitter(view, [Column("", 10)] * 4, flexible=1)
    view.resize(800, 300)
    view.show()
    qtbot.waitUntil(lambda: sum(_sizes(view)) == view.viewport().width())
    view.horizontalHeader().resizeSection(2, 300)  # as a drag on the column edge does
    assert fitter.manual
    before = _sizes(view)
    view.resize(600, 300)
    qtbot.waitUntil(lambda: view.viewport().width() < 600)
    assert _sizes(view) == before
