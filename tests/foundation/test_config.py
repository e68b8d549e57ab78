from __future__ import annotations

from pathlib import Path

import pytest

from desk.config import load_config, save_user_setting
from desk.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_files(tmp_path: Path) -> None:
    cfg = load_config(tmp_path / "none.toml", tmp_path / "none2.toml")
    assert cfg.retention_days == 90
    assert cfg.language == "nl"
    assert cfg.problems == ()


def test_user_overrides_unlocked_but_not_locked(tmp_path: Path) -> None:
    machine = write(tmp_path / "m.toml", """
org = "harelbeke"
office = "stadhuis"
server_url = "https://central.example.org"
locked = ["server_url"]
""")
    user = write(tmp_path / "u.toml", """
office = "sociaal-huis"
server_url = "https://elsewhere.example.org"
""")
    cfg = load_config(machine, user)
    assert cfg.org == "harelbeke"
    assert cfg.office == "sociaal-huis"  # unlocked: user wins
    assert cfg.server_url == "https://central.example.org"  # locked: machine wins
    assert cfg.is_locked("server_url")


def test_user_cannot_set_machine_only_keys(tmp_path: Path) -> None:
    user = write(tmp_path / "u.toml", 'retention_days = 5\norg = "x"\n')
    cfg = load_config(tmp_path / "m.toml", user)
    assert cfg.retention_days == 90
    assert cfg.org == ""
    assert [p.line for p in cfg.problems] == [1, 2]


def test_bad_toml_names_file_and_line_and_uses_defaults(tmp_path: Path) -> None:
    machine = write(tmp_path / "m.toml", 'org = "kortrijk"\noffice = \n')
    before = machine.read_bytes()
    cfg = load_config(machine, tmp_path / "u.toml")
    assert cfg.org == ""  # the whole broken file is ignored
    (problem,) = cfg.problems
    assert problem.path == str(machine)
    assert problem.line == 2
    assert f"{machine}:2" in problem.message
    assert machine.read_bytes() == before  # never overwritten


def test_unknown_key_and_wrong_type_name_key_and_line(tmp_path: Path) -> None:
    machine = write(tmp_path / "m.toml", """org = "menen"
retention_days = "ninety"
colour = "blue"
office = "balie"
""")
    cfg = load_config(machine, tmp_path / "u.toml")
    assert cfg.org == "menen" and cfg.office == "balie"
    assert cfg.retention_days == 90
    by_key = {p.key: p for p in cfg.problems}
    assert by_key["retention_days"].line == 2
    assert "geheel getal" in by_key["retention_days"].message
    assert by_key["colour"].line == 3
    assert "onbekende sleutel" in by_key["colour"].message


def test_out_of_range_and_bad_url(tmp_path: Path) -> None:
    machine = write(tmp_path / "m.toml", 'retention_days = 0\nserver_url = "ftp://x"\n')
    cfg = load_config(machine, tmp_path / "u.toml")
    assert cfg.retention_days == 90 and cfg.server_url == ""
    assert {p.key for p in cfg.problems} == {"retention_days", "server_url"}


def test_retention_keeps_the_consent_texts_promise(tmp_path: Path) -> None:
    """The consent text promises 12 months at most: 365 days is the longest a desk keeps."""
    machine = write(tmp_path / "m.toml", "retention_days = 365\n")
    assert load_config(machine, tmp_path / "u.toml").retention_days == 365
    write(machine, "retention_days = 366\n")
    cfg = load_config(machine, tmp_path / "u.toml")
    assert cfg.retention_days == 90
    assert [p.key for p in cfg.problems] == ["retention_days"]
    assert "1 en 365" in str(cfg.problems[0].message)


def test_invalid_utf8_is_reported(tmp_path: Path) -> None:
    machine = tmp_path / "m.toml"
    machine.write_bytes(b'org = "\xff"\n')
    cfg = load_config(machine, tmp_path / "u.toml")
    assert "UTF-8" in cfg.problems[0].message


def test_save_user_setting_roundtrip_and_locks(tmp_path: Path) -> None:
    machine = write(tmp_path / "m.toml", 'locked = ["language"]\n')
    user = tmp_path / "u.toml"
    cfg = load_config(machine, user)
    cfg = save_user_setting(cfg, "staff_name", 'An "V"', path=user)
    assert cfg.staff_name == 'An "V"'
    assert load_config(machine, user).staff_name == 'An "V"'
    with pytest.raises(ConfigError, match="vergrendeld"):
        save_user_setting(cfg, "language", "fr", path=user)
    with pytest.raises(ConfigError, match="geen gebruikersinstelling"):
        save_user_setting(cfg, "retention_days", 10, path=user)


def test_save_refuses_to_overwrite_broken_user_file(tmp_path: Path) -> None:
    user = write(tmp_path / "u.toml", "staff_name = \n")
    cfg = load_config(tmp_path / "m.toml", user)
    with pytest.raises(ConfigError, match="overschrijft"):
        save_user_setting(cfg, "staff_name", "An", path=user)
    assert user.read_text() == "staff_name = \n"


def test_env_var_points_to_machine_config(machine_config: Path) -> None:
    write(machine_config, 'org = "wevelgem"\n')
    assert load_config().org == "wevelgem"


def test_office_names_where_codes_belong_are_refused_with_file_and_line(tmp_path: Path) -> None:
    """A name ("Stadhuis") where a code belongs made every record bounce off the server;
    the configuration now says so at start, with the file and the line."""
    machine = write(tmp_path / "m.toml",
                    'org = "menen"\noffices = ["stadhuis", "Sociaal Huis"]\noffice = "Balie"\n')
    cfg = load_config(machine, tmp_path / "u.toml")
    assert cfg.offices == () and cfg.office == ""
    problems = {p.key: p for p in cfg.problems}
    assert set(problems) == {"offices", "office"}
    assert problems["offices"].line == 2 and problems["office"].line == 3
    assert "kantoorcodes" in str(problems["offices"].message)
    good = write(tmp_path / "ok.toml", 'offices = ["menen-stadhuis", "menen_ocmw"]\n')
    assert load_config(good, tmp_path / "u.toml").offices == ("menen-stadhuis", "menen_ocmw")
    with pytest.raises(ConfigError):
        save_user_setting(load_config(good, tmp_path / "u.toml"), "office", "Stadhuis",
                          tmp_path / "u.toml")
