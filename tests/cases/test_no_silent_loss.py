"""Nothing typed in the quick log is lost by a wrong key (#15 "no silent loss")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desk.store.store import Store
from desk.ui.context import ReferralRequest
from tests.support.gui import closed

from .test_case_ui import Keys, open_dialog


def _fill_some(keys: Keys) -> None:
    keys.type("a")  # a topic
    keys.press(Qt.Key.Key_Tab)
    keys.type("2")  # outcome: together
    keys.press(Qt.Key.Key_Tab)
    keys.type("15")


def test_esc_on_a_filled_form_asks_and_going_on_is_the_default(
        qtbot: Any, window: Any, store: Store) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    _fill_some(keys)
    keys.press(Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: box.isVisible())
    assert box.defaultButton().text() == "&Verder invullen"
    # Enter in the question goes back to the form: still there, still filled.
    qtbot.waitUntil(lambda: box.isActiveWindow())
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(box))
    assert dialog.isVisible() and dialog.duration.text() == "15"
    assert store.conn().execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_not_saving_is_a_deliberate_choice(qtbot: Any, window: Any, store: Store) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    _fill_some(keys)
    dialog.reject()
    box = dialog.discard_box
    assert box is not None
    drop = next(b for b in box.buttons() if b.text() == "&Niet bewaren")
    drop.click()
    qtbot.waitUntil(lambda: closed(dialog))
    assert store.conn().execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_saving_from_the_question_keeps_the_contact(qtbot: Any, window: Any,
                                                    store: Store) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    _fill_some(keys)
    dialog.close()  # the window's close button asks too
    box = dialog.discard_box
    assert box is not None and dialog.isVisible()
    save = next(b for b in box.buttons() if b.text() == "&Bewaren")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        save.click()
    assert store.conn().execute("SELECT count(*) FROM cases").fetchone()[0] == 1


def test_an_untouched_form_closes_without_a_question(qtbot: Any, window: Any,
                                                     store: Store) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    assert dialog.discard_box is None


def test_enter_on_annuleren_saves_as_the_label_says(qtbot: Any, window: Any,
                                                    store: Store) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    _fill_some(keys)
    dialog.cancel_button.setFocus()
    qtbot.waitUntil(lambda: dialog.cancel_button.hasFocus())
    assert dialog.save_button.text() == "Bewaren (Enter)"
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        keys.press(Qt.Key.Key_Return)
    assert store.conn().execute("SELECT count(*) FROM cases").fetchone()[0] == 1


def test_save_and_refer_after_not_possible(qtbot: Any, window: Any, store: Store) -> None:
    requests: list[ReferralRequest] = []
    window.ctx.referral_requested.connect(requests.append)
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    assert not dialog.refer_button.isVisibleTo(dialog)
    keys.type("a")
    keys.press(Qt.Key.Key_Tab)
    keys.type("6")  # outcome 6: not possible
    assert dialog.outcome.currentData() == "not_possible"
    assert dialog.refer_button.isVisibleTo(dialog)
    dialog.duration.setText("10")
    dialog.reason.setCurrentIndex(dialog.reason.findData("no_smartphone"))
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert len(requests) == 1
    assert requests[0].case_id == saved.args[0]
    assert requests[0].needs == ("smartphone", "device_lending")
    assert requests[0].barriers == ("no_device",)
    assert (requests[0].staff, requests[0].office) == ("Elke", "kortrijk-stadhuis")


def test_save_and_refer_with_errors_saves_nothing_and_refers_nowhere(
        qtbot: Any, window: Any, store: Store) -> None:
    requests: list[ReferralRequest] = []
    window.ctx.referral_requested.connect(requests.append)
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("not_possible"))
    dialog.save_and_refer()  # no topic, no reason: refused
    assert dialog.summary.isVisibleTo(dialog) and requests == []
    assert store.conn().execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def _saved_guide_contact(qtbot: Any, window: Any, store: Store) -> str:
    """A contact logged at the end of a guide, as the Logboek holds it afterwards."""
    from desk.domain.guides.session import GuideSession

    from .test_case_rules import session_dict

    window.ctx.set_store(store)
    window.ctx.guide_session_finished.emit(GuideSession.from_dict(
        session_dict("not_possible", reason="no_smartphone")))
    dialog = window.case_log.dialog
    assert dialog is not None and dialog.has_work()  # the guide's record is not saved yet
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        dialog.accept()
    qtbot.waitUntil(lambda: window.case_log.dialog is None or not dialog.isVisible())
    return str(saved.args[0])


def test_reopening_a_guide_contact_and_esc_closes_without_a_false_question(
        qtbot: Any, window: Any, store: Store) -> None:
    # Walked at 1366x768: Esc on an opened, unchanged contact that came from a guide asked
    # "Dit contact is nog niet bewaard", which is not true: it is saved and unchanged.
    case_id = _saved_guide_contact(qtbot, window, store)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.case_log.open_quick_log(case_id)
    assert dialog is not None and dialog.guide_session is not None
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    assert dialog.discard_box is None


def test_a_changed_guide_contact_asks_about_the_changes(qtbot: Any, window: Any,
                                                        store: Store) -> None:
    case_id = _saved_guide_contact(qtbot, window, store)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.case_log.open_quick_log(case_id)
    assert dialog is not None
    dialog.duration.setText("25")
    dialog.reject()
    box = dialog.discard_box
    assert box is not None and dialog.isVisible()
    assert box.text() == "Uw wijzigingen aan dit contact zijn nog niet bewaard. Wat wilt u doen?"
    box.done(0)
