"""Main flows by keyboard alone, where the area's own tests do not already do it.

Already covered with qtbot key events by the area owners (and not repeated here):
- search and run a guide: tests/ui_guides/test_library_page.py
  (test_keyboard_search_down_enter_opens_and_runs, test_enter_in_search_opens_best_hit);
- quick-log: tests/cases/test_case_ui.py (test_quick_log_takes_six_keystrokes_and_enter);
- make a referral: tests/ui_referrals/test_form.py (test_anonymous_referral_by_keyboard_only).

Here: sync (F5 and the File menu's accelerators), enrolment, settings, and getting
from the main window into each area and its first control with the keyboard only.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu

from desk.sync.engine import SyncReport
from desk.ui.sync import controller as controller_mod
from tests.support.gui import closed

from .walk import Walk


def _press(qtbot: Any, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def _active(qtbot: Any, widget: Any) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)


@pytest.fixture
def fake_sync(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    runs: list[str] = []

    def run(control: Any, store: Any, config: Any) -> tuple[SyncReport, dict[str, Any]]:
        runs.append("sync")
        return SyncReport(accepted=2), {"enrolled": True, "pending": 0, "last_sync": None}

    monkeypatch.setattr(controller_mod, "_run", run)
    return runs


def test_sync_now_with_f5(qtbot: Any, walk: Walk, fake_sync: list[str]) -> None:
    window = walk.window
    _active(qtbot, window)
    window.nav.setFocus()
    with qtbot.waitSignal(walk.sync.finished, timeout=10_000) as done:
        _press(qtbot, Qt.Key.Key_F5)
    assert fake_sync == ["sync"] and done.args[0].ok
    assert window.sync_label.text().startswith("Online")


def test_sync_from_the_file_menu_with_alt_and_accelerators(qtbot: Any, walk: Walk,
                                                           fake_sync: list[str]) -> None:
    window = walk.window
    _active(qtbot, window)
    window.nav.setFocus()
    _press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Bestand
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    menu = QApplication.activePopupWidget()
    with qtbot.waitSignal(walk.sync.finished, timeout=10_000):
        qtbot.keyClick(menu, Qt.Key.Key_N)  # &Nu synchroniseren
    assert fake_sync == ["sync"]


def test_enrolment_by_keyboard(qtbot: Any, walk: Walk) -> None:
    window = walk.window
    _active(qtbot, window)
    window.nav.setFocus()
    _press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_M)  # Aan&melden bij ...
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog),
                    timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == "Aanmelden bij de centrale server"
    _active(qtbot, dialog)
    # The server field has the focus first; Tab goes to the code; both are typed.
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    for char in "http://127.0.0.1:9":
        _press(qtbot, char)
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.code
    for char in "ABCD-EFGH":
        _press(qtbot, char)
    assert dialog.server.text() == "http://127.0.0.1:9" and dialog.code.text() == "ABCD-EFGH"
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)


def test_settings_by_keyboard(qtbot: Any, walk: Walk) -> None:
    window = walk.window
    _active(qtbot, window)
    window.nav.setFocus()
    _press(qtbot, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog),
                    timeout=5000)
    dialog = QApplication.activeModalWidget()
    _active(qtbot, dialog)
    _press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Taal van Desk
    assert QApplication.focusWidget() is dialog.language
    _press(qtbot, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "fr"
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)


@pytest.mark.parametrize("index", [1, 2, 3, 4])
def test_each_area_by_ctrl_number_then_tab_into_it(qtbot: Any, walk: Walk, index: int) -> None:
    window = walk.window
    _active(qtbot, window)
    window.nav.setFocus()
    _press(qtbot, getattr(Qt.Key, f"Key_{index}"), Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == index - 1
    walk.settle()
    _press(qtbot, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not window.nav
    assert window.stack.currentWidget().isAncestorOf(focused), focused
