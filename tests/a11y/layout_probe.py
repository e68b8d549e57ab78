"""Render every Desk screen in one language at one scale factor; report clipped text.

Run in a subprocess (the scale factor must be set before QApplication exists)::

    QT_SCALE_FACTOR=2 python tests/a11y/layout_probe.py --language fr --out DIR

Writes DIR/<language>-x<scale>[-font<f>]-<screen>.png for each screen and prints
one JSON object: {"screens": [...], "problems": {screen: [...]}}.
DESK_HOME and DESK_CONFIG must point at a throwaway profile.
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
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    config = args.out / "offscreen-screen.json"
    config.write_text(json.dumps(SCREEN_CONFIG), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    if args.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)  # what a larger system font does to every widget

    from clipping import clipped_text
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
    ctx = make_context(str(args.out / f"{prefix}-ui.ini"))
    width, height = (int(v) for v in args.window.split("x"))
    walk = Walk(ctx, wait)
    walk.build((width, height))
    report: dict[str, Any] = {"screens": [], "problems": {}, "files": []}
    for number, screen in enumerate(walk.screens()):
        QTest.qWait(30)  # let layouts settle after the last change
        name = f"{prefix}-{number:02d}-{_slug(screen.name)}.png"
        screen.widget.grab().save(str(args.out / name))
        report["screens"].append(screen.name)
        report["files"].append(name)
        problems = clipped_text(screen.widget)
        smallest = screen.widget.minimumSizeHint().expandedTo(screen.widget.minimumSize())
        if args.font_scale == 1.0 and (smallest.width() > SMALL_SCREEN[0]
                                       or smallest.height() > SMALL_SCREEN[1]):
            problems.append(f"needs at least {smallest.width()}x{smallest.height()}: does not "
                            f"fit a {SMALL_SCREEN[0]}x{SMALL_SCREEN[1]} screen")
        if problems:
            report["problems"][screen.name] = problems
    walk.close_dialogs()
    walk.settle()
    close_context(ctx)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
