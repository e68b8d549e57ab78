"""Background work inside ``serve``: keep the inbox index current and send new-referral
notices by e-mail. Runs only when SMTP and the public URL are configured."""

from __future__ import annotations

import asyncio
import logging

from anyio import to_thread
from sqlalchemy import Engine, inspect

from desk.central import tables as t
from desk.central.web import inbox, mail

log = logging.getLogger(__name__)
INTERVAL = 60.0


def enabled() -> bool:
    return mail.SmtpSettings.from_env() is not None and mail.public_url() is not None


def prepare(engine: Engine) -> None:
    """At start: bring the inbox index up to date (about 9 s per 100,000 referrals the
    first time after an upgrade, one cheap query after that), so no partner waits."""
    if inspect(engine).has_table(t.web_inbox.name):
        inbox.catch_up(engine)


def run_once(engine: Engine) -> int:
    """Catch the inbox index up; e-mail the users of partners with new referrals."""
    inbox.catch_up(engine)
    fresh = inbox.take_notices(engine)
    return mail.notify_new_referrals(engine, fresh) if fresh else 0


async def notices(engine: Engine) -> None:
    """Every minute, until cancelled (the app's lifespan ends)."""
    while True:
        try:
            await to_thread.run_sync(run_once, engine)
        except Exception as exc:  # keep the job alive; the next round tries again
            log.warning("inbox job failed: %s", type(exc).__name__)
        await asyncio.sleep(INTERVAL)
