"""Tab reaches every control, in reading order, and never gets stuck.

For every window and dialog of the walk (tests/a11y/walk.py) the test presses
Tab from the first control until the focus comes back to it, then checks:

- every visible, enabled control that accepts Tab focus was reached;
- Tab never stays on one control (a text box that eats Tab, a table that
  moves between cells) unless Ctrl+Tab is documented for it;
- the fields of each form (QFormLayout) are reached in the order of its rows,
  i.e. the order a sighted user reads them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QWidget,
)

from .walk import Walk

MAX_STOPS_IN_ONE_CONTROL = 12

#: Screens whose Tab order deliberately differs from the reading order, and why.
DELIBERATE_ORDER = {
    "quick log": "most-used fields first, so a contact takes six keystrokes "
                 "(QuickLogDialog._build sets the order; tests/cases checks the count)",
    "quick log, errors shown": "the same dialog as 'quick log'",
}


def _tab_focusable(widget: QWidget, top: QWidget) -> bool:
    if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        return False
    if widget.focusProxy() is not None or not widget.isVisibleTo(top) or not widget.isEnabled():
        return False
    if widget.window() is not top:  # a dialog of its own; it has its own cycle
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return False
        parent = parent.parentWidget()
    return True


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__}({widget.objectName() or name!r})"


def tab_cycle(qtbot: Any, top: QWidget) -> tuple[list[QWidget], str]:
    """The controls Tab visits from the first one; and a problem, if Tab got stuck."""
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow, timeout=5000)
    candidates = [w for w in top.findChildren(QWidget) if _tab_focusable(w, top)]
    if not candidates:
        return [], ""
    start = QApplication.focusWidget()
    if start is None or not (start is top or top.isAncestorOf(start)):
        candidates[0].setFocus(Qt.FocusReason.TabFocusReason)
        start = QApplication.focusWidget()
    seen: list[QWidget] = []
    for _ in range(4 * len(candidates) + 4):
        current = QApplication.focusWidget()
        if current is None:
            return seen, "the focus left the window"
        if current in seen:
            if current is not seen[0]:
                return seen, f"Tab loops back to {_describe(current)}"
            return seen, ""
        seen.append(current)
        # Some controls have several Tab stops of their own: the links in a label or
        # text browser, the day/month/year of a date field. Tab must leave them in the end.
        for _stop in range(MAX_STOPS_IN_ONE_CONTROL):
            qtbot.keyClick(current, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not current:
                break
        else:
            if len(candidates) > 1:
                return seen, f"Tab stays in {_describe(current)}"
            return seen, ""
    return seen, "Tab never came back to the first control"


def form_order_problems(top: QWidget, order: list[QWidget]) -> list[str]:
    position = {id(w): i for i, w in enumerate(order)}
    problems = []
    for form in top.findChildren(QFormLayout):
        fields = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            reached = [w for w in [widget, *widget.findChildren(QWidget)] if id(w) in position]
            if reached:
                fields.append(min(reached, key=lambda w: position[id(w)]))
        indexes = [position[id(w)] for w in fields]
        if indexes != sorted(indexes):
            problems.append("form fields out of reading order: "
                            + " → ".join(_describe(w) for w in sorted(
                                fields, key=lambda w: position[id(w)])))
    return problems


def test_tab_reaches_every_control_in_reading_order(qtbot: Any, walk: Walk) -> None:
    problems = []
    for screen in walk.screens():
        top = screen.widget
        order, stuck = tab_cycle(qtbot, top)
        if stuck:
            problems.append(f"{screen.name}: {stuck}")
        reached = {id(w) for w in order}
        missing = [w for w in top.findChildren(QWidget)
                   if _tab_focusable(w, top) and id(w) not in reached]
        if missing and not stuck:
            problems.append(f"{screen.name}: Tab never reaches "
                            + ", ".join(_describe(w) for w in missing))
        if screen.name not in DELIBERATE_ORDER:
            problems += [f"{screen.name}: {p}" for p in form_order_problems(top, order)]
    assert not problems, "\n".join(problems)
