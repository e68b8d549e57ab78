"""Machine configuration (IT's preconfiguration) and user settings.

Two TOML files, read in this order:

1. the machine-wide file (:func:`desk.paths.site_config_path`, ``DESK_CONFIG``)
   that the regional IT pool rolls out per municipality;
2. the user's ``settings.toml`` in the profile.

A user setting overrides a machine value only when IT did not lock that key.
A broken file never stops Desk: each problem becomes a :class:`ConfigError`
with file, key and line, the offending value falls back to its safe default,
and nothing is ever written over the broken file.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from desk import paths
from desk.errors import ConfigError
from desk.messages import Message, msg

if TYPE_CHECKING:
    import tomllib

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "fr", "en")

DEFAULT_TOPICS = (
    "Attesten en uittreksels",
    "Identiteitskaart en PIN",
    "Afspraak maken",
    "Belastingen",
    "Sociale voordelen",
    "Wonen en premies",
    "Mobiliteit en parkeren",
    "Afval en omgeving",
    "Andere vraag",
)


@dataclass(frozen=True)
class Config:
    """The effective configuration after merging machine and user files."""

    org: str = ""
    office: str = ""
    offices: tuple[str, ...] = ()
    server_url: str = ""
    ca_bundle: str = ""
    proxy: str = ""
    retention_days: int = 90
    language: str = "nl"
    staff_name: str = ""
    topics: tuple[str, ...] = DEFAULT_TOPICS
    sync_interval_minutes: int = 5
    high_contrast: bool = False
    #: Whether "done for the citizen" is an allowed outcome for this organisation.
    allow_done_for_citizen: bool = True
    locked: frozenset[str] = frozenset()
    #: Problems found while reading; shown once in the UI, logged, never fatal.
    problems: tuple[ConfigError, ...] = field(default=(), compare=False)
    machine_path: str = ""
    user_path: str = ""

    def is_locked(self, key: str) -> bool:
        return key in self.locked


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_bool(v: Any) -> bool:
    return isinstance(v, bool)


class _Rule:
    """A check on a value of the right type.

    ``rule(value)`` is the short Dutch reason the value fails (None when it is
    fine), as the installer's property check shows it; :meth:`problem` is the
    whole message for a config file, one translatable template.
    """

    def __call__(self, v: Any) -> str | None:
        return None

    def problem(self, where: str, key: str) -> Message:
        raise NotImplementedError


class _Url(_Rule):
    def __call__(self, v: Any) -> str | None:
        if v and not re.match(r"^https?://[^\s/]+", v):
            return ("moet een adres zijn dat begint met https:// "
                    "(http:// alleen voor een server op deze computer)")
        return None

    def problem(self, where: str, key: str) -> Message:
        return msg(
            "{0}: '{1}' moet een adres zijn dat begint met https:// (http:// alleen voor een "
            "server op deze computer); "
            "standaardwaarde gebruikt",
            where,
            key,
        )


class _Range(_Rule):
    def __init__(self, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi

    def __call__(self, v: Any) -> str | None:
        return None if self.lo <= v <= self.hi else f"moet tussen {self.lo} en {self.hi} liggen"

    def problem(self, where: str, key: str) -> Message:
        return msg(
            "{0}: '{1}' moet tussen {2} en {3} liggen; standaardwaarde gebruikt",
            where,
            key,
            self.lo,
            self.hi,
        )


class _Lang(_Rule):
    def __call__(self, v: Any) -> str | None:
        return None if v in LANGUAGES else "moet nl, fr of en zijn"

    def problem(self, where: str, key: str) -> Message:
        return msg("{0}: '{1}' moet nl, fr of en zijn; standaardwaarde gebruikt", where, key)


class _Code(_Rule):
    def __call__(self, v: Any) -> str | None:
        if v and not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,62}", v):
            return "mag alleen kleine letters, cijfers en '-' bevatten"
        return None

    def problem(self, where: str, key: str) -> Message:
        return msg(
            "{0}: '{1}' mag alleen kleine letters, cijfers en '-' bevatten; "
            "standaardwaarde gebruikt",
            where,
            key,
        )


#: An office code ("kortrijk-stadhuis"): what the case log, the referrals and the server
#: accept as an office (re-exported as desk.domain.vocab.OFFICE_CODE).
OFFICE_CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


class _Offices(_Rule):
    """Office codes, one or a list: the case log and the server accept nothing else."""

    def __call__(self, v: Any) -> str | None:
        codes = v if isinstance(v, list) else [v] if v else []
        if any(not OFFICE_CODE.fullmatch(c) for c in codes):
            return "moet een kantoorcode zijn (kleine letters, cijfers, '-' of '_')"
        return None

    def problem(self, where: str, key: str) -> Message:
        return msg(
            "{0}: '{1}' moet kantoorcodes bevatten zoals kortrijk-stadhuis (kleine letters, "
            "cijfers, '-' of '_'), geen namen; standaardwaarde gebruikt",
            where,
            key,
        )


class _Key(NamedTuple):
    check: Callable[[Any], bool]
    type_name: str
    user: bool  # may a user's settings.toml set it?
    valid: _Rule = _Rule()


def _wrong_type(type_name: str, where: str, key: str) -> Message:
    """The problem message for a value of the wrong TOML type (one whole sentence per type)."""
    if type_name == "tekst":
        return msg("{0}: '{1}' moet een tekst zijn; standaardwaarde gebruikt", where, key)
    if type_name == "lijst van teksten":
        return msg(
            "{0}: '{1}' moet een lijst van teksten zijn; standaardwaarde gebruikt", where, key
        )
    if type_name == "geheel getal":
        return msg("{0}: '{1}' moet een geheel getal zijn; standaardwaarde gebruikt", where, key)
    return msg("{0}: '{1}' moet een true of false zijn; standaardwaarde gebruikt", where, key)


KEYS: Mapping[str, _Key] = {
    "org": _Key(_is_str, "tekst", user=False, valid=_Code()),
    "office": _Key(_is_str, "tekst", user=True, valid=_Offices()),
    "offices": _Key(_is_str_list, "lijst van teksten", user=False, valid=_Offices()),
    "server_url": _Key(_is_str, "tekst", user=True, valid=_Url()),
    "ca_bundle": _Key(_is_str, "tekst", user=True),
    "proxy": _Key(_is_str, "tekst", user=True, valid=_Url()),
    "retention_days": _Key(_is_int, "geheel getal", user=False, valid=_Range(1, 365)),
    "language": _Key(_is_str, "tekst", user=True, valid=_Lang()),
    "staff_name": _Key(_is_str, "tekst", user=True),
    "topics": _Key(_is_str_list, "lijst van teksten", user=True),
    "sync_interval_minutes": _Key(_is_int, "geheel getal", user=True, valid=_Range(1, 240)),
    "high_contrast": _Key(_is_bool, "true of false", user=True),
    "allow_done_for_citizen": _Key(_is_bool, "true of false", user=False),
    "locked": _Key(_is_str_list, "lijst van teksten", user=False),
}


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.MULTILINE)
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    m = re.search(r"at line (\d+)", str(exc))
    return int(m.group(1)) if m else None


def read_file(path: Path, *, layer: str) -> tuple[dict[str, Any], list[ConfigError]]:
    """Read one config layer; return the valid keys and every problem found.

    ``layer`` is ``"machine"`` or ``"user"`` and decides which keys are allowed.
    """
    problems: list[ConfigError] = []
    if not path.exists():
        return {}, problems
    # Imported only when there is a file to read: it costs the start-up ~20 M
    # instructions, which a machine without a config file need not pay.
    import tomllib

    shown = str(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(
            ConfigError(
                msg(
                    "{0}: het bestand is geen geldige UTF-8-tekst; standaardwaarden gebruikt", shown
                ),
                path=shown,
                detail=str(exc),
            )
        )
        return {}, problems
    except OSError as exc:
        problems.append(
            ConfigError(
                msg("{0}: kan het bestand niet lezen ({1})", shown, exc.strerror), path=shown
            )
        )
        return {}, problems
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_error_line(exc)
        where = f"{shown}:{line}" if line else shown
        problems.append(
            ConfigError(
                msg(
                    "{0}: ongeldige TOML ({1}); de instellingen uit dit bestand "
                    "worden niet gebruikt",
                    where,
                    str(exc),
                ),
                path=shown,
                line=line,
            )
        )
        return {}, problems

    values: dict[str, Any] = {}
    for key, value in data.items():
        line = _line_of(text, key)
        where = f"{shown}:{line}" if line else shown
        spec = KEYS.get(key)
        if spec is None:
            problems.append(
                ConfigError(
                    msg("{0}: onbekende sleutel '{1}' wordt genegeerd", where, key),
                    path=shown,
                    key=key,
                    line=line,
                )
            )
            continue
        if layer == "user" and not spec.user:
            problems.append(
                ConfigError(
                    msg(
                        "{0}: '{1}' kan alleen in de machineconfiguratie worden ingesteld",
                        where,
                        key,
                    ),
                    path=shown,
                    key=key,
                    line=line,
                )
            )
            continue
        if not spec.check(value):
            problems.append(
                ConfigError(
                    _wrong_type(spec.type_name, where, key),
                    path=shown,
                    key=key,
                    line=line,
                )
            )
            continue
        if spec.valid(value):
            problems.append(
                ConfigError(
                    spec.valid.problem(where, key),
                    path=shown,
                    key=key,
                    line=line,
                )
            )
            continue
        values[key] = value
    if layer == "machine" and "locked" in values:
        unknown = [k for k in values["locked"] if k not in KEYS]
        for k in unknown:
            line = _line_of(text, "locked")
            problems.append(
                ConfigError(
                    msg(
                        "{0}: 'locked' noemt een onbekende sleutel '{1}'",
                        f"{shown}:{line}" if line else shown,
                        k,
                    ),
                    path=shown,
                    key="locked",
                    line=line,
                )
            )
    return values, problems


def _coerce(key: str, value: Any) -> Any:
    if key in ("topics", "offices"):
        return tuple(value)
    if key == "locked":
        return frozenset(value)
    return value


def load_config(
    machine_path: Path | None = None, user_path: Path | None = None
) -> Config:
    """Merge machine config and user settings into one :class:`Config`."""
    machine_path = machine_path or paths.site_config_path()
    user_path = user_path or paths.user_settings_path()
    machine, problems = read_file(machine_path, layer="machine")
    locked = frozenset(machine.get("locked", ()))
    user, user_problems = read_file(user_path, layer="user")
    problems.extend(user_problems)
    merged: dict[str, Any] = dict(machine)
    for key, value in user.items():
        if key in locked:
            log.info("user setting %s ignored: locked by the machine config", key)
            continue
        merged[key] = value
    kwargs = {k: _coerce(k, v) for k, v in merged.items()}
    for problem in problems:
        log.warning("config problem: %s", problem.message)
    return Config(
        **kwargs,
        problems=tuple(problems),
        machine_path=str(machine_path),
        user_path=str(user_path),
    )


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def save_user_setting(config: Config, key: str, value: Any, path: Path | None = None) -> Config:
    """Write one user setting, refusing locked or machine-only keys.

    The file is rewritten atomically and only if it parsed cleanly: a user's
    broken file is never overwritten (they may want to fix it by hand).
    """
    spec = KEYS.get(key)
    if spec is None or not spec.user:
        raise ConfigError(msg("'{0}' is geen gebruikersinstelling", key), key=key)
    if config.is_locked(key):
        raise ConfigError(msg("'{0}' is vergrendeld door de IT-dienst", key), key=key)
    if not spec.check(value) or spec.valid(value):
        raise ConfigError(msg("ongeldige waarde voor '{0}'", key), key=key)
    path = path or paths.user_settings_path()
    current, problems = read_file(path, layer="user")
    if any(p.line is not None and not p.key for p in problems) or any(
        "UTF-8" in p.message for p in problems
    ):
        raise ConfigError(
            msg(
                "{0}: bevat fouten; los die eerst op, Desk overschrijft het bestand niet", str(path)
            ),
            path=str(path),
        )
    current[key] = value
    lines = ["# Desk user settings. Machine settings locked by IT cannot be set here.\n"]
    lines += [f"{k} = {_toml_value(v)}\n" for k, v in sorted(current.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(path)
    return dataclasses.replace(config, **{key: _coerce(key, value)})
