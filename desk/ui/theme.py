"""Look and feel: the system font, visible focus, and a high-contrast theme.

Desk never sets a fixed font size for staff screens: it uses the system font,
so the employee's own font-size setting applies everywhere. The focus frame is
made clearly visible, because many staff work with the keyboard only.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desk import paths

#: A clearly visible focus indicator, independent of colour alone (thick frame).
FOCUS_CSS = """
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QSpinBox:focus, QDateEdit:focus, QDateTimeEdit:focus, QListView:focus,
QListWidget:focus, QTableView:focus, QTreeView:focus {
    border: 2px solid palette(highlight);
}
QPushButton:focus, QToolButton:focus {
    outline: 2px solid palette(highlight);
}
QPushButton:focus { border: 2px solid palette(highlight); }
QCheckBox, QRadioButton { border: 2px solid transparent; padding: 1px; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid palette(highlight); }
QTabBar::tab:selected:focus { border: 2px solid palette(highlight); }
"""

HIGH_CONTRAST_CSS = """
QWidget { background: #000000; color: #ffffff; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QListView,
QListWidget, QTableView, QTreeView {
    background: #000000; color: #ffffff; border: 1px solid #ffffff;
}
QPushButton { background: #000000; color: #ffffff; border: 2px solid #ffffff; padding: 4px 10px; }
QPushButton:disabled, QWidget:disabled { color: #a0a0a0; border-color: #a0a0a0; }
*:focus { border: 3px solid #ffd700; }
QHeaderView::section { background: #000000; color: #ffffff; border: 1px solid #ffffff; }
QLineEdit, QPlainTextEdit, QTextEdit { placeholder-text-color: #c8c8c8; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 0.9em; height: 0.9em; border: 2px solid #ffffff; background: #000000;
}
QRadioButton::indicator { border-radius: 0.55em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked {
    background: #ffd700; image: url("CHECK_IMAGE");
}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #a0a0a0; }
"""


#: Colour of error text: dark red on the normal light background, light red on black.
ERROR_COLOUR = "#a4000f"
ERROR_COLOUR_HIGH_CONTRAST = "#ff9c9c"
_state = {"high_contrast": False}


def error_css(*, bold: bool = False) -> str:
    """Style sheet for a label that shows an error message (the text says what is wrong;
    the colour only helps). Readable (>= 4.5:1) in the normal and the high-contrast theme.
    """
    colour = ERROR_COLOUR_HIGH_CONTRAST if _state["high_contrast"] else ERROR_COLOUR
    return f"color: {colour};" + (" font-weight: bold;" if bold else "")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_placeholder(palette: QPalette) -> QColor:
    """A hint colour lighter than the text but still readable (>= 4.5:1 on the field).

    Qt's default is the text at half strength: 4:1 on white, too faint for a hint
    that tells a new employee what to type.
    """
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    for share in (0.45, 0.35, 0.25, 0.15):  # how much of the background shows through
        mixed = QColor.fromRgbF(
            text.redF() * (1 - share) + base.redF() * share,
            text.greenF() * (1 - share) + base.greenF() * share,
            text.blueF() * (1 - share) + base.blueF() * share)
        if contrast_ratio(mixed, base) >= 4.6:
            return mixed
    return text


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd700")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Button,
                 QPalette.ColorRole.ToolTipBase):
        palette.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                 QPalette.ColorRole.BrightText, QPalette.ColorRole.PlaceholderText):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, QColor("#80d8ff"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#a0a0a0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor("#a0a0a0"))
    return palette


def apply_theme(app: QApplication, *, high_contrast: bool) -> None:
    """Apply the normal or the high-contrast theme to the whole application."""
    _state["high_contrast"] = high_contrast
    if high_contrast:
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
        check = (paths.resources_dir() / "icons" / "check-hc.svg").as_posix()
        app.setStyleSheet(HIGH_CONTRAST_CSS.replace("CHECK_IMAGE", check))
    else:
        palette = app.palette()
        palette.setColor(QPalette.ColorRole.PlaceholderText, readable_placeholder(palette))
        app.setPalette(palette)
        app.setStyleSheet(FOCUS_CSS)
