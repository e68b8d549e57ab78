"""The core's staff-facing messages (store, config, sync) are translatable ``msg()`` messages.

Each stays the same Dutch ``str`` for the log, the command line and older
tests, and keeps its template and arguments for the UI's ``tr_message``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.config import load_config, save_user_setting
from desk.errors import ConfigError, StoreError
from desk.messages import Message
from desk.secrets import KeyringUnavailable
from desk.store import db
from desk.sync.client import Cancelled
from desk.sync.engine import SyncReport


def test_network_share_refusal_is_a_message_with_the_share_as_data(tmp_path: Path) -> None:
    share = tmp_path / "share"
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//fileserver/profiles {share} cifs rw 0 0\n")
    with pytest.raises(StoreError) as caught:
        db.open_database(share / "desk" / "desk.db", mounts_file=mounts)
    message = caught.value.message
    assert isinstance(message, Message)
    assert message.template.startswith("De databank staat op een netwerkschijf ({0}): {1}. ")
    reason, folder = message.args
    # The reason is a message of its own (translated on its own); the folder is data.
    assert isinstance(reason, Message) and reason.template == "bestandssysteem {0}"
    assert reason.args == ("cifs",)
    assert folder == str(share / "desk")
    assert str(message) == (
        f"De databank staat op een netwerkschijf (bestandssysteem cifs): {share / 'desk'}. "
        "Desk bewaart zijn gegevens alleen op een lokale schijf, omdat een netwerkschijf "
        "gegevens kan beschadigen. Stel DESK_HOME in op een lokale map."
    )


def test_config_problem_is_a_message_with_file_line_and_key_as_data(machine_config: Path) -> None:
    machine_config.write_text('org = "menen"\ncolour = "blauw"\nretention_days = "veel"\n',
                              encoding="utf-8")  # fmt: skip
    problems = {p.key: p for p in load_config().problems}
    unknown = problems["colour"].message
    assert isinstance(unknown, Message)
    assert unknown.template == "{0}: onbekende sleutel '{1}' wordt genegeerd"
    assert unknown.args == (f"{machine_config}:2", "colour")
    assert str(unknown) == f"{machine_config}:2: onbekende sleutel 'colour' wordt genegeerd"
    wrong = problems["retention_days"].message
    assert isinstance(wrong, Message)
    assert wrong.template == "{0}: '{1}' moet een geheel getal zijn; standaardwaarde gebruikt"
    assert str(wrong) == (
        f"{machine_config}:3: 'retention_days' moet een geheel getal zijn; "
        "standaardwaarde gebruikt"
    )


def test_config_value_out_of_range_and_refused_setting(machine_config: Path) -> None:
    machine_config.write_text("retention_days = 99999\nlocked = [\"office\"]\n", encoding="utf-8")
    config = load_config()
    (problem,) = config.problems
    assert isinstance(problem.message, Message)
    assert problem.message.template == (
        "{0}: '{1}' moet tussen {2} en {3} liggen; standaardwaarde gebruikt"
    )
    assert str(problem.message) == (
        f"{machine_config}:1: 'retention_days' moet tussen 1 en 365 liggen; "
        "standaardwaarde gebruikt"
    )
    with pytest.raises(ConfigError) as caught:
        save_user_setting(config, "office", "balie")
    assert isinstance(caught.value.message, Message)
    assert caught.value.message.template == "'{0}' is vergrendeld door de IT-dienst"
    assert caught.value.message == "'office' is vergrendeld door de IT-dienst"


def test_sync_summary_parts_are_messages_and_summary_stays_dutch() -> None:
    report = SyncReport(accepted=3, duplicates=1, pulled=5, rejected=1, conflicts=2, pending=7,
                        quarantined=1)  # fmt: skip
    parts = report.summary_parts()
    assert all(isinstance(p, Message) for p in parts)
    assert [(p.template, p.args) for p in parts] == [
        ("{0} verzonden", (4,)),
        ("{0} ontvangen", (5,)),
        ("{0} geweigerd", (1,)),
        ("{0} conflict(en)", (2,)),
        ("{0} in wachtrij", (7,)),
        ("{0} wachten op een oplossing (Synchronisatieproblemen)", (1,)),
    ]
    assert report.summary() == (
        "4 verzonden, 5 ontvangen, 1 geweigerd, 2 conflict(en), 7 in wachtrij, "
        "1 wachten op een oplossing (Synchronisatieproblemen)"
    )
    quiet = SyncReport()
    assert [p.template for p in quiet.summary_parts()] == [
        "{0} verzonden", "{0} ontvangen", "{0} in wachtrij"]  # fmt: skip
    assert quiet.summary() == "0 verzonden, 0 ontvangen, 0 in wachtrij"


def test_errors_keep_the_message_object() -> None:
    error = KeyringUnavailable(detail="test")
    assert isinstance(error.message, Message)
    assert error.message.startswith("Desk kan geen geheimen veilig bewaren op deze computer.")
    cancelled = Cancelled()
    assert isinstance(cancelled.message, Message) and cancelled.message.args == ()
    assert str(cancelled) == cancelled.message == (
        "Synchronisatie geannuleerd. Uw gegevens blijven bewaard op deze computer en worden "
        "later verzonden."
    )
