"""Find text that does not fit: labels, buttons, check boxes, combo boxes, tabs, group titles.

A control is reported when the text it shows needs more room than the control
has: a single-line label whose text is wider than its contents rect, a
word-wrapped label shorter than the height its text needs at its width, a
button or check box narrower than its text, a combo box whose current item is
cut, an elided tab. Plain Python + Qt, no pytest: the layout probe runs it in a
subprocess at another scale factor.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

#: Rounding and anti-aliasing slack, in logical pixels.
SLACK = 2


def _shown(widget: QWidget, top: QWidget) -> bool:
    if not widget.isVisibleTo(top) or widget.window() is not top:
        return False
    # Fully scrolled out of view or collapsed to nothing: not something a person reads now.
    return widget.width() > 0 and widget.height() > 0


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _describe(widget: QWidget, text: str) -> str:
    short = text if len(text) <= 60 else text[:57] + "…"
    name = f" {widget.objectName()}" if widget.objectName() else ""
    return f"{type(widget).__name__}{name} {short!r}"


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())


def _label_width_needed(label: QLabel) -> int:
    if _rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(label.text())
        return int(doc.idealWidth() + 0.999)
    text = label.text() if label.buddy() is None else _mnemonic_free(label.text())
    metrics = QFontMetrics(label.font())
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def label_problem(label: QLabel) -> str | None:
    if not label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    rect.adjust(label.margin(), label.margin(), -label.margin(), -label.margin())
    indent = max(label.indent(), 0) if label.indent() > 0 else 0
    if label.wordWrap():
        needed_h = label.heightForWidth(label.width())
        if needed_h > label.height() + SLACK:
            return (f"wrapped text needs {needed_h}px height, has {label.height()}px: "
                    f"{_describe(label, label.text())}")
        return None
    needed = _label_width_needed(label) + indent
    if needed > rect.width() + SLACK:
        return (f"text needs {needed}px, has {rect.width()}px: "
                f"{_describe(label, label.text())}")
    lines = label.text().count("\n") + 1 if not _rich(label) else 1
    needed_h = QFontMetrics(label.font()).height() * lines
    if needed_h > rect.height() + SLACK:
        return (f"text needs {needed_h}px height, has {rect.height()}px: "
                f"{_describe(label, label.text())}")
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = _mnemonic_free(button.text())
    if not text.strip() or button.findChild(QLabel) is not None:
        return None  # no text, or the text is in a (wrapping) child label, checked as a label
    if type(button) not in (QPushButton, QCheckBox, QRadioButton, QToolButton):
        return None  # custom buttons draw their own text
    style = button.style()
    metrics = QFontMetrics(button.font())
    text_w = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    icon_w = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, QPushButton):
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        needed = text_w + icon_w + 2 * margin - 2
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        needed = text_w + icon_w + 4
    else:
        indicator = QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox) \
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing if isinstance(button, QCheckBox) \
            else QStyle.PixelMetric.PM_RadioButtonLabelSpacing
        needed = (style.pixelMetric(indicator, None, button)
                  + style.pixelMetric(spacing, None, button) + text_w + icon_w)
    if needed > button.width() + SLACK:
        return f"text needs {needed}px, has {button.width()}px: {_describe(button, text)}"
    return None


def combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text.strip():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon_w = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() \
        else 0
    needed = QFontMetrics(combo.font()).horizontalAdvance(text) + icon_w
    if needed > field.width() + SLACK:
        return f"current item needs {needed}px, has {field.width()}px: {_describe(combo, text)}"
    return None


def tab_problems(bar: QTabBar) -> list[str]:
    out = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        want = bar.tabSizeHint(index).width()
        have = bar.tabRect(index).width()
        if have + SLACK < want and bar.elideMode() != Qt.TextElideMode.ElideNone:
            out.append(f"tab elided ({have}px of {want}px): {bar.tabText(index)!r}")
    return out


def placeholder_problem(edit: QLineEdit) -> str | None:
    hint = edit.placeholderText()
    if edit.text() or not hint.strip() or edit.isReadOnly():
        return None
    margins = edit.textMargins()
    have = edit.contentsRect().width() - margins.left() - margins.right() - 8  # frame + padding
    needed = QFontMetrics(edit.font()).horizontalAdvance(hint)
    if needed > have + SLACK:
        return f"placeholder needs {needed}px, has {have}px: {_describe(edit, hint)}"
    return None


def header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    out = []
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        needed = (metrics.horizontalAdvance(text) if horizontal else metrics.height()) \
            + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None,
                                                 header) + margin
        have = header.sectionSize(section)
        if needed > have + SLACK:
            out.append(f"column header needs {needed}px, has {have}px: {text!r}")
        position = header.sectionViewportPosition(section)
        if horizontal and position < header.width() and position + min(needed, have) > \
                header.width() + SLACK and header.parentWidget() is not None:
            out.append(f"column header cut off at the right edge: {text!r}")
    return out


def group_problem(group: QGroupBox) -> str | None:
    title = _mnemonic_free(group.title())
    if not title.strip():
        return None
    needed = QFontMetrics(group.font()).horizontalAdvance(title) + 12
    if group.isCheckable():
        needed += group.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, group)
    if needed > group.width() + SLACK:
        return f"title needs {needed}px, has {group.width()}px: {_describe(group, title)}"
    return None


def clipped_text(top: QWidget) -> list[str]:
    """Every piece of text in *top* (a window) that needs more room than it has."""
    problems: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget, top):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = combo_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = group_problem(widget)
        elif isinstance(widget, QTabBar):
            problems += tab_problems(widget)
        elif isinstance(widget, QHeaderView):
            problems += header_problems(widget)
        elif isinstance(widget, QLineEdit):
            problem = placeholder_problem(widget)
        if problem:
            problems.append(problem)
    return problems


# -- fit: the window inside the screen, its buttons inside the window -----------------------

def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def cut_off(widget: QWidget, top: QWidget) -> bool:
    """True when part of *widget* lies outside one of its parents up to the window *top*
    (so that part is not drawn: a button half under the window's edge)."""
    rect = _rect_in(widget, top)
    if rect.isEmpty():
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if not _rect_in(parent, top).contains(rect):
            return True
        if parent is top:
            break
        parent = parent.parentWidget()
    return False


def _scrolls(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def fit_problems(top: QWidget) -> list[str]:
    """What does not fit a small screen: the window (with its frame) outside the part
    of the screen the taskbar leaves free; an action button (one that is not in a
    scrolling area) or the status bar cut off by the window's or a parent's edge."""
    from desk.ui import fit

    problems: list[str] = []
    if not fit.inside(top):
        outer = top.geometry().marginsAdded(fit.frame_margins(top))
        free = fit.available(top)
        problems.append(
            f"window with frame at {outer.x()},{outer.y()} {outer.width()}x{outer.height()} "
            f"is not inside the free screen area {free.x()},{free.y()} "
            f"{free.width()}x{free.height()}")
    smallest = top.minimumSizeHint().expandedTo(top.minimumSize())
    space = fit.room(top)
    if smallest.width() > space.width() or smallest.height() > space.height():
        problems.append(f"needs at least {smallest.width()}x{smallest.height()}, "
                        f"the screen leaves {space.width()}x{space.height()}")
    for button in top.findChildren(QPushButton):
        if not button.isVisibleTo(top) or button.window() is not top or _scrolls(button, top):
            continue
        if cut_off(button, top):
            problems.append(f"button cut off or out of sight: "
                            f"{_describe(button, _mnemonic_free(button.text()))}")
    if isinstance(top, QMainWindow):
        bar = top.statusBar()
        if not bar.isVisibleTo(top) or cut_off(bar, top):
            problems.append("status bar not visible")
    return problems
