"""One case, five shapes, held together.

A case is written out as the domain's ``CaseValues`` (and its ``columns()``),
the ``cases`` table (``desk/store/models.py``), the wire body
(``case_to_wire``), the central ``CaseBody`` and, for a pulled case, the
columns again (``case_columns``). These tests fail when a field is added to
one shape and not to the others, and when a case does not survive the trip
desk -> wire -> server schema -> desk unchanged.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.central.schemas import CaseBody
from desk.central.schemas import GuideSession as WireSession
from desk.domain.cases import CaseValues, case_to_wire, session_to_wire
from desk.domain.guides.model import ACTORS
from desk.domain.guides.session import OUTCOMES as SESSION_OUTCOMES
from desk.domain.guides.session import GuideSession, StepVisit
from desk.domain.vocab import CHANNELS, FEEDBACKS, LANGUAGES, OUTCOMES, REASONS, SKILLS
from desk.store.cases import LOCAL_COLUMNS, CaseRepository, case_columns
from desk.store.models import Case, Syncable
from desk.store.store import Store, open_store
from tests.support.clock import TEST_NOW

#: Columns every syncable record has; they travel beside the body, not in it.
SYNC_COLUMNS = frozenset(c for c in vars(Syncable) if not c.startswith("_"))


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store()
    yield s
    s.close()


def _example() -> CaseValues:
    return CaseValues(occurred_at=TEST_NOW, office="stadhuis", staff="an", channel="counter",
                      topics=("topic:eID",), outcome="together", duration_min=5)


def test_every_shape_has_the_same_fields(store: Store) -> None:
    values = _example()
    domain = {f.name for f in dataclasses.fields(CaseValues)}
    columns = set(values.columns()) - set(LOCAL_COLUMNS)
    model = {c.name for c in Case.__table__.columns} - SYNC_COLUMNS - set(LOCAL_COLUMNS)
    case_id = CaseRepository(store).save(values)
    row = CaseRepository(store).get(case_id)
    assert row is not None
    wire = case_to_wire(row)
    assert set(wire) == domain, "case_to_wire and CaseValues"
    assert columns == domain, "CaseValues.columns() and CaseValues"
    assert model == domain, "the cases table (models.py) and CaseValues"
    assert set(CaseBody.model_fields) == domain, "the central CaseBody and CaseValues"
    assert set(case_columns(wire)) - set(LOCAL_COLUMNS) == domain, "case_columns and CaseValues"
    assert SYNC_COLUMNS >= {"id", "revision", "server_revision", "sync_state", "synced_at"}


# -- the round trip ------------------------------------------------------------------------

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Co", "Zl",
                                                                   "Zp")), max_size=60)
_moments = st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2030, 12, 30),
                        timezones=st.just(UTC))
_topic = st.one_of(st.from_regex(r"guide:[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
                   _text.filter(lambda t: t.strip() and not t[0].isspace()).map(
                       lambda t: f"topic:{t}"))


@st.composite
def _sessions(draw: st.DrawFn) -> dict[str, Any]:
    started = draw(_moments)
    ended = started + timedelta(seconds=draw(st.floats(0, 7200, allow_nan=False)))
    outcome = draw(st.sampled_from(SESSION_OUTCOMES))
    visits = tuple(
        StepVisit(draw(st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)),
                  started + timedelta(seconds=n), draw(st.sampled_from(ACTORS)), draw(_text))
        for n in range(draw(st.integers(0, 4)))
    )
    session = GuideSession(
        guide_id=draw(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)),
        guide_version=draw(st.integers(1, 50)), started_at=started, ended_at=ended,
        visits=visits, drop_off_step=None if outcome == "done" else "stap-1", outcome=outcome,
        reason=draw(st.sampled_from(REASONS)) if outcome == "not_possible" else None,
        advice=draw(_text),
    )
    return session.to_dict()


@st.composite
def _cases(draw: st.DrawFn) -> CaseValues:
    outcome = draw(st.sampled_from(OUTCOMES))
    occurred = draw(_moments)
    return CaseValues(
        occurred_at=occurred,
        office=draw(st.from_regex(r"[a-z0-9][a-z0-9_-]{0,39}", fullmatch=True)),
        staff=draw(st.from_regex(r"[A-Za-z][A-Za-z .-]{0,39}", fullmatch=True)),
        channel=draw(st.sampled_from(CHANNELS)),
        topics=tuple(dict.fromkeys(draw(st.lists(_topic, min_size=1, max_size=4)))),
        outcome=outcome,
        duration_min=draw(st.integers(0, 600)),
        language=draw(st.sampled_from(LANGUAGES)),
        not_possible_reason=draw(st.sampled_from(REASONS)) if outcome == "not_possible" else None,
        follow_up_on=draw(st.none() | st.dates(min_value=date(2000, 1, 3),
                                               max_value=date(2031, 1, 1))),
        referral_id=draw(st.none() | st.uuids().map(str)),
        skill=draw(st.none() | st.sampled_from(SKILLS)),
        feedback=draw(st.none() | st.sampled_from(FEEDBACKS)),
        notes=draw(_text),
        citizen_ref=draw(st.none() | _text.filter(str.strip)),
        guide_session=draw(st.none() | _sessions()),
        training=draw(st.booleans()),
    )


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=_cases())
def test_a_case_survives_desk_wire_server_desk(store: Store, values: CaseValues) -> None:
    repo = CaseRepository(store)
    row = repo.get(repo.save(values))
    assert row is not None
    wire = case_to_wire(row)
    # The server validates the body as the desk sends it and keeps its JSON dump
    # (desk/central/push.py); that is what another desk pulls.
    served = json.loads(CaseBody.model_validate(wire).model_dump_json())
    pulled = case_columns(served)
    for name, value in pulled.items():
        if name == "guide_session":
            assert _session(value) == _session(row[name] and json.dumps(
                session_to_wire(json.loads(row[name]))))
        else:
            assert value == row[name], name
    # The wire body of the pulled case is the body this desk sent.
    assert CaseBody.model_validate(case_to_wire({**row, **pulled})) == CaseBody.model_validate(wire)


def _session(text: str | None) -> WireSession | None:
    return None if text is None else WireSession.model_validate_json(text)


def test_a_field_missing_from_case_columns_is_noticed(store: Store) -> None:
    """The round trip compares every column: dropping one from a pulled body shows."""
    values = dataclasses.replace(_example(), citizen_ref="kamer 3", referral_id=str(uuid.uuid4()))
    repo = CaseRepository(store)
    row = repo.get(repo.save(values))
    assert row is not None
    wire = case_to_wire(row)
    wire.pop("citizen_ref")
    assert case_columns(wire)["citizen_ref"] != row["citizen_ref"]
