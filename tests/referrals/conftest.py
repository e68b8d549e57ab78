"""Fixtures for the referral, directory, consent, letter and crypto tests."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from desk.domain.directory import Directory, load_directory

from .helpers import RESOURCES, MemoryKeyring


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Put back whatever keyring backend was active before the test."""
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


@pytest.fixture(scope="session")
def directory() -> Directory:
    return load_directory(RESOURCES / "directory" / "partners.json")
