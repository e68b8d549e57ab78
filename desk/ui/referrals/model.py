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
            _tr("{0} (te laat)").format(day), "", ""]


class ReferralListModel(QAbstractTableModel):
    """Rows of :class:`ReferralRow`; the id is in ``Qt.UserRole`` of every cell."""

    COLUMNS = ("status", "service", "municipality", "created", "follow_up", "citizen", "sync")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReferralRow] = []
        self._directory: Directory | None = None
        self._today = clock.today()
        self.follow_up_days = DEFAULT_FOLLOW_UP_DAYS
        #: The column and order the employee chose (None: as the store gave them).
        self._sort: tuple[int, Qt.SortOrder] | None = None
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
        if self._sort is not None:
            self._rows.sort(key=self._key(self._sort[0]),
                            reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def rows(self) -> list[ReferralRow]:
        return list(self._rows)

    def _key(self, column: int) -> Any:
        """How *column* sorts: due and creation dates as dates, the rest by their text."""
        name = self.COLUMNS[column]
        if name == "follow_up":  # by due date; none (drafts, closed) after every date

            def due(row: ReferralRow) -> tuple[bool, date]:
                day = row.follow_up_on(self.follow_up_days)
                return (day is None, day or date.max)

            return due
        if name == "created":
            return lambda row: row.created_at
        return lambda row: str(self._cell(row, column) or "").casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._rows[i.row()].id, i.column()) for i in before]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(where[i], c) for i, c in kept])
        self.layoutChanged.emit()

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
        return self._cell(row, index.column())

    def _cell(self, row: ReferralRow, column_index: int) -> Any:
        column = self.COLUMNS[column_index]
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
            if due < self._today:
                return _tr("{0} (te laat)").format(labels.day(due))
            if due == self._today:
                return _tr("{0} (vandaag)").format(labels.day(due))
            return labels.day(due)
        if column == "citizen":
            if row.anonymous:
                return _tr("anoniem")
            return row.name or _tr("(naam vergrendeld)")
        if column == "sync":
            return labels.sync_states().get(row.sync_state, row.sync_state)
        return None
