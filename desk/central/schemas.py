"""Wire models (pydantic). Record bodies are strict: unknown fields are refused."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any, Literal

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


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


# -- record bodies ---------------------------------------------------------------------------


class Visit(Strict):
    step_id: Short
    entered_at: AwareDatetime
    actor: Actor
    note: Text | None = None


class GuideSession(Strict):
    guide_id: Short
    guide_version: int = Field(ge=1)
    visits: list[Visit] = Field(max_length=500)
    drop_off_step: Short | None = None
    outcome: Short | None = None
    reason: NotPossibleReason | None = None
    linked_guide: Short | None = None
    duration_s: int = Field(ge=0, le=86400)
    completed: bool


class CaseBody(Strict):
    occurred_at: AwareDatetime
    office: Code
    staff: Short
    channel: Channel
    topics: list[Topic] = Field(max_length=50)
    outcome: Outcome
    not_possible_reason: NotPossibleReason | None = None
    follow_up_on: date | None = None
    referral_id: uuid.UUID | None = None
    duration_min: int = Field(ge=0, le=600)
    skill: Skill | None = None
    language: Language
    feedback: Feedback | None = None
    notes: Text = ""
    citizen_ref: Annotated[str, Field(max_length=200)] | None = None
    guide_session: GuideSession | None = None
    training: bool = False

    @model_validator(mode="after")
    def _reason_only_when_not_possible(self) -> CaseBody:
        if self.outcome == "not_possible" and self.not_possible_reason is None:
            raise ValueError("outcome 'not_possible' needs a not_possible_reason")
        if self.outcome != "not_possible" and self.not_possible_reason is not None:
            raise ValueError("not_possible_reason must be null unless outcome is 'not_possible'")
        return self


class Consent(Strict):
    given: bool
    text_version: Short
    at: AwareDatetime
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
    at: AwareDatetime
    by: Short
    note: Text = ""


class ReferralBody(Strict):
    created_at: AwareDatetime
    office: Code
    staff: Short
    municipality: Municipality
    case_id: uuid.UUID | None = None
    needs: list[Need] = Field(min_length=1, max_length=10)
    barriers: list[Barrier] = Field(max_length=8)
    urgency: Urgency
    service_id: Annotated[str, Field(min_length=1, max_length=120)]
    consent: Consent | None = None
    citizen: Citizen | None = None
    notes: Text = ""
    status: Status
    status_history: list[StatusEntry] = Field(max_length=200)
    training: bool = False

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
    reported_at: AwareDatetime
    office: Code | None = None
    training: StrictBool = False

    @field_validator("note")
    @classmethod
    def _plain_note(cls, value: str) -> str:
        problem = note_problem(value)
        if problem is not None:
            raise ValueError(str(problem))
        return value


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
    code: Annotated[str, Field(min_length=1, max_length=100)]
    device_name: Annotated[str, Field(min_length=1, max_length=200)]
    app_version: Annotated[str, Field(min_length=1, max_length=40)]
    os: Annotated[str, Field(min_length=1, max_length=200)]


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
    revision: int = Field(ge=1, le=2**31 - 1)
    base_revision: int = Field(ge=0, le=2**31 - 1)
    idempotency_key: Annotated[str, Field(min_length=1, max_length=200)]
    deleted: bool = False
    body: dict[str, Any]


class PushRequest(Strict):
    client_time: AwareDatetime
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
    note: Annotated[str, Field(max_length=2000)] = ""
    at: AwareDatetime | None = None


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
