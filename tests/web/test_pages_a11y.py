"""Every page, in Dutch and French, on a desktop and a phone: an axe-core check
(WCAG 2.1 A and AA rules plus axe's best practices), no sideways scrolling on the
phone, and a screenshot in test-artifacts/web/ for a person to look at."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import PASSWORD
from tests.web.live import (
    DESKTOP,
    PHONE,
    SERVICE_A,
    Live,
    advance,
    new_page,
    totp_now,
)
from tests.web.test_browser import _referral_on_server

pytestmark = [pytest.mark.timeout(300), pytest.mark.browser]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def _check(page: Any, name: str, lang: str, size: str, artifacts: Path,
           problems: list[str]) -> None:  # fmt: skip
    from axe_playwright_python.sync_playwright import Axe

    assert page.evaluate("document.documentElement.lang") == lang
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    for violation in results.response["violations"]:
        targets = [n["target"] for n in violation["nodes"]][:3]
        problems.append(f"{name}/{lang}/{size}: {violation['id']} ({violation['impact']}) "
                        f"{violation['help']} at {json.dumps(targets)}")  # fmt: skip
    if size == "phone":
        wide = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if wide > 0:
            problems.append(f"{name}/{lang}/{size}: {wide}px wider than the phone's screen")
    folder = artifacts / "web"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}-{lang}-{size}.png"), full_page=True)


def _lang(page: Any, url: str, lang: str) -> None:
    page.goto(f"{url}/lang?to={lang}&next=%2Fpartner%2F")


def _set_up(page: Any, link: str, check: Any) -> str:
    page.goto(link)
    check(page, "welcome")
    secret = page.locator("code.key").inner_text().replace(" ", "")
    page.fill("#password", PASSWORD)
    page.fill("#password2", PASSWORD)
    page.fill("#code", totp_now(secret))
    page.click("main button[type=submit]")
    page.wait_for_selector("ul.codes")
    check(page, "recovery-codes")
    return str(secret)


def _sign_in(page: Any, url: str, email: str, secret: str, check: Any) -> None:
    advance()
    page.goto(f"{url}/sign-in")
    page.fill("#email", email)
    page.fill("#password", "wrong password, on purpose")
    page.click("main button[type=submit]")
    check(page, "sign-in-error")
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_selector("#code")
    check(page, "sign-in-code")
    page.fill("#code", totp_now(secret))
    page.click("main button[type=submit]")


@pytest.mark.parametrize("lang", ["nl", "fr"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_every_page_passes_axe_and_fits_the_screen(
    browser: Any, live: Live, artifacts_dir: Path, lang: str, size: str
) -> None:
    urgent = _referral_on_server(live, SERVICE_A)
    for n in range(24):  # enough for two pages
        _referral_on_server(live, "svc-a2" if n % 2 else SERVICE_A)
    problems: list[str] = []
    viewport = DESKTOP if size == "desktop" else PHONE

    def check(page: Any, name: str) -> None:
        _check(page, name, lang, size, artifacts_dir, problems)

    # The partner.
    email = f"an.{lang}.{size}@example.org"
    page = new_page(browser, viewport)
    _lang(page, live.url, lang)
    page.goto(f"{live.url}/sign-in")
    check(page, "sign-in")
    secret = _set_up(page, live.invite(email, "partner-a"), check)
    page.context.clear_cookies()
    _lang(page, live.url, lang)
    _sign_in(page, live.url, email, secret, check)
    page.wait_for_url("**/partner/")
    check(page, "inbox")
    page.goto(f"{live.url}/partner/?page=2")
    check(page, "inbox-page-2")
    page.goto(f"{live.url}/partner/r/{urgent}")
    check(page, "referral")
    page.check("#status-received")
    # A note over 500 characters (the browser's maxlength removed, as an attacker would).
    page.evaluate("document.getElementById('note').removeAttribute('maxlength')")
    page.fill("#note", "x" * 501)
    page.click("form[action$='/status'] button[type=submit]")
    check(page, "referral-error")
    page.goto(f"{live.url}/partner/r/00000000-0000-0000-0000-000000000000")
    check(page, "not-found")
    page.goto(f"{live.url}/account")
    check(page, "account")
    page.context.close()

    # The viewer.
    viewer = f"vi.{lang}.{size}@example.org"
    page = new_page(browser, viewport)
    _lang(page, live.url, lang)
    secret = _set_up_quiet(page, live.invite(viewer, None, kind="viewer"))
    page.context.clear_cookies()
    _lang(page, live.url, lang)
    advance()
    page.goto(f"{live.url}/sign-in")
    page.fill("#email", viewer)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.fill("#code", totp_now(secret))
    page.click("main button[type=submit]")
    page.wait_for_url("**/insights/")
    check(page, "insights")
    page.context.close()
    assert not problems, "\n".join(problems)


def _set_up_quiet(page: Any, link: str) -> str:
    return _set_up(page, link, lambda _page, _name: None)
