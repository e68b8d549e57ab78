"""The Qt side of sync: status bar, sync now with progress and cancel, enrollment dialog."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressDialog, QPushButton

from desk.store import meta
from desk.sync import connect
from desk.sync.client import CentralClient, RetryPolicy
from desk.ui.context import AppContext, Changes
from desk.ui.main_window import MainWindow
from desk.ui.sync import controller as controller_mod
from desk.ui.sync.controller import SyncController
from desk.ui.sync.enroll_dialog import EnrollDialog
from tests.support.gui import make_context

from .conftest import Desk, LiveCentral, MemoryKeyring, add_cases, json_fault

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def ctx(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setattr(controller_mod, "START_DELAY_MS", 600_000)  # runs only when asked
    monkeypatch.setattr(
        connect, "CentralClient", functools.partial(CentralClient, retry=RetryPolicy(attempts=1))
    )
    context = make_context(tmp_path)
    yield context
    context.worker.shutdown()


def window_with_sync(qtbot, ctx: AppContext) -> tuple[MainWindow, SyncController]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window, SyncController(ctx, window)


def test_sync_now_updates_the_status_bar(qtbot, ctx: AppContext, desk: Desk):
    add_cases(desk.store, 3)
    window, sync = window_with_sync(qtbot, ctx)
    with qtbot.waitSignal(sync.status_changed, timeout=10_000):
        ctx.set_store(desk.store)
    assert "3 in wachtrij" in window.sync_label.text()
    assert "laatste sync nog nooit" in window.sync_label.text()
    with qtbot.waitSignal(sync.finished, timeout=20_000) as done:
        sync.sync_action.trigger()
    assert done.args[0].ok
    text = window.sync_label.text()
    assert text.startswith("Online") and "0 in wachtrij" in text and "nog nooit" not in text
    assert "Toestelsleutel" in window.sync_label.toolTip() or "verzonden" in (
        window.sync_label.toolTip()
    )


def test_offline_is_shown_and_data_stays(qtbot, ctx: AppContext, desk: Desk):
    from .test_client import _closed_port

    desk.store.set_meta(meta.CENTRAL_SERVER, f"http://127.0.0.1:{_closed_port()}")
    add_cases(desk.store, 2)
    window, sync = window_with_sync(qtbot, ctx)
    ctx.set_store(desk.store)
    with qtbot.waitSignal(sync.finished, timeout=20_000):
        sync.sync_now(interactive=False)
    assert window.sync_label.text().startswith("Offline")
    assert "2 in wachtrij" in window.sync_label.text()
    assert "niet bereikbaar" in window.sync_label.toolTip()


def test_local_change_schedules_a_debounced_sync(qtbot, ctx: AppContext, desk: Desk):
    _window, sync = window_with_sync(qtbot, ctx)
    ctx.set_store(desk.store)
    sync.debounce.setInterval(50)
    # A referral draft never syncs: announcing one schedules nothing.
    ctx.announce(Changes(referral_drafts=True))
    assert not sync.debounce.isActive()
    add_cases(desk.store, 1)
    with qtbot.waitSignal(sync.finished, timeout=20_000) as done:
        for _ in range(5):
            ctx.announce(Changes(cases=True))
    assert done.args[0].accepted == 1
    assert desk.central.faults.seen.count("/v1/push") == 1


def test_long_sync_shows_progress_and_can_be_cancelled(
    qtbot, ctx: AppContext, desk: Desk, monkeypatch: pytest.MonkeyPatch
):
    add_cases(desk.store, 2)
    slow = functools.partial(CentralClient, retry=RetryPolicy(attempts=5))
    monkeypatch.setattr(connect, "CentralClient", slow)
    desk.central.faults.add(json_fault("/v1/push", 503, "later", headers=[(b"retry-after", b"30")]))
    window, sync = window_with_sync(qtbot, ctx)
    ctx.set_store(desk.store)
    sync.sync_now(interactive=True)

    def dialog() -> QProgressDialog:
        found = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        assert found
        return found[0]

    qtbot.waitUntil(lambda: dialog() is not None, timeout=5_000)
    [cancel] = dialog().findChildren(QPushButton)
    with qtbot.waitSignal(sync.finished, timeout=5_000) as done:
        cancel.click()
    report = done.args[0]
    assert report is None or report.error is not None
    assert desk.store.outbox_counts() == {"pending": 2}
    assert sync.sync_action.isEnabled()


def test_training_profile_label(qtbot, ctx: AppContext, store):
    store.set_meta("training", "1")
    window, sync = window_with_sync(qtbot, ctx)
    with qtbot.waitSignal(sync.status_changed, timeout=10_000):
        ctx.set_store(store)
    assert window.sync_label.text() == "Oefenprofiel: synchroniseert niet"


def test_enroll_dialog(qtbot, ctx: AppContext, store, central: LiveCentral,
                       memory_keyring: MemoryKeyring):  # fmt: skip
    ctx.set_store(store)
    dialog = EnrollDialog(ctx)
    qtbot.addWidget(dialog)
    assert "sleutelbos" in dialog.keyring_label.text().lower() or "Let op" in (
        dialog.keyring_label.text()
    )
    dialog.server.setText(central.url)
    dialog.code.setText("WRONG-CODE")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()
    qtbot.waitUntil(lambda: "weigerde" in dialog.message.text(), timeout=10_000)
    dialog.code.setText(central.code())
    with qtbot.waitSignal(dialog.enrolled, timeout=10_000):
        ok.click()
    assert ("desk", "device_token") in memory_keyring.store


def test_enroll_dialog_without_keyring(qtbot, ctx: AppContext, store, fail_keyring):
    ctx.set_store(store)
    dialog = EnrollDialog(ctx)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and not ok.isEnabled()
    assert "sleutelbos" in dialog.keyring_label.text()


def test_issues_dialog_resend_and_resolve(qtbot, ctx: AppContext, desk: Desk):
    import json

    from desk.ui.sync.issues_dialog import SyncIssuesDialog

    from .test_resolve import make_conflict, run

    case_id = make_conflict(desk)
    [bad] = add_cases(desk.store, 1)
    payload = json.loads(
        desk.store.conn()
        .execute("SELECT payload FROM outbox WHERE record_id = ?", (bad,))
        .fetchone()[0]
    )
    payload["outcome"] = "not_possible"
    with desk.store.tx() as conn:
        conn.execute(
            "UPDATE outbox SET payload = ? WHERE record_id = ?", (json.dumps(payload), bad)
        )
    assert run(desk).rejected == 1
    ctx.set_store(desk.store)
    dialog = SyncIssuesDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.conflict_table.rowCount() == 1, timeout=5_000)
    assert dialog.quarantine.rowCount() == 1
    # Plain words on screen (#15); the server's own words only for the helpdesk.
    reason = dialog.quarantine.item(0, 2)
    assert reason.text().startswith("De server vond een fout in deze gegevens")
    assert "not_possible_reason" in reason.toolTip()
    texts = [dialog.quarantine.horizontalHeaderItem(c).text() for c in range(4)] + [
        dialog.quarantine.item(0, c).text() for c in range(4)] + [
        dialog.conflict_table.item(0, c).text() for c in range(3)] + [
        b.text() for b in (dialog.keep, dialog.theirs)]
    assert not any(bad in " ".join(texts)
                   for bad in ("Record", "quarantaine", "Hun versie", bad[:8], case_id[:8]))
    assert dialog.theirs.text() == "&Versie van de server nemen"
    assert dialog.keep.text() == "&Mijn versie houden"
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "<b>Deze gegevens konden niet worden verstuurd</b>" in labels
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        dialog.keep.click()
    qtbot.waitUntil(lambda: dialog.conflict_table.rowCount() == 0, timeout=5_000)
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        dialog.resend.click()
    qtbot.waitUntil(lambda: dialog.quarantine.rowCount() == 0, timeout=5_000)
    assert dialog.message.text() == "Er zijn geen synchronisatieproblemen."
    report = run(desk)
    assert report.accepted == 1 and report.rejected == 1  # mine went through; bad is still bad
    assert desk.central.items()[case_id]["body"]["notes"] == "mijn versie"


def test_warnings_for_unencrypted_keyring_and_old_version(qtbot, ctx: AppContext, desk: Desk):
    # the memory keyring of the tests does not encrypt: the window says so, once
    window, sync = window_with_sync(qtbot, ctx)
    with qtbot.waitSignal(sync.status_changed, timeout=10_000):
        ctx.set_store(desk.store)
    assert any("niet versleutelt" in t for t in window.notices.texts())
    desk.central.faults.add(json_fault("/v1/push", 426, "please update"))
    add_cases(desk.store, 1)
    with qtbot.waitSignal(sync.finished, timeout=20_000):
        sync.sync_now(interactive=False)
    assert any("te oud" in t for t in window.notices.texts())
    assert sum("niet versleutelt" in t for t in window.notices.texts()) == 1


def test_sync_runs_at_start(qtbot, ctx: AppContext, desk: Desk, monkeypatch):
    monkeypatch.setattr(controller_mod, "START_DELAY_MS", 10)
    add_cases(desk.store, 2)
    window, sync = window_with_sync(qtbot, ctx)
    with qtbot.waitSignal(sync.finished, timeout=20_000) as done:
        ctx.set_store(desk.store)
    assert done.args[0].accepted == 2
    assert sync.periodic.isActive()
    qtbot.waitUntil(lambda: "0 in wachtrij" in window.sync_label.text(), timeout=5_000)


def test_first_run_offers_enrollment_once(qtbot, tmp_path: Path, store, central: LiveCentral,
                                          memory_keyring: MemoryKeyring, machine_config,
                                          monkeypatch):  # fmt: skip
    monkeypatch.setattr(controller_mod, "START_DELAY_MS", 600_000)
    machine_config.write_text(f'server_url = "{central.url}"\n', encoding="utf-8")
    ctx = make_context(tmp_path)
    # A profile past its first-run step (which offers enrolment itself, tests/foundation).
    ctx.config = dataclasses.replace(ctx.config, staff_name="Elke")
    try:
        window, _sync = window_with_sync(qtbot, ctx)
        ctx.set_store(store)
        qtbot.waitUntil(lambda: bool(window.findChildren(EnrollDialog)), timeout=5_000)
        [dialog] = window.findChildren(EnrollDialog)
        assert dialog.server.text() == central.url
        dialog.reject()
        again, sync2 = window_with_sync(qtbot, ctx)
        with qtbot.waitSignal(sync2.status_changed, timeout=5_000):
            sync2.refresh()
        assert not again.findChildren(EnrollDialog)
    finally:
        ctx.worker.shutdown()


def test_network_coming_back_schedules_a_sync(qtbot, ctx: AppContext, desk: Desk):
    from PySide6.QtNetwork import QNetworkInformation

    from desk.ui.sync.controller import DEBOUNCE_MS, NETWORK_BACK_DELAY_MS

    add_cases(desk.store, 2)
    window, sync = window_with_sync(qtbot, ctx)
    with qtbot.waitSignal(sync.status_changed, timeout=10_000):
        ctx.set_store(desk.store)
    sync.debounce.stop()
    sync.network_changed(QNetworkInformation.Reachability.Disconnected)
    assert not sync.debounce.isActive()
    sync.network_changed(QNetworkInformation.Reachability.Online)
    assert sync.debounce.isActive() and sync.debounce.interval() == NETWORK_BACK_DELAY_MS
    with qtbot.waitSignal(sync.finished, timeout=20_000) as done:
        pass  # the debounce (or the start-up run) sends the two waiting cases
    assert done.args[0].ok
    qtbot.waitUntil(lambda: "0 in wachtrij" in window.sync_label.text(), timeout=10_000)
    # A later local change waits the normal quiet time again, not the short one.
    sync.schedule()
    assert sync.debounce.interval() == DEBOUNCE_MS


def test_the_status_bar_counts_pulled_records_it_could_not_read(qapp) -> None:
    data = {"enrolled": True, "pending": 0, "quarantined": 0, "conflicts": 0,
            "unreadable": 2, "last_sync": None, "training": False}
    assert "2 onleesbaar ontvangen" in controller_mod.status_text(data, True)
    assert "onleesbaar" not in controller_mod.status_text(dict(data, unreadable=0), True)


def test_enroll_dialog_starts_at_the_code_when_it_knows_the_server(
        qtbot, ctx: AppContext, store, memory_keyring: MemoryKeyring):  # fmt: skip
    # Walked at the counter: with the address set (and locked) by IT, the cursor sat in
    # the read-only address field; the code is what the employee has to type.
    import dataclasses

    from PySide6.QtWidgets import QApplication

    ctx.set_store(store)
    ctx.config = dataclasses.replace(ctx.config, server_url="https://desk.voorbeeld.be")
    dialog = EnrollDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code)
    unknown = dataclasses.replace(ctx.config, server_url="")
    ctx.config = unknown
    fresh = EnrollDialog(ctx)
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fresh.server)


def test_the_status_bar_says_refused_in_plain_words(qapp) -> None:
    # Walked at the counter: "2 in quarantaine" on the status bar; a new employee does not
    # know that word. Qt's Dutch plural forms count it.
    from desk.ui.i18n import install_translations, remove_translations

    data = {"enrolled": True, "pending": 0, "quarantined": 2, "conflicts": 0,
            "unreadable": 0, "last_sync": None, "training": False}
    install_translations(qapp, "nl")
    try:
        text = controller_mod.status_text(data, True)
        assert "2 geweigerd door de server" in text
        assert "quarantaine" not in text.lower()
        assert "1 geweigerd door de server" in controller_mod.status_text(
            dict(data, quarantined=1), True)
    finally:
        remove_translations(qapp)
    install_translations(qapp, "fr")
    try:
        assert "2 refusés par le serveur" in controller_mod.status_text(data, True)
    finally:
        remove_translations(qapp)


def test_an_office_the_server_does_not_know_is_explained(qtbot, ctx: AppContext) -> None:
    """IT typed a name where an office code belongs (found walking at 1366x768): the
    server refuses the office; the dialog says what to do, not only 'een fout'."""
    from desk.ui.sync.issues_dialog import SyncIssuesDialog

    dialog = SyncIssuesDialog(ctx)
    qtbot.addWidget(dialog)
    unknown = dialog.plain_reason(
        "unknown_office: body.office: 'stadhuis' is not an office of harelbeke (known: balie)")
    assert "kent het kantoor" in unknown and "verzend dan opnieuw" in unknown
    training = dialog.plain_reason("oefenmodus: training records are not accepted")
    assert "oefengegevens" in training
    other = dialog.plain_reason("invalid_body: body.outcome: unknown")
    assert other.startswith("De server vond een fout")
