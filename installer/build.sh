#!/usr/bin/env bash
# Build Desk for Linux: PyInstaller bundle, tarball and .deb (and, to check the
# WiX source, an MSI over the Linux bundle with msitools' wixl).
#
#   installer/build.sh [--python PY] [--skip-bundle] [bundle] [tar] [deb] [msi]
#
# Without targets: bundle tar deb. By default a clean build venv is made in
# installer/out/venv with the exact versions from constraints.txt, so every
# rollout build is reproducible. --python reuses an interpreter that already
# has Desk's dependencies and PyInstaller (CI passes .venv/bin/python).
# Outputs go to installer/out/ (git-ignored).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$here/out"
python=""
skip_bundle=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --python) python=$2; shift 2 ;;
        --skip-bundle) skip_bundle=1; shift ;;
        bundle|tar|deb|msi) targets+=("$1"); shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(bundle tar deb)
want() { local t; for t in "${targets[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/desk/__init__.py")
[ -n "$version" ] || { echo "build.sh: no __version__ in desk/__init__.py" >&2; exit 1; }
mkdir -p "$out"

if [ -z "$python" ]; then
    if [ ! -x "$out/venv/bin/python" ]; then
        python3 -m venv "$out/venv"
    fi
    python="$out/venv/bin/python"
    "$python" -m pip install --quiet --upgrade pip
    # Runtime dependencies and PyInstaller, pinned; Desk itself is frozen from
    # the source tree (the spec puts it first on the path).
    "$python" -m pip install --quiet -c "$root/constraints.txt" "$root" pyinstaller
fi

bundle="$out/dist/desk"
if want bundle && [ $skip_bundle = 0 ]; then
    echo "== PyInstaller bundle (desk $version)"
    (cd "$root" && "$python" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$out/dist" --workpath "$out/build" "$here/desk.spec")
    echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1))"
fi

if want tar; then
    tarball="$out/desk-$version-linux-$(uname -m).tar.gz"
    tar -C "$out/dist" -czf "$tarball" desk
    echo "tarball: $tarball ($(du -h "$tarball" | cut -f1))"
fi

if want deb; then
    deb=$("$here/linux/make-deb.sh" "$bundle" "$out" "$version")
    echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi

if want msi; then
    # Not a Windows installer: the Linux bundle stands in for the Windows one
    # so that CI can compile and inspect the WiX source (installer/README.md).
    msi="$out/desk-$version-wixl-check.msi"
    "$here/windows/wixl-build.sh" "$bundle" "$msi" "$version"
    echo "msi (check build): $msi"
fi
