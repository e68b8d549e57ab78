"""Local days are Brussels days (desk/domain/days.py), on the desk and on the server.

The moments here are chosen for what they test — the hour after midnight when
the UTC date is still yesterday, and both daylight-saving changes — so they
are written out; none of them is compared with the test session's "today".
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest

from desk.clock import FrozenClock
from desk.domain.cases import CaseInvalid, Rules, validate_case
from desk.domain.cube import UNRESTRICTED, contributions
from desk.domain.days import local_date, local_month, start_of_day, to_utc
from desk.domain.referrals.followup import follow_up_due, stale_before
from desk.domain.stats import CaseRecord, Filters, compute
from desk.store.cases import CaseQuery, CaseRepository
from desk.store.store import Store, open_store

#: 00:30 on 1 March 2027 in Brussels (CET, UTC+1): in UTC it is still 28 February.
AFTER_MIDNIGHT = datetime(2027, 2, 28, 23, 30, tzinfo=UTC)
#: 00:30 on 1 August 2026 in Brussels (CEST, UTC+2): in UTC still 31 July.
SUMMER_AFTER_MIDNIGHT = datetime(2026, 7, 31, 22, 30, tzinfo=UTC)

FORM = {"office": "kortrijk-stadhuis", "staff": "Elke", "topics": "Belastingen",
        "outcome": "together", "duration_min": "5"}


def rules(now: datetime) -> Rules:
    return Rules(now=now, topics=("Belastingen",))


# -- the rule itself --------------------------------------------------------------------------


@pytest.mark.parametrize(("moment", "day", "month"), [
    (AFTER_MIDNIGHT, date(2027, 3, 1), "2027-03"),
    (SUMMER_AFTER_MIDNIGHT, date(2026, 8, 1), "2026-08"),
    (datetime(2026, 12, 31, 23, 0, tzinfo=UTC), date(2027, 1, 1), "2027-01"),
    (datetime(2026, 12, 31, 22, 59, tzinfo=UTC), date(2026, 12, 31), "2026-12"),
])
def test_the_local_day_turns_before_the_utc_day(moment: datetime, day: date, month: str) -> None:
    assert local_date(moment) == day
    assert local_month(moment) == month
    assert FrozenClock(moment).today() == day


def test_typed_local_times_use_the_offset_of_their_own_date() -> None:
    assert to_utc(date(2027, 1, 15), time(10, 0)) == datetime(2027, 1, 15, 9, 0, tzinfo=UTC)
    assert to_utc(date(2027, 7, 15), time(10, 0)) == datetime(2027, 7, 15, 8, 0, tzinfo=UTC)
    # Spring forward (last Sunday of March): 02:30 does not exist; it lands at 03:30 CEST.
    assert to_utc(date(2027, 3, 28), time(2, 30)) == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    # Fall back (last Sunday of October): 02:30 happens twice; the first (CEST) one is taken.
    assert to_utc(date(2026, 10, 25), time(2, 30)) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert to_utc(date(2026, 10, 25), time(3, 30)) == datetime(2026, 10, 25, 2, 30, tzinfo=UTC)


def test_a_day_starts_at_local_midnight_also_on_change_days() -> None:
    assert start_of_day(date(2027, 3, 28)) == datetime(2027, 3, 27, 23, 0, tzinfo=UTC)
    assert start_of_day(date(2027, 3, 29)) == datetime(2027, 3, 28, 22, 0, tzinfo=UTC)
    assert start_of_day(date(2026, 10, 26)) == datetime(2026, 10, 25, 23, 0, tzinfo=UTC)


# -- "today" and "in the future" when logging a contact ------------------------------------------


def test_an_empty_date_is_the_local_day_after_midnight() -> None:
    case = validate_case(FORM, rules(AFTER_MIDNIGHT))
    assert local_date(case.occurred_at) == date(2027, 3, 1)
    assert case.occurred_at == AFTER_MIDNIGHT


def test_in_the_future_is_judged_in_local_time_after_midnight() -> None:
    ok = validate_case({**FORM, "date": "01-03-2027", "time": "00:15"}, rules(AFTER_MIDNIGHT))
    assert ok.occurred_at == datetime(2027, 2, 28, 23, 15, tzinfo=UTC)
    yesterday = validate_case({**FORM, "date": "28-02-2027", "time": "23:59"},
                              rules(AFTER_MIDNIGHT))
    assert yesterday.occurred_at < AFTER_MIDNIGHT
    with pytest.raises(CaseInvalid) as later_today:
        validate_case({**FORM, "date": "01-03-2027", "time": "00:50"}, rules(AFTER_MIDNIGHT))
    assert set(later_today.value.errors) == {"time"}
    with pytest.raises(CaseInvalid) as tomorrow:
        validate_case({**FORM, "date": "02-03-2027", "time": "00:10"}, rules(AFTER_MIDNIGHT))
    assert set(tomorrow.value.errors) == {"date"}


def test_the_hour_that_happens_twice_in_october_is_not_in_the_future() -> None:
    # 02:10 CET, the second time 02:10 happens on 25 October 2026 (01:10 UTC).
    now = datetime(2026, 10, 25, 1, 10, tzinfo=UTC)
    case = validate_case({**FORM, "date": "25-10-2026", "time": "02:05"}, rules(now))
    assert case.occurred_at <= now


# -- follow-ups and referrals are due on local days ---------------------------------------------


@pytest.fixture
def store() -> object:
    s = open_store()
    yield s
    s.close()


def test_a_follow_up_for_today_is_due_in_the_hour_after_midnight(
    store: Store, frozen_clock: FrozenClock
) -> None:
    frozen_clock.set(AFTER_MIDNIGHT)
    repo = CaseRepository(store)
    at = {**FORM, "date": "28-02-2027", "time": "10:00", "outcome": "follow_up"}
    due_today = repo.save(validate_case({**at, "follow_up_on": "01-03-2027"},
                                        rules(AFTER_MIDNIGHT)))
    repo.save(validate_case({**at, "follow_up_on": "02-03-2027"}, rules(AFTER_MIDNIGHT)))
    # No date given: the query asks the clock, whose today is 1 March, not 28 February.
    due = repo.page(CaseQuery(follow_up_due=True)).rows
    assert [row[1] for row in due] == [due_today]
    assert [r["id"] for r in repo.follow_ups_due(frozen_clock.today())] == [due_today]


def test_a_referral_is_due_on_a_local_day() -> None:
    # The status was set at 00:30 on 22 February (local), still 21 February in UTC.
    changed = datetime(2027, 2, 21, 23, 30, tzinfo=UTC)
    assert follow_up_due(changed, 7) == date(2027, 3, 1)
    limit = stale_before(date(2027, 3, 1), 7)
    assert changed < limit  # due on 1 March, so stale on 1 March ...
    assert not changed < stale_before(date(2027, 2, 28), 7)  # ... and not a day earlier


# -- statistics count in local months, on the desk and on the server ------------------------------


def test_a_contact_after_midnight_on_the_first_counts_in_the_new_month() -> None:
    record = CaseRecord(AFTER_MIDNIGHT, "A", "counter", "together", ("topic:Belastingen",))
    march = compute([record], [], Filters.between(date(2027, 3, 1), date(2027, 3, 31)))
    february = compute([record], [], Filters.between(date(2027, 2, 1), date(2027, 2, 28)))
    assert march.cases == 1 and february.cases == 0
    by_month = march.table("cases_by_month")
    assert by_month.rows == ("2027-03",)


def test_the_server_counts_the_same_contact_in_the_same_month() -> None:
    body = {"occurred_at": "2027-02-28T23:30:00Z", "outcome": "together", "channel": "counter",
            "topics": ["topic:Belastingen"], "guide_session": None, "training": False}
    cells = contributions("case", "kortrijk", "balie", body, str(uuid.uuid4()), UNRESTRICTED)
    months = {key[1] for key, _record_key in cells}
    assert months == {"2027-03"}
    referral = {"created_at": "2026-07-31T22:30:00Z", "status": "sent", "service_id": "svc",
                "urgency": "normal", "municipality": "kortrijk", "needs": [], "barriers": [],
                "status_history": []}
    cells = contributions("referral", "kortrijk", "", referral, str(uuid.uuid4()), UNRESTRICTED)
    assert {key[1] for key, _record_key in cells} == {"2026-08"}


def test_stats_period_bounds_are_local_midnights() -> None:
    late = CaseRecord(datetime(2026, 10, 31, 22, 59, tzinfo=UTC), "A", "counter", "together")
    early = CaseRecord(datetime(2026, 10, 31, 23, 0, tzinfo=UTC), "A", "counter", "together")
    # CET again after 25 October: 22:59 UTC on the 31st is 23:59 local, 23:00 UTC is midnight.
    october = compute([late, early], [], Filters.between(date(2026, 10, 1), date(2026, 10, 31)))
    assert october.cases == 1
    assert start_of_day(date(2026, 11, 1)) - timedelta(minutes=1) == late.occurred_at
