"""Check guide files and folders: the engine behind ``desk guides check``.

The same checks run when the app loads its library and when the central
service publishes guides, so a guide that passes here loads everywhere.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desk.domain.guides.frontmatter import EXCEPTION_WORD
from desk.domain.guides.model import (
    ACTOR_WORDS,
    Guide,
    Problem,
    Step,
    TranslatedStep,
    Translation,
)
from desk.domain.guides.own_account import (
    citizen_actions,
    has_word_list,
    says_self,
    self_sentence,
    staff_actions,
)
from desk.domain.guides.parser import parse_guide, parse_translation

#: Files in a guide folder that are documentation, not guides.
NOT_GUIDES = frozenset({"readme.md", "writing.md"})
IMAGE_SUFFIXES = frozenset({".png", ".svg"})
_LOGIN_WORDS = re.compile(
    r"\b(pin|pincode|pin-code|itsme|wachtwoord|paswoord|aanmelden|aanmeldt|inloggen"
    r"|logt in|meldt aan)\b",
    re.IGNORECASE,
)

_ACTOR_WORD = {actor: word for word, actor in ACTOR_WORDS.items()}
#: Rule codes of :class:`Problem` (see guides/README.md, section "Controleren").
RULE_SOURCES = "sources"
RULE_REVIEW_OVERDUE = "review-overdue"
RULE_REVIEW_FUTURE = "review-future"
RULE_STAFF_ACTION = "staff-action"
RULE_EXCEPTION = "exception"
RULE_SELF_STEP = "self-step"
RULE_STAFF_LOGIN = "staff-login"

ParsedGuide = tuple[Path, Guide | list[Problem]]
ParsedTranslation = tuple[Path, Translation | list[Problem]]


@dataclass
class CheckReport:
    """Outcome of checking guide files.

    Attributes:
        guides: Guides without errors, in path order.
        translations: Translations without errors whose original is among ``guides``
            or the known guides.
        problems: Every error and warning, sorted by path and line.
        skipped: Files left out because of errors, with their errors.
        files_checked: How many guide and translation files were read.
    """

    guides: list[Guide] = field(default_factory=list)
    translations: list[Translation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: dict[Path, list[Problem]] = field(default_factory=dict)
    files_checked: int = 0

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


@dataclass
class Discovery:
    guide_files: list[Path] = field(default_factory=list)
    translation_files: list[Path] = field(default_factory=list)
    image_dirs: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def is_translation_path(path: Path) -> bool:
    return path.parent.parent.name == "i18n"


def _markdown_files(folder: Path) -> list[Path]:
    with os.scandir(folder) as entries:
        names = sorted(e.name for e in entries if e.name.endswith(".md") and e.is_file())
    return [folder / name for name in names]


def discover(paths: Sequence[Path]) -> Discovery:
    """Expand files and folders into guide files, translation files and image folders."""
    found = Discovery()

    seen: set[str] = set()

    def add(target: list[Path], file: Path) -> None:
        # abspath, not resolve(): no system calls per file (2,000 files at start-up).
        key = os.path.abspath(file)
        if key not in seen:
            seen.add(key)
            target.append(file)

    for path in paths:
        if path.is_dir():
            for file in _markdown_files(path):
                if file.name.lower() not in NOT_GUIDES:
                    add(found.guide_files, file)
            i18n = path / "i18n"
            if i18n.is_dir():
                for language in sorted(os.listdir(i18n)):
                    if (i18n / language).is_dir():
                        for file in _markdown_files(i18n / language):
                            add(found.translation_files, file)
            if (path / "images").is_dir():
                found.image_dirs.append(path / "images")
        elif path.is_file():
            if path.suffix.lower() != ".md":
                found.problems.append(
                    Problem(path, 0, "error", "geen gidsbestand (verwacht een .md-bestand)")
                )
            elif is_translation_path(path):
                add(found.translation_files, path)
            else:
                add(found.guide_files, path)
        else:
            found.problems.append(Problem(path, 0, "error", "bestand of map bestaat niet"))
    return found


# --------------------------------------------------------------------------- one guide


def check_guide(guide: Guide, *, today: date) -> list[Problem]:
    """Checks that need only the guide itself and the file system next to it.

    Args:
        guide: The parsed guide.
        today: The office's local day, for the review interval (the domain
            never reads the clock; callers pass ``desk.clock.today()``).
    """
    problems: list[Problem] = []

    def error(line: int, message: str, rule: str = "") -> None:
        problems.append(Problem(guide.path, line, "error", message, rule))

    def warning(line: int, message: str, rule: str = "") -> None:
        problems.append(Problem(guide.path, line, "warning", message, rule))

    first_line: dict[str, int] = {}
    for step in guide.steps:
        if step.id in first_line:
            error(step.line, f"stap-id '{step.id}' staat al op regel {first_line[step.id]}")
        else:
            first_line[step.id] = step.line
    if guide.start not in first_line:
        error(guide.line_of("start"), f"start '{guide.start}' is geen stap van deze gids")

    for step in guide.steps:
        for target in step.targets():
            if target.kind == "step" and target.value not in first_line:
                error(target.line or step.line, f"doel '{target.value}' is geen stap van deze gids")
        if step.image is not None:
            _check_image(guide, step.image.path, step.image.alt, step.image.line, error)
        if step.actor == "staff":
            text = f"{step.title}\n{step.staff_text}\n{step.citizen_text}"
            hit = _LOGIN_WORDS.search(text)
            if hit:
                warning(
                    step.actor_line or step.line,
                    f"stap '{step.id}' gaat over '{hit.group(0)}' maar 'Wie: medewerker'; "
                    "een medewerker meldt nooit aan voor een burger (gebruik 'burger' of 'samen')",
                    RULE_STAFF_LOGIN,
                )
        problems.extend(_check_own_account(guide, step))

    if guide.start in first_line:
        reachable = _reachable(guide)
        for step in guide.steps:
            if step.id not in reachable:
                error(step.line, f"stap '{step.id}' is onbereikbaar vanaf de start '{guide.start}'")
        for step_id in sorted(reachable - _can_finish(guide), key=lambda s: first_line.get(s, 0)):
            error(
                first_line[step_id],
                f"stap '{step_id}' leidt nooit naar een einde (een lus zonder uitweg)",
            )

    if not has_word_list(guide.language):
        warning(
            guide.line_of("language"),
            f"er is geen woordenlijst voor de taal '{guide.language}'; de regel "
            "'de burger typt zelf in het eigen account' kan niet nagekeken worden",
            RULE_STAFF_ACTION,
        )
    if not guide.sources:
        warning(
            guide.line_of("sources") if "sources" in guide.lines else 1,
            "de gids heeft geen bronnen; zet in 'sources' de officiële pagina's "
            "(https) waarop de stappen steunen",
            RULE_SOURCES,
        )
    if guide.reviewed != date.min:
        if guide.review_overdue(today):
            warning(
                guide.line_of("reviewed"),
                f"nazicht verlopen: laatst nagekeken op {guide.reviewed:%d-%m-%Y}, "
                f"opnieuw na te kijken om de {guide.review_months} maanden, dus uiterlijk op "
                f"{guide.review_due:%d-%m-%Y}; kijk de gids na tegen de bronnen en pas "
                "'reviewed' aan",
                RULE_REVIEW_OVERDUE,
            )
        elif guide.reviewed > today:
            warning(
                guide.line_of("reviewed"),
                f"'reviewed' = {guide.reviewed.isoformat()} ligt in de toekomst",
                RULE_REVIEW_FUTURE,
            )
    return problems


def _check_own_account(guide: Guide, step: Step) -> list[Problem]:
    """The citizen types in their own account: staff texts never tell staff to do it.

    A ``samen`` or ``medewerker`` step whose staff text tells staff to type,
    click, choose... is an error, unless a reviewed exception marker says why
    it does not happen in the citizen's account. A ``burger`` step that asks
    the citizen to act says "Deze stap doet u zelf." (a warning otherwise).
    """
    found: list[Problem] = []
    marker = f"<!-- {EXCEPTION_WORD}: reden -->"
    if step.actor in ("together", "staff"):
        hits = staff_actions(step.staff_text, guide.language)
        if hits and step.exception is None:
            words_by_line: dict[int, list[str]] = {}
            for hit in hits:
                words_by_line.setdefault(hit.line, []).append(hit.words)
            for index, words in words_by_line.items():
                line = step.staff_lines[index] if index < len(step.staff_lines) else step.line
                said = "', '".join(dict.fromkeys(words))
                found.append(
                    Problem(
                        guide.path,
                        line,
                        "error",
                        f"stap '{step.id}' (Wie: {_ACTOR_WORD[step.actor]}): de medewerker "
                        f"handelt zelf ('{said}'); in het account of op het toestel van de "
                        "burger typt, klikt, kiest en ondertekent alleen de burger. Schrijf "
                        "wat de medewerker doet (wijs aan, leg uit, lees mee) of maak er een "
                        "stap 'Wie: burger' van. Gebeurt het echt buiten het account van de "
                        f"burger, zet dan op een eigen regel in de medewerkerstekst: {marker}",
                        RULE_STAFF_ACTION,
                    )
                )
        elif step.exception is not None and not hits:
            found.append(
                Problem(
                    guide.path,
                    step.exception_line,
                    "warning",
                    f"stap '{step.id}': de uitzondering is niet nodig, de medewerkerstekst "
                    "laat de medewerker niets doen in het account van de burger; haal ze weg",
                    RULE_EXCEPTION,
                )
            )
        return found
    if step.exception is not None:
        found.append(
            Problem(
                guide.path,
                step.exception_line,
                "warning",
                f"stap '{step.id}' is 'Wie: burger': een uitzondering hoort alleen bij "
                "'Wie: samen' of 'Wie: medewerker'; haal ze weg",
                RULE_EXCEPTION,
            )
        )
    sentence = self_sentence(guide.language)
    hits = citizen_actions(step.citizen_text, guide.language)
    if sentence and hits and not says_self(step.citizen_text, guide.language):
        found.append(
            Problem(
                guide.path,
                step.citizen_line or step.line,
                "warning",
                f"stap '{step.id}' is 'Wie: burger' en de burger handelt zelf "
                f"('{hits[0].words}'); zeg het in de burgertekst: \"{sentence}\"",
                RULE_SELF_STEP,
            )
        )
    return found


def _check_image(
    guide: Guide, src: str, alt: str, line: int, error: Callable[[int, str], None]
) -> None:
    if not alt:
        error(line, "afbeelding zonder alternatieve tekst; beschrijf wat erop staat tussen [ ]")
    if not src:
        error(line, "afbeelding zonder bestandsnaam")
        return
    relative = Path(src)
    if relative.is_absolute() or ".." in relative.parts or "://" in src:
        error(
            line,
            f"afbeelding '{src}' moet een pad binnen de gidsenmap zijn, bv. images/bestand.png",
        )
        return
    if relative.suffix.lower() not in IMAGE_SUFFIXES:
        error(line, f"afbeelding '{src}' moet een PNG- of SVG-bestand zijn")
    if not (guide.path.parent / relative).is_file():
        error(line, f"afbeelding '{src}' bestaat niet")


def _reachable(guide: Guide) -> set[str]:
    steps = {step.id: step for step in guide.steps}
    seen = {guide.start}
    todo = [guide.start]
    while todo:
        step = steps.get(todo.pop())
        if step is None:
            continue
        for target in step.targets():
            if target.kind == "step" and target.value not in seen and target.value in steps:
                seen.add(target.value)
                todo.append(target.value)
    return seen


def _can_finish(guide: Guide) -> set[str]:
    """Steps from which some path reaches an end or another guide."""
    finishing: set[str] = set()
    ids = set(guide.step_ids)
    changed = True
    while changed:
        changed = False
        for step in guide.steps:
            if step.id in finishing:
                continue
            for target in step.targets():
                if target.kind != "step" or target.value in finishing or target.value not in ids:
                    finishing.add(step.id)
                    changed = True
                    break
    return finishing


# --------------------------------------------------------------------------- across files


def check_links(guides: Iterable[Guide], known_ids: Iterable[str]) -> list[Problem]:
    """``gids:`` targets must name a known guide."""
    known = set(known_ids)
    problems: list[Problem] = []
    for guide in guides:
        for step in guide.steps:
            for target in step.targets():
                if target.kind == "guide" and target.value not in known:
                    problems.append(
                        Problem(
                            guide.path,
                            target.line or step.line,
                            "error",
                            f"'gids:{target.value}' verwijst naar een gids die niet bestaat",
                        )
                    )
                elif target.kind == "guide" and target.value == guide.id:
                    problems.append(
                        Problem(
                            guide.path, target.line, "error", "'gids:' verwijst naar deze gids zelf"
                        )
                    )
    return problems


def check_translation(translation: Translation, guide: Guide | None) -> list[Problem]:
    """A translation must follow its original's steps and answers exactly."""
    path = translation.path
    if guide is None:
        return [
            Problem(
                path,
                translation.lines.get("id", 1),
                "error",
                f"er is geen gids '{translation.id}' om te vertalen",
            )
        ]
    problems: list[Problem] = []
    original = guide.step_ids
    translated = tuple(step.id for step in translation.steps)
    if translated != original:
        missing = [s for s in original if s not in translated]
        extra = [s for s in translated if s not in original]
        line = next(
            (step.line for step in translation.steps if step.id in extra),
            translation.steps[0].line if translation.steps else 1,
        )
        detail = []
        if missing:
            detail.append(f"ontbreekt: {', '.join(missing)}")
        if extra:
            detail.append(f"niet in het origineel: {', '.join(extra)}")
        if not detail:
            detail.append("andere volgorde")
        problems.append(
            Problem(
                path,
                line,
                "error",
                f"de stappen verschillen van '{guide.id}' ({'; '.join(detail)}); "
                "de app toont het Nederlands",
            )
        )
        return problems
    for tr_step in translation.steps:
        step = guide.step(tr_step.id)
        if step is None:
            continue
        expected = len(step.question.answers) if step.question is not None else 0
        has_question = tr_step.question is not None
        if (step.question is not None) != has_question:
            where = "heeft een vraag" if step.question is not None else "heeft geen vraag"
            problems.append(
                Problem(
                    path, tr_step.line, "error", f"stap '{tr_step.id}' {where} in het origineel"
                )
            )
        elif len(tr_step.answers) != expected:
            problems.append(
                Problem(
                    path,
                    tr_step.question_line or tr_step.line,
                    "error",
                    f"stap '{tr_step.id}' heeft {len(tr_step.answers)} antwoorden, "
                    f"het origineel {expected}",
                )
            )
        problems += _check_translated_image(translation, tr_step, step)
        problems += _check_translated_self(translation, tr_step, step, guide.language)
    if translation.translates_version < guide.version:
        problems.append(
            Problem(
                path,
                translation.lines.get("translates_version", 1),
                "warning",
                f"vertaling van versie {translation.translates_version}, de gids is nu versie "
                f"{guide.version}; kijk de vertaling na",
            )
        )
    elif translation.translates_version > guide.version:
        problems.append(
            Problem(
                path,
                translation.lines.get("translates_version", 1),
                "error",
                f"vertaling van versie {translation.translates_version}, "
                f"maar de gids is maar versie {guide.version}",
            )
        )
    return problems


def _check_translated_self(
    translation: Translation, tr_step: TranslatedStep, step: Step, original_language: str
) -> list[Problem]:
    """Where the original says "Deze stap doet u zelf.", the translation says it too."""
    original = self_sentence(original_language)
    wanted = self_sentence(translation.language)
    if original is None or wanted is None:
        return []
    if not says_self(step.citizen_text, original_language):
        return []
    if says_self(tr_step.citizen_text, translation.language):
        return []
    return [
        Problem(
            translation.path,
            tr_step.citizen_line or tr_step.line,
            "warning",
            f"stap '{tr_step.id}': het origineel zegt \"{original}\"; zeg het ook in de "
            f"vertaling: \"{wanted}\"",
            RULE_SELF_STEP,
        )
    ]


def _check_translated_image(
    translation: Translation, tr_step: TranslatedStep, step: Step
) -> list[Problem]:
    """A translated image only translates the alt text of the original step's own image."""
    if tr_step.image_alt is None:
        return []
    line = tr_step.image_line or tr_step.line
    if step.image is None:
        return [
            Problem(
                translation.path,
                line,
                "error",
                f"stap '{tr_step.id}' heeft geen afbeelding in het origineel; "
                "een vertaling vertaalt alleen de alt-tekst van de afbeelding van de gids",
            )
        ]
    if tr_step.image_path != step.image.path:
        return [
            Problem(
                translation.path,
                line,
                "error",
                f"afbeelding '{tr_step.image_path}' is niet die van het origineel "
                f"('{step.image.path}'); een vertaling gebruikt dezelfde afbeelding "
                "en vertaalt alleen de alt-tekst",
            )
        ]
    return []


def check_parsed(
    parsed_guides: Sequence[ParsedGuide],
    parsed_translations: Sequence[ParsedTranslation],
    *,
    today: date,
    other_guides: Mapping[str, Guide] | None = None,
    extra_problems: Iterable[Problem] = (),
) -> CheckReport:
    """Run every check over already parsed files.

    Args:
        parsed_guides: ``(path, parse result)`` per guide file.
        parsed_translations: ``(path, parse result)`` per translation file.
        today: Reference date for the review warning.
        other_guides: Guides known from elsewhere (another folder of the
            library) that ``gids:`` links and translations may refer to.
        extra_problems: Problems found before parsing (discovery).
    """
    others = dict(other_guides or {})
    report = CheckReport(files_checked=len(parsed_guides) + len(parsed_translations))
    problems: list[Problem] = list(extra_problems)
    by_path: dict[Path, list[Problem]] = {}
    candidates: list[Guide] = []
    for path, result in parsed_guides:
        found = result if isinstance(result, list) else check_guide(result, today=today)
        by_path.setdefault(path, []).extend(found)
        if isinstance(result, Guide):
            candidates.append(result)

    first: dict[str, Guide] = {}
    for guide in candidates:
        if guide.id in first:
            other = first[guide.id]
            by_path[guide.path].append(
                Problem(
                    guide.path,
                    guide.line_of("id"),
                    "error",
                    f"id '{guide.id}' wordt al gebruikt in {other.path}:{other.line_of('id')}",
                )
            )
        else:
            first[guide.id] = guide
    for problem in check_links(candidates, set(first) | set(others)):
        by_path[problem.path].append(problem)

    valid = [g for g in candidates if not any(p.is_error for p in by_path[g.path])]
    lookup = {**others, **{g.id: g for g in valid}}
    all_ids = set(first) | set(others)
    for path, tr_result in parsed_translations:
        if isinstance(tr_result, list):
            by_path.setdefault(path, []).extend(tr_result)
            continue
        original = lookup.get(tr_result.id)
        if original is None and tr_result.id in all_ids:
            # The original has errors of its own; don't pile on.
            by_path.setdefault(path, []).append(
                Problem(
                    path,
                    1,
                    "error",
                    f"de gids '{tr_result.id}' heeft fouten; vertaling overgeslagen",
                )
            )
            continue
        found = check_translation(tr_result, original)
        by_path.setdefault(path, []).extend(found)
        if not any(p.is_error for p in found):
            report.translations.append(tr_result)

    for path, found in by_path.items():
        problems.extend(found)
        errors = [p for p in found if p.is_error]
        if errors:
            report.skipped[path] = errors
    report.guides = valid
    report.problems = sorted(problems, key=lambda p: (str(p.path), p.line, p.severity))
    return report


def parse_files(discovery: Discovery) -> tuple[list[ParsedGuide], list[ParsedTranslation]]:
    guides: list[ParsedGuide] = [(path, parse_guide(path)) for path in discovery.guide_files]
    translations: list[ParsedTranslation] = [
        (path, parse_translation(path)) for path in discovery.translation_files
    ]
    return guides, translations


def unused_images(discovery: Discovery, guides: Iterable[Guide]) -> list[Problem]:
    """Warn about pictures in ``images/`` that no guide uses."""
    used: set[Path] = set()
    for guide in guides:
        for step in guide.steps:
            if step.image is not None:
                used.add((guide.path.parent / step.image.path).resolve())
    problems = []
    for folder in discovery.image_dirs:
        for image in sorted(folder.iterdir()):
            if image.suffix.lower() in IMAGE_SUFFIXES and image.resolve() not in used:
                problems.append(
                    Problem(image, 0, "warning", "afbeelding wordt door geen enkele gids gebruikt")
                )
    return problems


def check_paths(paths: Sequence[Path], *, today: date) -> CheckReport:
    """Check guide files and folders.

    A folder contributes its ``*.md`` files (except README.md and WRITING.md),
    its translations ``i18n/<lang>/*.md`` and its ``images/``.

    Args:
        paths: Files and folders, in any mix.
        today: Reference date for the review warning (the office's local day).
    """
    discovery = discover(paths)
    guides, translations = parse_files(discovery)
    report = check_parsed(
        guides,
        translations,
        today=today,
        extra_problems=discovery.problems,
    )
    parsed_ok = [result for _, result in guides if isinstance(result, Guide)]
    extra = unused_images(discovery, parsed_ok)
    if extra:
        report.problems = sorted(
            report.problems + extra, key=lambda p: (str(p.path), p.line, p.severity)
        )
    return report
