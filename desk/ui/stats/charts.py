"""Charts of the statistics tables, with QtCharts (imported only here).

Readable for everyone: the Okabe–Ito palette, which colour-blind readers
can tell apart, a fill pattern per series in stacked charts, and the value
written next to every category, so colour never carries a number alone.
A hidden cell is drawn as nothing and labelled ``<5``. Every chart has the
table it is drawn from next to it (see :data:`CHARTS`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QWidget

from desk.domain.disclosure import Cell
from desk.domain.stats import PublishedTable
from desk.ui.stats.specs import CHARTS, ChartSpec, points
from desk.ui.stats.table_model import cell_text, label_text
from desk.ui.terms import stats_text

__all__ = ["CHARTS", "ChartSpec", "build_chart", "make_view", "points", "render_image"]

#: Okabe & Ito (2008), "Color Universal Design": distinguishable with every common
#: colour-vision deficiency. Blue first: it reads well on white for single series.
OKABE_ITO: Final = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
)  # fmt: skip
#: A second carrier next to colour, per series.
PATTERNS: Final = (
    Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.CrossPattern, Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.Dense2Pattern, Qt.BrushStyle.DiagCrossPattern, Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.Dense6Pattern,
)  # fmt: skip
LINE_COLOUR: Final = "#D55E00"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsCharts", text)


def _base_chart(title: str, font: QFont | None) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    base = QFont(font) if font is not None else QFont()
    title_font = QFont(base)
    title_font.setBold(True)
    title_font.setPointSizeF(base.pointSizeF() * 1.15)
    chart.setTitleFont(title_font)
    chart.legend().setFont(base)
    return chart


def _value_axis(maximum: int, font: QFont | None) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(4, maximum))
    axis.applyNiceNumbers()
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickInterval(max(1, int(axis.max()) // 5))
    axis.setTickAnchor(0)
    if font is not None:
        axis.setLabelsFont(font)
    return axis


def _category_axis(labels: list[str], font: QFont | None) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(labels)
    if font is not None:
        axis.setLabelsFont(font)
    return axis


def _label(name: str, cell: Cell) -> str:
    # The value is part of the category label: readable without colour or hover.
    # Chart labels are rich text, so "<5" must be escaped or it vanishes as a tag.
    return f"{label_text(name)}: {cell_text(cell)}".replace("&", "&amp;").replace("<", "&lt;")


def _labelled(points_: list[tuple[str, Cell]]) -> list[str]:
    return [_label(name, cell) for name, cell in points_]


def pattern_brush(index: int) -> QBrush:
    """Okabe–Ito colour *index* with a light pattern over it (solid for the first)."""
    colour = QColor(OKABE_ITO[index % len(OKABE_ITO)])
    style = PATTERNS[index % len(PATTERNS)]
    if style == Qt.BrushStyle.SolidPattern:
        return QBrush(colour)
    tile = QImage(12, 12, QImage.Format.Format_ARGB32)
    tile.fill(colour)
    painter = QPainter(tile)
    ink = QColor(0, 0, 0, 150) if colour.lightness() > 150 else QColor(255, 255, 255, 190)
    painter.fillRect(0, 0, 12, 12, QBrush(ink, style))
    painter.end()
    brush = QBrush(colour)
    brush.setTextureImage(tile)
    return brush


def build_chart(
    spec: ChartSpec, table: PublishedTable, font: QFont | None = None, title: bool = True
) -> QChart:
    """The chart for *spec* from the published *table* (hidden cells are never drawn)."""
    chart = _base_chart(stats_text(spec.title) if title else "", font)
    if spec.kind in ("stacked", "hstacked"):
        _stacked(chart, table, horizontal=spec.kind == "hstacked", font=font)
        return chart
    pts = points(spec, table)
    values = [cell.value or 0 for _, cell in pts]
    chart.legend().setVisible(False)
    if spec.kind == "line":
        series = QLineSeries()
        series.setName(stats_text(spec.title))
        pen = QPen(QColor(LINE_COLOUR))
        pen.setWidthF(2.5)
        series.setPen(pen)
        series.setPointsVisible(True)
        series.setMarkerSize(6)
        for i, (_name, cell) in enumerate(pts):
            if cell.value is not None:  # a hidden total is left out, not drawn as 0
                series.append(QPointF(i, cell.value))
        # Values as labels on the points; a hidden total is named on the axis instead.
        series.setPointLabelsVisible(True)
        series.setPointLabelsFormat("@yPoint")
        series.setPointLabelsClipping(False)
        if font is not None:
            series.setPointLabelsFont(font)
        chart.addSeries(series)
        names = [label_text(name) if cell.value is not None else _label(name, cell)
                 for name, cell in pts]
        axis_x = _category_axis(names, font)
        axis_x.setLabelsAngle(-45 if len(pts) > 12 else 0)
        axis_y = _value_axis(max(values, default=0), font)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        return chart
    # Horizontal bars keep long Dutch labels whole (vertical ones elide or tilt them).
    bar_set = QBarSet(stats_text(spec.title))
    bar_set.setColor(QColor(OKABE_ITO[0]))
    ordered = list(reversed(pts))  # the first row on top
    for _name, cell in ordered:
        bar_set.append(cell.value or 0)
    bars = QHorizontalBarSeries()
    bars.append(bar_set)
    bars.setBarWidth(0.7)
    chart.addSeries(bars)
    categories = _category_axis(_labelled(ordered), font)
    values_axis = _value_axis(max(values, default=0), font)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(categories)
    bars.attachAxis(values_axis)
    return chart


def _stacked(chart: QChart, table: PublishedTable, *, horizontal: bool, font: QFont | None) -> None:
    rows = list(range(len(table.rows)))
    if horizontal:
        rows.reverse()
    series = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
    for c, name in enumerate(table.column_labels()):
        bar_set = QBarSet(label_text(name))
        bar_set.setBrush(pattern_brush(c))
        bar_set.setBorderColor(QColor(OKABE_ITO[c % len(OKABE_ITO)]).darker(130))
        for r in rows:
            bar_set.append(table.cells[r][c].value or 0)
        series.append(bar_set)
    # The hidden cells of a row, together, as one grey segment: the row total is
    # published, so their sum already is too, and the bar keeps its true height.
    hidden = [
        (table.row_totals[r].value or 0) - sum(c.value or 0 for c in table.cells[r])
        if table.row_totals[r].value is not None else 0
        for r in rows
    ]  # fmt: skip
    if any(hidden):
        grey = QBarSet(_tr("Verborgen (<5)").replace("<", "&lt;"))
        tile = QBrush(QColor("#BBBBBB"), Qt.BrushStyle.Dense5Pattern)
        grey.setBrush(tile)
        grey.setBorderColor(QColor("#777777"))
        for value in hidden:
            grey.append(value)
        series.append(grey)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    labels = [_label(table.row_labels()[r], table.row_totals[r]) for r in rows]
    categories = _category_axis(labels, font)
    top = max((t.value or 0 for t in table.row_totals), default=0)
    top = max(top, max((sum(c.value or 0 for c in row) for row in table.cells), default=0))
    values_axis = _value_axis(top, font)
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        categories.setLabelsAngle(-45 if len(rows) > 12 else 0)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    legend = chart.legend()
    legend.setVisible(True)
    # On the right, one entry per line: long status names stay whole.
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)


def chart_height(spec: ChartSpec, table: PublishedTable, line: int) -> int:
    """Enough room for every category label (horizontal charts grow with their rows)."""
    n = len(table.rows) if spec.kind != "bar_columns" else len(table.columns)
    if spec.kind in ("hbar", "hbar_cells", "hstacked", "bar_columns"):
        return max(14 * line, int(2.2 * line * n) + 8 * line)
    if spec.kind == "stacked":  # room for one legend line per series
        return max(20 * line, int(1.6 * line * len(table.columns)) + 10 * line)
    return 20 * line


def make_view(spec: ChartSpec, table: PublishedTable, parent: QWidget | None = None) -> QChartView:
    """A chart view with accessible name and description; its table sits beside it."""
    font = parent.font() if parent is not None else None
    view = QChartView(build_chart(spec, table, font), parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = view.fontMetrics().height()
    view.setMinimumHeight(chart_height(spec, table, line))
    view.setMinimumWidth(34 * line)
    view.setAccessibleName(stats_text(spec.title) + _tr(" (grafiek)"))
    view.setAccessibleDescription(_tr("Dezelfde cijfers staan in de tabel naast de grafiek."))
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table is the keyboard route
    return view


def render_image(
    spec: ChartSpec, table: PublishedTable, width: int, height: int, font: QFont | None = None,
    scale: float = 2.0,
    title: bool = True,
) -> QImage:  # fmt: skip
    """The chart drawn into an image without any window (PDF reports, tests)."""
    chart = build_chart(spec, table, font, title)
    if spec.kind in ("line", "stacked") and width < 100 * max(1, len(table.rows)):
        # Not enough room for month labels side by side: tilt them, never elide.
        for axis in chart.axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QBarCategoryAxis):
                axis.setLabelsAngle(-45)
                if spec.kind == "stacked":  # the totals are in the table right under it
                    axis.setCategories([label_text(name) for name in table.row_labels()])
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(QSizeF(width, height))
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()),
                 QRectF(0, 0, width, height))  # fmt: skip
    painter.end()
    scene.removeItem(chart)
    del chart
    return image


ChartFactory = Callable[[ChartSpec, PublishedTable, QWidget | None], QChartView]
