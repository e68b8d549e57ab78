"""Benchmark (not a test): 10,000 pending records synced end to end to a local desk-central.

    .venv/bin/python tests/bench/sync_10k.py [--records 10000] [--json]

Starts ``desk-central serve`` as a separate process on a SQLite file (like a
pilot), enrolls a fresh desk profile through the real CLI path (token in an
in-memory keyring), writes N pending cases, then runs the sync the way the
GUI does: ``SyncController`` on ``ctx.worker``, while a 5 ms QTimer measures
the longest stall of the GUI event loop. Targets: N=10,000 in <= 5 s, no
stall > 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _central(tmp: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    central = str(Path(sys.executable).with_name("desk-central"))
    db = f"sqlite:///{tmp / 'central.db'}"
    env = dict(os.environ, DESK_CENTRAL_DB=db)
    run = lambda *a: subprocess.run([central, *a], env=env, check=True, capture_output=True,  # noqa: E731
                                    text=True, timeout=120).stdout.strip()  # fmt: skip
    run("db", "upgrade")
    run("org", "add", "harelbeke", "--name", "Harelbeke")
    run("office", "add", "harelbeke", "balie", "--name", "Balie")
    code = run("enroll-code", "harelbeke", "--office", "balie")
    port = _free_port()
    proc = subprocess.Popen([central, "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    import requests

    deadline = time.monotonic() + 30
    while True:  # a benchmark may poll for a separate process to come up
        try:
            if requests.get(url + "/v1/health", timeout=1).ok:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise SystemExit("desk-central did not start")
        time.sleep(0.1)
    return proc, url, code.splitlines()[-1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="desk-sync-bench-"))
    os.environ["DESK_HOME"] = str(tmp / "profile")
    os.environ["DESK_CONFIG"] = str(tmp / "machine.toml")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc, url, code = _central(tmp)
    try:
        return _run(args, url, code)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _run(args: argparse.Namespace, url: str, code: str) -> int:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.data: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.data.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.data[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.data.pop((service, username), None)

    keyring.set_keyring(Memory())
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desk.config import load_config
    from desk.store.cases import CaseRepository
    from desk.store.store import open_store
    from desk.sync.connect import make_client
    from desk.sync.enrollment import enroll
    from desk.ui.context import AppContext
    from desk.ui.errors import ErrorDisplay
    from desk.ui.main_window import MainWindow
    from desk.ui.sync import controller as controller_mod
    from desk.ui.worker import Worker
    from tests.sync.conftest import case_values

    app = QApplication.instance() or QApplication([])
    config = load_config()
    store = open_store()
    client = make_client(config, url)
    enroll(store, client, code)
    client.close()
    repo = CaseRepository(store)
    with store.tx() as conn:
        for k in range(args.records):
            repo.save(case_values(notes=f"bench {k}"), conn=conn)
    controller_mod.START_DELAY_MS = 10**9
    errors = ErrorDisplay()
    errors.interactive = False
    worker = Worker(errors=errors)
    ctx = AppContext(config, worker, errors, QSettings(str(Path(os.environ["DESK_HOME"]) /
                     "ui.ini"), QSettings.Format.IniFormat))  # fmt: skip
    window = MainWindow(ctx)
    window.show()
    sync = controller_mod.SyncController(ctx, window)
    ctx.set_store(store)

    stalls: list[float] = []
    when: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = {"t": clock.elapsed()}

    def tick() -> None:
        now = clock.elapsed()
        stalls.append(now - last["t"])
        when.append(now)
        last["t"] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    loop = QEventLoop()
    result: dict[str, object] = {}

    def done(report: object) -> None:
        result["report"] = report
        loop.quit()

    # Let the window settle first (first paint, first area page): not the sync's cost.
    warm = QEventLoop()
    QTimer.singleShot(1500, warm.quit)
    warm.exec()
    sync.finished.connect(done)
    ticker.start()
    started = time.perf_counter()
    last["t"] = clock.elapsed()
    sync.sync_now(interactive=False)
    loop.exec()
    seconds = time.perf_counter() - started
    ticker.stop()
    report = result.get("report")
    worker.shutdown()
    window.close()
    store.close()
    max_stall = max(stalls) if stalls else 0.0
    worst_at = when[stalls.index(max_stall)] - when[0] if stalls else 0.0
    out = {
        "records": args.records,
        "seconds": round(seconds, 2),
        "records_per_s": round(args.records / seconds),
        "max_gui_stall_ms": round(max_stall, 1),
        "worst_stall_at_ms": round(worst_at),
        "stalls_over_50ms": sum(1 for x in stalls if x > 50),
        "ok": bool(report is not None and getattr(report, "ok", False)),
        "pending_after": getattr(report, "pending", None),
        "target_seconds_ok": seconds <= 5.0 * args.records / 10_000,
        "target_stall_ok": max_stall <= 50,
    }
    print(json.dumps(out) if args.json else "\n".join(f"{k}: {v}" for k, v in out.items()))
    del app
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
