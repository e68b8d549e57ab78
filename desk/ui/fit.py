"""Every window opens inside the part of its screen that the taskbar leaves free.

A common counter laptop has 1366×768 pixels and a taskbar of about 40: a window
that is taller than what is left hides its own buttons (Versturen, Opslaan) and
the status bar until someone thinks of maximising it. So Desk never trusts a
size written in code or remembered from another screen:

- :func:`install` adds one application-wide event filter that fits every
  top-level window and dialog when it is shown (Desk's own and Qt's, such as
  message boxes and file dialogs): the window, *with its frame*, is made small
  enough for ``QScreen.availableGeometry()`` and moved inside it;
- :func:`preferred_size` is what a window asks for instead of a fixed
  ``resize(860, 820)``: the size it would like, capped by the screen.

A window can only shrink as far as its minimum size; long forms therefore put
their fields in a scroll area and keep their buttons outside it
(:func:`scrolling_body`). ``tests/a11y`` opens every window at 1280×720 and
1366×768 and checks the result.
"""

from __future__ import annotations

# Not ``Qt``: this module runs before the first paint, which must not pay for loading
# that namespace (see desk.ui.main_window).
from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: What a window manager adds around a window (title bar, borders) until the real
#: frame is known. Generous on purpose: a window a few pixels smaller costs nothing,
#: a title bar under the taskbar costs the buttons.
ASSUMED_FRAME = QMargins(8, 34, 8, 8)
MIN_TITLE_BAR = 12
MAX_FRAME = 80


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen *widget* is (or will be) on: its own, its parent's, or the primary one."""
    for candidate in (widget, widget.parentWidget()):
        if candidate is not None:
            screen = candidate.screen()
            if screen is not None:
                return screen
    return QGuiApplication.primaryScreen()


def available(widget: QWidget) -> QRect:
    """The free part of *widget*'s screen, without the taskbar."""
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def frame_margins(widget: QWidget) -> QMargins:
    """The window frame around *widget*: the real one once known, else :data:`ASSUMED_FRAME`."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    real = QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                    frame.right() - inner.right(), frame.bottom() - inner.bottom())
    # A title bar is never this thin: no frame yet, or a platform without a window
    # manager (offscreen draws a 2-pixel border). While the window manager maps a
    # window, Qt may report a frame of 1x1 pixels: not a frame either.
    sides = (real.left(), real.right(), real.bottom())
    if MIN_TITLE_BAR <= real.top() <= MAX_FRAME and all(0 <= m <= MAX_FRAME for m in sides):
        return real
    return ASSUMED_FRAME


def room(widget: QWidget) -> QSize:
    """The largest size *widget*'s contents can have with its frame inside the free area."""
    free = available(widget)
    margins = frame_margins(widget)
    return QSize(free.width() - margins.left() - margins.right(),
                 free.height() - margins.top() - margins.bottom())


def preferred_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width``×``height``, or less where the screen has less room."""
    return QSize(width, height).boundedTo(room(widget))


def fit(widget: QWidget, *, move: bool = True) -> None:
    """Shrink and (with *move*) move the window *widget* into its screen's free area.

    Windows that are maximised or full screen are the window manager's business; a
    window that already fits stays where and as large as it is.
    """
    if widget.isMaximized() or widget.isFullScreen():
        return
    free = available(widget)
    margins = frame_margins(widget)
    space = room(widget)
    size = widget.size()
    smaller = size.boundedTo(space).expandedTo(widget.minimumSize())
    if smaller != size:
        widget.resize(smaller)
    if not move:
        return
    inner = widget.geometry()
    left = inner.x() - margins.left()
    top = inner.y() - margins.top()
    outer_w = inner.width() + margins.left() + margins.right()
    outer_h = inner.height() + margins.top() + margins.bottom()
    # Right and bottom edges first, then left and top: if it cannot fit, the title bar
    # (the handle to move it) and the top-left stay reachable.
    left = max(free.left(), min(left, free.right() + 1 - outer_w))
    top = max(free.top(), min(top, free.bottom() + 1 - outer_h))
    if (left, top) != (inner.x() - margins.left(), inner.y() - margins.top()):
        widget.move(left + margins.left() - (widget.geometry().x() - widget.x()),
                    top + margins.top() - (widget.geometry().y() - widget.y()))


def inside(widget: QWidget) -> bool:
    """True when *widget*'s window, frame included, lies inside its screen's free area."""
    margins = frame_margins(widget)
    outer = widget.geometry().marginsAdded(margins)
    return available(widget).contains(outer)


def _is_window(widget: QWidget) -> bool:
    """A window or dialog (not a menu, tooltip or drop-down list, which Qt places itself)."""
    if not widget.isWindow():
        return False
    if isinstance(widget, QDialog | QMainWindow):
        return True
    from PySide6.QtCore import Qt

    return widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)


def centre_on_parent(dialog: QWidget) -> None:
    """Put *dialog* (frame included) in the middle of its parent window.

    Qt does this when a dialog is shown, but a window manager may place the window
    itself afterwards (openbox put a dialog shown during start-up in the top-left
    corner, away from the window it belongs to).
    """
    parent = dialog.parentWidget()
    owner = parent.window() if parent is not None else None
    if owner is None or not owner.isVisible() or owner.isMinimized():
        return
    margins = frame_margins(dialog)
    outer = dialog.geometry().marginsAdded(margins)
    centre = owner.frameGeometry().center()
    left, top = centre.x() - outer.width() // 2, centre.y() - outer.height() // 2
    if abs(left - outer.x()) > 2 or abs(top - outer.y()) > 2:
        dialog.move(dialog.pos().x() + left - outer.x(), dialog.pos().y() + top - outer.y())


def _settle(widget: QWidget, centre: bool) -> None:
    if centre:
        centre_on_parent(widget)
    fit(widget)


class _Fitter(QObject):
    """Fits every top-level window when it is shown, and again once its frame is known."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and _is_window(watched):
            # Only the size now: a dialog centres itself over its window after this
            # (QDialog.showEvent), and moving it first would stop that.
            fit(watched, move=False)
            # The window manager frames (and may place) a window after it is mapped:
            # check again then; a dialog goes back over its window.
            dialog = isinstance(watched, QDialog) and watched.parentWidget() is not None
            QTimer.singleShot(0, watched, lambda w=watched: _settle(w, dialog))
            QTimer.singleShot(250, watched, lambda w=watched: _settle(w, dialog))
        return False


def install(app: QApplication | None = None) -> None:
    """Fit every window of *app* (the running application) from now on. Idempotent."""
    target = app or QApplication.instance()
    if target is None or target.property("deskFitInstalled"):
        return
    fitter = _Fitter(target)
    target.installEventFilter(fitter)
    target.setProperty("deskFitInstalled", True)


def scrolling_body(dialog: QWidget, layout: QVBoxLayout) -> QVBoxLayout:
    """A scroll area in *layout* for a form's fields; returns the layout to put them in.

    Whatever is added to *layout* after it (the buttons) stays visible however small
    the screen: only the fields scroll.
    """
    from PySide6.QtCore import Qt

    area = QScrollArea(dialog)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Tab goes from field to field; the area scrolls to the field that has the focus.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget(area)
    body.setObjectName("scrollingBody")
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    area.setWidget(body)
    layout.addWidget(area, 1)
    return column


def wide_enough(window: QWidget, chars: int = 60) -> None:
    """Give *window* a minimum width for its title in the title bar and *chars* of text.

    Window managers cut a title that is wider than the window ("Aanmeld… ale server");
    the title bar also holds an icon and three buttons. Never wider than the screen.
    """
    metrics = window.fontMetrics()
    title = metrics.horizontalAdvance(window.windowTitle()) * 6 // 5 + 12 * metrics.height()
    wanted = max(title, chars * metrics.averageCharWidth())
    window.setMinimumWidth(min(wanted, room(window).width()))
