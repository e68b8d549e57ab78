"""What ships: fail when development tools or test code are in the wheel or the bundle.

    python installer/ship_check.py --wheel dist/desk-*.whl --bundle installer/out/dist/desk

Lists every file of the wheel and of the frozen bundle, and every module
inside the bundle's archives (the executable's embedded PYZ and
base_library.zip; reading those needs PyInstaller, so run it with the build
interpreter), then applies name patterns rather than a list of today's
files: test packages and modules of any library (``tests``, ``test_*``,
``conftest``), benchmark and tool folders, modules named ``*_tools``,
``dev.py``, and the top-level packages of test, lint, type and build tools.
desk.spec uses the same predicates to leave such modules out.

Exit 0 when clean, 1 with one line per offending entry.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

# Top-level import names of development tools (test runners and plugins, linters,
# type checkers, the freezer itself, packaging tools, the standard library's
# own test and development kits).
DEV_TOP_LEVEL = frozenset({
    "pytest", "_pytest", "py", "pluggy", "iniconfig", "pytestqt", "pytest_qt", "pytest_timeout",
    "pytest_benchmark", "hypothesis", "_hypothesis_pytestplugin", "_hypothesis_globals",
    "schemathesis", "ruff", "mypy", "mypyc", "mypy_extensions", "importlinter", "grimp",
    "PyInstaller", "pyinstaller", "_pyinstaller_hooks_contrib", "pip", "setuptools",
    "pkg_resources", "_distutils_hack", "wheel", "coverage", "IPython", "pygments",
    "pypdf", "tools", "tests", "test", "dev", "bench",
    "idlelib", "lib2to3", "ensurepip", "turtledemo", "unittest", "doctest", "pydoc_data",
})
# A part of a dotted module name or of a path that marks test, benchmark or tool code.
DEV_PART = re.compile(
    r"^(tests?|testing|conftest|bench|benchmarks?|tools|dev"
    r"|test_\w*|_test\w*|\w+_tests?|\w+_tools)$")
# Distribution names (as in NAME-VERSION.dist-info) of the same tools.
DEV_DIST = re.compile(
    r"^(pytest|pytest[-_]\w+|hypothesis|schemathesis|ruff|mypy|mypy[-_]extensions"
    r"|import[-_]linter|grimp|pyinstaller|pyinstaller[-_]hooks[-_]contrib|pip|setuptools"
    r"|wheel|coverage|pluggy|iniconfig|pypdf|pygments|types[-_]\w+)-[^/]*\.dist-info$", re.I)


def is_dev_module(name: str) -> bool:
    """True for a dotted module name that is test, tool or development code."""
    parts = name.split(".")
    return parts[0] in DEV_TOP_LEVEL or any(DEV_PART.match(p) for p in parts)


def is_dev_path(path: str) -> bool:
    """True for a file path (in a wheel or the bundle) of test, tool or dev code."""
    parts = [p for p in path.replace("\\", "/").split("/") if p]
    # Where import names start: after the bundle's contents folder, Python's
    # lib-dynload, or a wheel's NAME.data/purelib|platlib.
    if parts[:1] == ["_internal"]:
        parts = parts[1:]
    if len(parts) > 2 and ((parts[0].startswith("python3") and parts[1] == "lib-dynload")
                           or (parts[0].endswith(".data") and parts[1] in ("purelib", "platlib"))):
        parts = parts[2:]
    if not parts:
        return False
    name = parts[-1]
    if name == "dev.py" or any(DEV_DIST.match(p) for p in parts):
        return True
    stem = re.sub(r"(\.cpython-[^.]+|\.abi3)?\.(py|pyc|pyi|so|pyd)$", "", name)
    dirs = [p for p in parts[:-1] if not p.endswith((".dist-info", ".data"))]
    if name.endswith((".py", ".pyc", ".pyi", ".so", ".pyd")):
        return is_dev_module(".".join([*dirs, stem]))
    return any(DEV_PART.match(p) for p in dirs) or (bool(dirs) and dirs[0] in DEV_TOP_LEVEL)


def wheel_entries(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def bundle_entries(bundle: Path) -> tuple[list[str], list[str]]:
    """(files relative to the bundle, module names inside its archives)."""
    files = sorted(str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_file())
    modules: list[str] = []
    exe = bundle / ("desk.exe" if sys.platform == "win32" else "desk")
    from PyInstaller.archive.readers import PKG_ITEM_PYZ, CArchiveReader

    pkg = CArchiveReader(str(exe))
    for name, entry in pkg.toc.items():
        typecode = entry[-1]
        if typecode == PKG_ITEM_PYZ:
            modules.extend(pkg.open_embedded_archive(name).toc)
        elif typecode in ("m", "M", "s"):  # modules, packages, scripts in the PKG itself
            modules.append(name)
    for base in bundle.rglob("base_library.zip"):
        with zipfile.ZipFile(base) as archive:
            for member in archive.namelist():
                if member.endswith(".pyc"):
                    modules.append(member[:-4].replace("/", ".").removesuffix(".__init__"))
    return files, sorted(set(modules))


def offenders(wheel: Path | None, bundle: Path | None) -> list[str]:
    found = []
    if wheel is not None:
        found += [f"wheel {wheel.name}: {e}" for e in wheel_entries(wheel) if is_dev_path(e)]
    if bundle is not None:
        files, modules = bundle_entries(bundle)
        found += [f"bundle file: {f}" for f in files if is_dev_path(f)]
        found += [f"bundle module: {m}" for m in modules if is_dev_module(m)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wheel", type=Path)
    parser.add_argument("--bundle", type=Path)
    args = parser.parse_args(argv)
    if args.wheel is None and args.bundle is None:
        parser.error("give --wheel and/or --bundle")
    found = offenders(args.wheel, args.bundle)
    for line in found:
        print(f"ships development code: {line}")
    what = " and ".join(x for x, v in (("wheel", args.wheel), ("bundle", args.bundle)) if v)
    print(f"ship_check: {what}: {'FAIL, ' + str(len(found)) + ' entries' if found else 'clean'}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
