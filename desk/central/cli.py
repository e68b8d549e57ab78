"""``desk-central``: run and operate the central service."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine

from desk import __version__
from desk.central.db import ENV_DB, make_engine, resolve_url
from desk.domain.vocab import ROLES


def _engine(args: argparse.Namespace, check: bool = True) -> Engine:
    from desk.central.migrate import check_current

    engine = make_engine(args.db)
    if check:
        check_current(engine)
    return engine


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from desk.central.migrate import SchemaOutdatedError, check_current, upgrade

    url = resolve_url(args.db)
    engine = make_engine(url)
    try:
        check_current(engine)
    except SchemaOutdatedError as exc:
        if not args.upgrade:
            print(f"desk-central: {exc}", file=sys.stderr)
            return 2
        upgrade(engine)
    engine.dispose()
    if not _is_loopback(args.host) and not args.proxy_headers:
        print(
            f"desk-central: warning: listening on {args.host} without --proxy-headers. Desks "
            "only talk to this service over https: put a TLS proxy in front of it and start "
            "with --proxy-headers --forwarded-allow-ips <proxy address>, so that limits and "
            "the audit log see the desks' addresses, not the proxy's.",
            file=sys.stderr,
        )
    os.environ[ENV_DB] = url  # the worker processes read it
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    uvicorn.run(
        "desk.central.app:create_app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=False,  # our own JSON access log has no tokens and no query strings
        server_header=False,
        proxy_headers=args.proxy_headers,
        forwarded_allow_ips=args.forwarded_allow_ips,
        timeout_keep_alive=15,
        backlog=2048,  # a whole region's desks may connect at once after an outage
        log_level="info",
    )
    return 0


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: assume it is reachable from elsewhere


def _cmd_db(args: argparse.Namespace) -> int:
    from desk.central.migrate import current_revision, head_revision, upgrade

    engine = make_engine(args.db)
    if args.db_command == "upgrade":
        before = current_revision(engine)
        upgrade(engine)
        from desk.central import stats

        if stats.ensure_current(engine):
            print("statistics rebuilt for the new schema", file=sys.stderr)
        if before != head_revision():
            from desk.central import audit
            from desk.central.db import small_write

            with small_write(engine) as conn:
                audit.record(
                    conn, audit.cli_actor(), "db.upgrade",
                    detail={"from": before, "to": head_revision()},
                )  # fmt: skip
        print(f"schema at {head_revision()}", file=sys.stderr)
    else:
        print(json.dumps({"current": current_revision(engine), "head": head_revision()}))
    return 0


def _cmd_org(args: argparse.Namespace) -> int:
    from desk.central import admin
    from desk.central.audit import cli_actor

    if args.org_command == "add":
        admin.add_org(_engine(args), args.code, args.name, cli_actor())
        return 0
    engine = _engine(args)
    if args.org_command == "set":
        if args.topics_file is not None:
            try:
                text = Path(args.topics_file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise admin.AdminError(f"{args.topics_file}: cannot read: {exc}") from None
        else:
            text = args.topics
        topics = admin.set_topics(engine, args.code, admin.parse_topics(text), cli_actor())
    else:
        topics = admin.get_topics(engine, args.code)
    print(json.dumps({"org": args.code, "topics": topics}, ensure_ascii=False))
    return 0


def _cmd_office(args: argparse.Namespace) -> int:
    from desk.central import admin
    from desk.central.audit import cli_actor

    admin.add_office(
        _engine(args),
        args.org,
        args.code,
        args.name or args.code,
        cli_actor(),
    )
    return 0


def _cmd_enroll_code(args: argparse.Namespace) -> int:
    from desk.central import admin
    from desk.central.audit import cli_actor

    code = admin.create_enroll_code(
        _engine(args),
        args.org,
        office=args.office or None,
        role=args.role,
        expires=admin.parse_duration(args.expires),
        actor=cli_actor(),
    )
    print(code)
    return 0


def _cmd_devices(args: argparse.Namespace) -> int:
    from desk.central import admin
    from desk.central.audit import cli_actor

    engine = _engine(args)
    if args.devices_command == "revoke":
        admin.revoke_device(engine, args.id, cli_actor())
        return 0
    rows = admin.list_devices(engine)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    cols = ["id", "org", "office", "role", "app_version", "os", "last_sync", "revoked"]
    table = [[str(r[c] if r[c] is not None else "-") for c in cols] for r in rows]
    widths = [max([len(c), *(len(row[i]) for row in table)]) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    for row in table:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
    return 0


def _cmd_publish(args: argparse.Namespace) -> int:
    from desk.central import publish
    from desk.central.audit import cli_actor

    engine = _engine(args)
    if args.what == "guides":
        report = publish.publish_guides(
            engine,
            Path(args.path),
            cli_actor(),
            prune=args.prune,
        )
    else:
        report = publish.publish_directory(engine, Path(args.path), cli_actor())
    print(
        json.dumps(
            {
                "published": report.published,
                "unchanged": report.unchanged,
                "removed": report.removed,
                "resolved": report.resolved,
                "open_reports": report.open_reports,
            }
        )
    )
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for guide_id, steps in sorted(report.open_reports.items()):
        for step_id, n in sorted(steps.items()):
            print(f"open reports: {guide_id}#{step_id}: {n}", file=sys.stderr)
    return 0


def _cmd_guide_reports(args: argparse.Namespace) -> int:
    from desk.central import guide_reports
    from desk.central.audit import cli_actor

    engine = _engine(args)
    if args.reports_command == "close":
        closed = guide_reports.close(engine, args.id, args.reply, cli_actor())
        print(json.dumps(closed, indent=2) if args.json else f"closed {closed['id']}")
        return 0
    guides = guide_reports.listing(
        engine, guide_id=args.guide, include_closed=args.all, org=args.org
    )
    print(json.dumps({"guides": guides}, indent=2, ensure_ascii=False) if args.json
          else guide_reports.render(guides))  # fmt: skip
    return 0


def _cmd_counts(args: argparse.Namespace) -> int:
    from desk.central import admin

    result = admin.counts(_engine(args))
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        for org, kinds in sorted(result.items()):
            print(org, " ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    return 0


def _cmd_config(args: argparse.Namespace) -> int:
    from desk.central import admin
    from desk.central.audit import cli_actor

    admin.set_min_version(_engine(args), args.version, cli_actor())
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from desk.central import audit, stats
    from desk.central.db import writing

    engine = _engine(args)
    with writing(engine) as conn:
        n = stats.rebuild(conn)
        audit.record(conn, audit.cli_actor(), "stats.rebuild", detail={"records": n})
    print(json.dumps({"records": n}))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk-central", description="The Desk central service (sync, guides, statistics)."
    )
    parser.add_argument("--version", action="version", version=f"desk-central {__version__}")
    db_help = f"database URL (default: ${ENV_DB} or a SQLite file in the data folder)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None, help=db_help)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", parents=[common], help="run the API server")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    p.add_argument("--workers", type=int, default=1, help="worker processes (PostgreSQL)")
    p.add_argument("--upgrade", action="store_true", help="upgrade an outdated schema first")
    p.add_argument("--proxy-headers", action="store_true", help="trust X-Forwarded-* headers")
    p.add_argument("--forwarded-allow-ips", default="127.0.0.1")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("db", parents=[common], help="database schema")
    p.add_argument("db_command", choices=["upgrade", "status"])
    p.set_defaults(func=_cmd_db)

    p = sub.add_parser("org", parents=[common], help="organisations")
    org_sub = p.add_subparsers(dest="org_command", required=True)
    pa = org_sub.add_parser("add", parents=[common], help="add an organisation")
    pa.add_argument("code")
    pa.add_argument("--name", required=True)
    pa.set_defaults(func=_cmd_org)
    pa = org_sub.add_parser(
        "set", parents=[common],
        help="set the organisation's topic list (the free topics statistics may show)",
    )
    pa.add_argument("code")
    what = pa.add_mutually_exclusive_group()  # or the retention periods (privacy_cli)
    what.add_argument("--topics", help='topics separated by ";", e.g. "Belastingen;Pensioen"')
    what.add_argument("--topics-file", metavar="FILE", help="a text file, one topic per line")
    pa.set_defaults(func=_cmd_org)
    pa = org_sub.add_parser("show", parents=[common], help="the organisation's topic list")
    pa.add_argument("code")
    pa.set_defaults(func=_cmd_org)

    p = sub.add_parser("office", parents=[common], help="offices")
    office_sub = p.add_subparsers(dest="office_command", required=True)
    pa = office_sub.add_parser("add", parents=[common], help="add an office to an organisation")
    pa.add_argument("org")
    pa.add_argument("code")
    pa.add_argument("--name", default=None)
    pa.set_defaults(func=_cmd_office)

    p = sub.add_parser(
        "enroll-code", parents=[common], help="print a one-time enrollment code (alone on stdout)"
    )
    p.add_argument("org")
    p.add_argument("--office", default=None)
    p.add_argument("--role", default="counter", choices=ROLES)
    p.add_argument("--expires", default="7d", help="e.g. 7d, 12h, 30m (default 7d)")
    p.set_defaults(func=_cmd_enroll_code)

    p = sub.add_parser("devices", parents=[common], help="enrolled devices")
    dev_sub = p.add_subparsers(dest="devices_command", required=True)
    pa = dev_sub.add_parser("list", parents=[common], help="list devices")
    pa.add_argument("--json", action="store_true")
    pa.set_defaults(func=_cmd_devices)
    pa = dev_sub.add_parser("revoke", parents=[common], help="revoke a device token")
    pa.add_argument("id")
    pa.set_defaults(func=_cmd_devices)

    p = sub.add_parser("publish", parents=[common], help="publish guides or the directory")
    pub_sub = p.add_subparsers(dest="what", required=True)
    pa = pub_sub.add_parser("guides", parents=[common], help="validate and publish a guides folder")
    pa.add_argument("path", metavar="DIR")
    pa.add_argument("--prune", action="store_true", help="withdraw guides missing from DIR")
    pa.set_defaults(func=_cmd_publish)
    pa = pub_sub.add_parser("directory", parents=[common], help="publish a partner directory")
    pa.add_argument("path", metavar="FILE")
    pa.set_defaults(func=_cmd_publish)

    listing = argparse.ArgumentParser(add_help=False)
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--guide", default=None, metavar="ID", help="only this guide")
    listing.add_argument("--org", default=None, help="only this organisation")
    listing.add_argument("--all", action="store_true", help="closed reports too")
    p = sub.add_parser(
        "guide-reports", parents=[common, listing],
        help="staff reports of wrong guide steps: list them (default) or close one with a reply",
    )  # fmt: skip
    p.set_defaults(func=_cmd_guide_reports, reports_command="list")
    rep_sub = p.add_subparsers(dest="reports_command")
    pa = rep_sub.add_parser("list", parents=[common, listing], help="reports per guide and step")
    pa.set_defaults(func=_cmd_guide_reports)
    pa = rep_sub.add_parser("close", parents=[common], help="close a report with a reply (audited)")
    pa.add_argument("id", metavar="ID")
    pa.add_argument("--reply", required=True, help="what the desks see (no personal data)")
    pa.add_argument("--json", action="store_true")
    pa.set_defaults(func=_cmd_guide_reports)

    p = sub.add_parser("counts", parents=[common], help="records per organisation and kind")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_counts)

    p = sub.add_parser("config", parents=[common], help="server settings")
    cfg_sub = p.add_subparsers(dest="config_command", required=True)
    pa = cfg_sub.add_parser("set-min-version", parents=[common], help="minimum client version")
    pa.add_argument("version", metavar="X.Y.Z")
    pa.set_defaults(func=_cmd_config)

    p = sub.add_parser("stats", parents=[common], help="statistics maintenance")
    st_sub = p.add_subparsers(dest="stats_command", required=True)
    pa = st_sub.add_parser("rebuild", parents=[common], help="recompute the aggregates")
    pa.set_defaults(func=_cmd_stats)

    from desk.central import privacy_cli
    from desk.central.web import cli as web_cli

    privacy_cli.register(sub, org_sub, common)
    web_cli.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desk.central.admin import AdminError
    from desk.central.guide_reports import ReportError
    from desk.central.migrate import SchemaOutdatedError
    from desk.central.publish import PublishError
    from desk.central.web.accounts import AccountError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (AdminError, ReportError) as exc:
        print(f"desk-central: {exc.message}", file=sys.stderr)
        return 1
    except AccountError as exc:
        print(f"desk-central: {exc.message}", file=sys.stderr)
        return 1
    except PublishError as exc:
        print("desk-central: nothing was published:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except SchemaOutdatedError as exc:
        print(f"desk-central: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:
        print(f"desk-central: a component is missing: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
