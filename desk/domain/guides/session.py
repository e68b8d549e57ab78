"""Running a guide step by step, and the session record that the case log keeps.

:class:`GuideRun` is the runner's state machine; the step-runner screen and the
citizen view only render its state. Every run produces one
:class:`GuideSession` per guide it passed through: following a ``gids:``
answer ends the current guide's session (outcome ``stopped`` with
``linked_guide`` set, so statistics see where citizens get stuck) and starts
a session for the linked guide.

Time comes from an injected clock so that tests are deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Literal, cast

from desk.domain.guides.model import ACTORS, REASONS, Actor, Guide, Step, Target

Outcome = Literal["done", "not_possible", "stopped"]
OUTCOMES: Final[tuple[Outcome, ...]] = ("done", "not_possible", "stopped")
Clock = Callable[[], datetime]
Lookup = Callable[[str], Guide | None]


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse_iso(value: object, name: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be an ISO-8601 string")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{name} is not ISO-8601: {value!r}") from exc
    if moment.tzinfo is None:
        raise ValueError(f"{name} has no time zone: {value!r}")
    return moment.astimezone(UTC)


class RunError(RuntimeError):
    """An action that does not fit the run's state (a bug in the caller)."""


class GuideNotFoundError(LookupError):
    """A ``gids:`` answer points to a guide that is not in the library."""

    def __init__(self, guide_id: str) -> None:
        super().__init__(guide_id)
        self.guide_id = guide_id


@dataclass(frozen=True)
class StepVisit:
    """One entry into a step: when, who acted, and the staff note."""

    step_id: str
    entered_at: datetime
    actor: Actor
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "step_id": self.step_id,
            "entered_at": _iso(self.entered_at),
            "actor": self.actor,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StepVisit:
        step_id = data.get("step_id")
        actor = data.get("actor")
        note = data.get("note", "")
        if not isinstance(step_id, str) or not step_id:
            raise ValueError("visit.step_id must be a non-empty string")
        if actor not in ACTORS:
            raise ValueError(f"visit.actor must be one of {', '.join(ACTORS)}")
        if not isinstance(note, str):
            raise ValueError("visit.note must be a string")
        return cls(
            step_id,
            _parse_iso(data.get("entered_at"), "visit.entered_at"),
            cast(Actor, actor),
            note,
        )


@dataclass(frozen=True)
class GuideSession:
    """What the case log stores about one guide in a run.

    Attributes:
        drop_off_step: The step where the guide ended when it was not completed.
        outcome: ``done``, ``not_possible`` (with ``reason`` from the case-log
            vocabulary) or ``stopped`` (staff stopped, or the run moved on to
            ``linked_guide``).
        advice: The advice text of the end the guide reached, if any.
    """

    guide_id: str
    guide_version: int
    started_at: datetime
    ended_at: datetime
    visits: tuple[StepVisit, ...]
    drop_off_step: str | None
    outcome: Outcome
    reason: str | None = None
    linked_guide: str | None = None
    advice: str = ""

    @property
    def duration_s(self) -> float:
        return round((self.ended_at - self.started_at).total_seconds(), 3)

    @property
    def completed(self) -> bool:
        return self.outcome == "done"

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict; timestamps as ISO-8601 UTC (``...Z``)."""
        return {
            "guide_id": self.guide_id,
            "guide_version": self.guide_version,
            "started_at": _iso(self.started_at),
            "ended_at": _iso(self.ended_at),
            "visits": [visit.to_dict() for visit in self.visits],
            "drop_off_step": self.drop_off_step,
            "outcome": self.outcome,
            "reason": self.reason,
            "linked_guide": self.linked_guide,
            "advice": self.advice,
            "duration_s": self.duration_s,
            "completed": self.completed,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GuideSession:
        """Inverse of :meth:`to_dict`; raises ``ValueError`` on malformed data."""
        guide_id = data.get("guide_id")
        version = data.get("guide_version")
        outcome = data.get("outcome")
        reason = data.get("reason")
        drop_off = data.get("drop_off_step")
        linked = data.get("linked_guide")
        advice = data.get("advice", "")
        visits = data.get("visits")
        if not isinstance(guide_id, str) or not guide_id:
            raise ValueError("guide_id must be a non-empty string")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ValueError("guide_version must be an integer >= 1")
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}")
        if reason is not None and reason not in REASONS:
            raise ValueError(f"reason must be one of {', '.join(REASONS)} or null")
        for name, value in (("drop_off_step", drop_off), ("linked_guide", linked)):
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name} must be a string or null")
        if not isinstance(advice, str):
            raise ValueError("advice must be a string")
        if not isinstance(visits, list):
            raise ValueError("visits must be a list")
        return cls(
            guide_id=guide_id,
            guide_version=version,
            started_at=_parse_iso(data.get("started_at"), "started_at"),
            ended_at=_parse_iso(data.get("ended_at"), "ended_at"),
            visits=tuple(StepVisit.from_dict(v) for v in visits),
            drop_off_step=drop_off,
            outcome=cast(Outcome, outcome),
            reason=reason,
            linked_guide=linked,
            advice=advice,
        )


@dataclass(frozen=True)
class Progress:
    """Where the run stands in the current guide.

    Attributes:
        position: Steps on the path so far, the current one included (1-based).
        remaining: Fewest steps still to come after this one on the way to a
            successful end (an estimate: the answers decide).
        exact: True when the rest of the way has no questions, so the count
            is certain ("Stap 3 van 7" rather than "Stap 3 van ongeveer 7").
    """

    position: int
    remaining: int
    exact: bool = False

    @property
    def total(self) -> int:
        return self.position + self.remaining

    @property
    def fraction(self) -> float:
        return self.position / self.total if self.total else 1.0


@dataclass
class _Visit:
    step_id: str
    entered_at: datetime
    actor: Actor
    note: str = ""

    def freeze(self) -> StepVisit:
        return StepVisit(self.step_id, self.entered_at, self.actor, self.note)


@dataclass
class _Segment:
    """The part of a run spent in one guide."""

    guide: Guide
    started_at: datetime
    visits: list[_Visit] = field(default_factory=list)
    path: list[int] = field(default_factory=list)  # indices into visits; last = current


class GuideRun:
    """State machine of the step runner.

    Args:
        guide: The guide to run.
        lookup: Finds a guide by id for ``gids:`` answers (``Library.get``).
        clock: Returns the current time, time-zone aware.

    Usage: ``start()``, then ``answer(i)`` on a step with a question or
    ``next()`` on one without, ``back()``, ``set_actor()``, ``note``; the run
    ends by reaching an end, by ``finish()`` or by ``stop()``. ``sessions``
    then holds the records for the case log.
    """

    def __init__(self, guide: Guide, lookup: Lookup, clock: Clock) -> None:
        self._first_guide = guide
        self._lookup = lookup
        self._clock = clock
        self._segment: _Segment | None = None
        self._sessions: list[GuideSession] = []
        self._ended = False

    # ------------------------------------------------------------------ state

    @property
    def started(self) -> bool:
        return self._segment is not None or bool(self._sessions)

    @property
    def ended(self) -> bool:
        return self._ended

    @property
    def guide(self) -> Guide:
        """The guide being run now (changes after a ``gids:`` answer)."""
        return self._segment.guide if self._segment is not None else self._first_guide

    @property
    def current_step(self) -> Step:
        segment = self._active()
        step = segment.guide.step(segment.visits[segment.path[-1]].step_id)
        assert step is not None  # only ids of the guide are ever entered
        return step

    @property
    def actor(self) -> Actor:
        return self._current_visit().actor

    @property
    def note(self) -> str:
        return self._current_visit().note

    @note.setter
    def note(self, text: str) -> None:
        self._current_visit().note = text

    @property
    def can_back(self) -> bool:
        return self._segment is not None and not self._ended and len(self._segment.path) > 1

    @property
    def sessions(self) -> list[GuideSession]:
        """Records of the guides this run has finished, in order."""
        return list(self._sessions)

    @property
    def record(self) -> GuideSession | None:
        """The last finished record (the whole run's end once ``ended``)."""
        return self._sessions[-1] if self._sessions else None

    @property
    def visited(self) -> list[StepVisit]:
        """Visits so far in the current guide."""
        return [v.freeze() for v in self._segment.visits] if self._segment else []

    def progress(self) -> Progress:
        segment = self._active()
        remaining, exact = _remaining(segment.guide, self.current_step.id)
        return Progress(position=len(segment.path), remaining=remaining, exact=exact)

    # ------------------------------------------------------------------ actions

    def start(self) -> Step:
        if self.started:
            raise RunError("the run was already started")
        self._begin(self._first_guide)
        return self.current_step

    def set_actor(self, actor: Actor) -> None:
        if actor not in ACTORS:
            raise ValueError(f"actor must be one of {', '.join(ACTORS)}")
        self._current_visit().actor = actor

    def next(self) -> Step | None:
        """Follow a step without a question. Returns the new step, or None when the run ended."""
        step = self.current_step
        if step.question is not None or step.flow is None:
            raise RunError(f"step '{step.id}' has a question; use answer()")
        return self._follow(step.flow)

    def answer(self, index: int) -> Step | None:
        """Choose answer ``index`` of the current question. Returns the new step or None."""
        step = self.current_step
        if step.question is None:
            raise RunError(f"step '{step.id}' has no question; use next()")
        if not 0 <= index < len(step.question.answers):
            raise IndexError(f"step '{step.id}' has no answer {index}")
        return self._follow(step.question.answers[index].target)

    def back(self) -> Step:
        """Return to the previous step of this guide (recorded as a new visit)."""
        if not self.can_back:
            raise RunError("there is no previous step")
        segment = self._active()
        segment.path.pop()
        previous = segment.visits[segment.path[-1]]
        segment.visits.append(_Visit(previous.step_id, self._now(), previous.actor, previous.note))
        segment.path[-1] = len(segment.visits) - 1
        return self.current_step

    def finish(self) -> GuideSession:
        """End the run as done (staff may finish early when the goal is reached)."""
        return self._end("done", None)

    def stop(self, outcome: Outcome = "stopped", reason: str | None = None) -> GuideSession:
        """End the run without success.

        Args:
            outcome: ``"not_possible"`` (needs a reason) or ``"stopped"``.
            reason: A code from :data:`~desk.domain.guides.model.REASONS`.
        """
        if outcome not in ("not_possible", "stopped"):
            raise ValueError("stop() takes 'not_possible' or 'stopped'; use finish() for done")
        if outcome == "not_possible" and reason is None:
            raise ValueError("'not_possible' needs a reason")
        if reason is not None and reason not in REASONS:
            raise ValueError(f"reason must be one of {', '.join(REASONS)}")
        return self._end(outcome, reason)

    # ------------------------------------------------------------------ internals

    def _now(self) -> datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            raise RunError("the clock must return time-zone aware datetimes")
        return moment.astimezone(UTC)

    def _active(self) -> _Segment:
        if self._segment is None:
            raise RunError("the run has not started" if not self._sessions else "the run has ended")
        return self._segment

    def _current_visit(self) -> _Visit:
        segment = self._active()
        return segment.visits[segment.path[-1]]

    def _begin(self, guide: Guide) -> None:
        now = self._now()
        self._segment = _Segment(guide=guide, started_at=now)
        self._enter(guide.start, now)

    def _enter(self, step_id: str, now: datetime | None = None) -> None:
        segment = self._active()
        step = segment.guide.step(step_id)
        if step is None:
            raise RunError(f"guide '{segment.guide.id}' has no step '{step_id}'")
        segment.visits.append(_Visit(step_id, now or self._now(), step.actor))
        segment.path.append(len(segment.visits) - 1)

    def _follow(self, target: Target) -> Step | None:
        if target.kind == "step":
            self._enter(target.value)
            return self.current_step
        if target.kind == "guide":
            linked = self._lookup(target.value)
            if linked is None:
                raise GuideNotFoundError(target.value)
            self._close("stopped", None, linked_guide=linked.id)
            self._begin(linked)
            return self.current_step
        if target.value == "done":
            self._end("done", None, advice=target.advice)
        else:
            self._end("not_possible", target.reason, advice=target.advice)
        return None

    def _close(
        self,
        outcome: Outcome,
        reason: str | None,
        *,
        linked_guide: str | None = None,
        advice: str = "",
    ) -> GuideSession:
        segment = self._active()
        drop_off = None if outcome == "done" else segment.visits[segment.path[-1]].step_id
        record = GuideSession(
            guide_id=segment.guide.id,
            guide_version=segment.guide.version,
            started_at=segment.started_at,
            ended_at=self._now(),
            visits=tuple(v.freeze() for v in segment.visits),
            drop_off_step=drop_off,
            outcome=outcome,
            reason=reason,
            linked_guide=linked_guide,
            advice=advice,
        )
        self._sessions.append(record)
        self._segment = None
        return record

    def _end(self, outcome: Outcome, reason: str | None, *, advice: str = "") -> GuideSession:
        record = self._close(outcome, reason, advice=advice)
        self._ended = True
        return record


def _distances(guide: Guide, step_id: str) -> dict[str, int]:
    """Steps needed to reach every step from ``step_id`` (breadth-first)."""
    steps = {step.id: step for step in guide.steps}
    distance = {step_id: 0}
    queue = [step_id]
    while queue:
        current = steps.get(queue.pop(0))
        if current is None:
            continue
        for target in current.targets():
            if target.kind == "step" and target.value in steps and target.value not in distance:
                distance[target.value] = distance[current.id] + 1
                queue.append(target.value)
    return distance


def _remaining(guide: Guide, step_id: str) -> tuple[int, bool]:
    """Fewest steps after ``step_id`` to a *done* end, and whether that is certain.

    Counting to any end would count a "not possible" answer on the first
    question and show "step 1 of 1" on most guides; staff and citizen want the
    length of the way to success. When no done end is reachable, any end or
    guide link counts.
    """
    distance = _distances(guide, step_id)
    to_done: list[int] = []
    to_any: list[int] = []
    for sid, steps_after in distance.items():
        step = guide.step(sid)
        if step is None:
            continue
        for target in step.targets():
            if target.kind == "end" and target.value == "done":
                to_done.append(steps_after)
            if target.kind != "step":
                to_any.append(steps_after)
    found = to_done or to_any
    remaining = min(found) if found else 0
    # Certain only when the way on is a straight line without questions.
    exact = False
    current = guide.step(step_id)
    seen: set[str] = set()
    while current is not None and current.id not in seen and current.question is None:
        seen.add(current.id)
        flow = current.flow
        if flow is None or flow.kind != "step":
            exact = flow is not None and flow.is_end
            break
        current = guide.step(flow.value)
    return remaining, exact
