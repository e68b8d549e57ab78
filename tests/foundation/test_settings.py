from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.config import load_config
from desk.ui.context import AppContext
from desk.ui.settings_dialog import SettingsDialog
from desk.ui.theme import apply_theme
from tests.support.gui import make_context


def make_ctx(tmp_path: Path) -> AppContext:
    return make_context(tmp_path)


def test_settings_saved_by_keyboard(qtbot, tmp_path: Path, desk_profile: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(tmp_path)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.staff_name.setFocus()
    qtbot.keyClicks(dialog.staff_name, "Els")
    dialog.language.setCurrentIndex(1)
    qtbot.keyClick(dialog.staff_name, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ctx.config.staff_name == "Els" and ctx.config.language == "fr"
    saved = load_config()
    assert saved.staff_name == "Els" and saved.language == "fr"
    ctx.worker.shutdown()


def test_locked_settings_are_disabled_and_kept(qtbot, tmp_path: Path, machine_config: Path) -> None:  # type: ignore[no-untyped-def]
    machine_config.write_text('language = "nl"\nlocked = ["language"]\n', encoding="utf-8")
    ctx = make_ctx(tmp_path)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.language.isEnabled()
    dialog.language.setCurrentIndex(2)
    dialog.save()
    assert load_config().language == "nl"
    ctx.worker.shutdown()


def test_every_control_has_a_name(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(tmp_path)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    for widget in (dialog.staff_name, dialog.office, dialog.language, dialog.high_contrast):
        assert widget.accessibleName()
    ctx.worker.shutdown()


def test_high_contrast_theme(qapp) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_palette = app.styleSheet(), app.palette()
    try:
        apply_theme(app, high_contrast=True)
        assert app.palette().color(app.palette().ColorRole.Window).name() == "#000000"
        assert app.palette().color(app.palette().ColorRole.WindowText).name() == "#ffffff"
    finally:
        app.setStyleSheet(old_sheet)
        app.setPalette(old_palette)
