from __future__ import annotations

from pathlib import Path

from desk.logsetup import rotate


def test_log_rotates_at_start_and_keeps_a_few(tmp_path: Path) -> None:
    log = tmp_path / "desk.log"
    log.write_text("klein\n")
    assert not rotate(log, max_bytes=100, backups=3)
    for n in range(5):
        log.write_text(f"run {n}\n" * 50)
        assert rotate(log, max_bytes=100, backups=3)
        assert not log.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["desk.log.1", "desk.log.2", "desk.log.3"]
    assert (tmp_path / "desk.log.1").read_text().startswith("run 4")
    assert (tmp_path / "desk.log.3").read_text().startswith("run 2")


def test_missing_log_is_not_an_error(tmp_path: Path) -> None:
    assert not rotate(tmp_path / "nothing.log")
