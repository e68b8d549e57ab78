"""Fictional training data: ``desk demo-data`` and the test and benchmark profiles.

The profile is marked as a training profile before anything is written, so
every case is stored ``local_only``: none of it can enter the outbox or reach
a server. The same seed gives the same data. A profile that already holds
real (non-training) cases or unsent changes is refused: training data must
never mix with real contacts.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desk.domain import vocab
from desk.domain.cases import CaseValues, Rules, validate_case
from desk.store.cases import CaseRepository
from desk.store.referrals import create_demo_referrals
from desk.store.store import Store
from desk.store.training import mark_training, settle_follow_ups

OFFICES = (
    "kortrijk-stadhuis", "kortrijk-heule", "menen-sociaal-huis", "waregem-loket",
    "harelbeke-bib", "wevelgem-ocmw", "zwevegem-loket", "w13-mobiel",
)
STAFF = ("Annelies", "Bram", "Charlotte", "Dries", "Elke", "Fien", "Gert", "Hanne", "Jonas")
GUIDES = (
    "aanmelden-burgerprofiel", "itsme-activeren", "pin-puk-vergeten", "kaartlezer-aansluiten",
    "attest-gezinssamenstelling", "uittreksel-strafregister", "myminfin-aangifte",
    "ebox-activeren", "afspraak-maken", "phishing-herkennen",
)
NOTES = (
    "", "", "", "", "Burger komt volgende week terug met de brief.",
    "Kaartlezer werkte niet, andere pc gebruikt.", "Uitleg over itsme gegeven.",
    "Zoon helpt thuis verder.", "Portaal was traag, later opnieuw geprobeerd.",
    "Brief van de belastingen samen gelezen.", "Tolk via telefoon nodig gehad.",
    "Wil een cursus digitale basisvaardigheden.", "Attest afgedrukt aan het loket.",
)
WEIGHTS_OUTCOME = (
    ("citizen_alone", 14), ("together", 46), ("for_citizen", 12), ("referred", 7),
    ("follow_up", 9), ("not_possible", 12),
)
WEIGHTS_CHANNEL = (("counter", 70), ("phone", 15), ("home_visit", 7), ("email", 5), ("video", 3))
#: The not-possible reasons, "PIN unknown" twice as likely as the others.
REASONS = (*vocab.REASONS[:2], *vocab.REASONS[1:])
LANGS = ("nl",) * 14 + ("fr", "fr", "en", "ar", "tr", "uk", "pl", "ro")
#: Cases written per transaction.
BATCH = 5000


@dataclass(frozen=True)
class DemoResult:
    cases: int
    referrals: int


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


def generate(
    count: int,
    *,
    seed: int = 1,
    topics: tuple[str, ...],
    now: datetime,
    days: int = 730,
) -> Iterator[CaseValues]:
    """*count* realistic, fictional cases spread over the last *days* days."""
    rng = random.Random(seed)
    rules = Rules(topics=topics, now=now + timedelta(days=1))
    start = now - timedelta(days=days + 1)
    for _ in range(count):
        moment = start + timedelta(seconds=rng.randrange(days * 86400))
        # Office hours: 8:30-17:00 on weekdays.
        moment = moment.replace(hour=rng.randrange(7, 16), minute=rng.randrange(60))
        if moment.weekday() >= 5:
            moment -= timedelta(days=moment.weekday() - 4)
        outcome = _pick(rng, WEIGHTS_OUTCOME)
        chosen = [f"guide:{rng.choice(GUIDES)}"] if rng.random() < 0.45 else []
        chosen.append(f"topic:{rng.choice(topics)}")
        if rng.random() < 0.1:
            chosen.append(f"topic:{rng.choice(topics)}")
        day = moment.astimezone(UTC).date()
        form = {
            "date": day.isoformat(),
            "time": f"{moment.hour:02d}:{moment.minute:02d}",
            "office": rng.choice(OFFICES),
            "staff": rng.choice(STAFF),
            "channel": _pick(rng, WEIGHTS_CHANNEL),
            "topics": ";".join(dict.fromkeys(chosen)),
            "outcome": outcome,
            "duration_min": str(max(2, int(rng.gauss(18, 9)))),
            "not_possible_reason": rng.choice(REASONS) if outcome == "not_possible" else "",
            "follow_up_on": (
                (day + timedelta(days=rng.randrange(1, 21))).isoformat()
                if outcome == "follow_up" else ""
            ),
            "skill": rng.choice(("self_reliant", "needs_help", "needs_help", "cannot_yet", "")),
            "language": rng.choice(LANGS),
            "feedback": rng.choice(("happy", "happy", "neutral", "unhappy", "", "", "")),
            "notes": rng.choice(NOTES),
        }
        if outcome == "follow_up" and rng.random() < 0.3:
            form["citizen_ref"] = f"Oefenburger {rng.randrange(1000, 9999)}"
        yield validate_case(form, rules, training=True)


def fill(store: Store, count: int, *, seed: int, topics: tuple[str, ...],
         now: datetime) -> int:
    """Mark the profile as training and write *count* generated cases."""
    mark_training(store)
    repo = CaseRepository(store)
    written = 0
    batch = iter(generate(count, seed=seed, topics=topics, now=now))
    while written < count:
        with store.tx() as conn:
            for values in batch:
                repo.save(values, conn=conn)
                written += 1
                if written % BATCH == 0:
                    break
    # Most follow-ups older than two weeks were handled; keep every tenth open.
    settle_follow_ups(store, (now - timedelta(days=14)).date())
    return written


def fill_profile(store: Store, *, cases: int, referrals: int, seed: int,
                 topics: tuple[str, ...], now: datetime) -> DemoResult:
    """``desk demo-data``: cases, then (optionally) referrals, in a training profile."""
    written = fill(store, cases, seed=seed, topics=topics, now=now)
    made = create_demo_referrals(store, referrals, seed=seed) if referrals else 0
    return DemoResult(cases=written, referrals=made)
