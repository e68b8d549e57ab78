"""The guide data model: what a parsed guide file is, independent of its text form.

Everything is a frozen dataclass so that a loaded library can be shared
between threads (the library loads off the GUI thread) and cached with pickle.
Line numbers are kept on every item so that later checks can point an editor
to the exact line of the offending item.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Final, Literal

from desk.domain import vocab
from desk.domain.days import is_overdue

Actor = Literal["citizen", "together", "staff"]
Severity = Literal["error", "warning"]
EndKind = Literal["done", "not_possible"]
TargetKind = Literal["step", "guide", "end"]

ACTORS: Final[tuple[Actor, ...]] = ("citizen", "together", "staff")
#: The Dutch words of the `Wie:` line and the actor code they stand for.
ACTOR_WORDS: Final[dict[str, Actor]] = {
    "burger": "citizen",
    "samen": "together",
    "medewerker": "staff",
}

CATEGORIES: Final[tuple[str, ...]] = (
    "identiteit-en-aanmelden",
    "attesten-en-documenten",
    "belastingen-en-geld",
    "gezin-en-zorg",
    "wonen-en-verbouwen",
    "gemeente-en-afspraken",
    "veilig-online",
    "basisvaardigheden",
)

BRING: Final[tuple[str, ...]] = (
    "eid",
    "pin",
    "puk",
    "kaartlezer",
    "smartphone",
    "itsme",
    "bankkaart",
    "digipass",
    "emailadres",
    "gsm-nummer",
    "computer",
    "documenten",
    "rijksregisternummer",
    "adres-en-gegevens",
)

#: A guide is checked against its sources again this many months after ``reviewed``,
#: unless its header sets ``review_months``.
DEFAULT_REVIEW_MONTHS: Final = 6
#: The range ``review_months`` may take.
REVIEW_MONTHS_RANGE: Final = (1, 24)

#: Not-possible reasons: the case-log vocabulary (:data:`desk.domain.vocab.REASONS`).
REASONS: Final = vocab.REASONS


@dataclass(frozen=True)
class Problem:
    """One finding of the parser or validator, tied to a file and line.

    Attributes:
        path: The file the problem is in.
        line: 1-based line of the offending item; 0 when the file itself is the item
            (for example a path that does not exist).
        severity: ``"error"`` (the guide is skipped) or ``"warning"`` (it still loads).
        message: Dutch text saying what is wrong.
        rule: A short code for the rule that found it (``"staff-action"``,
            ``"self-step"``, ``"review-overdue"``...), so that tests and tools can
            pick out one kind; ``""`` for the format checks.
    """

    path: Path
    line: int
    severity: Severity
    message: str
    rule: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def format(self, shown_path: str | None = None) -> str:
        """``path:line: fout: message`` as printed by ``desk guides check``."""
        where = shown_path if shown_path is not None else str(self.path)
        word = "fout" if self.is_error else "waarschuwing"
        if self.line > 0:
            return f"{where}:{self.line}: {word}: {self.message}"
        return f"{where}: {word}: {self.message}"


@dataclass(frozen=True)
class Target:
    """Where a step or an answer leads.

    Attributes:
        kind: ``"step"`` (``value`` is a step id in the same guide), ``"guide"``
            (``value`` is another guide's id) or ``"end"`` (``value`` is
            ``"done"`` or ``"not_possible"``).
        value: See ``kind``.
        reason: For ``end``/``not_possible``: a code from :data:`REASONS`.
        advice: For ``end``: optional advice text shown to staff.
        line: Line of the item that declared this target (0 when implied).
    """

    kind: TargetKind
    value: str
    reason: str | None = None
    advice: str = ""
    line: int = 0

    @property
    def is_end(self) -> bool:
        return self.kind == "end"


@dataclass(frozen=True)
class Answer:
    """One answer of a step's question."""

    label: str
    target: Target
    line: int

    @property
    def kind(self) -> TargetKind:
        return self.target.kind

    @property
    def value(self) -> str:
        return self.target.value


@dataclass(frozen=True)
class Question:
    text: str
    answers: tuple[Answer, ...]
    line: int


@dataclass(frozen=True)
class Image:
    """An image of a step; ``path`` is as written, relative to the guide file's folder."""

    path: str
    alt: str
    line: int


@dataclass(frozen=True)
class Step:
    """One step of a guide.

    Attributes:
        flow: Where the step leads when it has no question: an explicit
            ``Volgende:``/``Einde:`` line, else the next step in the file, else
            the end with ``done``. ``None`` when the step has a question.
        flow_explicit: True when ``flow`` came from a line in the file.
        staff_lines: The file line of each line of ``staff_text`` (so a check can
            point at the exact line).
        citizen_line: Line of the ``### Burger`` heading (0 when missing).
        exception: The reason of the step's ``<!-- uitzondering: ... -->`` marker
            in its staff text, or None without one.
        exception_line: Line of that marker (0 without one).
    """

    id: str
    title: str
    actor: Actor
    staff_text: str
    citizen_text: str
    image: Image | None
    question: Question | None
    flow: Target | None
    line: int
    actor_line: int
    flow_explicit: bool = False
    staff_lines: tuple[int, ...] = ()
    citizen_line: int = 0
    exception: str | None = None
    exception_line: int = 0

    def targets(self) -> tuple[Target, ...]:
        """Every place this step can lead to."""
        if self.question is not None:
            return tuple(answer.target for answer in self.question.answers)
        return (self.flow,) if self.flow is not None else ()


@dataclass(frozen=True)
class Guide:
    """A parsed guide file. ``lines`` maps front-matter keys to their line.

    ``review_months`` is how long a review holds (``review_months`` in the header,
    else :data:`DEFAULT_REVIEW_MONTHS`); see :meth:`review_due`.
    """

    id: str
    title: str
    summary: str
    category: str
    tags: tuple[str, ...]
    synonyms: tuple[str, ...]
    minutes: int
    bring: tuple[str, ...]
    prechecks: tuple[str, ...]
    sources: tuple[str, ...]
    reviewed: date
    reviewer: str
    version: int
    language: str
    start: str
    steps: tuple[Step, ...]
    path: Path
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    review_months: int = DEFAULT_REVIEW_MONTHS
    #: Ids of the guide reports this version resolves (``resolves`` in the header).
    resolves: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash((self.id, self.version, self.path))

    @property
    def review_due(self) -> date:
        """The day the guide must be checked against its sources again."""
        return add_months(self.reviewed, self.review_months)

    def review_overdue(self, today: date) -> bool:
        """Whether the review interval has run out by *today* (the office's local day).

        The due day itself still counts as reviewed in time.
        """
        if self.reviewed == date.min:
            return False
        return is_overdue(self.review_due, today)

    def image_file(self, step: Step) -> Path | None:
        """The image file of *step* (its path is relative to the guide's folder)."""
        return self.path.parent / step.image.path if step.image is not None else None

    def line_of(self, key: str) -> int:
        return self.lines.get(key, 1)

    def step(self, step_id: str) -> Step | None:
        for step in self.steps:
            if step.id == step_id:
                return step
        return None

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(step.id for step in self.steps)


def add_months(day: date, months: int) -> date:
    """*day* plus whole calendar months; the 31st becomes the last day of a shorter month."""
    if day == date.min:
        return day
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    if year > date.max.year:
        return date.max
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


@dataclass(frozen=True)
class TranslatedStep:
    """The citizen texts of one step in another language.

    Attributes:
        image_alt: The translated alt text of the original step's image, or None
            when the translation has no ``### Afbeelding`` for this step.
        image_path: The image path as written in the translation; the validator
            checks that it is the original step's path (a translation never
            brings its own image).
        image_line: Line of the translated image (0 when there is none).
        citizen_line: Line of the ``### Burger`` heading (0 when missing).
    """

    id: str
    title: str
    citizen_text: str
    question: str | None
    answers: tuple[str, ...]
    line: int
    question_line: int = 0
    image_alt: str | None = None
    image_path: str = ""
    image_line: int = 0
    citizen_line: int = 0


@dataclass(frozen=True)
class Translation:
    """The citizen texts of one guide in another language."""

    id: str
    language: str
    translates_version: int
    title: str
    summary: str
    steps: tuple[TranslatedStep, ...]
    path: Path
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    def __hash__(self) -> int:
        return hash((self.id, self.language, self.path))

    def step(self, step_id: str) -> TranslatedStep | None:
        for step in self.steps:
            if step.id == step_id:
                return step
        return None


@dataclass(frozen=True)
class CitizenText:
    """What the citizen sees of one step, in the language chosen for the citizen.

    ``image_alt`` is the alt text of the step's image (translated when the
    translation has one, else Dutch); ``""`` when the step has no image.
    """

    language: str
    title: str
    text: str
    question: str | None
    answers: tuple[str, ...]
    image_alt: str = ""


def citizen_text(step: Step, translation: Translation | None = None) -> CitizenText:
    """The citizen's view of ``step``: translated when a valid translation has it, else Dutch.

    Never includes staff texts. A translation is only used for a step when its
    answers line up with the original's, and its image alt text only when it
    names the original's image (the validator guarantees both for
    translations in a loaded library).
    """
    answers = tuple(a.label for a in step.question.answers) if step.question else ()
    alt = step.image.alt if step.image is not None else ""
    dutch = CitizenText(
        language="nl",
        title=step.title,
        text=step.citizen_text,
        question=step.question.text if step.question else None,
        answers=answers,
        image_alt=alt,
    )
    if translation is None:
        return dutch
    translated = translation.step(step.id)
    if translated is None or len(translated.answers) != len(answers):
        return dutch
    return CitizenText(
        language=translation.language,
        title=translated.title or step.title,
        text=translated.citizen_text or step.citizen_text,
        question=translated.question if step.question else None,
        answers=translated.answers,
        image_alt=_translated_alt(step, translated),
    )


def _translated_alt(step: Step, translated: TranslatedStep) -> str:
    """The translated alt text when it belongs to the step's own image, else the Dutch one."""
    if step.image is None:
        return ""
    if translated.image_alt and translated.image_path == step.image.path:
        return translated.image_alt
    return step.image.alt
