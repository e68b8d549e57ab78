"""Guide reports on the central service: push, per-organisation storage, the editors' CLI,
closing with a reply, and the published version that resolves them (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from desk.central import guide_reports, publish
from desk.central import tables as t
from desk.central.cli import main
from desk.domain.guide_reports import MAX_NOTE

from .conftest import Central, Device, change, now_iso, push_body

GUIDE = "afspraak-test"


def report_body(**over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "guide_id": GUIDE,
        "guide_version": 1,
        "step_id": "moment",
        "note": "De knop heet nu 'Afspraak maken', niet 'Boeken'.",
        "reported_at": now_iso(),
        "office": "balie",
        "training": False,
    }
    body.update(over)
    return body


def report_change(**over: Any) -> dict[str, Any]:
    body = over.pop("body", None)
    return change("guide_report", body if body is not None else report_body(), **over)


def push(central: Central, device: Device, *changes: dict[str, Any]) -> list[dict[str, Any]]:
    answer = central.client.post("/v1/push", json=push_body(*changes), headers=device.headers)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])


def pull(central: Central, device: Device, kind: str = "guide_report") -> dict[str, Any]:
    answer = central.client.get("/v1/pull?cursor=0", headers=device.headers)
    assert answer.status_code == 200, answer.text
    return {c["id"]: c for c in answer.json()["changes"] if c["kind"] == kind}


def cli(engine: Engine, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--db", engine.url.render_as_string(hide_password=False)])
    out, err = capsys.readouterr()
    return code, out, err


def guide_text(version: int, moment: str = "Kies een dag en een uur dat u past.",
               resolves: list[str] | None = None) -> str:  # fmt: skip
    header = f"resolves = {json.dumps(resolves)}\n" if resolves is not None else ""
    return (
        "+++\n"
        f'id = "{GUIDE}"\n'
        'title = "Afspraak maken (test)"\n'
        'summary = "De burger boekt online een afspraak."\n'
        'category = "gemeente-en-afspraken"\n'
        'tags = []\nsynonyms = []\nminutes = 10\nbring = []\nprechecks = []\n'
        'sources = ["https://www.kortrijk.be/afspraak"]\n'
        "reviewed = 2026-09-01\nreview_months = 24\n"
        'reviewer = "Redactie Desk"\n'
        f"version = {version}\n"
        'language = "nl"\n'
        f"{header}"
        "+++\n\n"
        "## Kies de dienst {#dienst}\nWie: samen\n\n### Medewerker\n"
        "Wijs aan waar de diensten staan.\n\n### Burger\nKies de dienst waarvoor u komt.\n"
        "Deze stap doet u zelf.\n\n"
        "## Kies een moment {#moment}\nWie: burger\n\n### Medewerker\n"
        "Laat de burger zelf een moment kiezen.\n\n### Burger\n"
        f"{moment} Deze stap doet u zelf.\n"
    )


def write_guides(folder: Path, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{GUIDE}.md").write_text(text, encoding="utf-8")
    return folder


def stored(engine: Engine, report_id: str) -> Any:
    with engine.connect() as conn:
        return conn.execute(
            select(t.guide_reports).where(t.guide_reports.c.id == report_id)
        ).one()


# -- push --------------------------------------------------------------------------------------


def test_a_report_is_stored_per_organisation_and_pulled_by_its_organisation_only(
    central: Central,
) -> None:
    harelbeke = central.enroll("harelbeke")
    colleague = central.enroll("harelbeke")
    kortrijk = central.enroll("kortrijk")
    report = report_change()
    [result] = push(central, harelbeke, report)
    assert result["status"] == "accepted" and result["revision"] == 1
    row = stored(central.engine, report["id"])
    assert (row.org, row.office, row.device_id) == ("harelbeke", "balie", harelbeke.id)
    assert (row.guide_id, row.guide_version, row.step_id, row.status) == (GUIDE, 1, "moment", "open")
    assert row.note == report["body"]["note"] and row.reply is None
    # The organisation's desks pull it (the reporting desk and a colleague); another does not.
    assert report["id"] in pull(central, harelbeke)
    assert pull(central, colleague)[report["id"]]["body"]["note"] == row.note
    assert pull(central, kortrijk) == {}


def test_bad_bodies_are_rejected_one_by_one_and_the_rest_is_stored(central: Central) -> None:
    device = central.enroll("harelbeke")
    bad = {
        "unknown field": report_body(staff="An"),
        "version as text": report_body(guide_version="1"),
        "version zero": report_body(guide_version=0),
        "step id with capitals": report_body(step_id="Moment"),
        "guide id with a slash": report_body(guide_id="../etc"),
        "naive time": report_body(reported_at="2026-11-28T10:00:00"),
        "no note": report_body(note=""),
        "note as a list": report_body(note=["a", "b"]),
        "escape sequence": report_body(note="De knop \x1b[2J is weg"),
        "zero-width space": report_body(note="De knop\u200b is weg"),
        "a name and a number": report_body(note="Mevrouw Peeters, 0470 12 34 56, lukt niet"),
        "an e-mail address": report_body(note="Stuur naar jan.peeters@example.com"),
        "10,000 characters": report_body(note="x" * 10_000),
        "one over the limit": report_body(note="x" * (MAX_NOTE + 1)),
        "training flag as text": report_body(training="false"),
        "office that is no code": report_body(office="Balie 2"),
    }
    good = report_change()
    changes = [report_change(body=body) for body in bad.values()]
    results = push(central, device, *changes, good)
    for name, result in zip(bad, results, strict=False):
        assert result["status"] == "rejected", name
        assert result["reason_code"] == "invalid_body", name
        assert result["reason"].startswith("body"), (name, result["reason"])
    assert results[-1]["status"] == "accepted"
    with central.engine.connect() as conn:
        ids = [r.id for r in conn.execute(select(t.guide_reports.c.id))]
    assert ids == [good["id"]]


def test_a_report_is_written_once(central: Central) -> None:
    device = central.enroll("harelbeke")
    report = report_change()
    assert push(central, device, report)[0]["status"] == "accepted"
    # The same change again (a lost answer): acknowledged, nothing new.
    assert push(central, device, report)[0]["status"] == "duplicate"
    edited = dict(report, revision=2, base_revision=1, idempotency_key=uuid.uuid4().hex,
                  body=report_body(note="Een andere tekst over de stap."))  # fmt: skip
    deleted = dict(report, revision=2, base_revision=1, idempotency_key=uuid.uuid4().hex,
                   deleted=True, body={})  # fmt: skip
    for attempt in (edited, deleted):
        [result] = push(central, device, attempt)
        assert result["status"] == "rejected" and result["reason_code"] == "immutable"
    # Deleting a report the server never had is refused too, and stores nothing.
    [result] = push(central, device, report_change(deleted=True, body={}))
    assert result["status"] == "rejected"
    assert stored(central.engine, report["id"]).note == report["body"]["note"]
    other = central.enroll("kortrijk")
    [result] = push(central, other, dict(edited, idempotency_key=uuid.uuid4().hex))
    assert result["reason_code"] == "other_organisation"


# -- the editors' CLI --------------------------------------------------------------------------


def test_listing_counts_per_step_newest_first(
    central: Central, capsys: pytest.CaptureFixture[str]
) -> None:
    harelbeke, kortrijk = central.enroll("harelbeke"), central.enroll("kortrijk")
    first = report_change(body=report_body(reported_at=now_iso(timedelta(days=-2))))
    second = report_change(body=report_body(reported_at=now_iso(timedelta(days=-1)),
                                            note="Het uur kiezen lukt niet meer."))  # fmt: skip
    other_step = report_change(body=report_body(step_id="dienst", note="Dienst ontbreekt."))
    other_guide = report_change(body=report_body(guide_id="itsme-activeren", step_id="open-app"))
    push(central, harelbeke, first, other_step, other_guide)
    push(central, kortrijk, second)

    code, out, _ = cli(central.engine, capsys, "guide-reports", "--json")
    assert code == 0
    guides = json.loads(out)["guides"]
    assert [g["guide_id"] for g in guides] == [GUIDE, "itsme-activeren"]  # most open first
    mine = guides[0]
    assert mine["open"] == 3
    assert [(s["step_id"], s["open"]) for s in mine["steps"]] == [("moment", 2), ("dienst", 1)]
    moment = mine["steps"][0]["reports"]
    assert [r["id"] for r in moment] == [second["id"], first["id"]]  # newest first
    assert [r["org"] for r in moment] == ["kortrijk", "harelbeke"]
    assert moment[0]["note"] == "Het uur kiezen lukt niet meer."

    code, out, _ = cli(central.engine, capsys, "guide-reports", "--json", "--guide", GUIDE,
                       "--org", "harelbeke")  # fmt: skip
    only = json.loads(out)["guides"]
    assert [g["guide_id"] for g in only] == [GUIDE] and only[0]["open"] == 2

    code, out, _ = cli(central.engine, capsys, "guide-reports")
    assert code == 0
    assert f"{GUIDE} (not published): 3 open" in out
    assert "  #moment: 2 open [not in the published version]" in out
    assert out.index(second["id"]) < out.index(first["id"])
    assert "Het uur kiezen lukt niet meer." in out
    code, out, _ = cli(central.engine, capsys, "guide-reports", "list", "--guide", "nothing")
    assert (code, out.strip()) == (0, "no guide reports")


def test_closing_with_a_reply_reaches_the_desks_and_is_audited(
    central: Central, capsys: pytest.CaptureFixture[str]
) -> None:
    device = central.enroll("harelbeke")
    report = report_change()
    push(central, device, report)
    reply = "Klopt, we passen de stap aan in de volgende versie."
    code, out, err = cli(central.engine, capsys, "guide-reports", "close", report["id"].upper(),
                         "--reply", reply)  # fmt: skip
    assert (code, out.strip()) == (0, f"closed {report['id']}"), err
    row = stored(central.engine, report["id"])
    assert (row.status, row.reply, row.resolved_in_version) == ("closed", reply, None)
    assert row.closed_at is not None and row.closed_by.startswith("cli:")
    pulled = pull(central, device)[report["id"]]
    assert pulled["revision"] == 2
    assert pulled["body"]["status"] == "closed" and pulled["body"]["reply"] == reply
    assert pulled["body"]["note"] == report["body"]["note"]
    with central.engine.connect() as conn:
        audit = conn.execute(
            select(t.audit_log).where(t.audit_log.c.action == "guide_report.close")
        ).one()
    assert audit.target == report["id"] and audit.org == "harelbeke"
    assert reply not in audit.detail and report["body"]["note"] not in audit.detail
    # Closed reports leave the default listing, and stay in --all.
    assert json.loads(cli(central.engine, capsys, "guide-reports", "--json")[1])["guides"] == []
    everything = json.loads(cli(central.engine, capsys, "guide-reports", "--json", "--all")[1])
    assert everything["guides"][0]["steps"][0]["reports"][0]["reply"] == reply
    # A pushed change of the closed report is refused; the reply stays.
    late = dict(report, revision=3, base_revision=2, idempotency_key=uuid.uuid4().hex)
    assert push(central, device, late)[0]["reason_code"] == "immutable"
    assert stored(central.engine, report["id"]).reply == reply


@pytest.mark.parametrize(
    ("report_id", "reply", "expected"),
    [
        ("known", "Opgelost.", "already closed"),
        ("not-a-uuid", "Opgelost.", "is not a report id"),
        (str(uuid.UUID(int=7)), "Opgelost.", "no guide report"),
        ("open", "Bel mevrouw Peeters terug", "reply: bevat een naam"),
        ("open", "Zie 0470 12 34 56", "reply: bevat een gsm-"),
        ("open", "Opgelost\x07", "reply: bevat onzichtbare of stuurtekens"),
        ("open", "x" * 2001, "reply: hoogstens 2000 tekens"),
        ("open", " ", "reply: beschrijf kort"),
    ],
)
def test_refused_closes_say_why_and_change_nothing(
    central: Central, capsys: pytest.CaptureFixture[str], report_id: str, reply: str,
    expected: str,
) -> None:  # fmt: skip
    device = central.enroll("harelbeke")
    known, still_open = report_change(), report_change()
    push(central, device, known, still_open)
    assert guide_reports.close(central.engine, known["id"], "Opgelost.", "test")["status"] == "closed"
    target = {"known": known["id"], "open": still_open["id"]}.get(report_id, report_id)
    code, _, err = cli(central.engine, capsys, "guide-reports", "close", target, "--reply", reply)
    assert code == 1 and expected in err
    assert stored(central.engine, still_open["id"]).status == "open"
    assert pull(central, device)[still_open["id"]]["revision"] == 1


# -- publishing resolves reports ---------------------------------------------------------------


def test_a_published_version_resolves_the_reports_it_names(
    central: Central, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = central.engine
    device = central.enroll("harelbeke")
    code, out, _ = cli(engine, capsys, "publish", "guides",
                       str(write_guides(tmp_path / "g", guide_text(1))))  # fmt: skip
    assert code == 0 and json.loads(out)["published"] == [GUIDE]
    fixed, later, untouched = report_change(), report_change(), report_change()
    later["body"]["guide_version"] = 2  # made on the version that is about to be published
    push(central, device, fixed, later, untouched)

    code, out, err = cli(engine, capsys, "guide-reports")
    assert f"{GUIDE} — Afspraak maken (test) (published version 1): 3 open" in out
    assert "  #moment — Kies een moment: 3 open" in out

    folder = write_guides(tmp_path / "g", guide_text(
        2, "Kies een dag en een uur. Klik op 'Afspraak maken'.", [fixed["id"], later["id"]]))
    code, out, err = cli(engine, capsys, "publish", "guides", str(folder))
    assert code == 0, err
    answer = json.loads(out)
    assert answer["published"] == [GUIDE] and answer["resolved"] == [fixed["id"]]
    assert answer["open_reports"] == {GUIDE: {"moment": 2}}
    assert f"open reports: {GUIDE}#moment: 2" in err
    assert f"report {later['id']} stays open: it was made on version 2" in err
    row = stored(engine, fixed["id"])
    assert (row.status, row.resolved_in_version, row.reply) == ("closed", 2, None)
    body = pull(central, device)[fixed["id"]]["body"]
    assert (body["status"], body["resolved_in_version"]) == ("closed", 2)
    assert stored(engine, untouched["id"]).status == "open"

    # Publishing the same folder again changes nothing; the id may stay in the header.
    code, out, err = cli(engine, capsys, "publish", "guides", str(folder))
    assert json.loads(out)["unchanged"] == [GUIDE] and json.loads(out)["resolved"] == []
    assert f"report {later['id']} stays open: this guide did not change" in err
    assert pull(central, device)[fixed["id"]]["revision"] == 2


@pytest.mark.parametrize("problem", ["unknown", "other guide", "not an id"])
def test_a_wrong_resolves_id_publishes_nothing(
    central: Central, tmp_path: Path, problem: str
) -> None:
    device = central.enroll("harelbeke")
    publish.publish_guides(central.engine, write_guides(tmp_path / "g", guide_text(1)), "test")
    mine = report_change()
    elsewhere = report_change(body=report_body(guide_id="itsme-activeren", step_id="open-app"))
    push(central, device, mine, elsewhere)
    wrong = {"unknown": str(uuid.uuid4()), "other guide": elsewhere["id"],
             "not an id": "melding-3"}[problem]  # fmt: skip
    folder = write_guides(tmp_path / "g", guide_text(2, "Nieuw.", [mine["id"], wrong]))
    with pytest.raises(publish.PublishError) as caught:
        publish.publish_guides(central.engine, folder, "test")
    assert f"{GUIDE}.md:" in "\n".join(caught.value.problems)
    assert stored(central.engine, mine["id"]).status == "open"
    with central.engine.connect() as conn:
        body = conn.execute(select(t.items.c.body).where(t.items.c.kind == "guide")).scalar_one()
    assert json.loads(body)["version"] == 1  # nothing was published


def test_a_report_needs_no_office_but_a_named_office_must_exist(central: Central) -> None:
    """Unlike a case, a report does not depend on an office: a device enrolled without one
    can still report; an office it names must be one of its organisation's."""
    officeless = central.enroll("harelbeke", office=None)
    report = report_change(body=report_body(office=None))
    [result] = push(central, officeless, report)
    assert result["status"] == "accepted"
    assert stored(central.engine, report["id"]).office is None
    [result] = push(central, officeless, report_change(body=report_body(office="nergens")))
    assert (result["status"], result["reason_code"]) == ("rejected", "unknown_office")
