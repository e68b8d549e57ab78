"""Read one guide (or translation) file into the model, or say exactly what is wrong.

The format is described in ``guides/README.md``. The header is read by
:mod:`desk.domain.guides.frontmatter`; this module reads the steps. The parser
only looks at one file; checks that need the file system or other guides live
in :mod:`desk.domain.guides.validate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desk.domain.guides.frontmatter import (
    EXCEPTION_WORD,
    SLUG,
    ExceptionMarker,
    Fields,
    FrontMatter,
    Sink,
    check_category,
    check_language,
    check_report_ids,
    check_slug,
    check_sources,
    decode,
    front_matter,
    read_text,
)
from desk.domain.guides.model import (
    ACTOR_WORDS,
    BRING,
    DEFAULT_REVIEW_MONTHS,
    REASONS,
    REVIEW_MONTHS_RANGE,
    Actor,
    Answer,
    Guide,
    Image,
    Problem,
    Question,
    Step,
    Target,
    TranslatedStep,
    Translation,
)

_STEP_HEADING = re.compile(r"^##(?!#)\s*(?P<title>.*?)\s*(?:\{#(?P<id>[^}]*)\})?\s*$")
_SECTION = re.compile(r"^###(?!#)\s*(?P<name>[^:]*?)\s*(?::\s*(?P<rest>.*?))?\s*$")
_DIRECTIVE = re.compile(r"^(?P<key>wie|volgende|einde)\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*[-*+]\s+(?P<label>.*?)\s*(?:->|→)\s*(?P<target>.*?)\s*$")
_ANSWER_LABEL = re.compile(r"^\s*[-*+]\s+(?P<label>.*?)\s*$")
_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\(\s*(?P<src>[^)\s]*)\s*\)\s*$")
_END_NOT_POSSIBLE = re.compile(
    r"^niet[- ]mogelijk\s*/\s*(?P<reason>[a-z_]+)\s*(?:[\"“”](?P<advice>[^\"“”]*)[\"“”])?\s*$",
    re.IGNORECASE,
)
_END_DONE = re.compile(r"^gelukt\s*(?:[\"“”](?P<advice>[^\"“”]*)[\"“”])?\s*$", re.IGNORECASE)

GUIDE_KEYS: dict[str, bool] = {
    # key: required
    "id": True,
    "title": True,
    "summary": True,
    "category": True,
    "tags": True,
    "synonyms": True,
    "minutes": True,
    "bring": True,
    "prechecks": True,
    # Without sources the guide still loads; the validator warns.
    "sources": False,
    "reviewed": True,
    "reviewer": True,
    "version": True,
    "language": True,
    "start": False,
    "review_months": False,
    # Guide reports this version resolves (``desk-central publish`` closes them).
    "resolves": False,
}
TRANSLATION_KEYS: dict[str, bool] = {
    "id": True,
    "language": True,
    "translates_version": True,
    "title": True,
    "summary": True,
}

# Section order inside a step; ``### Vraag`` carries the question on its line.
_SECTION_ORDER = {"medewerker": 0, "burger": 1, "afbeelding": 2, "vraag": 3}
# A translation has no staff text; its ``### Afbeelding`` only translates the alt text
# of the original's image (same path, checked by the validator).
_TRANSLATION_SECTIONS = {"burger": 1, "afbeelding": 2, "vraag": 3}


# --------------------------------------------------------------------------- body


@dataclass
class _RawStep:
    title: str
    id: str
    line: int
    actor: Actor | None = None
    actor_line: int = 0
    sections: dict[str, int] = field(default_factory=dict)  # name -> line
    last_section: str = ""
    staff: list[str] = field(default_factory=list)
    staff_lines: list[int] = field(default_factory=list)
    citizen: list[str] = field(default_factory=list)
    exception: str | None = None
    exception_line: int = 0
    image: Image | None = None
    question: str | None = None
    question_line: int = 0
    answers: list[tuple[str, str, int]] = field(default_factory=list)
    flow: tuple[str, str, int] | None = None  # (kind 'volgende'|'einde', value, line)


def _clean_text(lines: list[str]) -> str:
    """Trim blank lines at both ends and collapse runs of blank lines (left by comments)."""
    return _clean_numbered(lines, list(range(len(lines))))[0]


def _clean_numbered(lines: list[str], numbers: list[int]) -> tuple[str, tuple[int, ...]]:
    """:func:`_clean_text`, keeping the file line of every line that stays."""
    kept: list[str] = []
    kept_numbers: list[int] = []
    for line, number in zip(lines, numbers, strict=True):
        line = line.rstrip()
        if line or (kept and kept[-1]):
            kept.append(line)
            kept_numbers.append(number)
    while kept and not kept[-1]:
        kept.pop()
        kept_numbers.pop()
    return "\n".join(kept), tuple(kept_numbers)


def _split_steps(
    fm: FrontMatter, sink: Sink, sections: dict[str, int], translation: bool
) -> list[_RawStep]:
    steps: list[_RawStep] = []
    current: _RawStep | None = None
    for index, raw in enumerate(fm.body):
        line_no = fm.body_start + index + 1
        stripped = raw.strip()
        if raw.startswith("##") and not raw.startswith("###"):
            heading = _STEP_HEADING.match(raw)
            title = heading.group("title") if heading else stripped.lstrip("#").strip()
            step_id = heading.group("id") if heading and heading.group("id") is not None else None
            if step_id is None:
                sink.error(
                    line_no, f"stap '{title}' heeft geen id; schrijf '## {title} {{#stap-id}}'"
                )
                step_id = ""
            elif not SLUG.match(step_id.strip()):
                sink.error(
                    line_no,
                    f"stap-id '{step_id}' mag alleen kleine letters, cijfers en "
                    "koppeltekens bevatten",
                )
            if not title:
                sink.error(line_no, "stap zonder titel")
            current = _RawStep(title=title, id=step_id.strip(), line=line_no)
            steps.append(current)
            continue
        if raw.startswith("#") and not raw.startswith("###"):
            sink.error(
                line_no, "kop van niveau 1 is niet toegestaan; een stap begint met '## Titel {#id}'"
            )
            continue
        marker = fm.markers.get(line_no)
        if marker is not None and not translation:
            _exception(current, marker, line_no, sink)
        if current is None:
            if stripped:
                sink.error(
                    line_no, "tekst vóór de eerste stap; een stap begint met '## Titel {#id}'"
                )
            continue
        if raw.startswith("###") and not raw.startswith("####"):
            _open_section(current, raw, line_no, sink, sections)
            continue
        directive = _DIRECTIVE.match(stripped) if not translation else None
        if directive:
            _directive(
                current, directive.group("key").lower(), directive.group("value"), line_no, sink
            )
            continue
        _section_line(current, raw, stripped, line_no, sink, translation)
    return steps


def _open_section(
    step: _RawStep, raw: str, line_no: int, sink: Sink, allowed: dict[str, int]
) -> None:
    match = _SECTION.match(raw)
    name = (match.group("name") if match else "").strip().lower()
    rest = (match.group("rest") or "").strip() if match else ""
    if name not in allowed:
        names = ", ".join(f"### {n.capitalize()}" for n in allowed)
        sink.error(line_no, f"onbekende sectie '{raw.strip()}' (toegestaan: {names})")
        step.last_section = "?"
        return
    if name in step.sections:
        sink.error(line_no, f"sectie '### {name.capitalize()}' staat twee keer in deze stap")
    elif step.sections and max(allowed[s] for s in step.sections) > allowed[name]:
        order = " → ".join(f"### {n.capitalize()}" for n in allowed)
        sink.error(
            line_no,
            f"sectie '### {name.capitalize()}' staat op de verkeerde plaats (volgorde: {order})",
        )
    elif name != "vraag" and rest:
        sink.error(line_no, f"na '### {name.capitalize()}' hoort geen tekst op dezelfde regel")
    step.sections[name] = line_no
    step.last_section = name
    if name == "vraag":
        step.question = rest
        step.question_line = line_no
        if not rest:
            sink.error(line_no, "de vraag is leeg; schrijf '### Vraag: <de vraag>'")


def _exception(step: _RawStep | None, marker: ExceptionMarker, line_no: int, sink: Sink) -> None:
    """Attach an ``<!-- uitzondering: reden -->`` marker to its step, or say what is wrong."""
    example = f"<!-- {EXCEPTION_WORD}: reden -->"
    if step is None or step.last_section != "medewerker":
        sink.error(
            line_no,
            f"een uitzondering hoort in de tekst onder '### Medewerker' van een stap "
            f"(schrijf '{example}' op een eigen regel)",
        )
        return
    if not marker.own_line:
        sink.error(line_no, f"zet de uitzondering alleen op een eigen regel: '{example}'")
        return
    if not marker.has_colon or not marker.reason:
        sink.error(
            line_no,
            f"uitzondering zonder reden; schrijf waarom de medewerker hier niet in het account "
            f"van de burger werkt: '{example}'",
        )
        return
    if step.exception is not None:
        sink.error(
            line_no, f"deze stap heeft al een uitzondering op regel {step.exception_line}"
        )
        return
    step.exception = marker.reason
    step.exception_line = line_no


def _directive(step: _RawStep, key: str, value: str, line_no: int, sink: Sink) -> None:
    if key == "wie":
        if step.actor_line:
            sink.error(
                line_no, f"'Wie:' staat twee keer in deze stap (eerst op regel {step.actor_line})"
            )
            return
        step.actor_line = line_no
        actor = ACTOR_WORDS.get(value.strip().lower())
        if actor is None:
            sink.error(line_no, f"'Wie: {value}' is ongeldig; kies burger, samen of medewerker")
        step.actor = actor
        return
    if step.flow is not None:
        sink.error(
            line_no, f"deze stap heeft al een 'Volgende:' of 'Einde:' op regel {step.flow[2]}"
        )
        return
    step.flow = (key, value, line_no)


def _section_line(
    step: _RawStep, raw: str, stripped: str, line_no: int, sink: Sink, translation: bool
) -> None:
    section = step.last_section
    if section == "medewerker":
        step.staff.append(raw)
        step.staff_lines.append(line_no)
    elif section == "burger":
        step.citizen.append(raw)
    elif section == "afbeelding":
        if not stripped:
            return
        match = _IMAGE.match(stripped)
        if match is None:
            sink.error(line_no, "verwacht een afbeelding als '![beschrijving](images/bestand.png)'")
        elif step.image is not None:
            sink.error(line_no, "één afbeelding per stap")
        else:
            step.image = Image(
                path=match.group("src"), alt=match.group("alt").strip(), line=line_no
            )
    elif section == "vraag":
        if not stripped:
            return
        if translation:
            label_match = _ANSWER_LABEL.match(raw)
            if label_match is None:
                sink.error(line_no, "verwacht een antwoord als '- <antwoord>'")
            elif "->" in stripped or "→" in stripped:
                sink.error(
                    line_no,
                    "een vertaald antwoord heeft geen doel ('->'); "
                    "de gids bepaalt waar het heen gaat",
                )
            else:
                step.answers.append((label_match.group("label"), "", line_no))
            return
        match = _ANSWER.match(raw)
        if match is None:
            sink.error(line_no, "verwacht een antwoord als '- <antwoord> -> <doel>'")
        else:
            step.answers.append((match.group("label"), match.group("target"), line_no))
    elif section == "?":
        return
    elif stripped:
        sink.error(
            line_no, "tekst buiten een sectie; zet hem onder '### Medewerker' of '### Burger'"
        )


def parse_target(text: str, line: int) -> Target | str:
    """A ``Target`` from the text after ``->`` (or after ``Einde:``), or a Dutch complaint."""
    value = text.strip()
    lowered = value.lower()
    if lowered.startswith("einde"):
        rest = value[5:].lstrip()
        if not rest.startswith(":"):
            return (
                f"doel '{value}' is ongeldig; schrijf 'einde: gelukt' of "
                "'einde: niet-mogelijk/<reden>'"
            )
        return parse_end(rest[1:].strip(), line)
    if lowered.startswith("gids:"):
        guide_id = value[5:].strip()
        if not SLUG.match(guide_id):
            return f"'gids:{guide_id}' verwijst niet naar een geldig gids-id"
        return Target("guide", guide_id, line=line)
    if SLUG.match(value):
        return Target("step", value, line=line)
    return (
        f"doel '{value}' is ongeldig; gebruik een stap-id, 'gids:<id>', 'einde: gelukt' "
        "of 'einde: niet-mogelijk/<reden> \"advies\"'"
    )


def parse_end(text: str, line: int) -> Target | str:
    done = _END_DONE.match(text)
    if done:
        return Target("end", "done", advice=(done.group("advice") or "").strip(), line=line)
    not_possible = _END_NOT_POSSIBLE.match(text)
    if not_possible:
        reason = not_possible.group("reason").lower()
        if reason not in REASONS:
            return f"onbekende reden '{reason}' (kies uit: {', '.join(REASONS)})"
        advice = (not_possible.group("advice") or "").strip()
        return Target("end", "not_possible", reason=reason, advice=advice, line=line)
    return f"einde '{text}' is ongeldig; schrijf 'gelukt' of 'niet-mogelijk/<reden> \"advies\"'"


def _build_steps(raw_steps: list[_RawStep], sink: Sink) -> list[Step]:
    steps: list[Step] = []
    for position, raw in enumerate(raw_steps):
        if raw.actor_line == 0:
            sink.error(raw.line, f"stap '{raw.id}' mist 'Wie: burger|samen|medewerker'")
        staff, staff_lines = _clean_numbered(raw.staff, raw.staff_lines)
        citizen = _clean_text(raw.citizen)
        for name, text in (("medewerker", staff), ("burger", citizen)):
            if name not in raw.sections:
                sink.error(raw.line, f"stap '{raw.id}' mist de sectie '### {name.capitalize()}'")
            elif not text:
                sink.error(raw.sections[name], f"sectie '### {name.capitalize()}' is leeg")
        if "afbeelding" in raw.sections and raw.image is None:
            sink.error(raw.sections["afbeelding"], "sectie '### Afbeelding' zonder afbeelding")
        question: Question | None = None
        if "vraag" in raw.sections:
            answers: list[Answer] = []
            for label, target_text, line in raw.answers:
                if not label:
                    sink.error(line, "antwoord zonder tekst")
                target = parse_target(target_text, line)
                if isinstance(target, str):
                    sink.error(line, target)
                    continue
                answers.append(Answer(label=label, target=target, line=line))
            if len(raw.answers) < 2:
                sink.error(raw.question_line, "een vraag heeft minstens twee antwoorden nodig")
            question = Question(
                text=raw.question or "", answers=tuple(answers), line=raw.question_line
            )
        flow: Target | None = None
        explicit = raw.flow is not None
        if raw.flow is not None:
            kind, value, line = raw.flow
            if question is not None:
                sink.error(line, "een stap met een vraag kan geen 'Volgende:' of 'Einde:' hebben")
            parsed = parse_end(value, line) if kind == "einde" else parse_target(value, line)
            if isinstance(parsed, str):
                sink.error(line, parsed)
            else:
                flow = parsed
        elif question is None:
            if position + 1 < len(raw_steps):
                flow = Target("step", raw_steps[position + 1].id)
            else:
                flow = Target("end", "done")
        if question is not None:
            flow = None
        steps.append(
            Step(
                id=raw.id,
                title=raw.title,
                actor=raw.actor or "together",
                staff_text=staff,
                citizen_text=citizen,
                image=raw.image,
                question=question,
                flow=flow,
                line=raw.line,
                actor_line=raw.actor_line,
                flow_explicit=explicit,
                staff_lines=staff_lines,
                citizen_line=raw.sections.get("burger", 0),
                exception=raw.exception,
                exception_line=raw.exception_line,
            )
        )
    return steps


# --------------------------------------------------------------------------- entry points


def parse_guide(path: Path, raw: bytes | None = None) -> Guide | list[Problem]:
    """Parse one guide file.

    Args:
        path: The file; its stem must equal the guide id.
        raw: The file's bytes if already read (the loader reads files once).

    Returns:
        The guide, or the problems (at least one error) that prevent reading it.
        Problems that need other files (links, images, unique ids) are not
        checked here.
    """
    sink = Sink(path)
    text = decode(raw, sink) if raw is not None else read_text(path, sink)
    if text is None:
        return sink.problems
    fm = front_matter(text, sink)
    if fm is None:
        return sink.problems
    fields = Fields(fm, GUIDE_KEYS, sink)
    guide_id = fields.text("id", check=check_slug)
    if guide_id and guide_id != path.stem:
        sink.error(
            fields.line("id"), f"id '{guide_id}' moet gelijk zijn aan de bestandsnaam '{path.stem}'"
        )
    title = fields.text("title")
    summary = fields.text("summary")
    category = fields.text("category", check=check_category)
    tags = fields.texts("tags")
    synonyms = fields.texts("synonyms")
    minutes = fields.integer("minutes", 1, 240)
    bring = fields.texts("bring", allowed=BRING)
    prechecks = fields.texts("prechecks")
    sources = fields.texts("sources")
    check_sources(sources, fields)
    reviewed = fields.day("reviewed")
    review_months = (
        fields.integer("review_months", *REVIEW_MONTHS_RANGE)
        if "review_months" in fm.data
        else DEFAULT_REVIEW_MONTHS
    )
    reviewer = fields.text("reviewer")
    version = fields.integer("version", 1)
    language = fields.text("language", check=check_language)
    start = fields.text("start", check=check_slug) if "start" in fm.data else ""
    resolves = fields.texts("resolves")
    check_report_ids(resolves, fields)

    raw_steps = _split_steps(fm, sink, _SECTION_ORDER, translation=False)
    if not raw_steps:
        sink.error(fm.body_start + 1, "de gids heeft geen stappen ('## Titel {#stap-id}')")
    steps = _build_steps(raw_steps, sink)
    if sink.has_errors:
        return sink.problems
    return Guide(
        id=guide_id,
        title=title,
        summary=summary,
        category=category,
        tags=tags,
        synonyms=synonyms,
        minutes=minutes,
        bring=bring,
        prechecks=prechecks,
        sources=sources,
        reviewed=reviewed,
        reviewer=reviewer,
        version=version,
        language=language,
        start=start or steps[0].id,
        steps=tuple(steps),
        path=path,
        lines=dict(fm.lines),
        review_months=review_months,
        resolves=resolves,
    )


def parse_translation(path: Path, raw: bytes | None = None) -> Translation | list[Problem]:
    """Parse one translation file (``i18n/<lang>/<id>.md``); see :func:`parse_guide`."""
    sink = Sink(path)
    text = decode(raw, sink) if raw is not None else read_text(path, sink)
    if text is None:
        return sink.problems
    fm = front_matter(text, sink)
    if fm is None:
        return sink.problems
    fields = Fields(fm, TRANSLATION_KEYS, sink)
    guide_id = fields.text("id", check=check_slug)
    if guide_id and guide_id != path.stem:
        sink.error(
            fields.line("id"), f"id '{guide_id}' moet gelijk zijn aan de bestandsnaam '{path.stem}'"
        )
    language = fields.text("language", check=check_language)
    folder = path.parent.name
    if language and folder and path.parent.parent.name == "i18n" and language != folder:
        sink.error(
            fields.line("language"), f"taal '{language}' past niet bij de map 'i18n/{folder}'"
        )
    version = fields.integer("translates_version", 1)
    title = fields.text("title")
    summary = fields.text("summary")
    raw_steps = _split_steps(fm, sink, _TRANSLATION_SECTIONS, translation=True)
    if not raw_steps:
        sink.error(fm.body_start + 1, "de vertaling heeft geen stappen ('## Titel {#stap-id}')")
    steps: list[TranslatedStep] = []
    for item in raw_steps:
        citizen = _clean_text(item.citizen)
        if "burger" not in item.sections:
            sink.error(item.line, f"stap '{item.id}' mist de sectie '### Burger'")
        elif not citizen:
            sink.error(item.sections["burger"], "sectie '### Burger' is leeg")
        if "afbeelding" in item.sections and item.image is None:
            sink.error(item.sections["afbeelding"], "sectie '### Afbeelding' zonder afbeelding")
        elif item.image is not None and not item.image.alt:
            sink.error(
                item.image.line,
                "afbeelding zonder vertaalde alternatieve tekst; "
                "beschrijf wat erop staat tussen [ ]",
            )
        steps.append(
            TranslatedStep(
                id=item.id,
                title=item.title,
                citizen_text=citizen,
                question=item.question,
                answers=tuple(label for label, _, _ in item.answers),
                line=item.line,
                question_line=item.question_line,
                image_alt=item.image.alt if item.image is not None else None,
                image_path=item.image.path if item.image is not None else "",
                image_line=item.image.line if item.image is not None else 0,
                citizen_line=item.sections.get("burger", 0),
            )
        )
    if sink.has_errors:
        return sink.problems
    return Translation(
        id=guide_id,
        language=language,
        translates_version=version,
        title=title,
        summary=summary,
        steps=tuple(steps),
        path=path,
        lines=dict(fm.lines),
    )
