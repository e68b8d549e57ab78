#!/usr/bin/env python3
"""Set up Desk on a fresh machine and start it or test it.

    python3 dev.py start     # set everything up, then start Desk
    python3 dev.py test      # set everything up, then run the whole test suite
    python3 dev.py test --at "2027-03-01 00:30" tests/cases   # ... as if it were then

Only the standard library is used here, so it runs on a bare Python >= 3.11.
It creates ``.venv`` and installs Desk with the pinned versions from
``constraints.txt``; on Debian/Ubuntu as root it also installs the system
packages the tests need (Xvfb and the openbox window manager, a keyring daemon,
PostgreSQL, Qt's X11 libraries). Re-running is cheap: nothing is reinstalled unless
``pyproject.toml`` or ``constraints.txt`` changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".desk-stamp"

APT_PACKAGES = {
    # binary or file to look for: Debian package
    "Xvfb": "xvfb",
    "xauth": "xauth",
    "dbus-daemon": "dbus",
    "dbus-launch": "dbus-x11",
    "gnome-keyring-daemon": "gnome-keyring",
    "/usr/lib/x86_64-linux-gnu/libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0": "libxcb-cursor0",
    "/usr/lib/x86_64-linux-gnu/libxcb-icccm.so.4": "libxcb-icccm4",
    "/usr/lib/x86_64-linux-gnu/libxcb-keysyms.so.1": "libxcb-keysyms1",
    "/usr/lib/x86_64-linux-gnu/libxcb-shape.so.0": "libxcb-shape0",
    "/usr/lib/x86_64-linux-gnu/libxcb-randr.so.0": "libxcb-randr0",
    "/usr/lib/x86_64-linux-gnu/libxcb-render-util.so.0": "libxcb-render-util0",
    "/usr/lib/x86_64-linux-gnu/libxcb-image.so.0": "libxcb-image0",
    "/usr/lib/x86_64-linux-gnu/libxcb-xkb.so.1": "libxcb-xkb1",
    "/usr/lib/x86_64-linux-gnu/libEGL.so.1": "libegl1",
    "/usr/lib/x86_64-linux-gnu/libGL.so.1": "libgl1",
    "/usr/lib/x86_64-linux-gnu/libfontconfig.so.1": "libfontconfig1",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf": "fonts-dejavu-core",
    "initdb": "postgresql",
    "wixl": "wixl",
    "msiinfo": "msitools",
    # the installer smoke test (installer/ci-smoke.sh)
    "readelf": "binutils",
    "dpkg-architecture": "dpkg-dev",
    "pdftoppm": "poppler-utils",
    "lintian": "lintian",
    "desktop-file-validate": "desktop-file-utils",
    # browser tests of desk-central's web pages (tests/web; Playwright drives it)
    "/usr/bin/chromium": "chromium",
    # a window manager for the Xvfb pass: real window frames and a work area
    "openbox": "openbox",
    "xprop": "x11-utils",
}


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def _present(thing: str) -> bool:
    if thing.startswith("/"):
        return Path(thing).exists()
    if shutil.which(thing):
        return True
    # Debian's postgresql puts its binaries outside PATH
    return thing == "initdb" and any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


def ensure_postgres_user() -> None:
    """PostgreSQL refuses to run as root: the tests start it as ``postgres``."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        say("creating the system user 'postgres' for the PostgreSQL tests")
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                        "postgres"], check=False)


def ensure_system_packages() -> None:
    """Install missing test dependencies with apt, where we can."""
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return
    missing = sorted({pkg for thing, pkg in APT_PACKAGES.items() if not _present(thing)})
    if not missing:
        return
    if os.geteuid() != 0:
        say("missing system packages (tests needing them will skip): " + " ".join(missing))
        say("install them with: sudo apt-get install " + " ".join(missing))
        return
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    result = subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env
    )
    if result.returncode != 0:
        say("apt-get could not install everything; tests that need it will say so")


def ensure_venv(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on any python3
        sys.exit("Desk needs Python 3.11 or newer; this is " + sys.version.split()[0])
    if not PY.exists():
        say(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        path = ROOT / name
        if path.exists():
            digest.update(path.read_bytes())
    digest.update(extras.encode())
    wanted = digest.hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installing Desk and its dependencies into .venv")
    cmd = [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if (ROOT / "constraints.txt").exists():
        cmd += ["-c", str(ROOT / "constraints.txt")]
    cmd += ["-e", f"{ROOT}[{extras}]"]
    subprocess.run(cmd, check=True)
    STAMP.write_text(wanted)


def start_xvfb() -> tuple[subprocess.Popen[bytes] | None, str | None]:
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        return None, None
    for number in range(90, 120):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        display = f":{number}"
        proc = subprocess.Popen(
            [xvfb, display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return proc, display
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.terminate()
    return None, None


def start_window_manager(display: str) -> subprocess.Popen[bytes] | None:
    """Openbox on *display*, when installed: windows get frames and title bars, as on
    a worker's screen (tests of how windows fit the screen need them)."""
    openbox = shutil.which("openbox")
    if not openbox:
        say("openbox is not installed: the Xvfb pass runs without a window manager")
        return None
    proc = subprocess.Popen([openbox], env=dict(os.environ, DISPLAY=display),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Ready when it has claimed the screen (the _NET_SUPPORTING_WM_CHECK window).
    xprop = shutil.which("xprop")
    for _ in range(100):
        if proc.poll() is not None:
            return None
        if not xprop:
            time.sleep(1)
            break
        check = subprocess.run([xprop, "-root", "_NET_SUPPORTING_WM_CHECK"],
                               env=dict(os.environ, DISPLAY=display),
                               capture_output=True, text=True, check=False)
        if "window id" in check.stdout:
            break
        time.sleep(0.1)
    return proc


def _shifted_clock(extra_args: list[str]) -> tuple[list[str], dict[str, str]]:
    """``--at MOMENT`` runs the tests in Brussels time as if it were that moment.

    The suite freezes its clock at ``DESK_TEST_NOW`` and moves the process's own
    clock there too (time-machine; see tests/support/clock.py), so every test
    lives at that date and hour. Returns the remaining pytest arguments and the
    extra environment.
    """
    if "--at" not in extra_args:
        return extra_args, {}
    i = extra_args.index("--at")
    if i + 1 >= len(extra_args):
        sys.exit("dev.py test --at needs a moment, e.g. --at '2027-03-01 00:30'")
    moment, rest = extra_args[i + 1], extra_args[:i] + extra_args[i + 2:]
    say(f"tests at {moment} (Europe/Brussels)")
    return rest, {"DESK_TEST_NOW": moment, "TZ": "Europe/Brussels"}


def run_tests(extra_args: list[str]) -> int:
    ensure_system_packages()
    ensure_postgres_user()
    ensure_venv("test,dev")
    extra_args, shifted = _shifted_clock(extra_args)
    env = dict(os.environ, **shifted)
    env.setdefault("DESK_TEST_ARTIFACTS", str(ROOT / "test-artifacts"))
    pytest = [str(PY), "-m", "pytest"]
    # Part of the GUI suite runs in a real X server, the rest offscreen.
    xvfb, display = start_xvfb()
    window_manager = start_window_manager(display) if display else None
    code = 0
    try:
        if display:
            say(f"GUI tests under Xvfb on {display}"
                + (" with openbox" if window_manager is not None else ""))
            xenv = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
            code = subprocess.run([*pytest, "-m", "xvfb", "-q", *extra_args], env=xenv).returncode
            if code == 5:  # no test carried the marker
                code = 0
        elif os.environ.get("CI"):
            say("Xvfb is not available: the Xvfb part of the GUI suite cannot run")
            code = 1
        else:
            say("Xvfb is not available: skipping the Xvfb part of the GUI suite")
        say("whole suite (offscreen)")
        oenv = dict(env, QT_QPA_PLATFORM="offscreen")
        main = subprocess.run([*pytest, "-m", "not xvfb", *extra_args], env=oenv).returncode
    finally:
        if window_manager is not None:
            window_manager.send_signal(signal.SIGTERM)
            window_manager.wait(timeout=10)
        if xvfb is not None:
            xvfb.send_signal(signal.SIGTERM)
            xvfb.wait(timeout=10)
    return main or code


def start_app(extra_args: list[str]) -> int:
    ensure_venv("test")
    desk = BIN / ("desk.exe" if os.name == "nt" else "desk")
    return subprocess.run([str(desk), *extra_args]).returncode


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("start", "test"):
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    os.chdir(ROOT)
    return start_app(rest) if command == "start" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main())
