"""Fixtures for the translation tests: install a UI language and always take it away again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from desk.config import load_config
from desk.ui import i18n
from desk.ui.context import AppContext
from desk.ui.errors import ErrorDisplay
from desk.ui.worker import Worker


@pytest.fixture
def language(qapp: Any) -> Iterator[Callable[[str], list[str]]]:
    """Call with "fr"/"en"/"nl" to install that UI language for this test only."""

    def install(code: str) -> list[str]:
        i18n.remove_translations(qapp)
        return i18n.install_translations(qapp, code)

    yield install
    i18n.remove_translations(qapp)


@pytest.fixture
def ctx(qapp: Any, tmp_path: Path) -> Iterator[AppContext]:
    errors = ErrorDisplay()
    errors.interactive = False
    worker = Worker(errors=errors)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    context = AppContext(load_config(), worker, errors, settings)
    yield context
    worker.shutdown()
