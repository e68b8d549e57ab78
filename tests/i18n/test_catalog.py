"""The .ts files cover every UI string, in nl, fr and en, with the same placeholders.

The catalog is compared against a fresh extraction of the code (not against
itself), so a string added to a screen without running
``python -m tools.i18n update`` and translating it fails here.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from tools import i18n as tools


@pytest.fixture(scope="module")
def extraction() -> tools.Extraction:
    return tools.extract()


def test_the_code_has_no_untranslatable_strings(extraction: tools.Extraction) -> None:
    assert extraction.problems == []


def test_extraction_finds_the_main_window_and_the_wrapped_strings(
        extraction: tools.Extraction) -> None:
    keys = set(extraction.messages)
    assert ("MainWindow", "Gidsen", "") in keys  # through the module's _tr() wrapper
    assert ("SettingsDialog", "Instellingen", "") in keys  # self.tr()
    assert ("Bootstrap", "Databank openen", "") in keys  # QCoreApplication.translate()
    assert ("Vocabulary", "Samen gedaan", "") in keys  # a registered table (DYNAMIC)
    assert ("Vocabulary", "Telefoon", "") in keys  # through an imported wrapper (desk.ui.terms)
    assert ("Statistics", "Geen gegevens in deze periode.", "") in keys
    assert len(keys) > 300


def test_a_shared_term_is_one_entry(extraction: tools.Extraction) -> None:
    """The label of a code is translated once (Vocabulary), not once per screen."""
    vocabulary = {source for context, source, _ in extraction.messages
                  if context == tools.VOCABULARY}
    assert {"Telefoon", "Samen gedaan", "Verstuurd", "Nederlands"} <= vocabulary
    elsewhere = sorted((context, source) for context, source, _ in extraction.messages
                       if source in vocabulary and context not in (
                           tools.VOCABULARY, tools.MESSAGES_CONTEXT, tools.STATISTICS))
    # Words that are a field's name on a screen (a column, a form label) may stay there.
    assert len(elsewhere) <= 3, elsewhere


@pytest.mark.parametrize("language", sorted(tools.LANGUAGES))
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    problems = []
    for entry in tools.read_ts(tools.ts_path(language)).values():
        if not entry.finished:
            continue
        for text in entry.texts():
            for problem in tools.compare(entry.message.source, text):
                problems.append(f"[{entry.message.context}] {entry.message.source!r} -> "
                                f"{text!r}: {problem}")
    assert not problems, "\n".join(problems)


def test_lupdate_finds_nothing_the_extractor_misses(extraction: tools.Extraction) -> None:
    found = {m.source for m in extraction.messages.values()}
    assert tools.lupdate_sources() - found == set()


def test_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    for fresh in tools.compile_qm(out_dir=tmp_path):
        shipped = tools.TS_DIR / fresh.name
        assert shipped.is_file(), f"{shipped.name} is missing (run: python -m tools.i18n compile)"
        assert filecmp.cmp(fresh, shipped, shallow=False), (
            f"{shipped.name} is older than its .ts (run: python -m tools.i18n compile)")


def test_translations_readme_explains_the_source_language() -> None:
    text = (tools.TS_DIR / "README.md").read_text(encoding="utf-8")
    assert "Why the source strings are Dutch" in text
    assert "tools.i18n update" in text and "tools.i18n compile" in text
