"""Which partner directory files to load: the synced copy (if any) and the shipped one.

The sync engine keeps the last published directory as JSON in ``meta``
(``sync.directory``). The directory loader reads files, so that copy is
written to the profile folder first (only when it changed), then both are
handed to :func:`desk.domain.directory.load_best_directory`, which keeps the
highest version that loads.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from desk import paths
from desk.domain.directory import Directory, load_best_directory
from desk.store import meta
from desk.store.store import Store

log = logging.getLogger(__name__)


def shipped_directory() -> Path:
    return paths.resources_dir() / "directory" / "partners.json"


def synced_directory_file(store: Store) -> Path | None:
    """The synced directory as a file in the profile, or None before the first sync."""
    text = store.get_meta(meta.DIRECTORY)
    if not text:
        return None
    target = paths.profile_dir() / "directory" / "partners-synced.json"
    try:
        if target.exists() and target.read_text(encoding="utf-8") == text:
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".dir-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        log.warning("synced directory could not be written: %s", exc)
        return None
    return target


def load_directory_for(store: Store | None) -> Directory:
    """The best partner directory for this profile.

    Raises:
        DirectoryFileError: neither the synced nor the shipped file can be used.
    """
    candidates: list[Path] = []
    if store is not None:
        synced = synced_directory_file(store)
        if synced is not None:
            candidates.append(synced)
    candidates.append(shipped_directory())
    return load_best_directory(candidates)
