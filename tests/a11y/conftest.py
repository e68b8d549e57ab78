"""Fixtures for the accessibility audits: a context on a real store, the walked app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .walk import Walk, close_context, make_context


@pytest.fixture
def ctx(qapp: Any, tmp_path: Path) -> Iterator[Any]:
    context = make_context(str(tmp_path / "ui.ini"))
    yield context
    close_context(context)


@pytest.fixture
def walk(qtbot: Any, ctx: Any) -> Iterator[Walk]:
    def wait(predicate: Any, timeout: int) -> None:
        qtbot.waitUntil(predicate, timeout=timeout)

    w = Walk(ctx, wait)
    window = w.build()
    qtbot.addWidget(window)
    yield w
    w.close_dialogs()
    w.settle()
