"""Fixtures for the referral, directory, consent, letter and crypto tests."""

from __future__ import annotations

import pytest

from desk.domain.directory import Directory, load_directory

from .helpers import RESOURCES


@pytest.fixture(scope="session")
def directory() -> Directory:
    return load_directory(RESOURCES / "directory" / "partners.json")
