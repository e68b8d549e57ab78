"""The one spreadsheet-formula guard for every CSV Desk and desk-central write.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
can run as a formula when the file is opened in Excel or LibreOffice
(``=cmd|' /C calc'!A0``). Such a cell is written with a leading apostrophe,
which spreadsheets show as text and :func:`csv_unsafe` removes again on import.
Plain numbers (``-3``, ``+32``) are left alone: they cannot run.
"""

from __future__ import annotations

import re
from typing import Final

FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_NUMBER: Final = re.compile(r"[+-]?\d+([.,]\d+)?")


def csv_safe(value: object) -> str:
    """*value* as CSV cell text that no spreadsheet runs as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_unsafe(text: str) -> str:
    """The text :func:`csv_safe` was given (the guard apostrophe removed)."""
    if text.startswith("'") and text[1:2] in FORMULA_START and text[1:2]:
        return text[1:]
    return text
