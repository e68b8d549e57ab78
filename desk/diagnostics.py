"""Helpdesk diagnostics: facts about this Desk, never personal data or secrets.

Pure collection (no Qt): ``desk diagnostics --out FILE.zip`` and the
*Help → Diagnose voor helpdesk* dialog both use :func:`collect` and
:func:`write_zip`. The GUI adds what only a running Qt knows (the live
platform plugin, screens) through ``qt_info``.

What is in it, and why it is safe to mail to the helpdesk:

* versions, OS, Qt platform, frozen or not;
* the effective configuration, with proxy credentials stripped, the staff
  name replaced by "(ingesteld)", and the user's home folder shown as ``~``;
* the database: schema revision, ``PRAGMA quick_check`` and
  ``integrity_check``, table row *counts* — opened read-only, nothing is
  migrated or created, and no row content is read except whitelisted ``meta``
  keys (sync times, enrolment facts);
* sync state: outbox counts per state, last sync, last error, conflicts
  counted (their content is personal and stays out);
* the keyring backend's *name* (no secret is ever read);
* the last log lines, scrubbed again (e-mail addresses, national numbers,
  phone numbers, bearer tokens, long opaque strings, home folders) although
  the log is written without personal data in the first place.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import re
import sqlite3
import sys
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desk import __version__, clock, paths
from desk.domain.days import local
from desk.store.meta import COUNTED_PREFIXES as META_COUNTED
from desk.store.meta import DIAGNOSTIC_KEYS as META_WHITELIST

#: Config fields that hold a person's name: only whether they are set is shown.
PERSONAL_CONFIG = frozenset({"staff_name"})
LOG_LINES = 200
REDACTED = "[verwijderd]"


# -- scrubbing ---------------------------------------------------------------
_SCRUBBERS: tuple[tuple[re.Pattern[str], str], ...] = (
    # user:password@ in any URL (proxy credentials)
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s:@]+(?::[^/\s@]*)?@"), r"\1" + REDACTED + "@"),
    (re.compile(r"(?i)\b(bearer|token|password|passwd|secret|apikey|api_key)"
                r"(\s*[=:]\s*|\s+)[^\s,;&\"']+"), r"\1\2" + REDACTED),
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), "[e-mail]"),
    # Belgian national register number, with or without separators
    (re.compile(r"\b\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s]?\d{3}[.\s]?\d{2}\b"), "[rijksregisternr]"),
    (re.compile(r"(?<![\w-])(?:\+32|0032|0)\s?4\d{2}(?:[\s./]?\d{2}){3}\b"), "[telefoon]"),
    (re.compile(r"(?<![\w-])(?:\+32|0032|0)\d{1,2}[\s./]?\d{2,3}(?:[\s./]?\d{2}){2}\b"),
     "[telefoon]"),
)
_OPAQUE = re.compile(r"[A-Za-z0-9_+=-]{32,}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _opaque(match: re.Match[str]) -> str:
    """Long runs with digits are tokens or keys; UUIDs and long identifiers stay."""
    text = match.group(0)
    if _UUID.fullmatch(text) or not any(ch.isdigit() for ch in text):
        return text
    return "[lange-code]"


def _home_variants() -> list[str]:
    homes = {str(Path.home())}
    for var in ("USERPROFILE", "HOME"):
        if os.environ.get(var):
            homes.add(os.environ[var])
    return sorted((h for h in homes if len(h) > 3), key=len, reverse=True)


def scrub(text: str, extra: Iterable[str] = ()) -> str:
    """Remove anything that could identify a person or unlock something."""
    for value in extra:
        if value and len(value) >= 3:
            text = text.replace(value, REDACTED)
    for home in _home_variants():
        text = text.replace(home, "~")
        text = text.replace(home.replace("\\", "/"), "~")
    for pattern, replacement in _SCRUBBERS:
        text = pattern.sub(replacement, text)
    return _OPAQUE.sub(_opaque, text)


def redact_url(url: str) -> str:
    """Strip user:password@ from a URL (proxy credentials)."""
    return _SCRUBBERS[0][0].sub(r"\1" + REDACTED + "@", url) if url else url


# -- collection --------------------------------------------------------------
@dataclass
class Report:
    """Everything the helpdesk sees, as plain data (JSON-ready)."""

    created: str
    desk: dict[str, Any]
    system: dict[str, Any]
    qt: dict[str, Any]
    config: dict[str, Any]
    profile: dict[str, Any]
    database: dict[str, Any]
    sync: dict[str, Any]
    keyring: dict[str, Any]
    log_lines: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _dist_version(*names: str) -> str | None:
    from importlib import metadata

    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def _desk_info() -> dict[str, Any]:
    frozen = bool(getattr(sys, "frozen", False))
    return {
        "version": __version__,
        "frozen": frozen,
        "executable": scrub(sys.executable),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "packages": {
            name: _dist_version(*dists)
            for name, dists in {
                "sqlalchemy": ("SQLAlchemy",),
                "alembic": ("alembic",),
                "keyring": ("keyring",),
                "requests": ("requests",),
                "truststore": ("truststore",),
                "cryptography": ("cryptography",),
                "platformdirs": ("platformdirs",),
            }.items()
        },
    }


def _system_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "platform": platform.platform(),
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "locale": _locale(),
        "timezone": clock.now().astimezone().tzname(),
    }
    if sys.platform.startswith("linux"):
        info["session"] = {
            "XDG_SESSION_TYPE": os.environ.get("XDG_SESSION_TYPE", ""),
            "DISPLAY_set": bool(os.environ.get("DISPLAY")),
            "WAYLAND_DISPLAY_set": bool(os.environ.get("WAYLAND_DISPLAY")),
            "XDG_CURRENT_DESKTOP": os.environ.get("XDG_CURRENT_DESKTOP", ""),
        }
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8")
            match = re.search(r'^PRETTY_NAME="?([^"\n]*)"?', os_release, re.MULTILINE)
            if match:
                info["distribution"] = match.group(1)
        except OSError:
            pass
    return info


def _locale() -> str:
    import locale

    try:
        return ".".join(x for x in locale.getlocale() if x) or "C"
    except ValueError:
        return "onbekend"


def _qt_static_info() -> dict[str, Any]:
    """Qt facts without importing Qt (the command line never imports it)."""
    return {
        "pyside6": _dist_version("PySide6-Essentials", "PySide6_Essentials", "PySide6"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", ""),
        "QT_SCALE_FACTOR": os.environ.get("QT_SCALE_FACTOR", ""),
        "live": False,
    }


def _config_info(config: Any) -> dict[str, Any]:
    if config is None:
        return {"error": "configuratie niet gelezen"}
    from desk.config import KEYS

    values: dict[str, Any] = {}
    for key in KEYS:
        value = getattr(config, key, None)
        if isinstance(value, frozenset | set):
            value = sorted(value)
        elif isinstance(value, tuple):
            value = list(value)
        if key in PERSONAL_CONFIG:
            value = "(ingesteld)" if value else ""
        elif key == "proxy" and isinstance(value, str):
            value = redact_url(value)
        elif isinstance(value, str):
            value = scrub(value)
        values[key] = value
    ca = getattr(config, "ca_bundle", "")
    machine = Path(config.machine_path) if config.machine_path else None
    return {
        "values": values,
        "machine_file": scrub(config.machine_path),
        "machine_file_exists": machine.is_file() if machine else False,
        "user_file": scrub(config.user_path),
        "user_file_exists": Path(config.user_path).is_file() if config.user_path else False,
        "ca_bundle_exists": Path(ca).is_file() if ca else None,
        "problems": [scrub(p.message) for p in config.problems],
    }


def _folder_size(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += (Path(root) / name).stat().st_size
            except OSError:
                pass
    return total


def _profile_info() -> dict[str, Any]:
    profile = paths.profile_dir()
    backups = paths.backup_dir()
    info: dict[str, Any] = {
        "folder": scrub(str(profile)),
        "exists": profile.is_dir(),
        "writable": os.access(profile, os.W_OK) if profile.is_dir() else None,
        "from_DESK_HOME": bool(os.environ.get("DESK_HOME")),
    }
    if profile.is_dir():
        info["size_bytes"] = _folder_size(profile)
        info["backups"] = len(list(backups.glob("*"))) if backups.is_dir() else 0
        try:
            usage = __import__("shutil").disk_usage(profile)
            info["disk_free_bytes"] = usage.free
        except OSError:
            pass
    return info


def _database_info(db_path: Path) -> tuple[dict[str, Any], dict[str, str], dict[str, int]]:
    """(database facts, whitelisted meta, counted meta prefixes); read-only."""
    from desk.store.schema import SCHEMA_HEAD

    info: dict[str, Any] = {"file": scrub(str(db_path)), "expected_schema": SCHEMA_HEAD}
    meta: dict[str, str] = {}
    counted: dict[str, int] = {label: 0 for label in META_COUNTED.values()}
    if not db_path.is_file():
        info["exists"] = False
        return info, meta, counted
    info["exists"] = True
    info["size_bytes"] = db_path.stat().st_size
    wal = db_path.with_name(db_path.name + "-wal")
    info["wal_bytes"] = wal.stat().st_size if wal.exists() else 0
    uri = db_path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        info["open_error"] = scrub(str(exc))
        return info, meta, counted
    try:
        conn.execute("PRAGMA query_only=ON")
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        info["tables"] = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                          for t in tables}
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            info["schema"] = row[0] if row else None
        else:
            info["schema"] = None
        info["schema_current"] = info["schema"] == SCHEMA_HEAD
        info["quick_check"] = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
        info["integrity_check"] = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        info["journal_mode"] = conn.execute("PRAGMA journal_mode").fetchone()[0]
        info["page_size"] = conn.execute("PRAGMA page_size").fetchone()[0]
        info["freelist_pages"] = conn.execute("PRAGMA freelist_count").fetchone()[0]
        if "meta" in tables:
            placeholders = ",".join("?" * len(META_WHITELIST))
            for key, value in conn.execute(
                f"SELECT key, value FROM meta WHERE key IN ({placeholders})", META_WHITELIST
            ):
                meta[str(key)] = scrub(str(value))
            for prefix, label in META_COUNTED.items():
                counted[label] = conn.execute(
                    "SELECT count(*) FROM meta WHERE key LIKE ? ESCAPE '\\'",
                    (prefix.replace("_", "\\_") + "%",),
                ).fetchone()[0]
        if "outbox" in tables:
            info["outbox"] = {str(s): n for s, n in conn.execute(
                "SELECT state, count(*) FROM outbox GROUP BY state")}
    except sqlite3.Error as exc:
        info["error"] = scrub(str(exc))
    finally:
        conn.close()
    return info, meta, counted


def _sync_info(
    config: Any, database: Mapping[str, Any], meta: Mapping[str, str], counted: Mapping[str, int]
) -> dict[str, Any]:
    outbox = dict(database.get("outbox", {}))
    return {
        "server_config": redact_url(getattr(config, "server_url", "") or ""),
        "enrolled": "central.device_id" in meta,
        "server": meta.get("central.server"),
        "org": meta.get("central.org"),
        "office": meta.get("central.office"),
        "role": meta.get("central.role"),
        "device_id": meta.get("central.device_id") or meta.get("device_id"),
        "enrolled_at": meta.get("central.enrolled_at"),
        "training_profile": meta.get("training") == "1",
        "outbox": outbox,
        "pending": outbox.get("pending", 0),
        "quarantined": outbox.get("quarantined", 0),
        "last_sync": meta.get("sync.last_success"),
        "last_attempt": meta.get("sync.last_attempt"),
        "last_error": meta.get("sync.last_error"),
        "clock_skew_seconds": meta.get("sync.clock_skew"),
        "cursor": meta.get("sync.cursor"),
        "directory_revision": meta.get("sync.directory_revision"),
        **{key: value for key, value in counted.items()},
    }


def _keyring_info() -> dict[str, Any]:
    """Which backend keyring would use; never reads a secret."""
    try:
        from desk import secrets

        info = secrets.backend_info()
        return {"backend": info.name, "where": info.label, "usable": info.usable,
                "encrypts": info.encrypts}
    except Exception as exc:  # a broken keyring is a fact to report, not a crash
        return {"error": type(exc).__name__}


def _log_lines(count: int, extra: Iterable[str]) -> list[str]:
    from desk.logsetup import last_lines

    return [scrub(line.rstrip("\n"), extra) for line in last_lines(count)]


def collect(
    config: Any = None,
    *,
    qt_info: Mapping[str, Any] | None = None,
    log_lines: int = LOG_LINES,
    load_config: Callable[[], Any] | None = None,
) -> Report:
    """Gather the report. ``config`` defaults to :func:`desk.config.load_config`."""
    if config is None:
        from desk.config import load_config as _load

        try:
            config = (load_config or _load)()
        except Exception:  # the report must come out even when config cannot be read
            config = None
    database, meta, counted = _database_info(paths.database_path())
    qt = _qt_static_info()
    if qt_info:
        qt.update(qt_info)
    # Values that must never appear even if something logged them by mistake.
    extra = [getattr(config, "staff_name", "")] if config is not None else []
    return Report(
        created=local(clock.now()).isoformat(timespec="seconds"),
        desk=_desk_info(),
        system=_system_info(),
        qt=qt,
        config=_config_info(config),
        profile=_profile_info(),
        database=database,
        sync=_sync_info(config, database, meta, counted),
        keyring=_keyring_info(),
        log_lines=_log_lines(log_lines, extra),
    )


# -- output ----------------------------------------------------------------
def _yes(value: Any) -> str:
    return "ja" if value else "nee"


def summary(report: Report) -> str:
    """A short Dutch summary for the dialog and summary.txt."""
    db = report.database
    sync = report.sync
    cfg = report.config.get("values", {})
    checks = db.get("integrity_check") or []
    lines = [
        f"Desk {report.desk['version']} ({'gebundeld' if report.desk['frozen'] else 'uit bron'})"
        f", Python {report.desk['python']}",
        f"Systeem: {report.system['platform']}",
        f"Qt: PySide6 {report.qt.get('pyside6') or 'onbekend'}"
        + (f", platform {report.qt['platform_name']}" if report.qt.get("platform_name") else ""),
        f"Organisatie: {cfg.get('org') or '(niet ingesteld)'}; kantoor: "
        f"{cfg.get('office') or '(niet ingesteld)'}",
        f"Server: {cfg.get('server_url') or '(geen)'}; aangemeld: {_yes(sync.get('enrolled'))}",
        f"Machineconfiguratie: {report.config.get('machine_file', '')}"
        f" ({'aanwezig' if report.config.get('machine_file_exists') else 'ontbreekt'})",
        f"Configuratieproblemen: {len(report.config.get('problems', []))}",
        f"Databank: schema {db.get('schema') or '-'} (verwacht {db.get('expected_schema')}), "
        f"integriteit: {', '.join(checks) if checks else 'niet nagekeken'}",
        f"Wachtrij: {sync.get('pending', 0)} te versturen, {sync.get('quarantined', 0)} in "
        f"quarantaine, {sync.get('conflicts', 0)} conflicten",
        f"Laatste synchronisatie: {sync.get('last_sync') or 'nog nooit'}",
    ]
    if sync.get("last_error"):
        lines.append(f"Laatste fout: {sync['last_error']}")
    lines.append(f"Sleutelbos: {report.keyring.get('where') or report.keyring.get('error')}")
    for problem in report.config.get("problems", []):
        lines.append(f"  - {problem}")
    return "\n".join(lines) + "\n"


README = """Diagnose voor de helpdesk van Desk

Dit bestand bevat technische gegevens over Desk op deze computer: versies,
besturingssysteem, instellingen (zonder wachtwoorden), de toestand van de
databank en van de synchronisatie, en de laatste regels van het logboek.

Het bevat GEEN persoonsgegevens: geen namen, contactgegevens of notities
van burgers, geen inhoud van het logboek van contacten of doorverwijzingen,
en geen toegangssleutels (tokens) of wachtwoorden.

Bestanden: summary.txt (overzicht), diagnostics.json (alle gegevens),
desk-log.txt (laatste logregels).
"""


def write_zip(report: Report, out: Path) -> Path:
    """Write the report as a zip (summary, JSON, log tail); return the path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("LEESMIJ.txt", README)
        zf.writestr("summary.txt", summary(report))
        zf.writestr(
            "diagnostics.json",
            json.dumps({k: v for k, v in report.to_dict().items() if k != "log_lines"},
                       ensure_ascii=False, indent=2, sort_keys=True, default=str),
        )
        zf.writestr("desk-log.txt", "\n".join(report.log_lines) + "\n")
    os.replace(tmp, out)
    return out


def default_filename(now: _dt.datetime | None = None) -> str:
    now = local(now or clock.now())
    return f"desk-diagnose-{now:%Y%m%d-%H%M}.zip"
