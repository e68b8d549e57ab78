"""In the French UI, what the issue found still Dutch or English reads French.

Qt's file and print dialogs (every string Qt asks for has an answer, so no
"Look in:" between French words), the topics Desk ships (also as rows of the
statistics), the median's class of days among the key figures, the consent text of
a new referral, and the citizen's languages listed by their own name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QFileDialog, QLabel

from desk.config import DEFAULT_TOPICS
from desk.ui.topics import default_topic_names, topic_name, topic_text


class _Recorder(QTranslator):
    """Notes every string Qt translates while it is installed (and answers none)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str | None]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        self.asked.add((context, source, disambiguation))
        return None  # not found: Qt asks the next catalogue

    def isEmpty(self) -> bool:
        return False


def _qt_dialog_strings(qtbot: Any, qapp: Any) -> set[tuple[str, str, str | None]]:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    recorder = _Recorder()
    qapp.installTranslator(recorder)
    try:
        files = QFileDialog(None, "x", str(Path.home()))
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        printer = QPrinter()
        dialogs = [files, QPrintDialog(printer), QPrintPreviewDialog(printer)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
    finally:
        qapp.removeTranslator(recorder)
    for dialog in dialogs:
        dialog.close()
    return {item for item in recorder.asked if item[1].strip()}


@pytest.mark.parametrize("code", ["fr", "nl"])
def test_qt_file_and_print_dialogs_speak_one_language(qtbot: Any, qapp: Any, language: Any,
                                                      code: str) -> None:
    asked = _qt_dialog_strings(qtbot, qapp)
    assert len(asked) > 50  # the dialogs were really built
    language(code)
    # translate() gives the source back when no catalogue has the string.
    untranslated = sorted(
        (context, source) for context, source, disambiguation in asked
        if QCoreApplication.translate(context, source, disambiguation) == source
        and any(c.isalpha() for c in source) and source not in _SAME_IN_EVERY_LANGUAGE
        and context != "QShortcut")  # key names (Ctrl, Alt, Tab) as printed on keyboards
    assert not untranslated, f"{code}: Qt strings without a translation: {untranslated}"


#: Qt strings that read the same in French or Dutch (where a catalogue repeats the
#: English text, it is right to do so).
_SAME_IN_EVERY_LANGUAGE = {"OK", "&Options >>", "Alt+Left", "Alt+Right", "Computer",
                           "Printer", "Type:", "Type", "A4", "Portrait", "Copies", "Options",
                           "Pages"}


def test_french_file_dialog_labels(qtbot: Any, language: Any) -> None:
    language("fr")
    dialog = QFileDialog(None, "x", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "&Voir dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels, labels
    assert not any("Look in" in t or "Files of" in t for t in labels)


def test_shipped_topics_read_french_and_are_stored_in_dutch(language: Any) -> None:
    assert set(default_topic_names()) == set(DEFAULT_TOPICS)
    language("fr")
    names = default_topic_names()
    assert all(names[t] != t for t in DEFAULT_TOPICS), names
    assert topic_name("Belastingen") == "Impôts"
    assert topic_text("topic:Andere vraag") == "Autre question"
    assert topic_text("topic:Bibliotheek") == "Bibliotheek"  # typed by IT: as typed
    language("nl")
    assert topic_name("Belastingen") == "Belastingen"


def test_quick_log_offers_french_topics_and_stores_the_dutch_one(qtbot: Any, ctx: Any,
                                                                language: Any) -> None:
    from desk.store.cases import CaseRepository
    from desk.store.store import open_store
    from desk.ui.cases.quick_log import QuickLogDialog

    language("fr")
    store = open_store()
    try:
        dialog = QuickLogDialog(ctx, CaseRepository(store))
        qtbot.addWidget(dialog)
        texts = [dialog.topic.itemText(i) for i in range(dialog.topic.count())]
        assert "Impôts" in texts and "Belastingen" not in texts
        dialog.topic.setCurrentIndex(texts.index("Impôts"))
        assert dialog.form()["topics"] == "Belastingen"
        assert dialog.language.currentData() == "fr"  # the citizen's, first guess
    finally:
        store.close()


def test_statistics_key_figures_in_french(language: Any) -> None:
    """The median's class of days is a key figure's value: French in the French UI."""
    from desk.ui.stats.sections import measure_value

    language("fr")
    assert measure_value("0 tot 2 dagen") == "0 à 2 jours"
    assert measure_value("42%") == "42%" and measure_value("<5") == "<5"
    language("nl")
    assert measure_value("0 tot 2 dagen") == "0 tot 2 dagen"


def test_statistics_rows_name_the_shipped_topics_in_french(language: Any) -> None:
    from desk.ui.stats.table_model import label_text

    language("fr")
    assert label_text("Belastingen") == "Impôts"
    assert label_text("Bibliotheek") == "Bibliotheek"


def test_citizen_languages_by_their_own_name(language: Any) -> None:
    from desk.ui.guides.labels import language_name
    from desk.ui.referrals.labels import citizen_languages

    assert [language_name(c) for c in ("nl", "fr", "en")] == ["Nederlands", "Français",
                                                              "English"]
    languages = citizen_languages()
    assert languages["nl"] == "Nederlands"
    assert languages["fr"] == "Français (Frans)" and languages["tr"] == "Türkçe (Turks)"
    assert not any("American" in name for name in languages.values())
    language("fr")
    languages = citizen_languages()
    assert languages["fr"] == "Français" and languages["nl"] == "Nederlands (Néerlandais)"
