"""Opening the local database safely, with the standard library only.

This is the path to "ready": it must not import SQLAlchemy or Alembic when the
schema is already current. It checks the location (no network shares),
applies the durability pragmas, and tells the caller whether migrations are
needed.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desk.errors import StoreError
from desk.messages import Message, msg
from desk.store.schema import SCHEMA_HEAD

log = logging.getLogger(__name__)

NETWORK_FS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p",
        "fuse.sshfs", "sshfs", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "davfs",
        "fuse.davfs2", "fuse.rclone", "gpfs", "beegfs",
    }
)

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA busy_timeout=5000",
)


def apply_pragmas(conn: sqlite3.Connection) -> None:
    """The durability settings every connection to the desk database uses."""
    for pragma in PRAGMAS:
        conn.execute(pragma)


def _unescape_mount(path: str) -> str:
    return path.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mount_fstype(path: Path, mounts: Iterable[str]) -> str | None:
    """The filesystem type of the mount holding *path*, from /proc/mounts lines."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = _unescape_mount(parts[1])
        prefix = mount_point.rstrip("/") + "/"
        if target == mount_point or target.startswith(prefix) or mount_point == "/":
            if best is None or len(mount_point) > best[0]:
                best = (len(mount_point), parts[2])
    return best[1] if best else None


def network_share_reason(
    path: Path, mounts_file: Path = Path("/proc/mounts")
) -> Message | None:
    """Why *path* is on a network share (a short Dutch phrase), or None when it is local."""
    resolved = path.resolve()
    text = str(resolved)
    if text.startswith("\\\\") or text.startswith("//"):
        return msg("UNC-pad")
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
            return msg("netwerkstation {0}", drive)
        return None
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    fstype = mount_fstype(resolved, lines)
    if fstype and fstype.lower() in NETWORK_FS:
        return msg("bestandssysteem {0}", fstype)
    return None


@dataclass
class OpenResult:
    conn: sqlite3.Connection
    current_revision: str | None
    needs_migration: bool
    is_new: bool


def open_database(path: Path, *, mounts_file: Path = Path("/proc/mounts")) -> OpenResult:
    """Open (or create) the desk database, refusing unsafe places.

    Raises :class:`StoreError` with a Dutch message for a network share, a
    read-only or missing profile folder, a corrupt file or a lock. Nothing is
    ever deleted or recreated to "recover".
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            msg(
                "De profielmap {0} kan niet worden aangemaakt ({1}). Vraag de IT-dienst om "
                "schrijfrechten of stel DESK_HOME in op een lokale map.",
                str(folder),
                exc.strerror,
            ),
            detail=type(exc).__name__,
        ) from exc
    reason = network_share_reason(folder, mounts_file)
    if reason:
        raise StoreError(
            msg(
                "De databank staat op een netwerkschijf ({0}): {1}. Desk bewaart zijn gegevens "
                "alleen op een lokale schijf, omdat een netwerkschijf gegevens kan beschadigen. "
                "Stel DESK_HOME in op een lokale map.",
                reason,
                str(folder),
            ),
            detail="network share refused",
        )
    if not os.access(folder, os.W_OK):
        raise StoreError(
            msg(
                "De profielmap {0} is alleen-lezen. Desk kan niets bewaren. Vraag de IT-dienst "
                "om schrijfrechten of stel DESK_HOME in op een andere map.",
                str(folder),
            ),
            detail="read-only profile",
        )
    is_new = not path.exists() or path.stat().st_size == 0
    try:
        conn = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(
            msg("De databank {0} kan niet worden geopend ({1}).", str(path), str(exc)),
            detail=type(exc).__name__,
        ) from exc
    try:
        apply_pragmas(conn)
        row = None
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if has_version:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        message = str(exc).lower()
        if "locked" in message or "busy" in message:
            raise StoreError(
                msg(
                    "De databank {0} is vergrendeld door een ander programma (draait Desk al?). "
                    "Sluit het andere venster en probeer opnieuw.",
                    str(path),
                ),
                detail="database locked",
            ) from exc
        raise StoreError(
            msg(
                "De databank {0} is beschadigd of geen Desk-databank ({1}). Desk verwijdert "
                "niets. Neem contact op met de helpdesk; er staan reservekopieën in de map "
                "'backups' van uw profiel.",
                str(path),
                str(exc),
            ),
            detail="database corrupt",
        ) from exc
    current = row[0] if row else None
    needs = current != SCHEMA_HEAD
    if needs:
        log.info("schema at %s, expected %s: migration needed", current, SCHEMA_HEAD)
    return OpenResult(conn=conn, current_revision=current, needs_migration=needs, is_new=is_new)
