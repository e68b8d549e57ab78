#!/usr/bin/env bash
# Compile installer/windows/desk.wxs with msitools' wixl (Linux).
#
#   installer/windows/wixl-build.sh BUNDLE_DIR OUT.msi VERSION
#
# On Linux this is a CHECK of the WiX source (the Linux bundle or a stand-in
# tree takes the place of the Windows bundle), not a Windows installer. The
# real MSI is built on Windows by installer/build.ps1.
set -euo pipefail
bundle=$(cd "${1:?bundle dir}" && pwd)
msi=${2:?output .msi}
version=${3:?version}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
exe=desk.exe
[ -f "$bundle/$exe" ] || exe=desk
work=$(mktemp -d "${TMPDIR:-/tmp}/desk-wixl.XXXXXX")
trap 'rm -rf "$work"' EXIT
# wixl resolves sources relative to the .wxs file and rejects absolute paths:
# build in a scratch folder with links to the bundle and the icon.
ln -s "$bundle" "$work/bundle"
ln -s "$root/resources/icons/desk.ico" "$work/desk.ico"
cp "$here/desk.wxs" "$work/desk.wxs"
# Every file except the main executable (declared in desk.wxs); symlinks are
# skipped (Windows bundles have none).
(cd "$bundle" && find . -type f ! -path "./$exe" | sed 's|^\./||' | sort) \
    | sed "s|^|bundle/|" \
    | wixl-heat -p "bundle/" --component-group CG.Bundle --var var.BundleDir \
        --directory-ref INSTALLDIR --win64 > "$work/bundle.wxs"
case "$msi" in /*) ;; *) msi="$PWD/$msi" ;; esac
mkdir -p "$(dirname "$msi")"
(cd "$work" && wixl -a x64 -D Wixl=1 -D Win64=yes -D Version="$version" -D BundleDir=bundle \
    -D ExeName="$exe" -D IconFile=desk.ico -o "$msi" desk.wxs bundle.wxs)
