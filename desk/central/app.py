"""The FastAPI application: routes, authentication and error answers."""

import asyncio
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from anyio import to_thread
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from sqlalchemy import Engine, update
from starlette.exceptions import HTTPException as StarletteHTTPException

from desk import __version__, clock
from desk.central import admin, pull, push, referrals, retention, stats
from desk.central import tables as t
from desk.central.auth import PROTOCOL, Device, authenticate, parse_version
from desk.central.db import make_engine, reading, small_write
from desk.central.heavy import Busy, HeavyLimiter
from desk.central.middleware import (
    BODY_IDLE_TIMEOUT,
    BODY_TIMEOUT,
    MAX_BODY,
    DeskMiddleware,
    Limiter,
    client_address,
    server_time,
)
from desk.central.schemas import (
    CaseBody,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    Health,
    PullResponse,
    PushRequest,
    PushResponse,
    ReferralBody,
    StatsResponse,
    StatusRequest,
    StatusResponse,
)
from desk.central.web import jobs as web_jobs
from desk.central.web import routes as web_routes
from desk.domain.periods import Period, PeriodError
from desk.domain.vocab import REGIONAL_ORGS

log = logging.getLogger("desk.central")

UPDATE_MESSAGE = (
    "Deze versie van Desk is te oud voor de centrale dienst: werk Desk bij. "
    "This version of Desk is too old for the central service: please update."
)
MonthQ = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$",
        description="Older desks: first or last month (YYYY-MM or a date) of a whole period",
    ),
]
PeriodQ = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$",
        description="One whole calendar month (2026-03), quarter (2026-Q1) or year (2026)",
    ),
]
OrgQ = Annotated[str | None, Query(max_length=40)]


def stats_period(period: str | None, first: str | None, last: str | None) -> Period:
    """The one period a statistics request asks for (``period``, or ``from`` and ``to``)."""
    try:
        if period is not None:
            if first is not None or last is not None:
                raise PeriodError("give either period or from and to, not both")
            return Period.parse(period)
        if first is None or last is None:
            raise PeriodError(
                "choose a period: a month (period=2026-03), a quarter (period=2026-Q1) "
                "or a year (period=2026)"
            )
        if len(first) > 7 or len(last) > 7:
            return Period.spanning(date.fromisoformat(first), date.fromisoformat(last))
        return Period.of_months(first, last)
    except (PeriodError, ValueError) as exc:
        raise HTTPException(422, f"period: {exc}") from None
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
    403: {"model": ErrorBody},
    413: {"model": ErrorBody},
    422: {"model": ErrorBody},
    426: {"model": ErrorBody},
    429: {"model": ErrorBody},
}


@dataclass
class Settings:
    """Server settings; the minimum client version is also read from the database."""

    accept_training: bool = False
    min_client_version: str | None = None
    per_device_concurrency: int = 4
    max_in_flight: int = 512
    max_body: int = MAX_BODY
    threads: int = 8
    #: Requests without a device token (enrolment) in flight per address.
    per_address_concurrency: int = 16
    #: Token checks waiting or running per address (they run four at a time).
    per_address_token_checks: int = 256
    #: All requests without a device token together (enrolments; health excepted).
    max_anonymous_in_flight: int = 128
    body_timeout: float = BODY_TIMEOUT
    body_idle_timeout: float = BODY_IDLE_TIMEOUT
    #: Expensive calls (statistics, CSV) in flight: per organisation, and in all.
    heavy_per_org: int = 1
    heavy_total: int = 2
    #: Run the retention job (``retention.RetentionJob``) while serving: once a day.
    retention_job: bool = False

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            accept_training=os.environ.get("DESK_CENTRAL_ACCEPT_TRAINING", "") == "1",
            min_client_version=os.environ.get("DESK_CENTRAL_MIN_VERSION") or None,
            retention_job=os.environ.get("DESK_CENTRAL_RETENTION_JOB", "1") != "0",
        )


class _MinVersion:
    """The configured minimum client version, re-read from the database every few seconds."""

    def __init__(self, engine: Engine, override: str | None) -> None:
        self.engine = engine
        self.override = override
        self._lock = threading.Lock()
        self._value: tuple[int, int, int] | None = None
        self._text: str | None = None
        self._read_at = -1e9

    def get(self) -> tuple[tuple[int, int, int] | None, str | None]:
        if self.override:
            return parse_version(self.override), self.override
        with self._lock:
            if time.monotonic() - self._read_at > 5:
                with reading(self.engine) as conn:
                    text = admin.get_config(conn, admin.MIN_VERSION_KEY)
                self._text = text
                self._value = parse_version(text) if text else None
                self._read_at = time.monotonic()
            return self._value, self._text


def create_app(engine: Engine, settings: Settings | None = None) -> FastAPI:
    """Build the app around *engine* (schema must be current)."""
    settings = settings or Settings()
    min_version = _MinVersion(engine, settings.min_client_version)
    heavy = HeavyLimiter(settings.heavy_per_org, settings.heavy_total)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Few worker threads: request handlers are short and CPU-bound, and dozens of
        # threads fighting over the GIL starve the event loop (slower for everyone).
        to_thread.current_default_thread_limiter().total_tokens = settings.threads
        # A statistics cube stored by an older server, or for other vocabularies, is
        # rebuilt before the first request (cheap when it is current).
        await to_thread.run_sync(stats.ensure_current, engine)
        await to_thread.run_sync(web_jobs.prepare, engine)  # the inbox index, once after an upgrade
        job = asyncio.create_task(web_jobs.notices(engine)) if web_jobs.enabled() else None
        erasing = retention.RetentionJob(engine) if settings.retention_job else None
        _app.state.retention_job = erasing
        if erasing is not None:
            erasing.start()
        try:
            yield
        finally:
            if erasing is not None:
                erasing.stop()
            if job is not None:
                job.cancel()

    app = FastAPI(
        lifespan=lifespan,
        title="Desk central API",
        version=__version__,
        description="Sync, distribution and statistics for Desk. See PROTOCOL.md.",
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.engine = engine
    app.state.settings = settings
    bearer = HTTPBearer(auto_error=False)

    # -- errors: always {"detail": "..."} --------------------------------------------------------

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            {"detail": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors()[:5]:
            loc = ".".join(str(p) for p in err.get("loc", ()))
            msg = "unknown field" if err.get("type") == "extra_forbidden" else err.get("msg", "")
            if err.get("type") == "json_invalid":
                msg = "malformed JSON"
            parts.append(f"{loc}: {msg}")
        return JSONResponse({"detail": "; ".join(parts) or "invalid request"}, status_code=422)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        # Normally DeskMiddleware answers bugs first. Class and request id only: a
        # traceback or a database error may quote personal data.
        request_id = getattr(request.state, "request_id", "-")
        log.error("unhandled error %s (request %s)", type(exc).__name__, request_id)
        return JSONResponse(
            {"detail": f"internal server error (request {request_id})"}, status_code=500
        )

    # -- dependencies --------------------------------------------------------------------------

    def protocol(
        x_desk_protocol: Annotated[
            str | None, Header(description="Protocol version, currently 1")
        ] = None,
        x_desk_version: Annotated[
            str | None, Header(description="The app version, e.g. 0.1.0")
        ] = None,
    ) -> None:
        if x_desk_protocol is None or x_desk_version is None:
            # Clients from before the protocol existed send neither header.
            raise HTTPException(426, UPDATE_MESSAGE)
        try:
            proto = int(x_desk_protocol)
        except ValueError:
            raise HTTPException(400, "X-Desk-Protocol must be a whole number") from None
        if proto < PROTOCOL:
            raise HTTPException(426, UPDATE_MESSAGE)
        if proto > PROTOCOL:
            raise HTTPException(400, f"this server speaks protocol {PROTOCOL}, not {proto}")
        try:
            version = parse_version(x_desk_version)
        except ValueError:
            raise HTTPException(400, "X-Desk-Version must look like 1.2.3") from None
        minimum, text = min_version.get()
        if minimum is not None and version < minimum:
            raise HTTPException(426, f"{UPDATE_MESSAGE} (minimum {text})")

    def verify(token: str) -> Device:
        """The middleware's token check (on a worker thread; raises AuthError)."""
        with reading(engine) as conn:
            return authenticate(conn, token, clock.now())

    def device(
        request: Request,
        _proto: Annotated[None, Depends(protocol)],
        _creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
        x_desk_version: Annotated[str | None, Header()] = None,
    ) -> Device:
        # DeskMiddleware verified the token before this request got a slot; ``_creds``
        # only documents the scheme in the OpenAPI schema.
        found = getattr(request.state, "device", None)
        if not isinstance(found, Device):
            raise HTTPException(
                401, "missing device token (Authorization: Bearer ...)",
                headers={"WWW-Authenticate": "Bearer"},
            )  # fmt: skip
        now = clock.now()
        version = (x_desk_version or "")[:40]
        if (
            found.last_seen_at is None
            or now - found.last_seen_at > timedelta(minutes=1)
            or found.app_version != version
        ):
            with small_write(engine) as conn:
                conn.execute(
                    update(t.devices)
                    .where(t.devices.c.id == found.id)
                    .values(last_seen_at=now, app_version=version)
                )
        return found

    def records_role(dev: Annotated[Device, Depends(device)]) -> Device:
        if dev.role == "reviewer":
            raise HTTPException(403, "reviewers may read statistics only")
        return dev

    # -- routes --------------------------------------------------------------------------------

    @app.get("/v1/health", response_model=Health)
    def health() -> Health:
        return Health(
            status="ok", protocol=PROTOCOL, version=__version__, server_time=server_time(),
            min_client_version=min_version.get()[1],
        )

    @app.post(
        "/v1/enroll",
        response_model=EnrollResponse,
        responses=ERRORS,
        dependencies=[Depends(protocol)],
    )
    def enroll(req: EnrollRequest, request: Request) -> EnrollResponse:
        now = clock.now()
        address = client_address(request.scope)
        wait = admin.enroll_wait(engine, address, now)
        if wait:
            raise HTTPException(
                429,
                "too many failed enrolment attempts from this address; try again in "
                f"{wait} s / te veel mislukte aanmeldpogingen, probeer over {wait} s opnieuw",
                headers={"Retry-After": str(wait)},
            )
        try:
            done = admin.enroll(engine, req.code, req.device_name, req.app_version, req.os, now)
        except admin.AdminError as exc:
            admin.enroll_failed(engine, address, exc, now)
            raise HTTPException(exc.status, exc.message) from None
        return EnrollResponse(
            device_id=done.device_id,
            token=done.token,
            org=done.org,
            office=done.office,
            role=done.role,
            server_time=server_time(),
        )

    # Push bodies are parsed by pydantic's own JSON parser straight from the bytes
    # (much faster than json.loads + validation); the schema is declared by hand.
    push_schema, push_defs = _push_openapi()

    async def raw_body(request: Request) -> bytes:
        return await request.body()

    @app.post(
        "/v1/push",
        response_model=PushResponse,
        response_model_exclude_none=True,
        responses={**ERRORS, 409: {"model": ErrorBody}},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": push_schema, "example": PUSH_EXAMPLE}
                },
            }
        },
    )
    def push_changes(
        body: Annotated[bytes, Depends(raw_body)], dev: Annotated[Device, Depends(records_role)]
    ) -> Response:
        try:
            req = PushRequest.model_validate_json(body)
        except ValidationError as exc:
            req = _lenient_push(body, exc)
        try:
            answer = push.push(engine, dev, req, accept_training=settings.accept_training)
        except push.KeyReusedError as exc:
            return JSONResponse(
                {
                    "detail": "idempotency key reused with a different body; nothing of this "
                    "batch was stored. Send these changes with new keys, then the rest again.",
                    "results": [r.model_dump(exclude_none=True) for r in exc.results],
                },
                status_code=409,
            )
        return Response(answer.model_dump_json(exclude_none=True), media_type="application/json")

    @app.get("/v1/pull", response_model=PullResponse, responses=ERRORS)
    def pull_changes(
        dev: Annotated[Device, Depends(records_role)],
        cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=pull.MAX_LIMIT)] = pull.DEFAULT_LIMIT,
    ) -> Response:
        return Response(pull.pull_json(engine, dev, cursor, limit), media_type="application/json")

    @app.post(
        "/v1/referrals/{referral_id}/status",
        response_model=StatusResponse,
        responses={**ERRORS, 404: {"model": ErrorBody}, 409: {"model": ErrorBody}},
    )
    def referral_status(
        referral_id: uuid.UUID, req: StatusRequest, dev: Annotated[Device, Depends(device)]
    ) -> StatusResponse:
        try:
            return referrals.set_status(engine, dev, str(referral_id), req)
        except referrals.StatusError as exc:
            raise HTTPException(exc.status, exc.message) from None

    def stats_scope(dev: Device, org: str | None) -> str | None:
        if dev.role == "reviewer" or dev.org in REGIONAL_ORGS:
            return org
        if org is not None and org != dev.org:
            raise HTTPException(403, "you may read the statistics of your own organisation only")
        return dev.org

    def stats_answer(
        dev: Device, period: str | None, first: str | None, last: str | None,
        org: str | None, office: str | None,
    ) -> StatsResponse:  # fmt: skip
        within = stats_scope(dev, org)  # 403 before anything else
        scope = stats.Scope(stats_period(period, first, last), within, office)
        try:
            with heavy.slot(dev.org):
                return stats.build(engine, scope)
        except Busy as exc:
            raise HTTPException(
                429, "too many statistics requests of your organisation are running; retry",
                headers={"Retry-After": str(exc.retry_after)},
            ) from None

    @app.get("/v1/stats", response_model=StatsResponse, responses=ERRORS)
    def get_stats(
        dev: Annotated[Device, Depends(device)],
        period: PeriodQ = None,
        from_: Annotated[MonthQ, Query(alias="from")] = None,
        to: MonthQ = None,
        org: OrgQ = None,
        office: OrgQ = None,
    ) -> StatsResponse:
        return stats_answer(dev, period, from_, to, org, office)

    @app.get(
        "/v1/stats.csv",
        response_class=PlainTextResponse,
        responses={**ERRORS, 404: {"model": ErrorBody}, 200: {"content": {"text/csv": {}}}},
    )
    def get_stats_csv(
        dev: Annotated[Device, Depends(device)],
        table: Annotated[str, Query(max_length=60)],
        period: PeriodQ = None,
        from_: Annotated[MonthQ, Query(alias="from")] = None,
        to: MonthQ = None,
        org: OrgQ = None,
        office: OrgQ = None,
    ) -> PlainTextResponse:
        result = stats_answer(dev, period, from_, to, org, office)
        for candidate in result.tables:
            if candidate.name == table:
                return PlainTextResponse(
                    stats.to_csv(candidate),
                    media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{candidate.name}.csv"'},
                )
        names = ", ".join(tb.name for tb in result.tables)
        raise HTTPException(404, f"unknown table; choose one of {names}")

    # The partner inbox and insights pages (HTML, their own sign-in): desk.central.web.
    app.include_router(web_routes.router(engine))

    base_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = base_openapi()
            schema.setdefault("components", {}).setdefault("schemas", {}).update(push_defs)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    # Compressed answers for clients that accept them (pull pages and guides shrink ~5x).
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=1)
    app.state.limiter = Limiter(
        settings.per_device_concurrency,
        settings.max_in_flight,
        per_address=settings.per_address_concurrency,
        anonymous=settings.max_anonymous_in_flight,
        checks_per_address=settings.per_address_token_checks,
    )
    app.add_middleware(
        DeskMiddleware,
        limiter=app.state.limiter,
        verify=verify,
        max_body=settings.max_body,
        body_timeout=settings.body_timeout,
        body_idle_timeout=settings.body_idle_timeout,
    )
    return app


PUSH_EXAMPLE: dict[str, Any] = {
    "client_time": "2026-11-28T12:00:00Z",
    "changes": [
        {
            "kind": "case",
            "id": "6f1c2a4e-0b7d-4f59-9a43-2d5e8c1b7a10",
            "revision": 1,
            "base_revision": 0,
            "idempotency_key": "6f1c2a4e0b7d4f599a432d5e8c1b7a10-1",
            "deleted": False,
            "body": {
                "occurred_at": "2026-11-28T09:30:00Z", "office": "balie", "staff": "An",
                "channel": "counter", "topics": ["guide:itsme-activeren"], "outcome": "together",
                "not_possible_reason": None, "follow_up_on": None, "referral_id": None,
                "duration_min": 15, "skill": "needs_help", "language": "nl",
                "feedback": "happy", "notes": "", "citizen_ref": None, "guide_session": None,
                "training": False,
            },
        },
        {
            "kind": "referral",
            "id": "0b9e7d3c-5a21-4c8e-b6f4-7e2d1a9c3b58",
            "revision": 1,
            "base_revision": 0,
            "idempotency_key": "0b9e7d3c5a214c8eb6f47e2d1a9c3b58-1",
            "deleted": False,
            "body": {
                "created_at": "2026-11-28T09:40:00Z", "office": "balie", "staff": "An",
                "municipality": "harelbeke", "case_id": None, "needs": ["smartphone"],
                "barriers": ["no_device"], "urgency": "normal",
                "service_id": "svc-bib-harelbeke", "consent": None, "citizen": None,
                "notes": "", "status": "sent",
                "status_history": [{"status": "sent", "at": "2026-11-28T09:41:00Z",
                                    "by": "An", "note": ""}],
                "training": False,
            },
        },
    ],
}  # fmt: skip


def _push_openapi() -> tuple[dict[str, Any], dict[str, Any]]:
    """The push request's schema, with typed record bodies, and the models it refers to.

    The server reads ``body`` per change (a bad one is rejected alone), so the model
    declares it as an object; the schema shows what it must be.
    """
    ref = "#/components/schemas/{model}"
    schema = PushRequest.model_json_schema(ref_template=ref)
    defs: dict[str, Any] = schema.pop("$defs", {})
    for model in (CaseBody, ReferralBody):
        body = model.model_json_schema(ref_template=ref)
        defs.update(body.pop("$defs", {}))
        defs[model.__name__] = body
    defs["Change"]["properties"]["body"] = {
        "title": "Body",
        "description": "The record: a CaseBody (kind case) or a ReferralBody (kind referral); "
        "{} with deleted: true. Checked per change: a bad body is rejected alone.",
        "anyOf": [
            {"$ref": ref.format(model="CaseBody")},
            {"$ref": ref.format(model="ReferralBody")},
            {"type": "object", "maxProperties": 0},
        ],
    }
    return schema, defs


def _lenient_push(raw: bytes, exc: ValidationError) -> PushRequest:
    """A push body pydantic's JSON parser refused as a whole, read with the standard one.

    JSON may spell characters no text can store (``"\\ud800"``, a lone surrogate); the fast
    parser refuses the whole document for one of them. Read this way, the change that holds
    it is rejected alone (``unstorable_text``). Anything else stays a 422.
    """

    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    errors = exc.errors(include_url=False)
    if any(err["type"] == "json_invalid" for err in errors):
        try:
            data = json.loads(raw, parse_constant=refuse)
            return PushRequest.model_validate(data)
        except (ValueError, UnicodeDecodeError, RecursionError):
            pass
        except ValidationError as again:
            errors = again.errors(include_url=False)
    raise RequestValidationError(
        [{**err, "loc": ("body", *err["loc"])} for err in errors]
    ) from None


def create_app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (reads ``DESK_CENTRAL_DB``)."""
    from desk.central.migrate import check_current

    engine = make_engine()
    check_current(engine)
    return create_app(engine, Settings.from_env())
