"""Fixtures for the referral store tests: a store, and a keyring that is or is not there."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from desk.store.referrals import ReferralRepository
from desk.store.store import Store, open_store

from .helpers import MemoryKeyring


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring(restore_keyring: None) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def fail_keyring(restore_keyring: None) -> KeyringBackend:
    from keyring.backends import fail

    backend = fail.Keyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store()
    yield s
    s.close()


@pytest.fixture
def repo(store: Store, memory_keyring: MemoryKeyring) -> ReferralRepository:
    return ReferralRepository(store)
