"""Render every Desk screen in one language at one scale factor; report clipped text.

Run in a subprocess (the scale factor must be set before QApplication exists)::

    QT_SCALE_FACTOR=2 python tests/a11y/layout_probe.py --language fr --out DIR

Writes DIR/<language>-x<scale>[-font<f>]-<screen>.png for each screen and prints
one JSON object: {"screens": [...], "problems": {screen: [...]}}.
DESK_HOME and DESK_CONFIG must point at a throwaway profile.

With ``--fit 1366x768`` it checks a small laptop instead: the offscreen screen is
that size less a 40-pixel taskbar (``--taskbar``), the main window opens at the
size Desk picks itself, and every window must lie, frame included, inside the
free area with its action buttons in view. With ``--platform xcb`` the probe runs
on the X server in ``DISPLAY`` (Xvfb with a window manager): real frames, a real
taskbar area, and screenshots of the whole screen.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

SCREEN_CONFIG = {"screens": [{"name": "desk-probe", "x": 0, "y": 0, "width": 3840,
                              "height": 2160, "logicalDpi": 96, "logicalBaseDpi": 96,
                              "dpr": 1}]}


#: The smallest screen Desk supports (logical pixels): a common counter laptop.
SMALL_SCREEN = (1366, 768)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--window", default="1100x720")
    parser.add_argument("--fit", default="", help="a laptop screen, e.g. 1366x768")
    parser.add_argument("--taskbar", type=int, default=40)
    parser.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    if args.platform == "offscreen":
        screen = dict(SCREEN_CONFIG["screens"][0])
        if args.fit:
            # Offscreen screens have no taskbar: the screen is what a taskbar leaves.
            width, height = (int(v) for v in args.fit.split("x"))
            screen.update(name=f"laptop-{args.fit}", width=width, height=height - args.taskbar)
        config = args.out / f"offscreen-screen-{args.fit or 'large'}.json"
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    else:
        os.environ["QT_QPA_PLATFORM"] = "xcb"

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    if args.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)  # what a larger system font does to every widget

    from clipping import clipped_text, fit_problems
    from walk import Walk, close_context, make_context

    from desk.ui.i18n import install_translations
    from desk.ui.theme import apply_theme

    install_translations(app, args.language)
    apply_theme(app, high_contrast=False)

    def wait(predicate: Any, timeout: int) -> None:
        deadline = time.monotonic() + timeout / 1000
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("layout probe: the screen did not get ready")
            QTest.qWait(10)

    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    prefix = f"{args.language}-x{scale}" + (f"-font{args.font_scale:g}"
                                            if args.font_scale != 1.0 else "")
    if args.fit:
        prefix = f"fit-{args.platform}-{args.fit}-{args.language}"
    ctx = make_context(str(args.out / f"{prefix}-ui.ini"))
    walk = Walk(ctx, wait)
    if args.fit:
        walk.build(None)  # the size Desk picks on this screen
    else:
        width, height = (int(v) for v in args.window.split("x"))
        walk.build((width, height))
    report: dict[str, Any] = {"screens": [], "problems": {}, "files": []}
    for number, screen in enumerate(walk.screens()):
        QTest.qWait(30)  # let layouts settle after the last change
        if args.platform == "xcb":
            _wait_for_frame(screen.widget, wait)
        name = f"{prefix}-{number:02d}-{_slug(screen.name)}.png"
        if args.platform == "xcb":  # the whole screen: frames, title bars, what is cut
            app.primaryScreen().grabWindow(0).save(str(args.out / name))
        else:
            screen.widget.grab().save(str(args.out / name))
        report["screens"].append(screen.name)
        report["files"].append(name)
        problems = clipped_text(screen.widget)
        if args.fit:
            problems += fit_problems(screen.widget)
        else:
            smallest = screen.widget.minimumSizeHint().expandedTo(screen.widget.minimumSize())
            if args.font_scale == 1.0 and (smallest.width() > SMALL_SCREEN[0]
                                           or smallest.height() > SMALL_SCREEN[1]):
                problems.append(f"needs at least {smallest.width()}x{smallest.height()}: does "
                                f"not fit a {SMALL_SCREEN[0]}x{SMALL_SCREEN[1]} screen")
        if problems:
            report["problems"][screen.name] = problems
    walk.close_dialogs()
    walk.settle()
    close_context(ctx)
    print(json.dumps(report, ensure_ascii=False))
    return 0


def _wait_for_frame(window: Any, wait: Any) -> None:
    """Under a window manager: until the window is framed, and Desk has fitted it again."""
    from PySide6.QtTest import QTest

    def framed() -> bool:
        return bool(window.frameGeometry() != window.geometry())

    try:
        wait(framed, 3000)
    except TimeoutError:
        pass  # no frame (the window manager left it bare): the assumed frame is checked
    QTest.qWait(400)  # desk.ui.fit checks again 250 ms after showing


if __name__ == "__main__":
    sys.exit(main())
