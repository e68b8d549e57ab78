"""Help → Diagnose voor helpdesk: the action, the dialog, the saved zip."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk.store.store import open_store
from tests.support.gui import make_context


@pytest.fixture
def ctx(qapp: Any, tmp_path: Path) -> Iterator[Any]:


    context = make_context(tmp_path)
    yield context
    context.worker.shutdown()


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> Any:
    from desk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    return win


def test_action_in_help_menu_opens_dialog_and_saves_zip(
    qtbot: Any, window: Any, ctx: Any, tmp_path: Path, machine_config: Path,
    artifacts_dir: Path,
) -> None:
    from desk.ui.diagnostics import DiagnosticsDialog, install

    store = open_store()
    store.close()
    action = install(window, ctx)
    assert action in window.menu_help.actions()
    assert "Diagnose voor helpdesk" in action.text().replace("&", "")

    window.show()
    qtbot.waitExposed(window)
    action.trigger()
    dialog = window.findChild(DiagnosticsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    text = dialog.preview.toPlainText()
    assert "Databank: schema" in text and "integriteit: ok" in text
    assert "platform offscreen" in text or "platform xcb" in text
    dialog.resize(760, 520)
    qtbot.wait(50)  # let the resized layout paint once before grabbing
    assert dialog.grab().save(str(artifacts_dir / "diagnostics-dialog.png"))

    out = tmp_path / "rapport"
    assert dialog.save_to(out)
    assert dialog.saved_to == tmp_path / "rapport.zip"
    with zipfile.ZipFile(dialog.saved_to) as zf:
        data = zf.read("diagnostics.json").decode()
    assert '"live": true' in data
    assert '"platform_name"' in data
    dialog.close()


def test_save_to_an_unwritable_place_says_so(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from desk.app.diagnostics import Diagnostics
    from desk.ui.diagnostics import DiagnosticsDialog

    dialog = DiagnosticsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show_report(Diagnostics.for_this_desk().collect(ctx.config))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not dialog.save_to(blocker / "sub" / "x.zip")
    assert "niet bewaren" in dialog.status.text()
