"""Start-up benchmark: a bare PySide6 window versus ``desk --quit-when-ready``.

Not a test. Runs both alternately in one process tree (at least 5 runs each),
and prints the medians and ratios of first paint, ready and peak RSS.

    .venv/bin/python tests/bench/startup.py [--runs 7] [--profile DIR]

``--profile`` reuses an existing DESK_HOME (for example one filled with
``desk demo-data --cases 100000``); by default a fresh temporary profile is
used.

Both programs first run once unmeasured: that run migrates the fresh profile
and writes the bytecode (``.pyc``) into a temporary ``PYTHONPYCACHEPREFIX``,
as an installed Desk has it (pip compiles on install; the frozen bundle ships
bytecode). Without it, a machine with ``PYTHONDONTWRITEBYTECODE=1`` would
measure the compiling of Desk's own modules on every start, which no
installed copy does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = {"first_paint_ms": 1.5, "ready_ms": 2.5, "peak_rss_mib": 2.0}


def run_once(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} exited {proc.returncode}")
    data = json.loads(out.decode().strip().splitlines()[-1])
    data["peak_rss_mib"] = usage.ru_maxrss / 1024  # Linux: KiB
    data["wall_ms"] = wall
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    runs = max(5, args.runs)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.TemporaryDirectory()
    env["DESK_HOME"] = str(args.profile or Path(tmp.name) / "profile")
    env["DESK_CONFIG"] = str(Path(tmp.name) / "none.toml")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tmp.name) / "pycache")
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    desk_cmd = [sys.executable, "-m", "desk", "--quit-when-ready"]
    results: dict[str, list[dict[str, float]]] = {"bare": [], "desk": []}
    run_once(bare_cmd, env)  # warm-up, not counted (see the module doc)
    run_once(desk_cmd, env)
    for i in range(runs):
        results["bare"].append(run_once(bare_cmd, env))
        results["desk"].append(run_once(desk_cmd, env))
        print(f"run {i + 1}/{runs}: bare {results['bare'][-1]['first_paint_ms']:.0f} ms, "
              f"desk paint {results['desk'][-1]['first_paint_ms']:.0f} ms "
              f"ready {results['desk'][-1]['ready_ms']:.0f} ms", flush=True)
    bare_paint = statistics.median(r["first_paint_ms"] for r in results["bare"])
    ok = True
    print(f"\n{'metric':<16}{'bare':>10}{'desk':>10}{'ratio':>8}{'target':>8}")
    for metric, target in TARGETS.items():
        bare = statistics.median(r[metric] for r in results["bare"])
        if metric == "ready_ms":
            bare = bare_paint  # a bare window is ready when it has painted
        value = statistics.median(r[metric] for r in results["desk"])
        ratio = value / bare
        ok &= ratio <= target
        mark = "ok" if ratio <= target else "MISSED"
        print(f"{metric:<16}{bare:>10.1f}{value:>10.1f}{ratio:>8.2f}{'≤' + str(target):>8} {mark}")
    wall_b = statistics.median(r["wall_ms"] for r in results["bare"])
    wall_d = statistics.median(r["wall_ms"] for r in results["desk"])
    print(f"{'wall_ms (info)':<16}{wall_b:>10.1f}{wall_d:>10.1f}{wall_d / wall_b:>8.2f}")
    tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
