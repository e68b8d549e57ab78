"""installer/bundle_post.py and installer/ship_check.py on small, real files.

The full bundle is checked by installer/ci-smoke.sh (lintian, ship_check);
these tests pin the pieces: the ELF RUNPATH edit on libraries a C compiler
makes here, the mode fix, the licence index, and the ship patterns.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import INSTALLER, ROOT


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, INSTALLER / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


bundle_post = _load("bundle_post")
ship_check = _load("ship_check")
CC = shutil.which("cc") or shutil.which("gcc") or "cc"
needs_cc = pytest.mark.skipif(not (shutil.which(CC) and shutil.which("readelf") and sys.platform == "linux"),
                              reason="needs a C compiler and readelf on Linux")


def _runpath(path: Path) -> str | None:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                         check=True).stdout
    for line in out.splitlines():
        if "(RUNPATH)" in line or "(RPATH)" in line:
            return line.split("[", 1)[1].rstrip("]")
    return None


def _library(tmp: Path, name: str, rpath: str, *, old_rpath: bool = False) -> Path:
    src = tmp / "answer.c"
    src.write_text("int answer(void) { return 42; }\n")
    lib = tmp / name
    flags = ["-Wl,--disable-new-dtags"] if old_rpath else ["-Wl,--enable-new-dtags"]
    subprocess.run([CC, "-shared", "-fPIC", "-o", str(lib), str(src), f"-Wl,-rpath,{rpath}",
                    *flags], check=True, capture_output=True)
    return lib


@needs_cc
def test_foreign_runpath_is_removed_and_library_still_loads(tmp_path: Path) -> None:
    lib = _library(tmp_path, "libforeign.so", "/opt/somebody/else/lib")
    assert _runpath(lib) == "/opt/somebody/else/lib"
    os.chmod(lib, 0o755)

    assert bundle_post.drop_foreign_runpaths(lib) == "/opt/somebody/else/lib"

    assert _runpath(lib) is None
    assert stat.S_IMODE(lib.stat().st_mode) == 0o755  # mode is not the edit's business
    assert ctypes.CDLL(str(lib)).answer() == 42
    assert bundle_post.drop_foreign_runpaths(lib) is None  # nothing left to do


@needs_cc
def test_origin_entries_are_kept(tmp_path: Path) -> None:
    mixed = _library(tmp_path, "libmixed.so", "$ORIGIN/../lib:/home/builder/py/lib", old_rpath=True)
    only_origin = _library(tmp_path, "liborigin.so", "$ORIGIN")

    assert bundle_post.drop_foreign_runpaths(mixed) == "$ORIGIN/../lib:/home/builder/py/lib"
    assert bundle_post.drop_foreign_runpaths(only_origin) is None

    assert _runpath(mixed) == "$ORIGIN/../lib"
    assert _runpath(only_origin) == "$ORIGIN"
    assert ctypes.CDLL(str(mixed)).answer() == 42


def test_non_elf_files_are_left_alone(tmp_path: Path) -> None:
    text = tmp_path / "notes.so"
    text.write_bytes(b"not an ELF file at all, but long enough to have a header" * 2)
    before = text.read_bytes()
    assert bundle_post.drop_foreign_runpaths(text) is None
    assert bundle_post.drop_foreign_runpaths_in(tmp_path) == {}
    assert text.read_bytes() == before


@needs_cc
def test_shared_libraries_lose_the_exec_bit_programs_keep_it(tmp_path: Path) -> None:
    bundle = tmp_path / "desk"
    (bundle / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    built = _library(tmp_path, "libbuilt.so", "$ORIGIN")
    libs = [bundle / "_internal" / "libz.so.1",
            bundle / "_internal" / "PySide6" / "QtCore.abi3.so",
            bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6"]
    for lib in libs:
        shutil.copy(built, lib)
        lib.chmod(0o755)
    program = bundle / "desk"
    shutil.copy(built, program)  # an ELF file, but not named like a library
    program.chmod(0o755)
    script = bundle / "_internal" / "helper.so.sh"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    link = bundle / "_internal" / "libQt6Core.so.6"
    link.symlink_to("PySide6/Qt/lib/libQt6Core.so.6")

    changed = bundle_post.clear_library_exec_bits(bundle)

    assert sorted(changed) == sorted(libs)
    assert all(stat.S_IMODE(lib.stat().st_mode) == 0o644 for lib in libs)
    assert stat.S_IMODE(program.stat().st_mode) == 0o755
    assert stat.S_IMODE(script.stat().st_mode) == 0o755
    assert bundle_post.clear_library_exec_bits(bundle) == []


def test_licence_index_names_each_origin_and_copies_its_texts(tmp_path: Path) -> None:
    import keyring

    bundle = tmp_path / "desk"
    bundle.mkdir()
    stray = tmp_path / "elsewhere" / "libmystery.so.1"
    stray.parent.mkdir()
    stray.write_bytes(b"\x7fELF")
    sources = [
        ("keyring", keyring.__file__),
        ("os", os.__file__),  # the standard library: Python's licence
        ("desk.paths", str(ROOT / "desk" / "paths.py")),  # Desk itself: not third party
        ("libmystery.so.1", str(stray)),
    ]

    unknown = bundle_post.collect_licences(bundle, sources, ROOT, "9.8.7")

    assert unknown == [f"libmystery.so.1 <- {stray}"]
    index = (bundle / "licenses" / "COMPONENTS.txt").read_text(encoding="utf-8")
    assert "Desk 9.8.7" in index.splitlines()[0]
    assert "keyring " in index and ": MIT" in index
    assert f"Python {sys.version.split()[0]}: PSF-2.0" in index
    assert "GPL-2.0-or-later WITH Bootloader-exception" in index  # the executable itself
    assert "desk" not in {line.split(" ", 1)[0] for line in index.splitlines()}
    licence = (bundle / "licenses" / "keyring-LICENSE").read_text(encoding="utf-8")
    assert "Permission is hereby granted" in licence
    assert stat.S_IMODE((bundle / "licenses" / "keyring-LICENSE").stat().st_mode) == 0o644


@pytest.mark.skipif(not (shutil.which("dpkg-query") and Path("/lib/x86_64-linux-gnu/libz.so.1")
                         .exists()), reason="needs a Debian system with zlib")
def test_system_library_carries_its_debian_copyright_file(tmp_path: Path) -> None:
    bundle = tmp_path / "desk"
    bundle.mkdir()
    unknown = bundle_post.collect_licences(
        bundle, [("libz.so.1", "/lib/x86_64-linux-gnu/libz.so.1")], ROOT, "1.0")
    assert unknown == []
    index = (bundle / "licenses" / "COMPONENTS.txt").read_text(encoding="utf-8")
    assert "zlib1g " in index and "libz.so.1" in index
    assert (bundle / "licenses" / "zlib1g.copyright").read_bytes() == \
        Path("/usr/share/doc/zlib1g/copyright").read_bytes()


# --- what ships -------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "desk.ui.i18n_tools", "tools.i18n", "tests.bench.rollout", "dev", "conftest",
    "jeepney.tests.test_bus", "jeepney.io.tests.conftest", "sqlalchemy.testing.plugin",
    "pytest", "_pytest.python", "mypy.api", "ruff", "PyInstaller.utils.hooks",
    "hypothesis.strategies", "importlinter.cli", "unittest.mock", "pip._internal",
    "desk.store.test_helpers", "desk.sync.fake_test",
])
def test_development_modules_are_recognised(name: str) -> None:
    assert ship_check.is_dev_module(name)


@pytest.mark.parametrize("name", [
    "desk.ui.i18n", "desk.domain.guides.validate", "more_itertools", "jaraco.functools",
    "importlib.metadata._functools", "sqlalchemy.util.langhelpers", "_pyi_rth_utils.qt",
    "desk.store.retention", "keyring.backends.SecretService", "email.contentmanager",
])
def test_runtime_modules_pass(name: str) -> None:
    assert not ship_check.is_dev_module(name)


@pytest.mark.parametrize(("path", "dev"), [
    ("dev.py", True),
    ("tests/bench/rollout.py", True),
    ("_internal/tools/i18n.pyc", True),
    ("_internal/jeepney/tests/test_bus.pyc", True),
    ("_internal/python3.11/lib-dynload/_testcapi.cpython-311-x86_64-linux-gnu.so", True),
    ("_internal/pytest-9.2.0.dist-info/METADATA", True),
    ("_internal/pyinstaller_hooks_contrib-2026.9.dist-info/RECORD", True),
    ("desk-0.1.0.data/purelib/tests/conftest.py", True),
    ("desk/ui/i18n_tools.py", True),
    ("_internal/PyInstaller/loader/pyimod01_archive.py", True),
    ("desk/ui/i18n.py", False),
    ("_internal/desk/_data/guides/attest-gezinssamenstelling.md", False),
    ("_internal/python3.11/lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so", False),
    ("_internal/libQt6Core.so.6", False),
    ("_internal/certifi/cacert.pem", False),
    ("desk-0.1.0.dist-info/METADATA", False),
    ("licenses/PyInstaller-COPYING.txt", False),
])
def test_paths(path: str, dev: bool) -> None:
    assert ship_check.is_dev_path(path) is dev


def test_wheel_listing_reports_each_offender(tmp_path: Path) -> None:
    wheel = tmp_path / "desk-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name in ["desk/__init__.py", "desk/ui/i18n.py", "desk/ui/i18n_tools.py",
                     "desk/_data/guides/x.md", "tests/test_x.py", "desk-1.0.dist-info/RECORD"]:
            archive.writestr(name, "")
    assert ship_check.offenders(wheel, None) == [
        f"wheel {wheel.name}: desk/ui/i18n_tools.py", f"wheel {wheel.name}: tests/test_x.py"]
    assert ship_check.main(["--wheel", str(wheel)]) == 1
