"""Retention on the server (issue #20, item 3), on SQLite and PostgreSQL.

A case's contact reference goes N days after the case's last change; a
referral's name, contact data and notes N days after a final status, or M
days after its last change while it is open. An erasure is a new revision
that desks pull; nothing past its period is ever pulled, even before a run.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from desk import clock
from desk.central import erasure, retention
from desk.central import tables as t
from desk.central.db import writing
from desk.clock import FrozenClock

from .conftest import Central, change, now_iso
from .privacy_support import (
    EMAIL,
    NAME,
    NOTE,
    PHONE,
    REF,
    all_audit_text,
    audit_rows,
    case_change,
    cube,
    days,
    item,
    personal_referral,
    pull_all,
    push,
    set_status,
    stats,
)


def _run(central: Central, dry_run: bool = False) -> retention.RunReport:
    return retention.run(central.engine, actor="test", dry_run=dry_run)


# -- cases ---------------------------------------------------------------------------------


def test_a_case_reference_goes_365_days_after_the_last_change(
    central: Central, frozen_clock: FrozenClock
) -> None:
    dev = central.enroll("harelbeke")
    ch = case_change(citizen_ref=REF, notes="vraag over itsme")
    plain = case_change()
    push(central, dev, ch, plain)
    assert item(central, "case", ch["id"])["personal"] is True
    assert item(central, "case", plain["id"])["personal"] is False

    frozen_clock.advance(days(365) - timedelta(seconds=1))
    assert _run(central).total == 0
    assert item(central, "case", ch["id"])["body"]["citizen_ref"] == REF

    frozen_clock.advance(seconds=1)
    report = _run(central)
    assert report.counts == {"harelbeke": {"case": 1}}
    after = item(central, "case", ch["id"])
    assert after["revision"] == 2 and after["personal"] is False
    assert after["body"] == {**ch["body"], "citizen_ref": None}  # the rest stays as it was
    assert item(central, "case", plain["id"])["revision"] == 1
    assert _run(central).total == 0  # nothing twice


def test_a_change_to_the_case_starts_the_period_again(
    central: Central, frozen_clock: FrozenClock
) -> None:
    dev = central.enroll("harelbeke")
    ch = case_change(citizen_ref=REF)
    push(central, dev, ch)
    frozen_clock.advance(days(300))
    dev = central.enroll("harelbeke")
    edited = dict(ch, revision=2, base_revision=1, idempotency_key=uuid.uuid4().hex,
                  body={**ch["body"], "notes": "tweede bezoek"})  # fmt: skip
    push(central, dev, edited)
    frozen_clock.advance(days(65))
    assert _run(central).total == 0
    frozen_clock.advance(days(300))
    assert _run(central).counts == {"harelbeke": {"case": 1}}


def test_a_reference_typed_again_after_an_erasure_is_kept_for_a_new_period(
    central: Central, frozen_clock: FrozenClock
) -> None:
    retention.set_policy(central.engine, "harelbeke", retention_days=30,
                         referral_retention_days=None, actor="test")  # fmt: skip
    dev = central.enroll("harelbeke")
    ch = case_change(citizen_ref=REF)
    push(central, dev, ch)
    frozen_clock.advance(days(30))
    _run(central)
    again = dict(ch, revision=3, base_revision=2, idempotency_key=uuid.uuid4().hex,
                 body={**ch["body"], "citizen_ref": "nieuwe referentie"})  # fmt: skip
    assert push(central, dev, again)[0]["revision"] == 3
    assert _run(central).total == 0
    frozen_clock.advance(days(30))
    assert _run(central).counts == {"harelbeke": {"case": 1}}


# -- referrals -----------------------------------------------------------------------------


def test_a_closed_referral_keeps_name_and_contact_365_days_after_closing(
    central: Central, frozen_clock: FrozenClock
) -> None:
    dev = central.enroll("harelbeke")
    ref = change("referral", personal_referral())
    push(central, dev, ref)
    frozen_clock.advance(days(200))
    social = central.enroll("harelbeke", role="social")
    set_status(central, social, ref["id"], "received")
    frozen_clock.advance(days(10))
    set_status(central, social, ref["id"], "declined")  # final
    closed = item(central, "referral", ref["id"])

    frozen_clock.advance(days(365) - timedelta(seconds=1))
    assert _run(central).total == 0
    frozen_clock.advance(seconds=1)
    assert _run(central).counts == {"harelbeke": {"referral": 1}}
    after = item(central, "referral", ref["id"])
    assert after["revision"] == closed["revision"] + 1 and after["personal"] is False
    body = after["body"]
    assert body["citizen"] is None and body["notes"] == ""
    # What is not personal stays: status, history, consent record, needs for the statistics.
    kept = {k: v for k, v in closed["body"].items() if k not in ("citizen", "notes")}
    assert {k: v for k, v in body.items() if k not in ("citizen", "notes")} == kept
    text = json.dumps(body)
    assert all(v not in text for v in (NAME, PHONE, EMAIL, NOTE))


def test_an_open_referral_goes_365_days_after_its_last_change(
    central: Central, frozen_clock: FrozenClock
) -> None:
    dev = central.enroll("harelbeke")
    ref = change("referral", personal_referral())
    push(central, dev, ref)
    frozen_clock.advance(days(100))
    social = central.enroll("harelbeke", role="social")
    set_status(central, social, ref["id"], "received")  # a change: the year starts again
    frozen_clock.advance(days(300))
    assert _run(central).total == 0
    frozen_clock.advance(days(65))
    assert _run(central).counts == {"harelbeke": {"referral": 1}}


def test_a_closing_time_in_the_future_cannot_stretch_the_period(
    central: Central, frozen_clock: FrozenClock
) -> None:
    """A desk whose clock runs a year ahead closes a referral: the server's time counts."""
    dev = central.enroll("harelbeke")
    ahead = now_iso(days(400))
    body = personal_referral(status="cancelled", status_history=[
        {"status": "sent", "at": now_iso(), "by": "An", "note": ""},
        {"status": "cancelled", "at": ahead, "by": "An", "note": ""}])  # fmt: skip
    ref = change("referral", body)
    push(central, dev, ref)
    frozen_clock.advance(days(365))
    assert _run(central).counts == {"harelbeke": {"referral": 1}}


def test_a_closing_time_in_the_past_counts_from_then(
    central: Central, frozen_clock: FrozenClock
) -> None:
    """A desk that was offline sends a referral it cancelled 200 days ago."""
    dev = central.enroll("harelbeke")
    body = personal_referral(status="cancelled", status_history=[
        {"status": "sent", "at": now_iso(-days(300)), "by": "An", "note": ""},
        {"status": "cancelled", "at": now_iso(-days(200)), "by": "An", "note": ""}])  # fmt: skip
    ref = change("referral", body)
    push(central, dev, ref)
    frozen_clock.advance(days(164))
    assert _run(central).total == 0
    frozen_clock.advance(days(1))
    assert _run(central).counts == {"harelbeke": {"referral": 1}}


def test_an_anonymous_referral_has_nothing_to_erase(
    central: Central, frozen_clock: FrozenClock
) -> None:
    dev = central.enroll("harelbeke")
    anon = change("referral", personal_referral(consent=None, citizen=None, notes=""))
    push(central, dev, anon)
    assert item(central, "referral", anon["id"])["personal"] is False
    frozen_clock.advance(days(800))
    assert _run(central).total == 0
    assert item(central, "referral", anon["id"])["revision"] == 1


def test_notes_without_a_citizen_are_personal_too(
    central: Central, frozen_clock: FrozenClock
) -> None:
    dev = central.enroll("harelbeke")
    ref = change("referral", personal_referral(citizen=None))
    push(central, dev, ref)
    assert item(central, "referral", ref["id"])["personal"] is True
    frozen_clock.advance(days(365))
    assert _run(central).counts == {"harelbeke": {"referral": 1}}
    assert item(central, "referral", ref["id"])["body"]["notes"] == ""


# -- settings per organisation -------------------------------------------------------------


def test_each_organisation_has_its_own_periods(
    central: Central, frozen_clock: FrozenClock
) -> None:
    policy = retention.set_policy(central.engine, "harelbeke", retention_days=30,
                                  referral_retention_days=60, actor="cli:dpo")  # fmt: skip
    assert policy == retention.Policy(30, 60)
    h, k = central.enroll("harelbeke"), central.enroll("kortrijk")
    h_case, k_case = case_change(citizen_ref=REF), case_change(citizen_ref=REF)
    h_ref = change("referral", personal_referral())
    push(central, h, h_case, h_ref)
    push(central, k, k_case)
    frozen_clock.advance(days(30))
    assert _run(central).counts == {"harelbeke": {"case": 1}}
    frozen_clock.advance(days(30))
    assert _run(central).counts == {"harelbeke": {"referral": 1}}
    assert item(central, "case", k_case["id"])["body"]["citizen_ref"] == REF
    # Only one period changed: the other stays.
    assert retention.set_policy(central.engine, "harelbeke", retention_days=None,
                                referral_retention_days=90, actor="t") == retention.Policy(30, 90)
    (entry, *_) = audit_rows(central, "retention.set")
    assert entry["org"] == "harelbeke" and entry["actor"] == "cli:dpo"
    assert entry["detail"] == {"retention_days": 30, "referral_retention_days": 60}


def test_a_closed_referral_follows_n_and_an_open_one_m(
    central: Central, frozen_clock: FrozenClock
) -> None:
    retention.set_policy(central.engine, "harelbeke", retention_days=30,
                         referral_retention_days=90, actor="t")  # fmt: skip
    dev = central.enroll("harelbeke")
    social = central.enroll("harelbeke", role="social")
    closed, open_ = (change("referral", personal_referral()) for _ in range(2))
    push(central, dev, closed, open_)
    set_status(central, social, closed["id"], "cancelled")
    frozen_clock.advance(days(30))
    assert _run(central).counts == {"harelbeke": {"referral": 1}}
    assert item(central, "referral", closed["id"])["body"]["citizen"] is None
    frozen_clock.advance(days(59))
    assert _run(central).total == 0
    frozen_clock.advance(days(1))
    assert _run(central).counts == {"harelbeke": {"referral": 1}}


@pytest.mark.parametrize(
    ("org", "n", "m", "message"),
    [
        ("harelbeke", 0, None, "--retention-days"),
        ("harelbeke", None, 3651, "--referral-retention-days"),
        ("harelbeke", -5, None, "--retention-days"),
        ("harelbeke", None, None, "give --retention-days"),
        ("nergens", 30, None, "unknown organisation"),
    ],
)
def test_bad_settings_are_refused(
    central: Central, org: str, n: int | None, m: int | None, message: str
) -> None:
    with pytest.raises(retention.RetentionError, match=message):
        retention.set_policy(central.engine, org, retention_days=n, referral_retention_days=m,
                             actor="t")  # fmt: skip
    with central.engine.connect() as conn:
        assert retention.policies(conn)["harelbeke"] == retention.DEFAULT_POLICY


# -- the erasure flows to the desks --------------------------------------------------------


def test_the_erasure_is_pulled_as_a_new_revision(
    central: Central, frozen_clock: FrozenClock
) -> None:
    dev = central.enroll("harelbeke")
    ch = case_change(citizen_ref=REF)
    ref = change("referral", personal_referral())
    push(central, dev, ch, ref)
    cursor = max(c["seq"] for c in pull_all(central, dev))
    frozen_clock.advance(days(365))
    _run(central)
    dev = central.enroll("harelbeke")  # the first token has expired by now
    got = {c["id"]: c for c in pull_all(central, dev, cursor)}
    assert got[ch["id"]]["revision"] == 2 and got[ch["id"]]["body"]["citizen_ref"] is None
    assert got[ref["id"]]["revision"] == 2 and got[ref["id"]]["body"]["citizen"] is None


def test_a_desk_change_based_on_the_erased_version_conflicts_without_personal_data(
    central: Central, frozen_clock: FrozenClock
) -> None:
    retention.set_policy(central.engine, "harelbeke", retention_days=30,
                         referral_retention_days=None, actor="t")  # fmt: skip
    dev = central.enroll("harelbeke")
    ch = case_change(citizen_ref=REF)
    push(central, dev, ch)
    frozen_clock.advance(days(30))
    _run(central)
    stale = dict(ch, revision=2, base_revision=1, idempotency_key=uuid.uuid4().hex)
    answer = central.client.post("/v1/push", json={"client_time": now_iso(),
                                                   "changes": [stale]}, headers=dev.headers)
    (result,) = answer.json()["results"]
    assert result["status"] == "conflict"
    assert result["server_record"]["body"]["citizen_ref"] is None


def test_a_conflict_answer_never_shows_what_is_past_retention(
    central: Central, frozen_clock: FrozenClock
) -> None:
    """A desk of the organisation enrolled after the period, before a run: its pull was
    filtered, and a stale change to the same record must not show the server's copy."""
    dev = central.enroll("harelbeke")
    ch, ref = case_change(citizen_ref=REF), change("referral", personal_referral())
    fresh = case_change(citizen_ref="Verse-referentie")
    push(central, dev, ch, ref)
    frozen_clock.advance(days(365))
    newcomer = central.enroll("harelbeke")
    push(central, newcomer, fresh)
    stale = [dict(c, revision=1, base_revision=0, idempotency_key=uuid.uuid4().hex)
             for c in (ch, ref, fresh)]  # fmt: skip
    answer = central.client.post("/v1/push", json={"client_time": now_iso(), "changes": stale},
                                 headers=newcomer.headers)  # fmt: skip
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["conflict"] * 3
    assert all(v not in answer.text for v in (REF, NAME, PHONE, EMAIL, NOTE))
    assert results[1]["server_record"]["body"]["status"] == "sent"
    assert results[2]["server_record"]["body"]["citizen_ref"] == "Verse-referentie"
    (shown,) = [r for r in audit_rows(central, "personal.read") if r["detail"]["via"] == "conflict"]
    assert shown["detail"]["records_with_personal_data"] == {"case": 1}


def test_a_desk_enrolled_between_runs_never_receives_expired_data(
    central: Central, frozen_clock: FrozenClock
) -> None:
    dev = central.enroll("harelbeke")
    old_case, old_ref = case_change(citizen_ref=REF), change("referral", personal_referral())
    push(central, dev, old_case, old_ref)
    frozen_clock.advance(days(200))
    dev = central.enroll("harelbeke")
    fresh = case_change(citizen_ref="Verse-referentie")
    push(central, dev, fresh)
    frozen_clock.advance(days(170))  # the old ones are due, no run has happened yet
    newcomer = central.enroll("harelbeke")
    got = {c["id"]: c for c in pull_all(central, newcomer)}
    assert got[old_case["id"]]["body"]["citizen_ref"] is None
    assert got[old_case["id"]]["body"]["topics"] == old_case["body"]["topics"]
    assert got[old_ref["id"]]["body"]["citizen"] is None
    assert got[old_ref["id"]]["body"]["notes"] == ""
    assert got[fresh["id"]]["body"]["citizen_ref"] == "Verse-referentie"
    raw = json.dumps(list(got.values()))
    assert all(v not in raw for v in (REF, NAME, PHONE, EMAIL, NOTE))
    # The stored records are untouched until a run erases them (with a new revision).
    assert item(central, "case", old_case["id"])["revision"] == 1
    # The pull audit counts only what really carried personal data.
    (read,) = [r for r in audit_rows(central, "personal.read")
               if r["actor"].endswith(newcomer.id[:8])]  # fmt: skip
    assert read["detail"]["records_with_personal_data"] == {"case": 1}


def test_the_partner_inbox_never_shows_what_is_past_retention(
    central: Central, frozen_clock: FrozenClock
) -> None:
    """The partner page reads the referral itself: between two runs it hides what is due."""
    from desk.central.web import inbox
    from desk.central.web.accounts import User

    with central.engine.begin() as conn:
        conn.execute(t.web_partners.insert().values(code="bib", name="Bib", created_at=clock.now()))
        conn.execute(t.web_partner_services.insert().values(partner="bib",
                                                            service_id="svc-bib-harelbeke"))
    user = User("u1", "lies@example.org", "partner", "bib", "Bib", None, "nl", False)
    ref = change("referral", personal_referral())
    push(central, central.enroll("harelbeke"), ref)
    shown = inbox.referral(central.engine, user, ref["id"], "127.0.0.1")
    assert shown is not None and shown.personal is not None and shown.personal["name"] == NAME
    frozen_clock.advance(days(365))
    later = inbox.referral(central.engine, user, ref["id"], "127.0.0.1")
    assert later is not None and later.personal is None and later.erased
    assert all(v not in json.dumps(later.body) for v in (NAME, PHONE, EMAIL, NOTE))
    assert item(central, "referral", ref["id"])["revision"] == 1  # no run yet


# -- runs ----------------------------------------------------------------------------------


def test_a_dry_run_counts_and_changes_nothing(central: Central, frozen_clock: FrozenClock) -> None:
    dev = central.enroll("harelbeke")
    ch, ref = case_change(citizen_ref=REF), change("referral", personal_referral())
    push(central, dev, ch, ref)
    frozen_clock.advance(days(365))
    report = _run(central, dry_run=True)
    assert report.counts == {"harelbeke": {"case": 1, "referral": 1}}
    assert report.as_json()["due"] == {"harelbeke": {"case": 1, "referral": 1}}
    assert item(central, "case", ch["id"])["revision"] == 1
    assert audit_rows(central, "retention.erase") == []


def test_every_erasure_is_audited_with_counts_only(
    central: Central, frozen_clock: FrozenClock
) -> None:
    h, k = central.enroll("harelbeke"), central.enroll("kortrijk")
    push(central, h, case_change(citizen_ref=REF), case_change(citizen_ref=REF + "-2"),
         change("referral", personal_referral()))  # fmt: skip
    push(central, k, case_change(citizen_ref=REF + "-3"))
    frozen_clock.advance(days(365))
    report = retention.run(central.engine, actor="cli:beheer")
    assert report.as_json()["erased"] == {"harelbeke": {"case": 2, "referral": 1},
                                          "kortrijk": {"case": 1}}  # fmt: skip
    entries = audit_rows(central, "retention.erase")
    assert [(e["org"], e["actor"]) for e in entries] == [("harelbeke", "cli:beheer"),
                                                         ("kortrijk", "cli:beheer")]
    assert entries[0]["detail"] == {"cases": 2, "referrals": 1, "retention_days": 365,
                                    "referral_retention_days": 365}  # fmt: skip
    text = all_audit_text(central)
    assert all(v not in text for v in (REF, NAME, PHONE, EMAIL, NOTE))


def test_statistics_stay_the_same(central: Central, frozen_clock: FrozenClock) -> None:
    dev = central.enroll("harelbeke")
    ref = change("referral", personal_referral())
    push(central, dev, case_change(citizen_ref=REF), ref, change("referral", personal_referral()))
    social = central.enroll("harelbeke", role="social")
    set_status(central, social, ref["id"], "contact_made")
    year = clock.today().year
    before = stats(central, dev, year)
    raw = cube(central)
    assert raw  # there is something to compare
    frozen_clock.advance(days(365))
    assert _run(central).total == 3
    assert stats(central, central.enroll("harelbeke"), year) == before
    assert cube(central) == raw


def test_an_erasure_rereads_the_record_first(central: Central, frozen_clock: FrozenClock) -> None:
    """Chosen for erasure, then changed before the batch ran: judged on the new version."""
    dev = central.enroll("harelbeke")
    ch = case_change(citizen_ref=REF)
    push(central, dev, ch)
    frozen_clock.advance(days(365))
    with central.engine.connect() as conn:
        policy = retention.policy_for(conn, "harelbeke")
    dev = central.enroll("harelbeke")
    newer = dict(ch, revision=2, base_revision=1, idempotency_key=uuid.uuid4().hex)
    push(central, dev, newer)  # changed meanwhile: a new period
    now = frozen_clock.now()

    def due(kind, _id, body, updated_at, _org):  # type: ignore[no-untyped-def]
        return retention.is_due(kind, body, updated_at, policy, now)

    with writing(central.engine) as conn:
        assert erasure.erase(conn, [("case", ch["id"])], now, still=due) == []
    assert item(central, "case", ch["id"])["body"]["citizen_ref"] == REF


def test_a_deleted_record_keeps_no_personal_data(central: Central) -> None:
    dev = central.enroll("harelbeke")
    ch = case_change(citizen_ref=REF)
    push(central, dev, ch)
    gone = dict(ch, revision=2, base_revision=1, idempotency_key=uuid.uuid4().hex, deleted=True,
                body={})  # fmt: skip
    push(central, dev, gone)
    with central.engine.connect() as conn:
        body, personal = conn.execute(
            select(t.items.c.body, t.items.c.personal).where(t.items.c.id == ch["id"])
        ).one()
    assert REF not in body and personal is False


# -- the job inside serve ------------------------------------------------------------------


def test_the_scheduled_run_happens_once_a_day_whatever_the_number_of_workers(
    central: Central, frozen_clock: FrozenClock
) -> None:
    every = timedelta(days=1)
    assert retention.run_if_due(central.engine, every) is not None
    assert retention.run_if_due(central.engine, every) is None  # another worker, same moment
    frozen_clock.advance(hours=23)
    assert retention.run_if_due(central.engine, every) is None
    frozen_clock.advance(hours=1)
    dev = central.enroll("harelbeke")
    push(central, dev, case_change(citizen_ref=REF))
    frozen_clock.advance(days(365))
    report = retention.run_if_due(central.engine, every)
    assert report is not None and report.counts == {"harelbeke": {"case": 1}}
    (entry,) = audit_rows(central, "retention.erase")
    assert entry["actor"] == "server:retention"


def test_a_clock_set_back_does_not_stop_the_scheduled_runs(
    central: Central, frozen_clock: FrozenClock
) -> None:
    every = timedelta(days=1)
    frozen_clock.advance(days(300))  # the server's clock ran ahead once
    assert retention.run_if_due(central.engine, every) is not None
    frozen_clock.advance(-days(300))  # and was put right
    assert retention.run_if_due(central.engine, every) is not None
    assert retention.run_if_due(central.engine, every) is None


def test_the_job_runs_in_the_background_and_stops(
    central: Central, frozen_clock: FrozenClock
) -> None:
    dev = central.enroll("harelbeke")
    ch = case_change(citizen_ref=REF)
    push(central, dev, ch)
    frozen_clock.advance(days(365))
    job = retention.RetentionJob(central.engine, check=timedelta(hours=1))
    job.start()
    try:
        assert job.ran.wait(30), "the job did not run"
    finally:
        job.stop()
    assert not job.running
    assert item(central, "case", ch["id"])["body"]["citizen_ref"] is None


def test_serve_starts_the_job(engine, frozen_clock: FrozenClock) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from desk.central.app import Settings, create_app

    app = create_app(engine, Settings(retention_job=True))
    with TestClient(app):
        job = app.state.retention_job
        assert job.ran.wait(30), "the job did not run"
        assert job.running
    assert not job.running
    with engine.connect() as conn:
        stamp = conn.execute(select(t.server_config.c.value).where(
            t.server_config.c.key == retention.LAST_RUN_KEY)).scalar_one()  # fmt: skip
    assert retention.parse_time(stamp) == frozen_clock.now()
    assert Settings.from_env().retention_job is True


# -- no byte left behind (SQLite) ----------------------------------------------------------


def test_no_byte_of_an_erased_value_stays_in_the_sqlite_files(
    tmp_path, frozen_clock: FrozenClock  # type: ignore[no-untyped-def]
) -> None:
    from fastapi.testclient import TestClient

    from desk.central.app import Settings, create_app
    from desk.central.db import make_engine
    from desk.central.migrate import upgrade

    from .conftest import Central

    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    upgrade(engine)
    with TestClient(create_app(engine, Settings())) as client:
        c = Central(engine, client, Settings())
        c.org("harelbeke")
        dev = c.enroll("harelbeke")
        push(c, dev, case_change(citizen_ref=REF), change("referral", personal_referral()))

        def files() -> bytes:
            return b"".join(p.read_bytes() for p in tmp_path.glob("central.db*"))

        assert REF.encode() in files() and NAME.encode() in files()  # the test can fail
        frozen_clock.advance(days(365))
        assert _run(c).total == 2
        blob = files()
        assert all(v.encode() not in blob for v in (REF, NAME, PHONE, EMAIL, NOTE))
    engine.dispose()
