"""Every main screen, in Dutch and French, at scale factor 1 and 2 (and with a larger
system font): no text is clipped or elided, and nothing needs a bigger screen than a
1366x768 counter laptop.

Each combination runs tests/a11y/layout_probe.py in a subprocess, because
``QT_SCALE_FACTOR`` only works when set before the QApplication exists. The
screenshots are kept under ``test-artifacts/layout/`` for a person to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from .clipping import clipped_text

PROBE = Path(__file__).with_name("layout_probe.py")

#: What every run must have rendered (a shorter walk would check nothing).
EXPECTED = {"main window: guides", "guide runner: step", "citizen view", "main window: cases",
            "main window: referrals", "referral form", "main window: stats", "settings",
            "quick log", "quick log, errors shown", "enrollment"}

@pytest.mark.parametrize(("language", "scale", "font_scale"), [
    ("nl", "1", 1.0), ("fr", "1", 1.0), ("nl", "2", 1.0), ("fr", "2", 1.0),
    ("nl", "1", 1.5), ("fr", "1", 1.5),
])
def test_no_clipped_text(tmp_path: Path, artifacts_dir: Path, language: str, scale: str,
                         font_scale: float) -> None:
    out = artifacts_dir / "layout"
    env = dict(os.environ, QT_SCALE_FACTOR=scale, DESK_HOME=str(tmp_path / "home"),
               DESK_CONFIG=str(tmp_path / "machine.toml"))
    # A larger system font needs a larger window, as a user with such a font would have.
    window = "1100x720" if font_scale == 1.0 else "1650x1000"
    result = subprocess.run(
        [sys.executable, str(PROBE), "--language", language, "--out", str(out),
         "--font-scale", str(font_scale), "--window", window],
        env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert EXPECTED <= set(report["screens"]), report["screens"]
    for name in report["files"]:
        assert (out / name).stat().st_size > 1000, name
    problems = [f"  {screen}: {p}" for screen, found in report["problems"].items()
                for p in found]
    assert not problems, (f"clipped text ({language}, x{scale}, font x{font_scale}):\n"
                          + "\n".join(problems))


def test_the_probe_sees_clipped_text(qtbot: Any) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    narrow = QLabel("Een tekst die niet in veertig pixels past", root)
    narrow.setFixedWidth(40)
    wrapped = QLabel("Een lange tekst die over verschillende regels loopt " * 4, root)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    button = QPushButton("Contacten exporteren naar CSV", root)
    button.setFixedWidth(50)
    fits = QLabel("Past", root)
    for widget in (narrow, wrapped, button, fits):
        layout.addWidget(widget)
    root.resize(400, 300)
    root.show()
    qtbot.waitExposed(root)
    found = clipped_text(root)
    assert len(found) == 3, found
    assert any("veertig" in p for p in found) and any("exporteren" in p for p in found)
    assert any("wrapped text needs" in p for p in found)
