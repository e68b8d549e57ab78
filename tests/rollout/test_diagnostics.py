"""The helpdesk report holds facts, never personal data or secrets (canary test)."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk import secrets
from desk.app import diagnostics
from desk.cli import main as desk_main
from desk.config import load_config
from desk.domain.cases import Rules, validate_case
from desk.store.cases import CaseRepository
from desk.store.store import open_store
from desk.sync.enrollment import TOKEN_NAME

from .conftest import MemoryKeyring

CANARY_NAME = "Griselda Kanarievogel"
CANARY_NOTE = "belt terug op 0478 12 34 56, mail griselda.kanarie@example.be, RR 85.07.30-033.61"
CANARY_TOKEN = "tok_CANARY_7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a"
PROXY_USER = "proxykanarie"
PROXY_PASSWORD = "Wachtw00rdKanarie"
STAFF = "Bieke Kanarie-Baliemedewerker"
CONFLICT_SECRET = "Conflict-Kanarie Vandewalle"

FORBIDDEN = [
    CANARY_NAME, "Kanarievogel", "0478 12 34 56", "griselda", "85.07.30-033.61",
    CANARY_TOKEN, "7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c2e", PROXY_USER, PROXY_PASSWORD,
    STAFF, "Bieke", CONFLICT_SECRET, "Vandewalle",
]


@pytest.fixture
def canary_profile(desk_profile: Path, machine_config: Path, memory_keyring: MemoryKeyring,
                   monkeypatch: pytest.MonkeyPatch) -> Path:
    machine_config.write_text(
        'org = "harelbeke"\noffice = "stadhuis"\n'
        'server_url = "https://desk.example.org"\n'
        f'proxy = "http://{PROXY_USER}:{PROXY_PASSWORD}@proxy.example.org:3128"\n'
        'retention_days = 60\nlocked = ["server_url"]\n',
        encoding="utf-8",
    )
    desk_profile.mkdir(parents=True, exist_ok=True)
    (desk_profile / "settings.toml").write_text(f'staff_name = "{STAFF}"\n', encoding="utf-8")
    store = open_store()
    try:
        case = validate_case(
            {"date": "27-11-2026", "time": "10:15", "office": "stadhuis", "staff": "BK",
             "channel": "counter", "topics": "Belastingen", "outcome": "follow_up",
             "follow_up_on": "04-12-2026", "duration_min": "12",
             "citizen_ref": CANARY_NAME, "notes": CANARY_NOTE},
            Rules(topics=("Belastingen",), now=datetime(2026, 11, 28, 10, 0, tzinfo=UTC)),
        )
        CaseRepository(store).save(case)
        store.set_meta("central.device_id", "5d0c3c1e-0000-4000-8000-000000000001")
        store.set_meta("central.server", "https://desk.example.org")
        store.set_meta("sync.last_success", "2026-11-28T09:00:00Z")
        store.set_meta("sync.last_error", f"401 from server (token {CANARY_TOKEN})")
        store.set_meta("sync.conflict.abc", json.dumps({"citizen_ref": CONFLICT_SECRET}))
    finally:
        store.close()
    secrets.set_secret(TOKEN_NAME, CANARY_TOKEN)
    # Something logged personal data by mistake: the report must still not carry it.
    log_file = desk_profile / "logs" / "desk.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("a", encoding="utf-8") as fh:
        fh.write("2026-11-28 10:00:00,000 INFO desk.test: started\n")
        fh.write(f"2026-11-28 10:00:01,000 WARNING desk.test: oops {CANARY_NOTE}\n")
        fh.write(f"2026-11-28 10:00:02,000 WARNING desk.test: Authorization: Bearer {CANARY_TOKEN}\n")
        fh.write("2026-11-28 10:00:03,000 INFO desk.test: case 5d0c3c1e-0000-4000-8000-00000000000a saved\n")
    return desk_profile


def _zip_text(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        assert set(zf.namelist()) == {"LEESMIJ.txt", "summary.txt", "diagnostics.json",
                                      "desk-log.txt"}
        return "\n".join(zf.read(n).decode("utf-8") for n in zf.namelist())


def _assert_clean(text: str) -> None:
    lowered = text.lower()
    for canary in FORBIDDEN:
        assert canary.lower() not in lowered, f"diagnostics leak: {canary!r}"


def test_cli_zip_has_facts_and_no_personal_data_or_secrets(
    canary_profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "diag.zip"
    assert desk_main(["diagnostics", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    _assert_clean(printed)
    text = _zip_text(out)
    _assert_clean(text)

    with zipfile.ZipFile(out) as zf:
        data = json.loads(zf.read("diagnostics.json"))
        log_text = zf.read("desk-log.txt").decode()
    assert data["database"]["schema_current"] is True
    assert data["database"]["integrity_check"] == ["ok"]
    assert data["database"]["quick_check"] == ["ok"]
    assert data["database"]["tables"]["cases"] == 1
    assert data["sync"]["pending"] == 1
    assert data["sync"]["enrolled"] is True
    assert data["sync"]["last_sync"] == "2026-11-28T09:00:00Z"
    assert data["sync"]["conflicts"] == 1
    assert data["config"]["values"]["org"] == "harelbeke"
    assert data["config"]["values"]["retention_days"] == 60
    assert data["config"]["values"]["locked"] == ["server_url"]
    assert data["config"]["values"]["staff_name"] == "(ingesteld)"
    assert "proxy.example.org:3128" in data["config"]["values"]["proxy"]
    assert data["keyring"]["backend"].endswith("MemoryKeyring")
    assert data["desk"]["version"]
    # The log keeps its useful lines: ids and levels survive the scrubbing.
    assert "5d0c3c1e-0000-4000-8000-00000000000a saved" in log_text
    assert "desk.test: started" in log_text
    assert "Diagnosebestand:" in printed


def test_report_opens_the_database_read_only(canary_profile: Path) -> None:
    db = canary_profile / "desk.db"
    before = db.stat().st_mtime_ns
    diagnostics.Diagnostics.for_this_desk().collect(load_config())
    assert db.stat().st_mtime_ns == before


def test_report_without_a_database_creates_none(desk_profile: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.zip"
    diagnostics.write_zip(diagnostics.Diagnostics.for_this_desk().collect(load_config()), out)
    assert not (desk_profile / "desk.db").exists()
    data = json.loads(zipfile.ZipFile(out).read("diagnostics.json"))
    assert data["database"]["exists"] is False


def test_config_problems_are_reported(machine_config: Path, tmp_path: Path) -> None:
    machine_config.write_text('retention_days = "lang"\nfoo = 1\n', encoding="utf-8")
    report = diagnostics.Diagnostics.for_this_desk().collect(load_config())
    problems = report.config["problems"]
    assert any("retention_days" in p for p in problems)
    assert any("foo" in p for p in problems)
    assert "Configuratieproblemen: 2" in diagnostics.summary(report)


@pytest.mark.parametrize(
    ("raw", "gone", "kept"),
    [
        ("http://user:secret@proxy:8080", "secret", "proxy:8080"),
        ("token=abc123def", "abc123def", "token="),
        ("mail jan.peeters@gemeente.be", "jan.peeters", "mail"),
        ("rr 850730 033 61 ok", "850730", "ok"),
        ("gsm +32 478 12 34 56.", "478 12 34 56", "gsm"),
        ("key A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7", "A1b2C3d4E5f6", "key"),
        ("case 3f2504e0-4f89-41d3-9a0c-0305e82c3301 ok", "", "3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
        ("File /opt/desk/_internal/desk/store/migrate.py, line 3", "", "/opt/desk/_internal/desk/store/migrate.py"),
    ],
)
def test_scrub(raw: str, gone: str, kept: str) -> None:
    out = diagnostics.scrub(raw)
    if gone:
        assert gone not in out
    assert kept in out


def test_home_folder_is_shown_as_tilde(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/jan.peeters")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: Path("/home/jan.peeters")))
    assert diagnostics.scrub("/home/jan.peeters/.local/share/Desk/desk.db") == (
        "~/.local/share/Desk/desk.db"
    )


def test_cli_json_never_imports_qt(canary_profile: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys, io, contextlib\n"
        "from desk.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        "    rc = main(['diagnostics', '--json'])\n"
        "assert rc == 0, rc\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
        "print(len(buf.getvalue()))\n"
    )
    env = dict(__import__("os").environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 500
