"""The status dialog offers only what this desk's role may do (#16 role rules, #15).

desk-central refuses, per change, a status step the pushing device's role may not take
(``desk.domain.lifecycle.role_may_change``). The desk reads its enrolled role and never
offers such a step, so the screen does not say what the server will refuse.
"""

from __future__ import annotations

from typing import Any

import pytest

from desk.domain.lifecycle import STATUSES, allowed_next, role_may_change
from desk.store import meta
from desk.store.store import Store
from tests.referrals_store.helpers import personal


def _page_as(qtbot: Any, ctx: Any, store: Store, role: str | None) -> Any:
    """The referral page of a desk enrolled with *role* (None: not enrolled)."""
    from desk.ui.referrals.page import ReferralsPage

    if role is not None:
        store.set_meta(meta.CENTRAL_ROLE, role)
    page = ReferralsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10000)
    return page


def _sent(page: Any) -> Any:
    referral = page.repo.submit(personal(), by="Elke")
    page.refresh()
    page.select(referral.id)
    return referral


@pytest.mark.parametrize("role", ["counter", "social", "admin", "reviewer", "", "unknown"])
def test_the_dialog_never_offers_a_step_the_server_refuses(role: str) -> None:
    from desk.ui.referrals.status_dialog import steps_for

    for current in STATUSES:
        offered = steps_for(current, role or None)
        assert offered <= allowed_next(current)
        if role:
            assert all(role_may_change(role, current, s, own=True) for s in offered)
        else:  # not enrolled: the lifecycle alone
            assert offered == allowed_next(current)


def test_a_counter_desk_may_only_cancel(
        qtbot: Any, ctx: Any, store: Store, memory_keyring: Any) -> None:
    page = _page_as(qtbot, ctx, store, "counter")
    referral = _sent(page)
    dialog = page.change_status_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.status.currentData() == "cancelled"  # the one step it may take, first
    assert dialog.role_hint.isVisibleTo(dialog)
    received = dialog.status.findData("received")
    assert "maatschappelijk werker" in dialog.status.itemText(received)
    dialog.status.setCurrentIndex(received)
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
    assert "alleen annuleren" in dialog.problem.text()
    assert page.repo.get(referral.id).referral.status == "sent"
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    with qtbot.waitSignal(page.refreshed):
        dialog.accept()
    assert page.repo.get(referral.id).referral.status == "cancelled"


def test_a_social_worker_takes_every_step(
        qtbot: Any, ctx: Any, store: Store, memory_keyring: Any) -> None:
    page = _page_as(qtbot, ctx, store, "social")
    _sent(page)
    dialog = page.change_status_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    offered = {dialog.status.itemData(i) for i in range(dialog.status.count())
               if "(" not in dialog.status.itemText(i)}
    assert offered == set(allowed_next("sent"))
    assert not dialog.role_hint.isVisibleTo(dialog)


def test_a_reviewer_desk_changes_no_status(
        qtbot: Any, ctx: Any, store: Store, memory_keyring: Any) -> None:
    page = _page_as(qtbot, ctx, store, None)
    _sent(page)
    assert page.status_button.isEnabled()  # not enrolled: the lifecycle alone
    store.set_meta(meta.CENTRAL_ROLE, "reviewer")  # enrolled meanwhile: the next refresh knows
    page.refresh()
    page.select(page.selected_id())
    assert not page.status_button.isEnabled()
    assert "cijfers te lezen" in page.status_button.accessibleDescription()
