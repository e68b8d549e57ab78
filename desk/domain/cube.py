"""What one record counts in: the statistics cube, the same on the desk and the server.

Statistics are built from *cells*: one count per local month, organisation,
office, dimension and code, e.g. ``(2026-03, kortrijk, balie, "outcome",
"together", "")``. desk-central keeps them in its ``stats_cube`` table, updated
in the transaction that stores a record; the desk computes them from its own
log. Both use :func:`contributions`, so a record counts the same way on both
sides, and both publish through :mod:`desk.domain.disclosure`.

Every cell also carries the sum of its records' *keys* (:func:`record_key`, 32
bits of the record's random id): disclosure control draws its rounding from it,
so the same records always round the same way, wherever they are counted.

**Labels come from vocabularies, never from free text.** A code is kept only
when the :class:`Vocabulary` knows it: the fixed codes of
:mod:`desk.domain.vocab`, the published guide ids and their step ids, the
directory's service ids, the organisation's offices and its configured topic
list. Anything else is counted under :data:`~desk.domain.vocab.OTHER`
("andere"): the case still counts, its text never becomes a row label.

The dimensions, as ``(dim, a, b)``:

================  ======================  ======================  ====================
dim               a                       b                       split of
================  ======================  ======================  ====================
``outcome``       outcome                 ""                      (a root)
``channel``       channel                 outcome                 ``outcome``/b
``reason``        not-possible reason     ``not_possible``        ``outcome``/b
``topic``         topic code              ""                      (a root; mentions)
``guide``         guide id                completed | stopped     (a root)
``dropoff``       step id or ""           guide id                ``guide``/b/stopped
``status``        status                  ""                      (a root)
``service``       service id              status                  ``status``/b
``urgency``       urgency                 status                  ``status``/b
``municipality``  municipality or ""      status                  ``status``/b
``need``          need                    status                  (a root; mentions)
``barrier``       barrier                 status                  (a root; mentions)
``ttfc``          time-to-contact bucket  ""                      (a root)
================  ======================  ======================  ====================

A *split* divides its parent's records once more (every record of the parent
is in exactly one of its children); disclosure control keeps a split's rounded
children adding up to its rounded parent.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from desk.domain.days import local_month
from desk.domain.vocab import (
    BARRIERS,
    CHANNELS,
    CONTACT_STATUSES,
    MUNICIPALITIES,
    NEEDS,
    NOT_POSSIBLE,
    OTHER,
    OUTCOMES,
    REASONS,
    STATUSES,
    URGENCIES,
    ttfc_bucket,
)

#: (dim, a, b) of one cell, within one month, organisation and office.
CellCode = tuple[str, str, str]
#: (kind, month, org, office, dim, a, b): a cell of the whole cube.
CubeKey = tuple[str, str, str, str, str, str, str]

#: Which dimension splits which: child dim -> (parent dim, parent b or None for "child b").
SPLITS: Final[dict[str, str]] = {
    "channel": "outcome",
    "reason": "outcome",
    "dropoff": "guide",
    "service": "status",
    "urgency": "status",
    "municipality": "status",
}
#: Bump when what a record contributes changes: stored cubes are then rebuilt.
FORMAT: Final = "2"


def parent_of(dim: str, a: str, b: str) -> CellCode | None:
    """The cell a split cell divides, or None for a root."""
    parent = SPLITS.get(dim)
    if parent is None:
        return None
    if dim == "dropoff":
        return (parent, b, "stopped")
    return (parent, b, "")


def record_key(record_id: str) -> int:
    """32 random bits of a record's id: its first 8 hex digits (client-made UUIDs are random).

    Ids are canonical UUIDs on both sides (``xxxxxxxx-xxxx-...``); anything else is
    read through :class:`uuid.UUID`, and 0 when it is no UUID at all.
    """
    try:
        if len(record_id) == 36 and record_id[8] == "-":
            return int(record_id[:8], 16)
        return int(uuid.UUID(record_id).hex[:8], 16)
    except (ValueError, AttributeError, TypeError):
        return 0


# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GuideRun:
    """The part of a case's guide session that statistics need."""

    guide_id: str
    completed: bool
    drop_off_step: str | None = None
    #: Step ids in the order they were visited (orders the drop-off rows).
    steps: tuple[str, ...] = ()
    #: Where the drop-off step came in the run, when ``steps`` is not given.
    position: int | None = None


@dataclass(frozen=True)
class CaseRecord:
    """One assisted contact, reduced to what is counted (no notes, no citizen)."""

    occurred_at: datetime
    office: str
    channel: str
    outcome: str
    topics: tuple[str, ...] = ()
    not_possible_reason: str | None = None
    guide: GuideRun | None = None
    org: str = ""
    #: How many identical contacts this record stands for (the store groups them in SQL).
    count: int = 1
    #: The sum of their :func:`record_key` values.
    keys: int = 0


@dataclass(frozen=True)
class TopicCount:
    """*count* contacts on *topic* (the store counts topics apart, in SQL)."""

    occurred_at: datetime
    office: str
    topic: str
    count: int
    org: str = ""
    keys: int = 0


@dataclass(frozen=True)
class StatusChange:
    status: str
    at: datetime


@dataclass(frozen=True)
class ReferralRecord:
    """One referral, reduced to what is counted (no citizen, no notes)."""

    created_at: datetime
    office: str
    municipality: str
    status: str
    needs: tuple[str, ...] = ()
    barriers: tuple[str, ...] = ()
    service_id: str | None = None
    urgency: str = "normal"
    history: tuple[StatusChange, ...] = ()
    org: str = ""
    keys: int = 0


def first_contact_days(referral: ReferralRecord) -> float | None:
    """Days from the "sent" entry (else creation) to the first contact status."""
    history = sorted(referral.history, key=lambda h: h.at)
    sent = next((h.at for h in history if h.status == "sent"), referral.created_at)
    for entry in history:
        if entry.status in CONTACT_STATUSES:
            return max(0.0, (entry.at - sent).total_seconds() / 86400)
    return None


# -- the vocabulary the statistics may show --------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """The values a statistics row may carry besides the fixed codes.

    ``None`` means "not restricted": the desk counts its own log with the
    topics of its configuration but does not know every office or service.
    The server passes every set (see ``desk/central/stats.py``).

    Attributes:
        topics: Per organisation, the configured free topics (``topic:<text>``).
        guides: Published guide ids, each with its step ids in guide order.
        services: The directory's service ids.
        offices: Per organisation, its offices.
    """

    topics: Mapping[str, frozenset[str]] | None = None
    guides: Mapping[str, tuple[str, ...]] | None = None
    services: frozenset[str] | None = None
    offices: Mapping[str, frozenset[str]] | None = None
    #: Desk only: where a step came in its runs, to order drop-off rows like the guide.
    step_order: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def topic(self, org: str, topic: str) -> str:
        kind, _, value = topic.partition(":")
        if kind == "guide":
            return topic if self.guide(value) != OTHER else OTHER
        if kind == "topic" and value and (
            self.topics is None or value in self.topics.get(org, frozenset())
        ):
            return topic
        return OTHER

    def guide(self, guide_id: str) -> str:
        if not guide_id:
            return OTHER
        return guide_id if self.guides is None or guide_id in self.guides else OTHER

    def step(self, guide_id: str, step: str | None) -> str:
        if not step:
            return ""
        if self.guides is None:
            return step
        return step if step in self.guides.get(guide_id, ()) else OTHER

    def service(self, service_id: str | None) -> str:
        if not service_id:
            return ""
        return service_id if self.services is None or service_id in self.services else OTHER

    def office(self, org: str, office: str | None) -> str:
        if not office:
            return ""
        if self.offices is None or office in self.offices.get(org, frozenset()):
            return office
        return OTHER

    def steps_of(self, guide_id: str) -> tuple[str, ...]:
        return () if self.guides is None else self.guides.get(guide_id, ())


UNRESTRICTED: Final = Vocabulary()


def _code(value: Any, allowed: Iterable[str]) -> str:
    text = str(value) if value is not None else ""
    return text if text in allowed else OTHER


# -- contributions ------------------------------------------------------------------------------


def case_cells(case: CaseRecord, vocab: Vocabulary) -> list[CellCode]:
    """The cells one contact counts in (per distinct topic once)."""
    outcome = _code(case.outcome, OUTCOMES)
    cells: list[CellCode] = [("outcome", outcome, ""), ("channel", _code(case.channel, CHANNELS),
                                                     outcome)]  # fmt: skip
    if outcome == NOT_POSSIBLE:
        cells.append(("reason", _code(case.not_possible_reason or "other", REASONS), outcome))
    cells += [("topic", code, "") for code in _topics(case.org, case.topics, vocab)]
    run = case.guide
    if run is not None:
        guide = vocab.guide(run.guide_id)
        end = "completed" if run.completed else "stopped"
        cells.append(("guide", guide, end))
        if not run.completed:
            cells.append(("dropoff", vocab.step(run.guide_id, run.drop_off_step)
                          if guide != OTHER else "", guide))  # fmt: skip
    return cells


def _topics(org: str, topics: Iterable[str], vocab: Vocabulary) -> list[str]:
    return list(dict.fromkeys(vocab.topic(org, t) for t in topics))


def topic_cells(topic: TopicCount, vocab: Vocabulary) -> list[CellCode]:
    return [("topic", vocab.topic(topic.org, topic.topic), "")]


def referral_cells(ref: ReferralRecord, vocab: Vocabulary) -> list[CellCode]:
    """The cells one referral counts in (per distinct need and barrier once)."""
    status = _code(ref.status, STATUSES)
    municipality = ref.municipality if ref.municipality in MUNICIPALITIES else (
        "" if not ref.municipality else OTHER)  # fmt: skip
    cells: list[CellCode] = [
        ("status", status, ""),
        ("service", vocab.service(ref.service_id), status),
        ("urgency", _code(ref.urgency, URGENCIES), status),
        ("municipality", municipality, status),
    ]
    cells += [("need", n, status) for n in dict.fromkeys(_code(n, NEEDS) for n in ref.needs)]
    cells += [("barrier", b, status)
              for b in dict.fromkeys(_code(b, BARRIERS) for b in ref.barriers)]  # fmt: skip
    days = first_contact_days(ref)
    if days is not None:
        cells.append(("ttfc", ttfc_bucket(days), ""))
    return cells


# -- wire bodies (the server's records) --------------------------------------------------------


def _when(value: Any) -> datetime:
    parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def case_from_body(body: Mapping[str, Any], org: str, office: str | None) -> CaseRecord:
    """A case body as the server stores it (``CaseBody``), reduced to what is counted."""
    session = body.get("guide_session")
    run = None
    if isinstance(session, Mapping) and session.get("guide_id"):
        run = GuideRun(str(session["guide_id"]), bool(session.get("completed")),
                       str(session["drop_off_step"]) if session.get("drop_off_step") else None)
    return CaseRecord(
        occurred_at=_when(body["occurred_at"]), office=office or "",
        channel=str(body.get("channel")), outcome=str(body.get("outcome")),
        topics=tuple(str(t) for t in body.get("topics") or ()),
        not_possible_reason=body.get("not_possible_reason"), guide=run, org=org,
    )  # fmt: skip


def referral_from_body(body: Mapping[str, Any], org: str, office: str | None) -> ReferralRecord:
    """A referral body as the server stores it (``ReferralBody``), reduced to what is counted."""
    history = tuple(
        StatusChange(str(h["status"]), _when(h["at"]))
        for h in body.get("status_history") or ()
        if isinstance(h, Mapping) and "status" in h and "at" in h
    )
    return ReferralRecord(
        created_at=_when(body["created_at"]), office=office or "",
        municipality=str(body.get("municipality") or ""), status=str(body.get("status")),
        needs=tuple(str(n) for n in body.get("needs") or ()),
        barriers=tuple(str(b) for b in body.get("barriers") or ()),
        service_id=body.get("service_id"), urgency=str(body.get("urgency") or "normal"),
        history=history, org=org,
    )  # fmt: skip


def contributions(
    kind: str, org: str, office: str | None, body: Mapping[str, Any] | str | None,
    record_id: str, vocab: Vocabulary,
) -> list[tuple[CubeKey, int]]:  # fmt: skip
    """The cube cells one stored record counts in, each with the record's key.

    Empty for a tombstone, a training record or any other kind.
    """
    if isinstance(body, str):
        body = json.loads(body)
    if not isinstance(body, Mapping) or body.get("training"):
        return []
    key = record_key(record_id)
    off = vocab.office(org, office)
    if kind == "case":
        case = case_from_body(body, org, office)
        month, cells = local_month(case.occurred_at), case_cells(case, vocab)
    elif kind == "referral":
        ref = referral_from_body(body, org, office)
        month, cells = local_month(ref.created_at), referral_cells(ref, vocab)
    else:
        return []
    return [((kind, month, org, off, dim, a, b), key) for dim, a, b in cells]


# -- counting -----------------------------------------------------------------------------------


@dataclass
class Count:
    """How many records a cell holds, and the sum of their keys."""

    n: int = 0
    keys: int = 0


class Cube:
    """Cells of one or more months, organisations and offices, with their counts."""

    def __init__(self) -> None:
        self.cells: dict[CubeKey, Count] = {}

    def add(self, key: CubeKey, n: int, keys: int) -> None:
        count = self.cells.get(key)
        if count is None:
            count = self.cells[key] = Count()
        count.n += n
        count.keys += keys

    def add_case(self, case: CaseRecord, vocab: Vocabulary) -> None:
        month, office = local_month(case.occurred_at), vocab.office(case.org, case.office)
        for dim, a, b in case_cells(case, vocab):
            self.add(("case", month, case.org, office, dim, a, b), case.count, case.keys)

    def add_topic(self, topic: TopicCount, vocab: Vocabulary) -> None:
        month, office = local_month(topic.occurred_at), vocab.office(topic.org, topic.office)
        for dim, a, b in topic_cells(topic, vocab):
            self.add(("case", month, topic.org, office, dim, a, b), topic.count, topic.keys)

    def add_referral(self, ref: ReferralRecord, vocab: Vocabulary) -> None:
        month, office = local_month(ref.created_at), vocab.office(ref.org, ref.office)
        for dim, a, b in referral_cells(ref, vocab):
            self.add(("referral", month, ref.org, office, dim, a, b), 1, ref.keys)
