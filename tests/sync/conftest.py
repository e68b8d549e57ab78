"""Fixtures for the sync client: a real central server on loopback, a memory keyring.

The central app (``desk.central``) runs under uvicorn in a thread on a socket
bound before the thread starts (so no waiting for "started"), with a
temporary SQLite database. A small ASGI wrapper injects scripted faults in
front of it: an answer instead of the app's (401, 426, 429, garbage), or the
app's work done and its answer replaced (a lost or mangled response after
the server committed).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desk.central import admin
from desk.central.app import Settings, create_app
from desk.central.db import make_engine
from desk.central.migrate import upgrade
from desk.domain.cases import CaseValues
from desk.store.cases import CaseRepository
from desk.store.store import Store, open_store
from desk.sync.client import CentralClient, RetryPolicy
from desk.sync.enrollment import enroll
from tests.support.keyrings import MemoryKeyring
from tests.support.served import serving

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]




# -- fault injection ---------------------------------------------------------------------------


@dataclass
class Fault:
    """One scripted fault for the next request whose path starts with *path*.

    ``after_app``: let the real app handle the request first (it commits),
    then send this answer instead of the app's.
    """

    path: str
    status: int = 200
    body: bytes = b""
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    after_app: bool = False
    content_length: int | None = None  # announce more than is sent: a truncated body
    skip: int = 0  # let this many matching requests pass first
    on_commit: Callable[[], None] | None = None  # called after the app ran (after_app)


class FaultApp:
    """ASGI wrapper that plays scripted :class:`Fault`s in front of the real app."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        self.app = app
        self.faults: list[Fault] = []
        self.lock = threading.Lock()
        self.seen: list[str] = []

    def add(self, *faults: Fault) -> None:
        with self.lock:
            self.faults.extend(faults)

    def _take(self, path: str) -> Fault | None:
        with self.lock:
            self.seen.append(path)
            for n, fault in enumerate(self.faults):
                if path.startswith(fault.path):
                    if fault.skip:
                        fault.skip -= 1
                        return None
                    return self.faults.pop(n)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fault = self._take(scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.after_app:

            async def swallow(_message: Message) -> None:
                return None

            await self.app(scope, receive, swallow)
            if fault.on_commit is not None:
                fault.on_commit()
        length = fault.content_length if fault.content_length is not None else len(fault.body)
        await send(
            {
                "type": "http.response.start",
                "status": fault.status,
                "headers": [(b"content-length", str(length).encode()), *fault.headers],
            }
        )
        await send({"type": "http.response.body", "body": fault.body})


def json_fault(path: str, status: int, detail: str, **kw: Any) -> Fault:
    headers = [(b"content-type", b"application/json"), *kw.pop("headers", [])]
    return Fault(path, status, json.dumps({"detail": detail}).encode(), headers, **kw)


# -- the live central server -------------------------------------------------------------------


@dataclass
class LiveCentral:
    url: str
    engine: Any
    faults: FaultApp
    org: str = "harelbeke"

    def code(self, org: str | None = None, role: str = "counter") -> str:
        return admin.create_enroll_code(
            self.engine, org or self.org, office="balie", role=role,
            expires=timedelta(days=1), actor="test",
        )  # fmt: skip

    def items(self, kind: str = "case") -> dict[str, dict[str, Any]]:
        from sqlalchemy import select

        from desk.central import tables as t

        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.items.c.id, t.items.c.revision, t.items.c.body, t.items.c.deleted).where(
                    t.items.c.kind == kind
                )
            ).all()
        return {
            r.id: {"revision": r.revision, "deleted": r.deleted, "body": json.loads(r.body)}
            for r in rows
        }

    def idempotency_rows(self) -> int:
        from sqlalchemy import func, select

        from desk.central import tables as t

        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.idempotency)).scalar_one())


@pytest.fixture
def central(tmp_path: Path) -> Iterator[LiveCentral]:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    upgrade(engine)
    for org in ("harelbeke", "kortrijk"):
        admin.add_org(engine, org, org.title(), "test")
        admin.add_office(engine, org, "balie", "Balie", "test")
    faults = FaultApp(create_app(engine, Settings()))
    try:
        with serving(faults, "central") as port:
            yield LiveCentral(f"http://127.0.0.1:{port}", engine, faults)
    finally:
        engine.dispose()


# -- the desk side -----------------------------------------------------------------------------


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store()
    try:
        yield s
    finally:
        s.close()


class Sleeps:
    """Records the waits a client asked for instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> bool:
        self.waits.append(seconds)
        return False


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def client(url: str, token: str | None, sleeps: Sleeps, attempts: int = 4) -> CentralClient:
    return CentralClient(
        url, token, sleep=sleeps, retry=RetryPolicy(attempts=attempts), timeout=(5.0, 10.0)
    )


@dataclass
class Desk:
    store: Store
    central: LiveCentral
    sleeps: Sleeps
    token: str

    def client(self, attempts: int = 4) -> CentralClient:
        return client(self.central.url, self.token, self.sleeps, attempts)


@pytest.fixture
def desk(
    store: Store, central: LiveCentral, memory_keyring: MemoryKeyring, sleeps: Sleeps,
    request: pytest.FixtureRequest,
) -> Iterator[Desk]:  # fmt: skip
    """A store enrolled with the live central server (token in the memory keyring).

    It enrols as a counter; a test module that defines a ``desk_role`` fixture enrols
    with that role instead.
    """
    try:
        role = str(request.getfixturevalue("desk_role"))
    except pytest.FixtureLookupError:
        role = "counter"
    c = client(central.url, None, sleeps)
    try:
        enroll(store, c, central.code(role=role))
    finally:
        c.close()
    token = memory_keyring.store[("desk", "device_token")]
    yield Desk(store, central, sleeps, token)


def case_values(**over: Any) -> CaseValues:
    values: dict[str, Any] = {
        "occurred_at": datetime(2026, 10, 5, 9, 30, tzinfo=UTC),
        "office": "balie",
        "staff": "An",
        "channel": "counter",
        "topics": ("guide:itsme-activeren",),
        "outcome": "together",
        "duration_min": 15,
        "skill": "needs_help",
        "feedback": "happy",
    }
    values.update(over)
    return CaseValues(**values)


def add_cases(store: Store, n: int, **over: Any) -> list[str]:
    repo = CaseRepository(store)
    return [repo.save(case_values(**over)) for _ in range(n)]


def new_uuid() -> str:
    return str(uuid.uuid4())


def case_body(**over: Any) -> dict[str, Any]:
    """A case wire body as another desk would push it."""
    body: dict[str, Any] = {
        "occurred_at": "2026-10-05T09:30:00Z", "office": "balie", "staff": "Bo",
        "channel": "phone", "topics": ["topic:Belastingen"], "outcome": "together",
        "not_possible_reason": None, "follow_up_on": None, "referral_id": None,
        "duration_min": 10, "skill": "self_reliant", "language": "nl", "feedback": None,
        "notes": "", "citizen_ref": None, "guide_session": None, "training": False,
    }  # fmt: skip
    body.update(over)
    return body


def referral_body(**over: Any) -> dict[str, Any]:
    """An anonymous referral wire body (no citizen data)."""
    body: dict[str, Any] = {
        "created_at": "2026-10-05T09:30:00Z", "office": "balie", "staff": "Bo",
        "municipality": "harelbeke", "case_id": None, "needs": ["smartphone"],
        "barriers": ["no_device"], "urgency": "normal", "service_id": "svc-1",
        "consent": None, "citizen": None, "notes": "", "status": "sent",
        "status_history": [{"status": "sent", "at": "2026-10-05T09:31:00Z", "by": "Bo",
                            "note": ""}],
        "training": False,
    }  # fmt: skip
    body.update(over)
    return body
