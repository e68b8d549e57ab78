"""A guide that ends "not possible" offers a pre-filled referral, one key away (#15)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.domain import vocab


def _requests(ctx):  # type: ignore[no-untyped-def]
    got: list[object] = []
    ctx.referral_requested.connect(got.append)
    return got


def test_not_possible_ending_offers_a_referral_on_enter(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    requests = _requests(ctx)
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.start()
    runner.step_panel.answer_buttons[2].click()  # ends "niet mogelijk", reason no_eid
    panel = runner.ended_panel
    assert panel.refer.isVisibleTo(panel) and panel.refer_hint.isVisibleTo(panel)
    assert panel.first_focus() is panel.refer
    assert panel.refer.accessibleName()
    qtbot.keyClick(panel.refer, Qt.Key.Key_Return)
    assert len(requests) == 1
    request = requests[0]
    needs, barriers = vocab.REASON_REFERRAL["no_eid"]
    assert (request.needs, request.barriers) == (needs, barriers)  # type: ignore[attr-defined]


def test_a_guide_that_worked_offers_no_referral(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    requests = _requests(ctx)
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.start()
    runner._end_with("done", None)
    panel = runner.ended_panel
    assert not panel.refer.isVisibleTo(panel)
    assert panel.first_focus() is panel.back
    assert requests == []


def test_staff_choose_not_possible_and_the_reason_decides(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    requests = _requests(ctx)
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.start()
    runner._end_with("not_possible", "no_smartphone")
    runner.ended_panel.refer.click()
    assert requests[0].needs == ("smartphone", "device_lending")  # type: ignore[attr-defined]
    assert requests[0].barriers == ("no_device",)  # type: ignore[attr-defined]


def test_the_not_possible_end_has_one_action_per_alt_letter(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    # Walked at the counter: Alt+D was both "Doorverwijzen…" and the handout's
    # "Afdrukken…", so neither happened by keyboard.
    from tests.a11y.mnemonics import clashes

    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.start()
    runner.step_panel.answer_buttons[2].click()
    assert runner.ended_panel.refer.isVisibleTo(page)
    page.show()
    qtbot.waitExposed(page)
    assert clashes(page.window()) == []
