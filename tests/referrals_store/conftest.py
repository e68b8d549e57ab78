"""Fixtures for the referral store tests: a store, and a keyring that is or is not there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk.store.referrals import ReferralRepository
from desk.store.store import Store, open_store

from .helpers import MemoryKeyring


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store()
    yield s
    s.close()


@pytest.fixture
def repo(store: Store, memory_keyring: MemoryKeyring) -> ReferralRepository:
    return ReferralRepository(store)
