"""Heavier flaky-network run (not collected): more records, several fault seeds.

    .venv/bin/python tests/bench/sync_flaky.py [--records 20000] [--seeds 3]

Runs tests/sync/test_flaky.py with DESK_SYNC_FLAKY_RECORDS / DESK_SYNC_FLAKY_SEED.
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
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    failed = 0
    for seed in range(1, args.seeds + 1):
        env = dict(os.environ, DESK_SYNC_FLAKY_RECORDS=str(args.records),
                   DESK_SYNC_FLAKY_SEED=str(seed))  # fmt: skip
        code = subprocess.call(
            [sys.executable, "-m", "pytest", "tests/sync/test_flaky.py", "-q", "-s",
             "-o", "timeout=1800"],
            cwd=ROOT, env=env,
        )  # fmt: skip
        print(f"seed {seed}: {'ok' if code == 0 else 'FAILED'}")
        failed += code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
