"""The web pages: sign-in, the partner inbox, insights. Mounted by ``desk.central.app``.

Every page is rendered on the server; forms are plain HTML posts with a CSRF token
(the session's token once signed in, a double-submit cookie before). Pages send no
script at all and a strict Content-Security-Policy. Session cookies are HttpOnly,
Secure and SameSite=Lax, with the ``__Host-`` prefix; only their SHA-256 is stored.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine

from desk import clock
from desk.central.web import accounts, i18n, inbox, insights, labels, mail
from desk.central.web.accounts import Session, User
from desk.domain.days import local
from desk.domain.lifecycle import FINAL

log = logging.getLogger(__name__)

HERE: Final = Path(__file__).parent
SESSION_COOKIE: Final = "__Host-desk_session"
CSRF_COOKIE: Final = "__Host-desk_csrf"
LANG_COOKIE: Final = "desk_lang"
MAX_FORM: Final = 32 * 1024
SECURITY_HEADERS: Final = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Strict-Transport-Security": "max-age=31536000",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_HOMES: Final = {"partner": "/partner/", "viewer": "/insights/"}
_SAFE_PREFIXES: Final = ("/partner/", "/insights/", "/account")


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = lambda moment: local(moment).strftime("%d-%m-%Y") if moment else ""
    env.filters["day_time"] = (
        lambda moment: local(moment).strftime("%d-%m-%Y %H:%M") if moment else ""
    )
    return env


def safe_next(value: str | None, fallback: str) -> str:
    """A local path of these pages only: no scheme, no host, no ``//`` (no open redirect)."""
    if not value or len(value) > 300 or "\\" in value or any(ord(c) < 32 for c in value):
        return fallback
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or value.startswith("//"):
        return fallback
    if not parts.path.startswith(_SAFE_PREFIXES) or ".." in parts.path:
        return fallback
    return value


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _lang(request: Request, user: User | None = None) -> str:
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in labels.LANGS:
        return str(chosen)
    if user is not None and user.lang in labels.LANGS:
        return user.lang
    return i18n.DEFAULT


def _when(moment: Any) -> str:
    return local(moment).strftime("%d-%m-%Y %H:%M")


def router(engine: Engine) -> APIRouter:
    """All web routes around *engine*."""
    env = _env()
    api = APIRouter(include_in_schema=False)
    css = (HERE / "static" / "web.css").read_bytes()

    # -- helpers ---------------------------------------------------------------------------

    def render(request: Request, template: str, *, status: int = 200,
               session: Session | None = None, **context: Any) -> HTMLResponse:  # fmt: skip
        user = session.user if session else None
        lang = context.pop("lang", None) or _lang(request, user)

        def t(key: str, **values: object) -> str:
            return i18n.text(key, lang, **values)

        def lab(kind: str, code: str) -> str:
            return labels.label(kind, code, lang)

        html = env.get_template(template).render(
            t=t, lab=lab, lang=lang, langs=labels.LANGS, user=user,
            csrf=session.csrf if session else context.pop("csrf", ""),
            path=request.url.path, here=quote(_here(request), safe=""),
            municipality=labels.municipality,
            language_name=lambda code: labels.language_name(code, lang), **context,
        )  # fmt: skip
        return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)

    def redirect(url: str) -> RedirectResponse:
        return RedirectResponse(url, status_code=303, headers=SECURITY_HEADERS)

    def message(request: Request, key: str, status: int,
                session: Session | None = None) -> HTMLResponse:  # fmt: skip
        return render(request, "message.html", status=status, session=session, key=key)

    async def form(request: Request) -> dict[str, str] | None:
        """The posted form (urlencoded), or None for another body or a cross-site post."""
        if request.headers.get("sec-fetch-site") == "cross-site":
            return None
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            return None
        body = await request.body()
        if len(body) > MAX_FORM:
            return None
        try:
            parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20,
                              strict_parsing=False)  # fmt: skip
        except (UnicodeDecodeError, ValueError):
            return None
        return {k: v[0] for k, v in parsed.items()}

    def current(request: Request) -> Session | None:
        return accounts.session(engine, request.cookies.get(SESSION_COOKIE))

    def need(request: Request, kind: str) -> Session | Response:
        """The signed-in session of a *kind* user, or the answer to send instead."""
        found = current(request)
        if found is not None and found.stage == "password":
            return redirect("/sign-in/code")  # half-way: the code comes first
        if found is None or found.user is None:
            expired = request.cookies.get(SESSION_COOKIE) is not None
            back = _here(request) if request.method == "GET" else _HOMES[kind]
            target = f"/sign-in?next={quote(back, safe='')}"
            response = redirect(target + ("&expired=1" if expired else ""))
            if expired:
                response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True)
            return response
        if found.user.kind != kind:
            return message(request, "forbidden", 403, found)
        return found

    def csrf_ok(session: Session, data: dict[str, str]) -> bool:
        return secrets.compare_digest(data.get("csrf", ""), session.csrf)

    def pre_csrf(request: Request) -> tuple[str, bool]:
        """The pre-sign-in CSRF value (double-submit cookie) and whether it is new."""
        value = request.cookies.get(CSRF_COOKIE)
        if value and 20 <= len(value) <= 100:
            return value, False
        return secrets.token_urlsafe(32), True

    def with_pre_csrf(response: Response, value: str, new: bool) -> Response:
        if new:
            response.set_cookie(CSRF_COOKIE, value, httponly=True, secure=True,
                                samesite="strict", path="/")  # fmt: skip
        return response

    def pre_csrf_ok(request: Request, data: dict[str, str]) -> bool:
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        sent = data.get("csrf", "")
        return bool(cookie) and secrets.compare_digest(cookie, sent)

    def set_session(response: Response, cookie: str) -> Response:
        response.set_cookie(SESSION_COOKIE, cookie, httponly=True, secure=True, samesite="lax",
                            path="/")  # fmt: skip
        return response

    # -- static and language ---------------------------------------------------------------

    @api.get("/web/web.css")
    def stylesheet() -> Response:
        return Response(css, media_type="text/css",
                        headers={"Cache-Control": "max-age=3600",
                                 "X-Content-Type-Options": "nosniff"})  # fmt: skip

    @api.get("/lang")
    def language(request: Request, to: str = "nl", next: str = "/sign-in") -> Response:
        lang = to if to in labels.LANGS else i18n.DEFAULT
        response = redirect(safe_next(next, "/sign-in") if next != "/sign-in" else "/sign-in")
        response.set_cookie(LANG_COOKIE, lang, secure=True, samesite="lax", path="/",
                            max_age=365 * 86400)  # fmt: skip
        found = current(request)
        if found is not None and found.user is not None:
            accounts.set_preferences(engine, found.user.id, lang=lang)
        return response

    @api.get("/")
    def home(request: Request) -> Response:
        found = current(request)
        if found is not None and found.user is not None:
            return redirect(_HOMES[found.user.kind])
        return redirect("/sign-in")

    # -- sign in ---------------------------------------------------------------------------

    @api.get("/sign-in")
    def sign_in_page(request: Request, next: str = "", expired: str = "",
                     out: str = "") -> Response:  # fmt: skip
        value, new = pre_csrf(request)
        notice = "session_over" if expired else "signed_out" if out else None
        response = render(request, "sign_in.html", csrf=value, next=safe_next(next, ""),
                          notice=notice, error=None, email="")  # fmt: skip
        return with_pre_csrf(response, value, new)

    @api.post("/sign-in")
    async def sign_in(request: Request) -> Response:
        data = await form(request)
        if data is None or not pre_csrf_ok(request, data):
            return message(request, "refused", 403)
        address = _address(request)
        target = safe_next(data.get("next"), "")
        value, _new = pre_csrf(request)
        email = data.get("email", "")[:254]

        def again(error: str, status: int) -> Response:
            return render(request, "sign_in.html", status=status, csrf=value, next=target,
                          notice=None, error=error, email=email)  # fmt: skip

        if accounts.address_blocked(engine, address):
            return again("too_many", 429)
        result = accounts.check_password(engine, email, data.get("password", "")[:200], address)
        if not result.ok:
            return again(result.reason, 401 if result.reason != "locked" else 429)
        cookie = accounts.start_session(engine, result.user_id, "password")
        url = "/sign-in/code" + (f"?next={quote(target, safe='')}" if target else "")
        return set_session(redirect(url), cookie)

    @api.get("/sign-in/code")
    def code_page(request: Request, next: str = "") -> Response:
        found = current(request)
        if found is None or found.stage != "password":
            return redirect("/sign-in")
        return render(request, "code.html", session=found, next=safe_next(next, ""),
                      error=None)  # fmt: skip

    @api.post("/sign-in/code")
    async def code(request: Request) -> Response:
        found = current(request)
        data = await form(request)
        if found is None or found.stage != "password":
            return redirect("/sign-in?expired=1")
        if data is None or not csrf_ok(found, data):
            return message(request, "refused", 403, found)
        address = _address(request)
        target = safe_next(data.get("next"), "")
        if accounts.address_blocked(engine, address):
            return render(request, "code.html", status=429, session=found, next=target,
                          error="too_many")  # fmt: skip
        result = accounts.check_second_factor(engine, found.user_id, data.get("code", "")[:40],
                                              address)  # fmt: skip
        if not result.ok:
            if result.reason == "locked":
                accounts.end_session(engine, request.cookies.get(SESSION_COOKIE, ""), "locked")
            return render(request, "code.html", status=401 if result.reason != "locked" else 429,
                          session=found, next=target, error=result.reason)  # fmt: skip
        # A new session id after each step: a cookie planted before sign-in is worthless.
        accounts.end_session(engine, request.cookies.get(SESSION_COOKIE, ""), "second_step")
        cookie = accounts.start_session(engine, result.user_id, "full")
        full = accounts.session(engine, cookie)
        kind = full.user.kind if full and full.user else "partner"
        response = set_session(redirect(target or _HOMES[kind]), cookie)
        if full and full.user and request.cookies.get(LANG_COOKIE) is None:
            response.set_cookie(LANG_COOKIE, full.user.lang, secure=True, samesite="lax",
                                path="/", max_age=365 * 86400)  # fmt: skip
        return response

    @api.post("/sign-out")
    async def sign_out(request: Request) -> Response:
        found = current(request)
        data = await form(request)
        if found is None:
            return redirect("/sign-in")
        if data is None or not csrf_ok(found, data):
            return message(request, "refused", 403, found)
        accounts.end_session(engine, request.cookies.get(SESSION_COOKIE, ""))
        response = redirect("/sign-in?out=1")
        response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True)
        return response

    # -- the link from the invitation --------------------------------------------------------

    def welcome_page(request: Request, token: str, error: str | None, status: int,
                     value: str) -> HTMLResponse:  # fmt: skip
        import pyotp
        import segno

        invite = accounts.open_invite(engine, token)
        if invite is None:
            return message(request, "link_invalid", 410)
        uri = pyotp.TOTP(invite.totp_secret).provisioning_uri(name=invite.email, issuer_name="Desk")
        qr = segno.make(uri, error="m").svg_data_uri(scale=5, border=2)
        key = " ".join(invite.totp_secret[i:i + 4] for i in range(0, len(invite.totp_secret), 4))
        return render(request, "welcome.html", status=status, csrf=value, token=token,
                      email=invite.email, qr=qr, key=key, error=error)  # fmt: skip

    @api.get("/welcome")
    def welcome(request: Request, t: str = "") -> Response:
        value, new = pre_csrf(request)
        return with_pre_csrf(welcome_page(request, t[:100], None, 200, value), value, new)

    @api.post("/welcome")
    async def welcome_done(request: Request) -> Response:
        data = await form(request)
        if data is None or not pre_csrf_ok(request, data):
            return message(request, "refused", 403)
        value, _new = pre_csrf(request)
        token = data.get("t", "")[:100]
        password = data.get("password", "")[:200]
        if password != data.get("password2", "")[:200]:
            return welcome_page(request, token, "password_mismatch", 400, value)
        address = _address(request)
        if accounts.address_blocked(engine, address):
            return welcome_page(request, token, "too_many", 429, value)
        done = accounts.complete_invite(engine, token, password, data.get("code", "")[:20],
                                        address)  # fmt: skip
        if isinstance(done, str):
            if done == "link_invalid":
                return message(request, "link_invalid", 410)
            return welcome_page(request, token, done, 400, value)
        user_id, codes = done
        cookie = accounts.start_session(engine, user_id, "full")
        full = accounts.session(engine, cookie)
        home_url = _HOMES[full.user.kind] if full and full.user else "/sign-in"
        response = render(request, "recovery.html", session=full, codes=codes, home=home_url)
        return set_session(response, cookie)

    # -- the partner inbox -----------------------------------------------------------------

    @api.get("/partner/")
    def partner_inbox(request: Request, state: str = "", q: str = "", page: str = "1") -> Response:
        found = need(request, "partner")
        if not isinstance(found, Session):
            return found
        assert found.user is not None
        state = state if state in inbox.STATES else ""
        result = inbox.inbox(engine, found.user, state=state or None, query=q[:100],
                             page=int(page) if page.isdigit() and len(page) < 7 else 1)
        return render(request, "inbox.html", session=found, result=result, state=state,
                      q=q[:100], states=list(inbox.STATES))  # fmt: skip

    @api.get("/partner/r/{referral_id}")
    def partner_referral(request: Request, referral_id: str, saved: str = "") -> Response:
        found = need(request, "partner")
        if not isinstance(found, Session):
            return found
        assert found.user is not None
        detail = inbox.referral(engine, found.user, referral_id, _address(request))
        if detail is None:
            return message(request, "not_found", 404, found)
        return render(request, "referral.html", session=found, r=detail, error=None,
                      saved=saved in labels.codes("status") and saved == detail.status,
                      final=detail.status in FINAL, orgs=dict(insights.organisations(engine)),
                      when=_when)  # fmt: skip

    @api.post("/partner/r/{referral_id}/status")
    async def partner_status(request: Request, referral_id: str) -> Response:
        found = need(request, "partner")
        data = await form(request)
        if not isinstance(found, Session):
            return found
        assert found.user is not None
        if data is None or not csrf_ok(found, data):
            return message(request, "refused", 403, found)
        status = data.get("status", "")
        problem = "status_choose" if not status else inbox.set_status(
            engine, found.user, referral_id, status, data.get("note", "")[:2000])  # fmt: skip
        if problem == "not_found":
            return message(request, "not_found", 404, found)
        if problem:
            detail = inbox.referral(engine, found.user, referral_id, _address(request))
            if detail is None:
                return message(request, "not_found", 404, found)
            return render(request, "referral.html", status=400, session=found, r=detail,
                          error=problem, saved=False, final=detail.status in FINAL,
                          orgs=dict(insights.organisations(engine)), when=_when,
                          note=data.get("note", "")[:2000], chosen=status)  # fmt: skip
        return redirect(f"/partner/r/{quote(referral_id, safe='')}?saved={quote(status)}")

    # -- account -----------------------------------------------------------------------------

    def account_page(request: Request, found: Session, saved: bool) -> HTMLResponse:
        return render(request, "account.html", session=found, saved=saved,
                      mail_on=mail.SmtpSettings.from_env() is not None)  # fmt: skip

    @api.get("/account")
    def account(request: Request) -> Response:
        found = current(request)
        if found is None or found.user is None:
            return redirect("/sign-in?next=%2Faccount")
        return account_page(request, found, False)

    @api.post("/account")
    async def account_save(request: Request) -> Response:
        found = current(request)
        data = await form(request)
        if found is None or found.user is None:
            return redirect("/sign-in?expired=1")
        if data is None or not csrf_ok(found, data):
            return message(request, "refused", 403, found)
        accounts.set_preferences(engine, found.user.id, notify=data.get("notify") == "1")
        refreshed = current(request) or found
        return account_page(request, refreshed, True)

    # -- insights ----------------------------------------------------------------------------

    def scope(request: Request, user: User, org: str) -> tuple[str | None, list[tuple[str, str]]]:
        if user.org:
            return user.org, []
        choices = insights.organisations(engine)
        return (org if org in {c for c, _n in choices} else None), choices

    @api.get("/insights/")
    def insights_page(request: Request, period: str = "", org: str = "") -> Response:
        found = need(request, "viewer")
        if not isinstance(found, Session):
            return found
        assert found.user is not None
        today = clock.today()
        code, error = period or insights.default_period(today), None
        months = insights.period_months(code)
        if months is None:
            code, error = insights.default_period(today), "period_invalid"
            months = insights.period_months(code)
        assert months is not None
        chosen, choices = scope(request, found.user, org)
        lang = _lang(request, found.user)
        figures = insights.build(engine, months[0], months[1], chosen, lang)
        query = f"period={code}" + (f"&org={chosen}" if chosen and not found.user.org else "")
        return render(request, "insights.html", status=400 if error else 200, session=found,
                      tables=figures.tables, note=figures.note, period=code,
                      periods=insights.period_choices(today, lang), org=chosen or "",
                      choices=choices, error=error, query=query)  # fmt: skip

    @api.get("/insights/csv/{table}")
    def insights_csv(request: Request, table: str, period: str = "", org: str = "") -> Response:
        found = need(request, "viewer")
        if not isinstance(found, Session):
            return found
        assert found.user is not None
        code = period or insights.default_period(clock.today())
        months = insights.period_months(code)
        if months is None:
            return message(request, "period_invalid", 400, found)
        chosen, _choices = scope(request, found.user, org)
        text = insights.csv_for(engine, table, months[0], months[1], chosen)
        if text is None:
            return message(request, "not_found", 404, found)
        return PlainTextResponse(
            text, media_type="text/csv; charset=utf-8",
            headers={**SECURITY_HEADERS,
                     "Content-Disposition": f'attachment; filename="{table}_{code}.csv"'},
        )  # fmt: skip

    return api


def _here(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")

