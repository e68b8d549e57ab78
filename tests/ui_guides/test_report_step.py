"""'Deze stap klopt niet' in the runner: keyboard and mouse, the note's rules, what the screen
says after saving, and the answers of the editors in the list."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk import clock
from desk.domain.guide_reports import MAX_NOTE
from desk.store import meta
from desk.store.common import to_iso
from desk.store.guide_reports import GuideReportRepository
from desk.store.outbox import Outbox
from desk.store.store import Store, open_store
from desk.ui.guides.reports import GuideReportsDialog, ReportStepDialog

NOTE = "De knop heet nu 'Bevestigen', niet 'Volgende'."
SENT_LATER = "Melding bewaard; ze wordt verstuurd bij de volgende synchronisatie."


@pytest.fixture
def store(ctx: Any) -> Iterator[Store]:
    s = open_store()
    ctx.set_store(s)
    yield s
    ctx.worker.shutdown()
    s.close()


@pytest.fixture
def enrolled(store: Store) -> Store:
    store.set_meta(meta.CENTRAL_DEVICE_ID, str(uuid.uuid4()))
    store.set_meta(meta.CENTRAL_OFFICE, "balie")
    return store


def started(page: Any) -> Any:
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner = page.runner
    runner.start()
    return runner


def open_dialog(qtbot: Any, runner: Any, opener: Any) -> ReportStepDialog:
    opener()
    qtbot.waitUntil(lambda: runner.report_dialog is not None and runner.report_dialog.isVisible())
    dialog: ReportStepDialog = runner.report_dialog
    qtbot.waitUntil(dialog.note.hasFocus)
    return dialog


def save(qtbot: Any, runner: Any, action: Any) -> None:
    """Do *action* (a click, a key) and wait until the report is saved and the dialog gone."""
    with qtbot.waitSignal(runner.report_saved, timeout=5000):
        action()
    qtbot.waitUntil(lambda: runner.report_dialog is None)


def reports(store: Store) -> list[dict[str, Any]]:
    return GuideReportRepository(store).reports()


def test_keyboard_only_report_with_its_shortcut(qtbot: Any, page: Any, ctx: Any,
                                                enrolled: Store) -> None:  # fmt: skip
    runner = started(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    dialog = open_dialog(qtbot, runner, lambda: qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    assert dialog.windowTitle() == "Deze stap klopt niet"
    assert dialog.where.text() == "Gids: Alfa: aanmelden bij het loket (versie 3)\nStap: Begin van alfa"
    qtbot.keyClicks(dialog.note, NOTE)
    assert dialog.count.text() == f"{len(NOTE)} van {MAX_NOTE} tekens"
    with qtbot.waitSignal(ctx.changed, timeout=5000) as announced:  # a sync is scheduled
        save(qtbot, runner, lambda: qtbot.keyClick(dialog.note, Qt.Key.Key_Return,
                                                   Qt.KeyboardModifier.ControlModifier))
    assert announced.args[0].guide_reports and announced.args[0].syncs
    (row,) = reports(enrolled)
    assert (row["guide_id"], row["guide_version"], row["step_id"], row["note"]) == (
        "alfa-aanmelden", 3, "begin", NOTE)
    assert row["sync_state"] == "pending"
    assert enrolled.outbox_counts() == {"pending": 1}
    assert GuideReportRepository(enrolled).get(row["id"])["office"] == "balie"  # type: ignore[index]
    # What the screen says is true: saved here, sent at the next sync.
    assert not runner.report_notice.isHidden()
    assert runner.report_notice.text() == SENT_LATER
    assert runner.report_notice.accessibleName() == SENT_LATER
    qtbot.waitUntil(lambda: not runner.step_panel.reports_label.isHidden())
    assert "1 open" in runner.step_panel.reports_label.text()
    # The notice belongs to that step: the next step starts without it.
    runner.answer(0)
    assert runner.report_notice.isHidden() and runner.step_panel.reports_label.isHidden()


def test_mouse_and_the_accelerator(qtbot: Any, page: Any, enrolled: Store) -> None:
    runner = started(page)
    panel = runner.step_panel
    assert panel.report_button.text() == "Deze stap &klopt niet…"
    assert panel.report_button.accessibleName() == "Deze stap klopt niet: melden aan de redactie"
    assert "Ctrl+Shift+M" in panel.report_button.toolTip()
    dialog = open_dialog(qtbot, runner, lambda: qtbot.mouseClick(panel.report_button,
                                                                 Qt.MouseButton.LeftButton))
    dialog.note.setPlainText(NOTE)
    save(qtbot, runner, lambda: qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton))
    assert [r["note"] for r in reports(enrolled)] == [NOTE]
    # Alt+K is the button's accelerator; Escape closes without saving.
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    dialog = open_dialog(qtbot, runner, lambda: qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier))
    qtbot.keyClicks(dialog.note, "Nog iets anders aan deze stap.")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: runner.report_dialog is None)
    assert len(reports(enrolled)) == 1


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Mevrouw Peeters, 0470 12 34 56, kreeg een fout", "gsm-, rijksregister- of "
                                                           "rekeningnummer"),
        ("mevr. De Smet kon niet verder", "bevat een naam"),
        ("stuur het naar jan.peeters@example.com", "e-mailadres"),
        ("De knop\x07 is weg", "onzichtbare of stuurtekens (U+0007)"),
        ("De knop \u202e is weg", "U+202E"),
        ("x" * 10_000, f"hoogstens {MAX_NOTE} tekens (10000 nu)"),
        ("", "beschrijf kort wat er niet klopt"),
    ],
)
def test_a_note_that_breaks_the_rules_is_not_saved_and_says_why(
    qtbot: Any, page: Any, enrolled: Store, note: str, expected: str
) -> None:
    runner = started(page)
    dialog = open_dialog(qtbot, runner, runner.report_step)
    dialog.note.setPlainText(note)  # pasted, as a tired employee would
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not dialog.error.isHidden()
    assert dialog.error.text().startswith("Niet bewaard: ") and expected in dialog.error.text()
    assert dialog.note.hasFocus() or not QApplication.focusWidget()
    assert reports(enrolled) == [] and enrolled.outbox_counts() == {}
    assert runner.report_notice.isHidden()
    # Fixed, it saves; the warning is there all along, in words.
    assert "Schrijf geen namen" in dialog.warning.text()
    assert dialog.note.accessibleDescription() == dialog.warning.text()
    dialog.note.setPlainText(NOTE)
    save(qtbot, runner, dialog.try_save)
    assert [r["note"] for r in reports(enrolled)] == [NOTE]


def test_the_message_says_what_is_true_on_this_desk(qtbot: Any, page: Any, store: Store) -> None:
    runner = started(page)
    dialog = open_dialog(qtbot, runner, runner.report_step)
    dialog.note.setPlainText(NOTE)
    save(qtbot, runner, dialog.try_save)
    assert "zodra deze computer met de centrale dienst verbonden is" in runner.report_notice.text()
    assert store.outbox_counts() == {"pending": 1}  # sent once it is enrolled

    store.conn().execute("DELETE FROM outbox")
    store.conn().execute("DELETE FROM guide_reports")
    store.set_meta(meta.TRAINING, "1")
    dialog = open_dialog(qtbot, runner, runner.report_step)
    dialog.note.setPlainText(NOTE)
    save(qtbot, runner, dialog.try_save)
    assert "Dit is een oefenprofiel: de melding wordt niet verstuurd." in runner.report_notice.text()
    assert store.outbox_counts() == {}


def test_the_editors_answer_is_shown_in_the_list_and_in_the_dialog(
    qtbot: Any, page: Any, enrolled: Store, artifacts_dir: Path
) -> None:
    runner = started(page)
    runner.resize(1100, 760)
    dialog = open_dialog(qtbot, runner, runner.report_step)
    dialog.note.setPlainText(NOTE)
    save(qtbot, runner, dialog.try_save)
    (mine,) = reports(enrolled)
    outbox = Outbox(enrolled)
    with outbox.tx() as tx:
        tx.ack([(outbox.next_batch(1)[0], 1)], to_iso(clock.now()))
        tx.apply_record({"kind": "guide_report", "id": mine["id"], "revision": 2,
                         "deleted": False, "body": {
                             "guide_id": "alfa-aanmelden", "guide_version": 3,
                             "step_id": "begin", "note": NOTE,
                             "reported_at": "2026-11-28T09:00:00Z", "office": "balie",
                             "training": False, "status": "closed",
                             "reply": "Dank u, we passen de gids aan.",
                             "closed_at": "2026-11-29T09:00:00Z",
                             "resolved_in_version": None}}, to_iso(clock.now()))  # fmt: skip
    page.grab().save(str(artifacts_dir / "guide-report-runner.png"))

    listing = page.show_reports()
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1)
    table = listing.table
    assert table.item(0, 1).text() == "Alfa: aanmelden bij het loket"
    assert table.item(0, 2).text() == "Begin van alfa"
    assert table.item(0, 3).text() == NOTE
    assert table.item(0, 4).text() == "Afgesloten door de redactie"
    assert table.item(0, 5).text() == "Dank u, we passen de gids aan."
    assert "Antwoord van de redactie:\nDank u, we passen de gids aan." in (
        listing.detail.toPlainText())
    listing.resize(900, 500)
    listing.grab().save(str(artifacts_dir / "guide-report-list.png"))
    listing.close()

    again = open_dialog(qtbot, runner, runner.report_step)
    qtbot.waitUntil(lambda: not again.earlier.isHidden())
    assert "1, waarvan 0 open" in again.earlier_label.text()
    assert again.earlier.item(0, 5).text() == "Dank u, we passen de gids aan."
    again.note.setPlainText("Mevrouw Peeters, 0470 12 34 56")
    again.try_save()
    again.resize(700, 560)
    again.grab().save(str(artifacts_dir / "guide-report-dialog.png"))
    again.reject()


def test_the_reports_list_opens_from_the_library(qtbot: Any, page: Any, store: Store) -> None:
    view = page.library_view
    assert view.reports_button.text() == "&Meldingen over gidsen…"
    qtbot.mouseClick(view.reports_button, Qt.MouseButton.LeftButton)
    listing = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, GuideReportsDialog) and w.isVisible())  # fmt: skip
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: not listing.empty.isHidden())
    assert listing.table.rowCount() == 0
    listing.close()
