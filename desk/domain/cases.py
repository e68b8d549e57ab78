"""The case record: vocabulary, validation and the wire body.

Pure logic, shared by the quick-log dialog, the CSV import, the demo data and
the sync client. A form (or a CSV row) is a mapping of field name to text;
:func:`validate_case` turns it into a :class:`CaseValues` or raises
:class:`CaseInvalid` listing *every* problem per field, so a screen can show
them all inline and nothing is ever saved half-way.

Times are kept in UTC; people type and read Belgian local time.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, Final

from desk.domain.days import OFFICE_ZONE, is_future, local, local_date, to_utc
from desk.domain.formats import InvalidValue, format_date, parse_date
from desk.domain.vocab import CHANNELS, FEEDBACKS, OFFICE_CODE, OUTCOMES, REASONS, SKILLS
from desk.messages import msg

MAX_NOTES: Final = 4000
MAX_CITIZEN_REF: Final = 200
MAX_STAFF: Final = 40
MAX_DURATION: Final = 600
MAX_TOPICS: Final = 50
MAX_TOPIC: Final = 120

_OFFICE_RE: Final = OFFICE_CODE
_LANG_RE: Final = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2})?$")
_GUIDE_ID_RE: Final = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_TIME_RE: Final = re.compile(r"^(\d{1,2})[:.hu](\d{2})$")

#: Form fields, in the order people see them.
FIELDS: Final = (
    "topics", "outcome", "duration_min", "not_possible_reason", "follow_up_on", "channel",
    "office", "date", "time", "skill", "language", "feedback", "notes", "citizen_ref",
    "staff", "referral_id",
)


class CaseInvalid(ValueError):
    """A case form or row with problems; ``errors`` maps field name to a Dutch message.

    The messages are :class:`desk.messages.Message` objects: the UI shows them
    with ``desk.ui.messages.tr_messages`` in the employee's language.
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = dict(errors)


@dataclass(frozen=True)
class CaseValues:
    """A valid case as the store keeps it (minus the sync columns)."""

    occurred_at: datetime
    office: str
    staff: str
    channel: str
    topics: tuple[str, ...]
    outcome: str
    duration_min: int
    language: str = "nl"
    not_possible_reason: str | None = None
    follow_up_on: date | None = None
    referral_id: str | None = None
    skill: str | None = None
    feedback: str | None = None
    notes: str = ""
    citizen_ref: str | None = None
    guide_session: Mapping[str, Any] | None = field(default=None, compare=False)
    training: bool = False

    def columns(self) -> dict[str, Any]:
        """Column values for ``desk.store.records.write_record``."""
        return {
            "occurred_at": self.occurred_at,
            "office": self.office,
            "staff": self.staff,
            "channel": self.channel,
            "topics": json.dumps(list(self.topics), ensure_ascii=False),
            "search_text": search_text(self.topics, self.notes),
            "outcome": self.outcome,
            "not_possible_reason": self.not_possible_reason,
            "follow_up_on": self.follow_up_on,
            "referral_id": self.referral_id,
            "duration_min": self.duration_min,
            "skill": self.skill,
            "language": self.language,
            "feedback": self.feedback,
            "notes": self.notes,
            "citizen_ref": self.citizen_ref,
            "guide_session": (
                None if self.guide_session is None
                else json.dumps(dict(self.guide_session), ensure_ascii=False)
            ),
            "training": self.training,
        }

    def with_training(self, training: bool) -> CaseValues:
        return replace(self, training=training)


# -- text helpers ------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower-case, accent-free text for searching ("Één" -> "een")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def topic_label(topic: str) -> str:
    """What people read for a topic code: the free text, or the guide id."""
    kind, _, value = topic.partition(":")
    return value if kind in ("topic", "guide") else topic


def search_text(topics: Iterable[str], notes: str) -> str:
    """The ``search_text`` column: topics and notes, folded. Never personal fields."""
    parts = [topic_label(t).replace("-", " ") for t in topics]
    parts.append(notes)
    return fold(" ".join(p for p in parts if p))


def control_chars(text: str, *, allow_newlines: bool = False) -> list[str]:
    """Control or invisible format characters in *text* (as U+XXXX names)."""
    found = []
    for c in text:
        if allow_newlines and c in "\n\t":
            continue
        if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            found.append(f"U+{ord(c):04X}")
    return sorted(set(found))


def free_text_problem(text: str, limit: int = MAX_NOTES) -> str | None:
    """The rule for a free-text note (a case's notes, a guide report): the problem or None.

    Control and invisible format characters are refused (new lines and tabs
    are fine), and the trimmed text may be at most *limit* characters long.
    The answer is a :func:`desk.messages.msg` message.
    """
    bad = control_chars(text, allow_newlines=True)
    if bad:
        return msg("bevat onzichtbare of stuurtekens ({0}); typ de tekst opnieuw", ", ".join(bad))
    length = len(text.strip())
    if length > limit:
        return msg("hoogstens {0} tekens ({1} nu)", limit, length)
    return None


#: The case log shows and reads dates the way the rest of Desk does.
format_day = format_date
parse_day = parse_date


def parse_clock(text: str) -> time:
    m = _TIME_RE.match(text.strip())
    if not m:
        raise InvalidValue(msg("'{0}' is geen uur; schrijf uu:mm, bv. 14:05", text.strip()))
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        raise InvalidValue(msg("{0} bestaat niet als uur", text.strip()))
    return time(hour, minute)


def local_parts(moment: datetime) -> tuple[str, str]:
    """(dd-mm-jjjj, uu:mm) of a UTC moment in Belgian local time."""
    t = local(moment)
    return format_day(t.date()), f"{t.hour:02d}:{t.minute:02d}"


# -- validation --------------------------------------------------------------------------


def _problem(exc: ValueError) -> str:
    """The message of a parse error, keeping its :class:`desk.messages.Message`."""
    message = exc.args[0] if len(exc.args) == 1 else None
    return message if isinstance(message, str) else str(exc)


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return str(value)


def parse_topics(text: str) -> list[str]:
    """Topics typed or read from CSV: separated by ``;`` or newlines.

    A bare text becomes ``topic:<text>``; ``guide:<id>`` and ``topic:<text>``
    are kept as they are.
    """
    out: list[str] = []
    for part in re.split(r"[;\n|]", text):
        item = part.strip()
        if not item:
            continue
        if not (item.startswith("guide:") or item.startswith("topic:")):
            item = f"topic:{item}"
        if item not in out:
            out.append(item)
    return out


@dataclass(frozen=True, kw_only=True)
class Rules:
    """What this organisation allows, from the configuration, and when.

    Attributes:
        now: The current moment (UTC, from :mod:`desk.clock`). "In the future" and an
            empty date or time are judged against the office's local day and time of
            it (:mod:`desk.domain.days`).
        topics: The configured free topics; others are refused.
        guide_ids: Known guide ids, or None to accept any well-formed id.
        allow_for_citizen: Whether "done for the citizen" may be chosen.
        zone: The office's time zone.
    """

    now: datetime
    topics: tuple[str, ...] = ()
    guide_ids: frozenset[str] | None = None
    allow_for_citizen: bool = True
    zone: tzinfo = OFFICE_ZONE


def validate_case(
    raw: Mapping[str, Any],
    rules: Rules,
    *,
    guide_session: Mapping[str, Any] | None = None,
    training: bool = False,
) -> CaseValues:
    """Check a form or CSV row; return the case or raise :class:`CaseInvalid`.

    ``raw`` holds texts for the keys of :data:`FIELDS` (``date`` and
    ``time`` in Belgian local time).
    """
    errors: dict[str, str] = {}
    now, zone = rules.now, rules.zone
    today = local_date(now, zone)
    value = {k: _text(raw, k) for k in FIELDS}

    for key, text in value.items():
        bad = control_chars(text, allow_newlines=key == "notes")
        if bad:
            errors[key] = msg(
                "bevat onzichtbare of stuurtekens ({0}); typ de tekst opnieuw", ", ".join(bad)
            )
    # -- when ------------------------------------------------------------------------
    occurred: datetime | None = None
    day: date | None = None
    if "date" not in errors:
        try:
            day = parse_day(value["date"]) if value["date"].strip() else today
        except ValueError as exc:
            errors["date"] = _problem(exc)
    clock: time | None = None
    if "time" not in errors:
        try:
            if value["time"].strip():
                clock = parse_clock(value["time"])
            else:
                n = local(now, zone)
                clock = time(n.hour, n.minute)
        except ValueError as exc:
            errors["time"] = _problem(exc)
    if day is not None and clock is not None:
        occurred = to_utc(day, clock, zone)
        if occurred > now + timedelta(minutes=5):
            errors["date" if is_future(day, today) else "time"] = msg("ligt in de toekomst")
        elif day.year < 2000:
            errors["date"] = msg("ligt te ver in het verleden")
    # -- who, where, how ----------------------------------------------------------------
    office = value["office"].strip()
    if "office" not in errors:
        if not office:
            errors["office"] = msg("kies een kantoor")
        elif not _OFFICE_RE.fullmatch(office):
            errors["office"] = msg("moet een kantoorcode zijn (kleine letters, cijfers, '-')")
    staff = value["staff"].strip()
    if "staff" not in errors:
        if not staff:
            errors["staff"] = msg("vul uw korte naam in (Instellingen)")
        elif len(staff) > MAX_STAFF:
            errors["staff"] = msg("mag hoogstens {0} tekens lang zijn", MAX_STAFF)
    channel = value["channel"].strip() or "counter"
    if "channel" not in errors and channel not in CHANNELS:
        errors["channel"] = msg("onbekend kanaal '{0}'", channel)
    # -- topics -------------------------------------------------------------------------
    topics = parse_topics(value["topics"]) if "topics" not in errors else []
    if "topics" not in errors:
        allowed = {fold(t) for t in rules.topics}
        unknown: list[str] = []
        unknown_guides: list[str] = []
        for topic in topics:
            kind, _, rest = topic.partition(":")
            if len(topic) > MAX_TOPIC:
                unknown.append(rest[:30] + "…")
            elif kind == "guide":
                ok = bool(_GUIDE_ID_RE.match(rest)) and (
                    rules.guide_ids is None or rest in rules.guide_ids
                )
                if not ok:
                    unknown_guides.append(rest)
            elif fold(rest) not in allowed:
                unknown.append(rest)
        if not topics:
            errors["topics"] = msg("kies minstens één onderwerp")
        elif unknown and unknown_guides:
            errors["topics"] = msg(
                "onbekend onderwerp: {0}; gids {1}", ", ".join(unknown), ", ".join(unknown_guides)
            )
        elif unknown:
            errors["topics"] = msg("onbekend onderwerp: {0}", ", ".join(unknown))
        elif unknown_guides:
            errors["topics"] = msg("onbekend onderwerp: gids {0}", ", ".join(unknown_guides))
        elif len(topics) > MAX_TOPICS:
            errors["topics"] = msg("hoogstens {0} onderwerpen", MAX_TOPICS)
        # Free topics are stored with the configured spelling.
        canonical = {fold(t): t for t in rules.topics}
        topics = list(dict.fromkeys(
            f"topic:{canonical.get(fold(t[6:]), t[6:])}" if t.startswith("topic:") else t
            for t in topics
        ))
    # -- outcome ------------------------------------------------------------------------
    outcome = value["outcome"].strip()
    if "outcome" not in errors:
        if not outcome:
            errors["outcome"] = msg("kies een uitkomst")
        elif outcome not in OUTCOMES:
            errors["outcome"] = msg("onbekende uitkomst '{0}'", outcome)
        elif outcome == "for_citizen" and not rules.allow_for_citizen:
            errors["outcome"] = msg("'gedaan voor burger' is in uw organisatie niet toegestaan")
    reason = value["not_possible_reason"].strip() or None
    if "not_possible_reason" not in errors:
        if outcome == "not_possible" and reason is None:
            errors["not_possible_reason"] = msg("kies waarom het niet mogelijk was")
        elif reason is not None and reason not in REASONS:
            errors["not_possible_reason"] = msg("onbekende reden '{0}'", reason)
        elif reason is not None and outcome != "not_possible":
            reason = None  # a leftover from an earlier choice in the form
    follow_up: date | None = None
    if "follow_up_on" not in errors:
        text = value["follow_up_on"].strip()
        if text:
            try:
                follow_up = parse_day(text)
            except ValueError as exc:
                errors["follow_up_on"] = _problem(exc)
            else:
                if day is not None and follow_up < day:
                    errors["follow_up_on"] = msg("ligt vóór de datum van het contact")
                elif day is not None and follow_up > day + timedelta(days=366):
                    errors["follow_up_on"] = msg("ligt meer dan een jaar later")
        elif outcome == "follow_up":
            errors["follow_up_on"] = msg("vul de datum van de opvolging in")
    referral_id = value["referral_id"].strip() or None
    if referral_id is not None and "referral_id" not in errors:
        try:
            referral_id = str(uuid.UUID(referral_id))
        except ValueError:
            errors["referral_id"] = msg("is geen geldige doorverwijzing")
    # -- duration and impressions -------------------------------------------------------
    duration = 0
    if "duration_min" not in errors:
        text = value["duration_min"].strip()
        if not text:
            errors["duration_min"] = msg("vul de duur in minuten in")
        else:
            try:
                duration = int(text)
            except ValueError:
                errors["duration_min"] = msg("'{0}' is geen aantal minuten", text)
            else:
                if duration < 0:
                    errors["duration_min"] = msg("kan niet negatief zijn")
                elif duration > MAX_DURATION:
                    errors["duration_min"] = msg("hoogstens {0} minuten", MAX_DURATION)
    skill = value["skill"].strip() or None
    if skill is not None and "skill" not in errors and skill not in SKILLS:
        errors["skill"] = msg("onbekende inschatting '{0}'", skill)
    feedback = value["feedback"].strip() or None
    if feedback is not None and "feedback" not in errors and feedback not in FEEDBACKS:
        errors["feedback"] = msg("onbekende feedback '{0}'", feedback)
    language = value["language"].strip() or "nl"
    if "language" not in errors and not _LANG_RE.match(language):
        errors["language"] = msg("'{0}' is geen taalcode (bv. nl, fr, en)", language)
    notes = value["notes"].strip()
    if "notes" not in errors:
        problem = free_text_problem(value["notes"])
        if problem is not None:
            errors["notes"] = problem
    citizen_ref = value["citizen_ref"].strip() or None
    if citizen_ref is not None and "citizen_ref" not in errors:
        if follow_up is None:
            errors["citizen_ref"] = msg("alleen toegelaten bij een opvolging met datum")
        elif len(citizen_ref) > MAX_CITIZEN_REF:
            errors["citizen_ref"] = msg("hoogstens {0} tekens", MAX_CITIZEN_REF)

    if errors:
        raise CaseInvalid({k: errors[k] for k in FIELDS if k in errors})
    assert occurred is not None
    return CaseValues(
        occurred_at=occurred,
        office=office,
        staff=staff,
        channel=channel,
        topics=tuple(topics),
        outcome=outcome,
        duration_min=duration,
        language=language,
        not_possible_reason=reason,
        follow_up_on=follow_up,
        referral_id=referral_id,
        skill=skill,
        feedback=feedback,
        notes=notes,
        citizen_ref=citizen_ref,
        guide_session=guide_session,
        training=training,
    )


def stored_parts(row: Mapping[str, Any]) -> tuple[str, str, list[str], date | None]:
    """Local day and time, topics and follow-up date of a stored case row.

    Rows come as the database holds them (ISO text, JSON text) or already
    decoded; both the edit form and the CSV export read them through here.
    """
    occurred = row["occurred_at"]
    if isinstance(occurred, str):
        occurred = datetime.fromisoformat(occurred.replace("Z", "+00:00"))
    day, clock = local_parts(occurred)
    topics = row["topics"]
    if isinstance(topics, str):
        topics = json.loads(topics)
    follow = row.get("follow_up_on")
    if isinstance(follow, str):
        follow = date.fromisoformat(follow)
    return day, clock, [str(t) for t in topics], follow


def form_from_row(row: Mapping[str, Any]) -> dict[str, str]:
    """The form texts of a stored case (for editing)."""
    day, clock, topics, follow = stored_parts(row)
    return {
        "topics": ";".join(topics),
        "outcome": row["outcome"],
        "duration_min": str(row["duration_min"]),
        "not_possible_reason": row.get("not_possible_reason") or "",
        "follow_up_on": format_day(follow) if follow else "",
        "channel": row["channel"],
        "office": row["office"],
        "date": day,
        "time": clock,
        "skill": row.get("skill") or "",
        "language": row.get("language") or "nl",
        "feedback": row.get("feedback") or "",
        "notes": row.get("notes") or "",
        "citizen_ref": row.get("citizen_ref") or "",
        "staff": row["staff"],
        "referral_id": row.get("referral_id") or "",
    }


# -- guide sessions ----------------------------------------------------------------------


def form_from_session(session: Mapping[str, Any]) -> dict[str, str]:
    """Prefill for the quick log from a guide session's ``to_dict()``.

    ``done`` becomes *citizen alone* when the citizen acted in every step,
    else *together*; ``not_possible`` keeps its reason; a stopped guide
    leaves the outcome for the employee to choose.
    """
    form: dict[str, str] = {"topics": f"guide:{session['guide_id']}"}
    duration_s = float(session.get("duration_s") or 0)
    form["duration_min"] = str(max(1, int(duration_s / 60 + 0.5)))  # half up
    outcome = session.get("outcome")
    visits = session.get("visits") or []
    if outcome == "done":
        actors = {v.get("actor") for v in visits}
        form["outcome"] = "citizen_alone" if actors == {"citizen"} else "together"
    elif outcome == "not_possible":
        form["outcome"] = "not_possible"
        form["not_possible_reason"] = str(session.get("reason") or "other")
    else:
        form["outcome"] = ""
    ended = session.get("ended_at")
    if isinstance(ended, str):
        day, clock = local_parts(datetime.fromisoformat(ended.replace("Z", "+00:00")))
        form["date"], form["time"] = day, clock
    return form


def session_to_wire(session: Mapping[str, Any]) -> dict[str, Any]:
    """The server's guide-session body: only the fields it knows, duration in whole seconds."""
    visits = [
        {
            "step_id": v["step_id"],
            "entered_at": v["entered_at"],
            "actor": v["actor"],
            "note": v.get("note") or None,
        }
        for v in session.get("visits") or []
    ]
    return {
        "guide_id": session["guide_id"],
        "guide_version": int(session["guide_version"]),
        "visits": visits[:500],
        "drop_off_step": session.get("drop_off_step"),
        "outcome": session.get("outcome"),
        "reason": session.get("reason"),
        "linked_guide": session.get("linked_guide"),
        "duration_s": max(0, min(86400, round(float(session.get("duration_s") or 0)))),
        "completed": bool(session.get("completed", session.get("outcome") == "done")),
    }


# -- wire ----------------------------------------------------------------------------------


def _iso_utc(value: Any) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    assert isinstance(value, datetime)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def case_to_wire(row: Mapping[str, Any]) -> dict[str, Any]:
    """The case body of the central API (``desk.central.schemas.CaseBody``) for a stored row."""
    topics = row["topics"]
    if isinstance(topics, str):
        topics = json.loads(topics)
    follow = row.get("follow_up_on")
    session = row.get("guide_session")
    if isinstance(session, str):
        session = json.loads(session)
    return {
        "occurred_at": _iso_utc(row["occurred_at"]),
        "office": row["office"],
        "staff": row["staff"],
        "channel": row["channel"],
        "topics": list(topics),
        "outcome": row["outcome"],
        "not_possible_reason": row.get("not_possible_reason"),
        "follow_up_on": follow.isoformat() if isinstance(follow, date) else follow,
        "referral_id": row.get("referral_id"),
        "duration_min": int(row["duration_min"]),
        "skill": row.get("skill"),
        "language": row.get("language") or "nl",
        "feedback": row.get("feedback"),
        "notes": row.get("notes") or "",
        "citizen_ref": row.get("citizen_ref"),
        "guide_session": session_to_wire(session) if session else None,
        "training": bool(row.get("training")),
    }
