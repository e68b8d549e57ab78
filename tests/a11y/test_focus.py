"""The keyboard focus is visible on every kind of control, in both themes.

Each control is rendered without and with the focus; the two images must
differ in a clearly visible way (a frame of at least a few dozen pixels), not
in a one-pixel dotted line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desk.ui.theme import apply_theme

MIN_CHANGED_PIXELS = 40


def _tabs(parent: QWidget) -> QTabBar:
    bar = QTabBar(parent)
    bar.addTab("Kerncijfers")
    bar.addTab("Contacten")
    return bar


@pytest.fixture(params=[False, True], ids=["normal", "high-contrast"])
def theme(qapp: Any, request: pytest.FixtureRequest) -> Iterator[bool]:
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, high_contrast=request.param)
    yield request.param
    apply_theme(qapp, high_contrast=False)
    qapp.setStyle(style)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _changed(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    if a.size() != b.size():
        return a.width() * a.height()
    return sum(1 for y in range(a.height()) for x in range(a.width())
               if a.pixel(x, y) != b.pixel(x, y))


@pytest.mark.parametrize("make", [
    lambda p: QLineEdit("tekst", p), lambda p: QPushButton("Bewaren", p),
    lambda p: QComboBox(p), lambda p: QCheckBox("Hoog contrast", p),
    lambda p: QRadioButton("Samen", p), lambda p: QListWidget(p), lambda p: QPlainTextEdit(p),
    lambda p: QDateEdit(p), _tabs,
], ids=["line-edit", "button", "combo", "check-box", "radio", "list", "text", "date", "tabs"])
def test_focus_is_clearly_visible(qtbot: Any, theme: bool, make: Any) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    other = QLineEdit(root)
    control = make(root)
    if isinstance(control, QComboBox):
        control.addItems(["Loket", "Telefoon"])
    if isinstance(control, QListWidget):
        control.addItems(["Gidsen", "Logboek"])
    layout.addWidget(other)
    layout.addWidget(control)
    root.resize(300, 160)
    root.show()
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow, timeout=5000)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    without = control.grab().toImage()
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    with_focus = control.grab().toImage()
    changed = _changed(without, with_focus)
    assert changed >= MIN_CHANGED_PIXELS, (
        f"{type(control).__name__}: only {changed} pixels change when it gets the focus")
