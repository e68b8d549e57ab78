#!/usr/bin/env bash
# Build the Desk .deb from a PyInstaller bundle.
#
#   installer/linux/make-deb.sh BUNDLE_DIR OUT_DIR VERSION [COMPRESSION [LEVEL]]
#
# BUNDLE_DIR is installer/out/dist/desk; COMPRESSION and LEVEL go to dpkg-deb
# -Z/-z (xz 6 by default for releases; CI uses xz 1, about 10% larger and 4x
# faster, and "none" for its throw-away upgrade package).
# Layout: /opt/desk (the bundle), /usr/bin/desk -> /opt/desk/desk, a .desktop
# entry, the icon in hicolor, a man page, and /etc/desk/desk.toml as a
# conffile, so an upgrade never overwrites IT's configuration. The copyright
# file is installer/linux/copyright plus the bundle's licenses/COMPONENTS.txt;
# lintian's overrides (each with its reason) are installer/linux/lintian-overrides.
set -euo pipefail

bundle=${1:?bundle dir}
out=${2:?output dir}
version=${3:?version}
compression=${4:-xz}
level=${5:-6}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

[ -x "$bundle/desk" ] || { echo "make-deb: no bundle at $bundle (run the PyInstaller step first)" >&2; exit 1; }
arch=$(dpkg --print-architecture)
maintainer="Desk team - Digital transformation South-West Flanders <desk@example.invalid>"
# The bundle needs at least the C library it was built against.
glibc=$(ldd --version 2>/dev/null | sed -n "1s/.* \([0-9][0-9.]*\)$/\1/p")

stage=$(mktemp -d "${TMPDIR:-/tmp}/desk-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
pkg="$stage/desk"
install -d "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/etc/desk" \
    "$pkg/usr/share/applications" "$pkg/usr/share/icons/hicolor/256x256/apps" \
    "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/doc/desk" \
    "$pkg/usr/share/man/man1" "$pkg/usr/share/lintian/overrides"
cp -a "$bundle" "$pkg/opt/desk"
cp "$root/installer/README.md" "$pkg/opt/desk/README-IT.md"
ln -s /opt/desk/desk "$pkg/usr/bin/desk"
install -m 0644 "$here/desk.desktop" "$pkg/usr/share/applications/desk.desktop"
install -m 0644 "$root/resources/icons/desk.png" "$pkg/usr/share/icons/hicolor/256x256/apps/desk.png"
install -m 0644 "$root/resources/icons/desk.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/desk.svg"
install -m 0644 "$here/desk.toml" "$pkg/etc/desk/desk.toml"
[ -f "$bundle/licenses/COMPONENTS.txt" ] || { echo "make-deb: $bundle/licenses/COMPONENTS.txt missing (built by desk.spec)" >&2; exit 1; }
{ cat "$here/copyright"; sed 's/^/ /; s/^ $/ ./' "$bundle/licenses/COMPONENTS.txt"; } \
    > "$pkg/usr/share/doc/desk/copyright"
chmod 0644 "$pkg/usr/share/doc/desk/copyright"
# Native package: the changelog names the version and, when known, the commit.
# Dated by the commit (or SOURCE_DATE_EPOCH) so that rebuilds are identical.
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || true)
stamp=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}
{
    printf 'desk (%s) stable; urgency=medium\n\n' "$version"
    printf '  * Desk %s%s.\n\n' "$version" "${commit:+, built from commit $commit}"
    printf ' -- %s  %s\n' "$maintainer" "$(LC_ALL=C date -u -R -d "@$stamp")"
} | gzip -9n > "$pkg/usr/share/doc/desk/changelog.gz"
gzip -9n < "$here/desk.1" > "$pkg/usr/share/man/man1/desk.1.gz"
install -m 0644 "$here/lintian-overrides" "$pkg/usr/share/lintian/overrides/desk"
chmod -R u+rwX,go+rX,go-w "$pkg"

size_kb=$(du -sk "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<TXT
Package: desk
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $size_kb
Depends: libc6 (>= $glibc), libxcb1, libgl1, libegl1, libfontconfig1
Recommends: libcups2 | libcups2t64, gnome-keyring | kwalletmanager, xdg-desktop-portal
Description: digital help at the counter (guides, case log, referrals)
 Desk helps counter staff of the municipalities of South-West Flanders and
 W13 to help citizens with e-services: step-by-step guides, an offline case
 log, e-inclusion referrals and sync to a central API.
 .
 Machine configuration: /etc/desk/desk.toml (kept across upgrades).
TXT
echo "/etc/desk/desk.toml" > "$pkg/DEBIAN/conffiles"
cat > "$pkg/DEBIAN/postinst" <<'TXT'
#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
TXT
cat > "$pkg/DEBIAN/postrm" <<'TXT'
#!/bin/sh
set -e
# User data (~/.local/share/Desk) is never touched. "purge" removes the
# machine configuration only because dpkg owns /etc/desk/desk.toml.
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
fi
exit 0
TXT
chmod 0755 "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm"
# md5sums of every shipped file, so `dpkg --verify desk` can tell IT whether an
# installation was altered (conffiles are checked through DEBIAN/conffiles).
(cd "$pkg" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -printf '%P\0' \
    | LC_ALL=C sort -z | xargs -0 md5sum) > "$pkg/DEBIAN/md5sums"
chmod 0644 "$pkg/DEBIAN/md5sums"

mkdir -p "$out"
deb="$out/desk_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Z"$compression" -z"$level" --build "$pkg" "$deb" >/dev/null
echo "$deb"
