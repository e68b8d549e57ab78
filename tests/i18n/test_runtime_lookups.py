"""Every string Desk asks Qt to translate while it runs has a French translation.

The static extraction (test_catalog.py) cannot see strings that are translated
from data (a table of labels, a column header list). This test walks every
window and dialog in French with a recording translator installed in front of
the others and checks each lookup Desk made against the French catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from a11y.walk import Walk, close_context, make_context
from PySide6.QtCore import QTranslator

from desk.ui import i18n
from tools import i18n as tools

QT_CONTEXT = re.compile(r"^Q[A-Z]")

def data_names(ctx: Any) -> set[str]:
    """Names that are data, not UI text: they pass through tr() but need no translation."""
    from desk import paths
    from desk.domain.directory.loader import load_directory
    from desk.domain.vocab import MUNICIPALITY_NAMES

    names = set(MUNICIPALITY_NAMES.values()) | set(ctx.config.topics)
    directory = load_directory(paths.resources_dir() / "directory" / "partners.json")
    names |= {s.id for s in directory.services} | {s.name for s in directory.services}
    names |= {o.name for o in directory.organizations}
    return names


def _is_data(source: str, names: set[str]) -> bool:
    return source in names or source.startswith(("Gids: ", "Gids:"))


class RecordingTranslator(QTranslator):
    """Remembers every lookup and translates nothing, so the next translator answers."""

    def __init__(self) -> None:
        super().__init__()
        self.lookups: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # type: ignore[override]
        if context and source and not QT_CONTEXT.match(context):
            self.lookups.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(params=[0, 300], ids=["empty", "demo-data"])
def french_walk(qapp: Any, qtbot: Any, tmp_path: Path,
                request: pytest.FixtureRequest) -> Iterator[tuple[Walk, RecordingTranslator]]:
    i18n.remove_translations(qapp)
    assert "desk_fr.qm" in i18n.install_translations(qapp, "fr")
    recorder = RecordingTranslator()
    qapp.installTranslator(recorder)
    ctx = make_context(str(tmp_path / "ui.ini"), demo_cases=request.param)

    def wait(predicate: Any, timeout: int) -> None:
        qtbot.waitUntil(predicate, timeout=timeout)

    walk = Walk(ctx, wait)
    try:
        qtbot.addWidget(walk.build())
        yield walk, recorder
    finally:
        walk.close_dialogs()
        walk.settle()
        qapp.removeTranslator(recorder)
        i18n.remove_translations(qapp)
        close_context(ctx)


def test_every_runtime_lookup_has_a_french_translation(
        french_walk: tuple[Walk, RecordingTranslator]) -> None:
    walk, recorder = french_walk
    for _screen in walk.screens():
        pass
    assert len(recorder.lookups) > 150, "the walk translated suspiciously little"
    entries = {key: e for key, e in tools.read_ts(tools.ts_path("fr")).items() if e.finished}
    contexts = {key[0] for key in entries}
    by_source = {key[1] for key in entries}
    # Lists and statistics also pass data (topics, municipalities, partner services,
    # guide ids) through tr(); those are names, not UI text.
    names = data_names(walk.ctx)
    missing = []
    for context, source in sorted(recorder.lookups):
        if _is_data(source, names):
            continue
        if context in contexts:
            found = (context, source, "") in entries
        else:
            # PySide's tr() also tries the subclass's name first; any context will do.
            found = source in by_source
        if found:
            continue
        missing.append(f"[{context}] {source!r}")
    assert not missing, (
        "translated at run time but not in desk_fr.ts (a label from a table? register it "
        "in DYNAMIC in tools/i18n.py):\n  " + "\n  ".join(missing))
