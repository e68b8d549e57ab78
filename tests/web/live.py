"""A live desk-central on loopback and Debian's chromium driven by Playwright.

The server runs under uvicorn in a thread of the test process, so it reads the test's
frozen clock (``desk.clock``): tests move time for session timeouts and link expiry.
Chromium is the distribution's (``/usr/bin/chromium``, installed by dev.py); Playwright
never downloads a browser. Without chromium the browser tests are skipped with the
reason, except under CI, where they fail.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
from sqlalchemy import Engine

from desk import clock as desk_clock
from desk.central import admin, publish
from desk.central.app import Settings, create_app
from desk.central.db import make_engine
from desk.central.migrate import upgrade
from desk.central.web import accounts
from tests.support.served import serving

PASSWORD = "een lange zin als wachtwoord"
CHROMIUM = os.environ.get("DESK_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SERVICE_A = "svc-digipunt-hulp"
DIRECTORY = {
    "version": 1,
    "organizations": [{"id": "org-a", "name": "Digipunten (fictief)"},
                      {"id": "org-b", "name": "Digicoaches (fictief)"}],
    "services": [
        {"id": SERVICE_A, "organization_id": "org-a", "name": "Hulp op het digipunt (fictief)"},
        {"id": "svc-a2", "organization_id": "org-a", "name": "Toestel lenen (fictief)"},
        {"id": "svc-b", "organization_id": "org-b", "name": "Digicoach aan huis (fictief)"},
    ],
    "locations": [],
}  # fmt: skip


def chromium_missing() -> str | None:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        return f"chromium is not installed ({CHROMIUM}); python3 dev.py installs it"
    return None


def need_chromium() -> None:
    reason = chromium_missing()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: the browser tests must run)")
        pytest.skip(reason)


@dataclass
class Live:
    url: str
    engine: Engine

    def invite(self, email: str, partner: str | None = "partner-a", kind: str = "partner",
               org: str | None = None) -> str:  # fmt: skip
        done = accounts.invite(self.engine, email, kind=kind, actor="test", partner=partner,
                               org=org)  # fmt: skip
        return f"{self.url}/welcome?t={done.token}"

    def code(self, org: str = "harelbeke", role: str = "counter") -> str:
        return admin.create_enroll_code(self.engine, org, office="balie", role=role,
                                        expires=timedelta(days=1), actor="test")  # fmt: skip


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    upgrade(engine)
    for org in ("harelbeke", "kortrijk", "w13"):
        admin.add_org(engine, org, org.title(), "test")
        admin.add_office(engine, org, "balie", "Balie", "test")
    directory = tmp_path / "directory.json"
    directory.write_text(json.dumps(DIRECTORY), encoding="utf-8")
    publish.publish_directory(engine, directory, "test")
    accounts.add_partner(engine, "partner-a", "Digipunten (fictief)", [SERVICE_A, "svc-a2"],
                         "test")  # fmt: skip
    accounts.add_partner(engine, "partner-b", "Digicoaches (fictief)", ["svc-b"], "test")
    try:
        with serving(create_app(engine, Settings()), "web-live") as port:
            # "localhost": a secure context for Chromium, so the Secure cookies work on http.
            yield Live(f"http://localhost:{port}", engine)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        found = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists()
                                  else shutil.which("chromium"), args=CHROMIUM_ARGS)  # fmt: skip
        try:
            yield found
        finally:
            found.close()


def new_page(browser: Any, viewport: dict[str, int] = DESKTOP, lang: str | None = None) -> Any:
    context = browser.new_context(viewport=viewport, locale="nl-BE",
                                  is_mobile=viewport is PHONE, has_touch=viewport is PHONE)  # fmt: skip
    page = context.new_page()
    page.set_default_timeout(15000)
    return page


def advance(seconds: int = 31) -> None:
    """Move the shared frozen clock on (a TOTP code works once per 30-second step)."""
    desk_clock.install(desk_clock.FrozenClock(desk_clock.now() + timedelta(seconds=seconds)))


def totp_now(secret: str) -> str:
    return str(pyotp.TOTP(secret).at(desk_clock.now()))


def activate(page: Any, link: str) -> tuple[str, list[str]]:
    """Use an invitation link in the browser; returns the TOTP secret and recovery codes."""
    page.goto(link)
    secret = page.locator("code.key").inner_text().replace(" ", "")
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.get_by_label("Wachtwoord nog eens").fill(PASSWORD)
    page.get_by_label("Code", exact=True).fill(totp_now(secret))
    page.get_by_role("button", name="Account maken").click()
    page.wait_for_selector("ul.codes")
    codes = [c.strip() for c in page.locator("ul.codes code").all_inner_texts()]
    return secret, codes


def sign_in(page: Any, url: str, email: str, secret: str) -> None:
    advance()
    page.goto(f"{url}/sign-in")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Verder").click()
    page.get_by_label("Code", exact=True).fill(totp_now(secret))
    page.get_by_role("button", name="Aanmelden").click()
