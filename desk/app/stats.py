"""The statistics report, from this desk's log or from the central server.

``desk stats`` and the Statistieken screen ask for the same report; both get
it protected by disclosure control (:mod:`desk.domain.disclosure`).
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.config import Config
from desk.domain.stats import Filters, Report
from desk.store.stats_queries import local_report
from desk.store.store import Store


@dataclass(frozen=True)
class StatsResult:
    """A report, and the offices the local log knows (for the office filter)."""

    report: Report
    offices: tuple[str, ...] = ()


def local_statistics(store: Store, config: Config, filters: Filters) -> StatsResult:
    """This desk's own figures (of its organisation); works offline."""
    report, data = local_report(store.conn(), filters, org=config.org, topics=config.topics)
    return StatsResult(report, tuple(data.offices))


def central_statistics(store: Store, config: Config, filters: Filters) -> StatsResult:
    """The region's figures from the central server (whole months).

    Raises:
        SyncError: not enrolled, training profile, unreachable, no rights.
    """
    # The HTTP client (requests, keyring: ~0.3 s of imports) only when the region is asked
    # for: `desk stats` on this desk's own log stays quick.
    from desk.sync.stats_client import fetch_report

    return StatsResult(fetch_report(store, config, filters))


def statistics(store: Store, config: Config, filters: Filters, *, central: bool) -> StatsResult:
    return (central_statistics if central else local_statistics)(store, config, filters)
