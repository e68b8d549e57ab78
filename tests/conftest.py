"""Test setup shared by the whole suite.

Every test gets an isolated temporary profile (``DESK_HOME``) and machine
config (``DESK_CONFIG``), so no test can see another's data or the real
user's. Tests that leave threads running fail.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk import clock as desk_clock
from tests.support.clock import TEST_NOW
from tests.support.keyrings import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch a real keyring unless a test sets one up on purpose.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("TZ", "Europe/Brussels")

ARTIFACTS = Path(os.environ.get("DESK_TEST_ARTIFACTS", Path(__file__).parent.parent / "test-artifacts"))


def pytest_report_header(config: pytest.Config) -> str:
    return (f"frozen clock: {TEST_NOW.isoformat()} "
            f"(replay with DESK_TEST_NOW={TEST_NOW.isoformat().replace('+00:00', 'Z')})")


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[desk_clock.FrozenClock]:
    """Every test lives at the suite's frozen moment; move it with ``set``/``advance``."""
    frozen = desk_clock.FrozenClock(TEST_NOW)
    previous = desk_clock.install(frozen)
    yield frozen
    desk_clock.install(previous)


@pytest.fixture(autouse=True)
def desk_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "profile"
    monkeypatch.setenv("DESK_HOME", str(home))
    monkeypatch.setenv("DESK_CONFIG", str(tmp_path / "machine" / "desk.toml"))
    yield home


@pytest.fixture
def machine_config(tmp_path: Path) -> Path:
    """Path of this test's machine config file (not created)."""
    path = tmp_path / "machine" / "desk.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(autouse=True)
def no_thread_leaks() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leaked = []
    for thread in threading.enumerate():
        if thread in before or isinstance(thread, threading._DummyThread):  # type: ignore[attr-defined]
            continue
        thread.join(timeout=5)
        if thread.is_alive():
            leaked.append(thread.name)
    busy = []
    worker_mod = sys.modules.get("desk.ui.worker")
    if worker_mod is not None:
        for worker in list(worker_mod.LIVE_WORKERS):
            if worker.pool.activeThreadCount():
                worker.shutdown(5000)
                busy.append(repr(worker))
    assert not leaked, f"test left threads running: {leaked}"
    assert not busy, f"test left background jobs running: {busy}"


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Put back whatever keyring backend was active before the test."""
    import keyring

    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring(restore_keyring: None) -> MemoryKeyring:
    """A working keyring that lives in memory for this test only."""
    import keyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def fail_keyring(restore_keyring: None) -> object:
    """No usable keyring at all, as on a machine without a keyring service."""
    import keyring
    from keyring.backends import fail

    backend = fail.Keyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
