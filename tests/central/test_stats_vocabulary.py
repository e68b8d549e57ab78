"""Issue #16, findings 1, 2 and 7: statistics name only what the server knows.

Each probe is the one the review used, on SQLite and PostgreSQL: free text pushed
as a topic, a service id, a guide id, a drop-off step or an office must never come
back as a row label, in JSON or CSV; the cube does not grow with junk; no CSV
cell can run as a formula. Every test here fails on the code before the fix.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from desk.central import admin, stats
from desk.central.db import reading
from desk.central.publish import publish_directory, publish_guides

from .conftest import Central, Device, case_body, change, push_body, referral_body

REPO = Path(__file__).resolve().parents[2]
PROBE = "Jan Peeters RRN 85.07.30-033.61 schuldbemiddeling"
#: Pieces of the probe that must never appear in any answer.
LEAKS = ("Jan", "Peeters", "85.07.30", "033.61", "RRN", "schuldbemiddeling", "jan-peeters")
PERIODS = ("2026-10", "2026-Q4", "2026")
TABLES = ("referrals_by_month", "referrals_by_org", "referrals_by_office",
          "referrals_by_municipality", "referrals_by_need", "referrals_by_barrier",
          "referrals_by_service", "referrals_by_urgency", "time_to_first_contact",
          "cases_by_month", "cases_by_org", "cases_by_office", "cases_by_channel",
          "cases_by_reason", "cases_by_topic", "guide_completion", "guide_drop_off")  # fmt: skip


def _push(central: Central, dev: Device, *changes: dict[str, Any],
          accepted: bool = True) -> list[dict[str, Any]]:  # fmt: skip
    answer = central.client.post("/v1/push", json=push_body(*changes), headers=dev.headers)
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    if accepted:
        assert all(r["status"] == "accepted" for r in results), results
    return results


def _every_answer(central: Central, dev: Device, org: str | None = None) -> str:
    """Every JSON and CSV answer for every period and scope, as one text."""
    texts = []
    scopes = [{}, {"org": "harelbeke"}, {"org": "harelbeke", "office": "balie"},
              {"org": "harelbeke", "office": "other"}]  # fmt: skip
    for period in PERIODS:
        for scope in scopes:
            params = {"period": period, **scope}
            answer = central.client.get("/v1/stats", params=params, headers=dev.headers)
            assert answer.status_code == 200, answer.text
            texts.append(answer.text)
            for table in TABLES:
                got = central.client.get("/v1/stats.csv", params={**params, "table": table},
                                         headers=dev.headers)  # fmt: skip
                assert got.status_code == 200, got.text
                texts.append(got.text)
    return "\n".join(texts)


@pytest.mark.parametrize("times", [1, 2, 3])
def test_free_text_never_becomes_a_statistics_label(central: Central, times: int) -> None:
    desk = central.enroll("harelbeke", role="social")
    session = {"guide_id": PROBE[:80], "guide_version": 1, "visits": [],
               "drop_off_step": PROBE[:80], "outcome": "stopped", "reason": None,
               "linked_guide": None, "duration_s": 60, "completed": False}  # fmt: skip
    for _ in range(times):
        _push(
            central, desk,
            change("case", body=case_body(topics=[f"topic:{PROBE}", "guide:jan-peeters-850730"],
                                          guide_session=session)),
            change("referral", body=referral_body(service_id=PROBE, citizen=None)),
        )  # fmt: skip
        # An office the organisation does not have: counted as "other", or refused at push.
        _push(central, desk, change("case", body=case_body(office="jan-peeters-85073003361")),
              accepted=False)  # fmt: skip
    reviewer = central.enroll("w13", role="reviewer", office=None)
    text = _every_answer(central, reviewer)
    for leak in LEAKS:
        assert leak not in text, leak
    # The records still count: under "other", never lost.
    body = central.client.get("/v1/stats?period=2026-Q4", headers=reviewer.headers).json()
    tables = {t["name"]: t for t in body["tables"]}
    assert "other" in tables["cases_by_topic"]["rows"] or tables["cases_by_topic"]["total"] == 0
    assert set(tables["referrals_by_service"]["rows"]) <= {"other"}
    assert set(tables["cases_by_office"]["rows"]) <= {"harelbeke/balie", "harelbeke/other"}


def test_known_values_are_shown_once_configured(central: Central, tmp_path: Path) -> None:
    desk = central.enroll("harelbeke", role="social")
    kortrijk = central.enroll("kortrijk")
    cases = [change("case", body=case_body(topics=["topic:Belastingen", "guide:itsme-activeren"]))
             for _ in range(5)]  # fmt: skip
    refs = [change("referral", body=referral_body(service_id="svc-bib-harelbeke", citizen=None))
            for _ in range(5)]  # fmt: skip
    _push(central, desk, *cases, *refs)
    _push(central, kortrijk, *[change("case", body=case_body(topics=["topic:Belastingen"]))
                               for _ in range(5)])  # fmt: skip

    def rows(name: str, org: str | None = None) -> list[str]:
        params = {"period": "2026", **({"org": org} if org else {})}
        body = central.client.get("/v1/stats", params=params, headers=desk.headers).json()
        return next(t["rows"] for t in body["tables"] if t["name"] == name)

    assert rows("cases_by_topic") == ["other"]
    assert rows("referrals_by_service") == ["other"]
    admin.set_topics(central.engine, "harelbeke", ["Belastingen", "Pensioen"], "test")
    assert rows("cases_by_topic") == ["topic:Belastingen", "other"]
    directory = tmp_path / "partners.json"
    directory.write_text(json.dumps({"organizations": [], "locations": [],
                                     "services": [{"id": "svc-bib-harelbeke"}]}))  # fmt: skip
    publish_directory(central.engine, directory, "test")
    assert rows("referrals_by_service") == ["svc-bib-harelbeke"]
    if any((REPO / "guides").glob("*.md")):
        folder = tmp_path / "guides"
        shutil.copytree(REPO / "guides", folder)
        publish_guides(central.engine, folder, "test")
        assert rows("cases_by_topic") == ["guide:itsme-activeren", "topic:Belastingen"]
    # Kortrijk configured no topics: its "Belastingen" stays "other" (a reviewer sees it so).
    reviewer = central.enroll("w13", role="reviewer", office=None)
    body = central.client.get("/v1/stats?period=2026&org=kortrijk",
                              headers=reviewer.headers).json()  # fmt: skip
    assert next(t["rows"] for t in body["tables"] if t["name"] == "cases_by_topic") == ["other"]


def test_junk_does_not_grow_the_cube(central: Central) -> None:
    desk = central.enroll("harelbeke")
    _push(central, desk, change("case", body=case_body(topics=["topic:junk-0"])))
    with reading(central.engine) as conn:
        before = stats.cube_rows(conn)
    for start in range(0, 300, 100):
        _push(central, desk, *[
            change("case", body=case_body(topics=[f"topic:junk-{uuid.uuid4().hex}"],
                                          referral_id=None))
            for _ in range(start, start + 100)
        ])  # fmt: skip
    with reading(central.engine) as conn:
        assert stats.cube_rows(conn) == before  # 300 more contacts, not one more cell


def test_no_csv_cell_can_run_as_a_formula(central: Central, tmp_path: Path) -> None:
    formula = "=cmd|' /C calc'!A0"
    directory = tmp_path / "partners.json"
    directory.write_text(json.dumps({"organizations": [], "locations": [],
                                     "services": [{"id": formula}, {"id": "@SUM(A1)"}]}))
    publish_directory(central.engine, directory, "test")
    admin.set_topics(central.engine, "harelbeke", ["+32 470 telefoon", "-min"], "test")
    desk = central.enroll("harelbeke")
    _push(central, desk,
          *[change("referral", body=referral_body(service_id=sid, citizen=None))
            for sid in (formula, "@SUM(A1)") for _ in range(5)],
          *[change("case", body=case_body(topics=["topic:+32 470 telefoon", "topic:-min"]))
            for _ in range(5)])  # fmt: skip
    cells = []
    for table in TABLES:
        got = central.client.get(f"/v1/stats.csv?period=2026&table={table}", headers=desk.headers)
        cells += [c for row in csv.reader(io.StringIO(got.text)) for c in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'@SUM(A1)" in cells
    dangerous = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert all(c.lstrip("+-").isdigit() for c in dangerous), dangerous
