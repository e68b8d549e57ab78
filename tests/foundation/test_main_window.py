from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk import __version__, paths
from desk.config import Config, load_config
from desk.ui.main_window import MainWindow
from tests.support.gui import make_context


@pytest.fixture
def ctx(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    context = make_context(tmp_path)
    yield context
    context.worker.shutdown()


def test_navigation_reaches_all_four_areas(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.settled, timeout=5000):
        window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Gidsen", "Logboek", "Doorverwijzingen", "Statistieken"]
    window.nav.setFocus()
    for expected in range(1, 4):
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        assert window.stack.currentIndex() == expected
    qtbot.keyClick(window.nav, Qt.Key.Key_Home)
    assert window.stack.currentIndex() == 0
    shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["&4 Statistieken"] == "Ctrl+4"
    next(a for a in window.actions() if a.text() == "&2 Logboek").trigger()
    assert window.stack.currentIndex() == 1


def test_geometry_is_remembered(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.restore_geometry()
    window.resize(777, 555)
    window.show()
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.restore_geometry()
    assert (again.width(), again.height()) == (777, 555)


def test_about_shows_version_and_data_location(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.about import AboutDialog

    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert __version__ in text
    assert str(paths.profile_dir()) in text


def test_first_paint_signal(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The work after the first paint (shortcuts load Qt's key tables, ~30 ms) runs
    after the paint, not inside it, so it delays neither the frame nor the figure."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    at_paint: list[set[str]] = []
    window.first_painted.connect(
        lambda: at_paint.append({a.shortcut().toString() for a in window.actions()}))
    with qtbot.waitSignal(window.settled, timeout=5000):
        window.show()
    assert at_paint == [{""}]
    assert {"Ctrl+1", "Ctrl+4", "Ctrl+,"} <= {a.shortcut().toString() for a in window.actions()}


def test_broken_area_is_reported_not_fatal(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import desk.ui.main_window as mw

    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def boom(area, holder):  # type: ignore[no-untyped-def]
        raise RuntimeError("broken area")

    monkeypatch.setattr(window, "_build_page", boom)
    window.nav.setCurrentRow(3)
    assert any("Er liep iets mis" in s for s in ctx.errors.shown)
    assert mw  # module stays importable


def test_worker_result_arrives_on_gui_thread(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    import threading

    seen: list[bool] = []

    def on_done(value: int) -> None:
        seen.append(threading.current_thread() is threading.main_thread())
        assert value == 42

    job = ctx.worker.submit(lambda: 6 * 7, on_done=on_done)
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    assert seen == [True]


def test_worker_cancel(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    import threading

    started = threading.Event()

    def long_job(control):  # type: ignore[no-untyped-def]
        started.set()
        while True:
            control.check()
            control._cancel.wait(0.01)

    job = ctx.worker.submit(long_job, pass_control=True)
    assert started.wait(5)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()


def test_worker_errors_reach_the_error_display(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from desk.errors import EnvironmentFault

    def fail() -> None:
        raise EnvironmentFault("De schijf is vol.")

    job = ctx.worker.submit(fail)
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    qtbot.waitUntil(lambda: "De schijf is vol." in ctx.errors.shown, timeout=5000)


def test_unexpected_errors_shown_once(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    def boom() -> None:
        raise ValueError("bug")

    for _ in range(3):
        try:
            boom()
        except ValueError as exc:
            ctx.errors._display(exc)
    assert len([s for s in ctx.errors.shown if "Er liep iets mis" in s]) == 1


def test_config_problem_notice(qtbot, ctx, machine_config: Path) -> None:  # type: ignore[no-untyped-def]
    machine_config.write_text("bogus = 1\n", encoding="utf-8")
    ctx.config = load_config()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for problem in ctx.config.problems:
        window.notices.add(problem.message, kind="warning")
    assert any("bogus" in t and ":1" in t for t in window.notices.texts())


def test_empty_areas_are_honest(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import desk.ui.main_window as mw

    original = mw.areas

    def fake_areas():  # type: ignore[no-untyped-def]
        result = original()
        return [mw.Area(a.key, a.label, "desk.ui.not_there_yet", "X", a.empty_title, a.empty_text)
                for a in result]

    monkeypatch.setattr(mw, "areas", fake_areas)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_area("stats")
    assert isinstance(page, mw.EmptyArea)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert any("Nog geen statistieken" in t for t in texts)
    assert isinstance(ctx.config, Config)


def test_training_profile_shows_banner(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from desk.store.store import open_store

    store = open_store()
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.mark_profile(store)
        assert not any("OEFENMODUS" in t for t in window.notices.texts())
        store.set_meta("training", "1")
        window.mark_profile(store)
        assert any("OEFENMODUS" in t for t in window.notices.texts())
        assert "OEFENMODUS" in window.windowTitle()
    finally:
        store.close()


@pytest.mark.xvfb
def test_main_window_renders_and_saves_screenshot(qtbot, ctx, artifacts_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1000, 650)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    qtbot.waitExposed(window)
    image = window.grab().toImage()
    assert image.width() >= 1000 and not image.isNull()
    # the navigation shows every label in full
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        needed = window.nav.fontMetrics().horizontalAdvance(item.text())
        assert window.nav.visualItemRect(item).width() >= needed
    platform = QGuiApplication.platformName()
    window.grab().save(str(artifacts_dir / f"foundation-main-window-{platform}.png"))


def test_worker_refuses_jobs_after_shutdown(ctx) -> None:  # type: ignore[no-untyped-def]
    ran: list[int] = []
    ctx.worker.shutdown()
    ctx.worker.submit(lambda: ran.append(1))
    assert ctx.worker.pool.waitForDone(2000)
    assert ran == [] and not ctx.worker.busy


def test_bootstrap_wires_the_areas_global_actions(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from desk.bootstrap import wire_areas
    from desk.store.store import open_store

    store = open_store()
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.settled, timeout=5000):
            window.show()
        ctx.set_store(store)
        wire_areas(window, ctx)
        shortcuts = {a.shortcut().toString() for a in window.actions()}
        assert {"Ctrl+L", "F5", "Ctrl+,"} <= shortcuts
        texts = [a.text() for a in window.menu_file.actions()]
        assert texts[-1] == "&Afsluiten"
    finally:
        ctx.worker.shutdown()
        store.close()


def test_the_go_menu_reaches_each_area_by_its_number(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Alt+G, then 1–4: every item of the open menu has its own letter (found walking)."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu_go.actions()]
    assert texts == ["&1 Gidsen", "&2 Logboek", "&3 Doorverwijzingen", "&4 Statistieken"]
    window.menu_go.actions()[1].trigger()
    assert window.nav.currentRow() == window.area_keys().index("cases")
