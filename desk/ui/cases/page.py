"""The Logboek area: the case list with search and filters, and its actions.

Filtering and sorting happen in SQL on indexed columns (a page takes a few
milliseconds with 100,000 cases); the total count, which needs a scan, is
computed on the background worker so typing never waits for it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk import clock
from desk.domain.cases import format_day, parse_day
from desk.domain.vocab import CHANNELS, OUTCOMES
from desk.store.cases import CaseQuery, CaseRepository
from desk.ui.cases.model import CaseTableModel, label, never_cut, shown_topic
from desk.ui.columns import Column, ColumnFitter
from desk.ui.context import AppContext, Changes
from desk.ui.empty import EmptyHint
from desk.ui.messages import tr_message
from desk.ui.ops import WriteOp
from desk.ui.saving import ask_open_path, ask_save_path, saved_to, tell_saved
from desk.ui.theme import error_css
from desk.ui.topics import topic_text
from desk.ui.worker import Job, JobControl

if TYPE_CHECKING:
    from desk.app.importing import ImportResult
    from desk.store.store import Store
    from desk.ui.cases.wiring import CaseLog

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """In the UI language; with *n*, the plural form for *n* (``%n`` in *text*)."""
    return QCoreApplication.translate("CasesPage", text, disambiguation, n)


class CasesPage(QWidget):
    """The case list.

    Signals:
        count_updated(int): the number of cases matching the filters was computed.
    """

    count_updated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.repo: CaseRepository | None = None
        self.last_import: ImportResult | None = None
        self.setAccessibleName(_tr("Logboek"))
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._connect()
        self.case_log: CaseLog | None = None
        from desk.ui.main_window import MainWindow

        window = self.window()
        if isinstance(window, MainWindow):
            from desk.ui.cases.wiring import install

            self.case_log = install(window, ctx)
        ctx.changed.connect(self._changed)
        ctx.when_store(self._store_ready)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title = QLabel(f"<h2>{_tr('Logboek')}</h2>", self)
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.new_button = QPushButton(_tr("Contact loggen (Ctrl+L)"), self)
        self.new_button.setAccessibleName(_tr("Nieuw contact loggen"))
        self.edit_button = QPushButton(_tr("Be&werken"), self)
        self.edit_button.setAccessibleName(_tr("Gekozen contact bewerken"))
        self.delete_button = QPushButton(_tr("&Verwijderen"), self)
        self.delete_button.setAccessibleName(_tr("Gekozen contact verwijderen"))
        self.done_button = QPushButton(_tr("Opvolging &afgehandeld"), self)
        self.done_button.setAccessibleName(_tr("Opvolging van het gekozen contact afhandelen"))
        self.export_button = QPushButton(_tr("E&xporteren…"), self)
        self.export_button.setAccessibleName(_tr("Contacten exporteren naar CSV"))
        self.import_button = QPushButton(_tr("&Importeren…"), self)
        self.import_button.setAccessibleName(_tr("Contacten importeren uit CSV"))
        for button in (self.new_button, self.edit_button, self.done_button, self.delete_button,
                       self.export_button, self.import_button):
            title_row.addWidget(button)
        layout.addLayout(title_row)

        self.follow_up_bar = QLabel(self)
        self.follow_up_bar.setAccessibleName(_tr("Opvolgingen van vandaag"))
        self.follow_up_bar.setTextFormat(Qt.TextFormat.RichText)
        self.follow_up_bar.setStyleSheet(
            "background: #fff4ce; border: 1px solid #c8a600; padding: 4px;")
        self.follow_up_bar.hide()
        layout.addWidget(self.follow_up_bar)
        # "Opvolging afgehandeld" is one click: it can be undone from here.
        undo_row = QHBoxLayout()
        self.undo_label = QLabel(self)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(_tr("&Ongedaan maken"), self)
        self.undo_button.setAccessibleName(_tr("Afhandeling van de opvolging ongedaan maken"))
        self.undo_button.setToolTip(_tr("Ongedaan maken (Ctrl+Z)"))
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_box = QWidget(self)
        self.undo_box.setLayout(undo_row)
        self.undo_box.hide()
        self._undo_case: str | None = None
        layout.addWidget(self.undo_box)

        search_row = QHBoxLayout()
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_tr("Zoeken in onderwerpen en notities…"))
        self.search.setAccessibleName(_tr("Zoeken in het logboek"))
        self.search.setClearButtonEnabled(True)
        search_row.addWidget(self.search, 1)
        self.date_from = QLineEdit(self)
        self.date_from.setPlaceholderText(_tr("van dd-mm-jjjj"))
        self.date_from.setAccessibleName(_tr("Vanaf datum"))
        self.date_to = QLineEdit(self)
        self.date_to.setPlaceholderText(_tr("tot dd-mm-jjjj"))
        self.date_to.setAccessibleName(_tr("Tot en met datum"))
        width = self.fontMetrics().horizontalAdvance("00-00-00000 van")
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(width + 24)
            search_row.addWidget(edit)
        self.office = self._filter_combo(_tr("Kantoor"), _tr("alle kantoren"))
        self.channel = self._filter_combo(_tr("Kanaal"), _tr("alle kanalen"))
        for code in CHANNELS:
            self.channel.addItem(label("channel", code), code)
        self.topic = self._filter_combo(_tr("Onderwerp"), _tr("alle onderwerpen"))
        self.outcome = self._filter_combo(_tr("Uitkomst"), _tr("alle uitkomsten"))
        for code in OUTCOMES:
            self.outcome.addItem(label("outcome", code), code)
        for combo in (self.office, self.channel, self.topic, self.outcome):
            filters.addWidget(combo, 1)
        self.follow_up_due = QCheckBox(_tr("Opvolging te &doen"), self)
        self.follow_up_due.setAccessibleName(
            _tr("Alleen opvolgingen die te doen zijn, de eerste vervaldag eerst"))
        search_row.addWidget(self.follow_up_due)
        self.mine = QCheckBox(_tr("Alleen &mijn contacten"), self)
        self.mine.setAccessibleName(_tr("Alleen de contacten die ik gelogd heb"))
        search_row.addWidget(self.mine)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        self.filter_error = QLabel(self)
        self.filter_error.setStyleSheet(error_css())
        self.filter_error.setAccessibleName(_tr("Fout in de filter"))
        self.filter_error.hide()
        layout.addWidget(self.filter_error)

        self.model = CaseTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setAccessibleName(_tr("Contacten"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)  # bold headings would not fit their columns
        # Dates, durations and "to do" are never cut; the topics take what is left.
        self.columns = ColumnFitter(self.table, [
            Column(sample, chars) for sample, chars
            in zip(never_cut(), (16, 18, 10, 10, 24, 23, 6, 36, 13), strict=True)
        ], flexible=4)
        layout.addWidget(self.table, 1)
        self.empty_hint = EmptyHint(self.table, self.empty_text)
        self.count_label = QLabel(_tr("Logboek wordt geladen…"), self)
        self.count_label.setAccessibleName(_tr("Aantal contacten"))
        layout.addWidget(self.count_label)

    def _filter_combo(self, accessible: str, all_text: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        combo.addItem(all_text, None)
        return combo

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.apply_filters)
        for combo in (self.office, self.channel, self.topic, self.outcome):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.follow_up_due.toggled.connect(self._follow_up_filter)
        self.mine.toggled.connect(lambda _c: self.apply_filters())
        self.undo_button.clicked.connect(self.undo_follow_up_done)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_follow_up_done)
        self.model.query_changed.connect(self._update_count)
        self.model.modelReset.connect(self._sync_sort_indicator)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.new_button.clicked.connect(self._new)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.done_button.clicked.connect(self.follow_up_done)
        self.export_button.clicked.connect(self.export_dialog)
        self.import_button.clicked.connect(self.import_dialog)
        self.follow_up_bar.linkActivated.connect(lambda _l: self.follow_up_due.setChecked(True))

    # -- data ----------------------------------------------------------------------------
    def _store_ready(self, store: Store) -> None:
        self.repo = CaseRepository(store)
        self.empty_hint.refresh()
        offices = list(dict.fromkeys([*self.ctx.config.offices, self.ctx.config.office]))
        for office in offices:
            if office:
                self.office.addItem(office, office)
        self._fill_topics()
        self.model.set_repository(self.repo)
        self._show_follow_ups()

    def _fill_topics(self) -> None:
        assert self.repo is not None
        current = self.topic.currentData()
        topics = [f"topic:{t}" for t in self.ctx.config.topics]
        for used in self.repo.distinct_topics():
            if used not in topics:
                topics.append(used)
        self.topic.blockSignals(True)
        while self.topic.count() > 1:
            self.topic.removeItem(1)
        for topic in topics:
            shown = topic_text(topic)
            if topic.startswith("guide:"):
                shown = _tr("Gids: {0}").format(shown_topic(topic))
            self.topic.addItem(shown, topic)
        self.topic.setCurrentIndex(max(self.topic.findData(current), 0))
        self.topic.blockSignals(False)

    def _show_follow_ups(self) -> None:
        if self.repo is None:
            return
        self.ctx.worker.submit(self.repo.count, CaseQuery(follow_up_due=True, today=clock.today()),
                               on_done=self._follow_up_bar, title=_tr("Opvolgingen tellen"))

    def _follow_up_bar(self, due: int) -> None:
        if not due:
            self.follow_up_bar.hide()
            return
        self.follow_up_bar.setText(
            _tr("<b>%n opvolgingen</b> te doen (vandaag of eerder). "
                "<a href='#due'>Toon ze</a>", "", due))
        self.follow_up_bar.show()

    def current_query(self) -> CaseQuery | None:
        """The query the filter widgets describe, or None (with a message) when one is wrong."""
        problems = []
        days: list[date | None] = []
        for edit, name in ((self.date_from, _tr("van")), (self.date_to, _tr("tot"))):
            text = edit.text().strip()
            if not text:
                days.append(None)
                continue
            try:
                days.append(parse_day(text))
            except ValueError as exc:
                problems.append(_tr("{0}: {1}").format(name, tr_message(str(exc))))
                days.append(None)
        if days[0] and days[1] and days[0] > days[1]:
            problems.append(_tr("de begindatum ligt na de einddatum"))
        if problems:
            self.filter_error.setText(_tr("Fout: {0}").format("; ".join(problems)))
            self.filter_error.show()
            return None
        self.filter_error.hide()
        return replace(
            self.model.query,
            search=self.search.text(),
            date_from=days[0],
            date_to=days[1],
            office=self.office.currentData(),
            channel=self.channel.currentData(),
            topic=self.topic.currentData(),
            outcome=self.outcome.currentData(),
            follow_up_due=self.follow_up_due.isChecked(),
            staff=(self.ctx.config.staff_name or None) if self.mine.isChecked() else None,
            today=clock.today(),
        )

    def _follow_up_filter(self, on: bool) -> None:
        """Follow-ups to do are a work list: the first due date first."""
        self._search_timer.stop()
        query = self.current_query()
        if query is None or self.repo is None:
            return
        if on:
            query = replace(query, sort="follow_up_on", descending=False)
        elif query.sort == "follow_up_on":
            query = replace(query, sort="occurred_at", descending=True)
        if query != self.model.query:
            self.model.set_query(query)

    def filtered(self) -> bool:
        """Whether a search or filter narrows the list now."""
        return bool(self.search.text().strip() or self.date_from.text().strip()
                    or self.date_to.text().strip() or self.follow_up_due.isChecked()
                    or self.mine.isChecked() or any(combo.currentIndex() > 0 for combo in
                           (self.office, self.channel, self.topic, self.outcome)))

    def empty_text(self) -> str:
        """What the empty list says: how to start, or how to see everything again."""
        if self.repo is None:
            return ""
        if self.filtered():
            return _tr("Geen contacten voor deze zoekopdracht of filters.\n\nWis het "
                       "zoekveld en de datums, zet ‘Opvolging te doen’ en ‘Alleen mijn "
                       "contacten’ uit, en kies ‘alle …’ in de lijsten om alle contacten "
                       "te zien.")
        return _tr("Nog geen contacten in het logboek.\n\nLog elke burger die u helpt: "
                   "druk Ctrl+L of kies ‘Contact loggen’. Na een gids opent het loggen "
                   "vanzelf, al ingevuld.")

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.current_query()
        if query is None or self.repo is None or query == self.model.query:
            return
        self.model.set_query(query)

    def _sync_sort_indicator(self) -> None:
        order = (Qt.SortOrder.DescendingOrder if self.model.query.descending
                 else Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)

    def _update_count(self, query: CaseQuery) -> None:
        if self.repo is None:
            return
        repo = self.repo
        self.count_label.setText(_tr("Contacten tellen…"))

        def done(count: int) -> None:
            if query != self.model.query:
                return  # an older filter's count
            # Qt's plural forms; %Ln groups the thousands the Belgian way (1.234).
            self.count_label.setText(_tr("%Ln contacten", "", count))
            self.count_updated.emit(count)

        self.ctx.worker.submit(repo.count, query, on_done=done, title=_tr("Tellen"))

    def _changed(self, changes: Changes) -> None:
        if changes.cases and self.repo is not None:
            self.model.refresh()
            self._show_follow_ups()

    # -- actions -------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def _new(self) -> None:
        if self.case_log is not None:
            self.case_log.open_quick_log()

    def edit_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is not None and self.case_log is not None:
            self.case_log.open_quick_log(case_id)

    def delete_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is None or self.repo is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Contact verwijderen"),
                          _tr("Dit contact verwijderen? Het verdwijnt ook op de centrale "
                              "server bij de volgende synchronisatie."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAccessibleName(_tr("Contact verwijderen"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.delete_case(case_id)

    def delete_case(self, case_id: str) -> Job[None]:
        assert self.repo is not None
        repo = self.repo
        return WriteOp(self.ctx, lambda _control: repo.delete(case_id),
                       changes=Changes(cases=True), title=_tr("Contact verwijderen"),
                       parent=self, busy=[self.delete_button]).run()

    def follow_up_done(self) -> Job[None] | None:
        case_id = self.selected_id()
        if case_id is None or self.repo is None:
            return None
        repo = self.repo

        def done(_none: None) -> None:
            self._undo_case = case_id
            self.undo_label.setText(_tr("Opvolging afgehandeld. Per ongeluk? Maak het "
                                        "ongedaan (Ctrl+Z)."))
            self.undo_box.show()
            self.table.setFocus()  # not on the next button: the list is where work goes on

        return WriteOp(self.ctx, lambda _control: repo.set_follow_up_done(case_id),
                       changes=Changes(cases=True), title="follow-up done",
                       parent=self, busy=[self.done_button], on_done=done).run()

    def undo_follow_up_done(self) -> Job[None] | None:
        """Put the last follow-up marked done back on the list."""
        case_id, self._undo_case = self._undo_case, None
        if case_id is None or self.repo is None:
            return None
        repo = self.repo
        self.undo_box.hide()
        return WriteOp(self.ctx, lambda _control: repo.set_follow_up_done(case_id, False),
                       changes=Changes(cases=True), title="follow-up done undone",
                       parent=self, busy=[self.undo_button]).run()

    def export_dialog(self) -> None:
        if self.repo is None:
            return
        path = ask_save_path(self, self.ctx, "case-export", _tr("Contacten exporteren"),
                             f"contacten-{format_day(clock.today())}.csv",
                             _tr("CSV-bestanden (*.csv)"))
        if path is None:
            return
        personal = QMessageBox.question(
            self, _tr("Persoonsgegevens"),
            _tr("Ook de contactreferenties (persoonsgegevens) meenemen? "
                "Dit wordt in het auditlogboek genoteerd."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        query = self.current_query() or CaseQuery()
        self.export_to(path, date_from=query.date_from, date_to=query.date_to,
                       personal=personal)

    def export_to(self, path: Path, *, date_from: date | None = None,
                  date_to: date | None = None, personal: bool = False) -> Job[int]:
        store = self.ctx.store
        assert store is not None
        actor = self.ctx.config.staff_name or "desk"

        def job(control: JobControl) -> int:
            # On the worker: the export module brings the referral store and the keyring along.
            from desk.app.export import export_cases

            def progress(done: int) -> None:
                control.check()
                control.progress(done, 0, _tr("{0} contacten geschreven…").format(done))

            return export_cases(store, path, date_from=date_from, date_to=date_to,
                                personal=personal, actor=actor, progress=progress)

        def done(count: int) -> None:
            tell_saved(self, saved_to(_tr("Export van %n contacten", "", count), path))

        return self.ctx.worker.submit(job, on_done=done, pass_control=True,
                                      title=_tr("Contacten exporteren"), progress_parent=self)

    def import_dialog(self) -> None:
        if self.repo is None:
            return
        path = ask_open_path(self, self.ctx, "case-import", _tr("Contacten importeren"),
                             _tr("CSV-bestanden (*.csv *.txt)"))
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> Job[ImportResult]:
        from desk.app.importing import defaults_from_config, import_cases, rules_from_config

        store = self.ctx.store
        assert store is not None
        config = self.ctx.config
        rules = rules_from_config(config, self.ctx.clock.now())

        def job(_control: JobControl) -> ImportResult:
            return import_cases(store, path, rules=rules, defaults=defaults_from_config(config))

        def done(result: ImportResult) -> None:
            if result.problems:
                box = QMessageBox(
                    QMessageBox.Icon.Warning, _tr("Niets geïmporteerd"),
                    _tr("Het bestand heeft {0} probleem/problemen; er is niets geïmporteerd. "
                        "Verbeter het bestand en probeer opnieuw.").format(len(result.problems)),
                    QMessageBox.StandardButton.Ok, self)
                box.setDetailedText("\n".join(result.problems[:1000]))
            else:
                box = QMessageBox(
                    QMessageBox.Icon.Information, _tr("Import klaar"),
                    _tr("{0} contacten geïmporteerd, {1} overgeslagen (bestonden al).")
                    .format(result.imported, result.skipped_existing),
                    QMessageBox.StandardButton.Ok, self)
                if result.imported:
                    self._fill_topics()
            box.setAccessibleName(box.windowTitle())
            self.last_import = result
            box.open()

        return WriteOp(self.ctx, job, changes=lambda r: Changes(cases=r.imported > 0),
                       title=_tr("Contacten importeren"), parent=self,
                       busy=[self.import_button], on_done=done, progress=True).run()
