"""Rollout benchmark: bundle and .deb size, frozen versus source start-up.

Not a test. Needs the artefacts from ``installer/build.sh`` (or ci-smoke.sh):
``installer/out/dist/desk`` and ``installer/out/desk_*.deb``.

    .venv/bin/python tests/bench/rollout.py [--runs 7] [--bundle DIR] [--deb FILE]

Start-up: ``desk --quit-when-ready`` from source (``python -m desk``) and from
the frozen bundle, alternated in one process tree, on one shared profile that
is migrated before the timed runs (both then measure a normal morning start).
Prints sizes, medians (first paint, ready, wall time, peak RSS) and the
frozen/source ratio of ready, against the targets: bundle <= 150 MB on disk,
.deb <= 70 MB, frozen ready <= 1.2 x source.
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

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "installer" / "out"
TARGETS = {"bundle_mb": 150.0, "deb_mb": 70.0, "ready_ratio": 1.2}


def disk_usage_mb(folder: Path) -> tuple[float, float, int]:
    """(allocated MB as du counts it, apparent MB, files); symlinks counted once, not followed."""
    blocks = apparent = files = 0
    seen: set[tuple[int, int]] = set()
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            st = os.lstat(Path(dirpath) / name)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            blocks += st.st_blocks * 512
            apparent += st.st_size
            files += 1
    return blocks / 2**20, apparent / 2**20, files


def run_once(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed")
    data: dict[str, float] = json.loads(out.decode().strip().splitlines()[-1])
    data["wall_ms"] = (time.perf_counter() - start) * 1000
    data["peak_rss_mib"] = usage.ru_maxrss / 1024
    return data


def median(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=OUT / "dist" / "desk")
    parser.add_argument("--deb", type=Path)
    args = parser.parse_args()
    runs = max(5, args.runs)
    exe = args.bundle / ("desk.exe" if sys.platform == "win32" else "desk")
    if not exe.exists():
        print(f"no bundle at {args.bundle}: run installer/build.sh first", file=sys.stderr)
        return 2
    debs = [args.deb] if args.deb else sorted(OUT.glob("desk_*.deb"), key=os.path.getmtime)
    failed = []

    print("== sizes")
    alloc, apparent, files = disk_usage_mb(args.bundle)
    print(f"bundle on disk: {alloc:.1f} MB allocated ({apparent:.1f} MB apparent, {files} files)"
          f"   target <= {TARGETS['bundle_mb']:.0f} MB")
    if alloc > TARGETS["bundle_mb"]:
        failed.append("bundle size")
    if debs:
        deb_mb = debs[-1].stat().st_size / 2**20
        print(f".deb: {deb_mb:.1f} MB ({debs[-1].name})   target <= {TARGETS['deb_mb']:.0f} MB")
        if deb_mb > TARGETS["deb_mb"]:
            failed.append(".deb size")
    else:
        print(".deb: not built (installer/build.sh deb)")

    print(f"\n== start-up, desk --quit-when-ready, {runs} runs each, alternating")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with tempfile.TemporaryDirectory() as tmp:
        env["DESK_HOME"] = str(Path(tmp) / "profile")
        env["DESK_CONFIG"] = str(Path(tmp) / "none.toml")
        source_cmd = [sys.executable, "-m", "desk", "--quit-when-ready"]
        frozen_cmd = [str(exe), "--quit-when-ready"]
        run_once(source_cmd, env)  # creates and migrates the profile; not timed
        run_once(frozen_cmd, env)  # warms the OS file cache for the bundle
        results: dict[str, list[dict[str, float]]] = {"source": [], "frozen": []}
        for _ in range(runs):
            results["source"].append(run_once(source_cmd, env))
            results["frozen"].append(run_once(frozen_cmd, env))
    print(f"{'':8} {'first paint':>12} {'ready':>10} {'wall':>10} {'peak RSS':>10}")
    for name, rows in results.items():
        print(f"{name:8} {median(rows, 'first_paint_ms'):>10.0f}ms {median(rows, 'ready_ms'):>8.0f}ms"
              f" {median(rows, 'wall_ms'):>8.0f}ms {median(rows, 'peak_rss_mib'):>7.0f}MiB")
    ratio = median(results["frozen"], "ready_ms") / median(results["source"], "ready_ms")
    paint = (median(results["frozen"], "first_paint_ms")
             / median(results["source"], "first_paint_ms"))
    print(f"frozen/source: ready {ratio:.2f}x (target <= {TARGETS['ready_ratio']}x), "
          f"first paint {paint:.2f}x")
    if ratio > TARGETS["ready_ratio"]:
        failed.append("frozen start-up")
    print("load average:", " ".join(f"{x:.2f}" for x in os.getloadavg()), f"({os.cpu_count()} CPUs)")
    print("\nresult:", "all targets met" if not failed else "MISSED: " + ", ".join(failed))
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
