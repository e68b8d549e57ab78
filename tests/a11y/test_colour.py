"""Colour is never the only carrier of meaning, and coloured text stays readable.

- Notices say what they are in words ("Let op:", "OEFENMODUS"), in every UI language.
- Form errors are sentences next to the field, not only a red colour.
- Chart series differ by pattern as well as colour, and are named in a legend or label.
- The sync state is a word in the status bar (Online/Offline), not a coloured dot.
- In the normal and the high-contrast theme, every visible label has at least 4.5:1 contrast.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from desk.ui import i18n
from desk.ui.notices import NoticeArea
from desk.ui.sync.controller import status_text
from desk.ui.theme import apply_theme

from .walk import Walk


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(("language", "warning"), [("nl", "Let op:"), ("fr", "Attention")])
def test_notices_say_what_they_are(qtbot: Any, qapp: Any, language: str, warning: str) -> None:
    i18n.remove_translations(qapp)
    i18n.install_translations(qapp, language)
    try:
        area = NoticeArea()
        qtbot.addWidget(area)
        notice = area.add("De partnergids is niet geladen.", kind="warning")
        assert warning in notice.label.text()
        assert warning in notice.accessibleName()
    finally:
        i18n.remove_translations(qapp)


def test_sync_state_is_a_word() -> None:
    data = {"enrolled": True, "pending": 2, "last_sync": None}
    assert status_text(data, True).startswith("Online")
    assert status_text(data, False).startswith("Offline")
    assert "niet aangemeld" in status_text({"enrolled": False, "pending": 0}, None)


def test_chart_series_differ_by_pattern_not_only_colour(qapp: Any) -> None:
    from desk.ui.stats.charts import pattern_brush

    brushes = [pattern_brush(i) for i in range(6)]
    textures = [b.textureImage() for b in brushes[1:]]
    assert all(not t.isNull() for t in textures), "series 2+ need a pattern over the colour"
    assert len({t.cacheKey() for t in textures}) == len(textures)
    assert len({bytes(t.constBits()) for t in textures}) == len(textures)


@pytest.fixture(params=[True, False], ids=["high-contrast", "normal"])
def high_contrast(qapp: Any, request: pytest.FixtureRequest) -> Iterator[None]:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, high_contrast=request.param)
    yield
    apply_theme(qapp, high_contrast=False)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _readable(top: Any, name: str) -> list[str]:
    out = []
    for label in top.findChildren(QLabel):
        if label.window() is not top or not label.isVisibleTo(top) or not label.text().strip():
            continue
        if not label.isEnabled():  # inactive controls are exempt (WCAG 1.4.3)
            continue
        fg = label.palette().color(label.foregroundRole())
        bg = label.palette().color(label.backgroundRole())
        ratio = contrast(fg, bg)
        if ratio < 4.5:
            out.append(f"{name}: {label.text()[:50]!r} {fg.name()} on {bg.name()} = {ratio:.1f}:1")
    return out


def test_form_errors_are_words_and_all_text_is_readable(qtbot: Any, high_contrast: None,
                                                        walk: Walk) -> None:
    problems = []
    window = walk.window
    dialog = window.case_log.open_quick_log()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.accept()  # empty form: every required field says what is wrong
    shown = [e for e in dialog.errors.values() if e.isVisibleTo(dialog)]
    assert shown and all(e.text().strip() for e in shown)
    problems += _readable(dialog, "quick log with errors")
    dialog.reject()
    for screen in walk.screens():
        problems += _readable(screen.widget, screen.name)
    assert not problems, "text below 4.5:1 contrast:\n" + "\n".join(
        problems)


def _pixels(image: Any, rect: Any) -> list[QColor]:
    return [image.pixelColor(x, y) for x in range(max(rect.left(), 0), min(rect.right() + 1,
            image.width())) for y in range(max(rect.top(), 0), min(rect.bottom() + 1,
                                                                   image.height()))]


@pytest.mark.parametrize("kind", ["check box", "radio button"])
@pytest.mark.parametrize("checked", [False, True], ids=["off", "on"])
def test_high_contrast_indicators_stand_out(qtbot: Any, qapp: Any, kind: str,
                                            checked: bool) -> None:
    """A check box or radio button is visible on black: its indicator has a frame
    of at least 3:1 (WCAG 1.4.11), checked or not (it was black on black)."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, high_contrast=True)
    try:
        button = (QCheckBox if kind == "check box" else QRadioButton)("Toestemming")
        qtbot.addWidget(button)
        button.setChecked(checked)
        button.resize(button.sizeHint())
        button.show()
        qtbot.waitExposed(button)
        image = button.grab().toImage()
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (QStyle.SubElement.SE_CheckBoxIndicator if kind == "check box"
                   else QStyle.SubElement.SE_RadioButtonIndicator)
        box = button.style().subElementRect(element, option, button)
        background = QColor("#000000")
        pixels = _pixels(image, box)
        strong = [c for c in pixels if contrast(c, background) >= 3]
        # The frame alone is about a quarter of the box; black on black would be none.
        assert len(strong) >= len(pixels) // 5, (
            f"{kind} indicator barely visible: {len(strong)} of {len(pixels)} pixels >= 3:1")
    finally:
        apply_theme(qapp, high_contrast=False)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setStyle(style)


@pytest.mark.parametrize("theme", [True, False], ids=["high-contrast", "normal"])
def test_placeholder_text_is_readable(qtbot: Any, qapp: Any, theme: bool) -> None:
    """The grey hint in an empty field ("bv. An of AVD") has at least 4.5:1 contrast."""
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QLineEdit

    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, high_contrast=theme)
    try:
        edit = QLineEdit()
        qtbot.addWidget(edit)
        font = QFont(edit.font())
        font.setPointSizeF(font.pointSizeF() * 2)  # whole pixels in the stems, not only edges
        edit.setFont(font)
        edit.setPlaceholderText("bv. An of AVD")
        edit.resize(400, edit.sizeHint().height())
        edit.show()
        qtbot.waitExposed(edit)
        image = edit.grab().toImage()
        base = edit.palette().color(QPalette.ColorRole.Base)
        inner = edit.contentsRect().adjusted(4, 4, -4, -4)
        best = max(contrast(c, base) for c in _pixels(image, inner))
        assert best >= 4.5, f"placeholder {best:.1f}:1 on {base.name()}"
    finally:
        apply_theme(qapp, high_contrast=False)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setStyle(style)
