"""The guides that ship with Desk pass the validator and the house rules.

Every assertion names the guide file, the line and the step, so an editor can
go straight to the text. Whether a shipped guide is overdue for review depends
on the day the suite runs, so that is not asserted here: the app and
``desk guides check`` show it (see test_review.py for the rule itself).
"""

from __future__ import annotations

from functools import cache

from desk.domain.guides.model import REVIEW_MONTHS_RANGE, Guide, Problem
from desk.domain.guides.validate import (
    RULE_EXCEPTION,
    RULE_SELF_STEP,
    RULE_SOURCES,
    RULE_STAFF_ACTION,
    CheckReport,
    check_paths,
)
from desk.paths import shipped_guides_dir
from tests.support.clock import local_today


@cache
def _report() -> CheckReport:
    return check_paths([shipped_guides_dir()], today=local_today())


def _of_rule(rule: str) -> list[Problem]:
    return [p for p in _report().problems if p.rule == rule]


def _shown(problems: list[Problem]) -> str:
    return "\n".join(p.format() for p in problems)


def test_shipped_guides_pass_check() -> None:
    report = _report()
    assert not report.has_errors, _shown(report.errors)
    assert len(report.guides) >= 15, f"only {len(report.guides)} valid guides"


def test_no_step_has_staff_acting_inside_the_citizens_account() -> None:
    # Errors, so already covered above; asserted apart so that the house rule has
    # its own, readable failure listing every step by file and line.
    assert _of_rule(RULE_STAFF_ACTION) == [], _shown(_of_rule(RULE_STAFF_ACTION))


def test_citizen_steps_with_an_action_say_deze_stap_doet_u_zelf() -> None:
    # Also in the translations: "Vous faites cette étape vous-même." / "You do this step yourself."
    assert _of_rule(RULE_SELF_STEP) == [], _shown(_of_rule(RULE_SELF_STEP))


def test_exception_markers_are_all_needed() -> None:
    assert _of_rule(RULE_EXCEPTION) == [], _shown(_of_rule(RULE_EXCEPTION))


def test_every_guide_has_sources_and_a_review_date() -> None:
    assert _of_rule(RULE_SOURCES) == [], _shown(_of_rule(RULE_SOURCES))
    guides: list[Guide] = _report().guides
    low, high = REVIEW_MONTHS_RANGE
    for guide in guides:
        assert guide.sources, guide.id
        assert all(s.startswith("https://") for s in guide.sources), guide.id
        assert guide.reviewer.strip(), guide.id
        assert low <= guide.review_months <= high, guide.id
