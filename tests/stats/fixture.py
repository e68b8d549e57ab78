"""~30 hand-made records whose figures are worked out by hand in the tests.

All moments are at noon UTC (13:00/14:00 in Brussels), except C21, which is
late on 30 November in UTC but already 1 December in Belgium.
"""

from __future__ import annotations

from datetime import UTC, datetime

from desk.domain.stats import CaseRecord, GuideRun, ReferralRecord, StatusChange


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=UTC)


def case(
    day: str, office: str, channel: str, outcome: str, topics: str,
    reason: str | None = None, guide: GuideRun | None = None, hour: int = 12,
) -> CaseRecord:  # fmt: skip
    return CaseRecord(at(day, hour), office, channel, outcome, tuple(topics.split(";")), reason,
                      guide, org="kortrijk")  # fmt: skip


def run(guide: str, stop: str | None = None) -> GuideRun:
    steps = ("start", "pin", "klaar") if guide == "itsme" else ("start", "login", "klaar")
    if stop is None:
        return GuideRun(guide, True, None, steps)
    return GuideRun(guide, False, stop, steps[: steps.index(stop) + 1])


# fmt: off
CASES = [
    case("2026-10-05", "A", "counter", "together", "guide:itsme;topic:Belastingen", guide=run("itsme")),  # C1
    case("2026-10-06", "A", "counter", "together", "topic:Belastingen"),  # C2
    case("2026-10-07", "A", "phone", "citizen_alone", "topic:Pensioen"),  # C3
    case("2026-10-08", "A", "counter", "not_possible", "guide:itsme", "no_eid", run("itsme", "pin")),  # C4
    case("2026-10-09", "B", "counter", "not_possible", "topic:Belastingen", "pin_unknown"),  # C5
    case("2026-10-12", "B", "home_visit", "together", "topic:Pensioen"),  # C6
    case("2026-10-13", "A", "counter", "for_citizen", "topic:Belastingen"),  # C7
    case("2026-10-14", "A", "counter", "together", "guide:itsme", guide=run("itsme", "pin")),  # C8
    case("2026-10-15", "A", "email", "referred", "topic:Internet"),  # C9
    case("2026-10-20", "B", "counter", "together", "guide:ebox", guide=run("ebox")),  # C10
    case("2026-11-02", "A", "counter", "together", "topic:Belastingen;topic:Pensioen"),  # C11
    case("2026-11-03", "A", "counter", "together", "guide:itsme", guide=run("itsme", "start")),  # C12
    case("2026-11-04", "A", "phone", "not_possible", "topic:Belastingen", "no_eid"),  # C13
    case("2026-11-05", "B", "counter", "together", "topic:Belastingen"),  # C14
    case("2026-11-06", "B", "counter", "follow_up", "topic:Pensioen"),  # C15
    case("2026-11-09", "A", "counter", "together", "guide:ebox", guide=run("ebox", "login")),  # C16
    case("2026-11-10", "A", "counter", "together", "topic:Belastingen"),  # C17
    case("2026-11-11", "A", "video", "citizen_alone", "topic:Internet"),  # C18
    case("2026-11-12", "A", "counter", "together", "guide:itsme", guide=run("itsme")),  # C19
    case("2026-11-13", "A", "counter", "not_possible", "topic:Belastingen", "other"),  # C20
    # C21: 30/11 23:30 UTC is 1 December 00:30 in Brussels: outside October-November.
    case("2026-11-30", "A", "counter", "together", "topic:Belastingen", hour=23),
]
# fmt: on


def ref(
    day: str, municipality: str, needs: str, barriers: str, service: str,
    history: list[tuple[str, str]],
) -> ReferralRecord:  # fmt: skip
    changes = tuple(StatusChange(s, at(d)) for s, d in history)
    return ReferralRecord(
        created_at=at(day, 11), office="A", municipality=municipality,
        status=changes[-1].status, needs=tuple(n for n in needs.split(";") if n),
        barriers=tuple(b for b in barriers.split(";") if b), service_id=service,
        history=changes, org="kortrijk",
    )  # fmt: skip


# fmt: off
REFERRALS = [
    ref("2026-10-01", "kortrijk", "eid_itsme;smartphone", "no_device", "svc-a",  # R1: 2 d
        [("sent", "2026-10-01"), ("contact_made", "2026-10-03"), ("first_session", "2026-10-10"),
         ("completed", "2026-10-20")]),
    ref("2026-10-02", "kortrijk", "eid_itsme", "language", "svc-a",  # R2: 4 d
        [("sent", "2026-10-02"), ("received", "2026-10-02"), ("contact_made", "2026-10-06")]),
    ref("2026-10-05", "menen", "email", "cost", "svc-b",  # R3: 1 d
        [("sent", "2026-10-05"), ("contact_made", "2026-10-06"), ("no_show", "2026-10-12")]),
    ref("2026-10-07", "menen", "smartphone", "no_device;cost", "svc-b",  # R4
        [("sent", "2026-10-07")]),
    ref("2026-10-20", "kortrijk", "eid_itsme", "", "svc-a",  # R5: 10 d
        [("sent", "2026-10-20"), ("contact_made", "2026-10-30"), ("first_session", "2026-11-03"),
         ("completed", "2026-11-10")]),
    ref("2026-11-03", "kortrijk", "smartphone", "no_internet", "svc-a",  # R6: 2 d
        [("sent", "2026-11-03"), ("contact_made", "2026-11-05"), ("no_show", "2026-11-10"),
         ("first_session", "2026-11-17")]),
    ref("2026-11-04", "waregem", "egov", "", "svc-c",  # R7
        [("sent", "2026-11-04"), ("declined", "2026-11-06")]),
    ref("2026-11-10", "kortrijk", "eid_itsme", "literacy", "svc-a",  # R8
        [("sent", "2026-11-10"), ("received", "2026-11-11")]),
    ref("2026-11-12", "menen", "email", "", "svc-b",  # R9: 2 d
        [("sent", "2026-11-12"), ("contact_made", "2026-11-14")]),
    ref("2026-11-20", "kortrijk", "smartphone", "", "svc-a",  # R10
        [("sent", "2026-11-20"), ("cancelled", "2026-11-21")]),
]
# fmt: on
