"""How far along a guide the run is, as shown to staff and citizen.

:meth:`GuideRun.progress` counts the fewest steps to *any* end, including a
"not possible" end offered by the first question; that would show "Stap 1
van 1" on the first step of most guides. Staff and citizen want the length of
the way to success, so the screens count the fewest steps to a *done* end
(falling back to any end or guide link when no done end can be reached), and
say "ongeveer" unless the rest of the way has no questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.domain.guides.model import Guide


@dataclass(frozen=True)
class Estimate:
    position: int
    remaining: int
    exact: bool

    @property
    def total(self) -> int:
        return self.position + self.remaining


def _distances(guide: Guide, step_id: str) -> dict[str, int]:
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


def remaining_steps(guide: Guide, step_id: str) -> tuple[int, bool]:
    """Fewest steps after ``step_id`` to a done end, and whether that count is certain."""
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


def estimate(guide: Guide, step_id: str, position: int) -> Estimate:
    remaining, exact = remaining_steps(guide, step_id)
    return Estimate(position=position, remaining=remaining, exact=exact)
