"""The step runner: checklist, steps, who acts, branching, back, guide switching, outcomes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.domain.guides.session import GuideSession


def _open(page, guide_id: str):  # type: ignore[no-untyped-def]
    page.open_guide(page.library.get(guide_id))
    return page.runner


def _collect(ctx) -> list[GuideSession]:  # type: ignore[no-untyped-def]
    sessions: list[GuideSession] = []
    ctx.guide_session_finished.connect(sessions.append)
    return sessions


def test_prestart_shows_what_to_bring_and_prechecks(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner = _open(page, "alfa-aanmelden")
    panel = runner.prestart
    texts = [box.plain_text for box in panel.checkboxes]
    assert texts == ["eID (identiteitskaart)", "Smartphone", "De burger heeft tijd."]
    assert "Nog 3 punten niet aangevinkt" in panel.missing.text()
    for box in panel.checkboxes:
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert panel.missing.text() == "Alles is aangevinkt."
    assert "https://example.org/alfa-bron" in panel.sources.text()
    assert not runner.running


def test_branch_to_citizen_step_and_done_at_the_end(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    sessions = _collect(ctx)
    runner = _open(page, "alfa-aanmelden")
    runner.prestart.start_button.click()
    panel = runner.step_panel
    assert panel.progress_label.text() == "Stap 1 van ongeveer 3"
    assert panel.title.text() == "Begin van alfa"
    assert panel.actor_buttons["together"].isChecked()
    assert panel.alone.isHidden()
    assert panel.next_button.isHidden()  # a question: answer with the buttons
    assert [b.accessibleName() for b in panel.answer_buttons] == [
        "Ja", "Nee, maar wel itsme", "De eID is kapot"
    ]
    assert panel.answer_buttons[0].text_shown().startswith("<u>1</u>")
    assert panel.answer_buttons[0].shortcut().toString() == "Alt+1"

    panel.answer_buttons[0].click()
    assert panel.title.text() == "Typ uw PIN-code"
    assert panel.progress_label.text() == "Stap 2 van 3"
    assert panel.actor_buttons["citizen"].isChecked()
    # Said in words, not only by colour: the citizen types, staff look away.
    assert not panel.alone.isHidden()
    assert "Kijk weg" in panel.alone.text()
    panel.actor_buttons["together"].click()  # this time they did it together
    qtbot.keyClicks(panel.note, "Burger was zenuwachtig")

    panel.next_button.click()
    assert panel.title.text() == "Klaar met alfa"
    assert panel.next_button.text() == "Afronden: ge&lukt"
    with qtbot.waitSignal(ctx.guide_session_finished, timeout=2000):
        panel.next_button.click()

    assert runner.stack.currentWidget() is runner.ended_panel
    assert "Gelukt" in runner.ended_panel.heading.text()
    assert len(sessions) == 1
    record = sessions[0]
    assert record.guide_id == "alfa-aanmelden"
    assert record.guide_version == 3
    assert record.outcome == "done"
    assert record.drop_off_step is None
    assert [v.step_id for v in record.visits] == ["begin", "pin-typen", "klaar"]
    assert [v.actor for v in record.visits] == ["together", "together", "together"]
    assert record.visits[1].note == "Burger was zenuwachtig"
    assert record.to_dict()["completed"] is True


def test_answer_that_ends_not_possible(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    sessions = _collect(ctx)
    runner = _open(page, "alfa-aanmelden")
    runner.start()
    assert "einde: Niet mogelijk" in runner.step_panel.answer_buttons[2].text_shown()
    runner.step_panel.answer_buttons[2].click()
    assert len(sessions) == 1
    assert sessions[0].outcome == "not_possible"
    assert sessions[0].reason == "no_eid"
    assert sessions[0].drop_off_step == "begin"
    assert "Verwijs naar burgerzaken." in runner.ended_panel.detail.text()
    assert "Geen (geldige) eID" in runner.ended_panel.heading.text()


def test_back_and_next_keep_the_note(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    runner = _open(page, "alfa-aanmelden")
    runner.start()
    panel = runner.step_panel
    assert not panel.back_button.isEnabled()
    panel.note.setPlainText("eerste notitie")
    panel.answer_buttons[0].click()
    assert panel.note.toPlainText() == ""
    assert panel.back_button.isEnabled()
    panel.back_button.click()
    assert runner.run.current_step.id == "begin"
    assert panel.note.toPlainText() == "eerste notitie"
    assert not panel.back_button.isEnabled()
    panel.answer_buttons[0].click()
    panel.next_button.click()
    assert runner.run.current_step.id == "klaar"
    assert [v.step_id for v in runner.run.visited] == [
        "begin", "pin-typen", "begin", "pin-typen", "klaar"
    ]


def test_link_to_other_guide_switches_and_records_both(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    sessions = _collect(ctx)
    runner = _open(page, "alfa-aanmelden")
    runner.start()
    assert "(naar een andere gids)" in runner.step_panel.answer_buttons[1].text_shown()
    runner.step_panel.answer_buttons[1].click()
    assert runner.title.text() == "Beta: itsme gebruiken"
    assert runner.run.current_step.id == "open"
    assert sessions == []  # only emitted when the whole run ends
    # beta has no translations: the language chooser offers Dutch only.
    assert [runner.language.itemData(i) for i in range(runner.language.count())] == ["nl"]
    runner.step_panel.next_button.click()
    with qtbot.waitSignal(ctx.guide_session_finished, timeout=2000):
        runner.step_panel.next_button.click()
    assert [s.guide_id for s in sessions] == ["alfa-aanmelden", "beta-itsme"]
    assert sessions[0].outcome == "stopped"
    assert sessions[0].linked_guide == "beta-itsme"
    assert sessions[1].outcome == "done"


def test_staff_end_the_guide_as_not_possible(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    sessions = _collect(ctx)
    runner = _open(page, "alfa-aanmelden")
    runner.start()
    runner.step_panel.answer_buttons[0].click()
    runner.step_panel.end_button.click()
    outcome = runner.outcome_panel
    assert runner.stack.currentWidget() is outcome
    assert not outcome.reason.isEnabled()
    outcome.buttons["not_possible"].click()
    assert outcome.reason.isEnabled()
    outcome.reason.setCurrentIndex(outcome.reason.findData("pin_unknown"))
    # Changing one's mind: back to the step, the run goes on.
    outcome.cancel.click()
    assert runner.running and runner.stack.currentIndex() == 1
    runner.step_panel.end_button.click()
    outcome.buttons["not_possible"].click()
    outcome.reason.setCurrentIndex(outcome.reason.findData("pin_unknown"))
    outcome.confirm.click()
    assert len(sessions) == 1
    assert (sessions[0].outcome, sessions[0].reason) == ("not_possible", "pin_unknown")
    assert sessions[0].drop_off_step == "pin-typen"


def test_leaving_mid_run_asks_for_the_outcome_and_records_stop(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    sessions = _collect(ctx)
    runner = _open(page, "alfa-aanmelden")
    runner.start()
    runner.library_button.click()
    assert runner.stack.currentWidget() is runner.outcome_panel
    assert runner.outcome_panel.outcome() == "stopped"
    runner.outcome_panel.confirm.click()
    assert [s.outcome for s in sessions] == ["stopped"]
    runner.ended_panel.back.click()
    assert page.stack.currentWidget() is page.library_view


def test_opening_another_guide_mid_run_stops_the_first(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    sessions = _collect(ctx)
    runner = _open(page, "alfa-aanmelden")
    runner.start()
    _open(page, "beta-itsme")
    assert [(s.guide_id, s.outcome) for s in sessions] == [("alfa-aanmelden", "stopped")]
    assert not runner.running and runner.current_guide.id == "beta-itsme"


def test_shipped_guides_load_and_run(qtbot, make_page, ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(None)  # the default folders: shipped guides (+ synced, empty here)
    library = page.library
    assert len(library.guides) >= 15
    assert library.skipped == {}
    view = page.library_view
    qtbot.keyClicks(view.search, "pincode vergeten")
    assert view.shown_ids()[0] == "eid-pin-puk"
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    runner = page.runner
    assert {"nl", "fr", "en"} <= set(runner.available_languages())
    runner.start()
    assert runner.step_panel.progress_label.text().startswith("Stap 1 van ongeveer ")
    total = int(runner.step_panel.progress_label.text().rsplit(" ", 1)[1])
    assert total > 1
    sessions = _collect(ctx)
    runner.step_panel.answer_buttons[0].click()
    runner.step_panel.end_button.click()
    runner.outcome_panel.buttons["done"].click()
    runner.outcome_panel.confirm.click()
    assert sessions[0].guide_id == "eid-pin-puk" and sessions[0].outcome == "done"


def test_prestart_and_library_counts_use_dutch_plural_forms(qtbot, qapp, page) -> None:  # type: ignore[no-untyped-def]
    # Walked at the counter: "31 gids(en) gevonden", "Nog 9 punt(en) niet aangevinkt".
    from desk.ui.i18n import install_translations, remove_translations

    install_translations(qapp, "nl")
    try:
        page.library_view.search.setText("alfa")
        qtbot.waitUntil(lambda: page.library_view.count.text() == "1 gids gevonden")
        page.library_view.search.setText("")
        qtbot.waitUntil(lambda: page.library_view.count.text() == "2 gidsen gevonden")
        panel = _open(page, "alfa-aanmelden").prestart
        panel.checkboxes[0].setChecked(True)
        panel.checkboxes[1].setChecked(True)
        assert panel.missing.text() == "Nog 1 punt niet aangevinkt. U kunt toch starten."
        panel.checkboxes[1].setChecked(False)
        assert panel.missing.text() == "Nog 2 punten niet aangevinkt. U kunt toch starten."
    finally:
        remove_translations(qapp)


def test_a_french_ui_names_translated_guides_in_french(qtbot, qapp, page) -> None:  # type: ignore[no-untyped-def]
    # Walked in French: every guide had a French translation, the list was all Dutch.
    from desk.ui.i18n import install_translations, remove_translations

    install_translations(qapp, "fr")
    try:
        page.library_view.refresh()
        items = [page.library_view.results.item(i) for i in
                 range(page.library_view.results.count())]
        texts = {i.text().split("\n")[0]: i for i in items}
        assert "Alpha : se connecter au guichet" in texts  # translated
        assert "Beta: itsme gebruiken" in texts  # no French translation: as written
        assert "Alfa: aanmelden bij het loket" in texts["Alpha : se connecter au guichet"].toolTip()
    finally:
        remove_translations(qapp)
