"""The guide library page: loading, search as you type, category filter, keyboard flow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.ui.guides.page import GuidesPage, cache_file

from .conftest import BROKEN


def test_shows_loading_then_the_guides(qtbot, ctx, guide_dir: Path) -> None:  # type: ignore[no-untyped-def]
    page = GuidesPage(ctx, None, dirs=[guide_dir])
    qtbot.addWidget(page)
    view = page.library_view
    # The constructor returns before the library is there: an honest loading state.
    assert page.library is None
    assert view.empty.text() == "Gidsen laden…"
    with qtbot.waitSignal(page.library_loaded, timeout=10000):
        pass
    assert view.shown_ids() == ["alfa-aanmelden", "beta-itsme"]
    assert not view.notice.isVisibleTo(page)
    # The cache lives in the test's own profile.
    assert cache_file().is_file()


def test_empty_folder_says_there_are_no_guides(make_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "leeg"
    empty.mkdir()
    page = make_page([empty])
    assert page.library_view.empty.text() == "Er zijn nog geen gidsen."
    assert page.library_view.results.isHidden()


def test_search_as_you_type_ignores_case_and_accents(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    view = page.library_view
    qtbot.keyClicks(view.search, "ITS")
    assert view.shown_ids()[0] == "beta-itsme"
    view.search.clear()
    # QTest can only type ASCII keys; the accented letter is inserted as an input method would.
    qtbot.keyClicks(view.search, "WACHTWO")
    view.search.insert("ó")
    qtbot.keyClicks(view.search, "rd vergeten")
    assert view.shown_ids() == ["alfa-aanmelden"]
    view.search.clear()
    qtbot.keyClicks(view.search, "zzzonbekend")
    assert view.results.isHidden()
    assert "Geen gids gevonden voor" in view.empty.text()
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    assert view.shown_ids() == ["alfa-aanmelden", "beta-itsme"]


def test_category_filter(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    view = page.library_view
    view.category.setCurrentIndex(view.category.findData("veilig-online"))
    assert view.shown_ids() == ["beta-itsme"]
    qtbot.keyClicks(view.search, "alfa")
    assert view.results.isHidden()  # alfa is in another category
    view.category.setCurrentIndex(0)
    assert view.shown_ids() == ["alfa-aanmelden"]


def _activate(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def _keyboard_flow(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    view = page.library_view
    _activate(qtbot, page)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "itsme")
    assert view.shown_ids()[0] == "beta-itsme"
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    assert view.results.currentRow() == 0
    qtbot.keyClick(view.results, Qt.Key.Key_Down)
    assert view.results.currentItem().data(Qt.ItemDataRole.UserRole) == "alfa-aanmelden"
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    runner = page.runner
    assert page.stack.currentWidget() is runner
    assert runner.current_guide.id == "alfa-aanmelden"
    # Alt+S starts the guide; Alt+1 picks the first answer. A mnemonic "clicks"
    # the button with a short animation, so wait for the result.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: runner.running)
    assert runner.run.current_step.id == "begin"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: runner.run.current_step.id == "pin-typen")
    assert runner.step_panel.next_button.hasFocus()
    qtbot.keyClick(runner.step_panel.next_button, Qt.Key.Key_Space)
    assert runner.run.current_step.id == "klaar"
    # Escape-free way back: Alt+Left goes one step back.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert runner.run.current_step.id == "pin-typen"


def test_keyboard_search_down_enter_opens_and_runs(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    _keyboard_flow(qtbot, page)


@pytest.mark.xvfb
def test_keyboard_flow_under_a_real_x_server(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    _keyboard_flow(qtbot, page)


def test_up_from_first_result_returns_to_search(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    view = page.library_view
    _activate(qtbot, page)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    qtbot.keyClick(view.results, Qt.Key.Key_Up)
    assert view.search.hasFocus()


def test_enter_in_search_opens_best_hit(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    view = page.library_view
    qtbot.keyClicks(view.search, "beta")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert page.runner.current_guide.id == "beta-itsme"
    page.runner.library_button.click()
    assert page.stack.currentWidget() is view


def test_skipped_file_notice_with_details(qtbot, make_page, guide_dir: Path) -> None:  # type: ignore[no-untyped-def]
    (guide_dir / "kapot.md").write_text(BROKEN, encoding="utf-8")
    page = make_page([guide_dir])
    notice = page.library_view.notice
    assert notice.isVisible()
    assert "1 gidsbestand(en) overgeslagen" in notice.label.text()
    # Everything else still works.
    assert page.library_view.shown_ids() == ["alfa-aanmelden", "beta-itsme"]
    assert not notice.details.isVisible()
    qtbot.mouseClick(notice.toggle, Qt.MouseButton.LeftButton)
    assert notice.details.isVisible()
    details = notice.details.toPlainText()
    assert f"{guide_dir / 'kapot.md'}:" in details
    assert "nergens" in details
    line = details.splitlines()[0].split(":")[1]
    assert line.isdigit() and int(line) > 1
    notice.close_button.click()
    assert not notice.isVisible()


def test_load_failure_is_reported_not_hidden(qtbot, ctx, monkeypatch, guide_dir) -> None:  # type: ignore[no-untyped-def]
    def boom(*_args: object) -> None:
        raise OSError("schijf weg")

    monkeypatch.setattr("desk.ui.guides.page.load_library", boom)
    page = GuidesPage(ctx, None, dirs=[guide_dir])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(ctx.errors.shown))
    assert "konden niet geladen" in page.library_view.empty.text()


def test_guides_pulled_by_sync_appear_without_a_restart(  # type: ignore[no-untyped-def]
    qtbot, ctx, make_page, guide_dir: Path, tmp_path: Path
) -> None:
    from desk.sync.engine import SyncReport

    synced = tmp_path / "synced"
    synced.mkdir()
    page = make_page([guide_dir, synced])
    before = set(page.library.guides)
    text = (guide_dir / "beta-itsme.md").read_text(encoding="utf-8")
    (synced / "gamma-itsme.md").write_text(
        text.replace('id = "beta-itsme"', 'id = "gamma-itsme"'), encoding="utf-8"
    )
    with qtbot.assertNotEmitted(page.library_loaded, wait=300):
        ctx.synced.emit(SyncReport(pulled=3))  # no guides among them: nothing to reload
    with qtbot.waitSignal(page.library_loaded, timeout=10000):
        ctx.synced.emit(SyncReport(pulled=1, guides=1))
    assert set(page.library.guides) == before | {"gamma-itsme"}
