"""Benchmark (not a test): load time and search-as-you-type latency over 2,000 guides.

Run: .venv/bin/python tests/bench/guides.py [--guides 2000] [--keep DIR]

Generates synthetic guides of realistic size in a temporary folder, then measures
* the cold load (parse, check, build the index, write the cache),
* the warm load (from the cache, as at every app start),
* the load after one file changed (re-parse one file, rebuild the index),
* the time per keystroke while typing realistic queries character by character.
Targets (issue 3): search p95 <= 10 ms per keystroke, load <= 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desk import clock as desk_clock
from desk.domain.guides.library import load_library
from desk.domain.guides.model import BRING, CATEGORIES

WORDS = """
aanmelden aanvraag aanvragen adres afspraak akte app attest bank bankkaart beveiligingscode
bevestigen bewijs bijlage browser burger burgerprofiel burgerzaken code computer controleren
datum digitaal document downloaden e-mail e-loket eid eid-kaart formulier gegevens gemeente
gemeentehuis geboorte gezin gezinssamenstelling groeipakket gsm handtekening huurwaarborg
identiteit inloggen installeren internet itsme kaartlezer kind kinderbijslag klikken knop
link loket melding mijn minfin myminfin ondertekenen online openen paswoord pdf pincode
premie puk rijksregisternummer renovatie scherm smartphone sms startpagina stap strafregister
tablet telefoon toestel uittreksel updaten verbouwing verbouwpremie verhuizen verlengen
versturen videogesprek wachtwoord website woning zoeken belasting aangifte ebox brief
""".split()
FILLER = """
de het een en van in op voor met aan te er is dat die u uw we samen eerst daarna dan ook nog
niet wel als of om bij naar zo goed even rustig zelf helpt kijkt vraagt toont legt uit
""".split()
SYLLABLES = (
    "ver be ont aan af op uit in toe over kaart code lijst punt vak raam plaats bericht".split()
)
QUERIES = [
    "pincode vergeten",
    "paswoord kwijt",
    "itsme werkt niet",
    "attest gezinssamenstelling",
    "uittreksel strafregister",
    "hoe vraag ik mijn verbouwpremie aan",
    "belastingaangifte myminfin",
    "ebox activeren",
    "afspraak maken gemeentehuis",
    "e-mailadres aanmaken",
    "groeipakket aanvragen",
    "phishing herkennen",
    "videogesprek",
    "kaartlezer installeren",
    "pdf ondertekenen met eid",
    "digitale sleutel activatiecode",
    "melding doen bij de gemeente",
    "burgerprofiel aanmelden",
]


def _sentence(rng: random.Random, words: list[str], length: int) -> str:
    picked = [rng.choice(words if rng.random() < 0.55 else FILLER) for _ in range(length)]
    return " ".join(picked).capitalize() + "."


def _text(rng: random.Random, words: list[str], sentences: int) -> str:
    return " ".join(_sentence(rng, words, rng.randint(6, 12)) for _ in range(sentences))


def _guide(number: int, rng: random.Random, words: list[str]) -> tuple[str, str]:
    guide_id = f"gids-{number:04d}"
    topic = rng.sample(WORDS, 3)
    steps = rng.randint(5, 10)
    tags = ", ".join(f'"{w}"' for w in rng.sample(WORDS, 4))
    synonyms = ", ".join(
        f'"{rng.choice(WORDS)} {rng.choice(FILLER)} {rng.choice(WORDS)}"' for _ in range(3)
    )
    bring = ", ".join(f'"{b}"' for b in rng.sample(BRING, 3))
    lines = [
        "+++",
        f'id = "{guide_id}"',
        f'title = "{topic[0].capitalize()} {topic[1]} {number}"',
        f'summary = "{_text(rng, words, 2)}"',
        f'category = "{rng.choice(CATEGORIES)}"',
        f"tags = [{tags}]",
        f"synonyms = [{synonyms}]",
        f"minutes = {rng.randint(5, 60)}",
        f"bring = [{bring}]",
        f'prechecks = ["{_sentence(rng, words, 8)}", "{_sentence(rng, words, 8)}"]',
        'sources = ["https://www.vlaanderen.be/"]',
        "reviewed = 2026-10-01",
        'reviewer = "Bench"',
        "version = 1",
        'language = "nl"',
        "+++",
        "",
    ]
    for index in range(steps):
        lines += [
            f"## {_sentence(rng, words, 4)[:-1]} {{#stap-{index}}}",
            f"Wie: {rng.choice(['burger', 'samen', 'samen'])}",
            "",
            "### Medewerker",
            _text(rng, words, rng.randint(3, 6)),
            "",
            f"- {_sentence(rng, words, 5)}",
            f"- {_sentence(rng, words, 5)}",
            "",
            "### Burger",
            _text(rng, words, rng.randint(2, 4)),
            "",
        ]
        if index < steps - 1 and rng.random() < 0.4:
            lines += [
                f"### Vraag: {_sentence(rng, words, 5)[:-1]}?",
                f"- Ja -> stap-{index + 1}",
                '- Nee -> einde: niet-mogelijk/other "Probeer het later opnieuw."',
                "",
            ]
    return guide_id, "\n".join(lines)


def generate(folder: Path, count: int) -> None:
    rng = random.Random(2026)
    # A realistic vocabulary: the base words plus a few thousand compounds.
    words = list(WORDS)
    for _ in range(4000):
        words.append(rng.choice(SYLLABLES) + rng.choice(WORDS))
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        guide_id, text = _guide(number, rng, words)
        (folder / f"{guide_id}.md").write_text(text, encoding="utf-8")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guides", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()

    if hasattr(os, "getloadavg"):
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (1 min)")
    with tempfile.TemporaryDirectory() as temp:
        root = args.keep or Path(temp)
        folder = root / "guides"
        cache = root / "profile" / "guides.cache"
        started = time.perf_counter()
        generate(folder, args.guides)
        size = sum(p.stat().st_size for p in folder.glob("*.md"))
        print(
            f"generated {args.guides} guides ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s"
        )

        started = time.perf_counter()
        library = load_library([folder], cache, today=desk_clock.today())
        cold = time.perf_counter() - started
        assert not library.skipped, list(library.skipped.items())[:3]
        print(
            f"cold load (parse + check + index + write cache): {cold:.3f} s, {len(library.guides)} guides"
        )
        print(f"cache file: {cache.stat().st_size / 1e6:.1f} MB")

        warm: list[float] = []
        warm_cpu: list[float] = []
        for _ in range(5):
            started, started_cpu = time.perf_counter(), time.process_time()
            library = load_library([folder], cache, today=desk_clock.today())
            warm.append(time.perf_counter() - started)
            warm_cpu.append(time.process_time() - started_cpu)
            assert library.from_cache
        print(
            f"warm load (from cache), 5 runs: median {statistics.median(warm):.3f} s, "
            f"max {max(warm):.3f} s (CPU median {statistics.median(warm_cpu):.3f} s)"
        )

        changed = folder / "gids-0007.md"
        changed.write_text(
            changed.read_text(encoding="utf-8").replace("version = 1", "version = 2"),
            encoding="utf-8",
        )
        started = time.perf_counter()
        library = load_library([folder], cache, today=desk_clock.today())
        partial = time.perf_counter() - started
        print(f"load after 1 changed file (re-parse 1, re-check, rebuild index): {partial:.3f} s")

        timings: list[float] = []
        cpu: list[float] = []
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                typed = query[:end]
                started, started_cpu = time.perf_counter(), time.thread_time()
                library.search(typed)
                timings.append(time.perf_counter() - started)
                cpu.append(time.thread_time() - started_cpu)
        filtered: list[float] = []
        for query in QUERIES[:6]:
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                library.search(query[:end], category="identiteit-en-aanmelden")
                filtered.append(time.perf_counter() - started)
        ms = [t * 1000 for t in timings]
        print(
            f"search per keystroke ({len(ms)} keystrokes over {len(QUERIES)} queries): "
            f"p50 {_percentile(ms, 0.5):.2f} ms, p95 {_percentile(ms, 0.95):.2f} ms, max {max(ms):.2f} ms"
        )
        cms = [t * 1000 for t in cpu]
        print(
            f"  CPU time of this thread (unaffected by other load): "
            f"p95 {_percentile(cms, 0.95):.2f} ms, max {max(cms):.2f} ms"
        )
        fms = [t * 1000 for t in filtered]
        print(
            f"  with a category filter: p95 {_percentile(fms, 0.95):.2f} ms, max {max(fms):.2f} ms"
        )

        search_ok = _percentile(ms, 0.95) <= 10
        load_ok = statistics.median(warm) <= 0.5
        print(f"target search p95 <= 10 ms: {'OK' if search_ok else 'NOT MET'}")
        print(
            f"target load <= 0.5 s (from cache, as at app start): {'OK' if load_ok else 'NOT MET'}"
            f"; cold load {'also within' if cold <= 0.5 else 'over'} 0.5 s ({cold:.2f} s)"
        )
        return 0 if search_ok and load_ok else 1


if __name__ == "__main__":
    sys.exit(main())
