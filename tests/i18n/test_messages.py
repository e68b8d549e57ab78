"""Messages from the core (desk.messages) reach the employee in the UI language."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from desk.messages import Message, msg
from desk.ui.messages import tr_message, tr_messages
from tests.support.clock import TEST_NOW
from tools import i18n as tools


class Catalogue(QTranslator):
    """A tiny French catalogue for the Messages context."""

    TEXTS = {"Onbekende gemeente „{0}”.": "Commune inconnue « {0} ».",
             "kies een uitkomst": "choisissez un résultat",
             "{0}: {1}": "{0} : {1}",
             "kapot {0}": "cassé {1}"}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # type: ignore[override]
        return self.TEXTS.get(source, "") if context == "Messages" else ""


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    catalogue = Catalogue()
    qapp.installTranslator(catalogue)
    yield
    qapp.removeTranslator(catalogue)


def test_a_message_is_the_dutch_text_and_keeps_its_template() -> None:
    message = msg("Onbekende gemeente „{0}”.", "Atlantis")
    assert message == "Onbekende gemeente „Atlantis”." and isinstance(message, str)
    assert (message.template, message.args) == ("Onbekende gemeente „{0}”.", ("Atlantis",))
    copy = pickle.loads(pickle.dumps(message))
    assert isinstance(copy, Message) and copy.args == ("Atlantis",) and copy == message


def test_the_ui_shows_it_translated_with_its_data(french: None) -> None:
    assert tr_message(msg("Onbekende gemeente „{0}”.", "Atlantis")) == \
        "Commune inconnue « Atlantis »."
    inner = msg("kies een uitkomst")
    assert tr_message(msg("{0}: {1}", "uitkomst", inner)) == "uitkomst : choisissez un résultat"
    assert tr_messages({"outcome": inner, "other": "gewone tekst"}) == {
        "outcome": "choisissez un résultat", "other": "gewone tekst"}


def test_untranslated_or_broken_translations_fall_back_to_dutch(french: None) -> None:
    assert tr_message(msg("nog niet vertaald {0}", 3)) == "nog niet vertaald 3"
    assert tr_message(msg("kapot {0}", 3)) == "kapot 3"  # translation names a {1} that is not there
    assert tr_message("") == ""


def test_the_extractor_collects_msg_calls(tmp_path: Path) -> None:
    pkg = tmp_path / "desk"
    pkg.mkdir()
    (pkg / "core.py").write_text(
        "from desk import messages\n"
        "from desk.messages import msg\n"
        "def check(x):\n"
        "    a = msg('kies een uitkomst')\n"
        "    b = messages.msg('Onbekende gemeente „{0}”.', x)\n"
        "    c = msg(f'fout {x}')\n",
        encoding="utf-8")
    found = tools.extract(pkg, dynamic=False)
    assert set(found.messages) == {("Messages", "kies een uitkomst", ""),
                                   ("Messages", "Onbekende gemeente „{0}”.", "")}
    assert len(found.problems) == 1 and found.problems[0].startswith("desk/core.py:6:")


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "choisissez un résultat"), ("en", "choose an outcome"), ("nl", "kies een uitkomst")])
def test_a_real_validation_error_in_each_ui_language(qapp: Any, language: str,
                                                     expected: str) -> None:
    from desk.domain.cases import CaseInvalid, Rules, validate_case
    from desk.ui import i18n

    i18n.remove_translations(qapp)
    i18n.install_translations(qapp, language)
    try:
        with pytest.raises(CaseInvalid) as caught:
            validate_case({"topics": ["Belastingen"]}, Rules(now=TEST_NOW, topics=("Belastingen",)))
        shown = tr_messages(caught.value.errors)
    finally:
        i18n.remove_translations(qapp)
    assert shown["outcome"].lower() == expected
    assert caught.value.errors["outcome"] == "kies een uitkomst"  # the core stays Dutch
