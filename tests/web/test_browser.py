"""The web pages in a real browser (Debian's chromium through Playwright).

The whole loop: a desk submits a referral and syncs; a partner is invited from the CLI,
sets up the second factor, signs in on a phone-sized screen, opens the referral and
sets "Contact opgenomen"; the desk's ``desk sync`` brings the status home with the
partner's name. Isolation between partners, CSRF, session timeout, keyboard-only use,
an axe-core check of every page and screenshots (test-artifacts/web/).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from desk.central import tables as t
from desk.central.cli import main as central_main
from desk.cli import main as desk_main
from desk.store.referrals import ReferralRepository
from desk.store.store import open_store
from tests.referrals_store.helpers import CANARY, personal
from tests.support.keyrings import MemoryKeyring
from tests.web.live import (
    DESKTOP,
    PHONE,
    SERVICE_A,
    Live,
    activate,
    advance,
    new_page,
    sign_in,
)

pytestmark = [pytest.mark.timeout(240), pytest.mark.browser]


def _referral_on_server(live: Live, service: str = SERVICE_A, **citizen: Any) -> str:
    """A referral pushed by a device of Harelbeke (through the API, as a desk does)."""
    import uuid

    import requests

    from tests.central.conftest import change, proto_headers, push_body, referral_body

    code = live.code()
    enrolled = requests.post(f"{live.url}/v1/enroll", timeout=10, headers=proto_headers(), json={
        "code": code, "device_name": "d", "app_version": "0.1.0", "os": "Linux"}).json()  # fmt: skip
    body = referral_body(service_id=service)
    if citizen:
        body["citizen"] = {**body["citizen"], **citizen}
    ch = change("referral", body, id=str(uuid.uuid4()))
    answer = requests.post(f"{live.url}/v1/push", timeout=10, json=push_body(ch), headers={
        "Authorization": f"Bearer {enrolled['token']}", **proto_headers()})  # fmt: skip
    assert answer.json()["results"][0]["status"] == "accepted", answer.text
    return str(ch["id"])


def _status(live: Live, referral_id: str) -> str:
    with live.engine.connect() as conn:
        body = conn.execute(select(t.items.c.body).where(
            t.items.c.kind == "referral", t.items.c.id == referral_id)).scalar_one()  # fmt: skip
    return str(json.loads(body)["status"])


def _shot(page: Any, artifacts: Path, name: str) -> None:
    folder = artifacts / "web"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_invite_sign_in_on_a_phone_set_contact_and_the_desk_sees_it(
    browser: Any, live: Live, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str],
    artifacts_dir: Path,
) -> None:  # fmt: skip
    # The desk: enrolled with the live server, submits a personal referral, syncs.
    assert desk_main(["enroll", "--server", live.url, "--code", live.code()]) == 0
    store = open_store()
    try:
        referral = dataclasses.replace(personal(), office="balie")
        referral_id = ReferralRepository(store).submit(referral, by="Elke").id
    finally:
        store.close()
    assert desk_main(["sync"]) == 0
    capsys.readouterr()
    # The invitation from the CLI: the link alone on stdout.
    db = str(live.engine.url)
    assert central_main(["partner", "invite", "partner-a", "an.partner@example.org", "--db", db,
                         "--public-url", live.url]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.startswith(f"{live.url}/welcome?t=")
    link = out.strip()

    page = new_page(browser, PHONE)
    secret, codes = activate(page, link)
    assert len(codes) == 10
    page.context.clear_cookies()
    sign_in(page, live.url, "an.partner@example.org", secret)
    page.wait_for_url(f"{live.url}/partner/")
    expect(page.get_by_role("heading", name="Doorverwijzingen")).to_be_visible()
    page.get_by_role("link", name=f"Doorverwijzing {referral_id[:8]}").click()
    expect(page.get_by_text(CANARY)).to_be_visible()  # consent given: the partner sees the name
    page.get_by_label("Contact opgenomen").check()
    page.get_by_label("Korte boodschap voor de doorverwijzer").fill("Afspraak gemaakt voor dinsdag")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status").filter(has_text="De status is nu: Contact opgenomen")).to_be_visible()
    _shot(page, artifacts_dir, "flow-status-saved-nl-phone")
    page.context.close()

    # The desk's next sync shows the status with the partner's name.
    assert desk_main(["sync"]) == 0
    store = open_store()
    try:
        stored = ReferralRepository(store).get(referral_id).referral
    finally:
        store.close()
    assert stored.status == "contact_made"
    last = stored.status_history[-1]
    assert (last.status, last.by, last.note) == (
        "contact_made", "Digipunten (fictief)", "Afspraak gemaakt voor dinsdag")


def _partner(browser: Any, live: Live, email: str, partner: str, viewport: dict[str, int] = DESKTOP
             ) -> Any:  # fmt: skip
    page = new_page(browser, viewport)
    secret, _codes = activate(page, live.invite(email, partner))
    page.context.clear_cookies()
    sign_in(page, live.url, email, secret)
    page.wait_for_url("**/partner/")
    return page


def test_partner_b_cannot_see_or_change_partner_a_referrals(browser: Any, live: Live) -> None:
    mine = _referral_on_server(live, "svc-b")
    theirs = _referral_on_server(live, SERVICE_A)
    page = _partner(browser, live, "bo@example.org", "partner-b")
    expect(page.get_by_role("link", name=f"Doorverwijzing {mine[:8]}")).to_be_visible()
    assert page.get_by_role("link", name=f"Doorverwijzing {theirs[:8]}").count() == 0
    # By URL: looks like a missing referral.
    answer = page.goto(f"{live.url}/partner/r/{theirs}")
    assert answer.status == 404 and page.get_by_text("bestaat niet").is_visible()
    assert "Fictieve Burger" not in page.content()
    # By form: B's own valid CSRF token, A's referral id.
    page.goto(f"{live.url}/partner/r/{mine}")
    token = page.locator('form[action$="/status"] input[name="csrf"]').get_attribute("value")
    answer = page.request.post(f"{live.url}/partner/r/{theirs}/status",
                               form={"csrf": token, "status": "contact_made", "note": ""})
    assert answer.status == 404
    assert _status(live, theirs) == "sent"
    page.context.close()


def test_a_post_without_csrf_token_is_refused(browser: Any, live: Live) -> None:
    referral_id = _referral_on_server(live)
    page = _partner(browser, live, "an@example.org", "partner-a")
    answer = page.request.post(f"{live.url}/partner/r/{referral_id}/status",
                               form={"status": "contact_made"})
    assert answer.status == 403
    answer = page.request.post(f"{live.url}/partner/r/{referral_id}/status",
                               form={"status": "contact_made", "csrf": "forged-token-value"})
    assert answer.status == 403
    assert _status(live, referral_id) == "sent"
    page.context.close()


def test_an_expired_session_is_refused(browser: Any, live: Live, artifacts_dir: Path) -> None:
    referral_id = _referral_on_server(live)
    page = _partner(browser, live, "an@example.org", "partner-a")
    page.goto(f"{live.url}/partner/r/{referral_id}")
    token = page.locator('form[action$="/status"] input[name="csrf"]').get_attribute("value")
    advance(31 * 60)  # idle for longer than 30 minutes
    answer = page.request.post(f"{live.url}/partner/r/{referral_id}/status",
                               form={"csrf": token, "status": "contact_made"}, max_redirects=0)
    assert answer.status == 303 and answer.headers["location"].startswith("/sign-in?")
    assert "expired=1" in answer.headers["location"]
    assert _status(live, referral_id) == "sent"
    page.goto(f"{live.url}/partner/")  # the cookie is gone too: back to signing in
    assert "/sign-in" in page.url
    page.goto(f"{live.url}{answer.headers['location']}")
    expect(page.get_by_text("U was te lang niet actief")).to_be_visible()
    _shot(page, artifacts_dir, "session-expired-nl-desktop")
    page.context.close()


def test_keyboard_only_status_change(browser: Any, live: Live, artifacts_dir: Path) -> None:
    referral_id = _referral_on_server(live)
    page = _partner(browser, live, "an@example.org", "partner-a")
    page.goto(f"{live.url}/partner/")
    focused: list[str] = []
    # Tab to the referral's link and open it with Enter.
    for _ in range(30):
        page.keyboard.press("Tab")
        href = page.evaluate("document.activeElement.getAttribute('href') || ''")
        focused.append(href)
        if href.endswith(referral_id):
            break
    else:
        pytest.fail(f"the referral link was never focused: {focused}")
    style = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert style != "none", "the focused link shows no focus outline"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/partner/r/{referral_id}")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "status":
            break
    else:
        pytest.fail("the status choice was never focused")
    # The first choice is "Ontvangen"; the arrow key moves to and selects "Contact opgenomen".
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == "contact_made"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "note"
    page.keyboard.type("Gebeld, komt donderdag")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    _shot(page, artifacts_dir, "keyboard-focus-on-save-nl-desktop")
    page.keyboard.press("Enter")
    page.wait_for_url("**saved=contact_made")
    assert _status(live, referral_id) == "contact_made"
    page.context.close()


def test_a_note_or_referral_field_cannot_inject_script(browser: Any, live: Live) -> None:
    attack = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=1\">"
    referral_id = _referral_on_server(live, availability=attack, name=attack)
    page = _partner(browser, live, "an@example.org", "partner-a")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{live.url}/partner/r/{referral_id}")
    page.get_by_label("Ontvangen").check()
    page.get_by_label("Korte boodschap voor de doorverwijzer").fill(attack)
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url("**saved=received")
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("img[src=x]").count() == 0 and page.locator("main script").count() == 0
    assert page.get_by_text(attack).count() >= 2  # shown as text: name and note
    assert not dialogs
    page.context.close()
