"""Every UI string in the code has a finished translation in nl, fr and en.

Compared against a fresh extraction of the code, so a string added to a screen
without ``python -m tools.i18n update`` and a translation fails here
(see resources/translations/README.md for the workflow).
"""

from __future__ import annotations

import pytest

from tools import i18n as tools


@pytest.fixture(scope="module")
def extraction() -> tools.Extraction:
    return tools.extract()


@pytest.mark.parametrize("language", sorted(tools.LANGUAGES))
def test_every_ui_string_has_a_finished_translation(extraction: tools.Extraction,
                                                     language: str) -> None:
    entries = tools.read_ts(tools.ts_path(language))
    missing = [f"[{m.context}] {m.source!r}" for key, m in sorted(extraction.messages.items())
               if key not in entries or not entries[key].finished]
    assert not missing, (
        f"{len(missing)} string(s) without a finished {language} translation "
        "(run: python -m tools.i18n update; translate; compile):\n  "
        + "\n  ".join(missing))


