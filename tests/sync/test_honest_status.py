"""A referral is "Verstuurd" only once the central service has accepted it (issue #15).

Versturen puts it in the outbox; until the server acknowledges that entry the
desk shows "Klaar om te versturen" everywhere: in the list, in the letter's
warning and in the statistics (which do not count it yet). Probed on an
unenrolled desk, with a push the server refuses, and with a push it accepts.
"""

from __future__ import annotations

import dataclasses
import json

from desk.domain.days import local_date
from desk.domain.periods import Period
from desk.domain.stats import Filters
from desk.store import stats_queries
from desk.store.referrals import ReferralQuery, ReferralRepository
from desk.store.store import Store
from tests.referrals_store.helpers import NOW, personal

from .conftest import Desk
from .test_engine import run

# The year the helper's referrals are made in (not today's: in January they differ).
PERIOD = Filters(Period.containing(local_date(NOW), "year"))


def _submit(store: Store) -> str:
    referral = dataclasses.replace(personal(), office="balie")
    return ReferralRepository(store).submit(referral, by="Elke").id


def _shown(store: Store, referral_id: str) -> tuple[str, str]:
    repo = ReferralRepository(store)
    [row] = [r for r in repo.find(ReferralQuery()) if r.id == referral_id]
    return repo.get(referral_id).shown_status, row.shown_status


def _counted(store: Store) -> int:
    refs = stats_queries.load_referrals(store.conn(), PERIOD)
    assert refs is not None
    return len(refs)


def test_an_unenrolled_desk_never_calls_a_referral_sent(store: Store,
                                                        memory_keyring: object) -> None:
    referral_id = _submit(store)
    assert ReferralRepository(store).get(referral_id).referral.status == "sent"
    assert _shown(store, referral_id) == ("ready_to_send", "ready_to_send")
    assert _counted(store) == 0
    assert stats_queries.load(store.conn(), PERIOD).unsent == 1
    report, _data = stats_queries.local_report(store.conn(), PERIOD)
    assert any("klaar staan om te versturen" in m for m in report.messages)


def test_accepted_by_the_server_it_is_sent(desk: Desk) -> None:
    referral_id = _submit(desk.store)
    assert _shown(desk.store, referral_id) == ("ready_to_send", "ready_to_send")
    report = run(desk)
    assert report.ok and report.accepted == 1
    assert _shown(desk.store, referral_id) == ("sent", "sent")
    assert _counted(desk.store) == 1
    assert stats_queries.load(desk.store.conn(), PERIOD).unsent == 0


def test_refused_by_the_server_it_stays_ready_to_send(desk: Desk) -> None:
    referral_id = _submit(desk.store)
    payload = json.loads(desk.store.conn().execute(
        "SELECT payload FROM outbox WHERE record_id = ?", (referral_id,)).fetchone()[0])
    payload["urgency"] = "whenever"  # not in the vocabulary: the server refuses it
    with desk.store.tx() as conn:
        conn.execute("UPDATE outbox SET payload = ? WHERE record_id = ?",
                     (json.dumps(payload), referral_id))
    report = run(desk)
    assert report.rejected == 1 and report.accepted == 0
    stored = ReferralRepository(desk.store).get(referral_id)
    assert stored.sync_state == "quarantined"
    assert _shown(desk.store, referral_id) == ("ready_to_send", "ready_to_send")
    assert _counted(desk.store) == 0


def test_a_later_change_does_not_unsend_an_accepted_referral(desk: Desk) -> None:
    referral_id = _submit(desk.store)
    assert run(desk).accepted == 1
    ReferralRepository(desk.store).change_status(referral_id, "cancelled", by="Elke")
    stored = ReferralRepository(desk.store).get(referral_id)
    assert stored.sync_state == "pending" and stored.accepted
    assert stored.shown_status == "cancelled"
