"""Accessibility of the guide screens: names for every control, tab order, the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk.ui.guides.page import GuidesPage
from desk.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name_in_every_state(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner = page.runner
    assert _unnamed(page) == []
    page.open_guide(page.library.get("alfa-aanmelden"))
    states = [lambda: None, runner.start, lambda: runner.answer(0),
              lambda: runner.step_panel.end_button.click(),
              lambda: runner.outcome_panel.confirm.click()]
    for change in states:
        change()
        assert _unnamed(page) == [], runner.stack.currentIndex()
    runner.view_button.click()
    qtbot.addWidget(runner.citizen_view)
    assert _unnamed(runner.citizen_view) == []


def test_tab_order_in_the_library(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    view = page.library_view
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.category.hasFocus()
    qtbot.keyClick(view.category, Qt.Key.Key_Tab)
    assert view.results.hasFocus()


def test_note_field_tab_moves_on(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner = page.runner
    page.open_guide(page.library.get("beta-itsme"))
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    runner.start()
    note = runner.step_panel.note
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert not note.hasFocus()
    assert "\t" not in note.toPlainText()


def test_main_window_builds_the_guides_page(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.page("guides")
    assert isinstance(page, GuidesPage)
    qtbot.waitUntil(lambda: page.library is not None, timeout=10000)
    assert len(page.library.guides) >= 15
