"""Desk speaks the chosen UI language, with Qt's own strings, and falls back to Dutch."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from desk import paths
from desk.ui.main_window import MainWindow
from desk.ui.settings_dialog import SettingsDialog


def _nav_labels(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_french_main_window(qtbot: Any, ctx: Any, language: Any) -> None:
    loaded = language("fr")
    assert loaded == ["qtbase_fr", "desk_fr.qm"]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert _nav_labels(window) == ["Guides", "Journal", "Orientations", "Statistiques"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "A&ller à", "&Aide"]
    assert window.windowTitle() == "Desk — services numériques"
    assert QLocale().name() == "fr_BE"


def test_english_settings_dialog_with_qt_translations(qtbot: Any, ctx: Any,
                                                      language: Any) -> None:
    language("en")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert {b.text() for b in buttons.buttons()} == {"&Save", "Cancel"}


def test_qt_own_strings_are_translated(language: Any) -> None:
    # Qt's standard buttons and dialogs (QPlatformTheme, QFileDialog...) come from qtbase_<lang>.
    language("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    language("nl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


def test_dutch_loads_its_plural_forms(qtbot: Any, ctx: Any, language: Any,
                                      caplog: pytest.LogCaptureFixture) -> None:
    """Dutch is the source language, but Qt takes "1 contact" / "2 contacten" only from a
    catalogue: desk_nl.qm holds the plural forms (#15)."""
    with caplog.at_level(logging.WARNING, logger="desk.ui.i18n"):
        assert language("nl") == ["qtbase_nl", "desk_nl.qm"]
    assert not caplog.records
    count = QCoreApplication.translate("SyncController", "%n conflicten", "", 1)
    assert count == "1 conflict"
    assert QCoreApplication.translate("SyncController", "%n conflicten", "", 3) == "3 conflicten"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert _nav_labels(window) == ["Gidsen", "Logboek", "Doorverwijzingen", "Statistieken"]


@pytest.mark.parametrize("damage", ["missing", "corrupt", "empty", "truncated"])
def test_bad_qm_falls_back_to_dutch_with_a_warning(
        qtbot: Any, ctx: Any, language: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, damage: str) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(paths.resources_dir() / "translations", resources / "translations")
    qm = resources / "translations" / "desk_fr.qm"
    if damage == "missing":
        qm.unlink()
    elif damage == "corrupt":
        qm.write_bytes(b"\x00this is not a Qt translation file\xff" * 20)
    elif damage == "empty":
        qm.write_bytes(b"")
    else:
        qm.write_bytes(qm.read_bytes()[: qm.stat().st_size // 3])
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    with caplog.at_level(logging.WARNING, logger="desk.ui.i18n"):
        loaded = language("fr")
    assert loaded == ["qtbase_fr"]
    assert any("desk_fr.qm" in r.getMessage() and "Dutch" in r.getMessage()
               for r in caplog.records if r.levelno == logging.WARNING)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert _nav_labels(window) == ["Gidsen", "Logboek", "Doorverwijzingen", "Statistieken"]


def test_unknown_language_setting_means_dutch(qtbot: Any, ctx: Any, language: Any) -> None:
    assert language("xx") == ["qtbase_nl", "desk_nl.qm"]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert _nav_labels(window)[0] == "Gidsen"
