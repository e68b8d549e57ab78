"""Helpdesk diagnostics: facts about this Desk, never personal data or secrets.

An application service (no Qt): ``desk diagnostics --out FILE.zip`` and the
*Help → Diagnose voor helpdesk* dialog both build a :class:`Diagnostics` for
this desk (:meth:`Diagnostics.for_this_desk`) and use :meth:`Diagnostics.collect`
and :func:`write_zip`. What it looks at is handed to it (folders, database,
keyring facts, log tail, clock), so a test points it at a temporary profile.
The GUI adds what only a running Qt knows (the live platform plugin, screens)
through ``qt_info``.

What is in it, and why it is safe to mail to the helpdesk:

* versions, OS, Qt platform, frozen or not;
* the effective configuration, with proxy credentials stripped, the staff
  name replaced by "(ingesteld)", and the user's home folder shown as ``~``;
* the database: schema revision, ``PRAGMA quick_check`` and
  ``integrity_check``, table row *counts* — opened read-only, nothing is
  migrated or created, and no row content is read except whitelisted ``meta``
  keys (sync times, enrolment facts) (:mod:`desk.store.inspection`);
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
import locale
import os
import platform
import re
import shutil
import sys
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from desk import __version__, clock, logsetup, paths, secrets
from desk.config import KEYS, Config, load_config
from desk.domain.days import local
from desk.store import meta as keys
from desk.store.inspection import inspect_database

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


def _system_info(now: _dt.datetime) -> dict[str, Any]:
    info: dict[str, Any] = {
        "platform": platform.platform(),
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "locale": _locale(),
        "timezone": now.astimezone().tzname(),
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


def _config_info(config: Config | None) -> dict[str, Any]:
    if config is None:
        return {"error": "configuratie niet gelezen"}
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
    ca = config.ca_bundle
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


def _sync_info(
    config: Config | None, database: Mapping[str, Any], meta: Mapping[str, str],
    counted: Mapping[str, int],
) -> dict[str, Any]:
    outbox = dict(database.get("outbox", {}))
    return {
        "server_config": redact_url(config.server_url if config is not None else ""),
        "enrolled": keys.CENTRAL_DEVICE_ID in meta,
        "server": meta.get(keys.CENTRAL_SERVER),
        "org": meta.get(keys.CENTRAL_ORG),
        "office": meta.get(keys.CENTRAL_OFFICE),
        "role": meta.get(keys.CENTRAL_ROLE),
        "device_id": meta.get(keys.CENTRAL_DEVICE_ID) or meta.get(keys.DEVICE_ID),
        "enrolled_at": meta.get(keys.CENTRAL_ENROLLED_AT),
        "training_profile": meta.get(keys.TRAINING) == "1",
        "outbox": outbox,
        "pending": outbox.get("pending", 0),
        "quarantined": outbox.get("quarantined", 0),
        "last_sync": meta.get(keys.SYNC_LAST_SUCCESS),
        "last_attempt": meta.get(keys.SYNC_LAST_ATTEMPT),
        "last_error": meta.get(keys.SYNC_LAST_ERROR),
        "clock_skew_seconds": meta.get(keys.SYNC_CLOCK_SKEW),
        "cursor": meta.get(keys.SYNC_CURSOR),
        "directory_revision": meta.get(keys.DIRECTORY_REVISION),
        **counted,
    }


def keyring_facts() -> dict[str, Any]:
    """Which backend keyring would use; never reads a secret."""
    try:
        info = secrets.backend_info()
        return {"backend": info.name, "where": info.label, "usable": info.usable,
                "encrypts": info.encrypts}
    except Exception as exc:  # a broken keyring is a fact to report, not a crash
        return {"error": type(exc).__name__}


def read_config() -> Config | None:
    """The effective configuration, or None when it cannot be read at all.

    The report must come out even then: it is what the helpdesk needs most.
    """
    try:
        return load_config()
    except Exception:
        return None


@dataclass(frozen=True)
class Diagnostics:
    """Collects the helpdesk report of one profile.

    Attributes:
        profile: The profile folder.
        database: The database file (opened read-only; it need not exist).
        backups: The folder of database backups.
        keyring: The keyring backend's facts (never a secret).
        log_tail: The last *n* lines of the log.
        now: The current moment (aware UTC).
    """

    profile: Path
    database: Path
    backups: Path
    keyring: Callable[[], dict[str, Any]]
    log_tail: Callable[[int], list[str]]
    now: Callable[[], _dt.datetime]
    from_desk_home: bool = False

    @classmethod
    def for_this_desk(cls) -> Diagnostics:
        """The running Desk's profile, keyring, log and clock."""
        return cls(
            profile=paths.profile_dir(),
            database=paths.database_path(),
            backups=paths.backup_dir(),
            keyring=keyring_facts,
            log_tail=logsetup.last_lines,
            now=clock.now,
            from_desk_home=bool(os.environ.get("DESK_HOME")),
        )

    def collect(
        self,
        config: Config | None,
        *,
        qt_info: Mapping[str, Any] | None = None,
        log_lines: int = LOG_LINES,
    ) -> Report:
        """Gather the report; *config* None means it could not be read (see :func:`read_config`)."""
        facts = inspect_database(self.database, meta_keys=keys.DIAGNOSTIC_KEYS,
                                 counted_prefixes=keys.COUNTED_PREFIXES)
        database = {"file": scrub(str(self.database)), **facts.info}
        for key in ("open_error", "error"):
            if key in database:
                database[key] = scrub(str(database[key]))
        meta = {key: scrub(value) for key, value in facts.meta.items()}
        qt = _qt_static_info()
        if qt_info:
            qt.update(qt_info)
        now = self.now()
        # Values that must never appear even if something logged them by mistake.
        extra = [config.staff_name] if config is not None else []
        return Report(
            created=local(now).isoformat(timespec="seconds"),
            desk=_desk_info(),
            system=_system_info(now),
            qt=qt,
            config=_config_info(config),
            profile=self._profile_info(),
            database=database,
            sync=_sync_info(config, database, meta, facts.counted),
            keyring=self.keyring(),
            log_lines=[scrub(line.rstrip("\n"), extra) for line in self.log_tail(log_lines)],
        )

    def _profile_info(self) -> dict[str, Any]:
        profile = self.profile
        info: dict[str, Any] = {
            "folder": scrub(str(profile)),
            "exists": profile.is_dir(),
            "writable": os.access(profile, os.W_OK) if profile.is_dir() else None,
            "from_DESK_HOME": self.from_desk_home,
        }
        if profile.is_dir():
            info["size_bytes"] = _folder_size(profile)
            backups = self.backups
            info["backups"] = len(list(backups.glob("*"))) if backups.is_dir() else 0
            try:
                info["disk_free_bytes"] = shutil.disk_usage(profile).free
            except OSError:
                pass
        return info


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


def default_filename(now: _dt.datetime) -> str:
    """``desk-diagnose-JJJJMMDD-UUMM.zip`` in Belgian time."""
    return f"desk-diagnose-{local(now):%Y%m%d-%H%M}.zip"
