"""A laptop-sized X server with a window manager, for tests that need real window frames.

:func:`laptop_display` starts ``Xvfb`` at a given size and ``openbox`` on it, with
a strip at the bottom reserved the way a taskbar reserves it (openbox's
``<margins>``, which it announces in ``_NET_WORKAREA``, so Qt's
``QScreen.availableGeometry()`` leaves it out). Without Xvfb or openbox the
caller skips; in CI that is a failure, because CI installs both (``dev.py``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

#: Openbox's default configuration on Debian; the margins are the only change.
OPENBOX_RC = Path("/etc/xdg/openbox/rc.xml")


def missing(*programs: str) -> None:
    """Skip (or, in CI, fail) when one of *programs* is not installed."""
    absent = [p for p in programs if shutil.which(p) is None]
    if not absent:
        return
    message = "not installed: " + ", ".join(absent) + " (python3 dev.py test installs them)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def openbox_config(folder: Path, taskbar: int) -> Path:
    """An openbox rc.xml that keeps *taskbar* pixels free at the bottom of the screen."""
    margins = (f"<margins><top>0</top><bottom>{taskbar}</bottom>"
               "<left>0</left><right>0</right></margins>")
    if OPENBOX_RC.is_file():
        text = OPENBOX_RC.read_text(encoding="utf-8")
        text, found = re.subn(r"<margins>.*?</margins>", margins, text, flags=re.S)
        if not found:
            text = text.replace("</openbox_config>", margins + "</openbox_config>")
    else:
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<openbox_config xmlns="http://openbox.org/3.4/rc">'
                f"{margins}</openbox_config>")
    path = folder / "openbox-rc.xml"
    path.write_text(text, encoding="utf-8")
    return path


def _free_display() -> int:
    for number in range(140, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() \
                and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number between :140 and :199")


def _work_area(display: str) -> str:
    result = subprocess.run(["xprop", "-root", "_NET_WORKAREA"], env=dict(os.environ,
                            DISPLAY=display), capture_output=True, text=True, timeout=10)
    return result.stdout


@contextmanager
def laptop_display(folder: Path, size: str, taskbar: int = 40) -> Iterator[str]:
    """``DISPLAY`` of a fresh *size* (``1366x768``) X server with openbox; stopped after."""
    missing("Xvfb", "openbox", "xprop")
    problems: list[str] = []
    for _attempt in range(3):  # a display number taken meanwhile: another one
        started = _start(folder, size, taskbar, problems)
        if started is None:
            continue
        display, processes = started
        try:
            yield display
        finally:
            _stop(processes)
        return
    raise RuntimeError("no X server with openbox: " + "; ".join(problems))


def _start(folder: Path, size: str, taskbar: int,
           problems: list[str]) -> tuple[str, list[subprocess.Popen[bytes]]] | None:
    number = _free_display()
    display = f":{number}"
    log = folder / f"xserver-{number}.log"
    with log.open("ab") as out:
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24",
                                 "-nolisten", "tcp"], stdout=out, stderr=out)
    processes = [xvfb]
    env = dict(os.environ, DISPLAY=display)
    deadline = time.monotonic() + 60  # two cores shared by many: be patient
    # The socket appears before the server answers; openbox gives up on a silent one.
    while subprocess.run(["xprop", "-root", "-len", "0"], env=env, capture_output=True,
                         timeout=10, check=False).returncode != 0:
        if xvfb.poll() is not None or time.monotonic() > deadline:
            problems.append(f"Xvfb on {display}: {log.read_text(errors='replace')[-300:]}")
            _stop(processes)
            return None
        time.sleep(0.1)
    with log.open("ab") as out:
        openbox = subprocess.Popen(
            ["openbox", "--config-file", str(openbox_config(folder, taskbar))],
            env=env, stdout=out, stderr=out)
    processes.insert(0, openbox)
    # Ready when openbox has announced the work area without the taskbar.
    width, height = (int(v) for v in size.split("x"))
    wanted = f"0, 0, {width}, {height - taskbar}"
    while wanted not in _work_area(display):
        if openbox.poll() is not None or time.monotonic() > deadline:
            problems.append(f"openbox on {display}: {log.read_text(errors='replace')[-300:]}")
            _stop(processes)
            return None
        time.sleep(0.1)
    return display, processes


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
