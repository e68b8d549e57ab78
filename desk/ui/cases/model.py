"""The case list model: lazy pages from the store, sorted and filtered in SQL.

Rows arrive in pages of :data:`PAGE_SIZE` through ``canFetchMore`` /
``fetchMore`` (keyset paging in :class:`desk.store.cases.CaseRepository`), so
a view over 100,000 cases only ever holds what was scrolled to.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desk import clock
from desk.domain.cases import format_day, local_parts, topic_label
from desk.domain.vocab import CHANNEL_LABELS, OUTCOME_LABELS, REASON_LABELS
from desk.store.cases import LIST_COLUMNS, SORTABLE, CaseQuery, CaseRepository
from desk.store.common import from_iso
from desk.ui.terms import guide_name, term
from desk.ui.topics import topic_text

PAGE_SIZE = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


def label(kind: str, code: str | None) -> str:
    """The label of a vocabulary code in the UI language (a shared term)."""
    if not code:
        return ""
    table = {"channel": CHANNEL_LABELS, "outcome": OUTCOME_LABELS, "reason": REASON_LABELS}[kind]
    return term(table.get(code, code))


#: (column key, header, sort key or None)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("when", "Datum", "occurred_at"),
    ("office", "Kantoor", "office"),
    ("staff", "Medewerker", "staff"),
    ("channel", "Kanaal", "channel"),
    ("topics", "Onderwerpen", None),
    ("outcome", "Uitkomst", "outcome"),
    ("duration", "Duur", "duration_min"),
    ("follow_up", "Opvolging", "follow_up_on"),
    ("sync", "Verzending", None),
)


def shown_topic(topic: str) -> str:
    """A topic as staff read it: a guide by its title (never ``guide:<id>`` or its id)."""
    return guide_name(topic[6:]) if topic.startswith("guide:") else topic_text(topic)


def never_cut() -> list[str]:
    """Per column, content the table must always show whole (for desk.ui.columns):
    dates, durations and the words that say a follow-up is due."""
    day = format_day(date(2026, 12, 28))
    return [f"{day} 20:08", "", "", "", topic_label("Belastingen"), label("outcome", "follow_up"),
            _tr("{0} min").format(888), _tr("{0} (te laat)").format(day), ""]


SYNC_LABELS = {
    "pending": "te verzenden", "synced": "verzonden", "quarantined": "geweigerd",
    "conflict": "conflict", "local": "alleen lokaal",
}


class CaseTableModel(QAbstractTableModel):
    """Cases as a lazily fetched table.

    Signals:
        query_changed(object): a new :class:`CaseQuery` is in force (the rows were reset).
    """

    query_changed = Signal(object)

    def __init__(self, repo: CaseRepository | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._query = CaseQuery()
        self._rows: list[tuple[str, ...]] = []
        self._ids: list[str] = []
        self._after: tuple[Any, ...] | None = None
        self._more = False
        self._changing = False
        self._headers = [_tr(h) for _, h, _ in COLUMNS]

    # -- query -------------------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_repository(self, repo: CaseRepository) -> None:
        self._repo = repo
        self.set_query(self._query)

    def set_query(self, query: CaseQuery) -> None:
        """Show the cases matching *query*, from the first page."""
        self._changing = True
        try:
            self.beginResetModel()
            self._query = query
            self._rows, self._ids = [], []
            self._after = None
            self._more = self._repo is not None
            if self._more:
                self._fetch()
            # Views react to modelReset by asking for more; the first page is already here.
            self.endResetModel()
        finally:
            self._changing = False
        self.query_changed.emit(query)

    def refresh(self) -> None:
        self.set_query(self._query)

    def case_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    # -- lazy fetching -----------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or self._repo is None or self._changing:
            return
        page = self._repo.page(self._query, after=self._after, limit=PAGE_SIZE)
        if not page.rows:
            self._more = False
            return
        first = len(self._rows)
        # Listeners may ask for more while the insert is announced; not re-entrant.
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._add(page.rows)
            self._after, self._more = page.after, page.more
            self.endInsertRows()
        finally:
            self._changing = False

    def _fetch(self) -> None:
        assert self._repo is not None
        page = self._repo.page(self._query, after=self._after, limit=PAGE_SIZE)
        self._add(page.rows)
        self._after, self._more = page.after, page.more

    def _add(self, rows: list[tuple[Any, ...]]) -> None:
        col = {name: i for i, name in enumerate(LIST_COLUMNS)}
        today = clock.today().isoformat()
        for raw in rows:
            day, hour = local_parts(from_iso(raw[col["occurred_at"]]))
            topics = ", ".join(shown_topic(t) for t in json.loads(raw[col["topics"]]))
            outcome = label("outcome", raw[col["outcome"]])
            if raw[col["not_possible_reason"]]:
                outcome += f" ({label('reason', raw[col['not_possible_reason']])})"
            follow = raw[col["follow_up_on"]] or ""
            if follow:
                shown = format_day(date.fromisoformat(follow))
                # Words, not colour, say what is due; the reference says whom to call.
                if raw[col["follow_up_done"]]:
                    follow = _tr("{0} (afgehandeld)").format(shown)
                elif follow < today:
                    follow = _tr("{0} (te laat)").format(shown)
                elif follow == today:
                    follow = _tr("{0} (vandaag)").format(shown)
                else:
                    follow = shown
                ref = raw[col["citizen_ref"]]
                if ref and not raw[col["follow_up_done"]]:
                    follow = _tr("{0} · contact: {1}").format(follow, ref)
            self._rows.append((
                f"{day} {hour}",
                raw[col["office"]],
                raw[col["staff"]],
                label("channel", raw[col["channel"]]),
                topics,
                outcome,
                _tr("{0} min").format(raw[col["duration_min"]]),
                follow,
                _tr(SYNC_LABELS.get(raw[col["sync_state"]], raw[col["sync_state"]])),
            ))
            self._ids.append(raw[col["id"]])

    # -- table -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][0] == "duration":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                if COLUMNS[section][2] is None:
                    return _tr("Op deze kolom kan niet gesorteerd worden")
                return _tr("Klik om te sorteren")
        return None

    def sort_column(self) -> int:
        for i, (_, _, key) in enumerate(COLUMNS):
            if key == self._query.sort:
                return i
        return 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][2]
        if key is None or key not in SORTABLE:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))
