"""``desk sync`` and ``desk status --json`` through their run() and the CLI."""

from __future__ import annotations

import argparse
import json

import pytest

from desk.commands import status as status_cmd
from desk.commands import sync as sync_cmd

from .conftest import Desk, add_cases, json_fault

pytestmark = pytest.mark.timeout(90)


def status_json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert status_cmd.run(argparse.Namespace(json=True)) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_sync_command_exits_0_when_nothing_is_left(desk: Desk, capsys):
    add_cases(desk.store, 3)
    assert sync_cmd.run(argparse.Namespace(quiet=False)) == 0
    assert "3 verzonden" in capsys.readouterr().out
    data = status_json(capsys)
    assert data["pending"] == 0 and data["quarantined"] == 0
    assert data["last_sync"] and data["server"] == desk.central.url
    assert data["org"] == "harelbeke" and data["device_id"]
    assert data["enrolled"] is True and data["token_present"] is True
    assert desk.token not in json.dumps(data)


def test_sync_command_fails_while_something_is_pending(desk: Desk, capsys):
    add_cases(desk.store, 2)
    desk.central.faults.add(*[json_fault("/v1/push", 401, "revoked") for _ in range(2)])
    code = sync_cmd.run(argparse.Namespace(quiet=False))
    err = capsys.readouterr().err
    assert code != 0
    assert "opnieuw aan" in err and "2 in wachtrij" in err
    data = status_json(capsys)
    assert data["pending"] == 2 and data["last_error"]


def test_sync_command_reports_quarantine(desk: Desk, capsys):
    add_cases(desk.store, 2)
    with desk.store.tx() as conn:
        conn.execute("UPDATE outbox SET payload = '{\"x\": 1}' WHERE seq = 1")
    assert sync_cmd.run(argparse.Namespace(quiet=True)) == 1
    assert "quarantaine" in capsys.readouterr().err
    assert status_json(capsys)["quarantined"] == 1


def test_status_json_before_enrollment(capsys):
    data = status_json(capsys)
    for key in ("pending", "quarantined", "last_sync", "server", "device_id", "org"):
        assert key in data
    assert data["enrolled"] is False and data["pending"] == 0 and data["last_sync"] is None


def test_sync_without_enrollment_is_a_clear_message(capsys):
    from desk.cli import main

    assert main(["sync"]) != 0
    assert "niet aangemeld" in capsys.readouterr().err


def test_sync_in_training_profile_is_refused(desk: Desk, capsys):
    from desk.cli import main

    desk.store.set_meta("training", "1")
    assert main(["sync"]) != 0
    assert "oefenprofiel" in capsys.readouterr().err
    assert "/v1/push" not in desk.central.faults.seen


def test_status_text(desk: Desk, capsys):
    assert status_cmd.run(argparse.Namespace(json=False)) == 0
    out = capsys.readouterr().out
    assert "harelbeke" in out and "In wachtrij" in out
