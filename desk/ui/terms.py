"""Shared terms, translated once: one Qt translation context per kind of shared word.

* ``Vocabulary``: the label of every code (channels, outcomes, needs, statuses,
  languages, guide categories…, and the row and column labels of the
  statistics). The same Dutch word is one entry, translated once, wherever it
  appears: the quick log, the case list, the referral screens, the guides and
  the statistics all say the same thing.
* ``Statistics``: the texts of :mod:`desk.domain.stats` (table titles, notes,
  dimension names, key figures) and the statistics' own section names, shared
  by the screen, its tables and charts, and the PDF report.

Words of one screen stay in that screen's context. The translation tool
(``python -m tools.i18n``) follows these wrappers into the modules that import
them; labels that come from tables are registered there (``DYNAMIC``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

#: Guide id -> title and (guide id, step id) -> step title, from the loaded guide library
#: (``desk.ui.guides.page``): the statistics name guides and steps by their titles.
GUIDE_TITLES: dict[str, str] = {}
STEP_TITLES: dict[tuple[str, str], str] = {}


def remember_guides(guides: Iterable[Any]) -> None:
    """Keep the titles of *guides* (``desk.domain.guides.model.Guide``) for the screens."""
    for guide in guides:
        GUIDE_TITLES[guide.id] = guide.title
        for step in guide.steps:
            STEP_TITLES[(guide.id, step.id)] = step.title


def guide_name(guide_id: str) -> str:
    """A guide's title; before the library is loaded, its id in words (never the slug)."""
    title = GUIDE_TITLES.get(guide_id)
    if title:
        return title
    words = guide_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def term(text: str) -> str:
    """The label of a code, in the UI language (Dutch source text in, translation out)."""
    return QCoreApplication.translate("Vocabulary", text)


def stats_text(text: str) -> str:
    """A text of the statistics (a title, a note, a dimension's name), in the UI language."""
    return QCoreApplication.translate("Statistics", text)
