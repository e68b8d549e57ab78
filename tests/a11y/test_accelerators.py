"""Alt+letter does one thing per window, in every UI language.

Two controls (or a control and a menu) with the same accelerator make Alt+letter
ambiguous: Qt then only moves the focus, and a keyboard user has to guess. The
Dutch source strings and the French and English translations are all checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desk.ui import i18n

from .mnemonics import clashes, menu_clashes
from .walk import Walk


@pytest.fixture(params=["nl", "fr", "en"])
def language(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.remove_translations(qapp)
    i18n.install_translations(qapp, request.param)
    yield request.param
    i18n.remove_translations(qapp)


@pytest.fixture
def walk_in(language: str, qtbot: Any, ctx: Any) -> Iterator[Walk]:
    w = Walk(ctx, lambda predicate, timeout: qtbot.waitUntil(predicate, timeout=timeout))
    qtbot.addWidget(w.build())
    yield w
    w.close_dialogs()
    w.settle()


def test_accelerators_are_unique_per_window(walk_in: Walk, language: str) -> None:
    assert menu_clashes(walk_in.window) == []
    found: dict[tuple[str, str], str] = {}
    for screen in walk_in.screens():
        for clash in clashes(screen.widget):
            key = clash.split(":", 1)[0].removeprefix("Alt+")
            found[(screen.name, key)] = clash
    assert not found, f"accelerator clashes in {language}:\n" + "\n".join(
        f"  {screen}: {text}" for (screen, _), text in sorted(found.items()))
