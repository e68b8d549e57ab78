"""Keyboard accelerators (``&X``) of a window: what Alt+letter reaches, and clashes."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _reachable(widget: QWidget, top: QWidget) -> bool:
    return widget.window() is top and widget.isVisibleTo(top) and widget.isEnabled()


def window_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> what it triggers, for the controls and menus of one window."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in top.findChildren(QWidget):
        if not _reachable(widget, top):
            continue
        text = ""
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                key = mnemonic(widget.tabText(i))
                if key:
                    found[key].append(f"tab {widget.tabText(i)!r}")
            continue
        key = mnemonic(text)
        if key:
            found[key].append(f"{type(widget).__name__} {text!r}")
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            key = mnemonic(action.text())
            if key and action.isVisible():
                found[key].append(f"menu {action.text()!r}")
    return found


def clashes(top: QWidget) -> list[str]:
    return [f"Alt+{key.upper()}: " + ", ".join(items)
            for key, items in sorted(window_mnemonics(top).items()) if len(items) > 1]


def menu_clashes(window: QMainWindow) -> list[str]:
    problems = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if not isinstance(menu, QMenu):
            continue
        seen: dict[str, list[str]] = defaultdict(list)
        for item in menu.actions():
            key = mnemonic(item.text())
            if key and item.isVisible():
                seen[key].append(item.text())
        problems += [f"menu {action.text()!r}: {key.upper()}: {items}"
                     for key, items in sorted(seen.items()) if len(items) > 1]
    return problems
