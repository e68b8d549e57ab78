"""``desk-central`` commands for retention and citizens' requests (registered from cli.py).

- ``org set ORG --retention-days N [--referral-retention-days M]`` (``org set`` itself is cli.py's)
- ``retention show`` / ``retention run [--dry-run]``
- ``subject find ORG --ref REF | --name NAME (--phone PHONE | --email EMAIL) [--lang] [--out]``
- ``subject erase ORG (same search) [--record ID ...] [--yes]``
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from sqlalchemy import Engine


def _engine(args: argparse.Namespace) -> Engine:
    from desk.central.cli import _engine as checked_engine

    return checked_engine(args)


def _fail(message: str) -> int:
    print(f"desk-central: {message}", file=sys.stderr)
    return 1


def _cmd_org_set(args: argparse.Namespace) -> int:
    """``org set``: the topic list (cli.py) or the retention periods, one at a time."""
    from desk.central import retention
    from desk.central.audit import cli_actor

    topics = getattr(args, "topics", None) is not None or getattr(args, "topics_file", None)
    periods = args.retention_days is not None or args.referral_retention_days is not None
    if topics and periods:
        return _fail("set the topics and the retention periods in two commands")
    if topics:
        return int(args.topics_func(args))
    if not periods:
        return _fail("give --topics, --topics-file, --retention-days or --referral-retention-days")
    try:
        policy = retention.set_policy(
            _engine(args), args.code,
            retention_days=args.retention_days,
            referral_retention_days=args.referral_retention_days,
            actor=cli_actor(),
        )  # fmt: skip
    except retention.RetentionError as exc:
        return _fail(str(exc))
    print(json.dumps({"org": args.code, "retention_days": policy.retention_days,
                      "referral_retention_days": policy.referral_retention_days}))  # fmt: skip
    for days, what in ((policy.retention_days, "--retention-days"),
                       (policy.referral_retention_days, "--referral-retention-days")):  # fmt: skip
        if days > retention.PROMISED_DAYS:
            print(f"warning: {what} {days} is longer than the consent text promises "
                  f"(12 months, {retention.PROMISED_DAYS} days); change the text or the "
                  "period", file=sys.stderr)  # fmt: skip
    return 0


def _cmd_retention(args: argparse.Namespace) -> int:
    from desk.central import retention
    from desk.central.audit import cli_actor
    from desk.central.db import reading

    engine = _engine(args)
    if args.retention_command == "show":
        with reading(engine) as conn:
            policies = retention.policies(conn)
        print(json.dumps({org: {"retention_days": p.retention_days,
                                "referral_retention_days": p.referral_retention_days}
                          for org, p in sorted(policies.items())}, indent=2))  # fmt: skip
        return 0
    report = retention.run(engine, actor=cli_actor(), dry_run=args.dry_run)
    print(json.dumps(report.as_json(), indent=2))
    return 0


def _query(args: argparse.Namespace) -> Any:
    from desk.central.subject import Query

    return Query(ref=args.ref, name=args.name, phone=args.phone, email=args.email,
                 records=tuple(getattr(args, "record", None) or ()))  # fmt: skip


def _cmd_subject(args: argparse.Namespace) -> int:
    from desk.central import subject
    from desk.central.audit import cli_actor

    engine = _engine(args)
    query = _query(args)
    try:
        if args.subject_command == "find":
            return _find(engine, args, query)
        if not args.yes:
            query.check()
            found = subject.find(engine, args.org, query, actor=cli_actor())
            print(json.dumps({"would_erase": {"cases": found.count("case"),
                                              "referrals": found.count("referral")},
                              "records": [f"{m.kind}:{m.id}" for m in found.matches]},
                             indent=2))  # fmt: skip
            print("nothing was erased: check the records (`subject find`), then run again "
                  "with --yes (and --record ID to keep only the ones you confirmed)",
                  file=sys.stderr)  # fmt: skip
            return 0
        result = subject.erase(engine, args.org, query, actor=cli_actor())
    except subject.SubjectError as exc:
        return _fail(str(exc))
    answer = {"erased": {"cases": result.count("case"), "referrals": result.count("referral")},
              "records": [f"{e.kind}:{e.id}" for e in result.erased]}  # fmt: skip
    print(json.dumps(answer, indent=2))
    return 0


def _find(engine: Engine, args: argparse.Namespace, query: Any) -> int:
    from desk.central import subject, subject_report
    from desk.central.audit import cli_actor

    if args.out and os.path.exists(args.out):
        return _fail(f"{args.out} already exists; choose another file name")
    found = subject.find(engine, args.org, query, actor=cli_actor())
    text = subject_report.render(found, args.lang)
    if not args.out:
        sys.stdout.write(text)
        return 0
    try:
        # The report holds personal data: readable by its owner only.
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        return _fail(f"{args.out}: cannot write the report: {exc.strerror or exc}")
    print(json.dumps({"report": args.out, "cases": found.count("case"),
                      "referrals": found.count("referral")}))  # fmt: skip
    return 0


def _search_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("org", metavar="ORG")
    p.add_argument("--ref", help="a case's contact reference (contactreferentie)")
    p.add_argument("--name", help="the citizen's name on a referral (with --phone or --email)")
    p.add_argument("--phone", help="the citizen's phone number")
    p.add_argument("--email", help="the citizen's e-mail address")


def register(
    sub: Any, org_sub: Any, common: argparse.ArgumentParser
) -> None:
    """Add the commands to ``desk-central``'s parser."""
    from desk.central.subject import LANGUAGES

    # ``org set`` exists for the topic list (cli.py): the periods are more options of it.
    pa = org_sub.choices.get("set")
    if pa is None:
        pa = org_sub.add_parser("set", parents=[common])
        pa.add_argument("code", metavar="ORG")
    pa.description = (
        "Retention: personal data is erased N days after a case's last change or a "
        "referral's final status (--retention-days), and M days after the last change of a "
        "referral that is not closed (--referral-retention-days). Default 365 for both."
    )
    pa.add_argument("--retention-days", type=int, metavar="N",
                    help="days to keep personal data after a case's last change or a "
                    "referral's final status (default 365)")  # fmt: skip
    pa.add_argument("--referral-retention-days", type=int, metavar="M",
                    help="days to keep it after the last change of a referral that is "
                    "not closed (default 365)")  # fmt: skip
    pa.set_defaults(topics_func=pa.get_default("func"), func=_cmd_org_set)

    p = sub.add_parser("retention", parents=[common], help="erase personal data after retention")
    r_sub = p.add_subparsers(dest="retention_command", required=True)
    pa = r_sub.add_parser("run", parents=[common], help="erase what is due now (for cron)")
    pa.add_argument("--dry-run", action="store_true", help="count only, change nothing")
    pa.set_defaults(func=_cmd_retention)
    pa = r_sub.add_parser("show", parents=[common], help="every organisation's periods")
    pa.set_defaults(func=_cmd_retention)

    p = sub.add_parser("subject", parents=[common], help="a citizen's access or erasure request")
    s_sub = p.add_subparsers(dest="subject_command", required=True)
    pa = s_sub.add_parser("find", parents=[common],
                          help="what is kept about a citizen, as a readable report")  # fmt: skip
    _search_args(pa)
    pa.add_argument("--lang", choices=LANGUAGES, default="nl", help="report language")
    pa.add_argument("--out", metavar="FILE", help="write the report here (default: stdout)")
    pa.set_defaults(func=_cmd_subject)
    pa = s_sub.add_parser("erase", parents=[common],
                          help="erase a citizen's personal data (reaches every desk)")  # fmt: skip
    _search_args(pa)
    pa.add_argument("--record", action="append", metavar="ID",
                    help="erase only this record (repeat for more)")  # fmt: skip
    pa.add_argument("--yes", action="store_true", help="really erase (without: show only)")
    pa.set_defaults(func=_cmd_subject)
