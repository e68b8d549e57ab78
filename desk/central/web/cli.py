"""``desk-central partner …`` and ``desk-central viewer invite …``: accounts for the web pages.

``partner invite`` and ``viewer invite`` print the one-time sign-in link alone on stdout
(so a script can pass it on) and e-mail it too when SMTP is configured.
"""

from __future__ import annotations

import argparse
import json
import smtplib
import sys
from typing import Any

from desk.central.web import mail


def _engine(args: argparse.Namespace) -> Any:
    from desk.central.db import make_engine
    from desk.central.migrate import check_current

    engine = make_engine(args.db)
    check_current(engine)
    return engine


def _link(args: argparse.Namespace, token: str) -> str | None:
    base = mail.public_url(args.public_url)
    return f"{base}/welcome?t={token}" if base else None


def _deliver(args: argparse.Namespace, kind: str, email: str, partner: str | None,
             org: str | None) -> int:  # fmt: skip
    from desk.central.audit import cli_actor
    from desk.central.web import accounts

    base = mail.public_url(args.public_url)
    if base is None:
        print(f"desk-central: no public address: use --public-url or {mail.ENV_PUBLIC_URL} "
              "(e.g. https://desk.example.org)", file=sys.stderr)  # fmt: skip
        return 2
    if not base.startswith("https://") and not base.startswith(("http://127.", "http://localhost")):
        print("desk-central: the public address must start with https://", file=sys.stderr)
        return 2
    engine = _engine(args)
    done = accounts.invite(engine, email, kind=kind, actor=cli_actor(), partner=partner, org=org)
    link = f"{base}/welcome?t={done.token}"
    print(link)
    settings = mail.SmtpSettings.from_env()
    if settings is not None:
        partner_name = None
        if partner:
            partner_name = next((p["name"] for p in accounts.list_partners(engine)
                                 if p["code"] == partner), None)  # fmt: skip
        subject, body = mail.invite_text(link, partner_name)
        try:
            mail.send(settings, done.email, subject, body)
            print(f"e-mailed to {done.email}", file=sys.stderr)
        except (OSError, smtplib.SMTPException) as exc:
            print(f"desk-central: the e-mail was not sent ({type(exc).__name__}); pass the "
                  "link on yourself", file=sys.stderr)  # fmt: skip
    print(f"valid until {done.expires_at.isoformat().replace('+00:00', 'Z')}, once",
          file=sys.stderr)  # fmt: skip
    return 0


def _cmd_partner(args: argparse.Namespace) -> int:
    from desk.central.audit import cli_actor
    from desk.central.web import accounts

    if args.partner_command == "add":
        accounts.add_partner(_engine(args), args.code, args.name, args.services.split(","),
                             cli_actor())  # fmt: skip
        return 0
    if args.partner_command == "invite":
        return _deliver(args, "partner", args.email, args.code, None)
    if args.partner_command == "revoke":
        what = accounts.revoke(_engine(args), args.target, cli_actor())
        print(f"revoked {what}", file=sys.stderr)
        return 0
    rows = accounts.list_partners(_engine(args))
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        state = " (revoked)" if row["revoked"] else ""
        head = f"{row['code']}  {row['name']}{state}" if row["code"] else "viewers"
        print(head)
        if row["services"]:
            print(f"  services: {', '.join(row['services'])}")
        for user in row["users"]:
            status = "revoked" if user["revoked"] else "active" if user["active"] else "invited"
            org = f" org={user['org']}" if user["org"] else ""
            print(f"  {user['email']}  {status}{org}  last sign-in: {user['last_sign_in'] or '-'}")
    return 0


def _cmd_viewer(args: argparse.Namespace) -> int:
    return _deliver(args, "viewer", args.email, None, args.org)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``partner`` and ``viewer`` commands to desk-central's parser."""
    url = argparse.ArgumentParser(add_help=False)
    url.add_argument("--public-url", default=None,
                     help=f"the pages' public address (default: ${mail.ENV_PUBLIC_URL})")

    p = sub.add_parser("partner", parents=[common], help="partners and their web accounts")
    psub = p.add_subparsers(dest="partner_command", required=True)
    pa = psub.add_parser("add", parents=[common], help="add or change a partner")
    pa.add_argument("code")
    pa.add_argument("--name", required=True)
    pa.add_argument("--services", required=True, metavar="ID[,ID…]",
                    help="the directory services this partner runs")
    pa.set_defaults(func=_cmd_partner)
    pa = psub.add_parser("invite", parents=[common, url],
                         help="make a user; print a one-time sign-in link (24 h)")
    pa.add_argument("code")
    pa.add_argument("email")
    pa.set_defaults(func=_cmd_partner)
    pa = psub.add_parser("list", parents=[common], help="partners, services and users")
    pa.add_argument("--json", action="store_true")
    pa.set_defaults(func=_cmd_partner)
    pa = psub.add_parser("revoke", parents=[common], help="revoke a partner or one user")
    pa.add_argument("target", metavar="CODE|EMAIL")
    pa.set_defaults(func=_cmd_partner)

    p = sub.add_parser("viewer", parents=[common], help="accounts for the insights page")
    vsub = p.add_subparsers(dest="viewer_command", required=True)
    pa = vsub.add_parser("invite", parents=[common, url],
                         help="make a viewer; print a one-time sign-in link (24 h)")
    pa.add_argument("email")
    pa.add_argument("--org", default=None, help="only this organisation's figures")
    pa.set_defaults(func=_cmd_viewer)
