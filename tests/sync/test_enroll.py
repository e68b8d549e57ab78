"""Enrollment: token only in the keyring, clear Dutch refusals, local data kept."""

from __future__ import annotations

import argparse
import sqlite3

import pytest

from desk import secrets
from desk.store.store import Store
from desk.sync.client import Refused
from desk.sync.enrollment import Enrollment, TrainingProfile, enroll

from .conftest import LiveCentral, MemoryKeyring, Sleeps, add_cases, client

pytestmark = pytest.mark.timeout(60)


def _dump(store: Store) -> str:
    conn = sqlite3.connect(store.path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_enroll_keeps_token_only_in_keyring(
    store: Store, central: LiveCentral, memory_keyring: MemoryKeyring, sleeps: Sleeps
):
    c = client(central.url, None, sleeps)
    try:
        done = enroll(store, c, central.code())
    finally:
        c.close()
    token = memory_keyring.store[("desk", "device_token")]
    assert token.startswith("dct_")
    assert done.org == "harelbeke" and done.office == "balie" and done.server == central.url
    assert Enrollment.load(store) == done
    assert token not in _dump(store)
    assert not any(token in p.read_bytes().decode("latin-1") for p in store.path.parent.rglob("*")
                   if p.is_file())  # fmt: skip


def test_wrong_code_is_refused_clearly(
    store: Store, central: LiveCentral, memory_keyring: MemoryKeyring, sleeps: Sleeps
):
    c = client(central.url, None, sleeps)
    try:
        with pytest.raises(Refused) as err:
            enroll(store, c, "AAAA-BBBB-CCCC-DDDD")
    finally:
        c.close()
    assert "weigerde" in err.value.message
    assert Enrollment.load(store) is None
    assert memory_keyring.store == {}


def test_no_keyring_is_a_dutch_message_and_the_code_is_not_spent(
    store: Store, central: LiveCentral, fail_keyring: None, sleeps: Sleeps
):
    code = central.code()
    c = client(central.url, None, sleeps)
    try:
        with pytest.raises(secrets.KeyringUnavailable) as err:
            enroll(store, c, code)
    finally:
        c.close()
    assert "sleutelbos" in err.value.message and "zonder verbinding" in err.value.message
    assert Enrollment.load(store) is None
    assert central.faults.seen == []  # nothing was sent: the code still works
    # the app keeps working offline: local writes still go to the outbox
    add_cases(store, 1)
    assert store.outbox_counts() == {"pending": 1}


def test_reenroll_keeps_local_data(
    store: Store, central: LiveCentral, memory_keyring: MemoryKeyring, sleeps: Sleeps
):
    c = client(central.url, None, sleeps)
    try:
        first = enroll(store, c, central.code())
        add_cases(store, 3)
        second = enroll(store, c, central.code())
    finally:
        c.close()
    assert second.device_id != first.device_id
    assert store.outbox_counts() == {"pending": 3}
    assert store.conn().execute("SELECT count(*) FROM cases").fetchone()[0] == 3


def test_training_profile_never_enrolls(
    store: Store, central: LiveCentral, memory_keyring: MemoryKeyring, sleeps: Sleeps
):
    store.set_meta("training", "1")
    c = client(central.url, None, sleeps)
    try:
        with pytest.raises(TrainingProfile, match="oefenprofiel"):
            enroll(store, c, central.code())
    finally:
        c.close()
    assert central.faults.seen == []


def test_enroll_command(central: LiveCentral, memory_keyring: MemoryKeyring, capsys):
    from desk.commands import enroll as cmd

    code = cmd.run(argparse.Namespace(server=central.url, code=central.code()))
    out = capsys.readouterr().out
    assert code == 0
    assert "harelbeke" in out and "sleutel" in out
    assert ("desk", "device_token") in memory_keyring.store


def test_enroll_command_uses_server_from_config(
    central: LiveCentral, memory_keyring: MemoryKeyring, machine_config, capsys
):
    from desk.commands import enroll as cmd

    machine_config.write_text(f'server_url = "{central.url}"\n', encoding="utf-8")
    assert cmd.run(argparse.Namespace(server="", code=central.code())) == 0


def test_enroll_command_without_keyring_fails_through_cli(central: LiveCentral, fail_keyring,
                                                          capsys):  # fmt: skip
    from desk.cli import main

    code = main(["enroll", "--server", central.url, "--code", central.code()])
    err = capsys.readouterr().err
    assert code != 0
    assert "sleutelbos" in err
