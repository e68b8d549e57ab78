#!/usr/bin/env bash
# Frozen smoke test of Desk's rollout artefacts (Linux CI; called from .ci/run).
#
#   installer/ci-smoke.sh            build everything, then check it
#   DESK_SMOKE_SKIP_BUILD=1 ...      reuse installer/out/dist/desk
#   DESK_BUILD_PYTHON=path ...       interpreter with Desk's deps + PyInstaller
#                                    (default .venv/bin/python)
#
# 1. PyInstaller bundle: size budget; offscreen `desk --quit-when-ready` with a
#    fresh profile (runs the migrations); `desk guides check`; `desk
#    diagnostics`; the MSI's config writer.
# 2. .deb: size budget; dpkg -i; smoke-run /opt/desk/desk and /usr/bin/desk;
#    a modified /etc/desk/desk.toml survives an upgrade (conffile); dpkg -r
#    keeps it, dpkg -P removes it.
#    Debian's own checks: lintian on the .deb (no error; the few accepted
#    tags are overridden with their reason in installer/linux/lintian-overrides)
#    and desktop-file-validate on the menu entry; the man page names every
#    subcommand.
# 3. MSI: wixl over the Linux bundle; msiinfo checks the Property table
#    (DESK_* and UpgradeCode), launch conditions and the custom action.
# 4. What ships: no test, tool or development code in the wheel or the bundle
#    (installer/ship_check.py, pattern based).
# Exits non-zero on the first failure. Needs root (or sudo -n) for dpkg, and
# lintian, desktop-file-utils, msitools (python3 dev.py installs them).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$here/out"
bundle="$out/dist/desk"
python=${DESK_BUILD_PYTHON:-$root/.venv/bin/python}
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/desk/__init__.py")
schema_head=$(sed -n 's/^SCHEMA_HEAD = "\(.*\)"/\1/p' "$root/desk/store/schema.py")
upgrade_code="{8C48606D-41E7-4F23-A44E-800880FA5EE3}"
bundle_budget_mb=150
deb_budget_mb=70

scratch=$(mktemp -d "${TMPDIR:-/tmp}/desk-smoke.XXXXXX")
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo -n"
installed=0
cleanup() {
    if [ $installed = 1 ]; then $sudo dpkg -P desk >/dev/null 2>&1 || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT
step() { printf '\n== [%ss] %s\n' "$(( $(date +%s) - t0 ))" "$*"; }
fail() { echo "ci-smoke: FAIL: $*" >&2; exit 1; }
t0=$(date +%s)
for tool in lintian desktop-file-validate; do
    command -v $tool >/dev/null || fail "$tool is not installed (apt-get install lintian desktop-file-utils)"
done

export QT_QPA_PLATFORM=offscreen
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring

# Runs a desk executable with a fresh profile and machine config in $scratch/$1.
fresh() {
    local name=$1; shift
    rm -rf "${scratch:?}/$name"; mkdir -p "$scratch/$name"
    DESK_HOME="$scratch/$name/home" DESK_CONFIG="$scratch/$name/desk.toml" "$@"
}
check_ready_json() {  # $1: output of --quit-when-ready
    echo "$1" | grep -E '^\{"first_paint_ms": [0-9.]+, "ready_ms": [0-9.]+\}$' >/dev/null \
        || fail "--quit-when-ready printed: $1"
}
check_schema() {  # $1: database file
    local got
    got=$("$python" -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select version_num from alembic_version").fetchone()[0])' "$1")
    [ "$got" = "$schema_head" ] || fail "schema $got in $1, expected $schema_head"
}

# --- 1. bundle -------------------------------------------------------------------
if [ "${DESK_SMOKE_SKIP_BUILD:-0}" != 1 ]; then
    step "build the PyInstaller bundle"
    "$here/build.sh" --python "$python" bundle
fi
[ -x "$bundle/desk" ] || fail "no bundle at $bundle"
size_mb=$(du -sm "$bundle" | cut -f1)
echo "bundle: ${size_mb} MB on disk (budget ${bundle_budget_mb} MB)"
[ "$size_mb" -le $bundle_budget_mb ] || fail "bundle is ${size_mb} MB, over ${bundle_budget_mb} MB"

step "frozen: desk --version, --quit-when-ready (fresh profile, migrations), guides check"
[ "$("$bundle/desk" --version)" = "desk $version" ] || fail "desk --version"
ready=$(fresh frozen "$bundle/desk" --quit-when-ready)
echo "$ready"
check_ready_json "$ready"
check_schema "$scratch/frozen/home/desk.db"
[ -f "$scratch/frozen/home/backups" ] && fail "a new profile must not need a backup"
# second start: schema current, Alembic not needed
ready=$(DESK_HOME="$scratch/frozen/home" DESK_CONFIG="$scratch/frozen/desk.toml" "$bundle/desk" --quit-when-ready)
check_ready_json "$ready"
fresh frozen-guides "$bundle/desk" guides check

step "frozen: desk diagnostics"
DESK_HOME="$scratch/frozen/home" DESK_CONFIG="$scratch/frozen/desk.toml" \
    "$bundle/desk" diagnostics --out "$scratch/diag.zip" >/dev/null
"$python" - "$scratch/diag.zip" "$schema_head" <<'PY'
import json, sys, zipfile
data = json.loads(zipfile.ZipFile(sys.argv[1]).read("diagnostics.json"))
assert data["desk"]["frozen"] is True, data["desk"]
assert data["database"]["schema"] == sys.argv[2], data["database"]
assert data["database"]["integrity_check"] == ["ok"], data["database"]
print("diagnostics.zip: frozen, schema", data["database"]["schema"], "integrity ok")
PY

step "frozen: the MSI's config writer (desk --write-machine-config)"
cfg="$scratch/ProgramData/Desk/desk.toml"
"$bundle/desk" --write-machine-config "$cfg" org=harelbeke office=stadhuis \
    server_url=https://desk.example.org ca_bundle=keep retention_days=60 >/dev/null
grep -qx 'org = "harelbeke"' "$cfg" || fail "writer did not set org"
if "$bundle/desk" --write-machine-config "$cfg" retention_days=abc 2>/dev/null; then
    fail "writer accepted retention_days=abc"
fi
grep -qx 'retention_days = 60' "$cfg" || fail "a rejected value changed the file"
# (never `cmd | grep -q` here: grep -q may close the pipe early and, with
# pipefail, SIGPIPE turns a pass into a failure)
report=$(DESK_HOME="$scratch/w/home" DESK_CONFIG="$cfg" "$bundle/desk" diagnostics --json 2>/dev/null)
grep -q '"org": "harelbeke"' <<<"$report" || fail "desk does not read the written config"

# --- 2. .deb ---------------------------------------------------------------------
step "build the .deb"
# xz level 1 to keep CI fast: ~10% larger than the release level 6, so the
# budget check below is on the safe side.
deb=$("$here/linux/make-deb.sh" "$bundle" "$out" "$version" xz 1)
deb_mb=$(( ($(stat -c %s "$deb") + 1048575) / 1048576 ))
echo "deb: $deb (${deb_mb} MB, budget ${deb_budget_mb} MB)"
[ "$deb_mb" -le $deb_budget_mb ] || fail ".deb is ${deb_mb} MB, over ${deb_budget_mb} MB"

step "Debian's checks: lintian, desktop-file-validate, man page"
# Errors fail; warnings are shown (none today). Overrides carry their reason.
lintian_rc=0
lintian --fail-on error --tag-display-limit 0 "$deb" >"$scratch/lintian.txt" 2>&1 || lintian_rc=$?
grep -v "running with root privileges" "$scratch/lintian.txt" || true
[ $lintian_rc = 0 ] || fail "lintian reports errors on $deb (see above)"
echo "lintian: $(grep -c '^E:' "$scratch/lintian.txt" || true) errors, $(grep -c '^W:' "$scratch/lintian.txt" || true) warnings"
desktop-file-validate "$here/linux/desk.desktop" || fail "desktop-file-validate: installer/linux/desk.desktop"
mkdir "$scratch/deb-contents"
dpkg-deb -x "$deb" "$scratch/deb-contents"
help=$("$bundle/desk" --help)
for cmd in $(sed -n '/^  [A-Z]*$/,/^$/s/^    \([a-z-]*\) .*/\1/p' <<<"$help"); do
    zgrep -qx "\.B $cmd" "$scratch/deb-contents/usr/share/man/man1/desk.1.gz" \
        || fail "man page (installer/linux/desk.1) does not describe the subcommand $cmd"
done
[ -s "$scratch/deb-contents/opt/desk/licenses/COMPONENTS.txt" ] || fail "no licenses/COMPONENTS.txt"

if dpkg-query -W -f='${Status}' desk 2>/dev/null | grep "ok installed" >/dev/null; then
    fail "a desk package is already installed on this machine; remove it first (dpkg -r desk)"
fi

step "dpkg -i and smoke-run the installed package"
installed=1
$sudo dpkg -i "$deb" </dev/null >/dev/null
[ -L /usr/bin/desk ] || fail "/usr/bin/desk missing"
[ -f /usr/share/applications/desk.desktop ] || fail ".desktop entry missing"
[ -f /usr/share/icons/hicolor/256x256/apps/desk.png ] || fail "icon missing"
desktop-file-validate /usr/share/applications/desk.desktop || fail "installed .desktop entry is not valid"
dpkg-query -W -f='${Conffiles}\n' desk | grep "/etc/desk/desk.toml" >/dev/null || fail "desk.toml is not a conffile"
# md5sums cover the installed files (dpkg --verify prints each file that differs)
[ "$(dpkg-query --control-show desk md5sums | wc -l)" -gt 100 ] || fail "no md5sums in the .deb"
verify=$($sudo dpkg --verify desk)
[ -z "$verify" ] || fail "dpkg --verify desk right after installing: $verify"
ready=$(fresh deb /opt/desk/desk --quit-when-ready)
echo "$ready"
check_ready_json "$ready"
check_schema "$scratch/deb/home/desk.db"
fresh deb-guides desk guides check

step "upgrade keeps a modified /etc/desk/desk.toml"
printf 'org = "kortrijk"\noffice = "smoke-test"\n' | $sudo tee -a /etc/desk/desk.toml >/dev/null
before=$(sha256sum /etc/desk/desk.toml)
deb2=$("$here/linux/make-deb.sh" "$bundle" "$scratch/upgrade" "${version}+smoke1" none)
$sudo dpkg -i "$deb2" </dev/null >/dev/null
dpkg-query -W -f='${Version}' desk | grep -x "${version}+smoke1" >/dev/null || fail "upgrade not installed"
[ "$(sha256sum /etc/desk/desk.toml)" = "$before" ] || fail "upgrade changed /etc/desk/desk.toml"
report=$(DESK_HOME="$scratch/deb/home" env -u DESK_CONFIG desk diagnostics --json 2>/dev/null)
grep -q '"org": "kortrijk"' <<<"$report" || fail "installed desk does not read /etc/desk/desk.toml"

step "dpkg -r keeps the configuration, dpkg -P removes it"
$sudo dpkg -r desk >/dev/null
[ ! -e /opt/desk/desk ] && [ ! -e /usr/bin/desk ] || fail "dpkg -r left files behind"
[ -f /etc/desk/desk.toml ] || fail "dpkg -r removed the configuration"
$sudo dpkg -P desk >/dev/null
installed=0
[ ! -e /etc/desk/desk.toml ] || fail "dpkg -P kept /etc/desk/desk.toml"

# --- 3. MSI (WiX source check with wixl) ----------------------------------------------
step "MSI: wixl over the Linux bundle, msiinfo"
msi="$scratch/desk-check.msi"
"$here/windows/wixl-build.sh" "$bundle" "$msi" "$version" 2>"$scratch/wixl.log" \
    || { cat "$scratch/wixl.log" >&2; fail "wixl failed"; }
msiinfo export "$msi" Property > "$scratch/property.idt"
for prop in DESK_ORG DESK_OFFICE DESK_SERVER DESK_CA_BUNDLE DESK_RETENTION_DAYS; do
    grep -qP "^$prop\tkeep\r?$" "$scratch/property.idt" || fail "Property table: $prop"
done
grep -qP "^UpgradeCode\t\Q$upgrade_code\E\r?$" "$scratch/property.idt" || fail "UpgradeCode"
grep -qP "^ProductVersion\t\Q$version\E\r?$" "$scratch/property.idt" || fail "ProductVersion"
grep -qP "^ALLUSERS\t1\r?$" "$scratch/property.idt" || fail "not per-machine"
conditions=$(msiinfo export "$msi" LaunchCondition)
for prop in DESK_ORG DESK_SERVER DESK_RETENTION_DAYS DESK_CA_BUNDLE; do
    echo "$conditions" | grep "$prop is ongeldig" >/dev/null || fail "no launch condition for $prop"
done
msiinfo export "$msi" CustomAction | grep -- "--write-machine-config" >/dev/null || fail "custom action"
msiinfo export "$msi" Upgrade | grep -F "$upgrade_code" >/dev/null || fail "Upgrade table"
msiinfo export "$msi" Shortcut | grep "ProgramMenuFolder" >/dev/null || fail "Start-menu shortcut"
echo "msi: $(du -h "$msi" | cut -f1), Property table, launch conditions, upgrade and shortcut ok"

# --- 4. what ships ------------------------------------------------------------------
step "no test, tool or development code in the wheel or the bundle"
"$python" -m pip wheel --quiet --no-deps --disable-pip-version-check -w "$scratch/wheel" "$root" \
    >/dev/null || fail "could not build the wheel"
"$python" "$here/ship_check.py" --wheel "$scratch"/wheel/desk-*.whl --bundle "$bundle" \
    || fail "development code ships (see above; installer/ship_check.py)"

printf '\nci-smoke: all checks passed in %ss\n' $(( $(date +%s) - t0 ))
