"""The citizen view follows the runner, in the citizen's language, and never shows staff text."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

from desk.ui.guides.citizen import citizen_point_size

from .conftest import STAFF_MARK


def _start_with_view(qtbot, page):  # type: ignore[no-untyped-def]
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.view_button.click()
    view = runner.citizen_view
    assert view is not None
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    return runner, view


def test_view_follows_the_steps_and_hides_staff_text(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner, view = _start_with_view(qtbot, page)
    assert view.windowTitle().startswith("Burgerscherm")
    assert view.state.phase == "intro"
    assert "Uw eID (identiteitskaart)" in view.bring_label.text()

    with qtbot.waitSignal(runner.citizen_state_changed) as blocker:
        runner.prestart.start_button.click()
    assert blocker.args[0].step_title == "Begin van alfa"
    assert view.title_label.text() == "Begin van alfa"
    assert view.text_label.text() == "Welkom. We kijken samen naar uw vraag."
    assert view.progress_label.text() == "Stap 1 van ongeveer 3"
    assert view.alone_label.isHidden()

    runner.step_panel.note.setPlainText("NOTITIE-GEHEIM over de burger")
    runner.step_panel.answer_buttons[0].click()
    assert view.title_label.text() == "Typ uw PIN-code"
    assert view.text_label.text() == "Typ nu zelf uw PIN-code. Niemand kijkt mee."
    assert view.progress_label.text() == "Stap 2 van 3"
    assert view.progress.value() == 2 and view.progress.maximum() == 3
    assert not view.alone_label.isHidden()
    assert view.alone_label.text() == "Dit doet u zelf. Niemand kijkt mee."

    runner.step_panel.back_button.click()
    assert view.title_label.text() == "Begin van alfa"
    for move in (lambda: runner.step_panel.answer_buttons[0].click(), lambda: None):
        shown = view.visible_text()
        assert STAFF_MARK not in shown
        assert "NOTITIE-GEHEIM" not in shown
        assert "Heeft de burger een eID bij?" not in shown  # the staff question
        move()

    runner.step_panel.next_button.click()
    assert view.title_label.text() == "Klaar met alfa"
    runner.step_panel.next_button.click()
    assert view.state.phase == "end"
    assert "Klaar" in view.text_label.text()


def test_citizen_language_with_dutch_fallback_per_step(qtbot, page, guide_dir) -> None:  # type: ignore[no-untyped-def]
    runner, view = _start_with_view(qtbot, page)
    languages = [runner.language.itemData(i) for i in range(runner.language.count())]
    assert languages == ["nl", "fr"]
    assert runner.language.itemText(1) == "Français"
    runner.language.setCurrentIndex(1)
    runner.language.activated.emit(1)
    assert view.guide_label.text() == "Alpha : se connecter au guichet"
    runner.start()
    assert view.title_label.text() == "Début d'alpha"
    assert view.progress_label.text() == "Étape 1 sur environ 3"
    # The staff screen shows what the citizen sees, in that language.
    assert runner.step_panel.citizen_text.text().startswith("Bienvenue.")
    # Staff labels stay Dutch.
    assert runner.step_panel.title.text() == "Begin van alfa"
    # Switching to a guide without a French translation: Dutch, and staff are told.
    runner.step_panel.answer_buttons[1].click()
    assert view.title_label.text() == "Open itsme"
    assert view.text_label.text() == "Open de app itsme op uw smartphone."
    assert not runner.language_note.isHidden()
    assert "geen vertaling" in runner.language_note.text()


def test_missing_step_translation_falls_back_to_dutch(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    # The validator rejects translations whose steps differ from the original, so
    # a partial translation only arrives from an older or hand-made library; the
    # view must still fall back per step rather than show nothing.
    library = page.library
    full = library.translation("alfa-aanmelden", "fr")
    partial = dataclasses.replace(full, steps=tuple(s for s in full.steps if s.id != "pin-typen"))
    library.translations[("alfa-aanmelden", "fr")] = partial
    runner = page.runner
    page.open_guide(library.get("alfa-aanmelden"))
    runner.set_language("fr")
    runner.start()
    assert runner.citizen_state.text.startswith("Bienvenue.")
    runner.answer(0)
    assert runner.citizen_state.step_title == "Typ uw PIN-code"
    assert runner.citizen_state.text == "Typ nu zelf uw PIN-code. Niemand kijkt mee."
    runner.next()
    assert runner.citizen_state.step_title == "Terminé avec alpha"


def test_large_text_and_strong_contrast(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner, view = _start_with_view(qtbot, page)
    runner.start()
    system = QGuiApplication.font().pointSizeF()
    assert view.text_label.font().pointSizeF() >= max(24.0, 2 * system) - 0.01
    assert citizen_point_size() >= 24
    image = view.grab().toImage()
    background = QColor(image.pixel(6, 6))  # inside the thin frame it has beside the steps
    assert background.lightness() > 240
    runner.contrast.click()
    assert view.high_contrast
    image = view.grab().toImage()
    assert QColor(image.pixel(6, 6)).lightness() < 30


def test_view_closes_with_escape_and_button_follows(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner, view = _start_with_view(qtbot, page)
    assert runner.view_button.isChecked()
    assert runner.view_button.text() == "B&urgerscherm verbergen"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert not runner.view_button.isChecked()
    runner.view_button.click()
    qtbot.waitExposed(view)
    assert view.isVisible()


def test_one_screen_means_no_screen_choice(page) -> None:  # type: ignore[no-untyped-def]
    several = len(QGuiApplication.screens()) > 1
    assert page.runner.screen_choice.isVisibleTo(page.runner) == several


def test_translated_question_and_answers_reach_the_citizen(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner, view = _start_with_view(qtbot, page)
    runner.start()
    # In Dutch the question is written for staff ("Heeft de burger ...?"): not shown.
    assert view.question_label.isHidden() and view.answers_label.isHidden()
    assert "Heeft de burger een eID bij?" not in view.visible_text()

    runner.language.setCurrentIndex(1)
    runner.language.activated.emit(1)  # Français
    assert view.title_label.text() == "Début d'alpha"
    assert not view.question_label.isHidden()
    assert view.question_label.text() == "Avez-vous votre eID ?"
    assert view.answers_label.text() == "•  Oui\n•  Non, mais itsme\n•  Mon eID est cassée"
    assert runner.citizen_state.answers == ("Oui", "Non, mais itsme", "Mon eID est cassée")
    # Staff see on their screen what the citizen sees, the question included.
    assert runner.step_panel.citizen_text.text().endswith(
        "Avez-vous votre eID ?\n•  Oui\n•  Non, mais itsme\n•  Mon eID est cassée"
    )
    # Staff answer with the Dutch buttons as always; a step without a question clears it.
    runner.step_panel.answer_buttons[0].click()
    assert view.title_label.text() == "Tapez votre code PIN"
    assert view.question_label.isHidden() and view.answers_label.isHidden()
    assert STAFF_MARK not in view.visible_text()


def test_one_screen_the_view_lies_beside_the_steps(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """On a single screen the citizen view never covers the staff's controls: it is part
    of the main window, beside the steps, and every button stays in view."""
    from desk.ui.fit import fit as _fit  # noqa: F401 - the module the app uses

    assert len(QGuiApplication.screens()) == 1
    runner, view = _start_with_view(qtbot, page)
    runner.start()
    assert not view.isWindow() and view.window() is runner.window()
    splitter = runner.body
    assert splitter.indexOf(view) == 1 and splitter.indexOf(runner.stack) == 0
    window = runner.window()
    for button in [*runner.step_panel.answer_buttons, runner.step_panel.end_button,
                   runner.view_button, runner.pdf_button, runner.print_button]:
        assert button.isVisible(), button.text()
        where = button.mapTo(window, button.rect().topLeft())
        assert window.rect().contains(where), button.text()
        assert not view.geometry().intersects(button.geometry()) or \
            button.parentWidget() is not view.parentWidget()
        # Nothing of the citizen view lies over the button.
        centre = button.mapTo(window, button.rect().center())
        assert window.childAt(centre) is not None
        assert not view.isAncestorOf(window.childAt(centre))
    # Escape hides it; the button follows; showing it again puts it back beside the steps.
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.isHidden() and not runner.view_button.isChecked()
    runner.view_button.click()
    assert view.isVisible() and splitter.indexOf(view) == 1


def test_detached_on_a_second_screen_it_is_a_window(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner, view = _start_with_view(qtbot, page)
    view.detach(runner)
    assert view.isWindow() and not view.embedded
    view.embed(runner.body, 1)
    assert view.embedded and runner.body.indexOf(view) == 1


def test_bare_digits_answer_unless_typing(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """1, 2, 3 … choose an answer as Alt+1 … do, wherever no text field has the focus."""
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.start()
    assert len(runner.step_panel.answer_buttons) >= 1
    start = runner.run.current_step.id
    # Typing a digit in the note types it.
    runner.step_panel.note.setFocus()
    qtbot.keyClick(runner.step_panel.note, Qt.Key.Key_1)
    assert runner.step_panel.note.toPlainText().endswith("1")
    assert runner.run.current_step.id == start
    # Elsewhere a digit answers.
    runner.step_panel.answer_buttons[0].setFocus()
    qtbot.keyClick(runner.step_panel.answer_buttons[0], Qt.Key.Key_1)
    assert runner.run.current_step.id != start
    # A digit without an answer of that number does nothing.
    runner.step_panel.back_button.click()
    here = runner.run.current_step.id
    qtbot.keyClick(runner.step_panel.answer_buttons[0], Qt.Key.Key_9)
    assert runner.run.current_step.id == here


def test_digits_in_the_citizen_view_answer_too(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner, view = _start_with_view(qtbot, page)
    runner.start()
    start = runner.run.current_step.id
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert runner.run.current_step.id != start
