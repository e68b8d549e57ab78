"""Fixtures for the central service: every API test runs on SQLite and PostgreSQL.

The PostgreSQL server is started once per session from the binaries on the
machine (``initdb``/``pg_ctl``, in PATH, /usr/local/bin or Debian's
/usr/lib/postgresql/*/bin), in a temporary folder, on a free loopback port,
as the ``postgres`` user when the tests run as root. If no server can be
started the PostgreSQL variants are skipped with the reason, except when
``CI=true``: then they fail.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text

from desk import clock as desk_clock
from desk.central import admin
from desk.central.app import Settings, create_app
from desk.central.db import make_engine
from desk.central.migrate import upgrade

APP_VERSION = "0.1.0"


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return candidate
    local = Path("/usr/local/bin") / name
    return str(local) if local.exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    base_url: str  # without database name
    datadir: Path
    pg_ctl: str
    run_as: list[str]
    counter: itertools.count[int] = field(default_factory=itertools.count)

    def url(self, db: str) -> str:
        return f"{self.base_url}/{db}"

    def admin_engine(self) -> Engine:
        return create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")

    def stop(self) -> None:
        subprocess.run(
            [*self.run_as, self.pg_ctl, "-D", str(self.datadir), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )


def start_postgres(workdir: Path) -> PgServer:
    """Start a throwaway PostgreSQL server; raises RuntimeError with the reason."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("initdb/pg_ctl not found (install postgresql or put them in PATH)")
    run_as: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser") or shutil.which("su")
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError("running as root and there is no 'postgres' user") from None
        if runuser is None:
            raise RuntimeError("running as root and neither runuser nor su is available")
        run_as = [runuser, "-u", "postgres", "--"]
        shutil.chown(workdir, "postgres")
    datadir = workdir / "data"
    sockdir = workdir / "sock"
    sockdir.mkdir()
    if run_as:
        shutil.chown(sockdir, "postgres")
    port = _free_port()
    init = subprocess.run(
        [*run_as, initdb, "-D", str(datadir), "-U", "postgres", "-A", "trust", "-E", "UTF8",
         "--no-sync", "--locale=C"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if init.returncode:
        raise RuntimeError(f"initdb failed: {init.stderr.strip()[-500:]}")
    opts = (
        f"-p {port} -k {sockdir} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300 "
        "-c shared_buffers=256MB"
    )
    start = subprocess.run(
        [*run_as, pg_ctl, "-D", str(datadir), "-o", opts, "-l", str(workdir / "log"), "-w",
         "-t", "60", "start"],
        capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    if start.returncode:
        log = (
            (workdir / "log").read_text(errors="replace")[-800:]
            if (workdir / "log").exists()
            else ""
        )
        raise RuntimeError(f"pg_ctl start failed: {start.stderr.strip()} {log}")
    return PgServer(f"postgresql+psycopg://postgres@127.0.0.1:{port}", datadir, pg_ctl, run_as)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | str]:
    """The session's PostgreSQL server, or the reason why there is none."""
    workdir = Path(tempfile.mkdtemp(prefix="desk-central-pg-"))
    try:
        server = start_postgres(workdir)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(workdir, ignore_errors=True)
        yield f"no PostgreSQL server could be started: {exc}"
        return
    try:
        template = server.admin_engine()
        with template.connect() as conn:
            conn.execute(text("CREATE DATABASE desk_template"))
        template.dispose()
        engine = make_engine(server.url("desk_template"))
        upgrade(engine)
        engine.dispose()
        yield server
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def _need_pg(pg: PgServer | str) -> PgServer:
    if isinstance(pg, str):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{pg} (CI=true: PostgreSQL tests must run)")
        pytest.skip(pg)
    return pg


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A fresh, migrated central database on each backend."""
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
        upgrade(eng)
        yield eng
        eng.dispose()
        return
    pg = _need_pg(request.getfixturevalue("pg_server"))
    name = f"t_{next(pg.counter)}_{uuid.uuid4().hex[:6]}"
    admin_engine = pg.admin_engine()
    with admin_engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE desk_template"))
    eng = make_engine(pg.url(name))
    try:
        yield eng
    finally:
        eng.dispose()
        with admin_engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin_engine.dispose()


@dataclass
class Central:
    """A running app on one backend plus helpers to enroll devices."""

    engine: Engine
    client: TestClient
    settings: Settings

    def org(self, code: str, offices: tuple[str, ...] = ("balie",)) -> None:
        admin.add_org(self.engine, code, code.title(), "test")
        for office in offices:
            admin.add_office(self.engine, code, office, office, "test")

    def code(self, org: str, role: str = "counter", office: str | None = "balie",
             expires: timedelta = timedelta(days=7)) -> str:  # fmt: skip
        return admin.create_enroll_code(
            self.engine, org, office=office, role=role, expires=expires, actor="test"
        )

    def enroll(self, org: str, role: str = "counter", office: str | None = "balie") -> Device:
        answer = self.client.post(
            "/v1/enroll",
            json={"code": self.code(org, role, office), "device_name": f"{org}-{role}",
                  "app_version": APP_VERSION, "os": "Linux"},
            headers=proto_headers(),
        )  # fmt: skip
        assert answer.status_code == 200, answer.text
        body = answer.json()
        return Device(body["device_id"], body["token"], org, role)


@dataclass
class Device:
    id: str
    token: str
    org: str
    role: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", **proto_headers()}


def proto_headers(version: str = APP_VERSION, protocol: str = "1") -> dict[str, str]:
    return {"X-Desk-Protocol": protocol, "X-Desk-Version": version}


@pytest.fixture
def central(engine: Engine) -> Iterator[Central]:
    settings = Settings()
    app = create_app(engine, settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        c = Central(engine, client, settings)
        for org in ("harelbeke", "kortrijk", "w13"):
            c.org(org)
        yield c


# -- record factories ------------------------------------------------------------------------


def now_iso(delta: timedelta = timedelta()) -> str:
    return (desk_clock.now() + delta).isoformat().replace("+00:00", "Z")


def case_body(**over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "occurred_at": "2026-10-05T09:30:00Z",
        "office": "balie",
        "staff": "An",
        "channel": "counter",
        "topics": ["guide:itsme-activeren"],
        "outcome": "together",
        "not_possible_reason": None,
        "follow_up_on": None,
        "referral_id": None,
        "duration_min": 15,
        "skill": "needs_help",
        "language": "nl",
        "feedback": "happy",
        "notes": "",
        "citizen_ref": None,
        "guide_session": None,
        "training": False,
    }
    body.update(over)
    return body


def referral_body(**over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "created_at": "2026-10-05T09:30:00Z",
        "office": "balie",
        "staff": "An",
        "municipality": "harelbeke",
        "case_id": None,
        "needs": ["smartphone"],
        "barriers": ["no_device"],
        "urgency": "normal",
        "service_id": "svc-bib-harelbeke",
        "consent": {"given": True, "text_version": "v1", "at": "2026-10-05T09:31:00Z",
                    "staff": "An"},
        "citizen": {"name": "Fictieve Burger", "phone": "+32 470 00 00 00", "email": None,
                    "contact_channel": "phone", "language": "nl", "availability": "ma-vm"},
        "notes": "",
        "status": "sent",
        "status_history": [{"status": "sent", "at": "2026-10-05T09:31:00Z", "by": "An",
                            "note": ""}],
        "training": False,
    }  # fmt: skip
    body.update(over)
    return body


def change(kind: str = "case", body: dict[str, Any] | None = None, **over: Any) -> dict[str, Any]:
    ch: dict[str, Any] = {
        "kind": kind,
        "id": str(uuid.uuid4()),
        "revision": 1,
        "base_revision": 0,
        "idempotency_key": uuid.uuid4().hex,
        "deleted": False,
        "body": body if body is not None else (case_body() if kind == "case" else referral_body()),
    }
    ch.update(over)
    return ch


def push_body(*changes: dict[str, Any], client_time: str | None = None) -> dict[str, Any]:
    return {"client_time": client_time or now_iso(), "changes": list(changes)}


# -- a real server on loopback ------------------------------------------------------------------


@dataclass
class LiveServer:
    """The app under uvicorn in a thread, on a socket bound before the thread starts."""

    central: Central
    host: str
    port: int
    app: Any
    #: Client sockets a test opened; closed before the server stops.
    sockets: list[socket.socket] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


@contextmanager
def live_server(central: Central, settings: Settings) -> Iterator[LiveServer]:
    import threading

    import uvicorn

    app = create_app(central.engine, settings)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    port = int(sock.getsockname()[1])
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False,
                            timeout_keep_alive=5, timeout_graceful_shutdown=5)  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="central")
    thread.start()
    live = LiveServer(central, "127.0.0.1", port, app)
    try:
        yield live
    finally:
        for client in live.sockets:
            client.close()
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
        assert not thread.is_alive(), "central server thread did not stop"
