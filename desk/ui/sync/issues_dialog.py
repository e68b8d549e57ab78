"""What the server refused and what conflicts: see the reason, fix and resend, choose a version.

Conflicts of cases and referrals are resolved the same way (:mod:`desk.sync.resolve`).
Resending and resolving are writes (:class:`desk.ui.ops.WriteOp`): they
announce that cases and referrals changed, so the lists refresh and a sync
follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.store import conflicts, outbox
from desk.sync import resolve
from desk.ui.context import Changes
from desk.ui.fit import preferred_size
from desk.ui.messages import tr_message
from desk.ui.ops import WriteOp

if TYPE_CHECKING:
    from desk.store.store import Store
    from desk.ui.context import AppContext

_KIND_LABELS = {
    "case": "Contact",
    "referral": "Doorverwijzing",
    "guide_report": "Melding over een gids",
}


def _load(store: Store) -> tuple[list[dict[str, Any]], list[tuple[str, str, dict[str, Any]]]]:
    quarantined = [
        e for e in outbox.quarantined_entries(store)
        if not str(e.get("last_error") or "").startswith("conflict:")
    ]  # fmt: skip
    found = [(k, r, data) for (k, r), data in sorted(conflicts.open_conflicts(store).items())]
    return quarantined, found


class SyncIssuesDialog(QDialog):
    """Quarantined changes (with the server's reason) and conflicts.

    Signals:
        changed(): something was requeued or resolved (a sync can follow).
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Synchronisatieproblemen"))
        self.resize(preferred_size(self, 820, 480))
        layout = QVBoxLayout(self)

        layout.addWidget(QLabel(self.tr("<b>Deze gegevens konden niet worden verstuurd</b>"),
                                self))
        self.quarantine = self._table(
            [self.tr("Soort"), self.tr("Gewijzigd op"), self.tr("Reden"), self.tr("Pogingen")]
        )  # fmt: skip
        self.quarantine.setAccessibleName(self.tr("Gegevens die niet verstuurd konden worden"))
        layout.addWidget(self.quarantine)
        row = QHBoxLayout()
        self.resend = QPushButton(self.tr("&Opnieuw verzenden"), self)
        self.resend.setToolTip(
            self.tr("Verbeter eerst de gegevens (in het logboek of bij de doorverwijzingen); een "
                    "bewaarde wijziging wordt vanzelf opnieuw verzonden. Of verzend ze "
                    "ongewijzigd opnieuw.")
        )  # fmt: skip
        self.resend.clicked.connect(self._resend)
        row.addWidget(self.resend)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("<b>Ook op de server gewijzigd</b>: kies welke versie "
                                        "blijft."), self))  # fmt: skip
        self.conflict_table = self._table([self.tr("Soort"), self.tr("Gewijzigd op"),
                                           self.tr("Reden")])
        self.conflict_table.setAccessibleName(self.tr("Conflicten"))
        layout.addWidget(self.conflict_table)
        row = QHBoxLayout()
        self.keep = QPushButton(self.tr("&Mijn versie houden"), self)
        self.theirs = QPushButton(self.tr("&Versie van de server nemen"), self)
        self.per_field = QPushButton(self.tr("&Per veld kiezen…"), self)
        self.keep.clicked.connect(lambda: self._resolve(resolve.keep_mine))
        self.theirs.clicked.connect(lambda: self._resolve(resolve.take_theirs))
        self.per_field.clicked.connect(self._choose_fields)
        for button in (self.keep, self.theirs, self.per_field):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._entries: list[dict[str, Any]] = []
        self._conflicts: list[tuple[str, str, dict[str, Any]]] = []
        self.reload()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        # Columns as wide as their heading (and contents), so no heading is cut.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def reload(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self.ctx.worker.submit(_load, store, on_done=self._fill,
                               title=self.tr("Synchronisatieproblemen laden"))  # fmt: skip

    def _fill(
        self, loaded: tuple[list[dict[str, Any]], list[tuple[str, str, dict[str, Any]]]]
    ) -> None:
        self._entries, self._conflicts = loaded
        self.quarantine.setRowCount(len(self._entries))
        for n, entry in enumerate(self._entries):
            raw = str(entry.get("last_error") or "")
            values = [self.tr(_KIND_LABELS.get(entry["kind"], entry["kind"])),
                      self._when(entry.get("created_at")), self.plain_reason(raw),
                      str(entry.get("attempts") or 0)]  # fmt: skip
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 2 and raw:  # the server's own words, for the helpdesk
                    item.setToolTip(self.tr("Voor de helpdesk: {0}").format(raw))
                self.quarantine.setItem(n, col, item)
        self.conflict_table.setRowCount(len(self._conflicts))
        for n, (kind, _record_id, data) in enumerate(self._conflicts):
            values = [self.tr(_KIND_LABELS.get(kind, kind)),
                      self._when(data.get("detected_at")),
                      self.tr("Iemand anders wijzigde dit ook, op een andere computer.")]
            for col, text in enumerate(values):
                self.conflict_table.setItem(n, col, QTableWidgetItem(text))
        has_q, has_c = bool(self._entries), bool(self._conflicts)
        self.resend.setEnabled(has_q)
        for button in (self.keep, self.theirs, self.per_field):
            button.setEnabled(has_c)
        if has_q:
            self.quarantine.selectRow(0)
        if has_c:
            self.conflict_table.selectRow(0)
        if not has_q and not has_c:
            self.message.setText(self.tr("Er zijn geen synchronisatieproblemen."))

    @staticmethod
    def _when(stamp: object) -> str:
        """A stored UTC timestamp as a Belgian day and time; "—" when unknown."""
        from desk.store.common import from_iso
        from desk.ui.referrals.labels import day_time

        try:
            return day_time(from_iso(str(stamp)))
        except (TypeError, ValueError):
            return "—"

    def plain_reason(self, raw: str) -> str:
        """Why the server refused it, in plain words (its own words are in the tooltip)."""
        code = raw.partition(":")[0].strip()
        if code in ("http_401", "http_403", "forbidden"):
            return self.tr("Deze computer mag deze gegevens niet verzenden. Bel de helpdesk.")
        if code.startswith("http_5"):
            return self.tr("De server had een storing. Probeer later opnieuw te verzenden.")
        if code == "unknown_office":
            return self.tr("De centrale server kent het kantoor van deze gegevens niet. Vraag "
                           "de helpdesk om het kantoor op de server toe te voegen (of de "
                           "kantoorcode in de instellingen van deze computer te verbeteren) en "
                           "verzend dan opnieuw.")
        if code == "oefenmodus":
            return self.tr("Dit zijn oefengegevens: deze server neemt ze niet aan. Ze blijven "
                           "op deze computer.")
        if "key" in code or "sleutel" in raw or "decrypt" in raw:
            return self.tr("De persoonsgegevens konden niet geopend worden op deze computer. "
                           "Bel de helpdesk.")
        return self.tr("De server vond een fout in deze gegevens. Verbeter ze, of bel de "
                       "helpdesk.")

    def _selected(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _write(self, op: Callable[[], object], title: str) -> None:
        WriteOp(self.ctx, lambda _control: op(), changes=Changes(cases=True, referrals=True),
                title=title, parent=self, on_done=self._after, on_error=self._failed).run()

    def _after(self, _result: object = None) -> None:
        self.changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            self.message.setText(tr_message(message))
        else:
            self.ctx.errors.report(exc)

    def _resend(self) -> None:
        row = self._selected(self.quarantine)
        store = self.ctx.store
        if row is None or store is None:
            return
        seq = int(self._entries[row]["seq"])
        self._write(lambda: outbox.requeue(store, seq), self.tr("Opnieuw verzenden"))

    def _resolve(self, fn: Callable[[Store, str, str], None]) -> None:
        row = self._selected(self.conflict_table)
        store = self.ctx.store
        if row is None or store is None:
            return
        kind, record_id, _data = self._conflicts[row]
        self._write(lambda: fn(store, kind, record_id), self.tr("Conflict oplossen"))

    def _choose_fields(self) -> None:
        row = self._selected(self.conflict_table)
        store = self.ctx.store
        if row is None or store is None:
            return
        kind, record_id, _data = self._conflicts[row]
        # Off the GUI thread: a referral's personal fields are opened with the key
        # from the keyring first. InputError (nothing to choose, ...) shows in the dialog.
        self.ctx.worker.submit(
            resolve.differing_fields, store, kind, record_id,
            on_done=lambda diff: self._ask_fields(kind, record_id, diff),
            on_error=self._failed, title=self.tr("Conflict oplossen"),
        )  # fmt: skip

    def _ask_fields(self, kind: str, record_id: str, diff: dict[str, tuple[Any, Any]]) -> None:
        store = self.ctx.store
        if store is None:
            return
        # A referral's personal fields are shown here, opened, to this worker only:
        # they stay in these widgets (never logged, never stored in the clear).
        dialog = FieldChoiceDialog(diff, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            theirs = dialog.theirs()
        finally:
            dialog.deleteLater()
        self._write(lambda: resolve.merge(store, kind, record_id, theirs),
                    self.tr("Conflict oplossen"))


class FieldChoiceDialog(QDialog):
    """One checkbox per differing field: checked = take the server's value."""

    def __init__(self, diff: dict[str, tuple[Any, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Per veld kiezen"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Vink de velden aan waarvoor u de versie van de server "
                                        "wilt nemen. De andere velden houden uw versie."),
                                self))  # fmt: skip
        self.boxes: dict[str, QCheckBox] = {}
        for name, (mine, theirs) in diff.items():
            box = QCheckBox(
                self.tr("{0}: mijn versie «{1}» — server «{2}»").format(name, mine, theirs), self
            )
            box.setCheckState(Qt.CheckState.Unchecked)
            self.boxes[name] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def theirs(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]
