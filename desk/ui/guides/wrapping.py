"""Buttons and check boxes whose text wraps.

Qt's QPushButton and QCheckBox never wrap their text; with a long answer or
pre-check and a large system font they push the runner wider than the
window. These keep the native control (focus, keyboard, accessibility) and
draw the text with a word-wrapped label placed inside by hand. (No inner
layout: Qt sizes a widget that has a layout from that layout and would
ignore the height-for-width computed here.)
"""

from __future__ import annotations

import html

from PySide6.QtCore import QMargins, QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSizePolicy, QStyle, QWidget


def _inner_label(parent: QWidget, rich: str) -> QLabel:
    label = QLabel(rich, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


class _Wrapped:
    """Shared sizing: the label inside ``margins``; height follows the width."""

    label: QLabel
    margins: QMargins

    def _height_for(self, width: int) -> int:
        inner = max(1, width - self.margins.left() - self.margins.right())
        height = self.label.heightForWidth(inner)
        if height < 0:
            height = self.label.sizeHint().height()
        return height + self.margins.top() + self.margins.bottom()

    def _hint(self) -> QSize:
        text = self.label.sizeHint()
        width = min(text.width(), self.label.fontMetrics().averageCharWidth() * 60)
        width += self.margins.left() + self.margins.right()
        return QSize(width, self._height_for(width))

    def _minimum(self) -> QSize:
        # Narrow is allowed; the height then comes from heightForWidth.
        width = self.label.fontMetrics().averageCharWidth() * 12
        width += self.margins.left() + self.margins.right()
        return QSize(width, self._hint().height())

    def _place(self, size: QSize) -> None:
        self.label.setGeometry(
            self.margins.left(),
            self.margins.top(),
            max(1, size.width() - self.margins.left() - self.margins.right()),
            max(1, size.height() - self.margins.top() - self.margins.bottom()),
        )


class WrapButton(_Wrapped, QPushButton):
    """A push button with wrapping text and an optional Alt+<key> shortcut.

    Args:
        text: Plain text (no mnemonic markers).
        key: Shown underlined before the text and bound to Alt+key, e.g. ``"1"``.
    """

    def __init__(self, text: str, key: str = "", parent: QWidget | None = None) -> None:
        QPushButton.__init__(self, parent)
        self.plain_text = text
        prefix = f"<u>{html.escape(key)}</u>&nbsp;&nbsp;" if key else ""
        char = self.fontMetrics().averageCharWidth()
        self.margins = QMargins(char, char // 2 + 3, char, char // 2 + 3)
        self.label = _inner_label(self, prefix + html.escape(text))
        self.setAccessibleName(text)
        if key:
            self.setShortcut(QKeySequence(f"Alt+{key}"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text_shown(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:
        return self._hint()

    def minimumSizeHint(self) -> QSize:
        return self._minimum()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size())


class WrapCheckBox(_Wrapped, QCheckBox):
    """A check box whose text wraps; a click anywhere on it toggles it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, parent)
        self.plain_text = text
        style = self.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        indent += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        self.margins = QMargins(indent + 2, 2, 2, 2)
        self.label = _inner_label(self, html.escape(text))
        self.setAccessibleName(text)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def sizeHint(self) -> QSize:
        return self._hint()

    def minimumSizeHint(self) -> QSize:
        return self._minimum()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size())
