"""Statistics months are written the way the UI language writes them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from desk.domain.stats import label, month_of_label
from desk.ui.stats import table_model


@pytest.fixture
def locale(qapp: Any) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_the_domain_reads_back_its_own_month_labels() -> None:
    assert label("month", "2026-03") == "maa 2026"
    assert month_of_label("maa 2026") == (2026, 3)
    assert month_of_label(label("month", "2025-12")) == (2025, 12)
    for text in ("Totaal", "maa", "maa 26", "xyz 2026", "Gids: maa 2026"):
        assert month_of_label(text) is None


@pytest.mark.parametrize(("lang", "expected"), [("fr_BE", "mars 2026"), ("en_GB", "Mar 2026"),
                                                ("nl_BE", "mrt 2026")])
def test_months_follow_the_ui_language(locale: None, lang: str, expected: str) -> None:
    QLocale.setDefault(QLocale(lang))
    # The table, the charts and the PDF write row and column labels through label_text.
    assert table_model.label_text("maa 2026").rstrip(".") == expected
    assert table_model.label_text("Totaal") == "Totaal"  # other labels still go through tr()
