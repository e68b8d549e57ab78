"""Validation of a case form and the wire body the central server accepts."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from desk.central.schemas import CaseBody
from desk.domain.cases import (
    CaseInvalid,
    Rules,
    case_to_wire,
    fold,
    form_from_session,
    validate_case,
)
from desk.store.common import to_iso
from tests.support.clock import at_local, day_text, days_from_today

from .conftest import NOW, TOPICS, make_case


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")

RULES = Rules(topics=TOPICS, now=NOW)


def errors_of(**form: str) -> dict[str, str]:
    base = {"date": day_text(-1), "time": "10:15", "office": "kortrijk-stadhuis",
            "staff": "Elke", "topics": "Belastingen", "outcome": "together",
            "duration_min": "12"}
    base.update(form)
    with pytest.raises(CaseInvalid) as info:
        validate_case(base, RULES)
    return info.value.errors


def test_a_typical_case_is_valid() -> None:
    case = make_case()
    assert case.topics == ("topic:Belastingen",)
    assert case.occurred_at == at_local(-1, 10, 15)  # typed as local time, stored as UTC
    assert case.channel == "counter"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("date", "31-02-2026", "bestaat niet"),
    ("date", "2026-13-01", "bestaat niet"),
    ("date", "gisteren", "geen datum"),
    ("date", day_text(1), "toekomst"),
    ("time", "25:00", "bestaat niet"),
    ("duration_min", "-5", "negatief"),
    ("duration_min", "tien", "geen aantal"),
    ("duration_min", "", "duur"),
    ("topics", "Kookles", "onbekend onderwerp: Kookles"),
    ("topics", "", "minstens één"),
    ("topics", "guide:Niet Geldig!", "onbekend onderwerp"),
    ("notes", "plak\x1b[31mrood", "stuurtekens (U+001B)"),
    ("staff", "El\u200bke", "U+200B"),
    ("office", "Stadhuis Kortrijk", "kantoorcode"),
    ("outcome", "done", "onbekende uitkomst"),
    ("channel", "fax", "onbekend kanaal"),
])
def test_bad_input_is_refused_with_a_message(field: str, value: str, message: str) -> None:
    errors = errors_of(**{field: value})
    assert message in errors[field]


def test_every_problem_is_reported_at_once() -> None:
    errors = errors_of(date="31-02-2026", duration_min="-1", topics="Onbekend", outcome="")
    assert set(errors) == {"date", "duration_min", "topics", "outcome"}


def test_outcome_rules() -> None:
    assert "waarom" in errors_of(outcome="not_possible")["not_possible_reason"]
    assert "opvolging" in errors_of(outcome="follow_up")["follow_up_on"]
    assert "vóór" in errors_of(outcome="follow_up", follow_up_on=day_text(-27))["follow_up_on"]
    # A contact reference only with a follow-up (pseudonymous by default).
    assert "opvolging" in errors_of(citizen_ref="Jan 0470")["citizen_ref"]
    strict = Rules(topics=TOPICS, now=NOW, allow_for_citizen=False)
    with pytest.raises(CaseInvalid) as info:
        validate_case({**make_form(), "outcome": "for_citizen"}, strict)
    assert "niet toegestaan" in info.value.errors["outcome"]


def make_form() -> dict[str, str]:
    return {"date": day_text(-1), "time": "10:15", "office": "kortrijk-stadhuis",
            "staff": "Elke", "topics": "Belastingen", "outcome": "together",
            "duration_min": "12"}


def test_topics_are_matched_without_case_or_accents() -> None:
    case = make_case(topics="belastingen; guide:itsme-activeren;BELASTINGEN")
    assert case.topics == ("topic:Belastingen", "guide:itsme-activeren")
    assert fold("Één Attest") == "een attest"


def test_search_text_holds_topics_and_notes_but_never_the_citizen_reference() -> None:
    case = make_case(outcome="follow_up", follow_up_on=day_text(4), citizen_ref="Mevr. Decock",
                     notes="Brief van de FOD Financiën")
    text = case.columns()["search_text"]
    assert "financien" in text and "belastingen" in text
    assert "decock" not in text


def session_dict(outcome: str = "done", actors: tuple[str, ...] = ("citizen", "together"),
                 reason: str | None = None) -> dict[str, object]:
    start = at_local(-1, 10, 0)
    visits = [{"step_id": f"stap-{i}", "entered_at": (start + timedelta(minutes=i)).isoformat(),
               "actor": actor, "note": ""} for i, actor in enumerate(actors)]
    return {
        "guide_id": "itsme-activeren", "guide_version": 3,
        "started_at": iso(start), "ended_at": iso(start + timedelta(minutes=14, seconds=30)),
        "visits": visits, "drop_off_step": None if outcome == "done" else "stap-1",
        "outcome": outcome, "reason": reason, "linked_guide": None, "advice": "",
        "duration_s": 870.25, "completed": outcome == "done",
    }


def test_session_prefill_maps_the_outcome() -> None:
    assert form_from_session(session_dict())["outcome"] == "together"
    alone = form_from_session(session_dict(actors=("citizen", "citizen")))
    assert alone["outcome"] == "citizen_alone"
    assert alone["duration_min"] == "15"
    assert alone["topics"] == "guide:itsme-activeren"
    assert (alone["date"], alone["time"]) == (day_text(-1), "10:14")
    failed = form_from_session(session_dict("not_possible", reason="pin_unknown"))
    assert (failed["outcome"], failed["not_possible_reason"]) == ("not_possible", "pin_unknown")
    assert form_from_session(session_dict("stopped"))["outcome"] == ""


def test_wire_body_is_accepted_by_the_central_schema() -> None:
    values = make_case(outcome="not_possible", not_possible_reason="pin_unknown",
                       topics="Belastingen;guide:itsme-activeren", notes="PIN kwijt",
                       skill="needs_help", feedback="happy", language="fr")
    stored = {k: v for k, v in values.columns().items()}
    stored["guide_session"] = json.dumps(session_dict("not_possible", reason="pin_unknown"))
    stored["occurred_at"] = to_iso(at_local(-1, 10, 15))
    stored["training"] = 0
    body = case_to_wire(stored)
    parsed = CaseBody.model_validate(body)
    assert parsed.topics == ["topic:Belastingen", "guide:itsme-activeren"]
    assert parsed.guide_session is not None and parsed.guide_session.duration_s == 870
    assert set(body) == set(CaseBody.model_fields)


def test_wire_body_of_a_follow_up_with_reference() -> None:
    values = make_case(outcome="follow_up", follow_up_on=day_text(6), citizen_ref="tel 0470")
    stored = dict(values.columns())
    stored["occurred_at"] = to_iso(at_local(-1, 10, 15))
    body = case_to_wire(stored)
    assert body["follow_up_on"] == days_from_today(6).isoformat()
    CaseBody.model_validate(body)
