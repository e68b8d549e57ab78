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
