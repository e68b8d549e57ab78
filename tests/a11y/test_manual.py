"""Help → Handleiding (F1): a manual for counter staff in Dutch, French and English.

It covers the real work (a guide, the citizen view, logging, a referral, follow-ups,
sync, what to do when something fails, the shortcuts), every chapter is there in
each language, and the names it puts in bold are the names on Desk's screens in
that language, so the manual cannot quietly drift from the screens (the manual
writes other emphasis in italics).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk import paths
from desk.ui import i18n
from desk.ui.manual import ManualDialog, chapters, manual_path

from .walk import Walk

LANGUAGES = ("nl", "fr", "en")

#: Words each chapter must contain, per language: the subjects the manual covers.
SUBJECTS = {
    "nl": ["Zo ziet Desk eruit", "Een gids starten", "Het burgerscherm", "Een contact loggen",
           "Een doorverwijzing maken", "Opvolgingen", "Verzenden naar de centrale server",
           "Als er iets misloopt", "Sneltoetsen"],
    "fr": ["Desk en un coup d'œil", "Démarrer un guide", "L'écran du citoyen",
           "Enregistrer un contact", "Faire une orientation", "Les suivis",
           "L'envoi au serveur central", "Quand quelque chose ne va pas", "Raccourcis"],
    "en": ["Desk at a glance", "Starting a guide", "The citizen screen", "Logging a contact",
           "Making a referral", "Follow-ups", "Sending to the central server",
           "When something goes wrong", "Keyboard shortcuts"],
}

#: Bold words that are keys or names, not labels on a screen.
NOT_ON_SCREEN = {"F1", "F5", "Ctrl+L", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+,",
                 "Enter", "Entrée", "Échap", "Esc", "Alt", "Ctrl+Shift+N"}


def _screen_texts(language: str) -> set[str]:
    """Every UI string in *language*, without accelerators, colons and ellipses."""
    root = ET.parse(paths.resources_dir() / "translations" / f"desk_{language}.ts").getroot()
    texts = set()
    for message in root.iter("message"):
        if language == "nl":
            text = message.findtext("source") or ""
        else:
            text = message.findtext("translation") or ""
        texts.add(_plain(text))
    return texts


def _plain(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("\u00a0", " ").rstrip(" :…").strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_manual_has_every_subject(language: str) -> None:
    _title, found = chapters(manual_path(language).read_text(encoding="utf-8"))
    assert manual_path(language).name == f"{language}.md"
    titles = [c.title for c in found]
    for subject in SUBJECTS[language]:
        assert any(t.startswith(subject) for t in titles), (language, subject, titles)
    assert all(len(c.text) > 200 for c in found), [c.title for c in found if len(c.text) <= 200]
    text = manual_path(language).read_text(encoding="utf-8")
    for shortcut in ("F1", "Ctrl+L", "Ctrl+1", "F5", "Ctrl+Shift+N", "1"):
        assert shortcut in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_bold_names_are_on_the_screens(language: str) -> None:
    text = manual_path(language).read_text(encoding="utf-8")
    on_screen = _screen_texts(language)
    missing = []
    for bold in re.findall(r"\*\*(.+?)\*\*", text):
        for name in (part.strip() for part in bold.split("→")):
            if name in NOT_ON_SCREEN or not name:
                continue
            if not any(name.casefold() in screen.casefold() for screen in on_screen):
                missing.append(name)
    assert not missing, f"{language}: names in the manual that no screen shows: {missing}"


def test_the_manual_checks_can_fail() -> None:
    """A made-up button name is caught (the check above is not vacuous)."""
    on_screen = _screen_texts("nl")
    assert not any(s.startswith("Knop die niet bestaat") for s in on_screen)
    assert any(s.startswith("Start de gids") for s in on_screen)


@pytest.mark.parametrize(("language", "first"), [("nl", "Handleiding Desk"),
                                                 ("fr", "Manuel de Desk"),
                                                 ("en", "Desk manual")])
def test_f1_opens_the_manual_in_the_ui_language(qtbot: Any, qapp: Any, ctx: Any,
                                                language: str, first: str) -> None:
    from desk.ui.main_window import MainWindow

    i18n.remove_translations(qapp)
    i18n.install_translations(qapp, language)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.settled, timeout=5000):
            window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        manual = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ManualDialog) and w.isVisible())
        qtbot.addWidget(manual)
        assert manual.windowTitle() == first
        assert not manual.isModal()  # read along while working
        assert len(manual.chapter_titles()) == len(SUBJECTS[language]) + 1  # + introduction
        # Down arrow in the chapter list shows the next chapter.
        manual.contents.setFocus()
        qtbot.keyClick(manual.contents, Qt.Key.Key_Down)
        assert manual.contents.currentRow() == 1
        shown = manual.text.toPlainText()
        assert manual.chapters[1].title in shown
        menu = [a.text() for a in window.menu_help.actions()]
        assert menu[0] == {"nl": "&Handleiding", "fr": "&Manuel", "en": "&Manual"}[language]
    finally:
        i18n.remove_translations(qapp)


def test_manual_in_the_walk(walk: Walk) -> None:
    """The manual is one of the windows every audit opens (tab order, names, fit)."""
    names = [screen.name for screen in walk.screens()]
    assert "manual" in names and "first run" in names
