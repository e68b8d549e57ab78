"""Every save or export says where the result went, or why it failed; dialogs start in a
folder that exists (#15 "no silent loss")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk.ui.files import start_folder
from tests.referrals_store.helpers import personal

from .test_page import _seed


def test_a_letter_saved_says_where_and_a_failure_says_why(qtbot: Any, page: Any,
                                                         tmp_path: Path) -> None:
    a, _ = _seed(page)
    page.select(a.id)
    dialog = page.letter_dialog()
    qtbot.addWidget(dialog)
    assert dialog.save_pdf_to(tmp_path / "brief.pdf")
    assert (tmp_path / "brief.pdf").stat().st_size > 0
    assert "brief.pdf" in dialog.saved_label.text() and str(tmp_path) in dialog.saved_label.text()
    assert not dialog.save_pdf_to(tmp_path / "weg" / "brief.pdf")  # no such folder
    assert dialog.saved_label.text().startswith("De brief is niet bewaard:")


def test_an_export_is_confirmed_in_the_main_window(qtbot: Any, ctx: Any, memory_keyring: Any,
                                                   tmp_path: Path) -> None:
    from desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_area("referrals")
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10000)
    page.repo.submit(personal(), by="Elke")
    out = tmp_path / "export.csv"
    with qtbot.waitSignal(page.export_done, timeout=10000):
        page.export_to(out)
    said = " ".join(window.notices.texts())
    assert "export.csv" in said and str(tmp_path) in said
    assert "export.csv" in window.statusBar().currentMessage()


def test_a_remembered_folder_that_is_gone_is_not_where_a_dialog_starts(
        ctx: Any, tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick"
    ctx.settings.setValue("folders/letter", str(gone))
    folder = start_folder(ctx.settings, "folders/letter")
    assert folder.is_dir() and folder != gone
