"""Reporting a wrong step ("Deze stap klopt niet") and reading the answers.

:class:`ReportStepDialog` records the guide, its version, the step and a short
note. The note is checked by the domain's rule
(:func:`desk.domain.guide_reports.validate_report`: the case-note rule and no
recognisable personal data) and saved on the background worker; the screen
then says what is true: saved on this desk, sent at the next sync (or never,
in a training profile). :class:`GuideReportsDialog` lists the reports of this
desk and its colleagues with the editors' answers, which arrive through sync.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain.formats import format_datetime
from desk.domain.guide_reports import MAX_NOTE, ReportInvalid, ReportValues, validate_report
from desk.domain.guides.library import Library
from desk.domain.guides.model import Guide, Step
from desk.store import meta
from desk.store.common import from_iso
from desk.store.guide_reports import GuideReportRepository
from desk.ui.context import Changes
from desk.ui.messages import tr_message
from desk.ui.ops import WriteOp

if TYPE_CHECKING:
    from desk.store.store import Store
    from desk.ui.context import AppContext

_CONTEXT = "GuideReports"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class Saved:
    """A report was saved on this desk."""

    report_id: str
    #: A training profile: it stays here.
    training: bool
    #: This desk is enrolled with the central service: the next sync sends it.
    enrolled: bool


def saved_message(saved: Saved) -> str:
    """What staff read after saving: only what is true for this desk."""
    if saved.training:
        return _tr("Melding bewaard op deze computer. Dit is een oefenprofiel: "
                   "de melding wordt niet verstuurd.")  # fmt: skip
    if not saved.enrolled:
        return _tr("Melding bewaard op deze computer. Ze wordt verstuurd zodra deze computer "
                   "met de centrale dienst verbonden is en synchroniseert.")  # fmt: skip
    return _tr("Melding bewaard; ze wordt verstuurd bij de volgende synchronisatie.")


def save_report(store: Store, values: ReportValues) -> Saved:
    """Save *values* with this desk's enrolled office (runs on the worker)."""
    office = store.get_meta(meta.CENTRAL_OFFICE) or None
    report_id = GuideReportRepository(store).save(dataclasses.replace(values, office=office))
    return Saved(report_id, store.is_training, bool(store.get_meta(meta.CENTRAL_DEVICE_ID)))


def status_text(row: Mapping[str, Any]) -> str:
    """Where a report stands, in words."""
    if row.get("status") == "closed":
        version = row.get("resolved_in_version")
        if version is not None:
            return _tr("Opgelost in versie {0} van de gids").format(version)
        return _tr("Afgesloten door de redactie")
    state = row.get("sync_state")
    if state == "pending":
        return _tr("Open; nog niet verstuurd")
    if state == "quarantined":
        return _tr("Open; geweigerd door de server (zie Synchronisatieproblemen)")
    if state == "local":
        return _tr("Alleen op deze computer (oefenprofiel)")
    return _tr("Open; verstuurd naar de redactie")


def reply_text(row: Mapping[str, Any]) -> str:
    reply = row.get("reply")
    if reply:
        return str(reply)
    if row.get("resolved_in_version") is not None:
        return _tr("De stap is aangepast in versie {0}.").format(row["resolved_in_version"])
    return ""


def library_titles(library: Library | None) -> Callable[[str, str], tuple[str, str]]:
    """Guide and step titles for ids, from the loaded guides (the ids when unknown)."""

    def titles(guide_id: str, step_id: str) -> tuple[str, str]:
        guide = library.get(guide_id) if library is not None else None
        if guide is None:
            return guide_id, step_id
        step = next((s for s in guide.steps if s.id == step_id), None)
        return guide.title, step.title if step is not None else step_id

    return titles


def _when(row: Mapping[str, Any]) -> str:
    return format_datetime(from_iso(str(row["reported_at"])))


class ReportsTable(QTableWidget):
    """Reports as rows (newest first); the selected one in full below, for reading."""

    COLUMNS = ("when", "guide", "step", "note", "status", "reply")

    def __init__(self, parent: QWidget | None = None,
                 titles: Callable[[str, str], tuple[str, str]] | None = None) -> None:  # fmt: skip
        super().__init__(0, len(self.COLUMNS), parent)
        self.titles = titles or (lambda guide, step: (guide, step))
        self.setHorizontalHeaderLabels([
            _tr("Gemeld op"), _tr("Gids"), _tr("Stap"), _tr("Melding"), _tr("Stand"),
            _tr("Antwoord van de redactie"),
        ])  # fmt: skip
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.rows: list[dict[str, Any]] = []

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.setRowCount(len(rows))
        for n, row in enumerate(rows):
            guide, step = self.titles(str(row["guide_id"]), str(row["step_id"]))
            values = [_when(row), guide, step, str(row["note"]), status_text(row), reply_text(row)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                self.setItem(n, col, item)
        self.resizeColumnsToContents()
        widest = 40 * self.fontMetrics().averageCharWidth()
        for col in (3, 5):
            self.setColumnWidth(col, min(self.columnWidth(col), widest))
        self.resizeRowsToContents()
        if rows:
            self.selectRow(0)

    def current(self) -> dict[str, Any] | None:
        index = self.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None


def fit_wrapped(dialog: QWidget, labels: list[QLabel]) -> None:
    """Give each word-wrapped label the height its text needs at the dialog's width.

    A wrapped label in a box layout does not grow by itself; without this a
    long translation or a large font cuts lines off.
    """
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else None
    width = dialog.width() - (margins.left() + margins.right() if margins is not None else 0)
    for label in labels:
        needed = label.heightForWidth(max(width, 50)) if label.text() else 0
        label.setMinimumHeight(max(needed, 0))


def _detail(row: Mapping[str, Any] | None,
            titles: Callable[[str, str], tuple[str, str]]) -> str:  # fmt: skip
    if row is None:
        return ""
    guide, step = titles(str(row["guide_id"]), str(row["step_id"]))
    lines = [
        _tr("Gids: {0} (versie {1})").format(guide, row["guide_version"]),
        _tr("Stap: {0}").format(step),
        _tr("Gemeld op: {0}").format(_when(row)),
        _tr("Stand: {0}").format(status_text(row)),
        "",
        _tr("Melding:"),
        str(row["note"]),
    ]
    reply = reply_text(row)
    if reply:
        lines += ["", _tr("Antwoord van de redactie:"), reply]
    return "\n".join(lines)


class ReportStepDialog(QDialog):
    """Report that the current step is wrong: a short note, no personal data.

    Signals:
        saved(Saved): the report is on this desk (and in the outbox unless training).
    """

    saved = Signal(object)

    def __init__(self, ctx: AppContext, guide: Guide, step: Step,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.guide = guide
        self.step = step
        self.setWindowTitle(self.tr("Deze stap klopt niet"))
        self.setAccessibleName(self.tr("Melding: deze stap klopt niet"))
        layout = QVBoxLayout(self)
        self.where = QLabel(
            self.tr("Gids: {0} (versie {1})\nStap: {2}").format(guide.title, guide.version,
                                                                  step.title), self)  # fmt: skip
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)

        self.warning = QLabel(self.tr(
            "Schrijf geen namen, telefoon-, rijksregister- of rekeningnummers, e-mailadressen "
            "of adressen van burgers. Beschrijf alleen wat er in de stap niet klopt, "
            "bijvoorbeeld: de knop heet nu 'Bevestigen'."), self)  # fmt: skip
        self.warning.setObjectName("personalDataWarning")
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.Box)
        self.warning.setLineWidth(2)
        self.warning.setMargin(6)
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        layout.addWidget(self.warning)

        self.note_label = QLabel(self.tr("&Wat klopt er niet?"), self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Wat klopt er niet aan deze stap?"))
        self.note.setAccessibleDescription(self.warning.text())
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 5 + 12)
        self.note_label.setBuddy(self.note)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        self.count = QLabel(self)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.count)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setAccessibleName(self.tr("Fout in de melding"))
        self.error.hide()
        layout.addWidget(self.error)

        self.earlier_label = QLabel(self)
        self.earlier_label.setWordWrap(True)
        self.earlier = ReportsTable(self)
        self.earlier.setAccessibleName(self.tr("Eerdere meldingen over deze stap"))
        self.earlier.hideColumn(1)
        self.earlier.hideColumn(2)
        self.earlier_label.hide()
        self.earlier.hide()
        layout.addWidget(self.earlier_label)
        layout.addWidget(self.earlier, 1)

        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Melding &bewaren"), self)
        self.save_button.setAccessibleName(self.tr("Melding bewaren"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Annuleren zonder te bewaren"))
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.try_save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.try_save)
        self.note.textChanged.connect(self._count)
        self._count()
        self.resize(60 * self.fontMetrics().averageCharWidth(), self.sizeHint().height())
        self._fit()
        self.note.setFocus()
        self._load_earlier()

    def _fit(self) -> None:
        fit_wrapped(self, [self.where, self.warning, self.error, self.earlier_label])
        layout = self.layout()
        if layout is not None:
            layout.activate()
        if self.height() < self.minimumSizeHint().height():
            self.resize(self.width(), self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_wrapped(self, [self.where, self.warning, self.error, self.earlier_label])

    def _count(self) -> None:
        n = len(self.note.toPlainText().strip())
        text = self.tr("{0} van {1} tekens").format(n, MAX_NOTE)
        self.count.setText(text)
        self.count.setAccessibleName(text)

    def _load_earlier(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self.ctx.worker.submit(
            lambda: GuideReportRepository(store).reports(guide_id=self.guide.id,
                                                         step_id=self.step.id, limit=50),
            on_done=self._show_earlier,
            on_error=self.ctx.errors.report,
            title=self.tr("Meldingen laden"),
        )  # fmt: skip

    def _show_earlier(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        open_rows = sum(1 for r in rows if r.get("status") != "closed")
        self.earlier_label.setText(self.tr(
            "Eerdere meldingen over deze stap van uw organisatie: {0}, waarvan {1} open. "
            "Is het hetzelfde probleem, dan hoeft u het niet opnieuw te melden.").format(
                len(rows), open_rows))  # fmt: skip
        self.earlier.show_rows(rows)
        self.earlier_label.show()
        self.earlier.show()
        self._fit()

    def try_save(self) -> None:
        """Check the note; if it is fine, save it on the write lane (the dialog closes then)."""
        if not self.save_button.isEnabled():
            return  # a save is on its way
        try:
            values = validate_report(self.guide.id, self.guide.version, self.step.id,
                                     self.note.toPlainText(), now=self.ctx.clock.now())  # fmt: skip
        except ReportInvalid as exc:
            message = next(iter(exc.errors.values()))
            self._show_error(tr_message(message))
            return
        store = self.ctx.store
        if store is None:
            self._show_error(self.tr("De databank is nog niet open; probeer zo meteen opnieuw."))
            return
        self.error.hide()
        WriteOp(self.ctx, lambda _control: save_report(store, values),
                changes=Changes(guide_reports=True), title=self.tr("Melding bewaren"),
                parent=self, busy=[self.save_button], on_done=self._saved).run()  # fmt: skip

    def _show_error(self, text: str) -> None:
        self.error.setText(self.tr("Niet bewaard: {0}").format(text))
        self.error.show()
        self._fit()
        self.note.setFocus()

    def _saved(self, saved: Saved) -> None:
        self.saved.emit(saved)
        self.accept()


class GuideReportsDialog(QDialog):
    """The reports of this desk and its colleagues, with the editors' answers."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 titles: Callable[[str, str], tuple[str, str]] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.titles = titles or (lambda guide, step: (guide, step))
        self.setWindowTitle(self.tr("Meldingen over gidsen"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Meldingen van deze computer en, na een synchronisatie, van uw collega's. "
            "Het antwoord van de redactie komt binnen bij de synchronisatie."), self)  # fmt: skip
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table_label = QLabel(self.tr("&Meldingen:"), self)
        self.table = ReportsTable(self, self.titles)
        self.table.setAccessibleName(self.tr("Meldingen over gidsen"))
        self.table_label.setBuddy(self.table)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 2)
        self.detail_label = QLabel(self.tr("&Volledige tekst:"), self)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setTabChangesFocus(True)
        self.detail.setAccessibleName(self.tr("Volledige tekst van de gekozen melding"))
        self.detail_label.setBuddy(self.detail)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.detail, 1)
        self.empty = QLabel(self.tr("Nog geen meldingen."), self)
        self.empty.hide()
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Sl&uiten"), self)
        self.close_button.setAccessibleName(self.tr("Meldingen sluiten"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._selected)
        self.resize(90 * self.fontMetrics().averageCharWidth(), 30 * self.fontMetrics().height())
        fit_wrapped(self, [self.intro])
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_wrapped(self, [self.intro])

    def reload(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self.ctx.worker.submit(lambda: GuideReportRepository(store).reports(),
                               on_done=self._show, on_error=self.ctx.errors.report,
                               title=self.tr("Meldingen laden"))  # fmt: skip

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.table.show_rows(rows)
        self.empty.setVisible(not rows)
        self._selected()

    def _selected(self) -> None:
        self.detail.setPlainText(_detail(self.table.current(), self.titles))
