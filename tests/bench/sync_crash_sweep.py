"""Heavier crash sweep (not collected): many random SIGKILL points over more rounds.

    .venv/bin/python tests/bench/sync_crash_sweep.py [--seeds 20] [--rounds 8]

Runs tests/sync/test_crash.py with DESK_SYNC_CRASH_SEEDS / DESK_SYNC_CRASH_ROUNDS.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    env = dict(os.environ, DESK_SYNC_CRASH_SEEDS=str(args.seeds),
               DESK_SYNC_CRASH_ROUNDS=str(args.rounds))  # fmt: skip
    return subprocess.call(
        [sys.executable, "-m", "pytest", "tests/sync/test_crash.py", "-q", "-o", "timeout=3600"],
        cwd=ROOT, env=env,
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
