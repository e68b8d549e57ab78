"""A wrong step reported at the counter, end to end: desk -> sync -> central -> the editors'
CLI -> the reply (or a published version that resolves it) -> pull -> back on the desk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests

from desk import clock
from desk.central import publish
from desk.central.cli import main
from desk.domain.guide_reports import validate_report
from desk.store import meta
from desk.store.guide_reports import GuideReportRepository
from desk.store.outbox import quarantined_entries
from desk.sync.engine import SyncEngine, SyncReport

from .conftest import Desk, LiveCentral
from .test_engine import other_device

pytestmark = pytest.mark.timeout(90)

NOTE = "De knop heet nu 'Bevestigen', de gids zegt 'Volgende'."


def run(desk: Desk) -> SyncReport:
    c = desk.client()
    try:
        return SyncEngine(desk.store, c).run()
    finally:
        c.close()


def report(desk: Desk, note: str = NOTE, **over: Any) -> str:
    args: dict[str, Any] = {"guide_id": "itsme-activeren", "guide_version": 1,
                            "step_id": "open-app", "note": note, "now": clock.now(),
                            "office": desk.store.get_meta(meta.CENTRAL_OFFICE)}  # fmt: skip
    args.update(over)
    return GuideReportRepository(desk.store).save(validate_report(**args))


def cli(central: LiveCentral, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main([*argv, "--db", central.engine.url.render_as_string(hide_password=False)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return code, out


def test_a_report_reaches_the_editors_and_their_reply_comes_back(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = GuideReportRepository(desk.store)
    report_id = report(desk)
    assert repo.get(report_id)["sync_state"] == "pending"  # type: ignore[index]

    sent = run(desk)
    assert sent.ok and sent.accepted == 1 and sent.pending == 0
    row = repo.get(report_id)
    assert row is not None and (row["sync_state"], row["server_revision"]) == ("synced", 1)

    _, out = cli(desk.central, capsys, "guide-reports", "--json")
    (guide,) = json.loads(out)["guides"]
    assert (guide["guide_id"], guide["open"]) == ("itsme-activeren", 1)
    (step,) = guide["steps"]
    assert step["step_id"] == "open-app" and step["open"] == 1
    (listed,) = step["reports"]
    assert (listed["id"], listed["note"], listed["org"], listed["office"]) == (
        report_id, NOTE, "harelbeke", "balie")

    reply = "Dank u, de knop heet inderdaad 'Bevestigen'. We passen de gids aan."
    cli(desk.central, capsys, "guide-reports", "close", report_id, "--reply", reply)
    answered = run(desk)
    assert answered.ok and answered.pulled >= 1 and answered.conflicts == 0
    row = repo.get(report_id)
    assert row is not None
    assert (row["status"], row["reply"], row["note"]) == ("closed", reply, NOTE)
    assert (row["sync_state"], row["server_revision"]) == ("synced", 2)
    assert repo.open_counts("itsme-activeren") == {}
    assert desk.store.outbox_counts() == {}
    # Nothing more to send or to pull: the next run changes nothing.
    again = run(desk)
    assert again.ok and again.accepted == 0 and again.conflicts == 0


def test_a_published_version_resolves_it_on_the_desk_too(
    desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.central.test_guide_reports import GUIDE, guide_text, write_guides

    folder = write_guides(tmp_path / "guides", guide_text(1))
    publish.publish_guides(desk.central.engine, folder, "test")
    report_id = report(desk, guide_id=GUIDE, step_id="moment")
    assert run(desk).accepted == 1
    write_guides(folder, guide_text(2, "Kies een dag en een uur.", [report_id]))
    result = publish.publish_guides(desk.central.engine, folder, "test")
    assert result.resolved == [report_id] and result.open_reports == {}
    pulled = run(desk)
    assert pulled.ok and pulled.guides == 1
    row = GuideReportRepository(desk.store).get(report_id)
    assert row is not None and (row["status"], row["resolved_in_version"]) == ("closed", 2)


def test_colleagues_see_the_organisations_reports_other_organisations_do_not(
    desk: Desk,
) -> None:
    colleague = other_device(desk.central)
    stranger = requests.post(
        desk.central.url + "/v1/enroll",
        json={"code": desk.central.code(org="kortrijk"), "device_name": "kortrijk",
              "app_version": "0.1.0", "os": "Linux"},
        headers={"X-Desk-Protocol": "1", "X-Desk-Version": "0.1.0"}, timeout=10,
    ).json()  # fmt: skip
    report_id = report(desk)
    run(desk)

    def kinds(headers: dict[str, str]) -> dict[str, str]:
        answer = requests.get(desk.central.url + "/v1/pull?cursor=0", headers=headers,
                              timeout=10)  # fmt: skip
        return {c["id"]: c["kind"] for c in answer.json()["changes"]}

    assert kinds(colleague).get(report_id) == "guide_report"
    stranger_headers = {"Authorization": f"Bearer {stranger['token']}", "X-Desk-Protocol": "1",
                        "X-Desk-Version": "0.1.0"}  # fmt: skip
    assert report_id not in kinds(stranger_headers)


def test_a_report_the_server_refuses_is_kept_and_shown(desk: Desk) -> None:
    """An older Desk's report that today's server refuses: quarantined with the reason, kept."""
    repo = GuideReportRepository(desk.store)
    report_id = report(desk)
    # As if an older Desk had saved a note the server's rule now refuses.
    with desk.store.tx() as conn:
        payload = conn.execute("SELECT payload FROM outbox").fetchone()[0]
        body = json.loads(payload)
        body["note"] = "Mevrouw Peeters, 0470 12 34 56"
        conn.execute("UPDATE outbox SET payload = ?", (json.dumps(body),))
    result = run(desk)
    assert result.rejected == 1 and result.quarantined == 1
    (entry,) = quarantined_entries(desk.store)
    assert entry["kind"] == "guide_report" and entry["last_error"].startswith("invalid_body: body.note")
    row = repo.get(report_id)
    assert row is not None and row["sync_state"] == "quarantined"
    assert desk.central.items("guide_report") == {}


def test_an_unreadable_pulled_report_is_held_and_the_pull_goes_on(desk: Desk) -> None:
    """A report body this Desk cannot read (a newer server's status, say) is held, not lost."""
    from sqlalchemy import update

    from desk.central import tables as t

    colleague = other_device(desk.central)
    body = {"guide_id": "itsme-activeren", "guide_version": 1, "step_id": "open-app",
            "note": "Een melding van een collega.", "reported_at": "2026-11-28T09:00:00Z",
            "office": "balie", "training": False}  # fmt: skip
    change = {"kind": "guide_report", "id": "5b0f5a52-7a43-4d0e-9d6e-3c1c2b9b7a10",
              "revision": 1, "base_revision": 0, "idempotency_key": "k-1", "deleted": False,
              "body": body}  # fmt: skip
    answer = requests.post(desk.central.url + "/v1/push", timeout=10, headers=colleague,
                           json={"client_time": clock.now().isoformat(), "changes": [change]})
    assert answer.json()["results"][0]["status"] == "accepted"
    with desk.central.engine.begin() as conn:
        conn.execute(update(t.items).where(t.items.c.kind == "guide_report").values(
            body=json.dumps({**body, "status": "under_review"})))  # fmt: skip
    result = run(desk)
    assert result.ok and result.held == 1
    assert GuideReportRepository(desk.store).get(change["id"]) is None
