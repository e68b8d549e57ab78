"""The citizen's fixed phrases (desk/ui/guides/labels.py) are complete in every citizen language.

These follow the citizen's language, not the UI's, so they live in a table per
language instead of the .ts files; the same rules apply: every key in every
language, the same placeholders as the Dutch text, and Dutch as the fallback.
"""

from __future__ import annotations

import pytest

from desk.ui.guides import labels
from tools.i18n import placeholders

TABLES = labels._CITIZEN


@pytest.mark.parametrize("language", labels.CITIZEN_LANGUAGES)
def test_every_citizen_phrase_exists_with_the_same_placeholders(language: str) -> None:
    dutch = TABLES["nl"]
    table = TABLES[language]
    assert set(table) == set(dutch)
    for key, text in table.items():
        assert text.strip(), (language, key)
        assert placeholders(text) == placeholders(dutch[key]), (language, key, text)


def test_every_bring_code_has_a_citizen_phrase() -> None:
    import inspect
    import re

    codes = set(re.findall(r'"([a-z-]+)": _tr\(', inspect.getsource(labels.bring_label)))
    assert codes and codes <= set(TABLES["nl"])


def test_unknown_language_falls_back_to_dutch() -> None:
    assert labels.citizen_text("tr", "bring") == TABLES["nl"]["bring"]
    assert labels.citizen_text("fr", "onbekende-sleutel") == "onbekende-sleutel"
