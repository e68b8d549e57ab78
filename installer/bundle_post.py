"""Finishing touches on the PyInstaller bundle, run by desk.spec after COLLECT.

- Shared libraries lose the executable bit: wheels and some Python builds
  install them 0755, PyInstaller copies the mode, and a library is loaded, not
  run (Debian's lintian reports each one as an error).
- RUNPATH/RPATH entries that point outside the bundle are removed. A Python
  built with --enable-shared (pyenv, python-build-standalone, a self-built
  one) stamps its own install directory into libpython and every extension
  module; inside the bundle that path is meaningless at best, and at worst a
  place where the loader would pick up somebody else's libraries. Entries
  relative to $ORIGIN stay: they point into the bundle.
- Licence texts of everything bundled are gathered in ``licenses/`` with an
  index (COMPONENTS.txt), which the .deb copies into its copyright file. A
  file whose origin cannot be told fails the Linux build, so a new
  dependency cannot ship without its licence.

Only the standard library is used; the module is importable without
PyInstaller (tests/rollout exercises it on small files).
"""

from __future__ import annotations

import importlib.metadata as metadata
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import sysconfig
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

LIBRARY_NAME = re.compile(r"\.so(\.[0-9]+)*$")
ELF_MAGIC = b"\x7fELF"
PT_LOAD, PT_DYNAMIC = 1, 2
DT_NULL, DT_STRTAB, DT_RPATH, DT_RUNPATH = 0, 5, 15, 29


def is_shared_library(path: Path) -> bool:
    """A regular ELF file named like a shared library (``x.so``, ``libx.so.6``)."""
    if path.is_symlink() or not path.is_file() or not LIBRARY_NAME.search(path.name):
        return False
    with path.open("rb") as handle:
        return handle.read(4) == ELF_MAGIC


def clear_library_exec_bits(bundle: Path) -> list[Path]:
    """chmod a-x every shared library in the bundle; returns the files changed."""
    changed = []
    for path in sorted(bundle.rglob("*")):
        if not is_shared_library(path):
            continue
        mode = path.stat().st_mode
        if mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH):
            path.chmod(stat.S_IMODE(mode) & ~(stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH))
            changed.append(path)
    return changed


def _runpath_kept(value: str) -> str:
    return ":".join(p for p in value.split(":") if p.startswith(("$ORIGIN", "${ORIGIN}")))


def drop_foreign_runpaths(path: Path) -> str | None:
    """Remove RPATH/RUNPATH directories not relative to $ORIGIN from one ELF file.

    Returns the removed value(s), or None when nothing changed. Handles 64-bit
    little-endian ELF (every Linux target Desk ships for); other files are
    left alone. An entry with only foreign directories is deleted from the
    dynamic section (the entries after it move up, as chrpath -d does); a mixed
    one is rewritten in place with its $ORIGIN parts.
    """
    data = bytearray(path.read_bytes())
    if data[:4] != ELF_MAGIC or data[4] != 2 or data[5] != 1:
        return None
    phoff, = struct.unpack_from("<Q", data, 32)
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
    dynamic = None
    for i in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + i * phentsize)
        if p_type == PT_LOAD:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return None
    entries = []
    for off in range(dynamic[0], dynamic[0] + dynamic[1] - 15, 16):
        tag, val = struct.unpack_from("<qQ", data, off)
        entries.append((tag, val))
        if tag == DT_NULL:
            break
    strtab_vaddr = next((val for tag, val in entries if tag == DT_STRTAB), None)
    if strtab_vaddr is None:
        return None
    strtab = next((off + strtab_vaddr - vaddr for vaddr, off, size in loads
                   if vaddr <= strtab_vaddr < vaddr + size), None)
    if strtab is None:
        return None

    def string_at(index: int) -> str:
        start = strtab + index
        return data[start:data.index(b"\0", start)].decode("utf-8", "replace")

    removed, kept_entries = [], []
    for tag, val in entries:
        if tag in (DT_RPATH, DT_RUNPATH):
            value = string_at(val)
            kept = _runpath_kept(value)
            if kept != value:
                removed.append(value)
                if not kept:
                    continue
                start = strtab + val
                old_len = data.index(b"\0", start) - start
                data[start:start + old_len] = kept.encode().ljust(old_len, b"\0")
        kept_entries.append((tag, val))
    if not removed:
        return None
    while len(kept_entries) < len(entries):
        kept_entries.append((DT_NULL, 0))
    for i, (tag, val) in enumerate(kept_entries):
        struct.pack_into("<qQ", data, dynamic[0] + i * 16, tag, val)
    mode = stat.S_IMODE(path.stat().st_mode)
    path.write_bytes(bytes(data))
    path.chmod(mode)
    return "; ".join(removed)


def drop_foreign_runpaths_in(bundle: Path) -> dict[Path, str]:
    done = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != ELF_MAGIC:
                continue
        removed = drop_foreign_runpaths(path)
        if removed:
            done[path] = removed
    return done


# --- licences ------------------------------------------------------------------------

LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS|COPYRIGHT)[^/]*$", re.I)
COMMON_LICENSES = Path("/usr/share/common-licenses")
# Qt for Python wheels carry no licence files; what Desk uses them under:
QT_NOTE = ("Qt 6 libraries and plugins, Qt for Python (PySide6, shiboken6): used under "
           "LGPL-3.0-only (texts: LGPL-3, GPL-3). Qt includes third-party code under "
           "its own permissive licences, among them ICU (libicu*: Unicode licence), "
           "libjpeg-turbo (qjpeg plugin), HarfBuzz, PCRE2 and double-conversion; "
           "see https://doc.qt.io/qt-6/licenses-used-in-qt.html")
QT_DISTS = {"PySide6_Essentials", "PySide6_Addons", "shiboken6", "PySide6"}


@dataclass
class Component:
    name: str
    version: str
    licence: str
    texts: list[str] = field(default_factory=list)  # file names in licenses/
    note: str = ""


def _dist_owners() -> dict[str, metadata.Distribution]:
    owners = {}
    for dist in metadata.distributions():
        for file in dist.files or []:
            owners[os.path.realpath(str(dist.locate_file(file)))] = dist
    return owners


def _dist_licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    licence = ((meta.get_all("License-Expression") or meta.get_all("License") or [""])[0]
               or "").strip()
    if licence and "\n" not in licence and len(licence) <= 60:
        return licence
    classifiers = [c.rsplit(" :: ", 1)[1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see its licence text"


def _debian_package(path: str) -> tuple[str, str] | None:
    """(package, version) that installed PATH, asking dpkg; None off Debian."""
    if not shutil.which("dpkg-query"):
        return None
    real = os.path.realpath(path)
    candidates = {path, real}
    for p in list(candidates):  # merged /usr: dpkg may know either spelling
        candidates.add(p[4:] if p.startswith("/usr/") else "/usr" + p)
    for candidate in sorted(candidates):
        out = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            package = out.stdout.split(":", 1)[0].split(",")[0].strip()
            version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                                     capture_output=True, text=True).stdout.strip()
            return package, version
    return None


def _copy_text(src: Path, dest_dir: Path, name: str) -> str:
    dest_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest_dir / name)
    (dest_dir / name).chmod(0o644)
    return name


def collect_licences(bundle: Path, sources: list[tuple[str, str]], project_root: Path,
                     version: str) -> list[str]:
    """Write bundle/licenses/ (texts + COMPONENTS.txt) for the bundled files.

    sources: (destination in the bundle, source path) of every collected
    module, extension, library and data file. Returns the sources whose origin
    could not be told (empty on success).
    """
    out = bundle / "licenses"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    owners = _dist_owners()
    stdlib = {os.path.realpath(sysconfig.get_paths()[k]) for k in ("stdlib", "platstdlib")}
    base_prefix = os.path.realpath(sys.base_prefix)
    project = os.path.realpath(project_root)
    components: dict[str, Component] = {}
    unknown: list[str] = []

    def python_component() -> Component:
        if "python" not in components:
            texts = []
            for candidate in (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                              Path(sys.base_prefix) / "LICENSE.txt",
                              Path(f"/usr/share/doc/python{sys.version_info[0]}."
                                   f"{sys.version_info[1]}/copyright")):
                if candidate.is_file():
                    texts.append(_copy_text(candidate, out, "Python.txt"))
                    break
            components["python"] = Component("Python", sys.version.split()[0], "PSF-2.0",
                                             texts)
        return components["python"]

    for dest, src in sources:
        if not src:
            continue
        real = os.path.realpath(src)
        dist = owners.get(real)
        if dist is not None and dist.metadata["Name"].lower() != "desk":
            name = dist.metadata["Name"]
            key = "qt" if name in QT_DISTS else name.lower()
            if key not in components:
                texts = []
                for file in dist.files or []:
                    if LICENCE_FILE.search(str(file)):
                        texts.append(_copy_text(Path(str(dist.locate_file(file))), out,
                                                f"{name}-{Path(str(file)).name}"))
                if key == "qt":
                    for text in ("LGPL-3", "GPL-3"):
                        if (COMMON_LICENSES / text).is_file():
                            texts.append(_copy_text(COMMON_LICENSES / text, out, f"{text}.txt"))
                    components[key] = Component("Qt / Qt for Python", dist.version,
                                                "LGPL-3.0-only", texts, QT_NOTE)
                else:
                    components[key] = Component(name, dist.version, _dist_licence(dist), texts)
            continue
        if dist is not None or real.startswith(project + os.sep):
            continue  # Desk itself (and installer/machine_config.py, entry.py)
        if any(real.startswith(d + os.sep) for d in [*stdlib, base_prefix]):
            python_component()
            continue
        owner = _debian_package(src)
        if owner is not None:
            package, pkg_version = owner
            if package not in components:
                copyright_file = Path("/usr/share/doc") / package / "copyright"
                texts = ([_copy_text(copyright_file, out, f"{package}.copyright")]
                         if copyright_file.is_file() else [])
                components[package] = Component(package, pkg_version,
                                                "as in Debian's copyright file", texts,
                                                "from the Debian package:")
            components[package].note += f" {Path(dest).name}"
            continue
        unknown.append(f"{dest} <- {src}")

    # The PyInstaller bootloader is the bundle's executable.
    try:
        pyi = metadata.distribution("pyinstaller")
        texts = [_copy_text(Path(str(pyi.locate_file(f))), out,
                            f"PyInstaller-{Path(str(f)).name}")
                 for f in pyi.files or [] if LICENCE_FILE.search(str(f))]
        components["pyinstaller"] = Component(
            "PyInstaller bootloader and run-time hooks", pyi.version,
            "GPL-2.0-or-later WITH Bootloader-exception", texts,
            "the 'desk' executable; the exception allows distributing it with any program")
    except metadata.PackageNotFoundError:
        unknown.append("PyInstaller bootloader: pyinstaller is not installed?")

    lines = [f"Third-party components in Desk {version} (made by installer/desk.spec).",
             "Each entry: name, version, licence; then the files in the bundle's",
             "licenses/ folder that hold its licence and copyright texts.", ""]
    for comp in sorted(components.values(), key=lambda c: c.name.lower()):
        lines.append(f"{comp.name} {comp.version}: {comp.licence}")
        if comp.note:
            lines += textwrap.wrap(comp.note, 76, initial_indent="    ",
                                   subsequent_indent="    ")
        lines += textwrap.wrap("texts: " + (", ".join(comp.texts) if comp.texts
                                            else "none found on the build machine"),
                               76, initial_indent="    ", subsequent_indent="    ")
        if not comp.texts:
            unknown.append(f"{comp.name}: no licence text found")
    (out / "COMPONENTS.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return unknown
