"""The table model of the referral list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desk import clock
from desk.domain.directory import Directory
from desk.store.referrals import DEFAULT_FOLLOW_UP_DAYS, ReferralRow
from desk.ui.referrals import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralListModel", text)


Index = QModelIndex | QPersistentModelIndex


def never_cut() -> list[str]:
    """Per column, content the list must always show whole (for desk.ui.columns)."""
    day = labels.day(date(2026, 12, 28))
    return [labels.statuses()["ready_to_send"], "", "", day,
            _tr("{0} (nu opvolgen)").format(day), "", ""]


class ReferralListModel(QAbstractTableModel):
    """Rows of :class:`ReferralRow`; the id is in ``Qt.UserRole`` of every cell."""

    COLUMNS = ("status", "service", "municipality", "created", "follow_up", "citizen", "sync")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReferralRow] = []
        self._directory: Directory | None = None
        self._today = clock.today()
        self.follow_up_days = DEFAULT_FOLLOW_UP_DAYS
        self._headers = (
            _tr("Status"), _tr("Partnerdienst"), _tr("Gemeente"), _tr("Aangemaakt"),
            _tr("Opvolgen vanaf"), _tr("Burger"), _tr("Verzending"),
        )

    def set_rows(self, rows: list[ReferralRow], directory: Directory | None,
                 today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._directory = directory
        self._today = today or clock.today()
        self.endResetModel()

    def row_at(self, row: int) -> ReferralRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, referral_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == referral_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def service_name(self, service_id: str | None) -> str:
        if not service_id:
            return _tr("(nog geen dienst)")
        service = self._directory.service(service_id) if self._directory else None
        return service.name if service else service_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.COLUMNS[index.column()]
        if column == "status":
            return labels.statuses().get(row.shown_status, row.shown_status)
        if column == "service":
            return self.service_name(row.service_id)
        if column == "municipality":
            return labels.municipalities().get(row.municipality, row.municipality)
        if column == "created":
            return labels.day(row.created_at)
        if column == "follow_up":
            due = row.follow_up_on(self.follow_up_days)
            if due is None:
                return "—"
            # Words, not colour, say it is due.
            return _tr("{0} (nu opvolgen)").format(labels.day(due)) if due <= self._today \
                else labels.day(due)
        if column == "citizen":
            if row.anonymous:
                return _tr("anoniem")
            return row.name or _tr("(naam vergrendeld)")
        if column == "sync":
            return labels.sync_states().get(row.sync_state, row.sync_state)
        return None
