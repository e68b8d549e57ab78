"""E-mail for sign-in links and new-referral notices (only when SMTP is configured).

Settings come from the environment: ``DESK_CENTRAL_SMTP_HOST`` (required to send),
``DESK_CENTRAL_SMTP_PORT`` (587), ``DESK_CENTRAL_SMTP_FROM``, ``DESK_CENTRAL_SMTP_USER``
and ``DESK_CENTRAL_SMTP_PASSWORD`` (optional), ``DESK_CENTRAL_SMTP_STARTTLS`` (``1``, set
``0`` only for a relay on the same host). A notice never holds personal data.
"""

from __future__ import annotations

import logging
import os
import smtplib
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import Engine, and_, select

from desk.central import tables as t
from desk.central.db import reading

log = logging.getLogger(__name__)

ENV_PUBLIC_URL = "DESK_CENTRAL_PUBLIC_URL"
TIMEOUT = 20.0


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    user: str | None
    password: str | None
    starttls: bool

    @classmethod
    def from_env(cls) -> SmtpSettings | None:
        host = os.environ.get("DESK_CENTRAL_SMTP_HOST")
        if not host:
            return None
        return cls(
            host=host,
            port=int(os.environ.get("DESK_CENTRAL_SMTP_PORT") or 587),
            sender=os.environ.get("DESK_CENTRAL_SMTP_FROM") or f"desk-central@{host}",
            user=os.environ.get("DESK_CENTRAL_SMTP_USER") or None,
            password=os.environ.get("DESK_CENTRAL_SMTP_PASSWORD") or None,
            starttls=os.environ.get("DESK_CENTRAL_SMTP_STARTTLS", "1") != "0",
        )


def public_url(value: str | None = None) -> str | None:
    url = (value or os.environ.get(ENV_PUBLIC_URL) or "").strip().rstrip("/")
    return url or None


def send(settings: SmtpSettings, to: str, subject: str, body: str) -> None:
    """Send one plain-text message (raises OSError/SMTPException on failure)."""
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT) as smtp:
        if settings.starttls:
            smtp.starttls()
        if settings.user and settings.password:
            smtp.login(settings.user, settings.password)
        smtp.send_message(message)


def invite_text(link: str, partner_name: str | None) -> tuple[str, str]:
    who = f" voor {partner_name}" if partner_name else ""
    subject = "Uw account voor Desk"
    body = (
        f"Goeiedag,\n\nU krijgt een account{who} op Desk.\n\n"
        f"Open deze link om uw account te maken:\n{link}\n\n"
        "De link werkt één keer, 24 uur lang. U hebt een telefoon nodig met een app voor "
        "codes (bijvoorbeeld Google Authenticator of Microsoft Authenticator).\n\n"
        "Hebt u dit niet gevraagd? Dan mag u deze e-mail negeren.\n"
    )
    return subject, body


def notice_text(url: str) -> tuple[str, str]:
    subject = "Nieuwe doorverwijzing in Desk"
    body = (
        "Goeiedag,\n\nEr is een nieuwe doorverwijzing; meld u aan om ze te bekijken:\n"
        f"{url}/partner/\n\n"
        "U krijgt deze e-mail omdat u dat zo koos in Desk (Mijn account).\n"
    )
    return subject, body


def notify_new_referrals(
    engine: Engine, fresh: Iterable[tuple[str, str]], settings: SmtpSettings | None = None,
    url: str | None = None,
) -> int:  # fmt: skip
    """E-mail the users who asked for it, one notice each, for referrals new to the inbox.

    The notice names no citizen, no need and no reference. Returns how many were sent.
    """
    settings = settings or SmtpSettings.from_env()
    url = public_url(url)
    services = {service for _id, service in fresh}
    if settings is None or url is None or not services:
        return 0
    s, u, p = t.web_partner_services.c, t.web_users.c, t.web_partners.c
    with reading(engine) as conn:
        emails = sorted({
            str(row[0]) for row in conn.execute(
                select(u.email)
                .select_from(t.web_users.join(t.web_partner_services, s.partner == u.partner)
                             .join(t.web_partners, p.code == u.partner))
                .where(and_(s.service_id.in_(services), u.notify.is_(True),
                            u.revoked_at.is_(None), u.activated_at.is_not(None),
                            p.revoked_at.is_(None)))
            )
        })  # fmt: skip
    subject, body = notice_text(url)
    sent = 0
    for email in emails:
        try:
            send(settings, email, subject, body)
            sent += 1
        except (OSError, smtplib.SMTPException) as exc:
            log.warning("new-referral notice not sent: %s", type(exc).__name__)
    return sent
