"""``desk demo-data``: fill the current profile with fictional training data.

The profile is marked as a training profile (meta ``training=1``) before
anything is written, so every case is stored ``local_only``: none of it can
enter the outbox or reach a server. The same seed gives the same data.

A profile that already holds real (non-training) cases or unsent changes
is refused: training data must never mix with real contacts.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desk import clock
from desk.domain import vocab
from desk.domain.cases import CaseValues, Rules, validate_case
from desk.errors import InputError

if TYPE_CHECKING:
    from desk.store.store import Store

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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cases", type=int, default=200, help="aantal fictieve contacten")
    parser.add_argument("--referrals", type=int, default=0,
                        help="aantal fictieve doorverwijzingen (standaard 0)")
    parser.add_argument("--seed", type=int, default=1, help="zaadgetal: zelfde getal, zelfde data")


def run(args: argparse.Namespace) -> int:
    if args.cases < 0 or args.cases > 1_000_000:
        raise InputError("--cases moet tussen 0 en 1.000.000 liggen")
    if args.referrals < 0 or args.referrals > 1_000_000:
        raise InputError("--referrals moet tussen 0 en 1.000.000 liggen")
    from desk.config import load_config
    from desk.store.store import open_store

    config = load_config()
    store = open_store()
    try:
        written = fill(store, args.cases, seed=args.seed, topics=config.topics)
        referrals = 0
        if args.referrals:
            from desk.store.referrals import create_demo_referrals

            referrals = create_demo_referrals(store, args.referrals, seed=args.seed)
    finally:
        store.close()
    print(f"{written} fictieve contacten en {referrals} fictieve doorverwijzingen toegevoegd; "
          "dit profiel staat in OEFENMODUS en synchroniseert nooit.")
    return 0


def mark_training(store: Store) -> None:
    """Mark *store*'s profile as training, refusing one with real data."""
    with store.tx() as conn:
        real = conn.execute("SELECT count(*) FROM cases WHERE training = 0").fetchone()[0]
        queued = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
        if real or queued:
            raise InputError(
                "Dit profiel bevat echte contacten of niet-verzonden wijzigingen. "
                "Oefengegevens komen alleen in een apart oefenprofiel: start met een lege "
                "DESK_HOME-map."
            )
        store.set_meta("training", "1", conn)


def fill(store: Store, count: int, *, seed: int, topics: tuple[str, ...],
         now: datetime | None = None) -> int:
    """Mark the profile as training and write *count* generated cases."""
    from desk.store.cases import CaseRepository

    mark_training(store)
    repo = CaseRepository(store)
    now = now or clock.now()
    written = 0
    batch = iter(generate(count, seed=seed, topics=topics, now=now))
    while written < count:
        with store.tx() as conn:
            for values in batch:
                repo.save(values, conn=conn)
                written += 1
                if written % 5000 == 0:
                    break
    with store.tx() as conn:
        # Most follow-ups older than two weeks were handled; keep every tenth open.
        cutoff = (now - timedelta(days=14)).date().isoformat()
        conn.execute(
            "UPDATE cases SET follow_up_done = 1 WHERE follow_up_on < ? AND rowid % 10 != 0",
            (cutoff,),
        )
    return written
