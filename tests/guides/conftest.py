"""Fixtures for the guide tests."""

from __future__ import annotations

import pytest

from tests.guides.support import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
