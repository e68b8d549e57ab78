"""The take-home handout PDF: the remaining steps, in the citizen's language, no staff text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdf

from desk.ui.guides.handout import Handout, handout_steps, render_handout_pdf

from .conftest import STAFF_MARK


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    # Qt's PDF places words separately; extraction may join them with tabs or newlines.
    raw = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", raw)


def test_whole_guide_before_starting(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    guide = page.library.get("alfa-aanmelden")
    out = render_handout_pdf(Handout(guide, None, "nl", None, date(2026, 11, 28)), tmp_path / "h.pdf")
    reader = pypdf.PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = _text(out)
    assert "Alfa: aanmelden bij het loket" in text
    assert "Datum: 28-11-2026" in text
    assert "Wat brengt u mee?" in text and "Uw smartphone" in text
    for title in ("1. Begin van alfa", "2. Typ uw PIN-code", "3. Klaar met alfa"):
        assert title in text
    assert "Typ nu zelf uw PIN-code. Niemand kijkt mee." in text
    assert "Dit doet u zelf. Niemand kijkt mee." in text
    assert "https://example.org/alfa-bron" in text
    assert STAFF_MARK not in text
    assert "De burger heeft tijd." not in text  # pre-checks are for staff
    assert "Heeft de burger een eID bij?" not in text  # the Dutch question is for staff


def test_whole_guide_in_french_has_the_translated_question(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    guide = page.library.get("alfa-aanmelden")
    translation = page.library.translation("alfa-aanmelden", "fr")
    out = render_handout_pdf(Handout(guide, translation, "fr", None), tmp_path / "fr.pdf")
    text = _text(out)
    assert "1. Début d'alpha" in text
    assert "Avez-vous votre eID ?" in text
    for answer in ("Oui", "Non, mais itsme", "Mon eID est cassée"):
        assert answer in text
    # In order: the question after the step's text, before the next step.
    assert text.index("Bienvenue.") < text.index("Avez-vous votre eID ?") < text.index(
        "2. Tapez votre code PIN"
    )
    assert "Heeft de burger een eID bij?" not in text and STAFF_MARK not in text


def test_from_the_current_step_in_french_through_the_runner(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.set_language("fr")
    runner.start()
    runner.answer(0)
    runner.step_panel.note.setPlainText("NOTITIE-GEHEIM")
    handout = runner.current_handout()
    assert handout.from_step == "pin-typen" and handout.language == "fr"
    target = tmp_path / "burger.pdf"
    with qtbot.waitSignal(runner.pdf_saved, timeout=10000) as blocker:
        runner.write_pdf(handout, target)
    assert blocker.args == [target]
    text = _text(target)
    assert "Alpha : se connecter au guichet" in text
    assert "Qu'apportez-vous ?" in text
    assert "1. Tapez votre code PIN" in text
    assert "2. Terminé avec alpha" in text
    assert "Début d'alpha" not in text  # already done
    assert "Voici les étapes qui restent." in text
    assert STAFF_MARK not in text and "NOTITIE-GEHEIM" not in text


def test_unwritable_path_is_reported(qtbot, page, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = page.runner
    page.open_guide(page.library.get("beta-itsme"))
    runner.write_pdf(runner.current_handout(), tmp_path / "bestaat-niet" / "h.pdf")
    qtbot.waitUntil(lambda: bool(ctx.errors.shown), timeout=10000)
    assert "De PDF kon niet worden bewaard" in ctx.errors.shown[0]


def test_handout_steps_are_those_still_reachable(page) -> None:  # type: ignore[no-untyped-def]
    guide = page.library.get("alfa-aanmelden")
    assert [s.id for s in handout_steps(guide, None)] == ["begin", "pin-typen", "klaar"]
    assert [s.id for s in handout_steps(guide, "pin-typen")] == ["pin-typen", "klaar"]
    assert [s.id for s in handout_steps(guide, "klaar")] == ["klaar"]


def test_shipped_guide_handout_in_english(make_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(None, show=False)
    library = page.library
    guide = library.get("eid-pin-puk")
    translation = library.translation("eid-pin-puk", "en")
    assert translation is not None
    out = render_handout_pdf(Handout(guide, translation, "en", None), tmp_path / "en.pdf")
    text = _text(out)
    assert translation.title in text
    assert "What do you bring?" in text
    first = translation.step(guide.start)
    assert first is not None and " ".join(first.citizen_text.split()[:6]) in text
    for source in guide.sources:
        assert source in text
    assert guide.steps[0].staff_text.split(".")[0] not in text


def _answer(runner, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose the answer of the current question that starts with *text*."""
    labels = [a.label for a in runner.run.current_step.question.answers]
    runner.answer(next(i for i, label in enumerate(labels) if label.startswith(text)))


def test_handout_after_a_detour_says_what_comes_next(make_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The issue's case: from 'make an appointment at burgerzaken' the citizen goes to
    the appointment guide; the handout then also says what to do after it: go to
    burgerzaken with the eID and the PUK letter, and choose a new PIN."""
    page = make_page(None)
    runner = page.runner
    page.open_guide(page.library.get("eid-pin-puk"))
    runner.start()
    _answer(runner, "De burger kent de PIN-code niet meer")
    assert runner.run.current_step.id == "afspraak-burgerzaken"
    _answer(runner, "De burger wil zelf online een afspraak maken")
    assert runner.run.guide.id == "afspraak-gemeentehuis"
    handout = runner.current_handout()
    assert [(p.guide.id, p.from_step) for p in handout.then] == [
        ("eid-pin-puk", "afspraak-burgerzaken")]
    text = _text(render_handout_pdf(handout, tmp_path / "vervolg.pdf"))
    pin_guide = page.library.get("eid-pin-puk")
    assert f"Daarna: verder met “{pin_guide.title}”" in text
    assert "Breng uw eID mee. Hebt u de brief met de PUK-code? Breng die ook mee." in text
    assert "Kies zelf een nieuwe PIN-code" in text
    # The appointment guide's own steps come first.
    first = page.library.get("afspraak-gemeentehuis").step(handout.from_step)
    assert text.index(first.title) < text.index("Daarna: verder met")


def test_a_link_from_the_first_step_is_no_detour(make_page) -> None:  # type: ignore[no-untyped-def]
    page = make_page(None)
    runner = page.runner
    page.open_guide(page.library.get("eid-pin-puk"))
    runner.start()
    _answer(runner, "De eID is verloren of gestolen")
    assert runner.run.guide.id == "eid-verloren-gestolen"
    assert runner.current_handout().then == ()


def test_handout_after_an_unsuccessful_end_starts_where_it_stopped(page) -> None:  # type: ignore[no-untyped-def]
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.start()
    runner.answer(0)
    runner.step_panel.end_button.click()
    runner.outcome_panel.buttons["stopped"].click()
    runner.outcome_panel.confirm.click()
    assert runner.run.ended
    assert runner.current_handout().from_step == "pin-typen"


def test_pdf_confirms_where_it_went_and_remembers_the_folder(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.files import start_folder
    from desk.ui.guides.runner import HANDOUT_FOLDER_KEY

    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    folder = tmp_path / "handouts"
    folder.mkdir()
    target = folder / "alfa.pdf"
    with qtbot.waitSignal(runner.pdf_saved, timeout=10000):
        runner.write_pdf(runner.current_handout(), target)
    status = runner.handout_status
    assert status.isVisible()
    assert "alfa.pdf" in status.text() and str(folder) in status.text()
    assert status.text().startswith("Bewaard:")
    assert start_folder(runner.ctx.settings, HANDOUT_FOLDER_KEY) == folder
    # The folder is removed (a USB stick pulled out): the next dialog starts elsewhere,
    # in a folder that exists.
    target.unlink()
    folder.rmdir()
    assert start_folder(runner.ctx.settings, HANDOUT_FOLDER_KEY).is_dir()


def test_pdf_dialog_starts_in_a_folder_that_exists(qtbot, page, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QFileDialog

    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # a fresh account: no Documents
    (tmp_path / "home").mkdir()
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.save_pdf()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QFileDialog) and w.isVisible())
    try:
        assert Path(dialog.directory().absolutePath()).is_dir()
        chosen = Path(dialog.selectedFiles()[0])
        assert chosen.parent.is_dir() and chosen.name == "alfa-aanmelden-nl.pdf"
    finally:
        dialog.reject()


def test_pdf_failure_says_why_next_to_the_button(qtbot, page, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = page.runner
    page.open_guide(page.library.get("beta-itsme"))
    runner.write_pdf(runner.current_handout(), tmp_path / "weg" / "h.pdf")
    qtbot.waitUntil(lambda: bool(ctx.errors.shown), timeout=10000)
    assert runner.handout_status.text().startswith("Niet bewaard: De PDF kon niet worden bewaard")


def test_print_shows_a_preview_first(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.guides.preview import PrintPreview

    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    dialog = runner.print_handout()
    assert isinstance(dialog, PrintPreview)
    qtbot.addWidget(dialog)
    painted: list[bool] = []
    dialog.preview.paintRequested.connect(lambda _printer: painted.append(True))
    dialog.preview.updatePreview()
    qtbot.waitUntil(lambda: dialog.preview.pageCount() >= 1, timeout=10000)
    assert painted
    assert dialog.windowTitle() == "Handout afdrukken: Alfa: aanmelden bij het loket"
    assert dialog.page_label.text() == f"Blad 1 van {dialog.preview.pageCount()}"
    # Printing is a button, reached by keyboard: the printer choice opens.
    assert dialog.print_button.isDefault() and dialog.print_button.focusPolicy() != 0
    chooser = dialog.choose_printer()
    qtbot.addWidget(chooser)
    assert chooser.isVisible()
    chooser.reject()
    dialog.reject()


def test_handout_after_not_possible_does_not_say_still_to_do(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Walked at the counter: after "geen smartphone" the handout told the citizen
    # "Deze stappen doet u nog." above "Installeer de app itsme"; that was not true today.
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.start()
    runner.answer(2)  # "De eID is kapot" -> niet mogelijk
    assert runner.run.ended
    handout = runner.current_handout()
    assert handout.not_possible
    text = _text(render_handout_pdf(handout, tmp_path / "niet-mogelijk.pdf"))
    assert "Deze stappen doet u nog" not in text
    assert "Dit lukte vandaag niet. Lukt het later wel? Dan zijn dit de stappen." in text
    # A run that only stopped still lists what remains to do.
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.start()
    runner.answer(0)
    runner.step_panel.end_button.click()
    runner.outcome_panel.buttons["stopped"].click()
    runner.outcome_panel.confirm.click()
    stopped = runner.current_handout()
    assert not stopped.not_possible
    assert "Deze stappen doet u nog" in _text(render_handout_pdf(stopped, tmp_path / "s.pdf"))
