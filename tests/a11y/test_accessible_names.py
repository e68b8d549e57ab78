"""Every interactive control in every window and dialog has a name a screen reader can say."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from .walk import Walk

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit,
               QPlainTextEdit, QAbstractItemView, QSlider, QTabBar)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own sub-widgets: the line edit in a spin box or editable combo, header views..."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def buddied(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel)
            if label.buddy() is not None and label.text().strip()}


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (widget.accessibleName() or name or "").strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible, enabled interactive widgets with neither an accessible name nor a buddy."""
    with_buddy = buddied(root)
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another_control(widget):
            continue
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if accessible_name(widget) or id(widget) in with_buddy:
            continue
        parent = widget.parentWidget()
        where = type(parent).__name__ if parent is not None else "-"
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}"
                       f" (tooltip {widget.toolTip()!r})")
    return missing


def test_every_window_and_dialog_names_its_controls(walk: Walk) -> None:
    problems: dict[str, list[str]] = {}
    names = []
    for screen in walk.screens():
        names.append(screen.name)
        missing = unnamed_controls(screen.widget)
        if missing:
            problems[screen.name] = missing
    assert not problems, "controls without an accessible name or label buddy:\n" + "\n".join(
        f"  {screen}: {m}" for screen, ms in problems.items() for m in ms)
    assert not walk.unreached, (
        "dialogs the audit cannot open (add a recipe in tests/a11y/walk.py): "
        f"{walk.unreached}")
    # The walk really went everywhere (a silently shorter walk would audit nothing).
    for expected in ("main window: guides", "main window: cases", "main window: referrals",
                     "main window: stats", "guide runner: step", "citizen view", "settings",
                     "about", "quick log", "referral form", "enrollment"):
        assert expected in names, (expected, names)


def test_the_audit_catches_an_unnamed_control(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    named = QLineEdit(root)
    named.setAccessibleName("Zoeken")
    label = QLabel("&Naam", root)
    with_buddy = QLineEdit(root)
    label.setBuddy(with_buddy)
    bare = QLineEdit(root)
    bare.setObjectName("bare")
    icon_only = QPushButton(root)
    icon_only.setObjectName("icon-only")
    for w in (named, label, with_buddy, bare, icon_only):
        layout.addWidget(w)
    root.show()
    missing = unnamed_controls(root)
    assert len(missing) == 2 and "'bare'" in missing[0] + missing[1]
    assert any("'icon-only'" in m for m in missing)
