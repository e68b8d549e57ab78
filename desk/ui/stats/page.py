"""The *Statistieken* screen: this desk's own figures, or the region's.

Two sources: the local log (offline, any user) and the central API's
aggregates (reviewers and the data team; other devices see their own
organisation). Every number shown has passed disclosure control. Work runs
on ``ctx.worker``; charts are built only for the tab on screen.

Signals:
    report_shown(object): a :class:`~desk.domain.stats.Report` is on screen.
    failed(str): the chosen source could not deliver (Dutch message).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk import clock
from desk.domain import formats
from desk.domain.periods import FIRST_YEAR, Period
from desk.domain.stats import Filters, Report
from desk.domain.vocab import MUNICIPALITY_NAMES, REGIONAL_ORG_NAMES
from desk.errors import DeskError
from desk.ui.context import AppContext
from desk.ui.messages import tr_message
from desk.ui.saving import ask_folder, ask_save_path, saved_to
from desk.ui.stats.sections import ChartSection, MeasuresPanel
from desk.ui.stats.specs import CHARTS
from desk.ui.stats.table_model import period_text
from desk.ui.terms import stats_text
from desk.ui.worker import Job

if TYPE_CHECKING:
    from desk.app.stats import StatsResult
    from desk.store.store import Store

log = logging.getLogger(__name__)

SOURCES = ("local", "central")
TABS = (("overview", "Kerncijfers"), ("referrals", "Doorverwijzingen"),
        ("cases", "Contacten"), ("guides", "Gidsen"))  # fmt: skip


class StatsPage(QWidget):
    report_shown = Signal(object)
    failed = Signal(str)
    #: The PDF report was written; payload: its Path.
    pdf_written = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Report | None = None
        self._generation = 0
        self._started = False
        self.setAccessibleName(self.tr("Statistieken"))
        layout = QVBoxLayout(self)

        heading = QLabel(f"<h2>{self.tr('Statistieken')}</h2>", self)
        heading.setAccessibleName(self.tr("Statistieken"))
        layout.addWidget(heading)
        layout.addLayout(self._build_filters())

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("Melding"))
        self.notice.setObjectName("stats-notice")
        self.notice.setStyleSheet(
            "QLabel#stats-notice { background: #FFF4CE; color: #3B2F00; "
            "border: 1px solid #C9A400; padding: 0.4em; }"
        )
        self.notice.hide()
        layout.addWidget(self.notice)
        self.scope_label = QLabel(self)
        self.scope_label.setAccessibleName(self.tr("Getoonde cijfers"))
        layout.addWidget(self.scope_label)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van de statistieken"))
        layout.addWidget(self.tabs, 1)
        self.measures = MeasuresPanel(self)
        self.sections: list[ChartSection] = []
        self._tab_sections: dict[int, list[ChartSection]] = {}
        self._build_tabs()
        self.tabs.currentChanged.connect(self._build_visible_charts)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        for signal in (
            self.period_box.currentIndexChanged,
            self.org_box.currentIndexChanged,
            self.office_box.currentTextChanged,
        ):
            signal.connect(self._debounce.start)  # fmt: skip
        self.source_box.currentIndexChanged.connect(self._source_changed)
        self._source_changed()

    # -- building ---------------------------------------------------------------------------
    def _build_filters(self) -> QVBoxLayout:
        # Two lines, so the screen fits a 1366 px wide laptop in every language.
        lines = QVBoxLayout()
        row = QHBoxLayout()
        actions = QHBoxLayout()
        lines.addLayout(row)
        lines.addLayout(actions)

        def labelled(text: str, widget: QWidget, name: str) -> None:
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            row.addWidget(label)
            row.addWidget(widget)

        self.source_box = QComboBox(self)
        self.source_box.addItem(self.tr("Dit loket (lokaal logboek)"), "local")
        self.source_box.addItem(self.tr("Regio (centrale server)"), "central")
        labelled(self.tr("B&ron:"), self.source_box, self.tr("Bron van de cijfers"))

        # Statistics cover one whole month, quarter or year (desk.domain.periods): the
        # kind first, then which one, most recent first.
        self.kind_box = QComboBox(self)
        for text, kind in ((self.tr("Jaar"), "year"), (self.tr("Kwartaal"), "quarter"),
                           (self.tr("Maand"), "month")):  # fmt: skip
            self.kind_box.addItem(text, kind)
        labelled(self.tr("P&eriode:"), self.kind_box, self.tr("Soort periode"))
        self.period_box = QComboBox(self)
        labelled(self.tr("&Tijdvak:"), self.period_box, self.tr("Periode"))
        self._fill_periods()
        self.kind_box.currentIndexChanged.connect(self._fill_periods)

        self.org_box = QComboBox(self)
        labelled(self.tr("&Organisatie:"), self.org_box, self.tr("Organisatie"))
        self.office_box = QComboBox(self)
        self.office_box.addItem(self.tr("Alle kantoren"), "")
        labelled(self.tr("&Kantoor:"), self.office_box, self.tr("Kantoor"))

        self.refresh_button = QPushButton(self.tr("Bij&werken"), self)
        self.refresh_button.setAccessibleName(self.tr("Cijfers bijwerken"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addStretch(1)
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        self.csv_button = QPushButton(self.tr("&CSV exporteren…"), self)
        self.csv_button.setAccessibleName(self.tr("Alle tabellen als CSV exporteren"))
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button = QPushButton(self.tr("&PDF-rapport…"), self)
        self.pdf_button.setAccessibleName(self.tr("PDF-rapport voor de adviesgroep maken"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        actions.addWidget(self.csv_button)
        actions.addWidget(self.pdf_button)
        return lines

    def _fill_periods(self, *_args: object, keep: Period | None = None) -> None:
        kind = str(self.kind_box.currentData())
        count = {"year": 6, "quarter": 12, "month": 24}[kind]
        period = Period.containing(clock.today(), kind)  # type: ignore[arg-type]
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for _ in range(count):
            self.period_box.addItem(period_text(period), period.code)
            if period.year <= FIRST_YEAR:
                break
            period = period.previous()
        if keep is not None:
            if self.period_box.findData(keep.code) < 0:
                self.period_box.addItem(period_text(keep), keep.code)
            self.period_box.setCurrentIndex(self.period_box.findData(keep.code))
        self.period_box.blockSignals(False)
        if keep is None:
            self.period_box.currentIndexChanged.emit(self.period_box.currentIndex())

    def _build_tabs(self) -> None:
        for key, title in TABS:
            scroll = QScrollArea(self.tabs)
            scroll.setWidgetResizable(True)
            scroll.setAccessibleName(stats_text(title))
            inner = QWidget(scroll)
            box = QVBoxLayout(inner)
            sections: list[ChartSection] = []
            if key == "overview":
                box.addWidget(self.measures)
            for spec in CHARTS:
                if spec.section == key:
                    section = ChartSection(spec, inner)
                    box.addWidget(section)
                    sections.append(section)
            box.addStretch(1)
            scroll.setWidget(inner)
            index = self.tabs.addTab(scroll, stats_text(title))
            self._tab_sections[index] = sections
            self.sections.extend(sections)

    # -- filters ----------------------------------------------------------------------------
    @property
    def source(self) -> str:
        return str(self.source_box.currentData())

    def _source_changed(self) -> None:
        central = self.source == "central"
        self.org_box.blockSignals(True)
        self.org_box.clear()
        own = self.ctx.config.org
        if central:
            self.org_box.addItem(self.tr("Alle organisaties"), "")
            for code, name in (*MUNICIPALITY_NAMES.items(), *REGIONAL_ORG_NAMES.items()):
                self.org_box.addItem(name, code)
        else:
            self.org_box.addItem(MUNICIPALITY_NAMES.get(own, own) or self.tr("Dit loket"), "")
        self.org_box.setEnabled(central)
        self.org_box.blockSignals(False)
        if self._started:
            self.refresh()

    def set_period(self, period: Period) -> None:
        """Choose *period* without a recomputation (call :meth:`refresh` after)."""
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(self.kind_box.findData(period.kind))
        self.kind_box.blockSignals(False)
        self._fill_periods(keep=period)

    def period(self) -> Period:
        return Period.parse(str(self.period_box.currentData()))

    def filters(self) -> Filters:
        office = str(self.office_box.currentData() or "")
        return Filters(self.period(), str(self.org_box.currentData() or "") or None,
                       office or None)  # fmt: skip

    # -- computing --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.refresh()
        else:
            self._build_visible_charts()

    def refresh(self) -> None:
        """Recompute for the current source and filters (off the GUI thread)."""
        self._debounce.stop()
        filters = self.filters()
        self._generation += 1
        generation = self._generation
        source = self.source
        self.refresh_button.setEnabled(False)
        self.scope_label.setText(self.tr("Cijfers worden berekend…"))

        config = self.ctx.config

        def start(store: Store) -> None:
            def job() -> StatsResult:
                # On the worker: the central source brings the HTTP client along.
                from desk.app.stats import statistics

                return statistics(store, config, filters, central=source == "central")

            self.ctx.worker.submit(
                job,
                on_done=lambda result: self._on_result(generation, result),
                on_error=lambda exc: self._on_error(generation, source, exc),
                on_cancel=lambda: self._on_cancel(generation),
                title=self.tr("Statistieken berekenen"),
                # Over 100,000 contacts this takes a second: show it, and let it be stopped.
                progress_parent=self,
            )  # fmt: skip

        self.ctx.when_store(start)

    def _on_cancel(self, generation: int) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.refresh_button.setEnabled(True)
        self.scope_label.setText(self.tr("Berekening gestopt. Kies ‘Bijwerken’ om opnieuw te "
                                         "berekenen."))

    def _on_result(self, generation: int, result: StatsResult) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # an older request; a newer one is on its way
        self.refresh_button.setEnabled(True)
        if result.report.source == "local":
            self._set_offices(list(result.offices))
        self.show_report(result.report)

    def _on_error(self, generation: int, source: str, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.refresh_button.setEnabled(True)
        if not isinstance(exc, DeskError):
            self.ctx.errors.report(exc)
            self.scope_label.setText(self.tr("De cijfers konden niet berekend worden."))
            return
        message = tr_message(exc.message)
        self.failed.emit(message)
        if source == "central":
            # The local figures stay available: go back to them, and say why.
            self._show_notice(self.tr("De cijfers van de regio zijn niet beschikbaar. ")
                              + message)  # fmt: skip
            self.source_box.setCurrentIndex(SOURCES.index("local"))
            if not self._started:
                self.refresh()
        else:
            self._show_notice(message)
            self.scope_label.setText(self.tr("De cijfers konden niet berekend worden."))

    def _set_offices(self, offices: list[str]) -> None:
        current = self.office_box.currentData()
        self.office_box.blockSignals(True)
        self.office_box.clear()
        self.office_box.addItem(self.tr("Alle kantoren"), "")
        for office in offices:
            self.office_box.addItem(office, office)
        index = self.office_box.findData(current)
        self.office_box.setCurrentIndex(max(0, index))
        self.office_box.blockSignals(False)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self._fit_notice()

    def _fit_notice(self) -> None:
        # A wrapped label in a box layout does not grow by itself: give it the
        # height its text needs at the current width, so no line is cut off.
        if self.notice.isVisible() or self.notice.text():
            width = max(100, self.width() - 24)
            self.notice.setMinimumHeight(self.notice.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_notice()

    # -- showing ----------------------------------------------------------------------------
    def show_report(self, report: Report) -> None:
        self.report = report
        names = {t.name for t in report.tables}
        for section in self.sections:
            section.setVisible(section.spec.table in names)
            if section.spec.table in names:
                section.set_table(report.table(section.spec.table))
        source = (stats_text("de regio (centrale server)") if report.source == "central"
                  else stats_text("dit loket (lokaal logboek)"))  # fmt: skip
        self.scope_label.setText(
            self.tr("Bron: {0} — periode {1} — gemaakt {2}").format(
                source, period_text(report.period, report.start, report.end),
                formats.format_datetime(report.generated_at))
        )  # fmt: skip
        counts = self.tr("Contacten en doorverwijzingen in de periode: zie de tabbladen.")
        if report.source == "local":
            cases = report.table("cases_by_month").total
            refs = report.table("referrals_by_month").total
            counts = self.tr("Contacten: {0} — doorverwijzingen: {1}").format(
                cases.display, refs.display)  # fmt: skip
        self.measures.set_measures(report.measures, report.note, counts)
        notices = [self.tr(m) for m in report.messages]
        if report.empty and report.source == "local":
            notices.append(self.tr(
                "Hier komen de cijfers van de contacten in het Logboek en van de "
                "doorverwijzingen. Log elke burger die u helpt (Ctrl+L), of kies een "
                "langere periode."))
        if not self.notice.isVisible() or report.source == "central":
            self._show_notice(" ".join(notices))
        elif notices:
            self._show_notice(self.notice.text() + " " + " ".join(notices))
        self._build_visible_charts()
        self.report_shown.emit(report)

    def _build_visible_charts(self) -> None:
        if not self.isVisible() or self.report is None:
            return
        for section in self._tab_sections.get(self.tabs.currentIndex(), []):
            if section.isVisibleTo(self):
                section.ensure_chart()

    # -- exports ----------------------------------------------------------------------------
    def _ask_csv(self) -> None:
        if self.report is None:
            return
        folder = ask_folder(self, self.ctx, "stats-csv", self.tr("Map voor de CSV-bestanden"))
        if folder is not None:
            self.export_csv_to(folder)

    def export_csv_to(self, folder: Path) -> list[Path]:
        from desk.ui.stats.export import export_csv

        assert self.report is not None
        try:
            files = export_csv(self.report, folder)
        except DeskError as exc:
            self.ctx.errors.report(exc)
            return []
        self._show_notice(self.tr("{0} CSV-bestanden bewaard in {1}.").format(len(files), folder))
        return files

    def _ask_pdf(self) -> None:
        if self.report is None:
            return
        name = f"statistieken-{clock.today().isoformat()}.pdf"
        path = ask_save_path(self, self.ctx, "stats-pdf", self.tr("PDF-rapport bewaren"), name,
                             self.tr("PDF-bestanden (*.pdf)"))
        if path is not None:
            self.export_pdf_to(path)

    def export_pdf_to(self, path: Path) -> Job[Path]:
        """Write the PDF report; ``pdf_written`` (or the error display) follows.

        The charts are drawn here (graphics widgets live on the GUI thread);
        the slow part, laying out and writing the PDF, runs on the worker.
        """
        from desk.ui.stats.export import chart_images, write_pdf

        assert self.report is not None
        images = chart_images(self.report, self.font())

        def done(written: Path) -> None:
            self._show_notice(saved_to(self.tr("PDF-rapport"), written))
            self.pdf_written.emit(written)

        return self.ctx.worker.submit(
            write_pdf, self.report, images, path, self.font(),
            on_done=done, on_error=self.ctx.errors.report,
            title=self.tr("PDF-rapport maken"), progress_parent=self,
        )  # fmt: skip
