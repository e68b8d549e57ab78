"""Sources and the review interval: warnings, never a reason to skip a guide.

"Today" is an argument of the domain (the office's local day from the one clock);
these tests pass the fixed reference day ``TODAY`` and write review dates
relative to it, so they never depend on the day they run.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest

from desk.commands import guides as guides_command
from desk.domain.guides.library import load_library
from desk.domain.guides.model import DEFAULT_REVIEW_MONTHS, Guide, add_months
from desk.domain.guides.parser import parse_guide
from desk.domain.guides.validate import check_guide, check_paths
from tests.guides.support import TODAY

_GUIDE = """\
+++
id = "nazicht"
title = "Nazicht"
summary = "Een verzonnen gids voor de nazichttermijn."
category = "basisvaardigheden"
tags = []
synonyms = []
minutes = 5
bring = []
prechecks = []
{sources}
reviewed = {reviewed}
reviewer = "Test"
version = 1
language = "nl"
{extra}
+++
## Uitleg {{#uitleg}}
Wie: samen

### Medewerker
Leg uit wat er komt.

### Burger
We kijken samen.
"""

SOURCES = 'sources = ["https://www.vlaanderen.be/"]'


def _write(
    tmp_path: Path, reviewed: date, *, extra: str = "", sources: str = SOURCES
) -> Path:
    path = tmp_path / "nazicht.md"
    path.write_text(
        _GUIDE.format(reviewed=reviewed.isoformat(), extra=extra, sources=sources),
        encoding="utf-8",
    )
    return path


def _guide(path: Path) -> Guide:
    guide = parse_guide(path)
    assert isinstance(guide, Guide), [p.format() for p in guide]
    return guide


def _warnings(path: Path, today: date = TODAY) -> list[tuple[int, str, str]]:
    return [(p.line, p.rule, p.message) for p in check_guide(_guide(path), today=today)]


def test_reference_day() -> None:
    assert TODAY == date(2026, 11, 28)  # the dates below are written against it


def test_review_holds_six_months_by_default_including_the_due_day(tmp_path: Path) -> None:
    assert DEFAULT_REVIEW_MONTHS == 6
    on_time = _guide(_write(tmp_path, date(2026, 5, 28)))
    assert on_time.review_months == 6
    assert on_time.review_due == TODAY
    assert not on_time.review_overdue(TODAY)
    assert check_guide(on_time, today=TODAY) == []

    late = _write(tmp_path, date(2026, 5, 27))
    assert _guide(late).review_overdue(TODAY)
    assert _warnings(late) == [
        (
            12,
            "review-overdue",
            "nazicht verlopen: laatst nagekeken op 27-05-2026, opnieuw na te kijken om de "
            "6 maanden, dus uiterlijk op 27-11-2026; kijk de gids na tegen de bronnen en pas "
            "'reviewed' aan",
        )
    ]
    # A warning, not an error: the guide still loads.
    report = check_paths([late], today=TODAY)
    assert not report.has_errors and [g.id for g in report.guides] == ["nazicht"]


def test_review_months_sets_the_interval_per_guide(tmp_path: Path) -> None:
    yearly = _write(tmp_path, date(2026, 1, 15), extra="review_months = 12")
    guide = _guide(yearly)
    assert guide.review_months == 12
    assert guide.review_due == date(2027, 1, 15)
    assert _warnings(yearly) == []
    assert [rule for _, rule, _ in _warnings(yearly, today=date(2027, 1, 16))] == [
        "review-overdue"
    ]
    assert "om de 12 maanden" in _warnings(yearly, today=date(2027, 1, 16))[0][2]
    monthly = _write(tmp_path, date(2026, 10, 27), extra="review_months = 1")
    assert [rule for _, rule, _ in _warnings(monthly)] == ["review-overdue"]


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("0", "'review_months' = 0 moet tussen 1 en 24 liggen"),
        ("25", "'review_months' = 25 moet tussen 1 en 24 liggen"),
        ('"12"', "'review_months' moet een geheel getal zijn"),
        ("6.5", "'review_months' moet een geheel getal zijn"),
        ("true", "'review_months' moet een geheel getal zijn"),
    ],
)
def test_a_wrong_review_interval_is_an_error_at_its_line(
    tmp_path: Path, value: str, fragment: str
) -> None:
    path = _write(tmp_path, date(2026, 10, 1), extra=f"review_months = {value}")
    problems = parse_guide(path)
    assert isinstance(problems, list)
    assert [(p.line, p.severity) for p in problems] == [(16, "error")]
    assert fragment in problems[0].message


def test_review_in_the_future_is_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, date(2026, 11, 29))
    assert _warnings(path) == [
        (12, "review-future", "'reviewed' = 2026-11-29 ligt in de toekomst")
    ]


@pytest.mark.parametrize(
    ("sources", "line"), [("sources = []", 11), ("", 1)], ids=["empty", "missing"]
)
def test_a_guide_without_sources_is_a_warning(tmp_path: Path, sources: str, line: int) -> None:
    path = _write(tmp_path, date(2026, 10, 1), sources=sources)
    assert [(p_line, rule) for p_line, rule, _ in _warnings(path)] == [(line, "sources")]
    report = check_paths([path], today=TODAY)
    assert not report.has_errors and len(report.guides) == 1


def test_a_source_that_is_not_https_is_still_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, date(2026, 10, 1), sources='sources = ["http://www.vlaanderen.be"]')
    problems = parse_guide(path)
    assert isinstance(problems, list) and "geen volledige https-link" in problems[0].message


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 11, 28), 1, date(2026, 12, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 5, 31), 24, date(2028, 5, 31)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month(
    day: date, months: int, expected: date
) -> None:
    assert add_months(day, months) == expected


def test_the_library_keeps_an_overdue_guide_and_knows_it(tmp_path: Path) -> None:
    folder = tmp_path / "gidsen"
    folder.mkdir()
    _write(folder, date(2026, 1, 2))
    library = load_library([folder], None, today=TODAY)
    guide = library.get("nazicht")
    assert guide is not None and guide.review_overdue(TODAY)
    assert [p.rule for p in library.problems] == ["review-overdue"]
    assert not library.skipped


def test_cli_prints_the_review_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, date(2026, 1, 2))
    parser = argparse.ArgumentParser()
    guides_command.add_arguments(parser)
    code = guides_command.run(
        parser.parse_args(["check", str(path), "--today", TODAY.isoformat()])
    )
    out = capsys.readouterr().out
    assert code == 0
    assert ":12: waarschuwing: nazicht verlopen: laatst nagekeken op 02-01-2026" in out
