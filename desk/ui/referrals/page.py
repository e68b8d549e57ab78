"""The Doorverwijzingen area: the list, the selected referral's history, and actions.

The keyring and the partner directory are looked up on the background
worker when the store is ready (a locked keyring can take a while to
answer); list queries are indexed SQL and run on the GUI thread. Status
changes, withdrawals and deletions are written off it
(:class:`desk.ui.ops.WriteOp`); the list refreshes when a referral change is
announced.
"""

from __future__ import annotations

import html
import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk import clock, paths
from desk.domain.cases import fold
from desk.domain.directory import Directory, DirectoryFileError
from desk.domain.lifecycle import IllegalTransition
from desk.domain.referrals import DRAFT, Referral, shown_status
from desk.domain.vocab import READY_TO_SEND
from desk.secrets import KeyringUnavailable
from desk.store import meta
from desk.store.cases import CaseQuery, CaseRepository
from desk.store.common import from_iso
from desk.store.referrals import (
    DEFAULT_FOLLOW_UP_DAYS,
    ReferralQuery,
    ReferralRepository,
    ReferralRow,
    StoredReferral,
)
from desk.store.store import Store
from desk.ui.columns import Column, ColumnFitter
from desk.ui.context import AppContext, Changes, ReferralRequest
from desk.ui.empty import EmptyHint
from desk.ui.messages import tr_message
from desk.ui.ops import WriteOp
from desk.ui.referrals import labels
from desk.ui.referrals.form import ReferralForm, describe_restore
from desk.ui.referrals.model import ReferralListModel, never_cut
from desk.ui.referrals.status_dialog import StatusDialog, may_change_status
from desk.ui.saving import ask_save_path, saved_to, tell_saved
from desk.ui.worker import Job, JobControl

if TYPE_CHECKING:
    from desk.ui.referrals.letter import LetterDialog

log = logging.getLogger(__name__)


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """In the UI language; with *n*, the plural form for *n* (``%n`` in *text*)."""
    return QCoreApplication.translate("ReferralsPage", text, disambiguation, n)


@dataclass(frozen=True)
class _Loaded:
    personal_problem: str | None
    directory: Directory | None
    directory_problem: str


def _load(repo: ReferralRepository) -> _Loaded:
    """Off the GUI thread: the keyring and the directory."""
    from desk.store.directory_store import load_directory_for

    problem = repo.personal_data_problem()
    try:
        directory: Directory | None = load_directory_for(repo.store)
        notes = "; ".join(str(p) for p in directory.problems[:3]) if directory else ""
    except DirectoryFileError as exc:
        directory, notes = None, str(exc)
    return _Loaded(problem, directory, notes)


class ReferralsPage(QWidget):
    """Referrals: list with filters, history of the selected one, and its actions.

    Signals:
        loaded(): the keyring check and directory load finished.
        refreshed(): the list was reloaded.
        form_opened(object): a referral form was shown (payload: the ReferralForm).
        export_done(object): an export finished (payload: the number of rows).
    """

    loaded = Signal()
    refreshed = Signal()
    form_opened = Signal(object)
    export_done = Signal(object)

    FILTERS = ("all", "open", "follow_up", "drafts")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.repo: ReferralRepository | None = None
        self.directory: Directory | None = None
        self.personal_problem: str | None = None
        #: The role this desk is enrolled with (None: not enrolled); read at each refresh,
        #: so an enrolment made meanwhile counts.
        self.role: str | None = None
        self.is_loaded = False
        self.follow_up_days = DEFAULT_FOLLOW_UP_DAYS
        self.form: ReferralForm | None = None
        #: A pre-filled referral asked for before the page was loaded.
        self._requested: ReferralRequest | None = None
        self.setAccessibleName(_tr("Doorverwijzingen"))
        self._build()
        ctx.changed.connect(self._changed)
        # A sync may have had a referral accepted ("Verstuurd") or pulled a new status.
        ctx.synced.connect(lambda _report: self.refresh())
        ctx.when_store(self._store_ready)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(f"<h2>{html.escape(_tr('Doorverwijzingen'))}</h2>", self)
        top.addWidget(heading, 1)
        self.new_button = QPushButton(_tr("&Nieuwe doorverwijzing"), self)
        self.new_button.setToolTip(_tr("Nieuwe doorverwijzing (Ctrl+Shift+N)"))
        self.export_button = QPushButton(_tr("E&xporteren…"), self)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("referrals-notice")
        self.notice.setStyleSheet("QLabel#referrals-notice { background: #fff4ce; "
                                  "border: 1px solid #8a6d00; padding: 6px; color: #1a1a1a; }")
        self.notice.hide()
        layout.addWidget(self.notice)
        restore_row = QHBoxLayout()
        self.restore_label = QLabel(self)
        self.restore_label.setWordWrap(True)
        self.restore_button = QPushButton(_tr("&Verder invullen"), self)
        self.restore_button.setAccessibleName(_tr("Herstelde doorverwijzing verder invullen"))
        restore_row.addWidget(self.restore_label, 1)
        restore_row.addWidget(self.restore_button)
        self.restore_box = QWidget(self)
        self.restore_box.setLayout(restore_row)
        self.restore_box.hide()
        layout.addWidget(self.restore_box)

        filters = QHBoxLayout()
        self.filter = QComboBox(self)
        self.filter.addItem(_tr("Alle doorverwijzingen"), "all")
        self.filter.addItem(_tr("Lopend (nog niet afgesloten)"), "open")
        self.filter.addItem(_tr("Op te volgen (geen vooruitgang)"), "follow_up")
        self.filter.addItem(_tr("Concepten"), "drafts")
        filter_label = QLabel(_tr("&Toon:"), self)
        filter_label.setBuddy(self.filter)
        filters.addWidget(filter_label)
        filters.addWidget(self.filter)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_tr("naam, partner, gemeente, nood…"))
        self.search.setAccessibleName(_tr("Zoeken in de doorverwijzingen"))
        self.search.setAccessibleDescription(_tr(
            "Zoekt ook op de naam van de burger; die wordt alleen in het geheugen geopend."))
        for clear in self.search.findChildren(QToolButton):
            clear.setAccessibleName(_tr("Zoekterm wissen"))
        search_label = QLabel(_tr("&Zoeken:"), self)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        self.mine = QCheckBox(_tr("Alleen &mijn doorverwijzingen"), self)
        self.mine.setAccessibleName(_tr("Alleen de doorverwijzingen die ik gemaakt heb"))
        filters.addWidget(self.mine)
        self.follow_up_summary = QLabel(self)
        self.follow_up_summary.setAccessibleName(_tr("Op te volgen"))
        layout.addLayout(filters)
        layout.addWidget(self.follow_up_summary)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = ReferralListModel(self)
        self.table = QTableView(splitter)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Lijst van doorverwijzingen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(_tr("Hoek van de lijst"))
        self.table.setWordWrap(False)  # one line per referral; the full text is in the tooltip
        # The first due follow-up first; a click on a heading sorts by that column.
        self.table.horizontalHeader().setSortIndicator(
            ReferralListModel.COLUMNS.index("follow_up"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A selected row would turn every heading bold and wider than its column.
        self.table.horizontalHeader().setHighlightSections(False)
        # Status, service, municipality, created, follow up, citizen, sending;
        # dates are never cut, the partner service takes what is left.
        self.columns = ColumnFitter(self.table, [
            Column(sample, chars) for sample, chars
            in zip(never_cut(), (21, 32, 14, 10, 23, 16, 12), strict=True)
        ], flexible=1)

        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        self.details = QLabel(_tr("Kies een doorverwijzing in de lijst."), detail)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(_tr("Gegevens van de doorverwijzing"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(self.details)
        history_label = QLabel(_tr("Ges&chiedenis:"), detail)
        self.history = QListWidget(detail)
        self.history.setAccessibleName(_tr("Statusgeschiedenis"))
        self.history.setWordWrap(True)
        history_label.setBuddy(self.history)
        detail_layout.addWidget(history_label)
        detail_layout.addWidget(self.history, 1)
        actions = QVBoxLayout()
        self.open_button = QPushButton(_tr("C&oncept verder invullen"), detail)
        self.status_button = QPushButton(_tr("&Status wijzigen…"), detail)
        self.letter_button = QPushButton(_tr("B&rief voor de burger…"), detail)
        self.withdraw_button = QPushButton(_tr("Toestemming &intrekken…"), detail)
        self.delete_button = QPushButton(_tr("Concept &verwijderen…"), detail)
        for button in (self.open_button, self.status_button, self.letter_button,
                       self.withdraw_button, self.delete_button):
            actions.addWidget(button)
        detail_layout.addLayout(actions)
        self.empty_hint = EmptyHint(self.table, self.empty_text)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 240])  # the list needs the room; the details wrap
        layout.addWidget(splitter, 1)
        self._set_actions(None)

        self.new_button.clicked.connect(lambda: self.new_referral())
        self.export_button.clicked.connect(self.export_dialog)
        self.restore_button.clicked.connect(self.restore_autosave)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.mine.toggled.connect(lambda _c: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self._activate())
        self.open_button.clicked.connect(self.open_selected_draft)
        self.status_button.clicked.connect(self.change_status_dialog)
        self.letter_button.clicked.connect(self.letter_dialog)
        self.withdraw_button.clicked.connect(self.withdraw_dialog)
        self.delete_button.clicked.connect(self.delete_selected_draft)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, lambda: self.new_referral())
        for button in (self.new_button, self.export_button):
            button.setEnabled(False)

    # -- loading --------------------------------------------------------------------------------
    def _store_ready(self, store: Store) -> None:
        self.repo = ReferralRepository(store)
        self.refresh()
        self.ctx.worker.submit(_load, self.repo, on_done=self._loaded,
                               title=_tr("Partnergids laden"))

    def _loaded(self, result: _Loaded) -> None:
        self.personal_problem = result.personal_problem
        self.directory = result.directory
        texts = []
        if result.personal_problem:
            texts.append(_tr("Let op: persoonsgegevens zijn uitgeschakeld. {0}").format(
                tr_message(result.personal_problem)))
        if result.directory is None:
            texts.append(_tr("Let op: de partnergids kon niet geladen worden ({0}). "
                             "Doorverwijzen kan pas weer als IT dit oplost.").format(
                result.directory_problem))
        elif result.directory_problem:
            texts.append(_tr("Let op: sommige items in de partnergids zijn overgeslagen: "
                             "{0}").format(result.directory_problem))
        self.notice.setText("\n".join(texts))
        self.notice.setAccessibleName(self.notice.text())
        self.notice.setVisible(bool(texts))
        for button in (self.new_button, self.export_button):
            button.setEnabled(True)
        self.is_loaded = True
        self.refresh()
        self._check_autosave()
        self.loaded.emit()
        if self._requested is not None:
            request, self._requested = self._requested, None
            self.request_referral(request)

    def _changed(self, changes: Changes) -> None:
        if changes.referrals or changes.referral_drafts:
            self.refresh()
            if self.form is None and self.is_loaded:
                self._check_autosave()

    def _check_autosave(self) -> None:
        assert self.repo is not None
        keys = self.repo.form_drafts()
        if not keys:
            self.restore_box.hide()
            return
        data = self.repo.load_form_draft(keys[0]) or {}
        self.restore_label.setText(describe_restore(data))
        self.restore_box.show()

    def refresh(self) -> None:
        if self.repo is None:
            return
        mode = str(self.filter.currentData())
        query = ReferralQuery()
        if mode == "open":
            query = ReferralQuery(open_only=True, include_drafts=False)
        elif mode == "follow_up":
            query = ReferralQuery(stale_days=self.follow_up_days)
        elif mode == "drafts":
            query = ReferralQuery(status=DRAFT)
        selected = self.selected_id()
        self.role = self.repo.store.get_meta(meta.CENTRAL_ROLE) or None
        rows = self.repo.find(query, with_names=self.is_loaded and not self.personal_problem)
        if self.mine.isChecked():
            rows = [r for r in rows if r.staff == self.ctx.config.staff_name]
        words = fold(self.search.text()).split()
        if words:
            rows = [r for r in rows if all(w in self._search_text(r) for w in words)]
        self.model.follow_up_days = self.follow_up_days
        self.model.set_rows(rows, self.directory)
        stale = len(self.repo.stale(days=self.follow_up_days))
        self.follow_up_summary.setText(
            _tr("%n doorverwijzingen wachten op opvolging.", "", stale) if stale
            else _tr("Geen doorverwijzingen om op te volgen."))
        if selected:
            self.select(selected)
        else:
            self._show_details(None)
        self.refreshed.emit()

    def _search_text(self, row: ReferralRow) -> str:
        """What the search looks in; the name only as decrypted in memory for this list."""
        needs = labels.needs()
        parts = [
            labels.statuses().get(row.shown_status, ""),
            self.model.service_name(row.service_id),
            labels.municipalities().get(row.municipality, row.municipality),
            *(needs.get(n, n) for n in row.needs),
            row.name,
            row.staff,
        ]
        return fold(" ".join(parts))

    # -- selection ---------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.id if row else None

    def select(self, referral_id: str) -> None:
        row = self.model.row_of(referral_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._selection_changed(QItemSelection(), QItemSelection())

    def _selection_changed(self, _a: QItemSelection, _b: QItemSelection) -> None:
        referral_id = self.selected_id()
        if referral_id is None or self.repo is None:
            self._show_details(None)
            return
        try:
            self._show_details(self.repo.get(referral_id))
        except KeyError:
            self._show_details(None)

    def _show_details(self, stored: StoredReferral | None) -> None:
        self.history.clear()
        self._set_actions(stored)
        if stored is None:
            self.details.setText(_tr("Kies een doorverwijzing in de lijst."))
            return
        r = stored.referral
        names = labels.statuses()
        shown = stored.shown_status
        parts = [
            f"<b>{html.escape(names.get(shown, shown))}</b> — "
            f"{html.escape(self.model.service_name(r.service_id))}",
            html.escape(_tr("Noden: {0}").format(
                ", ".join(labels.needs().get(n, n) for n in r.needs) or "—")),
            html.escape(_tr("Gemeente: {0} · aangemaakt {1} door {2}").format(
                labels.municipalities().get(r.municipality, r.municipality or "—"),
                labels.day_time(r.created_at), r.staff)),
        ]
        if stored.personal_locked:
            parts.append(html.escape(_tr("Naam en contact vergrendeld: {0}").format(
                stored.locked_reason)))
        elif r.citizen is not None:
            channel = labels.channels().get(r.citizen.contact_channel, "—")
            parts.append(html.escape(_tr("Burger: {0} · contact via {1}").format(
                r.citizen.name or "—", channel)))
        elif r.consent.withdrawn_at is not None:
            parts.append(html.escape(_tr("Toestemming ingetrokken op {0}: anoniem.").format(
                labels.day(r.consent.withdrawn_at))))
        elif stored.personal_purged_at is not None:
            parts.append(html.escape(_tr("Naam, contactgegevens en notities gewist op {0}.")
                                     .format(labels.day(stored.personal_purged_at))))
        else:
            parts.append(html.escape(_tr("Anonieme doorverwijzing (geen toestemming).")))
        if shown == READY_TO_SEND:
            parts.append(html.escape(self._not_sent_text(stored.sync_state)))
        self.details.setText("<br>".join(parts))
        for entry in reversed(r.status_history):
            # The moment Versturen was pressed; "Verstuurd" only once the server accepted it.
            status = shown_status(entry.status, accepted=stored.accepted)
            text = _tr("{0} — {1} door {2}").format(
                labels.day_time(entry.at), names.get(status, status), entry.by or "?")
            if entry.kind == "consent_withdrawn":
                text = _tr("{0} — toestemming ingetrokken door {1}").format(
                    labels.day_time(entry.at), entry.by or "?")
            if entry.note:
                text += f"\n{entry.note}"
            self.history.addItem(text)
        if not r.status_history:
            self.history.addItem(_tr("Nog niet verstuurd (concept)."))

    @staticmethod
    def _not_sent_text(sync_state: str) -> str:
        """Why a referral is not "Verstuurd" yet, and what happens next."""
        if sync_state == "quarantined":
            return _tr("Nog niet verstuurd: de centrale server heeft deze doorverwijzing "
                       "geweigerd. Zie Bestand › Synchronisatieproblemen.")
        if sync_state == "local":
            return _tr("Nog niet verstuurd: dit is een oefenprofiel; doorverwijzingen "
                       "verlaten deze computer niet.")
        return _tr("Nog niet verstuurd: de doorverwijzing gaat naar de partner zodra deze "
                   "computer met de centrale server verbonden is. De partner weet er nog "
                   "niets van.")

    def _set_actions(self, stored: StoredReferral | None) -> None:
        r = stored.referral if stored else None
        is_draft = r is not None and r.status == DRAFT
        self.open_button.setEnabled(is_draft)
        self.delete_button.setEnabled(is_draft)
        may = may_change_status(self.role)
        self.status_button.setEnabled(r is not None and not is_draft and may)
        self.status_button.setToolTip("" if may else _tr(
            "Deze computer is aangemeld om cijfers te lezen: hij verandert geen status."))
        self.status_button.setAccessibleDescription(self.status_button.toolTip())
        self.letter_button.setEnabled(r is not None and bool(r.service_id))
        self.withdraw_button.setEnabled(r is not None and r.consent.active)
        self.open_button.setVisible(is_draft)
        self.delete_button.setVisible(is_draft)

    def _activate(self) -> None:
        stored = self._selected()
        if stored is not None and stored.referral.status == DRAFT:
            self.open_selected_draft()
        elif stored is not None:
            self.change_status_dialog()

    def _selected(self) -> StoredReferral | None:
        referral_id = self.selected_id()
        if referral_id is None or self.repo is None:
            return None
        try:
            return self.repo.get(referral_id)
        except KeyError:
            return None

    # -- the form -------------------------------------------------------------------------------
    def _recent_cases(self) -> list[tuple[str, str]]:
        """The last contacts in the log, to link a referral to one (newest first)."""
        assert self.repo is not None
        try:
            rows = CaseRepository(self.repo.store).page(CaseQuery(), limit=30).rows
        except Exception:  # the case log is optional here
            return []
        out = []
        for row in rows:
            case_id, occurred, topics = row[1], row[2], row[6]
            try:
                names = ", ".join(self._topic_name(str(t)) for t in json.loads(topics))
            except ValueError:
                names = ""
            out.append((str(case_id), f"{labels.day_time(from_iso(str(occurred)))} — {names}"))
        return out

    def _topic_name(self, topic: str) -> str:
        """A topic as staff read it: a guide by its title, never ``guide:<id>``."""
        kind, _, value = topic.partition(":")
        if kind == "guide":
            return _tr("Gids: {0}").format(self.ctx.guide_title(value))
        return value if kind == "topic" else topic

    def _open_form(self, base: Referral, restore: dict[str, Any] | None = None) -> ReferralForm:
        assert self.repo is not None
        form = ReferralForm(
            self.ctx, self.repo, self.directory, base, personal_problem=self.personal_problem,
            consent_folder=paths.resources_dir() / "consent", restore=restore,
            cases=self._recent_cases(), parent=self,
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda r: self._after_form(r.id))
        form.submitted.connect(lambda r: self._after_form(r.id))
        form.finished.connect(lambda _r: self._form_closed(form))
        self.form = form
        form.open()
        self.form_opened.emit(form)
        return form

    def _form_closed(self, form: ReferralForm) -> None:
        if self.form is form:
            self.form = None
        self.refresh()
        self._check_autosave()

    def _after_form(self, referral_id: str) -> None:
        self.refresh()
        self.select(referral_id)

    def empty_text(self) -> str:
        """What the empty list says: how to make a referral, or how to see them all."""
        if self.repo is None:
            return ""
        narrowed = self.mine.isChecked() or bool(self.search.text().strip())
        if self.filter.currentData() != "all" or narrowed:
            return _tr("Geen doorverwijzingen voor deze zoekopdracht of keuze.\n\nWis het "
                       "zoekveld, zet ‘Alleen mijn doorverwijzingen’ uit en kies bij ‘Toon’ "
                       "voor ‘Alle doorverwijzingen’ om ze allemaal te zien.")
        return _tr("Nog geen doorverwijzingen.\n\nHeeft een burger hulp nodig die het loket "
                   "niet geeft, zoals leren werken met een smartphone of een toestel lenen? "
                   "Verwijs door naar een partner: kies ‘Nieuwe doorverwijzing’ (Ctrl+Shift+N).")

    def new_referral(self) -> QDialog | None:
        """The referral form; first the employee's short name if none is set yet."""
        if self.repo is None or not self.is_loaded:
            return None
        from desk.ui.first_run import ask_for_name

        asked = ask_for_name(self.ctx, self, _tr(
            "Een doorverwijzing vermeldt wie ze maakte. Vul uw korte naam in: Desk "
            "onthoudt ze voor de volgende keer."), then=lambda: None)
        if asked is not None:
            asked.finished.connect(lambda _r: self._new_form())
            return asked
        return self._new_form()

    def _new_form(self) -> ReferralForm | None:
        if self.repo is None:
            return None
        config = self.ctx.config
        base = self.repo.new(office=config.office, staff=config.staff_name)
        return self._open_form(base)

    def request_referral(self, request: ReferralRequest) -> ReferralForm | None:
        """A new referral with the needs, barriers and contact of *request* filled in.

        Asked for before the keyring and the directory were looked up, it opens
        as soon as they are; a form already open is brought forward instead (it
        holds someone's work).
        """
        if self.form is not None:
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        if self.repo is None or not self.is_loaded:
            self._requested = request
            return None
        config = self.ctx.config
        # The contact just logged says who and where, where the settings do not (yet).
        base = replace(self.repo.new(office=config.office or request.office,
                                     staff=config.staff_name or request.staff),
                       needs=request.needs, barriers=request.barriers,
                       case_id=request.case_id)
        return self._open_form(base)

    def open_selected_draft(self) -> ReferralForm | None:
        stored = self._selected()
        if stored is None or stored.referral.status != DRAFT:
            return None
        return self._open_form(stored.referral)

    def restore_autosave(self) -> ReferralForm | None:
        """Open the form with the autosave a crash left behind."""
        if self.repo is None:
            return None
        keys = self.repo.form_drafts()
        if not keys:
            return None
        data = self.repo.load_form_draft(keys[0]) or {}
        referral_id = keys[0].partition(":")[2] or None
        base = None
        if referral_id:
            try:
                base = self.repo.get(referral_id).referral
            except KeyError:
                base = None
        if base is None:
            config = self.ctx.config
            base = self.repo.new(office=config.office, staff=config.staff_name)
            if referral_id:
                created = data.get("created_at")
                base = replace(base, id=referral_id,
                               created_at=from_iso(created) if created else base.created_at)
        self.restore_box.hide()
        return self._open_form(base, restore=data)

    # -- status, consent, drafts -----------------------------------------------------------------
    def change_status_dialog(self) -> StatusDialog | None:
        stored = self._selected()
        if stored is None or stored.referral.status == DRAFT:
            return None
        dialog = StatusDialog(stored.referral.status, self, shown=stored.shown_status,
                              role=self.role)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        referral_id = stored.referral.id

        def done() -> None:
            self.apply_status(referral_id, dialog.chosen(), dialog.note_text())

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def apply_status(self, referral_id: str, status: str, note: str = "") -> Job[Referral]:
        """Write the new status off the GUI thread; a refused step is shown as a message."""
        assert self.repo is not None
        repo, by = self.repo, self.ctx.config.staff_name

        def failed(exc: BaseException) -> None:
            if isinstance(exc, IllegalTransition):
                self._message(_tr("Deze statuswijziging is niet toegelaten."))
            elif isinstance(exc, KeyringUnavailable):
                self._message(tr_message(exc.message))
            else:
                self.ctx.errors.report(exc)

        return WriteOp(self.ctx, lambda _control: repo.change_status(referral_id, status, by=by,
                                                                     note=note),
                       changes=Changes(referrals=True), title="referral status", parent=self,
                       busy=[self.status_button], on_done=lambda _r: self.select(referral_id),
                       on_error=failed).run()

    def withdraw_dialog(self) -> QMessageBox | None:
        stored = self._selected()
        if stored is None or not stored.referral.consent.active:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Toestemming intrekken"),
                          _tr("De naam, contactgegevens en notities van deze burger worden "
                              "nu gewist, hier en bij de partner. Dit kan niet ongedaan "
                              "gemaakt worden. Doorgaan?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(_tr("&Wissen"))
        box.button(QMessageBox.StandardButton.No).setText(_tr("&Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAccessibleName(_tr("Toestemming intrekken"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        referral_id = stored.referral.id

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.withdraw(referral_id)

        box.finished.connect(answered)
        box.open()
        return box

    def withdraw(self, referral_id: str) -> Job[Referral]:
        """Erase the citizen's personal data (off the GUI thread) and record the withdrawal."""
        assert self.repo is not None
        repo, by = self.repo, self.ctx.config.staff_name
        return WriteOp(self.ctx, lambda _control: repo.withdraw_consent(referral_id, by=by),
                       changes=Changes(referrals=True), title="consent withdrawn", parent=self,
                       busy=[self.withdraw_button],
                       on_done=lambda _r: self.select(referral_id)).run()

    def delete_selected_draft(self) -> None:
        stored = self._selected()
        if stored is None or stored.referral.status != DRAFT or self.repo is None:
            return
        answer = QMessageBox.question(
            self, _tr("Concept verwijderen"),
            _tr("Dit concept is nooit verstuurd. Verwijderen?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            repo, referral_id = self.repo, stored.referral.id
            WriteOp(self.ctx, lambda _control: repo.delete_draft(referral_id),
                    changes=Changes(referral_drafts=True), title="referral draft deleted",
                    parent=self, busy=[self.delete_button]).run()

    def _message(self, text: str) -> None:
        self.ctx.errors.shown.append(text)
        if not self.ctx.errors.interactive:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Doorverwijzingen"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- letter and export (see letter.py and export.py) -----------------------------------------
    def letter_dialog(self) -> LetterDialog | None:
        stored = self._selected()
        if stored is None or self.directory is None:
            return None
        from desk.ui.referrals.letter import LetterDialog

        dialog = LetterDialog(stored.referral, self.directory, self.ctx.config, self,
                              sent=stored.accepted, ctx=self.ctx)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_dialog(self) -> None:
        if self.repo is None:
            return
        path = ask_save_path(self, self.ctx, "referral-export",
                             _tr("Doorverwijzingen exporteren"),
                             f"doorverwijzingen-{clock.today().isoformat()}.csv",
                             _tr("CSV-bestanden (*.csv)"))
        if path is not None:
            self.export_to(path, personal=False)

    def export_to(self, out: Path, *, personal: bool = False) -> Job[int]:
        """Export on the worker; ``export_done`` carries the row count."""
        assert self.repo is not None
        store = self.repo.store
        actor = self.ctx.config.staff_name or "desk"

        def job(control: JobControl) -> int:
            from desk.app.export import export_referrals  # on the worker, like the export

            def progress(done: int) -> None:
                control.check()

            return export_referrals(store, out, personal=personal, actor=actor,
                                    progress=progress)

        def done(count: int) -> None:
            tell_saved(self, saved_to(_tr("Export van %n doorverwijzingen", "", count), out))
            self.export_done.emit(count)

        return self.ctx.worker.submit(
            job, pass_control=True, on_done=done,
            title=_tr("Doorverwijzingen exporteren"), progress_parent=self)
