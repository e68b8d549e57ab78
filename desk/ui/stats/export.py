"""Exports of a statistics report: CSV per table, and an A4 PDF for the advisory group.

Both take the *published* report only (after disclosure control), so what
leaves the desk is exactly what the screen shows.
"""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desk.domain import formats
from desk.domain.stats import Report, label_of_dim, table_csv
from desk.errors import EnvironmentFault
from desk.ui.stats.charts import CHARTS, render_image
from desk.ui.stats.sections import measure_value
from desk.ui.stats.table_model import label_text, period_text
from desk.ui.terms import stats_text

SECTION_TITLES = {
    "overview": "Kerncijfers",
    "referrals": "Doorverwijzingen",
    "cases": "Contacten",
    "guides": "Gidsen",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsExport", text)


def _write_atomic(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".desk-", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        raise EnvironmentFault(
            _tr("Kan niet schrijven naar {0}: {1}. Kies een andere map.").format(
                path.parent, exc.strerror or type(exc).__name__
            ),
            detail=f"export: {type(exc).__name__}",
        ) from None


def export_csv(report: Report, folder: Path) -> list[Path]:
    """One CSV file per table (UTF-8 with BOM, ``;``); returns the files written."""
    prefix = "regio" if report.source == "central" else "loket"
    written = []
    for table in report.tables:
        path = folder / f"statistiek-{prefix}-{table.name}.csv"
        _write_atomic(path, table_csv(table, report.note).encode("utf-8"))
        written.append(path)
    return written


def _table_html(report: Report, name: str) -> str:
    table = report.table(name)
    if table.empty:
        return f"<p><i>{html.escape(stats_text('Geen gegevens in deze periode.'))}</i></p>"
    grid = table.grid()
    # The grid is the CSV's (Dutch); the PDF says it in the UI language.
    corner = (f"{stats_text(label_of_dim(table.row_dim))} \\ "
              f"{stats_text(label_of_dim(table.col_dim))}")
    columns = [label_text(c) for c in table.column_labels()]
    header = [corner, *columns, stats_text("Totaal")][:len(grid[0])]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in header)
    body = []
    for i, row in enumerate(grid[1:], start=1):
        total = i == len(grid) - 1
        cells = []
        for j, value in enumerate(row):
            align = "left" if j == 0 else "right"
            if j == 0:
                value = stats_text("Totaal") if total else label_text(value)
            text = html.escape(value)
            if total or j == len(row) - 1:
                text = f"<b>{text}</b>"
            cells.append(f'<td align="{align}">{text}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    width = "100%" if len(table.columns) > 2 else "60%"
    return (
        f'<table border="1" cellspacing="0" cellpadding="3" width="{width}">'
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def report_html(report: Report, images: dict[str, str], image_width: int = 600) -> str:
    """The report as simple HTML for QTextDocument (images by resource name)."""
    source = (
        stats_text("de regio (centrale server)")
        if report.source == "central"
        else stats_text("dit loket (lokaal logboek)")
    )
    parts = [
        f"<h1>{html.escape(_tr('Statistieken digitale inclusie'))}</h1>",
        "<p>",
        f"<b>{html.escape(_tr('Periode'))}:</b> "
        f"{html.escape(period_text(report.period, report.start, report.end))}<br/>",
        f"<b>{html.escape(_tr('Gemaakt op'))}:</b> "
        f"{html.escape(formats.format_datetime(report.generated_at))}<br/>",
        f"<b>{html.escape(_tr('Bron'))}:</b> {html.escape(source)}",
    ]
    if report.org:
        parts.append(f"<br/><b>{html.escape(_tr('Organisatie'))}:</b> {html.escape(report.org)}")
    if report.office:
        parts.append(f"<br/><b>{html.escape(_tr('Kantoor'))}:</b> {html.escape(report.office)}")
    parts.append("</p>")
    parts.append(
        f"<h2>{html.escape(_tr('Over de afronding van de cijfers'))}</h2>"
        f"<p>{html.escape(stats_text(report.note))}</p>"
    )
    for message in report.messages:  # the screen's remarks, in the screen's words
        parts.append(
            f"<p><i>{html.escape(QCoreApplication.translate('StatsPage', message))}</i></p>")
    parts.append(f"<h2>{html.escape(stats_text(SECTION_TITLES['overview']))}</h2>")
    if report.measures:
        rows = "".join(
            f"<tr><td>{html.escape(stats_text(m.title))}</td><td align='right'><b>"
            f"{html.escape(measure_value(m.value))}</b></td><td>{html.escape(stats_text(m.note))}</td></tr>"
            for m in report.measures
        )
        parts.append(
            f'<table border="1" cellspacing="0" cellpadding="3" width="100%">{rows}</table>'
        )
    names = {t.name for t in report.tables}
    drawn: set[str] = set()
    for section in ("referrals", "cases", "guides"):
        # Each part starts on a new page: no heading is left alone at a page foot.
        parts.append(
            '<h2 style="page-break-before: always">'
            f"{html.escape(stats_text(SECTION_TITLES[section]))}</h2>"
        )
        for spec in CHARTS:
            if spec.section != section or spec.table not in names:
                continue
            parts.append(f"<h3>{html.escape(stats_text(spec.title))}</h3>")
            if spec.key in images:
                parts.append(f'<p><img src="{images[spec.key]}" width="{image_width}"/></p>')
            if spec.table not in drawn:
                table = report.table(spec.table)
                parts.append(f"<p><b>{html.escape(stats_text(table.title))}</b></p>")
                parts.append(_table_html(report, spec.table))
                if table.note:
                    parts.append(f"<p><i>{html.escape(stats_text(table.note))}</i></p>")
                drawn.add(spec.table)
    parts.append(f"<p><i>&lt;5: {html.escape(report.note)}</i></p>")
    return "\n".join(parts)


#: Body text of the PDF report, in points: readable on paper (at least 10 pt).
REPORT_POINT_SIZE = 11.0


def _report_font(font: QFont | None) -> QFont:
    base = QFont(font) if font is not None else QFont()
    base.setPointSizeF(REPORT_POINT_SIZE)
    return base


def chart_images(report: Report, font: QFont | None = None) -> dict[str, QImage]:
    """The report's charts as images. GUI thread only: charts are graphics widgets."""
    base = _report_font(font)
    images: dict[str, QImage] = {}
    names = {t.name for t in report.tables}
    for spec in CHARTS:
        if spec.table not in names or report.table(spec.table).empty:
            continue
        table = report.table(spec.table)
        rows = len(table.rows) if spec.kind != "bar_columns" else len(table.columns)
        height = 330 if spec.kind in ("line", "stacked") else max(220, 26 * rows + 90)
        # The heading above the image names the chart; wide enough for month labels.
        images[spec.key] = render_image(spec, table, 900, min(height, 900), base, title=False)
    return images


def write_pdf(
    report: Report, charts: dict[str, QImage], path: Path, font: QFont | None = None
) -> Path:
    """An A4 PDF: period, generation date, charts, tables and the suppression note.

    Takes ready chart images (:func:`chart_images`), so it is safe on a worker
    thread, where the slow part (text layout, image compression) belongs.
    """
    doc = QTextDocument()
    doc.setDefaultFont(_report_font(font))
    images: dict[str, str] = {}
    for key, image in charts.items():
        name = f"chart-{key}.png"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        images[key] = name
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = QPdfWriter(str(tmp))
        writer.setTitle(_tr("Statistieken digitale inclusie"))
        writer.setCreator("Desk")
        writer.setResolution(150)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        # Lay the text out at the PDF's resolution: laid out for the screen, a point
        # came out about 0.64 of a point on paper (9.5 pt printed as about 6 pt).
        layout = doc.documentLayout()
        if layout is not None:
            layout.setPaintDevice(writer)
        doc.setDefaultFont(_report_font(font))
        doc.setHtml(report_html(report, images, int(writer.width() * 0.85)))
        doc.setPageSize(QSizeF(writer.width(), writer.height()))
        doc.print_(writer)
        del writer  # closes the file
        os.replace(tmp, path)
    except OSError as exc:
        raise EnvironmentFault(
            _tr("Kan het PDF-rapport niet bewaren in {0}: {1}.").format(
                path.parent, exc.strerror or type(exc).__name__
            ),
            detail=f"pdf: {type(exc).__name__}",
        ) from None
    if not path.exists() or path.stat().st_size == 0:
        raise EnvironmentFault(
            _tr("Het PDF-rapport kon niet gemaakt worden in {0}. Kies een andere map.").format(
                path.parent
            )
        )
    return path
