"""Resolving referral conflicts: keep mine, take theirs, per field; personal data stays sealed."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from desk import paths
from desk.errors import DeskError, InputError
from desk.store.conflicts import open_conflicts as conflicts
from desk.store.referrals import ReferralRepository
from desk.sync import resolve
from desk.ui.context import AppContext
from tests.referrals_store.helpers import CANARY, CANARY_MAIL, CANARY_NOTE, personal
from tests.support.gui import make_context

from .conftest import Desk
from .test_engine import other_device, run

pytestmark = pytest.mark.timeout(60)

#: What a colleague typed on another desk: must never be on this disk in the clear either.
THEIR_NOTE = "Collegakanarie-5522"
THEIR_PHONE = "0499 55 22 11"
MY_PHONE = "+32470123456"  # as normalised when submitted
CANARIES = (CANARY, CANARY_MAIL, CANARY_NOTE, "Zwanhilde", "470123456", THEIR_NOTE, THEIR_PHONE,
            "499552211")  # fmt: skip


def _assert_no_canary() -> None:
    db = paths.database_path()
    blob = b"".join(
        p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists()
    )  # fmt: skip
    assert blob
    for canary in CANARIES:
        for encoding in ("utf-8", "utf-16-le"):
            assert canary.encode(encoding) not in blob, f"{canary!r} found in desk.db"


@pytest.fixture
def desk_role() -> str:
    # This desk moves referral statuses: through push only a social worker's desk may
    # (a counter may cancel its own referral, nothing else).
    return "social"


def _submit(desk: Desk) -> str:
    referral = dataclasses.replace(personal(), office="balie")
    return ReferralRepository(desk.store).submit(referral, by="Elke").id


def make_conflict(desk: Desk) -> str:
    """A colleague changed urgency, phone and notes; this desk moved the status meanwhile."""
    referral_id = _submit(desk)
    assert run(desk).ok
    body = desk.central.items("referral")[referral_id]["body"]
    body["urgency"] = "high"
    body["notes"] = THEIR_NOTE
    body["citizen"]["phone"] = THEIR_PHONE
    answer = requests.post(
        desk.central.url + "/v1/push", headers=other_device(desk.central), timeout=10,
        json={"client_time": "2026-11-28T10:00:00Z", "changes": [
            {"kind": "referral", "id": referral_id, "revision": 2, "base_revision": 1,
             "idempotency_key": uuid.uuid4().hex, "body": body}]},
    )  # fmt: skip
    assert answer.json()["results"][0]["status"] == "accepted", answer.text
    ReferralRepository(desk.store).change_status(referral_id, "received", by="Elke")
    assert run(desk).conflicts >= 1
    assert ("referral", referral_id) in conflicts(desk.store)
    return referral_id


def make_status_conflict(desk: Desk) -> str:
    """A partner moved the status on the server; this desk cancelled meanwhile."""
    referral_id = _submit(desk)
    assert run(desk).ok
    requests.post(
        desk.central.url + f"/v1/referrals/{referral_id}/status",
        headers=other_device(desk.central, role="social"), timeout=10,
        json={"status": "received", "note": "gebeld"},
    ).raise_for_status()  # fmt: skip
    ReferralRepository(desk.store).change_status(referral_id, "cancelled", by="Elke")
    assert run(desk).conflicts >= 1
    assert ("referral", referral_id) in conflicts(desk.store)
    return referral_id


def local(desk: Desk, referral_id: str) -> tuple[str, str, str, str, str]:
    stored = ReferralRepository(desk.store).get(referral_id)
    r = stored.referral
    assert r.citizen is not None and not stored.personal_locked
    return r.status, r.urgency, r.citizen.phone, r.notes, stored.sync_state


def snapshot(desk: Desk) -> list[Any]:
    conn = desk.store.conn()
    return [
        [tuple(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY 1")]
        for table in ("referrals", "outbox", "meta")
    ]


def test_keep_mine(desk: Desk) -> None:
    referral_id = make_conflict(desk)
    resolve.keep_mine(desk.store, "referral", referral_id)
    assert conflicts(desk.store) == {}
    _assert_no_canary()
    report = run(desk)
    assert report.ok and report.accepted == 1 and report.conflicts == 0
    server = desk.central.items("referral")[referral_id]
    assert server["revision"] == 3
    body = server["body"]
    assert (body["status"], body["urgency"], body["notes"]) == ("received", "normal", CANARY_NOTE)
    assert body["citizen"]["name"] == CANARY and body["citizen"]["phone"] != THEIR_PHONE
    assert local(desk, referral_id) == ("received", "normal", MY_PHONE, CANARY_NOTE,
                                        "synced")  # fmt: skip
    _assert_no_canary()


def test_take_theirs(desk: Desk) -> None:
    referral_id = make_conflict(desk)
    resolve.take_theirs(desk.store, "referral", referral_id)
    assert conflicts(desk.store) == {}
    assert desk.store.outbox_counts() == {}
    assert local(desk, referral_id) == ("sent", "high", THEIR_PHONE, THEIR_NOTE, "synced")
    stored = ReferralRepository(desk.store).get(referral_id).referral
    assert stored.citizen is not None and stored.citizen.name == CANARY
    assert [e.status for e in stored.status_history] == ["sent"]
    _assert_no_canary()
    report = run(desk)
    assert report.ok and report.accepted == 0 and report.conflicts == 0
    assert desk.central.items("referral")[referral_id]["revision"] == 2
    assert local(desk, referral_id)[:2] == ("sent", "high")


def test_per_field(desk: Desk) -> None:
    referral_id = make_conflict(desk)
    diff = resolve.differing_fields(desk.store, "referral", referral_id)
    # personal fields compare on their opened values; status is not a per-field choice
    assert diff == {"urgency": ("normal", "high"), "notes": (CANARY_NOTE, THEIR_NOTE),
                    "phone": (MY_PHONE, THEIR_PHONE)}  # fmt: skip
    for bad in (["status"], ["status_history"], ["consent"], ["no_such_field"]):
        with pytest.raises(InputError):
            resolve.merge(desk.store, "referral", referral_id, bad)
    resolve.merge(desk.store, "referral", referral_id, ["notes", "urgency"])
    assert conflicts(desk.store) == {}
    _assert_no_canary()
    assert run(desk).ok
    body = desk.central.items("referral")[referral_id]["body"]
    assert (body["status"], body["urgency"], body["notes"]) == ("received", "high", THEIR_NOTE)
    assert body["citizen"]["phone"] == MY_PHONE and body["citizen"]["name"] == CANARY
    assert local(desk, referral_id) == ("received", "high", MY_PHONE, THEIR_NOTE, "synced")
    _assert_no_canary()
    with pytest.raises(InputError, match="al opgelost"):
        resolve.keep_mine(desk.store, "referral", referral_id)


def test_a_status_only_conflict_is_not_chosen_per_field(desk: Desk) -> None:
    referral_id = make_status_conflict(desk)
    with pytest.raises(InputError, match="alleen de status"):
        resolve.differing_fields(desk.store, "referral", referral_id)
    resolve.keep_mine(desk.store, "referral", referral_id)
    assert run(desk).ok
    # the partner's update pulled with the conflict does not come back over my choice
    assert local(desk, referral_id)[0] == "cancelled"
    assert desk.central.items("referral")[referral_id]["body"]["status"] == "cancelled"
    _assert_no_canary()


def test_take_theirs_status_with_its_history(desk: Desk) -> None:
    referral_id = make_status_conflict(desk)
    resolve.take_theirs(desk.store, "referral", referral_id)
    assert run(desk).ok
    stored = ReferralRepository(desk.store).get(referral_id).referral
    assert stored.status == "received"
    assert [(e.status, e.note) for e in stored.status_history] == [("sent", ""),
                                                                   ("received", "gebeld")]
    assert desk.store.outbox_counts() == {}
    _assert_no_canary()


def test_without_the_key_nothing_changes(desk: Desk) -> None:
    import keyring

    from tests.support.keyrings import MemoryKeyring

    referral_id = make_conflict(desk)
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    lost = {k: v for k, v in backend.store.items() if k[1] != "device_token"}
    for key in lost:
        del backend.store[key]
    before = snapshot(desk)
    for choice in (resolve.keep_mine, resolve.take_theirs):
        with pytest.raises(DeskError) as refused:
            choice(desk.store, "referral", referral_id)
        assert refused.value.message and CANARY not in str(refused.value)
        assert snapshot(desk) == before
    with pytest.raises(DeskError):
        resolve.merge(desk.store, "referral", referral_id, ["urgency"])
    with pytest.raises(DeskError):
        resolve.differing_fields(desk.store, "referral", referral_id)
    assert snapshot(desk) == before
    backend.store.update(lost)  # the key is back: the choice works
    resolve.take_theirs(desk.store, "referral", referral_id)
    assert local(desk, referral_id)[:2] == ("sent", "high")


def test_a_server_copy_kept_without_personal_data_is_not_taken(desk: Desk) -> None:
    referral_id = make_conflict(desk)
    key = f"sync.conflict.referral.{referral_id}"
    data = json.loads(desk.store.get_meta(key) or "{}")
    body = data["server_record"]["body"]
    body.pop("sealed_personal")
    data["server_record"]["body"] = dict(body, citizen=None, notes="", personal_withheld=True)
    desk.store.set_meta(key, json.dumps(data))
    before = snapshot(desk)
    with pytest.raises(InputError, match="zonder naam"):
        resolve.take_theirs(desk.store, "referral", referral_id)
    assert snapshot(desk) == before
    # per field: only the fields without personal data are offered
    assert resolve.differing_fields(desk.store, "referral", referral_id) == {
        "urgency": ("normal", "high")
    }
    with pytest.raises(InputError):
        resolve.merge(desk.store, "referral", referral_id, ["notes"])
    resolve.merge(desk.store, "referral", referral_id, ["urgency"])
    assert local(desk, referral_id) == ("received", "high", MY_PHONE, CANARY_NOTE,
                                        "pending")  # fmt: skip
    _assert_no_canary()


# -- the problems dialog -------------------------------------------------------------------------


@pytest.fixture
def ctx(qapp, tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(tmp_path)
    yield context
    context.worker.shutdown()


def test_issues_dialog_resolves_a_referral(qtbot, ctx: AppContext, desk: Desk,
                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from PySide6.QtWidgets import QDialog

    from desk.ui.sync import issues_dialog
    from desk.ui.sync.issues_dialog import FieldChoiceDialog, SyncIssuesDialog

    referral_id = make_conflict(desk)
    shown: list[str] = []

    def choose_notes(self: FieldChoiceDialog) -> int:
        shown.extend(box.text() for box in self.boxes.values())
        self.boxes["notes"].setChecked(True)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(issues_dialog.FieldChoiceDialog, "exec", choose_notes)
    ctx.set_store(desk.store)
    dialog = SyncIssuesDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.conflict_table.rowCount() == 1, timeout=5_000)
    assert dialog.per_field.isEnabled() and dialog.theirs.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        dialog.per_field.click()
    qtbot.waitUntil(lambda: dialog.conflict_table.rowCount() == 0, timeout=5_000)
    # the worker sees the personal fields opened, as in the referral form
    assert any(THEIR_NOTE in text and CANARY_NOTE in text for text in shown)
    assert local(desk, referral_id)[1:4] == ("normal", MY_PHONE, THEIR_NOTE)
    _assert_no_canary()


def test_issues_dialog_take_theirs_and_refusal(qtbot, ctx: AppContext, desk: Desk) -> None:
    from desk.ui.sync.issues_dialog import SyncIssuesDialog

    referral_id = make_status_conflict(desk)
    ctx.set_store(desk.store)
    dialog = SyncIssuesDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.conflict_table.rowCount() == 1, timeout=5_000)
    dialog.per_field.click()  # only the status differs: said in the dialog, nothing changes
    qtbot.waitUntil(lambda: "alleen de status" in dialog.message.text(), timeout=5_000)
    assert ("referral", referral_id) in conflicts(desk.store)
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        dialog.theirs.click()
    qtbot.waitUntil(lambda: dialog.conflict_table.rowCount() == 0, timeout=5_000)
    assert local(desk, referral_id)[0] == "received"
    _assert_no_canary()
