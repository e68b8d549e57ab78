"""Property tests of the retention rule over sequences of edit / sync / refusal / clock / purge.

For any sequence: the purge never removes a contact reference whose latest
change has not reached the server, never removes one before ``retention_days``
after its record was last changed and synced, and always removes it (from the
record, the database file and its WAL) once that time has passed.

"Sync" is the store's side of it (:class:`desk.store.outbox.OutboxTx.ack`,
``quarantine``), as the engine calls it: fast enough for many sequences.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from desk import clock
from desk.clock import FrozenClock
from desk.store.cases import CaseRepository
from desk.store.outbox import Outbox
from desk.store.retention import purge_personal
from desk.store.store import Store, open_store
from tests.support.clock import TEST_NOW

from .conftest import case_values
from .retention_helpers import sync_all

DAYS = 30  # shorter than the default, so sequences cross it often


@dataclass
class Model:
    """What the person wrote and what the server has acknowledged, per case."""

    ref: str | None = None
    #: Changes not acknowledged yet: waiting, and refused (quarantined).
    waiting: int = 0
    refused: int = 0
    #: When the latest change became synced (None: never, or a newer one waits).
    synced_at: datetime | None = None
    #: Every value this case ever had (all must be gone once it is purged).
    history: tuple[str, ...] = ()

    @property
    def pending(self) -> bool:
        return bool(self.waiting or self.refused)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A migrated, empty desk database, copied for every sequence (migrating is slow)."""
    folder = tmp_path_factory.mktemp("retention-template")
    import os

    old = os.environ.get("DESK_HOME")
    os.environ["DESK_HOME"] = str(folder)
    try:
        open_store(folder / "desk.db").close()
    finally:
        if old is None:
            os.environ.pop("DESK_HOME")
        else:
            os.environ["DESK_HOME"] = old
    yield folder / "desk.db"


def test_the_purge_keeps_what_waits_and_removes_what_expired(
    template: Path, tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    runs = itertools.count()

    class Retention(RuleBasedStateMachine):
        cases = Bundle("cases")

        @initialize()
        def fresh_store(self) -> None:
            frozen_clock.set(TEST_NOW)
            folder = tmp_path / f"run-{next(runs)}"
            folder.mkdir()
            shutil.copy(template, folder / "desk.db")
            self.folder = folder
            self.store: Store = open_store(folder / "desk.db")
            self.repo = CaseRepository(self.store)
            self.model: dict[str, Model] = {}
            self.values = itertools.count()

        def teardown(self) -> None:
            if hasattr(self, "store"):
                self.store.close()

        def _value(self) -> str:
            return f"Ref-{next(self.values):04d}-Kanarie"

        @rule(target=cases, with_ref=st.booleans())
        def add(self, with_ref: bool) -> str:
            ref = self._value() if with_ref else None
            case_id = self.repo.save(case_values(citizen_ref=ref))
            self.model[case_id] = Model(ref=ref, waiting=1, history=(ref,) if ref else ())
            return case_id

        @rule(case_id=cases, with_ref=st.booleans())
        def edit(self, case_id: str, with_ref: bool) -> None:
            ref = self._value() if with_ref else None
            self.repo.save(case_values(citizen_ref=ref, notes="bewerkt"), case_id=case_id)
            m = self.model[case_id]
            m.ref, m.waiting, m.synced_at = ref, m.waiting + 1, None
            if ref:
                m.history += (ref,)

        @rule()
        def sync(self) -> None:
            sync_all(self.store)
            for m in self.model.values():
                if m.waiting:  # acknowledging a later change drops the refused ones
                    m.waiting = m.refused = 0
                    m.synced_at = clock.now()

        @rule(case_id=cases)
        def refuse(self, case_id: str) -> None:
            outbox = Outbox(self.store)
            entry = next((e for e in outbox.next_batch(500) if e.record_id == case_id), None)
            if entry is None:
                return
            with outbox.tx() as tx:
                tx.quarantine(entry, "invalid_body: test")
            m = self.model[case_id]
            m.waiting, m.refused = m.waiting - 1, m.refused + 1

        @rule(days=st.integers(0, 45), hours=st.integers(0, 23))
        def advance(self, days: int, hours: int) -> None:
            frozen_clock.advance(days=days, hours=hours)

        @rule()
        def purge(self) -> None:
            result = purge_personal(self.store, DAYS, backup_dir=self.folder / "backups")
            now = clock.now()
            expired = [i for i, m in self.model.items() if m.ref and not m.pending
                       and m.synced_at is not None and now - m.synced_at >= timedelta(days=DAYS)]
            assert result.cases == len(expired)
            blob = b"".join(p.read_bytes() for p in self.folder.glob("desk.db*"))
            for case_id in expired:
                self.model[case_id].ref = None
            for case_id, m in self.model.items():
                if m.ref is None and m.history and not m.pending and case_id in expired:
                    for value in m.history:
                        assert value.encode() not in blob, f"{value} still on disk"

        @invariant()
        def stored_as_modelled(self) -> None:
            if not hasattr(self, "store"):
                return
            for case_id, m in self.model.items():
                row = self.repo.get(case_id)
                assert row is not None
                assert row["citizen_ref"] == m.ref, (case_id, m)

    run_state_machine_as_test(
        Retention,
        settings=settings(max_examples=150, stateful_step_count=30, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture]),
    )
