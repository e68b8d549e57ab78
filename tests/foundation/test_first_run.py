"""The first start on a new profile: a short step that asks name, office and language
(from IT's defaults, not what IT locked), offers enrolment, and never blocks Desk;
and names typed where a worker expects it are remembered.

The whole first-start flow also runs under Xvfb with openbox (``-m xvfb``), as a
new employee would meet it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desk import paths
from desk.config import load_config
from desk.ui import first_run
from desk.ui.main_window import MainWindow
from tests.support.gui import closed, make_context


@pytest.fixture
def machine(machine_config: Path) -> Path:
    """IT's configuration for a counter at Harelbeke: two offices, the server named."""
    machine_config.write_text(
        'org = "harelbeke"\noffice = "stadhuis"\noffices = ["stadhuis", "bib"]\n'
        'server_url = "https://desk.voorbeeld.be"\n', encoding="utf-8")
    return machine_config


@pytest.fixture
def ctx(qapp: Any, tmp_path: Path, machine: Path) -> Iterator[Any]:
    context = make_context(tmp_path, load_config())
    yield context
    context.worker.shutdown()


def _settings_file() -> dict[str, Any]:
    import tomllib

    path = paths.user_settings_path()
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_a_new_profile_is_asked_once(qtbot: Any, ctx: Any) -> None:
    assert first_run.wanted(ctx)
    dialog = first_run.FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    # IT's values are the starting point: its office, its list of offices, Dutch.
    assert dialog.office.currentText() == "stadhuis"
    assert [dialog.office.itemText(i) for i in range(dialog.office.count())] == [
        "stadhuis", "bib"]
    assert dialog.language.currentData() == "nl"
    # The name is where typing starts (the dialog's own focus, whatever another window holds).
    assert dialog.focusWidget() is dialog.staff_name
    dialog.later_button.click()
    assert not first_run.wanted(ctx)
    assert _settings_file() == {}  # "Later" writes nothing


def test_saving_writes_the_users_settings(qtbot: Any, ctx: Any) -> None:
    dialog = first_run.FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    # Without a name "Bewaren" says what is missing and keeps the window.
    dialog.save_button.click()
    assert dialog.isVisible() and "korte naam" in dialog.message.text()
    qtbot.keyClicks(dialog.staff_name, "An")
    dialog.office.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.language_note.isVisibleTo(dialog)  # a new language needs a restart
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.save_button.click()
    assert not dialog.isVisible()
    assert _settings_file() == {"staff_name": "An", "office": "bib", "language": "fr"}
    assert (ctx.config.staff_name, ctx.config.office) == ("An", "bib")
    assert load_config().staff_name == "An"
    assert not first_run.wanted(ctx)


def test_what_it_locked_is_not_asked(qtbot: Any, tmp_path: Path, machine: Path) -> None:
    machine.write_text(machine.read_text(encoding="utf-8")
                       + 'language = "fr"\nlocked = ["office", "language"]\n', encoding="utf-8")
    ctx = make_context(tmp_path, load_config())
    try:
        dialog = first_run.FirstRunDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.office.isVisible() and not dialog.language.isVisible()
        assert dialog.staff_name.isVisible()
        texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
        assert "stadhuis" in texts and "Français" in texts  # shown, as IT set them
        qtbot.keyClicks(dialog.staff_name, "AVD")
        dialog.save_button.click()
        assert _settings_file() == {"staff_name": "AVD"}
    finally:
        ctx.worker.shutdown()


def test_nothing_to_ask_no_step(ctx: Any) -> None:
    import dataclasses

    ctx.config = dataclasses.replace(ctx.config, staff_name="An")
    assert not first_run.wanted(ctx)


def test_enrolment_is_offered_after_saving(qtbot: Any, ctx: Any) -> None:
    opened: list[bool] = []
    dialog = first_run.FirstRunDialog(ctx, enroll=lambda: opened.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.enroll_button is not None
    qtbot.keyClicks(dialog.staff_name, "An")
    dialog.enroll_button.click()
    qtbot.waitUntil(lambda: opened == [True], timeout=2000)
    assert ctx.config.staff_name == "An" and not dialog.isVisible()


def _start_desk(qtbot: Any, ctx: Any) -> tuple[MainWindow, Any]:
    """The main window with the areas wired as the bootstrap wires them."""
    from desk.bootstrap import wire_areas
    from desk.store.store import open_store

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.restore_geometry()
    with qtbot.waitSignal(window.settled, timeout=5000):
        window.show()
    store = open_store()
    ctx.set_store(store)
    wire_areas(window, ctx)
    return window, store


def _first_start(qtbot: Any, ctx: Any) -> None:
    window, store = _start_desk(qtbot, ctx)
    try:
        qtbot.waitUntil(lambda: any(isinstance(w, first_run.FirstRunDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=10_000)
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, first_run.FirstRunDialog) and w.isVisible())
        # Not in the way: the main window still works while it is open.
        assert not dialog.isModal() and QApplication.activeModalWidget() is None
        window.show_area("cases")
        assert window.stack.currentIndex() == 1
        # One offer of enrolment, in the step: the sync controller does not open its own.
        assert dialog.enroll_button is not None
        assert not any(isinstance(w, QDialog) and w.isVisible() and w is not dialog
                       for w in QApplication.topLevelWidgets())
        # By keyboard: the name has the focus, Enter saves.
        dialog.activateWindow()
        qtbot.waitUntil(dialog.staff_name.hasFocus, timeout=5000)
        qtbot.keyClicks(dialog.staff_name, "An")
        qtbot.keyClick(dialog.staff_name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
        assert ctx.config.staff_name == "An" and _settings_file()["staff_name"] == "An"
    finally:
        ctx.worker.shutdown()
        store.close()


def test_first_start_of_desk(qtbot: Any, ctx: Any) -> None:
    _first_start(qtbot, ctx)


@pytest.mark.xvfb
def test_first_start_of_desk_under_a_window_manager(qtbot: Any, ctx: Any) -> None:
    _first_start(qtbot, ctx)


def _remember_name(qtbot: Any, ctx: Any) -> None:
    import dataclasses

    ctx.config = dataclasses.replace(ctx.config, office="")
    window, store = _start_desk(qtbot, ctx)
    try:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, first_run.FirstRunDialog):
                widget.reject()  # "Later"
        dialog = window.case_log.open_quick_log()
        assert dialog is not None
        assert dialog.remember_note.isVisibleTo(dialog)
        assert "korte naam en het kantoor" in dialog.remember_note.text()
        dialog.topic.setCurrentIndex(1)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("together"))
        dialog.duration.setText("10")
        dialog.staff.setText("Jef")
        dialog.office.setCurrentText("bib")
        dialog.accept()  # saved off the GUI thread; the dialog closes when it is stored
        qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
        assert (ctx.config.staff_name, ctx.config.office) == ("Jef", "bib")
        assert _settings_file() == {"staff_name": "Jef", "office": "bib"}
        assert "Jef" in window.statusBar().currentMessage()
        # Next time it is the setting; nothing more to say.
        again = window.case_log.open_quick_log()
        assert again.staff.text() == "Jef" and not again.remember_note.isVisibleTo(again)
        again.reject()
    finally:
        ctx.worker.shutdown()
        store.close()


def test_quick_log_remembers_the_name_typed(qtbot: Any, ctx: Any) -> None:
    _remember_name(qtbot, ctx)


def test_a_referral_asks_for_the_name_it_needs(qtbot: Any, ctx: Any) -> None:
    window, store = _start_desk(qtbot, ctx)
    try:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, first_run.FirstRunDialog):
                widget.reject()
        page = window.show_area("referrals")
        qtbot.waitUntil(lambda: getattr(page, "is_loaded", False), timeout=15_000)
        asked = page.new_referral()
        assert isinstance(asked, first_run.FirstRunDialog) and asked.isVisible()
        assert "doorverwijzing" in asked.findChildren(type(asked.message))[0].text().lower()
        assert not asked.language.isVisibleTo(asked)  # only what the save needs
        qtbot.keyClicks(asked.staff_name, "Mia")
        asked.save_button.click()
        qtbot.waitUntil(lambda: any(type(w).__name__ == "ReferralForm" and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=5000)
        form = next(w for w in QApplication.topLevelWidgets()
                    if type(w).__name__ == "ReferralForm" and w.isVisible())
        assert form.base.staff == "Mia"
        form.reject()
        # With a name, the form opens at once.
        again = page.new_referral()
        assert type(again).__name__ == "ReferralForm"
        again.reject()
    finally:
        ctx.worker.shutdown()
        store.close()
