"""The step runner: branching, back/next, switching guides, outcomes and the record."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from desk.domain.guides.library import Library, load_library
from desk.domain.guides.session import (
    GuideNotFoundError,
    GuideRun,
    GuideSession,
    RunError,
    StepVisit,
)
from tests.guides.support import LIBRARY, TODAY, FakeClock


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([LIBRARY], None, today=TODAY)


def _run(library: Library, guide_id: str, clock: FakeClock) -> GuideRun:
    guide = library.get(guide_id)
    assert guide is not None
    return GuideRun(guide, library.get, clock)


def test_linear_guide_with_next_ends_done(library: Library, clock: FakeClock) -> None:
    run = _run(library, "afspraak-maken", clock)
    assert run.start().id == "dienst"
    assert run.progress().position == 1 and run.progress().remaining == 1
    clock.advance(30)
    assert run.next() is not None
    assert run.current_step.id == "moment"
    assert run.progress().fraction == 1.0
    clock.advance(45)
    assert run.next() is None
    assert run.ended
    record = run.record
    assert record is not None
    assert record.outcome == "done" and record.completed
    assert record.drop_off_step is None
    assert record.duration_s == 75.0
    assert [v.step_id for v in record.visits] == ["dienst", "moment"]
    assert [v.actor for v in record.visits] == ["together", "citizen"]


def test_branch_to_not_possible_records_reason_and_drop_off(
    library: Library, clock: FakeClock
) -> None:
    run = _run(library, "pincode-vergeten", clock)
    run.start()
    run.note = "Kaart vervallen in 2025."
    clock.advance(60)
    assert run.answer(2) is None
    record = run.record
    assert record is not None
    assert (record.outcome, record.reason) == ("not_possible", "no_eid")
    assert record.drop_off_step == "situatie"
    assert not record.completed
    assert record.advice == "Verwijs naar burgerzaken voor een nieuwe eID."
    assert record.visits[0].note == "Kaart vervallen in 2025."


def test_branch_to_step_then_explicit_next_and_end(library: Library, clock: FakeClock) -> None:
    run = _run(library, "pincode-vergeten", clock)
    run.start()
    assert run.answer(1) is not None  # "Nee → aanvragen"
    assert run.current_step.id == "aanvragen"
    assert run.next() is not None  # "Volgende: loket"
    assert run.current_step.id == "loket"
    assert run.next() is None  # "Einde: gelukt"
    assert run.record is not None and run.record.outcome == "done"
    assert [v.step_id for v in run.record.visits] == ["situatie", "aanvragen", "loket"]


def test_back_returns_and_is_recorded_as_a_visit(library: Library, clock: FakeClock) -> None:
    run = _run(library, "pincode-vergeten", clock)
    run.start()
    assert not run.can_back
    run.set_actor("citizen")
    run.answer(1)
    assert run.can_back
    clock.advance(10)
    assert run.back().id == "situatie"
    assert run.actor == "citizen"  # what staff chose before is kept
    assert not run.can_back
    run.answer(0)
    assert run.current_step.id == "loket"
    run.finish()
    assert run.record is not None
    assert [v.step_id for v in run.record.visits] == ["situatie", "aanvragen", "situatie", "loket"]


def test_question_and_flow_steps_refuse_the_wrong_action(
    library: Library, clock: FakeClock
) -> None:
    run = _run(library, "pincode-vergeten", clock)
    with pytest.raises(RunError):
        _ = run.current_step
    run.start()
    with pytest.raises(RunError):
        run.next()
    with pytest.raises(IndexError):
        run.answer(7)
    with pytest.raises(RunError):
        run.start()


def test_switching_guides_records_the_link_and_continues(
    library: Library, clock: FakeClock
) -> None:
    run = _run(library, "itsme-activeren", clock)
    run.start()
    run.next()
    assert run.current_step.id == "open-app"
    clock.advance(120)
    step = run.answer(1)  # -> gids:pincode-vergeten
    assert step is not None and step.id == "situatie"
    assert run.guide.id == "pincode-vergeten"
    assert not run.ended
    first = run.sessions[0]
    assert first.guide_id == "itsme-activeren"
    assert first.outcome == "stopped" and first.linked_guide == "pincode-vergeten"
    assert first.drop_off_step == "open-app"
    assert first.duration_s == 120.0
    run.answer(0)
    run.next()
    assert run.ended
    assert [(s.guide_id, s.outcome) for s in run.sessions] == [
        ("itsme-activeren", "stopped"),
        ("pincode-vergeten", "done"),
    ]
    assert run.sessions[1].guide_version == 2


def test_switch_to_missing_guide_raises_and_keeps_state(clock: FakeClock) -> None:
    library = load_library([LIBRARY], None, today=TODAY)
    guide = library.get("itsme-activeren")
    assert guide is not None
    run = GuideRun(guide, lambda _id: None, clock)
    run.start()
    run.next()
    with pytest.raises(GuideNotFoundError):
        run.answer(1)
    assert run.current_step.id == "open-app" and not run.ended


def test_stop_needs_a_known_reason(library: Library, clock: FakeClock) -> None:
    run = _run(library, "afspraak-maken", clock)
    run.start()
    with pytest.raises(ValueError):
        run.stop("not_possible")
    with pytest.raises(ValueError):
        run.stop("not_possible", "geen zin")
    with pytest.raises(ValueError):
        run.stop("done")  # type: ignore[arg-type]
    record = run.stop("not_possible", "portal_down")
    assert (record.outcome, record.reason, record.drop_off_step) == (
        "not_possible",
        "portal_down",
        "dienst",
    )
    with pytest.raises(RunError):
        run.next()


def test_set_actor_validates(library: Library, clock: FakeClock) -> None:
    run = _run(library, "afspraak-maken", clock)
    run.start()
    with pytest.raises(ValueError):
        run.set_actor("robot")  # type: ignore[arg-type]
    run.set_actor("staff")
    record = run.finish()
    assert record.visits[0].actor == "staff"
    assert record.completed and record.drop_off_step is None


def test_session_record_round_trips_through_json(library: Library, clock: FakeClock) -> None:
    run = _run(library, "pincode-vergeten", clock)
    run.start()
    run.note = "Burger had PUK-brief mee."
    clock.advance(90.5)
    run.answer(0)
    clock.advance(30)
    record = run.stop("stopped", "other")
    data = json.loads(json.dumps(record.to_dict()))
    assert data["started_at"] == "2026-11-28T09:00:00Z"
    assert data["ended_at"] == "2026-11-28T09:02:00.500000Z"
    assert data["duration_s"] == 120.5
    assert data["completed"] is False
    assert data["drop_off_step"] == "loket"
    assert GuideSession.from_dict(data) == record


def test_from_dict_rejects_malformed_records() -> None:
    good = GuideSession(
        guide_id="x",
        guide_version=1,
        started_at=datetime(2026, 1, 1, tzinfo=UTC),
        ended_at=datetime(2026, 1, 1, 0, 1, tzinfo=UTC),
        visits=(StepVisit("a", datetime(2026, 1, 1, tzinfo=UTC), "citizen"),),
        drop_off_step=None,
        outcome="done",
    ).to_dict()
    assert GuideSession.from_dict(good).duration_s == 60.0
    for key, value in [
        ("outcome", "maybe"),
        ("guide_version", 0),
        ("reason", "bored"),
        ("started_at", "2026-01-01T00:00:00"),  # no time zone
        ("visits", [{"step_id": "a", "entered_at": "2026-01-01T00:00:00Z", "actor": "robot"}]),
    ]:
        with pytest.raises(ValueError):
            GuideSession.from_dict({**good, key: value})


def test_clock_without_time_zone_is_refused(library: Library) -> None:
    guide = library.get("afspraak-maken")
    assert guide is not None
    run = GuideRun(guide, library.get, lambda: datetime(2026, 1, 1))
    with pytest.raises(RunError):
        run.start()


def test_progress_counts_the_way_to_success_not_to_the_first_exit(
    library: Library, clock: FakeClock
) -> None:
    # open-app offers "not possible" and a guide switch, but the way to success
    # still has the step "klaar" after it.
    run = _run(library, "itsme-activeren", clock)
    run.start()
    first = run.progress()
    assert (first.position, first.remaining, first.exact) == (1, 2, False)
    run.next()
    at_question = run.progress()
    assert (at_question.position, at_question.remaining) == (2, 1)
    run.answer(0)
    last = run.progress()
    assert (last.position, last.remaining, last.exact) == (3, 0, True)
