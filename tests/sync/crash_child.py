"""Child process for the crash sweep: one sync run that SIGKILLs itself at a named point.

Usage: python crash_child.py URL TOKEN POINT NTH BATCH   (DESK_HOME names the profile)
POINT is a SyncEngine hook name (or "none"); the NTH time it is reached, the
process kills itself with SIGKILL: no cleanup, no rollback, no flush.
"""

from __future__ import annotations

import os
import signal
import sys


def main() -> int:
    url, token, point, nth, batch = sys.argv[1:6]
    from desk.store.store import open_store
    from desk.sync.client import CentralClient, RetryPolicy
    from desk.sync.engine import SyncEngine

    seen = 0

    def hook(name: str) -> None:
        nonlocal seen
        if name == point:
            seen += 1
            if seen == int(nth):
                os.kill(os.getpid(), signal.SIGKILL)

    store = open_store()
    client = CentralClient(url, token, retry=RetryPolicy(attempts=2, base=0.05))
    print("ready", flush=True)
    report = SyncEngine(store, client, batch_size=int(batch), pull_limit=3, hook=hook).run()
    print("done", report.ok, report.summary(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
