"""Process-age clock for the start-up figures (``--quit-when-ready``).

Measured from the moment the operating system started the process, not from
when Python got round to importing Desk, so that the benchmark is honest.
"""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.perf_counter()


def _linux_process_age() -> float | None:
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


_OFFSET = _linux_process_age() if sys.platform.startswith("linux") else None


def elapsed_ms() -> float:
    """Milliseconds since the process started (best effort off Linux)."""
    base = _OFFSET if _OFFSET is not None else 0.0
    return (base + time.perf_counter() - _IMPORTED_AT) * 1000.0
