"""The region's figures from a live central server (the sync tests' fixture)."""

from __future__ import annotations

import socket
from datetime import date

import pytest

from desk.config import load_config
from desk.domain.periods import Period
from desk.domain.stats import Filters
from desk.store.store import Store
from desk.sync.client import CentralClient, RetryPolicy, Unreachable
from desk.sync.enrollment import enroll
from desk.sync.stats_client import StatsForbidden, fetch_report, stats_params
from tests.sync.conftest import Desk, LiveCentral, MemoryKeyring, Sleeps

PERIOD = Filters(Period(2026, "quarter", 4))


def test_the_period_is_sent_whole() -> None:
    assert stats_params(PERIOD) == {"period": "2026-Q4"}
    assert stats_params(Filters(Period(2026, "month", 3), "menen", "balie")) == {
        "period": "2026-03", "org": "menen", "office": "balie"}  # fmt: skip


def test_reviewer_gets_protected_tables(
    store: Store,
    central: LiveCentral,
    memory_keyring: MemoryKeyring,
    sleeps: Sleeps,
) -> None:
    client = CentralClient(central.url, None, sleep=sleeps)
    try:
        enroll(store, client, central.code(role="reviewer"))
    finally:
        client.close()
    report = fetch_report(store, load_config(), PERIOD)
    assert report.source == "central"
    assert (report.start, report.end) == (date(2026, 10, 1), date(2026, 12, 31))
    assert {"referrals_by_month", "cases_by_topic", "guide_drop_off"} <= {
        t.name for t in report.tables
    }
    assert report.empty  # nothing pushed yet
    assert any("Geen gegevens" in m for m in report.messages)


def test_counter_device_may_not_read_another_organisation(desk: Desk) -> None:
    with pytest.raises(StatsForbidden) as err:
        fetch_report(desk.store, load_config(), Filters(PERIOD.period, org="kortrijk"))
    assert "geen rechten" in err.value.message
    assert "lokale bron" in err.value.message
    assert err.value.exit_code != 0


def test_unreachable_server_has_a_dutch_message(store: Store) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    dead = lambda: CentralClient(  # noqa: E731
        f"http://127.0.0.1:{port}", "token", retry=RetryPolicy(attempts=1), timeout=(1.0, 1.0)
    )
    with pytest.raises(Unreachable) as err:
        fetch_report(store, load_config(), PERIOD, client_factory=dead)
    assert "niet bereikbaar" in err.value.message


def test_cli_central_without_rights_is_a_clear_error(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    from desk import cli

    assert cli.main(["stats", "--json", "--central", "--org", "kortrijk", "--period", "2026"]) == 3
    assert "geen rechten" in capsys.readouterr().err
    # The desk's own figures stay available.
    assert cli.main(["stats", "--json", "--period", "2026"]) == 0
    assert '"source": "local"' in capsys.readouterr().out
