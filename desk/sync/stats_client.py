"""The region's statistics from the central API (``GET /v1/stats``).

Uses the sync client (:mod:`desk.sync.client`): its timeouts, verified TLS,
proxy and Dutch error messages. The answer is already protected by the
server's disclosure control; it holds aggregates only, never a record.

A period is one whole calendar month, quarter or year (``period=2026-Q4``),
as the server requires.

No Qt here: the statistics screen runs this on a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desk.config import Config
from desk.domain.stats import Filters, Report, report_from_central
from desk.messages import msg
from desk.store.common import utcnow
from desk.store.store import Store
from desk.sync.client import BadAnswer, CentralClient, Refused, SyncError


class StatsForbidden(SyncError):
    """403: this device may not read the statistics it asked for."""


def stats_params(filters: Filters) -> dict[str, str]:
    params: dict[str, str] = {"period": filters.period.code}
    if filters.org:
        params["org"] = filters.org
    if filters.office:
        params["office"] = filters.office
    return params


def get_stats(client: CentralClient, filters: Filters) -> dict[str, Any]:
    """The raw ``/v1/stats`` answer, with a Dutch error for a refusal."""
    try:
        data = client.stats(stats_params(filters))
    except Refused as exc:
        if exc.status == 403:
            raise StatsForbidden(
                msg(
                    "U hebt geen rechten om deze regionale cijfers te lezen: alleen een toestel "
                    "met de rol 'reviewer' of van het datateam ziet de cijfers van andere "
                    "organisaties. Vraag de beheerder om de juiste rol. De cijfers van dit "
                    "loket (lokale bron) blijven beschikbaar."
                ),
                detail=exc.detail,
                status=403,
            ) from None
        raise
    if not isinstance(data.get("tables"), list):
        raise BadAnswer(
            msg(
                "De centrale server gaf een onleesbaar antwoord op de vraag naar statistieken. "
                "De cijfers van dit loket (lokale bron) blijven beschikbaar."
            ),
            detail="stats: no tables",
        )
    return data


def fetch_report(
    store: Store,
    config: Config,
    filters: Filters,
    *,
    cancel: threading.Event | None = None,
    client_factory: Callable[[], CentralClient] | None = None,
    now: datetime | None = None,
) -> Report:
    """The region's protected figures for *filters* (whole months).

    Raises:
        SyncError: not enrolled, training profile, unreachable, no rights (Dutch message).
    """
    if client_factory is None:
        from desk.sync.connect import client_for

        client = client_for(store, config, cancel=cancel)
    else:
        client = client_factory()
    try:
        data = get_stats(client, filters)
    finally:
        client.close()
    try:
        return report_from_central(data, generated_at=now or utcnow())
    except ValueError as exc:
        raise BadAnswer(
            msg(
                "De centrale server gaf onverwachte statistieken terug. De cijfers van dit "
                "loket (lokale bron) blijven beschikbaar."
            ),
            detail=str(exc)[:200],
        ) from None
