"""Wire models (pydantic). Record bodies are strict: unknown fields are refused."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    field_validator,
    model_validator,
)

from desk.central.vocab import (
    Actor,
    Barrier,
    Channel,
    Feedback,
    Municipality,
    Need,
    NotPossibleReason,
    Outcome,
    Skill,
    Status,
    Urgency,
)
from desk.domain.guide_reports import ID_PATTERN, MAX_NOTE, note_problem

MAX_BATCH = 500

#: Moments and days outside these years are refused: nothing Desk records lies there, and
#: near the ends of the calendar converting to UTC or to a local month overflows.
FIRST_YEAR: Final = 1970
LAST_YEAR: Final = 2199

#: Characters no stored text may hold: C0 controls other than tab, line feed and carriage
#: return (PostgreSQL cannot store NUL at all), DEL, C1 controls and lone surrogates
#: (they cannot be encoded as UTF-8).
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def unstorable_text(value: Any, path: str = "body") -> str | None:
    """Where *value* (a JSON document) holds a character no text may hold, or None."""
    if isinstance(value, str):
        found = _UNSTORABLE.search(value)
        if found:
            return f"{path}: control character U+{ord(found.group()):04X} is not allowed"
        return None
    if isinstance(value, Mapping):
        for key, item in value.items():
            problem = unstorable_text(key, path) or unstorable_text(item, f"{path}.{key}")
            if problem:
                return problem
    elif isinstance(value, list):
        for n, item in enumerate(value):
            problem = unstorable_text(item, f"{path}.{n}")
            if problem:
                return problem
    return None


def _storable(value: str) -> str:
    found = _UNSTORABLE.search(value)
    if found:
        raise ValueError(f"control character U+{ord(found.group()):04X} is not allowed")
    return value


def _in_range(value: datetime) -> datetime:
    try:
        year = value.astimezone(UTC).year
    except OverflowError:
        year = 0
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"must lie between the years {FIRST_YEAR} and {LAST_YEAR}")
    return value


def _day_in_range(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"must lie between the years {FIRST_YEAR} and {LAST_YEAR}")
    return value


#: A moment with its UTC offset, within the years Desk stores.
Moment = Annotated[AwareDatetime, AfterValidator(_in_range)]
#: A calendar day within the years Desk stores.
Day = Annotated[date, AfterValidator(_day_in_range)]
#: Text that can be stored (no control characters).
Clean = Annotated[str, AfterValidator(_storable)]

#: A record's client-made UUID, canonical form (lower case, with dashes).
RecordId = Annotated[
    str,
    Field(pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
    AfterValidator(str.lower),
]
Short = Annotated[str, Field(min_length=1, max_length=80)]
Code = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z0-9][a-z0-9_-]*$")]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z]{2})?$")]
Text = Annotated[str, Field(max_length=4000)]
Topic = Annotated[str, Field(max_length=120, pattern=r"^(guide|topic):\S.*$")]


Email = Annotated[str, Field(max_length=200, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]


#: Marks a field that holds a citizen's personal data (one declaration for the whole
#: protocol: the audit counts every record that carries one; it shows in the OpenAPI schema
#: as ``x-personal``).
PERSONAL = Field(json_schema_extra={"x-personal": True})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


# -- record bodies ---------------------------------------------------------------------------


class Visit(Strict):
    step_id: Short
    entered_at: Moment
    actor: Actor
    note: Text | None = None


class GuideSession(Strict):
    guide_id: Short
    guide_version: StrictInt = Field(ge=1)
    visits: list[Visit] = Field(max_length=500)
    drop_off_step: Short | None = None
    outcome: Short | None = None
    reason: NotPossibleReason | None = None
    linked_guide: Short | None = None
    duration_s: StrictInt = Field(ge=0, le=86400)
    completed: StrictBool


class CaseBody(Strict):
    occurred_at: Moment
    office: Code | None = None  # None: the device's own office
    staff: Short
    channel: Channel
    topics: list[Topic] = Field(max_length=50)
    outcome: Outcome
    not_possible_reason: NotPossibleReason | None = None
    follow_up_on: Day | None = None
    referral_id: uuid.UUID | None = None
    duration_min: StrictInt = Field(ge=0, le=600)
    skill: Skill | None = None
    language: Language
    feedback: Feedback | None = None
    notes: Text = ""
    citizen_ref: Annotated[str | None, Field(max_length=200), PERSONAL] = None
    guide_session: GuideSession | None = None
    training: StrictBool = False

    @model_validator(mode="after")
    def _reason_only_when_not_possible(self) -> CaseBody:
        if self.outcome == "not_possible" and self.not_possible_reason is None:
            raise ValueError("outcome 'not_possible' needs a not_possible_reason")
        if self.outcome != "not_possible" and self.not_possible_reason is not None:
            raise ValueError("not_possible_reason must be null unless outcome is 'not_possible'")
        return self


class Consent(Strict):
    given: StrictBool
    text_version: Short
    at: Moment
    staff: Short


class Citizen(Strict):
    name: Annotated[str, Field(min_length=1, max_length=200)]
    phone: Annotated[str, Field(max_length=40, pattern=r"^\+?[0-9 ./()-]{6,}$")] | None = None
    email: Annotated[str, Field(max_length=200, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None = (
        None
    )
    contact_channel: Short
    language: Language
    availability: Annotated[str, Field(max_length=500)] | None = None


class StatusEntry(Strict):
    status: Status
    at: Moment
    by: Short
    note: Text = ""


class ReferralBody(Strict):
    created_at: Moment
    office: Code | None = None  # None: the device's own office
    staff: Short
    municipality: Municipality
    case_id: uuid.UUID | None = None
    needs: list[Need] = Field(min_length=1, max_length=10)
    barriers: list[Barrier] = Field(max_length=8)
    urgency: Urgency
    service_id: Annotated[str, Field(min_length=1, max_length=120)]
    consent: Consent | None = None
    citizen: Annotated[Citizen | None, PERSONAL] = None
    notes: Annotated[Text, PERSONAL] = ""  # the desk keeps them with the citizen's data
    status: Status
    status_history: list[StatusEntry] = Field(max_length=200)
    training: StrictBool = False

    @model_validator(mode="after")
    def _personal_data_needs_consent(self) -> ReferralBody:
        if self.citizen is not None and not (self.consent is not None and self.consent.given):
            raise ValueError("citizen contact data is only allowed with consent (consent.given)")
        if len(set(self.needs)) != len(self.needs):
            raise ValueError("needs contains duplicates")
        if len(set(self.barriers)) != len(self.barriers):
            raise ValueError("barriers contains duplicates")
        return self


GuideId = Annotated[StrictStr, Field(min_length=1, max_length=80, pattern=ID_PATTERN)]


class GuideReportBody(Strict):
    """A staff report of a wrong step, as a desk pushes it (``desk.domain.guide_reports``).

    The note follows the desk's rule (no control characters, no recognisable
    personal data, at most ``MAX_NOTE`` characters). The status and the reply are
    the server's: they are added to the stored body when the editors close it.
    """

    guide_id: GuideId
    guide_version: StrictInt = Field(ge=1, le=2**31 - 1)
    step_id: GuideId
    note: Annotated[StrictStr, Field(min_length=1, max_length=MAX_NOTE)]
    reported_at: Moment
    office: Code | None = None
    training: StrictBool = False

    @field_validator("note")
    @classmethod
    def _plain_note(cls, value: str) -> str:
        problem = note_problem(value)
        if problem is not None:
            raise ValueError(str(problem))
        return value


BODY_MODELS: Final[dict[str, type[CaseBody] | type[ReferralBody] | type[GuideReportBody]]] = {
    "case": CaseBody,
    "referral": ReferralBody,
    "guide_report": GuideReportBody,
}


def _declared_personal(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(
        name
        for name, info in model.model_fields.items()
        if isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get("x-personal")
    )


#: The personal fields of each record kind, from the ``PERSONAL`` marks.
PERSONAL_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    kind: _declared_personal(model) for kind, model in BODY_MODELS.items()
}


def personal_in(kind: str, body: Mapping[str, Any] | None) -> tuple[str, ...]:
    """The personal fields *body* fills in (empty for tombstones)."""
    if not body:
        return ()
    return tuple(
        name for name in PERSONAL_FIELDS.get(kind, ()) if body.get(name) not in (None, "", {}, [])
    )


def readable(exc: ValidationError, prefix: str = "") -> str:
    """One line a person can read: ``field.path: message; ...``."""
    parts = []
    for err in exc.errors(include_url=False)[:5]:
        loc = ".".join(str(p) for p in err["loc"])
        where = f"{prefix}{loc}" if loc else prefix.rstrip(".") or "body"
        msg = str(err["msg"])
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
        parts.append(f"{where}: {msg}")
    more = len(exc.errors()) - 5
    if more > 0:
        parts.append(f"and {more} more problem(s)")
    return "; ".join(parts)


# -- requests and answers ----------------------------------------------------------------------


class EnrollRequest(Strict):
    code: Annotated[Clean, Field(min_length=1, max_length=100)]
    device_name: Annotated[Clean, Field(min_length=1, max_length=200)]
    app_version: Annotated[Clean, Field(min_length=1, max_length=40)]
    os: Annotated[Clean, Field(min_length=1, max_length=200)]


class EnrollResponse(BaseModel):
    device_id: str
    token: str
    org: str
    office: str | None
    role: str
    server_time: str


class Change(Strict):
    kind: Literal["case", "referral", "guide_report"]
    id: RecordId
    revision: StrictInt = Field(ge=1, le=2**31 - 1)
    base_revision: StrictInt = Field(ge=0, le=2**31 - 1)
    #: Printable ASCII (the desk makes them from UUIDs).
    idempotency_key: Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[!-~]+$")]
    deleted: StrictBool = False
    #: A case, referral or guide report body (checked per change: a bad one is rejected
    #: alone), or ``{}`` with ``deleted``.
    body: dict[str, Any]


class PushRequest(Strict):
    client_time: Moment
    changes: list[Change] = Field(max_length=MAX_BATCH)


class PushResult(BaseModel):
    id: str
    idempotency_key: str
    status: Literal["accepted", "duplicate", "conflict", "rejected"]
    revision: int | None = None
    server_record: dict[str, Any] | None = None
    reason: str | None = None
    reason_code: str | None = None
    first_status: str | None = None


class PushResponse(BaseModel):
    results: list[PushResult]
    server_time: str
    clock_skew_seconds: float | None = None
    warnings: list[str] = []


class PullChange(BaseModel):
    seq: int
    kind: Literal["guide", "directory", "referral_status", "case", "referral", "guide_report"]
    id: str
    revision: int
    deleted: bool
    body: dict[str, Any] | None


class PullResponse(BaseModel):
    changes: list[PullChange]
    cursor: int
    more: bool


class StatusRequest(Strict):
    status: Status
    note: Annotated[Clean, Field(max_length=2000)] = ""
    at: Moment | None = None


class StatusResponse(BaseModel):
    referral_id: str
    status: str
    revision: int


class StatsTable(BaseModel):
    """One protected table. Row and column codes come from vocabularies only."""

    name: str
    title: str
    row_label: str
    column_label: str
    rows: list[str]
    columns: list[str]
    #: Published numbers (multiples of 5). ``"<5"`` was used by servers before rounding.
    cells: list[list[int | str]]
    row_totals: list[int | str]
    column_totals: list[int | str]
    total: int | str


class StatsResponse(BaseModel):
    #: The period asked for: ``2026-03``, ``2026-Q1`` or ``2026``.
    period: str
    from_month: str
    to_month: str
    org: str | None
    office: str | None
    generated_at: str
    #: The disclosure-control method (``rounding-5``, see PROTOCOL.md).
    method: str
    threshold: int
    suppressed_label: str
    note: str
    tables: list[StatsTable]


class Health(BaseModel):
    status: str
    protocol: int
    version: str
    server_time: str
    #: Oldest Desk version this server still accepts (None: any); older ones get 426.
    min_client_version: str | None = None


class ErrorBody(BaseModel):
    detail: str
