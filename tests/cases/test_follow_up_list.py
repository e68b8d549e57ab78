"""Follow-ups you can act on: whom to call, the first due first, overdue in words,
"mine", and an undo for "Opvolging afgehandeld" (#15)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desk.store.cases import CaseQuery, CaseRepository
from desk.store.store import Store
from desk.ui.cases.model import COLUMNS
from tests.support.clock import day_text

from .conftest import make_case

FOLLOW_UP = [key for key, _header, _sort in COLUMNS].index("follow_up")


def _page(qtbot: Any, window: Any, store: Store) -> Any:
    window.ctx.set_store(store)
    page = window.show_area("cases")
    qtbot.waitUntil(lambda: page.repo is not None)
    return page


def _seed(store: Store) -> dict[str, str]:
    repo = CaseRepository(store)
    ids = {
        "later": repo.save(make_case(outcome="follow_up", follow_up_on=day_text(9),
                                     citizen_ref="Oefenburger 1111")),
        "soon": repo.save(make_case(outcome="follow_up", follow_up_on=day_text(2),
                                    citizen_ref="Oefenburger 2222", staff="Bo")),
        "none": repo.save(make_case()),
        "sooner": repo.save(make_case(outcome="follow_up", follow_up_on=day_text(1))),
    }
    return ids


def _follow_texts(page: Any) -> list[str]:
    model = page.model
    column = FOLLOW_UP
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_due_list_sorted_by_due_date_with_reference_and_overdue_in_words(
        qtbot: Any, window: Any, store: Store, frozen_clock: Any) -> None:
    ids = _seed(store)
    frozen_clock.advance(days=2)  # "sooner" is a day late, "soon" is due today
    page = _page(qtbot, window, store)
    page.follow_up_due.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [page.model.case_id(r) for r in range(2)] == [ids["sooner"], ids["soon"]]
    texts = _follow_texts(page)
    assert "(te laat)" in texts[0] and "(vandaag)" in texts[1]
    assert "contact: Oefenburger 2222" in texts[1]
    # Off again: the log by date, newest first; no follow-up sorts after every due date.
    page.follow_up_due.setChecked(False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert page.model.query.sort == "occurred_at"
    page.model.sort(FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    assert [page.model.case_id(r) for r in range(4)][-1] == ids["none"]


def test_keyset_paging_by_due_date_loses_no_contact(store: Store) -> None:
    _seed(store)
    repo = CaseRepository(store)
    query = CaseQuery(sort="follow_up_on", descending=False)
    seen: list[str] = []
    page = repo.page(query, limit=1)
    while True:
        seen += [str(r[1]) for r in page.rows]
        if not page.more:
            break
        page = repo.page(query, after=page.after, limit=1)
    assert len(seen) == len(set(seen)) == 4


def test_mine_shows_only_my_contacts(qtbot: Any, window: Any, store: Store) -> None:
    ids = _seed(store)
    page = _page(qtbot, window, store)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.mine.setChecked(True)  # the employee is "Elke"; "soon" is Bo's
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert ids["soon"] not in [page.model.case_id(r) for r in range(3)]


def test_follow_up_done_can_be_undone(qtbot: Any, window: Any, store: Store) -> None:
    ids = _seed(store)
    page = _page(qtbot, window, store)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    row = [page.model.case_id(r) for r in range(4)].index(ids["soon"])
    page.table.selectRow(row)
    with qtbot.waitSignal(window.ctx.changed):
        page.done_button.click()
    assert CaseRepository(store).get(ids["soon"])["follow_up_done"] == 1
    assert page.undo_box.isVisibleTo(page) and "Ctrl+Z" in page.undo_label.text()
    with qtbot.waitSignal(window.ctx.changed):
        qtbot.keyClick(page.undo_button, Qt.Key.Key_Space)
    assert CaseRepository(store).get(ids["soon"])["follow_up_done"] == 0
    assert not page.undo_box.isVisibleTo(page)
