"""The web pages probed as an ASVS L2 tester would, on SQLite and PostgreSQL.

Each probe stays as a test: IDOR, CSRF, session fixation, open redirect after sign-in,
TOTP brute force and replay, invite-link replay and expiry, timeouts, revocation,
script injection, cookie flags and headers, audit entries, retention-erased fields.
"""

from __future__ import annotations

import html
import json
import re
from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import select, update

from desk import clock as desk_clock
from desk.central import tables as t
from desk.central.web import accounts, inbox
from desk.central.web.routes import safe_next
from desk.domain import disclosure
from tests.web.conftest import PASSWORD, Person, Web, csrf_of

pytestmark = pytest.mark.timeout(120)


def _partner(web: Web, c, email: str = "an@example.org", partner: str = "partner-a") -> Person:
    person = web.activate(c, web.invite(email, partner=partner), email)
    c.cookies.clear()
    web.sign_in(c, person)
    return person


def _audit(web: Web, action: str) -> list[dict[str, object]]:
    a = t.audit_log.c
    with web.engine.connect() as conn:
        rows = conn.execute(select(a.actor, a.target, a.detail).where(a.action == action)).all()
    return [{"actor": r.actor, "target": r.target, **json.loads(r.detail)} for r in rows]


def _session_cookie(c) -> str | None:
    """The session cookie the server set last (a planted one may sit beside it)."""
    values = [ck.value for ck in c.cookies.jar if ck.name == "__Host-desk_session"]
    return values[-1] if values else None


def main_of(html: str) -> str:
    """The page's <main> only (the language links repeat the address of the page)."""
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def _status(web: Web, referral_id: str) -> str:
    with web.engine.connect() as conn:
        body = conn.execute(select(t.items.c.body).where(t.items.c.id == referral_id,
                                                         t.items.c.kind == "referral")).scalar_one()
    return str(json.loads(body)["status"])


def test_cookies_are_httponly_secure_samesite_and_pages_send_strict_headers(web: Web):
    with web.client() as c:
        person = web.activate(c, web.invite("an@example.org"), "an@example.org")
        c.cookies.clear()
        desk_clock.install(desk_clock.FrozenClock(desk_clock.now() + timedelta(seconds=31)))
        page = c.get("/sign-in")
        assert "__Host-desk_csrf=" in page.headers["set-cookie"]
        answer = c.post("/sign-in", data={"csrf": csrf_of(page.text), "email": person.email,
                                          "password": PASSWORD})  # fmt: skip
        cookie = answer.headers["set-cookie"].lower()
        assert cookie.startswith("__host-desk_session=")
        assert "httponly" in cookie and "secure" in cookie and "samesite=lax" in cookie
        assert "path=/" in cookie and "domain" not in cookie
        for header, value in {"content-security-policy": "default-src 'none'",
                              "x-frame-options": "DENY", "referrer-policy": "no-referrer",
                              "cache-control": "no-store"}.items():  # fmt: skip
            assert value in page.headers[header]
        assert "<script" not in page.text


def test_partner_cannot_open_or_change_another_partners_referral(web: Web):
    dev = web.device()
    theirs = web.push_referral(dev, service_id="svc-b")
    mine = web.push_referral(dev, service_id="svc-a1")
    with web.client() as c:
        _partner(web, c)
        listing = c.get("/partner/")
        assert mine[:8] in listing.text and theirs[:8] not in listing.text
        assert c.get(f"/partner/r/{theirs}").status_code == 404
        token = csrf_of(c.get(f"/partner/r/{mine}").text)
        answer = c.post(f"/partner/r/{theirs}/status",
                        data={"csrf": token, "status": "received", "note": ""})
        assert answer.status_code == 404
        # Search cannot reach it either.
        assert f"/partner/r/{theirs}" not in c.get(f"/partner/?q={theirs[:8]}").text
    assert _status(web, theirs) == "sent"
    assert not [e for e in _audit(web, "partner.personal_read") if e["target"] == theirs]


def test_a_viewer_cannot_use_the_inbox_and_a_partner_not_insights(web: Web):
    with web.client() as c:
        viewer = web.activate(c, web.invite("vi@example.org", kind="viewer", partner=None),
                              "vi@example.org")  # fmt: skip
        c.cookies.clear()
        web.sign_in(c, viewer)
        assert c.get("/partner/").status_code == 403
        assert c.get("/insights/").status_code == 200
    with web.client() as c:
        _partner(web, c)
        assert c.get("/insights/").status_code == 403
        assert c.get("/insights/csv/referrals_by_month").status_code == 403


def test_posts_without_or_with_a_wrong_csrf_token_or_cross_site_are_refused(web: Web):
    referral_id = web.push_referral(web.device(), service_id="svc-a1")
    with web.client() as c:
        _partner(web, c)
        token = csrf_of(c.get(f"/partner/r/{referral_id}").text)
        url = f"/partner/r/{referral_id}/status"
        assert c.post(url, data={"status": "received"}).status_code == 403
        assert c.post(url, data={"status": "received", "csrf": token[:-1] + "x"}).status_code == 403
        assert c.post(url, json={"status": "received", "csrf": token}).status_code == 403
        assert c.post(url, data={"status": "received", "csrf": token},
                      headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
        assert c.post("/sign-out", data={}).status_code == 403
        # The sign-in form needs its own token as well (login CSRF).
        c.cookies.clear()
        assert c.post("/sign-in", data={"email": "an@example.org",
                                        "password": PASSWORD}).status_code == 403
    assert _status(web, referral_id) == "sent"


def test_session_ids_change_at_each_step_and_a_planted_cookie_is_worthless(web: Web):
    with web.client() as c:
        person = web.activate(c, web.invite("an@example.org"), "an@example.org")
        c.cookies.clear()
        c.cookies.set("__Host-desk_session", "planted-by-an-attacker-123456789")
        assert c.get("/partner/").status_code == 303
        c.cookies.clear()  # the server deleted it; a browser would drop it too
        desk_clock.install(desk_clock.FrozenClock(desk_clock.now() + timedelta(seconds=31)))
        page = c.get("/sign-in")
        first = c.post("/sign-in", data={"csrf": csrf_of(page.text), "email": person.email,
                                         "password": PASSWORD})  # fmt: skip
        after_password = _session_cookie(c)
        assert after_password != "planted-by-an-attacker-123456789"
        # Half signed in: no inbox yet.
        half = c.get("/partner/")
        assert half.status_code == 303 and half.headers["location"] == "/sign-in/code"
        page = c.get(first.headers["location"])
        c.post("/sign-in/code", data={"csrf": csrf_of(page.text),
                                      "code": pyotp.TOTP(person.secret).at(desk_clock.now())})
        assert _session_cookie(c) not in (after_password, None)
        assert c.get("/partner/").status_code == 200
        # The half-way cookie is dead.
        c.cookies.clear()
        c.cookies.set("__Host-desk_session", after_password)
        assert c.get("/partner/").status_code == 303


@pytest.mark.parametrize("target", [
    "https://evil.example/", "//evil.example/partner/", "/\\evil.example", "/partner/../sign-out",
    "http:/partner/", "/%2F%2Fevil.example", "javascript:alert(1)", "/v1/pull",
])  # fmt: skip
def test_no_open_redirect_after_sign_in(target: str):
    assert safe_next(target, "/partner/") == "/partner/"


def test_sign_in_follows_a_local_next_only(web: Web):
    with web.client() as c:
        person = web.activate(c, web.invite("an@example.org"), "an@example.org")
        c.cookies.clear()
        desk_clock.install(desk_clock.FrozenClock(desk_clock.now() + timedelta(seconds=31)))
        page = c.get("/sign-in?next=https://evil.example/")
        assert "evil" not in main_of(page.text)
        answer = c.post("/sign-in", data={"csrf": csrf_of(page.text), "email": person.email,
                                          "password": PASSWORD, "next": "//evil.example/"})
        assert "evil" not in answer.headers["location"]
        page = c.get(answer.headers["location"])
        answer = c.post("/sign-in/code", data={"csrf": csrf_of(page.text), "next": "//evil.example",
                                               "code": pyotp.TOTP(person.secret).at(desk_clock.now())})
        assert answer.headers["location"] == "/partner/"


def test_totp_brute_force_locks_the_account_and_is_audited(web: Web):
    with web.client() as c:
        person = web.activate(c, web.invite("an@example.org"), "an@example.org")
        c.cookies.clear()
        desk_clock.install(desk_clock.FrozenClock(desk_clock.now() + timedelta(seconds=31)))
        page = c.get("/sign-in")
        answer = c.post("/sign-in", data={"csrf": csrf_of(page.text), "email": person.email,
                                          "password": PASSWORD})  # fmt: skip
        page = c.get(answer.headers["location"])
        token = csrf_of(page.text)
        good = pyotp.TOTP(person.secret).at(desk_clock.now())
        wrong = [f"{n:06d}" for n in range(1000) if f"{n:06d}" != good][:5]
        for code in wrong:
            assert c.post("/sign-in/code", data={"csrf": token, "code": code}).status_code == 401
        # The sixth try, even with the right code, is refused: the account waits.
        answer = c.post("/sign-in/code", data={"csrf": token, "code": good})
        assert answer.status_code in (303, 429)
        assert c.get("/partner/").status_code == 303
    failures = _audit(web, "web.sign_in_failed")
    assert len(failures) >= 5 and any(f["locked"] for f in failures)
    assert all("address" in f and "@" not in str(f) for f in failures)


def test_a_totp_code_works_once(web: Web):
    with web.client() as c:
        person = _partner(web, c)
        code = pyotp.TOTP(person.secret).at(desk_clock.now())
    with web.client() as c:
        page = c.get("/sign-in")
        answer = c.post("/sign-in", data={"csrf": csrf_of(page.text), "email": person.email,
                                          "password": PASSWORD})  # fmt: skip
        page = c.get(answer.headers["location"])
        assert c.post("/sign-in/code", data={"csrf": csrf_of(page.text),
                                             "code": code}).status_code == 401


def test_a_recovery_code_signs_in_once(web: Web):
    with web.client() as c:
        person = web.activate(c, web.invite("an@example.org"), "an@example.org")
    for expected in (303, 401):
        with web.client() as c:
            page = c.get("/sign-in")
            answer = c.post("/sign-in", data={"csrf": csrf_of(page.text),
                                              "email": person.email, "password": PASSWORD})
            page = c.get(answer.headers["location"])
            answer = c.post("/sign-in/code", data={"csrf": csrf_of(page.text),
                                                   "code": person.recovery[0].upper()})
            assert answer.status_code == expected
    assert _audit(web, "web.sign_in")[-1]["second_factor"] == "recovery_code"


def test_wrong_passwords_lock_and_the_address_is_throttled(web: Web):
    with web.client() as c:
        web.activate(c, web.invite("an@example.org"), "an@example.org")
        c.cookies.clear()
        page = c.get("/sign-in")
        token = csrf_of(page.text)
        for n in range(accounts.ADDRESS_LIMIT):
            email = "an@example.org" if n < 6 else f"nobody{n}@example.org"
            c.post("/sign-in", data={"csrf": token, "email": email, "password": "nope nope"})
        answer = c.post("/sign-in", data={"csrf": token, "email": "an@example.org",
                                          "password": PASSWORD})
        assert answer.status_code == 429
        # Unknown and known addresses get the same answer text.
        a = c.post("/sign-in", data={"csrf": token, "email": "x@example.org", "password": "y"})
        assert "Te veel foute pogingen" in a.text


def test_an_invite_link_works_once_and_for_24_hours(web: Web, frozen_clock):
    token = web.invite("an@example.org")
    with web.client() as c:
        web.activate(c, token, "an@example.org")
        assert c.get(f"/welcome?t={token}").status_code == 410
        page = c.get("/sign-in")
        answer = c.post("/welcome", data={"csrf": csrf_of(page.text), "t": token,
                                          "password": PASSWORD, "password2": PASSWORD,
                                          "code": "123456"})  # fmt: skip
        assert answer.status_code == 410
    late = web.invite("bo@example.org")
    frozen_clock.advance(hours=24, minutes=1) if hasattr(frozen_clock, "advance") else None
    with web.client() as c:
        assert c.get(f"/welcome?t={late}").status_code == 410
    # A new invitation for the same person stops the older link.
    first = web.invite("cy@example.org")
    second = web.invite("cy@example.org")
    with web.client() as c:
        assert c.get(f"/welcome?t={first}").status_code == 410
        assert c.get(f"/welcome?t={second}").status_code == 200


def test_idle_and_absolute_session_timeouts(web: Web):
    with web.client() as c:
        _partner(web, c)
        assert c.get("/partner/").status_code == 200
        desk_clock.install(desk_clock.FrozenClock(desk_clock.now() + timedelta(minutes=31)))
        answer = c.get("/partner/")
        assert answer.status_code == 303 and "expired=1" in answer.headers["location"]
    with web.client() as c:
        _partner(web, c, "bo@example.org")
        for _ in range(17):  # active every 29 minutes, for more than 8 hours
            desk_clock.install(desk_clock.FrozenClock(desk_clock.now() + timedelta(minutes=29)))
            last = c.get("/partner/")
        assert last.status_code == 303
    assert _audit(web, "web.session_expired")


def test_sign_out_ends_the_session(web: Web):
    with web.client() as c:
        _partner(web, c)
        old = c.cookies.get("__Host-desk_session")
        page = c.get("/partner/")
        assert c.post("/sign-out", data={"csrf": csrf_of(page.text)}).status_code == 303
        c.cookies.clear()
        c.cookies.set("__Host-desk_session", old)
        assert c.get("/partner/").status_code == 303
    assert _audit(web, "web.sign_out")


def test_revoking_a_partner_ends_its_sessions(web: Web):
    with web.client() as c:
        _partner(web, c)
        accounts.revoke(web.engine, "partner-a", "test")
        assert c.get("/partner/").status_code == 303
    with pytest.raises(accounts.AccountError):
        web.invite("new@example.org")


def test_notes_and_referral_fields_are_escaped(web: Web):
    attack = '<script>alert(1)</script><img src=x onerror="alert(1)">'
    body_citizen = {"name": attack, "phone": "+32 470 00 00 00", "email": None,
                    "contact_channel": "phone", "language": "nl", "availability": attack}
    referral_id = web.push_referral(web.device(), service_id="svc-a1", citizen=body_citizen,
                                    notes=attack)  # fmt: skip
    with web.client() as c:
        _partner(web, c)
        page = c.get(f"/partner/r/{referral_id}")
        token = csrf_of(page.text)
        c.post(f"/partner/r/{referral_id}/status",
               data={"csrf": token, "status": "received", "note": attack})
        page = c.get(f"/partner/r/{referral_id}")
        assert attack not in page.text and "<script>alert" not in page.text
        assert page.text.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4


def test_note_rules_follow_case_notes(web: Web):
    referral_id = web.push_referral(web.device(), service_id="svc-a1")
    with web.client() as c:
        _partner(web, c)
        token = csrf_of(c.get(f"/partner/r/{referral_id}").text)
        url = f"/partner/r/{referral_id}/status"
        too_long = c.post(url, data={"csrf": token, "status": "received", "note": "x" * 501})
        assert too_long.status_code == 400 and "te lang" in too_long.text
        control = c.post(url, data={"csrf": token, "status": "received", "note": "a\x07b"})
        assert control.status_code == 400 and "onzichtbare" in control.text
        illegal = c.post(url, data={"csrf": token, "status": "completed", "note": ""})
        assert illegal.status_code == 400
        cancel = c.post(url, data={"csrf": token, "status": "cancelled", "note": ""})
        assert cancel.status_code == 400
    assert _status(web, referral_id) == "sent"


def test_personal_data_only_with_consent_and_every_view_is_audited(web: Web):
    dev = web.device()
    with_consent = web.push_referral(dev, service_id="svc-a1")
    without = web.push_referral(dev, service_id="svc-a1", consent=None, citizen=None)
    with web.client() as c:
        _partner(web, c)
        page = c.get(f"/partner/r/{with_consent}")
        assert "Fictieve Burger" in page.text and "+32 470 00 00 00" in page.text
        assert "Fictieve Burger" not in c.get("/partner/").text  # never in the list
        page = c.get(f"/partner/r/{without}")
        assert "geen toestemming" in page.text
    reads = _audit(web, "partner.personal_read")
    assert [r["target"] for r in reads] == [with_consent]
    assert "Fictieve" not in json.dumps(reads)


def test_what_retention_erased_is_not_shown(web: Web):
    """An erasure (retention or a request) is a change of the referral itself: the inbox
    reads the referral, so the name and contact are gone from it at once."""
    referral_id = web.push_referral(web.device(), service_id="svc-a1")
    with web.engine.begin() as conn:
        body = json.loads(conn.execute(select(t.items.c.body).where(
            t.items.c.id == referral_id)).scalar_one())  # fmt: skip
        body["citizen"] = None
        body["notes"] = ""
        conn.execute(update(t.items).where(t.items.c.id == referral_id, t.items.c.kind ==
                                           "referral").values(body=json.dumps(body)))
    with web.client() as c:
        _partner(web, c)
        page = c.get(f"/partner/r/{referral_id}")
        assert "Fictieve Burger" not in page.text and "+32 470" not in page.text
        assert "gewist" in page.text
    with web.engine.connect() as conn:
        columns = [c.name for c in t.web_inbox.columns]
        rows = conn.execute(select(t.web_inbox)).all()
    assert "Fictieve" not in json.dumps([list(map(str, r)) for r in rows]) and columns


def test_the_partner_status_change_reaches_the_desk_pull_with_the_partner_name(web: Web):
    dev = web.device()
    referral_id = web.push_referral(dev, service_id="svc-a2")
    with web.client() as c:
        _partner(web, c)
        token = csrf_of(c.get(f"/partner/r/{referral_id}").text)
        answer = c.post(f"/partner/r/{referral_id}/status",
                        data={"csrf": token, "status": "contact_made", "note": "gebeld"})
        assert answer.status_code == 303
        pulled = c.get("/v1/pull?cursor=0", headers=dev.headers).json()["changes"]
    update_ = [ch for ch in pulled if ch["kind"] == "referral_status"]
    assert update_ and update_[0]["body"]["by"] == "Partner A"
    assert update_[0]["body"]["status"] == "contact_made" and update_[0]["body"]["note"] == "gebeld"
    status_audit = _audit(web, "referral.status")
    assert status_audit[-1]["actor"].startswith("web:partner:")


def test_inbox_order_tabs_search_and_paging(web: Web):
    dev = web.device()
    high = web.push_referral(dev, service_id="svc-a1", urgency="high",
                             created_at="2026-09-01T09:00:00Z")
    ids = [web.push_referral(dev, service_id="svc-a2", municipality="kuurne" if n == 3
                             else "harelbeke") for n in range(inbox.PAGE_SIZE + 2)]  # fmt: skip
    with web.client() as c:
        _partner(web, c)
        first = c.get("/partner/").text
        links = re.findall(r'href="/partner/r/([0-9a-f-]{36})"', first)
        assert links[0] == high and len(links) == inbox.PAGE_SIZE  # the urgent one first
        assert "Pagina 1 van 2" in first
        second = c.get("/partner/?page=2").text
        assert "Pagina 2 van 2" in second
        found = main_of(c.get("/partner/?q=kuurne").text)
        assert ids[3][:8] in found and ids[0][:8] not in found
        token = csrf_of(c.get(f"/partner/r/{high}").text)
        c.post(f"/partner/r/{high}/status", data={"csrf": token, "status": "received"})
        assert high[:8] in c.get("/partner/?state=open").text
        assert high[:8] not in main_of(c.get("/partner/?state=new").text)
        assert c.get("/partner/?page=abc").status_code == 200
        assert c.get("/partner/?q=%25%25_").status_code == 200


def _viewer(web: Web, c, email: str = "vi@example.org", org: str | None = None) -> None:
    person = web.activate(c, web.invite(email, kind="viewer", partner=None, org=org), email)
    c.cookies.clear()
    web.sign_in(c, person)


def test_insights_apply_the_disclosure_control_of_the_statistics(web: Web):
    dev = web.device()
    for _ in range(3):
        web.push_referral(dev, service_id="svc-a1", municipality="kuurne")
    year = "2026"  # the referrals' created_at (referral_body) lies in 2026
    with web.client() as c:
        _viewer(web, c)
        page = main_of(c.get(f"/insights/?period={year}").text)
        # Three referrals are never published as 3 (hidden or rounded, whatever the
        # statistics' method), and the page says how, in the statistics' own words.
        assert "<td>3</td>" not in page and ">3<" not in page
        assert disclosure.SUPPRESSION_NOTE_NL in html.unescape(page)
        csv = c.get(f"/insights/csv/referrals_by_need?period={year}")
        assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
        assert ",3," not in csv.text and ",3\r" not in csv.text
        assert c.get("/insights/csv/not_a_table").status_code == 404
        # Only whole periods: no range of months that could be subtracted from another.
        for bad_period in ("2026-13", "2026-01..2026-05", "2026-Q5", "1999"):
            bad = c.get(f"/insights/?period={bad_period}")
            assert bad.status_code == 400 and "een jaar, een kwartaal of een maand" in bad.text
        assert c.get("/insights/csv/referrals_by_need?period=2026-02-03").status_code == 400


def test_a_viewer_of_one_organisation_sees_only_its_figures(web: Web):
    for _ in range(6):
        web.push_referral(web.device("harelbeke"), service_id="svc-a1")
    with web.client() as c:
        _viewer(web, c, "kortrijk@example.org", org="kortrijk")
        page = main_of(c.get("/insights/?period=2026&org=harelbeke").text)
        assert "Harelbeke" not in page and 'id="org"' not in page  # no choice of organisation
    with web.client() as c:
        _viewer(web, c, "regio@example.org")
        page = main_of(c.get("/insights/?period=2026&org=harelbeke").text)
        assert "Harelbeke" in page
