"""The take-home handout: the remaining steps in plain language, as PDF or on paper.

Only citizen texts go on the handout (never staff text or notes), in the
citizen's chosen language with Dutch as the per-step fallback. A translated
step also shows its question with the answers (the Dutch question is written
for staff, so a Dutch handout has none). The rendering
function takes a path, so tests can call it without a file dialog.

The handout lists what the citizen still does, also what comes *after* this guide:
when the run came here through a link from a step of another guide (make an
appointment, then "go to burgerzaken with your eID and PUK letter"), the steps of
that guide from that step on follow under "Daarna" (:attr:`Handout.then`).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desk import clock
from desk.domain.formats import format_date
from desk.domain.guides.model import Guide, Step, Translation
from desk.domain.guides.model import citizen_text as step_citizen_text
from desk.errors import EnvironmentFault
from desk.ui.guides.citizen import guide_title, step_texts, translated_question
from desk.ui.guides.labels import citizen_text


@dataclass(frozen=True)
class Part:
    """Another guide the citizen goes on with afterwards, from one of its steps."""

    guide: Guide
    translation: Translation | None
    from_step: str


@dataclass(frozen=True)
class Handout:
    """What to print: a guide from one step on, in one language, on one date.

    ``then`` holds the guides the run came from, nearest first, each from the step
    that led here: what the citizen does after this guide.
    """

    guide: Guide
    translation: Translation | None
    language: str
    from_step: str | None = None  # None: the whole guide (before starting)
    day: date | None = None
    then: tuple[Part, ...] = ()
    #: The run ended "niet mogelijk": the steps are for later, not "still to do" now.
    not_possible: bool = False


def handout_steps(guide: Guide, from_step: str | None) -> list[Step]:
    """The steps the citizen may still meet: every step reachable from ``from_step``.

    Answers decide the real path, so the handout lists all steps that can
    still come, in file order, starting with the current one.
    """
    order = {step.id: index for index, step in enumerate(guide.steps)}
    first = from_step if from_step in order else guide.start
    seen = {first}
    queue = [first]
    while queue:
        step = guide.step(queue.pop(0))
        if step is None:
            continue
        for target in step.targets():
            if target.kind == "step" and target.value not in seen and target.value in order:
                seen.add(target.value)
                queue.append(target.value)
    start = order[first]
    ids = sorted(seen, key=lambda sid: (order[sid] < start, order[sid]))
    return [step for sid in ids if (step := guide.step(sid)) is not None]


def _paragraphs(text: str) -> str:
    """Plain citizen text to simple HTML: blank lines split paragraphs, "- " makes a list."""
    out: list[str] = []
    for block in text.strip().split("\n\n"):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        items = [line[2:] for line in lines if line.startswith(("- ", "* "))]
        rest = [line for line in lines if not line.startswith(("- ", "* "))]
        if rest:
            out.append("<p>" + "<br>".join(html.escape(line) for line in rest) + "</p>")
        if items:
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
    return "".join(out)


def handout_html(handout: Handout) -> str:
    guide, translation, lang = handout.guide, handout.translation, handout.language
    day = handout.day or clock.today()
    parts = [
        f"<h1>{html.escape(guide_title(guide, translation))}</h1>",
        f"<p>{html.escape(citizen_text(lang, 'date').format(format_date(day)))}</p>",
    ]
    if guide.bring:
        parts.append(f"<h2>{html.escape(citizen_text(lang, 'bring'))}</h2><ul>")
        parts += [f"<li>{html.escape(citizen_text(lang, code))}</li>" for code in guide.bring]
        parts.append("</ul>")
    parts.append(f"<h2>{html.escape(citizen_text(lang, 'steps'))}</h2>")
    intro = ("not_possible" if handout.not_possible
             else "whole_guide" if handout.from_step is None else "from_step")
    parts.append(f"<p><i>{html.escape(citizen_text(lang, intro))}</i></p>")
    number = 0
    for step in handout_steps(guide, handout.from_step):
        number += 1
        parts += _step_html(number, step, guide, translation, lang)
    sources = list(guide.sources)
    for part in handout.then:
        then = citizen_text(lang, "then").format(guide_title(part.guide, part.translation))
        parts.append(f"<h2>{html.escape(then)}</h2>")
        for step in handout_steps(part.guide, part.from_step):
            number += 1
            parts += _step_html(number, step, part.guide, part.translation, lang)
        sources += [url for url in part.guide.sources if url not in sources]
    if sources:
        parts.append(f"<h2>{html.escape(citizen_text(lang, 'links'))}</h2><ul>")
        for url in sources:
            safe = html.escape(url, quote=True)
            parts.append(f'<li><a href="{safe}">{safe}</a></li>')
        parts.append("</ul>")
    parts.append(f"<p>{html.escape(citizen_text(lang, 'footer'))}</p>")
    return f'<html lang="{html.escape(lang)}"><body>{"".join(parts)}</body></html>'


def _step_html(number: int, step: Step, guide: Guide, translation: Translation | None,
               lang: str) -> list[str]:
    title, text = step_texts(step, translation)
    parts = [f"<h3>{number}. {html.escape(title)}</h3>"]
    if step.actor == "citizen":
        parts.append(f"<p><b>{html.escape(citizen_text(lang, 'you_alone'))}</b></p>")
    parts.append(_paragraphs(text))
    question, answers = translated_question(step, translation)
    if question:
        parts.append(f"<p><b>{html.escape(question)}</b></p><ul>")
        parts += [f"<li>{html.escape(answer)}</li>" for answer in answers]
        parts.append("</ul>")
    image = guide.image_file(step)
    if image is not None and image.is_file():
        alt = step_citizen_text(step, translation).image_alt
        parts.append(
            f'<p><img src="{html.escape(image.as_uri())}" width="300" '
            f'alt="{html.escape(alt)}"></p>'
        )
    return parts


def handout_document(handout: Handout) -> QTextDocument:
    document = QTextDocument()
    font = QFont(QGuiApplication.font())
    # Paper for someone who reads with difficulty: a comfortable 13 pt body.
    font.setPointSizeF(max(13.0, font.pointSizeF()))
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("h1 { margin-bottom: 6px; } h3 { margin-top: 14px; }")
    document.setHtml(handout_html(handout))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, guide_title(handout.guide, handout.translation)
    )
    return document


def render_handout_pdf(handout: Handout, path: Path) -> Path:
    """Write the handout as an A4 PDF at ``path``.

    Raises:
        EnvironmentFault: The file could not be written (folder missing, no rights, disk full).
    """
    try:
        # Fail with a clear message before Qt paints into a file it cannot open.
        with path.open("ab"):
            pass
    except OSError as exc:
        raise _unwritable(path, type(exc).__name__) from exc
    writer = QPdfWriter(str(path))
    writer.setTitle(guide_title(handout.guide, handout.translation))
    writer.setCreator("Desk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            # QTextDocument.print_() adds its own 2 cm margin on top of these.
            QMarginsF(5, 5, 5, 5),
            QPageLayout.Unit.Millimeter,
        )
    )
    # No page size on the document: print_() then lays it out on the writer's
    # page at screen resolution and scales it, so points stay points on paper.
    handout_document(handout).print_(writer)
    del writer  # QPdfWriter writes and closes the file when it is destroyed
    if not path.is_file() or path.stat().st_size == 0:
        raise _unwritable(path, "empty or missing PDF")
    return path


def _unwritable(path: Path, detail: str) -> EnvironmentFault:
    message = QCoreApplication.translate(
        "Handout", "De PDF kon niet worden bewaard in {0}. Kies een andere map."
    )
    return EnvironmentFault(message.format(path), detail=detail)
