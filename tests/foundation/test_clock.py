"""One clock: nothing in Desk or its tests reads the machine's time except desk/clock.py."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk import clock
from desk.clock import FrozenClock, SystemClock
from tests.support.clock import TEST_NOW

ROOT = Path(__file__).resolve().parents[2]

#: Ways Python, Qt and SQL read the time of day. Measuring a duration
#: (time.monotonic, time.perf_counter, QElapsedTimer) is not on this list.
WALL_CLOCK = re.compile(
    r"datetime\.now\(|datetime\.utcnow\(|datetime\.today\(|\bdate\.today\(|\btime\.time\("
    r"|\btime\.time_ns\(|\btime\.localtime\(|\btime\.gmtime\(\)|\btime\.ctime\(\)"
    r"|QDate\.currentDate|QDateTime\.current|QTime\.currentTime"
    r"|CURRENT_TIMESTAMP|CURRENT_DATE|datetime\('now'|date\('now'|func\.now\("
)

#: Files allowed to read the machine's clock, and why.
ALLOWED = {
    "desk/clock.py": "the one clock",
    "tests/support/clock.py": "chooses the moment the test session is frozen at, once",
    "tests/foundation/test_clock.py": "names the patterns it looks for",
    "tests/sync/test_tls.py": "certificates must be valid by the clock OpenSSL checks them against",
}


def wall_clock_reads(text: str) -> list[int]:
    """Line numbers in *text* that read the time of day (comments ignored)."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        code = line.split("#", 1)[0]
        if WALL_CLOCK.search(code):
            found.append(number)
    return found


def test_the_scanner_finds_every_kind_of_read() -> None:
    sample = (
        "a = datetime.now(UTC)\nb = date.today()\nc = time.time()\n"
        "d = QDate.currentDate()\ne = \"SELECT CURRENT_TIMESTAMP\"\n"
        "f = time.monotonic()  # a duration, fine\n# datetime.now() in a comment\n"
    )
    assert wall_clock_reads(sample) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("room", ["desk", "tests"])
def test_nothing_else_reads_the_wall_clock(room: str) -> None:
    offenders = []
    for path in sorted((ROOT / room).rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in ALLOWED:
            continue
        for number in wall_clock_reads(path.read_text(encoding="utf-8")):
            offenders.append(f"{relative}:{number}")
    assert not offenders, "read the time through desk.clock instead: " + ", ".join(offenders)


def test_every_test_lives_at_the_frozen_moment(frozen_clock: FrozenClock) -> None:
    assert clock.current() is frozen_clock
    assert clock.now() == TEST_NOW
    frozen_clock.advance(hours=3)
    assert clock.now() == TEST_NOW + timedelta(hours=3)


def test_a_frozen_clock_tells_aware_utc_and_the_brussels_day() -> None:
    frozen = FrozenClock(datetime(2027, 2, 28, 23, 30, tzinfo=UTC))
    assert frozen.now().tzinfo is UTC
    # 23:30 UTC on the last day of February is 00:30 on 1 March in Brussels.
    assert frozen.today().isoformat() == "2027-03-01"
    with pytest.raises(ValueError):
        FrozenClock(datetime(2027, 1, 1))  # naive: which zone?


def test_install_returns_the_previous_clock() -> None:
    mine = FrozenClock(datetime(2030, 1, 1, tzinfo=UTC))
    previous = clock.install(mine)
    try:
        assert clock.now() == datetime(2030, 1, 1, tzinfo=UTC)
    finally:
        assert clock.install(previous) is mine


def test_the_system_clock_is_aware_utc() -> None:
    moment = SystemClock().now()
    assert moment.tzinfo is UTC
