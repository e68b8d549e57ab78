from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import desk
from desk.cli import COMMANDS, main


def run_desk(*args: str, env: dict[str, str] | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True,
                          text=True, env=full_env, timeout=timeout)


def test_version() -> None:
    out = run_desk("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"desk {desk.__version__}"


def test_subcommands_never_import_qt() -> None:
    code = (
        "import sys, desk.cli, contextlib, io\n"
        "for name in desk.cli.COMMANDS:\n"
        "    try:\n"
        "        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "            desk.cli.main([name, '--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout.strip() == "[]"


def test_unavailable_command_says_so(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(COMMANDS, "nothing", ("desk.commands.does_not_exist", "x"))
    assert main(["nothing"]) == 2
    assert "nog niet beschikbaar" in capsys.readouterr().err


def test_quit_when_ready_prints_timings_and_creates_profile(desk_profile: Path) -> None:
    out = run_desk("--quit-when-ready", env={"QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == {"first_paint_ms", "ready_ms"}
    assert 0 < data["first_paint_ms"] <= data["ready_ms"]
    assert (desk_profile / "desk.db").exists()
    assert (desk_profile / "logs" / "desk.log").exists()


def test_quit_when_ready_with_bad_config_still_starts(machine_config: Path) -> None:
    machine_config.write_text("org = \n", encoding="utf-8")
    out = run_desk("--quit-when-ready", env={"QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1])["ready_ms"] > 0
    assert machine_config.read_text(encoding="utf-8") == "org = \n"


def test_corrupt_database_exits_non_zero_with_dutch_message(desk_profile: Path) -> None:
    desk_profile.mkdir(parents=True)
    (desk_profile / "desk.db").write_bytes(b"garbage" * 500)
    out = run_desk("--quit-when-ready", env={"QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 2
    assert "beschadigd" in out.stderr
    assert (desk_profile / "desk.db").read_bytes() == b"garbage" * 500
    log = (desk_profile / "logs" / "desk.log").read_text(encoding="utf-8")
    assert "store could not be opened" in log


def test_missing_display_is_a_clear_error() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    out = subprocess.run([sys.executable, "-m", "desk"], capture_output=True, text=True,
                         env=env, timeout=60)
    assert out.returncode == 2
    assert "geen beeldscherm" in out.stderr


def test_piping_into_a_closed_reader_is_quiet() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "desk", "guides", "list"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before desk writes, like `| head -0`
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err
    assert proc.returncode == 0


def test_export_routes_cases_and_referrals(tmp_path: Path) -> None:
    for what in ("cases", "referrals"):
        out = tmp_path / f"{what}.csv"
        res = run_desk("export", what, "--out", str(out))
        assert res.returncode == 0, res.stderr
        head = out.read_bytes()[:20]
        assert head.startswith(b"\xef\xbb\xbfid;"), head
    res = run_desk("export", "referrals", "--out", str(tmp_path / "x.csv"), "--from", "01/11/2026")
    assert res.returncode != 0 and "--from" in res.stderr
