"""``desk-central partner …`` / ``viewer invite`` and the e-mails (no personal data)."""

from __future__ import annotations

import json
import smtplib
from typing import Any

import pytest
from sqlalchemy import Engine, select

from desk.central import tables as t
from desk.central.cli import main
from desk.central.web import inbox, jobs, mail
from tests.web.conftest import Web


def _db(engine: Engine) -> list[str]:
    return ["--db", engine.url.render_as_string(hide_password=False)]


def test_partner_add_invite_list_revoke(web: Web, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    db = _db(web.engine)
    monkeypatch.delenv("DESK_CENTRAL_SMTP_HOST", raising=False)
    assert main(["partner", "add", "bib-kuurne", "--name", "Bibliotheek Kuurne",
                 "--services", "svc-a2,svc-b", *db]) == 0  # fmt: skip
    assert main(["partner", "add", "xx", "--name", "X", "--services", "svc-nope", *db]) == 1
    assert "not in the published directory" in capsys.readouterr().err
    monkeypatch.setenv("DESK_CENTRAL_PUBLIC_URL", "https://desk.example.org/")
    assert main(["partner", "invite", "bib-kuurne", "Lies@Example.ORG", *db]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("https://desk.example.org/welcome?t=") and out.out.count("\n") == 1
    assert "valid until" in out.err
    # --public-url wins over the environment; plain http to another host is refused.
    assert main(["viewer", "invite", "raad@example.org", "--org", "kortrijk",
                 "--public-url", "https://other.example", *db]) == 0  # fmt: skip
    assert capsys.readouterr().out.startswith("https://other.example/welcome?t=")
    assert main(["viewer", "invite", "a@example.org", "--public-url", "http://desk.example",
                 *db]) == 2  # fmt: skip
    assert main(["viewer", "invite", "b@example.org", "--org", "nowhere", *db]) == 1
    assert main(["partner", "invite", "bib-kuurne", "not-an-address", *db]) == 1
    capsys.readouterr()
    assert main(["partner", "list", "--json", *db]) == 0
    listed = {row["code"]: row for row in json.loads(capsys.readouterr().out)}
    assert listed["bib-kuurne"]["services"] == ["svc-a2", "svc-b"]
    assert listed["bib-kuurne"]["users"][0]["email"] == "Lies@example.org"
    assert listed[None]["users"][0]["org"] == "kortrijk"
    assert main(["partner", "list", *db]) == 0
    assert "bib-kuurne  Bibliotheek Kuurne" in capsys.readouterr().out
    assert main(["partner", "revoke", "lies@example.org", *db]) == 0
    assert main(["partner", "revoke", "bib-kuurne", *db]) == 0
    assert main(["partner", "revoke", "nobody", *db]) == 1
    with web.engine.connect() as conn:
        actions = [r[0] for r in conn.execute(select(t.audit_log.c.action))]
    assert {"partner.add", "partner.invite", "viewer.invite", "web.revoke"} <= set(actions)


class FakeSmtp:
    sent: list[Any] = []

    def __init__(self, host: str, port: int, timeout: float) -> None:
        assert timeout > 0
        self.host = host

    def __enter__(self) -> FakeSmtp:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def starttls(self) -> None:
        pass

    def login(self, user: str, password: str) -> None:
        pass

    def send_message(self, message: Any) -> None:
        FakeSmtp.sent.append(message)


def test_invite_is_mailed_and_new_referrals_are_announced_without_personal_data(
    web: Web, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    FakeSmtp.sent = []
    monkeypatch.setattr(smtplib, "SMTP", FakeSmtp)
    monkeypatch.setenv("DESK_CENTRAL_SMTP_HOST", "smtp.example.org")
    monkeypatch.setenv("DESK_CENTRAL_PUBLIC_URL", "https://desk.example.org")
    assert main(["partner", "invite", "partner-a", "an@example.org", *_db(web.engine)]) == 0
    link = capsys.readouterr().out.strip()
    (invite,) = FakeSmtp.sent
    assert invite["To"] == "an@example.org" and link in invite.get_content()
    # The user opts in on the account page; a new referral for their service is announced.
    from desk.central.web import accounts

    user_id = accounts.invite(web.engine, "an@example.org", kind="partner", actor="t",
                              partner="partner-a").user_id  # fmt: skip
    with web.client() as c:
        person = web.activate(c, web.invite("an@example.org"), "an@example.org")
        del person
    accounts.set_preferences(web.engine, user_id, notify=True)
    assert jobs.enabled()
    inbox.catch_up(web.engine)
    FakeSmtp.sent = []
    # The app's own job would send the notice; here the test runs it once itself. A page
    # (or the start of serve) catching the index up first must not swallow the notice.
    monkeypatch.delenv("DESK_CENTRAL_SMTP_HOST")
    web.push_referral(web.device(), service_id="svc-a1")
    web.push_referral(web.device(), service_id="svc-b")  # partner B: nobody opted in
    inbox.catch_up(web.engine)
    monkeypatch.setenv("DESK_CENTRAL_SMTP_HOST", "smtp.example.org")
    assert jobs.run_once(web.engine) == 1
    (notice,) = FakeSmtp.sent
    text = notice.get_content()
    assert "Er is een nieuwe doorverwijzing; meld u aan" in text
    assert "https://desk.example.org/partner/" in text
    for personal in ("Fictieve", "470", "smartphone", "Harelbeke", "harelbeke"):
        assert personal not in text
    assert jobs.run_once(web.engine) == 0  # announced once


def test_no_mail_without_smtp(web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESK_CENTRAL_SMTP_HOST", raising=False)
    assert not jobs.enabled()
    assert mail.notify_new_referrals(web.engine, [("x", "svc-a1")]) == 0
