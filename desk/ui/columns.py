"""Column widths that fit the table's width, until the employee sizes a column.

Fixed widths in characters looked right on a wide screen but squeezed the
flexible column to nothing on a 1366 px counter laptop, and Qt's ``Stretch``
mode gives that column only what the others leave. Here each column has a
minimum (its heading, or the fixed-width content such as a date) and a
preferred width; when the table is too narrow for all preferred widths, the
columns give up the room between preferred and minimum in proportion, and
only when even the minimums do not fit does the table scroll sideways. A
column the employee drags is left alone from then on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyle, QTableView


class Column(NamedTuple):
    """How wide a column may get, in the table's font (so it follows the font size)."""

    #: Content that must never be cut, e.g. a date: "28-11-2026 14:05".
    min_sample: str = ""
    #: Wish width in average characters.
    preferred_chars: int = 12


def fit(available: int, minimum: Sequence[int], preferred: Sequence[int],
        flexible: int) -> list[int]:
    """Widths that share *available* pixels; *flexible* takes what is left over.

    Pure arithmetic, so it is tested without a screen.
    """
    widths = list(preferred)
    total = sum(widths)
    if total <= available:
        widths[flexible] += available - total
        return widths
    slack = [p - m for p, m in zip(preferred, minimum, strict=True)]
    room = sum(slack)
    short = total - available
    if room <= short:
        return list(minimum)
    given = [s * short // room for s in slack]
    # Rounding leaves a few pixels: take them from the columns with the most slack.
    rest = short - sum(given)
    for index in sorted(range(len(slack)), key=lambda i: slack[i] - given[i], reverse=True):
        if rest <= 0:
            break
        if given[index] < slack[index]:
            given[index] += 1
            rest -= 1
    return [p - g for p, g in zip(preferred, given, strict=True)]


class ColumnFitter(QObject):
    """Keeps a :class:`QTableView`'s columns fitted to its width (see the module doc)."""

    def __init__(self, view: QTableView, columns: Sequence[Column], flexible: int) -> None:
        super().__init__(view)
        self.view = view
        self.columns = list(columns)
        self.flexible = flexible
        self.manual = False
        self._fitting = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        header.sortIndicatorChanged.connect(lambda *_: self.refit())
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.headerDataChanged.connect(lambda *_: self.refit())
        self.refit()

    def _heading_width(self, index: int) -> int:
        """What the heading needs: its text, the header margins and, on the sorted
        column only, the sort arrow (so the others need not reserve room for it)."""
        header = self.view.horizontalHeader()
        model = self.view.model()
        text = model.headerData(index, Qt.Orientation.Horizontal) if model is not None else ""
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        width = header.fontMetrics().horizontalAdvance(str(text or "")) + 2 * margin + 4
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == index:
            width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        return width

    def _limits(self) -> tuple[list[int], list[int]]:
        metrics = self.view.fontMetrics()
        char = metrics.averageCharWidth()
        style = self.view.style()
        # The item delegate's text margin on both sides, plus a little air.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        pad = 2 * margin + 6
        minimum, preferred = [], []
        for index, column in enumerate(self.columns):
            sample = metrics.horizontalAdvance(column.min_sample) + pad if column.min_sample else 0
            low = max(self._heading_width(index), sample)
            minimum.append(low)
            preferred.append(max(low, column.preferred_chars * char + pad))
        return minimum, preferred

    def refit(self) -> None:
        """Fit again (on resize, font or language change); not after a manual resize."""
        if self.manual or self.view.model() is None:
            return
        minimum, preferred = self._limits()
        widths = fit(self.view.viewport().width(), minimum, preferred, self.flexible)
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for index, width in enumerate(widths):
                if header.sectionSize(index) != width:
                    header.resizeSection(index, width)
        finally:
            self._fitting = False

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting and self.view.isVisible():
            self.manual = True  # the employee dragged a column edge

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.refit()
        return False
