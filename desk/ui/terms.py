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

from PySide6.QtCore import QCoreApplication


def term(text: str) -> str:
    """The label of a code, in the UI language (Dutch source text in, translation out)."""
    return QCoreApplication.translate("Vocabulary", text)


def stats_text(text: str) -> str:
    """A text of the statistics (a title, a note, a dimension's name), in the UI language."""
    return QCoreApplication.translate("Statistics", text)
