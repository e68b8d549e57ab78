"""Retention on the server: personal fields are erased when their period is over.

The rule (README.md, "Retention"), per organisation:

* a case's contact reference: ``retention_days`` after the case's last change
  on the server;
* a referral's name, contact data and notes: ``retention_days`` after it
  reached a final status (completed, declined, referred elsewhere,
  cancelled), or, while it is not closed, ``referral_retention_days`` after
  its last change (a status update is a change).

"Last change" is the server's own time of the last write (``items.updated_at``).
A final status counts from the time in its status entry, but never later than
the server received it, so a desk with a clock running ahead cannot stretch the
period. Both periods default to 365 days: the consent text promises deletion
"12 maanden nadat de doorverwijzing afgesloten is".

Two guards, so nothing older than its period leaves the server:

* :func:`run` erases what is due, as ordinary changes that flow to the desks
  (:mod:`desk.central.erasure`); ``desk-central retention run`` and the job in
  ``serve`` (:class:`RetentionJob`) call it;
* :class:`PullFilter` empties the fields at pull time for what is due but not
  yet erased, so a desk enrolled between two runs never receives it.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import Connection, Engine, and_, select, update
from sqlalchemy.exc import IntegrityError

from desk import clock
from desk.central import audit, erasure
from desk.central import tables as t
from desk.central.db import is_sqlite, reading, small_write, writing
from desk.domain.lifecycle import FINAL

log = logging.getLogger(__name__)

#: The consent text's promise: 12 months after the referral is closed.
DEFAULT_RETENTION_DAYS: Final = 365
#: A referral that never closes: 12 months after its last change.
DEFAULT_REFERRAL_RETENTION_DAYS: Final = 365
MAX_DAYS: Final = 3650
#: The consent text promises at most this many days (12 months, never more than 365 days).
PROMISED_DAYS: Final = 365
#: ``server_config`` key: when the last scheduled run started (ISO, UTC).
LAST_RUN_KEY: Final = "retention.last_run"
BATCH: Final = 200


class RetentionError(ValueError):
    """A refused retention setting, with a message for a person."""


@dataclass(frozen=True)
class Policy:
    """An organisation's retention periods, in days."""

    retention_days: int = DEFAULT_RETENTION_DAYS
    referral_retention_days: int = DEFAULT_REFERRAL_RETENTION_DAYS

    @property
    def keep(self) -> timedelta:
        return timedelta(days=self.retention_days)

    @property
    def keep_open(self) -> timedelta:
        return timedelta(days=self.referral_retention_days)


DEFAULT_POLICY: Final = Policy()


# -- the rule --------------------------------------------------------------------------------


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def closed_at(body: Mapping[str, Any], updated_at: datetime) -> datetime | None:
    """When a referral reached its final status (None while it is open).

    The first history entry with the final status says when; without one (or
    with a time after the server's last write) the server's time counts.
    """
    status = body.get("status")
    if status not in FINAL:
        return None
    history = body.get("status_history")
    for entry in history if isinstance(history, list) else ():
        if isinstance(entry, dict) and entry.get("status") == status:
            at = parse_time(entry.get("at"))
            return min(at, updated_at) if at is not None else updated_at
    return updated_at


def personal_until(
    kind: str, body: Mapping[str, Any], updated_at: datetime, policy: Policy
) -> datetime:
    """The moment the personal fields of this record are due for erasure."""
    if kind == "referral":
        closed = closed_at(body, updated_at)
        if closed is not None:
            return closed + policy.keep
        return updated_at + policy.keep_open
    return updated_at + policy.keep


def is_due(
    kind: str, body: Mapping[str, Any], updated_at: datetime, policy: Policy, now: datetime
) -> bool:
    """Whether this record still holds personal fields that are due for erasure at *now*."""
    if not erasure.has_personal(kind, body):
        return False
    return personal_until(kind, body, updated_at, policy) <= now


# -- settings per organisation --------------------------------------------------------------


def policies(conn: Connection) -> dict[str, Policy]:
    """Every organisation's policy (defaults filled in)."""
    r = t.org_retention.c
    found = {
        code: DEFAULT_POLICY for (code,) in conn.execute(select(t.orgs.c.code))
    }
    for row in conn.execute(select(r.org, r.retention_days, r.referral_retention_days)):
        found[row.org] = Policy(
            row.retention_days or DEFAULT_RETENTION_DAYS,
            row.referral_retention_days or DEFAULT_REFERRAL_RETENTION_DAYS,
        )
    return found


def policy_for(conn: Connection, org: str) -> Policy:
    r = t.org_retention.c
    row = conn.execute(
        select(r.retention_days, r.referral_retention_days).where(r.org == org)
    ).first()
    if row is None:
        return DEFAULT_POLICY
    return Policy(
        row.retention_days or DEFAULT_RETENTION_DAYS,
        row.referral_retention_days or DEFAULT_REFERRAL_RETENTION_DAYS,
    )


def _check_days(name: str, value: int | None) -> None:
    if value is not None and not 1 <= value <= MAX_DAYS:
        raise RetentionError(f"{name} must be a whole number of days from 1 to {MAX_DAYS}")


def set_policy(
    engine: Engine,
    org: str,
    *,
    retention_days: int | None,
    referral_retention_days: int | None,
    actor: str,
) -> Policy:
    """Change an organisation's periods (None: leave as is); returns the policy now."""
    _check_days("--retention-days", retention_days)
    _check_days("--referral-retention-days", referral_retention_days)
    if retention_days is None and referral_retention_days is None:
        raise RetentionError("give --retention-days and/or --referral-retention-days")
    now = clock.now()
    r = t.org_retention.c
    with small_write(engine) as conn:
        if conn.execute(select(t.orgs.c.code).where(t.orgs.c.code == org)).first() is None:
            raise RetentionError(
                f"unknown organisation {org!r}; add it with `desk-central org add`"
            )
        values: dict[str, Any] = {"updated_at": now}
        if retention_days is not None:
            values["retention_days"] = retention_days
        if referral_retention_days is not None:
            values["referral_retention_days"] = referral_retention_days
        done = conn.execute(update(t.org_retention).where(r.org == org).values(**values)).rowcount
        if not done:
            conn.execute(t.org_retention.insert().values(org=org, **values))
        result = policy_for(conn, org)
        audit.record(
            conn, actor, "retention.set", org=org, target=org,
            detail={"retention_days": result.retention_days,
                    "referral_retention_days": result.referral_retention_days},
            now=now,
        )  # fmt: skip
    return result


# -- at pull time ----------------------------------------------------------------------------


class PullFilter:
    """Empties, in what a device pulls, personal fields that are due but not yet erased.

    Only rows marked ``personal`` are looked at; the others pass unread.
    """

    def __init__(self, conn: Connection, org: str, now: datetime) -> None:
        self.policy = policy_for(conn, org)
        self.now = now

    def body(
        self, kind: str, body: str, updated_at: datetime, personal: bool
    ) -> tuple[str, bool]:
        """(the body to send, whether it still holds personal data)."""
        if not personal or kind not in erasure.KINDS:
            return body, personal
        if kind == "case" and updated_at + self.policy.keep > self.now:
            return body, True  # not due: no need to read it
        data = json.loads(body)
        if not isinstance(data, dict) or not erasure.has_personal(kind, data):
            return body, False
        if personal_until(kind, data, updated_at, self.policy) > self.now:
            return body, True
        return erasure.encode(erasure.strip(kind, data)), False


def visible_body(
    conn: Connection, org: str, kind: str, body: Mapping[str, Any], updated_at: datetime,
    now: datetime | None = None,
) -> dict[str, Any]:
    """*body* as anyone outside the erasure may see it (for pages that read records)."""
    policy = policy_for(conn, org)
    if is_due(kind, body, updated_at, policy, now or clock.now()):
        return erasure.strip(kind, body)
    return dict(body)


# -- erasure runs ----------------------------------------------------------------------------


@dataclass
class RunReport:
    """What a run erased (or would erase, on a dry run), per organisation and kind."""

    now: datetime
    dry_run: bool
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(sum(kinds.values()) for kinds in self.counts.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "at": self.now.isoformat().replace("+00:00", "Z"),
            "erased" if not self.dry_run else "due": {
                org: dict(sorted(kinds.items())) for org, kinds in sorted(self.counts.items())
            },
            "total": self.total,
        }


def _due(conn: Connection, org: str, policy: Policy, now: datetime) -> Iterator[tuple[str, str]]:
    """(kind, id) of the organisation's records whose personal fields are due."""
    i = t.items.c
    live = and_(i.org == org, i.personal.is_(True), i.deleted.is_(False))
    last = ""
    while True:
        ids = conn.execute(
            select(i.id)
            .where(live, i.kind == "case", i.updated_at <= now - policy.keep, i.id > last)
            .order_by(i.id)
            .limit(1000)
        ).scalars().all()
        if not ids:
            break
        yield from (("case", item_id) for item_id in ids)
        last = ids[-1]
    # Referrals: the final status time is in the body; those with personal data are few
    # (they are erased after their period), so reading each of them is bounded.
    last = ""
    while True:
        rows = conn.execute(
            select(i.id, i.body, i.updated_at)
            .where(live, i.kind == "referral", i.id > last)
            .order_by(i.id)
            .limit(500)
        ).all()
        if not rows:
            break
        for row in rows:
            body = json.loads(row.body)
            if isinstance(body, dict) and is_due("referral", body, row.updated_at, policy, now):
                yield ("referral", row.id)
        last = rows[-1].id


def _still_due(org: str, policy: Policy, now: datetime) -> erasure.Check:
    def check(
        kind: str, _id: str, body: Mapping[str, Any], updated_at: datetime, owner: str
    ) -> bool:
        return owner == org and is_due(kind, body, updated_at, policy, now)

    return check


def run(
    engine: Engine, *, actor: str, dry_run: bool = False, now: datetime | None = None
) -> RunReport:
    """Erase every personal field that is due, organisation by organisation.

    Each batch is one transaction that reads its records again, so a change that
    arrives meanwhile is judged on its own time. Every organisation with erasures
    gets one audit entry with counts.
    """
    now = now or clock.now()
    report = RunReport(now=now, dry_run=dry_run)
    with reading(engine) as conn:
        by_org = policies(conn)
        due = {org: list(_due(conn, org, policy, now)) for org, policy in sorted(by_org.items())}
    for org, keys in due.items():
        if not keys:
            continue
        counts: dict[str, int] = defaultdict(int)
        if dry_run:
            for kind, _id in keys:
                counts[kind] += 1
            report.counts[org] = dict(counts)
            continue
        for start in range(0, len(keys), BATCH):
            with writing(engine) as conn:
                still = _still_due(org, policy_for(conn, org), now)
                for done in erasure.erase(conn, keys[start : start + BATCH], now, still=still):
                    counts[done.kind] += 1
        if counts:
            report.counts[org] = dict(counts)
            with small_write(engine) as conn:
                policy = policy_for(conn, org)
                audit.record(
                    conn, actor, "retention.erase", org=org,
                    detail={"cases": counts.get("case", 0),
                            "referrals": counts.get("referral", 0),
                            "retention_days": policy.retention_days,
                            "referral_retention_days": policy.referral_retention_days},
                    now=now,
                )  # fmt: skip
    if report.total and not dry_run:
        settle(engine)
        log.info("retention: personal fields erased from %d records", report.total)
    return report


def settle(engine: Engine) -> None:
    """On SQLite, write the WAL back and empty it, so no old page keeps an erased value.

    ``secure_delete`` (set on every connection) already overwrites freed space in
    the database file. PostgreSQL keeps old row versions until VACUUM reuses them
    (README.md, "Retention").
    """
    if is_sqlite(engine):
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# -- the scheduled job -----------------------------------------------------------------------


def _claim(engine: Engine, now: datetime, every: timedelta) -> bool:
    """Take the turn for a scheduled run (one worker of several wins); False if not due."""
    c = t.server_config.c
    stamp = now.isoformat()
    try:
        with small_write(engine) as conn:
            row = conn.execute(select(c.value).where(c.key == LAST_RUN_KEY)).first()
            if row is None:
                conn.execute(t.server_config.insert().values(key=LAST_RUN_KEY, value=stamp))
                return True
            last = parse_time(row.value)
            # A stamp from the future (the clock was set back) does not stop the runs.
            if last is not None and timedelta(0) <= now - last < every:
                return False
            won = conn.execute(
                update(t.server_config)
                .where(and_(c.key == LAST_RUN_KEY, c.value == row.value))
                .values(value=stamp)
            ).rowcount
            return bool(won)
    except IntegrityError:
        return False  # another worker inserted the first stamp at the same moment


def run_if_due(
    engine: Engine, every: timedelta, now: datetime | None = None
) -> RunReport | None:
    """One scheduled run, unless one started less than *every* ago (any worker)."""
    now = now or clock.now()
    if not _claim(engine, now, every):
        return None
    return run(engine, actor="server:retention", now=now)


class RetentionJob:
    """Runs :func:`run_if_due` in a background thread of ``serve`` until stopped.

    It looks every *check* whether a run is due (one per *every*, shared by all
    workers through the database), so a restart never skips or doubles a day.
    """

    def __init__(
        self,
        engine: Engine,
        every: timedelta = timedelta(days=1),
        check: timedelta = timedelta(hours=1),
        on_run: Callable[[RunReport | None], None] | None = None,
    ) -> None:
        self.engine = engine
        self.every = every
        self.check = check
        self.on_run = on_run
        #: Set after each check (whether or not a run was due).
        self.ran = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="retention", daemon=True)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            result: RunReport | None = None
            try:
                result = run_if_due(self.engine, self.every)
            except Exception:  # the server keeps serving; the next check tries again
                log.exception("retention run failed")
            if self.on_run is not None:
                self.on_run(result)
            self.ran.set()
            self._stop.wait(self.check.total_seconds())
