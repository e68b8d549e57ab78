"""Desk follows the system font: no fixed pixel sizes, and no screen text smaller than it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from .walk import Walk

UI = Path(__file__).resolve().parents[2] / "desk" / "ui"
#: Printed documents have their own sizes (paper, not a screen): the handout, the
#: letter and the statistics PDF. They still start from the system font.
PRINT_MODULES = {"guides/handout.py", "referrals/letter.py", "stats/export.py"}
PIXEL_FONT = re.compile(r"font(-size)?\s*:[^;\"']*\d+\s*px|setPixelSize\(", re.IGNORECASE)
FIXED_POINTS = re.compile(r"setPointSizeF?\(\s*\d")


def test_no_fixed_font_sizes_in_staff_screens() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PIXEL_FONT.search(line) or (FIXED_POINTS.search(line)
                                           and rel not in PRINT_MODULES):
                found.append(f"desk/ui/{rel}:{number}: {line.strip()}")
    assert not found, "fixed font sizes (use the system font, scaled):\n" + "\n".join(found)


@pytest.fixture
def large_font(qapp: Any) -> Iterator[float]:
    before = qapp.font()
    font = qapp.font()
    font.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield font.pointSizeF()
    qapp.setFont(before)


@pytest.fixture
def walk_large(large_font: float, qtbot: Any, ctx: Any) -> Iterator[Walk]:
    w = Walk(ctx, lambda predicate, timeout: qtbot.waitUntil(predicate, timeout=timeout))
    qtbot.addWidget(w.build((1650, 1000)))
    yield w
    w.close_dialogs()
    w.settle()


def test_every_screen_follows_a_larger_system_font(walk_large: Walk, large_font: float) -> None:
    smaller = []
    for screen in walk_large.screens():
        top = screen.widget
        for widget in top.findChildren(QWidget):
            if not isinstance(widget, (QLabel, QAbstractButton)) or widget.window() is not top:
                continue
            if not widget.isVisibleTo(top) or not (getattr(widget, "text", lambda: "")()):
                continue
            size = widget.font().pointSizeF()
            if 0 < size < large_font - 0.01:
                smaller.append(f"{screen.name}: {type(widget).__name__} "
                               f"{widget.text()[:40]!r} is {size:g} pt, system {large_font:g} pt")
    assert QApplication.font().pointSizeF() == large_font
    assert not smaller, "text smaller than the system font:\n" + "\n".join(smaller)
