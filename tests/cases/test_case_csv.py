"""CSV export and import, through the functions and the `desk` command line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desk.app.export import export_cases
from desk.app.importing import import_cases
from desk.domain.cases import Rules
from desk.store.cases import CaseQuery, CaseRepository
from desk.store.store import Store
from tests.support.clock import day_text, days_from_today

from .conftest import NOW, TOPICS, make_case

RULES = Rules(topics=TOPICS, now=NOW)
DEFAULTS = {"office": "kortrijk-stadhuis", "staff": "Elke", "channel": "counter"}


def read(path: Path, sep: str = ";") -> tuple[bytes, list[dict[str, str]]]:
    raw = path.read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=sep))
    return raw, rows


@pytest.fixture
def filled(repo: CaseRepository) -> list[str]:
    return [
        repo.save(make_case(notes="=HYPERLINK(\"http://x\")", topics="Belastingen;guide:ebox")),
        repo.save(make_case(date=day_text(-8), outcome="follow_up", follow_up_on=day_text(4),
                            citizen_ref="tel 0470 12 34 56", notes="Burger belt terug; ok")),
        repo.save(make_case(date=day_text(-58), outcome="not_possible",
                            not_possible_reason="no_eid", channel="home_visit")),
    ]


def test_export_content(store: Store, filled: list[str], tmp_path: Path) -> None:
    out = tmp_path / "contacten.csv"
    assert export_cases(store, out) == 3
    raw, rows = read(out)
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert raw.split(b"\r\n")[0].count(b";") == 16
    assert [r["id"] for r in rows] == [filled[2], filled[1], filled[0]]  # oldest first
    assert "burgerreferentie" not in rows[0] and b"0470" not in raw
    first = rows[2]
    assert (first["datum"], first["uur"], first["kanaal"]) == (day_text(-1), "10:15", "counter")
    assert first["onderwerpen"] == "Belastingen;guide:ebox"
    assert first["notities"].startswith("'=HYPERLINK")  # no formula in Excel
    assert rows[1]["opvolgdatum"] == day_text(4)
    assert rows[0]["reden_niet_mogelijk"] == "no_eid"


def test_export_personal_and_dates_and_separator(store: Store, filled: list[str],
                                                 tmp_path: Path) -> None:
    out = tmp_path / "met.csv"

    assert export_cases(store, out, personal=True, separator="\t",
                        date_from=days_from_today(-27), date_to=days_from_today(-8)) == 1
    _, rows = read(out, "\t")
    assert rows[0]["burgerreferentie"] == "tel 0470 12 34 56"
    audit = store.conn().execute("SELECT action FROM audit").fetchall()
    assert [a[0] for a in audit] == ["export_personal"]


def test_round_trip_with_duplicates_and_new_rows(store: Store, filled: list[str],
                                                 tmp_path: Path) -> None:
    out = tmp_path / "contacten.csv"
    export_cases(store, out, personal=True)
    text = out.read_text(encoding="utf-8-sig")
    # A spreadsheet row typed by hand, without id, with Dutch labels.
    text += f";{day_text(-1)};09:30;kortrijk-heule;Bram;Telefoon;Afspraak maken;Samen gedaan;;;;7;;nl;;;;\r\n"
    out.write_text("\ufeff" + text, encoding="utf-8")
    before = store.conn().execute("SELECT count(*) FROM outbox").fetchone()[0]
    result = import_cases(store, out, rules=RULES, defaults=DEFAULTS)
    assert (result.imported, result.skipped_existing, result.problems) == (1, 3, [])
    repo = CaseRepository(store)
    assert repo.count(CaseQuery()) == 4
    new = [r for r in repo.page(CaseQuery()).rows if r[1] not in filled]
    assert new[0][3:6] == ("kortrijk-heule", "Bram", "phone")
    # Imported cases are ordinary cases: pending, with an outbox entry.
    assert new[0][12] == "pending"
    assert store.conn().execute("SELECT count(*) FROM outbox").fetchone()[0] == before + 1
    again = import_cases(store, out, rules=RULES, defaults=DEFAULTS)
    assert (again.imported, again.skipped_existing) == (0, 4)
    # Into a fresh profile, the ids and every field survive the trip.
    other = Store(tmp_path / "other.db")
    from desk.store.store import open_store

    fresh = open_store(tmp_path / "fresh" / "desk.db")
    try:
        moved = import_cases(fresh, out, rules=RULES, defaults=DEFAULTS)
        assert moved.imported == 4
        for case_id in filled:
            a, b = repo.get(case_id), CaseRepository(fresh).get(case_id)
            assert a is not None and b is not None
            for key in ("occurred_at", "office", "staff", "channel", "topics", "outcome",
                        "not_possible_reason", "follow_up_on", "duration_min", "notes",
                        "citizen_ref", "search_text"):
                assert a[key] == b[key], key
    finally:
        fresh.close()
        other.close()


def test_a_file_with_errors_imports_nothing(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "oud.csv"
    bad.write_text(
        "datum;onderwerpen;uitkomst;duur_min;notities\n"
        f"{day_text(-1)};Belastingen;together;10;goed\n"
        "31-02-2026;Belastingen;together;10;onmogelijke datum\n"
        f"{day_text(-2)};Kookles;samen gedaan;-3;twee fouten\n"
        f"{day_text(-2)};Belastingen;together;10;stuur\x07teken\n"
        f"{day_text(-2)};Belastingen\n",
        encoding="utf-8")
    result = import_cases(store, bad, rules=RULES, defaults=DEFAULTS)
    assert result.imported == 0
    name = str(bad)
    assert result.problems == [
        f"{name}:3: datum: 31-02-2026 bestaat niet als datum",
        f"{name}:4: onderwerpen: onbekend onderwerp: Kookles",
        f"{name}:4: duur_min: kan niet negatief zijn",
        f"{name}:5: notities: bevat onzichtbare of stuurtekens (U+0007); typ de tekst opnieuw",
        f"{name}:6: 2 velden, verwacht 5 (scheidingsteken ';')",
    ]
    assert CaseRepository(store).count(CaseQuery()) == 0
    assert store.conn().execute("SELECT count(*) FROM outbox").fetchone()[0] == 0


def test_bad_headers_and_encoding(store: Store, tmp_path: Path) -> None:
    from desk.errors import InputError

    f = tmp_path / "kop.csv"
    f.write_text("datum,onderwerp,uitkomst,duur_min\n", encoding="utf-8")
    problems = import_cases(store, f, rules=RULES, defaults=DEFAULTS).problems
    assert problems == [f"{f}:1: onbekende kolom 'onderwerp'",
                        f"{f}:1: de kolom 'onderwerpen' ontbreekt"]
    latin = tmp_path / "latin.csv"
    latin.write_bytes("datum;onderwerpen;uitkomst;duur_min\n1-1-2026;Café;x;1\n".encode("cp1252"))
    with pytest.raises(InputError, match="geen UTF-8"):
        import_cases(store, latin, rules=RULES, defaults=DEFAULTS)


def run_desk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True,
                          text=True, timeout=120)


def test_command_line_export_import_and_demo_data(tmp_path: Path, machine_config: Path) -> None:
    machine_config.write_text('office = "kortrijk-stadhuis"\n', encoding="utf-8")
    demo = run_desk("demo-data", "--cases", "40", "--seed", "9")
    assert demo.returncode == 0, demo.stderr
    assert "OEFENMODUS" in demo.stdout
    more = run_desk("demo-data", "--cases", "1", "--referrals", "3", "--seed", "2")
    assert more.returncode == 0, more.stderr
    assert "1 fictieve contacten" in more.stdout
    out = tmp_path / "uit.csv"
    done = run_desk("export", "cases", "--out", str(out), "--from", "01-01-2000",
                    "--separator", ",")
    assert done.returncode == 0, done.stderr
    _, rows = read(out, ",")
    assert len(rows) == 41 and "burgerreferentie" not in rows[0]
    again = run_desk("import", "cases", str(out))
    assert again.returncode == 0, again.stderr
    assert "0 contacten geïmporteerd, 41 overgeslagen" in again.stderr
    broken = tmp_path / "fout.csv"
    broken.write_text("datum;onderwerpen;uitkomst;duur_min\n30-02-2026;Belastingen;together;1\n",
                      encoding="utf-8")
    bad = run_desk("import", "cases", str(broken))
    assert bad.returncode == 1
    assert f"{broken}:2: datum: 30-02-2026 bestaat niet als datum" in bad.stderr
    wrong = run_desk("export", "cases", "--out", str(out), "--from", "32-01-2026")
    assert wrong.returncode == 2 and "bestaat niet" in wrong.stderr
    assert json.dumps  # keep json import used for readers of the payloads
