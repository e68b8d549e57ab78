"""Where Desk finds its assets and writes its data.

Assets resolve the same way from a source checkout, an installed wheel and a
PyInstaller bundle, so nothing else in Desk needs to know how it was started.
Everything a user's Desk writes lives below :func:`profile_dir`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Desk"
APP_AUTHOR = "W13"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path | None:
    """The folder holding ``resources`` and ``guides`` in an installed or frozen Desk."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "desk" / "_data")
    candidates.append(_PACKAGE_DIR / "_data")
    for candidate in candidates:
        if (candidate / "resources").is_dir():
            return candidate
    return None


def _source_root() -> Path:
    return _PACKAGE_DIR.parent


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (translations, icons, directory, consent texts)."""
    root = _data_root()
    return (root if root else _source_root()) / "resources"


def shipped_guides_dir() -> Path:
    """The shipped ``guides/`` folder."""
    root = _data_root()
    return (root if root else _source_root()) / "guides"


def profile_dir() -> Path:
    """The user's profile: database, logs, settings, backups, synced guides.

    ``DESK_HOME`` overrides the platform default so that tests, training
    profiles and IT can point Desk elsewhere.
    """
    override = os.environ.get("DESK_HOME")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


def site_config_path() -> Path:
    """The machine-wide TOML config that IT preconfigures (``DESK_CONFIG`` overrides)."""
    override = os.environ.get("DESK_CONFIG")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return base / APP_NAME / "desk.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "desk.toml"
    return Path("/etc/desk/desk.toml")


def database_path() -> Path:
    return profile_dir() / "desk.db"


def log_dir() -> Path:
    return profile_dir() / "logs"


def backup_dir() -> Path:
    return profile_dir() / "backups"


def user_settings_path() -> Path:
    return profile_dir() / "settings.toml"


def synced_guides_dir() -> Path:
    """Guides published centrally and pulled through sync."""
    return profile_dir() / "guides"
