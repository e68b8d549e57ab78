"""The wheel carries resources/ and guides/: Desk works from a plain ``pip install .``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_ships_assets_and_resolves_them(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if out.returncode != 0 and "hatchling" in out.stderr:
        out = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
             "-w", str(tmp_path / "dist"), str(ROOT)],
            capture_output=True, text=True, timeout=300,
        )
    assert out.returncode == 0, out.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("desk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("desk/_data/resources/") for n in names)
    assert sum(n.startswith("desk/_data/guides/") and n.endswith(".md") for n in names) >= 15
    assert "desk/store/migrations/script.py.mako" in names
    assert "desk/store/migrations/env.py" in names
    # No development code: the translation tooling lives in tools/, outside the package.
    dev_code = [n for n in names if n.endswith(".py")
                and re.search(r"(^|/)(tools|tests?|bench)/|_tools\.py$|(^|/)dev\.py$", n)]
    assert dev_code == []
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import desk.paths as p; print(p.resources_dir()); print(p.shipped_guides_dir())"
    )
    env = dict(os.environ, PYTHONPATH=str(site))
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, cwd=tmp_path, check=True, timeout=60)
    resources, guides = res.stdout.split()
    assert resources == str(site / "desk" / "_data" / "resources")
    assert guides == str(site / "desk" / "_data" / "guides")
    # the installed copy migrates a fresh profile and starts
    res = subprocess.run([sys.executable, "-m", "desk", "--quit-when-ready"],
                         capture_output=True, text=True, env=dict(env, QT_QPA_PLATFORM="offscreen"),
                         cwd=tmp_path, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "ready_ms" in res.stdout
