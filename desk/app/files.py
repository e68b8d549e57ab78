"""Writing an export file safely, shared by every export.

The file is written to a temporary name, synced to disk and renamed, so a
crash or a full disk never leaves half an export that looks complete. An
export with personal data is recorded in the local audit trail.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from desk.errors import InputError
from desk.store.journal import write_audit
from desk.store.store import Store


def write_atomically(out: Path, fill: Callable[[TextIO], int]) -> int:
    """Call ``fill(fh)`` on a temporary file next to *out*, then rename it into place."""
    tmp = out.with_name(out.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            count = fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{out}: kan niet schrijven ({exc.strerror})") from exc
    return count


def audit_personal_export(store: Store, actor: str, detail: str) -> None:
    with store.tx() as conn:
        write_audit(conn, actor, "export_personal", detail)
