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


def test_the_desk_and_the_server_publish_the_same_numbers(desk: Desk) -> None:
    """The desk's own report and the server's answer for the same records are equal.

    So neither can be subtracted from the other: the local report is the central one,
    cell for cell (same cube, same record keys, same rounding).
    """
    import dataclasses
    import random
    from datetime import timedelta

    from desk.central import admin
    from desk.domain.referrals.model import new_referral
    from desk.store.referrals import ReferralRepository
    from desk.store.stats_queries import local_report
    from desk.sync.client import CentralClient
    from desk.sync.engine import SyncEngine
    from tests.support.clock import at_local, local_today
    from tests.sync.conftest import add_cases, case_values

    config = load_config()
    topics = list(config.topics)
    admin.set_topics(desk.central.engine, "harelbeke", topics, "test")
    # Records over the days before today, within this year: the period is the year.
    yesterday = local_today() - timedelta(days=1)
    span = min(90, yesterday.timetuple().tm_yday - 1)
    period = Filters(Period.containing(yesterday, "year"))
    rnd = random.Random(3)
    for _ in range(60):
        outcome = rnd.choice(["together", "citizen_alone", "referred", "not_possible"])
        day = (yesterday - local_today()).days - rnd.randint(0, span)
        add_cases(desk.store, 1, **dataclasses.asdict(case_values(
            occurred_at=at_local(day, rnd.randint(8, 17), 0),
            channel=rnd.choice(["counter", "phone", "email"]), outcome=outcome,
            not_possible_reason="no_eid" if outcome == "not_possible" else None,
            topics=(f"topic:{rnd.choice(topics)}",),
        )))  # fmt: skip
    repo = ReferralRepository(desk.store)
    for _ in range(25):
        day = (yesterday - local_today()).days - rnd.randint(0, span)
        draft = new_referral(office="balie", staff="Bo", now=at_local(day, 10, 0),
                             municipality="harelbeke")
        draft = dataclasses.replace(draft, needs=(rnd.choice(["smartphone", "email"]),),
                                    barriers=(), service_id="svc-1", urgency="normal")
        repo.submit(draft, by="Bo", at=at_local(day, 10, 5))
    client = CentralClient(desk.central.url, desk.token, sleep=desk.sleeps)
    try:
        report = SyncEngine(desk.store, client).run()
    finally:
        client.close()
    assert report.ok and report.accepted == 85, report
    local, data = local_report(desk.store.conn(), period, org="harelbeke", topics=topics)
    assert data.referrals is not None and len(data.referrals) == 25
    central = fetch_report(desk.store, config, period)
    compared = 0
    for table in local.tables:
        theirs = central.table(table.name)
        if table.name == "referrals_by_service":
            continue  # the server knows no directory here: its service is "other"
        assert (table.rows, table.columns) == (theirs.rows, theirs.columns), table.name
        assert table.cells == theirs.cells and table.total == theirs.total, table.name
        compared += not table.empty
    assert compared >= 6
    assert [m.value for m in local.measures] == [m.value for m in central.measures]
