"""Fixtures for the partner inbox and insights pages.

``web`` is the central app on SQLite and PostgreSQL (the engine fixture of
tests/central) with a published directory, two partners (A runs svc-a1 and svc-a2,
B runs svc-b), a signed-in-able user for each and a viewer, and helpers that sign in
through the real forms with a TestClient on https (the cookies are Secure).
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from desk import clock as desk_clock
from desk.central import admin, publish
from desk.central import tables as t
from desk.central.app import Settings, create_app
from desk.central.web import accounts
from tests.central.conftest import (  # noqa: F401 (fixtures)
    Device,
    change,
    engine,
    pg_server,
    proto_headers,
    push_body,
    referral_body,
)
from tests.web.live import PASSWORD, browser, live  # noqa: F401 (fixtures)

DIRECTORY = {
    "version": 1,
    "organizations": [{"id": "org-a", "name": "Partner A (fictief)"},
                      {"id": "org-b", "name": "Partner B (fictief)"}],
    "services": [
        {"id": "svc-a1", "organization_id": "org-a", "name": "Digipunt Bibliotheek A"},
        {"id": "svc-a2", "organization_id": "org-a", "name": "Toestellen lenen A"},
        {"id": "svc-b", "organization_id": "org-b", "name": "Digicoach B"},
    ],
    "locations": [],
}  # fmt: skip


@dataclass
class Person:
    email: str
    secret: str = ""
    recovery: list[str] = field(default_factory=list)


@dataclass
class Web:
    engine: Engine
    app: Any
    settings: Settings

    def client(self) -> TestClient:
        return TestClient(self.app, base_url="https://testserver", raise_server_exceptions=False,
                          follow_redirects=False)  # fmt: skip

    def device(self, org: str = "harelbeke", role: str = "counter") -> Device:
        code = admin.create_enroll_code(self.engine, org, office="balie", role=role,
                                        expires=timedelta(days=7), actor="test")  # fmt: skip
        with self.client() as c:
            answer = c.post("/v1/enroll", json={"code": code, "device_name": "d",
                                                 "app_version": "0.1.0", "os": "Linux"},
                            headers=proto_headers())  # fmt: skip
        assert answer.status_code == 200, answer.text
        body = answer.json()
        return Device(body["device_id"], body["token"], org, role)

    def push_referral(self, dev: Device, **over: Any) -> str:
        ch = change("referral", referral_body(**over))
        with self.client() as c:
            answer = c.post("/v1/push", json=push_body(ch), headers=dev.headers)
        assert answer.status_code == 200, answer.text
        assert answer.json()["results"][0]["status"] == "accepted", answer.text
        return str(ch["id"])

    def invite(self, email: str, kind: str = "partner", partner: str | None = "partner-a",
               org: str | None = None) -> str:  # fmt: skip
        done = accounts.invite(self.engine, email, kind=kind, actor="test", partner=partner,
                               org=org)  # fmt: skip
        return done.token

    def activate(self, client: TestClient, token: str, email: str) -> Person:
        """Use the link: password, authenticator, first code; returns the person's secrets."""
        page = client.get(f"/welcome?t={token}")
        assert page.status_code == 200, page.text
        secret = re.search(r"secret=([A-Z2-7]+)", _qr_uri(self.engine, token)).group(1)
        answer = client.post("/welcome", data={
            "csrf": csrf_of(page.text), "t": token, "password": PASSWORD, "password2": PASSWORD,
            "code": pyotp.TOTP(secret).at(desk_clock.now()),
        })  # fmt: skip
        assert answer.status_code == 200, answer.text
        codes = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", answer.text)
        assert len(codes) == 10
        return Person(email, secret, codes)

    def sign_in(self, client: TestClient, person: Person, *, advance: bool = True) -> None:
        """Sign in through both forms (the clock moves 30 s on, so a code is fresh)."""
        if advance:
            desk_clock.install(desk_clock.FrozenClock(desk_clock.now() + timedelta(seconds=31)))
        page = client.get("/sign-in")
        answer = client.post("/sign-in", data={"csrf": csrf_of(page.text),
                                                "email": person.email, "password": PASSWORD})
        assert answer.status_code == 303, answer.text
        page = client.get(answer.headers["location"])
        answer = client.post("/sign-in/code", data={
            "csrf": csrf_of(page.text), "code": pyotp.TOTP(person.secret).at(desk_clock.now())})
        assert answer.status_code == 303, answer.text


def _qr_uri(db: Engine, token: str) -> str:
    from desk.central.auth import sha256_hex

    with db.connect() as conn:
        secret = conn.execute(select(t.web_invites.c.totp_secret).where(
            t.web_invites.c.token_hash == sha256_hex(token))).scalar_one()  # fmt: skip
    return f"otpauth://totp/x?secret={secret}"


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


@pytest.fixture
def web(engine: Engine, tmp_path: Any) -> Iterator[Web]:  # noqa: F811
    for org in ("harelbeke", "kortrijk", "w13"):
        admin.add_org(engine, org, org.title(), "test")
        admin.add_office(engine, org, "balie", "Balie", "test")
    path = tmp_path / "directory.json"
    path.write_text(json.dumps(DIRECTORY), encoding="utf-8")
    publish.publish_directory(engine, path, "test")
    accounts.add_partner(engine, "partner-a", "Partner A", ["svc-a1", "svc-a2"], "test")
    accounts.add_partner(engine, "partner-b", "Partner B", ["svc-b"], "test")
    settings = Settings()
    app = create_app(engine, settings)
    yield Web(engine, app, settings)


@pytest.fixture(autouse=True)
def no_thread_leaks() -> Iterator[None]:
    """tests/conftest.py's check, tolerating Playwright's own pool threads (``asyncio_N``).

    The browser lives for a module; its event loop writes screenshots through a thread
    pool that the loop shuts down when the browser closes, not after each test.
    """
    before = set(threading.enumerate())
    yield
    leaked = []
    for thread in threading.enumerate():
        if thread in before or isinstance(thread, threading._DummyThread):  # type: ignore[attr-defined]
            continue
        if thread.name.startswith("asyncio_"):
            continue
        thread.join(timeout=5)
        if thread.is_alive():
            leaked.append(thread.name)
    assert not leaked, f"test left threads running: {leaked}"


def new_id() -> str:
    return str(uuid.uuid4())

