"""A real keyring: Secret Service from gnome-keyring on a private D-Bus session bus.

The test starts its own ``dbus-daemon`` and ``gnome-keyring-daemon`` (in a
temporary HOME), so it never touches a developer's keyring. Where they are
not installed the test is skipped and says that only the in-memory/file
backends were exercised.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desk import secrets
from desk.app import sync as service
from desk.config import load_config
from desk.sync.enrollment import TOKEN_NAME, enroll

from .conftest import LiveCentral, Sleeps, add_cases, client

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    missing = [b for b in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(b) is None]
    if missing:
        pytest.skip(
            f"no real keyring test: {', '.join(missing)} not installed; only the in-memory "
            "and file keyring backends were exercised"
        )
    home = tmp_path / "kr-home"
    run = tmp_path / "kr-run"
    home.mkdir()
    run.mkdir(mode=0o700)
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(run),
               XDG_DATA_HOME=str(home / ".local" / "share"))  # fmt: skip
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    daemon: subprocess.Popen[str] | None = None
    before = keyring.get_keyring()
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()  # printed once the bus listens
        assert address.startswith("unix:"), address
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env,
        )  # fmt: skip
        assert daemon.stdin is not None and daemon.stdout is not None
        daemon.stdin.write("test-password")
        daemon.stdin.close()
        daemon.stdout.read()  # the daemon closes stdout once it is initialised
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        keyring.set_keyring(backend)
        info = secrets.backend_info()
        print(f"\nreal keyring backend: {info.name} ({info.label}), encrypts={info.encrypts}")
        yield address
    finally:
        keyring.set_keyring(before)
        for proc in (daemon, bus):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)
        if bus.stdout is not None:
            bus.stdout.close()
        if daemon is not None:
            for stream in (daemon.stdout, daemon.stderr):
                if stream is not None:
                    stream.close()


def test_enroll_and_sync_with_gnome_keyring(secret_service: str, store, central: LiveCentral,
                                            sleeps: Sleeps):  # fmt: skip
    info = secrets.backend_info()
    assert info.usable and info.encrypts
    assert "Secret Service" in info.label
    c = client(central.url, None, sleeps)
    try:
        enroll(store, c, central.code())
    finally:
        c.close()
    token = secrets.get_secret(TOKEN_NAME)
    assert token and token.startswith("dct_")
    import secretstorage

    bus = secretstorage.dbus_init()
    try:
        found = list(secretstorage.search_items(bus, {"service": "desk", "username": TOKEN_NAME}))
        assert len(found) == 1 and found[0].get_secret().decode() == token
    finally:
        bus.close()
    add_cases(store, 3)
    report = service.sync_once(store, load_config())
    assert report.ok and report.accepted == 3
    status = service.status(store, load_config())
    assert status["token_present"] is True and "Secret Service" in status["keyring"]["where"]
