"""Empty screens say what to do next: the Logboek, the referrals, the statistics and a
guide search without results. A filter that hides everything says how to see it all.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from .walk import Walk


def _shown(walk: Walk, key: str) -> Any:
    page = walk.window.show_area(key)
    walk.wait(page.isVisible, 5000)
    if key == "referrals":
        walk.wait(lambda: getattr(page, "is_loaded", False), 15_000)
    if key == "guides":
        walk.wait(lambda: getattr(page, "library", None) is not None, 15_000)
    walk.settle()
    return page


def test_empty_logbook_says_how_to_log(qtbot: Any, walk: Walk) -> None:
    page = _shown(walk, "cases")
    hint = page.empty_hint
    assert page.model.rowCount() == 0
    assert hint.isVisible() and "Ctrl+L" in hint.text() and "Nog geen contacten" in hint.text()
    assert page.table.accessibleDescription() == hint.text()
    # The hint lies over the table, inside what is shown of it.
    assert page.table.viewport().rect().contains(hint.geometry())
    page.search.setText("zzz")
    page.apply_filters()
    walk.settle()
    assert "filters" in hint.text() and "alle" in hint.text()
    page.search.clear()
    page.apply_filters()
    walk.settle()
    # A contact logged: the hint goes.
    dialog = walk.window.case_log.open_quick_log()
    dialog.topic.setCurrentIndex(1)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("together"))
    dialog.duration.setText("5")
    dialog.accept()
    walk.settle()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert not hint.isVisible() and page.table.accessibleDescription() == ""


def test_empty_referrals_say_how_to_refer(walk: Walk) -> None:
    page = _shown(walk, "referrals")
    hint = page.empty_hint
    assert hint.isVisible() and "Nieuwe doorverwijzing" in hint.text()
    page.filter.setCurrentIndex(page.filter.findData("drafts"))
    walk.settle()
    assert "Alle doorverwijzingen" in hint.text()


def test_empty_statistics_say_where_figures_come_from(walk: Walk) -> None:
    page = _shown(walk, "stats")
    walk.wait(lambda: getattr(page, "report", None) is not None, 15_000)
    walk.settle()
    assert page.notice.isVisible() and "Ctrl+L" in page.notice.text()


def test_guide_search_without_results_says_what_to_try(qtbot: Any, walk: Walk) -> None:
    page = _shown(walk, "guides")
    view = page.library_view
    assert view.library is not None and view.library.guides  # the shipped guides
    view.search.setText("qqqxyz")
    assert view.empty.isVisible()
    text = view.empty.text()
    assert "qqqxyz" in text and "Esc" in text and "Ctrl+L" in text
    view.category.setCurrentIndex(1)
    assert "Alle categorieën" in view.empty.text()
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    view.category.setCurrentIndex(0)
    assert not view.empty.isVisible() and view.results.count() > 0
