"""installer/machine_config.py: MSI properties -> C:\\ProgramData\\Desk\\desk.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from desk.config import read_file


def test_fresh_file_gets_the_given_keys(machine_config_module: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "Desk" / "desk.toml"
    rc = machine_config_module.main([
        str(path), "org=harelbeke", "office=stadhuis", "server_url=https://desk.example.org",
        "ca_bundle=", "retention_days=60",
    ])
    assert rc == 0
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {"org": "harelbeke", "office": "stadhuis",
                    "server_url": "https://desk.example.org", "retention_days": 60}
    values, problems = read_file(path, layer="machine")
    assert problems == [] and values["retention_days"] == 60


def test_keep_and_empty_leave_an_existing_file_untouched(
    machine_config_module: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "desk.toml"
    original = '# IT edited this\norg = "menen"\nlocked = ["org"]\nretention_days = 30\n'
    path.write_text(original, encoding="utf-8")
    rc = machine_config_module.main([str(path), "org=keep", "office=", "server_url=keep",
                                     "ca_bundle=keep", "retention_days=keep"])
    assert rc == 0
    assert path.read_text(encoding="utf-8") == original


def test_given_keys_replace_their_line_and_everything_else_is_kept(
    machine_config_module: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "desk.toml"
    path.write_text('# comment\norg = "menen"\n# org = "old"\nlocked = ["org"]\n\n[extra]\nx = 1\n',
                    encoding="utf-8")
    assert machine_config_module.main([str(path), "org=wervik", "office=bib"]) == 0
    text = path.read_text(encoding="utf-8")
    assert text == ('# comment\norg = "wervik"\n# org = "old"\nlocked = ["org"]\n\n'
                    'office = "bib"\n[extra]\nx = 1\n')


@pytest.mark.parametrize(
    "pair",
    ["org=Harelbeke!", "server_url=ftp://x", "retention_days=abc", "retention_days=0",
     "retention_days=99999", "retention_days=366", 'office=a"b', "office=Sociaal Huis",
     "colour=blue"],
)
def test_bad_values_write_nothing_and_say_why(
    machine_config_module: ModuleType, tmp_path: Path, pair: str,
    capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.toml"
    path.write_text('org = "menen"\n', encoding="utf-8")
    assert machine_config_module.main([str(path), pair]) == 2
    assert path.read_text(encoding="utf-8") == 'org = "menen"\n'
    err = capsys.readouterr().err
    assert "NIET geschreven" in err
    assert pair.split("=")[0] in err
    assert "NIET geschreven" in (tmp_path / "install-config.log").read_text(encoding="utf-8")


def test_missing_ca_file_is_a_warning_not_a_failure(
    machine_config_module: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.toml"
    ca = tmp_path / "nope.pem"
    assert machine_config_module.main([str(path), f"ca_bundle={ca}"]) == 0
    assert "bestaat (nog) niet" in capsys.readouterr().err
    assert tomllib.loads(path.read_text(encoding="utf-8"))["ca_bundle"] == str(ca)


def test_windows_paths_survive_toml_escaping(
    machine_config_module: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "desk.toml"
    assert machine_config_module.main([str(path), r"ca_bundle=C:\ProgramData\Desk\ca.pem"]) == 0
    assert tomllib.loads(path.read_text(encoding="utf-8"))["ca_bundle"] == r"C:\ProgramData\Desk\ca.pem"
