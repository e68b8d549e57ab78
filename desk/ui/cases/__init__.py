"""The case log (Logboek): quick log, automatic logging from guides, the list."""

from desk.ui.cases.wiring import CaseLog, install

__all__ = ["CaseLog", "install"]
