"""Helpers for the retention and erasure tests: sync as the engine acknowledges, byte scans."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desk import clock, paths
from desk.store.common import to_iso
from desk.store.outbox import Outbox
from desk.store.store import Store


def sync_all(store: Store) -> int:
    """What the engine does when the server accepts every pending change, now."""
    outbox = Outbox(store)
    done = 0
    while batch := outbox.next_batch(500):
        with outbox.tx() as tx:
            tx.ack([(e, e.revision) for e in batch], to_iso(clock.now()))
        done += len(batch)
    return done


def profile_bytes() -> dict[str, bytes]:
    """Every file in the profile folder (database, WAL, backups, logs, ...), by name."""
    root = paths.profile_dir()
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}  # fmt: skip


def where(canary: str, files: dict[str, bytes] | None = None) -> list[str]:
    """The profile files that hold *canary* (UTF-8 or UTF-16), empty when none."""
    files = profile_bytes() if files is None else files
    needles = [canary.encode("utf-8"), canary.encode("utf-16-le")]
    return [name for name, blob in files.items() if any(n in blob for n in needles)]


def file_bytes(paths_: Iterable[Path]) -> bytes:
    return b"".join(p.read_bytes() for p in paths_ if p.exists())
