"""Every main screen, in Dutch and French, at scale factor 1 and 2 (and with a larger
system font): no text is clipped or elided, and nothing needs a bigger screen than a
1366x768 counter laptop.

And on such laptops (1280x720 and 1366x768, a 40-pixel taskbar), every window and
dialog opens inside the free part of the screen, frame included, with its action
buttons and the status bar in view: offscreen, and under Xvfb with a real window
manager (openbox), as a worker would see it.

Each combination runs tests/a11y/layout_probe.py in a subprocess, because
``QT_SCALE_FACTOR`` and the screen only work when set before the QApplication
exists. The screenshots are kept under ``test-artifacts/layout/`` for a person to
look at.
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
            "quick log", "quick log, errors shown", "enrollment", "manual", "first run",
            "first run, name needed", "handout print preview"}

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


def _probe(out: Path, home: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    run_env = dict(env or os.environ, DESK_HOME=str(home / "home"),
                   DESK_CONFIG=str(home / "machine.toml"))
    result = subprocess.run([sys.executable, str(PROBE), "--out", str(out), *args],
                            env=run_env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert EXPECTED <= set(report["screens"]), report["screens"]
    for name in report["files"]:
        assert (out / name).stat().st_size > 1000, name
    return report


LAPTOPS = [("nl", "1280x720"), ("fr", "1280x720"), ("nl", "1366x768"), ("fr", "1366x768")]


@pytest.mark.parametrize(("language", "screen"), LAPTOPS)
def test_every_window_fits_a_laptop(tmp_path: Path, artifacts_dir: Path, language: str,
                                    screen: str) -> None:
    out = artifacts_dir / "layout"
    report = _probe(out, tmp_path, "--language", language, "--fit", screen)
    problems = [f"  {name}: {p}" for name, found in report["problems"].items() for p in found]
    assert not problems, f"does not fit {screen} ({language}):\n" + "\n".join(problems)


@pytest.mark.xvfb
@pytest.mark.parametrize(("language", "screen"), LAPTOPS)
def test_every_window_fits_under_a_window_manager(tmp_path: Path, artifacts_dir: Path,
                                                  language: str, screen: str) -> None:
    """The same on a real X server with openbox: real title bars, a real work area."""
    from tests.support.xserver import laptop_display

    out = artifacts_dir / "layout"
    with laptop_display(tmp_path, screen) as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        report = _probe(out, tmp_path, "--language", language, "--fit", screen,
                        "--platform", "xcb", env=env)
    problems = [f"  {name}: {p}" for name, found in report["problems"].items() for p in found]
    assert not problems, (f"does not fit {screen} under openbox ({language}):\n"
                          + "\n".join(problems))


def test_the_fit_check_sees_what_does_not_fit(qtbot: Any) -> None:
    """A window taller than the free area, and a button beyond the window's edge, are
    found; :func:`desk.ui.fit.fit` moves and shrinks a window that can be smaller."""
    from PySide6.QtWidgets import QDialog

    from desk.ui import fit

    from .clipping import fit_problems

    dialog = QDialog()
    qtbot.addWidget(dialog)
    room = fit.room(dialog)
    tall = QLabel("Een venster dat hoger is dan het scherm", dialog)
    tall.setMinimumHeight(room.height() + 50)
    QVBoxLayout(dialog).addWidget(tall)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = fit_problems(dialog)
    assert any("is not inside the free screen area" in p for p in found), found
    assert any("needs at least" in p for p in found), found

    cut = QDialog()
    qtbot.addWidget(cut)
    button = QPushButton("Versturen", cut)
    cut.resize(300, 200)
    button.setGeometry(250, 150, 120, 30)  # half beyond the right edge
    free = fit.available(cut)
    cut.move(free.x() + 100, free.y() + 100)
    cut.show()
    qtbot.waitExposed(cut)
    assert any("button cut off" in p and "Versturen" in p for p in fit_problems(cut))

    large = QDialog()
    qtbot.addWidget(large)
    large.resize(room.width() + 200, room.height() + 200)
    large.move(free.x() + 300, free.y() + 300)
    large.show()
    qtbot.waitExposed(large)
    assert not fit.inside(large)
    fit.fit(large)  # what the application does to every window it shows
    assert fit.inside(large) and not fit_problems(large)


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


def test_a_dialog_the_window_manager_put_aside_goes_back_over_its_window(qtbot: Any) -> None:
    """Openbox put a dialog shown during start-up in the corner of the screen, away
    from the window it belongs to; Desk puts it back in the middle of that window."""
    from PySide6.QtWidgets import QDialog, QMainWindow

    from desk.ui import fit

    window = QMainWindow()
    qtbot.addWidget(window)
    free = fit.available(window)
    window.setGeometry(free.x() + 200, free.y() + 100, 700, 450)
    window.show()
    qtbot.waitExposed(window)
    dialog = QDialog(window)
    dialog.resize(300, 150)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.move(free.topLeft())  # where the window manager put it
    fit.centre_on_parent(dialog)
    outer = dialog.geometry().marginsAdded(fit.frame_margins(dialog))
    assert abs(outer.center().x() - window.frameGeometry().center().x()) <= 2
    assert abs(outer.center().y() - window.frameGeometry().center().y()) <= 2
