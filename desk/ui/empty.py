"""An empty list that says what to do next, instead of a blank table.

:class:`EmptyHint` lies over the view's visible area while its model has no rows.
The text comes from a function of the page, asked each time the list empties, so it
can tell "nothing yet: this is how you start" from "nothing for these filters: this
is how you see everything". Screen readers get the same text as the view's
description.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    """The hint over an empty *view*; *text* gives it ("" when there is nothing to say)."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self.view = view
        self._text = text
        self.setObjectName("emptyHint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Lege lijst"))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Show or hide the hint after the rows changed (or the page's state did)."""
        empty = self.view.model().rowCount() == 0
        text = self._text() if empty else ""
        self.setText(text)
        self.view.setAccessibleDescription(text)
        self._place()
        self.setVisible(bool(text))

    def _place(self) -> None:
        margin = self.fontMetrics().height()
        self.setGeometry(self.view.viewport().rect().adjusted(margin, margin, -margin, -margin))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
