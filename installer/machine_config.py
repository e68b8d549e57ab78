"""Write installer properties into the machine config (``desk.toml``).

The Windows MSI runs the installed ``desk.exe --write-machine-config PATH
key=value ...`` as a deferred custom action (see windows/desk.wxs). Rules:

* an empty value or ``keep`` (the MSI properties' default) means "not given":
  that key is left as it is, so an upgrade without properties keeps IT's
  configuration;
* a given value is checked with the app's own rules (:data:`desk.config.KEYS`)
  and replaces the key's line, or is appended; every other line (comments,
  other keys) is kept byte for byte;
* a value the app would reject writes nothing and exits 2 with the reason on
  stderr and in ``install-config.log`` next to the file (msiexec does not log
  a custom action's output);
* a CA bundle that does not exist (yet) is only a warning: IT may roll the
  file out later, and Desk's first start reports it if it is still missing.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

#: The keys the installer may set (the MSI's public properties).
INSTALLER_KEYS = ("org", "office", "server_url", "ca_bundle", "retention_days")


#: The MSI properties' default value: "leave this key as it is".
KEEP = "keep"


class PropertyError(ValueError):
    pass


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def parse_assignments(pairs: Sequence[str]) -> dict[str, object]:
    """``["org=harelbeke", "office=", ...]`` -> validated values (empty ones dropped)."""
    from desk.config import KEYS

    values: dict[str, object] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or key not in INSTALLER_KEYS:
            raise PropertyError(f"onbekende instelling '{pair}'")
        raw = raw.strip()
        if not raw or raw == KEEP:
            continue
        value: object = raw
        if key == "retention_days":
            if not re.fullmatch(r"[0-9]{1,6}", raw):
                raise PropertyError(
                    f"retention_days: '{raw}' is geen geheel aantal dagen (1 tot 365)"
                )
            value = int(raw)
        if any(ch in raw for ch in "\r\n\t\"") or any(ord(ch) < 32 for ch in raw):
            raise PropertyError(f"{key}: de waarde bevat aanhalingstekens of stuurtekens")
        spec = KEYS[key]
        if not spec.check(value):
            raise PropertyError(f"{key}: moet een {spec.type_name} zijn")
        reason = spec.valid(value)
        if reason:
            raise PropertyError(f"{key}: '{raw}' {reason}")
        values[key] = value
    return values


def merge(text: str, values: dict[str, object]) -> str:
    """Set each key in the TOML *text*, keeping every other line unchanged."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    # Only top-level keys count: stop at the first [table] header.
    first_table = next(
        (i for i, line in enumerate(lines) if re.match(r"^\s*\[", line)), len(lines)
    )
    for key, value in values.items():
        rendered = f"{key} = {value if isinstance(value, int) else _toml_string(str(value))}\n"
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(first_table):
            if pattern.match(lines[i]):
                lines[i] = rendered
                break
        else:
            lines.insert(first_table, rendered)
            first_table += 1
    return "".join(lines)


HEADER = (
    "# Desk machine configuration, written by the Desk installer.\n"
    "# Keys set by msiexec properties (DESK_ORG, DESK_OFFICE, DESK_SERVER,\n"
    "# DESK_CA_BUNDLE, DESK_RETENTION_DAYS) are updated on install and upgrade;\n"
    "# every other line is kept. See installer/README.md for all keys.\n"
)


def write_machine_config(path: Path, values: dict[str, object]) -> list[str]:
    """Merge *values* into *path* atomically; return warnings."""
    warnings = []
    ca = values.get("ca_bundle")
    if isinstance(ca, str) and not Path(ca).is_file():
        warnings.append(
            f"ca_bundle: het bestand {ca} bestaat (nog) niet; Desk meldt dat bij de start "
            "zolang het ontbreekt"
        )
    if not values:
        return warnings
    old = path.read_text(encoding="utf-8") if path.exists() else HEADER
    new = merge(old, values)
    try:
        tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:
        try:
            tomllib.loads(old)
        except tomllib.TOMLDecodeError:
            # The file was broken before us; Desk reports it (file and line) at
            # start. Our lines are still correct, so keep going.
            warnings.append(f"{path}: het bestaande bestand is geen geldige TOML ({exc})")
        else:  # pragma: no cover - merge() only writes valid lines
            raise PropertyError(f"interne fout bij het samenvoegen: {exc}") from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(new, encoding="utf-8", newline="\n")
    os.replace(tmp, path)
    return warnings


def _log(path: Path, message: str) -> None:
    try:
        stamp = _dt.datetime.now().astimezone().isoformat(timespec="seconds")
        with (path.parent / "install-config.log").open("a", encoding="utf-8") as fh:
            fh.write(f"{stamp} {message}\n")
    except OSError:
        pass


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("gebruik: desk --write-machine-config PAD sleutel=waarde ...", file=sys.stderr)
        return 2
    path = Path(argv[0])
    try:
        values = parse_assignments(argv[1:])
        warnings = write_machine_config(path, values)
    except (PropertyError, OSError) as exc:
        message = f"machineconfiguratie NIET geschreven ({path}): {exc}"
        print(message, file=sys.stderr)
        _log(path, message)
        return 2
    for warning in warnings:
        print(f"waarschuwing: {warning}", file=sys.stderr)
        _log(path, f"waarschuwing: {warning}")
    done = ", ".join(sorted(values)) or "niets (geen eigenschappen opgegeven)"
    _log(path, f"machineconfiguratie {path}: ingesteld: {done}")
    print(f"{path}: ingesteld: {done}")
    return 0
