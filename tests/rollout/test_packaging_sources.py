"""Static checks of the installer sources: config template, WiX source, spec."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desk.config import KEYS, read_file

from .conftest import INSTALLER, ROOT

ORGS = {"anzegem", "avelgem", "deerlijk", "harelbeke", "kortrijk", "kuurne", "lendelede",
        "menen", "spiere-helkijn", "waregem", "wevelgem", "zwevegem", "wervik", "w13", "leiedal"}
UPGRADE_CODE = "8C48606D-41E7-4F23-A44E-800880FA5EE3"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def test_linux_template_documents_every_key_commented_out() -> None:
    text = (INSTALLER / "linux" / "desk.toml").read_text(encoding="utf-8")
    assert tomllib.loads(text) == {}, "every key must be commented out"
    for key in KEYS:
        assert re.search(rf"^# {key} = ", text, re.MULTILINE), f"{key} missing from template"


def test_linux_template_examples_are_valid_when_uncommented(tmp_path: Path) -> None:
    text = (INSTALLER / "linux" / "desk.toml").read_text(encoding="utf-8")
    keys = "|".join(KEYS)
    enabled = re.sub(rf"^# ({keys}) = ", r"\1 = ", text, flags=re.MULTILINE)
    path = tmp_path / "desk.toml"
    path.write_text(enabled, encoding="utf-8")
    values, problems = read_file(path, layer="machine")
    assert problems == []
    assert set(values) == set(KEYS)


def _wxs() -> ET.Element:
    return ET.parse(INSTALLER / "windows" / "desk.wxs").getroot()


def test_wxs_upgrade_code_is_stable_and_major_upgrade_present() -> None:
    product = _wxs().find(f"{WIX}Product")
    assert product is not None
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert product.get("Id") == "*"
    assert product.find(f"{WIX}MajorUpgrade") is not None
    package = product.find(f"{WIX}Package")
    assert package is not None and package.get("InstallScope") == "perMachine"


def test_wxs_properties_conditions_and_custom_action() -> None:
    product = _wxs().find(f"{WIX}Product")
    assert product is not None
    props = {p.get("Id"): p for p in product.findall(f"{WIX}Property")}
    names = ["DESK_ORG", "DESK_OFFICE", "DESK_SERVER", "DESK_CA_BUNDLE", "DESK_RETENTION_DAYS"]
    for name in names:
        assert props[name].get("Value") == "keep"
        assert props[name].get("Secure") == "yes"
    conditions = [c.text or "" for c in product.findall(f"{WIX}Condition")]
    org_condition = next(c for c in conditions if "DESK_ORG" in c)
    assert set(re.findall(r'DESK_ORG="([a-z0-9-]+)"', org_condition)) == ORGS | {"keep"}
    assert all(c.startswith("Installed OR ") for c in conditions)
    action = product.find(f"{WIX}CustomAction")
    assert action is not None
    command = action.get("ExeCommand") or ""
    for key, prop in zip(["org", "office", "server_url", "ca_bundle", "retention_days"], names,
                         strict=True):
        assert f'"{key}=[{prop}]"' in command
    assert action.get("Impersonate") == "no" and action.get("Execute") == "deferred"


@pytest.mark.skipif(not shutil.which("wixl"), reason="msitools (wixl) not installed")
def test_wixl_builds_the_msi_over_a_stand_in_tree(tmp_path: Path) -> None:
    bundle = tmp_path / "desk"
    (bundle / "_internal" / "sub").mkdir(parents=True)
    (bundle / "desk.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "a.txt").write_text("a")
    (bundle / "_internal" / "sub" / "b.txt").write_text("b")
    msi = tmp_path / "desk.msi"
    subprocess.run([str(INSTALLER / "windows" / "wixl-build.sh"), str(bundle), str(msi), "1.2.3"],
                   check=True, capture_output=True, timeout=120)
    table = subprocess.run(["msiinfo", "export", str(msi), "Property"], check=True,
                           capture_output=True, text=True).stdout
    props = dict(line.split("\t", 1) for line in table.splitlines()[3:] if "\t" in line)
    assert props["UpgradeCode"] == "{" + UPGRADE_CODE + "}"
    assert props["ProductVersion"] == "1.2.3"
    for name in ["DESK_ORG", "DESK_OFFICE", "DESK_SERVER", "DESK_CA_BUNDLE", "DESK_RETENTION_DAYS"]:
        assert props[name] == "keep"


def test_spec_keeps_the_wheel_layout_for_data() -> None:
    spec = (INSTALLER / "desk.spec").read_text(encoding="utf-8")
    assert '"desk/_data/guides"' in spec and '"desk/_data/resources"' in spec
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force == {"resources": "desk/_data/resources", "guides": "desk/_data/guides"}
